"""CSR/TJSLP page and its impact analysis: figures against independent SQL, the planted effect of the
sample generator recovered within its interval, attribution without double counting, chart builders."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest
from halaman_app import buka
from plotly_data import traces
from streamlit.testing.v1 import AppTest

from sampah import csr_dampak, db, demo, fmt
from sampah.charts import csr as grafik

TAHUN = {"mulai": date(2025, 11, 1), "selesai": date(2026, 10, 31), "kecamatan": []}


def halaman(store: Path, monkeypatch: pytest.MonkeyPatch, **url: str) -> AppTest:
    return buka(store, monkeypatch, "csr", **url)


@pytest.fixture(scope="module")
def sampel_3_tahun():
    """Three years of sample data in memory (seed 7, scale 0.05): enough months around the starts."""
    con = duckdb.connect()
    db.create_schema(con)
    demo.fill(con, years=3, seed=7, scale=0.05)
    yield db.run(con, "csr_panel"), db.run(con, "csr_proyek_lingkungan")
    con.close()


def test_recovers_planted_effect(sampel_3_tahun):
    panel, proyek = sampel_3_tahun
    d = csr_dampak.hitung(panel, proyek)
    planted = np.log1p(demo.CSR_EFEK_SETORAN)
    assert d.kelurahan_proyek == 12 and d.kelurahan_banding > 30
    assert d.bawah_log <= planted <= d.atas_log, (d.efek_log, d.bawah_log, d.atas_log)
    assert d.bawah_log > 0 and d.nyata
    assert d.se_log < 0.08
    # before the start the project kelurahan move with the others
    sebelum = d.per_bulan[d.per_bulan.bulan_ke < 0]
    assert abs(sebelum.efek_log.mean()) < 0.05
    # tonnes: attributed once, summing to the city's extra tonnes
    a = csr_dampak.atribusi(d, proyek)
    assert a.dinilai.all()
    assert a.ton_tambahan.sum() == pytest.approx(d.ton_tambahan)
    assert d.ton_tambahan_bawah < d.ton_tambahan < d.ton_tambahan_atas * 1.2


def test_no_double_counting_with_two_projects_in_one_kelurahan():
    bulan = pd.date_range("2024-01-01", periods=24, freq="MS")
    rows = []
    for k, base in (("K1", 10.0), ("K2", 12.0), ("K3", 8.0), ("K4", 9.0)):
        for i, b in enumerate(bulan):
            up = 1.5 if k == "K1" and b >= pd.Timestamp("2024-07-01") else 1.0
            rows.append((k, "C", b, base * up * (1 + 0.01 * i) * (1 + 0.03 * np.sin(i + len(k))), 1, 1, 100))
    panel = pd.DataFrame(
        rows,
        columns=[
            "kelurahan_kode",
            "kecamatan_kode",
            "bulan",
            "ton",
            "unit_aktif",
            "unit_melapor",
            "nasabah_aktif",
        ],
    )
    proyek = pd.DataFrame(
        {
            "id": ["A", "B"],
            "kelurahan_kode": ["K1", "K1"],
            "mulai": pd.to_datetime(["2024-06-15", "2024-10-01"]),
            "realisasi_rp": [300e6, 100e6],
        }
    )
    d = csr_dampak.hitung(panel, proyek, ulangan=50)
    a = csr_dampak.atribusi(d, proyek).set_index("id")
    assert a.ton_tambahan.sum() == pytest.approx(d.ton_tambahan)  # every tonne claimed once
    assert a.ton_tambahan["A"] > 3 * a.ton_tambahan["B"]  # A alone for 4 months, then 3:1
    assert d.efek_persen == pytest.approx(0.5, abs=0.05)


def test_fixture_page_budget_equals_ringkasan(fixture_store, fixture_con, monkeypatch):
    at = halaman(fixture_store, monkeypatch, periode="2025-T1")
    one = lambda sql, *a: fixture_con.execute(sql, list(a)).fetchone()[0]  # noqa: E731
    anggaran = one(
        "SELECT sum(anggaran_rp) FROM csr_proyek WHERE status <> 'usulan' AND mulai <= ? AND selesai >= ?",
        date(2025, 3, 31),
        date(2025, 1, 1),
    )
    m = {x.label: x.value for x in at.metric}
    assert m["Proyek berjalan"] == "2"  # P1, P2
    assert m["Anggaran"] == fmt.rupiah_singkat(anggaran) == "Rp 150 jt"
    assert "Rp 150 juta" in next(x.help for x in at.metric if x.label == "Anggaran")
    assert m["Dampak pada setoran"] == "–"  # too few months before the starts
    assert any("belum dapat dihitung" in i.value for i in at.info)
    tabel = at.dataframe[0].value
    assert set(tabel["ID"]) == {"P1", "P2", "P3"}  # running in Q1 2025, plus the proposal
    assert any(e.label == "Definisi" for e in at.expander)


def test_priority_list_on_fixture(fixture_con):
    q1 = {"mulai": date(2025, 1, 1), "selesai": date(2025, 3, 31), "kecamatan": []}
    # A1 and B1 have started projects; A2 (1.55 t / 4,000 people) is above the median of A1 and A2
    assert db.run(fixture_con, "csr_prioritas", q1).empty
    # December 2024: A2 diverted nothing (A1 0.999 t), it has only a proposal: it leads the list
    df = db.run(
        fixture_con, "csr_prioritas", {**q1, "mulai": date(2024, 12, 1), "selesai": date(2024, 12, 31)}
    )
    assert list(df.kelurahan_kode) == ["99.01.01.1002"]
    assert bool(df.usulan_csr.iloc[0]) is True
    assert df.median_kota_kg_per_orang_hari.iloc[0] == pytest.approx(0.999 * 1000 / (5000 * 31) / 2)


def test_demo_page_renders_in_both_languages(demo_store, monkeypatch):
    for lang in ("id", "en"):
        at = halaman(demo_store, monkeypatch, lang=lang)
        charts = at.get("plotly_chart")
        assert len(charts) >= 4
        for c in charts:
            assert any(len(tr["x"]) or len(tr["y"]) for tr in traces(c.proto.spec)), lang
    assert any(m.label == "Effect on deposits" for m in at.metric)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_chart_builders(demo_con, sampel_3_tahun, lang):
    proyek = db.run(demo_con, "csr_proyek", TAHUN)
    anggaran = db.run(demo_con, "csr_anggaran", TAHUN)
    panel, lh = sampel_3_tahun
    d = csr_dampak.hitung(panel, lh, ulangan=50)
    figs = {
        "peta": grafik.peta_proyek(proyek, lang),
        "anggaran": grafik.anggaran(anggaran[anggaran.dimensi == "perusahaan"], lang),
        "bulan": grafik.dampak_per_bulan(d.per_bulan, d.efek_log, lang),
        "ton": grafik.ton_proyek(csr_dampak.tabel_proyek(d, lh), "31 Oktober 2026", lang),
    }
    for name, fig in figs.items():
        assert fig.data and any(len(tr.x if tr.x is not None else []) for tr in fig.data), name
    assert "(Rp juta)" in figs["anggaran"].layout.title.text or lang == "en"
    assert "(%)" in figs["bulan"].layout.title.text
    assert "ton" in figs["ton"].layout.title.text
    assert figs["anggaran"].layout.separators == (",." if lang == "id" else ".,")
