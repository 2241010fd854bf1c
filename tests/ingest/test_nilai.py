"""Parsing cells (sampah/ingest/nilai.py): number styles, dates, months."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd
import pytest

from sampah.ingest import nilai

HARI = date(2026, 11, 23)
S = pd.Series


@pytest.mark.parametrize(
    "teks,angka",
    [
        (["1.830,63", "12,5"], [1830.63, 12.5]),
        (["1,830.63", "7.67"], [1830.63, 7.67]),
        (["Rp 12.500", "Rp 1.250.000"], [12500, 1250000]),
        (["45%", "(1,250)"], [45, -1250]),
        (["2023.0", 5], [2023.0, 5.0]),
        (["1.5E+3"], [1500.0]),
    ],
)
def test_numbers(teks, angka):
    v, e = nilai.angka(S(teks), "en")
    assert v == angka and not e


def test_ambiguous_number_follows_file_style():
    assert nilai.angka(S(["1.830"]), "id")[0] == [1830.0]
    assert nilai.angka(S(["1.830"]), "en")[0] == [1.83]


@pytest.mark.parametrize(
    "v",
    [
        "2025-11-20",
        "20/11/2025",
        "20-11-2025",
        "20 November 2025",
        "20 Nov 2025",
        "Kamis, 20 Nopember 2025",
        45981,
        "45981",
        datetime(2025, 11, 20, 8, 0),
    ],
)
def test_dates(v):
    got, e = nilai.tanggal(S([v]), HARI)
    assert got == [date(2025, 11, 20)] and not e


def test_month_first_column_detected_and_future_refused():
    assert nilai.tanggal(S(["11/20/2025", "11/02/2025"]), HARI)[0] == [date(2025, 11, 20), date(2025, 11, 2)]
    assert nilai.tanggal(S(["2099-01-01"]), HARI)[1] == {0: "kd_e_tanggal_depan"}


@pytest.mark.parametrize("v", ["2025-11", "11/2025", "November 2025", "Nov-25"])
def test_months(v):
    assert nilai.bulan(S([v]), HARI)[0] == [date(2025, 11, 1)]
