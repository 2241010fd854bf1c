"""The FGD deck: slides of one headline sentence over one large chart or map, built from the data.

`dek()` takes a `tanya(name, **params)` function that runs a named query, so the Presentasi page
(cached, through Streamlit) and the command-line report (straight on DuckDB) build the same slides.

Adding a slide is one declared function and two strings:

    @slide("neraca")
    def _neraca(k: Konteks) -> Isi:
        df = k.tanya("neraca_sampah", **k.prm)
        return judul.neraca(df, k.lang), g.neraca(df, k.lang, k.huruf) if len(df) else None

plus `pr_slide_neraca` (its short title) in `sampah/teks/presentasi.py`. The order of the
decorated functions is the order of the deck; the page, the URL (?slide=...), the report and the
`report --slides` option all read `SLIDE`. The sentence must speak of what the chart shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import pandas as pd
import plotly.graph_objects as go
from dateutil.relativedelta import relativedelta

from sampah import fmt, judul, periode
from sampah.charts import peta
from sampah.charts import presentasi as g
from sampah.i18n import t

Tanya = Callable[..., pd.DataFrame]
# (headline sentence, figure) of one slide, and optionally why there is no figure when it is not a
# lack of data (a new city's map before its boundaries are loaded)
Isi = tuple[str | None, go.Figure | None] | tuple[str | None, go.Figure | None, str | None]


@dataclass(frozen=True)
class Slide:
    kunci: str
    judul: str  # short title of the slide
    kalimat: str  # the headline sentence, from the data
    fig: go.Figure | None
    kosong: str | None = None  # why there is no figure, when it is not a lack of data


@dataclass
class Konteks:
    """What every slide may ask for; the queries shared by several slides run once."""

    tanya: Tanya
    per: periode.Periode
    kecamatan: list[str]
    lang: str
    nama_tpa: str
    huruf: int = g.HURUF_LAYAR  # base type size: the slide's, or the printed report's
    _cache: dict = field(default_factory=dict, repr=False)

    @cached_property
    def lalu(self) -> periode.Periode:
        return self.per.tahun_lalu()

    @cached_property
    def label_lalu(self) -> str:
        return periode.label(self.lalu.kunci, self.lang)

    @cached_property
    def prm(self) -> dict[str, object]:
        return {"mulai": self.per.mulai, "selesai": self.per.selesai, "kecamatan": self.kecamatan}

    @cached_property
    def prm_lalu(self) -> dict[str, object]:
        return {**self.prm, "mulai": self.lalu.mulai, "selesai": self.lalu.selesai}

    @cached_property
    def mulai_24(self) -> date:
        """First month of the 24 months that end with the period: trends show two years."""
        return self.per.selesai.replace(day=1) - relativedelta(months=23)

    def q(self, name: str, **params: object) -> pd.DataFrame:
        key = (name, tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in params.items())))
        if key not in self._cache:
            self._cache[key] = self.tanya(name, **params)
        return self._cache[key]

    @property
    def kpi(self) -> pd.Series:
        return self.q("ringkasan_kpi", **self.prm).iloc[0]

    @cached_property
    def data_mulai(self) -> date | None:
        mulai = self.q("konteks").iloc[0].data_mulai
        return None if pd.isna(mulai) else pd.Timestamp(mulai).date()

    @property
    def kpi_lalu(self) -> pd.Series | None:
        """The same period a year earlier, or None when the data begin after its start: a year set
        beside the two months of the year before that the data hold read as "naik 497%"."""
        if self.data_mulai is None or self.lalu.mulai < self.data_mulai:
            return None
        return self.q("ringkasan_kpi", **self.prm_lalu).iloc[0]

    def bulanan(self) -> pd.DataFrame:
        return self.q("ringkasan_bulanan", **{**self.prm, "mulai": self.mulai_24})


Pembuat = Callable[[Konteks], Isi]
_PEMBUAT: dict[str, Pembuat] = {}


def slide(kunci: str) -> Callable[[Pembuat], Pembuat]:
    """Declare a slide: `kunci` names it in the URL and in `pr_slide_<kunci>`."""

    def daftar(f: Pembuat) -> Pembuat:
        if kunci in _PEMBUAT:
            raise KeyError(f"slide {kunci!r} declared twice")
        _PEMBUAT[kunci] = f
        return f

    return daftar


@slide("ringkasan")
def _ringkasan(k: Konteks) -> Isi:
    b = k.bulanan()
    s = judul.pengurangan(k.kpi, k.kpi_lalu, k.label_lalu, k.lang) or judul.pengurangan_saja(k.kpi, k.lang)
    return s, g.pengurangan(b, k.lang, k.huruf) if len(b) else None


@slide("tpa")
def _tpa(k: Konteks) -> Isi:
    b = k.bulanan()
    s = judul.tpa(k.kpi, k.kpi_lalu, k.nama_tpa, k.label_lalu, k.lang)
    return s, g.tpa_per_hari(b, k.lang, k.huruf) if len(b) else None


@slide("peta")
def _peta(k: Konteks) -> Isi:
    """The map shows each kecamatan's diversion rate: the sentence names the highest and lowest."""
    kec = k.q("ringkasan_kecamatan", **k.prm)
    if kec.empty:
        return None, None
    data = kec.rename(columns={"kecamatan_kode": "kode", "kecamatan": "nama"})
    fig = peta.peta_hex(
        data,
        "tingkat_diversi",
        lambda v: fmt.persen(v, 2, k.lang),
        t("kpi_tingkat", k.lang),
        ukuran_teks=k.huruf - 3,
        format_skala=",.1%",
        lang=k.lang,
    )
    if not data.lat.notna().any():  # no centroids: a new city before its boundaries
        return judul.tertinggi_terendah(kec, k.lang), None, t("pr_peta_tanpa_titik", k.lang)
    return judul.tertinggi_terendah(kec, k.lang), g.besar(fig, k.huruf)


