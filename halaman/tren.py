"""Tren: monthly and weekly series, categories, year on year, projection to the target, and the
tonnes still going to the TPA until waste-to-energy runs."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from sampah import fmt, periode, proyeksi, ui
from sampah.charts import TANPA_MODEBAR, tren
from sampah.i18n import t
from sampah.tabel import K

KOLOM_BULANAN = [
    K("bulan", "tr_k_bulan", "bulan"),
    K("ton_tpa", "k_tpa", "angka", 1),
    K("ton_diversi", "k_diversi", "angka", 1),
    K("tingkat_diversi", "k_tingkat", "persen", 2),
    K("timbulan_ton", "tr_k_timbulan", "angka", 0),
    K("persen_pengurangan", "k_pengurangan", "persen", 2),
    K("target_pengurangan_pct", "tr_k_target", "persen", 0),
]

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode
semua = {"mulai": p.data_mulai, "selesai": p.data_akhir, "kecamatan": p.kecamatan}
konteks = ui.q("konteks").iloc[0]

ui.kepala(
    t("tr_judul", lang, wilayah=ui.aman(p.wilayah)),
    p,
    t("tr_keterangan", lang, tgl=fmt.tanggal(p.data_akhir, lang), periode=periode.label(per.kunci, lang)),
)

skala = ui.url_halaman("skala_tren", ["bulan", "minggu"], "bulan")
skala = (
    st.segmented_control(
        t("tr_skala", lang),
        ["bulan", "minggu"],
        key="skala_tren",
        required=True,
        format_func=lambda k: t(f"tr_skala_{k}", lang),
    )
    or "bulan"
)
ui.simpan_url("skala_tren", skala, "bulan")

bulanan = ui.q("ringkasan_bulanan", **semua)
if bulanan.empty:
    st.info(t("tidak_ada_data", lang))
    st.stop()
# Figures are built once per view and data version for every viewer (ui.bersama): the series and
# categories cover all data, so their keys name the language and kecamatan, not the period.
kec = tuple(p.kecamatan)


def _seri() -> go.Figure:
    seri = ui.q("tren_mingguan", **semua) if skala == "minggu" else bulanan
    fig = tren.grafik_seri(seri, "minggu" if skala == "minggu" else "bulan", lang)
    return fig.add_vrect(
        x0=pd.Timestamp(per.mulai),
        x1=pd.Timestamp(per.selesai),
        fillcolor="#1B7F4B",
        opacity=0.08,
        line_width=0,
    )


st.subheader(t("tr_seri_judul", lang))
st.plotly_chart(ui.bersama(("tren_seri", skala, ui.pandang(p)), _seri), config=TANPA_MODEBAR)
st.caption(t("tr_musim", lang))

kiri, kanan = st.columns(2)
with kiri:
    fig = ui.bersama(
        ("tren_kategori", lang, kec), lambda: tren.grafik_kategori(ui.q("tren_kategori", **semua), lang)
    )
    st.plotly_chart(fig, config=TANPA_MODEBAR)
with kanan:
    ui.url_halaman("yoy_tren", ["ton_diversi", "ton_tpa"], "ton_diversi")
    yoy = (
        st.segmented_control(
            t("tr_yoy_pilih", lang),
            ["ton_diversi", "ton_tpa"],
            key="yoy_tren",
            required=True,
            format_func=lambda k: t("grafik_diversi" if k == "ton_diversi" else "grafik_tpa", lang),
        )
        or "ton_diversi"
    )
    ui.simpan_url("yoy_tren", yoy, "ton_diversi")
    judul = t("tr_yoy_diversi" if yoy == "ton_diversi" else "tr_yoy_tpa", lang)
    fig = ui.bersama(("tren_yoy", yoy, lang, kec), lambda: tren.grafik_yoy(bulanan, yoy, judul, lang))
    st.plotly_chart(fig, config=TANPA_MODEBAR)

# --- projection of the reduction % to the target year -------------------------------------------
st.subheader(t("tr_proyeksi_bagian", lang))
target = proyeksi.target_pengurangan(bulanan)
akhir = p.data_akhir.year
tahun_pilihan = [str(y) for y in range(akhir, akhir + 16)]
bawaan_target = str(proyeksi.tahun_target_bawaan(akhir))
ui.url_halaman("tahun_target", tahun_pilihan, bawaan_target)
tahun_target = int(
    st.columns([1, 3])[0].selectbox(t("tr_tahun_target", lang), tahun_pilihan, key="tahun_target")
)
ui.simpan_url("tahun_target", str(tahun_target), bawaan_target)
penuh = proyeksi.bulan_penuh(bulanan)
pr = ui.bersama(
    ("tren_proyeksi", tahun_target, kec),
    lambda: proyeksi.proyeksi_target(penuh.bulan, penuh.persen_pengurangan, target, tahun_target),
)
if pr is None:
    st.info(t("tr_tidak_cukup", lang))
else:
    laju = fmt.perubahan(pr.laju_per_tahun, 0, lang, poin=True)
    if pr.tercapai is not None:
        st.markdown(
            t(
                "tr_kalimat_capai",
                lang,
                laju=laju,
                target=fmt.persen(target, 0, lang),
                tahun=pr.tercapai,
                cepat=pr.tercapai_cepat or "–",
                lambat=pr.tercapai_lambat or t("tr_lebih_lambat", lang),
            )
        )
    else:
        akhir_row = pr.tahunan.iloc[-1]
        st.markdown(
            t(
                "tr_kalimat_tidak",
                lang,
                laju=laju,
                target=fmt.persen(target, 0, lang),
                batas=proyeksi.CAKRAWALA,
                tahun_target=int(akhir_row.tahun),
                nilai=fmt.persen(akhir_row.tengah, 2, lang),
                bawah=fmt.persen(akhir_row.bawah, 2, lang),
                atas=fmt.persen(akhir_row.atas, 2, lang),
            )
        )
    fig = ui.bersama(
        ("tren_proyeksi_grafik", tahun_target, lang, kec),
        lambda: tren.grafik_proyeksi(tren.tahunan(bulanan), pr, target, lang),
    )
    st.plotly_chart(fig, config=TANPA_MODEBAR)

# --- tonnes still going to the landfill until waste-to-energy ------------------------------------
st.subheader(t("tr_psel_bagian", lang, tpa=ui.aman(p.tpa)))
bawaan_psel = str(proyeksi.psel_bawaan(konteks.psel_mulai_tahun, akhir))
psel_pilihan = [str(y) for y in range(akhir + 1, akhir + 21)]
ui.url_halaman("psel", psel_pilihan, bawaan_psel if bawaan_psel in psel_pilihan else psel_pilihan[0])
psel = int(st.columns([1, 3])[0].selectbox(t("tr_psel_tahun", lang), psel_pilihan, key="psel"))
ui.simpan_url("psel", str(psel), bawaan_psel)
dari = p.data_akhir + pd.Timedelta(days=1)
jumlah = ui.bersama(
    ("tren_psel", psel, kec),
    lambda: proyeksi.jumlah_sampai(penuh.bulan, penuh.ton_tpa / penuh.hari, dari, date(psel, 1, 1)),
)
if jumlah is None:
    st.info(t("tr_psel_lewat", lang))
else:
    laju_tpa = proyeksi.laju_harian_12_bulan(penuh, "ton_tpa")
    st.markdown(
        t(
            "tr_psel_kalimat",
            lang,
            laju=fmt.ton(laju_tpa, lang),
            total=fmt.ton(jumlah[0], lang),
            bawah=fmt.ton(jumlah[1], lang),
            atas=fmt.ton(jumlah[2], lang),
            tpa=ui.aman(p.tpa),
            dari=fmt.tanggal(dari, lang),
            tahun=psel,
        )
    )

# the table (120 rows of ten years) is built only while its expander is open: opening it reruns
tabel_bulanan = st.expander(t("tr_tabel", lang), icon=":material/table:", key="tr_tabel", on_change="rerun")
with tabel_bulanan:
    if tabel_bulanan.open:
        ui.tabel(
            bulanan,
            KOLOM_BULANAN,
            lang,
            unduh_nama="tren_bulanan",
            judul=t("tr_tabel", lang) + f" – {p.wilayah}",
            p=p,
        )

with st.expander(t("definisi", lang), icon=":material/functions:"):
    st.markdown(t("tr_definisi", lang))
