"""Geometry without a basemap: hexagon tile grids and polygon rings for cartesian plotly maps.

Maps are drawn on plain x/y axes (lon, lat) so that they render with no internet: plotly's geo
charts fetch their base map from a CDN and stay empty offline (measured, see DESIGN.md).
"""

from __future__ import annotations

import json
import math

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
