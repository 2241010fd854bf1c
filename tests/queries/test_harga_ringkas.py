"""bank_sampah_harga reads the price histogram agg_setoran_harga, not the raw deposits: its median
Rp/kg and line counts must equal the raw-table median exactly (DuckDB's median interpolates an even
count), for any period, whole months or not, and any kecamatan selection."""

from __future__ import annotations

from datetime import date, timedelta

import duckdb
import fixture_db
import pandas as pd
import pytest

from sampah import db, ringkas, skema

# the query as it was before the histogram: the independent reference
MENTAH = """
SELECT date_trunc('month', s.tanggal)::DATE AS bulan, s.kategori,
       coalesce(s.subjenis, s.kategori) AS subjenis,
       median(s.harga_per_kg) AS median_rp_kg, count(*) AS setoran
FROM setoran s
JOIN bank_sampah b ON b.id = s.bank_sampah_id
JOIN kelurahan k ON k.kode = b.kelurahan_kode
WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND s.harga_per_kg IS NOT NULL
  AND (len($kecamatan::VARCHAR[]) = 0 OR list_contains($kecamatan::VARCHAR[], k.kecamatan_kode))
GROUP BY ALL
ORDER BY kategori, subjenis, bulan
"""


def _sama(con: duckdb.DuckDBPyConnection, mulai: date, selesai: date, kecamatan: list[str]) -> pd.DataFrame:
    p = {"mulai": mulai, "selesai": selesai, "kecamatan": kecamatan}
    baru = db.run(con, "bank_sampah_harga", p)
    lama = con.execute(MENTAH, p).df()
    pd.testing.assert_frame_equal(baru, lama, check_exact=True)  # values, dtypes and row order
    return baru


def _periode(akhir: date) -> list[tuple[date, date]]:
    bulan = akhir.replace(day=1)
    return [
        (date(2000, 1, 1), date(2100, 1, 1)),  # everything
        (bulan - timedelta(days=365), akhir),  # about a year, from mid-month
        ((bulan - timedelta(days=300)).replace(day=1), bulan - timedelta(days=1)),  # whole months
        (bulan - timedelta(days=200), bulan - timedelta(days=190)),  # inside one or two months
        (akhir, akhir),  # one day
        (akhir, akhir - timedelta(days=30)),  # reversed: nothing
    ]


def test_demo_store_equals_raw_median(demo_con):
    akhir = pd.Timestamp(db.run(demo_con, "konteks").data_akhir.iloc[0]).date()
    kec = [
        r[0]
        for r in demo_con.execute(
            "SELECT DISTINCT k.kecamatan_kode FROM bank_sampah b "
            "JOIN kelurahan k ON k.kode = b.kelurahan_kode ORDER BY 1"
        ).fetchall()
    ]
    assert len(kec) >= 3
    genap = 0
    for mulai, selesai in _periode(akhir):
        for pilih in ([], kec[:1], kec[1:3], ["99.99.99"]):
            df = _sama(demo_con, mulai, selesai, pilih)
            genap += int((df.setoran % 2 == 0).sum())
    assert genap > 0  # the even counts, where the median interpolates, were met
    whole = _sama(demo_con, date(2000, 1, 1), date(2100, 1, 1), [])
    assert (
        len(whole) > 100
        and whole.setoran.sum()
        == demo_con.execute("SELECT count(*) FROM setoran WHERE harga_per_kg IS NOT NULL").fetchone()[0]
    )
    assert ringkas.selisih(demo_con)["agg_setoran_harga"] == 0


