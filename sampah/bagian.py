"""Store versions that cost what changed: the big tables in parts shared between versions.

A version of a store is a small DuckDB *catalog* (`versions/v000012.duckdb`): every small table,
the schema's macros and views, and in place of each big table a view over its parts:

    bagian/setoran/2026-10_b000123.parquet     raw deposits of one month (Parquet, zstd)
    bagian/tpa_muatan/2026-10_b000124.parquet  raw weighbridge loads of one month
    bagian/ringkas/2026-10_b000125.duckdb      the summaries with a row per day or month, one
                                               month of the newest year, attached read-only as
                                               `b000125` (sampah/bagian_ringkas.py)
    bagian/ringkas/-2025_b000126.duckdb        the same of every year before it

Parts are immutable: a write that touches October 2026 writes new parts for that month (and its
summaries) and a new catalog naming them with every untouched part of the version before;
undo and the fallback go back to an older catalog whose parts are still there (pruning deletes a
part only when no kept version names it). The catalog's `_bagian` table lists its parts with their
sha256, and `connect` attaches them, so the query files keep reading `setoran`,
`agg_setoran_harian`, ... by name. The pages read only summaries: the raw tables are Parquet
(read by imports and summary rebuilds), the summaries native DuckDB files (as fast as one file).

A build sees in a raw table only the months it declared (`sentuh`) as a real, writable table, the
rest not at all: every key of a raw table holds its date, so an import's duplicate check needs no
other month. Writing a row into an undeclared month that already has a part is refused.

Nothing here imports Streamlit.
"""

from __future__ import annotations

import contextlib
import contextvars
import hashlib
import os
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

MENTAH = {"setoran": "tanggal", "tpa_muatan": "waktu"}  # raw tables: one part per month
# summaries in parts (sampah/bagian_ringkas.py), in the order they are built: the last two read the
# ones before them by name
RINGKAS = (
    "agg_setoran_harian",
    "agg_setoran_kategori",
    "agg_setoran_harga",
    "agg_tpa_harian",
    "agg_neraca_harian",
    "agg_bank_sampah_bulanan",
)
RINGKAS_LAMA = RINGKAS[:3]  # a catalog of the release before: these in parts, the rest copied
FOLDER = "bagian"
_NOMOR = re.compile(r"_b(\d{6,})\.")


def _kutip(teks: str) -> str:
    return "'" + str(teks).replace("'", "''") + "'"


def _ada_tabel(con: duckdb.DuckDBPyConnection, nama: str) -> bool:
    return bool(
        con.execute(
            "SELECT count(*) FROM duckdb_tables() WHERE database_name = current_database() "
            "AND schema_name = 'main' AND table_name = ?",
            [nama],
        ).fetchall()[0][0]
    )


def berbagi(con: duckdb.DuckDBPyConnection) -> bool:
    """Is this a catalog of the parts layout (else a single-file version of an older release)?"""
    return _ada_tabel(con, "_bagian")


def berbagi_berkas(f: Path) -> bool:
    con = duckdb.connect(str(f), read_only=True)
    try:
        return berbagi(con)
    finally:
        con.close()


@dataclass(frozen=True)
class Bagian:
    berkas: str  # relative to the store
    kelompok: str  # setoran | tpa_muatan | ringkas
    kunci: str  # '2026-10' (raw) or '2026' (summaries)
    sha256: str
    ukuran: int
    baris: int

    @property
    def alias(self) -> str:
        return "b" + _NOMOR.search(self.berkas).group(1)


def daftar(con: duckdb.DuckDBPyConnection) -> list[Bagian]:
    return [
        Bagian(*r)
        for r in con.execute(
            "SELECT berkas, kelompok, kunci, sha256, ukuran, baris FROM _bagian ORDER BY kelompok, kunci"
        ).fetchall()
    ]


def daftar_berkas(f: Path) -> list[Bagian]:
    """The parts a catalog file names (none for a single-file version)."""
    con = duckdb.connect(str(f), read_only=True)
    try:
        return daftar(con) if berbagi(con) else []
    finally:
        con.close()


