"""The store never hides, loses or gives away a good import (issue #12, the store's findings):
healthy versions are never declared damaged, pruning keeps every version an undo needs, a CURRENT
with broken bytes gets a clear message and a working `pulihkan`, the sample is never rebuilt over
imported data, a kill inside the history write never orphans an import, and `migrasi`, refused and
repeated imports are all in the history."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from halaman_app import buka
from keandalan_alat import ROOT, cli, hitung, lapor, rekap_tpa

from sampah import cli as perintah
from sampah import db, jurnal, pulih, skema
from sampah.ingest import muat


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def _impor(store: Path, f: Path, hari: int = 3, bulan: str = "2024-03") -> muat.HasilImpor:
    rekap_tpa(f, hari=hari, bulan=bulan)
    return muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji")


def _kini(store: Path) -> str:
    return (store / "CURRENT").read_text().strip()


# ---- 1. healthy versions are never declared damaged ---------------------------------------------


def test_publish_loop_no_healthy_version_is_flagged(store: Path, tmp_path: Path):
    """The issue's sequence: plain imports of tpa_rekap, one after another. DuckDB 2.0 leaves free
    blocks at the end of some files, which a size formula took for a cut-short copy (v3, v5 ...)."""
    diperiksa = 0
    for i in range(8):
        lap = _impor(store, tmp_path / f"r{i}.csv", hari=20, bulan=f"2023-{i + 1:02d}")
        assert lap.status == "dimuat", lap.teks()
        pulih._sehat.clear()  # a fresh process: nothing cached
        b = pulih.bacaan(db.configured_source(str(store)))
        assert b.rusak is None and b.berkas.name == lap.versi, (b.rusak, b.alasan)
        for v in pulih.versi_semua(store):
            assert pulih.galat_buka(v) is None, (v.name, pulih.galat_buka(v))
            diperiksa += 1
    ubah, (kunci, _) = pulih.pulihkan(store, oleh="uji")
    assert not ubah and kunci == "pl_sudah_baik"  # the banner's advice moves nothing
    lapor("versi_sehat", impor=8, pemeriksaan=diperiksa, ditandai_rusak=0)


@pytest.mark.parametrize("cara", ["potong", "acak", "kepala", "nol"])
def test_the_quick_check_still_finds_real_damage(store: Path, tmp_path: Path, cara: str):
    """The viewers' check (no `teliti`) finds what really fails to read, and only that."""
    import random

    assert _impor(store, tmp_path / "a.csv").status == "dimuat"
    kini = store / "versions" / _kini(store)
    ukuran = kini.stat().st_size
    with open(kini, "r+b") as fh:
        if cara == "potong":
            fh.truncate(ukuran // 3)
        elif cara == "acak":
            fh.seek(ukuran // 2)
            fh.write(random.Random(1).randbytes(ukuran // 4))
        elif cara == "kepala":
            fh.write(b"\0" * 8192)
        else:
            fh.truncate(0)
    b = pulih.bacaan(db.configured_source(str(store)))
    assert b.rusak == kini.name and b.berkas.name != kini.name, (b.rusak, b.alasan)


# ---- 2. pruning keeps every version an undo needs -----------------------------------------------


def test_prune_keeps_the_base_of_twenty_import_undo_cycles(store: Path, tmp_path: Path):
    """19 import+undo cycles, then a 20th import: its undo needs v000001, the oldest version."""
    awal, dasar = hitung(store), _kini(store)
    f = tmp_path / "r.csv"
    for i in range(20):
        lap = _impor(store, f, hari=2, bulan=f"{2019 + i // 12}-{i % 12 + 1:02d}")
        assert lap.status == "dimuat", lap.teks()
        if i < 19:
            assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert (store / "versions" / dasar).exists()
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and kw["versi"] == dasar, (kunci, kw)
    assert _kini(store) == dasar and hitung(store) == awal
    n = len(list((store / "versions").glob("v*.duckdb")))
    assert n <= muat.SIMPAN_VERSI + 1  # the 20 newest and the base the undo needed
    lapor("prune_undo", siklus=20, versi_disimpan=n, undo="ok")


def test_prune_keeps_twenty_undo_steps_and_deletes_beyond(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """What the README promises, with 3 in place of 20: the last 3 imports in effect can be undone
    whatever else was pruned; the 4th undo says the version is gone."""
    monkeypatch.setattr(muat, "SIMPAN_VERSI", 3)
    f = tmp_path / "r.csv"
    jumlah = [hitung(store)]
    for i in range(5):
        assert _impor(store, f, hari=1 + i, bulan=f"2019-{i + 1:02d}").status == "dimuat"
        jumlah.append(hitung(store))
    assert len(list((store / "versions").glob("v*.duckdb"))) == 4  # v3..v6: current + 3 bases
    for k in range(3):
        assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
        assert hitung(store) == jumlah[-2 - k]
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_hilang"


# ---- 8. a CURRENT with broken bytes ------------------------------------------------------------


@pytest.mark.parametrize("isi", [b"v000002.duckdb\xff\n", b"\xfe\xff\x00v", b"v000002.duckdb" + b"x" * 5000])
def test_current_with_invalid_bytes_gets_a_message_and_pulihkan_works(
    store: Path, tmp_path: Path, isi: bytes, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture
):
    assert _impor(store, tmp_path / "a.csv").status == "dimuat"
    jumlah = hitung(store)
    (store / "CURRENT").write_bytes(isi)
    b = pulih.bacaan(db.configured_source(str(store)))
    assert b.berkas is not None and b.berkas.name == "v000002.duckdb" and b.pesan[0] == "pl_rusak"
    at = buka(store, monkeypatch, periksa=False)  # pages: the newest good version and a message
    assert not at.exception, [e.value for e in at.exception]
    assert any("CURRENT" in e.value and "pulihkan" in e.value for e in at.error)
    impor = ["import", "tpa_rekap", str(tmp_path / "a.csv")]
    for perintah_ in (["info"], ["undo"], ["riwayat"], ["migrasi"], impor):
        r = cli(*perintah_, store=store)
        assert "Traceback" not in r.stderr and "UnicodeDecodeError" not in r.stderr, (perintah_, r.stderr)
        if perintah_[0] != "riwayat":
            assert r.returncode != 0 and "CURRENT" in r.stdout + r.stderr, (perintah_, r.stdout, r.stderr)
    r = cli("pulihkan", "--versi", "v000001", store=store)
    assert r.returncode == 0 and _kini(store) == "v000001.duckdb", r.stdout + r.stderr
    (store / "CURRENT").write_bytes(isi)
    r = cli("pulihkan", store=store)
    assert r.returncode == 0 and _kini(store) == "v000002.duckdb", r.stdout + r.stderr
    assert hitung(store) == jumlah and pulih.bacaan(db.configured_source(str(store))).rusak is None


# ---- 11. the sample is never rebuilt over imported data ----------------------------------------


def _skema_bertambah(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A newer release of the code whose schema has one more view."""
    baru = tmp_path / "schema_baru.sql"
    baru.write_text(db.SCHEMA.read_text() + "\nCREATE OR REPLACE VIEW v_uji_baru AS SELECT 1 AS x;\n")
    monkeypatch.setattr(db, "SCHEMA", baru)


def test_a_viewer_visit_never_rebuilds_the_sample_over_imports(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """No SAMPAH_DB: the sample store data/demo. An import, then a code update with a grown schema,
    then one Ringkasan visit: the imported rows stay, the store is migrated (logged), and undo
    still takes back exactly that import."""
    monkeypatch.setattr(db, "DEMO_STORE", store)
    awal = hitung(store)
    lap = _impor(store, tmp_path / "a.csv", hari=5)
    assert lap.status == "dimuat"
    dimuat = hitung(store)
    _skema_bertambah(tmp_path, monkeypatch)
    assert db.configured_source("").is_default and skema.kurang(db.configured_source("").current_file())
    at = buka("", monkeypatch, periksa=False)  # an empty SAMPAH_DB: the built-in sample store
    assert not at.exception, [e.value for e in at.exception]
    assert hitung(store) == dimuat  # the imported rows are still there
    assert not skema.kurang(db.configured_source("").current_file())  # migrated, not rebuilt
    r = muat.riwayat(store)
    assert r.aksi.iloc[0] == "migrasi" and r.versi.iloc[0] == _kini(store)
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and kw["id"] == lap.impor_id, (kunci, kw)
    assert hitung(store) == awal
    assert not skema.kurang(db.configured_source("").current_file())  # undo keeps the newer schema


def test_the_sample_is_still_built_on_first_start(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    kosong = tmp_path / "demo"
    monkeypatch.setattr(db, "DEMO_STORE", kosong)
    assert db.ensure_demo(db.configured_source(""), years=1, scale=0.02)
    assert db.configured_source("").current_file() is not None


# ---- 12. a kill inside the history write --------------------------------------------------------


_BUNUH_DI_RIWAYAT = """
import os, signal, sys
from pathlib import Path
from sampah.ingest import muat

def log_setengah(store, entri):
    import json
    baris = json.dumps(entri, ensure_ascii=False, default=str) + "\\n"
    with open(Path(store) / "riwayat.jsonl", "a", encoding="utf-8") as fh:
        fh.write(baris[: len(baris) // 2])  # half a line reaches the disk, then kill -9
        fh.flush()
        os.fsync(fh.fileno())
    os.kill(os.getpid(), signal.SIGKILL)

muat._log = log_setengah
f = Path(sys.argv[2])
muat.impor(Path(sys.argv[1]), "tpa_rekap", f.read_bytes(), f.name, oleh="uji")
"""


def test_a_kill_inside_the_history_write_never_orphans_an_import(store: Path, tmp_path: Path):
    f = tmp_path / "r.csv"
    n = rekap_tpa(f, hari=4)
    awal = hitung(store)
    _impor(store, tmp_path / "a.csv", hari=2, bulan="2022-01")  # an entry before the broken one
    sebelum = hitung(store)
    p = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(_BUNUH_DI_RIWAYAT), str(store), str(f)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert p.returncode == -signal.SIGKILL, p.stderr
    kini = hitung(store)
    dimuat = {**sebelum, "tpa_muatan": sebelum["tpa_muatan"] + n, "impor": sebelum["impor"] + 1}
    assert kini in (sebelum, dimuat)
    r = muat.riwayat(store)  # a torn last line does not break the history
    if kini != sebelum:  # live rows must be in the history, and undo must take them back
        assert r[r.aksi == "impor"].versi.iloc[0] == _kini(store)
        assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
        assert hitung(store) == sebelum
    # the next import and two undos work and bring back exactly the rows before
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "dimuat"
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert hitung(store) == awal
    baris = (store / "riwayat.jsonl").read_text(encoding="utf-8").splitlines()
    assert sum(1 for b in baris if not _json(b)) == 1  # the torn line alone; every later line whole
    lapor("bunuh_di_riwayat", baris_hidup_tanpa_riwayat=0, undo="ok")


def _json(baris: str) -> dict | None:
    try:
        return json.loads(baris)
    except ValueError:
        return None


def test_an_import_switched_but_not_logged_is_reconciled(store: Path, tmp_path: Path):
    """A store written by an older release that was killed after the switch: the history lacks the
    import CURRENT names. The next writer finds it in the version's own `impor` table."""
    awal = hitung(store)
    lap = _impor(store, tmp_path / "a.csv")
    log = store / "riwayat.jsonl"
    baris = log.read_text(encoding="utf-8").splitlines()
    log.write_text("\n".join(b for b in baris if lap.versi not in b) + "\n", encoding="utf-8")
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and kw["id"] == lap.impor_id
    assert hitung(store) == awal


# ---- low: migrasi, refused and repeated imports, permission errors ------------------------------


def test_migrasi_is_logged_and_does_not_block_undo(
    store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    awal = hitung(store)
    lap = _impor(store, tmp_path / "a.csv")
    _skema_bertambah(tmp_path, monkeypatch)
    v = skema.migrasi(store, oleh="uji")
    r = muat.riwayat(store)
    assert r.aksi.iloc[0] == "migrasi" and r.versi.iloc[0] == v.name and r.versi_dasar.iloc[0] == lap.versi
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and kw["id"] == lap.impor_id, (kunci, kw)
    assert hitung(store) == awal and not skema.kurang(db.configured_source(str(store)).current_file())
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_tidak_ada"


def _setelan(store: Path) -> dict[str, str]:
    import duckdb

    con = duckdb.connect(str(db.configured_source(str(store)).current_file()), read_only=True)
    try:
        return dict(con.execute("SELECT kunci, nilai FROM pengaturan").fetchall())
    finally:
        con.close()


def test_setel_is_logged_and_undo_keeps_the_setting(store: Path, tmp_path: Path):
    """A setting made after an import (`set`) is in the history; undo passes through it: the import
    is taken back, the setting stays (formerly the unlogged version blocked undo)."""
    from sampah import setelan

    awal = hitung(store)
    lap = _impor(store, tmp_path / "a.csv")
    v = setelan.setel(str(store), "tpa_jenis", "controlled_landfill", "SK uji")
    r = muat.riwayat(store)
    assert r.aksi.iloc[0] == "setel" and r.versi.iloc[0] == v and r.versi_dasar.iloc[0] == lap.versi
    assert r.nama_file.iloc[0] == "tpa_jenis"
    dasar = r.versi_dasar.iloc[1]  # the import's base: pruning keeps it through the setting
    assert jurnal.rantai(jurnal.baca(store), v, 1) == [v, lap.versi, dasar]
    kunci, kw = muat.batalkan(store, oleh="uji")
    assert kunci == "kd_undo_ok" and kw["id"] == lap.impor_id, (kunci, kw)
    assert hitung(store) == awal and _kini(store) not in (lap.versi, v, dasar)
    assert _setelan(store).get("tpa_jenis") == "controlled_landfill"
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_tidak_ada"


def test_refused_and_repeated_imports_are_in_the_history(store: Path, tmp_path: Path):
    f = tmp_path / "a.csv"
    assert _impor(store, f).status == "dimuat"
    assert muat.impor(store, "tpa_rekap", f.read_bytes(), f.name, oleh="uji").status == "sudah_ada"
    g = tmp_path / "b.csv"
    g.write_text("tanggal,kecamatan,ton\n2024-03-01,Mustikajaya,150\n")  # rows already there
    assert muat.impor(store, "tpa_rekap", g.read_bytes(), g.name, oleh="uji").status == "kosong"
    h = tmp_path / "c.csv"
    h.write_text("apa,ini\n1,2\n")
    assert muat.impor(store, "tpa_rekap", h.read_bytes(), h.name, oleh="uji").status == "ditolak"
    r = muat.riwayat(store)
    assert list(r.status[:4]) == ["ditolak", "kosong", "sudah_ada", "dimuat"]
    assert list(r.nama_file[:4]) == ["c.csv", "b.csv", "a.csv", "a.csv"]
    assert r.alasan.iloc[0] and "Kolom wajib" in r.alasan.iloc[0]
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"  # the loaded one, not a refused one


@pytest.mark.parametrize("perintah_", ["undo", "pulihkan"])
def test_undo_and_pulihkan_on_a_read_only_store_say_so(
    store: Path,
    tmp_path: Path,
    perintah_: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture,
):
    assert _impor(store, tmp_path / "a.csv").status == "dimuat"
    (store / "CURRENT").write_text("v000009.duckdb\n")  # damaged: pulihkan has something to do
    if perintah_ == "undo":
        (store / "CURRENT").write_text("v000002.duckdb\n")
    sebelum = _kini(store)

    def tolak(*a: object, **k: object) -> None:
        raise PermissionError(13, "Permission denied", str(store / "CURRENT.tmp"))

    monkeypatch.setattr(db, "set_current", tolak)
    with pytest.raises(SystemExit) as e:
        perintah.main([perintah_, "--store", str(store)])
    keluar = capsys.readouterr()
    assert e.value.code not in (0, None)
    teks = keluar.out + keluar.err + str(e.value.code)
    assert "izin" in teks.lower() and "Traceback" not in teks, teks
    assert _kini(store) == sebelum


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("setpriv"), reason="needs root and setpriv")
def test_undo_as_another_user_prints_no_traceback(store: Path, tmp_path: Path):
    assert _impor(store, tmp_path / "a.csv").status == "dimuat"
    os.chmod(tmp_path, 0o755)
    r = subprocess.run(
        ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        + [sys.executable, "-m", "sampah", "undo", "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "HOME": "/tmp"},
    )
    if "No module named" in r.stderr or "Permission denied: '" + str(ROOT) in r.stderr:
        pytest.skip("the project is not readable by another user here")
    assert r.returncode != 0 and "Traceback" not in r.stderr, r.stderr
    assert "izin" in (r.stdout + r.stderr).lower()
