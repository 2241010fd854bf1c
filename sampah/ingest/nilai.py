"""Parse raw cells: numbers in Indonesian or English style, dates in the forms DLH files use, months,
years and yes/no. A column is parsed as a whole, because '1.830' means 1830 in a column that also
holds '2.500,75' and 1.83 in one that holds '7.67'.

Each parser returns (values, errors): values aligned with the input, errors {row index: key}.
A monthly export of a million deposits holds a few hundred distinct dates, bank sampah and prices,
so every parser reads each distinct cell once (`Terurai`), and the plain forms that make up almost all
of a clean file (1234.5, 2025-11-20 08:15:00, ASCII text) are parsed in bulk by Arrow; only the
other distinct cells go through the per-cell rules below, which decide every case.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute  # noqa: F401 - pa.compute

from sampah.ingest.kata import BULAN, TIDAK, YA

_EXCEL_NOL = date(1899, 12, 30)
_SERIAL = (20000, 80000)  # Excel serials of 1954..2119: anything else is not a date

Hasil = tuple[list, dict[int, str]]


_KOSONG_TEKS = ("", "-", "–", "—", "nan", "NaN", "NULL", "null", "None")


def kosong(v: object) -> bool:
    if v is None:
        return True
    if isinstance(v, float) and math.isnan(v):
        return True
    return isinstance(v, str) and v.strip() in _KOSONG_TEKS


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


# ---- distinct cells ----------------------------------------------------------------------------


@dataclass
class Terurai:
    """A parsed column. Row r holds distinct cell `kode[r]` (-1: an empty cell); `nilai[j]` is the
    parsed value of distinct cell j (NaN/NaT/None when empty or refused), `salah[j]` why it was
    refused. `objek` gives the values as Python objects, `seri` as a typed Series."""

    index: pd.Index
    kode: np.ndarray
    nilai: np.ndarray | pd.api.extensions.ExtensionArray
    salah: dict[int, str]
    ke_objek: Callable[[np.ndarray], list]

    def galat(self) -> dict[int, str]:
        baris, alasan = self.galat_larik()
        return dict(zip(self.index.to_numpy()[baris].tolist(), alasan.tolist()))

    def galat_larik(self) -> tuple[np.ndarray, np.ndarray]:
        """(positions of the refused rows, their reasons) as arrays: a dict of millions of rows
        costs a hundred bytes a row, these nine."""
        if not self.salah:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=object)
        kode_salah = np.fromiter(self.salah, dtype=np.int64)
        baris = np.flatnonzero(np.isin(self.kode, kode_salah))
        ke = np.full(int(max(kode_salah.max(), self.kode.max(initial=0))) + 1, -1, dtype=np.int64)
        ke[kode_salah] = np.arange(len(kode_salah))
        return baris, np.array(list(self.salah.values()), dtype=object)[ke[self.kode[baris]]]

    def objek(self) -> list:
        isi = np.empty(len(self.nilai) + 1, dtype=object)
        isi[:-1] = self.ke_objek(self.nilai)
        isi[-1] = None
        return isi[self.kode].tolist()

    def seri(self) -> pd.Series:
        if self.nilai.dtype == object:
            return pd.Series(self.objek(), index=self.index, dtype=object)
        kosong_ = np.array(
            [np.nan if self.nilai.dtype.kind == "f" else np.datetime64("NaT")], dtype=self.nilai.dtype
        )
        return pd.Series(np.concatenate([self.nilai, kosong_])[self.kode], index=self.index)

    def teks(self) -> pd.Series:
        """Text values without a Python object per row: a category per distinct value (matching
        and loading read the few categories), or Arrow text when nearly every cell differs."""
        if isinstance(self.nilai, pd.api.extensions.ExtensionArray):
            if len(self.nilai) < len(self.kode):  # folded: the codes over the distinct cells, no copy
                return pd.Series(
                    pd.Categorical.from_codes(self.kode, pd.Index(self.nilai, dtype="str")), index=self.index
                )
            if _sendiri(self.kode) and bool(pd.isna(self.nilai)[self.kode < 0].all()):
                return pd.Series(self.nilai, index=self.index)  # a cell per row: the column as it is
            return pd.Series(self.nilai.take(self.kode, allow_fill=True), index=self.index)
        kode_nilai, kategori = pd.factorize(pd.Series(self.nilai, dtype=object), use_na_sentinel=True)
        kode = np.append(kode_nilai, -1)[self.kode]  # an empty cell (-1) stays empty
        return pd.Series(pd.Categorical.from_codes(kode, pd.Index(kategori, dtype="str")), index=self.index)

    def hasil(self) -> Hasil:
        return self.objek(), self.galat()


def _sendiri(kode: np.ndarray) -> bool:
    """Does every row point at its own cell (an unfolded column: -1 only for its empty cells)?"""
    ada = kode >= 0
    return bool((kode[ada] == np.flatnonzero(ada)).all())


def unik(nilai: pd.Series) -> tuple[np.ndarray, pd.Series, np.ndarray]:
    """(row -> distinct cell, the distinct cells, how often each occurs), in order of appearance.
    Only text columns are folded: in a mixed column 1, 1.0 and True compare equal but differ here."""
    if isinstance(nilai.dtype, pd.CategoricalDtype):  # already coded (a parsed text column)
        kode, u = nilai.cat.codes.to_numpy(dtype=np.int64), pd.Series(nilai.cat.categories)
        return kode, u, np.bincount(kode[kode >= 0], minlength=len(u))
    teks_ = pd.api.types.infer_dtype(nilai, skipna=True) in ("string", "empty")
    if teks_ and not _hampir_unik(nilai):
        kode, u = pd.factorize(nilai, use_na_sentinel=True)
        u = pd.Series(np.asarray(u, dtype=object) if u.dtype == object else u)
    elif teks_:  # a ticket number or a timestamp per row: folding would only cost time
        kode = np.where(nilai.isna().to_numpy(), -1, np.arange(len(nilai)))
        u = nilai.reset_index(drop=True)
    else:
        kode = np.arange(len(nilai))
        u = pd.Series(np.asarray(nilai, dtype=object), dtype=object)
        for j in np.flatnonzero(pd.isna(u).to_numpy()):  # None/NaN cells stay empty
            kode[j] = -1
    kode = np.asarray(kode, dtype=np.int64)
    return kode, u, np.bincount(kode[kode >= 0], minlength=len(u))


def _hampir_unik(nilai: pd.Series, contoh: int = 4096) -> bool:
    """Are (nearly) all cells of a long column different? Judged on its first cells."""
    if len(nilai) < 4 * contoh:
        return False
    awal = nilai.iloc[:contoh].dropna()
    return len(awal) > 0 and awal.nunique() > 0.5 * len(awal)


def _pola(u: pd.Series, pola: str) -> np.ndarray:
    """Distinct cells that are text matching `pola` in full (Arrow's regex engine, in bulk)."""
    if not len(u):
        return np.zeros(0, dtype=bool)
    if u.dtype != object:
        return u.str.fullmatch(pola).to_numpy(dtype=bool, na_value=False).copy()
    rx = re.compile(pola)  # patterns are ASCII-only ([0-9], [!-~]): both engines agree
    cocok = (isinstance(x, str) and rx.fullmatch(x) is not None for x in u)
    return np.fromiter(cocok, dtype=bool, count=len(u))


# a printable ASCII character that no empty-cell marker has: such a cell is not empty
_BUKAN_KOSONG = "[" + "".join(re.escape(chr(c)) for c in range(33, 127) if chr(c) not in "-nNaULloeu") + "]"


def kosong_unik(u: pd.Series) -> np.ndarray:
    """`kosong` of every distinct cell; cells with e.g. a digit are decided in bulk."""
    out = np.zeros(len(u), dtype=bool)
    if u.dtype != object and len(u):
        mungkin = ~u.str.contains(_BUKAN_KOSONG, regex=True).to_numpy(dtype=bool, na_value=False)
    else:
        mungkin = np.ones(len(u), dtype=bool)
    for j in np.flatnonzero(mungkin):
        out[j] = kosong(u.iat[j])
    return out


def per_sel(nilai: pd.Series, fungsi: Callable[[object], tuple[object, str | None]]) -> Terurai:
    """Parse each distinct non-empty cell with `fungsi` -> (value, error key or None)."""
    kode, u, _ = unik(nilai)
    isi = np.empty(len(u), dtype=object)
    salah: dict[int, str] = {}
    for j, v in enumerate(u):
        if kosong(v):
            isi[j] = None
            continue
        isi[j], e = fungsi(v)
        if e:
            salah[j] = e
    return Terurai(nilai.index, kode, isi, salah, list)


# ---- numbers (continued) -------------------------------------------------------------------------

_POLOS = {"en": r"-?[0-9]+(\.[0-9]+)?", "id": r"-?[0-9]+(,[0-9]+)?"}  # plain numbers: no thousands, no units


def _gaya_unik(u: pd.Series) -> np.ndarray:
    """`_gaya` of every distinct cell ('id', 'en' or None); plain decimals are decided in bulk."""
    out = np.full(len(u), None, dtype=object)
    polos = _pola(u, r"-?[0-9]+([.,][0-9]+)?")
    for j in np.flatnonzero(~polos):
        v = u.iat[j]
        if isinstance(v, str):
            out[j] = _gaya(_bersih_angka(v))
    j_polos = np.flatnonzero(polos)
    if len(j_polos):  # one separator at most: a decimal mark unless 3 digits follow a non-zero
        s = u.iloc[j_polos].astype("str").str.lstrip("-")
        titik = s.str.find(".").to_numpy(dtype=np.int64)
        koma = s.str.find(",").to_numpy(dtype=np.int64)
        pos = np.maximum(titik, koma)
        desimal = s.str.len().to_numpy(dtype=np.int64) - pos - 1
        nol = (pos == 1) & s.str.startswith("0").to_numpy(dtype=bool)
        pilih = (pos >= 0) & ((desimal != 3) | nol)
        out[j_polos[pilih]] = np.where(koma[pilih] >= 0, "id", "en")
    return out


def _suara(gaya: np.ndarray, n: np.ndarray) -> str | None:
    suara = {g: int(n[gaya == g].sum()) for g in ("id", "en")}
    if suara["id"] == suara["en"]:
        return None
    return "id" if suara["id"] > suara["en"] else "en"


Unik = tuple[np.ndarray, pd.Series, np.ndarray]  # what `unik` returns


def gaya_kolom(nilai: pd.Series, pra: Unik | None = None) -> str | None:
    """The number style a column proves, by majority of its unambiguous cells."""
    _, u, n = pra or unik(nilai)
    return _suara(_gaya_unik(u), n)


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


def _angka1(v: object, gaya: str) -> tuple[float | None, str | None]:
    """One non-empty cell as a number, or the reason it is not one."""
    if isinstance(v, bool):
        return None, "kd_e_bukan_angka"
    if isinstance(v, int | float):
        x = float(v)
    else:
        s = str(v).strip()
        if s.startswith(("=", "+=", "@")):
            return None, "kd_e_rumus"
        s = _bersih_angka(s)
        if re.fullmatch(r"[+-]?\d+(\.\d+)?[eE][+-]?\d+", s):
            x = float(s)  # 1.5E+3 as Excel writes large numbers into CSV
        elif not _ANGKA.match(s):
            return None, "kd_e_bukan_angka"
        else:
            x = _ke_float(s, gaya)
            if x is None:
                return None, "kd_e_format_angka"
    if not math.isfinite(x) or abs(x) > 1e15:
        return None, "kd_e_angka_raksasa"
    return x, None


def _float_objek(x: np.ndarray) -> list:
    return [None if math.isnan(v) else v for v in x.tolist()]


def kolom_angka(
    nilai: pd.Series, gaya_file: str = "en", gaya_sendiri: str | None = "?", pra: Unik | None = None
) -> Terurai:
    """Numbers of a column in the style it proves (`gaya_sendiri`, when already counted), else
    the file's. `pra`: the column's `unik`, when already computed."""
    kode, u, n = pra or unik(nilai)
    gaya = (_suara(_gaya_unik(u), n) if gaya_sendiri == "?" else gaya_sendiri) or gaya_file
    isi = np.full(len(u), np.nan)
    polos = _pola(u, _POLOS[gaya])
    if polos.any():
        s = u[polos].astype("str")
        if gaya == "id":
            s = s.str.replace(",", ".", regex=False)
        try:
            x = s.astype("float64").to_numpy(dtype="float64")  # Arrow's parser, correctly rounded
        except (ValueError, TypeError, pa.ArrowException):
            x = s.to_numpy(dtype=object).astype("float64")  # Python's: 400 digits give inf
        isi[polos] = x
        polos[np.flatnonzero(polos)[~(np.abs(x) <= 1e15)]] = False  # huge: the rules give the reason
    salah: dict[int, str] = {}
    for j in np.flatnonzero(~polos):
        v = u.iat[j]
        isi[j] = np.nan
        if kosong(v):
            continue
        x, e = _angka1(v, gaya)
        if e:
            salah[int(j)] = e
        else:
            isi[j] = x
    return Terurai(nilai.index, kode, isi, salah, _float_objek)


def angka(nilai: pd.Series, gaya_file: str = "en") -> Hasil:
    """Numbers: 1.830,63 / 1,830.63 / Rp 12.500 / 45% / (1.250) / cells already numeric in XLSX."""
    return kolom_angka(nilai, gaya_file).hasil()


def tahun(nilai: pd.Series, hari_ini: date, boleh_depan: bool = False) -> Hasil:
    """Years: 2023, '2023', 2023.0, '2023.0'; after next year only when `boleh_depan` (targets)."""
    akhir = 2100 if boleh_depan else hari_ini.year + 1

    def satu(v: object) -> tuple[int | None, str | None]:
        m = re.fullmatch(r"(\d{4})(\.0+)?", teks(v) or "")
        if not m:
            return None, "kd_e_tahun"
        y = int(m.group(1))
        if not 1990 <= y <= akhir:
            return None, "kd_e_tahun_rentang"
        return y, None

    return per_sel(nilai, satu).hasil()


# ---- dates -----------------------------------------------------------------------------------

_ISO = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?.*)?$")
_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})(?:\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$")
_TEKS = re.compile(
    r"^(?:[a-z]+,\s*)?(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{2}|\d{4})"
    r"(?:,?\s+(?:pukul\s+)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$"
)
# ISO forms read in bulk; anything else (and any impossible date among them) goes cell by cell
_ISO_POLOS = "[0-9]{4}-[0-9]{2}-[0-9]{2}( [0-9]{2}:[0-9]{2}(:[0-9]{2})?)?"


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
    """Day-first (Indonesian 20/11/2025) unless the column proves month-first (11/20/2025).
    `nilai` may be the distinct cells: the first proving cell is the same."""
    for v in nilai:
        if isinstance(v, str) and (m := _DMY.match(v.strip())):
            if int(m[1]) > 12:
                return True
            if int(m[2]) > 12:
                return False
    return True


def _waktu_objek(x: np.ndarray) -> list:
    return [None if pd.isna(v) else v for v in pd.DatetimeIndex(x).to_pydatetime()]


def _tanggal_objek(x: np.ndarray) -> list:
    return [None if pd.isna(v) else v.date() for v in pd.DatetimeIndex(x).to_pydatetime()]


def kolom_waktu(
    nilai: pd.Series, hari_ini: date, boleh_depan: bool = False, hanya_tanggal: bool = False
) -> Terurai:
    """Date-times: 2025-11-20 [08:15], 20/11/2025, 20 November 2025, Excel serial, XLSX dates.
    A date after today is refused unless `boleh_depan` (plans, project end dates)."""
    kode, u, _ = unik(nilai)
    isi = np.full(len(u), np.datetime64("NaT"), dtype="datetime64[us]")
    sudah = np.zeros(len(u), dtype=bool)
    cocok = _pola(u, _ISO_POLOS)
    if cocok.any():
        iso = (u if cocok.all() else u[cocok]).astype("str")
        try:  # Arrow's strict ISO cast: fast, and refuses the whole batch on one impossible date
            w = pa.compute.cast(pa.array(iso.array), pa.timestamp("us")).to_numpy(zero_copy_only=False)
        except pa.ArrowInvalid:
            w = pd.to_datetime(iso, format="ISO8601", errors="coerce").to_numpy()
        isi[cocok] = w.astype("datetime64[us]")
        sudah[np.flatnonzero(cocok)[~pd.isna(w)]] = True  # an impossible date: the rules say why
    hari_dulu = _hari_dulu(u[~sudah])  # a bulk-read ISO cell never proves either order
    salah: dict[int, str] = {}
    for j in np.flatnonzero(~sudah):
        v = u.iat[j]
        if kosong(v):
            continue
        w = _satu_waktu(v, hari_dulu)
        if w is None:
            salah[int(j)] = "kd_e_tanggal"
        else:
            isi[j] = np.datetime64(w.replace(tzinfo=None), "us")
    ada = ~np.isnat(isi)
    lama = ada & (isi < np.datetime64("1990-01-01"))
    depan = ada & ~lama & (isi >= np.datetime64(hari_ini + timedelta(days=1))) & (not boleh_depan)
    for j in np.flatnonzero(lama | depan):
        salah[int(j)] = "kd_e_tanggal_lama" if lama[j] else "kd_e_tanggal_depan"
    isi[lama | depan] = np.datetime64("NaT")
    if hanya_tanggal:
        isi = isi.astype("datetime64[D]").astype("datetime64[us]")
    return Terurai(nilai.index, kode, isi, salah, _tanggal_objek if hanya_tanggal else _waktu_objek)


def waktu(nilai: pd.Series, hari_ini: date, boleh_depan: bool = False) -> Hasil:
    return kolom_waktu(nilai, hari_ini, boleh_depan).hasil()


def tanggal(nilai: pd.Series, hari_ini: date, boleh_depan: bool = False) -> Hasil:
    return kolom_waktu(nilai, hari_ini, boleh_depan, hanya_tanggal=True).hasil()


def _jam1(v: object) -> tuple[time | None, str | None]:
    if isinstance(v, time):
        return v, None
    if isinstance(v, datetime):
        return v.time(), None
    if isinstance(v, float) and 0 <= v < 1:
        s = round(v * 86400)
        return time(s // 3600, s % 3600 // 60, s % 60), None
    if m := re.fullmatch(r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?", str(v).strip()):
        try:
            return time(int(m[1]), int(m[2]), int(m[3] or 0)), None
        except ValueError:
            pass
    return None, "kd_e_jam"


def _ya_tidak1(v: object) -> tuple[bool | None, str | None]:
    y = ya_tidak(v)
    return y, None if y is not None else "kd_e_ya_tidak"


def kolom_ya_tidak(nilai: pd.Series) -> Terurai:
    return per_sel(nilai, _ya_tidak1)


def jam(nilai: pd.Series) -> Hasil:
    """Times of day: 08:15, 8.15, 08:15:30, or an Excel fraction of a day."""
    return per_sel(nilai, _jam1).hasil()


def bulan(nilai: pd.Series, hari_ini: date) -> Hasil:
    """Months as their first day: 2025-11, 11/2025, November 2025, Nov-25, or any date in it."""

    def satu(v: object) -> tuple[date | None, str | None]:
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
        if not (1 <= mo <= 12 and 1990 <= y):
            return None, "kd_e_bulan"
        d = date(y, mo, 1)
        return (None, "kd_e_tanggal_depan") if d > hari_ini else (d, None)

    return per_sel(nilai, satu).hasil()


def kolom_teks(nilai: pd.Series) -> Terurai:
    """`teks` of every cell; printable ASCII words with single spaces are already clean."""
    kode, u, _ = unik(nilai)
    bersih = _pola(u, r"[!-~]+( [!-~]+)*") & ~u.isin(_KOSONG_TEKS).to_numpy(dtype=bool)
    if (bersih | u.isna().to_numpy()).all() and u.dtype != object:  # Arrow text as it is (a ticket per row)
        return Terurai(nilai.index, kode, u.array, {}, list)
    isi = np.empty(len(u), dtype=object)
    isi[bersih] = u[bersih].to_numpy(dtype=object)
    for j in np.flatnonzero(~bersih):
        isi[j] = teks(u.iat[j])
    return Terurai(nilai.index, kode, isi, {}, list)


def nomor_bulan(v: object) -> int | None:
    """A month column next to a year column: 11, '11', 'November', 'Nov'."""
    s = teks(v)
    if s is None:
        return None
    if re.fullmatch(r"\d{1,2}(\.0+)?", s):
        n = int(float(s))
        return n if 1 <= n <= 12 else None
    return BULAN.get(s.lower().rstrip("."))


def ya_tidak(v: object) -> bool | None:
    s = (teks(v) or "").lower()
    if s in YA:
        return True
    if s in TIDAK:
        return False
    return None
