"""What a publish writes in the parts layout (sampah/bagian.py, issue #17 items 4-5): the newest
year's summaries one part per month, the year before folded into the older part when a new year
begins, the summaries exact after each; a split that fails half way (after some months' parts are
written) leaves no file behind and CURRENT where it was."""

from __future__ import annotations

import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from sampah import bagian, db, ringkas


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def _kini(store: Path) -> Path:
    return db.configured_source(str(store)).current_file()


def _kunci_ringkas(f: Path) -> list[str]:
    return sorted(b.kunci for b in bagian.daftar_berkas(f) if b.kelompok == "ringkas")


def _selisih(f: Path) -> dict[str, int]:
    con = db.connect_readonly(f)
    try:
        return ringkas.selisih(con)
    finally:
        con.close()


def _berkas(store: Path) -> dict[str, int]:
    return {str(p.relative_to(store)): p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file()}


def _oktober(con) -> str:  # noqa: ANN001
    """October 2026's deposits (its part: outside the declared months the raw table is a view)."""
    f = con.execute("SELECT berkas FROM _bagian WHERE kelompok = 'setoran' AND kunci = '2026-10'").fetchone()
    return f"read_parquet('{f[0]}')"


def _januari(con) -> ringkas.Rentang:  # noqa: ANN001
    """October's deposits again, 92 days later: January of the next year."""
    con.execute(f"INSERT INTO setoran SELECT * REPLACE (tanggal + 92 AS tanggal) FROM {_oktober(con)}")
    return ringkas.Rentang(date(2027, 1, 1), date(2027, 1, 31))


def test_the_newest_year_is_one_summary_part_per_month_and_a_new_year_folds_it(store: Path):
    f = _kini(store)
    kunci = _kunci_ringkas(f)
    akhir = db.connect_readonly(f).execute("SELECT max(tanggal) FROM setoran").fetchone()[0]
    bulan = [f"{akhir.year}-{m:02d}" for m in range(1, akhir.month + 1)]
    assert kunci == sorted([f"-{akhir.year - 1}", *bulan]), kunci
    assert akhir.year == 2026 and set(_selisih(f).values()) == {0}
    lama = {b.berkas for b in bagian.daftar_berkas(f)}
    baru = db.publish(store, _januari, base=f, finish=ringkas.segarkan, sentuh={"setoran": {"2027-01"}})
    assert _kunci_ringkas(baru) == ["-2026", "2027-01"]  # 2026's months moved into the older part
    assert set(_selisih(baru).values()) == {0}
    ditulis = {b.berkas for b in bagian.daftar_berkas(baru)} - lama
    assert sorted(re.sub(r"_b\d+\.", ".", b) for b in ditulis) == [
        "bagian/ringkas/-2026.duckdb",
        "bagian/ringkas/2027-01.duckdb",
        "bagian/ringkas_tpa/-2026.duckdb",  # the daily balance folds its year too
        "bagian/ringkas_tpa/2027-01.duckdb",
        "bagian/setoran/2027-01.parquet",
    ]
    assert not list((store / "bagian").rglob(".tulis_b*"))  # the partitioned COPY's folder is gone


def test_a_split_failing_after_some_months_leaves_nothing(store: Path, monkeypatch: pytest.MonkeyPatch):
    f = _kini(store)
    sebelum = _berkas(store)
    asli = bagian.Penulis.selesai
    kali = []

    def gagal_kedua(self, tmp: Path, tujuan: Path) -> tuple[str, int]:  # noqa: ANN001
        kali.append(tujuan)
        if len(kali) == 2:
            raise OSError(28, "No space left on device")
        return asli(self, tmp, tujuan)

    monkeypatch.setattr(bagian.Penulis, "selesai", gagal_kedua)

    def dua_bulan(con) -> ringkas.Rentang:  # noqa: ANN001
        _januari(con)
        con.execute(
            f"INSERT INTO setoran SELECT * REPLACE (tanggal + 123 AS tanggal) FROM {_oktober(con)} "
            "WHERE tanggal <= DATE '2026-10-28'"
        )
        return ringkas.Rentang(date(2027, 1, 1), date(2027, 2, 28))

    with pytest.raises(OSError, match="No space"):
        db.publish(
            store, dua_bulan, base=f, finish=ringkas.segarkan, sentuh={"setoran": {"2027-01", "2027-02"}}
        )
    assert len(kali) == 2 and kali[0].exists() is False  # the first month's part was removed again
    assert _berkas(store) == sebelum and _kini(store) == f
    assert not list(store.rglob(".tulis_b*"))  # nor the partitioned COPY's folder
