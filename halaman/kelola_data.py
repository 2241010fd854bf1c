"""Kelola Data: upload, preview, column mapping, validation report, confirm, history, undo, templates.
The logic lives in sampah.ingest; this page only lays it out. Text from files is shown through
st.dataframe/st.text (escaped), never as HTML."""

from datetime import date

import pandas as pd
import streamlit as st

from sampah import db, fmt, pulih, ui, ui_akses
from sampah.i18n import S, t
from sampah.ingest import muat, templat, wajar
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
        ("pencilan", "angka"),
        ("keputusan", "teks"),
        ("nilai_berubah", "angka"),
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
    st.write(pr.ringkas(lang, lambda v: fmt.angka(v, lang=lang)))
    lapisan = getattr(pr, "lapisan", None)  # a boundary layer: its level and kab/kota first
    if lapisan:
        st.info(ui.aman(t(lapisan[0], lang, **lapisan[1])), icon=":material/map:")
    if lapisan and pr.galat:
        st.warning(t("bt_ditahan", lang, n=len(pr.galat), m=pr.valid), icon=":material/pan_tool:")
    for k, kw in pr.catatan:
        if (k, kw) != lapisan:
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
    pencilan_ui(pr)


def pencilan_ui(pr) -> None:  # noqa: ANN001 - susun.Persiapan
    """The values held as implausible, each with its typical value and why (sampah/ingest/wajar.py)."""
    if pr.pencilan.empty:
        return
    st.markdown("**" + t("kd_w_judul", lang) + "**")
    st.warning(t("kd_w_penjelasan", lang), icon=":material/warning:")
    df = wajar.tabel(pr.pencilan, pr.tabel.baris_file, lang)
    ui.tabel(df, mentah(df), lang, bungkus=True, tinggi=min(320, 40 + 36 * len(df)))
    ui.unduh(df, mentah(df), "nilai_ditahan", lang, judul=t("kd_w_judul", lang))


def tombol_muat(pr) -> str | None:  # noqa: ANN001 - susun.Persiapan
    """The load buttons: without the held values (the usual one), or with them when the user is sure.
    Returns None (no click), 'lewati' or 'terima'."""
    ditahan = len(wajar.baris_file(pr.pencilan))
    if not ditahan:
        klik = st.button(
            t("kd_konfirmasi", lang, n=fmt.angka(pr.valid, lang=lang)),
            type="primary",
            key="kd_muat",
            icon=":material/upload:",
        )
        return "lewati" if klik else None
    n, m = fmt.angka(pr.valid - ditahan, lang=lang), fmt.angka(ditahan, lang=lang)
    if st.button(
        t("kd_w_muat_tanpa", lang, n=n, m=m), type="primary", key="kd_muat", icon=":material/upload:"
    ):
        return "lewati"
    semua = fmt.angka(pr.valid, lang=lang)
    if st.button(
        t("kd_w_muat_semua", lang, n=semua, m=m), key="kd_muat_pencilan", icon=":material/done_all:"
    ):
        return "terima"
    return None


def hasil_ui(hasil: muat.HasilImpor) -> None:
    """What an import did: its message, the decision on held values and the stored values it changed
    (key, column, old -> new), kept on screen across reruns (a download click reruns the page)."""
    (
        st.success
        if hasil.status == "dimuat"
        else st.warning
        if hasil.status in ("kosong", "sudah_ada", "ditahan")
        else st.error
    )(ui.aman(hasil.teks(lang)))  # file and place names are data: never markdown
    if hasil.keputusan:
        st.caption(t(f"kd_w_keputusan_{hasil.keputusan}", lang, n=fmt.angka(hasil.pencilan, lang=lang)))
    if hasil.nilai_berubah:
        perubahan_ui(
            hasil.perubahan, hasil.nilai_berubah, hasil.diperbarui, f"nilai_berubah_{hasil.impor_id}"
        )


