"""Figures of the Target & Neraca page and the weekly brief. Pure: results in, figure out."""

from __future__ import annotations

import html
from datetime import date

import pandas as pd
import plotly.graph_objects as go

from sampah import fmt
from sampah.analisis.neraca import Neraca
from sampah.analisis.umur_tpa import UmurTpa
from sampah.charts import HIJAU, TARGET, TPA, _separators, tema
from sampah.i18n import t

ABU = "#B8B8B8"
MERAH = "#C0392B"
BIRU = "#1F77B4"
ORANYE = "#E67E22"
# fixed legend entry widths: plotly sizes a horizontal legend from text measured at first draw,
# before the page's web font has loaded, and then clips the last entry
LEGENDA = dict(entrywidth=230, entrywidthmode="pixels")
HIJAU_OLAH = ["#2E8B57", "#6B8E23", "#8C564B", "#0B5D3B", "#3CB371", "#556B2F"]


def _ton(x: float, lang: str) -> str:
    """Tonnes as fmt.ton, with two decimals under one tonne (a small flow is not '0,0 ton')."""
    return f"{fmt.angka(x, 2, lang)} ton" if abs(x) < 1 else fmt.ton(x, lang)


def _label(judul: str, ton: float, porsi: float | None, mutu: str, lang: str) -> str:
    pct = f" ({fmt.persen(porsi, 1, lang)})" if porsi is not None else ""
    return f"{judul}<br>{_ton(ton, lang)}{pct} · {t('an_mutu_' + mutu, lang)}"


def _letak(tinggi: list[float], jarak: float = 0.11, bawah: float = 0.97) -> list[float]:
    """Centres (0 = top) of stacked nodes of the given heights (shares of the column), at least
    `jarak` apart so that two-line labels of small nodes do not overlap, kept above `bawah`."""
    y, atas = [], 0.03
    for h in tinggi:
        c = max(atas + h / 2, (y[-1] + jarak) if y else 0.0)
        y.append(c)
        atas = c + h / 2 + 0.02
    geser = max(y[-1] - bawah, 0.0) if y else 0.0
    return [max(c - geser, 0.02) for c in y]


