"""Wilayah: a map of a chosen measure per kecamatan or kelurahan, the ranking, drill-down, and
2-4 kecamatan side by side."""

import plotly.graph_objects as go
import streamlit as st
from dateutil.relativedelta import relativedelta

from sampah import fmt, geo, periode, ui
from sampah.charts import TANPA_MODEBAR, peta
from sampah.charts.wilayah import grafik_banding
from sampah.i18n import t
from sampah.tabel import K

KEC, KEL = "kecamatan", "kelurahan"
TINGGI = 560  # px: with the controls beside it the whole map fits a 768 px high screen below the title
UKURAN = {  # measure: (its column, colour scale, levels that have it, colour-bar d3 format)
    "tingkat_diversi": (K("tingkat_diversi", "wl_m_tingkat_diversi", "persen", 2), "Greens", {KEC}, ",.1%"),
    "ton_diversi": (K("ton_diversi", "wl_m_ton_diversi", "angka", 1), "Greens", {KEC, KEL}, ",.0f"),
    "diversi_g_per_orang_hari": (
        K("diversi_g_per_orang_hari", "wl_m_diversi_g_per_orang_hari", "angka", 1),
        "Greens",
        {KEC, KEL},
        ",.1f",
    ),
    "persen_pengurangan": (
        K("persen_pengurangan", "wl_m_persen_pengurangan", "persen", 2),
        "Greens",
        {KEC, KEL},
        ",.1%",
    ),
    "ton_tpa": (K("ton_tpa", "wl_m_ton_tpa", "angka", 0), "YlOrBr", {KEC}, ",.0f"),
    "tpa_kg_per_orang_hari": (
        K("tpa_kg_per_orang_hari", "wl_m_tpa_kg_per_orang_hari", "angka", 2),
        "YlOrBr",
        {KEC},
        ",.2f",
    ),
    "bs_aktif": (K("bs_aktif", "wl_m_bs_aktif", "angka"), "Blues", {KEC, KEL}, ",.0f"),
    "bs_per_10rb_penduduk": (
        K("bs_per_10rb_penduduk", "wl_m_bs_per_10rb_penduduk", "angka", 2),
        "Blues",
        {KEC, KEL},
        ",.1f",
    ),
    "bs_per_rw": (K("bs_per_rw", "wl_m_bs_per_rw", "angka", 2), "Blues", {KEC, KEL}, ",.2f"),
}

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode

ui.kepala(f"{t('wl_judul', lang)} · {ui.aman(p.kota)}", p)  # compares the kota's areas: name the kota

# the controls beside the map, not above it: at 1366x768 the map starts right under the page title.
# In that narrow column a segmented control wraps its buttons onto a second row instead of
# scrolling them out of sight (Streamlit's default), as the sidebar's period scale does.
st.html(
    "<style>.st-key-tingkat [role=radiogroup], .st-key-peta [role=radiogroup]"
    " { flex-wrap: wrap; overflow-x: visible; }</style>"
)
kiri, kanan = st.columns([1, 2.9], gap="medium")
judul_peta = kiri.empty()  # the map's title, once the measure is chosen
ui.url_halaman("tingkat", [KEC, KEL], KEC)
with kiri:
    tingkat = (
        st.segmented_control(
            t("wl_tingkat", lang),
            [KEC, KEL],
            key="tingkat",
            required=True,
            format_func=lambda k: t(f"wl_tingkat_{k}", lang),
        )
        or KEC
    )
ui.simpan_url("tingkat", tingkat, KEC)
ada = [k for k, v in UKURAN.items() if tingkat in v[2]]
bawaan = "tingkat_diversi" if tingkat == KEC else "diversi_g_per_orang_hari"
ui.url_halaman("ukuran", ada, bawaan)
with kiri:
    ukuran = st.selectbox(t("wl_ukuran", lang), ada, key="ukuran", format_func=lambda k: t(f"wl_m_{k}", lang))
