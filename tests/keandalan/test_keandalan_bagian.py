"""The parts layout (sampah/bagian.py, issue #17 item 4): a month's import writes that month's
parts and a small catalog, never a copy of the store; parts are immutable and shared, so undo and
the fallback still find every part of an older version; pruning deletes only parts no kept
version names; a damaged part is found and the dashboard falls back; an older store of single-file
versions still opens and `migrasi` converts it with every row and summary intact."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest
from keandalan_alat import cli, hitung, lapor, rekap_tpa

from sampah import bagian, db, demo, pulih, ringkas
from sampah.ingest import muat


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def _kini(store: Path) -> Path:
    return db.configured_source(str(store)).current_file()


def _berkas(store: Path) -> dict[str, tuple[int, int]]:
    return {
        str(p.relative_to(store)): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in store.rglob("*")
        if p.is_file() and p.name != ".lock"
    }


def _selisih(store: Path) -> dict[str, int]:
    con = db.connect_readonly(_kini(store))
    try:
        return ringkas.selisih(con)
    finally:
        con.close()


def test_a_month_writes_its_parts_not_the_store(store: Path, tmp_path: Path):
    f = tmp_path / "okt.csv"
    awal = hitung(store)
    v0 = _kini(store)
    sebelum = _berkas(store)
    # take October out (a version that opened that month's part), then import it back
    db.publish(
        store,
        lambda c: (
            c.execute("DELETE FROM setoran WHERE strftime(tanggal, '%Y-%m') = '2026-10'").fetchall() and None
        ),
        base=v0,
        finish=ringkas.segarkan,
        sentuh={"setoran": {"2026-10"}},
    )
    n = _setoran_oktober(v0, f)
    tanpa = _berkas(store)
    lap = muat.impor(store, "setoran", f.read_bytes(), f.name, oleh="uji", hari_ini=demo.DEMO_END)
    assert lap.status == "dimuat" and lap.baru == n, lap.teks()
    sesudah = _berkas(store)
    baru = sorted(set(sesudah) - set(tanpa) - {"riwayat.jsonl"})
    assert [Path(b).parent.as_posix() for b in baru] == [
        "bagian/ringkas",  # October's deposit summaries
        "bagian/ringkas_tpa",  # October's daily balance (and TPA tonnage)
        "bagian/setoran",  # October's deposits
        "versions",
        "versions",  # the catalog and its checksum
    ], baru
    assert all(sesudah[k] == v for k, v in tanpa.items() if k.startswith("bagian/"))  # no part rewritten
    ukuran = sum((store / b).stat().st_size for b in baru)
    total = sum(p.stat().st_size for p in (store / "bagian").rglob("*")) + v0.stat().st_size
    # at this small scale a catalog (~1 MB of reference tables) and a year of summaries (~1 MB, the
    # smallest DuckDB file of three tables) are most of it; at ten years it is a few per cent (bench)
    assert ukuran < total / 2, (ukuran, total)
    assert hitung(store) == {**awal, "impor": awal["impor"] + 1} and set(_selisih(store).values()) == {0}
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"  # back to the version without October
    assert hitung(store)["setoran"] == awal["setoran"] - n and set(_selisih(store).values()) == {0}
    assert all(sesudah.get(k) == v for k, v in sebelum.items() if k.startswith("bagian/") and k in sesudah)
    lapor("bagian_bulan", baris=n, byte_versi=ukuran, byte_penyimpanan=total, bagian_ditulis_ulang=0)


def _setoran_oktober(f: Path, out: Path) -> int:
    """October 2026's deposits of version `f` as a DLH exports them (as the benchmark writes them)."""
    con = db.connect_readonly(f)
    try:
        df = con.execute(
            "SELECT strftime(tanggal, '%d/%m/%Y') AS tanggal, bank_sampah_id AS bank_sampah, nasabah_id, "
            'kategori, subjenis, berat_kg AS "berat (kg)", harga_per_kg AS harga FROM setoran '
            "WHERE tanggal BETWEEN DATE '2026-10-01' AND DATE '2026-10-31' ORDER BY tanggal"
        ).df()
    finally:
        con.close()
    df.to_csv(out, index=False)
    return len(df)


