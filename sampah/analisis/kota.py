"""The kota-wide inputs of the target and landfill-life analyses, gathered through a
`tanya(name, **params)` query function: the Target & Neraca page (cached, through Streamlit), the
deck and the offline report (straight on DuckDB) ask the same questions over the same windows.

"Now" is the newest 12 whole months with an estimate of generation (target.jendela); the landfill's
inflow is the mean of the last 365 days of data.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

import pandas as pd

from sampah.analisis import target as tg
from sampah.analisis import umur_tpa

Tanya = Callable[..., pd.DataFrame]


def kini_kota(tanya: Tanya, mulai: date, akhir: date) -> tuple[pd.DataFrame, tg.Kini | None]:
    """The kota's monthly balance over [mulai, akhir], and "now": its newest 12 whole months."""
    bulanan = tanya("neraca_bulanan", mulai=mulai, selesai=akhir, kecamatan=[])
    jd = tg.jendela(bulanan)
    if jd is None:
        return bulanan, None
    baris = tanya("neraca_periode", mulai=jd[0], selesai=jd[1], kecamatan=[]).iloc[-1]
    return bulanan, tg.kini(baris, *jd)


def ada_kapasitas(setelan: pd.Series) -> bool:
    """Whether the remaining capacity of the landfill is set (queries/setelan_analisis.sql)."""
    return pd.notna(setelan.tpa_sisa_kapasitas)


@dataclass(frozen=True)
class Umur:
    """Landfill life with what it was computed from, for the page's cards and the slide."""

    u: umur_tpa.UmurTpa
    tanggal_ukur: date
    laju_dari: date  # the inflow is the mean from this day to the newest data
    diversi_kumulatif: float  # tonnes diverted over all the data
    data_mulai: date
    target_pengurangan: float | None  # this year's reduction target, when above the level now
    penuh_target: date | None  # the day it is full once that target is reached


def umur(tanya: Tanya, setelan: pd.Series, mulai: date, akhir: date, psel: int | None) -> Umur | None:
    """Landfill life from the newest data (`akhir`) on; None when nothing was weighed in over the
    last year. The capacity must be set (`ada_kapasitas`)."""
    kap = umur_tpa.ke_ton(setelan.tpa_sisa_kapasitas, setelan.tpa_sisa_satuan, setelan.tpa_kepadatan_kg_m3)
    ukur = pd.Timestamp(setelan.tpa_sisa_tanggal).date() if pd.notna(setelan.tpa_sisa_tanggal) else akhir
    terpakai = 0.0
    if ukur < akhir:
        sejak = tanya("ringkasan_kpi", mulai=ukur + timedelta(days=1), selesai=akhir, kecamatan=[])
        terpakai = float(sejak.iloc[0].ton_tpa)
    laju_dari = max(mulai, akhir - timedelta(days=364))
    kpi = tanya("ringkasan_kpi", mulai=laju_dari, selesai=akhir, kecamatan=[]).iloc[0]
    if not kpi.ton_tpa:
        return None
    laju = float(kpi.ton_tpa) / float(kpi.hari)
    kumulatif = float(tanya("ringkasan_kpi", mulai=mulai, selesai=akhir, kecamatan=[]).iloc[0].ton_diversi)
    # the reduction target of this year, reached now: the landfill loses its share of the extra
    _, k = kini_kota(tanya, mulai, akhir)
    target_p = kpi.target_pengurangan_pct
    kurang = None
    if k is not None and pd.notna(target_p) and target_p > k.nilai["pengurangan"]:
        ekstra = (target_p - k.nilai["pengurangan"]) * k.timbulan
        kurang = -tg.dampak(ekstra, k)["penanganan"] * k.timbulan / 365.25
    u = umur_tpa.hitung(kap, ukur, terpakai, akhir, laju, kumulatif, psel, kurang)
    penuh_target = (
        u.tanggal_penuh + timedelta(days=round(u.bulan_dari_target * umur_tpa.HARI_BULAN))
        if u.bulan_dari_target
        else None
    )
    return Umur(
        u=u,
        tanggal_ukur=ukur,
        laju_dari=laju_dari,
        diversi_kumulatif=kumulatif,
        data_mulai=mulai,
        target_pengurangan=float(target_p) if kurang is not None else None,
        penuh_target=penuh_target,
    )
