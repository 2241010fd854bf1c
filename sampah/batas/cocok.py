"""Three readings of a feature must name the same area before it is stored there.

- **Code**, in either system: a dotted code is Kemendagri; an `ID`-prefixed one and the columns of
  BPS schemas are BPS, translated only through the crosswalk (`Daerah.menurut_bps`: the store's
  kode_bps, else `rujukan.ke_kemendagri`); a digits-only column whose schema does not say is read
  in the system under which more of its rows' names agree (`sistem_kolom`), never by reformatting
  a BPS 3275011001 into Kemendagri 32.75.01.1001.
- **Name** within its parent: `rujukan.kunci_nama` of the name against the store's, the
  Kemendagri and the paired BPS names, under the parent kecamatan the file names (code or name).
- **Location**: the area's reference point (the store's lat/lon) lies inside the polygon or
  within `TOLERANSI_M` of it; no other area of the same level has its point deeper than that inside
  it; a kecamatan polygon also holds at least half of its kelurahan's points. An area without a
  point yet is placed on code and name (both, and its parent) and then checked against the layout
  (`tata_letak`).

A code the reference does not know (Teluk Pucung's BPS 3275070005) does not disagree: name and
location place it, and a note says so. Any reading that names another area refuses the feature,
with every reading in the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from sampah import rujukan
from sampah.batas.daerah import Daerah

TOLERANSI_M = 200.0  # a point this close outside a polygon still counts (simplified, other lineage)
SISTEM = {"bps": "BPS", "kemendagri": "Kemendagri", None: "BPS/Kemendagri"}
Pesan = tuple[str, dict]


@dataclass
class Bacaan:
    """One reading: the value in the file and the store's areas it names."""

    nilai: str | None
    calon: set[str] = field(default_factory=set)
    status: str = "kosong"  # kosong | ada | tidak_dikenal | luar | belum
    keterangan: str = ""  # the other kab/kota's area, for `luar`
    sistem: str | None = None


def baca_kode(kode: str | None, sistem: str | None, tingkat: str, d: Daerah) -> Bacaan:
    """The store's areas of `tingkat` a code names, read in `sistem` (None: both). When the
    system is known and the code names an area outside the store, say which (`luar`: another
    kab/kota; `belum`: this one's, but the store does not have it)."""
    if not kode:
        return Bacaan(None)
    b = Bacaan(kode, sistem=sistem)
    ruj = {"kecamatan": "kecamatan", "kelurahan": "desa"}[tingkat]
    lain: list[str] = []
    for s in [sistem] if sistem else ["kemendagri", "bps"]:
        if s == "kemendagri":
            kem = kode if "." in kode else rujukan._titik(kode)  # noqa: SLF001 - digits split 2.2.2.4
            if kem and d.ada(kem):
                b.calon.add(kem)
            elif kem and sistem:
                lain += [w.kode for w in rujukan.cari(kem, ruj, sistem="kemendagri")]
        elif "." not in kode:
            c = d.menurut_bps(kode)
            b.calon |= c
            if not c and sistem:
                t = rujukan.ke_kemendagri(kode)
                lain += [t.kode] if t.kode else t.kandidat
    b.calon = {c for c in b.calon if d.tingkat(c) == tingkat}
    if b.calon:
        b.status = "ada"
    elif lain:
        belum = [k for k in lain if d.di_kota(k)]
        r = rujukan.rujukan()
        b.status = "belum" if belum else "luar"
        b.keterangan = "; ".join(r.wilayah(k).label() for k in (belum or lain)[:3])
    else:
        b.status = "tidak_dikenal"
    return b


def baca_nama(nama: str | None, tingkat: str, d: Daerah, induk: set[str] | None) -> Bacaan:
    if not nama:
        return Bacaan(None)
    c = d.menurut_nama(nama, tingkat, induk)
    return Bacaan(nama, c, "ada" if c else "tidak_dikenal")


def sistem_kolom(kode: pd.Series, sistem: pd.Series, nama: pd.Series, tingkat: str, d: Daerah) -> dict:
    """The system of a column's digits-only codes: the one under which more rows' names agree
    (`sistem` None when neither wins: both readings stay open). Counts for the report."""
    n = {"kemendagri": 0, "bps": 0}
    terbuka = [(k, nm) for k, s, nm in zip(kode, sistem, nama) if k and s is None and k.isdigit()]
    for k, nm in terbuka:
        if not nm:
            continue
        cocok_nama = d.menurut_nama(nm, tingkat)
        for s in n:
            if baca_kode(k, s, tingkat, d).calon & cocok_nama:
                n[s] += 1
    pilih = None
    if n["bps"] != n["kemendagri"]:
        pilih = "bps" if n["bps"] > n["kemendagri"] else "kemendagri"
    return {"sistem": pilih, "n": len(terbuka), **n}


# ---- location ----------------------------------------------------------------------------------


@dataclass
class Cek:
    """A location reading for one area X: ok | jauh | isi_lain | anak_kurang | tanpa_titik."""

    status: str
    kode: str
    jarak: float = 0.0
    lain: list[str] = field(default_factory=list)
    n: int = 0
    m: int = 0


