"""Table downloads as CSV and XLSX, with spreadsheet formulas neutralised.

A cell that starts with = + - @ (or a tab/CR) could run as a formula when a DLH officer opens the
file in Excel; such text cells get a leading apostrophe. Numbers stay numbers. Column headers get
the same treatment (the rejected-rows file keeps the headers of the file it came from), and sheet
names are cut to what Excel accepts.
"""

from __future__ import annotations

import io
import re

import pandas as pd

from sampah import fmt

_BAHAYA = ("=", "+", "-", "@", "\t", "\r")
_LEMBAR_TERLARANG = re.compile(r"[\[\]:*?/\\]")  # Excel refuses these in a sheet name


def aman(v: object) -> object:
    """A text that cannot be read as a formula (others unchanged)."""
    return "'" + v if isinstance(v, str) and v.startswith(_BAHAYA) else v


def netralkan(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of `df` whose text cells and headers cannot be read as formulas."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(aman)
    kepala = [aman(str(c)) if isinstance(c, str) else c for c in out.columns]
    if kepala != list(out.columns):
        out.columns = kepala
    return out


def nama_lembar(nama: str) -> str:
    """A sheet name Excel opens: no [ ] : * ? / \\, no leading apostrophe or formula sign, <= 31."""
    s = _LEMBAR_TERLARANG.sub(" ", str(nama)).lstrip("'=+-@ \t\r\n").rstrip("' ")[:31].strip()
    return s or "data"


def ke_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM so that Excel opens Indonesian names correctly."""
    return netralkan(df).to_csv(index=False).encode("utf-8-sig")


def ke_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        netralkan(df).to_excel(xl, sheet_name=nama_lembar(sheet), index=False)
    return buf.getvalue()


# --- tables as a DLH pastes them into a report (columns defined in sampah/tabel.py) ---------------
_BENTUK_CSV = {  # Indonesian Excel reads ';' and a decimal comma; the plain form is for other tools
    "id": {"sep": ";", "decimal": ",", "tanggal": "%d/%m/%Y", "waktu": "%d/%m/%Y %H:%M"},
    "polos": {"sep": ",", "decimal": ".", "tanggal": "%Y-%m-%d", "waktu": "%Y-%m-%d %H:%M"},
}


def _siap(df: pd.DataFrame, kolom: list, lang: str, persen_kali_100: bool) -> tuple[pd.DataFrame, list]:
    from sampah.tabel import bulatkan, pilih

    kolom = pilih(df, kolom)
    out = bulatkan(df, kolom)
    if persen_kali_100:  # a CSV has no cell format: write the percent itself, the header says (%)
        for k in kolom:
            if k.jenis == "persen":
                out[k.nama] = [None if pd.isna(x) else fmt.bulat(x * 100, k.desimal) for x in out[k.nama]]
    return out.rename(columns={k.nama: k.header(lang) for k in kolom}), kolom


def ke_csv_tabel(df: pd.DataFrame, kolom: list, lang: str = "id", bentuk: str = "id") -> bytes:
    """A defined table as CSV: rounded values, percent as percent, dates without 00:00:00."""
    b = _BENTUK_CSV[bentuk]
    out, kolom = _siap(df, kolom, lang, persen_kali_100=True)
    for k in kolom:
        h = k.header(lang)
        if k.jenis in ("tanggal", "bulan", "waktu"):
            pola = b["waktu"] if k.jenis == "waktu" else b["tanggal"]
            out[h] = [v.strftime(pola) if v is not None else "" for v in out[h]]
    return netralkan(out).to_csv(index=False, sep=b["sep"], decimal=b["decimal"]).encode("utf-8-sig")


def _format_sel(k, lang: str) -> str | None:  # noqa: ANN001 - tabel.KolomTabel
    if k.jenis == "angka":
        return "#,##0" + ("." + "0" * k.desimal if k.desimal else "")
    if k.jenis == "persen":
        return "0" + ("." + "0" * k.desimal if k.desimal else "") + "%"
    if k.jenis in ("tanggal", "bulan"):
        return "dd/mm/yyyy" if lang != "en" else "d mmm yyyy"
    if k.jenis == "waktu":
        return "dd/mm/yyyy hh:mm" if lang != "en" else "d mmm yyyy hh:mm"
    return None


def ke_xlsx_tabel(
    df: pd.DataFrame, kolom: list, lang: str = "id", judul: str = "", periode: str = "", sumber: str = ""
) -> bytes:
    """A defined table as an XLSX a DLH pastes into a report: title, period and source rows above
    the header (units in the header), number/percent/date formats on the cells, values rounded,
    header frozen, columns as wide as their content, a filter on the header."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    out, kolom = _siap(df, kolom, lang, persen_kali_100=False)
    out = netralkan(out)
    wb = Workbook()
    ws = wb.active
    ws.title = nama_lembar(judul or "data")
    atas = [(judul, Font(bold=True, size=14)), (periode, Font(size=11)), (sumber, Font(italic=True, size=10))]
    baris = 1
    for teks, font in atas:
        if teks:
            ws.cell(row=baris, column=1, value=aman(teks)).font = font  # a title naming the data
            baris += 1
    baris += 1  # an empty row between the header block and the table
    kepala = baris
    isi = PatternFill("solid", fgColor="E8F0EA")
    for j, h in enumerate(out.columns, start=1):
        c = ws.cell(row=kepala, column=j, value=h)
        c.font, c.fill = Font(bold=True), isi
        c.alignment = Alignment(wrap_text=True, vertical="top")
    formats = [_format_sel(k, lang) for k in kolom]
    for i, row in enumerate(out.itertuples(index=False), start=kepala + 1):
        for j, v in enumerate(row, start=1):
            c = ws.cell(row=i, column=j, value=None if v is None or v is pd.NA or v != v else v)
            if formats[j - 1]:
                c.number_format = formats[j - 1]
    for j, (h, k) in enumerate(zip(out.columns, kolom), start=1):
        panjang = [len(k.teks(v, lang)) for v in df[k.nama].head(500)] if len(df) else []
        ws.column_dimensions[get_column_letter(j)].width = min(60, max([len(str(h)) * 0.9, *panjang]) + 3)
    ws.freeze_panes = ws.cell(row=kepala + 1, column=1)
    if len(out):
        ws.auto_filter.ref = f"A{kepala}:{get_column_letter(len(out.columns))}{kepala + len(out)}"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
