"""Table downloads as CSV and XLSX, with spreadsheet formulas neutralised.

A cell that starts with = + - @ (or a tab/CR) could run as a formula when a DLH officer opens the
file in Excel; such text cells get a leading apostrophe. Numbers stay numbers.
"""

from __future__ import annotations

import io

import pandas as pd

_BAHAYA = ("=", "+", "-", "@", "\t", "\r")


def netralkan(df: pd.DataFrame) -> pd.DataFrame:
    """Copy of `df` whose text cells cannot be read as formulas."""
    out = df.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            out[col] = out[col].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(_BAHAYA) else v)
    return out


def ke_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 with BOM so that Excel opens Indonesian names correctly."""
    return netralkan(df).to_csv(index=False).encode("utf-8-sig")


def ke_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        netralkan(df).to_excel(xl, sheet_name=sheet[:31], index=False)
    return buf.getvalue()
