"""Parse raw cells: numbers in Indonesian or English style, dates in the forms DLH files use, months,
years and yes/no. A column is parsed as a whole, because '1.830' means 1830 in a column that also
holds '2.500,75' and 1.83 in one that holds '7.67'.

Each parser returns (values, errors): values aligned with the input, errors {row index: key}.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, time, timedelta

import pandas as pd

BULAN = {  # Indonesian and English month names and abbreviations
    "januari": 1,
    "january": 1,
    "jan": 1,
    "februari": 2,
    "february": 2,
    "feb": 2,
    "pebruari": 2,
    "maret": 3,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "june": 6,
    "jun": 6,
    "juli": 7,
    "july": 7,
    "jul": 7,
    "agustus": 8,
    "august": 8,
    "agu": 8,
    "agt": 8,
    "aug": 8,
    "ags": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "october": 10,
    "okt": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "nopember": 11,
    "desember": 12,
    "december": 12,
    "des": 12,
    "dec": 12,
}
_EXCEL_NOL = date(1899, 12, 30)
_SERIAL = (20000, 80000)  # Excel serials of 1954..2119: anything else is not a date

Hasil = tuple[list, dict[int, str]]


def kosong(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v.strip() in ("", "-", "–", "—", "nan", "NaN", "NULL", "null", "None")


def teks(v: object) -> str | None:
    """Clean text: no double spaces or non-breaking spaces; floats like 2023.0 become '2023'."""
    if kosong(v):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    if isinstance(v, datetime | date):
        v = v.isoformat()
    s = re.sub(r"\s+", " ", str(v).replace("\xa0", " ")).strip()
    return s or None


# ---- numbers ---------------------------------------------------------------------------------

_ANGKA = re.compile(r"^[+-]?[\d.,]*\d[\d.,]*$")
_SATUAN = re.compile(r"(?i)\s*(rp\.?|idr|kg|ton|t|%|persen)\s*")


def _bersih_angka(s: str) -> str:
    s = s.strip().replace("\xa0", "").replace(" ", "").replace("'", "")
    neg = s.startswith("(") and s.endswith(")")  # accounting negative: (1.250)
    s = s.strip("()")
    s = _SATUAN.sub("", s)
    return ("-" if neg else "") + s


def _gaya(s: str) -> str | None:
    """'id' when the text proves comma-decimal, 'en' when it proves dot-decimal, None if ambiguous."""
    body = s.lstrip("+-")
    if "." in body and "," in body:
        return "id" if body.rfind(",") > body.rfind(".") else "en"
    for sep, gaya_desimal, gaya_ribuan in ((",", "id", "en"), (".", "en", "id")):
        if sep in body:
            parts = body.split(sep)
            if len(parts) > 2:
                return gaya_ribuan  # 1.234.567: only thousands repeat
            if len(parts[1]) != 3 or parts[0] in ("", "0", "-0"):
                return gaya_desimal  # 12,5 / 0.830: a decimal mark
            return None  # 1.830 could be either
    return None


def gaya_kolom(nilai: pd.Series) -> str | None:
    """The number style a column proves, by majority of its unambiguous cells."""
    suara = {"id": 0, "en": 0}
    for v in nilai:
        if isinstance(v, str):
            g = _gaya(_bersih_angka(v))
            if g:
                suara[g] += 1
    if suara["id"] == suara["en"]:
        return None
    return "id" if suara["id"] > suara["en"] else "en"


def _ke_float(s: str, gaya: str) -> float | None:
    body = s
    if gaya == "id":
        parts = body.split(",")
        if len(parts) > 2:
            return None
        ribuan = parts[0]
        if "." in ribuan and not re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+", ribuan):
            return None
        body = ribuan.replace(".", "") + ("." + parts[1] if len(parts) == 2 else "")
    else:
        parts = body.split(".")
        if len(parts) > 2:
            return None
        ribuan = parts[0]
        if "," in ribuan and not re.fullmatch(r"[+-]?\d{1,3}(,\d{3})+", ribuan):
            return None
        body = ribuan.replace(",", "") + ("." + parts[1] if len(parts) == 2 else "")
    try:
        return float(body)
    except ValueError:
        return None


def angka(nilai: pd.Series, gaya_file: str = "en") -> Hasil:
    """Numbers: 1.830,63 / 1,830.63 / Rp 12.500 / 45% / (1.250) / cells already numeric in XLSX."""
    gaya = gaya_kolom(nilai) or gaya_file
    out: list = []
    err: dict[int, str] = {}
    for i, v in zip(nilai.index, nilai):
        if kosong(v):
            out.append(None)
            continue
        if isinstance(v, bool):
            err[i] = "kd_e_bukan_angka"
            out.append(None)
            continue
        if isinstance(v, int | float):
            x = float(v)
        else:
            s = str(v).strip()
            if s.startswith(("=", "+=", "@")):
                err[i] = "kd_e_rumus"
                out.append(None)
                continue
            s = _bersih_angka(s)
            if re.fullmatch(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+", s):
                x = float(s)  # 1.5E+3 as Excel writes large numbers into CSV
            elif not _ANGKA.match(s):
                err[i] = "kd_e_bukan_angka"
                out.append(None)
                continue
            else:
                x = _ke_float(s, gaya)
                if x is None:
                    err[i] = "kd_e_format_angka"
                    out.append(None)
                    continue
        if not math.isfinite(x) or abs(x) > 1e15:
            err[i] = "kd_e_angka_raksasa"
            out.append(None)
            continue
        out.append(x)
    return out, err


def tahun(nilai: pd.Series, hari_ini: date) -> Hasil:
    """Years: 2023, '2023', 2023.0, '2023.0'."""
    out: list = []
    err: dict[int, str] = {}
    for i, v in zip(nilai.index, nilai):
        if kosong(v):
            out.append(None)
            continue
        s = teks(v) or ""
        m = re.fullmatch(r"(\d{4})(\.0+)?", s)
        if not m:
            err[i] = "kd_e_tahun"
            out.append(None)
            continue
        y = int(m.group(1))
        if not 1990 <= y <= hari_ini.year + 1:
            err[i] = "kd_e_tahun_rentang"
            out.append(None)
            continue
        out.append(y)
    return out, err


# ---- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?.*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")
_TEKS = re.compile(
    r"^(?:[a-z]+,\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})"
    r"(?:,?\s+(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)


def _tahun4(y: str) -> int:
    n = int(y)
    return n + 2000 if len(y) == 2 else n


def _satu_waktu(v: object, hari_dulu: bool) -> datetime | None:
    if isinstance(v, datetime):
        return v
    if isinstance(v, pd.Timestamp):
        return v.to_pydatetime()
    if isinstance(v, date):
        return datetime.combine(v, time())
    if isinstance(v, int | float) and not isinstance(v, bool):
        if _SERIAL[0] <= v <= _SERIAL[1]:
            return datetime.combine(_EXCEL_NOL, time()) + timedelta(days=float(v))
        return None
    s = re.sub(r"\s+", " ", str(v).strip().lower())
    if re.fullmatch(r"\d{5}(\.\d+)?", s):
        return _satu_waktu(float(s), hari_dulu)
    if re.fullmatch(r"\d{8}", s):
        s = f"{s[:4]}-{s[4:6]}-{s[6:]}"
    try:
        if m := _ISO.match(s):
            y, mo, d = int(m[1]), int(m[2]), int(m[3])
        elif m := _DMY.match(s):
            a, b, y = int(m[1]), int(m[2]), _tahun4(m[3])
            d, mo = (a, b) if hari_dulu else (b, a)
        elif m := _TEKS.match(s):
            mo = BULAN.get(m[2])
            if mo is None:
                return None
            d, y = int(m[1]), _tahun4(m[3])
        else:
            return None
        jam = (
            (int(m[4] or 0), int(m[5] or 0), int(m[6] or 0))
            if m.lastindex and m.lastindex >= 4
            else (0, 0, 0)
        )
        return datetime(y, mo, d, *jam)
    except ValueError:
        return None


def _hari_dulu(nilai: pd.Series) -> bool:
    """Day-first (Indonesian 20/11/2025) unless the column proves month-first (11/20/2025)."""
    for v in nilai:
        if isinstance(v, str) and (m := _DMY.match(v.strip())):
            if int(m[1]) > 12:
                return True
            if int(m[2]) > 12:
                return False
    return True


def waktu(nilai: pd.Series, hari_ini: date, boleh_depan: bool = False) -> Hasil:
    """Date-times: 2025-11-20 [08:15], 20/11/2025, 20 November 2025, Excel serial, XLSX dates.
    A date after today is refused unless `boleh_depan` (plans, project end dates)."""
    hari_dulu = _hari_dulu(nilai)
    out: list = []
    err: dict[int, str] = {}
    for i, v in zip(nilai.index, nilai):
        if kosong(v):
            out.append(None)
            continue
        w = _satu_waktu(v, hari_dulu)
        if w is None:
            err[i] = "kd_e_tanggal"
        elif w.year < 1990:
            err[i] = "kd_e_tanggal_lama"
        elif not boleh_depan and w.date() > hari_ini:
            err[i] = "kd_e_tanggal_depan"
        else:
            out.append(w)
            continue
        out.append(None)
    return out, err


def tanggal(nilai: pd.Series, hari_ini: date, boleh_depan: bool = False) -> Hasil:
    out, err = waktu(nilai, hari_ini, boleh_depan)
    return [w.date() if w is not None else None for w in out], err


def jam(nilai: pd.Series) -> Hasil:
    """Times of day: 08:15, 8.15, 08:15:30, or an Excel fraction of a day."""
    out: list = []
    err: dict[int, str] = {}
    for i, v in zip(nilai.index, nilai):
        if kosong(v):
            out.append(None)
        elif isinstance(v, time):
            out.append(v)
        elif isinstance(v, datetime):
            out.append(v.time())
        elif isinstance(v, float) and 0 <= v < 1:
            s = round(v * 86400)
            out.append(time(s // 3600, s % 3600 // 60, s % 60))
        elif m := re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?", str(v).strip()):
            try:
                out.append(time(int(m[1]), int(m[2]), int(m[3] or 0)))
            except ValueError:
                err[i] = "kd_e_jam"
                out.append(None)
        else:
            err[i] = "kd_e_jam"
            out.append(None)
    return out, err


def bulan(nilai: pd.Series, hari_ini: date) -> Hasil:
    """Months as their first day: 2025-11, 11/2025, November 2025, Nov-25, or any date in it."""
    out: list = []
    err: dict[int, str] = {}
    for i, v in zip(nilai.index, nilai):
        if kosong(v):
            out.append(None)
            continue
        d: date | None = None
        s = str(v).strip().lower() if isinstance(v, str) else ""
        if s and (m := re.fullmatch(r"(\d{4})[-/.](\d{1,2})", s)):
            y, mo = int(m[1]), int(m[2])
        elif s and (m := re.fullmatch(r"(\d{1,2})[-/.](\d{4})", s)):
            y, mo = int(m[2]), int(m[1])
        elif s and (m := re.fullmatch(r"([a-z]+)\.?[\s-]+(\d{2}|\d{4})", s)):
            y, mo = _tahun4(m[2]), BULAN.get(m[1], 0)
        else:
            w = _satu_waktu(v, True)
            y, mo = (w.year, w.month) if w else (0, 0)
        if 1 <= mo <= 12 and 1990 <= y:
            d = date(y, mo, 1)
        if d is None:
            err[i] = "kd_e_bulan"
        elif d > hari_ini:
            err[i] = "kd_e_tanggal_depan"
        else:
            out.append(d)
            continue
        out.append(None)
    return out, err


def nomor_bulan(v: object) -> int | None:
    """A month column next to a year column: 11, '11', 'November', 'Nov'."""
    s = teks(v)
    if s is None:
        return None
    if re.fullmatch(r"\d{1,2}(\.0+)?", s):
        n = int(float(s))
        return n if 1 <= n <= 12 else None
    return BULAN.get(s.lower().rstrip("."))


_YA = {"ya", "y", "yes", "true", "1", "benar", "aktif", "v", "x"}
_TIDAK = {"tidak", "t", "no", "n", "false", "0", "salah", "nonaktif", "tidak aktif"}


def ya_tidak(v: object) -> bool | None:
    s = (teks(v) or "").lower()
    if s in _YA:
        return True
    if s in _TIDAK:
        return False
    return None
