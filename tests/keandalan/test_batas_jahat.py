"""Boundary files (issue #12, item 10 and the geometry finding): a 2 MB Shapefile zip expanded to
2 GB in the temp dir (`extractall`, no limit) and, on a small temp disk, the message blamed the
store's disk; coordinates of 500/200 degrees and self-intersecting polygons were stored (the map
became one giant square). Now: the zip's parts are checked by their declared sizes before a byte is
written, only the Shapefile's own parts are extracted, a full temp disk is named as such, shapes
outside Indonesia are refused with the reason, invalid ones repaired (make_valid) and listed."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import berkas_jahat
import pytest
from keandalan_alat import lapor

from sampah import db
from sampah.ingest import Tolak, muat
from sampah.ingest.dataset import DATASETS
from sampah.ingest.datasets import batas_wilayah


def _kel(con) -> list[tuple[str, str]]:  # noqa: ANN001
    return con.execute("SELECT kode, nama FROM kelurahan ORDER BY kode LIMIT 3").fetchall()


def _geojson(fitur: list[tuple[str, list]]) -> bytes:
    return json.dumps(
        {
            "type": "FeatureCollection",
            "features": [
                {
                    "type": "Feature",
                    "properties": {"kode": k},
                    "geometry": {"type": "Polygon", "coordinates": [c]},
                }
                for k, c in fitur
            ],
        }
    ).encode()


def test_a_zip_bomb_is_refused_before_anything_is_written(demo_con, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # watch what lands in the temp dir
    data = berkas_jahat.zip_bom(300)  # 300 MB of zeros in a few hundred kB
    besar = []
    asli = shutil.copyfileobj

    def salin(a, b, n=0):  # noqa: ANN001
        asli(a, b, n or 1 << 20)
        besar.append(b.tell())

    monkeypatch.setattr(shutil, "copyfileobj", salin)
    with pytest.raises(Tolak) as e:
        batas_wilayah.periksa_geo(DATASETS["batas_wilayah"], data, "batas.zip", demo_con, None)
    assert e.value.kunci == "kd_f_zip_bom" and "300 MB" in e.value.teks(), e.value.teks()
    assert besar == [] and list(tmp_path.iterdir()) == []  # nothing extracted, nothing left
    lapor("zip_bom", kb_zip=len(data) // 1024, mb_urai=300, ditulis_mb=0)


def test_only_the_shapefile_parts_are_extracted(demo_con, tmp_path: Path):
    """Extra members (a path outside, a large unrelated file) are never written."""
    import geopandas as gpd
    from shapely.geometry import box

    # a square around the kelurahan's own point: code and location agree
    kode, x, y = demo_con.execute("SELECT kode, lon, lat FROM kelurahan ORDER BY kode LIMIT 1").fetchone()
    kotak = box(x - 0.002, y - 0.002, x + 0.002, y + 0.002)
    gpd.GeoDataFrame({"kode": [kode]}, geometry=[kotak], crs=4326).to_file(tmp_path / "b.shp")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for p in tmp_path.glob("b.*"):
            z.write(p, f"peta/{p.name}")
        z.writestr("../../keluar.txt", "x")
        z.writestr("lain/besar.bin", b"\x01" * (2 * 2**20))
    p = batas_wilayah.periksa_geo(DATASETS["batas_wilayah"], buf.getvalue(), "b.zip", demo_con, None)
    assert len(p.muatan[-1].df) == 1 and not p.galat
    assert not (tmp_path.parent / "keluar.txt").exists()


def test_a_full_temp_disk_is_named_not_the_store(demo_store: Path, tmp_path: Path, monkeypatch):
    mnt = tmp_path / "tmp_kecil"
    mnt.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.skip(f"cannot mount a size-limited tmpfs here ({r.stderr.strip() or r.returncode})")
    try:
        store = tmp_path / "store"
        shutil.copytree(demo_store, store)
        monkeypatch.setattr(tempfile, "tempdir", str(mnt))
        import geopandas as gpd
        from shapely.geometry import box

        con = db.connect_readonly(db.configured_source(str(store)).current_file())
        kel = _kel(con)
        con.close()
        gdf = gpd.GeoDataFrame(
            {"kode": [k for k, _ in kel] * 400},
            geometry=[box(106.9 + i * 1e-5, -6.3, 106.95, -6.25) for i in range(len(kel) * 400)],
            crs=4326,
        )
        gdf.to_file(tmp_path / "b.shp")
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:  # ~2 MB unpacked, 1 MB of disk
            for p in tmp_path.glob("b.*"):
                z.write(p, p.name)
        awal = (store / "CURRENT").read_text()
        lap = muat.impor(store, "batas_wilayah", buf.getvalue(), "b.zip", oleh="uji")
        assert lap.status == "ditolak" and lap.pesan[0] == "kd_f_temp_penuh", lap.teks()
        assert str(mnt) in lap.teks() and str(store) not in lap.teks()
        assert (store / "CURRENT").read_text() == awal
        lapor("zip_disk_sementara_penuh", pesan=lap.pesan[0], store_disalahkan=0)
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_shapes_outside_indonesia_are_refused_and_invalid_ones_repaired(demo_con):
    """Squares around three kelurahan's own reference points (so code and location agree): one moved
    to 500°/200°, one drawn as a bow tie."""
    titik = demo_con.execute("SELECT kode, lon, lat FROM kelurahan ORDER BY kode LIMIT 3").fetchall()
    (k1, x1, y1), (k2, _, _), (k3, x3, y3) = titik
    d = 0.002
    kotak = [[x1 - d, y1 - d], [x1 + d, y1 - d], [x1 + d, y1 + d], [x1 - d, y1 + d], [x1 - d, y1 - d]]
    jauh = [[500, 200], [501, 200], [501, 201], [500, 201], [500, 200]]
    dasi = [
        [x3 - d, y3 - d],
        [x3 + d, y3 + d],
        [x3 + d, y3 - d],
        [x3 - d, y3 + d],
        [x3 - d, y3 - d],
    ]  # bow tie
    data = _geojson([(k1, kotak), (k2, jauh), (k3, dasi)])
    p = batas_wilayah.periksa_geo(DATASETS["batas_wilayah"], data, "batas.geojson", demo_con, None)
    df = p.muatan[-1].df
    assert set(df.kode) == {k1, k3}
    (alasan,) = [g for gs in p.galat.values() for g in gs]
    assert alasan[0] == "bt_e_luar_indonesia" and alasan[1]["lon"] == "500.50"
    from shapely.geometry import shape

    perbaikan = shape(json.loads(df.set_index("kode").geojson[k3]))
    assert perbaikan.is_valid and perbaikan.area > 0
    assert any(k == "bt_c_diperbaiki" and k3 in kw["daftar"] for k, kw in p.catatan), p.catatan
    lapor("geometri", luar_indonesia_ditolak=1, diperbaiki=1)
