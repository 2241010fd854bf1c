"""Loading: real public files, idempotency, remembered mappings, undo, and a kill -9 midway."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from jalur import REAL, ROOT
from keandalan_alat import cli

from sampah import db
from sampah.ingest import muat, templat
from sampah.ingest.dataset import DATASETS

perlu_real = pytest.mark.skipif(not REAL.exists(), reason="../shared/data/real not present")


def n(store: Path, sql: str) -> int:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


@perlu_real
def test_real_files_through_the_command_line(store: Path):
    for f in sorted(REAL.glob("sipsn_2024_*.csv")):
        r = cli("import", "sipsn", str(f), store=store)
        assert r.returncode == 0 and "Dimuat:" in r.stdout, r.stdout + r.stderr
    assert n(store, "SELECT count(*) FROM sipsn WHERE tahun = 2024") >= 315
    assert (
        n(store, "SELECT round(timbulan_ton) FROM sipsn WHERE kode_kabkota = '32.16' AND tahun = 2024")
        == 614462
    )
    assert n(store, "SELECT count(DISTINCT kelompok) FROM sipsn_komposisi") == 2
    for f in sorted(REAL.glob("geo_*.geojson")):
        r = cli("import", "batas_wilayah", str(f), store=store)
        assert r.returncode == 0, r.stdout + r.stderr
    assert n(store, "SELECT count(*) FROM batas_wilayah WHERE tingkat = 'kecamatan'") == 12
    assert n(store, "SELECT count(*) FROM batas_wilayah WHERE tingkat = 'kelurahan'") == 56
    # files of other cities are refused with the reason, not half-loaded
    bdg = REAL / "bandung_opendata_bank_sampah_cibeunying_kidul_2019_2025.csv"
    r = cli("import", "bank_sampah", str(bdg), store=store)
    assert r.returncode == 1 and "kab/kota lain" in r.stdout
    r = cli("import", "bank_sampah", str(REAL / "banksampah_3r_dki_jakarta_bangeco.json"), store=store)
    assert r.returncode == 1 and "Kolom wajib tidak ditemukan: berdiri / tahun" in r.stdout


@perlu_real
def test_bandung_registry_in_a_new_city_store(tmp_path: Path):
    s = tmp_path / "bandung"
    assert cli("init", store=s).returncode == 0
    bdg = REAL / "bandung_opendata_bank_sampah_cibeunying_kidul_2019_2025.csv"
    assert cli("import", "wilayah", str(bdg), store=s).returncode == 0
    assert n(s, "SELECT nama FROM kota") == "Kota Bandung"
    assert n(s, "SELECT count(*) FROM kelurahan WHERE kecamatan_kode = '32.73.14'") == 6
    r = cli("import", "bank_sampah", str(bdg), store=s)
    assert r.returncode == 0 and "menjadi" in r.stdout, r.stdout  # yearly rows merged into units
    assert 100 < n(s, "SELECT count(*) FROM bank_sampah") < 281


def test_same_file_twice_and_same_rows_in_another_file_add_nothing(store: Path):
    isi = (
        b"tanggal;bank_sampah;kategori;berat (kg);harga\n20/11/2025;BS-0001;PET;1.250,5;4.000\n"
        b"21/11/2025;BS-0001;kardus;12,25;1.700\n"
    )
    a = muat.impor(store, "setoran", isi, "nov.csv", oleh="uji")
    assert a.status == "dimuat" and a.baru == 2
    versi = (store / "CURRENT").read_text()
    b = muat.impor(store, "setoran", isi, "nov.csv", oleh="uji")
    assert b.status == "sudah_ada" and "sama persis" in b.teks()
    c = muat.impor(store, "setoran", isi + b"\n", "nov_lagi.csv", oleh="uji")
    assert c.status == "kosong" and "sudah ada" in c.teks()
    assert (store / "CURRENT").read_text() == versi
    assert (
        n(store, "SELECT count(*) FROM setoran WHERE tanggal = DATE '2025-11-20' AND berat_kg = 1250.5") == 1
    )


def test_mapping_is_remembered_for_the_next_file_of_the_same_shape(store: Path):
    isi = "Tgl Setor,Unit,Jenis,Timbangan (kg)\n2025-11-20,BS-0001,plastik,3\n"
    a = muat.impor(store, "setoran", isi.encode(), "a.csv", oleh="uji")
    assert a.status == "ditolak" and "Kolom wajib" in a.teks()
    peta = {"tanggal": "Tgl Setor", "bank_sampah": "Unit", "kategori": "Jenis", "berat": "Timbangan (kg)"}
    assert muat.impor(store, "setoran", isi.encode(), "a.csv", pemetaan=peta).status == "dimuat"
    b = muat.impor(store, "setoran", isi.replace(",3\n", ",4\n").encode(), "b.csv")
    assert b.status == "dimuat" and any(k == "kd_c_peta_diingat" for k, _ in b.persiapan.catatan)


def test_undo_restores_previous_version_and_next_import_builds_on_it(store: Path):
    awal = (store / "CURRENT").read_text().strip()
    sebelum = n(store, "SELECT count(*) FROM tpa_muatan")
    isi = "tanggal,kecamatan,ton\n2026-11-01,Mustikajaya,150\n2026-11-01,,20\n"
    lap = muat.impor(store, "tpa_rekap", isi.encode(), "rekap.csv", oleh="uji")
    assert lap.status == "dimuat" and n(store, "SELECT count(*) FROM tpa_muatan") == sebelum + 2
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and (store / "CURRENT").read_text().strip() == awal
    assert n(store, "SELECT count(*) FROM tpa_muatan") == sebelum
    assert muat.batalkan(store)[0] == "kd_undo_tidak_ada"
    lap2 = muat.impor(store, "tpa_rekap", isi.encode(), "rekap.csv")
    assert lap2.status == "dimuat" and lap2.impor_id > lap.impor_id
    r = muat.riwayat(store)
    assert list(r.aksi[:3]) == ["impor", "batal", "impor"]


def test_every_template_reads_back_with_all_columns_mapped(store: Path):
    from sampah.ingest.baca import baca
    from sampah.ingest.kolom import petakan, skor_header

    for nama, ds in DATASETS.items():
        if nama == "batas_wilayah":
            continue
        t = baca(templat.templat(nama), f"{nama}.xlsx", skor_header(ds))
        assert set(petakan(ds, list(t.data.columns))) == {k.nama for k in ds.kolom}, nama


def test_kill_9_midway_keeps_previous_data(store: Path, tmp_path: Path):
    """A nightly import killed while it writes: CURRENT and the data stay as they were, and the
    temp file it leaves behind does not disturb the next import."""
    besar = tmp_path / "setoran_besar.csv"
    baris = ["tanggal,bank_sampah,kategori,berat_kg,nasabah_id"]
    baris += [
        f"2026-{1 + i % 10:02d}-{1 + i % 28:02d},BS-0001,plastik,{1 + i % 50},N{i}" for i in range(30_000)
    ]
    besar.write_text("\n".join(baris) + "\n")
    awal = (store / "CURRENT").read_text()
    sebelum = n(store, "SELECT count(*) FROM setoran")
    proc = subprocess.Popen(
        [sys.executable, "-m", "sampah", "import", "setoran", str(besar), "--store", str(store)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    versions = store / "versions"
    batas = time.time() + 90
    while time.time() < batas and not list(versions.glob("*.tmp")) and proc.poll() is None:
        time.sleep(0.005)
    tengah = bool(list(versions.glob("*.tmp")))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(10)
    assert tengah, "the import finished before it could be killed midway"
    assert (store / "CURRENT").read_text() == awal
    assert n(store, "SELECT count(*) FROM setoran") == sebelum  # opens read-only, old rows
    lap = muat.impor(store, "tpa_rekap", b"tanggal,kecamatan,ton\n2026-11-02,Jatiasih,88\n", "r.csv")
    assert lap.status == "dimuat" and not list(versions.glob("*.tmp*"))
