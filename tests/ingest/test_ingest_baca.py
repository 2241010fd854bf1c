"""Reading files as they arrive: separators, encodings, title rows, merged cells, number and date
formats, kg/ton."""

from __future__ import annotations

import io
from datetime import date, datetime

import pandas as pd
import pytest
from openpyxl import Workbook

from sampah.ingest import Tolak, nilai
from sampah.ingest.baca import baca
from sampah.ingest.dataset import DATASETS
from sampah.ingest.kolom import petakan, skor_header
from sampah.ingest.urai import urai

HARI = date(2026, 11, 23)
S = pd.Series


@pytest.mark.parametrize("pemisah", [",", ";", "\t", "|"])
def test_separator_detected(pemisah):
    t = baca(f"tanggal{pemisah}berat\n2025-11-20{pemisah}5\n2025-11-21{pemisah}7\n".encode(), "a.csv")
    assert list(t.data.columns) == ["tanggal", "berat"] and t.pemisah == pemisah and len(t.data) == 2


@pytest.mark.parametrize("enc", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_encodings(enc):
    t = baca("kelurahan,nama\nBekasijaya,Bu Désirée\n".encode(enc), "a.csv")
    assert t.data.iloc[0, 1] == "Bu Désirée"


def test_double_encoded_text_repaired():
    rusak = "BANK SAMPAH\u00a0 MANDIRI".encode().decode("cp1252").encode()  # 'Â\xa0' as in the Bandung file
    t = baca(b"nama\n" + rusak + b"\n", "a.csv")
    assert nilai.teks(t.data.iloc[0, 0]) == "BANK SAMPAH MANDIRI"


def test_title_rows_and_total_row_skipped():
    isi = (
        "LAPORAN SETORAN BANK SAMPAH\nPeriode: November 2025\n\n"
        "tanggal;bank_sampah;kategori;berat_kg\n20/11/2025;BS-0001;plastik;1.830,5\n"
        "JUMLAH;;;1.830,5\n"
    )
    t = baca(isi.encode(), "a.csv", skor_header(DATASETS["setoran"]))
    assert t.baris_header == 4 and len(t.data) == 1
    assert any(k == "kd_c_judul" for k, _ in t.catatan) and any(k == "kd_c_total" for k, _ in t.catatan)


def test_xlsx_merged_title_and_merged_kecamatan_cells():
    wb = Workbook()
    ws = wb.active
    ws.append(["Rekap TPA per kecamatan, November 2025"])
    ws.merge_cells("A1:C1")
    ws.append(["kecamatan", "tanggal", "ton"])
    ws.append(["Mustikajaya", datetime(2025, 11, 20), 150.5])
    ws.append([None, datetime(2025, 11, 21), 149])
    ws.merge_cells("A3:A4")
    ws2 = wb.create_sheet("petunjuk")
    ws2.append(["bukan data"])
    buf = io.BytesIO()
    wb.save(buf)
    t = baca(buf.getvalue(), "a.xlsx", skor_header(DATASETS["tpa_rekap"]))
    assert list(t.data.columns) == ["kecamatan", "tanggal", "ton"]
    assert list(t.data.kecamatan) == ["Mustikajaya", "Mustikajaya"]


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


def test_kg_or_ton_from_header_or_unit_column():
    ds = DATASETS["setoran"]
    for isi, kg in (
        ("berat (ton);x\n1,5;x\n", 1500.0),
        ("berat_kg;x\n1500;x\n", 1500.0),
        ("berat;satuan\n2;ton\n", 2000.0),
    ):
        t = baca(isi.encode(), "a.csv")
        peta = petakan(ds, list(t.data.columns))
        p, galat = urai(ds, t, peta, HARI)
        assert p.berat.tolist() == [kg] and not galat


def test_unreadable_file_refused():
    with pytest.raises(Tolak) as e:
        baca(b"\x00\x01\x02" * 100, "a.csv")
    assert e.value.kunci == "kd_f_biner"
