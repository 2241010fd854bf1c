"""Boundary layers in the five schemas DLH staff have (Kemendagri, HDX COD-AB, HDX/BPS split, BPS,
BIG RBI), at both levels, as GeoJSON, GeoPackage and zipped Shapefile in other CRSs, made by
tests/batas_buat.py with planted traps: a polygon moved 10 km, a self-intersecting shell, a feature
in Europe, BPS codes in a `kode` column, a kecamatan layer named like kelurahan, an unknown schema.
Every stored polygon must sit on its own area; every trap is refused or repaired with its reason.

Kota Bekasi's layers use the real Kemendagri polygons (skipped without ../shared/data/real); the
new-city cases use polygons invented for the reference's areas and need nothing beside the repo."""

from __future__ import annotations

import shutil
from pathlib import Path

import geopandas as gpd
import pytest
import shapely
from batas_buat import (
    SKEMA,
    bekasi,
    buatan,
    geser,
    ke_luar_indonesia,
    perlu_real,
    pilin,
    salah_tempat,
    sifat,
    tulis,
)
from kota_uji import buat_store, kueri

from sampah.i18n import t
from sampah.ingest import muat

# each schema in another container and CRS, as the agencies export them
BENTUK = {
    "kemendagri": ("geojson", 4326),
    "hdx_codab": ("gpkg", 4326),
    "hdx_pecah": ("geojson", 4326),
    "bps": ("shp", 32748),  # UTM 48S, as BPS's SHP downloads
    "rbi": ("shp", 23834),  # DGN95 / Indonesia TM-3 zone 48.2, as BIG's RBI
}


def impor(store: Path, data: bytes, nama: str, **kw: object) -> muat.Laporan:
    lap = muat.impor(store, "batas_wilayah", data, nama, oleh="uji", **kw)
    assert lap.status == "dimuat", lap.teks()
    return lap


def catatan(lap: muat.Laporan) -> str:
    return "\n".join(t(k, "id", **kw) for k, kw in lap.persiapan.catatan)


def alasan(lap: muat.Laporan) -> dict[int, str]:
    """Refused features (0-based) -> their reason as the user reads it."""
    return {i: "; ".join(t(k, "id", **kw) for k, kw in gs) for i, gs in lap.persiapan.galat.items()}


def batas(store: Path) -> list[tuple]:
    return kueri(store, "SELECT kode, tingkat, geojson FROM batas_wilayah ORDER BY kode")


@pytest.fixture
def contoh(demo_store: Path, tmp_path: Path) -> Path:
    """Kota Bekasi's sample store (reference points from the project's CSVs), no boundaries."""
    s = tmp_path / "contoh"
    shutil.copytree(demo_store, s)
    return s


@perlu_real
@pytest.mark.parametrize("skema", SKEMA)
def test_kelurahan_layer_with_traps(contoh: Path, skema: str):
    g = sifat(bekasi("kelurahan"), skema)
    geser(g, 3, 10)  # Arenjaya moved 10 km east
    g.loc[g.index[5], "geometry"] = pilin(g.geometry.iloc[5])  # Kranji: a bow-tie on one edge
    ke_luar_indonesia(g, 9)
    lap = impor(contoh, *tulis(g, *BENTUK[skema]))
    teks, tolak = catatan(lap), alasan(lap)
    assert teks.splitlines()[0].startswith("54 kelurahan di Kota Bekasi"), teks
    assert sorted(tolak) == [3, 9], tolak
    assert "tidak disimpan" in tolak[3] and "Arenjaya (32.75.01.1004) 9 km di luar poligon" in tolak[3]
    assert "di luar Indonesia" in tolak[9]
    assert "1 geometri tidak sah diperbaiki (make_valid): kranji (fitur 6)" in teks.lower(), teks
    rows = batas(contoh)
    kel = {r[0] for r in rows if r[1] == "kelurahan"}
    assert len(kel) == 54 and "32.75.01.1004" not in kel and "32.75.02.1004" in kel  # Kranji repaired
    assert all(shapely.from_geojson(r[2]).is_valid for r in rows)
    assert salah_tempat(rows) == []
    # Bekasi Timur (Arenjaya's) and Bekasi Utara (feature 9's) are not dissolved from a part
    kec = {r[0] for r in rows if r[1] == "kecamatan"}
    assert "32.75.01" not in kec and "32.75.03" not in kec and len(kec) == 10, kec


@perlu_real
@pytest.mark.parametrize("skema", SKEMA)
def test_kecamatan_layer_never_on_a_kelurahan(contoh: Path, skema: str):
    """Five kecamatan of Kota Bekasi share their name with a kelurahan; the layer's level comes from
    its schema, and a kelurahan boundary already stored is left alone."""
    impor(contoh, *tulis(sifat(bekasi("kelurahan"), "kemendagri")))
    sebelum = {r[0]: r[2] for r in batas(contoh) if r[1] == "kelurahan"}
    lap = impor(contoh, *tulis(sifat(bekasi("kecamatan"), skema), *BENTUK[skema]))
    assert catatan(lap).splitlines()[0].startswith("12 kecamatan di Kota Bekasi"), catatan(lap)
    assert lap.ditolak == 0
    rows = batas(contoh)
    assert {r[0]: r[2] for r in rows if r[1] == "kelurahan"} == sebelum
    assert sum(r[1] == "kecamatan" for r in rows) == 12 and salah_tempat(rows) == []
    assert "Batas yang diganti (12)" in catatan(lap)  # the ones dissolved from kelurahan, replaced