def store_dari(f: Path) -> Path:
    return Path(f).resolve().parent.parent  # store/versions/v000012.duckdb


def pasang(con: duckdb.DuckDBPyConnection, store: Path) -> None:
    """Make a catalog's views resolve: relative Parquet paths against the store, summary parts
    attached read-only under their aliases (once per database instance)."""
    if not berbagi(con):
        return
    con.execute(f"SET GLOBAL file_search_path = {_kutip(store)}")
    for b in daftar(con):
        if b.kelompok.startswith("ringkas"):
            con.execute(f"ATTACH IF NOT EXISTS {_kutip(store / b.berkas)} AS {b.alias} (READ_ONLY)")


# ---- writing ----------------------------------------------------------------------------------


@dataclass
class Penulis:
    """The parts one publish writes: numbered after every part in the store, removed again if the
    publish fails (so a failed or killed write leaves no part that a version names)."""

    store: Path
    baru: list[Path] = field(default_factory=list)
    ditulis: set[str] = field(default_factory=set)  # raw tables that got new parts
    sementara: list[Path] = field(default_factory=list)  # folders of partitioned COPYs
    tata_ulang: bool = False  # migrate (db.publish tata="bagian"): an older layout is converted
    _nomor: int = 0

    def __post_init__(self) -> None:
        akar = self.store / FOLDER
        nomor = [int(m.group(1)) for p in akar.rglob("*_b*") if (m := _NOMOR.search(p.name))]
        self._nomor = max(nomor, default=0)

    def nama(self, kelompok: str, kunci: str, akhiran: str) -> Path:
        self._nomor += 1
        f = self.store / FOLDER / kelompok / f"{kunci}_b{self._nomor:06d}.{akhiran}"
        f.parent.mkdir(parents=True, exist_ok=True)
        self.baru.append(f)
        return f

    def folder_sementara(self, kelompok: str) -> Path:
        """A fresh folder for one partitioned COPY (its files are moved out, then it is removed;
        a killed write leaves it to prune)."""
        self._nomor += 1
        d = self.store / FOLDER / kelompok / f".tulis_b{self._nomor:06d}"
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        self.sementara.append(d)
        return d

    def selesai(self, tmp: Path, f: Path) -> tuple[str, int]:
        """Hash the written temp file in one read and fsync it, then give it its final name:
        (sha256, size)."""
        with open(tmp, "rb") as fh:
            hexa = hashlib.file_digest(fh, "sha256").hexdigest()
            ukuran = os.fstat(fh.fileno()).st_size
            os.fsync(fh.fileno())
        os.replace(tmp, f)
        return hexa, ukuran

    def sinkron_folder(self, kelompok: str) -> None:
        """One fsync of a folder after its parts were renamed into it (the names survive a crash)."""
        with contextlib.suppress(OSError):  # not every platform opens folders
            fd = os.open(self.store / FOLDER / kelompok, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)

    def batal(self) -> None:
        for f in self.baru:
            for g in (f, f.with_name(f.name + ".tmp"), f.with_name(f.name + ".tmp.wal")):
                g.unlink(missing_ok=True)
        for d in self.sementara:
            shutil.rmtree(d, ignore_errors=True)


_penulis: contextvars.ContextVar[Penulis | None] = contextvars.ContextVar("penulis", default=None)


@contextlib.contextmanager
def menulis(penulis: Penulis | None) -> Iterator[None]:
    """While db.publish runs its `finish` step: the writer of that publish's parts, so that
    sampah.ringkas.segarkan (handed to publish as a plain callable) can write summaries' parts."""
    token = _penulis.set(penulis)
    try:
        yield
    finally:
        _penulis.reset(token)


def penulis_kini() -> Penulis | None:
    return _penulis.get()


