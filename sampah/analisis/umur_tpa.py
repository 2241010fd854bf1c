"""Landfill life: how long the remaining capacity lasts at the current pace, against the start of
waste-to-energy (PSEL), and how many months diversion buys.

Capacity is a setting measured on a date, in tonnes or in m3 with a density (default 227 kg/m3, the
middle of the 215-239 kg/m3 measured on trucks; waste compacted in a cell is denser, so a volume
read with a truck density gives a short, cautious life). What was weighed in since the measurement
is taken off; the rest lasts remaining / (tonnes a day now). Diversion so far adds the months its
tonnes would have filled; reaching the reduction target adds the months of the landfill inflow it
takes away.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

HARI_BULAN = 365.25 / 12


def ke_ton(nilai: float, satuan: str, kepadatan_kg_m3: float) -> float:
    """Capacity in tonnes from tonnes or from m3 at a density."""
    if satuan == "ton":
        return float(nilai)
    if satuan == "m3":
        return float(nilai) * float(kepadatan_kg_m3) / 1000.0
    raise ValueError(f"satuan kapasitas tidak dikenal: {satuan!r} (m3 atau ton)")


@dataclass(frozen=True)
class UmurTpa:
    kapasitas_ton: float  # as measured
    tanggal_ukur: date
    terpakai_sejak_ukur: float  # tonnes weighed in since the measurement
    sisa_ton: float  # remaining at the newest data
    akhir: date  # newest data
    laju_ton_hari: float
    hari_tersisa: float
    tanggal_penuh: date
    psel_mulai: date | None
    bulan_dari_diversi: float  # months the diversion so far added
    bulan_dari_target: float | None  # months reaching the target would add

    @property
    def tahun_tersisa(self) -> float:
        return self.hari_tersisa / 365.25

    @property
    def bulan_sebelum_psel(self) -> float | None:
        """Months the landfill is full before PSEL starts (negative: it lasts beyond)."""
        if self.psel_mulai is None:
            return None
        return (self.psel_mulai - self.tanggal_penuh).days / HARI_BULAN


def hitung(
    kapasitas_ton: float,
    tanggal_ukur: date,
    terpakai_sejak_ukur: float,
    akhir: date,
    laju_ton_hari: float,
    ton_diversi_kumulatif: float,
    psel_tahun: int | None = None,
    kurang_tpa_ton_hari: float | None = None,
) -> UmurTpa:
    """Landfill life from the newest data on. `kurang_tpa_ton_hari`: tonnes a day less going to
    the landfill once the target is reached."""
    if laju_ton_hari <= 0:
        raise ValueError("laju ke TPA harus lebih dari 0 ton/hari")
    sisa = max(kapasitas_ton - terpakai_sejak_ukur, 0.0)
    hari = sisa / laju_ton_hari
    target = None
    if kurang_tpa_ton_hari is not None:
        baru = laju_ton_hari - min(max(kurang_tpa_ton_hari, 0.0), laju_ton_hari * 0.999)
        target = (sisa / baru - hari) / HARI_BULAN
    return UmurTpa(
        kapasitas_ton=kapasitas_ton,
        tanggal_ukur=tanggal_ukur,
        terpakai_sejak_ukur=terpakai_sejak_ukur,
        sisa_ton=sisa,
        akhir=akhir,
        laju_ton_hari=laju_ton_hari,
        hari_tersisa=hari,
        tanggal_penuh=akhir + timedelta(days=round(hari)),
        psel_mulai=date(psel_tahun, 1, 1) if psel_tahun else None,
        bulan_dari_diversi=ton_diversi_kumulatif / laju_ton_hari / HARI_BULAN,
        bulan_dari_target=target,
    )
