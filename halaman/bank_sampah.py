"""Bank Sampah: units on the map, deposits and reporting completeness per month, growth, kinds of
waste, prices, the top units and the active units that stopped reporting."""

import pandas as pd
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import fmt, geo, periode, ui
from sampah.charts import TANPA_MODEBAR
from sampah.charts import bank_sampah as grafik
from sampah.i18n import istilah, t
from sampah.tabel import K
from sampah.teks.bank_sampah import DEFINISI

KOLOM_KATEGORI = [
    K("kategori", "bs_k_kategori"),
    K("subjenis", "bs_k_subjenis"),
    K("ton", "bs_k_ton", "angka", 2),
    K("nilai_rp", "bs_k_nilai", "angka"),
    K("harga_rata_rp_kg", "bs_k_harga", "angka"),
    K("porsi", "bs_k_porsi", "persen", 1),
]
KOLOM_UNIT = [
    K("nama", "bs_k_unit"),
    K("kelurahan", "bs_k_kelurahan"),
    K("kecamatan", "bs_k_kecamatan"),
    K("rw", "bs_k_rw"),
    K("status", "bs_k_status"),
    K("nasabah", "bs_k_nasabah", "angka"),
    K("ton", "bs_k_ton", "angka", 3),
    K("nilai_rp", "bs_k_nilai", "angka"),
    K("hari_setor", "bs_k_hari", "angka"),
    K("setoran_terakhir", "bs_k_terakhir", "tanggal", kosong="bs_belum_pernah"),
    K("minggu_tanpa_setoran", "bs_k_minggu", "angka"),
]
KOLOM_SENYAP = {"nama", "kelurahan", "kecamatan", "rw", "nasabah", "setoran_terakhir", "minggu_tanpa_setoran"}

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode
label_periode = periode.label(per.kunci, lang)
# monthly charts: the 24 months up to the end of the chosen period (as on Ringkasan)
bulan_24 = {
    "mulai": per.selesai.replace(day=1) - relativedelta(months=23),
    "selesai": per.selesai,
    "kecamatan": p.kecamatan,
}

ui.kepala(t("bs_judul", lang, wilayah=ui.aman(p.wilayah)), p)
# every figure is built once per view and data version for all viewers (ui.bersama)
pandang = ui.pandang(p)

unit = ui.q("bank_sampah_unit", **p.params())
if unit.empty:
    st.info(t("bs_tidak_ada_unit", lang))
    st.stop()
kpi = ui.q("bank_sampah_ringkas", **p.params()).iloc[0]
prev = per.sebelumnya()
lalu = ui.q("bank_sampah_ringkas", **p.params(prev)).iloc[0]
senyap = unit[unit.status == "senyap"]


def banding(kolom: str) -> dict:
    """The change against the previous period, when that period has deposits to compare with."""
    if not (pd.notna(lalu.ton) and lalu.ton > 0):
        return {}
    return {
        "ubah": fmt.ubah(kpi[kolom], lalu[kolom], lang),
        "banding": t("vs_sebelumnya", lang, p=periode.label(prev.kunci, lang)),
    }


harga = (
    (t("bs_kpi_harga", lang, rp=fmt.angka(kpi.harga_rata_rp_kg, 0, lang)),)
    if pd.notna(kpi.harga_rata_rp_kg)
    else ()
)
ui.baris_kpi(
    [
        ui.Kpi(
            t("bs_kpi_aktif", lang),
            fmt.angka(kpi.unit_aktif, 0, lang),
            t("bs_kpi_aktif_bantuan", lang),
            catatan=(
                t(
                    "bs_kpi_lapor",
                    lang,
                    n=fmt.angka(kpi.unit_melapor, 0, lang),
                    bulan=fmt.tanggal(per.selesai, lang, "MMM y"),
                    pct=fmt.persen(kpi.kelengkapan_lapor, 0, lang),
                ),
                t("bs_kpi_senyap", lang, n=fmt.angka(len(senyap), 0, lang)),
            ),
            **banding("unit_aktif"),
        ),
        ui.Kpi(
            t("bs_kpi_nasabah", lang),
            fmt.angka(kpi.nasabah_terdaftar, 0, lang),
            t("bs_kpi_nasabah_bantuan", lang),
            **banding("nasabah_terdaftar"),
        ),
        ui.Kpi(
            t("bs_kpi_ton", lang), fmt.ton(kpi.ton, lang), t("bs_kpi_ton_bantuan", lang), **banding("ton")
        ),
        ui.Kpi(
            t("bs_kpi_nilai", lang),
            fmt.rupiah_singkat(kpi.nilai_rp, lang),
            t("bs_kpi_nilai_bantuan", lang) + "\n\n" + t("bs_kpi_harga_bantuan", lang),
            lengkap=fmt.rupiah(kpi.nilai_rp, lang),
            catatan=harga,
            **banding("nilai_rp"),
        ),
    ],
    per_baris=4,
)

