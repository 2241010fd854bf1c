"""The summaries that grow with the years live in parts shared between versions
(sampah/bagian_ringkas.py, issue #17): a month's import into a store of several years writes that
month's parts and a catalog no bigger than a one-year store's, whatever the years; undo and the
fallback give the summaries as they were; a catalog of the release before (daily summaries copied
into every version) still opens and takes imports, and `migrate` moves them into parts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from keandalan_alat import cli, hitung, lapor, rekap_tpa

from sampah import bagian, bagian_ringkas, db, demo, pulih, ringkas
from sampah.bench_impor import byte_versi
from sampah.ingest import muat

AKHIR = date(2026, 10, 31)
TUMBUH = ("agg_tpa_harian", "agg_neraca_harian", "agg_bank_sampah_bulanan")


def _kini(store: Path) -> Path:
    return db.configured_source(str(store)).current_file()


def _buat(store: Path, tahun: int) -> Path:
    db.publish(store, lambda c: demo.fill(c, years=tahun, seed=11, scale=0.01, end=AKHIR))
    return _kini(store)


def _isi(f: Path) -> dict[str, list[tuple]]:
    """Every row of the summaries that grow with the years (sorted; tonnes to the gram: a rebuild
    sums in another order and changes the last bits)."""
    con = db.connect_readonly(f)
    try:
        return {
            t: [
                tuple(round(x, 6) if isinstance(x, float) else x for x in r)
                for r in con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            ]
            for t in TUMBUH
        }
    finally:
        con.close()


def _selisih(f: Path) -> set[int]:
    con = db.connect_readonly(f)
    try:
        return set(ringkas.selisih(con).values())
    finally:
        con.close()


def _keluarkan_oktober(store: Path, out: Path) -> int:
    """Take October's deposits out (a version of its own) and write them as a DLH's CSV."""
    con = db.connect_readonly(_kini(store))
    try:
        df = con.execute(
            "SELECT strftime(tanggal, '%d/%m/%Y') AS tanggal, bank_sampah_id AS bank_sampah, nasabah_id, "
            'kategori, subjenis, berat_kg AS "berat (kg)", harga_per_kg AS harga FROM setoran '
            "WHERE tanggal >= DATE '2026-10-01' ORDER BY tanggal"
        ).df()
    finally:
        con.close()
    df.to_csv(out, index=False)

    def tanpa_oktober(c: duckdb.DuckDBPyConnection) -> None:  # None: every summary day rebuilt
        c.execute("DELETE FROM setoran WHERE tanggal >= DATE '2026-10-01'")

    db.publish(
        store,
        tanpa_oktober,
        base=_kini(store),
        finish=ringkas.segarkan,
        sentuh={"setoran": {"2026-10"}},
    )
    return len(df)


def _sebulan(store: Path, tmp: Path) -> tuple[int, list[tuple[str, str]], int, dict, dict]:
    """October's deposits imported back into the store: (bytes of that version, its new parts,
    the size of its catalog, the summaries before and after)."""
    f = tmp / f"okt_{store.name}.csv"
    n = _keluarkan_oktober(store, f)
    dasar = _kini(store)
    sebelum = _isi(dasar)
    lap = muat.impor(store, "setoran", f.read_bytes(), f.name, oleh="uji", hari_ini=AKHIR)
    assert lap.status == "dimuat" and lap.baru == n, lap.teks()
    v = _kini(store)
    lama = {b.berkas for b in bagian.daftar_berkas(dasar)}
    baru = [(b.kelompok, b.kunci) for b in bagian.daftar_berkas(v) if b.berkas not in lama]
    return byte_versi(store, v.name, dasar.name), baru, v.stat().st_size, sebelum, _isi(v)


def test_a_month_into_years_writes_the_month_and_undo_gives_the_old_summaries(tmp_path: Path):
    satu = tmp_path / "satu_tahun"
    empat = tmp_path / "empat_tahun"
    _buat(satu, 1)
    _buat(empat, 4)
    b1, baru1, k1, _, _ = _sebulan(satu, tmp_path)
    b4, baru4, k4, sebelum, sesudah = _sebulan(empat, tmp_path)
    # only October's parts: its deposits and its summaries (deposits and units; TPA and balance)
    oktober = [("ringkas", "2026-10"), ("ringkas_tpa", "2026-10"), ("setoran", "2026-10")]
    assert sorted(baru4) == sorted(baru1) == oktober, baru4
    con = db.connect_readonly(_kini(empat))
    try:
        assert bagian_ringkas.tata(con) == bagian.RINGKAS  # views over parts, no copy in the catalog
        tahun = con.execute("SELECT count(DISTINCT year(tanggal)) FROM agg_neraca_harian").fetchone()[0]
    finally:
        con.close()
    assert tahun >= 4
    # the catalog and the bytes of the version do not grow with the years (a catalog copying the
    # daily summaries grows ~250 kB a year at any scale: ~13 kecamatan x 365 days, units x 12 months)
    assert k4 <= k1 * 1.1 + 64 * 2**10, (k1, k4)
    assert b4 <= b1 * 1.2 + 64 * 2**10, (b1, b4)
    assert sebelum != sesudah and _selisih(_kini(empat)) == {0}
    lapor("ringkas_bagian", byte_versi_1_tahun=b1, byte_versi_4_tahun=b4, katalog_1=k1, katalog_4=k4)

    # the newest month's summaries part damaged: the viewers fall back to the version before it
    v = _kini(empat)
    lama = {b.berkas for b in bagian.daftar_berkas(sorted((empat / "versions").glob("v*.duckdb"))[-2])}
    (p,) = [
        empat / b.berkas for b in bagian.daftar_berkas(v) if b.kelompok == "ringkas" and b.berkas not in lama
    ]
    asli = p.read_bytes()
    p.write_bytes(asli[: len(asli) // 2])
    pulih._sehat.clear()
    b = pulih.bacaan(db.configured_source(str(empat)))
    assert b.rusak == v.name and b.berkas != v and _isi(b.berkas) == sebelum
    p.write_bytes(asli)
    pulih._sehat.clear()

    # undo: back to the version without October, its summaries exactly as they were
    assert muat.batalkan(empat, oleh="uji")[0] == "kd_undo_ok"
    assert _isi(_kini(empat)) == sebelum and _selisih(_kini(empat)) == {0}


def test_a_catalog_of_the_release_before_imports_then_migrates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = tmp_path / "lama"
    with monkeypatch.context() as m:  # the release before: only the deposit summaries in parts
        for modul in (bagian, bagian_ringkas):
            m.setattr(modul, "RINGKAS", bagian.RINGKAS_LAMA)
        _buat(store, 2)
    v0 = _kini(store)
    assert bagian_ringkas.tata_lama_berkas(v0)
    ukuran_lama = v0.stat().st_size
    byte_lama, baru, _, _, _ = _sebulan(store, tmp_path)  # imports work in that layout
    assert ("ringkas", "2026-10") in baru and bagian_ringkas.tata_lama_berkas(_kini(store))
    assert _selisih(_kini(store)) == {0}
    dimuat, isi = hitung(store), _isi(_kini(store))
    r = cli("migrate", store=store)
    assert r.returncode == 0 and "bagian bersama" in r.stdout, r.stdout + r.stderr
    v = _kini(store)
    assert not bagian_ringkas.tata_lama_berkas(v) and v.stat().st_size < ukuran_lama
    assert hitung(store) == dimuat and _isi(v) == isi and _selisih(v) == {0}
    assert cli("migrate", store=store).stdout.strip() == "Skema sudah mutakhir."
    # undo through the migration to the import's base: the summaries stay in parts
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert not bagian_ringkas.tata_lama_berkas(_kini(store)) and _selisih(_kini(store)) == {0}
    assert hitung(store)["setoran"] < dimuat["setoran"]
    lapor(
        "ringkas_migrasi", katalog_lama=ukuran_lama, katalog_baru=v.stat().st_size, byte_versi_lama=byte_lama
    )


def test_loads_without_deposits_keep_the_layout(tmp_path: Path):
    """A kab/kota with TPA loads and no deposits yet: the deposit summaries have no part, stay
    views (over an empty table of the catalog), and a month of loads still writes only its parts."""
    store = tmp_path / "tpa_saja"
    v = _buat(store, 1)
    bulan = {b.kunci for b in bagian.daftar_berkas(v) if b.kelompok == "setoran"}
    db.publish(
        store,
        lambda c: c.execute("DELETE FROM setoran").fetchall() and None,
        base=v,
        finish=ringkas.segarkan,
        sentuh={"setoran": bulan},
    )
    v = _kini(store)
    assert {b.kelompok for b in bagian.daftar_berkas(v)} == {"tpa_muatan", "ringkas_tpa"}
    con = db.connect_readonly(v)
    try:
        assert bagian_ringkas.tata(con) == bagian.RINGKAS
        assert con.execute("SELECT count(*) FROM agg_setoran_harian").fetchone()[0] == 0
    finally:
        con.close()
    f = tmp_path / "r.csv"
    rekap_tpa(f, hari=4, bulan="2026-10")
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    lama = {b.berkas for b in bagian.daftar_berkas(v)}
    baru = [(b.kelompok, b.kunci) for b in bagian.daftar_berkas(_kini(store)) if b.berkas not in lama]
    assert sorted(baru) == [("ringkas_tpa", "2026-10"), ("tpa_muatan", "2026-10")], baru
    assert _selisih(_kini(store)) == {0}
