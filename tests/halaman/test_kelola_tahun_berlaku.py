"""Kelola Data: a bank sampah list without a founding year asks for the year it is valid for; with
the year entered on the page it loads, and RW 03 / RW 07 of one kelurahan stay two units."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from halaman_app import buka

from sampah import db

DAFTAR = b"Nama Bank Sampah;Kelurahan\nBANK SAMPAH RW 03;Bekasijaya\nBANK SAMPAH RW 07;Bekasijaya\n"


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def test_year_field_turns_a_refused_list_into_two_units(store: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia-dlh")
    at = buka(store, monkeypatch, "kelola_data")
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    at.selectbox(key="kd_dataset").set_value("bank_sampah").run()
    at.file_uploader(key="kd_file").upload("daftar.csv", DAFTAR, "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    assert any("Tahun berlaku" in e.value and "--tahun" in e.value for e in at.error)
    at.number_input[0].set_value(2024).run()
    assert not at.error, [e.value for e in at.error]
    at.button(key="kd_muat").click().run()
    assert any("Dimuat: 2 baris baru" in s.value for s in at.success), [e.value for e in at.error]
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        rows = con.execute(
            "SELECT nama, rw, CAST(berdiri AS VARCHAR) FROM bank_sampah WHERE nama LIKE 'BANK SAMPAH RW%' "
            "ORDER BY nama"
        ).fetchall()
    finally:
        con.close()
    assert rows == [("BANK SAMPAH RW 03", "03", "2024-01-01"), ("BANK SAMPAH RW 07", "07", "2024-01-01")]
