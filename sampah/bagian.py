"""Store versions that cost what changed: the big tables in parts shared between versions.

A version of a store is a small DuckDB *catalog* (`versions/v000012.duckdb`): every small table,
the schema's macros and views, and in place of each big table a view over its parts:

    bagian/setoran/2026-10_b000123.parquet     raw deposits of one month (Parquet, zstd)
    bagian/tpa_muatan/2026-10_b000124.parquet  raw weighbridge loads of one month
    bagian/ringkas/2026-10_b000125.duckdb      the three big summaries of one month of the newest
                                               year, attached read-only as `b000125`
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
from datetime import date, timedelta
from pathlib import Path

import duckdb

MENTAH = {"setoran": "tanggal", "tpa_muatan": "waktu"}  # raw tables: one part per month
RINGKAS = ("agg_setoran_harian", "agg_setoran_kategori", "agg_setoran_harga")  # one part per year
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
        if b.kelompok == "ringkas":
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


def _view_ringkas(con: duckdb.DuckDBPyConnection) -> None:
    bagian = [b for b in daftar(con) if b.kelompok == "ringkas"]
    for t in RINGKAS:
        if not bagian:
            _jadikan_tabel(con, t)
            continue
        if _jenis(con, t) == "tabel":
            con.execute(f"DROP TABLE {t}")
        sql = " UNION ALL ".join(f"SELECT * FROM {b.alias}.main.{t}" for b in bagian)
        con.execute(f"CREATE OR REPLACE VIEW {t} AS {sql}")


def _tulis_ringkas(
    con: duckdb.DuckDBPyConnection, penulis: Penulis, kunci: str, sumber: dict[str, str]
) -> None:
    """Write one summaries' part from `sumber` (table -> SELECT of its rows) and attach it; no part
    when every table is empty. A month's part has small blocks (a few hundred kB, not DuckDB's
    1 MB floor of three tables in 256 kB blocks)."""
    f = penulis.nama("ringkas", kunci, "duckdb")
    tmp = f.with_name(f.name + ".tmp")
    blok = f" (BLOCK_SIZE {BLOK_KATALOG})" if len(kunci) == 7 else ""
    con.execute(f"ATTACH {_kutip(tmp)} AS _tulis{blok}")
    try:
        n = 0
        for t in RINGKAS:
            ddl = con.execute("SELECT ddl FROM _bagian_ddl WHERE tabel = ?", [t]).fetchall()[0][0]
            con.execute(ddl.replace(f"CREATE TABLE {t}", f"CREATE TABLE _tulis.main.{t}", 1))
            n += con.execute(
                f"INSERT INTO _tulis.main.{t} SELECT * FROM ({sumber[t]}) ORDER BY ALL"
            ).fetchall()[0][0]
        con.execute("CHECKPOINT _tulis")
    finally:
        con.execute("DETACH _tulis")
    if n == 0:
        tmp.unlink(missing_ok=True)
        return
    hexa, ukuran = penulis.selesai(tmp, f)
    _catat(con, penulis.store, f, "ringkas", kunci, hexa, ukuran, n)
    con.execute(f"ATTACH {_kutip(f)} AS b{_NOMOR.search(f.name).group(1)} (READ_ONLY)")


def _tahun(kunci: str) -> tuple[date, date]:
    """The days a summaries' part covers: '-2025' every year up to 2025, '2026-10' that month
    ('2026': that year, as the parts of an earlier layout name it)."""
    if kunci.startswith("-"):
        return date(1, 1, 1), date(int(kunci[1:]), 12, 31)
    if len(kunci) == 7:
        awal = date(int(kunci[:4]), int(kunci[5:]), 1)
        return awal, date(awal.year + awal.month // 12, awal.month % 12 + 1, 1) - timedelta(days=1)
    return date(int(kunci), 1, 1), date(int(kunci), 12, 31)


def susun_ringkas(
    con: duckdb.DuckDBPyConnection,
    penulis: Penulis,
    segar: dict[str, str],
    batas: tuple[date, date] | None,
) -> None:
    """Lay the three big summaries out as parts: every year before the newest in one, and each
    month of the newest year in its own (at most 13 branches per view, and a month's import writes
    only that month's part: disk per version in proportion to the change). The rows of the days
    `batas` (None: all days) come from `segar` (table -> SELECT, aggregated once for all the parts
    they fall in), every other row from the old parts; a part nothing touched is kept as is. When a
    new year begins, the year before moves into the older part (once a year)."""
    akhir = con.execute("SELECT max(tanggal) FROM setoran").fetchall()[0][0]
    lama = [b for b in daftar(con) if b.kelompok == "ringkas"]
    tetap: set[str] = set()
    target = {}
    if akhir is not None:
        target[f"-{akhir.year - 1}"] = _tahun(f"-{akhir.year - 1}")
        for m in range(1, akhir.month + 1):
            target[f"{akhir.year}-{m:02d}"] = _tahun(f"{akhir.year}-{m:02d}")
    dihitung = False
    for kunci, (a, z) in target.items():
        sumber_lama = [b for b in lama if _tahun(b.kunci)[0] <= z and _tahun(b.kunci)[1] >= a]
        kena = batas is None or (batas[0] <= z and batas[1] >= a)
        if not kena and [b.kunci for b in sumber_lama] == [kunci]:
            tetap.add(sumber_lama[0].berkas)  # untouched: the same part again
            continue
        if not kena and not sumber_lama:
            continue  # a month without rows
        if kena and not dihitung:  # the new rows of every part, aggregated in one pass
            for t in RINGKAS:
                hari = f" WHERE tanggal BETWEEN DATE '{batas[0]}' AND DATE '{batas[1]}'" if batas else ""
                con.execute(f"CREATE OR REPLACE TEMP TABLE _segar_{t} AS SELECT * FROM ({segar[t]}){hari}")
            dihitung = True
        sumber = {}
        for t in RINGKAS:
            bag = []
            if kena:
                lo, hi = (max(a, batas[0]), min(z, batas[1])) if batas else (a, z)
                bag.append(
                    f"SELECT * FROM temp.main._segar_{t} WHERE tanggal BETWEEN DATE '{lo}' AND DATE '{hi}'"
                )
            if batas is not None:
                bukan = f"NOT (tanggal BETWEEN DATE '{batas[0]}' AND DATE '{batas[1]}')"
                hari = f"tanggal BETWEEN DATE '{a}' AND DATE '{z}'"
                bag += [f"SELECT * FROM {b.alias}.main.{t} WHERE {hari} AND {bukan}" for b in sumber_lama]
            sumber[t] = " UNION ALL ".join(bag) if bag else f"SELECT * FROM {t} WHERE false"
        _tulis_ringkas(con, penulis, kunci, sumber)
    if dihitung:
        for t in RINGKAS:
            con.execute(f"DROP TABLE temp.main._segar_{t}")
    for b in lama:
        if b.berkas not in tetap:
            con.execute("DELETE FROM _bagian WHERE berkas = ?", [b.berkas])
    _view_ringkas(con)


def ringkas_kosong(con: duckdb.DuckDBPyConnection) -> bool:
    """A catalog of the parts layout whose big summaries are still empty real tables (a new store,
    or one whose deposits were all deleted): drop them, so that the summary rebuild writes its rows
    straight into parts (not into the catalog first, to be moved and compacted away after)."""
    if not berbagi(con) or any(_jenis(con, t) != "tabel" for t in RINGKAS):
        return False
    if any(b.kelompok == "ringkas" for b in daftar(con)):
        return False
    if any(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in RINGKAS):
        return False
    _ingat_ddl(con)
    for t in RINGKAS:
        con.execute(f"DROP TABLE {t}")
    return True


def simpan_ringkas(con: duckdb.DuckDBPyConnection, penulis: Penulis) -> None:
    """After the summaries: big summaries still held as real tables (a fresh store, the sample
    generator, a converted older store) are moved into parts."""
    _ingat_ddl(con)
    nyata = [t for t in RINGKAS if _jenis(con, t) == "tabel"]
    if not nyata:
        return
    if len(nyata) != len(RINGKAS) or any(b.kelompok == "ringkas" for b in daftar(con)):
        raise RuntimeError("ringkasan besar sebagian tabel, sebagian bagian: tidak konsisten")
    for t in RINGKAS:  # out of the way of the views; read from here while the parts are written
        con.execute(f"ALTER TABLE {t} RENAME TO _lama_{t}")
    susun_ringkas(con, penulis, {t: f"SELECT * FROM _lama_{t}" for t in RINGKAS}, None)
    for t in RINGKAS:
        con.execute(f"DROP TABLE _lama_{t}")


BLOK_KATALOG = 16384  # a catalog holds ~20 small tables: 16 kB blocks, not DuckDB's 256 kB, keep it small


def padatkan(con: duckdb.DuckDBPyConnection, tmp: Path) -> Path | None:
    """DuckDB never shrinks a file: a catalog that held big tables during the write (a fresh store,
    a conversion, the sample) keeps their blocks as free space, which every later version would
    copy. Then copy the live catalog into a fresh file with small blocks (tables with their
    constraints, views, macros) and return it; None when it is small already."""
    con.execute("CHECKPOINT")
    blok, bebas = con.execute(
        "SELECT block_size, free_blocks FROM pragma_database_size() WHERE database_name = current_database()"
    ).fetchall()[0]
    if blok <= BLOK_KATALOG and bebas * blok < 2 * 2**20:
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
