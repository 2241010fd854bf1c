"""Is a database older than this code's schema? Which tables, views, macros and added columns does
it lack?

schema.sql is idempotent (CREATE ... IF NOT EXISTS / OR REPLACE, ALTER TABLE ... ADD COLUMN IF NOT
EXISTS), so bringing an older database up to date is running it again on a new version of the store
(`python -m sampah migrate`, logged as 'migrasi'), which also turns a store of single-file versions
(older releases) into a catalog and parts (sampah/bagian.py), and moves the summaries a catalog
of the release before still copied into parts (sampah/bagian_ringkas.py). The sample store is
rebuilt, unless it holds imports or settings: then it is migrated too (sampah.db.ensure_demo).
"""

from __future__ import annotations

import re
from pathlib import Path

import duckdb

from sampah import db, ringkas

_OBJ = re.compile(r"^CREATE (?:OR REPLACE )?(TABLE|VIEW|MACRO)(?: IF NOT EXISTS)? (\w+)", re.M)
_KOLOM = re.compile(r"^ALTER TABLE (\w+) ADD COLUMN IF NOT EXISTS (\w+)", re.M)


def objek_skema() -> set[str]:
    """Names of the schema's tables, views and macros, and `table.column` of its added columns."""
    teks = db.SCHEMA.read_text()
    return {name for _, name in _OBJ.findall(teks)} | {f"{t}.{k}" for t, k in _KOLOM.findall(teks)}


def kurang_di(con: duckdb.DuckDBPyConnection) -> set[str]:
    """What the open database lacks of the schema (empty = up to date)."""
    ada = {
        r[0]
        for r in con.execute(
            "SELECT table_name FROM duckdb_tables() UNION SELECT view_name FROM duckdb_views() "
            "UNION SELECT function_name FROM duckdb_functions() WHERE function_type IN "
            "('macro', 'table_macro') UNION SELECT table_name || '.' || column_name FROM duckdb_columns()"
        ).fetchall()
    }
    return objek_skema() - ada


def kurang(path: Path) -> set[str]:
    """Names of the schema's objects (and added columns) missing from the database file (empty = up
    to date)."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        return kurang_di(con)
    finally:
        con.close()


def migrasi(store: Path, oleh: str = "?", hanya_bila_kurang: bool = False) -> Path | None:
    """Publish a new version of the store with the current schema applied, logged in the history
    as 'migrasi' (written before CURRENT moves), so that undo passes through it to the last import.
    `hanya_bila_kurang`: nothing (None) when the current version already has every object, checked
    under the writer lock (two viewers may ask at once)."""
    from sampah import bagian, bagian_ringkas, jurnal

    store = Path(store)
    with db.writer_lock(store):
        dasar = db.configured_source(str(store)).current_file()
        if dasar is not None:
            jurnal.rukunkan(store, dasar.name, dasar.parent)
        tambah = kurang(dasar) if dasar is not None else objek_skema()
        satu = dasar is not None and not bagian.berbagi_berkas(dasar)  # one file: an older release
        # a catalog of the release before: daily summaries copied into every version
        ringkas_lama = dasar is not None and not satu and bagian_ringkas.tata_lama_berkas(dasar)
        if hanya_bila_kurang and not tambah and not satu and not ringkas_lama:
            return None
        if satu:
            tambah = tambah | {"tata bagian"}
        if ringkas_lama:
            tambah = tambah | {"tata bagian ringkasan"}

        def catat(target: Path) -> None:
            jurnal.tulis(
                store,
                {
                    "waktu": jurnal.sekarang(),
                    "aksi": "migrasi",
                    "status": "selesai",
                    "oleh": oleh,
                    "versi": target.name,
                    "versi_dasar": dasar.name if dasar else None,
                    "catatan": ", ".join(sorted(tambah))[:300],
                },
            )

        # the summaries are rebuilt after it: this fills those a database from before them lacks; an
        # older store of single-file versions becomes a catalog and parts (sampah/bagian.py)
        return db.publish(
            store, db.create_schema, base=dasar, finish=ringkas.segarkan, sebelum_tukar=catat, tata="bagian"
        )
