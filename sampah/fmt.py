"""Number, money and date formats: Indonesian by default (1.234,5 ton; Rp 1,2 miliar)."""

from __future__ import annotations

from dataclasses import dataclass
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
_SINGKAT = {  # the short forms newspapers and DLH slides use
    "id": [(1e12, "T"), (1e9, "M"), (1e6, "jt")],
    "en": [(1e12, "tn"), (1e9, "bn"), (1e6, "mn")],
}
NA = "–"


def _missing(x: object) -> bool:
    """None, NaN, pd.NA and NaT all print as a dash."""
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def bulat(x: float, desimal: int = 0) -> float:
    """Round half up, as `angka` prints (1,25 -> 1,3), so a download holds the figure on the screen."""
    return float(Decimal(repr(float(x))).quantize(Decimal(1).scaleb(-desimal), ROUND_HALF_UP))


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


@dataclass(frozen=True)
class Perubahan:
    """A change as printed and its direction after rounding: `arah` is +1, -1 or 0, so the arrow,
    the sign and the colour all follow the figure the reader sees (no '−0,00')."""

    teks: str
    arah: int


def ubah(baru: float | None, lama: float | None, lang: str = "id", poin: bool = False) -> Perubahan | None:
    """Change against a comparison: relative ('+12,3%') or, for rates, in percentage points
    ('−0,40 poin'). Rounded before the sign is chosen; a change that rounds to zero has none."""
    if _missing(baru) or _missing(lama):
        return None
    if poin:
        desimal, d = 2, (baru - lama) * 100
    else:
        if lama == 0:
            return None
        desimal, d = 1, (baru - lama) / abs(lama) * 100
    bulat = Decimal(repr(float(d))).quantize(Decimal(1).scaleb(-desimal), ROUND_HALF_UP)
    arah = (bulat > 0) - (bulat < 0)
    angka_ = angka(abs(float(bulat)), desimal, lang)
    teks = f"{angka_} {'poin' if lang == 'id' else 'pts'}" if poin else f"{angka_}%"
    return Perubahan({1: "+", -1: "\u2212", 0: ""}[arah] + teks, arah)  # a true minus, as in print


def perubahan(baru: float | None, lama: float | None, lang: str = "id", poin: bool = False) -> str | None:
    """The text of `ubah`: '+12,3%', '\u22120,40 poin', '0,0%'."""
    u = ubah(baru, lama, lang, poin)
    return u.teks if u else None


def rupiah_singkat(x: float | None, lang: str = "id") -> str:
    """Rupiah short enough for a headline card: Rp 1,8 M / Rp 350 jt (en: Rp 1.8 bn / Rp 350 mn).
    The full form (`rupiah`) goes in the card's help."""
    if _missing(x):
        return NA
    for size, word in _SINGKAT[lang]:
        if abs(x) >= size:
            v = x / size
            return f"Rp {angka(v, 1 if abs(v) < 100 else 0, lang)} {word}"
    return f"Rp {angka(x, 0, lang)}"
