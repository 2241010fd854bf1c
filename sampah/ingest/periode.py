"""Periods and units as DLH files and open-data portals write them, parsed once for every dataset.

Periods: a month (2024-01, 01/2024, 202401 as text or number, Januari 2024, Jan-24, an Excel serial
or any date in it), a quarter (Triwulan I 2024, TW 1 2024, Q1 2024), a half year (Semester 1 2024,
S1 2024, P1 2024 as SIPSN names semesters). A `Periode` knows its first and last day, so a daily rate
becomes the period's total (rate x days) and a longer period can be split into its months.

Units: a mass (kg, ton, m3) and optionally a rate (per hari, per bulan, per tahun), from a unit
column ('TON PER HARI', 'Ton/Hari', 'kg', 'm³') or a header ('Timbulan (ton/hari)', 'Volume (m3)').
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import pandas as pd

from sampah.ingest.baca import Tabel
from sampah.ingest.deklarasi import Dataset, Galat, Kolom, Setelan
from sampah.ingest.nilai import BULAN, kosong, per_sel, teks, unik

_EXCEL_NOL = date(1899, 12, 30)
_ROMAWI = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_NAMA_JENIS = {"bulan": 1, "triwulan": 3, "semester": 6, "tahun": 12}


@dataclass(frozen=True)
class Periode:
    """A span of whole months (`jenis` bulan, triwulan, semester, tahun) or one day (hari)."""

    mulai: date
    akhir: date
    jenis: str

    @property
    def hari(self) -> int:
        return (self.akhir - self.mulai).days + 1

    def bulan(self) -> list[date]:
        """The first day of each month the period covers."""
        out, d = [], self.mulai
        while d <= self.akhir:
            out.append(d)
            d = (d.replace(day=28) + timedelta(days=4)).replace(day=1)
        return out

    def label(self) -> str:
        """How the import report names it: 'Januari 2024', 'Triwulan I 2024', 'Semester 2 2024'."""
        if self.jenis == "bulan":
            return f"{NAMA_BULAN[self.mulai.month - 1]} {self.mulai.year}"
        if self.jenis == "triwulan":
            return f"Triwulan {('I', 'II', 'III', 'IV')[(self.mulai.month - 1) // 3]} {self.mulai.year}"
        if self.jenis == "semester":
            return f"Semester {1 if self.mulai.month == 1 else 2} {self.mulai.year}"
        if self.jenis == "hari":
            return self.mulai.isoformat()
        return str(self.mulai.year)


NAMA_BULAN = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


def buat(tahun: int, bulan_awal: int, n_bulan: int) -> Periode:
    akhir_bulan = bulan_awal + n_bulan - 1
    akhir = date(tahun, akhir_bulan, calendar.monthrange(tahun, akhir_bulan)[1])
    jenis = {1: "bulan", 3: "triwulan", 6: "semester", 12: "tahun"}[n_bulan]
    return Periode(date(tahun, bulan_awal, 1), akhir, jenis)


def tahun_penuh(tahun: int) -> Periode:
    return buat(tahun, 1, 12)


def sehari(d: date) -> Periode:
    return Periode(d, d, "hari")


def _tahun4(y: str) -> int:
    return int(y) + 2000 if len(y) == 2 else int(y)


def _ke(s: str) -> int | None:
    """'I', 'ii', '2' -> 2."""
    return _ROMAWI.get(s) or (int(s) if s.isdigit() else None)


_TW = r"(?:triwulan|tri\s*wulan|tw|kuartal|kwartal|quarter|q)"
_SM = r"(?:semester|smt|sem|s|p)"
_NO = r"(iv|iii|ii|i|\d)"
_TH = r"(?:tahun\s+|th\.?\s*|thn\.?\s*)?(\d{4})"
_POLA = (  # (pattern, months per period); the number of the period, then the year, or the reverse
    (re.compile(rf"{_TW}\s*[-.]?\s*(?:ke\s*-?\s*)?{_NO}\s*[-/,]?\s*{_TH}"), 3, False),
    (re.compile(rf"(\d{{4}})\s*[-/ ]\s*{_TW}\s*-?\s*{_NO}"), 3, True),
    (re.compile(rf"{_SM}\s*[-.]?\s*(?:ke\s*-?\s*)?{_NO}\s*[-/,]?\s*{_TH}"), 6, False),
    (re.compile(rf"(\d{{4}})\s*[-/ ]\s*{_SM}\s*-?\s*{_NO}"), 6, True),
)


def urai1(v: object) -> Periode | None:
    """One cell as a period of whole months, or None. Dates and Excel serials give their month."""
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, datetime | date | pd.Timestamp):
        return buat(v.year, v.month, 1)
    if isinstance(v, int | float):
        if v != v or not float(v).is_integer():
            return None
        n = int(v)
        if 190001 <= n <= 210012:  # YYYYMM as a number
            return buat(n // 100, n % 100, 1) if 1 <= n % 100 <= 12 else None
        if 20000 <= n <= 80000:  # an Excel serial: the month of that day
            d = _EXCEL_NOL + timedelta(days=n)
            return buat(d.year, d.month, 1)
        return None
    s = re.sub(r"\s+", " ", str(v).replace("\xa0", " ")).strip().lower()
    try:
        return _teks1(s)
    except ValueError:  # month 13, day 32
        return None


def _teks1(s: str) -> Periode | None:
    if re.fullmatch(r"\d{5,6}(\.0+)?", s):
        return urai1(float(s))
    if m := re.fullmatch(r"(\d{4})\s*[-/.]\s*(\d{1,2})", s):
        return buat(int(m[1]), int(m[2]), 1)
    if m := re.fullmatch(r"(\d{1,2})\s*[-/.]\s*(\d{4})", s):
        return buat(int(m[2]), int(m[1]), 1)
    if (m := re.fullmatch(r"([a-z]+)\.?\s*[-/' ]?\s*'?(\d{2}|\d{4})", s)) and m[1] in BULAN:
        return buat(_tahun4(m[2]), BULAN[m[1]], 1)  # Januari 2024, Jan-24, jan'24
    if (m := re.fullmatch(r"(\d{4})\s*[-/ ]\s*([a-z]+)\.?", s)) and m[2] in BULAN:
        return buat(int(m[1]), BULAN[m[2]], 1)  # 2024 Januari
    for pola, n_bulan, tahun_dulu in _POLA:
        if m := pola.fullmatch(s):
            y, ke = (m[1], m[2]) if tahun_dulu else (m[2], m[1])
            k = _ke(ke)
            if k is None or not 1 <= k <= 12 // n_bulan:
                return None
            return buat(int(y), (k - 1) * n_bulan + 1, n_bulan)
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ t].*)?", s):  # a date: its month
        return buat(int(m[1]), date(int(m[1]), int(m[2]), int(m[3])).month, 1)
    if m := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: .*)?", s):  # 20/11/2025: its month
        return buat(int(m[3]), date(int(m[3]), int(m[2]), int(m[1])).month, 1)
    return None


def dengan_tahun(v: object, tahun: str) -> str | None:
    """A period cell without its year next to a year column: 'P1' + '2024' -> 'P1 2024'; None when
    the cell already names a year or is not a period."""
    s = teks(v)
    if not s or re.search(r"\d{4}", s):
        return None
    gabung = f"{s} {tahun}"
    return gabung if urai1(gabung) is not None else None


def kolom(nilai: pd.Series, hari_ini: date) -> tuple[list, dict[int, str]]:
    """A period column: (Periode or None per row, {row: error key})."""

    def satu(v: object) -> tuple[Periode | None, str | None]:
        p = urai1(v)
        if p is None or p.mulai.year < 1990:
            return None, "kd_e_bulan"
        return (None, "kd_e_tanggal_depan") if p.mulai > hari_ini else (p, None)

    return per_sel(nilai, satu).hasil()


# ---- units -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Satuan:
    """A mass unit (kg, ton or m3) and the span it is counted per (None: a total of the row)."""

    massa: str
    per: str | None = None

    def label(self) -> str:
        return self.massa + (f"/{self.per}" if self.per else "")


_MASSA = {
    "kg": "kg",
    "kilogram": "kg",
    "kilo": "kg",
    "kgs": "kg",
    "ton": "ton",
    "t": "ton",
    "tonnes": "ton",
    "tonne": "ton",
    "tons": "ton",
    "m3": "m3",
    "kubik": "m3",
    "meterkubik": "m3",
}
_PER = {
    "hari": "hari",
    "harian": "hari",
    "hr": "hari",
    "day": "hari",
    "daily": "hari",
    "bulan": "bulan",
    "bln": "bulan",
    "bulanan": "bulan",
    "month": "bulan",
    "tahun": "tahun",
    "thn": "tahun",
    "th": "tahun",
    "tahunan": "tahun",
    "year": "tahun",
    "yr": "tahun",
    "annual": "tahun",
}


def _token(s: str) -> list[str]:
    s = s.lower().replace("³", "3").replace("meter kubik", "meterkubik").replace("m^3", "m3")
    return [x for x in re.split(r"[^a-z0-9]+", s) if x]


def satuan_sel(v: object) -> Satuan | None:
    """A unit cell: 'TON PER HARI', 'Ton/Hari', 'kg', 'm³/hari', 'tpd'; None when not a unit."""
    bagian = [x for x in _token(str(v)) if x not in ("per", "dalam", "satuan")]
    if bagian == ["tpd"]:
        return Satuan("ton", "hari")
    if not bagian or bagian[0] not in _MASSA or len(bagian) > 2:
        return None
    if len(bagian) == 1:
        return Satuan(_MASSA[bagian[0]])
    per = _PER.get(bagian[1])
    return Satuan(_MASSA[bagian[0]], per) if per else None


def satuan_header(h: object) -> Satuan | None:
    """The unit a header names: 'Netto (ton)' -> ton; 'Timbulan Sampah Harian(ton)' -> ton/hari;
    'Produksi (TON PER HARI)' -> ton/hari. A rate word counts only beside a mass unit."""
    bagian = _token(str(h))
    massa = [_MASSA[x] for x in bagian if x in _MASSA and x not in ("t", "kilo")]
    if not massa:
        return None
    per = next((_PER[x] for x in bagian if x in _PER and x not in ("th", "hr")), None)
    return Satuan(massa[-1], per)


def faktor_waktu(per: str | None, p: Periode | None) -> float | None:
    """How many `per` (hari, bulan, tahun) the row's period holds; None when the row has none."""
    if per is None:
        return 1.0
    if p is None:
        return None
    if per == "hari":
        return float(p.hari)
    if per == "bulan":
        if p.jenis != "hari":
            return float(len(p.bulan()))
        return p.hari / calendar.monthrange(p.mulai.year, p.mulai.month)[1]
    return p.hari / (366.0 if calendar.isleap(p.mulai.year) else 365.0)


