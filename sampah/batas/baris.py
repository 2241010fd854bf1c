"""The rows a placed boundary layer writes: `batas_wilayah` (simplified once), the areas' reference
points and sizes where the store has none, a kecamatan's boundary dissolved from its kelurahan when
the file holds every one of them and the store has no kecamatan boundary, and for a new city the
kab/kota with all its areas from the reference (sampah/batas/kota.py)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from sampah import rujukan
from sampah.batas import higiene
from sampah.batas.daerah import Daerah
from sampah.ingest.susun import Muatan

KOLOM_BATAS = ["_i", "kode", "tingkat", "geojson", "sumber"]


def _ringkas(kode: list[str], tingkat: list[str]) -> str:
    """'12 kecamatan, 56 kelurahan' (kelurahan and desa counted by their Kemendagri code)."""
    n = {"kecamatan": 0, "kelurahan": 0, "desa": 0, "desa adat": 0}
    for k, t in zip(kode, tingkat):
        n["kecamatan" if t == "kecamatan" else rujukan.jenis(k)] += 1
    return ", ".join(f"{v} {k}" for k, v in n.items() if v) or "0"


def susun(
    d: Daerah,
    diterima: dict,
    crs: object,
    nama_file: str,
    isi_baru: object | None,
    cara: str,
) -> tuple[list[Muatan], list, tuple[str, dict]]:
    """Muatan for the placed features `diterima` (feature -> (kode, tingkat, metric geometry))."""
    idx = list(diterima)
    kode = [diterima[i][0] for i in idx]
    tingkat = [diterima[i][1] for i in idx]
    metrik = gpd.GeoSeries([diterima[i][2] for i in idx], crs=crs)
    catatan: list[tuple[str, dict]] = []
    lapisan = (f"bt_c_lapisan_{cara}", {"ringkas": _ringkas(kode, tingkat), "kota": d.nama_kota})
    # kecamatan from their kelurahan: every kelurahan in the file, no kecamatan boundary anywhere
    ada = set(kode)
    gabung_kode, gabung_geom = [], []
    for k in d.wil.index[d.wil.tingkat == "kecamatan"]:
        anak = d.anak(k)
        if k in ada or k in d.batas or not anak or not set(anak) <= ada:
            continue
        gabung_kode.append(k)
        gabung_geom.append(shapely.union_all([metrik.iloc[kode.index(a)] for a in anak]).buffer(0))
    if gabung_kode:
        catatan.append(("bt_c_gabung_kec", {"n": len(gabung_kode)}))
    semua_kode = kode + gabung_kode
    semua_tingkat = tingkat + ["kecamatan"] * len(gabung_kode)
    semua_m = gpd.GeoSeries(list(metrik) + gabung_geom, crs=crs)
    wgs = semua_m.to_crs(4326)
    tol = higiene.toleransi(tuple(wgs.total_bounds)) if len(wgs) else higiene.TOLERANSI_MIN
    sederhana = [higiene.sederhanakan(g, tol) for g in wgs]
    sebelum = sum(higiene.jumlah_titik(g) for g in wgs)
    sesudah = sum(higiene.jumlah_titik(g) for g in sederhana)
    catatan.append(
        ("bt_c_sederhana", {"meter": round(tol * 111_320), "sebelum": sebelum, "sesudah": sesudah})
    )
    gj = [higiene.geojson(g) for g in sederhana]
    sumber = [nama_file] * len(kode) + [f"{nama_file} ({'gabungan kelurahan'})"] * len(gabung_kode)
    df = pd.DataFrame(
        {
            "_i": idx + [None] * len(gabung_kode),
            "kode": semua_kode,
            "tingkat": semua_tingkat,
            "geojson": gj,
            "sumber": sumber,
        }
    )
    diganti = [k for k, g in zip(semua_kode, gj) if k in d.batas and d.batas[k][1] != g]
    if diganti:
        catatan.append(
            (
                "bt_c_diganti",
                {"n": len(diganti), "daftar": ", ".join(d.label(k) for k in diganti[:12])}
                | {"lagi": f" (+{len(diganti) - 12})" if len(diganti) > 12 else ""},
            )
        )
    batas = df.drop(columns="_i")
    muatan = [Muatan("batas_wilayah", batas, ("kode",), "perbarui")]
    # points and sizes: where the store has none (a new city: every placed area)
    titik = [higiene.titik_dalam(g) for g in wgs]
    ukur = pd.DataFrame(
        {
            "kode": semua_kode,
            "luas_km2": [higiene.luas_km2(g) for g in semua_m],
            "lat": [round(p.y, 6) for p in titik],
            "lon": [round(p.x, 6) for p in titik],
        }
    ).set_index("kode")
    if isi_baru is not None:
        muatan = _kota_baru(isi_baru, ukur, semua_m, d) + muatan
        return muatan, catatan, lapisan
    isi = []
    for t, tabel in (("kecamatan", "kecamatan"), ("kelurahan", "kelurahan")):
        pilih = np.array([d.wil.tingkat.get(k) == t for k in ukur.index], dtype=bool)
        u = ukur[pilih].copy()  # a boolean array: an empty list would select columns
        lama = d.wil.loc[u.index]
        for c in ("lat", "lon", "luas_km2"):
            u[c] = u[c].where(lama[c].isna().to_numpy(), None)
        kosong = lama.lat.isna() | lama.luas_km2.isna()
        u = u[kosong.to_numpy()]
        if len(u):
            isi.append(Muatan(tabel, u.reset_index(), ("kode",), "lengkapi", utama=False))
    n_isi = sum(len(m.df) for m in isi)
    if n_isi:
        catatan.append(("bt_c_titik_diisi", {"n": n_isi}))
    return isi + muatan, catatan, lapisan


def _kota_baru(isi, ukur: pd.DataFrame, semua_m: gpd.GeoSeries, d: Daerah) -> list[Muatan]:  # noqa: ANN001
    """A new city: the kab/kota row and all its areas from the reference, with the file's points."""
    k = isi.kota
    kota = {"kode": k.kode, "kode_bps": k.kode_bps, "nama": k.nama, "provinsi": isi.provinsi}
    kec_kode = set(d.wil.index[d.wil.tingkat == "kecamatan"])
    if kec_kode and kec_kode <= set(ukur.index):  # the file covers the whole kab/kota
        semua = shapely.union_all([g for kk, g in zip(ukur.index, semua_m) if kk in kec_kode])
        p = higiene.titik_dalam(gpd.GeoSeries([semua], crs=semua_m.crs).to_crs(4326).iloc[0])
        kota |= {"luas_km2": higiene.luas_km2(semua), "lat": round(p.y, 6), "lon": round(p.x, 6)}
    out = [Muatan("kota", pd.DataFrame([kota]), ("kode",), "tambah", utama=False)]
    for tabel, df in (("kecamatan", isi.kecamatan), ("kelurahan", isi.kelurahan)):
        df = df.join(ukur, on="kode")
        df = df.astype(object).where(df.notna(), None)
        out.append(Muatan(tabel, df, ("kode",), "tambah", utama=False))
    return out
