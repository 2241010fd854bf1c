"""Figures of the Tren page: series with seasons marked, categories, year on year, projection."""

from __future__ import annotations

from datetime import date

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah import fmt
from sampah.charts import HIJAU, TARGET, TPA, _separators, judul, legenda_bawah, sumbu_bulan, tema
from sampah.i18n import istilah, t
from sampah.kalender import BULAN_HUJAN, LEBARAN
from sampah.proyeksi import ProyeksiTarget

WARNA_KATEGORI = {
    "plastik": "#1F77B4",
    "kertas": "#C49A6C",
    "logam": "#7F7F7F",
    "kaca": "#17BECF",
    "organik": "#2CA02C",
    "minyak jelantah": "#E3B505",
    "lainnya": "#9467BD",
    "TPS 3R": "#0B5D3B",
    "rumah kompos": "#6B8E23",
    "maggot BSF": "#8C564B",
}


def _musim(fig: go.Figure, mulai: date, selesai: date, lang: str, baris: int) -> None:
    """Shade the rainy season and mark Lebaran, so seasonal swings read as seasons. The shapes are
    set in one layout update: plotly's add_vrect/add_vline copy every shape on each call, which
    took seconds over ten years of data."""
    refs = []
    for r in range(1, baris + 1):
        sp = fig.get_subplot(r, 1)
        refs.append(
            (sp.xaxis.plotly_name.replace("axis", ""), sp.yaxis.plotly_name.replace("axis", "") + " domain")
        )
    shapes, notes = list(fig.layout.shapes), list(fig.layout.annotations)
    for y in range(mulai.year - 1, selesai.year + 1):
        a, b = (
            max(pd.Timestamp(y, BULAN_HUJAN[0], 1), pd.Timestamp(mulai)),
            min(pd.Timestamp(y + 1, BULAN_HUJAN[-1] + 1, 1), pd.Timestamp(selesai)),
        )
        if a < b:
            shapes += [
                dict(
                    type="rect",
                    x0=a,
                    x1=b,
                    y0=0,
                    y1=1,
                    xref=xr,
                    yref=yr,
                    fillcolor="#5B8DB8",
                    opacity=0.07,
                    line_width=0,
                )
                for xr, yr in refs
            ]
    for d in LEBARAN.values():
        if mulai <= d <= selesai:
            shapes += [
                dict(
                    type="line",
                    x0=pd.Timestamp(d),
                    x1=pd.Timestamp(d),
                    y0=0,
                    y1=1,
                    xref=xr,
                    yref=yr,
                    line=dict(color="#B07D2B", width=1, dash="dot"),
                )
                for xr, yr in refs
            ]
            notes.append(
                dict(
                    x=pd.Timestamp(d),
                    y=0,
                    yref="paper",
                    text="Lebaran",
                    xanchor="left",
                    showarrow=False,
                    font=dict(size=11, color="#B07D2B"),
                    yanchor="bottom",
                )
            )
    fig.update_layout(shapes=shapes, annotations=notes)


def grafik_seri(df: pd.DataFrame, waktu: str, lang: str = "id") -> go.Figure:
    """Landfilled, diverted and the diversion rate per month or week (df from tren_mingguan or
    ringkasan_bulanan)."""
    x = pd.to_datetime(df[waktu])
    unit = t("tr_per_minggu" if waktu == "minggu" else "tr_per_bulan", lang)
    fig = make_subplots(
        rows=3,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.08,
        row_heights=[0.36, 0.32, 0.32],
        subplot_titles=(
            f"{t('grafik_tpa', lang)} ({unit})",
            f"{t('grafik_diversi', lang)} ({unit})",
            t("tr_tingkat_judul", lang),
        ),
    )
    fig.add_bar(
        x=x,
        y=df.ton_tpa,
        name=t("grafik_tpa", lang),
        marker_color=TPA,
        row=1,
        col=1,
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
        y=df.tingkat_diversi * 100,
        name=t("kpi_tingkat", lang),
        mode="lines",
        line=dict(color=HIJAU, width=2.5),
        row=3,
        col=1,
        hovertemplate="%{y:,.2f}%<extra>%{fullData.name}</extra>",
    )
    if len(x):
        _musim(fig, x.min().date(), x.max().date(), lang, 3)
    fig.update_yaxes(tickformat=",.0f", row=1, col=1)
    fig.update_yaxes(tickformat=",.0f", row=2, col=1)
    fig.update_yaxes(ticksuffix="%", rangemode="tozero", row=3, col=1)
    _tanggal_sumbu(fig, x, lang)
    fig.update_layout(separators=_separators(lang), bargap=0.1, showlegend=False)
    for ann in fig.layout.annotations[:3]:
        ann.update(x=0, xanchor="left", font=dict(size=14, color="#444"))
    return tema(fig, 640)


def _tanggal_sumbu(fig: go.Figure, x: pd.Series, lang: str, maks: int = 8) -> None:
    if len(x):
        sumbu_bulan(fig, x, lang, maks=maks)


