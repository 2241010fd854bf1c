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
# a valid CSS list: an unquoted name with a digit ("Source Sans 3") voids the whole declaration and
# plotly then draws in its fallback font, wider than the boxes it measured
FONT = "Source Sans, Source Sans Pro, Arial, sans-serif"  # Streamlit serves "Source Sans"
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
    # every text's family set explicitly: a legend without one is drawn in plotly's fallback font,
    # wider than the box plotly measured for it ("≥ 8 mingg" cut at the legend's edge)
    fig.update_layout(legend_font_family=FONT, title_font_family=FONT, hoverlabel_font_family=FONT)
    fig.update_annotations(font_family=FONT)
    fig.update_xaxes(showgrid=False, linecolor="#ccc", automargin=True, tickfont_family=FONT)
    fig.update_yaxes(gridcolor="#eee", zeroline=False, automargin=True, tickfont_family=FONT)
    return fig


# The narrowest plot area a chart must fit: a 1024 px screen with the sidebar open leaves a figure of
# about 570 px, and a chart in half a row about 280 px. Ticks, label margins and room for value labels
# are sized for it (plotly's own automargin measured labels before the page's font was in place and
# cut their first letters).
LEBAR_PLOT_MIN = 300


def lebar_teks(teks: object, ukuran: int = 12) -> float:
    """Approximate width in px of the longest line of a label (Arial-like, `ukuran` px font)."""
    import re

    baris = re.sub(r"<(?!br)[^>]+>", "", str(teks)).split("<br>")
    return max(len(b) for b in baris) * ukuran * 0.58


def label_kiri(fig: go.Figure, label: list[str], ukuran: int = 12, **sumbu: object) -> None:
    """A category axis on the left with room for its longest (wrapped) label."""
    kiri = max([lebar_teks(x, ukuran) for x in label] or [0]) + 18
    fig.update_yaxes(tickfont=dict(size=ukuran), automargin=False, **sumbu)
    fig.update_layout(margin=dict(l=int(kiri)))


def tinggi_baris(label: list[str], ukuran: int = 12, minimum: int = 34) -> int:
    """Height in px of the rows of a horizontal bar chart whose labels wrap onto several lines."""
    return sum(max(minimum, (str(x).count("<br>") + 1) * (ukuran + 4) + 12) for x in label)


def ujung_untuk_teks(
    nilai_maks: float,
    teks: list[str],
    ukuran: int = 12,
    nilai_min: float = 0.0,
    lebar_plot: int = LEBAR_PLOT_MIN,
) -> float:
    """Upper end of a value axis that leaves room for the longest label printed past a bar's end,
    at the narrowest plot (`lebar_plot` px)."""
    porsi = min(0.6, (max([lebar_teks(x, ukuran) for x in teks] or [0]) + 8) / lebar_plot)
    rentang = (nilai_maks - nilai_min) or 1.0
    return nilai_min + rentang / (1 - porsi)


LEBAR_FIG_MIN = 560  # a chart across the page at 1024 px with the sidebar open


def judul(fig: go.Figure, teks: str, lebar_px: int = LEBAR_FIG_MIN, ukuran: int = 15) -> None:
    """A figure title wrapped to the figure's narrowest width, left-aligned, pushing the top margin
    instead of running off the figure."""
    n = max(16, int(lebar_px / (ukuran * 0.58)))
    fig.update_layout(
        title=dict(
            text=bungkus(teks, n),
            x=0,
            xanchor="left",
            yref="paper",
            y=1,
            yanchor="bottom",
            pad=dict(b=12),
            automargin=True,
            font=dict(size=ukuran),
        ),
        margin=dict(t=20),
    )


def legenda_bawah(fig: go.Figure) -> None:
    """The legend under the figure (container-referenced: it takes its own rows below the ticks),
    away from the title and from the toolbar at the top right."""
    fig.update_layout(
        legend=dict(
            orientation="h", xref="container", yref="container", x=0, y=0, xanchor="left", yanchor="bottom"
        )
    )


def sumbu_bulan(fig: go.Figure, x: pd.Series, lang: str, maks: int = 8, **sumbu: object) -> None:
    """Month ticks in the viewer's language (plotly's own are English only), level and short enough
    for a phone: 'Okt' under each tick, the year under the first tick and under each January."""
    import math

    bulan = pd.to_datetime(pd.Series(x)).dt.to_period("M").drop_duplicates().sort_values()
    if bulan.empty:
        return
    semua = pd.period_range(bulan.iloc[0], bulan.iloc[-1], freq="M")
    langkah = next(k for k in (1, 2, 3, 4, 6, 12, 24, 36) if math.ceil(len(semua) / k) <= maks or k == 36)
    # ticks on months that divide the year evenly (Jan, Apr, Jul, Okt for a quarter step)
    pilih = [m for m in semua if (m.month - 1) % langkah == 0] if langkah <= 12 else list(semua[::langkah])
    pilih = pilih or [semua[0]]
    teks, tahun_lalu = [], None
    for m in pilih:
        nama = fmt.tanggal(m.to_timestamp().date(), lang, "MMM")
        teks.append(f"{nama}<br>{m.year}" if m.year != tahun_lalu else nama)
        tahun_lalu = m.year
    fig.update_xaxes(tickvals=[m.to_timestamp() for m in pilih], ticktext=teks, tickangle=0, **sumbu)


