"""Wilayah page: tile grid geometry, map builders, and the page through AppTest."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from fixture_db import A1, A2, A, B
from halaman_app import buka
from jalur import REAL
from streamlit.testing.v1 import AppTest

from sampah import db, geo
from sampah.charts import peta
from sampah.charts.wilayah import grafik_banding
from sampah.wilayah import load_reference


def test_tile_grid_one_cell_each_and_roughly_geographic():
    ref = load_reference()
    for df in (ref.kecamatan, ref.kelurahan):
        g = geo.tile_grid(df)
        assert len(g) == len(df) and not g[["q", "r"]].duplicated().any()
        assert g.equals(geo.tile_grid(df))  # deterministic
    g = geo.tile_grid(ref.kecamatan).merge(ref.kecamatan, on="kode")
    # Bekasi Barat lies west of Bekasi Timur; Jatisampurna is the southernmost kecamatan
    x = dict(zip(g.nama, g.x))
    assert x["Bekasi Barat"] < x["Bekasi Timur"]
    assert g.loc[g.y.idxmin(), "nama"] == "Jatisampurna"


def test_hex_map_has_a_hexagon_per_area_and_a_colour_bar():
    k = load_reference().kecamatan.assign(v=range(12))
    fig = peta.peta_hex(k, "v", lambda v: f"{v} t", "ton")
    fills = [tr for tr in fig.data if tr.fill == "toself"]
    assert len(fills) == 12 and len(fills[0].x) == 7
    assert any(tr.marker.showscale for tr in fig.data if tr.marker is not None)
    assert fig.layout.yaxis.scaleanchor == "x"  # cartesian axes: no basemap to fetch


@pytest.mark.skipif(not REAL.exists(), reason="shared/data/real not present")
def test_choropleth_from_official_boundaries():
    gj = json.loads((REAL / "geo_kota_bekasi_kecamatan_kemendagri_cahyadsn.geojson").read_text())
    batas = pd.DataFrame(
        [{"kode": f["properties"]["kode"], "geojson": json.dumps(f["geometry"])} for f in gj["features"]]
    )
    k = load_reference().kecamatan.assign(v=range(12))
    fig = peta.peta_choropleth(k, batas, "v", str, "ton")
    assert sum(1 for tr in fig.data if tr.fill == "toself") >= 12


def test_small_multiples_one_column_per_kecamatan(demo_con):
    df = db.run(
        demo_con,
        "wilayah_banding",
        {
            "mulai": date(2026, 1, 1),
            "selesai": date(2026, 6, 30),
            "kecamatan": ["32.75.01", "32.75.07", "32.75.11"],
        },
    )
    fig = grafik_banding(df, "id")
    assert [a.text for a in fig.layout.annotations] == ["Bekasi Timur", "Bantargebang", "Mustikajaya"]
    assert len(fig.data) == 6 and all(len(tr.x) == 6 for tr in fig.data)


def test_kelurahan_query(fixture_con):
    df = db.run(
        fixture_con,
        "wilayah_kelurahan",
        {"mulai": date(2025, 1, 1), "selesai": date(2025, 3, 31), "kecamatan": [A]},
    ).set_index("kode")
    assert list(df.index) == [A1, A2]
    assert df.loc[A1].ton_diversi == pytest.approx(0.13)  # BS1: 100 + 30 kg
    assert df.loc[A2].ton_diversi == pytest.approx(0.05 + 1.5)  # BS2 50 kg + TPS 3R 1.5 t
    assert df.loc[A1].diversi_g_per_orang_hari == pytest.approx(0.13e6 / (6000 * 90))
    assert df.loc[A2].bs_aktif == 0 and df.loc[A1].bs_per_rw == pytest.approx(1 / 10)


def _page(store: Path, monkeypatch: pytest.MonkeyPatch, **url: str) -> AppTest:
    return buka(store, monkeypatch, "wilayah", **url)


def test_page_ranking_equals_independent_sql(fixture_store, fixture_con, monkeypatch):
    at = _page(fixture_store, monkeypatch, periode="2025-T1", ukuran="tpa_kg_per_orang_hari")
    tabel = at.dataframe[0].value
    assert list(tabel.iloc[:, 0]) == ["Beta", "Alpha"]  # 7 t / 5,000 people > 11 t / 10,000: highest first
    kg = fixture_con.execute(
        "SELECT sum(netto_kg) / (5000 * 90) FROM tpa_muatan WHERE asal_kecamatan_kode = ? "
        "AND CAST(waktu AS DATE) BETWEEN '2025-01-01' AND '2025-03-31'",
        [B],
    ).fetchone()[0]
    assert tabel.set_index(tabel.columns[0]).loc["Beta", "Ke TPA (kg/orang/hari)*"] == pytest.approx(kg)
    assert len(at.get("plotly_chart")) == 2  # the map and the side-by-side comparison


def test_drill_to_kelurahan_by_url(fixture_store, monkeypatch):
    at = _page(fixture_store, monkeypatch, periode="2025-T1", tingkat="kelurahan", kec=A)
    tabel = at.dataframe[0].value
    assert sorted(tabel.iloc[:, 0]) == ["Alpha Dua", "Alpha Satu"]
    assert at.query_params["tingkat"] == "kelurahan"


def test_drill_by_selection(fixture_store, monkeypatch):
    at = _page(fixture_store, monkeypatch, periode="2025-T1")
    at.selectbox(key="rinci").select(B).run()
    assert not at.exception
    assert sorted(at.dataframe[0].value.iloc[:, 0]) == ["Beta Satu"]
    assert at.query_params["kec"] == B and at.query_params["tingkat"] == "kelurahan"