# ---- weights into the column's unit --------------------------------------------------------------


class Berat:
    """Weight columns of one file into their declared unit (`Kolom.satuan`, a total of the row's
    period, or a rate per `Kolom.laju`). The unit comes from the header, else the unit column, else
    the declaration; m3 is converted with the density setting (an estimate); a rate becomes the
    period's total with the days stated in the report."""

    def __init__(
        self,
        ds: Dataset,
        tabel: Tabel,
        out: pd.DataFrame,
        galat: Galat,
        setelan: Setelan,
        h_satuan: str | None,
    ) -> None:
        self.ds, self.tabel, self.out, self.galat, self.setelan = ds, tabel, out, galat, setelan
        self.h_satuan = h_satuan
        self._rentang: list[Periode | None] | None = None

    def rentang(self) -> list[Periode | None]:
        """The period of each row, from its month/period, date or year column (parsed before)."""
        if self._rentang is None:
            n = len(self.out)
            r: list[Periode | None] = [None] * n
            for jenis in ("tahun", "bulan", "waktu", "tanggal"):  # the narrowest wins
                for k in self.ds.kolom:
                    if k.jenis != jenis or k.nama not in self.out:
                        continue
                    for j, v in enumerate(self.out[k.nama].tolist()):
                        p = _rentang1(v, jenis)
                        if p is not None:
                            r[j] = p
            self._rentang = r
        return self._rentang

    def _satuan(self, k: Kolom, h: str) -> tuple[np.ndarray, list[Satuan | None]]:
        """Per row, the index into a list of units (None: a unit cell that is not a unit)."""
        n = len(self.out)
        bawaan = Satuan(k.satuan, k.laju)
        dari = _per_bawaan(satuan_header(h), k.laju)
        if dari is not None or self.h_satuan is None:
            return np.zeros(n, dtype=np.int64), [dari or bawaan]
        kode, u, _ = unik(self.tabel.data[self.h_satuan])
        daftar = [bawaan if kosong(v) else _per_bawaan(satuan_sel(v), k.laju) for v in u] + [bawaan]
        kode = np.where(kode < 0, len(daftar) - 1, kode)
        for r in np.flatnonzero([daftar[j] is None for j in kode]):
            i = self.out.index[r]
            self.galat.setdefault(i, []).append(
                ("kd_e_satuan_asing", {"kolom": self.h_satuan, "_kol": "satuan", "nilai": u.iat[kode[r]]})
            )
        return kode, daftar

    def ubah(self, k: Kolom, h: str, x: np.ndarray, e: dict) -> np.ndarray:
        kode, daftar = self._satuan(k, h)
        if len(daftar) == 1 and daftar[0] == Satuan(k.satuan, k.laju):
            return x  # the common case: already in the column's unit
        f = np.ones(len(x))
        for j, s in enumerate(daftar):
            baris = np.flatnonzero(kode == j)
            if s is None or not len(baris):
                continue
            f[baris] *= self._massa(s.massa, k.satuan, h, len(baris))
            if s.per != k.laju:
                self._waktu(k, h, s, baris, f, e)
        return x * f

    def _massa(self, dari: str, ke: str, h: str, n: int) -> float:
        if dari == ke:
            return 1.0
        if dari == "m3":
            rho = self.setelan.kepadatan_kg_m3
            self.tabel.catatan.append(
                (
                    "kd_c_m3",
                    {
                        "kolom": h,
                        "n": n,
                        "ke": ke,
                        "kepadatan": f"{rho:g}",
                        "sumber": self.setelan.kepadatan_sumber,
                    },
                )
            )
            return rho / (1000.0 if ke == "ton" else 1.0)
        return {("ton", "kg"): 1000.0, ("kg", "ton"): 0.001}[(dari, ke)]

    def _waktu(self, k: Kolom, h: str, s: Satuan, baris: np.ndarray, f: np.ndarray, e: dict) -> None:
        """A rate per day/month/year times the row's period (or a total divided, for a rate column)."""
        rentang = self.rentang()
        rincian: dict[str, str] = {}
        for r in baris:
            p = rentang[r]
            a, b = faktor_waktu(s.per, p), faktor_waktu(k.laju, p)
            if a is None or b is None or p is None:
                e[self.out.index[r]] = "kd_e_laju_tanpa_periode"
                f[r] = np.nan
                continue
            f[r] *= a / b
            if len(rincian) < 6 and p.label() not in rincian:
                rincian[p.label()] = f"{p.label()}: {p.hari} hari"
        if rincian:
            ke = Satuan(k.satuan, k.laju)
            self.tabel.catatan.append(
                (
                    "kd_c_laju",
                    {
                        "kolom": h,
                        "dari": s.label(),
                        "ke": ke.label() if k.laju else f"{k.satuan} per periode",
                        "rincian": "; ".join(rincian.values()) + ("; ..." if len(rincian) == 6 else ""),
                    },
                )
            )


def _per_bawaan(s: Satuan | None, laju: str | None) -> Satuan | None:
    """A unit that names no span ('ton') is counted per the column's own span."""
    return Satuan(s.massa, laju) if s is not None and s.per is None else s


def _rentang1(v: object, jenis: str) -> Periode | None:
    if v is None or (isinstance(v, float) and v != v) or v is pd.NaT:
        return None
    if jenis == "bulan":
        return v if isinstance(v, Periode) else None
    if jenis == "tahun":
        return tahun_penuh(int(v))
    if isinstance(v, pd.Timestamp | datetime):
        return sehari(v.date())
    return sehari(v) if isinstance(v, date) else None
