from __future__ import annotations

import json
import os
import shutil
from collections import defaultdict
from collections.abc import Callable
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
def demo_kecil(tmp_path_factory: pytest.TempPathFactory) -> Callable[..., Path]:
    """`demo_kecil(to, tata=None)`: a copy at `to` of the 1-year sample (seed 11, scale 0.02) in the
    layout `tata` (None: the current one, "satu": one file per version, as older releases wrote
    them). Each layout is built once per session; the tests that write to it get their own copy."""
    dibuat: dict[str | None, Path] = {}

    def salin(ke: Path, tata: str | None = None) -> Path:
        if tata not in dibuat:
            asal = tmp_path_factory.mktemp("demo_kecil") / "store"
            db.publish(asal, lambda con: demo.fill(con, years=1, seed=11, scale=0.02), tata=tata)
            dibuat[tata] = asal
        shutil.copytree(dibuat[tata], ke)
        return ke

    return salin


@pytest.fixture(scope="session")
def demo_con(demo_store: Path) -> duckdb.DuckDBPyConnection:
    con = db.connect_readonly(db.configured_source(str(demo_store)).current_file())
    yield con
    con.close()


# ---- order of the test files ---------------------------------------------------------------------
# Two workers take whole files (pyproject: --dist loadfile --no-loadscope-reorder), in the order
# collected here: the longest first (seconds per file of a whole run in tests/durasi.json, measured on
# a busy machine: only their order counts), so that the two workers end together instead of one
# starting a 3-minute file when the other is done. A file not in the table counts 1 s a test.
# Refresh the table with `DURASI_CATAT=1 python -m pytest` (a run of some files updates theirs).

DURASI = Path(__file__).with_name("durasi.json")


def _berkas(nodeid: str) -> str:
    return nodeid.split("::", 1)[0]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    durasi = json.loads(DURASI.read_text()) if DURASI.exists() else {}
    per_berkas: dict[str, int] = defaultdict(int)
    for item in items:
        per_berkas[_berkas(item.nodeid)] += 1
    biaya = {b: durasi.get(b, 1.0 * n) for b, n in per_berkas.items()}
    items.sort(key=lambda item: -biaya[_berkas(item.nodeid)])  # stable: a file's own order stays


_catat: dict[str, float] = defaultdict(float)


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if os.environ.get("DURASI_CATAT"):
        _catat[_berkas(report.nodeid)] += report.duration


def pytest_sessionfinish(session: pytest.Session) -> None:
    if os.environ.get("DURASI_CATAT") and _catat and not hasattr(session.config, "workerinput"):
        lama = json.loads(DURASI.read_text()) if DURASI.exists() else {}  # a partial run updates its files
        baru = {**lama, **{b: round(d, 1) for b, d in _catat.items()}}
        urut = dict(sorted(baru.items(), key=lambda x: -x[1]))
        DURASI.write_text(json.dumps(urut, indent=1) + "\n")