@perlu_real
def test_names_only_kecamatan_named_like_kelurahan(contoh: Path):
    """Only the five kecamatan whose names are also kelurahan names, without codes: the level is
    decided per feature by location (a kecamatan polygon holds its kelurahan's points)."""
    g = sifat(bekasi("kecamatan"), "kemendagri")
    lima = g[g.kode.isin(["32.75.06", "32.75.07", "32.75.09", "32.75.10", "32.75.11"])][["nama", "geometry"]]
    lap = impor(contoh, *tulis(lima))
    assert "menurut lokasinya" in catatan(lap).splitlines()[0]
    rows = batas(contoh)
    assert {(r[0], r[1]) for r in rows} == {
        ("32.75.06", "kecamatan"),
        ("32.75.07", "kecamatan"),
        ("32.75.09", "kecamatan"),
        ("32.75.10", "kecamatan"),
        ("32.75.11", "kecamatan"),
    }
    assert salah_tempat(rows) == []


@perlu_real
def test_bps_codes_in_a_kode_column_are_not_reformatted(contoh: Path):
    """The issue's trap: HDX's village_code renamed to `kode` (3275011001 is not 32.75.01.1001)."""
    g = sifat(bekasi("kelurahan"), "hdx_pecah")
    g["kode"] = g.village_code.str[2:]
    g["nama"] = g.village
    lap = impor(contoh, *tulis(g[["kode", "nama", "geometry"]]))
    assert "dibaca sebagai kode BPS" in catatan(lap) and lap.ditolak == 0
    rows = batas(contoh)
    assert sum(r[1] == "kelurahan" for r in rows) == 56 and salah_tempat(rows) == []


@perlu_real
def test_bps_codes_without_names_place_only_what_code_and_location_settle(contoh: Path):
    g = sifat(bekasi("kelurahan"), "hdx_pecah")
    g["kode"] = g.village_code.str[2:]
    lap = impor(contoh, *tulis(g[["kode", "geometry"]]))
    tolak = alasan(lap)
    # Teluk Pucung's BPS code is in no reference and the file gives no name: refused, not guessed
    assert len(tolak) == 1 and "3275070005 tidak dikenal" in next(iter(tolak.values()))
    rows = batas(contoh)
    assert sum(r[1] == "kelurahan" for r in rows) == 55 and salah_tempat(rows) == []


@perlu_real
def test_unknown_schema_is_mapped_once_and_remembered(contoh: Path):
    g = sifat(bekasi("kelurahan"), "kemendagri").rename(columns={"kode": "KD_WIL", "nama": "LABEL"})
    data, nama = tulis(g)
    lap = muat.impor(contoh, "batas_wilayah", data, nama, oleh="uji")
    assert lap.status == "ditolak" and lap.pesan[0] == "kd_f_kolom_wajib"
    assert "KD_WIL" in t(lap.pesan[0], "id", **lap.pesan[1])
    lap = impor(contoh, data, nama, pemetaan={"kode": "KD_WIL", "nama": "LABEL"})
    assert lap.baru == 56 + 12 and salah_tempat(batas(contoh)) == []
    # a second file of the same shape (a later export, one polygon edited) needs no mapping
    geser(g, 0, 0.001)
    lap = impor(contoh, *tulis(g))
    assert t("kd_c_peta_diingat", "id") in catatan(lap)
    assert lap.diperbarui == 1 and "Batas yang diganti (1): Bekasijaya (32.75.01.1001)" in catatan(lap)


def _iou(a: shapely.Geometry, b: shapely.Geometry) -> float:
    return a.intersection(b).area / a.union(b).area


