"""The thin Streamlit layer the pages share: caching, the sidebar filters, the filters' memory, and
the page parts (header, KPI card, table with its downloads) so that a page reads as a description
of its screen.

This is the only module of the package that imports Streamlit.
"""

from __future__ import annotations

import logging
import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from sampah import db, fmt, periode, pulih, rujukan, skema
from sampah.aman import aman, aman_html  # noqa: F401 - pages call ui.aman_html
from sampah.i18n import BAHASA, t
from sampah.ui_tabel import Tombol, tabel, tombol_unduh, unduh, unduh_apa_adanya  # noqa: F401 - pages call ui.tabel

T = TypeVar("T")


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


@st.cache_data(max_entries=8, show_spinner=False)
def _skema_kurang(path: str, version: str) -> set[str]:
    """skema.kurang once per data version: it opens the database (~70 ms), more than a page query."""
    del version  # part of the cache key only
    return skema.kurang(Path(path))


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


class _FigurBeku(go.Figure):
    """A figure that will not change any more: its dict is made once. st.plotly_chart asks every run
    for `to_dict()`, a deep copy of every trace (most of what drawing a cached figure cost)."""

    def to_dict(self) -> dict:
        return self._beku


def beku(fig: go.Figure) -> go.Figure:
    """Freeze `fig` for drawing many times (see _FigurBeku); it must not be changed after."""
    beku_ = go.Figure.to_dict(fig)
    fig.__class__ = _FigurBeku
    fig._beku = beku_
    return fig


@st.cache_resource(max_entries=256, show_spinner=False)
def _bersama(kunci: tuple, path: str, version: str, _buat: Callable[[], object]) -> object:
    del path, version  # part of the cache key only
    hasil = _buat()
    return beku(hasil) if type(hasil) is go.Figure else hasil


def bersama(kunci: tuple, buat: Callable[[], T]) -> T:
    """`buat()` once per (`kunci`, data version) for every session of this process: a figure built
    once is drawn for the next viewer of the same view without building it again (plotly's figure
    objects cost 50-600 ms of Python each; the page's queries, cached by `q`, a few ms). `kunci`
    names everything `buat` reads besides the store: the figure, the language, the view (`pandang`)
    and the page's own choices. An import is a new data version, so it is seen at once. The result
    is shared by every session and never copied: build the whole figure inside `buat` and never
    change it after (st.plotly_chart only reads it)."""
    b = pulih.bacaan(source())
    return _bersama(kunci, str(b.berkas), b.versi, buat)  # type: ignore[return-value]


def pandang(p: Pilihan) -> tuple:
    """The part of a cache key that the sidebar's choice makes: language, period, kecamatan."""
    return (p.lang, p.periode.kunci, p.periode.mulai, p.periode.selesai, tuple(p.kecamatan), p.data_akhir)


def pastikan_data() -> db.Source:
    """Build the sample database on the very first start (or rebuild it when the code's schema has
    grown since), then return the source. A configured database that lags behind gets a message."""
    src = source()
    b = pulih.bacaan(src)
    f = b.berkas
    kurang = _skema_kurang(str(f), b.versi) if f is not None else set()
    if src.is_default and (f is None or kurang):
        with st.spinner("Menyiapkan data contoh (sekali saja)… / Building the sample database…"):
            db.ensure_demo(src, paksa=bool(kurang) or b.rusak is not None)
    elif b.pesan or kurang:
        if b.pesan:  # damaged (an older version is shown) or missing: say so (sampah/pulih.py)
            st.error(t(b.pesan[0], st.session_state.get("lang", "id"), **b.pesan[1]), icon=":material/error:")
        if kurang:
            st.error(
                "Basis data perlu dimutakhirkan: jalankan `python -m sampah migrate` "
                f"(kurang: {', '.join(sorted(kurang))})."
            )
        if f is None or kurang:
            st.stop()
    return src


_SERAH = "_pilihan_sidebar"  # session key through which dashboard.py hands the choice to the page


def serahkan(p: Pilihan) -> None:
    """dashboard.py: hand this run's sidebar choice to the page that runs next."""
    st.session_state[_SERAH] = p


