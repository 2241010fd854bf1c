"""A large import lands and refuses the same rows, for the same reasons, whichever path it takes.

The paths of a large file (issue #17): Arrow's reader, the bulk parsers of the plain forms and a
build on a catalog of DuckDB's own block size (`db.salin_katalog`), against the careful path the
rules were written for: the csv module's reader, cell-by-cell parsing, and the catalog copied as a
file (the behaviour before). Generated files of 30,000 deposits in several shapes, with bad values
scattered among them, go through both into two copies of one store; the refusals (row, reason,
column), the counts, the stored rows and the summaries must agree, and the new version must be a
small catalog again that undo takes back.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from sampah import db, ringkas
from sampah.ingest import baca, muat

HARI_INI = date(2026, 10, 31)
N = 30_000  # well over the fast reader's threshold; every kind of bad value many times
BULAN_ID = "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember".split()


def _tanggal(d: date, bentuk: str) -> str:
    if bentuk == "iso":
        return d.isoformat()
    if bentuk == "teks":
        return f"{d.day} {BULAN_ID[d.month - 1]} {d.year}"
    return d.strftime("%d/%m/%Y")


def _angka(x: float, gaya: str) -> str:
    if gaya == "id":  # 1.234,5
        return f"{x:,.1f}".replace(",", "_").replace(".", ",").replace("_", ".")
    return f"{x:.1f}"


def _berkas(bank: list[str], varian: str, seed: int) -> bytes:
    """N deposits of the store's bank sampah in one shape, with a bad value every few hundred rows:
    a word for a weight, a negative weight, an impossible and a future date, an unknown bank sampah,
    an unknown category, an empty required cell, and repeats of an earlier row."""
    rng = np.random.default_rng(seed)
    awal = date(2025, 11, 1)
    hari = rng.integers(0, 365, N)
    berat = np.round(rng.gamma(2.0, 900.0, N), 1) + 0.1  # some above 1.000: thousands separators
    harga = rng.choice([1500.0, 2500.0, 4000.0, 12500.0], N)
    kategori = rng.choice(["plastik", "kertas", "logam", "kaca"], N)
    bentuk = {"polos": ["dmy"], "indonesia": ["dmy"], "campur": ["iso", "dmy", "teks"]}[varian]
    gaya = "id" if varian in ("indonesia", "campur") else "en"
    pilih = rng.integers(0, len(bentuk), N)
    rows = []
    for i in range(N):
        d = awal + timedelta(days=int(hari[i]))
        rows.append(
            [
                _tanggal(d, bentuk[pilih[i]]),
                bank[i % len(bank)],
                f"N-{i:06d}",
                kategori[i],
                "campur",
                _angka(float(berat[i]), gaya),
                _angka(float(harga[i]), gaya),
            ]
        )
    for j, i in enumerate(range(137, N, 331)):  # bad values scattered among the good rows
        rusak = j % 8
        if rusak == 0:
            rows[i][5] = "lima kilo"
        elif rusak == 1:
            rows[i][5] = "-3"
        elif rusak == 2:
            rows[i][0] = "31/02/2026"
        elif rusak == 3:
            rows[i][0] = "01/01/2030"
        elif rusak == 4:
            rows[i][1] = "BS-TIDAK-ADA"
        elif rusak == 5:
            rows[i][3] = "nuklir"
        elif rusak == 6:
            rows[i][5] = ""
        else:
            rows[i] = list(rows[i - 50])  # the same deposit twice
    df = pd.DataFrame(
        rows, columns=["tanggal", "bank_sampah", "nasabah_id", "kategori", "subjenis", "berat (kg)", "harga"]
    )
    return df.to_csv(index=False, sep=";" if gaya == "id" else ",").encode()


def _tolak(lap: muat.HasilImpor) -> dict[int, list[tuple[str, str]]]:
    """Refused rows by row number in the file: each reason with its column."""
    p = lap.persiapan
    return {
        p.tabel.baris_file(i): sorted((k, str(kw.get("kolom", ""))) for k, kw in p.galat[i]) for i in p.galat
    }


def _isi(store: Path) -> tuple[pd.DataFrame, int]:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        rows = con.execute("SELECT * EXCLUDE (impor_id) FROM setoran ORDER BY ALL").df()
        segar = sum(ringkas.selisih(con).values())
    finally:
        con.close()
    return rows, segar


def _impor(
    store: Path, data: bytes, nama: str, jalur: str, monkeypatch: pytest.MonkeyPatch
) -> tuple[muat.HasilImpor, list[Path], list[bool]]:
    """One import by one path; which catalog copies and which reader it took."""
    disalin: list[Path] = []
    arrow: list[bool] = []
    salin, cepat = db.salin_katalog, baca.csv_cepat
    with monkeypatch.context() as m:
        m.setattr(db, "salin_katalog", lambda base, tmp: (disalin.append(base), salin(base, tmp)))
        m.setattr(baca, "csv_cepat", lambda *a: arrow.append((t := cepat(*a)) is not None) or t)
        if jalur == "cepat":  # a build on a catalog of DuckDB's block size, as a million rows take
            m.setattr(muat, "BARIS_BLOK_LEBAR", 1000)
        else:  # the careful reader, and the catalog copied as a file
            m.setattr(baca, "CEPAT_MULAI_BYTE", 10**12)
            m.setattr(muat, "BARIS_BLOK_LEBAR", 10**12)
        lap = muat.impor(store, "setoran", data, nama, oleh="uji", hari_ini=HARI_INI)
    return lap, disalin, arrow


@pytest.fixture(scope="module")
def bank(demo_store: Path) -> list[str]:
    con = db.connect_readonly(db.configured_source(str(demo_store)).current_file())
    try:
        return [r[0] for r in con.execute("SELECT id FROM bank_sampah ORDER BY id").fetchall()]
    finally:
        con.close()


@pytest.mark.parametrize("varian", ["polos", "indonesia", "campur"])
def test_large_import_same_rows_and_reasons_on_both_paths(
    varian: str, bank: list[str], demo_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    data = _berkas(bank, varian, seed=len(varian))
    assert len(data) > baca.CEPAT_MULAI_BYTE
    hasil = {}
    for jalur in ("cepat", "cermat"):
        store = tmp_path / jalur
        shutil.copytree(demo_store, store)
        lap, disalin, arrow = _impor(store, data, f"{varian}.csv", jalur, monkeypatch)
        assert lap.status == "dimuat", lap.teks()
        assert bool(disalin) == (jalur == "cepat")
        assert arrow == ([True] if jalur == "cepat" else [])  # Arrow's reader, or the csv module's
        hasil[jalur] = (lap, _tolak(lap), *_isi(store))
        f = store / "versions" / lap.versi
        con = duckdb.connect(str(f), read_only=True)
        try:  # the version's catalog is small again: the raw rows live in its parts
            blok = con.execute(
                "SELECT block_size FROM pragma_database_size() WHERE database_name = current_database()"
            ).fetchall()[0][0]
        finally:
            con.close()
        assert blok <= 16384 and f.stat().st_size < 8 * 2**20
        assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
        assert _isi(store)[0].equals(_isi(demo_store)[0])  # undo takes every row back
    (a, tolak_a, rows_a, segar_a), (b, tolak_b, rows_b, segar_b) = hasil["cepat"], hasil["cermat"]
    assert (a.baru, a.diperbarui, a.sudah_ada, a.ditolak) == (b.baru, b.diperbarui, b.sudah_ada, b.ditolak)
    assert tolak_a == tolak_b
    pd.testing.assert_frame_equal(rows_a, rows_b)
    assert segar_a == segar_b == 0  # the summaries agree with the rows they summarise
    # every scattered bad value is refused, with its reason in the file's row, and nothing else
    alasan = {k for r in tolak_a.values() for k, _ in r}
    harus = {"kd_e_bukan_angka", "kd_e_negatif", "kd_e_tanggal", "kd_e_tanggal_depan", "kd_e_duplikat"}
    assert harus <= alasan
    assert len(tolak_a) == len(range(137, N, 331))
    assert a.baru == N - len(tolak_a)