def bungkus(teks: object, lebar: int = 26) -> str:
    """A long name on a category axis wrapped onto lines (<br>) rather than cut or pushed off the
    figure: 'Bank Sampah Kaliabang Tengah RW 009' -> 'Bank Sampah Kaliabang<br>Tengah RW 009'."""
    import textwrap

    return "<br>".join(textwrap.wrap(str(teks), lebar, break_long_words=False)) or str(teks)


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
    target = df.target_pengurangan_pct.dropna()
    # the target's label sits on its line inside the panel (about 130 px high): the axis leaves some
    # 24 px above the line for it, so it stays under the panel's title however narrow the figure
    akhir = float(target.iloc[-1]) * 100 if len(target) else 0.0
    top = (
        max(
            float((df.target_pengurangan_pct.fillna(0) * 100).max()) * 1.12,
            float((df.persen_pengurangan.fillna(0) * 100).max()) * 1.12,
            akhir / (1 - 24 / 130),
        )
        or 1
    )
    fig.update_yaxes(range=[0, top], ticksuffix="%", row=3, col=1)
    # no legend: each panel's title names it, and the target line carries its own label
    fig.update_layout(separators=_separators(lang), bargap=0.15, showlegend=False)
    fig.update_yaxes(tickformat=",.0f", row=1, col=1)
    fig.update_yaxes(tickformat=",.0f", row=2, col=1)
    for ann in fig.layout.annotations:  # subplot titles: left-aligned, readable
        ann.update(x=0, xanchor="left", font=dict(size=14, color="#444"))
    if len(target):
        fig.add_annotation(
            x=x.iloc[-1],
            y=float(target.iloc[-1]) * 100,
            text=f"{t('grafik_target', lang)} {fmt.persen(target.iloc[-1], 0, lang)}",
            showarrow=False,
            xanchor="right",
            yanchor="bottom",
            font=dict(size=12, color=TARGET),
            row=3,
            col=1,
        )
    sumbu_bulan(fig, x, lang)
    return tema(fig, 620)


def grafik_sipsn(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Pengurangan and penanganan % per kab/kota (SIPSN), the city highlighted, with the 30/70 lines.
    Sized for a phone as well (a WhatsApp link opens Ringkasan): each panel's title wraps and names
    its target, values print past the bars inside the axis, three ticks per axis."""
    d = df.iloc[::-1]  # plotly draws the first row at the bottom
    est = d.estimasi if "estimasi" in d else pd.Series(False, index=d.index)
    label = [bungkus(k + (" · " + t("sipsn_est", lang) if e else ""), 16) for k, e in zip(d.kabkota, est)]
    label = [f"<b>{k}</b>" if ini else k for k, ini in zip(label, d.kota_ini)]
    judul_panel = [
        bungkus(f"{t(k, lang)} · {t('grafik_target', lang)} {v}%", 18)
        for k, v in (("sipsn_pengurangan", 30), ("sipsn_penanganan", 70))
    ]
    fig = make_subplots(
        rows=1, cols=2, shared_yaxes=True, horizontal_spacing=0.06, subplot_titles=judul_panel
    )
    for col, kolom, target in ((1, "pengurangan_pct", 30), (2, "penanganan_pct", 70)):
        teks = [fmt.persen(v / 100, 1, lang) for v in d[kolom]]
        fig.add_bar(
            x=d[kolom],
            y=label,
            orientation="h",
            row=1,
            col=col,
            showlegend=False,
            marker_color=[HIJAU if ini else "#9AA59D" for ini in d.kota_ini],
            marker_pattern_shape=["/" if e else "" for e in est],
            text=teks,
            textposition="outside",
            textfont=dict(size=12),
            cliponaxis=False,
            hovertemplate="%{x:,.1f}%<extra></extra>",
        )
        fig.add_vline(x=target, line=dict(color=TARGET, dash="dash", width=2), row=1, col=col)
        nama = kolom.removesuffix("_pct")
        if f"{nama}_p25" in d and d[f"{nama}_p25"].notna().any():  # the national distribution behind
            r = d.iloc[0]
            fig.add_vrect(
                x0=r[f"{nama}_p25"],
                x1=r[f"{nama}_p75"],
                fillcolor="#9AA59D",
                opacity=0.18,
                line_width=0,
                layer="below",
                row=1,
                col=col,
            )
            fig.add_vline(
                x=r[f"{nama}_p50"], line=dict(color="#6B756E", dash="dot", width=1.5), row=1, col=col
            )
        ujung = ujung_untuk_teks(max(100.0, float(d[kolom].max() or 0)), teks, lebar_plot=110)
        fig.update_xaxes(range=[0, ujung], tickvals=[0, 50, 100], ticksuffix="%", row=1, col=col)
    fig.update_layout(separators=_separators(lang), hovermode="closest")
    for ann in fig.layout.annotations[:2]:
        ann.update(x=ann.x, font=dict(size=13, color="#444"))
    tema(fig, 160 + tinggi_baris(label, minimum=44))
    label_kiri(fig, label, 12)
    fig.update_layout(margin=dict(t=80))
    return fig
