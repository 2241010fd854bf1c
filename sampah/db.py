"""Data access: where the database is, its data version, and running named queries.

A *store* is a folder holding numbered database versions and a pointer to the current one:

    store/CURRENT              text: file name of the current version, e.g. v000001.duckdb
    store/versions/v000001.duckdb
    store/versions/v000001.sha256   its checksum and size, written before CURRENT may name it
    store/riwayat.jsonl        the history (sampah/jurnal.py)

A writer builds a new version beside the old one and then replaces CURRENT atomically, so readers
see the old data or the new, never half of a change, and never meet a writer's lock (DuckDB lets
one process write a file). The previous versions allow an undo. A configured path may also name a
single .duckdb file, which is then opened read-only as it is.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import shutil
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
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
_PENUNJUK = re.compile(rb"^[a-z0-9_]{1,64}\.duckdb\r?\n?$")
_build_lock = threading.Lock()


class PenunjukRusak(ValueError):
    """CURRENT holds something that is not a version name (broken bytes, a path, garbage)."""

    def __init__(self, store: Path, isi: str) -> None:
        self.store, self.isi = str(store), isi
        super().__init__(
            f"Penunjuk versi CURRENT di {store} rusak (isinya '{isi}', bukan nama versi). Pulihkan dengan "
            "`python -m sampah pulihkan` atau `python -m sampah pulihkan --versi vNNNNNN`."
        )


def _tampak(data: bytes) -> str:
    """Bytes of a broken pointer as plain text safe to show anywhere: letters, digits and . _ - only."""
    teks = data[:40].decode("latin-1")
    return "".join(c if c.isascii() and (c.isalnum() or c in "._-") else "?" for c in teks)


def baca_penunjuk(store: Path) -> str | None:
    """The version name CURRENT holds, checked byte by byte (ASCII, one short name, nothing else);
    None when there is no CURRENT. Raises PenunjukRusak with a message in Bahasa Indonesia."""
    try:
        with open(Path(store) / "CURRENT", "rb") as fh:
            data = fh.read(256)
    except FileNotFoundError:
        return None
    if not _PENUNJUK.match(data):
        raise PenunjukRusak(store, _tampak(data))
    return data.decode("ascii").strip()


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
        name = baca_penunjuk(self.path)
        if name is None:
            return None
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
    for f in (tmp, tmp.with_name(tmp.name + ".padat")):  # and its compacted copy (sampah/bagian.py)
        f.unlink(missing_ok=True)
        f.with_name(f.name + ".wal").unlink(missing_ok=True)


def sidik(f: Path) -> Path:
    """Where a version's checksum lives: versions/v000012.sha256 beside versions/v000012.duckdb."""
    return f.with_suffix(".sha256")


def sha256_berkas(f: Path) -> str:
    h = hashlib.sha256()
    with open(f, "rb") as fh:
        while blok := fh.read(1 << 22):
            h.update(blok)
    return h.hexdigest()


def _tulis_sidik(isi: Path, target: Path, bagian: list = ()) -> None:  # noqa: ANN001
    """Write the checksum of the finished file `isi` for the version `target`, then one line per
    part it names (path, sha256, size), so a check or a prune needs no database (temp, fsync,
    rename)."""
    tmp = sidik(target).with_suffix(".sha256.tmp")
    baris = [f"{sha256_berkas(isi)} {isi.stat().st_size}"] + [
        f"{b.berkas} {b.sha256} {b.ukuran}" for b in bagian
    ]
    tmp.write_text("\n".join(baris) + "\n")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, sidik(target))


def baca_sidik(f: Path) -> tuple[str, int] | None:
    """(sha256, size) written when `f` was published, or None (a version from an older release)."""
    try:
        hexa, ukuran = sidik(f).read_text(encoding="ascii").splitlines()[0].split()
        return hexa, int(ukuran)
    except (OSError, ValueError, UnicodeDecodeError, IndexError):
        return None


