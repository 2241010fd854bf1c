"""Adipura 2025 readiness: the band that the share of waste processed and the landfill type allow.

Bands as KLH announced them for Adipura 2025 (Kompas, 20 Oct 2025; Warta Ekonomi, 4 Aug 2025):
Adipura Kencana: 50-100% processed with a sanitary landfill; Adipura: 25-50% with a controlled or
sanitary landfill; Sertifikat: at least 25% with a controlled landfill; below 25%, an open dump or
any illegal dump (TPS liar): Kota Kotor. The other criteria (budget, facilities, staff; a total
score of at least 75 for Adipura) are not in this data: the band here is what these two allow.

Read deterministically: a TPS liar, an open dump or under 25% is Kota Kotor; with a sanitary
landfill 50% or more is Kencana and 25% or more Adipura; with a controlled landfill 25% or more is
Sertifikat (Adipura needs the other criteria as well).
"""

from __future__ import annotations

from dataclasses import dataclass

JENIS_TPA = ("open_dumping", "controlled_landfill", "sanitary_landfill")
PITA = ("kota_kotor", "sertifikat", "adipura", "kencana")  # low to high
HARI_BULAN = 365.25 / 12


@dataclass(frozen=True)
class Syarat:
    pita: str
    persen_min: float
    tpa: tuple[str, ...]  # landfill types that allow the band


SYARAT = (
    Syarat("sertifikat", 0.25, ("controlled_landfill", "sanitary_landfill")),
    Syarat("adipura", 0.25, ("sanitary_landfill",)),
    Syarat("kencana", 0.50, ("sanitary_landfill",)),
)


def pita(persen: float, tpa_jenis: str | None, tps_liar: int | None = 0) -> str | None:
    """The band; None when the landfill type is not known (and the share does not already decide)."""
    if (tps_liar or 0) > 0 or tpa_jenis == "open_dumping" or persen < 0.25:
        return "kota_kotor"
    if tpa_jenis not in JENIS_TPA:
        return None
    naik = [s.pita for s in SYARAT if persen >= s.persen_min and tpa_jenis in s.tpa]
    return naik[-1] if naik else "kota_kotor"


@dataclass(frozen=True)
class Langkah:
    """What a band above the current one needs."""

    pita: str
    persen_min: float
    kurang_ton_bulan: float  # more processed tonnes per month to reach its share
    tpa_memenuhi: bool | None  # None: landfill type unknown
    tps_liar_memenuhi: bool | None


def alasan(persen: float, tpa_jenis: str | None, tps_liar: int | None) -> list[str]:
    """Why a city is Kota Kotor (or has no band): tps_liar | open_dumping | persen | tpa_belum."""
    out = []
    if (tps_liar or 0) > 0:
        out.append("tps_liar")
    if tpa_jenis == "open_dumping":
        out.append("open_dumping")
    if persen < 0.25:
        out.append("persen")
    if not out and tpa_jenis not in JENIS_TPA:
        out.append("tpa_belum")
    return out


@dataclass(frozen=True)
class Kesiapan:
    persen: float  # share of estimated generation processed (bank sampah + other processing)
    pita: str | None
    langkah: list[Langkah]  # the bands above, lowest first
    alasan: list[str]  # why Kota Kotor, or why no band (empty otherwise)

    @property
    def berikut(self) -> Langkah | None:
        return self.langkah[0] if self.langkah else None


def kesiapan(
    ton_olah: float, ton_timbulan: float, hari: int, tpa_jenis: str | None, tps_liar: int | None
) -> Kesiapan:
    """Band now and, for every band above it, the extra tonnes per month its share needs."""
    persen = ton_olah / ton_timbulan
    now = pita(persen, tpa_jenis, tps_liar)
    tingkat = PITA.index(now) if now else 0
    per_bulan = HARI_BULAN / hari
    langkah = [
        Langkah(
            s.pita,
            s.persen_min,
            max(s.persen_min * ton_timbulan - ton_olah, 0.0) * per_bulan,
            None if tpa_jenis not in JENIS_TPA else tpa_jenis in s.tpa,
            None if tps_liar is None else tps_liar == 0,
        )
        for s in SYARAT
        if PITA.index(s.pita) > tingkat
    ]
    kenapa = alasan(persen, tpa_jenis, tps_liar) if now in ("kota_kotor", None) else []
    return Kesiapan(persen, now, langkah, kenapa)
