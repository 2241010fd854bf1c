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
from sampah.charts import FONT, LEBAR_FIG_MIN, _separators, tema

SKALA_HIJAU = "Greens"
ABU = "#D9DED9"


def _kanvas(fig: go.Figure, lat0: float, tinggi: int) -> go.Figure:
    tema(fig, tinggi)
    fig.update_layout(hovermode="closest", showlegend=True, margin=dict(l=0, r=0, t=40, b=0))
    fig.update_xaxes(visible=False, showgrid=False)
    fig.update_yaxes(visible=False, showgrid=False, scaleanchor="x", scaleratio=geo.aspek(lat0))
    return fig


KOTA = "#4A574F"  # the kota outline
BATAS = "#9AA59D"  # kecamatan borders


def latar(fig: go.Figure, batas: pd.DataFrame | None, pusat: pd.DataFrame | None) -> None:
    """Background of a point map: the kecamatan (light fill, grey borders) and the kota outline when
    boundaries are loaded. The kecamatan names go on top of the points (`nama_wilayah`)."""
    if batas is not None and len(batas):
        xs, ys = geo.sambung([r for g in batas.geojson for r in geo.rings(g)])
        fig.add_scatter(
            x=xs,
            y=ys,
            mode="lines",
            fill="toself",
            fillcolor="#F3F5F3",
            line=dict(color=BATAS, width=1),
            hoverinfo="skip",
            showlegend=False,
        )
        garis_kota(fig, batas)


def garis_kota(fig: go.Figure, batas: pd.DataFrame | None, kecamatan: pd.DataFrame | None = None) -> None:
    """The kota outline (union of the boundaries) and, when given, the kecamatan borders over a
    kelurahan map, drawn above the fills so the city reads as itself."""
    if kecamatan is not None and len(kecamatan):
        xs, ys = geo.sambung([r for g in kecamatan.geojson for r in geo.rings(g)])
        fig.add_scatter(
            x=xs, y=ys, mode="lines", line=dict(color=KOTA, width=1.4), hoverinfo="skip", showlegend=False
        )
    if batas is not None and len(batas):
        xs, ys = geo.sambung(geo.garis_luar(list(batas.geojson)))
        fig.add_scatter(
            x=xs, y=ys, mode="lines", line=dict(color=KOTA, width=2.5), hoverinfo="skip", showlegend=False
        )


def _geser_label(pusat: pd.DataFrame, tinggi: int, ukuran: int) -> list[float]:
    """Vertical shifts (px) that keep centroid labels from printing over each other, estimated at
    the narrowest map (LEBAR_FIG_MIN wide, `tinggi` tall): greedily, north to south."""
    lat_span = float(pusat.lat.max() - pusat.lat.min()) or 0.01
    lon_span = float(pusat.lon.max() - pusat.lon.min()) or 0.01
    a = geo.aspek(float(pusat.lat.mean()))
    # px per degree of latitude, on the small side (margins, legend, autorange padding)
    px = 0.85 * min((tinggi - 60) / (lat_span * 1.1), (LEBAR_FIG_MIN - 120) / (lon_span / a * 1.1))
    kotak: list[tuple[float, float, float, float]] = []
    geser = []
    tinggi_label = ukuran + 10
    for row in pusat.itertuples():
        cx, cy = row.lon / a * px, -row.lat * px  # screen px, y down
        lebar = len(str(row.nama)) * ukuran * 0.6 + 10
        dy = 0.0
        for _ in range(12):
            y0 = cy + dy - tinggi_label / 2
            if not any(
                abs(cx - kx) < (lebar + kl) / 2 and abs(y0 - ky) < tinggi_label for kx, ky, kl, _ in kotak
            ):
                break
            dy += tinggi_label * 0.6
        kotak.append((cx, cy + dy - tinggi_label / 2, lebar, tinggi_label))
        geser.append(-dy)  # plotly's yshift points up
    return geser


