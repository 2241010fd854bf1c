"""The bad-file corpus: every file gets a clear Indonesian message and leaves the database as it was
(same CURRENT, same versions, same row counts)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from sampah import db
from sampah.ingest import muat

DIR = Path(__file__).resolve().parent / "bad_files"
MANIFEST: dict[str, list] = json.loads((DIR / "MANIFEST.json").read_text())
TABEL = [
    "kota",
    "kecamatan",
    "kelurahan",
    "penduduk",
    "tpa",
    "impor",
    "bank_sampah",
    "setoran",
    "pengolahan",
    "tpa_muatan",
    "csr_proyek",
    "target",
    "sipsn",
    "batas_wilayah",
]


def keadaan(store: Path) -> tuple:
    """Everything a failed import must not change."""
    f = db.configured_source(str(store)).current_file()
    con = db.connect_readonly(f)
    try:
        n = tuple(con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABEL)
    finally:
        con.close()
    versi = sorted(p.name for p in (store / "versions").iterdir())
    return (store / "CURRENT").read_text(), versi, n


@pytest.fixture(scope="module")
def store(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    s = tmp_path_factory.mktemp("buruk") / "store"
    shutil.copytree(demo_store, s)
    return s


def test_corpus_is_big_and_current():
    assert len(MANIFEST) >= 30
    assert all((DIR / f).exists() for f in MANIFEST)


@pytest.mark.parametrize("nama", sorted(MANIFEST))
def test_bad_file_is_refused_clearly_and_changes_nothing(store: Path, nama: str):
    dataset, pesan, ketat = MANIFEST[nama]
    sebelum = keadaan(store)
    lap = muat.impor(store, dataset, (DIR / nama).read_bytes(), nama, oleh="uji", ketat=ketat)
    assert lap.status == "ditolak", (lap.status, lap.teks())
    teks = lap.teks("id")
    assert pesan in teks, teks
    assert teks and lap.teks("en") and lap.teks("en") != teks  # both languages, really translated
    assert keadaan(store) == sebelum
    assert not list((store / "versions").glob("*.tmp*"))  # no half-built version left behind
