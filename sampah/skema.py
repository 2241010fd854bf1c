"""Is a database older than this code's schema? Which tables, views, macros and added columns does
it lack?

schema.sql is idempotent (CREATE ... IF NOT EXISTS / OR REPLACE, ALTER TABLE ... ADD COLUMN IF NOT
EXISTS), so bringing an older database up to date is running it again on a new version of the store
(`python -m sampah migrate`). The sample store is simply rebuilt.
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


def migrasi(store: Path) -> Path:
    """Publish a new version of the store with the current schema applied; the summaries are
    rebuilt after it (this fills those a database from before them lacks)."""
    src = db.configured_source(str(store))
    return db.publish(store, db.create_schema, base=src.current_file(), finish=ringkas.segarkan)
