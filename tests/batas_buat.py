"""Synthetic boundary layers for the boundary tests, in the property schemas DLH staff get.

Geometry: Kota Bekasi's real polygons (the Kemendagri lineage in ../shared/data/real) or invented
ones for any kab/kota (a grid of kecamatan near a given point, each split into strips for its
kelurahan/desa). Properties come from the national reference, written the way each lineage
writes them: HDX COD-AB (`ADM3_PCODE` 'ID3275040', names title-cased from BPS), the HDX/BPS split
form (`village_code` 'id3275040008'), BPS (`KDPROV`..`KDDESA` in parts, names in capitals), BIG
RBI (`NAMOBJ`, `WADMKD`, `KDEPUM` Kemendagri codes) and Kemendagri (`kode`, `nama`).
"""

from __future__ import annotations

import functools
import io
import math
import tempfile
import zipfile
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from jalur import REAL
from shapely.affinity import translate

from sampah import rujukan

perlu_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/data/real not present")


SKEMA = ("kemendagri", "hdx_codab", "hdx_pecah", "bps", "rbi")
# Teluk Pucung has no row in the BPS list; the HDX 2020 boundaries give it this code
BPS_LAIN = {"32.75.03.1004": "3275070005"}


def bekasi(tingkat: str) -> gpd.GeoDataFrame:
    """Kota Bekasi's real polygons with their Kemendagri codes (kode, geometry)."""
    f = REAL / f"geo_kota_bekasi_{tingkat}_kemendagri_cahyadsn.geojson"
    return gpd.read_file(f)[["kode", "geometry"]]


