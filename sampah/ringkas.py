"""Summary tables: the raw deposits and weighbridge loads pre-aggregated per day.

A city accumulates about a million deposits and a hundred thousand TPA loads a year. The views of
schema.sql that every page reads (v_tpa_harian, v_diversi_harian, v_neraca_harian,
v_bank_sampah_bulanan, v_data_terbaru) and the queries that need deposits per unit or per category
read these tables instead of the raw rows: at ten years they are 20-200 times smaller. One more,
agg_sipsn_kota (a row a year: this kab/kota in SIPSN beside the facts of this dashboard's estimate),
is kept because its view stacks so many others that DuckDB takes longer to plan it than to run it.

They are derived data, rebuilt by `segarkan` at the end of every write inside the same new store
version (writers hand it to `sampah.db.publish` as its `finish` step), so they can never disagree
with the raw rows of a published version; an undo points back at a version whose summaries were
built with it. A write that only added deposits or loads of some days (an import) names those days
(`Rentang`) and only that span is rebuilt: a monthly file into a ten-year store then costs
milliseconds here instead of seconds.
A database from before the summaries (no agg_* tables) keeps its older views on the raw tables and
is left alone until `python -m sampah migrate`; one from before a later summary (e.g. without
agg_setoran_harga) gets the summaries it has refreshed, and the missing one with migrate.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import duckdb

from sampah.bagian import RINGKAS

# in the order they are built: the summaries held in parts (the last of them read the ones before),
# then this kab/kota's SIPSN year
TABEL = (*RINGKAS, "agg_sipsn_kota")
# a row a year, read from the others and from the SIPSN, population and wilayah tables: always
# rebuilt whole (milliseconds), whatever a write changed
UTUH = ("agg_sipsn_kota",)

# Each summary is filled by sampah/ringkasan/<table>.sql (its first line states its grain); rows
# sorted by date so that a period filter skips whole row groups.
_SQL = Path(__file__).resolve().parent / "ringkasan"


def isi(tabel: str) -> str:
    """The SELECT that fills a summary table."""
    return (_SQL / f"{tabel}.sql").read_text()


def _punya(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The summaries this database has: name -> 'tabel', or 'view' where its rows live in the
    parts of sampah/bagian_ringkas.py."""
    return {
        r[0]: r[1]
        for r in con.execute(
            "SELECT table_name, 'tabel' FROM duckdb_tables() WHERE database_name = current_database() "
            "AND list_contains($t, table_name) UNION ALL SELECT view_name, 'view' FROM duckdb_views() "
            "WHERE database_name = current_database() AND list_contains($t, view_name)",
            {"t": list(TABEL)},
        ).fetchall()
    }


def ada(con: duckdb.DuckDBPyConnection) -> bool:
    """Does this database have the summary tables (schema from this version on)?"""
    return len(_punya(con)) == len(TABEL)


@dataclass(frozen=True)
class Rentang:
    """The first and last day whose raw deposits or loads a write changed (nothing else)."""

    mulai: date
    selesai: date


def _rentang_bulan(con: duckdb.DuckDBPyConnection, r: Rentang) -> tuple[date, date]:
    """Months to rebuild in agg_bank_sampah_bulanan, which has a row for every month between the
    first and last deposit: those of `r`, and any month between them and the months it had."""
    lama = con.execute("SELECT min(bulan), max(bulan) FROM agg_bank_sampah_bulanan").fetchone()
    a, b = r.mulai.replace(day=1), r.selesai
    if lama[0] is not None:
        a, b = min(a, lama[1]), max(b, lama[0])
    return a, b


