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
