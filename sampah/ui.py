"""The thin Streamlit layer the pages share: caching, the sidebar filters and the sample banner.

This is the only module of the package that imports Streamlit.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TypeVar

import pandas as pd
import streamlit as st

from sampah import db, ekspor, fmt, periode, pulih, skema
from sampah.i18n import BAHASA, t

T = TypeVar("T")

# the package's log (write access, page errors, imports) reaches the server's output with a time
_LOG = logging.getLogger("sampah")
if not _LOG.handlers:
    _h = logging.StreamHandler()
    _h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _LOG.addHandler(_h)
    _LOG.setLevel(logging.INFO)

# What Streamlit's markdown (CommonMark + GFM, $LaTeX$, :colour[...] directives) can read as syntax
# in one line of text: CommonMark shows any ASCII punctuation literally after a backslash. A colon
# before "/" (http://... becomes a link) and the dot of "www." too; a list or heading marker only at
# the start. Plain punctuation (Kec. Mustikajaya, 1.234,5 ton, "Dimuat: 3 baris") stays as it is.
_MD = re.compile(r"[\\`*_\[\]()!<>$|~#&]|:(?=/)|(?<=www)\.|^[+\-=]")
_BARIS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_ENTITAS = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]()#!|~<>$&\"'"}


def aman(teks: object) -> str:
    """Text from the data (names, sources, file headers) for any element that renders markdown:
    titles, captions, alerts, metric labels and tooltips, widget labels. `![x](http://host/p.png)`
    in a kecamatan name is shown as those characters, never as an image the browser fetches."""
    s = _MD.sub(r"\\\g<0>", _BARIS.sub(" ", "" if teks is None else str(teks)).strip())
    return re.sub(r"^(\d+)([.)])(?=\s|$)", r"\1\\\2", s)  # "1. Bekasi" is not an ordered list


def aman_html(teks: object) -> str:
    """The same for text inside an HTML block (st.markdown with unsafe_allow_html): HTML-escaped,
    markdown punctuation as character references, on one line so the block never ends inside it."""
    return _BARIS.sub(" ", "" if teks is None else str(teks)).translate(_ENTITAS)


@contextmanager
def tangkap_galat() -> Iterator[None]:
    """An error in a page reaches the viewer as a short message with an error id; the traceback
    goes to the server log under that id (client.showErrorDetails = "none" hides the rest).
    st.stop and st.rerun pass through (BaseException, not Exception)."""
    try:
        yield
    except Exception:
        kode = uuid.uuid4().hex[:8].upper()
        logging.getLogger("sampah.halaman").exception("Galat halaman [%s]", kode)
        st.error(t("galat_halaman", st.session_state.get("lang", "id"), kode=kode), icon=":material/error:")
        st.stop()


def sekali(nama: str, kunci: tuple, buat: Callable[[], T]) -> T:
    """buat() once per session while `kunci` stays the same (one slot per name: a new key drops
    the old result first). Kelola Data checks an uploaded file once, not on every rerun."""
    lama = st.session_state.get(nama)
    if lama is not None and lama[0] == kunci:
        return lama[1]
    st.session_state[nama] = None
    hasil = buat()
    st.session_state[nama] = (kunci, hasil)
    return hasil


def _secret_path() -> str | None:
    try:
        return st.secrets.get("db_path")  # .streamlit/secrets.toml: db_path = "/srv/dlh/store"
    except (FileNotFoundError, KeyError):
        return None
    except Exception:  # no secrets file at all: Streamlit raises its own error type
        return None


def source() -> db.Source:
    return db.configured_source(os.environ.get(db.ENV_VAR) or _secret_path())


@st.cache_resource(max_entries=4, show_spinner=False)
def _connection(path: str, version: str):  # noqa: ANN202 - duckdb type
    """One read-only connection per data version; queries take their own cursor from it."""
    del version  # part of the cache key only: a new version gets a new connection
    return db.connect_readonly(Path(path))


@st.cache_data(max_entries=1024, show_spinner=False)
def _cached(name: str, params: tuple, path: str, version: str) -> pd.DataFrame:
    return db.run(_connection(path, version), name, dict(params))


def q(name: str, **params: object) -> pd.DataFrame:
    """Run queries/<name>.sql with bound parameters, cached by (name, parameters, data version)."""
    b = pulih.bacaan(source())  # CURRENT, or the newest older version that opens if it is damaged
    if b.berkas is None:
        st.error(t(b.pesan[0], **b.pesan[1]) if b.pesan else "database not found")
        st.stop()
    key = tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items()))
    try:
        return _cached(name, key, str(b.berkas), b.versi)
    except Exception as e:
        if pulih.tandai_bila_rusak(e, b.berkas):  # a damaged block met only now: run again on the
            st.rerun()  # newest older version that opens
        raise


def siapkan_data() -> db.Source:
    """Build the sample database on the very first start (or rebuild it when the code's schema has
    grown since), then return the source. A configured database that lags behind gets a message."""
    src = source()
    b = pulih.bacaan(src)
    f = b.berkas
    kurang = skema.kurang(f) if f is not None else set()
    if src.is_default and (f is None or kurang):
        with st.spinner("Menyiapkan data contoh (sekali saja)… / Building the sample database…"):
            db.ensure_demo(src, paksa=bool(kurang) or b.rusak is not None)
    elif b.pesan or kurang:
        if b.pesan:  # damaged (an older version is shown) or missing: say so (sampah/pulih.py)
            st.error(t(b.pesan[0], st.session_state.get("lang", "id"), **b.pesan[1]), icon=":material/error:")
        if kurang:
            st.error(
                "Basis data perlu dimutakhirkan: jalankan `python -m sampah migrasi` "
                f"(kurang: {', '.join(sorted(kurang))})."
            )
        if f is None or kurang:
            st.stop()
    return src


def pilihan(perlu_data: bool = True) -> Pilihan:
    """The sidebar choice, handed over by dashboard.py once per script run. A page that
    `perlu_data` stops with a pointer to Kelola Data while the store has no data yet (fresh `init`).

    It is always there when the page runs through dashboard.py's st.navigation. The pages live in
    halaman/, not pages/: a pages/ folder switches on Streamlit's older mode, in which the first
    request after a server start is routed by file name, so a shared link such as /bank-sampah
    opened "Page not found" and /tren ran the page without the sidebar (tests/browser/test_browser.py)."""
    p = st.session_state.pop("pilihan", None)
    if p is None:  # the page file was started on its own (`streamlit run halaman/tren.py`)
        st.error("Jalankan dasbor lewat dashboard.py: streamlit run dashboard.py")
        st.stop()
    if perlu_data and p.tanpa_data:
        st.info(t("pl_kosong", p.lang), icon=":material/database:")
        st.page_link("halaman/kelola_data.py", label=t("kd_hal", p.lang), icon=":material/upload_file:")
        st.stop()
    return p


@dataclass(frozen=True)
class Pilihan:
    """What the viewer chose in the sidebar; every page reads it."""

    lang: str
    periode: periode.Periode
    kecamatan: list[str]  # empty = the whole kota
    nama_kecamatan: dict[str, str]
    kota: str
    tpa: str
    data_contoh: bool
    data_mulai: date | None = None
    data_akhir: date | None = None
    tanpa_data: bool = False  # an empty store (fresh `init`): only Kelola Data has something to do

    @property
    def wilayah(self) -> str:
        if not self.kecamatan:
            return self.kota
        if len(self.kecamatan) == 1:
            return "Kec. " + self.nama_kecamatan[self.kecamatan[0]]
        return t("n_kecamatan", self.lang, n=len(self.kecamatan))

    def params(self, p: periode.Periode | None = None) -> dict[str, object]:
        p = p or self.periode
        return {"mulai": p.mulai, "selesai": p.selesai, "kecamatan": list(self.kecamatan)}


def _dari_url(data_mulai: date, data_akhir: date, kode_kecamatan: list[str]) -> None:
    """Seed the widgets from the URL once per session, keeping only allowed values."""
    if st.session_state.get("_url_dibaca"):
        return
    st.session_state["_url_dibaca"] = True
    st.session_state.update(lang="id", skala="tahun")
    qp = st.query_params
    if qp.get("lang") in BAHASA:
        st.session_state["lang"] = qp["lang"]
    kunci = qp.get("periode", "")
    try:
        skala = periode.skala_dari_kunci(kunci)
        if kunci in periode.pilihan(skala, data_mulai, data_akhir):
            st.session_state["skala"], st.session_state["periode"] = skala, kunci
    except ValueError:
        pass  # an unknown period in a link falls back to the newest one
    # each kecamatan once: ?kec=a,a,a... 5,000 times titled the page "5000 kecamatan"
    izin = set(kode_kecamatan)
    kec = [k for k in dict.fromkeys(qp.get("kec", "").split(",")) if k in izin]
    if kec:
        st.session_state["kec"] = kec


_KUNCI_SIDEBAR = ("lang", "periode", "kec")


def _ke_url(lang: str, kunci: str, kec: list[str]) -> None:
    """Write the sidebar view to the URL so that a link sent by WhatsApp opens the same view.
    Keys of a page (see `url_halaman`) are left alone."""
    want = {"lang": lang, "periode": kunci, "kec": ",".join(kec)}
    for k in _KUNCI_SIDEBAR:
        v = want[k]
        if v and not (k == "lang" and v == "id"):
            if st.query_params.get(k) != v:
                st.query_params[k] = v
        elif k in st.query_params:
            del st.query_params[k]


def url_halaman(key: str, pilihan: list[str], bawaan: str) -> str:
    """A page's own choice (e.g. ?skala_tren=minggu): the URL value if allowed, else the default.
    Use as a widget's initial value, then call `simpan_url` with the widget's value."""
    if key not in st.session_state:
        v = st.query_params.get(key)
        st.session_state[key] = v if v in pilihan else bawaan
    elif st.session_state[key] not in pilihan:
        st.session_state[key] = bawaan
    return st.session_state[key]


def url_daftar(key: str, pilihan: list[str], maks: int = 12) -> list[str]:
    """A page's multi-choice from the URL (?banding=a,b): allowed values only, at most `maks`."""
    if key not in st.session_state:
        raw = st.query_params.get(key, "")
        st.session_state[key] = [v for v in dict.fromkeys(raw.split(",")) if v in pilihan][:maks]
    else:
        st.session_state[key] = [v for v in st.session_state[key] if v in pilihan][:maks]
    return st.session_state[key]


