"""Kelola Data: upload, preview, column mapping, validation report, confirm, history, undo, templates.
The logic lives in sampah.ingest; this page only lays it out. Text from files is shown through
st.dataframe/st.text (escaped), never as HTML."""

import os

import pandas as pd
import streamlit as st

from sampah import db, fmt, pulih, ui
from sampah.i18n import S, t
from sampah.ingest import akses, muat, templat
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


@st.cache_resource
def _penjaga() -> akses.Penjaga:
    return akses.Penjaga()  # one per server process: a new tab does not reset the attempt limit


def _sandi_admin() -> str | None:
    env = os.environ.get("SAMPAH_ADMIN_PASSWORD")
    if env:
        return env
    try:
        return st.secrets.get("admin_password")
    except Exception:  # no secrets file
        return None


def _oidc_aktif() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:
        return False


def boleh_menulis() -> tuple[bool, str]:
    """(may write, user name for the log). Shows the login controls when not yet allowed."""
    if _oidc_aktif():
        if getattr(st.user, "is_logged_in", False):
            nama = str(st.user.get("email") or st.user.get("name") or "oidc")
            st.caption(t("kd_masuk_sebagai", lang, nama=nama))
            st.button(t("kd_keluar", lang), on_click=st.logout, key="kd_keluar")
            return True, nama
        st.button(t("kd_oidc", lang), on_click=st.login, key="kd_oidc")
    if st.session_state.get("kd_admin"):
        c1, c2 = st.columns([4, 1])
        c1.caption(t("kd_masuk_sebagai", lang, nama="admin"))
        if c2.button(t("kd_keluar", lang), key="kd_keluar_sandi"):
            st.session_state["kd_admin"] = False
            st.rerun()
        return True, "admin"
    benar = _sandi_admin()
    if not benar:
        if not _oidc_aktif():
            st.warning(t("kd_sandi_belum", lang), icon=":material/lock:")
        return False, ""
    st.info(t("kd_perlu_masuk", lang), icon=":material/lock:")
    with st.form("kd_login", clear_on_submit=True):
        sandi = st.text_input(t("kd_sandi", lang), type="password", key="kd_sandi")
        kirim = st.form_submit_button(t("kd_masuk", lang))
    jaga = _penjaga()
    if kirim:
        if jaga.terkunci():
            st.error(t("kd_sandi_kunci", lang, detik=jaga.terkunci()))
        elif jaga.coba(sandi or "", benar):
            st.session_state["kd_admin"] = True
            st.rerun()
        else:
            st.error(
                t("kd_sandi_salah", lang)
                if not jaga.terkunci()
                else t("kd_sandi_kunci", lang, detik=jaga.terkunci())
            )
    return False, ""


def laporan(lap: muat.HasilImpor) -> None:
    """The validation report of a checked file."""
    pr = lap.persiapan
    if lap.status == "ditolak":
        st.error(lap.teks(lang), icon=":material/block:")
    if pr is None:
        return
    st.markdown("**" + t("kd_laporan", lang) + "**")
    n = {
        k: fmt.angka(v, lang=lang)
        for k, v in (("dibaca", pr.dibaca), ("valid", pr.valid), ("tolak", len(pr.galat)))
    }
    st.write(t("kd_ringkas", lang, **n))
    for k, kw in pr.catatan:
        st.caption("· " + t(k, lang, **kw))
    if pr.galat:
        st.markdown("**" + t("kd_ditolak_judul", lang) + "**")
        tolak = pr.ditolak(lang)
        n = 200  # a static table wraps the reasons; thousands of rows belong in the download
        if len(tolak) > n:
            st.caption(t("kd_tolak_sebagian", lang, n=n, total=fmt.angka(len(tolak), 0, lang)))
        ui.tabel(tolak.head(n).astype(str), mentah(tolak), lang, bungkus=True, tinggi=320)
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
    if berkas is None:
        return
    data = berkas.getvalue()
    peta_kunci = f"kd_peta_{pilih}_{muat.sha256(data)[:12]}"
    pemetaan = st.session_state.get(peta_kunci, {})
    tahun = tahun_berlaku(ds, peta_kunci)
    f = pulih.bacaan(src).berkas  # a damaged CURRENT: check against the version viewers see
    con = db.connect_readonly(f) if f else None
    try:
        lap = muat.periksa(con, pilih, data, berkas.name, pemetaan, tahun=tahun)
    finally:
        if con is not None:
            con.close()
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
                    src.path,
                    pilih,
                    data,
                    berkas.name,
                    oleh=oleh,
                    pemetaan=pemetaan,
                    ketat=ketat,
                    tahun=tahun,
                )
            except Exception as e:  # full disk, damaged base version: nothing changed, say so
                gagal = pulih.pesan_gagal_tulis(e, src.path)
                if gagal is None:
                    raise
                st.error(t(gagal[0], lang, **gagal[1]), icon=":material/error:")
                return
        pesan = hasil.teks(lang)
        (
            st.success
            if hasil.status == "dimuat"
            else st.warning
            if hasil.status in ("kosong", "sudah_ada")
            else st.error
        )(pesan)


def tahun_berlaku(ds, kunci: str) -> int | None:  # noqa: ANN001 - a Dataset
    """The year a file without a year column is valid for (datasets with a year column only)."""
    if not any(k.nama == "tahun" and k.jenis == "tahun" for k in ds.kolom):
        return None
    v = st.number_input(
        t("kd_tahun_berlaku", lang),
        min_value=1990,
        max_value=2100,
        value=None,
        step=1,
        key=f"{kunci}__tahun_berlaku",  # not a column name: the mapping boxes use those
        help=t("kd_tahun_berlaku_bantuan", lang),
    )
    return int(v) if v is not None else None


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
                (st.success if kunci == "kd_undo_ok" else st.warning)(t(kunci, lang, **kw))


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
    menulis, oleh = boleh_menulis()
t1, t2, t3 = st.tabs([t("kd_tab_impor", lang), t("kd_tab_riwayat", lang), t("kd_tab_templat", lang)])
with t1:
    tab_impor(menulis, oleh)
with t2:
    tab_riwayat(menulis, oleh)
with t3:
    tab_templat()
