"""The landing page through Streamlit's AppTest: KPI values equal an independent SQL computation."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from halaman_app import buka
from streamlit.testing.v1 import AppTest

from sampah import db, fmt


def page(store: Path, monkeypatch: pytest.MonkeyPatch, **url: str | list[str]) -> AppTest:
    return buka(store, monkeypatch, **url)


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def independent(con: duckdb.DuckDBPyConnection, mulai: date, selesai: date) -> dict[str, float]:
    """The headline figures straight from the raw tables, without the views, macros or query files."""
    one = lambda sql, *a: con.execute(sql, list(a)).fetchone()[0]  # noqa: E731
    tpa = one(
        "SELECT coalesce(sum(netto_kg), 0) / 1000 FROM tpa_muatan WHERE CAST(waktu AS DATE) BETWEEN ? AND ?",
        mulai,
        selesai,
    )
    div = one(
        "SELECT coalesce(sum(berat_kg), 0) / 1000 FROM setoran WHERE tanggal BETWEEN ? AND ?", mulai, selesai
    ) + one("SELECT coalesce(sum(ton), 0) FROM pengolahan WHERE tanggal BETWEEN ? AND ?", mulai, selesai)
    pop = one("SELECT sum(jumlah) FROM penduduk WHERE tahun = ? AND length(wilayah_kode) > 5", selesai.year)
    kg = float(one("SELECT nilai FROM pengaturan WHERE kunci = 'kg_per_orang_hari'"))
    days = (selesai - mulai).days + 1
    aktif = one(
        "SELECT count(*) FROM bank_sampah WHERE berdiri <= ? "
        "AND (nonaktif_sejak IS NULL OR nonaktif_sejak > ?)",
        selesai,
        selesai,
    )
    csr = one(
        "SELECT coalesce(sum(anggaran_rp), 0) FROM csr_proyek WHERE status <> 'usulan' "
        "AND mulai <= ? AND selesai >= ?",
        selesai,
        mulai,
    )
    return {
        "tpa": tpa,
        "div": div,
        "rate": div / (div + tpa),
        "red": div / (pop * kg * days / 1000),
        "aktif": aktif,
        "csr": csr,
    }


def test_kpis_equal_independent_sql(fixture_store, fixture_con, monkeypatch):
    at = page(fixture_store, monkeypatch, periode="2025-T1")
    exp = independent(fixture_con, date(2025, 1, 1), date(2025, 3, 31))
    m = metrics(at)
    assert m["Sampah ke TPA"] == fmt.ton(exp["tpa"]) == "22,0 ton"
    assert m["Sampah terkurangi"] == fmt.ton(exp["div"]) == "2,2 ton"
    assert m["Tingkat diversi"] == fmt.persen(exp["rate"], 2) == "9,09%"
    assert m["Pengurangan vs target*"] == fmt.persen(exp["red"], 2)
    assert m["Bank sampah aktif"] == fmt.angka(exp["aktif"]) == "2"
    # the card holds the short form; its help the full figure
    assert m["Anggaran CSR/TJSLP"] == fmt.rupiah_singkat(exp["csr"]) == "Rp 150 jt"
    assert fmt.rupiah(exp["csr"]) in next(x.help for x in at.metric if x.label == "Anggaran CSR/TJSLP")
    # the fixture is not sample data: no banner; the period and its dates are shown
    assert not any("Data contoh" in w.value for w in at.warning)
    assert any("1 Januari 2025 – 31 Maret 2025" in c.value for c in at.caption)


def test_change_against_previous_period(fixture_store, monkeypatch):
    at = page(fixture_store, monkeypatch, periode="2025-T1")
    tpa = next(m for m in at.metric if m.label == "Sampah ke TPA")
    # the TPA data start on 31 Dec 2024: Q4 2024 (one 8 t load) is not set beside a whole quarter
    assert tpa.delta == ""
    assert any("Triwulan 4 2024: data belum lengkap" in c.value for c in at.caption)
    at = page(fixture_store, monkeypatch, periode="2025-03")
    tpa = next(m for m in at.metric if m.label == "Sampah ke TPA")
    assert tpa.delta == fmt.perubahan(11.0, 5.0) == "+120,0%"  # March against February


def test_kecamatan_filter_from_url(fixture_store, fixture_con, monkeypatch):
    at = page(fixture_store, monkeypatch, periode="2025-T1", kec="99.01.02")
    m = metrics(at)
    assert m["Sampah ke TPA"] == "7,0 ton"  # Beta only; unknown-origin loads are not Beta's
    assert at.title[0].value.endswith("Kec. Beta")
    assert at.query_params["kec"] == "99.01.02"  # the view stays in the URL


def test_english_switch(fixture_store, monkeypatch):
    at = page(fixture_store, monkeypatch, lang="en", periode="2025-T1")
    m = metrics(at)
    assert m["Waste to landfill"] == "22.0 ton"
    assert m["CSR/TJSLP budget"] == "Rp 150 mn"


def test_invalid_url_values_fall_back(fixture_store, monkeypatch):
    at = page(fixture_store, monkeypatch, periode="<script>", kec="'; DROP TABLE x", lang="xx")
    # newest period: 2025 to 31 March (April holds two days of data: not a complete month)
    assert metrics(at)["Sampah ke TPA"] == "22,0 ton"
    assert at.query_params == {"periode": "2025"}


def test_sample_banner_on_demo(demo_store, monkeypatch):
    at = page(demo_store, monkeypatch)
    assert any("Data contoh" in w.value for w in at.warning)
    assert len(at.metric) == 6
    assert at.get("plotly_chart")


def test_sipsn_benchmark_on_sample(demo_store, monkeypatch):
    from sampah import charts, demo

    demo_con = duckdb.connect()  # three years, so that the SIPSN year (2024) has data of its own
    db.create_schema(demo_con)
    demo.fill(demo_con, years=3, seed=5, scale=0.02)
    df = db.run(demo_con, "sipsn_banding", {"selesai": date(2026, 10, 31)})
    assert df.kota_ini.sum() == 1 and df.kabkota.iloc[0] == "Kota Bekasi"
    assert {"Kota Semarang", "Kabupaten Bekasi"} <= set(df.kabkota)
    own = df.iloc[0]
    tahun = int(own.tahun)
    div, tpa, hari = demo_con.execute(
        "SELECT sum(d), sum(l), count(*) FROM (SELECT CAST(waktu AS DATE) t, 0 d, sum(netto_kg) / 1000 l "
        "FROM tpa_muatan GROUP BY 1 UNION ALL SELECT tanggal, sum(berat_kg) / 1000, 0 FROM setoran "
        "GROUP BY 1 UNION ALL SELECT tanggal, sum(ton), 0 FROM pengolahan GROUP BY 1) "
        "WHERE year(t) = ?",
        [tahun],
    ).fetchone()
    days = demo_con.execute(
        "SELECT count(DISTINCT CAST(waktu AS DATE)) FROM tpa_muatan WHERE year(waktu) = ?", [tahun]
    ).fetchone()[0]
    pop = demo_con.execute("SELECT sum(jumlah) FROM penduduk WHERE tahun = ?", [tahun]).fetchone()[0]
    timbulan = pop * 0.68 * days / 1000
    assert own.pengurangan_pct == pytest.approx(div / timbulan * 100, rel=1e-6)
    assert own.penanganan_pct == pytest.approx(tpa / timbulan * 100, rel=1e-6)
    fig = charts.grafik_sipsn(df, "id")
    assert len(fig.data) == 2 and len(fig.data[0].y) == len(df)
    at = page(demo_store, monkeypatch)  # one year of data: peers only, and a note saying so
    assert any("SIPSN" in s.value for s in at.subheader)
    assert any("belum ada data dasbor untuk 2024" in c.value for c in at.caption)