def pilihan_sidebar(perlu_data: bool = True) -> Pilihan:
    """The sidebar choice, handed over by dashboard.py once per script run. A page that
    `perlu_data` stops with a pointer to Kelola Data while the store has no data yet (fresh `init`).

    It is always there when the page runs through dashboard.py's st.navigation. The pages live in
    halaman/, not pages/: a pages/ folder switches on Streamlit's older mode, in which the first
    request after a server start is routed by file name, so a shared link such as /bank-sampah
    opened "Page not found" and /tren ran the page without the sidebar (tests/browser/test_browser.py)."""
    p = st.session_state.pop(_SERAH, None)
    if p is None:  # the page file was started on its own (`streamlit run halaman/tren.py`)
        st.error("Jalankan dasbor lewat dashboard.py: streamlit run dashboard.py")
        st.stop()
    if perlu_data and p.tanpa_data:
        if p.nama_kecamatan:  # areas but no waste data yet (a fresh `init --kota`): name the kota
            st.title(p.kota)
            st.info(
                t("pl_kosong_wilayah", p.lang, kota=p.kota, n_kec=len(p.nama_kecamatan)),
                icon=":material/database:",
            )
        else:
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


# --- the filters' memory -------------------------------------------------------------------------
# The last allowed value of every filter (sidebar and page), per session. Streamlit forgets the state
# of a widget that a run did not draw (a page change), and after a language switch a select box sends
# back its label in the old language ("Mei 2026"), which names no option any more: in both cases
# the period used to jump to the newest. Each filter's value is therefore settled before its widget
# is drawn: the widget's own if allowed, else the remembered one, else the URL's, else the default.
_INGAT = "_ingat_filter"


def _ingatan() -> dict[str, object]:
    return st.session_state.setdefault(_INGAT, {})


def url_halaman(key: str, pilihan: list[str], bawaan: str) -> str:
    """A filter's value for this run (e.g. ?skala_tren=minggu): see the memory above. Draw its widget
    with key=`key` and no default afterwards, then call `simpan_url` with the widget's value."""
    ingat = _ingatan()
    calon = [st.session_state.get(key), ingat.get(key)]
    if key not in ingat:
        calon.append(st.query_params.get(key))  # a shared link, on the first visit of the session
    nilai = next((c for c in calon if isinstance(c, str) and c in pilihan), bawaan)
    st.session_state[key] = ingat[key] = nilai
    return nilai


def url_daftar(key: str, pilihan: list[str], maks: int = 12) -> list[str]:
    """A multi-choice filter (?banding=a,b): allowed values only, at most `maks`; remembered as above."""
    ingat = _ingatan()
    if key in st.session_state and isinstance(st.session_state[key], list):
        calon = st.session_state[key]
    elif key in ingat:
        calon = list(ingat[key])
    else:
        calon = st.query_params.get(key, "").split(",")
    izin = set(pilihan)  # ?kec=a,a,a... 5,000 times: each allowed value once
    nilai = [v for v in dict.fromkeys(calon) if isinstance(v, str) and v in izin][:maks]
    st.session_state[key] = nilai
    ingat[key] = list(nilai)
    return nilai


def diingat(key: str) -> bool:
    """Has this session settled the filter `key` before (see `url_halaman`)?"""
    return key in _ingatan()


def setel(key: str, nilai: object) -> None:
    """Set a filter from code (a drill-down button's callback): the widget and the memory agree."""
    st.session_state[key] = nilai
    _ingatan()[key] = list(nilai) if isinstance(nilai, list) else nilai


def simpan_url(key: str, nilai: str | None, bawaan: str) -> None:
    """Remember a filter's value and write it to the URL (left out when it is the default)."""
    _ingatan()[key] = nilai
    if nilai and nilai != bawaan:
        if st.query_params.get(key) != nilai:
            st.query_params[key] = nilai
    elif key in st.query_params:
        del st.query_params[key]


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


def _teks(v: object) -> str:
    return "–" if pd.isna(v) else str(v)


def _nama_kota(v: object) -> str:
    """The kab/kota's name; a store that holds only its code (areas imported without a name column
    before the importer looked the name up) shows the national reference's name for it."""
    teks = _teks(v)
    return rujukan.nama_kabkota(teks) or teks