def bagian_sidik(f: Path) -> list[tuple[str, str, int]] | None:
    """The parts `f` names as its checksum file lists them: (path, sha256, size); None without one."""
    try:
        baris = sidik(f).read_text(encoding="ascii").splitlines()
        return [(a, b, int(c)) for a, b, c in (x.split() for x in baris[1:] if x.strip())]
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def publish(
    store: Path,
    build: Callable[[duckdb.DuckDBPyConnection], object],
    base: Path | None = None,
    finish: Callable[[duckdb.DuckDBPyConnection, Any], object] | None = None,
    sebelum_tukar: Callable[[Path], None] | None = None,
    sentuh: Mapping[str, Iterable[str]] | None = None,
    tata: str | None = None,
    blok_lebar: bool = False,
) -> Path:
    """Write a new version of the store and switch CURRENT to it atomically; if anything fails,
    CURRENT still names the previous version and no file of the failed write is left.

    A version is a small catalog copied from `base` (or created empty) whose big tables are parts
    shared with the versions before (sampah/bagian.py): `build` runs on the catalog, the raw months
    it declared in `sentuh` ({"setoran": {"2026-10"}}) open as real tables holding their rows, and
    the months it wrote become new parts. Then `finish` runs (given what `build` returned): writers
    of data pass the summary rebuild (sampah.ringkas.segarkan; `build` may return the days it
    changed), so a published version never holds stale summaries. The catalog and its new parts get
    their checksums, and `sebelum_tukar(target)` runs before CURRENT moves (the history is written
    there, so a kill never leaves live rows that the history does not list). A `base` written by an
    older release as one file stays one file (a copy per version) until `tata="bagian"` converts it
    (`python -m sampah migrate`); `tata="satu"` writes a new store as one file, as older releases
    did. `blok_lebar`: the build writes many raw rows (a large import), so the catalog is copied
    into DuckDB's own block size for the build (`salin_katalog`)."""
    from sampah import bagian, bagian_ringkas

    with writer_lock(store):
        versions = store / "versions"
        versions.mkdir(parents=True, exist_ok=True)
        numbers = [int(p.stem[1:]) for p in versions.glob("v*.duckdb") if p.stem[1:].isdigit()]
        target = versions / f"v{max(numbers, default=0) + 1:06d}.duckdb"
        tmp = target.with_suffix(".tmp")
        _remove_temp(tmp)
        penulis = bagian.Penulis(store, tata_ulang=tata == "bagian")
        try:
            if base is not None and blok_lebar and bagian.berbagi_berkas(base):
                salin_katalog(base, tmp)  # many raw rows pass through it: DuckDB's own block size
            elif base is not None:
                shutil.copyfile(base, tmp)
            con = duckdb.connect(str(tmp))
            try:
                con.execute("SET enable_progress_bar = false")  # no progress bar on a command's stdout
                if base is None:
                    create_schema(con)
                lama_berbagi = base is not None and bagian.berbagi(con)
                berbagi = tata != "satu" if base is None else lama_berbagi or tata == "bagian"
                if berbagi and not lama_berbagi:
                    bagian.mulai(con)  # a new store, or an older one converted
                bagian.pasang(con, store)
                terbuka = bagian.buka_bulan(con, sentuh) if berbagi else {}
                hasil = build(con)
                if berbagi:
                    bagian.simpan_mentah(con, penulis, terbuka)
                if finish is not None:
                    with bagian.menulis(penulis if berbagi else None):
                        finish(con, hasil)
                padat, daftar = None, []
                if berbagi:
                    bagian_ringkas.simpan_ringkas(con, penulis)
                    padat = bagian.padatkan(con, tmp, paksa=penulis.tata_ulang)
                    daftar = bagian.daftar(con)
                con.execute("CHECKPOINT")
            finally:
                con.close()
            if padat is not None:  # the catalog without the space its big tables left
                os.replace(padat, tmp)
            _tulis_sidik(tmp, target, daftar)
        except BaseException:
            _remove_temp(tmp)
            _hapus_sidik(target)
            penulis.batal()
            raise
        try:
            os.replace(tmp, target)
            if sebelum_tukar is not None:
                sebelum_tukar(target)
            set_current(store, target.name)
        except BaseException:  # e.g. a full disk: no version is left that CURRENT never named
            _remove_temp(tmp)
            target.unlink(missing_ok=True)
            _hapus_sidik(target)
            penulis.batal()
            (store / "CURRENT.tmp").unlink(missing_ok=True)
            raise
        return target


def salin_katalog(base: Path, tmp: Path) -> None:
    """A copy of the catalog `base` in a new file of DuckDB's default block size. The raw months an
    import opens hold its rows in the catalog until they are split into parts (sampah/bagian.py),
    and a million rows written into a catalog's 16 kB blocks cost about four times the write into
    256 kB ones on a busy disk (issue #17); the end of the publish (`bagian.padatkan`) turns the
    catalog back into a small file with small blocks, as it does after every import."""
    con = duckdb.connect(str(tmp))
    try:
        con.execute("ATTACH '" + str(base).replace("'", "''") + "' AS _dasar (READ_ONLY)")
        try:
            nama = con.execute("SELECT current_database()").fetchall()[0][0].replace('"', '""')
            con.execute(f'COPY FROM DATABASE _dasar TO "{nama}"')
        finally:
            con.execute("DETACH _dasar")
        con.execute("CHECKPOINT")
    finally:
        con.close()