def simpan_url(key: str, nilai: str | None, bawaan: str) -> None:
    if nilai and nilai != bawaan:
        if st.query_params.get(key) != nilai:
            st.query_params[key] = nilai
    elif key in st.query_params:
        del st.query_params[key]


def _teks(v: object) -> str:
    return "–" if pd.isna(v) else str(v)


def sidebar() -> Pilihan:
    """Language, period and kecamatan: read from and written to the URL (?periode=2025-T1&kec=...)."""
    konteks = q("konteks").iloc[0]
    tanpa_data = pd.isna(konteks.data_mulai) or pd.isna(konteks.data_akhir)
    data_mulai = date.today() if tanpa_data else pd.Timestamp(konteks.data_mulai).date()
    data_akhir = date.today() if tanpa_data else pd.Timestamp(konteks.data_akhir).date()
    kec = q("wilayah_kecamatan")
    nama = dict(zip(kec.kode, kec.nama))
    _dari_url(data_mulai, data_akhir, list(nama))
    with st.sidebar:
        lang = (
            st.segmented_control(
                "Bahasa / Language",
                BAHASA,
                key="lang",
                required=True,
                format_func=lambda x: {"id": "Indonesia", "en": "English"}[x],
            )
            or "id"
        )
        skala = (
            st.segmented_control(
                t("skala", lang),
                periode.SKALA,
                key="skala",
                required=True,
                format_func=lambda x: t(f"skala_{x}", lang),
            )
            or "tahun"
        )
        keys = periode.pilihan(skala, data_mulai, data_akhir)
        if st.session_state.get("periode") not in keys:
            st.session_state["periode"] = keys[0]  # newest period of the chosen scale
        kunci = st.selectbox(
            t("periode", lang), keys, key="periode", format_func=lambda k: periode.label(k, lang)
        )
        pilih = st.multiselect(
            t("kecamatan", lang),
            list(nama),
            key="kec",
            format_func=lambda k: nama.get(k, k),
            help=t("kecamatan_bantuan", lang),
            placeholder=t("seluruh_kota", lang, kota=konteks.kota),
        )
    _ke_url(lang, kunci, sorted(pilih))
    return Pilihan(
        lang=lang,
        periode=periode.dari_kunci(kunci, data_akhir, data_mulai),
        kecamatan=sorted(pilih),
        nama_kecamatan=nama,
        kota=_teks(konteks.kota),
        tpa=_teks(konteks.tpa),
        data_contoh=bool(pd.notna(konteks.data_contoh) and konteks.data_contoh),
        data_mulai=data_mulai,
        data_akhir=data_akhir,
        tanpa_data=bool(tanpa_data),
    )


