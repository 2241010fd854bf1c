"""Chart parts that keep text whole: month ticks, names never cut, room for value labels, and map
outlines from the boundaries (the browser test measures the drawn result)."""

from __future__ import annotations

import json

import pandas as pd
import plotly.graph_objects as go
import pytest
from jalur import REAL

from sampah import geo
from sampah.charts import FONT, bungkus, sumbu_bulan, ujung_untuk_teks
from sampah.charts.peta import _pendek, peta_hex


def test_month_ticks_are_few_level_and_in_the_language():
    fig = go.Figure(go.Bar(x=pd.date_range("2024-11-01", "2026-10-01", freq="MS"), y=[1] * 24))
    sumbu_bulan(fig, fig.data[0].x, "id", maks=8)
    ax = fig.layout.xaxis
    assert len(ax.tickvals) <= 8 and ax.tickangle == 0
    assert ax.ticktext[0] == "Jan<br>2025" and "Okt" in ax.ticktext  # the year under January only
    sumbu_bulan(fig, fig.data[0].x, "en", maks=4)
    assert fig.layout.xaxis.ticktext == ("Jan<br>2025", "Jul", "Jan<br>2026", "Jul")


def test_names_wrap_and_are_never_cut():
    assert _pendek("Kayuringin Jaya") == "Kayuringin<br>Jaya"
    assert _pendek("Kayuringinjaya") == "Kayuringinjaya"  # one long word stays whole
    assert "…" not in _pendek("Bank Sampah Kaliabang Tengah RW 009")
    assert bungkus("Bank Sampah Kaliabang Tengah RW 009 0443 (Kaliabang Tengah)", 30).count("<br>") == 1


def test_value_labels_get_room_past_the_bars():
    assert ujung_untuk_teks(100, ["12,3 ton · 4,5%"]) > 140
    assert ujung_untuk_teks(100, ["1"]) < 110


def test_the_chart_font_is_a_valid_css_list():
    # an unquoted family with a digit ("Source Sans 3") voids the CSS declaration in the browser
    assert not any(any(ch.isdigit() for ch in f) and not f.strip().startswith('"') for f in FONT.split(","))


def test_kelurahan_hexagons_hold_values_and_name_on_hover():
    n = 30
    df = pd.DataFrame(
        {
            "kode": [f"k{i}" for i in range(n)],
            "nama": [f"Kelurahan Nomor {i}" for i in range(n)],
            "lat": [-6.2 - (i // 6) * 0.01 for i in range(n)],
            "lon": [107.0 + (i % 6) * 0.01 for i in range(n)],
            "v": range(n),
        }
    )
    fig = peta_hex(df, "v", str, "v")
    teks = next(t for t in fig.data if t.mode == "text").text
    assert not any("Kelurahan" in x for x in teks)  # values only: 30 names would be unreadable
    assert any("Kelurahan Nomor 3" in (t.text or "") for t in fig.data if t.mode == "lines")  # on hover
    kecil = peta_hex(df.head(12), "v", str, "v")
    assert any("Kelurahan" in x for x in next(t for t in kecil.data if t.mode == "text").text)


@pytest.mark.skipif(not REAL.exists(), reason="public files in ../shared/data/real absent")
def test_kecamatan_borders_and_the_kota_outline_from_kelurahan_boundaries():
    fc = json.loads((REAL / "geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson").read_text())
    rows = []
    for f in fc["features"]:
        p = f["properties"]
        kode = next(v for k, v in p.items() if isinstance(v, str) and v.count(".") == 3)
        rows.append((kode, "kelurahan", json.dumps(f["geometry"])))
    batas = pd.DataFrame(rows, columns=["kode", "tingkat", "geojson"])
    kec = geo.batas_kecamatan(batas)
    assert len(kec) == 12 and kec.kode.str.match(r"^32\.75\.\d\d$").all()
    luar = geo.garis_luar(list(kec.geojson))
    assert len(luar) == 1 and len(luar[0][0]) > 100  # one kota, traced along its kelurahan
