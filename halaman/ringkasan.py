"""Ringkasan: the landing page. Headline figures, monthly chart and a table per kecamatan."""

import pandas as pd
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import charts, fmt, periode, ui
from sampah.i18n import definisi, t
from sampah.tabel import K

KOLOM_KECAMATAN = [
    K("kecamatan", "k_kecamatan"),
    K("penduduk", "k_penduduk", "angka"),
    K("ton_tpa", "k_tpa", "angka"),
    K("ton_diversi", "k_diversi", "angka", 1),
    K("tingkat_diversi", "k_tingkat", "persen", 2),
    K("tpa_kg_per_orang_hari", "k_tpa_kapita", "angka", 2),
    K("persen_pengurangan", "k_pengurangan", "persen", 2),
    K("bs_aktif", "k_bs", "angka"),
    K("bs_per_10rb_penduduk", "k_bs_10rb", "angka", 2),
]

p = ui.pilihan_sidebar()
lang = p.lang
per = p.periode
prev, lalu = per.sebelumnya(), per.tahun_lalu()

kini = ui.q("ringkasan_kpi", **p.params()).iloc[0]
sebelum = ui.q("ringkasan_kpi", **p.params(prev)).iloc[0]
tahun_lalu = ui.q("ringkasan_kpi", **p.params(lalu)).iloc[0]

ui.kepala(t("ringkasan_judul", lang, wilayah=ui.aman(p.wilayah)), p)

if kini.ton_tpa == 0 and kini.ton_diversi == 0:
    st.info(t("tidak_ada_data", lang))
    st.stop()

label_prev = periode.label(prev.kunci, lang)
label_lalu = periode.label(lalu.kunci, lang)


def ada_data(baris: pd.Series) -> bool:
    """A comparison period without any records is shown as such, not as a change from zero."""
    return bool(baris.ton_tpa > 0 or baris.ton_diversi > 0)


def kpi(judul: str, kolom: str, tulis, bantuan: str, poin: bool = False, **kw) -> ui.Kpi:  # noqa: ANN001
    """A headline figure with its change against the previous period (the card's arrow) and the
    same period last year (a line under it). `tulis` formats a value of `kolom` in full."""
    catatan = list(kw.pop("catatan", ()))
    if prev.kunci != lalu.kunci:
        if ada_data(tahun_lalu):
            ubah = fmt.perubahan(kini[kolom], tahun_lalu[kolom], lang, poin) or fmt.NA
            catatan.insert(0, f"{label_lalu}: {tulis(tahun_lalu[kolom])} ({ubah})")
        else:
            catatan.insert(0, t("tanpa_data_banding", lang, p=label_lalu))
    ada = ada_data(sebelum)
    return ui.Kpi(
        judul,
        kw.pop("nilai", None) or tulis(kini[kolom]),
        bantuan,
        ubah=fmt.ubah(kini[kolom], sebelum[kolom], lang, poin) if ada else None,
        banding=t("vs_sebelumnya", lang, p=label_prev),
        catatan=tuple(catatan),
        **kw,
    )


