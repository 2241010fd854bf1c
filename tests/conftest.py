from __future__ import annotations

from pathlib import Path

import duckdb
import fixture_db
import pytest

from sampah import db, demo


@pytest.fixture(scope="session")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return fixture_db.buat(tmp_path_factory.mktemp("fixture") / "store")


@pytest.fixture(scope="session")
def fixture_con(fixture_store: Path):
    con = db.connect_readonly(db.configured_source(str(fixture_store)).current_file())
    yield con
    con.close()


@pytest.fixture(scope="session")
def demo_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small sample store (1 year, few deposit rows) for page and browser tests."""
    store = tmp_path_factory.mktemp("demo") / "store"
    db.publish(store, lambda con: demo.fill(con, years=1, seed=7, scale=0.05))
    return store


@pytest.fixture(scope="session")
def demo_con(demo_store: Path) -> duckdb.DuckDBPyConnection:
    con = db.connect_readonly(db.configured_source(str(demo_store)).current_file())
    yield con
    con.close()