ui.simpan_url("ukuran", ukuran, bawaan)
semua_batas = ui.q("batas_wilayah")
batas_kec = geo.batas_kecamatan(semua_batas)  # kecamatan borders and the kota outline
batas = batas_kec if tingkat == KEC else semua_batas[semua_batas.tingkat == KEL][["kode", "geojson"]]
jenis_peta = ["heksagon", "gelembung"] + (["batas"] if len(batas) else [])
peta_bawaan = "batas" if len(batas) else "heksagon"  # official boundaries read as the city itself
ui.url_halaman("peta", jenis_peta, peta_bawaan)
with kiri:
    jenis = (
        st.segmented_control(
            t("wl_peta", lang),
            jenis_peta,
            key="peta",
            required=True,
            format_func=lambda k: t(f"wl_peta_{k}", lang),
        )
        or peta_bawaan
    )
ui.simpan_url("peta", jenis, peta_bawaan)

if tingkat == KEC:
    data = ui.q("ringkasan_kecamatan", **p.params()).rename(
        columns={"kecamatan_kode": "kode", "kecamatan": "nama"}
    )
else:
    data = ui.q("wilayah_kelurahan", **p.params())
if data.empty:
    st.info(t("tidak_ada_data", lang))
    st.stop()

kolom_ukuran, skala, _, format_skala = UKURAN[ukuran]
teks = lambda v: kolom_ukuran.teks(v, lang)  # noqa: E731
gaya_peta = {"format_skala": format_skala, "lang": lang}
label_ukuran = t(f"wl_m_{ukuran}", lang)
judul = t(
    "wl_peta_judul",
    lang,
    ukuran=label_ukuran,
    tingkat=t(f"wl_tingkat_{tingkat}", lang).lower(),
    periode=periode.label(per.kunci, lang),
)
judul_peta.markdown(f"#### {ui.aman(judul)}")
judul_skala = label_ukuran.rstrip("*")


def _peta() -> go.Figure:
    """The chosen map, built once per view and data version for every viewer (ui.bersama)."""
    if jenis == "batas":
        return peta.peta_choropleth(
            data,
            batas,
            ukuran,
            teks,
            judul_skala,
            skala=skala,
            tinggi=TINGGI,
            kecamatan=batas_kec if tingkat == KEL else None,
            **gaya_peta,
        )
    if jenis == "gelembung":
        return peta.peta_gelembung(
            data,
            ukuran,
            teks,
            judul_skala,
            batas=batas_kec if len(batas_kec) else None,
            skala=skala,
            tinggi=TINGGI,
            **gaya_peta,
        )
    return peta.peta_hex(
        data,
        ukuran,
        teks,
        judul_skala,
        skala=skala,
        tinggi=TINGGI,
        ukuran_teks=13 if tingkat == KEC else 11,
        **gaya_peta,
    )


with kanan:
    tanpa_titik = data.lat.isna() | data.lon.isna()  # areas from `init --kota` have no centroid yet
    if jenis != "batas" and tanpa_titik.all():
        st.info(
            t("wl_tanpa_titik", lang, tingkat=t(f"wl_tingkat_{tingkat}", lang).lower()), icon=":material/map:"
        )
        st.page_link("halaman/kelola_data.py", label=t("kd_hal", lang), icon=":material/upload_file:")
        fig = None
    else:
        fig = ui.bersama(("wl_peta", jenis, tingkat, ukuran, ui.pandang(p)), _peta)
    if fig is not None:
        st.plotly_chart(fig, config=TANPA_MODEBAR)
        if jenis == "heksagon":
            st.caption(
                t("wl_heksagon_catatan", lang)
                + (" " + t("wl_heksagon_arahkan", lang) if tingkat == KEL else "")
            )
        if jenis != "batas" and tanpa_titik.any():
            st.caption(t("wl_sebagian_tanpa_titik", lang, n=int(tanpa_titik.sum()), semua=len(data)))
        if not len(batas):
            st.caption(t("wl_batas_tidak_ada", lang))
        elif jenis == "batas" and not set(data.kode) <= set(batas.kode):
            st.caption(t("wl_batas_sebagian", lang, n=len(set(data.kode) - set(batas.kode)), semua=len(data)))
    if tingkat == KEL:
        st.caption(t("wl_kelurahan_catatan", lang))

