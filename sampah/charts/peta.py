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
from sampah.charts import FONT, LEBAR_FIG_MIN, _separators, bungkus, tema

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


UKURAN_LABEL = 12
# The widths (px) a map's plot area takes: a phone (390 px screen, the colour bar beside the map)
# to a wall screen. With the true aspect ratio the map's scale grows with the width until its height
# bounds it, so a label placed clear of the others at both ends is clear at every width between.
LEBAR_PETA_MIN, LEBAR_PETA_MAKS = 230, 4000


def _bentang(fig: go.Figure, titik: pd.DataFrame) -> tuple[float, float, float, float]:
    """lon/lat extent of everything drawn (the outline is wider than the centroids)."""
    xs = [float(x) for tr in fig.data for x in (tr.x or ()) if x is not None] + list(titik.lon)
    ys = [float(y) for tr in fig.data for y in (tr.y or ()) if y is not None] + list(titik.lat)
    return min(xs), max(xs), min(ys), max(ys)


def _skala_px(bentang: tuple[float, float, float, float], tinggi: int) -> tuple[float, float, float]:
    """(px per degree of latitude at the narrowest and at the widest plot, aspect ratio)."""
    x0, x1, y0, y1 = bentang
    a = geo.aspek((y0 + y1) / 2)
    lebar_deg, tinggi_deg = max(x1 - x0, 1e-3) / a, max(y1 - y0, 1e-3)
    h = tinggi - 40  # the map's top margin
    # plotly pads the data a little (markers): 10% on the small side, none on the large
    kecil = min(h / (tinggi_deg * 1.1), LEBAR_PETA_MIN / lebar_deg)
    besar = min(h / tinggi_deg, LEBAR_PETA_MAKS / lebar_deg)
    return kecil, max(besar, kecil), a


def _selang(a: float, b: float, m: float) -> tuple[float, float]:
    """The scales s at which |a + b*s| < m (an open interval, maybe empty)."""
    if abs(b) < 1e-12:
        return (-float("inf"), float("inf")) if abs(a) < m else (1.0, 0.0)
    lo, hi = (-m - a) / b, (m - a) / b
    return (min(lo, hi), max(lo, hi))


def tempat_label(
    titik: list[tuple[float, float]],
    nama: list[str],
    diameter: list[float],
    bentang: tuple[float, float, float, float],
    tinggi: int,
    ukuran: int = UKURAN_LABEL,
) -> list[tuple[str, float, float] | None]:
    """Each point's label as (text, x offset, y offset up) in px, in the order given (the most
    important first): above its marker, else below, beside, at a corner, a row further out, then the
    same with the name on two lines; None where every place would cover a label already placed or
    leave the map at some width (the name then shows on hover). Boxes are estimated from the text:
    Source Sans takes about 0.45 em a letter, counted as 0.5."""
    s_kecil, s_besar, a = _skala_px(bentang, tinggi)
    # the markers are in the way too (a name over another bubble would name that one): the middle
    # of each, its own excepted; then each label as it is placed. (cx, cy, ox, oy, w, h)
    penanda = [(lon / a, lat, 0.0, 0.0, d * 0.5, d * 0.5) for (lon, lat), d in zip(titik, diameter)]
    ditaruh: list[tuple[float, float, float, float, float, float]] = []
    hasil: list[tuple[str, float, float] | None] = []
    for i, ((lon, lat), teks, dia) in enumerate(zip(titik, nama, diameter)):
        cx, cy = lon / a, lat  # x in latitude-degree units: both scale by s px a degree
        halangan = ditaruh + penanda[:i] + penanda[i + 1 :]
        r = dia / 2 + 2
        varian = [teks] + ([bungkus(teks, max(len(teks) // 2, 4))] if " " in teks else [])
        pilih = None
        for v in varian:
            baris = v.split("<br>")
            w = max(len(b) for b in baris) * ukuran * 0.5 + 6
            h = len(baris) * (ukuran + 4) + 3
            sisi, pojok = r + w / 2, (r * 0.7 + w / 2, r * 0.7 + h / 2)
            calon = [
                (0.0, r + h / 2),
                (0.0, -r - h / 2),
                (sisi, 0.0),
                (-sisi, 0.0),
                (pojok[0], pojok[1]),
                (-pojok[0], pojok[1]),
                (pojok[0], -pojok[1]),
                (-pojok[0], -pojok[1]),
            ]
            if len(baris) == 1:  # a row further out: still close enough to read as the bubble's
                calon += [(0.0, r + h * 1.5), (0.0, -r - h * 1.5)]
            pilih = next(
                (c for c in calon if _muat(c, w, h, cx, cy, halangan, bentang, a, s_kecil, s_besar)), None
            )
            if pilih is not None:
                ditaruh.append((cx, cy, pilih[0], pilih[1], w, h))
                pilih = (v, *pilih)
                break
        hasil.append(pilih)
    return hasil


def _muat(
    o: tuple[float, float],
    w: float,
    h: float,
    cx: float,
    cy: float,
    ditaruh: list[tuple[float, float, float, float, float, float]],
    bentang: tuple[float, float, float, float],
    a: float,
    s_kecil: float,
    s_besar: float,
) -> bool:
    """A label box (offset `o`, size w x h px) stays within the drawn extent and clear of every box in
    `ditaruh`, at every scale from s_kecil to s_besar (positions are linear in the scale)."""
    ox, oy = o
    x0, x1, y0, y1 = bentang
    # within the extent at the narrowest scale: it only gains room as the map widens
    if (
        (cx - x0 / a) * s_kecil + ox - w / 2 < 0
        or (x1 / a - cx) * s_kecil - ox - w / 2 < 0
        or (cy - y0) * s_kecil + oy - h / 2 < 0
        or (y1 - cy) * s_kecil - oy - h / 2 < -30  # into the map's top margin
    ):
        return False
    for kx, ky, kox, koy, kw, kh in ditaruh:
        sx = _selang(ox - kox, cx - kx, (w + kw) / 2 + 2)
        sy = _selang(oy - koy, cy - ky, (h + kh) / 2 + 1)
        if max(sx[0], sy[0], s_kecil) < min(sx[1], sy[1], s_besar):
            return False
    return True


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
    # names beside their bubbles where they fit at every width the map is drawn at, the largest
    # bubbles first; a name that fits nowhere is left to the bubble's hover
    urut = list(v.sort_values(ascending=False, kind="stable").index)
    d = df.loc[urut]
    geser = tempat_label(
        list(zip(d.lon, d.lat)), [str(n) for n in d.nama], list(size.loc[urut]), _bentang(fig, d), tinggi
    )
    for x, y, g in zip(d.lon, d.lat, geser):
        if g is not None:
            fig.add_annotation(
                x=x,
                y=y,
                xshift=g[1],
                yshift=g[2],
                text=g[0],
                showarrow=False,
                font=dict(size=UKURAN_LABEL, color="#2F3A33", family=FONT),
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