@pytest.mark.parametrize(
    ("kota", "lon", "lat", "skema", "bentuk"),
    [
        ("32.73", 107.61, -6.91, "bps", ("shp", 32748)),  # a kota
        ("32.16", 107.15, -6.25, "rbi", ("gpkg", 4326)),  # a kabupaten with desa
        ("31.71", 106.83, -6.18, "hdx_codab", ("geojson", 4326)),  # DKI: BPS 3173 is not Kemendagri 31.73
    ],
)
@pytest.mark.parametrize("awal", ["kosong", "init"])
def test_new_city_from_its_boundary_file(tmp_path: Path, kota, lon, lat, skema, bentuk, awal):
    """A store without areas takes the kab/kota from the file; an `init --kota` store (no points)
    gets its points. No reference point to check against: the layout refuses the moved polygon,
    and the one it landed on stays."""
    kec, kel = buatan(kota, lon, lat)
    g = sifat(kel, skema)
    geser(g, 7, 10)
    s = buat_store(tmp_path / "s", None if awal == "kosong" else kota)
    lap = impor(s, *tulis(g, *bentuk))
    tolak = alasan(lap)
    assert list(tolak) == [7] and "tidak sesuai tata letak" in tolak[7], tolak
    if awal == "kosong":
        assert "dibuat dari rujukan nasional" in catatan(lap)
    assert kueri(s, "SELECT kode FROM kota") == [(kota,)]
    simpan = {k: shapely.from_geojson(gj) for k, tk, gj in batas(s) if tk == "kelurahan"}
    asli = dict(zip(kel.kode, kel.geometry))
    assert len(simpan) == len(asli) - 1 and kel.kode.iloc[7] not in simpan
    assert all(_iou(simpan[k], asli[k]) > 0.95 for k in simpan)
    # points and areas filled: every stored kelurahan's point lies inside its own polygon
    titik = kueri(s, "SELECT kode, lon, lat, luas_km2 FROM kelurahan WHERE lat IS NOT NULL")
    assert len(titik) == len(simpan) and all(asli[k].contains(shapely.Point(x, y)) for k, x, y, _ in titik)
    luas = dict(zip(kel.kode, kel.to_crs(kel.estimate_utm_crs()).area / 1e6))
    assert all(abs(v - luas[k]) < 0.01 * luas[k] for k, *_, v in titik)
    # then the kecamatan layer of the same city: every one placed, none on a kelurahan
    lap = impor(s, *tulis(sifat(kec, skema), *bentuk))
    assert lap.ditolak == 0
    rows = batas(s)
    kec_simpan = {k: shapely.from_geojson(gj) for k, tk, gj in rows if tk == "kecamatan"}
    assert set(kec_simpan) == set(kec.kode)
    assert all(_iou(kec_simpan[k], g_) > 0.95 for k, g_ in zip(kec.kode, kec.geometry))


def test_a_layer_outside_indonesia_is_refused_whole(tmp_path: Path):
    kec, _ = buatan("32.73", 107.61, -6.91)
    g = gpd.GeoDataFrame(sifat(kec, "kemendagri"))
    for i in range(len(g)):
        ke_luar_indonesia(g, i)
    s = buat_store(tmp_path / "s", "32.73")
    lap = muat.impor(s, "batas_wilayah", *tulis(g), oleh="uji")
    assert lap.status == "ditolak" and lap.pesan[0] == "bt_f_luar_indonesia"
    assert "Sistem koordinatnya salah" in t(lap.pesan[0], "id", **lap.pesan[1])
    assert batas(s) == []


@perlu_real
def test_command_line_maps_a_boundary_layer_and_writes_the_refused(contoh: Path, tmp_path: Path):
    """`import batas_wilayah FILE --map kode=KD_WIL --map nama=LABEL --rejected out.csv`."""
    import subprocess
    import sys

    from jalur import ROOT

    g = sifat(bekasi("kelurahan"), "kemendagri").rename(columns={"kode": "KD_WIL", "nama": "LABEL"})
    geser(g, 3, 10)
    data, nama = tulis(g)
    f, keluar = tmp_path / nama, tmp_path / "ditolak.csv"
    f.write_bytes(data)
    perintah = [sys.executable, "-m", "sampah", "import", "batas_wilayah", str(f), "--store", str(contoh)]
    perintah += ["--map", "kode=KD_WIL", "--map", "nama=LABEL", "--rejected", str(keluar), "--by", "uji"]
    r = subprocess.run(perintah, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert "1 ditolak" in r.stdout, r.stdout
    assert "Arenjaya (32.75.01.1004) 9 km di luar poligon" in keluar.read_text(encoding="utf-8-sig")
    rows = batas(contoh)
    assert sum(r_[1] == "kelurahan" for r_ in rows) == 55 and salah_tempat(rows) == []


def test_a_province_wide_layer_keeps_only_the_stores_kab_kota(tmp_path: Path):
    """HDX and BPS files come per province (or per country): the other kab/kota's features are set
    aside and counted in a note, never placed on the store's areas."""
    import pandas as pd

    bagian = [
        sifat(buatan(k, 107.0 + j * 0.4, -6.5)[1], "hdx_codab")
        for j, k in enumerate(("32.04", "32.73", "32.16"))
    ]
    g = gpd.GeoDataFrame(pd.concat(bagian, ignore_index=True), crs=4326)
    s = buat_store(tmp_path / "s", "32.73")
    lap = impor(s, *tulis(g))
    n_bdg = len(bagian[1])
    assert lap.ditolak == 0 and sum(r[1] == "kelurahan" for r in batas(s)) == n_bdg
    lain = len(g) - n_bdg
    assert f"{lain} fitur wilayah kab/kota lain dilewati (Kabupaten Bandung" in catatan(lap), catatan(lap)
    assert all(r[0].startswith("32.73.") for r in batas(s))
