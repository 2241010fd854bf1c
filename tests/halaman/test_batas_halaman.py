"""Boundary files through the pages: Kelola Data maps an unknown schema, leads with the layer's
level, holds the features whose code, name and location disagree; Wilayah then draws the loaded
boundaries by default. Uses Kota Bekasi's real Kemendagri polygons (skipped when absent)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from batas_buat import bekasi, geser, perlu_real, sifat, tulis
from halaman_app import buka
from jalur import REAL

from sampah import db, periode, presentasi
from sampah.ingest import muat

pytestmark = perlu_real


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def test_kelola_data_maps_a_boundary_layer_and_holds_disagreements(store, monkeypatch):
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia-dlh")
    at = buka(store, monkeypatch, "kelola_data")
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    at.selectbox(key="kd_dataset").set_value("batas_wilayah").run()
    g = sifat(bekasi("kelurahan"), "kemendagri").rename(columns={"kode": "KD_WIL", "nama": "LABEL"})
    geser(g, 3, 10)
    data, nama = tulis(g)
    at.file_uploader(key="kd_file").upload(nama, data, "application/geo+json").run()
    assert any("Kolom wajib tidak ditemukan: kode / nama" in e.value for e in at.error)
    kunci = f"kd_peta_batas_wilayah_{muat.sha256(data)[:12]}"
    at.selectbox(key=f"{kunci}_kode").set_value("KD_WIL").run()
    at.selectbox(key=f"{kunci}_nama").set_value("LABEL").run()
    assert not at.exception, [e.value for e in at.exception]
    assert [i.value for i in at.info if "kelurahan di Kota Bekasi" in i.value][0].startswith("55 kelurahan")
    tahan = [w.value for w in at.warning if "tidak akan disimpan" in w.value]
    assert tahan and tahan[0].startswith("1 fitur") and "muat 55 fitur yang sepakat" in tahan[0]
    tolak = at.table[-1].value  # the page shows refused rows as a static table
    assert "Arenjaya (32.75.01.1004) 9 km di luar poligon" in tolak.alasan.iloc[0]
    at.button(key="kd_muat").click().run()
    assert any("Dimuat" in s.value for s in at.success), [e.value for e in at.error]


def test_wilayah_and_the_map_slide_draw_the_loaded_boundaries(store, monkeypatch):
    f = REAL / "hdx_kota_bekasi_kelurahan_bps2020.geojson"
    assert muat.impor(store, "batas_wilayah", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    for tingkat, n in (("kecamatan", 12), ("kelurahan", 56)):
        at = buka(store, monkeypatch, "wilayah", tingkat=tingkat)
        assert at.segmented_control(key="peta").value == "batas"
        fig = json.loads(at.get("plotly_chart")[0].proto.spec)
        isi = [tr for tr in fig["data"] if tr.get("fill") == "toself"]
        assert len(isi) >= n and all(106.8 < min(tr["x"]) < 107.2 for tr in isi)  # polygons in lon/lat
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        tanya = lambda name, **p: db.run(con, name, p)  # noqa: E731
        (s,) = presentasi.dek(["peta"], tanya, periode.dari_kunci("2026-T2"), [], "id", "TPA Sumur Batu")
    finally:
        con.close()
    isi = [tr for tr in s.fig.data if tr.fill == "toself"]
    # the kecamatan boundaries in longitude, not hexagons of 7 points on a grid
    assert len(isi) >= 12 and s.kalimat and all(106.8 < min(tr.x) < 107.2 and len(tr.x) > 7 for tr in isi)
