"""Tables of the Target & Neraca page as the viewer reads them: translated headers and numbers in
the viewer's format. Pure: results in, DataFrame out (the page only shows them)."""

from __future__ import annotations

import pandas as pd

from sampah import fmt
from sampah.analisis import lembar_sipsn
from sampah.analisis.adipura import Kesiapan
from sampah.analisis.neraca import Neraca
from sampah.analisis.target import Jalur
from sampah.i18n import t

NAMA_ALIRAN = {"bank_sampah": "an_bank_sampah", "tpa": "an_ke_tpa", "tak_terkelola": "an_tak_terkelola"}
KOLOM_KECAMATAN = (  # query column, header key, decimals (None: text; "%2": percent with 2 decimals)
    ("kecamatan", "k_kecamatan", None),
    ("timbulan_ton", "an_k_timbulan", 0),
    ("ton_diversi", "an_k_pengurangan", 1),
    ("ton_tpa", "an_k_tpa", 0),
    ("ton_tak_terkelola", "an_k_tak", 0),
    ("persen_pengurangan", "an_k_p_pengurangan", "%2"),
    ("persen_terkelola", "an_k_p_terkelola", "%1"),
    ("cek", "an_k_cek", None),
)


def rincian(n: Neraca, lang: str) -> pd.DataFrame:
    """Every flow of the balance with its share and how it is known."""
    a = n.aliran
    return pd.DataFrame(
        {
            t("an_r_aliran", lang): [
                x.jenis if x.kode == "pengolahan" else t(NAMA_ALIRAN[x.kode], lang) for x in a
            ],
            t("an_r_kelompok", lang): [t("an_r_" + x.kelompok, lang) for x in a],
            t("an_r_ton", lang): [fmt.angka(x.ton, 1, lang) for x in a],
            t("an_r_porsi", lang): [fmt.persen(n.porsi(x.ton), 2, lang) for x in a],
            t("an_r_mutu", lang): [t("an_mutu_" + x.mutu, lang) for x in a],
        }
    )


def kecamatan(d: pd.DataFrame, lang: str) -> pd.DataFrame:
    """The balance per kecamatan (rows of neraca.per_kecamatan); a remainder below zero shows as a
    dash, the check says why."""

    def isi(v: object, desimal: object) -> str:
        if desimal is None:
            return str(v)
        if str(desimal).startswith("%"):
            return fmt.persen(v, int(str(desimal)[1]), lang)
        if pd.isna(v) or v < 0:
            return "–"
        return fmt.angka(v, max(int(desimal), 1) if v < 100 else int(desimal), lang)

    return pd.DataFrame(
        {
            t(h, lang): [isi(t("an_cek_" + v, lang) if c == "cek" else v, dec) for v in d[c]]
            for c, h, dec in KOLOM_KECAMATAN
        }
    )


def jalur(daftar: list[Jalur], lang: str) -> pd.DataFrame:
    """One row per goal: now, needed per year, current pace, year reached now and with the scenario."""

    def poin(v: float | None) -> str:
        return "–" if v is None else fmt.perubahan(v, 0, lang, poin=True) or "–"

    def tahun(j: Jalur, v: int | None) -> str:
        if j.status == "sudah":
            return t("an_sudah", lang)
        return str(v) if v else t("an_lewat_cakrawala", lang)

    return pd.DataFrame(
        {
            t("an_t_acuan", lang): [f"{j.sasaran.acuan} {j.sasaran.tahun}" for j in daftar],
            t("an_t_ukuran", lang): [t("an_ukuran_" + j.sasaran.ukuran, lang) for j in daftar],
            t("an_t_target", lang): [fmt.persen(j.sasaran.nilai, 0, lang) for j in daftar],
            t("an_t_kini", lang): [fmt.persen(j.kini, 2, lang) for j in daftar],
            t("an_t_perlu", lang): [
                t("an_tenggat_lewat", lang) if j.status == "lewat" else poin(j.perlu_per_tahun)
                for j in daftar
            ],
            t("an_t_laju", lang): [poin(j.laju_per_tahun) for j in daftar],
            t("an_t_tercapai", lang): [tahun(j, j.tercapai) for j in daftar],
            t("an_t_skenario", lang): [tahun(j, j.tercapai_skenario) for j in daftar],
        }
    )


def adipura(ks: Kesiapan, lang: str) -> pd.DataFrame:
    """The bands above the current one: share needed, tonnes a month short, landfill condition."""
    s = ks.langkah
    return pd.DataFrame(
        {
            t("an_pita", lang): [t("an_pita_" + x.pita, lang) for x in s],
            t("an_a_persen", lang): [f"≥ {fmt.persen(x.persen_min, 0, lang)}" for x in s],
            t("an_a_kurang", lang): [fmt.ton(x.kurang_ton_bulan, lang) for x in s],
            t("an_a_tpa", lang): [t("an_a_syarat_tpa_" + x.pita, lang) for x in s],
            t("an_a_tpa_ok", lang): [t(f"an_ya_{x.tpa_memenuhi}", lang) for x in s],
        }
    )


def emisi_csr(csr: pd.DataFrame, lang: str) -> pd.DataFrame:
    satu = lambda v: fmt.angka(v, 1, lang)  # noqa: E731
    return pd.DataFrame(
        {
            t("an_em_c_proyek", lang): csr.perusahaan + " – " + csr.program,
            t("an_em_c_ton", lang): (csr.ton_organik + csr.ton_daur_ulang).map(satu),
            t("an_em_metana", lang): csr.co2e_metana_sejauh.map(satu),
            t("an_em_daur_ulang", lang): csr.co2e_daur_ulang.map(satu),
            t("an_em_total", lang): csr.co2e_total.map(satu),
        }
    )


def sipsn(rows: list[lembar_sipsn.Baris], lang: str) -> pd.DataFrame:
    return pd.DataFrame(
        {
            t("an_s_kode", lang): [r.kode for r in rows],
            t("an_s_isian", lang): [r.isian for r in rows],
            t("an_s_nilai", lang): [lembar_sipsn.teks_nilai(r, lang) for r in rows],
            t("an_s_satuan", lang): [r.satuan for r in rows],
            t("an_s_ket", lang): [r.catatan for r in rows],
        }
    )
