"""Emissions avoided by diversion, indicative.

Methane: organic waste kept out of the landfill does not decay there. IPCC 2006 Vol. 5 Ch. 3
first-order decay (FOD), for a deposit of W tonnes of material j:

    DDOCm = W x DOC_j x DOCf x MCF                      (decomposable carbon deposited)
    decomposed by time t = DDOCm x (1 - exp(-k_j x (t - t0 - 0.5)))   for t - t0 > 0.5 year
    CH4 = decomposed x F x 16/12 x (1 - OX)             (tonnes of methane, no gas recovered)
    CO2e = CH4 x GWP(CH4)

with the IPCC default delay of six months before decay starts (decay of a year's deposit starts
on 1 January of the next year). "So far" is the methane the diverted waste would have released
up to the newest data; "committed" is all it would ever release (t to infinity).

Recycling: EPA WARM v16 factors (t CO2e per short ton recycled instead of landfilled), converted
to metric tonnes (1 short ton = 0.90718474 t). They are US life-cycle factors: indicative only.
Every factor is a row of faktor_emisi (queries/faktor_emisi.sql), so a DLH can replace it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import pandas as pd

SHORT_TON_T = 0.90718474
C_KE_CH4 = 16.0 / 12.0
TUNDA_TAHUN = 0.5  # IPCC default: decay starts six months after deposition
BAHAN_ORGANIK = ("makanan", "kebun", "kertas", "kayu")


@dataclass(frozen=True)
class Faktor:
    doc: dict[str, float]
    k: dict[str, float]
    mcf: float
    ox: float
    docf: float
    f: float
    gwp_ch4: float
    warm_per_ton: dict[str, float]  # t CO2e per metric tonne (negative = avoided)
    tpa_jenis: str  # the landfill type whose MCF and OX are used


def faktor_dari(df: pd.DataFrame, tpa_jenis: str | None) -> Faktor:
    """The factors of the faktor_emisi rows for a landfill type (unknown: 'tidak_diketahui')."""
    jenis = tpa_jenis if tpa_jenis else "tidak_diketahui"
    g = {k: dict(zip(d.kode, d.nilai.astype(float))) for k, d in df.groupby("kelompok")}

    def satu(kelompok: str, kode: str) -> float:
        try:
            return g[kelompok][kode]
        except KeyError:
            raise ValueError(f"faktor emisi tidak ada: {kelompok}/{kode}") from None

    return Faktor(
        doc=g.get("doc", {}),
        k=g.get("k", {}),
        mcf=satu("mcf", jenis),
        ox=satu("ox", jenis),
        docf=satu("fod", "docf"),
        f=satu("fod", "f"),
        gwp_ch4=satu("fod", "gwp_ch4"),
        warm_per_ton={b: v / SHORT_TON_T for b, v in g.get("warm", {}).items()},
        tpa_jenis=jenis,
    )


def tahun_antara(dari: date, sampai: date) -> float:
    return (sampai - dari).days / 365.25


def metana_ton(ton: float, bahan: str, disetor: date, sampai: date, f: Faktor) -> tuple[float, float]:
    """Tonnes of CH4 the deposit would have released up to `sampai`, and in all (committed)."""
    if bahan not in f.doc or bahan not in f.k:
        return 0.0, 0.0
    ddocm = ton * f.doc[bahan] * f.docf * f.mcf
    per_c = f.f * C_KE_CH4 * (1.0 - f.ox)
    t = tahun_antara(disetor, sampai) - TUNDA_TAHUN
    terurai = ddocm * (1.0 - math.exp(-f.k[bahan] * t)) if t > 0 else 0.0
    return terurai * per_c, ddocm * per_c


def hitung(df: pd.DataFrame, f: Faktor, sampai: date, kelompok: list[str]) -> pd.DataFrame:
    """Emissions avoided per group of the rows (bulan, bahan, ton, *kelompok) of
    queries/emisi_bahan.sql or emisi_csr.sql; a month's tonnes count as deposited mid-month.
    Columns: the groups, ton_organik, ton_daur_ulang, ch4_ton_sejauh, co2e_metana_sejauh,
    co2e_metana_komitmen, co2e_daur_ulang, co2e_total (so far + recycling; t CO2e avoided)."""
    kolom = [
        *kelompok,
        "ton_organik",
        "ton_daur_ulang",
        "ch4_ton_sejauh",
        "co2e_metana_sejauh",
        "co2e_metana_komitmen",
        "co2e_daur_ulang",
        "co2e_total",
    ]
    if df.empty:
        return pd.DataFrame(columns=kolom)
    rows = []
    for r in df.itertuples(index=False):
        disetor = (pd.Timestamp(r.bulan) + pd.Timedelta(days=14)).date()
        ch4, ch4_all = metana_ton(float(r.ton), r.bahan, disetor, sampai, f)
        warm = f.warm_per_ton.get(r.bahan)
        rows.append(
            {
                **{k: getattr(r, k) for k in kelompok},
                "ton_organik": float(r.ton) if r.bahan in BAHAN_ORGANIK else 0.0,
                "ton_daur_ulang": float(r.ton) if warm is not None else 0.0,
                "ch4_ton_sejauh": ch4,
                "co2e_metana_sejauh": ch4 * f.gwp_ch4,
                "co2e_metana_komitmen": ch4_all * f.gwp_ch4,
                "co2e_daur_ulang": -warm * float(r.ton) if warm is not None else 0.0,
            }
        )
    out = pd.DataFrame(rows)
    out = (
        out.groupby(kelompok, dropna=False, as_index=False).sum(numeric_only=True)
        if kelompok
        else out.sum(numeric_only=True).to_frame().T
    )
    out["co2e_total"] = out.co2e_metana_sejauh + out.co2e_daur_ulang
    return out[kolom]
