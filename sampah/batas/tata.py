"""The layout check for areas that have no reference point yet (a new city): placed on code and
name, a polygon is stored only where the layer's layout agrees.

The rule, in the layer's metric CRS:
1. a kelurahan whose kecamatan has a polygon (stored, or placed from the same file) must lie at
   least `DALAM_INDUK` (50%) of its area inside it;
2. otherwise, against the other polygons of its level in the file (when there are at least two):
   a. it must not cover them: more than `TUMPANG` (10%) of its area on the others (shrunk by
      100 m, so that two lineages' shared borders do not count) refuses it, unless its partner is
      the misplaced one: of two overlapping polygons the one whose border runs along its
      siblings' borders (the same kecamatan's; else any neighbours') at least twice the other's
      share stays, and when neither does both are refused;
   b. it must fit into their layout: at least `TEPI_MIN` (10%) of its border runs along theirs
      (within 100 m), or it lies inside their convex hull (+1 km) without covering them (an
      island between others).
3. its centre must lie within its parent's extent, as the file's other features of the same parent
   show it (the kelurahan of its kecamatan; for a kecamatan the kab/kota's other kecamatan, when at
   least two): their convex hull widened by twice the feature's own radius (a circle of its area;
   the real Kota Bekasi's edge kelurahan reach 1.07 radii outside their siblings' hull) and at
   least `DEKAT_M`.
A polygon moved 10 km into the middle of a city fails (a); one moved off it fails (b), unless it
lands exactly against another's border; one moved into an empty gap of the layout (a kelurahan
missing from the file, the sea between islands) fails 3 when the gap is another kecamatan's. What
this cannot see: a polygon moved within its own parent's spread.
"""

from __future__ import annotations

import numpy as np
import shapely
from shapely.geometry.base import BaseGeometry

DALAM_INDUK = 0.5
DEKAT_M = 1000.0
TUMPANG = 0.10
SUSUT_M = 100.0
TEPI_M = 100.0
TEPI_MIN = 0.10
LANGKAH_M = 25.0

Pesan = tuple[str, dict]


def _jarak(m: float) -> str:
    return f"{round(m)} m" if m < 1000 else f"{round(m / 1000)} km"


def _tepi_bersama(g: BaseGeometry, lain: list[BaseGeometry]) -> float:
    """Share of g's border that runs along the others' borders (within TEPI_M): points every
    ~`LANGKAH_M` along each of its rings, the share of them near another border (buffering the
    others' borders instead took ~0.6 s per polygon of a kabupaten)."""
    if not lain:
        return 0.0
    titik = []
    for cincin in shapely.get_parts(g.boundary):
        n = max(4, int(cincin.length / LANGKAH_M))
        titik.append(shapely.line_interpolate_point(cincin, np.linspace(0, cincin.length, n, endpoint=False)))
    if not titik:
        return 0.0
    semua = np.concatenate(titik)
    pohon = shapely.STRtree([x.boundary for x in lain])
    dekat = pohon.query(semua, predicate="dwithin", distance=TEPI_M)[0]
    return len(np.unique(dekat)) / len(semua)


def _tetangga(x: object, i: object, semua: dict, lapis: list, pohon: shapely.STRtree) -> list[object]:
    """x's neighbours of the same level (features), without the feature `i` being judged."""
    dekat = pohon.query(semua[x][2].buffer(TEPI_M), predicate="intersects")
    return [lapis[k] for k in dekat if lapis[k] not in (i, x)]


def _cocok_tata(x: object, tetangga: list[object], semua: dict, wil_induk: dict[str, str]) -> tuple:
    """How well x's border fits the layout: (share along its siblings' borders, the ones of the same
    kecamatan; share along all its neighbours'). A polygon moved onto another lies among strangers."""
    induk = wil_induk.get(semua[x][0])
    sib = [semua[k][2] for k in tetangga if induk and wil_induk.get(semua[k][0]) == induk]
    return _tepi_bersama(semua[x][2], sib), _tepi_bersama(semua[x][2], [semua[k][2] for k in tetangga])


def _di_luar_induk(
    i: object, kode: str, tingkat: str, g: BaseGeometry, semua: dict, wil_induk: dict[str, str]
) -> tuple[float, int] | None:
    """(how far outside, how many siblings) when g's centre lies outside its parent's extent as the
    file's other features of that parent show it (rule 3); None when inside or when fewer than two
    siblings say where the parent lies."""
    induk = wil_induk.get(kode)
    if tingkat == "kelurahan":
        sib = [v[2] for j, v in semua.items() if j != i and v[1] == tingkat and wil_induk.get(v[0]) == induk]
    else:  # a kecamatan: the kab/kota's other kecamatan
        sib = [v[2] for j, v in semua.items() if j != i and v[1] == tingkat]
    if len(sib) < 2:
        return None
    hull = shapely.union_all([s.convex_hull for s in sib]).convex_hull
    jarak = hull.distance(g.centroid)
    batas = max(DEKAT_M, 2 * float(np.sqrt(g.area / np.pi)))
    return (jarak, len(sib)) if jarak > batas else None


