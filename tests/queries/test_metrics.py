"""Metric definitions against values computed by hand from tests/fixture_db.py."""

from datetime import date

import pytest
from fixture_db import A, B

from sampah import db

Q1 = {"mulai": date(2025, 1, 1), "selesai": date(2025, 3, 31)}


def kpi(con, **kw):
    return db.run(con, "ringkasan_kpi", {**Q1, "kecamatan": [], **kw}).iloc[0]


def test_city_quarter(fixture_con):
    r = kpi(fixture_con)
    assert r.ton_tpa == pytest.approx(22.0)  # 6 + 5 + 7 + 4 (unknown origin) t
    assert r.ton_tpa_tanpa_asal == pytest.approx(4.0)
    assert r.muatan == 4
    assert r.ton_bank_sampah == pytest.approx(0.2)  # 100 + 50 + 30 + 20 kg
    assert r.ton_pengolahan == pytest.approx(2.0)  # 1.5 + 0.5 t
    assert r.ton_diversi == pytest.approx(2.2)
    assert r.tingkat_diversi == pytest.approx(2.2 / 24.2)
    assert r.hari == 90
    assert r.penduduk == 15_000  # 6,000 + 4,000 (kelurahan) + 5,000 (kecamatan)
    assert bool(r.penduduk_estimasi) is True
    assert r.timbulan_ton == pytest.approx(15_000 * 0.5 * 90 / 1000)
    assert r.persen_pengurangan == pytest.approx(2.2 / 675)
    assert r.target_pengurangan_pct == pytest.approx(0.30)
    assert r.bs_aktif == 2  # BS1, BS3 (BS2 closed 15 Mar, BS4 not yet)
    assert r.bs_melapor == 1  # only BS1 deposited in March
    assert r.kelengkapan_lapor == pytest.approx(0.5)
    assert r.csr_proyek == 2  # P1, P2; P3 is a proposal, P4 ended in 2024
    assert r.csr_anggaran_rp == pytest.approx(150e6)
    assert r.csr_realisasi_rp == pytest.approx(90e6)


def test_one_kecamatan_excludes_unknown_origin(fixture_con):
    r = kpi(fixture_con, kecamatan=[A])
    assert r.ton_tpa == pytest.approx(11.0)
    assert r.ton_tpa_tanpa_asal == 0
    assert r.ton_diversi == pytest.approx(0.18 + 1.5)
    assert r.tingkat_diversi == pytest.approx(1.68 / 12.68)
    assert r.penduduk == 10_000
    assert r.persen_pengurangan == pytest.approx(1.68 / 450)
    assert (r.bs_aktif, r.bs_melapor, r.csr_proyek) == (1, 1, 1)


def test_population_falls_back_to_latest_earlier_year(fixture_con):
    r = kpi(fixture_con, mulai=date(2026, 1, 1), selesai=date(2026, 1, 31))
    assert r.penduduk == 15_000  # no 2026 figure: 2025 is used
    r = kpi(fixture_con, mulai=date(2023, 1, 1), selesai=date(2023, 1, 31))
    assert r.penduduk == 12_000  # before the first year: the oldest (2024) is used


def test_empty_period_is_zero_not_error(fixture_con):
    r = kpi(fixture_con, mulai=date(2020, 1, 1), selesai=date(2020, 1, 31))
    assert r.ton_tpa == 0 and r.ton_diversi == 0
    assert r.tingkat_diversi is None or r.tingkat_diversi != r.tingkat_diversi  # NULL, no division


def test_per_kecamatan(fixture_con):
    df = db.run(fixture_con, "ringkasan_kecamatan", {**Q1, "kecamatan": []}).set_index("kecamatan_kode")
    b = df.loc[B]
    assert b.ton_tpa == pytest.approx(7.0)
    assert b.ton_diversi == pytest.approx(0.52)
    assert b.tpa_kg_per_orang_hari == pytest.approx(7.0 * 1000 / (5000 * 90))
    assert bool(b.penduduk_estimasi) is False
    assert (b.bs_aktif, b.bs_melapor) == (1, 0)
    assert b.bs_per_10rb_penduduk == pytest.approx(1 * 10_000 / 5000)
    assert b.jumlah_rw == 18 and b.bs_per_rw == pytest.approx(1 / 18)
    assert df.loc[A].jumlah_rw == 22 and df.loc[A].bs_per_rw == pytest.approx(1 / 22)
    assert df.ton_tpa.sum() == pytest.approx(18.0)  # the 4 t of unknown origin belong to no kecamatan


def test_monthly(fixture_con):
    df = db.run(fixture_con, "ringkasan_bulanan", {**Q1, "kecamatan": []})
    assert [d.month for d in df.bulan] == [1, 2, 3]
    assert df.ton_tpa.tolist() == pytest.approx([6.0, 5.0, 11.0])
    assert df.ton_diversi.tolist() == pytest.approx([0.1, 1.57, 0.53])
    assert df.hari.tolist() == [31, 28, 31]
    assert df.timbulan_ton.iloc[0] == pytest.approx(15_000 * 0.5 * 31 / 1000)
    assert df.target_pengurangan_pct.tolist() == pytest.approx([0.3, 0.3, 0.3])


def test_monthly_cuts_days_to_range(fixture_con):
    df = db.run(
        fixture_con,
        "ringkasan_bulanan",
        {"mulai": date(2025, 1, 10), "selesai": date(2025, 2, 14), "kecamatan": []},
    )
    assert df.hari.tolist() == [22, 14]


def test_bank_sampah_monthly_view(fixture_con):
    df = fixture_con.execute(
        "SELECT bank_sampah_id, aktif, melapor FROM v_bank_sampah_bulanan WHERE bulan = '2025-02-01' "
        "ORDER BY 1"
    ).df()
    assert df.values.tolist() == [["BS1", True, False], ["BS2", True, True], ["BS3", True, True]]