def grafik_kategori(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Monthly diverted tonnes stacked by category (df from tren_kategori)."""
    fig = go.Figure()
    x_all = pd.to_datetime(df.bulan)
    for kat, d in df.groupby("kategori", sort=False):
        fig.add_scatter(
            x=pd.to_datetime(d.bulan),
            y=d.ton,
            name=istilah(kat, lang),
            stackgroup="a",
            mode="lines",
            line=dict(width=0.5, color=WARNA_KATEGORI.get(str(kat))),
            hovertemplate="%{y:,.1f} ton<extra>%{fullData.name}</extra>",
        )
    fig.update_yaxes(tickformat=",.0f")
    _tanggal_sumbu(fig, x_all, lang, maks=4)
    tema(fig, 500)
    fig.update_layout(separators=_separators(lang))
    judul(fig, t("tr_kategori_judul", lang), lebar_px=280)
    legenda_bawah(fig)
    return fig


def grafik_yoy(df: pd.DataFrame, kolom: str, judul_teks: str, lang: str = "id") -> go.Figure:
    """One line per year over the twelve months (df: bulan and `kolom`)."""
    d = df.assign(b=pd.to_datetime(df.bulan))
    fig = go.Figure()
    years = sorted(d.b.dt.year.unique())
    names = [fmt.tanggal(date(2000, m, 1), lang, "MMM") for m in range(1, 13)]
    for i, y in enumerate(years):
        dy = d[d.b.dt.year == y]
        newest = i == len(years) - 1
        fig.add_scatter(
            x=[names[m - 1] for m in dy.b.dt.month],
            y=dy[kolom],
            name=str(y),
            mode="lines+markers",
            line=dict(
                width=3.5 if newest else 1.8,
                color=HIJAU if newest else f"rgba(80,90,85,{0.35 + 0.5 * i / len(years)})",
            ),
            hovertemplate="%{y:,.1f}<extra>" + str(y) + "</extra>",
        )
    # every month on the axis, named every third: twelve names do not fit half a 1024 px screen
    fig.update_xaxes(
        categoryorder="array", categoryarray=names, tickvals=names[::3], ticktext=names[::3], tickangle=0
    )
    fig.update_yaxes(tickformat=",.0f", rangemode="tozero")
    tema(fig, 500)
    fig.update_layout(separators=_separators(lang))
    judul(fig, judul_teks, lebar_px=280)
    legenda_bawah(fig)
    return fig


def tahunan(bulanan: pd.DataFrame) -> pd.DataFrame:
    """Yearly reduction % from monthly rows (sum diverted / sum generation), with months covered."""
    d = bulanan.assign(tahun=pd.to_datetime(bulanan.bulan).dt.year)
    g = d.groupby("tahun").agg(
        ton_diversi=("ton_diversi", "sum"),
        timbulan_ton=("timbulan_ton", "sum"),
        bulan=("bulan", "count"),
        target=("target_pengurangan_pct", "max"),
    )
    g["persen_pengurangan"] = g.ton_diversi / g.timbulan_ton
    return g.reset_index()


def grafik_proyeksi(hist: pd.DataFrame, p: ProyeksiTarget, target: float, lang: str = "id") -> go.Figure:
    """Yearly reduction % so far, the projection with its band, and the target line."""
    fig = go.Figure()
    pr = p.tahunan
    fig.add_scatter(
        x=list(pr.tahun) + list(pr.tahun[::-1]),
        y=list(pr.atas * 100) + list(pr.bawah[::-1] * 100),
        fill="toself",
        fillcolor="rgba(27,127,75,0.15)",
        line=dict(width=0),
        hoverinfo="skip",
        name=t("tr_rentang", lang),
    )
    fig.add_scatter(
        x=pr.tahun,
        y=pr.tengah * 100,
        mode="lines",
        line=dict(color=HIJAU, dash="dash", width=2),
        name=t("tr_proyeksi", lang),
        hovertemplate="%{y:,.2f}%<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=hist.tahun,
        y=hist.persen_pengurangan * 100,
        mode="lines+markers",
        line=dict(color=HIJAU, width=3),
        marker=dict(size=9),
        name=t("tr_tercatat", lang),
        hovertemplate="%{y:,.2f}%<extra>%{fullData.name}</extra>",
    )
    fig.add_hline(
        y=target * 100,
        line=dict(color=TARGET, dash="dash", width=2),
        annotation_text=f"{t('grafik_target', lang)} {fmt.persen(target, 0, lang)}",
        annotation_position="top left",
        annotation_font_color=TARGET,
    )
    top = max(target * 100, float(pr.atas.max() * 100), float(hist.persen_pengurangan.max() * 100)) * 1.1
    fig.update_yaxes(range=[0, top], ticksuffix="%", title=t("sumbu_persen", lang))
    fig.update_xaxes(dtick=1 if pr.tahun.max() - hist.tahun.min() <= 8 else 2, tickformat="d")
    fig.update_layout(separators=_separators(lang))
    tema(fig, 460)
    judul(fig, t("tr_proyeksi_judul", lang))
    legenda_bawah(fig)
    return fig