def buatan(kota: str, lon: float, lat: float, km: float = 2.5) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """Invented polygons for a kab/kota of the reference: kecamatan as a grid of `km` squares
    around (lon, lat), each split into vertical strips for its kelurahan/desa."""
    kec = rujukan.anak(kota)
    desa = rujukan.anak(kota, "desa")
    kolom = math.ceil(math.sqrt(len(kec)))
    dx, dy = km / (111.32 * math.cos(math.radians(lat))), km / 110.57
    x0, y0 = lon - kolom * dx / 2, lat + kolom * dy / 2
    rec_kec, rec_kel = [], []
    for j, k in enumerate(kec.kode):
        a, b = x0 + (j % kolom) * dx, y0 - (j // kolom) * dy
        rec_kec.append({"kode": k, "geometry": shapely.box(a, b - dy, a + dx, b)})
        anak = desa[desa.induk == k].kode.tolist()
        for m, c in enumerate(anak):
            w = dx / len(anak)
            rec_kel.append({"kode": c, "geometry": shapely.box(a + m * w, b - dy, a + (m + 1) * w, b)})
    return gpd.GeoDataFrame(rec_kec, crs=4326), gpd.GeoDataFrame(rec_kel, crs=4326)


@functools.cache
def _nama_bps() -> dict[str, str]:
    """BPS code -> the name of its first row in the reference's BPS list (one scan, not one per area:
    a province-wide layer asks for hundreds)."""
    bps = rujukan.rujukan().bps.drop_duplicates("kode_bps", keep="first")
    return dict(zip(bps.kode_bps, bps.nama))


@functools.cache
def _bps(kode: str) -> tuple[str | None, str | None]:
    """(BPS code, BPS name) of a Kemendagri code, as the crosswalk pairs them."""
    b = rujukan.rujukan().ke_bps(kode).kode or BPS_LAIN.get(kode)
    return b, _nama_bps().get(b) if b else None


@functools.cache
def _wilayah(kode: str) -> rujukan.Wilayah:
    return rujukan.rujukan().wilayah(kode)


def _judul(s: str | None) -> str | None:
    return s.title() if s else None


def sifat(gdf: gpd.GeoDataFrame, skema: str) -> gpd.GeoDataFrame:
    """The layer with the properties of `skema` instead of (kode)."""
    rows = []
    for kode in gdf.kode:
        w = _wilayah(kode)
        desa = w.tingkat == "desa"
        kec = _wilayah(w.induk) if desa else w
        kota = _wilayah(kode[:5])
        prov = _wilayah(kode[:2])
        b, nb = _bps(kode)
        kb, nkb = _bps(kec.kode)
        kota_bps = rujukan.ke_bps(kode[:5]).kode or kode[:2] + kode[3:5]  # DKI: 31.71 is BPS 3173
        nama_bps = nb or w.nama.upper()
        kec_bps = nkb or kec.nama.upper()
        if skema == "kemendagri":
            p = {"kode": kode, "nama": w.nama}
        elif skema == "hdx_codab":
            p = {
                "ADM0_EN": "Indonesia",
                "ADM0_PCODE": "ID",
                "ADM1_EN": prov.nama.title(),
                "ADM1_PCODE": "ID" + kode[:2],
                "ADM2_EN": kota.nama,
                "ADM2_PCODE": "ID" + kota_bps,
                "ADM3_EN": _judul(kec_bps),
                "ADM3_PCODE": "ID" + kb if kb else None,
            }
            if desa:
                p |= {"ADM4_EN": _judul(nama_bps), "ADM4_PCODE": "ID" + b if b else None}
        elif skema == "hdx_pecah":
            p = {
                "province_code": "id" + kode[:2],
                "regency_code": "id" + kota_bps,
                "regency": kota.nama,
                "district_code": "id" + kb if kb else None,
                "district": _judul(kec_bps),
            }
            if desa:
                p |= {"village_code": "id" + b if b else None, "village": _judul(nama_bps)}
        elif skema == "bps":
            p = {
                "KDPROV": kode[:2],
                "KDKAB": kota_bps[2:],
                "KDKEC": kb[4:7] if kb else None,
                "NMPROV": prov.nama.upper(),
                "NMKAB": kota.nama.upper(),
                "NMKEC": kec_bps,
            }
            if desa:
                p |= {"KDDESA": b[7:] if b else None, "NMDESA": nama_bps, "IDDESA": b}
        elif skema == "rbi":
            p = {
                "NAMOBJ": w.nama,
                "WADMKC": kec.nama,
                "WADMKK": kota.nama,
                "WADMPR": prov.nama,
                "KDCPUM": kec.kode,
                "KDPKAB": kode[:5],
                "KDCBPS": kb,
            }
            if desa:
                p |= {"WADMKD": w.nama, "KDEPUM": kode, "KDEBPS": b}
        else:
            raise ValueError(skema)
        rows.append(p)
    return gpd.GeoDataFrame(rows, geometry=list(gdf.geometry), crs=gdf.crs)


def tulis(gdf: gpd.GeoDataFrame, format: str = "geojson", crs: object = 4326) -> tuple[bytes, str]:
    """The layer as the bytes of a file: geojson, gpkg or shp (zipped), in `crs`."""
    g = gdf.to_crs(crs)
    if format == "geojson":
        return g.to_json().encode(), "batas.geojson"
    with tempfile.TemporaryDirectory() as tmp:
        if format == "gpkg":
            f = Path(tmp) / "batas.gpkg"
            g.to_file(f, driver="GPKG")
            return f.read_bytes(), "batas.gpkg"
        g.to_file(Path(tmp) / "batas.shp")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            for f in sorted(Path(tmp).iterdir()):
                z.write(f, f"ADMINISTRASI_AR/{f.name}")
        return buf.getvalue(), "batas.zip"


# ---- traps -------------------------------------------------------------------------------------


def geser(gdf: gpd.GeoDataFrame, i: int, km: float = 10.0, arah: tuple[float, float] = (1, 0)) -> None:
    """Move feature i by `km` (in place)."""
    g = gdf.geometry.iloc[i]
    lat = g.centroid.y
    dx = arah[0] * km / (111.32 * math.cos(math.radians(lat)))
    dy = arah[1] * km / 110.57
    gdf.loc[gdf.index[i], "geometry"] = translate(g, dx, dy)


def pilin(g: shapely.Polygon) -> shapely.Polygon:
    """The same polygon with a small bow-tie on one edge (a -> 60% out -> 40% out -> b: the first and
    the last of these segments cross): a self-intersecting shell."""
    if g.geom_type == "MultiPolygon":
        g = max(g.geoms, key=lambda p: p.area)
    c = list(g.exterior.coords)
    a, b = c[0], c[1]
    vx, vy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(vx, vy) or 1.0
    e = 0.05 * n
    nx, ny = -vy / n * e, vx / n * e
    p1 = (a[0] + 0.6 * vx + nx, a[1] + 0.6 * vy + ny)
    p2 = (a[0] + 0.4 * vx + nx, a[1] + 0.4 * vy + ny)
    out = shapely.Polygon([a, p1, p2, *c[1:]])
    assert not out.is_valid, "the twist must make the shell self-intersect"
    return out


def ke_luar_indonesia(gdf: gpd.GeoDataFrame, i: int) -> None:
    """Feature i placed in Europe (as a swapped or missing .prj would)."""
    g = gdf.geometry.iloc[i]
    gdf.loc[gdf.index[i], "geometry"] = translate(g, 12.5 - g.centroid.x, 45.0 - g.centroid.y)


def salah_tempat(rows: list[tuple[str, str, str]]) -> list[str]:
    """Stored boundaries (kode, tingkat, geojson) of Kota Bekasi that do not sit on their own area:
    the Kemendagri polygon they overlap most (intersection over union) must be their code's, at
    IoU >= 0.5. Returns the misplaced ones, described."""
    import json

    from shapely.geometry import shape

    out = []
    for tingkat in ("kecamatan", "kelurahan"):
        ref = bekasi(tingkat).to_crs(32748)
        pilih = [r for r in rows if r[1] == tingkat]
        if not pilih:
            continue
        g = gpd.GeoSeries([shape(json.loads(r[2])) for r in pilih], crs=4326).to_crs(32748)
        for (kode, _, _), x in zip(pilih, g):
            potong = ref.geometry.intersection(x).area
            iou = potong / (ref.geometry.area + x.area - potong)
            j = int(iou.to_numpy().argmax())
            if ref.kode.iloc[j] != kode or iou.iloc[j] < 0.5:
                out.append(f"{kode} sits on {ref.kode.iloc[j]} (IoU {iou.iloc[j]:.2f})")
    return out
