"""Ringkasan: the landing page. Headline figures, monthly chart and a table per kecamatan."""

from datetime import date

import pandas as pd
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import charts, fmt, periode, ui
from sampah.charts import sipsn as grafik_sipsn
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

KOLOM_SIPSN = [
    K("tahun", "sipsn_c_tahun"),
    K("periode", "sipsn_c_periode"),
    K("timbulan_ton", "sipsn_c_timbulan", "angka", 2),
    K("timbulan_harian_ton", "sipsn_c_harian", "angka", 2),
    K("pengurangan_ton", "sipsn_c_pengurangan_ton", "angka", 2),
    K("pengurangan_pct", "sipsn_c_pengurangan", "angka", 2),
    K("penanganan_ton", "sipsn_c_penanganan_ton", "angka", 2),
    K("penanganan_pct", "sipsn_c_penanganan", "angka", 2),
    K("terkelola_ton", "sipsn_c_terkelola_ton", "angka", 2),
    K("terkelola_pct", "sipsn_c_terkelola", "angka", 2),
    K("daur_ulang_ton", "sipsn_c_daur_ulang", "angka", 2),
    K("bahan_baku_ton", "sipsn_c_bahan_baku", "angka", 2),
    K("recycling_rate_pct", "sipsn_c_rr", "angka", 2),
    K("est_timbulan_ton", "sipsn_c_est_timbulan", "angka", 0),
    K("est_pengurangan_pct", "sipsn_c_est_pengurangan", "angka", 2),
    K("est_penanganan_pct", "sipsn_c_est_penanganan", "angka", 2),
    K("hari_data", "sipsn_c_hari", "angka"),
]
KOLOM_KOMPOSISI = [
    K("kategori_teks", "sipsn_c_kategori"),
    K("nilai", "sipsn_c_nilai", "angka", 2),
    K("satuan", "sipsn_c_satuan"),
    K("porsi_pct", "sipsn_c_porsi", "angka", 2),
    K("nasional_median_pct", "sipsn_c_median", "angka", 2),
]


def bagian_sipsn() -> None:
    """SIPSN: chosen peers with the national distribution behind them, this kab/kota's SIPSN series
    beside this dashboard's estimate, and composition."""
    pilihan = ui.q("sipsn_pilihan", selesai=per.selesai)
    if pilihan.empty:
        st.caption(t("sipsn_kosong", lang))
        return
    tahun = int(pilihan.tahun.iloc[0])
    st.subheader(t("sipsn_judul", lang, tahun=tahun))
    # only the open tab runs (and sends its chart and table): choosing another reruns the page
    banding, seri, komp = st.tabs(
        [
            t("sipsn_tab_banding", lang),
            t("sipsn_tab_seri", lang, kota=ui.aman(p.kota)),
            t("sipsn_tab_komposisi", lang),
        ],
        key=f"sipsn_tab_{lang}",
        on_change="rerun",
    )
    lain = pilihan[~pilihan.kota_ini]
    nama = dict(zip(lain.kode, lain.kabkota))
    bawaan = list(lain[lain.bawaan].kode[:11])
    # the peers are chosen in the first tab; settled here, the other tabs read them while it is closed
    pertama = not (ui.diingat("sipsn") or "sipsn" in st.session_state or st.query_params.get("sipsn"))
    kode = ui.url_daftar("sipsn", list(nama), maks=12)
    if pertama:  # the first visit without a link: the default peers
        ui.setel("sipsn", bawaan)
        kode = bawaan
    with banding:
        if banding.open:
            kode = st.multiselect(
                t("sipsn_pilih", lang),
                list(nama),
                key="sipsn",
                max_selections=12,
                format_func=lambda k: nama.get(k, k),
                help=t("sipsn_pilih_bantuan", lang),
            )
            df = ui.q("sipsn_pembanding", selesai=per.selesai, pembanding=list(kode))
            if not (df.kota_ini & df.estimasi).any():  # the dashboard holds nothing of that year
                st.caption(ui.aman(t("sipsn_tanpa_kota", lang, kota=p.kota, tahun=tahun)))
            if not df.empty:
                fig = ui.bersama(
                    ("sipsn_banding", per.selesai, tuple(kode), lang), lambda: charts.grafik_sipsn(df, lang)
                )
                st.plotly_chart(fig, config=charts.TANPA_MODEBAR)
                r = df.iloc[0]
                st.caption(
                    t(
                        "sipsn_sebaran",
                        lang,
                        tahun=tahun,
                        n=fmt.angka(r.n_nasional, 0, lang),
                        p=fmt.persen(r.pengurangan_p50 / 100, 2, lang),
                        c=fmt.persen(r.penanganan_p50 / 100, 2, lang),
                    )
                    + " "
                    + t(
                        "sipsn_catatan",
                        lang,
                        sumber=ui.aman(", ".join(df[~df.estimasi].sumber.dropna().unique())) or "–",
                        kota=ui.aman(p.kota),
                    )
                )
    with seri:
        if seri.open:
            d = ui.q("sipsn_seri")
            d = d[d.ada_sipsn | d.hari_data.fillna(0).gt(0)]
            if d.empty:
                st.caption(t("sipsn_seri_kosong", lang, kota=ui.aman(p.kota)))
            else:
                st.plotly_chart(
                    ui.bersama(("sipsn_seri", lang), lambda: grafik_sipsn.seri(d, lang)),
                    config=charts.TANPA_MODEBAR,
                )
                ui.tabel(d, KOLOM_SIPSN, lang, semua_baris=True, unduh_nama="sipsn_kota", judul=p.kota, p=p)
                kg = d[d.kg_sipsn.notna()]
                beda = " ".join(
                    t(
                        "sipsn_seri_kg",
                        lang,
                        tahun=int(r.tahun),
                        kg=fmt.angka(r.kg_sipsn, 2, lang),
                        penduduk=fmt.angka(r.penduduk, 0, lang),
                    )
                    for r in kg.itertuples()
                )
                st.caption(t("sipsn_seri_ket", lang, kg=fmt.angka(d.kg_norma.iloc[0], 2, lang), beda=beda))
    with komp:
        if komp.open:
            semua = pilihan.set_index("kode").kabkota.to_dict()
            awal = pilihan[pilihan.kota_ini].kode.tolist() + list(kode)
            kab = st.selectbox(
                t("sipsn_komp_pilih", lang), awal + [k for k in semua if k not in awal], format_func=semua.get
            )
            c = ui.q("sipsn_komposisi", selesai=per.selesai, kode=kab)
            if c.empty:
                st.caption(t("sipsn_komp_kosong", lang, kab=ui.aman(semua.get(kab, kab))))
            else:
                fig = ui.bersama(
                    ("sipsn_komposisi", per.selesai, kab, lang), lambda: grafik_sipsn.komposisi(c, lang)
                )
                st.plotly_chart(fig, config=charts.TANPA_MODEBAR)
                c = c.assign(kategori_teks=[t(f"sipsn_k_{k}", lang) for k in c.kategori])
                ui.tabel(c, KOLOM_KOMPOSISI, lang, semua_baris=True, unduh_nama=f"sipsn_komposisi_{kab}")
                st.caption(t("sipsn_komp_ket", lang, tahun=int(c.tahun.iloc[0])))


