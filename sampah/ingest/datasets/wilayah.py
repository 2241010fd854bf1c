"""Wilayah: the kab/kota, its kecamatan and kelurahan with their Kemendagri (and BPS) codes. The
first import of a new city, in two kinds of layout:

- one area per row, any level (the project's data/wilayah/*.csv, the national reference layouts,
  any table with a `kode` column): recognised by its headers and checked against the national
  reference by sampah/batas/daftar.py;
- one row per kelurahan (or per kecamatan) with its kecamatan beside it (kode_kecamatan,
  kecamatan, kode_kelurahan, kelurahan): the dataset's own columns and the shared steps.
"""

from __future__ import annotations

from dataclasses import replace

import duckdb
import pandas as pd

from sampah import rujukan
from sampah.ingest.baca import baca
from sampah.ingest.datasets.kolom_bersama import KECAMATAN, KELURAHAN, KODE_KECAMATAN, KODE_KELURAHAN
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan, Persiapan, judul_nama

_KEC = ("kode", "kode_bps", "kota_kode", "nama", "luas_km2", "lat", "lon")
_KEL = (
    "kode",
    "kode_bps",
    "kecamatan_kode",
    "nama",
    "luas_km2",
    "lat",
    "lon",
    "jumlah_rw",
    "jumlah_rw_estimasi",
)


def _kode(
    k: Konteks, i: int, kol: str, nama: str, tingkat: str, toko: object
) -> tuple[str | None, str | None]:
    """(Kemendagri code, BPS code) of a row's kecamatan or kelurahan code, read as
    sampah/batas/daftar.py reads it: a BPS code through the crosswalk, digits of either system only
    where the name agrees, a code whose reference name is another area's refused with both."""
    from sampah.batas import daftar, skema

    mentah = k.sel(i, kol)
    kode, sistem = skema.bersih_kode(mentah)
    x, alasan = daftar.tempatkan(kode, sistem, k.sel(i, nama), tingkat, toko) if kode else (None, None)
    if x is not None:
        return x.kode, (kode if x.sistem == "bps" else rujukan.ke_bps(x.kode).kode)
    if alasan and alasan[0] in ("wt_e_kode_nama", "wt_e_dua_arti", "wt_e_kode_tak_dikenal"):
        k.tolak(i, alasan[0], **alasan[1])
    else:
        contoh = "32.75.01" if tingkat == "kecamatan" else "32.75.01.1001"
        k.tolak(i, "kd_e_kode_format", kolom=k.header(kol), tingkat=tingkat, nilai=mentah, contoh=contoh)
    return None, None


def susun(k: Konteks) -> list[Muatan]:
    from sampah.batas import daftar, skema

    toko = daftar.Toko.dari_pencocok(k.cocok)
    kota: dict[str, dict] = {}
    kec: dict[str, dict] = {}
    kel: dict[str, dict] = {}
    for i in k.p.index:
        kk, kk_bps = _kode(k, i, "kode_kecamatan", "kecamatan", "kecamatan", toko)
        if kk is None:
            continue
        kl_raw = k.sel(i, "kode_kelurahan")
        kl, kl_bps = _kode(k, i, "kode_kelurahan", "kelurahan", "kelurahan", toko) if kl_raw else (None, None)
        if kl_raw and kl is None:
            continue
        if kl and not kl.startswith(kk + "."):
            k.tolak(i, "kd_e_kode_induk", kelurahan=kl, kecamatan=kk)
            continue
        if kl and not k.sel(i, "kelurahan"):
            k.tolak(i, "kd_e_wajib", kolom="kelurahan")
            continue
        kt = kk[:5]  # the kab/kota of a kecamatan is its code's prefix; a kab/kota column must agree
        if k.sel(i, "kode_kota"):
            kota_file, sistem = skema.bersih_kode(k.sel(i, "kode_kota"))
            x, _ = daftar.tempatkan(kota_file, sistem, None, "kabkota", toko)
            if x is None or x.kode != kt:
                k.tolak(i, "wt_e_induk", tingkat="kecamatan", kode=kk, induk=kota_file, seharusnya=kt)
                continue
        kota.setdefault(
            kt,
            {
                "kode": kt,
                # no name in the file: the national reference's for the code, not the code itself
                "nama": judul_nama(k.sel(i, "kota")) or rujukan.nama_kabkota(kt) or kt,
                "provinsi": judul_nama(k.sel(i, "provinsi")),
            },
        )
        lokasi = {x: k.sel(i, x) for x in ("luas_km2", "lat", "lon")}
        if kk not in kec:
            kec[kk] = {
                "kode": kk,
                "kode_bps": k.sel(i, "kode_bps_kecamatan") or kk_bps,
                "kota_kode": kt,
                "nama": daftar.nama_resmi(kk, toko) or judul_nama(k.sel(i, "kecamatan")),
                **({} if kl else lokasi),
                "_i": i,
            }
        if kl:
            if kl in kel:  # a kelurahan repeated (e.g. one row per bank sampah): fine if it agrees
                if (daftar.nama_resmi(kl, toko) or judul_nama(k.sel(i, "kelurahan"))) != kel[kl]["nama"]:
                    k.tolak(
                        i,
                        "kd_e_wilayah_beda",
                        kode=kl,
                        nama=kel[kl]["nama"],
                        baris=k.tabel.baris_file(kel[kl]["_i"]),
                    )
                continue
            rw = k.sel(i, "jumlah_rw")
            kel[kl] = {
                "kode": kl,
                "kode_bps": k.sel(i, "kode_bps_kelurahan") or kl_bps,
                "kecamatan_kode": kk,
                "nama": daftar.nama_resmi(kl, toko) or judul_nama(k.sel(i, "kelurahan")),
                **lokasi,
                "jumlah_rw": None if rw is None else int(rw),
                "jumlah_rw_estimasi": False,
                "_i": i,
            }
    df_kec = pd.DataFrame([{c: r.get(c) for c in _KEC} for r in kec.values()], columns=list(_KEC))
    df_kel = pd.DataFrame([{c: r.get(c) for c in _KEL} for r in kel.values()], columns=list(_KEL))
    return [
        Muatan(
            "kota",
            pd.DataFrame(list(kota.values()), columns=["kode", "nama", "provinsi"]),
            ("kode",),
            "lengkapi",
            utama=False,
        ),
        Muatan("kecamatan", df_kec, ("kode",), "lengkapi", utama=df_kel.empty),
        k.muatan(df_kel, utama=not df_kel.empty),
    ]


