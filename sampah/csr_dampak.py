"""What CSR/TJSLP projects changed: extra bank sampah deposits in a project's kelurahan, its cost
per tonne, and the kelurahan-level estimate with its uncertainty. Pure: DataFrames in, results out.

The method is a difference-in-differences by imputation (Borusyak, Jaravel and Spiess 2024), which
stays right when projects start in different months and their effects differ:

1. Panel: deposit tonnes per kelurahan and month (queries/csr_panel.sql), outcome y = ln(tonnes);
   months with no deposit at all are left out of the fit (ln 0 is undefined).
2. A kelurahan is *treated* from the month after its first environment-sector project started
   (queries/csr_proyek_lingkungan.sql); the start month itself is only partly treated and is left
   out of the fit and of the average. Kelurahan without a project, and the months of project
   kelurahan before their start, are the comparison.
3. Fit y = a_kelurahan + g_month by least squares on the comparison observations only, so that
   the month effects g follow the kelurahan without a project and a_k is a project kelurahan's
   own level before its start.
4. For every treated kelurahan-month, the deposit without the project is exp(a_k + g_t) (times
   Duan's smearing factor in tonnes); the effect is y - (a_k + g_t). Its average over treated
   kelurahan-months is the estimate, in log points; exp(.) - 1 is the percent change.
5. Uncertainty: a bootstrap over kelurahan (whole kelurahan are resampled with their months, so
   month-to-month correlation inside a kelurahan is kept); the 95% interval is the 2.5-97.5
   percentiles of the re-estimates.

Tonnes and cost per tonne, without double counting: the extra tonnes of a kelurahan-month are the
observed deposits minus the deposits expected without a project; they are already part of the bank
sampah totals (never added on top). When several projects in one kelurahan have started by a month,
that month's extra tonnes are split among them in proportion to their realised Rupiah (equally when
none has realised spending), so each tonne is claimed once. Cost per tonne = realised Rp / extra
tonnes attributed to the project, shown only when the extra tonnes are positive.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

BULAN_SEBELUM_MIN = 3  # a project kelurahan needs this many comparison months before its start
ULANGAN_BOOTSTRAP = 400
BENIH = 20240601  # fixed: the same data gives the same interval on every page load
EVENT_MIN, EVENT_MAX = -12, 24
PER = "nasabah_aktif"  # outcome scale: deposits per registered nasabah of the active units

# Student t 97.5% quantiles for 1..30 degrees of freedom (the interval uses df = project kelurahan - 1,
# a small-sample correction: with few project kelurahan a normal interval is too narrow)
_T975 = (
    12.706,
    4.303,
    3.182,
    2.776,
    2.571,
    2.447,
    2.365,
    2.306,
    2.262,
    2.228,
    2.201,
    2.179,
    2.160,
    2.145,
    2.131,
    2.120,
    2.110,
    2.101,
    2.093,
    2.086,
    2.080,
    2.074,
    2.069,
    2.064,
    2.060,
    2.056,
    2.052,
    2.048,
    2.045,
    2.042,
)


def t_975(df: int) -> float:
    """The 97.5% quantile of Student's t (table to 30, Cornish-Fisher expansion beyond)."""
    if df <= len(_T975):
        return _T975[max(df, 1) - 1]
    z = 1.959964
    return z + (z**3 + z) / (4 * df) + (5 * z**5 + 16 * z**3 + 3 * z) / (96 * df**2)


@dataclass(frozen=True)
class Dampak:
    """The kelurahan-level estimate of how much project kelurahan changed their deposits."""

    efek_log: float  # average effect on ln(tonnes) over treated kelurahan-months
    bawah_log: float  # 95% bootstrap interval
    atas_log: float
    se_log: float  # bootstrap standard deviation
    kelurahan_proyek: int  # project kelurahan used in the estimate
    kelurahan_banding: int  # kelurahan without a project
    bulan_sesudah: int  # treated kelurahan-months averaged
    ton_tambahan: float  # extra tonnes in project kelurahan (from their start month on)
    ton_tambahan_bawah: float  # the same at the ends of the interval
    ton_tambahan_atas: float
    per_bulan: pd.DataFrame = field(repr=False)  # bulan_ke, efek_log, bawah_log, atas_log, kelurahan
    kelurahan: pd.DataFrame = field(repr=False)  # kelurahan_kode, mulai, ton, ton_tanpa, ton_tambahan
    terlewat: tuple[str, ...] = ()  # project kelurahan left out (too few months before the start)

    @property
    def efek_persen(self) -> float:
        return float(np.expm1(self.efek_log))

    @property
    def bawah_persen(self) -> float:
        return float(np.expm1(self.bawah_log))

    @property
    def atas_persen(self) -> float:
        return float(np.expm1(self.atas_log))

    @property
    def nyata(self) -> bool:
        """Is the interval clear of zero?"""
        return self.bawah_log > 0 or self.atas_log < 0


