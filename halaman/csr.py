"""CSR/TJSLP: projects on the map and in a table, budget by company, sector and kecamatan, the
effect of environment projects on bank sampah deposits, and the kelurahan to propose next."""

import pandas as pd
import streamlit as st

from sampah import csr_dampak, fmt, geo, periode, ui
from sampah.charts import TANPA_MODEBAR
from sampah.charts import csr as grafik
from sampah.i18n import istilah, t
from sampah.tabel import K
from sampah.teks.csr import DEFINISI

KOLOM_PROYEK = [
    K("id", "csr_k_id"),
    K("perusahaan", "csr_k_perusahaan"),
    K("program", "csr_k_program"),
    K("bidang", "csr_k_bidang"),
    K("kecamatan", "csr_k_kecamatan"),
    K("kelurahan", "csr_k_kelurahan"),
    K("anggaran_rp", "csr_k_anggaran", "angka"),
    K("realisasi_rp", "csr_k_realisasi", "angka"),
    K("status", "csr_k_status"),
    K("mulai", "csr_k_mulai", "tanggal"),
    K("selesai", "csr_k_selesai", "tanggal"),
]
KOLOM_DAMPAK = [
    K("id", "csr_k_id"),
    K("perusahaan", "csr_k_perusahaan"),
    K("program", "csr_k_program"),
    K("kelurahan", "csr_k_kelurahan"),
    K("mulai", "csr_k_mulai", "tanggal"),
    K("realisasi_rp", "csr_k_realisasi", "angka"),
    K("ton_tambahan", "csr_k_ton", "angka", 1, satuan="t"),
    K("biaya_per_ton", "csr_k_biaya", "angka"),
]
KOLOM_PRIORITAS = [
    K("kelurahan", "csr_k_kelurahan"),
    K("kecamatan", "csr_k_kecamatan"),
    K("penduduk", "csr_k_penduduk", "angka"),
    K("ton_diversi", "csr_k_diversi", "angka", 2),
    K("diversi_g", "csr_k_diversi_kapita", "angka", 2),
    K("bs_aktif", "csr_k_bs", "angka"),
    K("bs_per_rw", "csr_k_bs_rw", "angka", 2),
    K("usulan_csr", "csr_k_usulan"),
]

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode
label_periode = periode.label(per.kunci, lang)
pct = lambda v: fmt.persen(v, 0, lang)  # noqa: E731

ui.kepala(t("csr_judul", lang, wilayah=ui.aman(p.wilayah)), p)

proyek = ui.q("csr_proyek", **p.params())
anggaran = ui.q("csr_anggaran", **p.params())
lingkungan = ui.q("csr_proyek_lingkungan")
# the effect (a bootstrap over every kelurahan's months) and the figures are computed once per data
# version (and view) for every viewer: ui.bersama
dampak = ui.bersama(("csr_dampak",), lambda: csr_dampak.hitung(ui.q("csr_panel"), lingkungan))
pandang = ui.pandang(p)
per_proyek = ui.bersama(
    ("csr_per_proyek", tuple(p.kecamatan)), lambda: csr_dampak.tabel_proyek(dampak, lingkungan, p.kecamatan)
)
terbaru = ui.q("data_terbaru").set_index("dataset").terbaru.get("setoran")
data_akhir = fmt.tanggal(pd.Timestamp(terbaru).date(), lang) if pd.notna(terbaru) else fmt.NA

# --- headline figures ---------------------------------------------------------------------------
jalan = anggaran[anggaran.dimensi == "bidang"]
total, real = float(jalan.anggaran_rp.sum()), float(jalan.realisasi_rp.sum())
biaya = ui.bersama(("csr_biaya",), lambda: csr_dampak.biaya_per_ton_kota(dampak, lingkungan))
ui.baris_kpi(
    [
        ui.Kpi(
            t("csr_kpi_proyek", lang),
            fmt.angka(jalan.proyek.sum(), 0, lang),
            t("csr_kpi_proyek_bantuan", lang),
            catatan=(
                t("csr_kpi_usulan", lang, n=fmt.angka(int((proyek.status == "usulan").sum()), 0, lang)),
            ),
        ),
        ui.Kpi(
            t("csr_kpi_anggaran", lang),
            fmt.rupiah_singkat(total, lang),
            lengkap=fmt.rupiah(total, lang),
            catatan=(
                t(
                    "csr_kpi_realisasi",
                    lang,
                    rp=fmt.rupiah(real, lang),
                    pct=pct(real / total) if total else fmt.NA,
                ),
            ),
        ),
        ui.Kpi(
            t("csr_kpi_efek", lang),
            fmt.NA if dampak is None else fmt.ubah(1 + dampak.efek_persen, 1, lang).teks,
            t("csr_kpi_efek_bantuan", lang),
            catatan=()
            if dampak is None
            else (t("csr_kpi_selang", lang, lo=pct(dampak.bawah_persen), hi=pct(dampak.atas_persen)),),
        ),
        ui.Kpi(
            t("csr_kpi_ton", lang),
            fmt.NA if dampak is None else fmt.ton(dampak.ton_tambahan, lang),
            t("csr_kpi_ton_bantuan", lang),
            catatan=()
            if dampak is None
            else (
                t(
                    "csr_kpi_selang",
                    lang,
                    lo=fmt.ton(dampak.ton_tambahan_bawah, lang),
                    hi=fmt.ton(dampak.ton_tambahan_atas, lang),
                ),
            )
            + ((t("csr_kpi_biaya", lang, rp=fmt.rupiah(biaya, lang)),) if pd.notna(biaya) else ()),
        ),
    ],
    per_baris=4,
)

