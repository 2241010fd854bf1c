"""The floor of an import (issue #17, item 5): the same CSV file loaded by DuckDB alone, `read_csv`
with its own type detection into a table of a new database file and a CHECKPOINT, no check of any
kind. The full import (read, map, parse, validate, match, load, summaries, publish) is held against
it in `bench`; goal: within 1.5x."""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import duckdb

GOAL_RASIO = 1.5


def muat_polos(csv: Path, kerja: Path) -> tuple[float, int]:
    """Seconds to load `csv` into a fresh DuckDB file and checkpoint it; rows loaded."""
    f = kerja / "lantai.duckdb"
    f.unlink(missing_ok=True)
    t = time.perf_counter()
    con = duckdb.connect(str(f))
    try:
        con.execute("CREATE TABLE t AS SELECT * FROM read_csv($f)", {"f": str(csv)})
        con.execute("CHECKPOINT")
        detik = time.perf_counter() - t
        baris = con.execute("SELECT count(*) FROM t").fetchone()[0]
    finally:
        con.close()
    f.unlink(missing_ok=True)
    return detik, baris


def ukur(data: bytes, kerja: Path, ulang: int = 3) -> dict:
    """Median of `ulang` bare loads of the file's bytes."""
    csv = kerja / "lantai.csv"
    csv.write_bytes(data)
    try:
        runs = [muat_polos(csv, kerja) for _ in range(ulang)]
    finally:
        csv.unlink(missing_ok=True)
    kali = [d for d, _ in runs]
    return {
        "detik": round(statistics.median(kali), 3),
        "detik_semua": [round(k, 3) for k in kali],
        "baris": runs[0][1],
    }
