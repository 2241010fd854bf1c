"""Targets as data and the path to them: rates needed, years reached, scenario years."""

from datetime import date

import pandas as pd
import pytest

from sampah import db
from sampah.analisis import target as tg


def _bulanan(tahun0: int = 2024, bulan: int = 24, awal: float = 0.05, laju: float = 0.02) -> pd.DataFrame:
    """Monthly series whose reduction % rises exactly `laju` a year (no noise, no season)."""
    b = pd.date_range(f"{tahun0}-01-01", periods=bulan, freq="MS")
    t = ((b.year - tahun0) * 12 + b.month - 1) / 12.0
    return pd.DataFrame(
        {
            "bulan": b,
            "hari": b.days_in_month,
            "timbulan_ton": 1000.0,
            "persen_pengurangan": awal + laju * t,
            "persen_penanganan": 0.60 + 0 * t,
            "persen_terkelola": awal + laju * t + 0.60,
        }
    )


def test_targets_are_rows_national_and_the_citys_own(fixture_con, polos_con):
    rows = db.run(fixture_con, "target_acuan")
    s = {(x.acuan, x.tahun, x.ukuran): x.nilai for x in tg.daftar_sasaran(rows)}
    # seeded by the schema for every city: Jakstranas 2025 (30/70) and RPJMN 2029 (100% managed);
    # the fixture's own rows (2024, 2025): the last year of its plan counts as its Jakstrada goal
    assert s == {
        ("Jakstranas", 2025, "pengurangan"): 0.30,
        ("Jakstranas", 2025, "penanganan"): 0.70,
        ("RPJMN", 2029, "terkelola"): 1.00,
        ("Jakstrada", 2025, "pengurangan"): 0.30,
        ("Jakstrada", 2025, "penanganan"): 0.70,
    }
    assert tg.daftar_sasaran(db.run(polos_con, "target_acuan")) == []


def test_schema_seed_is_idempotent_and_keeps_a_dlh_change(tmp_path):
    import duckdb

    con = duckdb.connect(str(tmp_path / "x.duckdb"))
    db.create_schema(con)
    con.execute("UPDATE target SET sumber = 'diubah DLH' WHERE kota_kode = 'ID' AND tahun = 2029")
    db.create_schema(con)
    assert con.execute("SELECT count(*) FROM target").fetchone()[0] == 2
    assert con.execute("SELECT sumber FROM target WHERE tahun = 2029").fetchone()[0] == "diubah DLH"


def test_rate_needed_and_year_reached_at_the_current_pace():
    """Reduction rises 2 points a year from 5% in January 2024; the yearly mean of year y is
    0.05 + 0.02 x (y - 2024 + 5.5/12). 30% needs y - 2024 >= 12.04: reached in 2037.
    From 7.05% now to 30% by the end of 2029 (1,461 days after 31 Dec 2025, 4 years) needs
    (0.30 - 0.0705) / 4 = 5.74 points a year."""
    b = _bulanan()
    akhir = date(2025, 12, 31)
    k = tg.Kini(
        date(2025, 1, 1),
        akhir,
        1000,
        0,
        0,
        0,
        {"pengurangan": 0.0705, "penanganan": 0.6, "terkelola": 0.6705},
    )
    s = tg.Sasaran("Jakstrada", 2029, "pengurangan", 0.30, False, "")
    j = tg.jalur(s, b, k, {}, akhir)
    assert j.laju_per_tahun == pytest.approx(0.02)
    assert j.tercapai == 2037 and j.status == "berjalan"
    assert j.perlu_per_tahun == pytest.approx((0.30 - 0.0705) / (1461 / 365.25))
    # a goal already met, and one whose deadline has passed
    assert tg.jalur(tg.Sasaran("X", 2029, "penanganan", 0.55, False, ""), b, k, {}, akhir).status == "sudah"
    lewat = tg.jalur(
        tg.Sasaran("Jakstranas", 2025, "pengurangan", 0.30, True, ""), b, k, {}, date(2026, 2, 1)
    )
    assert lewat.status == "lewat" and lewat.perlu_per_tahun is None and lewat.tercapai == 2037


