"""Figures of the Bank Sampah page. Pure: DataFrame in, plotly figure out."""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from sampah import fmt
from sampah.charts import (
    HIJAU,
    LEBAR_FIG_MIN,
    TPA,
    _separators,
    bungkus,
    judul,
    label_kiri,
    legenda_bawah,
    peta,
    sumbu_bulan,
    tema,
    tinggi_baris,
    ujung_untuk_teks,
)
from sampah.i18n import istilah, t

ORANYE = "#D9822B"
ABU = "#9AA3A0"
BIRU = "#2C6E9B"
WARNA_STATUS = {"aktif": HIJAU, "senyap": ORANYE, "nonaktif": ABU}
WARNA_KATEGORI = {
    "plastik": "#2C6E9B",
    "kertas": "#B08D57",
    "logam": "#6B7B8C",
    "kaca": "#5BA8A0",
    "organik": HIJAU,
    "minyak jelantah": "#D9A62B",
    "lainnya": "#9A7FB0",
}


def _judul_subplot(fig: go.Figure) -> None:
    """Subplot titles left-aligned over their own panel, wrapped to the panel's narrowest width."""
    domains = sorted({tuple(ax.domain) for ax in fig.select_xaxes()})
    for ann in fig.layout.annotations:
        if ann.xref != "paper" or ann.yanchor != "bottom":
            continue
        dom = max((d for d in domains if d[0] <= ann.x), default=(0, 1), key=lambda d: d[0])
        muat = max(14, int((dom[1] - dom[0]) * LEBAR_FIG_MIN / (14 * 0.58)))
        ann.update(x=dom[0], xanchor="left", text=bungkus(ann.text, muat), font=dict(size=14, color="#444"))


def peta_unit(
    unit: pd.DataFrame, lang: str, batas: pd.DataFrame | None = None, pusat: pd.DataFrame | None = None
) -> go.Figure:
    """Units on the map coloured by status (aktif / senyap / nonaktif) at the end of the period."""
    label = {k: t(f"bs_status_{k}", lang) for k in WARNA_STATUS}
    titik = unit.dropna(subset=["lat", "lon"]).copy()
    titik["status_label"] = titik.status.map(label)
    titik["urut"] = titik.status.map({"nonaktif": 0, "aktif": 1, "senyap": 2})  # silent on top
    titik = titik.sort_values("urut", kind="stable")
    titik["hover"] = [
        f"<b>{n}</b><br>{kel}, {kec}<br>{fmt.ton(x, lang)}"
        for n, kel, kec, x in zip(titik.nama, titik.kelurahan, titik.kecamatan, titik.ton)
    ]
    fig = peta.peta_titik(
        titik,
        "status_label",
        {label[k]: v for k, v in WARNA_STATUS.items()},
        batas=batas,
        pusat=pusat,
        hover="hover",
        tinggi=560,
    )
    fig.update_layout(separators=_separators(lang))
    return fig


