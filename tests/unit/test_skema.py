"""One schema (sampah/schema.sql): an older store lacks what later versions added (tables, columns);
skema.kurang names it, migrate brings it up, an import into it brings it up first, and an import
into a current store runs no DDL."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from sampah import db, skema
from sampah.ingest import muat

# what the importer once added on every import, now declared in schema.sql
LAMA = {
    "pemetaan_kolom",
    "sipsn_komposisi",
    "impor.baris_sudah_ada",
    "impor.baris_diperbarui",
    "impor.versi_dasar",
}


@pytest.fixture
def store_lama(fixture_store: Path, tmp_path: Path) -> Path:
    """The fixture as a store made before the importer's tables moved into schema.sql."""
    s = tmp_path / "lama"
    shutil.copytree(fixture_store, s)

    def turunkan(con) -> None:
        con.execute("DROP TABLE pemetaan_kolom; DROP TABLE sipsn_komposisi")
        for k in ("baris_sudah_ada", "baris_diperbarui", "versi_dasar"):
            con.execute(f"ALTER TABLE impor DROP COLUMN {k}")

    db.publish(s, turunkan, base=db.configured_source(str(s)).current_file())
    return s


def _kini(store: Path) -> Path:
    return db.configured_source(str(store)).current_file()


def test_a_current_store_lacks_nothing(fixture_store: Path):
    assert skema.kurang(_kini(fixture_store)) == set()
    assert LAMA <= skema.objek_skema()


def test_an_older_store_is_named_what_it_lacks_and_migrate_adds_it(store_lama: Path):
    assert skema.kurang(_kini(store_lama)) == LAMA
    baru = skema.migrasi(store_lama)
    assert skema.kurang(baru) == set()


def test_an_import_into_an_older_store_brings_it_up_first(store_lama: Path):
    lap = muat.impor(store_lama, "tpa_rekap", b"tanggal,kecamatan,ton\n2026-01-02,,12\n", "r.csv", oleh="uji")
    assert lap.status == "dimuat", lap.teks()
    assert skema.kurang(_kini(store_lama)) == set()


def test_an_import_into_a_current_store_runs_no_ddl(fixture_store: Path, tmp_path: Path, monkeypatch):
    s = tmp_path / "kini"
    shutil.copytree(fixture_store, s)
    dipanggil = []
    monkeypatch.setattr(db, "create_schema", lambda con: dipanggil.append(con))
    lap = muat.impor(s, "tpa_rekap", b"tanggal,kecamatan,ton\n2026-01-02,,12\n", "r.csv", oleh="uji")
    assert lap.status == "dimuat", lap.teks()
    assert dipanggil == []


def test_publish_runs_the_finish_step_it_is_handed_with_what_build_returned(tmp_path: Path):
    dapat = []
    db.publish(tmp_path / "s", lambda con: "hasil", finish=lambda con, h: dapat.append(h))
    assert dapat == ["hasil"]
    assert "ringkas" not in db.__dict__ and "import ringkas" not in Path(db.__file__).read_text()
