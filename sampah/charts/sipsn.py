"""SIPSN figures of this kab/kota: its series beside this dashboard's estimate, and its composition
beside the national median."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah import fmt
from sampah.charts import HIJAU, TPA, _separators, bungkus, legenda_bawah, tema, tinggi_baris
from sampah.i18n import t


def seri(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Timbulan (t/yr) and pengurangan % per year: SIPSN's figure (solid) beside this dashboard's
    estimate (light), each bar labelled in full."""
    th = [str(int(y)) for y in df.tahun]
    fig = make_subplots(
        rows=1,
        cols=2,
        horizontal_spacing=0.12,
        subplot_titles=[t("sipsn_seri_timbulan", lang), t("sipsn_seri_pengurangan", lang)],
    )
    for nama, kol_t, kol_p, warna in (
        (t("sipsn_sipsn", lang), "timbulan_ton", "pengurangan_pct", HIJAU),
        (t("sipsn_dasbor", lang), "est_timbulan_ton", "est_pengurangan_pct", TPA),
    ):
        for col, kol, tulis in (
            (1, kol_t, lambda v: fmt.angka(v, 0, lang)),
            (2, kol_p, lambda v: fmt.persen(v / 100, 2, lang)),
        ):
            fig.add_bar(
                x=th,
                y=df[kol],
                name=nama,
                marker_color=warna,
                legendgroup=nama,
                showlegend=col == 1,
                text=[tulis(v) if pd.notna(v) else "–" for v in df[kol]],
                textposition="outside",
                cliponaxis=False,
                row=1,
                col=col,
            )
    fig.update_xaxes(type="category")
    fig.update_yaxes(rangemode="tozero")
    fig.update_layout(barmode="group", separators=_separators(lang))
    legenda_bawah(fig)
    return tema(fig, 380)


def komposisi(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Share of each category (bars) and the national median share (diamonds), by material and by
    source side by side."""
    kel = [k for k in ("jenis", "sumber") if (df.kelompok == k).any()]
    fig = make_subplots(
        rows=1,
        cols=max(len(kel), 1),
        horizontal_spacing=0.25,
        subplot_titles=[t(f"sipsn_komp_{k}", lang) for k in kel],
    )
    n = 1
    for col, k in enumerate(kel, start=1):
        d = df[df.kelompok == k].sort_values("porsi_pct")
        label = [bungkus(t(f"sipsn_k_{c}", lang), 16) for c in d.kategori]
        n = max(n, len(label))
        fig.add_bar(
            x=d.porsi_pct,
            y=label,
            orientation="h",
            marker_color=HIJAU,
            name=t("sipsn_komp_ini", lang),
            text=[fmt.persen(v / 100, 1, lang) for v in d.porsi_pct],
            textposition="outside",
            cliponaxis=False,
            showlegend=col == 1,
            row=1,
            col=col,
        )
        fig.add_scatter(
            x=d.nasional_median_pct,
            y=label,
            mode="markers",
            name=t("sipsn_komp_nasional", lang),
            marker=dict(symbol="diamond", size=10, color="#444"),
            showlegend=col == 1,
            row=1,
            col=col,
        )
        fig.update_xaxes(ticksuffix="%", rangemode="tozero", row=1, col=col)
    fig.update_layout(separators=_separators(lang))
    legenda_bawah(fig)
    return tema(fig, 140 + tinggi_baris(["x"] * n, minimum=30))
