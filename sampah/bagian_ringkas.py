"""The summaries that grow with the years, as parts shared between versions (sampah/bagian.py).

Every summary with a row per day or month (`bagian.RINGKAS`: deposits per day, category and price,
TPA tonnage per day, the daily balance, the monthly unit status) lives in parts of the store, not
in the catalog each version copies:

    bagian/ringkas/2026-10_b000125.duckdb      one month of the newest year: deposits per day,
                                               category and price, the monthly unit status
    bagian/ringkas/-2025_b000126.duckdb        the same of every year before it
    bagian/ringkas_tpa/2026-10_b000127.duckdb  TPA tonnage per day and the daily balance

so a month's import writes that month's part and a catalog that stays the same size whatever the
years (disk per version in proportion to the change, issue #17). The catalog holds each summary as
a view over its parts, so the query files read them by name.

A catalog of the release before holds only the three deposit summaries in parts (`RINGKAS_LAMA`)
and the others as its own tables: it opens and takes imports as it is, and `python -m sampah
migrate` (db.publish with tata="bagian") moves the others into parts.

Nothing here imports Streamlit.
"""

from __future__ import annotations

from datetime import date, timedelta

import duckdb

from sampah.bagian import (
    _NOMOR,
    BLOK_KATALOG,
    RINGKAS,
    RINGKAS_LAMA,
    Penulis,
    _catat,
    _ingat_ddl,
    _jadikan_tabel,
    _jenis,
    _kutip,
    berbagi,
    daftar,
)

KOLOM = {"agg_bank_sampah_bulanan": "bulan"}  # the date of a row; 'tanggal' in the others
# parts in two groups, so that loads alone rewrite neither the deposit summaries nor the unit status
GRUP = {"agg_tpa_harian": "ringkas_tpa", "agg_neraca_harian": "ringkas_tpa"}  # else 'ringkas'
SUMBER = {  # the raw tables each summary is built from
    "agg_setoran_harian": {"setoran"},
    "agg_setoran_kategori": {"setoran"},
    "agg_setoran_harga": {"setoran"},
    "agg_tpa_harian": {"tpa_muatan"},
    "agg_neraca_harian": {"setoran", "tpa_muatan"},
    "agg_bank_sampah_bulanan": {"setoran"},
}


def _kol(t: str) -> str:
    return KOLOM.get(t, "tanggal")


def tata(con: duckdb.DuckDBPyConnection) -> tuple[str, ...]:
    """The big summaries this catalog keeps in parts: RINGKAS, RINGKAS_LAMA (a catalog of the
    release before, until migrate), or none (a fresh or single-file database)."""
    return tuple(t for t in RINGKAS if _jenis(con, t) == "view")


def tata_lama(con: duckdb.DuckDBPyConnection) -> bool:
    """A catalog of the release before: some summaries growing with the years copied per version."""
    return berbagi(con) and tata(con) == RINGKAS_LAMA


def tata_lama_berkas(f) -> bool:  # noqa: ANN001
    con = duckdb.connect(str(f), read_only=True)
    try:
        return tata_lama(con)
    finally:
        con.close()


def _grup(t: str) -> str:
    return GRUP.get(t, "ringkas")


def _bagian_grup(con: duckdb.DuckDBPyConnection, grup: str) -> list:
    return [b for b in daftar(con) if b.kelompok == grup]


def _view_ringkas(con: duckdb.DuckDBPyConnection, tabel: tuple[str, ...]) -> None:
    """Each summary as a view over the parts of its group; over an empty table of the catalog when
    its group has none but the other has (loads and no deposits yet); real empty tables when
    there are no parts at all (as in a fresh store)."""
    ada = any(b.kelompok.startswith("ringkas") for b in daftar(con))
    for t in tabel:
        bagian = _bagian_grup(con, _grup(t))
        if not ada:
            con.execute(f"DROP TABLE IF EXISTS _kosong_{t}")
            _jadikan_tabel(con, t)
            continue
        if _jenis(con, t) == "tabel":
            con.execute(f"DROP TABLE {t}")
        if bagian:
            con.execute(f"DROP TABLE IF EXISTS _kosong_{t}")
            sql = " UNION ALL ".join(f"SELECT * FROM {b.alias}.main.{t}" for b in bagian)
        else:
            ddl = con.execute("SELECT ddl FROM _bagian_ddl WHERE tabel = ?", [t]).fetchall()[0][0]
            con.execute(ddl.replace(f"CREATE TABLE {t}", f"CREATE TABLE IF NOT EXISTS _kosong_{t}", 1))
            sql = f"SELECT * FROM _kosong_{t}"
        con.execute(f"CREATE OR REPLACE VIEW {t} AS {sql}")