class Lokasi:
    """The store's reference points in the layer's metric CRS, and the checks against them."""

    def __init__(self, d: Daerah, crs: object) -> None:
        import geopandas as gpd

        self.d = d
        self.titik: dict[str, BaseGeometry] = {}
        self.per_tingkat: dict[str, tuple[np.ndarray, np.ndarray, np.ndarray]] = {}
        for t in ("kecamatan", "kelurahan"):
            p = d.titik(t)
            g = gpd.GeoSeries(gpd.points_from_xy(p.lon, p.lat), crs=4326).to_crs(crs)
            self.titik.update(zip(p.index, g))
            self.per_tingkat[t] = (p.index.to_numpy(), g.x.to_numpy(), g.y.to_numpy())

    def di_dalam(self, g: BaseGeometry, tingkat: str, dalam: float = 0.0) -> list[str]:
        """Areas of `tingkat` whose point lies inside `g`, at least `dalam` metres from its edge,
        deepest first."""
        kode, x, y = self.per_tingkat[tingkat]
        if not len(kode):
            return []
        masuk = shapely.contains_xy(g, x, y)
        if not masuk.any():
            return []
        batas = g.boundary
        jarak = np.array([batas.distance(shapely.Point(a, b)) for a, b in zip(x[masuk], y[masuk])])
        urut = np.argsort(-jarak)
        return [str(k) for k, j in zip(kode[masuk][urut], jarak[urut]) if j >= dalam]

    def periksa(self, g: BaseGeometry, x: str) -> Cek:
        tingkat = self.d.tingkat(x)
        p = self.titik.get(x)
        if p is None:  # no point of its own: the store's other points of its level still speak
            lain = [k for k in self.di_dalam(g, tingkat, TOLERANSI_M) if k != x]
            return Cek("isi_lain", x, 0.0, lain[:4]) if lain else Cek("tanpa_titik", x)
        jarak = g.distance(p)
        if jarak > TOLERANSI_M:
            return Cek("jauh", x, jarak, self.di_dalam(g, tingkat)[:3])
        lain = [k for k in self.di_dalam(g, tingkat, TOLERANSI_M) if k != x]
        if lain:
            return Cek("isi_lain", x, 0.0, lain[:4])
        if tingkat == "kecamatan":
            anak = [self.titik[k] for k in self.d.anak(x) if k in self.titik]
            n = sum(g.distance(a) <= TOLERANSI_M for a in anak)
            if len(anak) >= 2 and n * 2 < len(anak):
                return Cek("anak_kurang", x, 0.0, [], n, len(anak))
        return Cek("ok", x)


# ---- placing one feature -----------------------------------------------------------------------


@dataclass
class Tempat:
    """The outcome for one feature: `kode` and `tingkat` when placed, else `galat` (the readings)."""

    kode: str | None = None
    tingkat: str | None = None
    tanpa_titik: bool = False  # placed on code and name; the layout check follows
    kode_asing: bool = False  # its code is not in the reference; placed by name and location
    galat: list[Pesan] = field(default_factory=list)


def _jarak(m: float) -> str:
    return f"{round(m)} m" if m < 1000 else f"{round(m / 1000)} km"


def _labels(d: Daerah, kode: set[str] | list[str]) -> str:
    return ", ".join(d.label(k) for k in sorted(kode)[:4]) + (" …" if len(kode) > 4 else "")


def pesan_kode(b: Bacaan, d: Daerah) -> Pesan:
    if b.status == "kosong":
        return "bt_b_kode_kosong", {}
    kw = {"nilai": b.nilai, "sistem": SISTEM[b.sistem], "kota": d.nama_kota}
    if b.status == "ada":
        return "bt_b_kode", kw | {"wilayah": _labels(d, b.calon)}
    if b.status in ("luar", "belum"):
        return f"bt_b_kode_{b.status}", kw | {"wilayah": b.keterangan}
    return "bt_b_kode_tak_dikenal", kw


def pesan_nama(b: Bacaan, d: Daerah, tingkat: str, induk: str) -> Pesan:
    if b.status == "kosong":
        return "bt_b_nama_kosong", {}
    kw = {"nilai": b.nilai, "tingkat": tingkat, "induk": induk, "kota": d.nama_kota}
    if b.status == "ada":
        return "bt_b_nama", kw | {"wilayah": _labels(d, b.calon)}
    saran = d.saran(b.nilai, tingkat)
    if saran:
        return "bt_b_nama_saran", kw | {"saran": _labels(d, saran)}
    return "bt_b_nama_tak_dikenal", kw


def pesan_lokasi(c: Cek, d: Daerah) -> Pesan:
    kw = {"wilayah": d.label(c.kode)}
    if c.status == "jauh":
        isi = _labels(d, c.lain) if c.lain else "-"
        return "bt_b_lokasi_jauh", kw | {"jarak": _jarak(c.jarak), "isi": isi}
    if c.status == "isi_lain":
        return "bt_b_lokasi_isi_lain", kw | {"isi": _labels(d, c.lain)}
    if c.status == "anak_kurang":
        return "bt_b_lokasi_anak", kw | {"n": c.n, "m": c.m}
    if c.status == "tanpa_titik":
        return "bt_b_lokasi_tanpa_titik", kw
    return "bt_b_lokasi_ok", kw