def sankey(n: Neraca, lang: str = "id") -> go.Figure:
    """Generation to its fates in three columns: generation; reduced / landfilled / not managed;
    the kinds of reduction. Over 100%: a red source 'recorded beyond the estimate' feeds the fates
    with the estimate, so no node is drawn larger than what it stands for. Positions are fixed so
    the labels of small flows stay readable."""
    label, warna, xs, ys = [], [], [], []

    def simpul(teks: str, w: str, x: float, y: float) -> int:
        label.append(teks)
        warna.append(w)
        xs.append(x)
        ys.append(y)
        return len(label) - 1

    tercatat = n.tercatat_ton
    lebih = n.status == "lebih"
    total_keluar = sum(a.ton for a in n.aliran) or 1.0
    kiri = (n.timbulan_ton or tercatat) if not lebih else tercatat
    if n.timbulan_ton:
        teks_akar = _label(t("an_timbulan", lang), n.timbulan_ton, 1.0, "estimasi", lang)
    else:
        teks_akar = f"{t('an_tercatat', lang)}<br>{fmt.ton(tercatat, lang)}"
    sumber = []
    if lebih:
        kel = tercatat - n.timbulan_ton
        y_akar, y_kel = _letak([n.timbulan_ton / kiri, kel / kiri], jarak=0.12)
        sumber.append((simpul(teks_akar, ABU, 0.001, y_akar), n.timbulan_ton, "rgba(140,140,140,0.30)"))
        teks_kel = f"{t('an_kelebihan', lang)}<br>+{fmt.ton(kel, lang)}"
        sumber.append((simpul(teks_kel, MERAH, 0.001, y_kel), kel, "rgba(192,57,43,0.45)"))
    else:
        sumber.append((simpul(teks_akar, ABU, 0.001, 0.5), kiri, "rgba(140,140,140,0.30)"))
    kurang = [a for a in n.aliran if a.kelompok == "pengurangan"]
    tengah = []  # (title, tonnes, grade, colour) of the middle column, top to bottom
    for a in n.aliran:
        if a.kode == "tpa":
            tengah.append((t("an_ke_tpa", lang), a.ton, a.mutu, TPA))
    for a in n.aliran:
        if a.kode == "tak_terkelola":
            tengah.append((t("an_tak_terkelola", lang), a.ton, a.mutu, ABU))
    ton_k = sum(a.ton for a in kurang)
    if kurang:
        tengah.append((t("an_pengurangan", lang), ton_k, "dilaporkan", HIJAU))
    y_tengah = _letak([ton / total_keluar for _, ton, _, _ in tengah])
    s_, d_, v_, c_ = [], [], [], []
    node_k = None
    for (judul, ton, mutu, w), y in zip(tengah, y_tengah):
        m = simpul(_label(judul, ton, n.porsi(ton), mutu, lang), w, 0.33, y)
        if w == HIJAU:
            node_k = m
        for src, ton_src, warna_link in sumber:
            s_.append(src)
            d_.append(m)
            v_.append(ton_src * ton / total_keluar)
            c_.append(warna_link)
    if kurang:
        y_k = y_tengah[-1]
        y_anak = [y_k + (i - (len(kurang) - 1) / 2) * 0.1 for i in range(len(kurang))]
        naik = max(y_anak[-1] - 0.97, 0.0)
        y_anak = [max(y - naik, 0.02) for y in y_anak]
        for i, (a, y) in enumerate(zip(kurang, y_anak)):
            # a facility kind is text from the data: escaped, plotly reads some HTML in labels
            judul = t("an_bank_sampah", lang) if a.kode == "bank_sampah" else html.escape(a.jenis)
            m = simpul(
                _label(judul, a.ton, n.porsi(a.ton), a.mutu, lang),
                HIJAU_OLAH[i % len(HIJAU_OLAH)],
                0.999,
                y,
            )
            s_.append(node_k)
            d_.append(m)
            v_.append(a.ton)
            c_.append("rgba(27,127,75,0.35)")
    fig = go.Figure(
        go.Sankey(
            arrangement="fixed",
            valueformat=",.1f",
            valuesuffix=" t",
            textfont=dict(size=14, color="#1F2A24"),
            node=dict(label=label, color=warna, x=xs, y=ys, pad=12, thickness=18, line=dict(width=0)),
            link=dict(source=s_, target=d_, value=v_, color=c_),
        )
    )
    fig.update_layout(separators=_separators(lang), hovermode=False)
    return tema(fig, 520)


def adipura_pita(persen: float, lang: str = "id") -> go.Figure:
    """The processing share on a 0-100% scale with the Adipura 2025 share thresholds."""
    fig = go.Figure()
    zona = [
        (0, 25, "#F4D6D2", t("an_pita_kota_kotor", lang)),
        (25, 50, "#FBE7C6", t("an_pita_25_50", lang)),
        (50, 100, "#D5EDDC", t("an_pita_kencana", lang)),
    ]
    for a, b, w, teks in zona:
        fig.add_shape(type="rect", x0=a, x1=b, y0=0, y1=1, fillcolor=w, line_width=0, layer="below")
        fig.add_annotation(
            x=(a + b) / 2, y=0.82, text=teks, showarrow=False, font=dict(size=13, color="#444")
        )
    x = min(max(persen * 100, 0), 100)
    fig.add_scatter(
        x=[x, x],
        y=[0.05, 0.6],
        mode="lines",
        line=dict(color=HIJAU if persen >= 0.25 else MERAH, width=6),
        hoverinfo="skip",
        showlegend=False,
    )
    fig.add_annotation(
        x=x,
        y=0.35,
        text=f"<b>{fmt.persen(persen, 2, lang)}</b>",
        showarrow=False,
        xanchor="left",
        xshift=8,
        font=dict(size=16),
    )
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=25, showgrid=False)
    fig.update_yaxes(visible=False, range=[0, 1])
    fig.update_layout(separators=_separators(lang), hovermode=False, showlegend=False)
    f = tema(fig, 170)
    f.update_layout(margin=dict(l=10, r=10, t=10, b=30))
    return f


