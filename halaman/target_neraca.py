"""Target & Neraca: the waste balance, the path to the targets (with a planner's scenario), Adipura
readiness, landfill life, emissions avoided (indicative), the SIPSN sheet and the weekly brief.
Layout only: the computations are in sampah/analisis, the figures in sampah/charts/analisis.py."""

import pandas as pd
import streamlit as st

from sampah import fmt, kilas, periode, ui
from sampah.analisis import adipura, emisi, kota, lembar_sipsn, neraca, tabel
from sampah.analisis import target as tg
from sampah.charts import TANPA_MODEBAR
from sampah.charts import analisis as grafik
from sampah.i18n import t

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode
BAGIAN = ["neraca", "target", "adipura", "tpa", "emisi", "sipsn"]

st.title(t("an_judul", lang, wilayah=ui.aman(p.wilayah)))
st.caption(f"**{periode.label(per.kunci, lang)}** · {ui.rentang(p)}")
ui.url_halaman("bagian", BAGIAN, "neraca")
bagian = (
    st.segmented_control(
        t("an_bagian", lang), BAGIAN, key="bagian", required=True, format_func=lambda k: t(f"an_b_{k}", lang)
    )
    or "neraca"
)
ui.simpan_url("bagian", bagian, "neraca")
setelan = ui.q("setelan_analisis").iloc[0]
semua = {"mulai": p.data_mulai, "selesai": p.data_akhir, "kecamatan": []}


def definisi(kunci: str, **kw: object) -> None:
    with st.expander(t("definisi", lang), icon=":material/functions:"):
        st.markdown(t(kunci, lang, **kw))


def sumber_setelan(nilai: object, catatan: object) -> str:
    return "" if pd.isna(nilai) else f" ({catatan})" if isinstance(catatan, str) and catatan else ""


def kini_kota() -> tuple[pd.DataFrame, tg.Kini | None]:
    """The kota's monthly balance over all data, and "now": its newest 12 whole months."""
    return kota.kini_kota(ui.q, p.data_mulai, p.data_akhir)


def catatan_kini(k: tg.Kini) -> None:
    st.caption(
        t(
            "an_kini_ket",
            lang,
            kota=ui.aman(p.kota),
            dari=fmt.tanggal(k.dari, lang),
            sampai=fmt.tanggal(k.sampai, lang),
        )
    )


def porsi_mutu(porsi: float | None, mutu: str, desimal: int = 1) -> str:
    """'0,58% · dilaporkan unit', or only how it is known when there is no estimate of generation."""
    m = t("an_mutu_" + mutu, lang)
    return m if porsi is None else f"{fmt.persen(porsi, desimal, lang)} · {m}"