def tempatkan(
    r: tuple, g: BaseGeometry, coba: tuple[str, ...], d: Daerah, lok: Lokasi, sistem: dict
) -> Tempat:
    """Place one feature (readings `r`: a row of skema.KOLOM as a named tuple; metric geometry
    `g`) at one of the levels `coba`."""
    if not r.kode and not r.nama:
        return Tempat(galat=[("bt_e_tanpa_kode_nama", {})])
    pilihan: list[tuple[str, set[str], Bacaan, Bacaan, Pesan | None]] = []
    for t in coba:
        kb = baca_kode(r.kode, r.sistem or sistem.get(t), t, d)
        induk, induk_pesan = _induk(r, d, sistem) if t == "kelurahan" else (None, None)
        nb = baca_nama(r.nama, t, d, induk)
        calon = _irisan(kb, nb, induk, d, t)
        pilihan.append((t, calon, kb, nb, induk_pesan))
    # each candidate's location; the ones whose readings all agree
    sepakat: list[tuple[str, str, Cek, Bacaan]] = []
    for t, calon, kb, nb, _ in pilihan:
        for x in sorted(calon):
            c = lok.periksa(g, x)
            tanpa = c.status == "tanpa_titik"
            kode_ok = kb.status == "ada" or (kb.status == "tidak_dikenal" and not tanpa) or _induk_kode(r)
            if c.status == "ok" or (tanpa and kode_ok and nb.status == "ada"):
                sepakat.append((t, x, c, kb))
    if len(sepakat) > 1:  # both levels pass: a point inside beats a placement on code and name
        dengan_titik = [s for s in sepakat if s[2].status == "ok"]
        sepakat = dengan_titik if len(dengan_titik) == 1 else sepakat
    if len(sepakat) == 1:
        t, x, c, kb = sepakat[0]
        return Tempat(x, t, c.status == "tanpa_titik", kb.status == "tidak_dikenal")
    return Tempat(galat=_alasan(r, g, pilihan, sepakat, d, lok))


def _induk_kode(r: tuple) -> bool:
    """The file gives the parent kecamatan's code (read and checked in `_induk`)."""
    return bool(r.kode_induk)


def _induk(r: tuple, d: Daerah, sistem: dict) -> tuple[set[str] | None, Pesan | None]:
    """The parent kecamatan a kelurahan row names (code and/or name); an empty set when they
    disagree or name none of the store's."""
    if not r.kode_induk and not r.nama_induk:
        return None, None
    kb = baca_kode(r.kode_induk, r.sistem_induk or sistem.get("induk"), "kecamatan", d)
    nb = baca_nama(r.nama_induk, "kecamatan", d, None)
    if kb.status != "kosong" and nb.status != "kosong":
        calon = kb.calon & nb.calon
    else:
        calon = kb.calon if kb.status != "kosong" else nb.calon
    teks = " / ".join(x for x in (r.kode_induk, r.nama_induk) if x)
    return calon, ("bt_b_induk", {"nilai": teks, "wilayah": _labels(d, calon) if calon else "-"})


def _irisan(kb: Bacaan, nb: Bacaan, induk: set[str] | None, d: Daerah, t: str) -> set[str]:
    """Areas every given reading names (a code unknown to the reference does not constrain)."""
    if kb.status in ("luar", "belum"):
        return set()
    himpunan = [b.calon for b in (kb, nb) if b.status in ("ada",)]
    if nb.status == "tidak_dikenal":
        return set()
    if not himpunan:
        return set()
    calon = set.intersection(*himpunan)
    if induk is not None:
        calon = {c for c in calon if d.induk[c] in induk}
    return calon


def _alasan(r, g, pilihan, sepakat, d: Daerah, lok: Lokasi) -> list[Pesan]:  # noqa: ANN001
    """The refusal: a headline and every reading, at the level whose readings found most."""
    t, calon, kb, nb, induk_pesan = max(
        pilihan, key=lambda p: (bool(p[1]), p[2].status == "ada", p[3].status == "ada")
    )
    if len(sepakat) > 1:
        return [("bt_e_ganda_calon", {"wilayah": _labels(d, [s[1] for s in sepakat])})]
    nama_induk = f" (Kec. {r.nama_induk})" if r.nama_induk and t == "kelurahan" else ""
    out: list[Pesan] = [
        ("bt_e_tidak_sepakat", {"tingkat": t}),
        pesan_kode(kb, d),
        pesan_nama(nb, d, t, nama_induk),
    ]
    if induk_pesan:
        out.append(induk_pesan)
    dicek = sorted(calon | kb.calon | nb.calon)[:3]
    for x in dicek:
        out.append(pesan_lokasi(lok.periksa(g, x), d))
    if not dicek:
        isi = lok.di_dalam(g, t)[:3]
        out.append(("bt_b_lokasi_isi", {"isi": _labels(d, isi)}) if isi else ("bt_b_lokasi_kosong", {}))
    return out