def test_scenario_years_by_hand():
    """Scenario: 100 more active units at 1.2 t/unit/year = 120 t; TPS 3R +10 t/day = 3,652.5 t;
    composting 10% of the organics: 0.1 x 0.6 x 100,000 t = 6,000 t, of which 2,000 t composted
    already -> 4,000 t. In all 7,772.5 t a year on 100,000 t generated: +7.7725 points of
    reduction. Not yet diverted: 60,000 t landfilled, 35,000 t not managed (95,000 t): the landfill
    loses 60/95 of the added tonnes, the unmanaged remainder 35/95."""
    sk = tg.Skenario(tambah_unit=100, tps3r_ton_hari=10, kompos_porsi=0.10)
    ton = tg.tambahan_ton(
        sk, ton_per_unit_tahun=1.2, timbulan_tahun=100_000, porsi_organik=0.6, kompos_kini_tahun=2_000
    )
    assert ton == pytest.approx({"bank_sampah": 120.0, "tps3r": 3652.5, "kompos": 4000.0})
    k = tg.Kini(
        date(2025, 1, 1),
        date(2025, 12, 31),
        100_000,
        5_000,
        60_000,
        1_000,
        {"pengurangan": 0.05, "penanganan": 0.60, "terkelola": 0.65},
    )
    e = sum(ton.values())
    d = tg.dampak(e, k)
    assert d["pengurangan"] == pytest.approx(0.077725)
    assert d["penanganan"] == pytest.approx(-e * 60 / 95 / 100_000)
    assert d["terkelola"] == pytest.approx(e * 35 / 95 / 100_000)
    # the trend of the test above plus 10 points from 2026: 0.15 + 0.02 x (y - 2024 + 0.4583) >= 0.30
    # needs y - 2024 >= 7.04, so 2032 instead of 2037
    b = _bulanan()
    assert tg.tahun_tercapai(tg.proyeksi.paskan(b.bulan, b.persen_pengurangan), 0.30, 2025) == 2037
    assert tg.tahun_tercapai(tg.proyeksi.paskan(b.bulan, b.persen_pengurangan), 0.30, 2025, 0.10) == 2032
    s = tg.Sasaran("Jakstrada", 2029, "pengurangan", 0.30, False, "")
    kk = tg.Kini(
        date(2025, 1, 1),
        date(2025, 12, 31),
        1000,
        70.5,
        600,
        0,
        {"pengurangan": 0.0705, "penanganan": 0.6, "terkelola": 0.6705},
    )
    j = tg.jalur(s, b, kk, {"pengurangan": 0.10}, date(2025, 12, 31))
    assert (j.tercapai, j.tercapai_skenario) == (2037, 2032)
    pr = tg.proyeksi_tahunan(b, "pengurangan", 2030, 0.10).set_index("tahun")
    assert pr.loc[2025, "skenario"] == pytest.approx(pr.loc[2025, "proyeksi"])  # no change this year
    assert pr.loc[2026, "skenario"] == pytest.approx(pr.loc[2026, "proyeksi"] + 0.10)
    # no more can be diverted than is not diverted yet
    assert tg.dampak(1e9, k)["pengurangan"] == pytest.approx(0.95)


def test_now_is_the_newest_twelve_whole_months(demo_con):
    akhir = date(2026, 10, 31)
    semua = {"mulai": date(2025, 11, 1), "selesai": akhir, "kecamatan": []}
    b = db.run(demo_con, "neraca_bulanan", semua)
    dari, sampai = tg.jendela(b)
    assert (dari, sampai) == (date(2025, 11, 1), date(2026, 10, 31))
    baris = db.run(demo_con, "neraca_periode", {**semua, "mulai": dari, "selesai": sampai}).iloc[-1]
    k = tg.kini(baris, dari, sampai)
    assert k.timbulan == pytest.approx(float(b.timbulan_ton.sum()) * 365.25 / 365)
    assert k.nilai["terkelola"] == pytest.approx(k.nilai["pengurangan"] + k.nilai["penanganan"])
