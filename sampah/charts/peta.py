"""Maps drawn on cartesian axes from the project's own geometry: nothing is fetched from elsewhere.

Every builder is pure (DataFrames in, figure out). Coordinates are lon (x) and lat (y); the y axis is
anchored to x with the true aspect ratio. Boundaries, when loaded, come as rows (kode, geojson).
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import sample_colorscale

from sampah import geo
from sampah.charts import FONT, _separators, tema

SKALA_HIJAU = "Greens"
ABU = "#D9DED9"


def _kanvas(fig: go.Figure, lat0: float, tinggi: int) -> go.Figure:
    tema(fig, tinggi)
    fig.update_layout(hovermode="closest", showlegend=True, margin=dict(l=0, r=0, t=40, b=0))
    fig.update_xaxes(visible=False, showgrid=False)
    fig.update_yaxes(visible=False, showgrid=False, scaleanchor="x", scaleratio=geo.aspek(lat0))
    return fig


def latar(fig: go.Figure, batas: pd.DataFrame | None, pusat: pd.DataFrame | None) -> None:
    """Background: boundary outlines when loaded, else the kecamatan names at their centroids."""
    if batas is not None and len(batas):
        for row in batas.itertuples():
            for xs, ys in geo.rings(row.geojson):
                fig.add_scatter(
                    x=xs,
                    y=ys,
                    mode="lines",
                    fill="toself",
                    fillcolor="#F3F5F3",
                    line=dict(color="#B9C2BB", width=1),
                    hoverinfo="skip",
                    showlegend=False,
                )
    if pusat is not None and len(pusat):
        fig.add_scatter(
            x=pusat.lon,
            y=pusat.lat,
            mode="text",
            text=pusat.nama,
            textfont=dict(color="#9AA59D", size=12, family=FONT),
            hoverinfo="skip",
            showlegend=False,
        )


def _warna(nilai: pd.Series, skala: str) -> list[str]:
    v = pd.to_numeric(nilai, errors="coerce")
    lo, hi = v.min(), v.max()
    span = (hi - lo) or 1.0
    pos = ((v - lo) / span).fillna(0).clip(0, 1) * 0.85 + 0.12  # avoid the palest end
    return [ABU if pd.isna(x) else c for x, c in zip(v, sample_colorscale(skala, list(pos)))]


def _skala_warna(
    fig: go.Figure, nilai: pd.Series, judul: str, skala: str, x: float, y: float, format_skala: str = ",.2f"
) -> None:
    """An invisible trace that carries the colour bar (format_skala: a d3 format, e.g. ",.1%")."""
    fig.add_scatter(
        x=[x],
        y=[y],
        mode="markers",
        hoverinfo="skip",
        showlegend=False,
        marker=dict(
            size=0.1,
            color=[nilai.min()],
            cmin=nilai.min(),
            cmax=nilai.max(),
            colorscale=skala,
            showscale=True,
            colorbar=dict(
                title=dict(text=judul, side="right"), thickness=14, len=0.7, tickformat=format_skala
            ),
        ),
    )


def peta_titik(
    titik: pd.DataFrame,
    grup: str,
    warna: dict[str, str],
    batas: pd.DataFrame | None = None,
    pusat: pd.DataFrame | None = None,
    hover: str = "nama",
    tinggi: int = 560,
) -> go.Figure:
    """Points (lat, lon) coloured by a category column, e.g. bank sampah active/inactive."""
    fig = go.Figure()
    latar(fig, batas, pusat)
    for nama_grup, df in titik.groupby(grup, sort=False):
        fig.add_scatter(
            x=df.lon,
            y=df.lat,
            mode="markers",
            name=str(nama_grup),
            marker=dict(
                size=8,
                color=warna.get(str(nama_grup), "#555"),
                opacity=0.85,
                line=dict(color="white", width=0.5),
            ),
            text=df[hover],
            hovertemplate="%{text}<extra>%{fullData.name}</extra>",
        )
    return _kanvas(fig, float(titik.lat.mean()) if len(titik) else 0.0, tinggi)


def peta_gelembung(
    df: pd.DataFrame,
    nilai: str,
    teks: Callable[[float], str],
    judul: str,
    batas: pd.DataFrame | None = None,
    skala: str = SKALA_HIJAU,
    tinggi: int = 560,
    format_skala: str = ",.2f",
    lang: str = "id",
) -> go.Figure:
    """Bubbles at centroids (lat, lon, nama), area proportional to the value."""
    fig = go.Figure()
    latar(fig, batas, None)
    v = pd.to_numeric(df[nilai], errors="coerce").fillna(0)
    size = 12 + 48 * (v / (v.max() or 1)) ** 0.5
    fig.add_scatter(
        x=df.lon,
        y=df.lat,
        mode="markers+text",
        text=df.nama,
        textposition="top center",
        textfont=dict(size=12, family=FONT),
        showlegend=False,
        marker=dict(
            size=size, color=_warna(df[nilai], skala), opacity=0.85, line=dict(color="white", width=1)
        ),
        customdata=[teks(x) for x in df[nilai]],
        hovertemplate="<b>%{text}</b><br>%{customdata}<extra></extra>",
    )
    _skala_warna(fig, v, judul, skala, float(df.lon.mean()), float(df.lat.mean()), format_skala)
    fig.update_layout(separators=_separators(lang))
    return _kanvas(fig, float(df.lat.mean()), tinggi)


def peta_hex(
    df: pd.DataFrame,
    nilai: str,
    teks: Callable[[float], str],
    judul: str,
    skala: str = SKALA_HIJAU,
    tinggi: int = 560,
    label: str = "nama",
    ukuran_teks: int = 11,
    format_skala: str = ",.2f",
    lang: str = "id",
) -> go.Figure:
    """Equal hexagons per area placed by geography (df: kode, nama, lat, lon and the value)."""
    pos = geo.tile_grid(df).merge(df, on="kode")
    fig = go.Figure()
    warna = _warna(pos[nilai], skala)
    for row, c in zip(pos.itertuples(), warna):
        xs, ys = geo.hexagon(row.x, row.y)
        isi = getattr(row, nilai)
        fig.add_scatter(
            x=xs,
            y=ys,
            mode="lines",
            fill="toself",
            fillcolor=c,
            showlegend=False,
            line=dict(color="white", width=2),
            hoveron="fills",
            name=str(getattr(row, label)),
            text=f"{getattr(row, label)}: {teks(isi)}",
            hoverinfo="text",
        )
    gelap = [c != ABU and _gelap(c) for c in warna]
    fig.add_scatter(
        x=pos.x,
        y=pos.y,
        mode="text",
        showlegend=False,
        hoverinfo="skip",
        text=[f"{_pendek(n)}<br><b>{teks(v)}</b>" for n, v in zip(pos[label], pos[nilai])],
        textfont=dict(size=ukuran_teks, family=FONT, color=["white" if g else "#1F2A24" for g in gelap]),
    )
    _skala_warna(
        fig,
        pd.to_numeric(pos[nilai], errors="coerce"),
        judul,
        skala,
        float(pos.x.mean()),
        float(pos.y.mean()),
        format_skala,
    )
    fig.update_layout(separators=_separators(lang))
    fig = _kanvas(fig, 0.0, tinggi)
    fig.update_yaxes(scaleratio=1)
    return fig


def peta_choropleth(
    df: pd.DataFrame,
    batas: pd.DataFrame,
    nilai: str,
    teks: Callable[[float], str],
    judul: str,
    skala: str = SKALA_HIJAU,
    tinggi: int = 560,
    format_skala: str = ",.2f",
    lang: str = "id",
) -> go.Figure:
    """Official boundaries filled by value (df: kode, nama, value; batas: kode, geojson)."""
    m = batas.merge(df, on="kode", how="inner")
    fig = go.Figure()
    for row, c in zip(m.itertuples(), _warna(m[nilai], skala)):
        for xs, ys in geo.rings(row.geojson):
            fig.add_scatter(
                x=xs,
                y=ys,
                mode="lines",
                fill="toself",
                fillcolor=c,
                showlegend=False,
                line=dict(color="white", width=1),
                hoveron="fills",
                hoverinfo="text",
                text=f"{row.nama}: {teks(getattr(row, nilai))}",
            )
    lat0 = float(m.lat.mean()) if "lat" in m and len(m) else 0.0
    if "lat" in m:
        gelap = [_gelap(c) for c in _warna(m[nilai], skala)]
        fig.add_scatter(
            x=m.lon,
            y=m.lat,
            mode="text",
            text=[_pendek(n) for n in m.nama],
            textfont=dict(size=11, family=FONT, color=["white" if g else "#1F2A24" for g in gelap]),
            hoverinfo="skip",
            showlegend=False,
        )
    v = pd.to_numeric(m[nilai], errors="coerce")
    if len(m):
        xs, ys = geo.rings(m.geojson.iloc[0])[0]
        _skala_warna(fig, v, judul, skala, xs[0], ys[0], format_skala)
    fig.update_layout(separators=_separators(lang))
    return _kanvas(fig, lat0, tinggi)


def _pendek(nama: str, lebar: int = 13) -> str:
    """Short label for a hexagon: split at a space, or cut a long joined-up name."""
    parts = str(nama).split(" ")
    if len(parts) > 1:
        return parts[0][:lebar] + "<br>" + " ".join(parts[1:])[:lebar]
    return str(nama) if len(str(nama)) <= lebar else str(nama)[: lebar - 1] + "…"


def _gelap(warna: str) -> bool:
    """Is the fill dark enough for white text?"""
    if warna == ABU:
        return False
    nums = (
        [float(x) for x in warna[warna.index("(") + 1 : -1].split(",")[:3]]
        if "(" in warna
        else [int(warna[i : i + 2], 16) for i in (1, 3, 5)]
    )
    return 0.299 * nums[0] + 0.587 * nums[1] + 0.114 * nums[2] < 140
