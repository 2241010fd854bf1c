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
from pathlib import Path

import duckdb

from sampah import db

_sehat: dict[tuple[str, int, int, int, bool], str | None] = {}
_BAGIAN = "bagian"  # sampah.bagian.FOLDER
_mutex = threading.Lock()
BATAS_DETIK = 5.0  # the viewers' read of a version without a checksum stops after this long


def _kunci(f: Path, teliti: bool) -> tuple[str, int, int, int, bool]:
    st = f.stat()
    return str(f), st.st_size, st.st_mtime_ns, st.st_ino, teliti


def galat_buka(f: Path, teliti: bool = False) -> str | None:
    """None if `f` reads as a whole DuckDB database, else a short reason (never a size formula:
    DuckDB 2.0 files may legitimately end before their free blocks). A version published by this
    release carries the checksum it was written with (`versions/vNNNNNN.sha256`): bytes that still
    match it are whole. A file that no longer matches, or has none (an older release), is read the
    way DuckDB reads it: opened read-only and every block of every table read, each verified against
    DuckDB's own block checksum. Only what fails that read is damaged. Without `teliti` that read
    stops after BATAS_DETIK (what is left is checked as queries meet it, `tandai_bila_rusak`).
    Cached per file identity (path, size, mtime, inode): a version is checked once per process."""
    try:
        kunci = _kunci(f, teliti)
    except OSError as e:
        return e.strerror or type(e).__name__
    teliti_pula = kunci[:4] + (True,)
    with _mutex:
        if kunci in _sehat:
            return _sehat[kunci]
        if teliti_pula in _sehat:  # a thorough verdict answers a quick check
            return _sehat[teliti_pula]
    sidik = db.baca_sidik(f)
    lengkap = True
    if sidik is not None and sidik[1] == kunci[1] and db.sha256_berkas(f) == sidik[0]:
        alasan = None  # every byte as published
    else:
        alasan, lengkap = _baca_semua(f, None if teliti else BATAS_DETIK)
    if alasan is None:
        alasan = _galat_bagian(f)
    with _mutex:
        if len(_sehat) > 256:
            _sehat.clear()
        _sehat[teliti_pula if lengkap else kunci] = alasan
    return alasan


def _galat_bagian(f: Path) -> str | None:
    """The parts a catalog names (sampah/bagian.py), each whole: its bytes as published, or else
    read whole by DuckDB. Verdicts are cached per part: a new version pays only for its new parts."""
    from sampah import bagian

    daftar = db.bagian_sidik(f)
    if daftar is None:
        try:
            daftar = [(b.berkas, b.sha256, b.ukuran) for b in bagian.daftar_berkas(f)]
        except duckdb.Error as e:
            return str(e).splitlines()[0][:160]
    store = bagian.store_dari(f)
    for rel, hexa, ukuran in daftar:
        g = store / rel
        try:
            kunci = _kunci(g, True)
        except OSError as e:
            return f"bagian {rel}: {e.strerror or type(e).__name__}"
        with _mutex:
            if kunci in _sehat:
                alasan = _sehat[kunci]
                if alasan:
                    return alasan
                continue
        if kunci[1] == ukuran and db.sha256_berkas(g) == hexa:
            alasan = None
        else:
            alasan, _ = _baca_semua(g, None)
            alasan = f"bagian {rel}: {alasan}" if alasan else None
        with _mutex:
            _sehat[kunci] = alasan
        if alasan:
            return alasan
    return None


