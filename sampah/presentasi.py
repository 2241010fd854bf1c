"""The FGD deck: slides of one headline sentence over one large chart or map, built from the data.

`dek()` takes a `tanya(name, **params)` function that runs a named query, so the Presentasi page
(cached, through Streamlit) and the command-line report (straight on DuckDB) build the same slides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go
from dateutil.relativedelta import relativedelta

from sampah import fmt, judul, periode
from sampah.charts import grafik_sipsn, peta
from sampah.charts import presentasi as g
from sampah.charts.tren import grafik_kategori
from sampah.i18n import t

SLIDE = ("ringkasan", "tpa", "peta", "peringkat", "kategori", "bank_sampah", "csr", "sipsn")
Tanya = Callable[..., pd.DataFrame]


@dataclass(frozen=True)
class Slide:
    kunci: str
    judul: str  # short title of the slide
    kalimat: str  # the headline sentence, from the data
    fig: go.Figure | None
    kosong: str | None = None  # why there is no figure, when it is not a lack of data


def dek(
    kunci: list[str], tanya: Tanya, per: periode.Periode, kecamatan: list[str], lang: str, nama_tpa: str
) -> list[Slide]:
    """Build the chosen slides (in the given order) for a period and kecamatan."""
    lalu = per.tahun_lalu()
    label_lalu = periode.label(lalu.kunci, lang)
    prm = {"mulai": per.mulai, "selesai": per.selesai, "kecamatan": kecamatan}
    prm_lalu = {**prm, "mulai": lalu.mulai, "selesai": lalu.selesai}
    kini_kpi, lalu_kpi = tanya("ringkasan_kpi", **prm).iloc[0], tanya("ringkasan_kpi", **prm_lalu).iloc[0]
    mulai_24 = per.selesai.replace(day=1) - relativedelta(months=23)
    out = []
    for k in kunci:
        if k == "ringkasan":
            b = tanya("ringkasan_bulanan", **{**prm, "mulai": mulai_24})
            s = judul.pengurangan(kini_kpi, lalu_kpi, label_lalu, lang)
            out.append(
                Slide(
                    k,
                    t("pr_slide_ringkasan", lang),
                    s or judul.pengurangan_saja(kini_kpi, lang) or "",
                    g.pengurangan(b, lang) if len(b) else None,
                )
            )
        elif k == "tpa":
            b = tanya("ringkasan_bulanan", **{**prm, "mulai": mulai_24})
            out.append(
                Slide(
                    k,
                    t("pr_slide_tpa", lang),
                    judul.tpa(kini_kpi, lalu_kpi, nama_tpa, label_lalu, lang) or "",
                    g.tpa_per_hari(b, lang) if len(b) else None,
                )
            )
        elif k in ("peta", "peringkat"):
            kec = tanya("ringkasan_kecamatan", **prm)
            kec_lalu = tanya("ringkasan_kecamatan", **prm_lalu)
            if k == "peta":
                data = kec.rename(columns={"kecamatan_kode": "kode", "kecamatan": "nama"})
                fig = peta.peta_hex(
                    data,
                    "tingkat_diversi",
                    lambda v: fmt.persen(v, 2, lang),
                    t("kpi_tingkat", lang),
                    tinggi=700,
                    ukuran_teks=16,
                    format_skala=",.1%",
                    lang=lang,
                )
                kalimat = judul.naik_turun(kec, kec_lalu, lang) or judul.tertinggi_terendah(kec, lang)
                ada = bool(data.lat.notna().any())  # no centroids: a new city before its boundaries
                kosong = None if ada else t("pr_peta_tanpa_titik", lang)
                fig = g.besar(fig, 700) if ada else None
                out.append(Slide(k, t("pr_slide_peta", lang), kalimat or "", fig, kosong))
            else:
                out.append(
                    Slide(
                        k,
                        t("pr_slide_peringkat", lang),
                        judul.target_kecamatan(kec, kini_kpi.target_pengurangan_pct, lang) or "",
                        g.peringkat(kec, kini_kpi.target_pengurangan_pct, lang),
                    )
                )
        elif k == "kategori":
            df = tanya("tren_kategori", **prm)
            out.append(
                Slide(
                    k,
                    t("pr_slide_kategori", lang),
                    judul.kategori(df, lang) or "",
                    g.besar(grafik_kategori(df, lang)) if len(df) else None,
                )
            )
        elif k == "bank_sampah":
            bs = tanya("bank_sampah_bulanan", **{**prm, "mulai": mulai_24})
            bulan = fmt.tanggal(per.selesai, lang, "MMMM y")
            out.append(
                Slide(
                    k,
                    t("pr_slide_bank_sampah", lang),
                    judul.senyap(kini_kpi, bulan, lang) or "",
                    g.lapor(bs, lang) if len(bs) else None,
                )
            )
        elif k == "csr":
            from sampah import csr_dampak
            from sampah.charts.csr import ton_proyek

            lingkungan = tanya("csr_proyek_lingkungan")
            dampak = csr_dampak.hitung(tanya("csr_panel"), lingkungan)
            tabel = csr_dampak.tabel_proyek(dampak, lingkungan, kecamatan)
            ada = len(tabel) and tabel.dinilai.fillna(False).any()
            tgl = fmt.tanggal(per.selesai, lang)
            out.append(
                Slide(
                    k,
                    t("pr_slide_csr", lang),
                    judul.csr_per_rupiah(tabel, lang) or "",
                    g.besar(ton_proyek(tabel, tgl, lang), 700) if ada else None,
                )
            )
        elif k == "sipsn":
            df = tanya("sipsn_banding", selesai=per.selesai)
            out.append(
                Slide(
                    k,
                    t("pr_slide_sipsn", lang),
                    judul.sipsn(df, lang) or "",
                    g.besar(grafik_sipsn(df, lang), 620) if len(df) else None,
                )
            )
    return out
