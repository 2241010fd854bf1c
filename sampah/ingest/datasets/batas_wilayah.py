"""Official boundaries: GeoJSON, GeoPackage or a zipped Shapefile in any CRS -> EPSG:4326. Not a
table: the file is read here and every feature placed by sampah/batas (schema, level, code/name/
location agreement, geometry hygiene, a new city from the reference) instead of the shared steps."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import duckdb

from sampah.ingest import Tolak
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Persiapan


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


def periksa_geo(
    ds: Dataset, data: bytes, nama_file: str, con: duckdb.DuckDBPyConnection, pemetaan: dict | None
) -> Persiapan:
    """Read the layer, then place every feature where code, name and location agree."""
    from sampah.batas import impor

    return impor.siapkan(ds, _baca_geo(data, nama_file), nama_file, con, pemetaan)


def header(data: bytes, nama_file: str) -> list[str]:
    """The property names of a boundary file (for the mapping on the Kelola Data page)."""
    return [str(c) for c in _baca_geo(data, nama_file).columns if c != "geometry"]


DATASET = Dataset(
    "batas_wilayah",
    ("Batas wilayah resmi (peta)", "Official boundaries (map)"),
    "batas_wilayah",
    ket="GeoJSON, GeoPackage atau Shapefile dalam .zip; proyeksi apa pun. Satu fitur per kecamatan atau "
    "kelurahan, dengan kode (Kemendagri atau BPS) dan/atau nama. Skema Kemendagri, HDX COD-AB, BPS dan "
    "BIG RBI dikenali sendiri; kolom lain dipetakan di sini.",
    kunci=("kode",),
    periksa_berkas=periksa_geo,
    header_berkas=header,
    kolom=(
        Kolom(
            "kode",
            "kode",
            alias=(
                "kode_kemendagri",
                "kode_wilayah",
                "kode_desa",
                "kode_kel",
                "kode_kelurahan",
                "id_desa",
                "kode_bps",
                "id",
            ),
            contoh="32.75.01.1001",
            ket="Kode wilayah fitur ini: Kemendagri (32.75.01.1001) atau BPS (3275040006).",
        ),
        Kolom(
            "nama",
            alias=("nama_wilayah", "nama_kelurahan", "nama_desa", "kelurahan", "desa", "name"),
            contoh="Bekasijaya",
            ket="Nama wilayah fitur ini (di lapisan kecamatan: nama kecamatan).",
        ),
        Kolom(
            "kode_kecamatan",
            "kode",
            alias=("kode_kec", "kode_induk"),
            contoh="32.75.01",
            ket="Untuk lapisan kelurahan/desa: kode kecamatannya (Kemendagri atau BPS).",
        ),
        Kolom(
            "kecamatan",
            alias=("nama_kecamatan", "kec"),
            contoh="Bekasi Timur",
            ket="Untuk lapisan kelurahan/desa: nama kecamatannya.",
        ),
    ),
)
