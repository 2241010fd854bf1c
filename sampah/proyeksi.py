"""Projections at the current pace, with an honest uncertainty band.

A linear trend plus month-of-year effects (when there are two years of data) is fitted to the monthly
series by least squares. A future year's value is the mean of its twelve monthly predictions; its
band adds the uncertainty of the fitted line to the month-to-month scatter (a t interval). The band
widens the further it reaches: a straight line is an assumption, not a forecast.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd
from scipy import stats

CAKRAWALA = 2060  # beyond this a "year reached" is not worth printing


@dataclass(frozen=True)
class Garis:
    beta: np.ndarray
    cov: np.ndarray
    sigma2: float
    dof: int
    t0: pd.Timestamp
    musiman: bool

    def baris(self, bulan: pd.DatetimeIndex) -> np.ndarray:
        t = ((bulan.year - self.t0.year) * 12 + (bulan.month - self.t0.month)).to_numpy() / 12.0
        cols = [np.ones(len(bulan)), t]
        if self.musiman:
            cols += [(bulan.month == m).astype(float) for m in range(2, 13)]
        return np.column_stack(cols)

    def rata_rata(self, bulan: pd.DatetimeIndex, q: float = 0.95) -> tuple[float, float, float]:
        """Mean of the predictions for these months, with a q interval."""
        x = self.baris(bulan).mean(axis=0)
        mid = float(x @ self.beta)
        se = float(np.sqrt(x @ self.cov @ x + self.sigma2 / len(bulan)))
        h = float(stats.t.ppf(0.5 + q / 2, max(self.dof, 1))) * se
        return mid, mid - h, mid + h

    @property
    def laju_per_tahun(self) -> float:
        return float(self.beta[1])


def paskan(bulan: pd.Series, nilai: pd.Series, maks_bulan: int = 36) -> Garis | None:
    """Fit the trend to the newest `maks_bulan` full months; None when there is too little data."""
    df = pd.DataFrame({"b": pd.to_datetime(bulan), "y": pd.to_numeric(nilai, errors="coerce")})
    df = df.dropna().sort_values("b").tail(maks_bulan)
    if len(df) < 6:
        return None
    idx = pd.DatetimeIndex(df.b)
    musiman = len(df) >= 24
    g = Garis(np.zeros(0), np.zeros((0, 0)), 0.0, 0, idx[0], musiman)
    x = g.baris(idx)
    y = df.y.to_numpy()
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    dof = len(y) - x.shape[1]
    resid = y - x @ beta
    sigma2 = float(resid @ resid / max(dof, 1))
    cov = sigma2 * np.linalg.pinv(x.T @ x)
    return Garis(beta, cov, sigma2, dof, idx[0], musiman)


def _bulan_tahun(tahun: int) -> pd.DatetimeIndex:
    return pd.date_range(f"{tahun}-01-01", periods=12, freq="MS")


@dataclass(frozen=True)
class ProyeksiTarget:
    tahunan: pd.DataFrame  # tahun, tengah, bawah, atas (ratios)
    laju_per_tahun: float  # change of the ratio per year
    tercapai: int | None  # year the central line reaches the target
    tercapai_cepat: int | None  # ... the upper band (optimistic)
    tercapai_lambat: int | None  # ... the lower band (pessimistic)


def proyeksi_target(bulan: pd.Series, nilai: pd.Series, target: float, sampai: int) -> ProyeksiTarget | None:
    """Project a monthly ratio (e.g. reduction %) year by year until `sampai`, and find when it
    reaches `target` at the current pace (searched up to CAKRAWALA)."""
    g = paskan(bulan, nilai)
    if g is None:
        return None
    mulai = pd.to_datetime(bulan).max().year
    rows = [(y, *g.rata_rata(_bulan_tahun(y))) for y in range(mulai, max(sampai, mulai) + 1)]
    tahunan = pd.DataFrame(rows, columns=["tahun", "tengah", "bawah", "atas"])

    def pertama(kolom: int) -> int | None:
        for y in range(mulai, CAKRAWALA + 1):
            if g.rata_rata(_bulan_tahun(y))[kolom] >= target:
                return y
        return None

    return ProyeksiTarget(tahunan, g.laju_per_tahun, pertama(0), pertama(2), pertama(1))


def jumlah_sampai(
    bulan: pd.Series, per_hari: pd.Series, dari: date, sampai: date
) -> tuple[float, float, float] | None:
    """Total over [dari, sampai) of a daily rate (e.g. tonnes/day to the TPA) at the current pace."""
    g = paskan(bulan, per_hari)
    if g is None or sampai <= dari:
        return None
    months = pd.date_range(
        pd.Timestamp(dari).replace(day=1), pd.Timestamp(sampai), freq="MS", inclusive="left"
    )
    if len(months) == 0:
        return None
    hari = (pd.Timestamp(sampai) - pd.Timestamp(dari)).days
    mid, lo, hi = g.rata_rata(months)
    return mid * hari, lo * hari, hi * hari


# --- the Tren page's rules, kept here so that the page only lays them out --------------------------
# Jakstranas (Perpres 97/2017): reduce 30% of generation by 2025. Used when the store holds no target.
TARGET_PENGURANGAN_BAWAAN = 0.30
# RPJMN 2025-2029: the plan's last year, the nearest horizon DLH planning is asked about
TAHUN_RENCANA = 2029


def target_pengurangan(bulanan: pd.DataFrame) -> float:
    """The newest yearly reduction target in the monthly rows (ringkasan_bulanan), else Jakstranas'."""
    t = bulanan.target_pengurangan_pct.dropna()
    return float(t.iloc[-1]) if len(t) else TARGET_PENGURANGAN_BAWAAN


def tahun_target_bawaan(tahun_data: int) -> int:
    """At least four years ahead of the data, and not before the plan's last year."""
    return max(tahun_data + 4, TAHUN_RENCANA)


def psel_bawaan(psel_mulai_tahun: float | None, tahun_data: int) -> int:
    """The year waste-to-energy starts: the store's setting, else three years after the data (the
    usual time from contract to operation of a PSEL)."""
    return (
        int(psel_mulai_tahun)
        if psel_mulai_tahun is not None and not pd.isna(psel_mulai_tahun)
        else tahun_data + 3
    )


def bulan_penuh(bulanan: pd.DataFrame) -> pd.DataFrame:
    """Months whose every day lies in the range (`hari` = the month's length), so that a month
    still running or cut at the data's start does not bend a fitted line."""
    panjang = pd.to_datetime(bulanan.bulan).dt.days_in_month
    return bulanan[bulanan.hari.to_numpy() >= panjang.to_numpy()]


def laju_harian_12_bulan(penuh: pd.DataFrame, kolom: str = "ton_tpa") -> float:
    """Tonnes per day over the last twelve whole months (fewer when the data is shorter)."""
    return float((penuh[kolom] / penuh.hari).tail(12).mean())
