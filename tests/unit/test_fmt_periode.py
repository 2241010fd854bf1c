"""Indonesian formats and reporting periods."""

from datetime import date

import pytest

from sampah import fmt, periode


@pytest.mark.parametrize(
    "x, lang, out",
    [
        (1234.5, "id", "1.235 ton"),
        (1234.5, "en", "1,235 ton"),
        (12.34, "id", "12,3 ton"),
        (0.25, "id", "0,3 ton"),
        (None, "id", "–"),
        (float("nan"), "en", "–"),
    ],
)
def test_ton(x, lang, out):
    assert fmt.ton(x, lang) == out


def test_numbers_and_money():
    assert fmt.angka(1830.63, 2, "id") == "1.830,63"
    assert fmt.angka(1234.5, 1, "id") == "1.234,5"
    assert fmt.angka(1830.63, 2, "en") == "1,830.63"
    assert fmt.rupiah(1.2e9) == "Rp 1,2 miliar"
    assert fmt.rupiah(350e6) == "Rp 350 juta"
    assert fmt.rupiah(12_500) == "Rp 12.500"
    assert fmt.rupiah(1.2e9, "en") == "Rp 1.2 billion"
    assert fmt.persen(0.0561) == "5,6%"
    assert fmt.tanggal(date(2025, 11, 20)) == "20 November 2025"
    assert fmt.tanggal(date(2025, 8, 17), "en") == "17 August 2025"
    assert fmt.perubahan(110, 100) == "+10,0%"
    assert fmt.perubahan(0.05, 0.04, poin=True) == "+1,00 poin"
    assert fmt.perubahan(1, 0) is None


def test_periods():
    p = periode.dari_kunci("2026", data_akhir=date(2026, 10, 31))
    assert (p.mulai, p.selesai, p.berjalan) == (date(2026, 1, 1), date(2026, 10, 31), True)
    assert p.tahun_lalu().selesai == date(2025, 10, 31)  # year to date against year to date
    assert p.sebelumnya().kunci == "2025"
    q4 = periode.dari_kunci("2024-T4")  # a whole quarter of 92 days against one of 90
    assert q4.geser(3).selesai == date(2025, 3, 31) and q4.sebelumnya().selesai == date(2024, 9, 30)
    q = periode.dari_kunci("2025-T1")
    assert q.sebelumnya().kunci == "2024-T4" and q.tahun_lalu().kunci == "2024-T1"
    assert periode.dari_kunci("2024-02").selesai == date(2024, 2, 29)
    assert periode.dari_kunci("2025-S2").mulai == date(2025, 7, 1)
    assert periode.label("2025-S2") == "Semester 2 2025"
    assert periode.label("2025-11") == "November 2025"
    assert periode.pilihan("tahun", date(2023, 11, 1), date(2026, 10, 31)) == ["2026", "2025", "2024", "2023"]
    first = periode.dari_kunci("2023", date(2026, 10, 31), data_mulai=date(2023, 11, 1))
    assert first.mulai == date(2023, 11, 1)


@pytest.mark.parametrize("bad", ["", "2025-13", "2025-T5", "20x5", "2025-S3", "1; DROP"])
def test_bad_period_keys(bad):
    with pytest.raises(ValueError):
        periode.dari_kunci(bad)


def test_exports_neutralise_formulas():
    import io

    import openpyxl
    import pandas as pd

    from sampah import ekspor

    df = pd.DataFrame(
        {
            "nama": ['=HYPERLINK("http://x")', "+1", "Bekasi Timur", "-2", "@SUM(A1)"],
            "ton": [1.5, -2.0, 3.0, 4.0, 5.0],
        }
    )
    csv = ekspor.ke_csv(df).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv and "'+1" in csv and "'-2" in csv and "'@SUM" in csv
    assert "-2.0" in csv  # numbers stay numbers
    ws = openpyxl.load_workbook(io.BytesIO(ekspor.ke_xlsx(df))).active
    assert ws["A2"].value.startswith("'=") and ws["A2"].data_type == "s"
    assert ws["B3"].value == -2.0


def test_millions_of_tonnes():
    assert fmt.ton(1_426_735) == "1,43 juta ton"
    assert fmt.ton(1_426_735, "en") == "1.43 million tonnes"