def sidebar() -> Pilihan:
    """Language, period and kecamatan: read from and written to the URL (?periode=2025-T1&kec=...)."""
    konteks = q("konteks").iloc[0]
    tanpa_data = pd.isna(konteks.data_mulai) or pd.isna(konteks.data_akhir)
    data_mulai = date.today() if tanpa_data else pd.Timestamp(konteks.data_mulai).date()
    data_akhir = date.today() if tanpa_data else pd.Timestamp(konteks.data_akhir).date()
    kec = q("wilayah_kecamatan")
    nama = dict(zip(kec.kode, kec.nama))
    try:  # a link's period names its scale too: ?periode=2025-T3 opens the quarters
        skala_url = periode.skala_dari_kunci(st.query_params.get("periode", ""))
    except ValueError:
        skala_url = "tahun"
    url_halaman("lang", list(BAHASA), "id")
    url_halaman("skala", list(periode.SKALA), skala_url)
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
        url_halaman("periode", keys, keys[0])  # unknown or of another scale: the newest
        kunci = st.selectbox(
            t("periode", lang), keys, key="periode", format_func=lambda k: periode.label(k, lang)
        )
        url_daftar("kec", list(nama), maks=len(nama))
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
        kota=_nama_kota(konteks.kota),
        tpa=_teks(konteks.tpa),
        data_contoh=bool(pd.notna(konteks.data_contoh) and konteks.data_contoh),
        data_mulai=data_mulai,
        data_akhir=data_akhir,
        tanpa_data=bool(tanpa_data),
    )


def banner(p: Pilihan) -> None:
    if p.data_contoh:
        st.warning(t("banner_contoh", p.lang, kota=aman(p.kota)), icon=":material/science:")


def rentang(p: Pilihan) -> str:
    per = p.periode
    s = t("rentang", p.lang, mulai=fmt.tanggal(per.mulai, p.lang), selesai=fmt.tanggal(per.selesai, p.lang))
    if per.berjalan:
        s += " · " + t("berjalan", p.lang, tgl=fmt.tanggal(per.selesai, p.lang))
    return s


# --- page parts ---------------------------------------------------------------------------------
# What Streamlit's theme cannot say. A card's figure shrinks with its card (container query units)
# rather than ending in "…" on a 1024 px projector; labels and the comparison under a figure wrap
# instead of being cut; a chart's toolbar stays off its legend and title until the pointer is on it.
_GAYA = """<style>
[data-testid="stMetric"] { container-type: inline-size; }
[data-testid="stMetricValue"] { font-size: clamp(1.35rem, 15cqi, 2.25rem); }
[data-testid="stMetricLabel"] .stMarkdownEllipsis,
[data-testid="stMetricDeltaDescription"], [data-testid="stMetricDeltaDescription"] .stMarkdownEllipsis
  { white-space: normal; overflow: visible; text-overflow: clip; }
[data-testid="stMetricDelta"] { flex-shrink: 0; }
[data-testid="stElementContainer"]:has(.sampah-pramuat) { display: none; }
</style>"""


def gaya() -> None:
    """The dashboard's few style rules (above); dashboard.py calls it once per run."""
    st.html(_GAYA)


def _berkas_plotly() -> str | None:
    """The file name of Streamlit's plotly chunk (PlotlyChart.<hash>.js), None when not exactly one."""
    js = Path(st.__file__).parent / "static" / "static" / "js"
    calon = sorted(js.glob("PlotlyChart.*.js"))
    return calon[0].name if len(calon) == 1 else None


_PLOTLY = _berkas_plotly()
# The browser loads plotly.js (4.7 MB; ~1.5 s of main-thread CPU to evaluate on this machine) only
# when the first chart element arrives, after the page's cards and text; every chart waits for it.
# A chart page asks for it first, when the main thread is idle waiting for the server's script, so
# the load overlaps the script (issue #17, README "Kinerja"). The same URL as Streamlit's own lazy
# import (resolved against its index script): one module, loaded once. The element is hidden (_GAYA).
_PRAMUAT = """<span class="sampah-pramuat"></span><script>
(() => {
  if (window.__sampahPlotly) return;
  const s = document.querySelector('script[src*="/static/js/index."]');
  if (!s) return;
  window.__sampahPlotly = true;
  const muat = () => import(new URL("BERKAS", s.src).href).catch(() => {});
  if (window.requestIdleCallback) requestIdleCallback(muat, {timeout: 1000}); else setTimeout(muat, 0);
})();
</script>"""


def pramuat_grafik() -> None:
    """A page with charts calls this first: the browser loads plotly.js while the script runs."""
    if _PLOTLY:
        st.html(_PRAMUAT.replace("BERKAS", _PLOTLY), unsafe_allow_javascript=True)


def kepala(judul: str, p: Pilihan, keterangan: str | None = None) -> None:
    """A page's title and the line under it: the period and its dates, or `keterangan`."""
    st.title(judul)
    st.caption(keterangan or f"**{periode.label(p.periode.kunci, p.lang)}** · {rentang(p)}")