def segarkan(con: duckdb.DuckDBPyConnection, rentang: Rentang | None = None) -> bool:
    """Rebuild the summary tables from the raw rows: all of them, or only the days of `rentang`.
    Returns False on a database that lacks some of them (until migrasi): those it has are still
    rebuilt, so that a write never leaves them stale; one from before the summaries has none and is
    left as it is. In a catalog of the parts layout the summaries that grow with the years live in
    parts (sampah/bagian_ringkas.py): those days are written as new parts by the writer of the
    publish in progress (`bagian.penulis_kini`)."""
    from sampah import bagian, bagian_ringkas

    punya = _punya(con)
    penulis = bagian.penulis_kini()
    ubah = bagian_ringkas.ubah_tata_lama(con, penulis)  # migrate: the older layout into parts
    dibagi = bagian_ringkas.tata(con)
    baru = ubah or (not dibagi and penulis is not None and bagian_ringkas.ringkas_kosong(con))
    if baru:  # empty (or converted) summaries of a parts catalog: built whole, straight into parts
        dibagi = bagian.RINGKAS
    if dibagi:
        if penulis is None or dibagi not in (bagian.RINGKAS, bagian.RINGKAS_LAMA):
            raise RuntimeError("ringkasan bagian hanya bisa disegarkan lewat db.publish")
        batas = (rentang.mulai, rentang.selesai) if rentang and not baru else None
        # in the older layout loads alone leave the deposit summaries as they are
        if dibagi == bagian.RINGKAS or batas is None or "setoran" in penulis.ditulis:
            bagian_ringkas.susun_ringkas(con, penulis, {t: isi(t) for t in dibagi}, batas, dibagi)
    for tabel in TABEL:  # in order: agg_neraca_harian and agg_bank_sampah_bulanan read the others
        if tabel not in punya or tabel in dibagi:
            continue
        if rentang is None or tabel in UTUH or con.execute(f"SELECT count(*) = 0 FROM {tabel}").fetchone()[0]:
            # all of it; also a summary just added by a schema upgrade, still empty
            con.execute(f"DELETE FROM {tabel}")
            con.execute(f"INSERT INTO {tabel} {isi(tabel)}")
            continue
        kol = "bulan" if tabel == "agg_bank_sampah_bulanan" else "tanggal"
        batas = _rentang_bulan(con, rentang) if kol == "bulan" else (rentang.mulai, rentang.selesai)
        con.execute(f"DELETE FROM {tabel} WHERE {kol} BETWEEN ? AND ?", list(batas))
        con.execute(
            f"INSERT INTO {tabel} SELECT * FROM ({isi(tabel)}) WHERE {kol} BETWEEN ? AND ? ORDER BY ALL",
            list(batas),
        )
    return len(punya) == len(TABEL)


def selisih(con: duckdb.DuckDBPyConnection, daftar: tuple[str, ...] = TABEL) -> dict[str, int]:
    """Rows that differ between each summary (of `daftar`) and a fresh aggregate of the raw rows (0 =
    fresh); sums compared to 1e-3 (parallel summation order changes the last bits)."""
    out = {}
    for tabel in daftar:
        bulat = {
            "agg_tpa_harian": "round(netto_kg, 3) AS netto_kg",
            "agg_neraca_harian": "round(ton_tpa, 6) AS ton_tpa, round(ton_bank_sampah, 6) AS "
            "ton_bank_sampah, round(ton_pengolahan, 6) AS ton_pengolahan, "
            "round(ton_diversi, 6) AS ton_diversi",
            "agg_bank_sampah_bulanan": "bulan AS bulan",
            "agg_setoran_harga": "baris AS baris",
            "agg_sipsn_kota": "round(est_diversi_ton, 6) AS est_diversi_ton, "
            "round(est_tpa_ton, 6) AS est_tpa_ton",
        }.get(tabel, "round(berat_kg, 3) AS berat_kg, round(nilai_rp, 3) AS nilai_rp")
        a = f"SELECT * REPLACE ({bulat}) FROM {tabel}"
        b = f"SELECT * REPLACE ({bulat}) FROM ({isi(tabel)})"
        out[tabel] = con.execute(
            f"SELECT count(*) FROM (({a} EXCEPT ALL {b}) UNION ALL ({b} EXCEPT ALL {a}))"
        ).fetchone()[0]
    return out
