"""Recovery: which version the dashboard can read when the store is damaged, and how to restore it.

A version file can be damaged after the fact (a disk fault, a copy cut short, someone editing the
folder by hand); DuckDB then refuses to open it. Viewers must still see the last good data, with a
clear message, and an administrator needs one command to put CURRENT back on a good version:

    python -m sampah pulihkan [--versi v000012] [--store S]

Without --versi it chooses the newest version older than the damaged one that opens (an undone
import's newer version is never chosen by itself). Nothing is deleted: the damaged file stays in
versions/ for inspection and is pruned with the old versions later.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import errno
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb

from sampah import db

_sehat: dict[tuple[str, int, int, bool], str | None] = {}
_mutex = threading.Lock()


def _kunci(f: Path, teliti: bool) -> tuple[str, int, int, bool]:
    st = f.stat()
    return str(f), st.st_size, st.st_mtime_ns, teliti


def galat_buka(f: Path, teliti: bool = False) -> str | None:
    """None if `f` opens read-only as a whole DuckDB database, else a short reason. The quick check
    opens it and compares the file's size with the blocks DuckDB expects (a copy cut short); `teliti`
    also reads every row of every table (checksums of every block). Cached per (path, size, mtime):
    a healthy version is checked once, not on every query."""
    try:
        kunci = _kunci(f, teliti)
    except OSError as e:
        return e.strerror or type(e).__name__
    with _mutex:
        if kunci in _sehat:
            return _sehat[kunci]
        if not teliti and kunci[:3] + (True,) in _sehat:  # a thorough verdict answers a quick check
            return _sehat[kunci[:3] + (True,)]
    try:
        con = duckdb.connect(str(f), read_only=True)
        try:
            blok, jumlah = con.execute(
                "SELECT block_size, total_blocks FROM pragma_database_size()"
            ).fetchone()
            tabel = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()]
            alasan = None
            if kunci[1] < int(blok) * int(jumlah):
                alasan = f"file terpotong: {kunci[1]:,} dari {int(blok) * int(jumlah):,} byte"
            elif teliti:
                for t in tabel:
                    con.execute(f'SELECT sum(hash(x)) FROM "{t}" x').fetchone()
        finally:
            con.close()
    except duckdb.Error as e:
        alasan = str(e).splitlines()[0][:160]
    with _mutex:
        if len(_sehat) > 256:
            _sehat.clear()
        _sehat[kunci] = alasan
    return alasan


def tandai_bila_rusak(e: BaseException, f: Path) -> bool:
    """A query failed on `f`: if DuckDB says the file is damaged, remember that (the next run falls
    back to an older version) and return True; any other error is not ours to hide."""
    teks = str(e)
    if not (
        isinstance(e, duckdb.Error)
        and ("Corrupt database file" in teks or "IO Error" in teks or "Could not read" in teks)
    ):
        return False
    try:
        kunci = _kunci(f, False)
    except OSError:
        return True  # the file is gone: the next run reads what CURRENT names now
    alasan = galat_buka(f, teliti=True)  # confirm by reading every block: a passing fault stays an error
    if alasan is None:
        return False
    with _mutex:
        _sehat[kunci] = alasan
    return True


def _nomor(f: Path) -> int:
    return int(f.stem[1:]) if f.stem[1:].isdigit() else -1


def versi_semua(store: Path) -> list[Path]:
    """Every complete version file of a store, newest first."""
    return sorted(
        (p for p in (Path(store) / "versions").glob("v*.duckdb") if _nomor(p) >= 0), key=_nomor, reverse=True
    )


def _penunjuk(store: Path) -> str | None:
    try:
        return (Path(store) / "CURRENT").read_text().strip()
    except OSError:
        return None


@dataclass(frozen=True)
class Bacaan:
    """What the dashboard reads. `rusak` names the damaged active version when `berkas` is a
    fallback; `berkas` None means there is nothing to read (see `pesan`)."""

    berkas: Path | None
    versi: str  # part of every cache key
    rusak: str | None = None
    alasan: str | None = None
    pesan: tuple[str, dict] | None = None  # (key of sampah/teks/pulih.py, values) to show


def _kunci_versi(f: Path) -> str:
    st = f.stat()
    return f"{f}:{st.st_size}:{st.st_mtime_ns}"


def bacaan(src: db.Source, teliti: bool = False) -> Bacaan:
    """The version to read: CURRENT if it opens, else the newest older version that does."""
    try:
        f = src.current_file()
    except ValueError:  # CURRENT holds garbage
        f = None
    if f is not None:
        alasan = galat_buka(f, teliti)
        if alasan is None:
            try:
                return Bacaan(f, _kunci_versi(f))
            except OSError:
                alasan = "file hilang"
    elif not src.is_store or (_penunjuk(src.path) is None and not versi_semua(src.path)):
        return Bacaan(None, "none", pesan=("pl_hilang", {"path": str(src.path)}))
    elif _penunjuk(src.path) is None:
        alasan = "CURRENT tidak ada"
    else:
        alasan = "CURRENT → " + (_penunjuk(src.path) or "?")[:60] + ": file tidak ada atau nama rusak"
    rusak = f.name if f is not None else (_penunjuk(src.path) or "CURRENT")[:60]
    if src.is_store:
        batas = _nomor(f) if f is not None else 10**9
        for g in versi_semua(src.path):
            if _nomor(g) < batas and galat_buka(g, teliti) is None:
                return Bacaan(
                    g,
                    _kunci_versi(g),
                    rusak,
                    alasan,
                    ("pl_rusak", {"rusak": rusak, "alasan": alasan, "versi": g.name}),
                )
    return Bacaan(None, "none", rusak, alasan, ("pl_rusak_semua", {"path": str(src.path), "alasan": alasan}))


def pulihkan(store: Path, versi: str | None = None, oleh: str = "?") -> tuple[bool, tuple[str, dict]]:
    """Point CURRENT at `versi`, or at the version the dashboard falls back to. Logged in
    riwayat.jsonl as aksi 'pulihkan'. Returns (changed, message)."""
    store = Path(store)
    src = db.configured_source(str(store))
    with db.writer_lock(store):
        lama = _penunjuk(store) or "-"
        baik = [g.name for g in versi_semua(store) if galat_buka(g, teliti=True) is None]
        if versi:
            nama = versi if versi.endswith(".duckdb") else versi + ".duckdb"
            if nama not in baik:
                return False, ("pl_versi_buruk", {"versi": versi, "daftar": ", ".join(baik[:8]) or "-"})
        else:
            b = bacaan(src, teliti=True)
            if b.berkas is None:
                return False, ("pl_tidak_ada_baik", {"path": str(store)})
            if b.rusak is None:
                return False, ("pl_sudah_baik", {"versi": b.berkas.name})
            nama = b.berkas.name
        db.set_current(store, nama)
        from sampah.ingest import muat

        muat._log(
            store,
            {
                "waktu": datetime.now().isoformat(timespec="seconds"),
                "aksi": "pulihkan",
                "oleh": oleh,
                "versi": nama,
                "versi_dasar": lama,
            },
        )
        return True, ("pl_dipulihkan", {"versi": nama, "lama": lama})


def pesan_gagal_tulis(e: BaseException, store: Path) -> tuple[str, dict] | None:
    """A clear message for an import that failed on the disk (full, read-only, quota) or on a damaged
    base version, else None (a bug: let it raise)."""
    teks = str(e)
    if (
        isinstance(e, OSError)
        and e.errno in (errno.ENOSPC, errno.EDQUOT)
        or (isinstance(e, duckdb.Error) and ("No space left" in teks or "disk is full" in teks.lower()))
    ):
        return "pl_disk_penuh", {"path": str(store)}
    if isinstance(e, OSError | duckdb.Error):
        return "pl_gagal_tulis", {"galat": teks.splitlines()[0][:160] if teks else type(e).__name__}
    return None


def daftar(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    """`python -m sampah restore [--version vNNNNNN] [--store S]` (also: pulihkan --versi)."""
    p = sub.add_parser(
        "restore", aliases=["pulihkan"], help="arahkan CURRENT ke versi yang baik (setelah basis data rusak)"
    )
    p.add_argument(
        "--version",
        "--versi",
        dest="versi",
        help="nama versi, mis. v000012 (bawaan: versi baik terbaru sebelum yang rusak)",
    )
    p.add_argument("--store", help="folder penyimpanan (bawaan: $SAMPAH_DB atau data/demo)")
    p.add_argument("--by", "--oleh", dest="oleh", help="nama pengguna untuk riwayat")
    p.add_argument("--lang", choices=("id", "en"), default="id")
    p.set_defaults(func=_pulihkan)


def _pulihkan(args) -> None:  # noqa: ANN001
    from sampah.i18n import t

    store = db.configured_source(args.store).path
    print(
        "Versi: "
        + ", ".join(
            f"{g.name} {'baik' if galat_buka(g, teliti=True) is None else 'RUSAK'}"
            for g in versi_semua(store)[:10]
        )
    )
    ubah, (kunci, kw) = pulihkan(store, args.versi, oleh=args.oleh or "cli")
    print(t(kunci, args.lang, **kw))
    if not ubah and kunci != "pl_sudah_baik":
        raise SystemExit(1)