def periksa(
    calon: dict[object, tuple[str, str, BaseGeometry]],
    semua: dict[object, tuple[str, str, BaseGeometry]],
    induk: dict[str, BaseGeometry],
    wil_induk: dict[str, str],
    label: dict[str, str],
) -> dict[object, list[Pesan]]:
    """Refusals among `calon` (feature -> (kode, tingkat, metric geometry), the ones without a
    reference point), judged against all `semua` placed features and the parents' polygons
    `induk` (kecamatan code -> metric geometry). `wil_induk`: kelurahan code -> its kecamatan."""
    out: dict[object, list[Pesan]] = {}
    lapis = {t: [j for j, v in semua.items() if v[1] == t] for t in ("kecamatan", "kelurahan")}
    pohon = {t: shapely.STRtree([semua[j][2] for j in js]) for t, js in lapis.items() if js}
    selubung = {j: v[2].convex_hull for j, v in semua.items()}
    for i, (kode, tingkat, g) in calon.items():
        p = induk.get(wil_induk.get(kode, "")) if tingkat == "kelurahan" else None
        if p is not None:
            share = g.intersection(p).area / g.area
            if share < DALAM_INDUK:
                out[i] = [
                    ("bt_e_tata_letak", {"wilayah": label[kode]}),
                    ("bt_b_induk_luar", {"persen": round(100 * share), "induk": label[wil_induk[kode]]}),
                ]
            continue
        luar = _di_luar_induk(i, kode, tingkat, g, semua, wil_induk)
        if luar is not None:
            induk_label = (
                label.get(wil_induk.get(kode, ""), "kab/kota") if tingkat == "kelurahan" else "kab/kota"
            )
            out[i] = [
                ("bt_e_tata_letak", {"wilayah": label[kode]}),
                (
                    "bt_b_induk_sebaran",
                    {"jarak": _jarak(luar[0]), "n": luar[1], "tingkat": tingkat, "induk": induk_label},
                ),
            ]
            continue
        js = [j for j in lapis[tingkat] if j != i]
        if len(js) < 2:
            continue
        dekat = pohon[tingkat].query(g.buffer(DEKAT_M), predicate="intersects")
        lain_dekat = [lapis[tingkat][k] for k in dekat if lapis[tingkat][k] != i]
        tumpang = [
            j for j in lain_dekat if g.intersection(semua[j][2].buffer(-SUSUT_M)).area > TUMPANG * g.area
        ]
        if tumpang:
            saya = _cocok_tata(i, [k for k in lain_dekat if k not in tumpang], semua, wil_induk)
            skor = [
                _cocok_tata(j, _tetangga(j, i, semua, lapis[tingkat], pohon[tingkat]), semua, wil_induk)
                for j in tumpang
            ]
            mitra = (max(x[0] for x in skor), max(x[1] for x in skor))
            # it stays only when its border clearly fits the layout better: along its siblings
            # first, else along any neighbour; never when it fits nowhere
            k = 0 if saya[0] or mitra[0] else 1
            if saya[k] <= 0 or saya[k] < 2 * mitra[k]:
                nama = ", ".join(label[semua[j][0]] for j in tumpang[:3])
                atas = shapely.union_all([semua[j][2] for j in tumpang])
                out[i] = [
                    ("bt_e_tata_letak", {"wilayah": label[kode]}),
                    (
                        "bt_b_tata_tumpang",
                        {"persen": round(100 * g.intersection(atas).area / g.area), "lain": nama},
                    ),
                ]
            continue
        tepi = _tepi_bersama(g, [semua[j][2] for j in lain_dekat])
        if tepi >= TEPI_MIN:
            continue
        hull = shapely.convex_hull(shapely.GeometryCollection([selubung[j] for j in js]))
        if hull.buffer(DEKAT_M).contains(g):  # an island among the others, covering none of them
            continue
        jarak = min(g.distance(semua[j][2]) for j in (lain_dekat or js))
        out[i] = [
            ("bt_e_tata_letak", {"wilayah": label[kode]}),
            ("bt_b_tata_jauh", {"jarak": _jarak(jarak), "n": len(js)})
            if jarak > DEKAT_M
            else ("bt_b_tata_lepas", {"persen": round(100 * tepi)}),
        ]
    return out
