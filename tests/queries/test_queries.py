"""Every query file runs with bound parameters and returns the columns it documents."""

import re
from datetime import date

import pytest

from sampah import db

PARAMS = {
    "mulai": date(2025, 1, 1),
    "selesai": date(2025, 12, 31),
    "kecamatan": [],
    "kode": "32.75",  # a kab/kota (SIPSN composition)
    "pembanding": ["32.73", "33.74"],  # chosen SIPSN peers
}


@pytest.mark.parametrize("name", db.query_names())
def test_query_runs_on_fixture_and_demo(name, fixture_con, demo_con):
    for con in (fixture_con, demo_con):
        df = db.run(con, name, PARAMS)
        assert list(df.columns) == db.query_columns(name)


@pytest.mark.parametrize("name", db.query_names())
def test_query_has_no_formatting_holes(name):
    sql = db.query_text(name)
    assert not re.search(r"\{[a-z_]*\}|%s|%\(", sql), "values must be bound parameters"


def test_query_names_are_checked():
    with pytest.raises(ValueError):
        db.query_text("../sampah/schema")


def test_kecamatan_filter_is_a_bound_list(demo_con):
    hostile = ["32.75.01'); DROP TABLE setoran; --"]
    df = db.run(demo_con, "ringkasan_kpi", {**PARAMS, "kecamatan": hostile})
    assert df.ton_tpa.iloc[0] == 0
    assert db.run(demo_con, "data_terbaru").baris.min() > 0


def test_older_database_is_detected_and_migrated(tmp_path):
    import duckdb

    from sampah import skema

    store = tmp_path / "old"
    db.publish(store, lambda con: con.execute("DROP VIEW v_data_terbaru; DROP TABLE batas_wilayah"))
    old = db.configured_source(str(store)).current_file()
    assert skema.kurang(old) == {"v_data_terbaru", "batas_wilayah"}
    new = skema.migrasi(store)
    assert new != old and skema.kurang(new) == set()
    con = duckdb.connect(str(new), read_only=True)
    assert con.execute("SELECT count(*) FROM batas_wilayah").fetchone()[0] == 0
    con.close()