def setoran_bulanan(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Tonnes deposited, value paid and reporting completeness per month, one above the other."""
    x = pd.to_datetime(df.bulan)
    fig = make_subplots(
        rows=3,
        cols=1,
        shared_xaxes=True,
        vertical_spacing=0.08,
        row_heights=[0.4, 0.3, 0.3],
        subplot_titles=(t("bs_g_ton", lang), t("bs_g_nilai", lang), t("bs_g_lengkap", lang)),
    )
    fig.add_bar(
        x=x,
        y=df.ton,
        name=t("bs_n_ton", lang),
        marker_color=HIJAU,
        row=1,
        col=1,
        customdata=[fmt.ton(v, lang) for v in df.ton],
        hovertemplate="%{customdata}<extra>%{fullData.name}</extra>",
    )
    fig.add_bar(
        x=x,
        y=df.nilai_rp / 1e6,
        name=t("bs_n_nilai", lang),
        marker_color=BIRU,
        row=2,
        col=1,
        customdata=[fmt.rupiah(v, lang) for v in df.nilai_rp],
        hovertemplate="%{customdata}<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=x,
        y=df.kelengkapan_lapor * 100,
        name=t("bs_n_lengkap", lang),
        mode="lines+markers",
        line=dict(color=ORANYE, width=3),
        row=3,
        col=1,
        customdata=[
            f"{fmt.persen(k, 0, lang)} ({fmt.angka(m, 0, lang)}/{fmt.angka(a, 0, lang)})"
            for k, m, a in zip(df.kelengkapan_lapor, df.unit_melapor, df.unit_aktif)
        ],
        hovertemplate="%{customdata}<extra>%{fullData.name}</extra>",
    )
    fig.update_yaxes(tickformat=",.0f", row=1, col=1)
    fig.update_yaxes(tickformat=",.0f", row=2, col=1)
    fig.update_yaxes(range=[0, 105], ticksuffix="%", row=3, col=1)
    fig.update_layout(separators=_separators(lang), bargap=0.15, showlegend=False)
    _judul_subplot(fig)
    sumbu_bulan(fig, x, lang)
    return tema(fig, 640)


def pertumbuhan(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Active and reporting units, and registered nasabah of the active units, per month."""
    x = pd.to_datetime(df.bulan)
    fig = make_subplots(
        rows=1,
        cols=2,
        horizontal_spacing=0.08,
        subplot_titles=(t("bs_g_unit", lang), t("bs_g_nasabah", lang)),
    )
    fig.add_scatter(
        x=x,
        y=df.unit_aktif,
        name=t("bs_n_unit", lang),
        mode="lines",
        line=dict(color=HIJAU, width=3),
        row=1,
        col=1,
        hovertemplate="%{y:,.0f}<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=x,
        y=df.unit_melapor,
        name=t("bs_n_melapor", lang),
        mode="lines",
        line=dict(color=ORANYE, width=2, dash="dot"),
        row=1,
        col=1,
        hovertemplate="%{y:,.0f}<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=x,
        y=df.nasabah_terdaftar,
        name=t("bs_n_nasabah", lang),
        mode="lines",
        line=dict(color=BIRU, width=3),
        row=1,
        col=2,
        hovertemplate="%{y:,.0f}<extra>%{fullData.name}</extra>",
    )
    fig.update_yaxes(tickformat=",.0f", rangemode="tozero")
    _judul_subplot(fig)
    sumbu_bulan(fig, x, lang, maks=4)
    tema(fig, 420)
    fig.update_layout(separators=_separators(lang), margin=dict(t=80))
    legenda_bawah(fig)
    return fig


def per_subjenis(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Tonnes by sub-type as horizontal bars, coloured by category, largest on top."""
    d = df.sort_values("ton", ascending=True)
    fig = go.Figure()
    d = d.assign(label=[istilah(v, lang) for v in d.subjenis])
    for kat, g in d.groupby("kategori", sort=False):
        fig.add_bar(
            y=g.label,
            x=g.ton,
            orientation="h",
            name=istilah(kat, lang),
            marker_color=WARNA_KATEGORI.get(str(kat), TPA),
            text=[f"{fmt.ton(v, lang)} · {fmt.persen(p, 1, lang)}" for v, p in zip(g.ton, g.porsi)],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra>%{fullData.name}</extra>",
        )
    teks = [f"{fmt.ton(v, lang)} · {fmt.persen(p, 1, lang)}" for v, p in zip(d.ton, d.porsi)]
    fig.update_yaxes(categoryorder="array", categoryarray=list(d.label))
    fig.update_xaxes(tickformat=",.0f", range=[0, ujung_untuk_teks(float(d.ton.max() or 1), teks)])
    fig.update_layout(separators=_separators(lang), bargap=0.25, hovermode="closest")
    fig.update_traces(textfont=dict(size=12))
    tema(fig, max(380, 28 * len(d) + 170))
    judul(fig, t("bs_g_kategori", lang))
    label_kiri(fig, list(d.label), 12)
    legenda_bawah(fig)
    return fig


def _pisahkan(y: list[float], jarak: float) -> list[float]:
    """Label heights at least `jarak` apart, each as near its line's end as that allows (labels of
    lines that end close together would otherwise print over each other)."""
    urut = sorted(range(len(y)), key=lambda i: y[i])
    out = list(y)
    for a, b in zip(urut, urut[1:]):
        out[b] = max(out[b], out[a] + jarak)
    geser = max(0.0, (out[urut[-1]] - max(y)) / 2) if urut else 0.0  # centre the stack on the lines
    return [v - geser for v in out]


def harga(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Monthly median price per sub-type, one small panel per category on its own scale (Rp/kg).
    Each line is named at its end; names of lines that end close together are spaced apart."""
    kats = [k for k in WARNA_KATEGORI if k in set(df.kategori)] + sorted(
        set(df.kategori) - set(WARNA_KATEGORI)
    )
    cols = 3
    rows = max(1, math.ceil(len(kats) / cols))
    fig = make_subplots(
        rows=rows,
        cols=cols,
        shared_xaxes=True,
        vertical_spacing=0.12,
        horizontal_spacing=0.07,
        subplot_titles=[f"{istilah(k, lang)} (Rp/kg)" for k in kats],
    )
    palet = ["#1B7F4B", "#2C6E9B", "#D9822B", "#9A7FB0", "#B08D57", "#5BA8A0"]
    for i, kat in enumerate(kats):
        r, c = i // cols + 1, i % cols + 1
        g = df[df.kategori == kat]
        ujung = []
        for j, (sub, s) in enumerate(g.groupby("subjenis", sort=True)):
            s = s.sort_values("bulan")
            warna = palet[j % len(palet)]
            fig.add_scatter(
                x=pd.to_datetime(s.bulan),
                y=s.median_rp_kg,
                mode="lines",
                name=istilah(sub, lang),
                line=dict(color=warna, width=2),
                row=r,
                col=c,
                showlegend=False,
                customdata=[f"Rp {fmt.angka(v, 0, lang)}/kg" for v in s.median_rp_kg],
                hovertemplate="%{fullData.name}: %{customdata}<extra></extra>",
            )
            ujung.append((istilah(sub, lang), s.iloc[-1], warna))
        if not ujung:
            continue
        puncak = float(g.median_rp_kg.max() or 1)
        ys = _pisahkan([float(u[1].median_rp_kg) for u in ujung], puncak * 0.11)
        for (nama, last, warna), y in zip(ujung, ys):
            fig.add_annotation(
                x=pd.Timestamp(last.bulan).strftime("%Y-%m-%d"),
                y=y,
                text=nama,
                showarrow=False,
                xanchor="right",
                yanchor="bottom",
                font=dict(size=11, color=warna),
                row=r,
                col=c,
            )
        fig.update_yaxes(range=[0, max(puncak, max(ys)) * 1.18], row=r, col=c)
    fig.update_yaxes(tickformat=",.0f")
    fig.update_layout(separators=_separators(lang), hovermode="x unified")
    _judul_subplot(fig)
    if len(df):  # a small panel holds three month names side by side, not eight slanted ones
        sumbu_bulan(fig, df.bulan, lang, maks=3)
    fig.update_xaxes(showticklabels=True, tickfont=dict(size=11))
    return tema(fig, 270 * rows + 60)


def teratas(df: pd.DataFrame, lang: str = "id", n: int = 10) -> go.Figure:
    """The n units with the largest deposits, as horizontal bars (tonnes)."""
    d = df[df.ton > 0].nlargest(n, "ton").iloc[::-1]
    label = [bungkus(f"{nama} ({kel})", 30) for nama, kel in zip(d.nama, d.kelurahan)]
    fig = go.Figure(
        go.Bar(
            y=label,
            x=d.ton,
            orientation="h",
            marker_color=HIJAU,
            text=[fmt.ton(v, lang) for v in d.ton],
            textposition="outside",
            cliponaxis=False,
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    teks = [fmt.ton(v, lang) for v in d.ton]
    fig.update_traces(textfont=dict(size=12))
    puncak = float(d.ton.max()) if len(d) else 1.0
    fig.update_xaxes(tickformat=",.1f", range=[0, ujung_untuk_teks(puncak, teks)])
    fig.update_layout(separators=_separators(lang), hovermode="closest", showlegend=False)
    tema(fig, max(320, tinggi_baris(label, minimum=40) + 130))
    judul(fig, t("bs_g_teratas", lang))
    label_kiri(fig, label, 12)
    return fig
