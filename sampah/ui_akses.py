"""Write access on the page (Streamlit side of sampah/akses.py): the admin password form, the
OIDC login with its allow-list, and a guard against the `clear_cache` message of a viewer.

Streamlit (1.67) accepts `BackMsg.clear_cache` from every connected browser and has no setting to
refuse it: the menu item is hidden from viewers (client.toolbarMode = "viewer"), the message is not.
It empties st.cache_data and st.cache_resource for every user. `jaga_cache` wraps the session's
handler so that the message is ignored (and logged) unless the session belongs to a writer. The
app does not depend on it: nothing that guards writing lives in a Streamlit cache.
"""

from __future__ import annotations

import logging
import os

import streamlit as st

from sampah import akses, db
from sampah.i18n import t
from sampah.ui import aman

log = logging.getLogger("sampah.kelola")
PENULIS = "_penulis"  # session_state: the name of the writer this session logged in as
ENV_PENULIS = "SAMPAH_PENULIS"  # OIDC allow-list: addresses and @domains, comma separated


def klien() -> akses.Klien:
    """The connection's address (None from Streamlit = loopback), session and browser."""
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    ctx = get_script_run_ctx()
    try:
        agen, ip = st.context.headers.get("User-Agent", ""), st.context.ip_address
    except Exception:  # no request (AppTest)
        agen, ip = "", None
    teks = lambda v: v if isinstance(v, str) else ""  # noqa: E731 - AppTest hands mocks
    return akses.Klien(teks(ip) or "127.0.0.1", teks(getattr(ctx, "session_id", "")), teks(agen))


def _rahasia(kunci: str) -> object:
    try:
        return st.secrets.get(kunci)
    except Exception:  # no secrets file
        return None


def _sandi_admin() -> str | None:
    return os.environ.get("SAMPAH_ADMIN_PASSWORD") or _rahasia("admin_password")  # type: ignore[return-value]


def _oidc_aktif() -> bool:
    try:
        return "auth" in st.secrets
    except Exception:
        return False


def _daftar_penulis() -> list[str]:
    return akses.daftar_penulis(os.environ.get(ENV_PENULIS) or _rahasia("penulis"))  # type: ignore[arg-type]


def _oidc(lang: str) -> str | None:
    """The writer's name when an OIDC login is on the allow-list; shows the login controls."""
    if not getattr(st.user, "is_logged_in", False):
        st.button(t("kd_oidc", lang), on_click=st.login, key="kd_oidc")
        return None
    email = st.user.get("email")
    nama = str(email or st.user.get("name") or "oidc")
    c1, c2 = st.columns([4, 1])
    c2.button(t("kd_keluar", lang), on_click=st.logout, key="kd_keluar")
    if akses.penulis_sah(email, _daftar_penulis(), st.user.get("email_verified", True)):
        c1.caption(t("kd_masuk_sebagai", lang, nama=aman(nama)))
        return nama
    log.warning("Kelola Data: %s masuk lewat OIDC tetapi tidak ada di daftar penulis (%s)", nama, klien())
    c1.warning(t("ak_bukan_penulis", lang, nama=aman(nama), env=ENV_PENULIS), icon=":material/lock:")
    return None


def boleh_menulis(src: db.Source, lang: str) -> tuple[bool, str]:
    """(may write, the writer's name for the log). Shows the login controls while not allowed."""
    st.session_state[PENULIS] = ""
    if _oidc_aktif() and (nama := _oidc(lang)):
        st.session_state[PENULIS] = nama
        return True, nama
    if st.session_state.get("kd_admin"):
        c1, c2 = st.columns([4, 1])
        c1.caption(t("kd_masuk_sebagai", lang, nama="admin"))
        if c2.button(t("kd_keluar", lang), key="kd_keluar_sandi"):
            st.session_state["kd_admin"] = False
            st.rerun()
        st.session_state[PENULIS] = "admin"
        return True, "admin"
    benar = _sandi_admin()
    if not benar:
        if not _oidc_aktif():
            st.warning(t("kd_sandi_belum", lang), icon=":material/lock:")
        return False, ""
    st.info(t("kd_perlu_masuk", lang), icon=":material/lock:")
    with st.form("kd_login", clear_on_submit=True):
        sandi = st.text_input(t("kd_sandi", lang), type="password", key="kd_sandi")
        kirim = st.form_submit_button(t("kd_masuk", lang), key="kd_masuk")
    if kirim:
        siapa, jaga = klien(), akses.Penjaga(src.path)
        if jaga.coba(sandi or "", benar, siapa):
            st.session_state["kd_admin"] = True
            st.rerun()
        sisa = jaga.terkunci(siapa)
        st.error(t("kd_sandi_kunci", lang, detik=sisa) if sisa else t("kd_sandi_salah", lang))
    return False, ""


def batas_unggah(lang: str) -> str:
    """What the page promises about file sizes: the server's upload limit, the XLSX limits."""
    from sampah.ingest import lembar

    angka = lambda n: f"{n:,}".replace(",", "." if lang != "en" else ",")  # noqa: E731
    return t(
        "kd_batas_unggah",
        lang,
        mb=st.get_option("server.maxUploadSize"),
        baris=angka(lembar.MAKS_BARIS),
        kolom=angka(lembar.MAKS_KOLOM),
        sel=angka(lembar.MAKS_SEL),
    )


def jaga_cache() -> None:
    """Ignore `clear_cache` from a session that is not a writer's (see the module docstring)."""
    try:
        from streamlit.runtime.app_session import AppSession

        asli = AppSession._handle_clear_cache_request
    except (ImportError, AttributeError):  # another Streamlit: the app stays correct without it
        log.warning("clear_cache dari penonton tidak dapat ditolak pada versi Streamlit ini")
        return
    if getattr(asli, "_sampah", False):
        return

    def _jaga(self: AppSession) -> None:
        try:
            penulis = PENULIS in self._session_state and bool(self._session_state[PENULIS])
        except Exception:
            penulis = False
        if penulis:
            log.info("clear_cache oleh penulis (sesi %s)", self.id[:8])
            return asli(self)
        log.warning(
            "clear_cache dari sesi %s ditolak: hanya penulis yang boleh mengosongkan cache", self.id[:8]
        )
        return None

    _jaga._sampah = True  # type: ignore[attr-defined]
    AppSession._handle_clear_cache_request = _jaga  # type: ignore[method-assign]