@slide("peringkat")
def _peringkat(k: Konteks) -> Isi:
    kec = k.q("ringkasan_kecamatan", **k.prm)
    target = k.kpi.target_pengurangan_pct
    s = judul.target_kecamatan(kec, target, k.lang)
    return s, g.peringkat(kec, target, k.lang, k.huruf) if len(kec) else None


@slide("kategori")
def _kategori(k: Konteks) -> Isi:
    df = k.q("tren_kategori", **k.prm)
    return judul.kategori(df, k.lang), g.kategori(df, k.lang, k.huruf) if len(df) and df.ton.sum() else None


@slide("bank_sampah")
def _bank_sampah(k: Konteks) -> Isi:
    bs = k.q("bank_sampah_bulanan", **{**k.prm, "mulai": k.mulai_24})
    bulan = fmt.tanggal(k.per.selesai, k.lang, "MMMM y")
    return judul.senyap(k.kpi, bulan, k.lang), g.tidak_lapor(bs, k.lang, k.huruf) if len(bs) else None


@slide("csr")
def _csr(k: Konteks) -> Isi:
    from sampah import csr_dampak

    lingkungan = k.q("csr_proyek_lingkungan")
    dampak = csr_dampak.hitung(k.q("csr_panel"), lingkungan)
    tabel = csr_dampak.tabel_proyek(dampak, lingkungan, k.kecamatan)
    ada = bool(len(tabel) and tabel.dinilai.fillna(False).any())
    return judul.csr_per_rupiah(tabel, k.lang), g.csr(tabel, k.lang, k.huruf) if ada else None


@slide("sipsn")
def _sipsn(k: Konteks) -> Isi:
    df = k.q("sipsn_banding", selesai=k.per.selesai)
    ada = len(df.dropna(subset=["pengurangan_pct"])) > 0
    return judul.sipsn(df, k.lang), g.sipsn(df, k.lang, k.huruf) if ada else None


SLIDE: tuple[str, ...] = tuple(_PEMBUAT)


def dek(
    kunci: list[str],
    tanya: Tanya,
    per: periode.Periode,
    kecamatan: list[str],
    lang: str,
    nama_tpa: str,
    huruf: int = g.HURUF_LAYAR,
) -> list[Slide]:
    """Build the chosen slides (in the given order) for a period and kecamatan."""
    k = Konteks(tanya, per, kecamatan, lang, nama_tpa, huruf)
    out = []
    for kk in kunci:
        kalimat, fig, *kosong = _PEMBUAT[kk](k)
        out.append(Slide(kk, t(f"pr_slide_{kk}", lang), kalimat or "", fig, *kosong))
    return out