def _tulis_ringkas(
    con: duckdb.DuckDBPyConnection,
    penulis: Penulis,
    grup: str,
    kunci: str,
    tabel: list[str],
    a: date,
    z: date,
) -> None:
    """Write one summaries' part of `grup` with the rows of days a..z of each table (read by name:
    the views susun_ringkas points at the new rows) and attach it; no part when every table is
    empty. A month's part has small blocks (tens of kB a table, not DuckDB's 256 kB)."""
    f = penulis.nama(grup, kunci, "duckdb")
    tmp = f.with_name(f.name + ".tmp")
    blok = f" (BLOCK_SIZE {BLOK_KATALOG})" if len(kunci) == 7 else ""
    con.execute(f"ATTACH {_kutip(tmp)} AS _tulis{blok}")
    try:
        n = 0
        for t in tabel:
            ddl = con.execute("SELECT ddl FROM _bagian_ddl WHERE tabel = ?", [t]).fetchall()[0][0]
            con.execute(ddl.replace(f"CREATE TABLE {t}", f"CREATE TABLE _tulis.main.{t}", 1))
            n += con.execute(
                f"INSERT INTO _tulis.main.{t} SELECT * FROM {t} "
                f"WHERE {_kol(t)} BETWEEN DATE '{a}' AND DATE '{z}' ORDER BY ALL"
            ).fetchall()[0][0]
        con.execute("CHECKPOINT _tulis")
    finally:
        con.execute("DETACH _tulis")
    if n == 0:
        tmp.unlink(missing_ok=True)
        return
    hexa, ukuran = penulis.selesai(tmp, f)
    _catat(con, penulis.store, f, grup, kunci, hexa, ukuran, n)
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


def _bulan_sebelum(d: date) -> date:
    return (d.replace(day=1) - timedelta(days=1)).replace(day=1)


def _rentang_tabel(con: duckdb.DuckDBPyConnection, t: str, batas: tuple[date, date]) -> tuple[date, date]:
    """The days of `t` a write of the days `batas` changes: those days; for the monthly unit status
    (a row for every month between the first and the last deposit) their months, and the months
    between them and the months it had (which now lie inside that span)."""
    if t != "agg_bank_sampah_bulanan":
        return batas
    a, z = batas[0].replace(day=1), batas[1]
    lo, hi = con.execute(f"SELECT min(bulan), max(bulan) FROM {t}").fetchone()
    if lo is not None:
        if a > hi:
            a = _tahun(f"{hi:%Y-%m}")[1] + timedelta(days=1)
        if z < lo:
            z = lo - timedelta(days=1)
    return a, z


