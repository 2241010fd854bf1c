"""Stores for the analysis tests: the hand-computed fixture, and the same fixture stripped of every
optional dataset (no pengolahan, no population, no target rows at all, no settings)."""

from __future__ import annotations

from pathlib import Path

import fixture_db
import pytest

from sampah import db, ringkas


def _polos(con) -> None:  # noqa: ANN001 - duckdb connection
    fixture_db.isi(con)
    con.execute("DELETE FROM pengolahan; DELETE FROM penduduk; DELETE FROM target; DELETE FROM pengaturan")
    ringkas.segarkan(con)  # a writer rebuilds the summaries (db.publish's finish step)


@pytest.fixture(scope="session")
def polos_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("polos") / "store"
    db.publish(store, _polos)
    return store


@pytest.fixture(scope="session")
def polos_con(polos_store: Path):
    con = db.connect_readonly(db.configured_source(str(polos_store)).current_file())
    yield con
    con.close()