ton = lambda v: fmt.ton(v, lang)  # noqa: E731
pct = lambda v: fmt.persen(v, 2, lang)  # noqa: E731
target = fmt.persen(kini.target_pengurangan_pct, 0, lang)
tanpa_asal = kini.ton_tpa_tanpa_asal > 0
ui.baris_kpi(
    [
        kpi(
            t("kpi_tpa", lang),
            "ton_tpa",
            ton,
            t("kpi_tpa_bantuan", lang, tpa=ui.aman(p.tpa)),
            naik_baik=False,  # less to the landfill is the good news
            catatan=[t("tanpa_asal", lang, ton=ton(kini.ton_tpa_tanpa_asal))] if tanpa_asal else [],
        ),
        kpi(t("kpi_diversi", lang), "ton_diversi", ton, t("kpi_diversi_bantuan", lang)),
        kpi(t("kpi_tingkat", lang), "tingkat_diversi", pct, t("kpi_tingkat_bantuan", lang), poin=True),
        kpi(
            t("kpi_pengurangan", lang) + "*",
            "persen_pengurangan",
            pct,
            t("kpi_pengurangan_bantuan", lang, target=target),
            poin=True,
            catatan=[
                t("target_dari", lang, target=target)
                + (" · " + t("penduduk_estimasi_singkat", lang) if kini.penduduk_estimasi else "")
            ],
        ),
        kpi(
            t("kpi_bs", lang),
            "bs_aktif",
            lambda v: fmt.angka(v, 0, lang),
            t("kpi_bs_bantuan", lang),
            catatan=[
                t(
                    "kpi_bs_lapor",
                    lang,
                    n=fmt.angka(kini.bs_melapor, 0, lang),
                    bulan=fmt.tanggal(per.selesai, lang, "MMM y"),
                    pct=fmt.persen(kini.kelengkapan_lapor, 0, lang),
                )
            ],
        ),
        kpi(
            t("kpi_csr", lang),
            "csr_anggaran_rp",
            lambda v: fmt.rupiah(v, lang),
            t("kpi_csr_bantuan", lang),
            nilai=fmt.rupiah_singkat(kini.csr_anggaran_rp, lang),
            lengkap=fmt.rupiah(kini.csr_anggaran_rp, lang),
            naik_baik=None,  # a larger budget is neither good nor bad news by itself
            catatan=[
                t(
                    "kpi_csr_proyek",
                    lang,
                    n=int(kini.csr_proyek or 0),
                    rp=fmt.rupiah(kini.csr_realisasi_rp, lang),
                )
            ],
        ),
    ]
)

st.subheader(t("grafik_judul", lang))
mulai_grafik = per.selesai.replace(day=1) - relativedelta(months=23)
bulanan = ui.q("ringkasan_bulanan", mulai=mulai_grafik, selesai=per.selesai, kecamatan=p.kecamatan)
st.plotly_chart(charts.grafik_bulanan(bulanan, lang), config=charts.TANPA_MODEBAR)

st.subheader(t("tabel_judul", lang, periode=periode.label(per.kunci, lang)))
kec = ui.q("ringkasan_kecamatan", **p.params())
ui.tabel(
    kec,
    KOLOM_KECAMATAN,
    lang,
    semua_baris=True,
    unduh_nama=f"ringkasan_kecamatan_{per.kunci}",
    judul=t("tabel_judul", lang, periode=periode.label(per.kunci, lang)) + f" – {p.kota}",
    p=p,
)
estimasi = bool(kec.penduduk_estimasi.fillna(True).any())
catatan = (
    "tanpa_penduduk" if kec.penduduk.isna().all() else "estimasi_catatan" if estimasi else "resmi_catatan"
)
st.caption(t(catatan, lang) + " " + t("singkatan", lang))

terbaru = ui.q("data_terbaru").set_index("dataset").terbaru
st.caption(
    t(
        "data_terbaru",
        lang,
        s=fmt.tanggal(pd.Timestamp(terbaru.get("setoran")).date(), lang)
        if pd.notna(terbaru.get("setoran"))
        else "–",
        t=fmt.tanggal(pd.Timestamp(terbaru.get("tpa_muatan")).date(), lang)
        if pd.notna(terbaru.get("tpa_muatan"))
        else "–",
    )
)

sipsn = ui.q("sipsn_banding", selesai=per.selesai)
if sipsn.empty:
    st.caption(t("sipsn_kosong", lang))
else:
    st.subheader(t("sipsn_judul", lang, tahun=int(sipsn.tahun.iloc[0])))
    st.plotly_chart(charts.grafik_sipsn(sipsn, lang), config=charts.TANPA_MODEBAR)
    lain = sipsn[~sipsn.kota_ini].sumber.dropna().unique()
    st.caption(
        t("sipsn_catatan", lang, sumber=ui.aman(", ".join(lain)) or "–", kota=ui.aman(p.kota))
        + (
            ""
            if sipsn.kota_ini.any()
            else " " + t("sipsn_tanpa_kota", lang, kota=ui.aman(p.kota), tahun=int(sipsn.tahun.iloc[0]))
        )
    )

with st.expander(t("definisi", lang), icon=":material/functions:"):
    konteks = ui.q("konteks").iloc[0]
    for baris in definisi(lang, kg=fmt.angka(konteks.kg_per_orang_hari, 2, lang)):
        st.markdown("- " + baris)
