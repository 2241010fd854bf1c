"""Exports neutralise formulas in column headers and sheet names too, not only in cells (issue #12,
item 7): the rejected-rows file keeps the file's own headers, so a header `=HYPERLINK(...)` became a
live formula in the downloaded XLSX."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd
import pytest
from keandalan_alat import lapor

from sampah import ekspor
from sampah.ingest import muat

JAHAT = [
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+1+1",
    "-2+3",
    "@SUM(A1)",
    "\tx",
    "=cmd|' /C calc'!A0",
]


def _df() -> pd.DataFrame:
    return pd.DataFrame({h: ["=1+1", "aman"] for h in JAHAT} | {"tanggal": ["2024-01-01", "x"]})


def test_csv_headers_are_neutralised():
    csv = ekspor.ke_csv(_df()).decode("utf-8-sig")
    baris = pd.read_csv(io.StringIO(csv), dtype=str).columns.tolist()
    assert not any(h.startswith(("=", "+", "-", "@", "\t")) for h in baris), baris
    assert sum(h.startswith("'") for h in baris) == len(JAHAT)
    assert "tanggal" in baris  # a plain header is left as it is


@pytest.mark.parametrize("lembar", ["data", '=HYPERLINK("x")', "a[b]:c*d?e/f\\g", "'kutip'", "x" * 40, ""])
def test_xlsx_headers_and_sheet_names_hold_no_formula(lembar: str):
    wb = openpyxl.load_workbook(io.BytesIO(ekspor.ke_xlsx(_df(), lembar)))
    ws = wb.active
    rumus = [c.coordinate for r in ws.iter_rows() for c in r if c.data_type == "f"]
    assert rumus == [], rumus
    kepala = [c.value for c in ws[1]]
    assert not any(str(h).startswith(("=", "+", "-", "@")) for h in kepala), kepala
    assert ws.title and len(ws.title) <= 31 and not ws.title.startswith(("=", "'"))
    assert not set(ws.title) & set("[]:*?/\\")


def test_rejected_rows_of_a_file_with_a_formula_header_download_neutralised(fixture_con):
    """The real path: a file whose extra column's header is a formula, checked, its rejected rows
    exported as the page and `import --ditolak` do."""
    isi = (
        'tanggal,kecamatan,ton,"=HYPERLINK(""http://contoh.invalid"",""klik"")"\n'
        "2024-03-01,Kecamatan Tak Ada,5,x\n2024-03-02,Kecamatan Tak Ada,6,y\n"
    )
    lap = muat.periksa(fixture_con, "tpa_rekap", isi.encode(), "rekap.csv")
    tolak = lap.persiapan.ditolak("id")
    assert any(str(c).startswith("=HYPERLINK") for c in tolak.columns)  # the file's own header
    ws = openpyxl.load_workbook(io.BytesIO(ekspor.ke_xlsx(tolak, "ditolak"))).active
    assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)
    csv = ekspor.ke_csv(tolak).decode("utf-8-sig").splitlines()[0]
    assert ",=HYPERLINK" not in csv and "'=HYPERLINK" in csv
    lapor("ekspor_header", header_rumus=len(JAHAT) + 1, rumus_di_xlsx=0)
