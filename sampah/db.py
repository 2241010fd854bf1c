"""Data access: where the database is, its data version, and running named queries.

A *store* is a folder holding numbered database versions and a pointer to the current one:

    store/CURRENT              text: file name of the current version, e.g. v000001.duckdb
    store/versions/v000001.duckdb

A writer builds a new version beside the old one and then replaces CURRENT atomically, so readers
see the old data or the new, never half of a change, and never meet a writer's lock (DuckDB lets
one process write a file). The previous versions allow an undo. A configured path may also name a
single .duckdb file, which is then opened read-only as it is.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "queries"
SCHEMA = Path(__file__).resolve().parent / "schema.sql"
DEMO_STORE = ROOT / "data" / "demo"
ENV_VAR = "SAMPAH_DB"

_NAME = re.compile(r"^[a-z0-9_]+$")
_build_lock = threading.Lock()


@dataclass(frozen=True)
class Source:
    """The database the dashboard reads: a store folder or a single file."""

    path: Path
    is_default: bool  # True when nothing was configured and the sample store is used

    @property
    def is_store(self) -> bool:
        return not self.path.suffix == ".duckdb"

    def current_file(self) -> Path | None:
        if not self.is_store:
            return self.path if self.path.exists() else None
        pointer = self.path / "CURRENT"
        if not pointer.exists():
            return None
        name = pointer.read_text().strip()
        if not _NAME.match(name.removesuffix(".duckdb")):
            raise ValueError(f"Penunjuk versi rusak di {pointer}: {name!r}")
        f = self.path / "versions" / name
        return f if f.exists() else None

    def version(self) -> str:
        """A string that changes whenever the data changes; part of every cache key."""
        f = self.current_file()
        if f is None:
            return "none"
        st = f.stat()
        return f"{f}:{st.st_size}:{st.st_mtime_ns}"


def configured_source(setting: str | None = None) -> Source:
    """The configured database (argument, then $SAMPAH_DB), else the built-in sample store."""
    raw = setting or os.environ.get(ENV_VAR)
    if raw:
        return Source(Path(raw).expanduser().resolve(), is_default=False)
    return Source(DEMO_STORE, is_default=True)


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(SCHEMA.read_text())


class StoreBusy(RuntimeError):
    """Another writer held the store lock for longer than the caller wanted to wait."""


_lock_depth: dict[Path, int] = {}
_lock_mutex = threading.RLock()


@contextlib.contextmanager
def writer_lock(store: Path, timeout: float = 600.0) -> Iterator[None]:
    """One writer at a time per store (fcntl.flock on store/.lock, released by the OS even after
    kill -9). Re-entrant within a process, so an import can hold it around publish(). Readers never
    take it. Without fcntl (Windows) only writers inside this process are serialised."""
    store = Path(store).resolve()
    store.mkdir(parents=True, exist_ok=True)
    with _lock_mutex:
        if _lock_depth.get(store):
            _lock_depth[store] += 1
            try:
                yield
            finally:
                _lock_depth[store] -= 1
            return
        try:
            import fcntl
        except ImportError:  # pragma: no cover - Windows
            fcntl = None
        fh = open(store / ".lock", "a+")  # noqa: SIM115 - held for the whole block
        try:
            if fcntl is not None:
                deadline = time.monotonic() + timeout
                while True:
                    try:
                        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                        break
                    except BlockingIOError:
                        if time.monotonic() > deadline:
                            raise StoreBusy(f"Penyimpanan {store} sedang dipakai impor lain") from None
                        time.sleep(0.1)
            _lock_depth[store] = 1
            try:
                yield
            finally:
                _lock_depth[store] = 0
        finally:
            fh.close()  # closing the file releases the flock


def set_current(store: Path, name: str) -> None:
    """Point CURRENT at versions/<name> atomically (write a temp file, fsync, rename)."""
    pointer_tmp = store / "CURRENT.tmp"
    pointer_tmp.write_text(name + "\n")
    with open(pointer_tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(pointer_tmp, store / "CURRENT")


def _remove_temp(tmp: Path) -> None:
    """A temp version and its WAL; a WAL left by a killed writer must never be replayed."""
    tmp.unlink(missing_ok=True)
    tmp.with_name(tmp.name + ".wal").unlink(missing_ok=True)


def publish(
    store: Path,
    build: Callable[[duckdb.DuckDBPyConnection], object],
    base: Path | None = None,
    finish: Callable[[duckdb.DuckDBPyConnection, Any], object] | None = None,
) -> Path:
    """Write a new version of the store: copy `base` (or start empty), apply `build`, then
    `finish` (given what `build` returned), then switch CURRENT to it atomically. If anything
    fails, CURRENT still names the previous version. Writers of data pass the summary rebuild as
    `finish` (sampah.ringkas.segarkan; `build` may return the days it changed), so a published
    version never holds stale summaries."""
    with writer_lock(store):
        versions = store / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.stem[1:]) for p in versions.glob("v*.duckdb") if p.stem[1:].isdigit()]
        target = versions / f"v{max(numbers, default=0) + 1:06d}.duckdb"
        tmp = target.with_suffix(".tmp")
        _remove_temp(tmp)
        try:
            if base is not None:
                shutil.copyfile(base, tmp)
            con = duckdb.connect(str(tmp))
            try:
                if base is None:
                    create_schema(con)
                hasil = build(con)
                if finish is not None:
                    finish(con, hasil)
                con.execute("CHECKPOINT")
            finally:
                con.close()
        except BaseException:
            _remove_temp(tmp)
            raise
        try:
            os.replace(tmp, target)
            set_current(store, target.name)
        except BaseException:  # e.g. a full disk: no version is left that CURRENT never named
            _remove_temp(tmp)
            target.unlink(missing_ok=True)
            (store / "CURRENT.tmp").unlink(missing_ok=True)
            raise
        return target


def prune(store: Path, keep: int = 20) -> list[Path]:
    """Delete the oldest versions beyond `keep` (never the current one) and stale temp files."""
    with writer_lock(store):
        versions = store / "versions"
        current = (store / "CURRENT").read_text().strip() if (store / "CURRENT").exists() else ""
        files = sorted(versions.glob("v*.duckdb"))
        gone = [f for f in files[:-keep] if f.name != current] if keep > 0 else []
        for f in gone:
            with contextlib.suppress(OSError):  # a reader may still hold it open (Windows)
                f.unlink()
        for t in versions.glob("v*.tmp*"):
            t.unlink(missing_ok=True)  # left by a killed writer; we hold the lock, so not in use
        return gone


def ensure_demo(source: Source, years: int = 3, seed: int = 42, paksa: bool = False) -> bool:
    """Build the sample database on first start (or again with `paksa`, e.g. when the schema has
    grown). Returns True if it was built now."""
    if not source.is_default or (source.current_file() is not None and not paksa):
        return False
    with _build_lock:
        if source.current_file() is not None and not paksa:
            return False
        from sampah import demo

        publish(source.path, lambda con: demo.fill(con, years=years, seed=seed))  # it builds the summaries
        return True


def berkas_atau_keluar(store: str | Path | None, saran: str = "") -> Path:
    """For the command line: the current version of a store, or exit with a clear message."""
    src = configured_source(str(store) if store else None)
    f = src.current_file()
    if f is None:
        raise SystemExit(f"Tidak ada basis data di {src.path}{saran}")
    return f


def connect_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=True)


def query_text(name: str) -> str:
    if not _NAME.match(name):
        raise ValueError(f"Nama kueri tidak sah: {name!r}")
    return (QUERIES / f"{name}.sql").read_text()


def query_names() -> list[str]:
    return sorted(p.stem for p in QUERIES.glob("*.sql"))


def query_columns(name: str) -> list[str]:
    """The columns a query file documents in its `-- columns:` header line."""
    for line in query_text(name).splitlines():
        if line.startswith("-- columns:"):
            return [c.strip() for c in line.removeprefix("-- columns:").split(",")]
    raise ValueError(f"queries/{name}.sql has no '-- columns:' line")


def run(con: duckdb.DuckDBPyConnection, name: str, params: Mapping[str, Any] | None = None) -> pd.DataFrame:
    """Run queries/<name>.sql with bound named parameters on a fresh cursor."""
    cur = con.cursor()
    try:
        sql = query_text(name)
        used = {k: v for k, v in (params or {}).items() if re.search(rf"\${k}\b", sql)}
        return cur.execute(sql, used).df()
    finally:
        cur.close()
