"""Plotly figures shared by the pages and the presenting mode. Pure: DataFrame in, figure out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah import fmt
from sampah.i18n import t

HIJAU = "#1B7F4B"
TPA = "#8C7B6B"
TARGET = "#C0392B"
FONT = "Source Sans 3, Source Sans Pro, Arial, sans-serif"
# plotly config of every chart: no logo, no lasso; the camera button saves a PNG for slides
# (drawn by the browser itself, so it works offline and in the dashboard's theme)
TANPA_MODEBAR = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["lasso2d", "select2d"],
    "toImageButtonOptions": {"format": "png", "scale": 2, "filename": "grafik-dasbor-sampah"},
}


def tema(fig: go.Figure, tinggi: int = 560) -> go.Figure:
    fig.update_layout(
        height=tinggi,
        margin=dict(l=10, r=10, t=70, b=10),
        font=dict(family=FONT, size=14),
        plot_bgcolor="white",
        paper_bgcolor="white",
        hovermode="x unified",
        legend=dict(orientation="h", yanchor="bottom", y=1.02, xanchor="left", x=0),
    )
    fig.update_xaxes(showgrid=False, linecolor="#ccc")
    fig.update_yaxes(gridcolor="#eee", zeroline=False)
    return fig


def _separators(lang: str) -> str:
    return ",." if lang == "id" else ".,"  # plotly: decimal then thousands


def grafik_bulanan(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Monthly tonnes to the landfill, tonnes diverted, and the reduction % against the target."""
    x = pd.to_datetime(df.bulan)
    label = [fmt.bulan(d, lang) for d in x]
    fig = make_subplots(
        rows=3,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.07,
        row_heights=[0.38, 0.31, 0.31],
        subplot_titles=(
            t("grafik_tpa", lang) + " (" + t("sumbu_ton", lang) + ")",
            t("grafik_diversi", lang) + " (" + t("sumbu_ton", lang) + ")",
            t("grafik_pengurangan_judul", lang),
        ),
    )
    fig.add_bar(
        x=x,
        y=df.ton_tpa,
        name=t("grafik_tpa", lang),
        marker_color=TPA,
        row=1,
        col=1,
        customdata=label,
        hovertemplate="%{y:,.0f} ton<extra>%{fullData.name}</extra>",
    )
    fig.add_bar(
        x=x,
        y=df.ton_diversi,
        name=t("grafik_diversi", lang),
        marker_color=HIJAU,
        row=2,
        col=1,
        hovertemplate="%{y:,.1f} ton<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=x,
        y=df.persen_pengurangan * 100,
        name=t("grafik_pengurangan", lang),
        mode="lines+markers",
        line=dict(color=HIJAU, width=3),
        row=3,
        col=1,
        hovertemplate="%{y:,.2f}%<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=x,
        y=df.target_pengurangan_pct * 100,
        name=t("grafik_target", lang),
        mode="lines",
        line=dict(color=TARGET, width=2, dash="dash", shape="hv"),
        row=3,
        col=1,
        hovertemplate="%{y:,.0f}%<extra>%{fullData.name}</extra>",
    )
    top = (
        max(
            float((df.target_pengurangan_pct.fillna(0) * 100).max()),
            float((df.persen_pengurangan.fillna(0) * 100).max()),
        )
        * 1.12
        or 1
    )
    fig.update_yaxes(range=[0, top], ticksuffix="%", row=3, col=1)
    fig.update_layout(separators=_separators(lang), bargap=0.15, legend=dict(y=1.07))
    fig.update_yaxes(tickformat=",.0f", row=1, col=1)
    fig.update_yaxes(tickformat=",.0f", row=2, col=1)
    for ann in fig.layout.annotations:  # subplot titles: left-aligned, readable
        ann.update(x=0, xanchor="left", font=dict(size=14, color="#444"))
    # month names in the viewer's language (plotly's own are English only)
    step = max(1, len(x) // 8)
    fig.update_xaxes(tickvals=list(x[::step]), ticktext=label[::step])
    return tema(fig, 620)


def grafik_sipsn(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Pengurangan and penanganan % per kab/kota (SIPSN), the city highlighted, with the 30/70 lines."""
    d = df.iloc[::-1]  # plotly draws the first row at the bottom
    label = [f"<b>{k}</b>" if ini else k for k, ini in zip(d.kabkota, d.kota_ini)]
    fig = make_subplots(
        rows=1,
        cols=2,
        shared_yaxes=True,
        horizontal_spacing=0.04,
        subplot_titles=(t("sipsn_pengurangan", lang), t("sipsn_penanganan", lang)),
    )
    for col, kolom, target in ((1, "pengurangan_pct", 30), (2, "penanganan_pct", 70)):
        fig.add_bar(
            x=d[kolom],
            y=label,
            orientation="h",
            row=1,
            col=col,
            showlegend=False,
            marker_color=[HIJAU if ini else "#9AA59D" for ini in d.kota_ini],
            text=[fmt.persen(v / 100, 1, lang) for v in d[kolom]],
            textposition="outside",
            hovertemplate="%{x:,.1f}%<extra></extra>",
        )
        fig.add_vline(
            x=target,
            line=dict(color=TARGET, dash="dash", width=2),
            row=1,
            col=col,
            annotation_text=f"{t('grafik_target', lang)} {target}%",
            annotation_font_color=TARGET,
            annotation_position="bottom right",
        )
        fig.update_xaxes(range=[0, 105], ticksuffix="%", row=1, col=col)
    fig.update_layout(separators=_separators(lang), hovermode="closest")
    for ann in fig.layout.annotations[:2]:
        ann.update(x=ann.x, font=dict(size=14, color="#444"))
    return tema(fig, 120 + 48 * len(d))
