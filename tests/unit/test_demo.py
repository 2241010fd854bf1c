"""The sample generator: deterministic, and sized to the published figures in shared/domain.md."""

import hashlib

import duckdb
import pytest

from sampah import db, demo

TABLES = [
    "kota",
    "kecamatan",
    "kelurahan",
    "penduduk",
    "tpa",
    "bank_sampah",
    "setoran",
    "pengolahan",
    "tpa_muatan",
    "csr_proyek",
    "target",
    "sipsn",
    "pengaturan",
]


def _build(**kw) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    db.create_schema(con)
    demo.fill(con, **kw)
    return con


def _digest(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    out = {}
    for t in TABLES:
        csv = con.execute(f"SELECT * FROM {t}").df().to_csv(index=False)  # rows in stored order
        out[t] = hashlib.sha256(csv.encode()).hexdigest()
    return out


@pytest.fixture(scope="module")
def full() -> duckdb.DuckDBPyConnection:
    return _build(years=3, seed=42, scale=0.05)


def test_same_seed_same_content_other_seed_other_content():
    a = _digest(_build(years=1, seed=3, scale=0.05))
    b = _digest(_build(years=1, seed=3, scale=0.05))
    c = _digest(_build(years=1, seed=4, scale=0.05))
    assert a == b
    assert a["setoran"] != c["setoran"] and a["tpa_muatan"] != c["tpa_muatan"]
    assert a["kelurahan"] == c["kelurahan"]  # reference data does not depend on the seed


def test_reference_wilayah(full):
    assert full.execute("SELECT count(*) FROM kecamatan").fetchone()[0] == 12
    assert full.execute("SELECT count(*) FROM kelurahan").fetchone()[0] == 56
    assert full.execute("SELECT bool_and(estimasi) FROM penduduk").fetchone()[0] is True


def test_tpa_tonnage_matches_published_range(full):
    per_day = full.execute(
        "SELECT sum(netto_kg) / 1000 / count(DISTINCT CAST(waktu AS DATE)) FROM tpa_muatan"
    ).fetchone()[0]
    assert 1500 <= per_day <= 1800
    net = full.execute(
        "SELECT avg(netto_kg) / 1000, min(netto_kg), max(netto_kg), "
        "avg((asal_kecamatan_kode IS NULL)::INT) FROM tpa_muatan"
    ).fetchone()
    assert 5 <= net[0] <= 7 and net[1] >= 3500 and net[2] <= 8500
    assert 0.01 < net[3] < 0.06  # some loads of unknown origin
    assert (
        full.execute(
            "SELECT count(*) FROM tpa_muatan WHERE abs(bruto_kg - tara_kg - netto_kg) > 1"
        ).fetchone()[0]
        == 0
    )


def test_bank_sampah_figures(full):
    ton_2024 = full.execute("SELECT sum(berat_kg) / 1000 FROM setoran WHERE year(tanggal) = 2024").fetchone()[
        0
    ]
    assert ton_2024 == pytest.approx(demo.TON_BANK_SAMPAH_2024, rel=0.15)  # 781 t, plus CSR uplift
    n, aktif, induk = full.execute(
        "SELECT count(*), count(*) FILTER (nonaktif_sejak IS NULL), "
        "count(*) FILTER (jenis = 'induk') FROM bank_sampah"
    ).fetchone()
    assert 400 <= n <= 470 and aktif < n * 0.8 and induk == 1
    kategori = {r[0] for r in full.execute("SELECT DISTINCT kategori FROM setoran").fetchall()}
    assert {"plastik", "kertas", "logam", "kaca", "minyak jelantah"} <= kategori


def test_seasonality_post_lebaran_peak_and_pause(full):
    # Lebaran 2025 was 31 March: nothing weighed over the holiday, a peak in the weeks after
    def kg(a: str, b: str) -> float:
        sql = "SELECT coalesce(sum(berat_kg), 0) FROM setoran WHERE tanggal BETWEEN ? AND ?"
        return full.execute(sql, [a, b]).fetchone()[0]

    during, after, before = (
        kg("2025-03-30", "2025-04-03"),
        kg("2025-04-05", "2025-05-04"),
        kg("2025-02-01", "2025-03-02"),
    )
    assert during == 0 and after > before * 1.15


def test_csr_effect_is_planted(full):
    p = full.execute(
        "SELECT kelurahan_kode, mulai FROM csr_proyek WHERE bidang = 'lingkungan hidup' "
        "AND status <> 'usulan' ORDER BY id LIMIT 1"
    ).fetchone()
    assert p is not None
    assert full.execute("SELECT count(*) FROM target").fetchone()[0] > 0