def _bulan(s: pd.Series) -> pd.Series:
    return pd.to_datetime(s).dt.to_period("M")


def siapkan(panel: pd.DataFrame, proyek: pd.DataFrame, per: str | None = PER) -> pd.DataFrame:
    """The panel with each kelurahan's first project start and the role of each month:
    'banding' (comparison), 'mulai' (start month), 'sesudah' (treated); bulan_ke = months since
    the start month (0 = start month)."""
    df = panel.copy()
    df["periode"] = _bulan(df.bulan)
    awal = proyek.assign(periode_mulai=_bulan(proyek.mulai)).groupby("kelurahan_kode").periode_mulai.min()
    # no environment project at all: every kelurahan is a comparison (an empty Period map raised)
    df["periode_mulai"] = df.kelurahan_kode.map(awal) if len(awal) else pd.Series(pd.NaT, index=df.index)
    ada = df.periode_mulai.notna()
    ke = np.full(len(df), np.nan)
    ke[ada.to_numpy()] = [(a - b).n for a, b in zip(df.periode[ada], df.periode_mulai[ada])]
    df["bulan_ke"] = ke
    df["peran"] = np.select([~ada | (df.bulan_ke < 0), df.bulan_ke == 0], ["banding", "mulai"], "sesudah")
    df["dasar"] = df[per].astype(float) if per else 1.0
    df["y"] = np.log((df.ton / df.dasar).where((df.ton > 0) & (df.dasar > 0)))
    return df


def _fe(
    ki: np.ndarray,
    ti: np.ndarray,
    y: np.ndarray,
    w: np.ndarray,
    nk: int,
    nt: int,
    iterasi: int = 2000,
    tol: float = 1e-10,
) -> tuple[np.ndarray, np.ndarray]:
    """Weighted two-way fixed effects y ~ a[k] + g[t] by alternating projections.

    Returns (a, g); levels without weight are NaN. Equivalent to least squares with kelurahan and
    month dummies (the split of the constant between a and g is arbitrary; a + g is not)."""
    wk = np.bincount(ki, w, nk)
    wt = np.bincount(ti, w, nt)
    a = np.zeros(nk)
    g = np.zeros(nt)
    for _ in range(iterasi):
        a_baru = np.bincount(ki, w * (y - g[ti]), nk) / np.where(wk > 0, wk, 1)
        g_baru = np.bincount(ti, w * (y - a_baru[ki]), nt) / np.where(wt > 0, wt, 1)
        selisih = max(np.abs(a_baru - a).max(), np.abs(g_baru - g).max())
        a, g = a_baru, g_baru
        if selisih < tol:
            break
    a[wk == 0] = np.nan
    g[wt == 0] = np.nan
    return a, g


@dataclass
class _Data:
    ki: np.ndarray  # kelurahan index per row
    ti: np.ndarray  # month index per row
    y: np.ndarray  # ln tonnes (NaN when no deposit)
    ton: np.ndarray
    peran: np.ndarray
    ke: np.ndarray  # months since start (NaN for kelurahan without a project)
    nk: int
    nt: int


