"""Reading files as they arrive (sampah/ingest/baca.py): separators, encodings, title and total rows,
merged cells, files that are not tables."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from openpyxl import Workbook

from sampah.ingest import Tolak, nilai
from sampah.ingest.baca import baca
from sampah.ingest.dataset import DATASETS
from sampah.ingest.kolom import skor_header


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


def test_unreadable_file_refused():
    with pytest.raises(Tolak) as e:
        baca(b"\x00\x01\x02" * 100, "a.csv")
    assert e.value.kunci == "kd_f_biner"
