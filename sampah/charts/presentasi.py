"""Large, single-message figures for slides and the offline report.

No figure here sets its own height: the Presentasi page stretches it to what the viewport leaves
under the headline (`layar`), the report gives it the fixed size of an A4 landscape page (`cetak`).
`huruf` is the base type size: about 19 px reads from the back of a meeting room, 14 px on paper.
Value labels sit outside their bars with room made for them on the axis (never over a bar's end,
never cut by the figure's edge); long names are wrapped, not cut.
"""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from sampah import fmt
from sampah.charts import HIJAU, TARGET, TPA, _separators, tema
from sampah.i18n import t

HURUF_LAYAR = 19
HURUF_CETAK = 15
ABU = "#9AA59D"
JINGGA = "#D9822B"  # units that did not report: a warning, not a failure


def bungkus(teks: str, lebar: int = 26, baris: int = 3) -> str:
    """A long name on up to `baris` lines of about `lebar` characters (plotly breaks on <br>)."""
    potong = textwrap.wrap(str(teks), lebar, break_long_words=False) or [""]
    if len(potong) > baris:  # keep every word visible rather than cut: the last line takes the rest
        potong = potong[: baris - 1] + [" ".join(potong[baris - 1 :])]
    return "<br>".join(potong)


def besar(fig: go.Figure, huruf: int = HURUF_LAYAR) -> go.Figure:
    """Type size, margins that grow to fit tick labels, and no fixed height."""
    fig.update_layout(
        height=None,
        autosize=True,
        font=dict(size=huruf),
        margin=dict(l=10, r=24, t=16, b=10, pad=0),
        legend=dict(font=dict(size=huruf)),
        hoverlabel=dict(font_size=huruf),
    )
    fig.update_xaxes(tickfont=dict(size=huruf), automargin=True, title_font=dict(size=huruf))
    fig.update_yaxes(
        tickfont=dict(size=huruf), automargin=True, title_font=dict(size=huruf), ticklabelstandoff=6
    )
    return fig


def layar(fig: go.Figure) -> go.Figure:
    """For the slide: plotly fills the container the page sizes from the viewport."""
    return fig.update_layout(height=None, width=None, autosize=True)


def cetak(fig: go.Figure, tinggi: int) -> go.Figure:
    """For the report: a fixed height that fits an A4 landscape page under its headline."""
    return fig.update_layout(height=tinggi, width=None, autosize=True)