# --- drill down: kecamatan -> its kelurahan (also by URL: ?tingkat=kelurahan&kec=32.75.01) --------
nama_kec = p.nama_kecamatan


def _rinci() -> None:
    kode = st.session_state.get("rinci")
    if kode:
        ui.setel("kec", [kode])
        ui.setel("tingkat", KEL)
    st.session_state["rinci"] = ""


def _kembali() -> None:
    ui.setel("kec", [])
    ui.setel("tingkat", KEC)


r1, r2 = st.columns([2, 2])
r1.selectbox(
    t("wl_rinci", lang),
    [""] + list(nama_kec),
    key="rinci",
    on_change=_rinci,
    format_func=lambda k: nama_kec.get(k, t("wl_rinci_kosong", lang)),
)
if tingkat == KEL and p.kecamatan:
    r2.button(t("wl_kembali", lang), on_click=_kembali, icon=":material/arrow_back:")

# --- ranking table ------------------------------------------------------------------------------
st.subheader(t("wl_peringkat", lang, ukuran=label_ukuran))
kolom = (
    [K("nama", f"wl_tingkat_{tingkat}")]
    + ([K("kecamatan", "wl_tingkat_kecamatan")] if tingkat == KEL else [])
    + [K("penduduk", "wl_m_penduduk", "angka")]
    + [UKURAN[k][0] for k in ada]
    + [K("jumlah_rw", "wl_m_jumlah_rw", "angka")]
)
ui.tabel(
    data.sort_values(ukuran, ascending=False),
    kolom,
    lang,
    tinggi=min(35 * (len(data) + 1) + 3, 640),
    unduh_nama=f"wilayah_{tingkat}_{per.kunci}",
    judul=t("wl_peringkat", lang, ukuran=label_ukuran) + f" – {p.kota}",
    p=p,
)
estimasi = bool(data.penduduk_estimasi.fillna(True).any())
st.caption(
    t(
        "tanpa_penduduk"
        if data.penduduk.isna().all()
        else "estimasi_catatan"
        if estimasi
        else "resmi_catatan",
        lang,
    )
    + (" " + t("wl_rw_estimasi", lang) if bool(data.rw_estimasi.fillna(False).any()) else "")
)

# --- side by side ------------------------------------------------------------------------------
st.subheader(t("wl_banding", lang))
pilihan_banding = ui.url_daftar("banding", list(nama_kec), maks=4)
if not pilihan_banding:
    top = data.sort_values(ukuran, ascending=False)
    kode_top = list(top.kode if tingkat == KEC else top.kecamatan_kode.drop_duplicates())
    awal = kode_top[:2] + kode_top[-1:] if len(kode_top) >= 3 else kode_top
    # too few in the current filter: start from the first kecamatan of the kota
    ui.setel("banding", awal if len(awal) >= 2 else list(dict.fromkeys(awal + list(nama_kec)))[:3])
banding = st.multiselect(
    t("wl_banding_pilih", lang),
    list(nama_kec),
    key="banding",
    max_selections=4,
    format_func=lambda k: nama_kec.get(k, k),
)
ui.simpan_url("banding", ",".join(banding), "")
if 2 <= len(banding) <= 4:
    mulai = per.selesai.replace(day=1) - relativedelta(months=23)
    df = ui.q("wilayah_banding", mulai=max(mulai, p.data_mulai), selesai=per.selesai, kecamatan=banding)
    st.caption(t("wl_banding_judul", lang, tgl=fmt.tanggal(per.selesai, lang)))
    fig = ui.bersama(("wl_banding", tuple(banding), ui.pandang(p)), lambda: grafik_banding(df, lang))
    st.plotly_chart(fig, config=TANPA_MODEBAR)
else:
    st.info(t("wl_banding_kurang", lang))

with st.expander(t("definisi", lang), icon=":material/functions:"):
    st.markdown(t("wl_definisi", lang))
