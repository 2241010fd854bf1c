"""Geometry hygiene: the one place a boundary layer's geometry is validated.

Per feature, in EPSG:4326 (the reader has already reprojected the layer):
- polygons only: an empty, missing or non-areal geometry is refused;
- Z/M dropped; an invalid geometry (self-intersecting shell, bow-tie, ring crossing a hole) is
  repaired with `shapely.make_valid`, its polygonal parts kept, and named in a note with GEOS's
  reason; one that leaves no area is refused;
- a feature reaching outside Indonesia's box (a wrong or missing .prj, swapped axes) is refused;
- simplified once at import (tolerance from the layer's extent, at least ~11 m) so the map stays
  fast, coordinates rounded to 1e-6 degree (~0.1 m).
Area (km2) and reference points are computed in the layer's UTM zone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

# lon/lat box of Indonesia with its sea borders: Pulau Benggala 94.97 E (Aceh), Merauke 141.02 E,
# Miangas 5.57 N, Pulau Ndana 11.0 S (the same box the wilayah lat/lon columns accept)
INDONESIA = (94.0, -11.5, 141.5, 6.5)
TOLERANSI_MIN = 0.0001  # degrees, ~11 m: invisible at city zoom
PER_LUAS = 4000  # tolerance = the layer's extent / this (a kabupaten of 1 degree: ~28 m)
DESIMAL = 6


@dataclass
class Bentuk:
    """One feature's geometry after the checks: `geom` (repaired, not simplified) or `galat`."""

    geom: BaseGeometry | None
    galat: tuple[str, dict] | None = None
    diperbaiki: str | None = None  # GEOS's reason when make_valid repaired it


def _poligonal(g: BaseGeometry) -> BaseGeometry | None:
    """The polygonal part of a geometry (a repaired bow-tie may come back as a collection)."""
    if g.geom_type in ("Polygon", "MultiPolygon"):
        return g
    if g.geom_type == "GeometryCollection":
        bagian = [p for p in g.geoms if p.geom_type in ("Polygon", "MultiPolygon")]
        return shapely.union_all(bagian) if bagian else None
    return None


def periksa(geoms: list[BaseGeometry | None]) -> list[Bentuk]:
    """Every feature's geometry checked, repaired or refused (reason keys of sampah/teks/batas.py)."""
    out = []
    x0, y0, x1, y1 = INDONESIA
    for g in geoms:
        if g is None or g.is_empty:
            out.append(Bentuk(None, ("bt_e_geom_kosong", {})))
            continue
        if g.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
            out.append(Bentuk(None, ("kd_e_geometri", {"jenis": g.geom_type})))
            continue
        g = shapely.force_2d(g)
        alasan = None
        if not g.is_valid:
            alasan = explain_validity(g)
            g = shapely.make_valid(g)
        g = _poligonal(g)
        if g is None or g.is_empty or g.area == 0:
            out.append(Bentuk(None, ("bt_e_geom_rusak", {"alasan": alasan or "-"})))
            continue
        b = g.bounds
        if b[0] < x0 or b[2] > x1 or b[1] < y0 or b[3] > y1:
            c = g.centroid
            out.append(Bentuk(None, ("bt_e_luar_indonesia", {"lon": f"{c.x:.2f}", "lat": f"{c.y:.2f}"})))
            continue
        out.append(Bentuk(g, None, alasan))
    return out


def toleransi(bounds: tuple[float, float, float, float]) -> float:
    """Simplification tolerance in degrees for a layer of these bounds."""
    luas = max(bounds[2] - bounds[0], bounds[3] - bounds[1])
    return max(TOLERANSI_MIN, luas / PER_LUAS)


def sederhanakan(g: BaseGeometry, tol: float) -> BaseGeometry:
    """Simplified (topology kept, so still valid) and rounded; repaired again if rounding broke it."""
    s = shapely.set_precision(g.simplify(tol, preserve_topology=True), 10.0**-DESIMAL)
    if s.is_empty:  # a sliver smaller than the grid: keep the unsimplified shape
        return g
    if not s.is_valid:
        s = _poligonal(shapely.make_valid(s)) or g
    return s


def titik_dalam(g: BaseGeometry) -> BaseGeometry:
    """A reference point: the centroid when it lies inside, else a point surely inside."""
    c = g.centroid
    return c if g.contains(c) else g.representative_point()


def geojson(g: BaseGeometry) -> str:
    return json.dumps(shapely.geometry.mapping(g), separators=(",", ":"))


def jumlah_titik(g: BaseGeometry) -> int:
    return int(shapely.get_num_coordinates(g))


def luas_km2(g_m: BaseGeometry) -> float:
    """Area in km2 of a geometry in a metric CRS."""
    return float(np.round(g_m.area / 1e6, 3))
