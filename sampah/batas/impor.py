"""A boundary layer -> rows of `batas_wilayah`, and the areas' points and sizes.

schema (skema.py) -> readings per feature -> geometry checked (higiene.py) -> the store's areas
(daerah.py; from the reference for a store without any, kota.py) -> features of other kab/kota
set aside -> the code column's system -> the layer's level (tingkat.py) -> each feature placed
where code, name and location agree (cocok.py), or on code and name and the layout (tata.py)
-> rows: boundaries (replacing by code, saying which), points and areas where missing, a
kecamatan's boundary from its kelurahan when the file holds all of them, and for a new city
the kab/kota with all its areas from the reference.
"""

from __future__ import annotations

from collections import Counter

import duckdb
import pandas as pd
import shapely

from sampah.batas import cocok, daerah, higiene, kota, skema, tata, tingkat
from sampah.ingest import Tolak
from sampah.ingest.baca import Tabel
from sampah.ingest.susun import Persiapan

DIGABUNG = "gabungan kelurahan"


class PersiapanBatas(Persiapan):
    """A checked boundary layer; `lapisan` is the line the check screen leads with."""

    lapisan: tuple[str, dict] | None = None


def _tanpa_nomor(peta: dict[str, str], props: pd.DataFrame) -> dict[str, str]:
    """Code columns found by alias (`id`, a GeoJSON feature's number) whose values look like no
    area code (32.75.01, 3275040008, ...) are not codes: dropped, so they neither place nor refuse."""
    out = {}
    for k, h in peta.items():
        if k in ("kode", "kode_kecamatan"):
            bentuk = (skema.tingkat_kode(*skema.bersih_kode(v)) for v in props[h].head(200))
            if not any(b in ("kecamatan", "kelurahan") for b in bentuk):
                continue
        out[k] = h
    return out


def _skema(
    ds, header: list, con, pemetaan: dict | None, props: pd.DataFrame
) -> tuple[skema.Skema, dict, bool]:  # noqa: ANN001
    """The schema: a user's mapping (given now or remembered), else a known one, else aliases."""
    from sampah.ingest import kolom

    ingat = kolom.diingat(con, ds.nama, header)
    if not ingat and skema.kenali(header) is None:  # the same layer in another format
        ingat = diingat_serupa(con, ds.nama, header)
    manual = {k: v for k, v in {**ingat, **(pemetaan or {})}.items() if v in header}
    if manual:
        peta = _naik(kolom.petakan(ds, header, manual))
        return skema.umum(peta), peta, bool(ingat)
    dikenal = skema.kenali(header)
    if dikenal is not None:
        return dikenal, {}, False
    peta = _naik(_tanpa_nomor(kolom.petakan(ds, header), props))
    if "kode" not in peta and "nama" not in peta:
        raise Tolak("kd_f_kolom_wajib", kolom="kode / nama", ada=", ".join(map(str, header[:20])))
    return skema.umum(peta), peta, False  # shown on the page's mapping, which may correct it


# a Shapefile's field names are cut to 10 characters: KODE_WILAYAH_DESA arrives as KODE_WILAY
PANJANG_DBF = 10


def _padan_header(nama: str, header: list) -> str | None:
    """The header of this file that a remembered property name is: the same name (any case or
    punctuation), or its Shapefile cut; None when none or several are."""
    from sampah.ingest.kolom import norm_header

    n = norm_header(nama)
    sama = [h for h in header if norm_header(h) == n]
    if len(sama) == 1:
        return str(sama[0])
    potong = [h for h in header if len(str(h)) <= PANJANG_DBF and norm_header(h) == n[:PANJANG_DBF]]
    return str(potong[0]) if len(potong) == 1 else None


def diingat_serupa(con, dataset: str, header: list) -> dict[str, str]:  # noqa: ANN001
    """A mapping saved for the same layer in another format: remembered by the property names it
    maps, so the `id`/`fid`/`OBJECTID` a format adds and a Shapefile's 10-character names do not
    make it another layer. The newest whose every mapped property this file has."""
    import json

    import duckdb

    try:
        rows = con.execute(
            "SELECT peta FROM pemetaan_kolom WHERE dataset = ? ORDER BY dibuat DESC NULLS LAST", [dataset]
        ).fetchall()
    except duckdb.Error:
        return {}
    for (teks,) in rows:
        peta = json.loads(teks)
        baru = {k: _padan_header(v, header) for k, v in peta.items()}
        if peta and all(baru.values()):
            return baru
    return {}