# a store holding only SIPSN figures still shows them (the sidebar's "no data yet" is for stores
# with nothing to show at all)
ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
ada_sipsn = not ui.q("sipsn_pilihan", selesai=date.today()).empty
p = ui.pilihan_sidebar(perlu_data=not ada_sipsn)
lang = p.lang
per = p.periode
prev, lalu = per.sebelumnya(), per.tahun_lalu()

kini = ui.q("ringkasan_kpi", **p.params()).iloc[0]
sebelum = ui.q("ringkasan_kpi", **p.params(prev)).iloc[0]
tahun_lalu = ui.q("ringkasan_kpi", **p.params(lalu)).iloc[0]

ui.kepala(t("ringkasan_judul", lang, wilayah=ui.aman(p.wilayah)), p)

if kini.ton_tpa == 0 and kini.ton_diversi == 0:
    st.info(t("sipsn_hanya" if ada_sipsn and p.tanpa_data else "tidak_ada_data", lang))
    if ada_sipsn:
        bagian_sipsn()
    st.stop()

# Each dataset has its own newest complete month (v_rentang_data): a card of TPA tonnes compares
# the months the weighbridge data covers, cut at the same point in the comparison periods.
rentang = ui.q("rentang_data").set_index("dataset")
seri = {d: ui.seri_kpi("ringkasan_kpi", p, rentang, d) for d in ("tpa_muatan", "diversi", "bersama")}


def ada_data(baris: pd.Series | None, data: str = "") -> bool:
    """A comparison period without any records (of the card's dataset; of both for the rate) is
    shown as such, not as a change from zero."""
    if baris is None:
        return False
    tpa, div = bool(baris.ton_tpa > 0), bool(baris.ton_diversi > 0)
    return {"tpa_muatan": tpa, "diversi": div, "bersama": tpa and div}.get(data, tpa or div)


