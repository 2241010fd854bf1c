"""Past one machine: every table as Parquet, partitioned by kab/kota and year (hive layout).

    python -m sampah export-parquet --out /srv/parquet [--store DIR]

writes `<out>/<table>/kab_kota=32.75/tahun=2025/data_0.parquet` for dated tables (deposits, loads,
processing, the daily summaries, the import log) and `<out>/<table>/kab_kota=32.75/data_0.parquet`
for the others. One database is one kab/kota, so the exports of 27 cities (a province) or 514 (KLH)
land side by side in one tree, which DuckDB, MotherDuck or any engine reading Parquet from object
storage scans with partition pruning. `buka(out)` opens such a tree as a database on which the query
files run unchanged: a view per table over read_parquet, then the schema's macros and views.
"""

from __future__ import annotations

import argparse
import re
import shutil
from pathlib import Path

import duckdb

from sampah import bagian, db

# the date column that gives the year partition; tables not listed carry no year
KOLOM_TAHUN = {
    "setoran": "tanggal",
    "tpa_muatan": "waktu",
    "pengolahan": "tanggal",
    "impor": "mulai",
    "agg_setoran_harian": "tanggal",
    "agg_setoran_kategori": "tanggal",
    "agg_setoran_harga": "tanggal",
    "agg_tpa_harian": "tanggal",
    "agg_neraca_harian": "tanggal",
}
HIVE_TYPES = "{'kab_kota': VARCHAR, 'tahun': INTEGER}"


def ekspor(con: duckdb.DuckDBPyConnection, out: Path) -> dict[str, int]:
    """Write every table of `con` under `out`; returns rows written per table. A table's folder for
    this kab/kota is replaced, other kab/kota in the same tree are left as they are."""
    kota = con.execute("SELECT min(kode) FROM kota").fetchone()[0] or "tanpa_kota"
    tabel = [
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND NOT temporary AND NOT starts_with(table_name, '_') "
            "UNION SELECT tabel FROM duckdb_views() JOIN (SELECT unnest($b) AS tabel) ON view_name = tabel "
            "WHERE database_name = current_database() ORDER BY 1",
            {"b": [*bagian.MENTAH, *bagian.RINGKAS]},
        ).fetchall()
    ]
    hasil = {}
    for t in tabel:
        n = con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
        hasil[t] = n
        shutil.rmtree(out / t / f"kab_kota={kota}", ignore_errors=True)
        if n == 0:
            continue  # buka() creates it empty from the schema
        (out / t).mkdir(parents=True, exist_ok=True)
        tahun = KOLOM_TAHUN.get(t)
        lit = "'" + str(kota).replace("'", "''") + "'"
        cols = f"*, {lit}::VARCHAR AS kab_kota" + (f", year({tahun})::INTEGER AS tahun" if tahun else "")
        part = "kab_kota, tahun" if tahun else "kab_kota"
        con.execute(f"""COPY (SELECT {cols} FROM "{t}") TO '{out / t}'
                        (FORMAT parquet, PARTITION_BY ({part}), OVERWRITE_OR_IGNORE,
                         FILENAME_PATTERN 'data_{{i}}')""")
    return hasil


def buka(root: Path, kabkota: list[str] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory database over a Parquet tree: each table a view reading its files (optionally
    only some kab/kota), every other table empty from the schema, then the schema's metric macros
    and views on top, exactly as in a store version."""
    con = duckdb.connect()
    pernyataan = con.extract_statements(db.SCHEMA.read_text())
    dibuat = set()
    for d in sorted(p for p in root.iterdir() if p.is_dir()) if root.exists() else []:
        if not any(d.rglob("*.parquet")):
            continue
        saring = ""
        if kabkota:
            daftar_ = ", ".join("'" + k.replace("'", "''") + "'" for k in kabkota)
            saring = f" WHERE kab_kota IN ({daftar_})"
        buang = "kab_kota, tahun" if d.name in KOLOM_TAHUN else "kab_kota"
        jenis = HIVE_TYPES if d.name in KOLOM_TAHUN else "{'kab_kota': VARCHAR}"
        con.execute(f"""CREATE VIEW "{d.name}" AS SELECT * EXCLUDE ({buang})
                        FROM read_parquet('{d}/**/*.parquet', hive_partitioning = true,
                                          hive_types = {jenis}){saring}""")
        dibuat.add(d.name)
    for s in pernyataan:
        teks = s.query.strip()
        if teks.upper().startswith("CREATE TABLE"):
            nama = teks.split("EXISTS", 1)[-1].split("(", 1)[0].strip()
            if nama in dibuat:
                continue
        # the schema also adds columns and seed rows to tables; a table read from Parquet already
        # holds what its store had and is a view here
        m = re.match(r"(?:\s*--[^\n]*\n)*\s*(?:ALTER TABLE|INSERT INTO)\s+(\w+)", teks, re.I)
        if m and m.group(1) in dibuat:
            continue
        con.execute(teks)
    return con


def _perintah(args: argparse.Namespace) -> None:
    con = db.connect_readonly(db.berkas_atau_keluar(args.store))
    try:
        hasil = ekspor(con, Path(args.out))
    finally:
        con.close()
    for t, n in hasil.items():
        print(f"  {t:24} {n:>12,} baris")
    print(f"Parquet (kab_kota/tahun): {Path(args.out).resolve()}")


def daftar(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export-parquet", help="ekspor semua tabel ke Parquet per kab/kota dan tahun")
    p.add_argument("--out", required=True, help="folder tujuan (struktur hive: tabel/kab_kota=/tahun=)")
    p.add_argument("--store", help="penyimpanan sumber (bawaan: $SAMPAH_DB atau data/demo)")
    p.set_defaults(func=_perintah)
