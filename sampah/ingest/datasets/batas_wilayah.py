"""Official boundaries: GeoJSON, GeoPackage or a zipped Shapefile in any CRS -> EPSG:4326,
simplified once, each feature matched to a kecamatan or kelurahan code (by code, else by name).
Not a table: the file is checked whole here (`periksa_geo`) instead of by the shared steps."""

from __future__ import annotations

import errno
import io
import json
import shutil
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


# the Shapefile parts read, and how far a zip may unpack: a 2 MB zip became 2 GB in the temp dir
BAGIAN_SHP = (".shp", ".shx", ".dbf", ".prj", ".cpg")
MAKS_ANGGOTA = 1_000
MAKS_URAI_BYTE = 512 * 2**20  # a kab/kota's desa boundaries take a few MB, Indonesia's ~500 MB
MAKS_RASIO = 200  # unpacked / packed per part; zeros pack 1,000 to 1
# Indonesia with a margin (BIG: 94°58' to 141°01' E, 6°08' N to 11°15' S)
INDONESIA = (94.0, -12.0, 142.0, 7.0)


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


def _periksa_bentuk(geom):  # noqa: ANN001, ANN202 - shapely geometry
    """(the polygon to store, or None; (reason key, values) when refused; repaired?). Outside
    Indonesia's box is refused (500°/200° drew the map as one giant square); a self-intersecting
    polygon is repaired by shapely's make_valid and its polygonal part kept."""
    from shapely import make_valid
    from shapely.geometry import MultiPolygon, Polygon

    if geom is None or geom.is_empty or geom.geom_type not in ("Polygon", "MultiPolygon"):
        return None, ("kd_e_geometri", {"jenis": getattr(geom, "geom_type", "-")}), False
    x0, y0, x1, y1 = geom.bounds
    if x0 < INDONESIA[0] or y0 < INDONESIA[1] or x1 > INDONESIA[2] or y1 > INDONESIA[3]:
        kotak = f"{x0:.2f}, {y0:.2f} – {x1:.2f}, {y1:.2f}"
        return None, ("kd_e_luar_indonesia", {"kotak": kotak}), False
    if geom.is_valid:
        return geom, None, False
    g = make_valid(geom)
    if g.geom_type == "GeometryCollection":
        bagian = [p for x in g.geoms for p in (x.geoms if x.geom_type == "MultiPolygon" else [x])]
        g = MultiPolygon([p for p in bagian if isinstance(p, Polygon)])
    if g.is_empty or g.geom_type not in ("Polygon", "MultiPolygon"):
        return None, ("kd_e_geometri", {"jenis": g.geom_type}), False
    return g, None, True


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
    galat = Galat()
    rows = []
    perbaikan: list[str] = []  # features whose self-intersections were repaired
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
        geom, salah, diperbaiki = _periksa_bentuk(geom)
        if salah:
            tolak(galat, i, salah[0], **salah[1])
            continue
        if diperbaiki:
            perbaikan.append(str(props.at[i, kol_nama] if kol_nama else kode))
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
    catatan = [("kd_c_crs", {"crs": "EPSG:4326"})]
    if perbaikan:
        catatan.append(("kd_c_geo_diperbaiki", {"n": len(perbaikan), "nama": ", ".join(perbaikan[:10])}))
    return Persiapan(ds, tabel, {}, muatan, galat, catatan)


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
