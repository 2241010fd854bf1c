"""A column mapping saved for a boundary layer is reused for the same layer in another format (#13):
GeoJSON (with its feature `id`), GeoPackage (its `fid`) and zipped Shapefile (field names cut to
10 characters: KODE_WILAYAH_DESA arrives as KODE_WILAY). Remembered by the property names the
mapping uses, not by the columns a format adds."""

from __future__ import annotations

from pathlib import Path

import pytest
from batas_buat import buatan, geser, sifat, tulis
from kota_uji import buat_store, kueri

from sampah.i18n import t
from sampah.ingest import muat

PETA = {"kode": "KODE_WILAYAH_DESA", "nama": "LABEL_WILAYAH"}


def _lapisan():  # noqa: ANN202 - GeoDataFrame
    """Kota Bandung's kelurahan (invented polygons) under property names no alias knows, with a
    feature number as a GeoJSON export writes it."""
    _, kel = buatan("32.73", 107.61, -6.91)
    g = sifat(kel, "kemendagri").rename(columns={"kode": PETA["kode"], "nama": PETA["nama"]})
    g.insert(0, "id", range(1, len(g) + 1))
    return g


def _catatan(lap: muat.HasilImpor) -> str:
    return "\n".join(t(k, "id", **kw) for k, kw in lap.persiapan.catatan)


@pytest.mark.parametrize("bentuk", ["gpkg", "shp"])
def test_peta_geojson_dipakai_untuk_gpkg_dan_shp(tmp_path: Path, bentuk: str) -> None:
    s = buat_store(tmp_path / "s", "32.73")
    g = _lapisan()
    data, nama = tulis(g, "geojson")
    lap = muat.impor(s, "batas_wilayah", data, nama, oleh="uji")
    assert lap.status == "ditolak" and lap.pesan[0] == "kd_f_kolom_wajib", lap.teks()
    lap = muat.impor(s, "batas_wilayah", data, nama, oleh="uji", pemetaan=PETA)
    assert lap.status == "dimuat" and lap.ditolak == 0, lap.teks()
    n = kueri(s, "SELECT count(*) FROM batas_wilayah")[0][0]
    assert kueri(s, "SELECT count(*) FROM batas_wilayah WHERE tingkat = 'kelurahan'")[0][0] == len(g)
    # the same layer delivered again in another format, one polygon edited: no mapping asked
    g2 = g.drop(columns=["id"])
    geser(g2, 0, 0.002)
    data2, nama2 = tulis(g2, bentuk, 32748 if bentuk == "shp" else 4326)
    lap = muat.impor(s, "batas_wilayah", data2, nama2, oleh="uji")
    assert lap.status == "dimuat", lap.teks()
    assert t("kd_c_peta_diingat", "id") in _catatan(lap)
    assert lap.diperbarui == 1 and lap.ditolak == 0
    assert kueri(s, "SELECT count(*) FROM batas_wilayah")[0][0] == n


def test_peta_lain_tidak_dipakai(tmp_path: Path) -> None:
    """A layer that lacks one of the mapped properties is not read through that mapping."""
    s = buat_store(tmp_path / "s", "32.73")
    g = _lapisan()
    assert muat.impor(s, "batas_wilayah", *tulis(g), oleh="uji", pemetaan=PETA).status == "dimuat"
    lain = g.rename(columns={PETA["nama"]: "NAMA_LAIN_SEKALI"}).drop(columns=[PETA["kode"], "id"])
    lap = muat.impor(s, "batas_wilayah", *tulis(lain, "gpkg"), oleh="uji")
    assert lap.status == "ditolak" and lap.pesan[0] == "kd_f_kolom_wajib", lap.teks()