def _satu(d: _Data, wk: np.ndarray) -> tuple[float, np.ndarray, float, np.ndarray, np.ndarray]:
    """One estimate with kelurahan weights wk: (effect, per event month, smearing, a, g)."""
    w = wk[d.ki]
    fit = (d.peran == "banding") & ~np.isnan(d.y) & (w > 0)
    a, g = _fe(d.ki[fit], d.ti[fit], d.y[fit], w[fit], d.nk, d.nt)
    resid = d.y[fit] - a[d.ki[fit]] - g[d.ti[fit]]
    smear = float(np.average(np.exp(resid), weights=w[fit])) if fit.any() else 1.0
    tau = d.y - a[d.ki] - g[d.ti]
    post = (d.peran == "sesudah") & ~np.isnan(tau) & (w > 0)
    efek = float(np.average(tau[post], weights=w[post])) if post.any() else np.nan
    ev = np.full(EVENT_MAX - EVENT_MIN + 1, np.nan)
    ada = ~np.isnan(tau) & ~np.isnan(d.ke) & (w > 0) & (d.peran != "mulai")
    e = d.ke[ada].astype(int)
    dalam = (e >= EVENT_MIN) & (e <= EVENT_MAX)
    if dalam.any():
        idx = e[dalam] - EVENT_MIN
        num = np.bincount(idx, (tau[ada] * w[ada])[dalam], len(ev))
        den = np.bincount(idx, w[ada][dalam], len(ev))
        ev = np.where(den > 0, num / np.where(den > 0, den, 1), np.nan)
    return efek, ev, smear, a, g


def hitung(
    panel: pd.DataFrame,
    proyek: pd.DataFrame,
    ulangan: int = ULANGAN_BOOTSTRAP,
    benih: int = BENIH,
    per: str | None = PER,
) -> Dampak | None:
    """The impact estimate; None when there is no project kelurahan or no comparison to use."""
    if proyek.empty:  # a store without CSR projects (a new city): nothing to estimate
        return None
    df = siapkan(panel, proyek, per)
    # a project kelurahan needs its own months before the start to know its level without a project
    sebelum = df[(df.peran == "banding") & df.y.notna()].groupby("kelurahan_kode").size()
    proyek_kel = df.loc[df.periode_mulai.notna(), "kelurahan_kode"].unique()
    terlewat = tuple(sorted(k for k in proyek_kel if sebelum.get(k, 0) < BULAN_SEBELUM_MIN))
    df = df[~df.kelurahan_kode.isin(terlewat)].reset_index(drop=True)
    kel = pd.Index(sorted(df.kelurahan_kode.unique()))
    bln = pd.Index(sorted(df.periode.unique()))
    if df.empty or not (df.peran == "sesudah").any() or not df.periode_mulai.isna().any():
        return None
    d = _Data(
        ki=kel.get_indexer(df.kelurahan_kode),
        ti=bln.get_indexer(df.periode),
        y=df.y.to_numpy(float),
        ton=df.ton.to_numpy(float),
        peran=df.peran.to_numpy(),
        ke=df.bulan_ke.to_numpy(float),
        nk=len(kel),
        nt=len(bln),
    )
    efek, ev, smear, a, g = _satu(d, np.ones(d.nk))
    rng = np.random.default_rng(benih)
    boot, boot_ev = [], []
    for _ in range(ulangan):
        wk = np.bincount(rng.integers(0, d.nk, d.nk), minlength=d.nk).astype(float)
        e_b, ev_b, *_ = _satu(d, wk)
        if not np.isnan(e_b):
            boot.append(e_b)
            boot_ev.append(ev_b)
    n_proyek = int(df.loc[df.periode_mulai.notna(), "kelurahan_kode"].nunique())
    t = t_975(max(n_proyek - 1, 1))
    se = float(np.std(boot, ddof=1)) if len(boot) > 1 else np.nan
    lo, hi = efek - t * se, efek + t * se
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # event months missing from a resample
        se_ev = np.nanstd(np.array(boot_ev), axis=0, ddof=1) if len(boot_ev) > 1 else ev * np.nan
    ev_lo, ev_hi = ev - t * se_ev, ev + t * se_ev
    ke_ = np.arange(EVENT_MIN, EVENT_MAX + 1)
    n_kel = (
        df[df.bulan_ke.notna() & df.y.notna()]
        .groupby("bulan_ke")
        .kelurahan_kode.nunique()
        .reindex(ke_)
        .fillna(0)
        .astype(int)
        .to_numpy()
    )
    per_bulan = pd.DataFrame(
        {"bulan_ke": ke_, "efek_log": ev, "bawah_log": ev_lo, "atas_log": ev_hi, "kelurahan": n_kel}
    )
    per_bulan = per_bulan[(per_bulan.bulan_ke != 0) & (per_bulan.kelurahan >= 3)].reset_index(drop=True)

    # tonnes without the project, for every project kelurahan-month from the start month on
    sejak = df.peran.isin(["mulai", "sesudah"]).to_numpy()
    ton_tanpa = np.exp(a[d.ki] + g[d.ti]) * smear * df.dasar.to_numpy(float)
    kel_df = pd.DataFrame(
        {
            "kelurahan_kode": df.kelurahan_kode[sejak],
            "bulan": df.periode[sejak],
            "ton": d.ton[sejak],
            "ton_tanpa": ton_tanpa[sejak],
        }
    )
    kel_df["ton_tambahan"] = kel_df.ton - kel_df.ton_tanpa
    post = df.peran.to_numpy() == "sesudah"
    ton_post = d.ton[post]
    return Dampak(
        efek_log=efek,
        bawah_log=float(lo),
        atas_log=float(hi),
        se_log=se,
        kelurahan_proyek=n_proyek,
        kelurahan_banding=int(df.loc[df.periode_mulai.isna(), "kelurahan_kode"].nunique()),
        bulan_sesudah=int((post & ~np.isnan(d.y)).sum()),
        ton_tambahan=float(kel_df.ton_tambahan.sum()),
        ton_tambahan_bawah=float((ton_post * -np.expm1(-lo)).sum()),
        ton_tambahan_atas=float((ton_post * -np.expm1(-hi)).sum()),
        per_bulan=per_bulan,
        kelurahan=kel_df.reset_index(drop=True),
        terlewat=terlewat,
    )


