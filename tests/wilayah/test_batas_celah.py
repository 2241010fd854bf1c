"""A polygon moved into an empty gap of a new city's layout (#13): no reference point of its own to
contradict it, no neighbour it covers, inside the city's outline. Caught by its parent's extent
(the file's other kelurahan of its kecamatan) or, where the store has points for other areas, by
the point of the area whose place it took. Polygons invented for Kota Bandung's reference areas
(tests/batas_buat.py), so nothing beside the repository is needed."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pytest
from batas_buat import buatan, sifat, tulis
from kota_uji import buat_store, kueri
from shapely.affinity import translate

from sampah.i18n import t
from sampah.ingest import muat

KOTA, LON, LAT = "32.73", 107.61, -6.91


def _alasan(lap: muat.HasilImpor) -> dict[int, str]:
    return {i: "; ".join(t(k, "id", **kw) for k, kw in gs) for i, gs in lap.persiapan.galat.items()}


def _celah() -> tuple[gpd.GeoDataFrame, int, str, str]:
    """The kelurahan layer without one kecamatan (the gap), and one kelurahan of a far kecamatan
    moved into the middle of the gap. Returns (layer, the moved feature's position, its code, the
    gap's kecamatan)."""
    kec, kel = buatan(KOTA, LON, LAT)
    celah = kec.kode.iloc[len(kec) // 2]  # a kecamatan in the middle of the grid
    jauh = kec.kode.iloc[0]  # the corner one
    g = sifat(kel[kel.kode.str[:8] != celah].reset_index(drop=True), "kemendagri")
    i = int(g.index[g.kode.str[:8] == jauh][1])
    tujuan = kec.geometry[kec.kode == celah].iloc[0].centroid
    asal = g.geometry.iloc[i].centroid
    g.loc[i, "geometry"] = translate(g.geometry.iloc[i], tujuan.x - asal.x, tujuan.y - asal.y)
    return g, i, g.kode.iloc[i], celah


@pytest.mark.parametrize("awal", ["init", "kosong"])
def test_poligon_di_celah_ditahan(tmp_path: Path, awal: str) -> None:
    g, i, kode, celah = _celah()
    s = buat_store(tmp_path / "s", KOTA if awal == "init" else None)
    lap = muat.impor(s, "batas_wilayah", *tulis(g), oleh="uji")
    assert lap.status == "dimuat", lap.teks()
    alasan = _alasan(lap)
    assert list(alasan) == [i], alasan
    assert "tidak sesuai tata letak" in alasan[i] and "di luar sebaran" in alasan[i], alasan[i]
    simpan = {k for (k,) in kueri(s, "SELECT kode FROM batas_wilayah WHERE tingkat = 'kelurahan'")}
    assert kode not in simpan and len(simpan) == len(g) - 1
    assert not any(k.startswith(celah + ".") for k in simpan)


def test_titik_toko_lain_menahan_poligon(tmp_path: Path) -> None:
    """The store knows the points of the gap's kelurahan (a wilayah table gave them, by code
    alone): a polygon moved onto one of them is held, though its own area has no point and its
    kecamatan has no other feature in the file to show where it lies."""
    _, kel = buatan(KOTA, LON, LAT)
    g, i, kode, celah = _celah()
    s = buat_store(tmp_path / "s", KOTA)
    titik = kel[kel.kode.str[:8] == celah].assign(p=lambda x: x.geometry.representative_point())
    isi = "kode;lat;lon\n" + "".join(f"{k};{p.y:.6f};{p.x:.6f}\n" for k, p in zip(titik.kode, titik.p))
    lap = muat.impor(s, "wilayah", isi.encode(), "titik.csv", oleh="uji")
    assert lap.status == "dimuat" and lap.ditolak == 0 and lap.diperbarui == len(titik), lap.teks()
    # the moved kelurahan alone of its kecamatan, centred on the gap's first kelurahan's point
    sendiri = (g.kode.str[:8] != kode[:8]) | (g.index == i)
    g = g[sendiri].reset_index(drop=True)
    i = int(g.index[g.kode == kode][0])
    pusat, tuju = g.geometry.iloc[i].centroid, titik.p.iloc[0]
    g.loc[i, "geometry"] = translate(g.geometry.iloc[i], tuju.x - pusat.x, tuju.y - pusat.y)
    lap = muat.impor(s, "batas_wilayah", *tulis(g), oleh="uji")
    alasan = _alasan(lap)
    assert list(alasan) == [i] and "juga memuat titik tengah" in alasan[i], alasan
    assert titik.kode.iloc[0] in alasan[i]
    assert kueri(s, "SELECT count(*) FROM batas_wilayah WHERE kode = ?", kode) == [(0,)]
