"""Large, single-message figures for slides and the offline report."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from sampah import fmt
from sampah.charts import HIJAU, TARGET, TPA, _separators, tema
from sampah.i18n import t


def besar(fig: go.Figure, tinggi: int = 640) -> go.Figure:
    """Type readable from the back of a meeting room."""
    fig.update_layout(
        height=tinggi,
        font=dict(size=22),
        margin=dict(l=20, r=20, t=30, b=20),
        legend=dict(font=dict(size=20)),
        hoverlabel=dict(font_size=20),
    )
    fig.update_xaxes(tickfont=dict(size=20))
    fig.update_yaxes(tickfont=dict(size=20))
    return fig


def _bulan(fig: go.Figure, x: pd.Series, lang: str) -> None:
    step = max(1, len(x) // 6)
    fig.update_xaxes(tickvals=list(x[::step]), ticktext=[fmt.bulan(d, lang) for d in x[::step]])


def pengurangan(bulanan: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Monthly reduction % against the target line."""
    x = pd.to_datetime(bulanan.bulan)
    fig = go.Figure()
    fig.add_scatter(
        x=x,
        y=bulanan.persen_pengurangan * 100,
        mode="lines+markers",
        name=t("grafik_pengurangan", lang),
        line=dict(color=HIJAU, width=5),
        marker=dict(size=10),
        hovertemplate="%{y:,.2f}%<extra></extra>",
    )
    fig.add_scatter(
        x=x,
        y=bulanan.target_pengurangan_pct * 100,
        mode="lines",
        name=t("grafik_target", lang),
        line=dict(color=TARGET, width=4, dash="dash", shape="hv"),
        hovertemplate="%{y:,.0f}%<extra></extra>",
    )
    fig.update_yaxes(ticksuffix="%", rangemode="tozero")
    _bulan(fig, x, lang)
    fig.update_layout(separators=_separators(lang))
    return besar(tema(fig))


def tpa_per_hari(bulanan: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Tonnes per day reaching the landfill, month by month."""
    x = pd.to_datetime(bulanan.bulan)
    fig = go.Figure()
    fig.add_bar(
        x=x,
        y=bulanan.ton_tpa / bulanan.hari,
        marker_color=TPA,
        name=t("grafik_tpa", lang),
        hovertemplate="%{y:,.0f} ton/hari<extra></extra>",
    )
    fig.update_yaxes(tickformat=",.0f", title=t("pr_sumbu_ton_hari", lang))
    _bulan(fig, x, lang)
    fig.update_layout(separators=_separators(lang), showlegend=False)
    return besar(tema(fig))


def peringkat(kec: pd.DataFrame, target: float, lang: str = "id") -> go.Figure:
    """Reduction % per kecamatan, sorted, with the target line."""
    d = kec.sort_values("persen_pengurangan")
    fig = go.Figure()
    fig.add_bar(
        x=d.persen_pengurangan * 100,
        y=d.kecamatan,
        orientation="h",
        marker_color=HIJAU,
        text=[fmt.persen(v, 2, lang) for v in d.persen_pengurangan],
        textposition="outside",
        hovertemplate="%{x:,.2f}%<extra></extra>",
    )
    if pd.notna(target):
        fig.add_vline(
            x=target * 100,
            line=dict(color=TARGET, width=4, dash="dash"),
            annotation_text=f"{t('grafik_target', lang)} {fmt.persen(target, 0, lang)}",
            annotation_font=dict(color=TARGET, size=20),
        )
    fig.update_xaxes(ticksuffix="%", rangemode="tozero")
    fig.update_layout(separators=_separators(lang), showlegend=False)
    return besar(tema(fig), 700)


def lapor(bs: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Active bank sampah and how many reported, month by month."""
    x = pd.to_datetime(bs.bulan)
    fig = go.Figure()
    fig.add_bar(
        x=x,
        y=bs.unit_aktif,
        name=t("pr_aktif", lang),
        marker_color="#C9D6CD",
        hovertemplate="%{y:,.0f}<extra>%{fullData.name}</extra>",
    )
    fig.add_bar(
        x=x,
        y=bs.unit_melapor,
        name=t("pr_melapor", lang),
        marker_color=HIJAU,
        hovertemplate="%{y:,.0f}<extra>%{fullData.name}</extra>",
    )
    fig.update_layout(barmode="overlay", separators=_separators(lang))
    _bulan(fig, x, lang)
    return besar(tema(fig))