def target_jalur(
    hist: pd.DataFrame, pr: pd.DataFrame, sasaran: list, ukuran: str, lang: str = "id"
) -> go.Figure:
    """Recorded yearly share of one measure, the projection at the current pace, the scenario, and
    the goals of that measure as diamonds."""
    kol = f"persen_{ukuran}"
    fig = go.Figure()
    if len(pr):
        fig.add_scatter(
            x=pr.tahun,
            y=pr.proyeksi * 100,
            mode="lines",
            line=dict(color=HIJAU, dash="dash", width=2),
            name=t("an_laju_kini", lang),
            hovertemplate="%{y:,.1f}%<extra>%{fullData.name}</extra>",
        )
        if (pr.skenario != pr.proyeksi).any():
            fig.add_scatter(
                x=pr.tahun,
                y=pr.skenario * 100,
                mode="lines",
                line=dict(color=ORANYE, dash="dot", width=3),
                name=t("an_skenario", lang),
                hovertemplate="%{y:,.1f}%<extra>%{fullData.name}</extra>",
            )
    h = hist[hist[kol].notna()]
    fig.add_scatter(
        x=h.tahun,
        y=h[kol] * 100,
        mode="lines+markers",
        line=dict(color=HIJAU, width=3),
        marker=dict(size=9),
        name=t("tr_tercatat", lang),
        text=[t("an_tahun_sebagian", lang) if hari < 365 else "" for hari in h.hari],
        hovertemplate="%{y:,.2f}% %{text}<extra>%{fullData.name}</extra>",
    )
    s = [x for x in sasaran if x.ukuran == ukuran]
    if s:
        fig.add_scatter(
            x=[x.tahun for x in s],
            y=[x.nilai * 100 for x in s],
            mode="markers+text",
            marker=dict(symbol="diamond", size=14, color=TARGET),
            text=[f"{html.escape(x.acuan)} {x.tahun}: {fmt.persen(x.nilai, 0, lang)}" for x in s],
            textposition="top center",
            name=t("grafik_target", lang),
            hovertemplate="%{text}<extra></extra>",
        )
    tinggi = [100.0]
    for seri in (h[kol] * 100, pr.get("skenario", pd.Series(dtype=float)) * 100):
        if len(seri):
            tinggi.append(float(seri.max()))
    fig.update_yaxes(range=[0, max(tinggi) * 1.12], ticksuffix="%", title=t("sumbu_persen", lang))
    tahun = [*h.tahun, *pr.get("tahun", []), *(x.tahun for x in s)]
    fig.update_xaxes(dtick=1, tickformat="d", range=[min(tahun) - 0.6, max(tahun) + 1.2] if tahun else None)
    fig.update_layout(separators=_separators(lang))
    f = tema(fig, 440)
    f.update_layout(legend={**LEGENDA, "entrywidth": 160}, margin=dict(t=40))
    return f