# --- 1. waste balance ----------------------------------------------------------------------------
def bagian_neraca() -> None:
    prm = p.params()
    kec = ui.q("neraca_kecamatan", **prm)
    n = neraca.susun(kec, ui.q("neraca_pengolahan", **prm))
    if n.tercatat_ton == 0:
        st.info(t("tidak_ada_data", lang))
        return
    g = n.timbulan_ton
    k1, k2, k3, k4 = st.columns(4)
    k1.metric(
        t("an_timbulan", lang),
        fmt.ton(g, lang) if g else "–",
        help=t("an_timbulan_bantuan", lang, kg=fmt.angka(n.kg_per_orang_hari, 2, lang)),
    )
    k1.caption(
        t("an_mutu_estimasi", lang) + (" · " + t("an_penduduk_estimasi", lang) if n.penduduk_estimasi else "")
    )
    k2.metric(
        t("an_pengurangan", lang), fmt.ton(n.pengurangan_ton, lang), help=t("an_pengurangan_bantuan", lang)
    )
    k2.caption(porsi_mutu(n.porsi(n.pengurangan_ton), "dilaporkan", 2))
    k3.metric(
        t("an_ke_tpa", lang), fmt.ton(n.tpa_ton, lang), help=t("an_ke_tpa_bantuan", lang, tpa=ui.aman(p.tpa))
    )
    k3.caption(porsi_mutu(n.porsi(n.tpa_ton), "ditimbang"))
    sisa = n.tak_terkelola_ton
    k4.metric(
        t("an_tak_terkelola", lang),
        fmt.ton(sisa, lang) if sisa is not None and sisa >= 0 else "–",
        help=t("an_tak_terkelola_bantuan", lang),
    )
    k4.caption(
        f"{fmt.persen(n.porsi(sisa), 1, lang)} · {t('an_mutu_estimasi', lang)}"
        if sisa is not None and sisa >= 0
        else t("an_tak_terkelola_tidak", lang)
    )
    if n.status == "lebih":
        st.error(
            t(
                "an_lebih",
                lang,
                tercatat=fmt.ton(n.tercatat_ton, lang),
                pct=fmt.persen(n.persen_tercatat, 0, lang),
                timbulan=fmt.ton(g, lang),
                kg=fmt.angka(n.kg_per_orang_hari, 2, lang),
            ),
            icon=":material/error:",
        )
    elif n.status == "tanpa_timbulan":
        st.warning(t("an_tanpa_penduduk", lang, kec=", ".join(n.tanpa_penduduk)), icon=":material/groups:")
    terbaru = ui.q("data_terbaru").set_index("dataset").terbaru
    telat = [
        f"{t('an_ds_' + d, lang)} ({fmt.tanggal(pd.Timestamp(terbaru[d]).date(), lang)})"
        for d in ("setoran", "tpa_muatan", "pengolahan")
        if d in terbaru and pd.notna(terbaru[d]) and pd.Timestamp(terbaru[d]).date() < per.selesai
    ]
    if telat:
        st.warning(t("an_data_telat", lang, daftar=", ".join(telat)), icon=":material/schedule:")
    st.subheader(t("an_sankey_judul", lang))
    # the balance reads only the store and the view: one figure per view and data version (ui.bersama)
    st.plotly_chart(
        ui.bersama(("an_sankey", ui.pandang(p)), lambda: grafik.sankey(n, lang)), config=TANPA_MODEBAR
    )
    if n.ton_tpa_tanpa_asal > 0:
        st.caption(t("an_tanpa_asal", lang, ton=fmt.ton(n.ton_tpa_tanpa_asal, lang)))
    with st.expander(t("an_rincian", lang), icon=":material/table:"):
        st.dataframe(tabel.rincian(n, lang), hide_index=True, width="stretch")
    st.subheader(t("an_neraca_kec", lang))
    d = neraca.per_kecamatan(kec)
    isi = tabel.kecamatan(d, lang)
    lebih = (d.cek == "lebih").to_numpy()
    gaya = isi.style.apply(
        lambda kol: ["color: #C0392B; font-weight: 600" if x else "" for x in lebih],
        subset=[t("an_k_p_terkelola", lang), t("an_k_cek", lang)],
    )
    st.dataframe(gaya, hide_index=True, width="stretch", height=36 * (len(isi) + 1) + 4)
    ui.unduh_apa_adanya(isi, f"neraca_kecamatan_{per.kunci}", lang)
    definisi("an_def_neraca", kg=fmt.angka(n.kg_per_orang_hari, 2, lang))


# --- 2. targets and the path to them ---------------------------------------------------------------
def _pilih_url(key: str, nilai: list[str], bawaan: str, label: str, fmt_fn) -> str:  # noqa: ANN001
    ui.url_halaman(key, nilai, bawaan)
    v = st.select_slider(label, nilai, key=key, format_func=fmt_fn)
    ui.simpan_url(key, v, bawaan)
    return v


