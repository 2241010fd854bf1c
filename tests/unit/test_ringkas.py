"""Summary tables (sampah/ringkas.py): each is filled by one sampah/ringkasan/<table>.sql whose first
line states its grain, and the grain holds (one row per grain key)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sampah import ringkas

SQL = Path(ringkas.__file__).resolve().parent / "ringkasan"
BUTIR = {  # the grain each header states, as key columns
    "agg_setoran_harian": ("tanggal", "bank_sampah_id"),
    "agg_setoran_kategori": ("tanggal", "kecamatan_kode", "kategori", "subjenis"),
    "agg_setoran_harga": ("tanggal", "kecamatan_kode", "kategori", "subjenis", "harga_per_kg"),
    "agg_tpa_harian": ("tanggal", "kecamatan_kode"),
    "agg_neraca_harian": ("tanggal", "kecamatan_kode"),
    "agg_bank_sampah_bulanan": ("bulan", "bank_sampah_id"),
    "agg_sipsn_kota": ("tahun",),
}


def test_one_sql_file_per_summary_table_with_its_grain_first():
    assert {p.stem for p in SQL.glob("*.sql")} == set(ringkas.TABEL) == set(BUTIR)
    for t in ringkas.TABEL:
        assert ringkas.isi(t).startswith("-- grain: one row per "), t


@pytest.mark.parametrize("tabel", ringkas.TABEL)
def test_the_stated_grain_holds_on_the_sample(demo_con, tabel):
    kunci = ", ".join(BUTIR[tabel])
    n, unik = demo_con.execute(f"SELECT count(*), count(DISTINCT ({kunci})) FROM {tabel}").fetchone()
    assert n > 0 and n == unik
