"""Slide sentences (sampah/judul.py): the wording says what the chart shows, with the right sign."""

from __future__ import annotations

import pandas as pd

from sampah import judul


def _kat(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame([{"bulan": "2025-01-01", "sumber": s, "kategori": k, "ton": t} for s, k, t in rows])


def test_a_facility_is_not_named_as_a_kind_of_waste():
    df = _kat(
        [("pengolahan", "TPS 3R", 60.0), ("bank sampah", "plastik", 30.0), ("bank sampah", "kertas", 10.0)]
    )
    s = judul.kategori(df)
    assert s == (
        "TPS 3R mengolah 60% dari 100 ton sampah terkurangi; setoran bank sampah terbanyak berupa "
        "plastik (30,0 ton)."
    )
    assert "jenis sampah" not in s
    assert judul.kategori(df, "en").startswith("TPS 3R processed 60% of the 100 t")


def test_the_largest_deposit_category_is_a_kind_of_waste():
    df = _kat([("bank sampah", "plastik", 50.0), ("pengolahan", "rumah kompos", 20.0)])
    assert judul.kategori(df) == (
        "Plastik adalah jenis sampah terbanyak yang disetor ke bank sampah: 71% dari 70,0 ton sampah "
        "terkurangi."
    )
    assert (
        judul.kategori(_kat([("pengolahan", "TPS 3R", 5.0)]))
        == "TPS 3R mengolah 100% dari 5,0 ton sampah terkurangi."
    )


def test_no_rise_or_fall_of_a_change_that_rounds_to_nothing():
    kini = pd.Series({"persen_pengurangan": 0.003601, "ton_diversi": 10.0, "ton_tpa": 1000.4, "hari": 10})
    lalu = pd.Series({"persen_pengurangan": 0.003599, "ton_diversi": 10.0, "ton_tpa": 1000.0, "hari": 10})
    assert judul.pengurangan(kini, lalu, "2024") == "Pengurangan sampah tetap 0,36%, sama seperti 2024."
    assert (
        judul.tpa(kini, lalu, "TPA X", "2024") == "Sampah ke TPA X rata-rata 100 ton/hari, sama seperti 2024."
    )
    turun = pd.Series({**lalu.to_dict(), "ton_tpa": 900.0})
    s = judul.tpa(turun, lalu, "TPA X", "2024")
    assert "turun 10,0%" in s and "\u2212" not in s and "-" not in s.replace("rata-rata", "")