def skenario_masukan(k: tg.Kini) -> tuple[tg.Skenario, dict[str, float]]:
    """The planner's three levers (kept in the URL) and the tonnes a year each adds."""
    jd = {"mulai": k.dari, "selesai": k.sampai, "kecamatan": []}
    kpi = ui.q("ringkasan_kpi", **jd).iloc[0]
    olah = ui.q("neraca_pengolahan", **jd)
    kompos = olah[olah.jenis_fasilitas.str.lower().str.contains("kompos|maggot|bsf", regex=True)].ton.sum()
    kompos_th = float(kompos) * 365.25 / float(kpi.hari)
    per_unit = k.bank_sampah / kpi.bs_aktif if kpi.bs_aktif else 0.0
    porsi_org = float(setelan.porsi_organik)
    st.markdown(t("an_sk_judul", lang))
    a, b, c = st.columns(3)
    with a:
        unit = _pilih_url(
            "sk_unit",
            [str(i) for i in range(0, 1001, 10)],
            "0",
            t("an_sk_unit", lang),
            lambda v: "+" + fmt.angka(int(v), 0, lang),
        )
        st.caption(
            t(
                "an_sk_unit_ket",
                lang,
                n=fmt.angka(kpi.bs_aktif, 0, lang),
                ton=fmt.angka(per_unit, 2, lang),
            )
        )
    with b:
        tps = _pilih_url(
            "sk_tps3r",
            [str(i) for i in range(0, 501, 5)],
            "0",
            t("an_sk_tps3r", lang),
            lambda v: "+" + fmt.angka(int(v), 0, lang) + " t/" + t("an_hari", lang),
        )
        st.caption(t("an_sk_tps3r_ket", lang))
    with c:
        kom = _pilih_url(
            "sk_kompos",
            [str(i) for i in range(0, 101, 5)],
            "0",
            t("an_sk_kompos", lang),
            lambda v: v + "%",
        )
        st.caption(
            t(
                "an_sk_kompos_ket",
                lang,
                kini=fmt.persen(kompos_th / (porsi_org * k.timbulan) if porsi_org > 0 else None, 1, lang),
                org=fmt.persen(porsi_org, 0, lang),
            )
        )
    sk = tg.Skenario(int(unit), float(tps), int(kom) / 100)
    return sk, tg.tambahan_ton(sk, per_unit, k.timbulan, porsi_org, kompos_th)


def bagian_target() -> None:
    sasaran = tg.daftar_sasaran(ui.q("target_acuan"))
    bulanan, k = kini_kota()
    if not sasaran:
        st.info(t("an_tanpa_target", lang), icon=":material/flag:")
    if k is None:
        st.info(t("an_tanpa_kini", lang), icon=":material/groups:")
        definisi("an_def_target")
        return
    catatan_kini(k)
    sk, tambah = skenario_masukan(k)
    delta = tg.dampak(sum(tambah.values()), k)
    if not sk.kosong:
        st.caption(
            t(
                "an_sk_hasil",
                lang,
                ton=fmt.ton(sum(tambah.values()), lang),
                bs=fmt.ton(tambah["bank_sampah"], lang),
                tps=fmt.ton(tambah["tps3r"], lang),
                kompos=fmt.ton(tambah["kompos"], lang),
                p=fmt.perubahan(delta["pengurangan"], 0, lang, poin=True),
                t=fmt.perubahan(delta["terkelola"], 0, lang, poin=True),
            )
        )
    jalur = [tg.jalur(s, bulanan, k, delta, p.data_akhir) for s in sasaran]
    if jalur:
        st.subheader(t("an_target_tabel", lang))
        isi = tabel.jalur(jalur, lang)
        st.dataframe(isi, hide_index=True, width="stretch")
        ui.unduh_apa_adanya(isi, "jalur_target", lang)
        st.caption(
            " · ".join(sorted({f"{j.sasaran.acuan}: {j.sasaran.sumber}" for j in jalur if j.sasaran.sumber}))
        )
    ukuran_ada = [u for u in tg.UKURAN if any(s.ukuran == u for s in sasaran)] or list(tg.UKURAN)
    ui.url_halaman("ukuran", ukuran_ada, ukuran_ada[0])
    ukuran = (
        st.segmented_control(
            t("an_ukuran", lang),
            ukuran_ada,
            key="ukuran",
            required=True,
            format_func=lambda u: t("an_ukuran_" + u, lang),
        )
        or ukuran_ada[0]
    )
    ui.simpan_url("ukuran", ukuran, ukuran_ada[0])
    hist = ui.q("neraca_periode", **semua)
    hist = hist[hist.tahun.notna()]
    sampai = max([s.tahun for s in sasaran if s.ukuran == ukuran] + [p.data_akhir.year + 4])
    pr = tg.proyeksi_tahunan(bulanan, ukuran, sampai, delta[ukuran])
    st.markdown("**" + t("an_jalur_judul", lang, ukuran=t("an_ukuran_" + ukuran, lang)) + "**")
    st.plotly_chart(grafik.target_jalur(hist, pr, sasaran, ukuran, lang), config=TANPA_MODEBAR)
    definisi("an_def_target")