def umur_tpa(u: UmurTpa, u_target: date | None, lang: str = "id") -> go.Figure:
    """Remaining landfill capacity from the measurement to the day it is full, at the current pace
    and with the reduction target reached, against the PSEL start."""
    fig = go.Figure()
    fig.add_scatter(
        x=[u.tanggal_ukur, u.akhir],
        y=[u.kapasitas_ton, u.sisa_ton],
        mode="lines+markers",
        line=dict(color=TPA, width=3),
        name=t("an_tpa_tercatat", lang),
        hovertemplate="%{y:,.0f} t<extra>%{fullData.name}</extra>",
    )
    fig.add_scatter(
        x=[u.akhir, u.tanggal_penuh],
        y=[u.sisa_ton, 0],
        mode="lines",
        line=dict(color=TPA, width=2, dash="dash"),
        name=t("an_laju_kini", lang),
        hovertemplate="%{y:,.0f} t<extra>%{fullData.name}</extra>",
    )
    if u_target is not None:
        fig.add_scatter(
            x=[u.akhir, u_target],
            y=[u.sisa_ton, 0],
            mode="lines",
            line=dict(color=HIJAU, width=2, dash="dot"),
            name=t("an_dengan_target", lang),
            hovertemplate="%{y:,.0f} t<extra>%{fullData.name}</extra>",
        )
    if u.psel_mulai is not None:
        fig.add_vline(
            x=pd.Timestamp(u.psel_mulai).timestamp() * 1000,
            line=dict(color=TARGET, dash="dash", width=2),
            annotation_text=t("an_psel_garis", lang, tahun=u.psel_mulai.year),
            annotation_position="top left",
            annotation_font_color=TARGET,
        )
    fig.update_yaxes(rangemode="tozero", tickformat=",.0f", title=t("an_sisa_ton", lang))
    ujung = max([u.tanggal_penuh, u_target or u.tanggal_penuh, u.psel_mulai or u.tanggal_penuh])
    bulan = pd.date_range(pd.Timestamp(u.tanggal_ukur).replace(day=1), pd.Timestamp(ujung), freq="MS")
    langkah = max(1, len(bulan) // 8)
    tanda = [b for b in bulan if b.month in (1, 7)] if langkah <= 6 else [b for b in bulan if b.month == 1]
    fig.update_xaxes(tickvals=tanda, ticktext=[fmt.bulan(b.date(), lang) for b in tanda])
    fig.update_layout(separators=_separators(lang), hovermode="x unified")
    f = tema(fig, 420)
    f.update_layout(legend=LEGENDA)
    return f


def emisi_kecamatan(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """t CO2e avoided per kecamatan: methane so far and recycling credits, stacked."""
    d = df.sort_values("co2e_total")
    fig = go.Figure()
    for kol, warna, nama in (
        ("co2e_metana_sejauh", HIJAU, t("an_em_metana", lang)),
        ("co2e_daur_ulang", BIRU, t("an_em_daur_ulang", lang)),
    ):
        fig.add_bar(
            y=d.kecamatan,
            x=d[kol],
            orientation="h",
            marker_color=warna,
            name=nama,
            hovertemplate="%{x:,.1f} t CO2e<extra>%{fullData.name}</extra>",
        )
    fig.update_layout(barmode="stack", separators=_separators(lang), hovermode="y unified")
    fig.update_xaxes(title=t("an_em_sumbu", lang), tickformat=",.0f")
    f = tema(fig, 120 + 34 * len(d))
    f.update_layout(legend=LEGENDA)
    return f


def kilas_mingguan(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Weekly tonnes to the landfill and diverted, for the brief (bars on two axes' scales)."""
    x = pd.to_datetime(df.minggu)
    # a week still running is marked with an asterisk
    label = [fmt.tanggal(d.date(), lang, "d MMM") + ("*" if h < 7 else "") for d, h in zip(x, df.hari)]
    fig = go.Figure()
    fig.add_bar(
        x=label, y=df.ton_tpa, name=t("grafik_tpa", lang), marker_color=TPA, yaxis="y", offsetgroup="1"
    )
    fig.add_bar(
        x=label,
        y=df.ton_diversi,
        name=t("grafik_diversi", lang),
        marker_color=HIJAU,
        yaxis="y2",
        offsetgroup="2",
    )
    fig.update_layout(
        barmode="group",
        separators=_separators(lang),
        xaxis=dict(tickangle=0, nticks=7),
        yaxis=dict(title=t("an_kilas_sumbu_tpa", lang), tickformat=",.0f"),
        yaxis2=dict(
            title=t("an_kilas_sumbu_diversi", lang),
            overlaying="y",
            side="right",
            tickformat=",.2~f",
            showgrid=False,
        ),
    )
    return tema(fig, 520)
