"""Waste balance (neraca sampah): estimated generation against its fates, for the kota or a set of
kecamatan and a period.

Fates: reduced by bank sampah (deposits, reported by units), other processing by kind of facility
(reported by units), landfilled (weighbridge), and not managed: the remainder, estimated. The
parts are checked against the whole: when more was recorded than the estimate of generation, the
balance is over 100% and says so instead of drawing a remainder below zero.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

# how a flow is known
DITIMBANG, DILAPORKAN, ESTIMASI = "ditimbang", "dilaporkan", "estimasi"
TOLERANSI = 1e-6  # tonnes: sums that differ by less are equal


@dataclass(frozen=True)
class Aliran:
    """One fate of the waste. `kode`: bank_sampah | pengolahan | tpa | tak_terkelola."""

    kode: str
    kelompok: str  # pengurangan | penanganan | tak_terkelola
    ton: float
    mutu: str  # ditimbang | dilaporkan | estimasi
    jenis: str = ""  # kind of facility for pengolahan (as the data names it)


@dataclass(frozen=True)
class Neraca:
    timbulan_ton: float | None  # None: no population for some chosen kecamatan
    aliran: list[Aliran]
    hari: int
    penduduk: float | None = None
    penduduk_estimasi: bool = False
    kg_per_orang_hari: float | None = None
    tanpa_penduduk: list[str] = field(default_factory=list)  # kecamatan without a population figure
    ton_tpa_tanpa_asal: float = 0.0

    @property
    def tercatat_ton(self) -> float:
        """Everything recorded: bank sampah + other processing + landfill."""
        return sum(a.ton for a in self.aliran if a.kode != "tak_terkelola")

    @property
    def pengurangan_ton(self) -> float:
        return sum(a.ton for a in self.aliran if a.kelompok == "pengurangan")

    @property
    def tpa_ton(self) -> float:
        return sum(a.ton for a in self.aliran if a.kode == "tpa")

    @property
    def tak_terkelola_ton(self) -> float | None:
        """Generation minus everything recorded; None without an estimate of generation."""
        if self.timbulan_ton is None:
            return None
        return self.timbulan_ton - self.tercatat_ton

    @property
    def status(self) -> str:
        """kosong (nothing recorded) | tanpa_timbulan | lebih (recorded > generation) | seimbang."""
        if self.tercatat_ton <= TOLERANSI and not self.timbulan_ton:
            return "kosong"
        if self.timbulan_ton is None or self.timbulan_ton <= 0:
            return "tanpa_timbulan"
        if self.tercatat_ton > self.timbulan_ton + TOLERANSI:
            return "lebih"
        return "seimbang"

    @property
    def persen_tercatat(self) -> float | None:
        if not self.timbulan_ton:
            return None
        return self.tercatat_ton / self.timbulan_ton

    def porsi(self, ton: float) -> float | None:
        """A tonnage as a share of estimated generation."""
        return ton / self.timbulan_ton if self.timbulan_ton else None


def _f(v: object) -> float:
    return 0.0 if v is None or pd.isna(v) else float(v)


def susun(kec: pd.DataFrame, olah: pd.DataFrame) -> Neraca:
    """The balance of the rows of queries/neraca_kecamatan.sql (one per kecamatan, plus the loads of
    unknown origin) with the facilities of queries/neraca_pengolahan.sql."""
    wilayah = kec[kec.kecamatan_kode.notna()]
    tanpa = [str(n) for n, p in zip(wilayah.kecamatan, wilayah.penduduk) if p is None or pd.isna(p)]
    timbulan = None if tanpa or wilayah.empty else float(wilayah.timbulan_ton.astype(float).sum())
    aliran = []
    bs = _f(kec.ton_bank_sampah.astype(float).sum())
    if bs > 0:
        aliran.append(Aliran("bank_sampah", "pengurangan", bs, DILAPORKAN))
    total_olah = _f(kec.ton_pengolahan.astype(float).sum())
    jenis = olah[olah.ton.astype(float) > 0] if len(olah) else olah
    for j, t in zip(jenis.get("jenis_fasilitas", []), jenis.get("ton", [])):
        aliran.append(Aliran("pengolahan", "pengurangan", float(t), DILAPORKAN, str(j)))
    sisa_olah = total_olah - sum(a.ton for a in aliran if a.kode == "pengolahan")
    if sisa_olah > 1e-3:  # processing the facility list does not cover (should not happen): keep it
        aliran.append(Aliran("pengolahan", "pengurangan", sisa_olah, DILAPORKAN, "?"))
    tpa = _f(kec.ton_tpa.astype(float).sum())
    if tpa > 0:
        aliran.append(Aliran("tpa", "penanganan", tpa, DITIMBANG))
    n = Neraca(
        timbulan_ton=timbulan,
        aliran=aliran,
        hari=int(kec.hari.iloc[0]) if len(kec) else 0,
        penduduk=float(wilayah.penduduk.astype(float).sum()) if timbulan is not None else None,
        penduduk_estimasi=bool(wilayah.penduduk_estimasi.fillna(False).astype(bool).any()),
        kg_per_orang_hari=_f(kec.kg_per_orang_hari.iloc[0]) if len(kec) else None,
        tanpa_penduduk=tanpa,
        ton_tpa_tanpa_asal=_f(kec[kec.kecamatan_kode.isna()].ton_tpa.astype(float).sum()),
    )
    sisa = n.tak_terkelola_ton
    if sisa is not None and sisa > TOLERANSI:
        n.aliran.append(Aliran("tak_terkelola", "tak_terkelola", sisa, ESTIMASI))
    return n


def per_kecamatan(kec: pd.DataFrame) -> pd.DataFrame:
    """One row per kecamatan with its shares and a check: ok | lebih (recorded > generation) |
    tanpa_penduduk. Loads of unknown origin are left out (they belong to no kecamatan)."""
    d = kec[kec.kecamatan_kode.notna()].copy()
    d["cek"] = "ok"
    d.loc[d.timbulan_ton.isna(), "cek"] = "tanpa_penduduk"
    d.loc[d.ton_tak_terkelola.astype(float) < -TOLERANSI, "cek"] = "lebih"
    return d