def perubahan_ui(df: pd.DataFrame, total: int, baris: int | None, nama: str) -> None:
    """Changed values: key, column, old -> new, the first 200 on screen, all in the download."""
    st.markdown("**" + t("kd_u_judul", lang) + "**")
    if baris is not None:
        st.write(t("kd_u_ringkas", lang, sel=fmt.angka(total, lang=lang), baris=fmt.angka(baris, lang=lang)))
    tampil = df.rename(columns={c: t(f"kd_u_k_{c}", lang) for c in muat.PERUBAHAN})
    if len(tampil) > 200:
        st.caption(t("kd_u_sebagian", lang, n=200, total=fmt.angka(total, lang=lang)))
    ui.tabel(tampil.head(200), mentah(tampil), lang, bungkus=True, tinggi=min(320, 40 + 36 * len(tampil)))
    ui.unduh(tampil, mentah(tampil), nama, lang, judul=t("kd_u_judul", lang))


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
    tahun = tahun_berlaku(ds, peta_kunci)
    f = pulih.bacaan(src).berkas  # a damaged CURRENT: check against the version viewers see

    def periksa() -> muat.HasilImpor:
        con = db.connect_readonly(f) if f else None
        try:
            return muat.periksa(con, pilih, data, berkas.name, pemetaan, tahun=tahun)
        finally:
            if con is not None:
                con.close()

    # once per file, dataset, mapping and data version: not again on every click of the page
    kunci = (sha, pilih, tuple(sorted(pemetaan.items())), tahun, str(f), date.today())
    lap = ui.sekali("_kd_periksa", kunci, periksa)
    pr = lap.persiapan
    if pr is not None and pilih != "batas_wilayah":
        with st.expander(t("kd_pratinjau", lang)):
            st.dataframe(pr.tabel.data.head(20).astype(str), hide_index=True, width="stretch")
    # a boundary layer in a recognised schema (no mapping used) needs none; any other file may
    peta_perlu = pilih != "batas_wilayah" or pr is None or pr.peta or pemetaan
    if peta_perlu and (pr is not None or (lap.pesan and lap.pesan[0] == "kd_f_kolom_wajib")):
        pemetaan_ui(pilih, data, berkas.name, peta_kunci, pr)
    laporan(lap)
    if lap.status != "siap" or not menulis:
        return
    ketat = st.checkbox(t("kd_ketat", lang), key="kd_ketat")
    keputusan = tombol_muat(pr)
    if keputusan:
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
                    pencilan=keputusan,
                )
            except Exception as e:  # full disk, damaged base version: nothing changed, say so
                gagal = pulih.pesan_gagal_tulis(e, src.path)
                if gagal is None:
                    raise
                st.error(ui.aman(t(gagal[0], lang, **gagal[1])), icon=":material/error:")
                return
        st.session_state["kd_hasil"] = (muat.sha256(data), hasil)
    simpan = st.session_state.get("kd_hasil")
    if simpan and simpan[0] == muat.sha256(data):
        hasil_ui(simpan[1])


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
    from sampah.ingest import alur, kolom

    ds = DATASETS[pilih]
    try:
        header = list(pr.tabel.data.columns) if pr else alur.header(pilih, data, nama_file)
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
    batal = st.session_state.pop("kd_batal", None)  # the undo of the run before, shown once
    if batal:
        (st.success if batal[0] == "kd_undo_ok" else st.warning)(ui.aman(t(batal[0], lang, **batal[1])))
        if batal[1].get("sel"):
            st.caption(t("kd_u_batal", lang, **batal[1]))
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
                **(
                    {
                        "keputusan": r.keputusan.map(
                            lambda k: t(f"kd_kep_{k}", lang) if isinstance(k, str) else ""
                        )
                    }
                    if "keputusan" in r
                    else {}
                ),
            ),
            [KOLOM_RIWAYAT.get(c, K(c, c)) for c in muat.TAMPIL_RIWAYAT],
            lang,
            unduh_nama="riwayat_impor",
            judul=t("kd_r_judul", lang),
        )
    if menulis and not r.empty:
        with st.popover(t("kd_batalkan", lang), icon=":material/undo:"):
            if st.button(t("kd_batalkan_yakin", lang), type="primary", key="kd_undo"):
                # the page is drawn again so the active version and the history name the version now
                st.session_state["kd_batal"] = muat.batalkan(src.path, oleh=oleh)
                st.session_state.pop("kd_hasil", None)
                st.rerun()
    if not r.empty:
        riwayat_perubahan_ui(r)


def riwayat_perubahan_ui(r: pd.DataFrame) -> None:
    """The changed values of any past import, read back from the store."""
    if "nilai_berubah" not in r:
        return
    ada = r[(r.aksi == "impor") & (r.nilai_berubah.fillna(0) > 0)]
    if ada.empty:
        return
    with st.expander(t("kd_u_judul", lang)):
        pilih = st.selectbox(
            t("kd_r_id", lang),
            ada.id.tolist(),
            key="kd_u_pilih",
            format_func=lambda i: f"#{i} · {ada.set_index('id').nama_file.get(i, '')}",
        )
        df = muat.perubahan_impor(src.path, int(pilih))
        if df is not None:
            total = int(ada.set_index("id").nilai_berubah.get(pilih, len(df)))
            perubahan_ui(df, total, None, f"perubahan_impor_{pilih}")


def tab_templat() -> None:
    st.caption(t("kd_templat_bantuan", lang))
    for nama, ds in DATASETS.items():
        if nama == "batas_wilayah":
            continue
        judul = ds.judul[0 if lang != "en" else 1]
        st.download_button(
            t("kd_unduh_templat", lang, judul=judul),
            lambda nama=nama: templat.templat(nama),  # built when clicked: 11 workbooks were most of a run
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
