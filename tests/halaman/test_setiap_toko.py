"""Every page registered in dashboard.py, in both languages, on stores of one dataset alone or two
together (tests/toko_matriks.py: areas only; areas + TPA monthly tonnage; SIPSN only; a bank
sampah registry without deposits; no population; a kab/kota without a name; deposits without TPA;
another city by `init --kota`): each page shows its figures or an empty state, never an exception.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import toko_matriks as tm
from halaman_app import buka
from jalur import APP
from streamlit.testing.v1 import AppTest

# every page dashboard.py registers, read from it so that a new page is covered without an edit here
HALAMAN = tuple(re.findall(r'"halaman/(\w+)\.py"', Path(APP).read_text()))
BERDATA = ("wilayah_tpa", "tanpa_penduduk", "tanpa_nama", "setoran_saja")  # stores with waste data


@pytest.fixture(scope="module")
def toko(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    akar = tmp_path_factory.mktemp("setiap_toko")
    return {nama: tm.buat(akar, nama) for nama in tm.TOKO}


def _teks(at: AppTest) -> str:
    bagian = [at.title, at.header, at.subheader, at.markdown, at.caption, at.info, at.warning, at.error]
    return "\n".join(str(e.value) for b in bagian for e in b) + "\n".join(
        e.proto.body for e in at.get("html")
    )


def test_every_registered_page_is_listed():
    assert len(HALAMAN) == 8 and "ringkasan" in HALAMAN and "target_neraca" in HALAMAN


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("nama", list(tm.TOKO))
def test_every_page_on_every_store(toko, monkeypatch, nama: str, lang: str):
    at = buka(toko[nama], monkeypatch, HALAMAN[0], lang=lang)
    for h in HALAMAN:
        if h != HALAMAN[0]:
            at.switch_page(f"halaman/{h}.py").run()
            if at.session_state["lang"] != lang:
                at.session_state["lang"] = lang
                at.run()
        assert not at.exception, (nama, lang, h, [e.value for e in at.exception])
        teks = _teks(at)
        assert teks.strip(), (nama, h)  # a page that shows nothing is no empty state
        assert "Traceback" not in teks and "31.01" not in [t.value for t in at.title], (nama, h)
        if h == "ringkasan" and nama in BERDATA:
            assert len(at.metric) == 6, (nama, lang)
        if lang == "id" and h != "kelola_data" and nama not in BERDATA:
            # an empty state in Bahasa Indonesia that points to Kelola Data
            pesan = " ".join(i.value for i in at.info)
            assert "Belum ada data" in pesan and "Kelola Data" in pesan, (nama, h, pesan)


def test_ringkasan_without_population_says_so(toko, monkeypatch):
    """Areas and TPA tonnes only: this crashed with 'boolean value of NA is ambiguous'."""
    at = buka(toko["wilayah_tpa"], monkeypatch, "ringkasan", periode="2025")
    kartu = {m.label: m for m in at.metric}
    assert kartu["Sampah ke TPA"].value == "6.210 ton"  # Jan-Oct 2025: sum of 300 + 10j + m
    assert kartu["Pengurangan vs target*"].value == "–"
    teks = _teks(at)
    assert "belum ada data penduduk: muat di Kelola Data" in teks
    assert "Belum ada data penduduk" in teks  # the table's footnote


def test_kota_without_a_name_is_named_from_the_reference(toko, monkeypatch):
    """Areas imported without the kab/kota's name: the title said '31.01'."""
    assert tm.baca(toko["tanpa_nama"], "SELECT kode, nama FROM kota") == [(tm.KODE, tm.NAMA)]
    for h in ("ringkasan", "tren", "bank_sampah"):
        at = buka(toko["tanpa_nama"], monkeypatch, h, periode="2025")
        assert tm.NAMA in at.title[0].value and "31.01" not in at.title[0].value, h


def test_a_store_that_holds_only_the_code_shows_the_name(tmp_path, monkeypatch):
    """A store from before the importer looked the name up (the code stored as the name)."""
    from sampah import db

    s = tmp_path / "lama"
    tm.kosong(s)
    tm.wilayah(s, dengan_nama=False)
    tm.tpa_bulanan(s, [(2025, 1), (2025, 2)], lambda y, m, j: 100.0)
    src = db.configured_source(str(s))
    db.publish(s, lambda con: con.execute("UPDATE kota SET nama = kode"), base=src.current_file())
    assert tm.baca(s, "SELECT nama FROM kota") == [(tm.KODE,)]
    at = buka(s, monkeypatch, "ringkasan")
    assert at.title[0].value.endswith(tm.NAMA)