def _baca_semua(f: Path, batas: float | None) -> tuple[str | None, bool]:
    """Read every row of every table of `f` read-only: (reason or None, whether all was read)."""
    if f.suffix == ".parquet":  # a raw part: every row group, checked by the Parquet reader
        try:
            duckdb.connect().execute("SELECT sum(hash(x)) FROM read_parquet(?) x", [str(f)]).fetchone()
            return None, True
        except duckdb.Error as e:
            return str(e).splitlines()[0][:160], True
    try:
        con = duckdb.connect(str(f), read_only=True)
    except duckdb.Error as e:
        return str(e).splitlines()[0][:160], True
    jam = threading.Timer(batas, con.interrupt) if batas else None
    try:
        if jam is not None:
            jam.start()
        tabel = con.execute(
            "SELECT schema_name, table_name FROM duckdb_tables() WHERE database_name = current_database()"
        ).fetchall()
        for skema, nama in tabel:
            q = ".".join('"' + n.replace('"', '""') + '"' for n in (skema, nama))
            con.execute(f"SELECT sum(hash(x)) FROM {q} x").fetchone()
        return None, True
    except duckdb.InterruptException:
        return None, False  # out of time: nothing read so far failed
    except duckdb.Error as e:
        return str(e).splitlines()[0][:160], True
    finally:
        if jam is not None:
            jam.cancel()
        con.close()


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
        kunci = _kunci(f, True)
    except OSError:
        return True  # the file is gone: the next run reads what CURRENT names now
    with _mutex:  # read it again, whole, with its parts: a passing fault stays an error
        _sehat.pop(kunci, None)
        _sehat.pop(kunci[:4] + (False,), None)
        for k in [k for k in _sehat if f"/{_BAGIAN}/" in k[0]]:
            del _sehat[k]
    alasan = _baca_semua(f, None)[0] or _galat_bagian(f)
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
    """What CURRENT holds, as text safe to show (broken bytes become '?'), or None."""
    try:
        return db.baca_penunjuk(store)
    except db.PenunjukRusak:
        try:
            return "CURRENT '" + db._tampak((Path(store) / "CURRENT").read_bytes()) + "'"
        except OSError:
            return "CURRENT"
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
    penunjuk_rusak = None
    try:
        f = src.current_file()
    except db.PenunjukRusak:  # CURRENT holds garbage: fall back to the newest version that reads
        f, penunjuk_rusak = None, _penunjuk(src.path)
    if penunjuk_rusak is not None:
        alasan = f"penunjuk {penunjuk_rusak} rusak, bukan nama versi"
    elif f is not None:
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
    if f is not None:
        rusak = f.name
    else:
        rusak = "CURRENT" if penunjuk_rusak else (_penunjuk(src.path) or "CURRENT")[:60]
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
    """Point CURRENT at `versi`, or at the version the dashboard falls back to. Logged in the history
    as aksi 'pulihkan' before CURRENT moves. Returns (changed, message); a store that cannot be
    written (permissions, full disk) gives a message, not an exception."""
    store = Path(store)
    try:
        with db.writer_lock(store):
            return _pulihkan_terkunci(store, versi, oleh)
    except OSError as e:
        return False, pesan_gagal_tulis(e, store)


def _pulihkan_terkunci(store: Path, versi: str | None, oleh: str) -> tuple[bool, tuple[str, dict]]:
    from sampah import jurnal

    lama = _penunjuk(store) or "-"
    if versi:
        nama = versi if versi.endswith(".duckdb") else versi + ".duckdb"
        g = store / "versions" / nama
        if not db._NAME.match(nama.removesuffix(".duckdb")) or not g.exists() or galat_buka(g, teliti=True):
            baik = [g.name for g in versi_semua(store) if galat_buka(g, teliti=True) is None]
            daftar = ", ".join(baik[:8]) or "-"
            return False, ("pl_versi_buruk", {"versi": db._tampak(versi.encode()), "daftar": daftar})
    else:
        b = bacaan(db.configured_source(str(store)), teliti=True)
        if b.berkas is None:
            return False, ("pl_tidak_ada_baik", {"path": str(store)})
        if b.rusak is None:
            return False, ("pl_sudah_baik", {"versi": b.berkas.name})
        nama = b.berkas.name
    jurnal.tulis(
        store,
        {
            "waktu": jurnal.sekarang(),
            "aksi": "pulihkan",
            "status": "selesai",
            "oleh": oleh,
            "versi": nama,
            "versi_dasar": lama,
        },
    )
    db.set_current(store, nama)
    return True, ("pl_dipulihkan", {"versi": nama, "lama": lama})


def pesan_gagal_tulis(e: BaseException, store: Path) -> tuple[str, dict] | None:
    """A clear message for a write (import, undo, restore) that failed on the disk (full, read-only,
    no permission, quota), on a broken CURRENT or on a damaged base version, else None (a bug: let
    it raise)."""
    teks = str(e)
    if isinstance(e, db.PenunjukRusak):
        return "pl_penunjuk_rusak", {"path": e.store, "isi": e.isi}
    galat = teks.splitlines()[0][:160] if teks else type(e).__name__
    if isinstance(e, OSError) and e.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "pl_tanpa_izin", {"path": str(store), "galat": galat}
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
