"""Number, money and date formats: Indonesian by default (1.234,5 ton; Rp 1,2 miliar)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

import pandas as pd
from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = {"id": "id_ID", "en": "en_US"}
_SCALES = {  # Rupiah words, largest first
    "id": [(1e12, "triliun"), (1e9, "miliar"), (1e6, "juta"), (1e3, "ribu")],
    "en": [(1e12, "trillion"), (1e9, "billion"), (1e6, "million"), (1e3, "thousand")],
}
NA = "–"


def _missing(x: object) -> bool:
    """None, NaN, pd.NA and NaT all print as a dash."""
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def angka(x: float | None, desimal: int = 0, lang: str = "id") -> str:
    """1234.5 -> '1.234,5' (id) or '1,234.5' (en)."""
    if _missing(x):
        return NA
    pattern = "#,##0" + ("." + "0" * desimal if desimal else "")
    # round half up (1.234,5 -> 1.235), as people round by hand; Babel would round half to even
    v = Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-desimal), ROUND_HALF_UP)
    return format_decimal(v, format=pattern, locale=LOCALE[lang])


def ton(x: float | None, lang: str = "id") -> str:
    """Tonnes with one decimal under 100 t, whole tonnes above."""
    if _missing(x):
        return NA
    if abs(x) >= 1e6:  # 1,43 juta ton reads better than 1.426.735 ton
        return f"{angka(x / 1e6, 2, lang)} {'juta ton' if lang == 'id' else 'million tonnes'}"
    return f"{angka(x, 1 if abs(x) < 100 else 0, lang)} ton"


def persen(x: float | None, desimal: int = 1, lang: str = "id") -> str:
    """A ratio as percent: 0.0561 -> '5,6%'."""
    if _missing(x):
        return NA
    return f"{angka(x * 100, desimal, lang)}%"


def rupiah(x: float | None, lang: str = "id") -> str:
    """Rp 1,2 miliar / Rp 350 juta / Rp 12.500."""
    if _missing(x):
        return NA
    for size, word in _SCALES[lang]:
        if abs(x) >= size and size >= 1e6:
            v = x / size
            return f"Rp {angka(v, 1 if abs(v) < 100 else 0, lang)} {word}"
    return f"Rp {angka(x, 0, lang)}"


def tanggal(d: date | None, lang: str = "id", pola: str = "d MMMM y") -> str:
    """20 November 2025."""
    if d is None:
        return NA
    return format_date(d, format=pola, locale=LOCALE[lang])


def bulan(d: date, lang: str = "id") -> str:
    """Nov 2025."""
    return format_date(d, format="MMM y", locale=LOCALE[lang])


def perubahan(baru: float | None, lama: float | None, lang: str = "id", poin: bool = False) -> str | None:
    """Change for st.metric's delta: '+12,3%' relative, or '+0,4 poin' for rates."""
    if _missing(baru) or _missing(lama):
        return None
    if poin:
        d = (baru - lama) * 100
        teks = f"{angka(abs(d), 2, lang)} {'poin' if lang == 'id' else 'pts'}"
    else:
        if lama == 0:
            return None
        d = (baru - lama) / abs(lama)
        teks = persen(abs(d), 1, lang)
    return ("+" if d >= 0 else "\u2212") + teks  # a true minus sign, as in print