def _naik(peta: dict[str, str]) -> dict[str, str]:
    """Only kecamatan columns and no own ones: a kecamatan layer, its columns are the feature's."""
    if "kode" in peta or "nama" in peta:
        return peta
    return {{"kode_kecamatan": "kode", "kecamatan": "nama"}.get(k, k): h for k, h in peta.items()}


def siapkan(ds, gdf, nama_file: str, con: duckdb.DuckDBPyConnection, pemetaan: dict | None) -> Persiapan:  # noqa: ANN001
    props = pd.DataFrame(gdf.drop(columns=gdf.geometry.name)).reset_index(drop=True)
    header = list(props.columns)
    sk, peta, diingat = _skema(ds, header, con, pemetaan, props)
    tabel = Tabel(props.astype(object).where(props.notna(), None), baris_header=0, format="geo")
    catatan: list[tuple[str, dict]] = [("bt_c_skema", {"skema": sk.judul})]
    if diingat:
        catatan.append(("kd_c_peta_diingat", {}))
    b = sk.baca(props)
    bentuk = higiene.periksa(list(gdf.geometry))
    galat: dict[int, list] = {i: [x.galat] for i, x in enumerate(bentuk) if x.galat}
    if len(galat) == len(b) and all(g[0][0] == "bt_e_luar_indonesia" for g in galat.values()):
        raise Tolak("bt_f_luar_indonesia", **galat[0][0][1])
    diperbaiki = [i for i, x in enumerate(bentuk) if x.diperbaiki]
    d = daerah.dari_con(con)
    isi_baru = None
    if daerah.kosong(d):
        d, isi_baru = kota.daerah_baru(kota.tentukan(b[~b.index.isin(list(galat))]))
        catatan.append(
            ("bt_c_kota_baru", {"kota": d.nama_kota, "kec": _n(d, "kecamatan"), "kel": _n(d, "kelurahan")})
        )
    elif d.wil.empty:
        raise Tolak("kd_f_wilayah_dulu")
    # features of another kab/kota (a province-wide file) are set aside, counted in a note
    luar = kota.di_luar(b, d)
    simpan = luar.isna()
    if (~simpan).any():
        n = Counter(luar.dropna())
        daftar = ", ".join(f"{k} {v}" for k, v in n.most_common(5))
        catatan.append(("bt_c_kota_lain", {"n": int((~simpan).sum()), "daftar": daftar}))
    tabel.data = tabel.data[simpan]
    b = b[simpan]
    galat = {i: g for i, g in galat.items() if simpan[i]}
    if b.empty:
        raise Tolak("bt_f_semua_kota_lain", kota=d.nama_kota, daftar=catatan[-1][1]["daftar"])
    if diperbaiki:
        nama = [_nama_fitur(b, i) for i in diperbaiki if i in b.index]
        alasan = bentuk[diperbaiki[0]].diperbaiki
        catatan.append(("bt_c_diperbaiki", {"n": len(nama), "daftar": "; ".join(nama[:6]), "alasan": alasan}))

    ok = [i for i in b.index if i not in galat]
    geo = gpd_metrik([bentuk[i].geom for i in ok])
    g_m = dict(zip(ok, geo.geometry))
    # the system of digits-only code columns, by names agreeing
    sistem, cat_sistem = _sistem(b.loc[ok], d)
    catatan += cat_sistem
    coba, cara = tingkat.deteksi(b.loc[ok], d)
    coba = dict(zip(ok, coba))
    lok = cocok.Lokasi(d, geo.crs)
    # several features with the same readings (a kelurahan in pieces) are one area
    kelompok: dict[tuple, list[int]] = {}
    baris = dict(zip(b.index, b.itertuples(index=False)))  # rows as named tuples (None stays None)
    for i in ok:
        r = baris[i]
        kunci = tuple(getattr(r, k) for k in skema.KOLOM) if (r.kode or r.nama) else (i,)
        kelompok.setdefault(kunci, []).append(i)
    tempat: dict[int, cocok.Tempat] = {}
    geom: dict[int, object] = {}
    for anggota in kelompok.values():
        i = anggota[0]
        g = g_m[i] if len(anggota) == 1 else shapely.union_all([g_m[j] for j in anggota])
        geom[i] = g
        t = cocok.tempatkan(baris[i], g, coba[i], d, lok, sistem)
        for j in anggota:
            tempat[j] = t
        if len(anggota) > 1:
            catatan.append(("bt_c_potongan", {"n": len(anggota), "nama": _nama_fitur(b, i)}))
    # one area, one feature: a later feature for the same area is refused
    pertama: dict[str, int] = {}
    for i in geom:
        t = tempat[i]
        if t.galat:
            galat[i] = t.galat
        elif t.kode in pertama:
            galat[i] = [("bt_e_ganda", {"wilayah": d.label(t.kode), "baris": pertama[t.kode] + 1})]
        else:
            pertama[t.kode] = i
    # areas without a point: the layout decides
    diterima = {i: (tempat[i].kode, tempat[i].tingkat, geom[i]) for i in pertama.values()}
    tanpa = {i: v for i, v in diterima.items() if tempat[i].tanpa_titik}
    if tanpa:
        induk_g = _induk_geom(d, diterima, geo.crs)
        label = {k: d.label(k) for k in d.wil.index}
        wil_induk = d.induk
        for i, alasan in tata.periksa(tanpa, diterima, induk_g, wil_induk, label).items():
            galat[i] = alasan
        catatan.append(("bt_c_tanpa_titik", {"n": len(tanpa)}))
    diterima = {i: v for i, v in diterima.items() if i not in galat}
    for anggota in kelompok.values():  # every piece of a refused area shares its reason
        for j in anggota[1:]:
            if anggota[0] in galat:
                galat[j] = galat[anggota[0]]
    asing = [d.label(v[0]) for i, v in diterima.items() if tempat[i].kode_asing and b.kode[i]]
    if asing:
        catatan.append(("bt_c_kode_asing", {"n": len(asing), "daftar": ", ".join(asing[:6])}))
    from sampah.batas import baris

    muatan, cat_baris, lapisan = baris.susun(d, diterima, geo.crs, nama_file, isi_baru, cara)
    catatan = [lapisan] + catatan + cat_baris
    p = PersiapanBatas(ds, tabel, peta, muatan, galat, catatan)
    p.lapisan = lapisan
    return p