def _bulan(fig: go.Figure, x: pd.Series, lang: str) -> None:
    step = max(1, len(x) // 6)
    fig.update_xaxes(tickvals=list(x[::step]), ticktext=[fmt.bulan(d, lang) for d in x[::step]])


def _label(fig: go.Figure, x: list, y: list, teks: list[str], huruf: int, tegak: bool = False) -> None:
    """Value labels beside the bars' ends as annotations anchored at their left (or bottom) edge.

    Plotly's own outside bar text is centred on a point measured before the web font loads; once
    the font arrives the wider text grows to both sides and covers the bar's end ("8,8" read "3,8").
    An anchored annotation only grows away from the bar. The axis range leaves room for it."""
    gaya = dict(
        showarrow=False,
        font=dict(size=huruf, color="#1F2A24"),
        bgcolor="rgba(255,255,255,0.85)",  # a target line behind the label does not cross it
    )
    for xi, yi, s in zip(x, y, teks):
        if tegak:
            fig.add_annotation(x=xi, y=max(yi, 0), text=s, yanchor="bottom", yshift=4, **gaya)
        else:
            fig.add_annotation(x=max(xi, 0), y=yi, text=s, xanchor="left", xshift=6, **gaya)


def _kategori_y(fig: go.Figure, nama: list[str]) -> list[int]:
    """Bars on numbered rows with the names as tick text: names may repeat, rows never merge."""
    y = list(range(len(nama)))
    fig.update_yaxes(tickmode="array", tickvals=y, ticktext=nama, range=[-0.6, len(nama) - 0.4])
    return y


def pengurangan(bulanan: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
    """Monthly reduction % against the target line; the newest value written at its point (a small
    rate beside a 30% target is otherwise a line on the floor)."""
    x = pd.to_datetime(bulanan.bulan)
    y = bulanan.persen_pengurangan * 100
    fig = go.Figure()
    fig.add_scatter(
        x=x,
        y=y,
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
    akhir = y.dropna()
    if len(akhir):
        fig.add_annotation(
            x=x[akhir.index[-1]],
            y=akhir.iloc[-1],
            text=f"<b>{fmt.bulan(x[akhir.index[-1]], lang)}: {fmt.persen(akhir.iloc[-1] / 100, 2, lang)}</b>",
            showarrow=False,
            yanchor="bottom",
            xanchor="right",
            yshift=10,
            font=dict(size=huruf + 2, color=HIJAU),
        )
    fig.update_yaxes(ticksuffix="%", rangemode="tozero")
    _bulan(fig, x, lang)
    fig.update_layout(separators=_separators(lang))
    return besar(tema(fig), huruf)


def tpa_per_hari(bulanan: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
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
    return besar(tema(fig), huruf)


def peringkat(kec: pd.DataFrame, target: float, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
    """Reduction % per kecamatan, sorted, with the target line."""
    d = kec.sort_values("persen_pengurangan")
    fig = go.Figure()
    y = _kategori_y(fig, list(d.kecamatan))
    x = list(d.persen_pengurangan.fillna(0) * 100)
    fig.add_bar(
        x=x,
        y=y,
        orientation="h",
        marker_color=HIJAU,
        customdata=list(d.kecamatan),
        hovertemplate="%{customdata}: %{x:,.2f}%<extra></extra>",
    )
    _label(fig, x, y, [fmt.persen(v, 2, lang) for v in d.persen_pengurangan], huruf)
    hi = max(max(x, default=0), float(target * 100) if pd.notna(target) else 0)
    if pd.notna(target):
        fig.add_vline(
            x=target * 100,
            line=dict(color=TARGET, width=4, dash="dash"),
            annotation_text=f"{t('grafik_target', lang)} {fmt.persen(target, 0, lang)}",
            annotation_position="bottom left",
            annotation_font=dict(color=TARGET, size=huruf),
        )
    fig.update_xaxes(ticksuffix="%", range=[0, (hi or 1) * 1.25])
    fig.update_layout(separators=_separators(lang), showlegend=False, bargap=0.25, hovermode="closest")
    return besar(tema(fig), huruf)


def tidak_lapor(bs: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
    """Active bank sampah that reported no deposit, month by month, each bar labelled.

    Drawn on their own axis: beside some 300 units that did report, a handful that did not is a
    sliver no one in the room can see."""
    x = pd.to_datetime(bs.bulan)
    diam = (bs.unit_aktif - bs.unit_melapor).clip(lower=0).astype(int)
    fig = go.Figure()
    fig.add_bar(
        x=x,
        y=diam,
        marker_color=[JINGGA] * (len(x) - 1) + ["#B5541C"],
        customdata=list(zip(bs.unit_aktif, bs.unit_melapor)),
        name=t("pr_tidak_melapor", lang),
        hovertemplate=t("pr_hover_tidak_lapor", lang) + "<extra></extra>",
    )
    _label(fig, list(x), list(diam), [fmt.angka(v, 0, lang) for v in diam], huruf - 2, tegak=True)
    atas = max(4, int(diam.max() or 0))
    fig.update_yaxes(
        title=t("pr_sumbu_tidak_lapor", lang),
        tickformat=",d",
        dtick=max(1, -(-atas // 5)),  # whole units: never two ticks reading "1"
        range=[0, atas * 1.25],
    )
    _bulan(fig, x, lang)
    fig.update_layout(separators=_separators(lang), showlegend=False, hovermode="closest")
    return besar(tema(fig), huruf)


def kategori(df: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
    """Diverted tonnes of the period by kind, one bar each: materials deposited at bank sampah in
    green, facilities that process waste (TPS 3R, rumah kompos, maggot BSF) in brown-grey, so a
    facility never reads as a kind of waste."""
    g = df.groupby(["sumber", "kategori"], as_index=False).ton.sum().sort_values("ton")
    total = g.ton.sum()
    bank = list(g.sumber == "bank sampah")
    nama = [f"{k} ({t('pr_bank_sampah' if b else 'pr_fasilitas', lang)})" for k, b in zip(g.kategori, bank)]
    fig = go.Figure()
    y = _kategori_y(fig, nama)
    fig.add_bar(
        x=list(g.ton),
        y=y,
        orientation="h",
        marker_color=[HIJAU if b else TPA for b in bank],
        customdata=nama,
        hovertemplate="%{customdata}: %{x:,.1f} ton<extra></extra>",
    )
    teks = [f"{fmt.ton(v, lang)} · {fmt.persen(v / total, 0, lang)}" for v in g.ton]
    _label(fig, list(g.ton), y, teks, huruf - 1)
    fig.update_xaxes(
        tickformat=",.0f", title=t("pr_sumbu_ton", lang), range=[0, float(g.ton.max() or 1) * 1.4]
    )
    fig.update_layout(separators=_separators(lang), showlegend=False, bargap=0.2, hovermode="closest")
    return besar(tema(fig), huruf)


def csr(tabel: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR, paling_banyak: int = 8) -> go.Figure:
    """Extra tonnes of the assessed projects with the most, names wrapped, labelled with the cost
    per tonne. More than `paling_banyak` bars do not fit a projector's height at a readable size."""
    d = tabel[tabel.dinilai.fillna(False)].nlargest(paling_banyak, "ton_tambahan")
    d = d.sort_values("ton_tambahan")
    label = [bungkus(f"{pr} – {kel}", 34, 2) for pr, kel in zip(d.program, d.kelurahan)]
    teks = [
        f"{fmt.ton(v, lang)} · {fmt.rupiah(b, lang)}/t"
        if pd.notna(b)
        else f"{fmt.ton(v, lang)} · {t('csr_tidak_terdeteksi', lang)}"
        for v, b in zip(d.ton_tambahan, d.biaya_per_ton)
    ]
    fig = go.Figure()
    y = _kategori_y(fig, label)
    x = list(d.ton_tambahan)
    fig.add_bar(
        x=x,
        y=y,
        orientation="h",
        marker_color=[HIJAU if v > 0 else TPA for v in x],
        customdata=[f"{pr} – {kel}" for pr, kel in zip(d.program, d.kelurahan)],
        hovertemplate="%{customdata}: %{x:,.1f} ton<extra></extra>",
    )
    _label(fig, x, y, teks, huruf - 2)
    lo, hi = min([0.0, *x]), max([0.0, *x])
    fig.update_xaxes(
        tickformat=",.0f", title=t("pr_sumbu_ton_tambahan", lang), range=[lo * 1.3, (hi or 1) * 1.9]
    )
    fig.update_layout(separators=_separators(lang), hovermode="closest", showlegend=False, bargap=0.25)
    besar(tema(fig), huruf)
    fig.update_yaxes(tickfont=dict(size=huruf - 3))
    return fig


def sipsn(df: pd.DataFrame, lang: str = "id", huruf: int = HURUF_LAYAR) -> go.Figure:
    """Pengurangan % per kab/kota (SIPSN), the city highlighted, with the 30% national target."""
    d = df.dropna(subset=["pengurangan_pct"]).sort_values("pengurangan_pct")
    fig = go.Figure()
    y = _kategori_y(fig, [f"<b>{k}</b>" if ini else k for k, ini in zip(d.kabkota, d.kota_ini)])
    x = list(d.pengurangan_pct)
    fig.add_bar(
        x=x,
        y=y,
        orientation="h",
        marker_color=[HIJAU if ini else ABU for ini in d.kota_ini],
        customdata=list(d.kabkota),
        hovertemplate="%{customdata}: %{x:,.1f}%<extra></extra>",
    )
    teks = [f"{fmt.persen(v / 100, 1, lang)} ({int(th)})" for v, th in zip(d.pengurangan_pct, d.tahun)]
    _label(fig, x, y, teks, huruf)
    fig.add_vline(
        x=30,
        line=dict(color=TARGET, width=4, dash="dash"),
        annotation_text=f"{t('grafik_target', lang)} 30%",
        annotation_position="bottom left",
        annotation_font=dict(color=TARGET, size=huruf),
    )
    hi = max([30.0, *x])
    fig.update_xaxes(ticksuffix="%", title=t("sipsn_pengurangan", lang), range=[0, hi * 1.35])
    fig.update_layout(separators=_separators(lang), hovermode="closest", showlegend=False, bargap=0.25)
    return besar(tema(fig), huruf)
