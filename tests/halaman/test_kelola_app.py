"""The Kelola Data page through AppTest: password gate, upload, report, confirm, history, undo."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from halaman_app import buka
from streamlit.testing.v1 import AppTest


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def halaman(store: Path, monkeypatch: pytest.MonkeyPatch, sandi: str | None) -> AppTest:
    if sandi:
        monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", sandi)
    else:
        monkeypatch.delenv("SAMPAH_ADMIN_PASSWORD", raising=False)
    return buka(store, monkeypatch, "kelola_data")


def test_without_a_password_writing_is_disabled(store, monkeypatch):
    at = halaman(store, monkeypatch, None)
    assert any("kata sandi admin belum diatur" in w.value for w in at.warning)
    assert at.file_uploader(key="kd_file").disabled


def test_password_gate_upload_confirm_and_undo(store, monkeypatch):
    at = halaman(store, monkeypatch, "rahasia-dlh")
    at.text_input(key="kd_sandi").input("salah")
    at.button[0].click().run()
    assert any("Kata sandi salah" in e.value for e in at.error)
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    assert at.session_state["kd_admin"] is True
    awal = (store / "CURRENT").read_text()

    at.selectbox(key="kd_dataset").set_value("tpa_rekap").run()
    isi = b"Tanggal;Asal Kecamatan;Berat (ton)\n01/11/2026;Kec. Mustika Jaya;150,5\n01/11/2026;Atlantis;3\n"
    at.file_uploader(key="kd_file").upload("rekap.csv", isi, "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    teks = " ".join(m.value for m in at.markdown)
    assert "2 baris dibaca · 1 siap dimuat · 1 ditolak" in teks
    tolak = at.table[-1].value  # a static table: the reasons wrap instead of being cut
    assert "Atlantis" in tolak.to_string() and "tidak" in tolak.alasan.iloc[0]
    at.button(key="kd_muat").click().run()
    assert any("Dimuat: 1 baris baru" in s.value for s in at.success), [e.value for e in at.error]
    assert (store / "CURRENT").read_text() != awal

    at.button(key="kd_undo").click().run()
    assert any("dibatalkan" in s.value for s in at.success)
    assert (store / "CURRENT").read_text() == awal