def _n(d: daerah.Daerah, t: str) -> int:
    return int((d.wil.tingkat == t).sum())


def _nama_fitur(b: pd.DataFrame, i: int) -> str:
    return f"{b.nama[i] or b.kode[i] or '-'} (fitur {i + 1})"


def gpd_metrik(geoms: list):  # noqa: ANN201 - GeoDataFrame
    """Geometries (EPSG:4326) in their UTM zone, for metres and km2."""
    import geopandas as gpd

    g = gpd.GeoDataFrame(geometry=gpd.GeoSeries(geoms, crs=4326))
    if g.empty:
        return g.to_crs(3857)
    x0, y0, x1, y1 = g.total_bounds  # the UTM zone of the layer's middle (estimate_utm_crs: 0.7 s)
    zona = int(((x0 + x1) / 2 + 180) // 6) + 1
    return g.to_crs(32700 + zona if (y0 + y1) / 2 < 0 else 32600 + zona)


def _sistem(b: pd.DataFrame, d: daerah.Daerah) -> tuple[dict, list]:
    """The system of each digits-only code column (own code per level, parent code)."""
    out: dict = {}
    catatan = []
    for t, kol, nama in (
        ("kelurahan", "kode", "nama"),
        ("kecamatan", "kode", "nama"),
        ("induk", "kode_induk", "nama_induk"),
    ):
        tk = "kecamatan" if t == "induk" else t
        sis = b.sistem if kol == "kode" else b.sistem_induk
        pakai = b[kol].map(lambda k, tk=tk: skema.tingkat_kode(k, None) == tk if k else False)
        if not pakai.any():
            continue
        v = cocok.sistem_kolom(b[kol][pakai], sis[pakai], b[nama][pakai], tk, d)
        if v["n"]:
            out[t] = v["sistem"]
            kunci = "bt_c_sistem" if v["sistem"] else "bt_c_sistem_terbuka"
            catatan.append(
                (
                    kunci,
                    {"sistem": cocok.SISTEM[v["sistem"]], **{k: v[k] for k in ("n", "bps", "kemendagri")}},
                )
            )
    return out, catatan


def _induk_geom(d: daerah.Daerah, diterima: dict, crs: object) -> dict:
    """Kecamatan polygons in the metric CRS: placed from this file, else stored."""
    import geopandas as gpd

    out = {k: g for k, t, g in diterima.values() if t == "kecamatan"}
    simpan = {k: gj for k, (t, gj) in d.batas.items() if t == "kecamatan" and k not in out}
    if simpan:
        s = gpd.GeoSeries([shapely.from_geojson(x) for x in simpan.values()], crs=4326).to_crs(crs)
        out.update(zip(simpan, s))
    return out
