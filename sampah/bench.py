"""Benchmark: `python -m sampah bench --years 10 --scale 1` (issue #6).

At a chosen size of the sample data it measures, and prints as a table and writes as JSON:

- every query file with the parameters its page uses: cold (a fresh read-only connection, as after
  a new data version) and warm (the same connection again, no result cache), p50/p95; through the
  dashboard's own cache (`ui.q`, keyed by data version) a repeated click costs a cache lookup;
- the floor: the same SQL executed directly on DuckDB (fetch to Arrow, no DataFrame), and the ratio
  dashboard/floor;
- a plain pandas implementation of six of the questions (raw tables loaded into DataFrames once, as
  a typical dashboard caches them, then filtered and grouped per click), and the ratio pandas/dashboard;
- every page rendered through Streamlit's AppTest, first (empty cache) and again (warm);
- the peak memory (VmHWM) of a real `streamlit run` server while headless Chromium opens every page
  (skipped without /usr/bin/chromium or playwright);
- the import speed, rows per second, of CSV files of deposits and weighbridge loads through the
  Kelola Data path (`sampah.ingest.muat.impor`), beside DuckDB's bare `read_csv` of the same file
  (`sampah.bench_lantai`, issue #17);
- every page in a fresh Chromium context against an empty Streamlit page, with where the time goes
  (`sampah.bench_halaman`, issue #17);
- N viewers opening pages at once through Streamlit's own protocol, 1 and 2 processes behind HAProxy
  (`sampah.beban`, issue #17).

Timings are measurements for the closing note, never assertions.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from sampah import bagian, beban, bench_halaman, db, ringkas
from sampah.bench_tabel import GOAL, ringkas_hasil, tabel

PAGES = {
    "ringkasan": "halaman/ringkasan.py",
    "tren": "halaman/tren.py",
    "wilayah": "halaman/wilayah.py",
    "bank-sampah": "halaman/bank_sampah.py",
    "csr": "halaman/csr.py",
    "presentasi": "halaman/presentasi.py",
}


# ------------------------------------------------------------------------------------------------
# parameters as the pages use them
# ------------------------------------------------------------------------------------------------


def kasus(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, dict]]:
    """(query, label, params) for every query file, with the periods the pages ask for: the newest
    year (Ringkasan's default), the year before, 24 months for the monthly charts, all data for
    Tren, and a two-kecamatan selection."""
    k = db.run(con, "konteks").iloc[0]
    akhir = pd.Timestamp(k.data_akhir).date()
    awal = pd.Timestamp(k.data_mulai).date()
    kec = [r[0] for r in con.execute("SELECT kode FROM kecamatan ORDER BY kode LIMIT 2").fetchall()]
    kota = con.execute("SELECT min(kode) FROM kota").fetchone()[0]
    semua_kec: list[str] = []
    tahun = {"mulai": date(akhir.year, 1, 1), "selesai": akhir, "kecamatan": semua_kec}
    lalu = {
        "mulai": date(akhir.year - 1, 1, 1),
        "selesai": date(akhir.year - 1, 12, 31),
        "kecamatan": semua_kec,
    }
    b24 = {
        "mulai": max(awal, (pd.Timestamp(akhir) - pd.DateOffset(months=24) + timedelta(days=1)).date()),
        "selesai": akhir,
        "kecamatan": semua_kec,
    }
    semua = {"mulai": awal, "selesai": akhir, "kecamatan": semua_kec}
    dua = {**tahun, "kecamatan": kec}
    per_kueri: dict[str, list[tuple[str, dict]]] = {
        "ringkasan_kpi": [("tahun", tahun), ("tahun_lalu", lalu), ("2_kecamatan", dua)],
        "ringkasan_bulanan": [("24_bulan", b24), ("semua", semua)],
        "ringkasan_kecamatan": [("tahun", tahun)],
        "tren_mingguan": [("semua", semua)],
        "tren_kategori": [("semua", semua)],
        "wilayah_banding": [("semua_2_kec", {**semua, "kecamatan": kec})],
        "bank_sampah_bulanan": [("24_bulan", b24)],
        "bank_sampah_harga": [("24_bulan", b24)],
        "sipsn_banding": [("tahun", {"selesai": akhir})],
        # the kab/kota's own SIPSN composition, and three chosen peers (the page's defaults)
        "sipsn_komposisi": [("tahun", {"selesai": akhir, "kode": kota})],
        "sipsn_pembanding": [("tahun", {"selesai": akhir, "pembanding": ["32.73", "33.74", "31.75"]})],
    }
    out = []
    for name in db.query_names():
        for label, p in per_kueri.get(name, [("tahun", tahun)]):
            out.append((name, label, p))
    return out


def _senyap() -> None:
    """Streamlit outside a server warns on every call ("missing ScriptRunContext"): quiet it."""
    import logging

    os.environ["STREAMLIT_LOGGER_LEVEL"] = "error"
    for nama in list(logging.root.manager.loggerDict):
        if nama.startswith("streamlit"):
            logging.getLogger(nama).setLevel(logging.ERROR)


def ms(xs: list[float]) -> dict:
    """p50 and p95 of timings in seconds, as milliseconds."""
    a = np.array(xs) * 1000
    return {"p50_ms": round(float(np.percentile(a, 50)), 2), "p95_ms": round(float(np.percentile(a, 95)), 2)}


def _sql_params(name: str, params: dict) -> tuple[str, dict]:
    import re

    sql = db.query_text(name)
    return sql, {k: v for k, v in params.items() if re.search(rf"\${k}\b", sql)}


# ------------------------------------------------------------------------------------------------
# queries: cold, warm, floor, cached
# ------------------------------------------------------------------------------------------------


def ukur_kueri(f: Path, cases: list[tuple[str, str, dict]], repeat: int) -> list[dict]:
    # cold: a new database instance per run (nothing else holds the file open, so DuckDB's buffers
    # start empty, as after a new data version; the OS file cache stays warm)
    cold: dict[int, list[float]] = {i: [] for i in range(len(cases))}
    for _ in range(max(2, repeat // 4)):
        for i, (name, _label, params) in enumerate(cases):
            c = db.connect_readonly(f)
            t = time.perf_counter()
            db.run(c, name, params)
            cold[i].append(time.perf_counter() - t)
            c.close()
    hasil = []
    con = db.connect_readonly(f)
    try:
        for i, (name, label, params) in enumerate(cases):
            db.run(con, name, params)  # first use on this connection
            warm = []
            for _ in range(repeat):
                t = time.perf_counter()
                df = db.run(con, name, params)
                warm.append(time.perf_counter() - t)
            sql, used = _sql_params(name, params)
            floor = []
            for _ in range(repeat):
                t = time.perf_counter()
                con.sql(sql, params=used).to_arrow_table()
                floor.append(time.perf_counter() - t)
            hasil.append(
                {
                    "kueri": name,
                    "parameter": label,
                    "baris": len(df),
                    "cold": ms(cold[i]),
                    "warm": ms(warm),
                    "floor": ms(floor),
                }
            )
    finally:
        con.close()
    return hasil


def ukur_cache(store: Path, cases: list[tuple[str, str, dict]], repeat: int) -> dict:
    """The dashboard's own path, `ui.q`, outside a Streamlit server: first call (miss) and repeats
    (hits of the cache keyed by query, parameters and data version)."""
    os.environ[db.ENV_VAR] = str(store)
    from sampah import ui

    ui._cached.clear()
    _senyap()
    miss, hit = [], []
    for name, _label, params in cases:
        t = time.perf_counter()
        ui.q(name, **params)
        miss.append(time.perf_counter() - t)
        for _ in range(repeat):
            t = time.perf_counter()
            ui.q(name, **params)
            hit.append(time.perf_counter() - t)
    return {"miss": ms(miss), "hit": ms(hit), "miss_total_ms": round(sum(miss) * 1000, 1)}


# ------------------------------------------------------------------------------------------------
# pages, server memory, import speed
# ------------------------------------------------------------------------------------------------


def ukur_halaman(store: Path) -> list[dict]:
    from streamlit.testing.v1 import AppTest

    os.environ[db.ENV_VAR] = str(store)
    _senyap()
    app = str(db.ROOT / "dashboard.py")
    out = []
    for nama, berkas in PAGES.items():
        waktu = []
        for _ in range(3):  # first with this page's queries not yet cached, then warm (best of two)
            at = AppTest.from_file(app, default_timeout=300)
            at.run()
            t = time.perf_counter()
            at.switch_page(berkas).run()
            waktu.append(time.perf_counter() - t)
        out.append(
            {
                "halaman": nama,
                "pertama_s": round(waktu[0], 3),
                "hangat_s": round(min(waktu[1:]), 3),
                "galat": len(at.exception),
            }
        )
    return out


def _port_bebas() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def ukur_server(store: Path, port: int | None = None) -> dict | None:
    """Peak resident memory of a real server while headless Chromium opens every page."""
    port = port or _port_bebas()  # a free port: a dashboard may already run on the usual ones
    chromium = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    env = {**os.environ, db.ENV_VAR: str(store)}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(db.ROOT / "dashboard.py"),
            "--server.headless",
            "true",
            "--server.port",
            str(port),
            "--browser.gatherUsageStats",
            "false",
        ],
        cwd=db.ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    waktu = {}
    try:
        import urllib.request

        batas = time.time() + 60
        while time.time() < batas:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=1)
                break
            time.sleep(0.3)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
            page = browser.new_page()
            for nama in PAGES:
                t = time.perf_counter()
                page.goto(f"http://127.0.0.1:{port}/{bench_halaman.jalur(nama)}")  # "/" for the default page
                page.wait_for_selector(
                    '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=300_000
                )
                waktu[nama] = round(time.perf_counter() - t, 2)
            browser.close()
        status = Path(f"/proc/{proc.pid}/status").read_text()
        kb = {
            ln.split(":")[0]: int(ln.split()[1])
            for ln in status.splitlines()
            if ln.startswith(("VmHWM", "VmRSS"))
        }
        return {
            "puncak_mb": round(kb["VmHWM"] / 1024, 1),
            "rss_akhir_mb": round(kb["VmRSS"] / 1024, 1),
            "detik_per_halaman_browser": waktu,
        }
    finally:
        proc.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            proc.wait(10)
        if proc.poll() is None:
            proc.kill()


# ------------------------------------------------------------------------------------------------
# the whole run
# ------------------------------------------------------------------------------------------------


def jalankan(
    years: int,
    scale: float,
    store: Path | None,
    repeat: int,
    keluar: Path,
    seed: int = 42,
    tanpa_server: bool = False,
    tanpa_halaman: bool = False,
    impor_baris: int = 1_000_000,
    kerja: Path | None = None,
    browser_ulang: int = 0,  # the command line asks for 5 rounds and 20, 50, 100 sessions
    beban_sesi: tuple[int, ...] = (),
    beban_proses: tuple[int, ...] = (1, 2),
) -> dict:
    from sampah import demo

    kerja = Path(kerja or tempfile.mkdtemp(prefix="sampah-bench-"))
    hasil: dict = {
        "versi": 1,
        "waktu": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "tujuan": GOAL,
        "mesin": {
            "cpu": os.cpu_count(),
            "python": sys.version.split()[0],
            "duckdb": duckdb.__version__,
            # a shared machine: the load other work put on it, at the start and at the end
            "beban_awal": [round(x, 1) for x in os.getloadavg()],
        },
    }
    if store is None:
        store = kerja / "store"
        shutil.rmtree(store, ignore_errors=True)
        rows: list = []
        t = time.perf_counter()
        db.publish(store, lambda c: rows.append(demo.fill(c, years=years, seed=seed, scale=scale)))
        hasil["bangun"] = {
            "detik": round(time.perf_counter() - t, 1),
            "setoran": rows[0].setoran,
            "tpa_muatan": rows[0].tpa_muatan,
        }
    f = db.berkas_atau_keluar(store)
    con = db.connect_readonly(f)
    try:
        n = {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("setoran", "tpa_muatan", *ringkas.TABEL)
        }
        cases = kasus(con)
    finally:
        con.close()
    hasil.update(
        {
            "years": years,
            "scale": scale,
            "store": str(store),
            "baris": n,
            "ukuran_mb": round(sum(bagian.ukuran_versi(f)) / 2**20, 1),  # catalog and its parts
        }
    )
    print(
        f"Basis data: {f} ({hasil['ukuran_mb']} MB), setoran {n['setoran']:,}, "
        f"muatan TPA {n['tpa_muatan']:,}",
        flush=True,
    )
    hasil["kueri"] = ukur_kueri(f, cases, repeat)
    lama = os.environ.get(db.ENV_VAR)
    try:  # ui.q and AppTest read the store from the environment, as the server does
        hasil["cache"] = ukur_cache(store, cases, repeat)
        from sampah.bench_pandas import ukur_pandas

        hasil["pandas"] = ukur_pandas(f, cases, repeat)
        if not tanpa_halaman:
            hasil["halaman"] = ukur_halaman(store)
    finally:
        if lama is None:
            os.environ.pop(db.ENV_VAR, None)
        else:
            os.environ[db.ENV_VAR] = lama
    hasil["server"] = None if tanpa_server else ukur_server(store)
    from sampah.bench_impor import ukur_impor

    if browser_ulang:
        print("browser: setiap halaman dan halaman kosong, konteks baru", flush=True)
        hasil["browser"] = bench_halaman.ukur(store, browser_ulang)
    if beban_sesi:
        print("beban: sesi serentak lewat protokol Streamlit", flush=True)
        print(beban.JUDUL, flush=True)
        hasil["beban"] = beban.ukur(store, beban_sesi, beban_proses)
    hasil["impor"] = ukur_impor(f, impor_baris, kerja) if impor_baris else []
    hasil["mesin"]["beban_akhir"] = [round(x, 1) for x in os.getloadavg()]
    hasil["ringkasan"] = ringkas_hasil(hasil)
    keluar.parent.mkdir(parents=True, exist_ok=True)
    keluar.write_text(json.dumps(hasil, indent=2, default=str))
    print(tabel(hasil))
    print(f"\nJSON: {keluar}")
    return hasil


def _perintah(args: argparse.Namespace) -> None:
    keluar = Path(args.json or f"bench-{args.years}y-s{args.scale:g}.json")
    jalankan(
        args.years,
        args.scale,
        Path(args.store) if args.store else None,
        args.repeat,
        keluar,
        seed=args.seed,
        tanpa_server=args.tanpa_server,
        tanpa_halaman=args.tanpa_halaman,
        impor_baris=args.impor_baris,
        kerja=Path(args.kerja) if args.kerja else None,
        browser_ulang=0 if args.tanpa_browser else args.browser_ulang,
        beban_sesi=tuple(int(x) for x in args.beban_sesi.split(",")) if args.beban_sesi else (),
        beban_proses=tuple(int(x) for x in args.beban_proses.split(",")),
    )


def daftar(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("bench", help="ukur kecepatan kueri, halaman, memori dan impor pada data besar")
    b.add_argument("--years", type=int, default=10, help="tahun data contoh (bawaan 10)")
    b.add_argument(
        "--scale", type=float, default=1.0, help="skala data contoh (bawaan 1 = ~1 juta setoran/tahun)"
    )
    b.add_argument("--seed", type=int, default=42)
    b.add_argument("--store", help="pakai penyimpanan yang sudah ada, tanpa membangun data contoh")
    b.add_argument("--repeat", type=int, default=20, help="ulangan per kueri (bawaan 20)")
    b.add_argument("--json", help="berkas JSON hasil (bawaan bench-<years>y-s<scale>.json)")
    b.add_argument(
        "--workdir",
        "--kerja",
        dest="kerja",
        help="folder kerja untuk data contoh dan uji impor (bawaan: folder sementara)",
    )
    b.add_argument(
        "--import-rows",
        "--impor-baris",
        dest="impor_baris",
        type=int,
        default=1_000_000,
        help="baris per berkas besar uji impor (bawaan 1.000.000 = setahun setoran; 0 = lewati)",
    )
    b.add_argument(
        "--no-server",
        "--tanpa-server",
        dest="tanpa_server",
        action="store_true",
        help="lewati ukuran memori server (Chromium)",
    )
    b.add_argument(
        "--no-pages",
        "--tanpa-halaman",
        dest="tanpa_halaman",
        action="store_true",
        help="lewati render halaman lewat AppTest",
    )
    b.add_argument(
        "--no-browser",
        "--tanpa-browser",
        dest="tanpa_browser",
        action="store_true",
        help="lewati halaman di Chromium",
    )
    b.add_argument("--browser-ulang", type=int, default=5, help="putaran browser setelah yang pertama (5)")
    b.add_argument(
        "--beban-sesi", default="20,50,100", help="sesi serentak per gelombang uji beban ('' = lewati)"
    )
    b.add_argument("--beban-proses", default="1,2", help="proses streamlit di belakang haproxy (1,2)")
    b.set_defaults(func=_perintah)
