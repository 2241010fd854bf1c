"""SIPSN figures of this kab/kota: its series beside this dashboard's estimate, and its composition
beside the national median."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah import fmt
from sampah.charts import (
    HIJAU,
    TPA,
    _separators,
    bungkus,
    label_kiri,
    legenda_bawah,
    tema,
    tinggi_baris,
    ujung_untuk_teks,
)
from sampah.i18n import t


def seri(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Timbulan (t/yr) and pengurangan % per year: SIPSN's figure (solid) beside this dashboard's
    estimate (light), each bar labelled in full."""
    th = [str(int(y)) for y in df.tahun]
    fig = make_subplots(  # titles wrapped to half a phone's width (a WhatsApp link opens Ringkasan)
        rows=1,
        cols=2,
        horizontal_spacing=0.14,
        subplot_titles=[bungkus(t(k, lang), 16) for k in ("sipsn_seri_timbulan", "sipsn_seri_pengurangan")],
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
    fig.update_yaxes(rangemode="tozero", nticks=5)
    fig.update_yaxes(tickformat=",.0f", row=1, col=1)  # 600.000, not plotly's English "600k"
    fig.update_yaxes(ticksuffix="%", row=1, col=2)  # percent points, as the bars' labels
    fig.update_layout(
        barmode="group", separators=_separators(lang), uniformtext=dict(minsize=10, mode="show")
    )
    fig.update_traces(textfont_size=11)
    for ann in fig.layout.annotations:
        ann.update(font=dict(size=13, color="#444"))
    legenda_bawah(fig)
    tema(fig, 400)
    fig.update_layout(margin=dict(t=80))
    return fig


def komposisi(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Share of each category (bars) and the national median share (diamonds), by material and by
    source one above the other: side by side, a phone left each panel too narrow for its names and
    values."""
    kel = [k for k in ("jenis", "sumber") if (df.kelompok == k).any()]
    n_kel = [max(int((df.kelompok == k).sum()), 1) for k in kel] or [1]
    fig = make_subplots(
        rows=max(len(kel), 1),
        cols=1,
        vertical_spacing=0.12 if len(kel) > 1 else 0.0,
        row_heights=[n / sum(n_kel) for n in n_kel],
        subplot_titles=[t(f"sipsn_komp_{k}", lang) for k in kel],
    )
    semua_label: list[str] = []
    for row, k in enumerate(kel, start=1):
        d = df[df.kelompok == k].sort_values("porsi_pct")
        label = [bungkus(t(f"sipsn_k_{c}", lang), 16) for c in d.kategori]
        semua_label += label
        teks = [fmt.persen(v / 100, 1, lang) for v in d.porsi_pct]
        fig.add_bar(
            x=d.porsi_pct,
            y=label,
            orientation="h",
            marker_color=HIJAU,
            name=t("sipsn_komp_ini", lang),
            showlegend=row == 1,
            hovertemplate="%{x:,.1f}%<extra>%{fullData.name}</extra>",
            row=row,
            col=1,
        )
        # the value past the bar or past the median's diamond, whichever ends later, so the diamond
        # never sits on the figure (an invisible marker as wide as the diamond keeps the text clear)
        fig.add_scatter(
            x=pd.concat([d.porsi_pct, d.nasional_median_pct.fillna(0)], axis=1).max(axis=1),
            y=label,
            mode="markers+text",
            marker=dict(size=12, opacity=0),
            text=teks,
            textposition="middle right",
            textfont=dict(size=12),
            cliponaxis=False,
            hoverinfo="skip",
            showlegend=False,
            row=row,
            col=1,
        )
        fig.add_scatter(
            x=d.nasional_median_pct,
            y=label,
            mode="markers",
            name=t("sipsn_komp_nasional", lang),
            marker=dict(symbol="diamond", size=10, color="#444"),
            showlegend=row == 1,
            row=row,
            col=1,
        )
        maks = max(float(d.porsi_pct.max() or 0), float(d.nasional_median_pct.max() or 0), 1.0)
        # room past the longest bar for its value at a phone's plot width (about 220 px)
        ujung = ujung_untuk_teks(maks, [x + "  " for x in teks], lebar_plot=220)
        fig.update_xaxes(ticksuffix="%", range=[0, ujung], nticks=5, tickangle=0, row=row, col=1)
    fig.update_layout(separators=_separators(lang), hovermode="closest")
    for ann in fig.layout.annotations:
        ann.update(x=0, xanchor="left", font=dict(size=13, color="#444"))
    legenda_bawah(fig)
    tema(fig, 150 + tinggi_baris(semua_label, minimum=28) + 60 * (len(kel) - 1))
    label_kiri(fig, semua_label, 12)
    return fig
