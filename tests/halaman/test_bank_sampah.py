"""Bank Sampah page: figures against independent SQL on the fixture, pure chart builders, silent units."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from halaman_app import buka
from plotly_data import traces
from streamlit.testing.v1 import AppTest

from sampah import db, fmt
from sampah.charts import bank_sampah as grafik

Q1 = {"mulai": date(2025, 1, 1), "selesai": date(2025, 3, 31), "kecamatan": []}
TAHUN = {"mulai": date(2025, 11, 1), "selesai": date(2026, 10, 31), "kecamatan": []}


def halaman(store: Path, monkeypatch: pytest.MonkeyPatch, **url: str) -> AppTest:
    return buka(store, monkeypatch, "bank_sampah", **url)


def test_headline_figures_equal_independent_sql(fixture_store, fixture_con, monkeypatch):
    at = halaman(fixture_store, monkeypatch, periode="2025-T1")
    one = lambda sql, *a: fixture_con.execute(sql, list(a)).fetchone()[0]  # noqa: E731
    aktif = one(
        "SELECT count(*) FROM bank_sampah WHERE berdiri <= ? AND (nonaktif_sejak IS NULL "
        "OR nonaktif_sejak > ?)",
        Q1["selesai"],
        Q1["selesai"],
    )
    nasabah = one(
        "SELECT sum(nasabah) FROM bank_sampah WHERE berdiri <= ? AND (nonaktif_sejak IS NULL "
        "OR nonaktif_sejak > ?)",
        Q1["selesai"],
        Q1["selesai"],
    )
    kg, rp = fixture_con.execute(
        "SELECT sum(berat_kg), sum(nilai_rp) FROM setoran WHERE tanggal BETWEEN ? AND ?",
        [Q1["mulai"], Q1["selesai"]],
    ).fetchone()
    m = {x.label: x.value for x in at.metric}
    assert m["Unit aktif"] == fmt.angka(aktif) == "2"  # BS1, BS3
    assert m["Nasabah terdaftar"] == fmt.angka(nasabah) == "100"
    assert m["Setoran"] == fmt.ton(kg / 1000) == "0,2 ton"
    assert m["Dibayarkan ke nasabah"] == fmt.rupiah(rp) == "Rp 200.000"
    assert at.title[0].value == "Bank sampah Kota Uji"
    assert any("1 melapor di Mar 2025 (50%)" in c.value for c in at.caption)  # only BS1 in March
    assert len(at.get("plotly_chart")) >= 5
    assert any(e.label == "Definisi" for e in at.expander)


def test_english_and_kecamatan_filter(fixture_store, monkeypatch):
    at = halaman(fixture_store, monkeypatch, periode="2025-T1", kec="99.01.02", lang="en")
    m = {x.label: x.value for x in at.metric}
    assert m["Active units"] == "1"  # BS3 in Beta
    assert m["Deposits"] == "0.0 ton"  # 20 kg
    assert at.title[0].value.endswith("Kec. Beta")
    assert at.query_params["kec"] == "99.01.02"


def test_demo_page_renders_with_charts(demo_store, monkeypatch):
    at = halaman(demo_store, monkeypatch)
    charts = at.get("plotly_chart")
    assert len(charts) >= 6
    for c in charts:
        assert any(len(tr["x"]) or len(tr["y"]) for tr in traces(c.proto.spec))


def test_silent_units_have_no_recent_deposit(demo_con):
    unit = db.run(demo_con, "bank_sampah_unit", TAHUN)
    senyap = unit[unit.status == "senyap"]
    assert len(senyap) > 0  # the sample plants ~4% of units going silent 60-120 days before the end
    recent = {
        r[0]
        for r in demo_con.execute(
            "SELECT DISTINCT bank_sampah_id FROM setoran WHERE tanggal > ?::DATE - 56 AND tanggal <= ?",
            [TAHUN["selesai"], TAHUN["selesai"]],
        ).fetchall()
    }
    assert not set(senyap.id) & recent
    active_now = {
        r[0]
        for r in demo_con.execute(
            "SELECT id FROM bank_sampah WHERE berdiri <= ?::DATE - 56 AND (nonaktif_sejak IS NULL OR "
            "nonaktif_sejak > ?)",
            [TAHUN["selesai"], TAHUN["selesai"]],
        ).fetchall()
    }
    assert set(senyap.id) == active_now - recent
    assert (senyap.minggu_tanpa_setoran >= 8).all()


def test_monthly_completeness_matches_view(demo_con):
    b = db.run(demo_con, "bank_sampah_bulanan", TAHUN)
    ok = demo_con.execute(
        "SELECT bulan, count(*) FILTER (WHERE aktif), count(*) FILTER (WHERE aktif AND "
        "melapor) FROM v_bank_sampah_bulanan WHERE bulan >= ? GROUP BY 1 ORDER BY 1",
        [TAHUN["mulai"]],
    ).fetchall()
    assert [(r[1], r[2]) for r in ok] == list(zip(b.unit_aktif, b.unit_melapor))
    kg = demo_con.execute(
        "SELECT sum(berat_kg) FROM setoran WHERE tanggal >= ?", [TAHUN["mulai"]]
    ).fetchone()[0]
    assert b.ton.sum() == pytest.approx(kg / 1000)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_chart_builders(demo_con, lang):
    unit = db.run(demo_con, "bank_sampah_unit", TAHUN)
    bulanan = db.run(demo_con, "bank_sampah_bulanan", TAHUN)
    figs = {
        "peta": grafik.peta_unit(unit, lang),
        "bulanan": grafik.setoran_bulanan(bulanan, lang),
        "tumbuh": grafik.pertumbuhan(bulanan, lang),
        "jenis": grafik.per_subjenis(db.run(demo_con, "bank_sampah_kategori", TAHUN), lang),
        "harga": grafik.harga(db.run(demo_con, "bank_sampah_harga", TAHUN), lang),
        "teratas": grafik.teratas(unit, lang),
    }
    for name, fig in figs.items():
        assert fig.data, name
        assert any(len(tr.x if tr.x is not None else []) for tr in fig.data), name
        judul = " ".join(
            [fig.layout.title.text or ""]
            + [a.text for a in fig.layout.annotations]
            + [fig.layout.xaxis.title.text or ""]
        )
        if name != "peta":
            assert any(u in judul for u in ("ton", "Rp", "%", "unit", "orang", "people")), (name, judul)
    assert "(ton/bulan)" in " ".join(a.text for a in figs["bulanan"].layout.annotations) or lang == "en"
    assert figs["bulanan"].layout.separators == (",." if lang == "id" else ".,")
    names = {tr.name for tr in figs["peta"].data if tr.mode == "markers"}
    assert len(names) == 3  # aktif, senyap, nonaktif
