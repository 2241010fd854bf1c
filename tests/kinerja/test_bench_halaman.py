"""The browser step of `bench` (issue #17) on a small store: the empty Streamlit page and a page of
the dashboard, each in a fresh Chromium context, timed until the script has finished and every chart
is drawn, with where the time went; and the floor of an import (DuckDB's bare read_csv)."""

from __future__ import annotations

from pathlib import Path

import pytest
from keandalan_alat import CHROMIUM

from sampah import bench_halaman, bench_lantai

chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")


@chromium
def test_pages_against_the_empty_page(demo_store: Path):
    h = bench_halaman.ukur(demo_store, ulang=1, halaman=("tren",), cetak=False)
    assert h is not None
    lantai, tren = h["halaman"][bench_halaman.LANTAI], h["halaman"]["tren"]
    for v in (lantai, tren):
        assert len(v["semua_s"]) == 2  # the first round and one more
        assert v["exception"] == 0 and v["banner_galat"] == 0
        assert v["permintaan_luar"] == []  # nothing asked of the internet
        assert 0 < v["muat_s"] < v["total_s"] and 0 < v["skrip_s"] < v["total_s"]
        assert v["gambar_s"] >= 0 and v["http_kb"] > 100 and v["ws_kb"] > 0
    assert lantai["rasio_lantai"] == 1.0 and lantai["grafik"] == 0 and lantai["figur_kb"] == 0
    # the empty page with one small chart: what plotly.js costs any page with a chart
    plotly = h["halaman"][bench_halaman.LANTAI_PLOTLY]
    assert plotly["grafik"] == plotly["grafik_digambar"] == 1 and plotly["exception"] == 0
    assert plotly["http_kb"] > lantai["http_kb"] + 1000  # the plotly.js chunk (4.7 MB)
    assert tren["rasio_plotly"] == round(tren["total_s"] / plotly["total_s"], 2)
    # Tren's charts: sent over the websocket and all drawn before the clock stopped
    assert tren["grafik"] >= 3 and tren["grafik_digambar"] == tren["grafik"]
    assert tren["figur_kb"] > 5 and tren["ws_kb"] > tren["figur_kb"]
    assert tren["pesan"] > lantai["pesan"]
    assert tren["server_cpu_s"] > 0 and lantai["server_cpu_s"] >= 0  # the server's own share
    assert tren["rasio_lantai"] == round(tren["total_s"] / lantai["total_s"], 2)
    assert tren["jeda_terlama"] and all(j["s"] >= 0 for j in tren["jeda_terlama"])
    teks = bench_halaman.tabel(h)
    assert "tren" in teks and "x lantai" in teks and "x plotly" in teks and "jeda terlama" in teks
    assert bench_halaman.rasio_maks(h) == tren["rasio_lantai"]


def test_import_floor_loads_every_row(tmp_path: Path):
    isi = "tanggal,bank_sampah,berat\n" + "".join(
        f"0{d % 9 + 1}/03/2026,BS-{d % 7},{d},5\n" for d in range(5000)
    )
    r = bench_lantai.ukur(isi.encode(), tmp_path, ulang=2)
    assert r["baris"] == 5000 and r["detik"] > 0 and len(r["detik_semua"]) == 2
    assert list(tmp_path.iterdir()) == []  # nothing left behind
