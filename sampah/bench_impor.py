"""The benchmark's import speed (`python -m sampah bench`): rows per second of CSV imports through
the Kelola Data path (`sampah.ingest.muat.impor`), a large file into a small store and a month into
the whole store."""

from __future__ import annotations

import shutil
import time
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd

from sampah import bench_lantai, db, ringkas

# deposits and loads as a DLH exports them; {sumber} is a subquery of the raw rows to write
_SETORAN_CSV = (
    "SELECT strftime(tanggal, '%d/%m/%Y') AS tanggal, bank_sampah_id AS bank_sampah, nasabah_id, "
    'kategori, subjenis, berat_kg AS "berat (kg)", harga_per_kg AS harga FROM ({sumber}) s '
    "ORDER BY s.tanggal"
)
_TPA_CSV = (
    "SELECT strftime(waktu, '%Y-%m-%d %H:%M:%S') AS waktu, tiket, nopol, k.nama AS kecamatan, "
    "bruto_kg AS bruto, tara_kg AS tara, netto_kg AS netto "
    "FROM ({sumber}) t LEFT JOIN kecamatan k ON k.kode = t.asal_kecamatan_kode ORDER BY t.waktu"
)


ULANG_IMPOR = 3  # runs of each large-file import; the median is reported


def _satu_impor(store: Path, dataset: str, df: pd.DataFrame, kasus: str, akhir: date) -> dict:
    from sampah.ingest import muat

    data = df.to_csv(index=False).encode()
    t = time.perf_counter()
    lap = muat.impor(store, dataset, data, f"bench_{dataset}.csv", oleh="bench", hari_ini=akhir)
    detik = time.perf_counter() - t
    return {
        "kasus": kasus,
        "dataset": dataset,
        "baris": len(df),
        "dimuat": lap.baru + lap.diperbarui,
        "ditolak": len(lap.persiapan.galat) if lap.persiapan else None,
        "status": lap.status,
        "detik": round(detik, 2),
        "baris_per_detik": round(len(df) / detik),
        "mb": round(len(data) / 2**20, 1),
        "tahap": lap.detik,
    }


def ukur_impor(f: Path, baris: int, kerja: Path) -> list[dict]:
    """Rows per second of CSV imports through the Kelola Data path (read, map, validate, match,
    load, rebuild summaries, publish a new version), in two cases:

    - `berkas_besar`: the benchmark store's newest `baris` deposits and loads (a year of a city's
      deposits at 1,000,000) into a small store built with the same seed and end date (so the bank
      sampah and kecamatan match) whose deposits and loads are emptied: the pipeline's throughput
      (median of `ULANG_IMPOR` runs, each undone before the next).
    - `bulan_ke_penuh`: the newest month of deposits and loads, taken out of a copy of the whole
      benchmark store and imported back: what a DLH's monthly import costs at this scale (the copy
      of the current version and the summaries of that month included).

    Files are written as a DLH would export them (dd/mm/yyyy dates, kecamatan by name)."""
    from sampah import demo
    from sampah.ingest import muat

    con = db.connect_readonly(f)
    try:
        catatan = con.execute(
            "SELECT catatan, (SELECT nilai FROM pengaturan WHERE kunci = 'data_contoh_akhir') "
            "FROM pengaturan WHERE kunci = 'data_contoh'"
        ).fetchone()
        seed = int(catatan[0].split("--seed ")[1].split()[0]) if catatan else 42
        akhir = date.fromisoformat(catatan[1]) if catatan and catatan[1] else demo.DEMO_END
        terbaru = "SELECT * FROM {} ORDER BY {} DESC LIMIT $n"
        besar = {
            "setoran": con.execute(
                _SETORAN_CSV.format(sumber=terbaru.format("setoran", "tanggal")), {"n": baris}
            ).df(),
            "tpa_muatan": con.execute(
                _TPA_CSV.format(sumber=terbaru.format("tpa_muatan", "waktu")), {"n": baris}
            ).df(),
        }
        bulan = con.execute("SELECT date_trunc('month', max(tanggal))::DATE FROM setoran").fetchone()[0]
        sebulan = {
            "setoran": con.execute(
                _SETORAN_CSV.format(sumber="SELECT * FROM setoran WHERE tanggal >= $b"), {"b": bulan}
            ).df(),
            "tpa_muatan": con.execute(
                _TPA_CSV.format(sumber="SELECT * FROM tpa_muatan WHERE waktu >= $b"), {"b": bulan}
            ).df(),
        }
    finally:
        con.close()
    out = []
    store = kerja / "impor_store"
    shutil.rmtree(store, ignore_errors=True)

    def kecil(c: duckdb.DuckDBPyConnection) -> None:
        demo.fill(c, years=1, seed=seed, scale=0.01, end=akhir)
        c.execute("DELETE FROM setoran")
        c.execute("DELETE FROM tpa_muatan")  # publish rebuilds the summaries

    db.publish(store, kecil, finish=ringkas.segarkan)
    # a check of a small file first, as a running dashboard has done: the first one in a process
    # also pays for loading pandera and compiling patterns (~0.5 s once)
    c = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        for dataset, df in besar.items():
            muat.periksa(
                c, dataset, df.head(2000).to_csv(index=False).encode(), "pemanasan.csv", hari_ini=akhir
            )
    finally:
        c.close()
    for dataset, df in besar.items():
        if df.empty:
            continue
        # three runs, each undone after, and the median reported: a shared 2-core machine jitters
        # by ±20% between single runs
        kali = []
        for _ in range(ULANG_IMPOR):
            kali.append(_satu_impor(store, dataset, df, "berkas_besar", akhir))
            muat.batalkan(store, oleh="bench")
        tengah = sorted(kali, key=lambda r: r["detik"])[len(kali) // 2]
        # the floor: the same bytes loaded by DuckDB's read_csv alone (issue #17)
        lantai = bench_lantai.ukur(df.to_csv(index=False).encode(), kerja, ULANG_IMPOR)
        out.append(
            {
                **tengah,
                "detik_semua": [r["detik"] for r in kali],
                "lantai_detik": lantai["detik"],
                "rasio_lantai": round(tengah["detik"] / lantai["detik"], 2),
            }
        )
    shutil.rmtree(store, ignore_errors=True)

    penuh = kerja / "impor_penuh"
    shutil.rmtree(penuh, ignore_errors=True)

    def tanpa_bulan_itu(c: duckdb.DuckDBPyConnection) -> None:
        c.execute("DELETE FROM setoran WHERE tanggal >= ?", [bulan])
        c.execute("DELETE FROM tpa_muatan WHERE waktu >= ?", [bulan])

    db.publish(penuh, tanpa_bulan_itu, base=f, finish=ringkas.segarkan)
    for dataset, df in sebulan.items():
        if not df.empty:
            out.append(_satu_impor(penuh, dataset, df, "bulan_ke_penuh", akhir))
    shutil.rmtree(penuh, ignore_errors=True)
    return out
