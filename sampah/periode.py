"""Reporting periods: month, quarter (triwulan), semester (SIPSN P1/P2) and year.

A period is named by a key that can travel in a URL: '2025', '2025-S2', '2025-T3', '2025-11'.
The newest period is cut at the newest data, and its comparisons are cut to the same length, so
a year-to-date figure is never set beside a whole year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from sampah import fmt

SKALA = ("tahun", "semester", "triwulan", "bulan")
_MONTHS = {"tahun": 12, "semester": 6, "triwulan": 3, "bulan": 1}
_KEY = re.compile(r"^(\d{4})(?:-(S[12]|T[1-4]|\d{2}))?$")


@dataclass(frozen=True)
class Periode:
    kunci: str
    mulai: date
    selesai: date  # cut at the newest data when the period is still running
    selesai_penuh: date  # the calendar end of the period

    @property
    def skala(self) -> str:
        return skala_dari_kunci(self.kunci)

    @property
    def berjalan(self) -> bool:
        return self.selesai < self.selesai_penuh

    def geser(self, bulan: int) -> Periode:
        """The period `bulan` months earlier (negative) or later; while this one is still running,
        cut at the same point (1 Jan - 31 Oct 2026 against 1 Jan - 31 Oct 2025)."""
        mulai = self.mulai + relativedelta(months=bulan)
        awal = date(mulai.year, mulai.month, 1)
        penuh = awal + relativedelta(months=_MONTHS[self.skala]) - timedelta(days=1)
        selesai = min(penuh, self.selesai + relativedelta(months=bulan)) if self.berjalan else penuh
        return Periode(kunci_dari(mulai, self.skala), mulai, selesai, penuh)

    def potong(self, akhir: date | None) -> Periode | None:
        """This period as far as one dataset reaches (`akhir`, its newest complete day): the same
        period when it reaches the end, None when it ends before the period starts. A cut period
        runs on (`berjalan`), so its comparisons are cut at the same point."""
        if akhir is None or akhir >= self.selesai:
            return self
        if akhir < self.mulai:
            return None
        return Periode(self.kunci, self.mulai, akhir, self.selesai_penuh)

    def dalam(self, awal: date | None, akhir: date | None) -> bool:
        """Does a dataset holding data from `awal` to `akhir` cover this whole period? A year is
        never compared with an earlier year the data covers only in part."""
        return awal is not None and akhir is not None and awal <= self.mulai and self.selesai <= akhir

    def sebelumnya(self) -> Periode:
        return self.geser(-_MONTHS[self.skala])

    def tahun_lalu(self) -> Periode:
        return self.geser(-12)


def skala_dari_kunci(kunci: str) -> str:
    m = _KEY.match(kunci)
    if not m:
        raise ValueError(f"Periode tidak sah: {kunci!r}")
    part = m.group(2)
    if part is None:
        return "tahun"
    return {"S": "semester", "T": "triwulan"}.get(part[0], "bulan")


def kunci_dari(d: date, skala: str) -> str:
    if skala == "tahun":
        return f"{d.year}"
    if skala == "semester":
        return f"{d.year}-S{(d.month - 1) // 6 + 1}"
    if skala == "triwulan":
        return f"{d.year}-T{(d.month - 1) // 3 + 1}"
    return f"{d.year}-{d.month:02d}"


def dari_kunci(kunci: str, data_akhir: date | None = None, data_mulai: date | None = None) -> Periode:
    m = _KEY.match(kunci)
    if not m:
        raise ValueError(f"Periode tidak sah: {kunci!r}")
    year, part = int(m.group(1)), m.group(2)
    skala = skala_dari_kunci(kunci)
    if skala == "tahun":
        month = 1
    elif skala == "bulan":
        month = int(part)
        if not 1 <= month <= 12:
            raise ValueError(f"Periode tidak sah: {kunci!r}")
    else:
        month = (int(part[1]) - 1) * _MONTHS[skala] + 1
    mulai = date(year, month, 1)
    penuh = mulai + relativedelta(months=_MONTHS[skala]) - timedelta(days=1)
    selesai = min(penuh, data_akhir) if data_akhir and data_akhir >= mulai else penuh
    if data_mulai and mulai < data_mulai <= selesai:
        mulai = data_mulai  # the first period holds data only from the first record on
    return Periode(kunci, mulai, selesai, penuh)


def pilihan(skala: str, data_mulai: date, data_akhir: date) -> list[str]:
    """Period keys of one scale that hold data, newest first."""
    keys: list[str] = []
    d = date(data_mulai.year, 1, 1)
    while d <= data_akhir:
        k = kunci_dari(d, skala)
        p = dari_kunci(k)
        if p.selesai_penuh >= data_mulai and k not in keys:
            keys.append(k)
        d += relativedelta(months=_MONTHS[skala])
    return keys[::-1]


def label(kunci: str, lang: str = "id") -> str:
    p = dari_kunci(kunci)
    y = p.mulai.year
    if p.skala == "tahun":
        return str(y)
    if p.skala == "semester":
        n = kunci[-1]
        return f"Semester {n} {y}" if lang == "id" else f"H{n} {y}"
    if p.skala == "triwulan":
        n = kunci[-1]
        return f"Triwulan {n} {y}" if lang == "id" else f"Q{n} {y}"
    return fmt.tanggal(p.mulai, lang, "MMMM y")
