"""Headline sentences written from the data, in plain Indonesian (or English), numbers formatted.

Each function takes query results (DataFrames or rows) and returns one sentence, or None when the
data cannot support one. Nothing here queries the database.
"""

from __future__ import annotations

import pandas as pd

from sampah import fmt
from sampah.i18n import t


def _arah(baru: float, lama: float, sama: bool = False) -> str:
    """`sama`: the two values read the same once formatted, so the sentence says "tetap" (never
    "naik 0,0%" or a minus zero)."""
    if sama:
        return "tetap"
    return "naik" if baru > lama else ("turun" if baru < lama else "tetap")


def _awal_besar(s: str) -> str:
    """First letter capitalised for the start of a sentence ("plastik" -> "Plastik", "TPS 3R" stays)."""
    return s[:1].upper() + s[1:]


def pengurangan(kini: pd.Series, lalu: pd.Series | None, label_lalu: str, lang: str = "id") -> str | None:
    """'Pengurangan sampah naik dari 0,45% menjadi 0,63% dibanding 2025.' (None without a whole
    comparison period)"""
    if (
        lalu is None
        or pd.isna(kini.persen_pengurangan)
        or pd.isna(lalu.persen_pengurangan)
        or not lalu.ton_diversi
    ):
        return None
    lama, baru = fmt.persen(lalu.persen_pengurangan, 2, lang), fmt.persen(kini.persen_pengurangan, 2, lang)
    arah = _arah(kini.persen_pengurangan, lalu.persen_pengurangan, lama == baru)
    return t(f"jd_pengurangan_{arah}", lang, lama=lama, baru=baru, p=label_lalu)


def tpa(
    kini: pd.Series, lalu: pd.Series | None, nama_tpa: str, label_lalu: str, lang: str = "id"
) -> str | None:
    """'Sampah ke TPA Sumur Batu rata-rata 1.690 ton/hari, naik 3,1% dibanding 2025.'"""
    if not kini.ton_tpa or not kini.hari:
        return None
    per_hari = kini.ton_tpa / kini.hari
    if lalu is None or not lalu.ton_tpa:
        return t("jd_tpa", lang, tpa=nama_tpa, ton=fmt.ton(per_hari, lang))
    lama = lalu.ton_tpa / lalu.hari
    ubah = fmt.persen(abs(per_hari / lama - 1), 1, lang)
    if ubah == fmt.persen(0, 1, lang):
        return t("jd_tpa_tetap", lang, tpa=nama_tpa, ton=fmt.ton(per_hari, lang), p=label_lalu)
    return t(
        "jd_tpa_ubah",
        lang,
        tpa=nama_tpa,
        ton=fmt.ton(per_hari, lang),
        arah=t(f"jd_{_arah(per_hari, lama)}", lang),
        ubah=ubah,
        p=label_lalu,
    )


def naik_turun(
    kini: pd.DataFrame, lalu: pd.DataFrame, lang: str = "id", minimum_ton: float = 1.0
) -> str | None:
    """Largest rise and fall of diverted tonnes by kecamatan against the comparison period."""
    m = kini.merge(lalu, on="kecamatan_kode", suffixes=("", "_lalu"))
    m = m[m.ton_diversi_lalu >= minimum_ton]
    if len(m) < 2:
        return None
    m = m.assign(ubah=m.ton_diversi / m.ton_diversi_lalu - 1).sort_values("ubah")
    naik, turun = m.iloc[-1], m.iloc[0]
    if turun.ubah >= 0:
        return t(
            "jd_semua_naik",
            lang,
            nama=naik.kecamatan,
            ubah=fmt.perubahan(naik.ton_diversi, naik.ton_diversi_lalu, lang),
            terkecil=turun.kecamatan,
            ubah2=fmt.perubahan(turun.ton_diversi, turun.ton_diversi_lalu, lang),
        )
    return t(
        "jd_naik_turun",
        lang,
        naik=naik.kecamatan,
        ubah_naik=fmt.perubahan(naik.ton_diversi, naik.ton_diversi_lalu, lang),
        turun=turun.kecamatan,
        ubah_turun=fmt.perubahan(turun.ton_diversi, turun.ton_diversi_lalu, lang),
    )


def target_kecamatan(kec: pd.DataFrame, target: float, lang: str = "id") -> str | None:
    """How many kecamatan reach the reduction target, and which is highest."""
    d = kec.dropna(subset=["persen_pengurangan"])
    if d.empty or pd.isna(target):
        return None
    capai = int((d.persen_pengurangan >= target).sum())
    top = d.loc[d.persen_pengurangan.idxmax()]
    kunci = "jd_target_tidak" if capai == 0 else "jd_target_ada"
    return t(
        kunci,
        lang,
        n=capai,
        total=len(d),
        target=fmt.persen(target, 0, lang),
        nama=top.kecamatan,
        nilai=fmt.persen(top.persen_pengurangan, 2, lang),
    )


