"""What a viewer can make the server do (issue #12, item 9 and the low findings): PDFs one at a time
per server (8 tabs clicking "Unduh PDF" made 54 Chromium processes), the upload limit the page
states equal to the server's, no traceback in a viewer's browser (a short message with an error
id instead, the details in the server log), ?kec= repeated 5,000 times."""

from __future__ import annotations

import logging
import re
import threading
import time
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from halaman_app import buka
from jalur import ROOT
from keandalan_alat import CHROMIUM, lapor

from sampah import csr_dampak, db, laporan
from sampah.ingest import baca, lembar

KONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())


@pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed")
def test_pdfs_are_printed_one_at_a_time_and_the_queue_is_bounded(monkeypatch):
    """8 viewers ask at once (6 reports, 2 of them twice): never two Chromiums at the same time,
    at most 1 + MAKS_ANTRE admitted, the others refused at once, a repeated report printed once."""
    laporan._siap.clear()
    sekarang, puncak, cetak = [0], [0], []
    asli = laporan.ke_pdf
    kunci = threading.Lock()

    def ke_pdf(h, p, chromium="/usr/bin/chromium"):  # noqa: ANN001 - the real printer, counted
        with kunci:
            sekarang[0] += 1
            puncak[0] = max(puncak[0], sekarang[0])
            cetak.append(h.read_text()[:40])
        try:
            return asli(h, p, chromium)
        finally:
            with kunci:
                sekarang[0] -= 1

    monkeypatch.setattr(laporan, "ke_pdf", ke_pdf)
    html = [f"<html><body><h1>Laporan {i}</h1></body></html>" for i in (0, 1, 2, 3, 4, 5, 0, 0)]
    hasil: list[object] = [None] * len(html)
    antre = []

    def minta(i: int) -> None:
        try:
            hasil[i] = laporan.pdf_dari_html(html[i], CHROMIUM)
        except laporan.PdfSibuk as e:
            hasil[i] = e
        antre.append(laporan.antrean_pdf())

    t0 = time.perf_counter()
    th = [threading.Thread(target=minta, args=(i,)) for i in range(len(html))]
    for x in th:
        x.start()
    for x in th:
        x.join(300)
    detik = time.perf_counter() - t0
    pdf = [h for h in hasil if isinstance(h, bytes)]
    ditolak = [h for h in hasil if isinstance(h, laporan.PdfSibuk)]
    lapor(
        "pdf_antre",
        permintaan=len(html),
        chromium_serentak_maks=puncak[0],
        dicetak=len(cetak),
        ditolak=len(ditolak),
        detik=round(detik, 1),
    )
    assert puncak[0] == 1  # never two Chromiums at once
    assert len(pdf) + len(ditolak) == len(html) and all(p.startswith(b"%PDF") for p in pdf)
    assert len(cetak) <= 1 + laporan.MAKS_ANTRE and len(set(cetak)) == len(cetak)  # each report once
    assert ditolak, "8 at once must exceed the queue"
    assert laporan.antrean_pdf() == (0, 0)
    # the same report again: from memory, no Chromium
    n = len(cetak)
    ada = next(i for i, h in enumerate(hasil) if isinstance(h, bytes))
    assert laporan.pdf_dari_html(html[ada], CHROMIUM) == hasil[ada] and len(cetak) == n


def test_the_upload_limit_the_page_states_is_the_servers(demo_store: Path, tmp_path: Path, monkeypatch):
    import shutil

    assert KONFIG["server"]["maxUploadSize"] * 2**20 == baca.MAKS_BYTE  # set, and what the app checks
    store = tmp_path / "store"
    shutil.copytree(demo_store, store)
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia-dlh")
    at = buka(store, monkeypatch, "kelola_data")
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    teks = " ".join(c.value for c in at.caption)
    mb = KONFIG["server"]["maxUploadSize"]
    assert f"Maks {mb} MB per file" in teks, teks
    assert f"XLSX maks {lembar.MAKS_BARIS:,} baris".replace(",", ".") in teks


def test_no_traceback_reaches_a_viewer(demo_store: Path, monkeypatch, caplog):
    """A page that fails shows a short message with an error id; the traceback is in the log."""
    assert KONFIG["client"]["showErrorDetails"] == "none"  # Streamlit's own handler: no details
    caplog.set_level(logging.ERROR, logger="sampah.halaman")
    asli = db.run

    def run(con, nama, params=None):  # noqa: ANN001
        if nama == "bank_sampah_ringkas":
            raise RuntimeError("/srv/rahasia/jalur.duckdb: contoh galat dalam")
        return asli(con, nama, params)

    monkeypatch.setattr(db, "run", run)
    import streamlit as st

    st.cache_data.clear()  # a page opened earlier in this process holds the query's answer
    at = buka(demo_store, monkeypatch, "bank_sampah", periode="2026")
    assert not at.exception, [e.value[:200] for e in at.exception]
    (pesan,) = [e.value for e in at.error if "gagal dimuat" in e.value]
    kode = re.search(r"\*\*([0-9A-F]{8})\*\*", pesan)[1]
    assert "/srv/rahasia" not in pesan and "RuntimeError" not in pesan
    log = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert f"[{kode}]" in log and "/srv/rahasia/jalur.duckdb" in caplog.text
    lapor("galat_halaman", traceback_ke_penonton=0, kode_galat=kode)


def test_a_kecamatan_repeated_five_thousand_times_is_one_kecamatan(demo_store: Path, monkeypatch):
    con = db.connect_readonly(db.configured_source(str(demo_store)).current_file())
    kode, nama = con.execute("SELECT kode, nama FROM kecamatan ORDER BY kode LIMIT 1").fetchone()
    con.close()
    at = buka(demo_store, monkeypatch, kec=",".join([kode] * 5000), periode="2026")
    judul = at.title[0].value
    assert "5000" not in judul and nama in judul, judul
    assert at.session_state["kec"] == [kode]


def test_csr_impact_without_any_environment_project_is_none_not_an_error():
    panel = pd.DataFrame(
        {
            "bulan": pd.to_datetime(["2024-01-01", "2024-02-01"]),
            "kelurahan_kode": ["a", "a"],
            "ton": [1.0, 2.0],
        }
    )
    kosong = pd.DataFrame(
        {"kelurahan_kode": pd.Series([], dtype=str), "mulai": pd.Series([], dtype="datetime64[us]")}
    )
    assert csr_dampak.hitung(panel, kosong, per=None) is None