def nama_wilayah(fig: go.Figure, pusat: pd.DataFrame | None, ukuran: int = 12, tinggi: int = 560) -> None:
    """Kecamatan names at their centroids, above the points, on a light background so a dot under
    a name does not hide it; names whose centroids lie close are moved apart."""
    if pusat is None or not len(pusat):
        return
    d = pusat.dropna(subset=["lat", "lon"]).sort_values("lat", ascending=False)
    for row, dy in zip(d.itertuples(), _geser_label(d, tinggi, ukuran)):
        fig.add_annotation(
            x=row.lon,
            y=row.lat,
            yshift=dy,
            text=str(row.nama),
            showarrow=False,
            font=dict(size=ukuran, color="#2F3A33", family=FONT),
            bgcolor="rgba(255,255,255,0.78)",
            borderpad=2,
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
                size=7,
                color=warna.get(str(nama_grup), "#555"),
                opacity=0.8,
                line=dict(color="white", width=0.6),
            ),
            text=df[hover],
            hovertemplate="%{text}<extra>%{fullData.name}</extra>",
        )
    nama_wilayah(fig, pusat, tinggi=tinggi)
    fig = _kanvas(fig, float(titik.lat.mean()) if len(titik) else 0.0, tinggi)
    fig.update_layout(legend=dict(orientation="h", x=0, y=1.0, yanchor="bottom", xanchor="left"))
    return fig


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
    """Bubbles at centroids (lat, lon, nama), area proportional to the value, over the kecamatan and
    the kota outline when boundaries are loaded (`batas`: kecamatan boundaries)."""
    fig = go.Figure()
    latar(fig, batas, None)
    v = pd.to_numeric(df[nilai], errors="coerce").fillna(0)
    size = 12 + 48 * (v / (v.max() or 1)) ** 0.5
    for x, y, nama, r in zip(df.lon, df.lat, df.nama, size):  # names above the bubbles, never under
        fig.add_annotation(
            x=x,
            y=y,
            yshift=float(r) / 2 + 9,
            text=str(nama),
            showarrow=False,
            font=dict(size=12, color="#2F3A33", family=FONT),
            bgcolor="rgba(255,255,255,0.78)",
            borderpad=1,
        )
    fig.add_scatter(
        x=df.lon,
        y=df.lat,
        mode="markers",
        text=df.nama,
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
    label_nama: bool | None = None,
) -> go.Figure:
    """Equal hexagons per area placed by geography (df: kode, nama, lat, lon and the value). Names
    are printed in the hexagons when there are at most 20 (`label_nama` overrides), else on hover:
    the 50-odd kelurahan of a kota leave a hexagon too small for a readable name."""
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
    # a hexagon holds a name and its value while there are few of them (kecamatan); the 50-odd
    # kelurahan hexagons hold their value in a readable size, the name shows on hover
    dengan_nama = len(pos) <= 20 if label_nama is None else label_nama
    fig.add_scatter(
        x=pos.x,
        y=pos.y,
        mode="text",
        showlegend=False,
        hoverinfo="skip",
        text=[
            f"{_pendek(n)}<br><b>{teks(v)}</b>" if dengan_nama else f"<b>{teks(v)}</b>"
            for n, v in zip(pos[label], pos[nilai])
        ],
        textfont=dict(
            size=ukuran_teks if dengan_nama else max(ukuran_teks, 11),
            family=FONT,
            color=["white" if g else "#1F2A24" for g in gelap],
        ),
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
    kecamatan: pd.DataFrame | None = None,
) -> go.Figure:
    """Official boundaries filled by value (df: kode, nama, value; batas: kode, geojson), with the
    kota outline and, over kelurahan, the kecamatan borders (`kecamatan`: their boundaries). Names
    are printed for up to 20 areas; more show on hover."""
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
    garis_kota(fig, batas, kecamatan)
    lat0 = float(m.lat.mean()) if "lat" in m and len(m) else 0.0
    if "lat" in m and len(m) <= 20:  # names on a light label: readable on the darkest fill
        nama_wilayah(fig, m[["nama", "lat", "lon"]], ukuran=11, tinggi=tinggi)
    v = pd.to_numeric(m[nilai], errors="coerce")
    if len(m):
        xs, ys = geo.rings(m.geojson.iloc[0])[0]
        _skala_warna(fig, v, judul, skala, xs[0], ys[0], format_skala)
    fig.update_layout(separators=_separators(lang))
    return _kanvas(fig, lat0, tinggi)


def _pendek(nama: str, lebar: int = 13) -> str:
    """A name on two lines at most, split at spaces and never cut: a reader must find 'Kayuringin
    Jaya' whole."""
    kata = str(nama).split(" ")
    if len(kata) == 1 or len(str(nama)) <= lebar:
        return str(nama)
    tengah = min(range(1, len(kata)), key=lambda i: abs(len(" ".join(kata[:i])) - len(" ".join(kata[i:]))))
    return " ".join(kata[:tengah]) + "<br>" + " ".join(kata[tengah:])


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