@dataclass(frozen=True)
class Kpi:
    """One headline figure. `nilai` is what fits a card (Rp 1,8 M); `lengkap` the full figure, shown
    in the help. `naik_baik`: is a rise good news (diverted tonnes), bad news (tonnes to the TPA,
    False) or neither (None, grey)? The change's arrow, sign and colour all follow `ubah.arah`."""

    judul: str
    nilai: str
    bantuan: str | None = None
    lengkap: str | None = None
    ubah: fmt.Perubahan | None = None
    banding: str | None = None  # what the change is against: "vs Agustus 2026"
    naik_baik: bool | None = True
    catatan: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class SeriKpi:
    """A headline query over the span one dataset covers: the chosen period cut at the dataset's
    newest complete month (`periode`; None rows when the dataset ends before the period starts),
    and its comparisons cut at the same point, each only when the dataset covers it whole."""

    periode: periode.Periode
    kini: pd.Series | None
    sebelum: pd.Series | None
    lalu: pd.Series | None
    sebelum_sebanding: bool
    lalu_sebanding: bool
    data: str | None  # which dataset (a key of rentang_data, or 'bersama'), for the card's note
    akhir: date | None = None  # the dataset's newest complete day
    dipotong: bool = False  # the dataset stops before the chosen period does


def _tgl(v: object) -> date | None:
    return None if v is None or pd.isna(v) else pd.Timestamp(v).date()


def seri_kpi(nama: str, p: Pilihan, rentang: pd.DataFrame, data: str) -> SeriKpi:
    """`nama` (a query of mulai/selesai/kecamatan) for dataset `data` of `rentang` (queries/
    rentang_data.sql by dataset); 'bersama' = the span TPA and diversion data both cover."""
    kunci = ["tpa_muatan", "diversi"] if data == "bersama" else [data]
    r = rentang.reindex(kunci).dropna(subset=["akhir"])
    awal = max((_tgl(v) for v in r.awal), default=None)
    akhir = min((_tgl(v) for v in r.akhir), default=None)
    per = p.periode.potong(akhir)
    if per is None:
        return SeriKpi(p.periode, None, None, None, False, False, data, akhir, True)
    baris = lambda x: q(nama, **p.params(x)).iloc[0]  # noqa: E731
    # a dataset not loaded at all shows its zeros as before; one loaded is compared only over
    # periods it covers whole
    cek = lambda x: akhir is None or x.dalam(awal, akhir)  # noqa: E731
    sb, tl = per.sebelumnya(), per.tahun_lalu()
    return SeriKpi(
        per,
        baris(per),
        baris(sb) if cek(sb) else None,
        baris(tl) if cek(tl) else None,
        cek(sb),
        cek(tl),
        data,
        akhir,
        per.selesai < p.periode.selesai,
    )


def catatan_seri(sr: SeriKpi, lang: str) -> tuple[str, ...]:
    """The card's note when its dataset stops before the chosen period does: 'timbangan TPA s.d.
    Oktober 2025' (the figure covers only that far, and so do its comparisons)."""
    if not sr.dipotong or sr.akhir is None or sr.data is None:
        return ()
    return (t("kpi_s_d", lang, data=t(f"data_{sr.data}", lang), bulan=fmt.tanggal(sr.akhir, lang, "MMMM y")),)


def warna_ubah(arah: int, naik_baik: bool | None) -> str:
    """Green for good news, red for bad, grey for no change or no judgement."""
    if arah == 0 or naik_baik is None:
        return "gray"
    return "green" if (arah > 0) == naik_baik else "red"


def kartu_kpi(k: Kpi) -> None:
    """A bordered card: the figure, its change (arrow, sign and colour agreeing), notes under it."""
    bantuan = k.bantuan or ""
    if k.lengkap and k.lengkap != k.nilai:
        bantuan = f"{bantuan}\n\n**{k.lengkap}**" if bantuan else f"**{k.lengkap}**"
    with st.container(border=True, height="stretch"):
        st.metric(
            k.judul,
            k.nilai,
            delta=k.ubah.teks if k.ubah else None,
            delta_color=warna_ubah(k.ubah.arah, k.naik_baik) if k.ubah else "off",
            delta_arrow={1: "up", -1: "down", 0: "off"}[k.ubah.arah] if k.ubah else "auto",
            delta_description=k.banding if k.ubah else None,
            help=bantuan or None,
        )
        for c in k.catatan:
            st.caption(c)


def baris_kpi(kartu: list[Kpi], per_baris: int = 3) -> None:
    """Cards in rows of `per_baris` columns (a phone stacks them)."""
    for i in range(0, len(kartu), per_baris):
        for kol, k in zip(st.columns(per_baris), kartu[i : i + per_baris]):
            with kol:
                kartu_kpi(k)
