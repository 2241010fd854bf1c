"""Official boundaries: GeoJSON, GeoPackage or a zipped Shapefile in any CRS -> EPSG:4326. Not a
table: the file is read here and every feature placed by sampah/batas (schema, level, code/name/
location agreement, geometry hygiene, a new city from the reference) instead of the shared steps."""

from __future__ import annotations

import errno
import io
import shutil
import tempfile
import zipfile
from pathlib import Path

import duckdb

from sampah.ingest import Tolak
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Persiapan

# the Shapefile parts read, and how far a zip may unpack: a 2 MB zip became 2 GB in the temp dir
BAGIAN_SHP = (".shp", ".shx", ".dbf", ".prj", ".cpg")
MAKS_ANGGOTA = 1_000
MAKS_URAI_BYTE = 512 * 2**20  # a kab/kota's desa boundaries take a few MB, Indonesia's ~500 MB
MAKS_RASIO = 200  # unpacked / packed per part; zeros pack 1,000 to 1


def _ekstrak_shp(data: bytes, tmp: Path) -> Path:
    """The Shapefile's own parts only, each checked by its declared sizes before a byte is written,
    each written under a fixed name (a member's path is never used)."""
    try:
        z = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, EOFError):
        raise Tolak("kd_f_geo_rusak", galat="zip") from None
    with z:
        info = z.infolist()
        if len(info) > MAKS_ANGGOTA:
            raise Tolak("kd_f_zip_bom", n=len(info), mb=0, batas=MAKS_URAI_BYTE // 2**20)
        shp = [i for i in info if i.filename.lower().endswith(".shp") and not i.is_dir()]
        if not shp:
            raise Tolak("kd_f_zip_tanpa_shp")
        dasar = shp[0].filename[:-4].lower()
        pakai = [
            i for i in info if i.filename.lower()[:-4] == dasar and i.filename.lower()[-4:] in BAGIAN_SHP
        ]
        total = sum(i.file_size for i in pakai)
        rasio = max((i.file_size / max(i.compress_size, 1) for i in pakai), default=0)
        if total > MAKS_URAI_BYTE or rasio > MAKS_RASIO:
            raise Tolak("kd_f_zip_bom", n=len(pakai), mb=total // 2**20, batas=MAKS_URAI_BYTE // 2**20)
        bebas = shutil.disk_usage(tmp).free
        if bebas < total + 16 * 2**20:
            raise Tolak(
                "kd_f_temp_penuh", folder=str(tmp.parent), perlu=total // 2**20 + 16, sisa=bebas // 2**20
            )
        for i in pakai:
            with z.open(i) as sumber, (tmp / ("batas" + i.filename[-4:].lower())).open("wb") as tujuan:
                shutil.copyfileobj(sumber, tujuan, 1 << 20)  # zipfile stops at the declared size
    return tmp / "batas.shp"


def _baca_geo(data: bytes, nama_file: str):  # noqa: ANN202 - GeoDataFrame
    import geopandas as gpd

    if not data.strip():
        raise Tolak("kd_f_kosong")
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        try:
            if data[:4] == b"PK\x03\x04":
                path = _ekstrak_shp(data, tmp)
            else:
                akhiran = Path(nama_file).suffix.lower() or ".geojson"
                path = tmp / f"batas{akhiran if akhiran in ('.geojson', '.json', '.gpkg') else '.geojson'}"
                path.write_bytes(data)
        except OSError as e:  # the temp disk, not the store's: say which (issue #12)
            if e.errno in (errno.ENOSPC, errno.EDQUOT):
                raise Tolak(
                    "kd_f_temp_penuh", folder=str(tmp.parent), perlu=len(data) // 2**20 + 1, sisa=0
                ) from None
            raise
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