def atribusi(dampak: Dampak | None, proyek: pd.DataFrame) -> pd.DataFrame:
    """Extra tonnes and cost per tonne per project, each tonne claimed once.

    proyek: id, kelurahan_kode, mulai, realisasi_rp (queries/csr_proyek_lingkungan.sql).
    Returns id, ton_tambahan, biaya_per_ton (NaN when the extra tonnes are not positive), dinilai
    (False when the project's kelurahan could not be estimated)."""
    out = proyek[["id"]].copy()
    out["ton_tambahan"] = np.nan
    out["biaya_per_ton"] = np.nan
    out["dinilai"] = False
    if dampak is None or dampak.kelurahan.empty:
        return out
    p = proyek.assign(periode=_bulan(proyek.mulai), rp=proyek.realisasi_rp.fillna(0).clip(lower=0))
    m = dampak.kelurahan.merge(p[["id", "kelurahan_kode", "periode", "rp"]], on="kelurahan_kode")
    m = m[m.periode <= m.bulan]  # projects that have started by that month share its extra tonnes
    tot = m.groupby(["kelurahan_kode", "bulan"]).rp.transform("sum")
    n = m.groupby(["kelurahan_kode", "bulan"]).rp.transform("size")
    share = np.where(tot > 0, m.rp / tot.where(tot > 0, 1), 1 / n)
    ton = (m.ton_tambahan * share).groupby(m.id).sum()
    out["ton_tambahan"] = out.id.map(ton)
    out["dinilai"] = out.id.isin(ton.index)
    rp = proyek.set_index("id").realisasi_rp.fillna(0)
    pos = out.ton_tambahan > 0
    out.loc[pos, "biaya_per_ton"] = out.loc[pos, "id"].map(rp) / out.loc[pos, "ton_tambahan"]
    return out


def tabel_proyek(
    dampak: Dampak | None, proyek: pd.DataFrame, kecamatan: list[str] | tuple[str, ...] = ()
) -> pd.DataFrame:
    """The environment projects with their extra tonnes and cost per tonne, optionally only those in
    the given kecamatan (empty = all)."""
    out = proyek.merge(atribusi(dampak, proyek), on="id", how="left")
    if kecamatan:
        out = out[out.kecamatan_kode.isin(list(kecamatan))]
    return out.reset_index(drop=True)


def biaya_per_ton_kota(dampak: Dampak | None, proyek: pd.DataFrame) -> float:
    """Realised spending of the assessed environment projects ÷ the city's extra tonnes (NaN if ≤ 0)."""
    if dampak is None or not dampak.ton_tambahan > 0:
        return float("nan")
    a = atribusi(dampak, proyek)
    rp = proyek.set_index("id").realisasi_rp.fillna(0)
    return float(rp.reindex(a.loc[a.dinilai, "id"]).sum() / dampak.ton_tambahan)
