"""Issue #6, scale: the generator streams, summaries equal the raw rows after every kind of write,
the query files run unchanged over the Parquet layout, and the benchmark runs end to end. Nothing
here times anything: the benchmark's figures are measurements for the README, not assertions."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from jalur import ROOT

from sampah import bench, bench_impor, db, demo, parket, ringkas
from sampah.ingest import muat

_PEAK = """
import resource, sys, duckdb
from sampah import db, demo
con = duckdb.connect(sys.argv[1])
con.execute("SET memory_limit = '200MB'")
con.execute("SET enable_progress_bar = false")  # a slow machine would print 98% to stdout
db.create_schema(con)
r = demo.fill(con, years=int(sys.argv[2]), seed=9, scale=float(sys.argv[3]))
n = con.execute("SELECT count(*) FROM setoran").fetchone()[0]
m = con.execute("SELECT count(*) FROM tpa_muatan").fetchone()[0]
print(r.setoran, n, r.tpa_muatan, m, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def _bangun(tmp: Path, years: int, scale: float) -> list[int]:
    out = subprocess.run(
        [sys.executable, "-c", _PEAK, str(tmp / f"d{years}.duckdb"), str(years), str(scale)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [int(x) for x in out.stdout.split()]


def test_generator_streams_per_year_with_bounded_memory(tmp_path):
    """Four years take about four times the rows of one but not four times the memory: rows are
    generated and inserted one calendar year at a time."""
    r1 = _bangun(tmp_path, 1, 0.3)
    r4 = _bangun(tmp_path, 4, 0.3)
    for r in (r1, r4):
        assert r[0] == r[1] and r[2] == r[3]  # reported counts are the stored counts
    assert 3 * r1[1] < r4[1] < 5 * r1[1] and r4[1] > 800_000
    assert r4[4] < r1[4] + 150, (r1, r4)  # peak RSS in MB grows by far less than the data


def test_summaries_equal_raw_after_demo_import_and_undo(tmp_path, demo_kecil):
    store = demo_kecil(tmp_path / "store")  # the 1-year sample, seed 11

    def cek() -> tuple[float, float]:
        con = db.connect_readonly(db.configured_source(str(store)).current_file())
        try:
            assert ringkas.selisih(con) == dict.fromkeys(ringkas.TABEL, 0)
            return con.execute(
                "SELECT (SELECT sum(berat_kg) FROM agg_setoran_harian), "
                "(SELECT sum(netto_kg) FROM agg_tpa_harian)"
            ).fetchone()
        finally:
            con.close()

    awal = cek()
    lap = muat.impor(
        store,
        "setoran",
        b"tanggal;bank_sampah;kategori;berat (kg);harga\n"
        b"20/10/2026;BS-0001;PET;1.250,5;4.000\n21/10/2026;BS-0002;kardus;12,25;1.700\n",
        "okt.csv",
        oleh="uji",
    )
    assert lap.status == "dimuat", lap.teks()
    setelah = cek()
    assert setelah[0] == pytest.approx(awal[0] + 1262.75)
    lap = muat.impor(store, "tpa_rekap", b"tanggal,kecamatan,ton\n2026-10-30,Jatiasih,88\n", "r.csv")
    assert lap.status == "dimuat", lap.teks()
    assert cek()[1] == pytest.approx(awal[1] + 88_000)
    assert muat.batalkan(store)[0] == "kd_undo_ok"
    assert cek() == pytest.approx(setelah)


def test_an_import_rebuilds_only_its_days_and_the_summaries_still_equal_raw(
    tmp_path, monkeypatch, demo_kecil
):
    """Deposits months before the first ones (a backfill with a gap) and loads of one day: only
    those days are rebuilt (the months between included), and every summary equals the raw rows."""
    store = demo_kecil(tmp_path / "store")  # the 1-year sample, seed 11
    dipanggil: list = []
    asli = ringkas.segarkan
    monkeypatch.setattr(ringkas, "segarkan", lambda con, r=None: dipanggil.append(r) or asli(con, r))
    lap = muat.impor(
        store,
        "setoran",
        b"tanggal;bank_sampah;kategori;berat (kg)\n"
        b"15/03/2025;BS-0001;PET;2,5\n02/04/2025;BS-0002;kardus;1,5\n",
        "lama.csv",
        oleh="uji",
    )
    assert lap.status == "dimuat", lap.teks()
    lap = muat.impor(store, "tpa_muatan", b"waktu,kecamatan,netto\n2026-10-30 07:15,Jatiasih,6500\n", "t.csv")
    assert lap.status == "dimuat", lap.teks()
    assert dipanggil == [
        ringkas.Rentang(date(2025, 3, 15), date(2025, 4, 2)),
        ringkas.Rentang(date(2026, 10, 30), date(2026, 10, 30)),
    ]
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        assert ringkas.selisih(con) == dict.fromkeys(ringkas.TABEL, 0)
        bulan = con.execute(
            "SELECT count(DISTINCT bulan) FROM agg_bank_sampah_bulanan "
            "WHERE bulan BETWEEN '2025-03-01' AND '2025-10-01'"
        ).fetchone()[0]
        assert bulan == 8  # March to October 2025: the months without deposits too
    finally:
        con.close()


def test_migrasi_fills_summaries_of_an_older_database(tmp_path, demo_kecil):
    store = demo_kecil(tmp_path / "store", tata="satu")  # one file per version, as older releases wrote them
    f = db.configured_source(str(store)).current_file()
    con = duckdb.connect(str(f))
    for t in ringkas.TABEL:  # as a database from before the summaries
        con.execute(f"DROP TABLE {t}")
    con.close()
    from sampah import skema

    assert set(ringkas.TABEL) <= skema.kurang(f)
    baru = skema.migrasi(store)
    con = db.connect_readonly(baru)
    try:
        assert ringkas.selisih(con) == dict.fromkeys(ringkas.TABEL, 0)
        assert con.execute("SELECT count(*) FROM agg_setoran_harian").fetchone()[0] > 0
    finally:
        con.close()


def _sama(a: pd.DataFrame, b: pd.DataFrame) -> None:
    urut = list(a.columns)
    pd.testing.assert_frame_equal(
        a.sort_values(urut).reset_index(drop=True),
        b.sort_values(urut).reset_index(drop=True),
        check_dtype=False,
        rtol=1e-9,
    )


def test_every_query_file_runs_unchanged_over_the_parquet_layout(tmp_path, fixture_con):
    con = duckdb.connect()
    db.create_schema(con)
    demo.fill(con, years=2, seed=3, scale=0.02)
    root = tmp_path / "parquet"
    n = parket.ekspor(con, root)
    assert n["setoran"] > 0 and n["agg_setoran_harian"] > 0
    tahun = sorted(p.name for p in (root / "setoran" / "kab_kota=32.75").iterdir())
    assert tahun and all(t.startswith("tahun=") for t in tahun)
    parket.ekspor(fixture_con, root)  # a second kab/kota (99.01) in the same tree, as in a province
    assert (root / "setoran" / "kab_kota=99.01").exists()
    kota = parket.buka(root, kabkota=["32.75"])
    cases = bench.kasus(con)
    assert {c[0] for c in cases} == set(db.query_names())
    for name, _label, params in cases:
        _sama(db.run(con, name, params), db.run(kota, name, params))
    both = parket.buka(root)  # the whole tree: both cities' rows, the query files still run
    assert both.execute("SELECT count(DISTINCT kota_kode) FROM kecamatan").fetchone()[0] == 2
    for name, _label, params in cases:
        db.run(both, name, params)


def test_bench_runs_end_to_end_and_writes_its_json(tmp_path, monkeypatch):
    monkeypatch.delenv(db.ENV_VAR, raising=False)
    # every step at its fewest repeats: one warm run per query, and two of each import (the second
    # after an undo, so every undo path of the import step still runs); the medians are of 1 or 2
    monkeypatch.setattr(bench_impor, "ULANG_IMPOR", 2)
    keluar = tmp_path / "bench.json"
    chromium = Path("/usr/bin/chromium").exists()
    h = bench.jalankan(
        years=1,
        scale=0.02,
        store=None,
        repeat=1,
        keluar=keluar,
        tanpa_server=not chromium,
        impor_baris=500,
        kerja=tmp_path / "kerja",
        beban_sesi=(2,),  # the load step, tiny: one process, two sessions (tests/kinerja has more)
        beban_proses=(1,),
    )
    data = json.loads(keluar.read_text())
    assert {"kueri", "cache", "pandas", "halaman", "server", "impor", "ringkasan", "baris", "bangun"} <= set(
        data
    )
    assert {r["kueri"] for r in data["kueri"]} == set(db.query_names())
    for r in data["kueri"]:
        assert {"cold", "warm", "floor"} <= set(r) and r["warm"]["p95_ms"] >= r["warm"]["p50_ms"] >= 0
    assert {r["kueri"] for r in data["pandas"]["kueri"]} >= {
        "ringkasan_kpi",
        "ringkasan_bulanan",
        "ringkasan_kecamatan",
        "tren_mingguan",
        "tren_kategori",
        "bank_sampah_bulanan",
    }
    assert all(r["cocok"] for r in data["pandas"]["kueri"])  # the pandas answers are the same answers
    assert {r["halaman"] for r in data["halaman"]} == set(bench.PAGES)
    assert all(r["galat"] == 0 for r in data["halaman"])
    assert {(r["kasus"], r["dataset"]) for r in data["impor"]} == {
        (k, d)
        for k in ("berkas_besar", "bulan_ke_penuh", "bulan_ke_kosong")
        for d in ("setoran", "tpa_muatan")
    }
    # a month into the full store beside the same month into an empty one, seconds and bytes (#17)
    bulan = [r for r in data["impor"] if r["kasus"].startswith("bulan_ke_")]
    assert all(0 < r["byte_versi"] for r in bulan)
    assert {"month_full_empty", "month_bytes"} <= set(h["ringkasan"]["tercapai"])
    # every row loaded or rejected with a reason (the sample has identical same-day deposits)
    assert all(r["status"] == "dimuat" and r["dimuat"] + r["ditolak"] == r["baris"] for r in data["impor"])
    assert all(set(r["tahap"]) == {"periksa", "muat", "terbit", "total"} for r in data["impor"])
    # the large files beside DuckDB's bare read_csv of the same bytes (issue #17)
    besar = [r for r in data["impor"] if r["kasus"] == "berkas_besar"]
    assert all(r["lantai_detik"] > 0 and r["rasio_lantai"] > 0 for r in besar)
    assert "import_floor_ratio" in h["ringkasan"]["tercapai"]
    gelombang = data["beban"]["proses"][0]["gelombang"]
    assert [(w["sesi"], w["selesai"], w["galat"]) for w in gelombang] == [(2, 2, 0)]
    if chromium:
        assert data["server"]["puncak_mb"] > 0
    assert set(h["ringkasan"]["tercapai"]) >= {"warm_p95", "cold_p95", "floor_ratio", "pandas_ratio"}
    assert db.ENV_VAR not in __import__("os").environ