def _hapus_sidik(target: Path) -> None:
    sidik(target).unlink(missing_ok=True)
    sidik(target).with_suffix(".sha256.tmp").unlink(missing_ok=True)


def prune(store: Path, keep: int = 20) -> list[Path]:
    """Delete old versions and stale temp files. Kept: the current version, every version that the
    last `keep` undo steps go back to, however old (sampah/jurnal.py), and the `keep` newest
    (a fallback for a damaged newest one). Nothing is deleted while CURRENT is broken."""
    from sampah import jurnal

    with writer_lock(store):
        versions = store / "versions"
        try:
            current = baca_penunjuk(store) or ""
        except PenunjukRusak:
            return []
        files = sorted(versions.glob("v*.duckdb"))
        undo = jurnal.rantai(jurnal.baca(store), current, keep)
        simpan = {current, *undo, *(f.name for f in files[-keep:])}
        gone = [f for f in files if f.name not in simpan] if keep > 0 else []
        for f in gone:
            with contextlib.suppress(OSError):  # a reader may still hold it open (Windows)
                f.unlink()
                _hapus_sidik(f)
        for t in versions.glob("v*.tmp*"):
            t.unlink(missing_ok=True)  # left by a killed writer; we hold the lock, so not in use
        for s in versions.glob("v*.sha256"):
            if not s.with_suffix(".duckdb").exists():
                s.unlink(missing_ok=True)
        _prune_bagian(store, [f for f in files if f not in gone])
        return gone


def _prune_bagian(store: Path, tetap: list[Path]) -> None:
    """Delete the parts that no kept version names (their versions were pruned, or a killed writer
    left them); nothing when a kept version's list of parts cannot be read."""
    from sampah import bagian

    akar = store / bagian.FOLDER
    if not akar.exists():
        return
    dipakai: set[str] = set()
    for f in tetap:
        daftar = bagian_sidik(f)
        if daftar is None:
            try:
                daftar = [(b.berkas, b.sha256, b.ukuran) for b in bagian.daftar_berkas(f)]
            except (duckdb.Error, OSError):
                return
        dipakai |= {a for a, _, _ in daftar}
    for p in akar.rglob("*"):
        if p.is_file() and str(p.relative_to(store)) not in dipakai:
            with contextlib.suppress(OSError):
                p.unlink()
    for d in akar.glob("*/.tulis_b*"):  # the emptied folders of a killed writer's partitioned COPY
        shutil.rmtree(d, ignore_errors=True)


def ensure_demo(
    source: Source, years: int = 3, seed: int = 42, paksa: bool = False, scale: float = 0.2
) -> bool:
    """Build the sample store on first start, or again with `paksa` (the code's schema has grown,
    or the sample is damaged), but never over a store that holds imports: such a store is migrated
    to the newer schema instead (a logged version that undo passes through), and a damaged one is
    left for `pulihkan`. Returns True if a version was written now."""
    if not source.is_default:
        return False
    with _build_lock:
        try:
            f = source.current_file()
        except PenunjukRusak:
            f = None
        if f is not None and not paksa:
            return False
        from sampah import jurnal, skema

        if jurnal.punya_impor(source.path):
            baru = f is not None and skema.migrasi(source.path, oleh="dasbor", hanya_bila_kurang=True)
            return bool(baru)
        from sampah import demo

        # it builds the summaries itself
        publish(source.path, lambda con: demo.fill(con, years=years, seed=seed, scale=scale))
        return True


def berkas_atau_keluar(store: str | Path | None, saran: str = "") -> Path:
    """For the command line: the current version of a store, or exit with a clear message."""
    src = configured_source(str(store) if store else None)
    try:
        f = src.current_file()
    except PenunjukRusak as e:
        raise SystemExit(str(e)) from None
    if f is None:
        raise SystemExit(f"Tidak ada basis data di {src.path}{saran}")
    return f


def connect_readonly(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a version; a catalog's parts are attached (sampah/bagian.py)."""
    from sampah import bagian

    con = duckdb.connect(str(path), read_only=True)
    try:
        bagian.pasang(con, bagian.store_dari(path))
    except BaseException:
        con.close()
        raise
    return con


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