def mulai(con: duckdb.DuckDBPyConnection) -> None:
    """Turn a fresh catalog (schema just created) into the parts layout: remember each big table's
    definition; the tables stay real and empty until the end of the publish splits their rows."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS _bagian (berkas VARCHAR PRIMARY KEY, kelompok VARCHAR NOT NULL, "
        "kunci VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, ukuran BIGINT NOT NULL, baris BIGINT NOT NULL)"
    )
    con.execute("CREATE TABLE IF NOT EXISTS _bagian_ddl (tabel VARCHAR PRIMARY KEY, ddl VARCHAR NOT NULL)")
    _ingat_ddl(con)


def _ingat_ddl(con: duckdb.DuckDBPyConnection) -> None:
    """Remember the definition of each big table held as a real table now (also one the build has
    just created: a database from before the summaries, migrated)."""
    for t in (*MENTAH, *RINGKAS):
        r = con.execute(
            "SELECT sql FROM duckdb_tables() WHERE database_name = current_database() AND table_name = ?",
            [t],
        ).fetchall()
        if r:
            con.execute("INSERT OR REPLACE INTO _bagian_ddl VALUES (?, ?)", [t, r[0][0]])


def _jenis(con: duckdb.DuckDBPyConnection, t: str) -> str | None:
    r = con.execute(
        "SELECT 'tabel' FROM duckdb_tables() WHERE database_name = current_database() AND table_name = $t "
        "UNION ALL SELECT 'view' FROM duckdb_views() WHERE database_name = current_database() "
        "AND view_name = $t AND NOT internal",
        {"t": t},
    ).fetchall()
    return r[0][0] if r else None


def _jadikan_tabel(con: duckdb.DuckDBPyConnection, t: str) -> None:
    """`t` as a real table (empty if it was a view), with its definition from the schema."""
    jenis = _jenis(con, t)
    if jenis == "view":
        con.execute(f"DROP VIEW {t}")
    if jenis != "tabel":
        con.execute(con.execute("SELECT ddl FROM _bagian_ddl WHERE tabel = ?", [t]).fetchall()[0][0])


def buka_bulan(
    con: duckdb.DuckDBPyConnection, sentuh: dict[str, Iterable[str]] | None
) -> dict[str, set[str]]:
    """Before a build: each raw table with declared months becomes a real table holding the rows of
    those months (from their parts); the others stay read-only views."""
    terbuka: dict[str, set[str]] = {}
    for t, bulan in (sentuh or {}).items():
        bulan = set(bulan)
        if t not in MENTAH or not bulan:
            continue
        berkas = [b.berkas for b in daftar(con) if b.kelompok == t and b.kunci in bulan]
        _jadikan_tabel(con, t)
        if berkas:
            con.execute(f"INSERT INTO {t} SELECT * FROM read_parquet([{', '.join(map(_kutip, berkas))}])")
        terbuka[t] = bulan
    return terbuka


def simpan_mentah(con: duckdb.DuckDBPyConnection, penulis: Penulis, terbuka: dict[str, set[str]]) -> None:
    """After a build: every raw table that is a real table is split into month parts, replacing
    the parts of the months it holds or opened; then it is a view over all its parts again. One
    partitioned COPY per table writes every month at once (in parallel, one pass over the rows)."""
    _ingat_ddl(con)
    for t, kol in MENTAH.items():
        if _jenis(con, t) != "tabel":
            continue
        ada = {b.kunci: b for b in daftar(con) if b.kelompok == t}
        # months as yyyymm integers: strftime of every row costs more than the rest of the split
        kode = f"year({kol}) * 100 + month({kol})"
        nomor = dict(con.execute(f"SELECT {kode}, count(*) FROM {t} GROUP BY ALL").fetchall())
        if None in nomor:
            raise RuntimeError(f"{t}: baris tanpa {kol}")
        baris = {f"{k // 100:04d}-{k % 100:02d}": (k, n) for k, n in nomor.items()}
        liar = sorted((set(baris) & set(ada)) - terbuka.get(t, set()))
        if liar:
            raise RuntimeError(f"{t}: baris ditulis ke bulan {', '.join(liar[:5])} yang tidak dibuka")
        for bulan in sorted(set(baris) | terbuka.get(t, set())):
            penulis.ditulis.add(t)
            if bulan in ada:  # replaced, or every row of that month deleted
                con.execute("DELETE FROM _bagian WHERE berkas = ?", [ada[bulan].berkas])
        if baris:
            sementara = penulis.folder_sementara(t)
            con.execute(
                f"COPY (SELECT *, {kode} AS _bulan FROM {t}) TO {_kutip(sementara)} "
                "(FORMAT parquet, COMPRESSION zstd, PARTITION_BY (_bulan), WRITE_PARTITION_COLUMNS false)"
            )
            for bulan, (k, n) in sorted(baris.items()):
                tulis = sorted((sementara / f"_bulan={k}").iterdir())
                f = penulis.nama(t, bulan, "parquet")
                if len(tulis) > 1:  # more months than DuckDB keeps open at once: one file again
                    satu = sementara / f"{k}.parquet"
                    con.execute(
                        f"COPY (SELECT * FROM read_parquet([{', '.join(map(_kutip, tulis))}])) "
                        f"TO {_kutip(satu)} (FORMAT parquet, COMPRESSION zstd)"
                    )
                    tulis = [satu]
                hexa, ukuran = penulis.selesai(tulis[0], f)
                _catat(con, penulis.store, f, t, bulan, hexa, ukuran, n)
            penulis.sinkron_folder(t)
            shutil.rmtree(sementara)
        _view_mentah(con, t)


def _catat(con, store: Path, f: Path, kelompok: str, kunci: str, hexa: str, ukuran: int, n: int) -> None:  # noqa: ANN001
    con.execute(
        "INSERT INTO _bagian VALUES (?, ?, ?, ?, ?, ?)",
        [str(f.relative_to(store)), kelompok, kunci, hexa, ukuran, n],
    )


def _view_mentah(con: duckdb.DuckDBPyConnection, t: str) -> None:
    berkas = [b.berkas for b in daftar(con) if b.kelompok == t]
    if not berkas:  # no rows at all: an empty real table, as in a fresh store
        _jadikan_tabel(con, t)
        con.execute(f"DELETE FROM {t}")
        return
    if _jenis(con, t) == "tabel":
        con.execute(f"DROP TABLE {t}")
    con.execute(
        f"CREATE OR REPLACE VIEW {t} AS SELECT * FROM read_parquet([{', '.join(map(_kutip, berkas))}])"
    )


BLOK_KATALOG = 16384  # a catalog holds ~20 small tables: 16 kB blocks, not DuckDB's 256 kB, keep it small


def padatkan(con: duckdb.DuckDBPyConnection, tmp: Path, paksa: bool = False) -> Path | None:
    """DuckDB never shrinks a file: a catalog that held big tables during the write (a fresh store,
    a conversion, the sample) keeps their blocks as free space, which every later version would
    copy. Then copy the live catalog into a fresh file with small blocks (tables with their
    constraints, views, macros) and return it; None when it is small already (`paksa`: always, at
    migrate, whose dropped tables would otherwise stay free space in every later version)."""
    con.execute("CHECKPOINT")
    blok, bebas = con.execute(
        "SELECT block_size, free_blocks FROM pragma_database_size() WHERE database_name = current_database()"
    ).fetchall()[0]
    if not paksa and blok <= BLOK_KATALOG and bebas * blok < 2 * 2**20:
        return None
    baru = tmp.with_name(tmp.name + ".padat")
    baru.unlink(missing_ok=True)
    con.execute(f"ATTACH {_kutip(baru)} AS _padat (BLOCK_SIZE {BLOK_KATALOG})")
    try:
        nama = con.execute("SELECT current_database()").fetchall()[0][0].replace('"', '""')
        con.execute(f'COPY FROM DATABASE "{nama}" TO _padat')
    finally:
        con.execute("DETACH _padat")
    return baru


def ukuran_versi(f: Path) -> tuple[int, int]:
    """(bytes of the catalog, bytes of all the parts it names)."""
    return f.stat().st_size, sum(b.ukuran for b in daftar_berkas(f))


def dipakai(katalog: Iterable[Path]) -> set[str]:
    """Every part named by these catalogs (relative paths)."""
    out: set[str] = set()
    for f in katalog:
        with contextlib.suppress(duckdb.Error, OSError):
            out |= {b.berkas for b in daftar_berkas(f)}
    return out
