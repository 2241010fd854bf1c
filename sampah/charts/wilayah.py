"""Figures of the Wilayah page: side-by-side small multiples of chosen kecamatan."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah.charts import HIJAU, TPA, _separators, bungkus, legenda_bawah, sumbu_bulan, tema
from sampah.i18n import t


def grafik_banding(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """One column per kecamatan: monthly tonnes landfilled (top) and diversion rate (bottom), with
    shared axes so that the columns compare at a glance."""
    kode = list(dict.fromkeys(df.kecamatan_kode))
    nama = [df[df.kecamatan_kode == k].kecamatan.iloc[0] for k in kode]
    n = max(len(kode), 1)
    fig = make_subplots(
        rows=2,
        cols=n,
        shared_xaxes=True,
        shared_yaxes=True,
        subplot_titles=[bungkus(x, max(10, 48 // n)) for x in nama],
        vertical_spacing=0.1,
        horizontal_spacing=0.03,
        row_heights=[0.5, 0.5],
    )
    for i, k in enumerate(kode, start=1):
        d = df[df.kecamatan_kode == k]
        x = pd.to_datetime(d.bulan)
        fig.add_bar(
            x=x,
            y=d.ton_tpa,
            marker_color=TPA,
            name=t("grafik_tpa", lang),
            showlegend=i == 1,
            row=1,
            col=i,
            hovertemplate="%{y:,.0f} ton<extra>%{fullData.name}</extra>",
        )
        fig.add_scatter(
            x=x,
            y=d.tingkat_diversi * 100,
            mode="lines+markers",
            line=dict(color=HIJAU, width=2.5),
            marker=dict(size=5),
            name=t("kpi_tingkat", lang),
            showlegend=i == 1,
            row=2,
            col=i,
            hovertemplate="%{y:,.2f}%<extra>%{fullData.name}</extra>",
        )
        if len(x):
            sumbu_bulan(fig, x, lang, maks=3 if n > 2 else 4, row=2, col=i)
    fig.update_yaxes(tickformat=",.0f", title_text=t("sumbu_ton", lang), row=1, col=1)
    fig.update_yaxes(ticksuffix="%", rangemode="tozero", title_text=t("kpi_tingkat", lang), row=2, col=1)
    tema(fig, 560)
    fig.update_layout(separators=_separators(lang), bargap=0.1)
    legenda_bawah(fig)
    for ann in fig.layout.annotations:
        ann.update(font=dict(size=15, color="#1F2A24"))
    return fig
