"""CSR/TJSLP: projects on the map and in a table, budget by company, sector and kecamatan, the
effect of environment projects on bank sampah deposits, and the kelurahan to propose next."""

import pandas as pd
import streamlit as st

from sampah import csr_dampak, fmt, periode, ui
from sampah.charts import TANPA_MODEBAR
from sampah.charts import csr as grafik
from sampah.i18n import t
from sampah.teks.csr import DEFINISI

p = ui.pilihan()
lang, per = p.lang, p.periode
label_periode = periode.label(per.kunci, lang)
rp = lambda v: fmt.rupiah(v, lang)  # noqa: E731
pct = lambda v: fmt.persen(v, 0, lang)  # noqa: E731

st.title(t("csr_judul", lang, wilayah=ui.aman(p.wilayah)))
st.caption(f"**{label_periode}** · {ui.rentang(p)}")

proyek = ui.q("csr_proyek", **p.params())
anggaran = ui.q("csr_anggaran", **p.params())
lingkungan = ui.q("csr_proyek_lingkungan")
dampak = st.cache_data(show_spinner=False, max_entries=8)(csr_dampak.hitung)(ui.q("csr_panel"), lingkungan)
per_proyek = csr_dampak.tabel_proyek(dampak, lingkungan, p.kecamatan)
terbaru = ui.q("data_terbaru").set_index("dataset").terbaru.get("setoran")
data_akhir = fmt.tanggal(pd.Timestamp(terbaru).date(), lang) if pd.notna(terbaru) else fmt.NA

# --- headline figures ---------------------------------------------------------------------------
jalan = anggaran[anggaran.dimensi == "bidang"]
k = st.columns(4)
with k[0].container(border=True):
    st.metric(
        t("csr_kpi_proyek", lang),
        fmt.angka(jalan.proyek.sum(), 0, lang),
        help=t("csr_kpi_proyek_bantuan", lang),
    )
    st.caption(t("csr_kpi_usulan", lang, n=fmt.angka(int((proyek.status == "usulan").sum()), 0, lang)))
with k[1].container(border=True):
    total, real = float(jalan.anggaran_rp.sum()), float(jalan.realisasi_rp.sum())
    st.metric(t("csr_kpi_anggaran", lang), rp(total))
    st.caption(t("csr_kpi_realisasi", lang, rp=rp(real), pct=pct(real / total) if total else fmt.NA))
with k[2].container(border=True):
    if dampak is not None:
        st.metric(
            t("csr_kpi_efek", lang),
            ("+" if dampak.efek_persen >= 0 else "") + fmt.persen(dampak.efek_persen, 0, lang),
            help=t("csr_kpi_efek_bantuan", lang),
        )
        st.caption(t("csr_kpi_selang", lang, lo=pct(dampak.bawah_persen), hi=pct(dampak.atas_persen)))
    else:
        st.metric(t("csr_kpi_efek", lang), fmt.NA, help=t("csr_kpi_efek_bantuan", lang))
with k[3].container(border=True):
    if dampak is not None:
        st.metric(
            t("csr_kpi_ton", lang), fmt.ton(dampak.ton_tambahan, lang), help=t("csr_kpi_ton_bantuan", lang)
        )
        st.caption(
            t(
                "csr_kpi_selang",
                lang,
                lo=fmt.ton(dampak.ton_tambahan_bawah, lang),
                hi=fmt.ton(dampak.ton_tambahan_atas, lang),
            )
        )
        biaya = csr_dampak.biaya_per_ton_kota(dampak, lingkungan)
        if pd.notna(biaya):
            st.caption(t("csr_kpi_biaya", lang, rp=rp(biaya)))
    else:
        st.metric(t("csr_kpi_ton", lang), fmt.NA, help=t("csr_kpi_ton_bantuan", lang))

# --- map and table ------------------------------------------------------------------------------
st.subheader(t("csr_peta_judul", lang))
if proyek.empty:
    st.info(t("csr_tidak_ada", lang))
else:
    latar = ui.q("bank_sampah_latar")
    batas = latar.dropna(subset=["geojson"])[["kode", "geojson"]]
    st.plotly_chart(
        grafik.peta_proyek(
            proyek, lang, batas=batas if len(batas) else None, pusat=latar[["kode", "nama", "lat", "lon"]]
        ),
        config=TANPA_MODEBAR,
    )
    st.subheader(t("csr_tabel_judul", lang, periode=label_periode))
    kolom = {
        "id": "csr_k_id",
        "perusahaan": "csr_k_perusahaan",
        "program": "csr_k_program",
        "bidang": "csr_k_bidang",
        "kecamatan": "csr_k_kecamatan",
        "kelurahan": "csr_k_kelurahan",
        "anggaran_rp": "csr_k_anggaran",
        "realisasi_rp": "csr_k_realisasi",
        "status": "csr_k_status",
        "mulai": "csr_k_mulai",
        "selesai": "csr_k_selesai",
    }
    status = proyek.status.map(lambda s: t(f"csr_status_{s}", lang) if s in grafik.WARNA_STATUS else s)
    tabel = (
        proyek[list(kolom)].assign(status=status).rename(columns={c: t(h, lang) for c, h in kolom.items()})
    )
    tgl = lambda d: fmt.tanggal(pd.Timestamp(d).date(), lang, "d MMM y") if pd.notna(d) else fmt.NA  # noqa: E731
    st.dataframe(
        tabel.style.format(
            {
                t("csr_k_anggaran", lang): lambda v: fmt.angka(v, 0, lang),
                t("csr_k_realisasi", lang): lambda v: fmt.angka(v, 0, lang),
                t("csr_k_mulai", lang): tgl,
                t("csr_k_selesai", lang): tgl,
            }
        ),
        hide_index=True,
        width="stretch",
    )
    ui.unduh(tabel, f"csr_proyek_{per.kunci}", lang)

