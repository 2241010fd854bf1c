"""`python -m sampah init --store S --kota X`: a store for any kab/kota from the national reference."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest
from kota_uji import ROOT, TIGA, buat_store, kueri

from sampah import cli, db, rujukan, skema


@pytest.mark.parametrize("jenis", list(TIGA))
def test_store_by_code_has_the_kota_and_all_its_areas(store_baru: dict[str, Path], jenis: str):
    kode, nama = TIGA[jenis]
    s = store_baru[jenis]
    kota = rujukan.kabkota(kode)
    assert kueri(s, "SELECT kode, kode_bps, nama FROM kota") == [(kode, kota.kode_bps, nama)]
    kec, kel = rujukan.anak(kode), rujukan.anak(kode, "desa")
    assert kueri(s, "SELECT count(*), count(kode_bps) FROM kecamatan") == [
        (len(kec), kec.kode_bps.notna().sum())
    ]
    assert kueri(s, "SELECT count(*), count(kode_bps) FROM kelurahan") == [
        (len(kel), kel.kode_bps.notna().sum())
    ]
    # every kelurahan under a kecamatan of this kota; no kecamatan without kelurahan
    assert kueri(
        s, "SELECT count(*) FROM kelurahan WHERE kecamatan_kode NOT IN (SELECT kode FROM kecamatan)"
    ) == [(0,)]
    assert kueri(
        s, "SELECT count(*) FROM kecamatan WHERE kode NOT IN (SELECT kecamatan_kode FROM kelurahan)"
    ) == [(0,)]
    # a BPS code only where the crosswalk pairs exactly one: never a guess
    for k, b in kueri(s, "SELECT kode, kode_bps FROM kelurahan WHERE kode_bps IS NOT NULL"):
        assert rujukan.ke_kemendagri(b).kode == k
    assert skema.kurang(db.configured_source(str(s)).current_file()) == set()


def test_the_three_kinds(store_baru: dict[str, Path]):
    assert kueri(store_baru["kota"], "SELECT count(*) FROM kecamatan") == [(30,)]
    assert kueri(store_baru["kabupaten"], "SELECT count(*) FROM kelurahan WHERE kode LIKE '%.2___'") > [
        (150,)
    ]
    assert kueri(store_baru["dki"], "SELECT provinsi FROM kota") == [("Daerah Khusus Ibukota Jakarta",)]
    # Jakarta Pusat's BPS code is 3173; read as Kemendagri that would be Jakarta Barat (31.73)
    assert kueri(store_baru["dki"], "SELECT kode_bps FROM kota") == [("3173",)]


@pytest.mark.parametrize("jenis", list(TIGA))
def test_by_name_gives_the_same_store(store_baru: dict[str, Path], tmp_path: Path, jenis: str):
    s = buat_store(tmp_path / "nama", TIGA[jenis][1].upper())
    sql = "SELECT * FROM kecamatan ORDER BY kode"
    assert kueri(s, sql) == kueri(store_baru[jenis], sql)
    sql = "SELECT * FROM kelurahan ORDER BY kode"
    assert kueri(s, sql) == kueri(store_baru[jenis], sql)


def _cli(*args: str, capsys: pytest.CaptureFixture) -> tuple[int, str]:
    try:
        cli.main(list(args))
        kode = 0
    except SystemExit as e:
        kode = 0 if e.code in (None, 0) else 1
        if isinstance(e.code, str):
            print(e.code)
    out = capsys.readouterr()
    return kode, out.out + out.err


def test_command_line_in_process(tmp_path: Path, capsys: pytest.CaptureFixture):
    s = tmp_path / "kab"
    kode, teks = _cli("init", "--store", str(s), "--kota", "Kab. Bekasi", capsys=capsys)
    assert kode == 0 and "Kabupaten Bekasi (32.16, Jawa Barat)" in teks and "23 kecamatan" in teks
    assert "Tanpa kode BPS" in teks and "batas wilayah" in teks  # what is missing and what comes next
    kode, teks = _cli("init", "--store", str(s), "--kota", "32.16", capsys=capsys)
    assert kode == 1 and "sudah berisi basis data" in teks  # an existing store is never overwritten


@pytest.mark.parametrize(
    "kota, harus",
    [
        (
            "Bekasi",
            ["bisa berarti lebih dari satu kab/kota", "Kabupaten Bekasi (32.16", "Kota Bekasi (32.75"],
        ),
        ("3171", ["berarti wilayah yang berbeda", "Jakarta Pusat (31.71", "Jakarta Selatan (31.74"]),
        ("Kota Bekasih", ["tidak dikenal", "Nama terdekat", "Kota Bekasi (32.75"]),
        ("Kota Bandungg", ["tidak dikenal", "Kota Bandung (32.73"]),
    ],
)
def test_ambiguous_or_unknown_kota_creates_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture, kota: str, harus: list[str]
):
    s = tmp_path / "x"
    kode, teks = _cli("init", "--store", str(s), "--kota", kota, capsys=capsys)
    assert kode == 1 and all(h in teks for h in harus), teks
    assert not s.exists()


def test_plain_init_still_makes_an_empty_store(tmp_path: Path, capsys: pytest.CaptureFixture):
    kode, teks = _cli("init", "--store", str(tmp_path / "kosong"), capsys=capsys)
    assert kode == 0 and "Penyimpanan kosong dibuat" in teks
    assert kueri(tmp_path / "kosong", "SELECT count(*) FROM kota") == [(0,)]


def test_real_command_for_a_dki_kota_administrasi(tmp_path: Path):
    s = tmp_path / "jakpus"
    r = subprocess.run(
        [sys.executable, "-m", "sampah", "init", "--store", str(s), "--kota", "Kota Adm. Jakarta Pusat"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Kota Administrasi Jakarta Pusat (31.71" in r.stdout and "8 kecamatan" in r.stdout
    assert kueri(s, "SELECT count(*) FROM kelurahan") == [(44,)]


def test_an_older_database_without_kota_kode_bps_is_migrated(tmp_path: Path):
    s = buat_store(tmp_path / "lama", "32.75")
    f = db.configured_source(str(s)).current_file()
    con = duckdb.connect(str(f))
    con.execute("ALTER TABLE kota DROP COLUMN kode_bps")  # as a store made before this column
    con.close()
    assert skema.kurang(f) == {"kota.kode_bps"}
    baru = skema.migrasi(s)
    assert skema.kurang(baru) == set()
    assert kueri(s, "SELECT nama, kode_bps FROM kota") == [("Kota Bekasi", None)]
