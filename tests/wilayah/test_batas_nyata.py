"""The real public boundary files of Kota Bekasi: the HDX/BPS 2020 kelurahan layer (BPS codes with
an `id` prefix, split names) and the Kemendagri layers, into the sample store (reference points
from the project's CSVs), a store without any area and an `init --kota` store (no points). Every
stored polygon is checked by location against the Kemendagri GeoJSON: 56 of 56 on their own
kelurahan."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from batas_buat import perlu_real, salah_tempat
from jalur import REAL
from kota_uji import buat_store, kueri

from sampah.i18n import t
from sampah.ingest import muat

pytestmark = perlu_real
HDX = REAL / "hdx_kota_bekasi_kelurahan_bps2020.geojson"
KEM_KEC = REAL / "geo_kota_bekasi_kecamatan_kemendagri_cahyadsn.geojson"
KEM_KEL = REAL / "geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson"


def impor(store: Path, f: Path) -> muat.Laporan:
    lap = muat.impor(store, "batas_wilayah", f.read_bytes(), f.name, oleh="uji")
    assert lap.status == "dimuat", lap.teks()
    return lap


def catatan(lap: muat.Laporan) -> str:
    return "\n".join(t(k, "id", **kw) for k, kw in lap.persiapan.catatan)


def batas(store: Path) -> list[tuple]:
    return kueri(store, "SELECT kode, tingkat, geojson FROM batas_wilayah ORDER BY kode")


@pytest.fixture
def contoh(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "contoh"
    shutil.copytree(demo_store, s)
    return s


def test_hdx_into_the_sample_store_56_of_56_by_location(contoh: Path):
    lap = impor(contoh, HDX)
    teks = catatan(lap)
    assert teks.splitlines()[0].startswith("56 kelurahan di Kota Bekasi"), teks
    assert "HDX/BPS" in teks and "Teluk Pucung (32.75.03.1004)" in teks  # BPS code not in the reference
    assert "Batas 12 kecamatan dibentuk dari gabungan" in teks
    assert lap.ditolak == 0 and lap.baru == 68
    rows = batas(contoh)
    assert sum(r[1] == "kelurahan" for r in rows) == 56 and sum(r[1] == "kecamatan" for r in rows) == 12
    assert salah_tempat(rows) == []
    # the same file again adds nothing; the Kemendagri files replace and say which
    assert muat.impor(contoh, "batas_wilayah", HDX.read_bytes(), HDX.name, oleh="uji").status == "sudah_ada"
    lap = impor(contoh, KEM_KEC)
    assert lap.diperbarui == 12 and "Batas yang diganti (12): Bekasi Timur (32.75.01)" in catatan(lap)
    lap = impor(contoh, KEM_KEL)
    assert lap.diperbarui == 56 and "Batas yang diganti (56)" in catatan(lap)
    assert catatan(lap).splitlines()[0].startswith("56 kelurahan di Kota Bekasi")
    assert salah_tempat(batas(contoh)) == []


def test_hdx_into_a_store_without_areas_creates_kota_bekasi(tmp_path: Path):
    s = buat_store(tmp_path / "kosong")
    lap = impor(s, HDX)
    assert "Kota Bekasi dibuat dari rujukan nasional (12 kecamatan, 56 kelurahan/desa)" in catatan(lap)
    assert kueri(s, "SELECT kode, kode_bps, nama, provinsi FROM kota") == [
        ("32.75", "3275", "Kota Bekasi", "Jawa Barat")
    ]
    n, lat, luas, total = kueri(
        s, "SELECT count(*), count(lat), count(luas_km2), sum(luas_km2) FROM kelurahan"
    )[0]
    assert (n, lat, luas) == (56, 56, 56) and 200 < total < 225  # BPS: 210.49 km2
    assert kueri(s, "SELECT count(*), count(lat) FROM kecamatan")[0] == (12, 12)
    # every kelurahan's new point lies inside its own Kemendagri polygon
    import geopandas as gpd
    from batas_buat import bekasi

    ref = bekasi("kelurahan").set_index("kode")
    for kode, lat_, lon in kueri(s, "SELECT kode, lat, lon FROM kelurahan"):
        assert ref.geometry[kode].buffer(0.002).contains(gpd.points_from_xy([lon], [lat_])[0]), kode
    assert salah_tempat(batas(s)) == []


def test_hdx_into_an_init_kota_store_without_points(tmp_path: Path):
    s = buat_store(tmp_path / "bekasi", "32.75")
    lap = impor(s, HDX)
    teks = catatan(lap)
    assert "56 wilayah belum punya titik tengah" in teks and "Titik tengah dan luas diisi untuk 68" in teks
    assert lap.ditolak == 0
    assert salah_tempat(batas(s)) == []
