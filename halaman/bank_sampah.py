"""Bank Sampah: units on the map, deposits and reporting completeness per month, growth, kinds of
waste, prices, the top units and the active units that stopped reporting."""

import pandas as pd
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import fmt, periode, ui
from sampah.charts import TANPA_MODEBAR
from sampah.charts import bank_sampah as grafik
from sampah.i18n import t
from sampah.teks.bank_sampah import DEFINISI

p = ui.pilihan()
lang, per = p.lang, p.periode
label_periode = periode.label(per.kunci, lang)
# monthly charts: the 24 months up to the end of the chosen period (as on Ringkasan)
bulan_24 = {
    "mulai": per.selesai.replace(day=1) - relativedelta(months=23),
    "selesai": per.selesai,
    "kecamatan": p.kecamatan,
}

st.title(t("bs_judul", lang, wilayah=ui.aman(p.wilayah)))
st.caption(f"**{label_periode}** · {ui.rentang(p)}")

unit = ui.q("bank_sampah_unit", **p.params())
if unit.empty:
    st.info(t("bs_tidak_ada_unit", lang))
    st.stop()
kpi = ui.q("bank_sampah_ringkas", **p.params()).iloc[0]
senyap = unit[unit.status == "senyap"]

k = st.columns(4)
bulan_akhir = fmt.tanggal(per.selesai, lang, "MMM y")
with k[0].container(border=True):
    st.metric(
        t("bs_kpi_aktif", lang), fmt.angka(kpi.unit_aktif, 0, lang), help=t("bs_kpi_aktif_bantuan", lang)
    )
    st.caption(
        t(
            "bs_kpi_lapor",
            lang,
            n=fmt.angka(kpi.unit_melapor, 0, lang),
            bulan=bulan_akhir,
            pct=fmt.persen(kpi.kelengkapan_lapor, 0, lang),
        )
    )
    st.caption(t("bs_kpi_senyap", lang, n=fmt.angka(len(senyap), 0, lang)))
with k[1].container(border=True):
    st.metric(
        t("bs_kpi_nasabah", lang),
        fmt.angka(kpi.nasabah_terdaftar, 0, lang),
        help=t("bs_kpi_nasabah_bantuan", lang),
    )
with k[2].container(border=True):
    st.metric(t("bs_kpi_ton", lang), fmt.ton(kpi.ton, lang), help=t("bs_kpi_ton_bantuan", lang))
with k[3].container(border=True):
    st.metric(t("bs_kpi_nilai", lang), fmt.rupiah(kpi.nilai_rp, lang), help=t("bs_kpi_nilai_bantuan", lang))
    if pd.notna(kpi.harga_rata_rp_kg):
        st.caption(
            t("bs_kpi_harga", lang, rp=fmt.angka(kpi.harga_rata_rp_kg, 0, lang)),
            help=t("bs_kpi_harga_bantuan", lang),
        )

# --- map ----------------------------------------------------------------------------------------
st.subheader(t("bs_peta_judul", lang, tgl=fmt.tanggal(per.selesai, lang)))
latar = ui.q("bank_sampah_latar")
batas = latar.dropna(subset=["geojson"])[["kode", "geojson"]]
st.plotly_chart(
    grafik.peta_unit(
        unit, lang, batas=batas if len(batas) else None, pusat=latar[["kode", "nama", "lat", "lon"]]
    ),
    config=TANPA_MODEBAR,
)
st.caption(t("bs_peta_catatan", lang))

# --- deposits, value paid and completeness per month --------------------------------------------
st.subheader(t("bs_bulanan_judul", lang))
bulanan = ui.q("bank_sampah_bulanan", **bulan_24)
st.plotly_chart(grafik.setoran_bulanan(bulanan, lang), config=TANPA_MODEBAR)
st.caption(
    t("bs_bulanan_catatan", lang)
    + (" " + t("bs_bulan_berjalan", lang, tgl=fmt.tanggal(per.selesai, lang)) if per.berjalan else "")
)

st.subheader(t("bs_tumbuh_judul", lang))
st.plotly_chart(grafik.pertumbuhan(bulanan, lang), config=TANPA_MODEBAR)

