"""Kelola Data: upload, preview, column mapping, validation report, confirm, history, undo, templates.
The logic lives in sampah.ingest; this page only lays it out. Text from files is shown through
st.dataframe/st.text (escaped), never as HTML."""

from datetime import date

import pandas as pd
import streamlit as st

from sampah import db, fmt, pulih, ui, ui_akses
from sampah.i18n import S, t
from sampah.ingest import muat, templat
from sampah.ingest.dataset import DATASETS
from sampah.tabel import K, mentah

p = ui.pilihan_sidebar(perlu_data=False)  # works on an empty store: this is where data comes in
lang = p.lang
src = ui.source()
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
KOLOM_RIWAYAT = {
    c: K(c, f"kd_r_{c}", jenis)
    for c, jenis in (
        ("waktu", "waktu"),
        ("aksi", "teks"),
        ("id", "angka"),
        ("dataset", "teks"),
        ("nama_file", "teks"),
        ("dibaca", "angka"),
        ("dimuat", "angka"),
        ("diperbarui", "angka"),
        ("sudah_ada", "angka"),
        ("ditolak", "angka"),
        ("oleh", "teks"),
        ("versi", "teks"),
    )
}


def laporan(lap: muat.HasilImpor) -> None:
    """The validation report of a checked file."""
    pr = lap.persiapan
    if lap.status == "ditolak":
        st.error(ui.aman(lap.teks(lang)), icon=":material/block:")  # cells and headers of the file
    if pr is None:
        return
    st.markdown("**" + t("kd_laporan", lang) + "**")
    n = {
        k: fmt.angka(v, lang=lang)
        for k, v in (("dibaca", pr.dibaca), ("valid", pr.valid), ("tolak", len(pr.galat)))
    }
    st.write(t("kd_ringkas", lang, **n))
    for k, kw in pr.catatan:
        st.caption("· " + ui.aman(t(k, lang, **kw)))
    if pr.galat:
        st.markdown("**" + t("kd_ditolak_judul", lang) + "**")
        tolak = pr.ditolak(lang)
        n = 200  # a static table wraps the reasons; thousands of rows belong in the download
        lain = getattr(pr.galat, "dihitung", 0)  # past the detail limit: one last row counts them
        rinci = len(tolak) - (1 if lain else 0)
        tampil = tolak.head(n)
        if rinci > n:
            st.caption(t("kd_tolak_sebagian", lang, n=n, total=fmt.angka(rinci, 0, lang)))
            if lain:
                tampil = pd.concat([tampil, tolak.tail(1)])
        ui.tabel(tampil.astype(str), mentah(tolak), lang, bungkus=True, tinggi=320)
        ui.unduh(
            tolak.astype(str),
            mentah(tolak),
            t("kd_unduh_ditolak", lang),
            lang,
            judul=t("kd_ditolak_judul", lang),
        )


def tab_impor(menulis: bool, oleh: str) -> None:
    pilih = st.selectbox(
        t("kd_pilih_dataset", lang),
        list(DATASETS),
        key="kd_dataset",
        format_func=lambda k: DATASETS[k].judul[0 if lang != "en" else 1],
    )
    ds = DATASETS[pilih]
    st.caption(t(f"kd_ket_{pilih}", lang) if lang == "en" and f"kd_ket_{pilih}" in S else ds.ket)
    berkas = st.file_uploader(
        t("kd_unggah", lang),
        key="kd_file",
        disabled=not menulis,
        type=["csv", "txt", "xlsx", "json", "geojson", "gpkg", "zip"],
    )
    st.caption(ui_akses.batas_unggah(lang))
    if berkas is None or not menulis:  # a forged upload state of a viewer is never checked
        return
    data = berkas.getvalue()
    sha = ui.sekali("_kd_sha", (berkas.file_id,), lambda: muat.sha256(data))
    peta_kunci = f"kd_peta_{pilih}_{sha[:12]}"
    pemetaan = st.session_state.get(peta_kunci, {})
    f = pulih.bacaan(src).berkas  # a damaged CURRENT: check against the version viewers see

    def periksa() -> muat.HasilImpor:
        con = db.connect_readonly(f) if f else None
        try:
            return muat.periksa(con, pilih, data, berkas.name, pemetaan)
        finally:
            if con is not None:
                con.close()

    # once per file, dataset, mapping and data version: not again on every click of the page
    kunci = (sha, pilih, tuple(sorted(pemetaan.items())), str(f), date.today())
    lap = ui.sekali("_kd_periksa", kunci, periksa)
    pr = lap.persiapan
    if pr is not None and pilih != "batas_wilayah":
        with st.expander(t("kd_pratinjau", lang)):
            st.dataframe(pr.tabel.data.head(20).astype(str), hide_index=True, width="stretch")
    if pilih != "batas_wilayah" and (pr is not None or (lap.pesan and lap.pesan[0] == "kd_f_kolom_wajib")):
        pemetaan_ui(pilih, data, berkas.name, peta_kunci, pr)
    laporan(lap)
    if lap.status != "siap" or not menulis:
        return
    ketat = st.checkbox(t("kd_ketat", lang), key="kd_ketat")
    if st.button(
        t("kd_konfirmasi", lang, n=fmt.angka(pr.valid, lang=lang)),
        type="primary",
        key="kd_muat",
        icon=":material/upload:",
    ):
        with st.spinner(t("kd_memuat", lang)):
            try:
                hasil = muat.impor(
                    src.path, pilih, data, berkas.name, oleh=oleh, pemetaan=pemetaan, ketat=ketat
                )
            except Exception as e:  # full disk, damaged base version: nothing changed, say so
                gagal = pulih.pesan_gagal_tulis(e, src.path)
                if gagal is None:
                    raise
                st.error(ui.aman(t(gagal[0], lang, **gagal[1])), icon=":material/error:")
                return
        pesan = ui.aman(hasil.teks(lang))
        (
            st.success
            if hasil.status == "dimuat"
            else st.warning
            if hasil.status in ("kosong", "sudah_ada")
            else st.error
        )(pesan)