# --- 3. Adipura readiness -------------------------------------------------------------------------
def bagian_adipura() -> None:
    _, k = kini_kota()
    if k is None:
        st.info(t("an_tanpa_kini", lang), icon=":material/groups:")
        definisi("an_def_adipura")
        return
    catatan_kini(k)
    jenis = setelan.tpa_jenis if isinstance(setelan.tpa_jenis, str) else None
    liar = None if pd.isna(setelan.tps_liar) else int(setelan.tps_liar)
    ks = adipura.kesiapan(k.diversi, k.timbulan, 365.25, jenis, liar)
    a, b, c = st.columns([1, 1, 2])
    a.metric(
        t("an_persen_olah", lang), fmt.persen(ks.persen, 2, lang), help=t("an_persen_olah_bantuan", lang)
    )
    b.metric(t("an_pita", lang), t("an_pita_" + ks.pita, lang) if ks.pita else "–")
    if ks.pita == "kota_kotor":
        b.caption(t("an_pita_kotor_arti", lang))
    if ks.alasan:
        b.caption(t("an_alasan", lang, alasan=", ".join(t("an_alasan_" + a, lang) for a in ks.alasan)))
    with c:
        st.markdown(
            t("an_tpa_jenis", lang, tpa=ui.aman(p.tpa))
            + ": **"
            + (t("an_jenis_" + jenis, lang) if jenis else t("an_belum_diatur", lang))
            + "**"
            + sumber_setelan(jenis, setelan.tpa_jenis_sumber)
        )
        st.markdown(
            t("an_tps_liar", lang)
            + ": **"
            + (fmt.angka(liar, 0, lang) if liar is not None else t("an_belum_diatur", lang))
            + "**"
            + sumber_setelan(liar, setelan.tps_liar_sumber)
        )
        if jenis is None or liar is None:
            st.caption(t("an_setel_adipura", lang))
    st.plotly_chart(grafik.adipura_pita(ks.persen, lang), config=TANPA_MODEBAR)
    if ks.berikut is not None:
        b = ks.berikut
        syarat = []
        if b.kurang_ton_bulan > 0:
            syarat.append(
                t(
                    "an_naik_ton",
                    lang,
                    ton=fmt.ton(b.kurang_ton_bulan, lang),
                    pct=fmt.persen(b.persen_min, 0, lang),
                )
            )
        if b.tpa_memenuhi is False or b.tpa_memenuhi is None:
            syarat.append(t("an_naik_tpa_" + b.pita, lang))
        if b.tps_liar_memenuhi is not True:
            syarat.append(t("an_naik_liar", lang))
        st.markdown(t("an_naik", lang, pita=t("an_pita_" + b.pita, lang), syarat="; ".join(syarat) or "–"))
    if ks.langkah:
        st.dataframe(tabel.adipura(ks, lang), hide_index=True, width="stretch")
    definisi("an_def_adipura")