# --- kinds of waste and prices ------------------------------------------------------------------
st.subheader(t("bs_kategori_judul", lang, periode=label_periode))
kategori = ui.q("bank_sampah_kategori", **p.params())
if kategori.empty:
    st.info(t("tidak_ada_data", lang))
else:
    st.plotly_chart(grafik.per_subjenis(kategori, lang), config=TANPA_MODEBAR)
    kolom = {
        "kategori": "bs_k_kategori",
        "subjenis": "bs_k_subjenis",
        "ton": "bs_k_ton",
        "nilai_rp": "bs_k_nilai",
        "harga_rata_rp_kg": "bs_k_harga",
        "porsi": "bs_k_porsi",
    }
    tabel = kategori[list(kolom)].rename(columns={c: t(h, lang) for c, h in kolom.items()})
    st.dataframe(
        tabel.style.format(
            {
                t("bs_k_ton", lang): lambda v: fmt.angka(v, 2, lang),
                t("bs_k_nilai", lang): lambda v: fmt.angka(v, 0, lang),
                t("bs_k_harga", lang): lambda v: fmt.angka(v, 0, lang),
                t("bs_k_porsi", lang): lambda v: fmt.persen(v, 1, lang),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    ui.unduh(tabel, f"bank_sampah_jenis_{per.kunci}", lang)

st.subheader(t("bs_harga_judul", lang))
st.plotly_chart(grafik.harga(ui.q("bank_sampah_harga", **bulan_24), lang), config=TANPA_MODEBAR)
st.caption(t("bs_harga_catatan", lang))

# --- top units and silent units -----------------------------------------------------------------
kolom_unit = {
    "nama": "bs_k_unit",
    "kelurahan": "bs_k_kelurahan",
    "kecamatan": "bs_k_kecamatan",
    "rw": "bs_k_rw",
    "status": "bs_k_status",
    "nasabah": "bs_k_nasabah",
    "ton": "bs_k_ton",
    "nilai_rp": "bs_k_nilai",
    "hari_setor": "bs_k_hari",
    "setoran_terakhir": "bs_k_terakhir",
    "minggu_tanpa_setoran": "bs_k_minggu",
}
status_label = {s: t(f"bs_status_{s}", lang) for s in ("aktif", "senyap", "nonaktif")}
semua = (
    unit[list(kolom_unit)]
    .assign(status=unit.status.map(status_label))
    .rename(columns={c: t(h, lang) for c, h in kolom_unit.items()})
)

st.subheader(t("bs_teratas_judul", lang, periode=label_periode))
st.plotly_chart(grafik.teratas(unit, lang), config=TANPA_MODEBAR)
st.caption(t("bs_semua_unit", lang, n=fmt.angka(len(unit), 0, lang)))
ui.unduh(semua, f"bank_sampah_unit_{per.kunci}", lang)

st.subheader(t("bs_senyap_judul", lang))
st.caption(t("bs_senyap_ket", lang, tgl=fmt.tanggal(per.selesai, lang)))
if senyap.empty:
    st.success(t("bs_senyap_kosong", lang))
else:
    kolom_s = ["nama", "kelurahan", "kecamatan", "rw", "nasabah", "setoran_terakhir", "minggu_tanpa_setoran"]
    tabel_s = senyap.sort_values("minggu_tanpa_setoran", ascending=False)[kolom_s].rename(
        columns={c: t(kolom_unit[c], lang) for c in kolom_s}
    )
    kol_tgl = t("bs_k_terakhir", lang)
    tampil = tabel_s.assign(
        **{
            kol_tgl: [
                fmt.tanggal(pd.Timestamp(d).date(), lang) if pd.notna(d) else t("bs_belum_pernah", lang)
                for d in tabel_s[kol_tgl]
            ]
        }
    )
    st.dataframe(tampil, hide_index=True, width="stretch")
    ui.unduh(tabel_s, f"bank_sampah_senyap_{per.kunci}", lang)

with st.expander(t("definisi", lang), icon=":material/functions:"):
    for key in DEFINISI:
        st.markdown("- " + t(key, lang))
