"""Ringkasan: the landing page. Headline figures, monthly chart and a table per kecamatan."""

import pandas as pd
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import charts, fmt, periode, ui
from sampah.i18n import definisi, t

p = ui.pilihan()
lang = p.lang
per = p.periode
prev, lalu = per.sebelumnya(), per.tahun_lalu()

kini = ui.q("ringkasan_kpi", **p.params()).iloc[0]
sebelum = ui.q("ringkasan_kpi", **p.params(prev)).iloc[0]
tahun_lalu = ui.q("ringkasan_kpi", **p.params(lalu)).iloc[0]

st.title(t("ringkasan_judul", lang, wilayah=ui.aman(p.wilayah)))
st.caption(f"**{periode.label(per.kunci, lang)}** · {ui.rentang(p)}")

if kini.ton_tpa == 0 and kini.ton_diversi == 0:
    st.info(t("tidak_ada_data", lang))
    st.stop()

label_prev = periode.label(prev.kunci, lang)
label_lalu = periode.label(lalu.kunci, lang)


def ada_data(baris: pd.Series) -> bool:
    """A comparison period without any records is shown as such, not as a change from zero."""
    return bool(baris.ton_tpa > 0 or baris.ton_diversi > 0)


def kartu(
    kol,
    judul: str,
    nilai: str,
    kolom: str,
    bantuan: str,
    format_nilai,
    poin: bool = False,
    warna: str = "normal",
    catatan: str | None = None,
) -> None:
    """One headline figure with its change vs the previous period and vs last year."""
    with kol.container(border=True):
        ada = ada_data(sebelum)
        st.metric(
            judul,
            nilai,
            delta=fmt.perubahan(kini[kolom], sebelum[kolom], lang, poin) if ada else None,
            delta_color=warna,
            help=bantuan,
            delta_description=t("vs_sebelumnya", lang, p=label_prev) if ada else None,
        )
        if prev.kunci != lalu.kunci:
            if ada_data(tahun_lalu):
                ubah = fmt.perubahan(kini[kolom], tahun_lalu[kolom], lang, poin) or "–"
                st.caption(f"{label_lalu}: {format_nilai(tahun_lalu[kolom])} ({ubah})")
            else:
                st.caption(t("tanpa_data_banding", lang, p=label_lalu))
        if catatan:
            st.caption(catatan)


target = kini.target_pengurangan_pct
k1, k2, k3 = st.columns(3)
kartu(
    k1,
    t("kpi_tpa", lang),
    fmt.ton(kini.ton_tpa, lang),
    "ton_tpa",
    t("kpi_tpa_bantuan", lang, tpa=ui.aman(p.tpa)),
    lambda v: fmt.ton(v, lang),
    warna="inverse",
    catatan=t("tanpa_asal", lang, ton=fmt.ton(kini.ton_tpa_tanpa_asal, lang))
    if kini.ton_tpa_tanpa_asal > 0
    else None,
)
kartu(
    k2,
    t("kpi_diversi", lang),
    fmt.ton(kini.ton_diversi, lang),
    "ton_diversi",
    t("kpi_diversi_bantuan", lang),
    lambda v: fmt.ton(v, lang),
)
kartu(
    k3,
    t("kpi_tingkat", lang),
    fmt.persen(kini.tingkat_diversi, 2, lang),
    "tingkat_diversi",
    t("kpi_tingkat_bantuan", lang),
    lambda v: fmt.persen(v, 2, lang),
    poin=True,
)
k4, k5, k6 = st.columns(3)
kartu(
    k4,
    t("kpi_pengurangan", lang) + "*",
    fmt.persen(kini.persen_pengurangan, 2, lang),
    "persen_pengurangan",
    t("kpi_pengurangan_bantuan", lang, target=fmt.persen(target, 0, lang)),
    lambda v: fmt.persen(v, 2, lang),
    poin=True,
    catatan=t("target_dari", lang, target=fmt.persen(target, 0, lang))
    + (" · " + t("penduduk_estimasi_singkat", lang) if kini.penduduk_estimasi else ""),
)
bulan_akhir = fmt.tanggal(per.selesai, lang, "MMM y")
kartu(
    k5,
    t("kpi_bs", lang),
    fmt.angka(kini.bs_aktif, 0, lang),
    "bs_aktif",
    t("kpi_bs_bantuan", lang),
    lambda v: fmt.angka(v, 0, lang),
    catatan=t(
        "kpi_bs_lapor",
        lang,
        n=fmt.angka(kini.bs_melapor, 0, lang),
        bulan=bulan_akhir,
        pct=fmt.persen(kini.kelengkapan_lapor, 0, lang),
    ),
)
kartu(
    k6,
    t("kpi_csr", lang),
    fmt.rupiah(kini.csr_anggaran_rp, lang),
    "csr_anggaran_rp",
    t("kpi_csr_bantuan", lang),
    lambda v: fmt.rupiah(v, lang),
    warna="off",
    catatan=t(
        "kpi_csr_proyek", lang, n=int(kini.csr_proyek or 0), rp=fmt.rupiah(kini.csr_realisasi_rp, lang)
    ),
)

st.subheader(t("grafik_judul", lang))
mulai_grafik = per.selesai.replace(day=1) - relativedelta(months=23)
bulanan = ui.q("ringkasan_bulanan", mulai=mulai_grafik, selesai=per.selesai, kecamatan=p.kecamatan)
st.plotly_chart(charts.grafik_bulanan(bulanan, lang), config=charts.TANPA_MODEBAR)

st.subheader(t("tabel_judul", lang, periode=periode.label(per.kunci, lang)))
kec = ui.q("ringkasan_kecamatan", **p.params())
bulat, satu, dua = (
    (lambda v: fmt.angka(v, 0, lang)),
    (lambda v: fmt.angka(v, 1, lang)),
    (lambda v: fmt.angka(v, 2, lang)),
)
pct = lambda v: fmt.persen(v, 2, lang)  # noqa: E731
kolom = [  # (query column, header, format)
    ("kecamatan", "k_kecamatan", str),
    ("penduduk", "k_penduduk", bulat),
    ("ton_tpa", "k_tpa", bulat),
    ("ton_diversi", "k_diversi", satu),
    ("tingkat_diversi", "k_tingkat", pct),
    ("tpa_kg_per_orang_hari", "k_tpa_kapita", dua),
    ("persen_pengurangan", "k_pengurangan", pct),
    ("bs_aktif", "k_bs", bulat),
    ("bs_per_10rb_penduduk", "k_bs_10rb", dua),
]
tabel = kec[[c for c, _, _ in kolom]].rename(columns={c: t(h, lang) for c, h, _ in kolom})
gaya = tabel.style.format({t(h, lang): f for _, h, f in kolom})
st.dataframe(gaya, hide_index=True, width="stretch", height=36 * (len(tabel) + 1) + 4)
ui.unduh(tabel, f"ringkasan_kecamatan_{per.kunci}", lang)
estimasi = bool(kec.penduduk_estimasi.fillna(True).any())
st.caption(t("estimasi_catatan" if estimasi else "resmi_catatan", lang) + " " + t("singkatan", lang))

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
