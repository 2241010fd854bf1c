"""Faults: an import killed at random points (again and again) and failing at chosen points, a full
disk during an import, a damaged, truncated or missing database, an empty store. Each leaves a usable
dashboard with the last good data or a clear message, a way back (`undo`, `pulihkan`), and no row
imported earlier is lost.

    SAMPAH_GANGGUAN=40 .venv/bin/python -m pytest -s tests/keandalan/test_keandalan_gangguan.py   # more kills
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from halaman_app import buka
from keandalan_alat import ROOT, cli, hitung, lapor, rekap_tpa, sisa_temp

from sampah import db, pulih
from sampah.ingest import muat

APP = str(ROOT / "dashboard.py")
KILLS = int(os.environ.get("SAMPAH_GANGGUAN", "6"))


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def _tambah(awal: dict[str, int], n: int) -> dict[str, int]:
    return {**awal, "tpa_muatan": awal["tpa_muatan"] + n, "impor": awal["impor"] + 1}


# ---- an import killed or failing midway -------------------------------------------------------


def test_import_killed_at_random_points_loses_nothing(store: Path, tmp_path: Path):
    """kill -9 of `python -m sampah import` after a random delay, SAMPAH_GANGGUAN times (6 in CI).
    After every kill the store opens, shows either the old rows or all the new ones, and the next
    import completes; undo brings back exactly the rows before."""
    rng = random.Random(int(os.environ.get("SAMPAH_SEED", "7")))
    f = tmp_path / "tpa_nov.csv"
    n = rekap_tpa(f, hari=25, kec=("Mustikajaya", "Bekasi Utara", "Rawalumbu", "Jatiasih"))
    awal = hitung(store)
    dibunuh = selesai = 0
    jeda: list[float] = []
    for _ in range(KILLS):
        p = subprocess.Popen(
            [sys.executable, "-m", "sampah", "import", "tpa_rekap", str(f), "--store", str(store)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        d = rng.uniform(0.05, 3.0)
        time.sleep(d)
        if p.poll() is None:
            p.send_signal(signal.SIGKILL)
            dibunuh += 1
            jeda.append(round(d, 2))
        p.wait()
        b = pulih.bacaan(db.configured_source(str(store)))
        assert b.rusak is None and b.berkas is not None  # CURRENT always names a complete version
        kini = hitung(store)
        assert kini in (awal, _tambah(awal, n)), kini  # all or nothing
        if kini != awal:  # the import won the race: undo it so that the next kill means something
            selesai += 1
            assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
            assert hitung(store) == awal
    r = cli("import", "tpa_rekap", str(f), store=store)
    assert r.returncode == 0 and "Dimuat:" in r.stdout, r.stdout + r.stderr
    assert hitung(store) == _tambah(awal, n)
    assert sisa_temp(store) == []  # temp files of killed imports are gone after the next import
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert hitung(store) == awal
    lapor(
        "impor_dibunuh",
        percobaan=KILLS,
        dibunuh=dibunuh,
        selesai_sebelum_kill=selesai,
        jeda_s=jeda,
        baris_hilang=0,
    )
    assert dibunuh >= 1


def _gagal_di(titik: str, monkeypatch: pytest.MonkeyPatch) -> None:
    def ledak(*a, **k):  # noqa: ANN002, ANN003
        raise OSError(errno.EIO, f"gangguan buatan: {titik}")

    if titik == "salin":  # half of the base copied, then the disk fails

        def salin(src, dst, *a, **k):  # noqa: ANN001, ANN002, ANN003
            data = Path(src).read_bytes()
            Path(dst).write_bytes(data[: len(data) // 2])
            ledak()

        monkeypatch.setattr(db.shutil, "copyfile", salin)
    elif titik == "muat":  # inside the build, after the copy, while rows are written
        monkeypatch.setattr(muat, "muat_ke", ledak)
    elif titik == "penunjuk":  # the new version is complete, switching CURRENT fails
        monkeypatch.setattr(db, "set_current", ledak)
    elif titik == "ganti":  # the temp file cannot be renamed into place
        asli = os.replace

        def ganti(a, b):  # noqa: ANN001
            if str(a).endswith(".tmp"):
                ledak()
            return asli(a, b)

        monkeypatch.setattr(db.os, "replace", ganti)


@pytest.mark.parametrize("titik", ["salin", "muat", "ganti", "penunjuk"])
def test_import_failing_at_each_step_changes_nothing(
    store: Path, tmp_path: Path, titik: str, monkeypatch: pytest.MonkeyPatch
):
    f = tmp_path / "r.csv"
    n = rekap_tpa(f, hari=3)
    awal, current = hitung(store), (store / "CURRENT").read_text()
    versi = sorted(p.name for p in (store / "versions").iterdir())
    with monkeypatch.context() as m:
        _gagal_di(titik, m)
        with pytest.raises(OSError) as e:
            muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji")
    assert pulih.pesan_gagal_tulis(e.value, store)[0] == "pl_gagal_tulis"
    assert (store / "CURRENT").read_text() == current
    assert sorted(p.name for p in (store / "versions").iterdir()) == versi  # no half version left
    assert hitung(store) == awal
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    assert hitung(store) == _tambah(awal, n)


# ---- a full disk --------------------------------------------------------------------------------


@pytest.fixture
def disk_kecil(tmp_path: Path):
    """A 40 MB tmpfs (needs root and mount rights, as in CI); skipped with the reason otherwise."""
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    r = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=40m", "tmpfs", str(mnt)], capture_output=True, text=True
    )
    if r.returncode != 0:
        pytest.skip(
            f"cannot mount a size-limited tmpfs here ({r.stderr.strip() or r.returncode}): "
            "run as root, or on a machine that allows mount"
        )
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def _isi_penuh(mnt: Path, sisa: int) -> None:
    """Fill the disk until `sisa` bytes are free."""
    pengisi = mnt / "pengisi"
    pengisi.unlink(missing_ok=True)
    bebas = shutil.disk_usage(mnt).free
    if bebas > sisa:
        with open(pengisi, "wb") as fh:
            fh.truncate(0)
            blok = b"\0" * 65536
            tulis = bebas - sisa
            while tulis > 0:
                fh.write(blok[: min(tulis, len(blok))])
                tulis -= len(blok)


def _berkas_versi(store: Path) -> set[str]:
    """Versions, their checksums and the parts they name (sampah/bagian.py)."""
    return {str(p.relative_to(store)) for d in ("versions", "bagian") for p in (store / d).rglob("*")}


def test_full_disk_during_import(disk_kecil: Path, demo_store: Path, tmp_path: Path):
    store = disk_kecil / "store"
    shutil.copytree(demo_store, store)  # the current version's catalog and the parts it names
    # what an import copies: the catalog (the big tables are parts it names, sampah/bagian.py)
    ukuran = db.configured_source(str(store)).current_file().stat().st_size
    f = tmp_path / "r.csv"
    n = rekap_tpa(f, hari=10)
    awal = hitung(store)
    gagal = 0
    # no room for the copy; room for the copy only; room for the copy and 1 MB
    for sisa in (ukuran // 2, ukuran + 64 * 1024, ukuran + 1024 * 1024):
        _isi_penuh(disk_kecil, sisa)
        sebelum = _berkas_versi(store), (store / "CURRENT").read_text()
        r = cli("import", "tpa_rekap", str(f), store=store)
        if r.returncode == 0:  # the build fitted after all (a version writes its catalog and parts only)
            (disk_kecil / "pengisi").unlink()
            assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok" and hitung(store) == awal
            continue
        gagal += 1
        assert "Disk penuh" in r.stderr and "Traceback" not in r.stderr, r.stderr
        assert (_berkas_versi(store), (store / "CURRENT").read_text()) == sebelum  # no part left either
        assert hitung(store) == awal  # the dashboard's data is intact and opens
    (disk_kecil / "pengisi").unlink(missing_ok=True)  # space is back
    r = cli("import", "tpa_rekap", str(f), store=store)
    assert r.returncode == 0 and "Dimuat:" in r.stdout, r.stdout + r.stderr
    assert hitung(store) == _tambah(awal, n)
    assert sisa_temp(store) == []
    lapor("disk_penuh", percobaan=3, gagal_dengan_pesan=gagal, impor_setelah_lega="ok", baris_hilang=0)
    assert gagal >= 2


# ---- a damaged, truncated or missing database --------------------------------------------------


@pytest.fixture(scope="module")
def tiga_versi(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list, Path]:
    """A store with three versions: the sample, then two imports. Returns (store, counts of v1..v3,
    file B)."""
    s = tmp_path_factory.mktemp("tiga") / "store"
    shutil.copytree(demo_store, s)
    d = s.parent
    a, b = d / "a.csv", d / "b.csv"
    rekap_tpa(a, hari=5, bulan="2024-04")
    rekap_tpa(b, hari=7, bulan="2024-05")
    jumlah = [hitung(s)]
    for f in (a, b):
        assert muat.impor(s, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
        jumlah.append(hitung(s))
    return s, jumlah, b


def _rusak(store: Path, cara: str) -> None:
    kini = store / "versions" / (store / "CURRENT").read_text().strip()
    if cara == "potong":
        with open(kini, "r+b") as fh:
            fh.truncate(kini.stat().st_size // 3)
    elif cara == "acak":
        ukuran = kini.stat().st_size
        with open(kini, "r+b") as fh:
            fh.seek(ukuran // 2)
            fh.write(random.Random(1).randbytes(ukuran // 4))
    elif cara == "nol":
        kini.write_bytes(b"")
    elif cara == "kepala":
        with open(kini, "r+b") as fh:
            fh.write(b"\0" * 8192)
    elif cara == "hilang":
        kini.unlink()
    elif cara == "penunjuk_sampah":
        (store / "CURRENT").write_text("../../etc/passwd\n")
    elif cara == "tanpa_penunjuk":
        (store / "CURRENT").unlink()


# (damage, version the dashboard falls back to: 2 = the one before the damaged v3, 3 = v3 itself)
KERUSAKAN = [
    ("potong", 2),
    ("acak", 2),
    ("nol", 2),
    ("kepala", 2),
    ("hilang", 2),
    ("penunjuk_sampah", 3),
    ("tanpa_penunjuk", 3),
]


@pytest.mark.parametrize(("cara", "mundur"), KERUSAKAN)
def test_damaged_database_falls_back_and_restores(tiga_versi, tmp_path: Path, cara: str, mundur: int):
    asal, jumlah, b = tiga_versi
    store = tmp_path / "store"
    shutil.copytree(asal, store)
    _rusak(store, cara)
    src = db.configured_source(str(store))
    baca = pulih.bacaan(src, teliti=True)  # the dashboard's quick check + a read of every block
    assert baca.rusak is not None and baca.pesan[0] == "pl_rusak"
    assert baca.berkas.name == f"v{mundur:06d}.duckdb"
    assert hitung(store, baca.berkas) == jumlah[mundur - 1]  # the last good data, whole
    ubah, (kunci, kw) = pulih.pulihkan(store, oleh="uji")
    assert ubah and kunci == "pl_dipulihkan" and kw["versi"] == baca.berkas.name
    assert pulih.bacaan(src).rusak is None and hitung(store) == jumlah[mundur - 1]
    if mundur == 2:  # the damaged version's import is loaded again: nothing imported is lost
        assert muat.impor(store, "tpa_rekap", b.read_bytes(), b.name, oleh="uji").status == "dimuat"
    assert hitung(store) == jumlah[2]


@pytest.mark.parametrize("cara", ["potong", "acak"])
def test_dashboard_on_a_damaged_database_shows_last_good_data(
    tiga_versi, tmp_path: Path, cara: str, monkeypatch: pytest.MonkeyPatch
):
    asal, _, _ = tiga_versi
    store = tmp_path / "store"
    shutil.copytree(asal, store)
    _rusak(store, cara)
    at = buka(store, monkeypatch)
    pesan = " ".join(e.value for e in at.error)
    assert "v000003.duckdb" in pesan and "rusak" in pesan and "v000002.duckdb" in pesan
    assert "python -m sampah pulihkan" in pesan
    assert len(at.metric) == 6  # Ringkasan draws its figures from v000002
    r = cli("pulihkan", store=store)
    assert r.returncode == 0 and "v000002.duckdb" in r.stdout, r.stdout + r.stderr
    at = buka(store, monkeypatch)
    assert not at.error and len(at.metric) == 6


@pytest.mark.parametrize("jalur", ["store_tidak_ada", "file_tidak_ada.duckdb"])
def test_missing_database_gives_a_clear_message(tmp_path: Path, jalur: str, monkeypatch: pytest.MonkeyPatch):
    at = buka(tmp_path / jalur, monkeypatch)
    assert any(
        "Basis data tidak ditemukan" in e.value and "python -m sampah init" in e.value for e in at.error
    )
    assert not (tmp_path / jalur).exists()  # a configured store is never created behind one's back


def test_empty_store_points_to_kelola_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    store = tmp_path / "baru"
    assert cli("init", store=store).returncode == 0
    at = buka(store, monkeypatch)
    assert any("Belum ada data" in i.value and "Kelola Data" in i.value for i in at.info)
    for hal in ("tren", "wilayah", "presentasi", "bank_sampah", "csr"):
        at.switch_page(f"halaman/{hal}.py").run()
        assert not at.exception, (hal, [e.value for e in at.exception])
        assert any("Belum ada data" in i.value for i in at.info), hal
    at.switch_page("halaman/kelola_data.py").run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value.startswith("Kelola Data")
    assert any(s.key == "kd_dataset" for s in at.selectbox)  # the import form is there


def test_restore_command_refuses_a_bad_choice(tiga_versi, tmp_path: Path):
    asal, _, _ = tiga_versi
    store = tmp_path / "store"
    shutil.copytree(asal, store)
    r = cli("pulihkan", store=store)
    assert r.returncode == 0 and "baik" in r.stdout  # nothing to do
    _rusak(store, "potong")
    r = cli("pulihkan", "--versi", "v000003", store=store)
    assert r.returncode == 1 and "tidak bisa dibuka" in r.stdout
    r = cli("pulihkan", "--versi", "v000001", store=store)
    assert r.returncode == 0 and (store / "CURRENT").read_text().strip() == "v000001.duckdb"
    assert "pulihkan" in set(muat.riwayat(store).aksi)


def test_a_passing_read_error_does_not_condemn_a_good_version(tiga_versi):
    asal, _, _ = tiga_versi
    f = db.configured_source(str(asal)).current_file()
    assert not pulih.tandai_bila_rusak(duckdb.IOException("IO Error: Too many open files"), f)
    assert not pulih.tandai_bila_rusak(ValueError("not a database error"), f)
    assert pulih.bacaan(db.configured_source(str(asal))).rusak is None
