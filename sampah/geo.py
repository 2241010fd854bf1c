"""Geometry without a basemap: hexagon tile grids and polygon rings for cartesian plotly maps.

Maps are drawn on plain x/y axes (lon, lat) so that they render with no internet: plotly's geo
charts fetch their base map from a CDN and stay empty offline (measured, see DESIGN.md).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache

import numpy as np
import pandas as pd

SQRT3 = math.sqrt(3)


def _axial_to_xy(q: int, r: int) -> tuple[float, float]:
    """Pointy-top hexagon centre for axial coordinates, unit circumradius."""
    return SQRT3 * (q + r / 2), -1.5 * r


def tile_grid(df: pd.DataFrame, kode: str = "kode", lat: str = "lat", lon: str = "lon") -> pd.DataFrame:
    """Place one equal hexagon per area, roughly where its centroid is.

    Centroids are scaled so that the areas spread over about as many cells as there are areas, then
    each takes the free cell nearest to it, nearest to the middle first. Deterministic.
    """
    d = df[[kode, lat, lon]].dropna().reset_index(drop=True)
    n = len(d)
    if n == 0:
        return pd.DataFrame(columns=[kode, "q", "r", "x", "y"])
    y = d[lat].to_numpy() * -1.0  # north up: rows grow southwards
    x = d[lon].to_numpy() * math.cos(math.radians(float(d[lat].mean())))
    span = max(x.max() - x.min(), y.max() - y.min()) or 1.0
    cells = max(2.0, math.sqrt(n) * 1.15)  # cells across the widest side
    px = (x - x.min()) / span * cells * SQRT3
    py = (y - y.min()) / span * cells * 1.5
    centre = np.array([px.mean(), py.mean()])
    order = np.argsort(np.hypot(px - centre[0], py - centre[1]), kind="stable")
    taken: set[tuple[int, int]] = set()
    out = {}
    for i in order:
        r0 = round(py[i] / 1.5)
        q0 = round(px[i] / SQRT3 - r0 / 2)
        best = None
        for radius in range(0, n + 2):
            for dq in range(-radius, radius + 1):
                for dr in range(-radius, radius + 1):
                    if max(abs(dq), abs(dr), abs(dq + dr)) != radius:
                        continue
                    c = (q0 + dq, r0 + dr)
                    if c in taken:
                        continue
                    cx, cy = _axial_to_xy(*c)
                    dist = (cx - px[i]) ** 2 + (-cy - py[i]) ** 2
                    if best is None or dist < best[0]:
                        best = (dist, c)
            if best is not None:
                break
        taken.add(best[1])
        out[i] = best[1]
    rows = []
    for i, (q, r) in out.items():
        cx, cy = _axial_to_xy(q, r)
        rows.append((d.at[i, kode], q, r, cx, cy))
    return pd.DataFrame(rows, columns=[kode, "q", "r", "x", "y"]).sort_values(kode, ignore_index=True)


def hexagon(cx: float, cy: float, size: float = 0.96) -> tuple[list[float], list[float]]:
    """Corner coordinates of a pointy-top hexagon (closed ring)."""
    ang = [math.radians(60 * k - 30) for k in range(7)]
    return [cx + size * math.cos(a) for a in ang], [cy + size * math.sin(a) for a in ang]


def rings(geojson: str) -> list[tuple[list[float], list[float]]]:
    """Exterior rings (lon list, lat list) of a GeoJSON Polygon or MultiPolygon geometry."""
    g = json.loads(geojson)
    if g.get("type") == "Feature":
        g = g["geometry"]
    polys = [g["coordinates"]] if g["type"] == "Polygon" else g.get("coordinates", [])
    out = []
    for poly in polys:
        ring = poly[0]
        out.append(([p[0] for p in ring], [p[1] for p in ring]))
    return out


def aspek(lat: float) -> float:
    """y-to-x scale ratio so that a degree of latitude and of longitude look their true size."""
    return 1 / max(math.cos(math.radians(lat)), 0.1)


def _gabung(geojsons: tuple[str, ...]):  # noqa: ANN202 - a shapely geometry
    """Union of polygons. Only its exterior rings are drawn, so the slivers that neighbours
    digitised with hairline gaps leave inside do not show; stray slivers outside are dropped."""
    from shapely.geometry import MultiPolygon, shape
    from shapely.ops import unary_union

    geoms = []
    for g in geojsons:
        d = json.loads(g)
        geoms.append(shape(d["geometry"] if d.get("type") == "Feature" else d).buffer(0))
    u = unary_union(geoms)
    if u.geom_type == "MultiPolygon":
        terbesar = max(p.area for p in u.geoms)
        u = MultiPolygon([p for p in u.geoms if p.area >= terbesar * 0.01])
    return u


@lru_cache(maxsize=32)
def _garis_luar(geojsons: tuple[str, ...]) -> tuple[tuple[tuple[float, ...], tuple[float, ...]], ...]:
    if not geojsons:
        return ()
    u = _gabung(geojsons)
    polys = [u] if u.geom_type == "Polygon" else list(getattr(u, "geoms", []))
    return tuple((tuple(p.exterior.xy[0]), tuple(p.exterior.xy[1])) for p in polys if not p.is_empty)


def garis_luar(geojsons: list[str]) -> list[tuple[list[float], list[float]]]:
    """The outline of the union of polygons (the kota from its kecamatan): exterior rings."""
    return [(list(x), list(y)) for x, y in _garis_luar(tuple(geojsons))]


def batas_kecamatan(batas: pd.DataFrame) -> pd.DataFrame:
    """Kecamatan shapes (kode, geojson) for borders and outlines. Built from the kelurahan boundaries
    when those are loaded (a kelurahan's Kemendagri code begins with its kecamatan's), so the
    borders lie exactly on the kelurahan drawn beneath them; else the kecamatan boundaries."""
    kel = batas[batas.tingkat == "kelurahan"]
    if not len(kel):
        return batas[batas.tingkat == "kecamatan"][["kode", "geojson"]].reset_index(drop=True)
    return pd.DataFrame(
        list(_kecamatan_dari_kelurahan(tuple(zip(kel.kode, kel.geojson)))), columns=["kode", "geojson"]
    )


@lru_cache(maxsize=8)
def _kecamatan_dari_kelurahan(kel: tuple[tuple[str, str], ...]) -> tuple[tuple[str, str], ...]:
    from shapely.geometry import mapping

    induk: dict[str, list[str]] = {}
    for kode, g in kel:
        induk.setdefault(kode.rsplit(".", 1)[0], []).append(g)
    return tuple((k, json.dumps(mapping(_gabung(tuple(g))))) for k, g in sorted(induk.items()))


def sambung(ring: list[tuple[list[float], list[float]]]) -> tuple[list[float | None], list[float | None]]:
    """Many rings as one plotly trace: the rings joined with gaps (None) between them."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for x, y in ring:
        xs += list(x) + [None]
        ys += list(y) + [None]
    return xs, ys