def banner(p: Pilihan) -> None:
    if p.data_contoh:
        st.warning(t("banner_contoh", p.lang, kota=aman(p.kota)), icon=":material/science:")


def rentang(p: Pilihan, data_akhir: date | None = None) -> str:
    per = p.periode
    s = t("rentang", p.lang, mulai=fmt.tanggal(per.mulai, p.lang), selesai=fmt.tanggal(per.selesai, p.lang))
    if per.berjalan:
        s += " · " + t("berjalan", p.lang, tgl=fmt.tanggal(per.selesai, p.lang))
    return s


# the XLSX bytes of a table, built once per table content (openpyxl took a third of a warm page run)
_xlsx = st.cache_data(max_entries=64, show_spinner=False)(ekspor.ke_xlsx)


def unduh(df: pd.DataFrame, nama: str, lang: str) -> None:
    """CSV and XLSX download buttons for a table (formulas neutralised)."""
    a, b, _ = st.columns([1, 1, 4])
    a.download_button(
        t("unduh_csv", lang),
        ekspor.ke_csv(df),
        f"{nama}.csv",
        "text/csv",
        icon=":material/download:",
        key=f"csv_{nama}",
    )
    b.download_button(
        t("unduh_xlsx", lang),
        _xlsx(df, nama),
        f"{nama}.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        icon=":material/download:",
        key=f"xlsx_{nama}",
    )
