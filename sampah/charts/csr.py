"""Figures of the CSR/TJSLP page. Pure: DataFrame in, plotly figure out."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from sampah import fmt
from sampah.charts import (
    HIJAU,
    TPA,
    _separators,
    bungkus,
    judul,
    label_kiri,
    legenda_bawah,
    peta,
    tema,
    tinggi_baris,
    ujung_untuk_teks,
)
from sampah.i18n import istilah, t

BIRU = "#2C6E9B"
ORANYE = "#D9822B"
WARNA_STATUS = {"berjalan": HIJAU, "selesai": BIRU, "usulan": ORANYE}


def peta_proyek(
    proyek: pd.DataFrame, lang: str, batas: pd.DataFrame | None = None, pusat: pd.DataFrame | None = None
) -> go.Figure:
    """Projects on the map, coloured by status (berjalan / selesai / usulan)."""
    label = {k: t(f"csr_status_{k}", lang) for k in WARNA_STATUS}
    titik = proyek.dropna(subset=["lat", "lon"]).copy()
    titik["status_label"] = titik.status.map(label).fillna(titik.status)
    titik["hover"] = [
        f"<b>{pr}</b><br>{pe}<br>{kel}, {kec}<br>{fmt.rupiah(a, lang)}"
        for pr, pe, kel, kec, a in zip(
            titik.program, titik.perusahaan, titik.kelurahan, titik.kecamatan, titik.anggaran_rp
        )
    ]
    fig = peta.peta_titik(
        titik,
        "status_label",
        {label[k]: v for k, v in WARNA_STATUS.items()},
        batas=batas,
        pusat=pusat,
        hover="hover",
        tinggi=520,
    )
    fig.update_traces(marker=dict(size=13), selector=dict(mode="markers"))
    fig.update_layout(separators=_separators(lang))
    return fig


def anggaran(df: pd.DataFrame, lang: str = "id") -> go.Figure:
    """Budget and realised spending per company, sector or kecamatan (Rp million), largest on top."""
    d = df.sort_values("anggaran_rp", ascending=True)
    d = d.assign(nama=[bungkus(istilah(n, lang), 30) for n in d.nama])
    fig = go.Figure()
    fig.add_bar(
        y=d.nama,
        x=d.anggaran_rp / 1e6,
        orientation="h",
        name=t("csr_n_anggaran", lang),
        marker_color=TPA,
        text=[fmt.rupiah_singkat(v, lang) for v in d.anggaran_rp],
        textfont=dict(size=12),
        textposition="outside",
        cliponaxis=False,
        hovertemplate="%{y}: %{text}<extra>%{fullData.name}</extra>",
    )
    fig.add_bar(
        y=d.nama,
        x=d.realisasi_rp / 1e6,
        orientation="h",
        name=t("csr_n_realisasi", lang),
        marker_color=HIJAU,
        customdata=[fmt.rupiah(v, lang) for v in d.realisasi_rp],
        hovertemplate="%{y}: %{customdata}<extra>%{fullData.name}</extra>",
    )
    top = float(d.anggaran_rp.max() / 1e6) if len(d) else 1.0
    teks = [fmt.rupiah_singkat(v, lang) for v in d.anggaran_rp]
    fig.update_xaxes(tickformat=",.0f", range=[0, ujung_untuk_teks(top or 1.0, teks)])
    fig.update_layout(separators=_separators(lang), barmode="group", bargap=0.25, hovermode="closest")
    tema(fig, max(340, tinggi_baris(list(d.nama), minimum=50) + 170))
    judul(fig, t("csr_g_anggaran", lang))
    label_kiri(fig, list(d.nama), 12)
    legenda_bawah(fig)
    return fig


def dampak_per_bulan(per_bulan: pd.DataFrame, efek_log: float, lang: str = "id") -> go.Figure:
    """Event-study view: change against the no-project expectation by month since the start (%),
    with its 95% interval, and the average after the start as a dashed line."""
    x = per_bulan.bulan_ke
    y = np.expm1(per_bulan.efek_log) * 100
    lo = np.expm1(per_bulan.bawah_log) * 100
    hi = np.expm1(per_bulan.atas_log) * 100
    p = lambda v: fmt.persen(v / 100, 0, lang)  # noqa: E731
    teks = [f"{p(v)} ({p(a)} – {p(b)})" for v, a, b in zip(y, lo, hi)]
    fig = go.Figure()
    fig.add_scatter(
        x=x,
        y=y,
        mode="markers",
        name=t("csr_n_efek", lang),
        marker=dict(size=9, color=[HIJAU if k > 0 else TPA for k in x]),
        error_y=dict(
            type="data",
            symmetric=False,
            array=hi - y,
            arrayminus=y - lo,
            color="#B9C2BB",
            thickness=1.5,
            width=0,
        ),
        customdata=teks,
        hovertemplate="%{x}: %{customdata}<extra></extra>",
    )
    rata = float(np.expm1(efek_log) * 100)
    if len(x) and (x > 0).any():
        fig.add_scatter(
            x=[0.5, float(x.max())],
            y=[rata, rata],
            mode="lines",
            name=t("csr_n_rata", lang),
            line=dict(color=HIJAU, dash="dash", width=2),
            hoverinfo="skip",
        )
    fig.add_hline(y=0, line=dict(color="#888", width=1))
    fig.add_vline(x=0, line=dict(color=ORANYE, width=1, dash="dot"))
    fig.update_xaxes(title=t("csr_g_bulan_x", lang), dtick=3, zeroline=False)
    fig.update_yaxes(ticksuffix="%", tickformat=",.0f")
    fig.update_layout(separators=_separators(lang), hovermode="closest")
    tema(fig, 460)
    judul(fig, t("csr_g_bulan", lang))
    legenda_bawah(fig)
    return fig


def ton_proyek(df: pd.DataFrame, tgl: str, lang: str = "id") -> go.Figure:
    """Extra tonnes attributed to each assessed project, with its cost per tonne as the label."""
    d = df[df.dinilai].sort_values("ton_tambahan", ascending=True)
    label = [bungkus(f"{pr} – {kel} ({i})", 28) for pr, kel, i in zip(d.program, d.kelurahan, d.id)]
    teks = [
        f"{fmt.ton(v, lang)} · {fmt.rupiah_singkat(b, lang)}/t"
        if pd.notna(b)
        else f"{fmt.ton(v, lang)} · {t('csr_tidak_terdeteksi', lang)}"
        for v, b in zip(d.ton_tambahan, d.biaya_per_ton)
    ]
    fig = go.Figure(
        go.Bar(
            y=label,
            x=d.ton_tambahan,
            orientation="h",
            text=teks,
            textposition="outside",
            cliponaxis=False,
            marker_color=[HIJAU if v > 0 else TPA for v in d.ton_tambahan],
            hovertemplate="%{y}: %{text}<extra></extra>",
        )
    )
    lo = min(0.0, float(d.ton_tambahan.min()) if len(d) else 0.0)
    hi = float(d.ton_tambahan.max()) if len(d) else 1.0
    fig.update_traces(textfont=dict(size=12))
    fig.update_xaxes(
        tickformat=",.0f", range=[lo * 1.2, ujung_untuk_teks(hi or 1.0, teks, nilai_min=lo * 1.2)]
    )
    fig.update_layout(separators=_separators(lang), hovermode="closest", showlegend=False)
    tema(fig, max(320, tinggi_baris(label, minimum=40) + 150))
    judul(fig, t("csr_g_ton", lang, tgl=tgl))
    label_kiri(fig, label, 12)
    return fig