def susun_ringkas(
    con: duckdb.DuckDBPyConnection,
    penulis: Penulis,
    segar: dict[str, str],
    batas: tuple[date, date] | None,
    tabel: tuple[str, ...] | None = None,
) -> None:
    """Lay the summaries `tabel` out as parts of their group: every year before the newest in one,
    and each month of the newest year in its own (at most 13 branches per view, and a month's
    import writes only that month's parts). The rows of the days `batas` (None: all days) of each
    table the raw tables written change (`SUMBER`) come from `segar` (table -> SELECT), table by
    table, its name then pointing at the old rows outside those days and the new ones (the daily
    balance and the unit status read the summaries before them); every other row comes from the
    old parts, and a part nothing touched is kept as is. When a new year begins, the year before
    moves into the older part (once a year)."""
    tabel = tabel or RINGKAS
    lama = {g: _bagian_grup(con, g) for g in {_grup(t) for t in tabel}}
    ditulis = penulis.ditulis
    ubah = [t for t in tabel if batas is None or not ditulis or SUMBER[t] & ditulis]
    rentang = {t: _rentang_tabel(con, t, batas) if batas else None for t in ubah}
    for t in ubah:
        kol, r = _kol(t), rentang[t]
        hari = f"{kol} BETWEEN DATE '{r[0]}' AND DATE '{r[1]}'" if r else "true"
        con.execute(f"CREATE OR REPLACE TEMP TABLE _segar_{t} AS SELECT * FROM ({segar[t]}) WHERE {hari}")
        if _jenis(con, t) == "tabel":
            raise RuntimeError(f"{t}: masih tabel di katalog, bukan bagian")
        bag = [f"SELECT * FROM temp.main._segar_{t}"]
        if r:
            bag += [f"SELECT * FROM {b.alias}.main.{t} WHERE NOT ({hari})" for b in lama[_grup(t)]]
        con.execute(f"CREATE OR REPLACE VIEW {t} AS {' UNION ALL '.join(bag)}")
    akhir = max(
        (d for t in tabel if (d := con.execute(f"SELECT max({_kol(t)}) FROM {t}").fetchone()[0])),
        default=None,
    )
    target = {}
    if akhir is not None:
        target[f"-{akhir.year - 1}"] = _tahun(f"-{akhir.year - 1}")
        for m in range(1, akhir.month + 1):
            target[f"{akhir.year}-{m:02d}"] = _tahun(f"{akhir.year}-{m:02d}")
    tetap: set[str] = set()
    for grup, bagian in lama.items():
        isi = [t for t in tabel if _grup(t) == grup]
        for kunci, (a, z) in target.items():
            sumber_lama = [b for b in bagian if _tahun(b.kunci)[0] <= z and _tahun(b.kunci)[1] >= a]
            kena = any(t in rentang and _kena(rentang[t], a, z) for t in isi)
            if not kena and [b.kunci for b in sumber_lama] == [kunci]:
                tetap.add(sumber_lama[0].berkas)  # untouched: the same part again
                continue
            if not kena and not sumber_lama:
                continue  # a month without rows
            _tulis_ringkas(con, penulis, grup, kunci, isi, a, z)
        for b in bagian:
            if b.berkas not in tetap:
                con.execute("DELETE FROM _bagian WHERE berkas = ?", [b.berkas])
    _view_ringkas(con, tabel)  # before the temp tables go: the views read them until replaced
    for t in ubah:
        con.execute(f"DROP TABLE temp.main._segar_{t}")


def _kena(r: tuple[date, date] | None, a: date, z: date) -> bool:
    return r is None or (r[0] <= z and r[1] >= a)


def ringkas_kosong(con: duckdb.DuckDBPyConnection) -> bool:
    """A catalog of the parts layout whose big summaries are still empty real tables (a new store,
    or one whose deposits were all deleted): drop them, so that the summary rebuild writes its rows
    straight into parts (not into the catalog first, to be moved and compacted away after)."""
    if not berbagi(con) or any(_jenis(con, t) != "tabel" for t in RINGKAS):
        return False
    if any(b.kelompok.startswith("ringkas") for b in daftar(con)):
        return False
    if any(con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in RINGKAS):
        return False
    _ingat_ddl(con)
    for t in RINGKAS:
        con.execute(f"DROP TABLE {t}")
    return True


def ubah_tata_lama(con: duckdb.DuckDBPyConnection, penulis: Penulis | None) -> bool:
    """At migrate, a catalog of the release before: drop the summaries it copies per version (their
    definitions remembered), so that a whole rebuild writes every summary into parts."""
    if penulis is None or not penulis.tata_ulang or not tata_lama(con):
        return False
    _ingat_ddl(con)
    for t in RINGKAS[len(RINGKAS_LAMA) :]:
        if _jenis(con, t) == "tabel":
            con.execute(f"DROP TABLE {t}")
    return True


def simpan_ringkas(con: duckdb.DuckDBPyConnection, penulis: Penulis) -> None:
    """After the summaries: big summaries still held as real tables (a fresh store, the sample
    generator, a converted single-file store) are moved into parts; a catalog of the release before
    keeps its layout until migrate."""
    _ingat_ddl(con)
    dibagi = tata(con)
    nyata = [t for t in RINGKAS if _jenis(con, t) == "tabel"]
    if not nyata or dibagi == RINGKAS_LAMA:
        return
    if len(nyata) != len(RINGKAS) or any(b.kelompok.startswith("ringkas") for b in daftar(con)):
        raise RuntimeError("ringkasan besar sebagian tabel, sebagian bagian: tidak konsisten")
    for t in RINGKAS:  # out of the way of the views; read from here while the parts are written
        con.execute(f"ALTER TABLE {t} RENAME TO _lama_{t}")
    susun_ringkas(con, penulis, {t: f"SELECT * FROM _lama_{t}" for t in RINGKAS}, None)
    for t in RINGKAS:
        con.execute(f"DROP TABLE _lama_{t}")