def kpi(judul: str, kolom: str, tulis, bantuan: str, poin: bool = False, data: str = "", **kw) -> ui.Kpi:  # noqa: ANN001
    """A headline figure with its change against the previous period (the card's arrow) and the
    same period last year (a line under it), over the span its `data` set covers (see above);
    without `data`, over the chosen period. `tulis` formats a value of `kolom` in full."""
    catatan = list(kw.pop("catatan", ()))
    sr = seri.get(data)
    if sr is None:  # not tied to one dataset (CSR projects): the chosen period
        sr = ui.SeriKpi(per, kini, sebelum, tahun_lalu, True, True, None)
    if sr.kini is None:  # this dataset ends before the period starts
        return ui.Kpi(judul, fmt.NA, bantuan, catatan=(*ui.catatan_seri(sr, lang), *catatan), **kw)
    pp = sr.periode
    if pp.sebelumnya().kunci != pp.tahun_lalu().kunci:
        label = periode.label(pp.tahun_lalu().kunci, lang)
        if not sr.lalu_sebanding:
            catatan.insert(0, t("banding_tak_lengkap", lang, p=label))
        elif ada_data(sr.lalu, data):
            ubah = fmt.perubahan(sr.kini[kolom], sr.lalu[kolom], lang, poin) or fmt.NA
            catatan.insert(0, f"{label}: {tulis(sr.lalu[kolom])} ({ubah})")
        else:
            catatan.insert(0, t("tanpa_data_banding", lang, p=label))
    label_prev = periode.label(pp.sebelumnya().kunci, lang)
    if not sr.sebelum_sebanding:
        catatan.insert(0, t("banding_tak_lengkap", lang, p=label_prev))
    ada = sr.sebelum_sebanding and ada_data(sr.sebelum, data)
    return ui.Kpi(
        judul,
        kw.pop("nilai", None) or tulis(sr.kini[kolom]),
        bantuan,
        ubah=fmt.ubah(sr.kini[kolom], sr.sebelum[kolom], lang, poin) if ada else None,
        banding=t("vs_sebelumnya", lang, p=label_prev),
        catatan=(*ui.catatan_seri(sr, lang), *catatan),
        **kw,
    )


ton = lambda v: fmt.ton(v, lang)  # noqa: E731
pct = lambda v: fmt.persen(v, 2, lang)  # noqa: E731
target = fmt.persen(kini.target_pengurangan_pct, 0, lang)
tanpa_asal = kini.ton_tpa_tanpa_asal > 0
div = seri["diversi"].kini if seri["diversi"].kini is not None else kini
if pd.isna(div.penduduk):  # no population loaded: the reduction % cannot be computed
    catatan_pengurangan = t("tanpa_penduduk_singkat", lang)
else:
    catatan_pengurangan = t("target_dari", lang, target=target) + (
        " · " + t("penduduk_estimasi_singkat", lang) if div.penduduk_estimasi is True else ""
    )
ui.baris_kpi(
    [
        kpi(
            t("kpi_tpa", lang),
            "ton_tpa",
            ton,
            t("kpi_tpa_bantuan", lang, tpa=ui.aman(p.tpa)),
            data="tpa_muatan",
            naik_baik=False,  # less to the landfill is the good news
            catatan=[t("tanpa_asal", lang, ton=ton(kini.ton_tpa_tanpa_asal))] if tanpa_asal else [],
        ),
        kpi(t("kpi_diversi", lang), "ton_diversi", ton, t("kpi_diversi_bantuan", lang), data="diversi"),
        kpi(
            t("kpi_tingkat", lang),
            "tingkat_diversi",
            pct,
            t("kpi_tingkat_bantuan", lang),
            poin=True,
            data="bersama",
        ),
        kpi(
            t("kpi_pengurangan", lang) + "*",
            "persen_pengurangan",
            pct,
            t("kpi_pengurangan_bantuan", lang, target=target),
            poin=True,
            data="diversi",
            catatan=[catatan_pengurangan],
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
                    n=fmt.angka(div.bs_melapor, 0, lang),
                    bulan=fmt.tanggal(seri["diversi"].periode.selesai, lang, "MMM y"),
                    pct=fmt.persen(div.kelengkapan_lapor, 0, lang),
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
fig = ui.bersama(
    ("ringkasan_bulanan", ui.pandang(p)),
    lambda: charts.grafik_bulanan(
        ui.q("ringkasan_bulanan", mulai=mulai_grafik, selesai=per.selesai, kecamatan=p.kecamatan), lang
    ),
)
st.plotly_chart(fig, config=charts.TANPA_MODEBAR)

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

bagian_sipsn()

with st.expander(t("definisi", lang), icon=":material/functions:"):
    konteks = ui.q("konteks").iloc[0]
    for baris in definisi(lang, kg=fmt.angka(konteks.kg_per_orang_hari, 2, lang)):
        st.markdown("- " + baris)
