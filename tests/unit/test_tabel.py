"""Column definitions (sampah/tabel.py) and the downloads built from them (sampah/ekspor.py): what
a DLH pastes into a report."""

from __future__ import annotations

import io
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest

from sampah import ekspor, fmt
from sampah.tabel import K, bulatkan, lebar_px, mentah

KOLOM = [
    K("kecamatan", "k_kecamatan"),
    K("ton_tpa", "k_tpa", "angka", 1),
    K("tingkat_diversi", "k_tingkat", "persen", 2),
    K("bulan", "tr_k_bulan", "bulan"),
    K("terakhir", "bs_k_terakhir", "tanggal", kosong="bs_belum_pernah"),
    K("bs_aktif", "k_bs", "angka"),
]


@pytest.fixture
def df() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "kecamatan": ['=HYPERLINK("x")', "Bekasi Timur"],
            "ton_tpa": [58065.15999999997, 1.25],
            "tingkat_diversi": [0.00128, 0.5],
            "bulan": [pd.Timestamp("2026-09-01"), pd.Timestamp("2026-10-01")],
            "terakhir": [pd.Timestamp("2026-09-30 00:00:00"), pd.NaT],
            "bs_aktif": [12.0, None],
            "lain": ["tidak diminta", "x"],
        }
    )


def test_headers_carry_units_and_values_round_as_shown(df):
    assert [k.header("id") for k in KOLOM] == [
        "Kecamatan",
        "Ke TPA (t)",
        "Diversi (%)",
        "Bulan",
        "Setoran terakhir",
        "BS aktif",
    ]
    assert KOLOM[2].header("en") == "Diversion (%)"
    b = bulatkan(df, KOLOM)
    assert list(b.columns) == [k.nama for k in KOLOM]  # only the defined columns, in order
    assert b.ton_tpa.tolist() == [58065.2, 1.3]  # half up, as fmt prints 1,25 -> 1,3
    assert b.tingkat_diversi.tolist() == [0.0013, 0.5]
    assert b.terakhir.tolist()[0] == date(2026, 9, 30) and b.terakhir.isna().tolist()[1]
    assert [KOLOM[4].teks(v, "id") for v in df.terakhir] == ["30 Sep 2026", "belum pernah"]
    assert KOLOM[2].teks(0.00128, "id") == fmt.persen(0.00128, 2) == "0,13%"


def test_xlsx_has_title_period_source_formats_and_a_frozen_header(df):
    b = ekspor.ke_xlsx_tabel(df, KOLOM, "id", "Ringkasan per kecamatan", "Triwulan 2 2026", "Sumber: uji")
    ws = openpyxl.load_workbook(io.BytesIO(b)).active
    assert [ws.cell(r, 1).value for r in (1, 2, 3)] == [
        "Ringkasan per kecamatan",
        "Triwulan 2 2026",
        "Sumber: uji",
    ]
    assert ws.cell(1, 1).font.bold
    kepala = [c.value for c in ws[5]]
    assert kepala == ["Kecamatan", "Ke TPA (t)", "Diversi (%)", "Bulan", "Setoran terakhir", "BS aktif"]
    assert ws.freeze_panes == "A6" and ws.auto_filter.ref == "A5:F7"
    baris = {c.column_letter: c for c in ws[6]}
    assert baris["A"].value == '\'=HYPERLINK("x")'  # a formula in a name stays text
    assert (baris["B"].value, baris["B"].number_format) == (58065.2, "#,##0.0")
    assert (baris["C"].value, baris["C"].number_format) == (0.0013, "0.00%")  # a percent, not 0.00128
    assert baris["D"].value == datetime(2026, 9, 1) and baris["D"].number_format == "dd/mm/yyyy"
    assert (baris["F"].value, baris["F"].number_format) == (12, "#,##0")
    assert ws.cell(7, 5).value is None and ws.cell(7, 6).value is None  # missing stays empty
    assert all(
        ws.column_dimensions[x].width >= len(str(ws.cell(5, i).value)) * 0.9
        for i, x in enumerate("ABCDEF", 1)
    )
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_csv_indonesian_form_and_plain_form(df):
    teks = ekspor.ke_csv_tabel(df, KOLOM, "id", "id").decode("utf-8-sig")
    assert teks.splitlines()[0] == "Kecamatan;Ke TPA (t);Diversi (%);Bulan;Setoran terakhir;BS aktif"
    assert teks.splitlines()[1] == '"\'=HYPERLINK(""x"")";58065,2;0,13;01/09/2026;30/09/2026;12'
    baca = pd.read_csv(io.StringIO(teks), sep=";", decimal=",")  # as Excel set to Indonesian reads it
    assert baca["Ke TPA (t)"].tolist() == [58065.2, 1.3] and baca["Diversi (%)"].tolist() == [0.13, 50.0]
    polos = ekspor.ke_csv_tabel(df, KOLOM, "en", "polos").decode("utf-8-sig")
    assert polos.splitlines()[0] == "Kecamatan,Landfilled (t),Diversion (%),Month,Last deposit,Active BS"
    assert polos.splitlines()[1].endswith(",58065.2,0.13,2026-09-01,2026-09-30,12")
    assert "00:00:00" not in teks + polos and "58065.15" not in teks + polos


def test_raw_file_columns_keep_their_own_headers():
    d = pd.DataFrame({"kecamatan": ["Atlantis"], "alasan": ["kecamatan tidak dikenal"]})
    k = mentah(d)
    assert [x.header("en") for x in k] == ["kecamatan", "alasan"]  # not translated as our own keys
    assert ekspor.ke_csv_tabel(d, k, "id").decode("utf-8-sig").splitlines() == [
        "kecamatan;alasan",
        "Atlantis;kecamatan tidak dikenal",
    ]


def test_widths_hold_the_widest_value(df):
    lebar = lebar_px(df, KOLOM, "id")
    assert lebar["Ke TPA (t)"] >= 7.5 * len("58.065,2")
    assert lebar["Kecamatan"] >= 7.5 * len('=HYPERLINK("x")')