# --- 4. landfill life -----------------------------------------------------------------------------
def bagian_tpa() -> None:
    if pd.isna(setelan.tpa_sisa_kapasitas):
        st.info(t("an_tpa_belum", lang, tpa=ui.aman(p.tpa)), icon=":material/landslide:")
        definisi("an_def_tpa", kepadatan=fmt.angka(setelan.tpa_kepadatan_kg_m3, 0, lang))
        return
    akhir = p.data_akhir
    psel_pilihan = [str(y) for y in range(akhir.year + 1, akhir.year + 21)]
    bawaan = str(int(setelan.psel_mulai_tahun)) if pd.notna(setelan.psel_mulai_tahun) else str(akhir.year + 3)
    bawaan = bawaan if bawaan in psel_pilihan else psel_pilihan[0]
    ui.url_halaman("psel", psel_pilihan, bawaan)
    psel = int(st.columns([1, 3])[0].selectbox(t("tr_psel_tahun", lang), psel_pilihan, key="psel"))
    ui.simpan_url("psel", str(psel), bawaan)
    hasil = kota.umur(ui.q, setelan, p.data_mulai, akhir, psel)
    if hasil is None:
        st.info(t("tidak_ada_data", lang))
        return
    u, ukur, mulai_laju, kumulatif = hasil.u, hasil.tanggal_ukur, hasil.laju_dari, hasil.diversi_kumulatif
    target_p = hasil.target_pengurangan
    a, b, c, d = st.columns(4)
    a.metric(t("an_sisa", lang), fmt.ton(u.sisa_ton, lang), help=t("an_sisa_bantuan", lang))
    a.caption(
        t(
            "an_sisa_ket",
            lang,
            kap=fmt.angka(setelan.tpa_sisa_kapasitas, 0, lang),
            satuan=setelan.tpa_sisa_satuan.replace("m3", "m³"),
            tgl=fmt.tanggal(ukur, lang),
        )
    )
    b.metric(t("an_laju", lang), fmt.ton(u.laju_ton_hari, lang) + "/" + t("an_hari", lang))
    b.caption(t("an_laju_ket", lang, dari=fmt.tanggal(mulai_laju, lang)))
    c.metric(t("an_umur", lang), t("an_tahun_n", lang, n=fmt.angka(u.tahun_tersisa, 1, lang)))
    d.metric(t("an_penuh", lang), fmt.tanggal(u.tanggal_penuh, lang, "MMM y"))
    gap = u.bulan_sebelum_psel
    if gap is not None:
        kunci = "an_psel_sebelum" if gap > 0 else "an_psel_sesudah"
        (st.error if gap > 0 else st.success)(
            t(
                kunci,
                lang,
                tpa=ui.aman(p.tpa),
                n=fmt.angka(abs(gap), 0, lang),
                tahun=psel,
                tgl=fmt.tanggal(u.tanggal_penuh, lang),
            ),
            icon=":material/event:",
        )
    teks = t(
        "an_diversi_bulan",
        lang,
        ton=fmt.ton(kumulatif, lang),
        dari=fmt.tanggal(p.data_mulai, lang),
        n=fmt.angka(u.bulan_dari_diversi, 1, lang),
    )
    if u.bulan_dari_target is not None:
        teks += " " + t(
            "an_target_bulan",
            lang,
            target=fmt.persen(target_p, 0, lang),
            n=fmt.angka(u.bulan_dari_target, 1, lang),
        )
    st.markdown(teks)
    st.plotly_chart(grafik.umur_tpa(u, hasil.penuh_target, lang), config=TANPA_MODEBAR)
    definisi("an_def_tpa", kepadatan=fmt.angka(setelan.tpa_kepadatan_kg_m3, 0, lang))


# --- 5. emissions avoided (indicative) -----------------------------------------------------------------
def bagian_emisi() -> None:
    faktor = ui.q("faktor_emisi")
    jenis = setelan.tpa_jenis if isinstance(setelan.tpa_jenis, str) else None
    try:
        f = emisi.faktor_dari(faktor, jenis)
    except ValueError as e:
        st.warning(t("an_em_faktor_kurang", lang, pesan=str(e)))
        return
    st.warning(t("an_em_indikatif", lang), icon=":material/info:")
    st.subheader(t("an_em_judul_angka", lang, periode=periode.label(per.kunci, lang)))
    prm = p.params()
    hasil = emisi.hitung(ui.q("emisi_bahan", **prm), f, p.data_akhir, ["kecamatan"])
    if hasil.empty:
        st.info(t("tidak_ada_data", lang))
    else:
        tot = hasil.sum(numeric_only=True)
        a, b, c, d = st.columns(4)
        a.metric(
            t("an_em_metana", lang),
            f"{fmt.angka(tot.co2e_metana_sejauh, 1, lang)} t CO₂e",
            help=t("an_em_metana_bantuan", lang),
        )
        a.caption(t("an_em_organik", lang, ton=fmt.ton(tot.ton_organik, lang)))
        b.metric(
            t("an_em_komitmen", lang),
            f"{fmt.angka(tot.co2e_metana_komitmen, 1, lang)} t CO₂e",
            help=t("an_em_komitmen_bantuan", lang),
        )
        c.metric(t("an_em_daur_ulang", lang), f"{fmt.angka(tot.co2e_daur_ulang, 1, lang)} t CO₂e")
        c.caption(t("an_em_daur_ton", lang, ton=fmt.ton(tot.ton_daur_ulang, lang)))
        d.metric(t("an_em_total", lang), f"{fmt.angka(tot.co2e_total, 1, lang)} t CO₂e")
        d.caption(t("an_em_sampai", lang, tgl=fmt.tanggal(p.data_akhir, lang)))
        st.subheader(t("an_em_kec", lang))
        st.plotly_chart(grafik.emisi_kecamatan(hasil, lang), config=TANPA_MODEBAR)
    csr = emisi.hitung(ui.q("emisi_csr", **prm), f, p.data_akhir, ["proyek_id", "perusahaan", "program"])
    st.subheader(t("an_em_csr", lang))
    if csr.empty:
        st.caption(t("an_em_csr_kosong", lang))
    else:
        st.dataframe(
            tabel.emisi_csr(csr, lang),
            hide_index=True,
            width="stretch",
            column_config={t("an_em_c_proyek", lang): st.column_config.TextColumn(width="large")},
        )
        st.caption(t("an_em_csr_ket", lang))
    with st.expander(t("an_em_faktor", lang), icon=":material/table:"):
        dipakai = {("mcf", f.tpa_jenis), ("ox", f.tpa_jenis)}
        dipakai_ = faktor.assign(
            dipakai=[
                "✓" if k not in ("mcf", "ox") or (k, c) in dipakai else ""
                for k, c in zip(faktor.kelompok, faktor.kode)
            ]
        )
        st.dataframe(dipakai_, hide_index=True, width="stretch")
        ui.unduh_apa_adanya(dipakai_, "faktor_emisi", lang)
    definisi(
        "an_def_emisi",
        mcf=fmt.angka(f.mcf, 1, lang),
        ox=fmt.angka(f.ox, 1, lang),
        jenis=t("an_jenis_" + f.tpa_jenis, lang),
    )


