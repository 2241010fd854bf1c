"""Penduduk: population per kecamatan or kelurahan (or the kota) per year, with a flag for figures
that are estimates rather than official counts."""

from __future__ import annotations

from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, baris_demi_baris


def _wilayah(k: Konteks, i: int) -> str | None:
    """The place of row i: its code, else its kelurahan, else its kecamatan or place name."""
    kode, e, kw = None, None, {}
    if k.sel(i, "kode_wilayah"):
        kode, e, kw = k.cocok.wilayah(str(k.sel(i, "kode_wilayah")))
    elif k.sel(i, "kelurahan"):
        kode = k.kelurahan(i)
    elif k.sel(i, "kecamatan") or k.sel(i, "wilayah"):
        kode, e, kw = k.cocok.wilayah(str(k.sel(i, "kecamatan") or k.sel(i, "wilayah")))
    else:
        e, kw = "kd_e_wajib", {"kolom": "wilayah"}
    if kode is None and e:
        k.tolak(i, e, **kw)
    return kode


def _baris(k: Konteks, i: int) -> dict | None:
    kode = _wilayah(k, i)
    if i in k.galat:
        return None
    est = k.sel(i, "estimasi")
    return {
        "wilayah_kode": kode,
        "tahun": int(k.sel(i, "tahun")),
        "jumlah": int(k.sel(i, "jumlah")),
        "estimasi": bool(est) if est is not None else False,
        "sumber": k.sel(i, "sumber") or k.nama_file,
    }


DATASET = Dataset(
    "penduduk",
    ("Penduduk per kecamatan/kelurahan", "Population per kecamatan/kelurahan"),
    "penduduk",
    ket="Satu baris per wilayah per tahun.",
    susun=baris_demi_baris(_baris),
    kunci=("wilayah_kode", "tahun"),
    perlu_wilayah=True,
    salah_satu=(("wilayah", "kode_wilayah", "kelurahan", "kecamatan"),),
    kolom=(
        Kolom(
            "kode_wilayah",
            "kode",
            alias=("kode", "kode_kemendagri", "kode_kelurahan", "kode_kecamatan"),
            contoh="32.75.01",
            ket="Kode kecamatan atau kelurahan (Kemendagri atau BPS).",
        ),
        Kolom("wilayah", alias=("nama_wilayah", "nama"), contoh="", ket="Nama kecamatan atau kelurahan."),
        Kolom("kecamatan", alias=("nama_kecamatan", "kec"), contoh=""),
        Kolom("kelurahan", alias=("nama_kelurahan", "desa_kelurahan", "kel"), contoh=""),
        Kolom("tahun", "tahun", wajib=True, alias=("year", "tahun_data"), contoh=2025),
        Kolom(
            "jumlah",
            "bulat",
            wajib=True,
            alias=("penduduk", "jumlah_penduduk", "jiwa", "population", "total", "jumlah_jiwa"),
            min=0,
            maks=50_000_000,
            contoh=257030,
            ket="Jumlah penduduk (jiwa).",
        ),
        Kolom(
            "estimasi",
            "ya_tidak",
            alias=("perkiraan", "estimate"),
            contoh="tidak",
            ket="'ya' bila angka perkiraan, bukan hitungan resmi.",
        ),
        Kolom("sumber", alias=("source", "keterangan"), contoh="Dukcapil Semester I 2025"),
    ),
)