def test_writing_a_month_not_declared_is_refused(store: Path):
    sebelum = _berkas(store)
    with pytest.raises(duckdb.Error):  # the raw table is a read-only view outside declared months
        db.publish(
            store,
            lambda c: c.execute("DELETE FROM setoran WHERE tanggal = DATE '2026-10-01'"),
            base=_kini(store),
        )
    with pytest.raises(RuntimeError, match="tidak dibuka"):
        db.publish(
            store,
            lambda c: c.execute(
                "INSERT INTO setoran SELECT * REPLACE (DATE '2026-09-02' AS tanggal) FROM setoran LIMIT 1"
            ),
            base=_kini(store),
            sentuh={"setoran": {"2026-10"}},
        )
    assert _berkas(store) == sebelum  # nothing written, nothing left behind


def test_prune_deletes_only_parts_no_kept_version_names(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(muat, "SIMPAN_VERSI", 2)
    f = tmp_path / "r.csv"
    for i in range(5):
        rekap_tpa(f, hari=3 + i, bulan=f"2025-{i + 1:02d}")
        assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    versi = sorted((store / "versions").glob("v*.duckdb"))
    dipakai = bagian.dipakai(versi)
    ada = {str(p.relative_to(store)) for p in (store / "bagian").rglob("*") if p.is_file()}
    assert ada == dipakai  # every part some kept version names, and no other
    for v in versi:
        pulih._sehat.clear()
        assert pulih.galat_buka(v, teliti=True) is None, v.name
        assert hitung(store, v)["tpa_muatan"] > 0


def test_a_damaged_part_of_the_newest_version_falls_back(store: Path, tmp_path: Path):
    f = tmp_path / "r.csv"
    rekap_tpa(f, hari=5, bulan="2024-02")
    sebelum = hitung(store)
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    lama = {b.berkas for b in bagian.daftar_berkas(store / "versions" / "v000001.duckdb")}
    bagian_baru = [b for b in bagian.daftar_berkas(_kini(store)) if b.berkas not in lama]
    # February 2024's loads, and the TPA summaries of the years before the newest
    assert [(b.kelompok, b.kunci) for b in bagian_baru] == [
        ("ringkas_tpa", "-2025"),
        ("tpa_muatan", "2024-02"),
    ]
    p = store / bagian_baru[1].berkas
    with open(p, "r+b") as fh:
        fh.truncate(p.stat().st_size // 2)
    pulih._sehat.clear()
    b = pulih.bacaan(db.configured_source(str(store)))  # the viewers' check
    assert b.rusak == "v000002.duckdb" and b.berkas.name == "v000001.duckdb" and "bagian" in b.alasan
    assert hitung(store, b.berkas) == sebelum
    r = cli("pulihkan", store=store)
    assert r.returncode == 0 and (store / "CURRENT").read_text().strip() == "v000001.duckdb", r.stdout


def test_an_older_single_file_store_opens_takes_imports_and_migrates(tmp_path: Path):
    store = tmp_path / "lama"
    db.publish(store, lambda c: demo.fill(c, years=1, seed=5, scale=0.02), tata="satu")
    assert not (store / "bagian").exists() and not bagian.berbagi_berkas(_kini(store))
    f = tmp_path / "r.csv"
    rekap_tpa(f, hari=4, bulan="2026-03")
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    assert not bagian.berbagi_berkas(_kini(store))  # still one file per version until migrasi
    dimuat = hitung(store)
    r = cli("migrasi", store=store)
    assert r.returncode == 0 and "katalog dan bagian" in r.stdout, r.stdout + r.stderr
    v = _kini(store)
    assert bagian.berbagi_berkas(v) and v.stat().st_size < 2 * 2**20
    assert hitung(store) == dimuat and set(_selisih(store).values()) == {0}
    assert cli("migrasi", store=store).stdout.strip() == "Skema sudah mutakhir."
    kunci, kw = muat.batalkan(store, oleh="uji")  # through the conversion to the import's base
    assert kunci == "kd_undo_ok", (kunci, kw)
    assert hitung(store)["tpa_muatan"] == dimuat["tpa_muatan"] - 4 * 2
    assert bagian.berbagi_berkas(_kini(store))  # the older base, migrated again: never back to one file