@pytest.fixture()
def tangan() -> duckdb.DuckDBPyConnection:
    """The hand-checked fixture plus deposit lines whose medians are known: even counts, ties,
    prices whose mean is not exact in binary, lines without a price or sub-type, a unit that is
    not registered, and months cut by the period."""
    con = duckdb.connect()
    db.create_schema(con)
    fixture_db.isi(con)
    baris = []
    for hari, unit, kat, sub, harga in [
        # Jan 2025, plastik/PET in Alpha: 1000, 2000, 2000, 3000 -> 2000 (tie across the middle)
        (3, "BS1", "plastik", "PET", 1000),
        (4, "BS1", "plastik", "PET", 2000),
        (20, "BS2", "plastik", "PET", 2000),
        (28, "BS1", "plastik", "PET", 3000),
        # Jan 2025, plastik/PET in Beta: 2500 and 500 -> all of January: 500 ... 3000 (6 lines)
        (10, "BS3", "plastik", "PET", 2500),
        (11, "BS3", "plastik", "PET", 500),
        # Jan 2025, kertas/HVS: 0.1 and 0.2 (even: 0.1 * 0.5 + 0.2 * 0.5), a line without a price
        (5, "BS1", "kertas", "HVS", 0.1),
        (25, "BS3", "kertas", "HVS", 0.2),
        (26, "BS3", "kertas", "HVS", None),
        # Jan 2025, logam without a sub-type (shown as the category): 700, 700, 700
        (7, "BS1", "logam", None, 700),
        (8, "BS2", "logam", None, 700),
        (9, "BS3", "logam", None, 700),
        # Jan 2025, lainnya/uji: two huge prices, whose sum overflows (DuckDB halves each first)
        (13, "BS1", "lainnya", "uji", 1e308),
        (14, "BS1", "lainnya", "uji", 1.7976931348623157e308),
        # a unit that is not registered: left out, as in the joins
        (12, "BS-X", "plastik", "PET", 99_999),
    ]:
        baris.append((date(2025, 1, hari), unit, kat, sub, 1.0, harga, harga))
    con.executemany(
        "INSERT INTO setoran (tanggal, bank_sampah_id, kategori, subjenis, berat_kg, "
        "harga_per_kg, nilai_rp) VALUES (?, ?, ?, ?, ?, ?, ?)",
        baris,
    )
    assert ringkas.segarkan(con)
    yield con
    con.close()


def test_hand_made_medians(tangan):
    jan = _sama(tangan, date(2025, 1, 1), date(2025, 1, 31), [])
    m = {(r.kategori, r.subjenis): (r.median_rp_kg, r.setoran) for r in jan.itertuples()}
    assert m[("plastik", "PET")] == (2000, 6)  # 500 1000 2000 2000 2500 3000
    assert m[("plastik", "plastik")] == (1000, 1)  # the fixture's line (subjenis NULL)
    assert m[("kertas", "HVS")] == (0.1 * 0.5 + 0.2 * 0.5, 2)
    assert m[("logam", "logam")] == (700, 3)
    assert m[("lainnya", "uji")] == (1e308 * 0.5 + 1.7976931348623157e308 * 0.5, 2)
    alpha = _sama(tangan, date(2025, 1, 1), date(2025, 1, 31), [fixture_db.A])
    assert dict(zip(alpha.subjenis, alpha.median_rp_kg, strict=True))["PET"] == 2000  # 1000 2000 2000 3000
    beta = _sama(tangan, date(2025, 1, 1), date(2025, 1, 31), [fixture_db.B])
    assert dict(zip(beta.subjenis, beta.median_rp_kg, strict=True))["PET"] == 1500  # 500 2500
    cut = _sama(tangan, date(2025, 1, 4), date(2025, 1, 20), [])  # mid-month
    assert dict(zip(cut.subjenis, cut.median_rp_kg, strict=True))["PET"] == 2000  # 2000 2500 500 2000
    for mulai, selesai in _periode(date(2025, 4, 1)):
        for pilih in ([], [fixture_db.A], [fixture_db.A, fixture_db.B], ["99.99.99"]):
            _sama(tangan, mulai, selesai, pilih)


def test_fixture_store_builds_the_histogram(fixture_con):
    assert ringkas.selisih(fixture_con)["agg_setoran_harga"] == 0
    n = fixture_con.execute("SELECT sum(baris) FROM agg_setoran_harga").fetchone()[0]
    assert n == 6  # every fixture deposit has a price and a registered unit
    _sama(fixture_con, date(2024, 1, 1), date(2026, 12, 31), [])


def test_store_without_the_histogram_is_migrated(tmp_path, demo_kecil):
    """A store from before agg_setoran_harga: a write still refreshes the summaries it has, skema
    reports the missing table, and migrasi builds it."""
    store = demo_kecil(tmp_path / "store", tata="satu")  # one file per version, as older releases wrote them
    f = db.configured_source(str(store)).current_file()
    con = duckdb.connect(str(f))
    con.execute("DROP TABLE agg_setoran_harga")
    con.execute("DELETE FROM setoran WHERE tanggal >= (SELECT max(tanggal) - 30 FROM setoran)")
    assert ringkas.segarkan(con) is False
    assert con.execute(
        "SELECT (SELECT sum(baris) FROM agg_setoran_harian) = (SELECT count(*) FROM setoran)"
    ).fetchone()[0]
    con.close()
    assert skema.kurang(f) == {"agg_setoran_harga"}
    baru = skema.migrasi(store)
    assert skema.kurang(baru) == set()
    con = db.connect_readonly(baru)
    try:
        assert ringkas.selisih(con) == dict.fromkeys(ringkas.TABEL, 0)
        _sama(con, date(2000, 1, 1), date(2100, 1, 1), [])
    finally:
        con.close()