# --- map ----------------------------------------------------------------------------------------
st.subheader(t("bs_peta_judul", lang, tgl=fmt.tanggal(per.selesai, lang)))
latar = ui.q("bank_sampah_latar")
batas = geo.batas_kecamatan(ui.q("batas_wilayah"))
if batas.empty and unit.lat.isna().all() and latar.lat.isna().all():  # a new city: no place known yet
    st.info(t("peta_tanpa_titik", lang), icon=":material/map:")
else:
    fig = ui.bersama(
        ("bs_peta", pandang),
        lambda: grafik.peta_unit(
            unit, lang, batas=batas if len(batas) else None, pusat=latar[["kode", "nama", "lat", "lon"]]
        ),
    )
    st.plotly_chart(fig, config=TANPA_MODEBAR)
    st.caption(t("bs_peta_catatan", lang))

# --- deposits, value paid and completeness per month --------------------------------------------
st.subheader(t("bs_bulanan_judul", lang))
bulanan = ui.q("bank_sampah_bulanan", **bulan_24)
st.plotly_chart(
    ui.bersama(("bs_bulanan", pandang), lambda: grafik.setoran_bulanan(bulanan, lang)), config=TANPA_MODEBAR
)
st.caption(
    t("bs_bulanan_catatan", lang)
    + (" " + t("bs_bulan_berjalan", lang, tgl=fmt.tanggal(per.selesai, lang)) if per.berjalan else "")
)

st.subheader(t("bs_tumbuh_judul", lang))
st.plotly_chart(
    ui.bersama(("bs_tumbuh", pandang), lambda: grafik.pertumbuhan(bulanan, lang)), config=TANPA_MODEBAR
)

# --- kinds of waste and prices ------------------------------------------------------------------
st.subheader(t("bs_kategori_judul", lang, periode=label_periode))
kategori = ui.q("bank_sampah_kategori", **p.params())
if kategori.empty:
    st.info(t("tidak_ada_data", lang))
else:
    fig = ui.bersama(("bs_subjenis", pandang), lambda: grafik.per_subjenis(kategori, lang))
    st.plotly_chart(fig, config=TANPA_MODEBAR)
    ui.tabel(
        kategori.assign(
            kategori=kategori.kategori.map(lambda k: istilah(k, lang)),
            subjenis=kategori.subjenis.map(lambda k: istilah(k, lang)),
        ),
        KOLOM_KATEGORI,
        lang,
        unduh_nama=f"bank_sampah_jenis_{per.kunci}",
        judul=t("bs_kategori_judul", lang, periode=label_periode) + f" – {p.wilayah}",
        p=p,
    )

st.subheader(t("bs_harga_judul", lang))
fig = ui.bersama(("bs_harga", pandang), lambda: grafik.harga(ui.q("bank_sampah_harga", **bulan_24), lang))
st.plotly_chart(fig, config=TANPA_MODEBAR)
st.caption(t("bs_harga_catatan", lang))

# --- top units and silent units -----------------------------------------------------------------
status_label = {s: t(f"bs_status_{s}", lang) for s in ("aktif", "senyap", "nonaktif")}
st.subheader(t("bs_teratas_judul", lang, periode=label_periode))
st.plotly_chart(ui.bersama(("bs_teratas", pandang), lambda: grafik.teratas(unit, lang)), config=TANPA_MODEBAR)
st.caption(t("bs_semua_unit", lang, n=fmt.angka(len(unit), 0, lang)))
ui.unduh(
    unit.assign(status=unit.status.map(status_label)),
    KOLOM_UNIT,
    f"bank_sampah_unit_{per.kunci}",
    lang,
    judul=t("bs_semua_judul", lang) + f" – {p.wilayah}",
    p=p,
)

st.subheader(t("bs_senyap_judul", lang))
st.caption(t("bs_senyap_ket", lang, tgl=fmt.tanggal(per.selesai, lang)))
if senyap.empty:
    st.success(t("bs_senyap_kosong", lang))
else:
    ui.tabel(
        senyap.sort_values("minggu_tanpa_setoran", ascending=False),
        [k for k in KOLOM_UNIT if k.nama in KOLOM_SENYAP],
        lang,
        unduh_nama=f"bank_sampah_senyap_{per.kunci}",
        judul=t("bs_senyap_judul", lang) + f" – {p.wilayah}",
        p=p,
    )

with st.expander(t("definisi", lang), icon=":material/functions:"):
    for key in DEFINISI:
        st.markdown("- " + t(key, lang))