def _skor(sel: list) -> int:
    """Known headers in a row (finds the header row under title rows), both layouts."""
    from sampah.batas import daftar
    from sampah.ingest import kolom

    return kolom.skor_header(DATASET)(sel) + sum(kolom.norm_header(c) in daftar.HEADER_DIKENAL for c in sel)


def periksa_tabel(
    ds: Dataset, data: bytes, nama_file: str, con: duckdb.DuckDBPyConnection, pemetaan: dict | None
) -> Persiapan | None:
    """A table of one area per row, checked by sampah/batas/daftar.py; None (the shared steps) for
    the wide layout or when the user maps columns."""
    from sampah.batas import daftar

    if pemetaan:
        return None
    tabel = baca(data, nama_file, _skor)
    sk = daftar.kenali(list(tabel.data.columns))
    if sk is None:
        return None
    if tabel.data.empty:
        from sampah.ingest import Tolak

        raise Tolak("kd_f_tanpa_baris")
    h = daftar.susun(tabel, sk, con)
    return Persiapan(ds, tabel, {}, h.muatan, h.galat, tabel.catatan + h.catatan, disisihkan=h.disisihkan)


def urutan(data: bytes, nama_file: str) -> int:
    """Parents first when several files are imported in one command (kota, kecamatan, kelurahan)."""
    from sampah.batas import daftar

    try:
        return daftar.tingkat_berkas(baca(data, nama_file, _skor))
    except Exception:  # noqa: BLE001 - an unreadable file is refused by its own import, in order
        return 9


DATASET = Dataset(
    "wilayah",
    ("Wilayah (kecamatan & kelurahan)", "Areas (kecamatan & kelurahan)"),
    "kelurahan",
    ket="Satu baris per wilayah (kab/kota, kecamatan atau kelurahan; kode Kemendagri atau BPS), atau satu "
    "baris per kelurahan dengan kecamatannya.",
    susun=susun,
    periksa_berkas=periksa_tabel,
    kunci=("kode",),
    mode="lengkapi",
    kolom=(
        Kolom(
            "kode_kota",
            "kode",
            alias=("kota_kode", "kode_kabupaten_kota", "kode_kab_kota", "kemendagri_kode_kabupaten_kota"),
            contoh="32.75",
            ket="Kode Kemendagri kab/kota; bila kosong diambil dari kode kecamatan.",
        ),
        Kolom(
            "kota",
            alias=(
                "nama_kota",
                "kabupaten_kota",
                "kab_kota",
                "nama_kabupaten_kota",
                "bps_nama_kabupaten_kota",
                "kemendagri_nama_kabupaten_kota",
            ),
            contoh="Kota Bekasi",
            ket="Nama kab/kota.",
        ),
        Kolom("provinsi", alias=("nama_provinsi", "province"), contoh="Jawa Barat", ket="Nama provinsi."),
        replace(
            KODE_KECAMATAN,
            wajib=True,
            # not the BPS code's header: that one fills kode_bps_kecamatan
            alias=tuple(a for a in KODE_KECAMATAN.alias if a != "bps_kode_kecamatan"),
            ket="Kode Kemendagri kecamatan, mis. 32.75.01.",
        ),
        Kolom(
            "kode_bps_kecamatan",
            "kode",
            alias=("bps_kode_kecamatan", "kecamatan_kode_bps"),
            contoh="3275040",
            ket="Kode BPS kecamatan (7 angka), bila ada.",
        ),
        replace(KECAMATAN, wajib=True, alias=KECAMATAN.alias[:5], ket="Nama kecamatan."),
        replace(
            KODE_KELURAHAN,
            alias=KODE_KELURAHAN.alias[:5],
            ket="Kode Kemendagri kelurahan; kosong untuk baris kecamatan.",
        ),
        Kolom(
            "kode_bps_kelurahan",
            "kode",
            alias=("bps_kode_desa_kelurahan", "kelurahan_kode_bps"),
            contoh="3275040001",
            ket="Kode BPS kelurahan (10 angka), bila ada.",
        ),
        replace(KELURAHAN, alias=KELURAHAN.alias[:6], ket="Nama kelurahan/desa."),
        Kolom(
            "luas_km2",
            "angka",
            alias=("luas", "luas_wilayah", "area_km2"),
            min=0,
            maks=50_000,
            contoh=3.49,
            ket="Luas dalam km².",
        ),
        Kolom(
            "lat",
            "angka",
            alias=("lintang", "latitude", "y"),
            min=-11.5,
            maks=6.5,
            contoh=-6.2334,
            ket="Lintang titik tengah (derajat desimal).",
        ),
        Kolom(
            "lon",
            "angka",
            alias=("bujur", "longitude", "lng", "x"),
            min=94,
            maks=141.5,
            contoh=107.0136,
            ket="Bujur titik tengah (derajat desimal).",
        ),
        Kolom("jumlah_rw", "bulat", alias=("rw", "banyak_rw"), min=0, maks=500, contoh=28, ket="Jumlah RW."),
    ),
)