def pemetaan_ui(pilih: str, data: bytes, nama_file: str, kunci: str, pr) -> None:  # noqa: ANN001
    """One select box per dataset column; the choice is kept for this file and saved with the import."""
    from sampah.ingest import kolom
    from sampah.ingest.baca import baca

    ds = DATASETS[pilih]
    try:
        header = (
            list(pr.tabel.data.columns)
            if pr
            else list(baca(data, nama_file, kolom.skor_header(ds)).data.columns)
        )
    except Exception:
        return
    sekarang = pr.peta if pr else kolom.petakan(ds, header, st.session_state.get(kunci, {}))
    hilang = kolom.wajib_hilang(ds, sekarang)
    kosong = t("kd_tidak_dipakai", lang)
    with st.expander(t("kd_pemetaan", lang), expanded=bool(hilang)):
        st.caption(t("kd_pemetaan_bantuan", lang))
        baru = {}
        for k in ds.kolom:
            pilihan = [kosong] + header
            awal = sekarang.get(k.nama)
            v = st.selectbox(
                k.nama + (" *" if k.wajib else ""),
                pilihan,
                key=f"{kunci}_{k.nama}",
                index=pilihan.index(awal) if awal in pilihan else 0,
            )
            if v != kosong:
                baru[k.nama] = v
        if baru != sekarang:
            st.session_state[kunci] = baru
            st.rerun()


def tab_riwayat(menulis: bool, oleh: str) -> None:
    f = pulih.bacaan(src).berkas
    st.caption(t("kd_versi_aktif", lang, versi=f.name if f else "–"))
    r = muat.riwayat(src.path) if src.is_store else pd.DataFrame()
    if r.empty:
        st.info(t("kd_riwayat_kosong", lang))
    else:
        judul_ds = {k: d.judul[0 if lang != "en" else 1] for k, d in DATASETS.items()}
        ui.tabel(
            r.assign(
                aksi=r.aksi.map(lambda a: t(f"kd_aksi_{a}", lang) if f"kd_aksi_{a}" in S else a),
                dataset=r.dataset.map(lambda d: judul_ds.get(d, d)),
            ),
            [KOLOM_RIWAYAT.get(c, K(c, c)) for c in muat.TAMPIL_RIWAYAT],
            lang,
            unduh_nama="riwayat_impor",
            judul=t("kd_r_judul", lang),
        )
    if menulis and not r.empty:
        with st.popover(t("kd_batalkan", lang), icon=":material/undo:"):
            if st.button(t("kd_batalkan_yakin", lang), type="primary", key="kd_undo"):
                kunci, kw = muat.batalkan(src.path, oleh=oleh)
                (st.success if kunci == "kd_undo_ok" else st.warning)(ui.aman(t(kunci, lang, **kw)))


def tab_templat() -> None:
    st.caption(t("kd_templat_bantuan", lang))
    for nama, ds in DATASETS.items():
        if nama == "batas_wilayah":
            continue
        judul = ds.judul[0 if lang != "en" else 1]
        st.download_button(
            t("kd_unduh_templat", lang, judul=judul),
            templat.templat(nama),
            f"templat_{nama}.xlsx",
            XLSX,
            icon=":material/table_view:",
            key=f"kd_t_{nama}",
        )


st.title(t("kd_judul", lang))
st.caption(t("kd_intro", lang))
if not src.is_store:
    st.warning(t("kd_bukan_store", lang))
    menulis, oleh = False, ""
else:
    menulis, oleh = ui_akses.boleh_menulis(src, lang)
t1, t2, t3 = st.tabs([t("kd_tab_impor", lang), t("kd_tab_riwayat", lang), t("kd_tab_templat", lang)])
with t1:
    tab_impor(menulis, oleh)
with t2:
    tab_riwayat(menulis, oleh)
with t3:
    tab_templat()