def senyap(kpi: pd.Series, bulan: str, lang: str = "id") -> str | None:
    """'18 dari 306 bank sampah aktif tidak melapor pada Okt 2026.'"""
    if not kpi.bs_aktif:
        return None
    diam = int(kpi.bs_aktif - kpi.bs_melapor)
    if diam <= 0:
        return t("jd_semua_lapor", lang, n=int(kpi.bs_aktif), bulan=bulan)
    return t("jd_senyap", lang, n=diam, total=int(kpi.bs_aktif), bulan=bulan)


def sipsn(df: pd.DataFrame, lang: str = "id") -> str | None:
    """The city's reduction % beside the best peer's."""
    own = df[df.kota_ini]
    lain = df[~df.kota_ini].dropna(subset=["pengurangan_pct"])
    if own.empty or lain.empty:
        return None
    o, best = own.iloc[0], lain.loc[lain.pengurangan_pct.idxmax()]
    return t(
        "jd_sipsn",
        lang,
        kota=o.kabkota,
        nilai=fmt.persen(o.pengurangan_pct / 100, 1, lang),
        tahun=int(o.tahun),
        peer=best.kabkota,
        nilai_peer=fmt.persen(best.pengurangan_pct / 100, 1, lang),
    )


def kategori(df: pd.DataFrame, lang: str = "id") -> str | None:
    """The largest part of the diverted tonnes. A facility (TPS 3R, rumah kompos) processes waste and
    is named as such; a category (plastik, kertas) is a kind of waste deposited at bank sampah."""
    if df.empty or not df.ton.sum():
        return None
    g = df.groupby(["sumber", "kategori"]).ton.sum().sort_values()
    total = fmt.ton(g.sum(), lang)
    (sumber, nama), ton = g.index[-1], g.iloc[-1]
    porsi = fmt.persen(ton / g.sum(), 0, lang)
    if sumber == "bank sampah":
        return t("jd_kategori_bank", lang, jenis=_awal_besar(str(nama)), porsi=porsi, ton=total)
    bank = g[g.index.get_level_values("sumber") == "bank sampah"]
    if bank.empty:
        return t("jd_kategori_fasilitas", lang, fasilitas=_awal_besar(str(nama)), porsi=porsi, ton=total)
    return t(
        "jd_kategori_fasilitas_bank",
        lang,
        fasilitas=_awal_besar(str(nama)),
        porsi=porsi,
        ton=total,
        jenis=bank.index[-1][1],
        ton_jenis=fmt.ton(bank.iloc[-1], lang),
    )


def tertinggi_terendah(kec: pd.DataFrame, lang: str = "id") -> str | None:
    """'Tingkat diversi tertinggi di Kec. A (1,97%), terendah di Kec. B (0,12%).'"""
    d = kec.dropna(subset=["tingkat_diversi"])
    if len(d) < 2:
        return None
    hi, lo = d.loc[d.tingkat_diversi.idxmax()], d.loc[d.tingkat_diversi.idxmin()]
    return t(
        "jd_tinggi_rendah",
        lang,
        tinggi=hi.kecamatan,
        nilai_tinggi=fmt.persen(hi.tingkat_diversi, 2, lang),
        rendah=lo.kecamatan,
        nilai_rendah=fmt.persen(lo.tingkat_diversi, 2, lang),
    )


def pengurangan_saja(kini: pd.Series, lang: str = "id") -> str | None:
    """When there is nothing to compare with: the level against the target."""
    if pd.isna(kini.persen_pengurangan):
        return None
    return t(
        "jd_pengurangan_saja",
        lang,
        nilai=fmt.persen(kini.persen_pengurangan, 2, lang),
        target=fmt.persen(kini.target_pengurangan_pct, 0, lang),
    )


def csr_per_rupiah(proyek: pd.DataFrame, lang: str = "id") -> str | None:
    """The CSR project with the most extra tonnes per rupiah (lowest cost per extra tonne)."""
    d = proyek.dropna(subset=["biaya_per_ton"])
    d = d[d.ton_tambahan > 0]
    if d.empty:
        return None
    b = d.loc[d.biaya_per_ton.idxmin()]
    return t(
        "jd_csr",
        lang,
        program=b.program,
        perusahaan=b.perusahaan,
        kelurahan=b.kelurahan,
        ton=fmt.ton(b.ton_tambahan, lang),
        biaya=fmt.rupiah(b.biaya_per_ton, lang),
    )
