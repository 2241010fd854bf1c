"""Official boundaries: GeoJSON, GeoPackage or a zipped Shapefile in any CRS -> EPSG:4326,
simplified once, each feature matched to a kecamatan or kelurahan code (by code, else by name).
Not a table: the file is checked whole here (`periksa_geo`) instead of by the shared steps."""

from __future__ import annotations

import io
import json
import tempfile
import zipfile
from pathlib import Path

import pandas as pd

from sampah.ingest import Tolak
from sampah.ingest.baca import Tabel
from sampah.ingest.cocok import Pencocok, kode_kemendagri
from sampah.ingest.deklarasi import Dataset, Galat, Kolom
from sampah.ingest.kolom import norm_header
from sampah.ingest.susun import Muatan, Persiapan, tolak

TOLERANSI_DERAJAT = 0.0001  # ~11 m: invisible at city zoom, keeps the stored GeoJSON small


def _baca_geo(data: bytes, nama_file: str):  # noqa: ANN202 - GeoDataFrame
    import geopandas as gpd

    if not data.strip():
        raise Tolak("kd_f_kosong")
    with tempfile.TemporaryDirectory() as tmp:
        if data[:4] == b"PK\x03\x04":
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                shp = [n for n in z.namelist() if n.lower().endswith(".shp")]
                if not shp:
                    raise Tolak("kd_f_zip_tanpa_shp")
                z.extractall(tmp)
            path = Path(tmp) / shp[0]
        else:
            akhiran = Path(nama_file).suffix.lower() or ".geojson"
            path = Path(tmp) / f"batas{akhiran}"
            path.write_bytes(data)
        try:
            gdf = gpd.read_file(path)
        except Exception as e:  # pyogrio raises its own types for every broken format
            raise Tolak("kd_f_geo_rusak", galat=type(e).__name__) from None
    if gdf.empty:
        raise Tolak("kd_f_tanpa_baris")
    if gdf.crs is None:
        b = gdf.total_bounds
        if not (90 <= b[0] <= 145 and -15 <= b[1] <= 10):
            raise Tolak("kd_f_geo_crs")
        gdf = gdf.set_crs(4326)  # GeoJSON without a CRS is WGS84 by definition
    return gdf.to_crs(4326)


def _kode(c: Pencocok, v: object) -> str | None:
    """A feature's code as the store's kecamatan/kelurahan code (Kemendagri dotted, or BPS)."""
    k = str(v).strip()
    k = k if k in c.kec.kode or k in c.kel.kode else (kode_kemendagri(k) or k)
    if k in c.kec.bps or k in c.kel.bps:
        k = c.kec.bps.get(k) or c.kel.bps.get(k)
    return k if k in c.kec.kode or k in c.kel.kode else None


def periksa_geo(ds: Dataset, data: bytes, nama_file: str, c: Pencocok) -> Persiapan:
    gdf = _baca_geo(data, nama_file)
    if not c.kec.kode:
        raise Tolak("kd_f_wilayah_dulu")
    props = pd.DataFrame(gdf.drop(columns="geometry"))
    norm = {norm_header(h): h for h in props.columns}
    kol_kode = next((norm[a] for a in ("kode", *ds.kol("kode").alias) if a in norm), None)
    kol_nama = next((norm[a] for a in ("nama", *ds.kol("nama").alias) if a in norm), None)
    if kol_kode is None and kol_nama is None:
        raise Tolak("kd_f_kolom_wajib", kolom="kode / nama", ada=", ".join(map(str, props.columns[:20])))
    tabel = Tabel(props.astype(object).where(props.notna(), None), baris_header=1, format="geo")
    galat: Galat = {}
    rows = []
    for i, geom in zip(props.index, gdf.geometry):
        kode = None
        if kol_kode and props.at[i, kol_kode] is not None:
            kode = _kode(c, props.at[i, kol_kode])
        if kode is None and kol_nama and props.at[i, kol_nama]:
            nama = str(props.at[i, kol_nama])
            kode = c.kelurahan(nama)[0] or c.kecamatan(nama)[0]
            if kode is None:
                _, e, kw = c.kelurahan(nama)
                _, e2, kw2 = c.kecamatan(nama)
                e, kw = (e2, kw2) if e2 == "kd_e_nama_saran" and e != "kd_e_nama_saran" else (e, kw)
                tolak(galat, i, e, **kw)
                continue
        if kode is None:
            nilai = props.at[i, kol_kode] if kol_kode else ""
            tolak(galat, i, "kd_e_kode_tak_dikenal", tingkat="wilayah", nilai=nilai, kota=c.nama_kota)
            continue
        if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
            tolak(galat, i, "kd_e_geometri", jenis=getattr(geom, "geom_type", "-"))
            continue
        g = geom.simplify(TOLERANSI_DERAJAT, preserve_topology=True)
        rows.append(
            {
                "_i": i,
                "kode": kode,
                "tingkat": "kecamatan" if kode in c.kec.kode else "kelurahan",
                "geojson": json.dumps(g.__geo_interface__),
                "sumber": nama_file,
            }
        )
    df = pd.DataFrame(rows, columns=["_i", "kode", "tingkat", "geojson", "sumber"]).set_index("_i")
    ganda = df.kode.duplicated()
    for i in df.index[ganda]:
        tolak(galat, i, "kd_e_duplikat", baris="?")
    df = df[~ganda]
    muatan = [Muatan(ds.tabel, df, ds.kunci, ds.mode)]
    return Persiapan(ds, tabel, {}, muatan, galat, [("kd_c_crs", {"crs": "EPSG:4326"})])


DATASET = Dataset(
    "batas_wilayah",
    ("Batas wilayah resmi (peta)", "Official boundaries (map)"),
    "batas_wilayah",
    ket="GeoJSON, GeoPackage atau Shapefile dalam .zip; proyeksi apa pun. Satu fitur per kecamatan atau "
    "kelurahan, dengan kode atau nama.",
    kunci=("kode",),
    periksa_berkas=periksa_geo,
    kolom=(
        Kolom(
            "kode",
            "kode",
            alias=(
                "kode_kemendagri",
                "kdcpum",
                "kdepum",
                "kode_wilayah",
                "kode_kec",
                "kode_kel",
                "kode_kecamatan",
                "kode_kelurahan",
                "id",
            ),
            contoh="32.75.01",
        ),
        Kolom(
            "nama",
            alias=(
                "namobj",
                "wadmkd",
                "wadmkc",
                "name",
                "nama_kecamatan",
                "nama_kelurahan",
                "kecamatan",
                "kelurahan",
            ),
            contoh="Bekasi Timur",
        ),
    ),
)