# --- 6. SIPSN sheet and the weekly brief --------------------------------------------------------------
def bagian_sipsn() -> None:
    semester = periode.pilihan("semester", p.data_mulai, p.data_akhir)
    bawaan = periode.kunci_dari(per.selesai, "semester")
    bawaan = bawaan if bawaan in semester else semester[0]
    ui.url_halaman("semester", semester, bawaan)
    kunci = st.columns([1, 3])[0].selectbox(
        t("an_semester", lang), semester, key="semester", format_func=lambda k: periode.label(k, lang)
    )
    ui.simpan_url("semester", kunci, bawaan)
    sem = periode.dari_kunci(kunci, p.data_akhir, p.data_mulai)
    prm = {"mulai": sem.mulai, "selesai": sem.selesai, "kecamatan": []}
    hari = (sem.selesai - sem.mulai).days + 1
    rows = lembar_sipsn.susun(
        ui.q("neraca_kecamatan", **prm),
        ui.q("neraca_pengolahan", **prm),
        ui.q("bank_sampah_kategori", **prm),
        hari,
    )
    if sem.berjalan:
        st.warning(
            t("an_sipsn_berjalan", lang, tgl=fmt.tanggal(sem.selesai, lang)), icon=":material/schedule:"
        )
    st.download_button(
        t("an_sipsn_unduh", lang),
        lembar_sipsn.ke_xlsx(
            rows,
            kota=p.kota,
            label_periode=periode.label(kunci, "id") + f" (P{kunci[-1]})",
            mulai=sem.mulai,
            selesai=sem.selesai,
            contoh=p.data_contoh,
            dibuat=p.data_akhir,
        ),
        f"sipsn_{kunci}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        type="primary",
    )
    st.dataframe(tabel.sipsn(rows, lang), hide_index=True, width="stretch", height=560)
    st.caption(t("an_sipsn_ket", lang))
    st.subheader(t("an_kilas_bagian", lang))
    st.markdown(t("an_kilas_ket", lang, periode=periode.label(per.kunci, lang)))
    data = kilas.data_kilas(ui.q, per, p.kecamatan)
    st.download_button(
        t("an_kilas_unduh", lang),
        lambda: kilas.ke_png(kilas.html_kilas(data, per, p.kecamatan, lang)),
        f"kilas_{per.kunci}.png",
        "image/png",
        icon=":material/image:",
        on_click="ignore",
    )
    st.caption(t("an_kilas_cli", lang, periode=per.kunci))


{
    "neraca": bagian_neraca,
    "target": bagian_target,
    "adipura": bagian_adipura,
    "tpa": bagian_tpa,
    "emisi": bagian_emisi,
    "sipsn": bagian_sipsn,
}[bagian]()
