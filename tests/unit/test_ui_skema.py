"""The schema check of ui.pastikan_data opens the database once per data version, not on every
rerun (it cost ~70 ms of each click on the sample)."""

from __future__ import annotations

import shutil
from pathlib import Path

from halaman_app import buka

from sampah import db, skema


def test_schema_checked_once_per_data_version(demo_store: Path, tmp_path: Path, monkeypatch):
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    dibuka: list[Path] = []
    asli = skema.kurang
    monkeypatch.setattr(skema, "kurang", lambda f: dibuka.append(Path(f)) or asli(f))
    at = buka(s, monkeypatch)
    for _ in range(3):
        at.run()
    assert not at.exception and len(dibuka) == 1
    baru = db.publish(s, lambda con: None, base=db.configured_source(str(s)).current_file())
    at.run()
    at.run()
    assert not at.exception and dibuka == [dibuka[0], baru]