# --- budget -------------------------------------------------------------------------------------
if len(anggaran):
    st.subheader(t("csr_anggaran_judul", lang, periode=label_periode))
    dims = ["perusahaan", "bidang", "kecamatan"]
    for tab, dim in zip(st.tabs([t(f"csr_dim_{d}", lang) for d in dims]), dims):
        with tab:
            st.plotly_chart(
                grafik.anggaran(anggaran[anggaran.dimensi == dim], lang),
                config=TANPA_MODEBAR,
                key=f"anggaran_{dim}",
            )

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
    st.plotly_chart(grafik.dampak_per_bulan(dampak.per_bulan, dampak.efek_log, lang), config=TANPA_MODEBAR)
    st.caption(t("csr_g_bulan_catatan", lang))
    if len(per_proyek):
        st.subheader(t("csr_proyek_dampak_judul", lang))
        st.plotly_chart(grafik.ton_proyek(per_proyek, data_akhir, lang), config=TANPA_MODEBAR)
        kolom_d = {
            "id": "csr_k_id",
            "perusahaan": "csr_k_perusahaan",
            "program": "csr_k_program",
            "kelurahan": "csr_k_kelurahan",
            "mulai": "csr_k_mulai",
            "realisasi_rp": "csr_k_realisasi",
            "ton_tambahan": "csr_k_ton",
            "biaya_per_ton": "csr_k_biaya",
        }
        tabel_d = per_proyek[list(kolom_d)].rename(columns={c: t(h, lang) for c, h in kolom_d.items()})
        st.dataframe(
            tabel_d.style.format(
                {
                    t("csr_k_realisasi", lang): lambda v: fmt.angka(v, 0, lang),
                    t("csr_k_ton", lang): lambda v: fmt.angka(v, 1, lang),
                    t("csr_k_biaya", lang): lambda v: fmt.angka(v, 0, lang),
                    t("csr_k_mulai", lang): lambda d: fmt.tanggal(pd.Timestamp(d).date(), lang, "d MMM y"),
                }
            ),
            hide_index=True,
            width="stretch",
        )
        ui.unduh(tabel_d, "csr_dampak_proyek", lang)

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
    kolom_p = {
        "kelurahan": "csr_k_kelurahan",
        "kecamatan": "csr_k_kecamatan",
        "penduduk": "csr_k_penduduk",
        "ton_diversi": "csr_k_diversi",
        "diversi_g": "csr_k_diversi_kapita",
        "bs_aktif": "csr_k_bs",
        "bs_per_rw": "csr_k_bs_rw",
        "usulan_csr": "csr_k_usulan",
    }
    tabel_p = prioritas.assign(
        diversi_g=prioritas.diversi_kg_per_orang_hari * 1000,
        usulan_csr=prioritas.usulan_csr.map({True: t("csr_ya", lang), False: t("csr_tidak", lang)}),
    )
    tabel_p = tabel_p[list(kolom_p)].rename(columns={c: t(h, lang) for c, h in kolom_p.items()})
    st.dataframe(
        tabel_p.style.format(
            {
                t("csr_k_penduduk", lang): lambda v: fmt.angka(v, 0, lang),
                t("csr_k_diversi", lang): lambda v: fmt.angka(v, 2, lang),
                t("csr_k_diversi_kapita", lang): lambda v: fmt.angka(v, 2, lang),
                t("csr_k_bs_rw", lang): lambda v: fmt.angka(v, 2, lang),
            }
        ),
        hide_index=True,
        width="stretch",
    )
    ui.unduh(tabel_p, f"csr_prioritas_{per.kunci}", lang)
    if prioritas.penduduk_estimasi.fillna(True).any():
        st.caption(t("csr_estimasi", lang))

with st.expander(t("definisi", lang), icon=":material/functions:"):
    for key in DEFINISI:
        st.markdown(
            "- " + t(key, lang, n=csr_dampak.ULANGAN_BOOTSTRAP)
            if key == "csr_def_selang"
            else "- " + t(key, lang)
        )
