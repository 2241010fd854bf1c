"""Landfill life, against the arithmetic written out by hand."""

from datetime import date, timedelta

import pytest

from sampah import db
from sampah.analisis import umur_tpa

BULAN = 365.25 / 12


def test_capacity_in_m3_or_tonnes():
    # 100,000 m3 at 227 kg/m3 (middle of the 215-239 kg/m3 measured on trucks) = 22,700 t
    assert umur_tpa.ke_ton(100_000, "m3", 227) == pytest.approx(22_700)
    assert umur_tpa.ke_ton(22_700, "ton", 999) == 22_700
    with pytest.raises(ValueError):
        umur_tpa.ke_ton(1, "liter", 227)


def test_landfill_life_by_hand():
    """22,700 t measured on 1 Jan 2026; 2,700 t weighed in since; newest data 1 Mar 2026.
    Remaining 20,000 t at 50 t/day = 400 days -> full on 5 Apr 2027, 8.9 months before PSEL on
    1 Jan 2028. Diversion so far 1,522 t = 1,522 / 50 = 30.44 days = 1.0 month. Reaching the target
    takes 10 t/day off the inflow: 20,000 / 40 = 500 days, 100 days = 3.29 months more."""
    u = umur_tpa.hitung(22_700, date(2026, 1, 1), 2_700, date(2026, 3, 1), 50.0, 1_522, 2028, 10.0)
    assert u.sisa_ton == pytest.approx(20_000)
    assert u.hari_tersisa == pytest.approx(400)
    assert u.tanggal_penuh == date(2026, 3, 1) + timedelta(days=400) == date(2027, 4, 5)
    assert u.tahun_tersisa == pytest.approx(400 / 365.25)
    assert u.bulan_sebelum_psel == pytest.approx((date(2028, 1, 1) - date(2027, 4, 5)).days / BULAN)
    assert u.bulan_dari_diversi == pytest.approx(1_522 / 50 / BULAN)
    assert u.bulan_dari_target == pytest.approx(100 / BULAN)
    # full already: nothing remains, and a landfill that lasts beyond PSEL gives a negative gap
    assert umur_tpa.hitung(1_000, date(2026, 1, 1), 5_000, date(2026, 3, 1), 50, 0).sisa_ton == 0
    jauh = umur_tpa.hitung(1e7, date(2026, 3, 1), 0, date(2026, 3, 1), 50, 0, 2027)
    assert jauh.bulan_sebelum_psel < 0


def test_tonnes_since_the_measurement_come_from_the_weighbridge(fixture_con):
    # fixture loads after 1 March 2025: 10 Mar 7 t (Beta), 11 Mar 4 t (origin unknown), 2 Apr 9 t
    kpi = db.run(
        fixture_con,
        "ringkasan_kpi",
        {"mulai": date(2025, 3, 2), "selesai": date(2025, 4, 30), "kecamatan": []},
    ).iloc[0]
    assert kpi.ton_tpa == pytest.approx(20.0)
    u = umur_tpa.hitung(100, date(2025, 3, 1), kpi.ton_tpa, date(2025, 4, 30), 2.0, 0)
    assert u.sisa_ton == pytest.approx(80) and u.hari_tersisa == pytest.approx(40)