# --- map and table ------------------------------------------------------------------------------
st.subheader(t("csr_peta_judul", lang))
if proyek.empty:
    st.info(t("csr_tidak_ada", lang))
else:
    latar = ui.q("bank_sampah_latar")
    batas = geo.batas_kecamatan(ui.q("batas_wilayah"))
    if batas.empty and proyek.lat.isna().all() and latar.lat.isna().all():  # no place known yet
        st.info(t("peta_tanpa_titik", lang), icon=":material/map:")
    else:
        fig = ui.bersama(
            ("csr_peta", pandang),
            lambda: grafik.peta_proyek(
                proyek, lang, batas=batas if len(batas) else None, pusat=latar[["kode", "nama", "lat", "lon"]]
            ),
        )
        st.plotly_chart(fig, config=TANPA_MODEBAR)
    st.subheader(t("csr_tabel_judul", lang, periode=label_periode))
    status = proyek.status.map(lambda s: t(f"csr_status_{s}", lang) if s in grafik.WARNA_STATUS else s)
    ui.tabel(
        proyek.assign(status=status, bidang=proyek.bidang.map(lambda b: istilah(b, lang))),
        KOLOM_PROYEK,
        lang,
        unduh_nama=f"csr_proyek_{per.kunci}",
        judul=t("csr_tabel_judul", lang, periode=label_periode) + f" – {p.wilayah}",
        p=p,
    )

# --- budget -------------------------------------------------------------------------------------
if len(anggaran):
    st.subheader(t("csr_anggaran_judul", lang, periode=label_periode))
    dims = ["perusahaan", "bidang", "kecamatan"]
    # only the open tab draws its chart: choosing another reruns the page
    tabs = st.tabs([t(f"csr_dim_{d}", lang) for d in dims], key=f"csr_dim_{lang}", on_change="rerun")
    for tab, dim in zip(tabs, dims):
        with tab:
            if not tab.open:
                continue
            fig = ui.bersama(
                ("csr_anggaran", dim, pandang),
                lambda dim=dim: grafik.anggaran(anggaran[anggaran.dimensi == dim], lang),
            )
            st.plotly_chart(fig, config=TANPA_MODEBAR, key=f"anggaran_{dim}")

# --- effect on deposits -------------------------------------------------------------------------
st.subheader(t("csr_dampak_judul", lang))
if dampak is None:
    st.info(t("csr_dampak_tidak_bisa", lang))
else:
    arah = t("csr_naik" if dampak.efek_persen >= 0 else "csr_turun", lang, pct=pct(abs(dampak.efek_persen)))
    st.markdown(
        t(
            "csr_dampak_kalimat",
            lang,
            n=dampak.kelurahan_proyek,
            efek=arah,
            lo=pct(dampak.bawah_persen),
            hi=pct(dampak.atas_persen),
            m=dampak.kelurahan_banding,
            nyata=t("csr_nyata" if dampak.nyata else "csr_tidak_nyata", lang),
        )
    )
    st.caption(t("csr_dampak_seluruh_kota", lang, tgl=data_akhir))
    if dampak.terlewat:
        st.caption(t("csr_terlewat", lang, kel=", ".join(dampak.terlewat)))
    fig = ui.bersama(
        ("csr_dampak_bulan", lang), lambda: grafik.dampak_per_bulan(dampak.per_bulan, dampak.efek_log, lang)
    )
    st.plotly_chart(fig, config=TANPA_MODEBAR)
    st.caption(t("csr_g_bulan_catatan", lang))
    if len(per_proyek):
        st.subheader(t("csr_proyek_dampak_judul", lang))
        fig = ui.bersama(("csr_ton_proyek", pandang), lambda: grafik.ton_proyek(per_proyek, data_akhir, lang))
        st.plotly_chart(fig, config=TANPA_MODEBAR)
        ui.tabel(
            per_proyek,
            KOLOM_DAMPAK,
            lang,
            unduh_nama="csr_dampak_proyek",
            judul=t("csr_proyek_dampak_judul", lang),
            p=p,
        )

# --- priority list for the Musrenbang -----------------------------------------------------------
st.subheader(t("csr_prioritas_judul", lang))
prioritas = ui.q("csr_prioritas", **p.params())
if prioritas.empty:
    st.success(t("csr_prioritas_kosong", lang))
else:
    st.caption(
        t(
            "csr_prioritas_ket",
            lang,
            periode=label_periode,
            median=fmt.angka(prioritas.median_kota_kg_per_orang_hari.iloc[0] * 1000, 2, lang),
        )
    )
    ui.tabel(
        prioritas.assign(
            diversi_g=prioritas.diversi_kg_per_orang_hari * 1000,
            usulan_csr=prioritas.usulan_csr.map({True: t("csr_ya", lang), False: t("csr_tidak", lang)}),
        ),
        KOLOM_PRIORITAS,
        lang,
        unduh_nama=f"csr_prioritas_{per.kunci}",
        judul=t("csr_prioritas_judul", lang) + f" – {p.wilayah}",
        p=p,
    )
    if prioritas.penduduk_estimasi.fillna(True).any():
        st.caption(t("csr_estimasi", lang))

with st.expander(t("definisi", lang), icon=":material/functions:"):
    for key in DEFINISI:
        st.markdown(
            "- " + t(key, lang, n=csr_dampak.ULANGAN_BOOTSTRAP)
            if key == "csr_def_selang"
            else "- " + t(key, lang)
        )
