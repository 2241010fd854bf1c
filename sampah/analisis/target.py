"""Targets as data and the path to them.

Each target row (queries/target_acuan.sql: Jakstranas 2025, RPJMN 2029, the city's Jakstrada) gives
one goal per measure: pengurangan, penanganan or terkelola as a share of estimated generation.
For each goal: the level now (the newest 12 whole months), the yearly change needed to reach it by
the end of its year, the year it is reached at the current pace (the trend of sampah.proyeksi over
the monthly series), and the year it is reached under a planner's scenario.

A scenario adds diverted tonnes from the year after the newest data on: more active bank sampah
units (each diverting what an active unit diverts now), more TPS 3R capacity in t/day, and a share
of the organic waste composted. The added tonnes come out of the waste not yet diverted in the
proportions it has now (landfilled vs not managed): so pengurangan rises by all of it, penanganan
falls by the landfilled part and terkelola rises by the part that was not managed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from sampah import proyeksi

UKURAN = ("pengurangan", "penanganan", "terkelola")
KOLOM = {u: f"persen_{u}" for u in UKURAN}
HARI_TAHUN = 365.25


@dataclass(frozen=True)
class Sasaran:
    acuan: str  # Jakstranas | RPJMN | Jakstrada
    tahun: int
    ukuran: str  # pengurangan | penanganan | terkelola
    nilai: float  # ratio, 0.30 = 30%
    nasional: bool
    sumber: str


def daftar_sasaran(target: pd.DataFrame) -> list[Sasaran]:
    """The goals of the target rows: every national row, and of the city's own rows the last year
    of its plan (Jakstrada). One goal per measure a row sets."""
    out = []
    kota = target[~target.nasional.astype(bool)]
    pilih = pd.concat([target[target.nasional.astype(bool)], kota[kota.tahun == kota.tahun.max()]])
    for r in pilih.itertuples(index=False):
        for u in UKURAN:
            v = getattr(r, u)
            if v is not None and pd.notna(v):
                sumber = "" if r.sumber is None or pd.isna(r.sumber) else str(r.sumber)
                out.append(Sasaran(str(r.acuan), int(r.tahun), u, float(v), bool(r.nasional), sumber))
    return out


def bulan_penuh(bulanan: pd.DataFrame) -> pd.DataFrame:
    """Whole months with an estimate of generation (a partial month would bend the trend)."""
    return bulanan[(bulanan.hari >= 28) & bulanan.timbulan_ton.notna()].sort_values("bulan")


def jendela(bulanan: pd.DataFrame, n: int = 12) -> tuple[date, date] | None:
    """The newest `n` whole months with an estimate of generation: the window of "now"."""
    b = bulan_penuh(bulanan).tail(n)
    if b.empty:
        return None
    return pd.Timestamp(b.bulan.iloc[0]).date(), (
        pd.Timestamp(b.bulan.iloc[-1]) + pd.offsets.MonthEnd(0)
    ).date()


@dataclass(frozen=True)
class Kini:
    """The balance of the window of "now", in tonnes per year."""

    dari: date
    sampai: date
    timbulan: float
    diversi: float
    tpa: float
    bank_sampah: float
    nilai: dict[str, float]  # measure -> ratio

    @property
    def tak_terkelola(self) -> float:
        return max(self.timbulan - self.diversi - self.tpa, 0.0)


def kini(baris: pd.Series, dari: date, sampai: date) -> Kini | None:
    """From the whole-period row of queries/neraca_periode.sql over [dari, sampai]."""
    if baris is None or pd.isna(baris.timbulan_ton) or not baris.timbulan_ton:
        return None
    skala = HARI_TAHUN / float(baris.hari)  # to tonnes per year
    return Kini(
        dari=dari,
        sampai=sampai,
        timbulan=float(baris.timbulan_ton) * skala,
        diversi=float(baris.ton_diversi) * skala,
        tpa=float(baris.ton_tpa) * skala,
        bank_sampah=float(baris.ton_bank_sampah) * skala,
        nilai={u: float(baris[KOLOM[u]]) for u in UKURAN},
    )


@dataclass(frozen=True)
class Skenario:
    tambah_unit: int = 0  # more active bank sampah units
    tps3r_ton_hari: float = 0.0  # more TPS 3R capacity
    kompos_porsi: float = 0.0  # share of the organic waste composted (a level, not an increment)

    @property
    def kosong(self) -> bool:
        return self.tambah_unit == 0 and self.tps3r_ton_hari == 0 and self.kompos_porsi == 0


def tambahan_ton(
    sk: Skenario,
    ton_per_unit_tahun: float,
    timbulan_tahun: float,
    porsi_organik: float,
    kompos_kini_tahun: float,
) -> dict[str, float]:
    """Tonnes per year each lever adds. Composting counts only above what is composted now."""
    return {
        "bank_sampah": sk.tambah_unit * ton_per_unit_tahun,
        "tps3r": sk.tps3r_ton_hari * HARI_TAHUN,
        "kompos": max(sk.kompos_porsi * porsi_organik * timbulan_tahun - kompos_kini_tahun, 0.0),
    }


def dampak(ton_tambahan: float, k: Kini) -> dict[str, float]:
    """Change of each measure (ratio) when `ton_tambahan` more tonnes a year are diverted."""
    tersedia = k.tpa + k.tak_terkelola  # what is not diverted yet
    e = min(max(ton_tambahan, 0.0), tersedia)
    porsi_tpa = k.tpa / tersedia if tersedia > 0 else 1.0
    return {
        "pengurangan": e / k.timbulan,
        "penanganan": -e * porsi_tpa / k.timbulan,
        "terkelola": e * (1 - porsi_tpa) / k.timbulan,
    }


@dataclass(frozen=True)
class Jalur:
    sasaran: Sasaran
    kini: float | None  # level now (ratio)
    perlu_per_tahun: float | None  # change per year needed to reach it by the end of its year
    laju_per_tahun: float | None  # change per year at the current pace (trend)
    tercapai: int | None  # year reached at the current pace (None: not before proyeksi.CAKRAWALA)
    tercapai_skenario: int | None
    status: str  # sudah | lewat (deadline passed) | berjalan | tanpa_data


def _tahunan(g: proyeksi.Garis, tahun: int) -> float:
    return g.rata_rata(pd.date_range(f"{tahun}-01-01", periods=12, freq="MS"))[0]


def tahun_tercapai(g: proyeksi.Garis | None, target: float, mulai: int, tambah: float = 0.0) -> int | None:
    """First year from `mulai` whose projected yearly mean (plus `tambah` from the year after
    `mulai`) reaches `target`; None before proyeksi.CAKRAWALA."""
    if g is None:
        return None
    for y in range(mulai, proyeksi.CAKRAWALA + 1):
        if _tahunan(g, y) + (tambah if y > mulai else 0.0) >= target:
            return y
    return None


def jalur(s: Sasaran, bulanan: pd.DataFrame, k: Kini | None, delta: dict[str, float], akhir: date) -> Jalur:
    """The path to one goal from monthly data whose newest day is `akhir`."""
    if k is None:
        return Jalur(s, None, None, None, None, None, "tanpa_data")
    now = k.nilai[s.ukuran]
    b = bulan_penuh(bulanan)
    g = proyeksi.paskan(b.bulan, b[KOLOM[s.ukuran]])
    sisa_tahun = (date(s.tahun, 12, 31) - akhir).days / HARI_TAHUN
    perlu = (s.nilai - now) / sisa_tahun if sisa_tahun > 0 and now < s.nilai else None
    tambah = delta.get(s.ukuran, 0.0)
    if now >= s.nilai:
        tercapai = tercapai_sk = akhir.year
        status = "sudah"
    else:
        tercapai = tahun_tercapai(g, s.nilai, akhir.year)
        tercapai_sk = tahun_tercapai(g, s.nilai, akhir.year, tambah)
        status = "lewat" if sisa_tahun <= 0 else "berjalan"
    return Jalur(s, now, perlu, g.laju_per_tahun if g else None, tercapai, tercapai_sk, status)


def proyeksi_tahunan(bulanan: pd.DataFrame, ukuran: str, sampai: int, tambah: float = 0.0) -> pd.DataFrame:
    """Projected yearly means of a measure from the newest data's year to `sampai`, with and
    without the scenario's change (from the year after the newest data)."""
    b = bulan_penuh(bulanan)
    g = proyeksi.paskan(b.bulan, b[KOLOM[ukuran]])
    if g is None:
        return pd.DataFrame(columns=["tahun", "proyeksi", "skenario"])
    mulai = pd.Timestamp(b.bulan.max()).year
    rows = [(y, _tahunan(g, y)) for y in range(mulai, max(sampai, mulai) + 1)]
    df = pd.DataFrame(rows, columns=["tahun", "proyeksi"])
    df["skenario"] = df.proyeksi + [tambah if y > mulai else 0.0 for y in df.tahun]
    return df
