"""Every page on stores made by `init --kota` for a kota, a kabupaten with desa and a DKI kota
administrasi: fresh (areas only), then with some waste data but still no coordinates, boundaries
or population. No exception, the right kota name, and an empty state that says what to load."""

from __future__ import annotations

from pathlib import Path

import pytest
from halaman_app import buka
from kota_uji import TIGA
from streamlit.testing.v1 import AppTest

HALAMAN = ("ringkasan", "tren", "wilayah", "presentasi", "bank_sampah", "csr", "kelola_data")


def _teks(at: AppTest) -> str:
    """Every text the page shows (titles, markdown, captions, messages)."""
    bagian = [at.title, at.header, at.subheader, at.markdown, at.caption, at.info, at.warning, at.error]
    return "\n".join(str(e.value) for b in bagian for e in b)


def _html(at: AppTest) -> str:
    """The page's st.html bodies (the deck draws its own headline and empty-slide message)."""
    return "\n".join(e.proto.body for e in at.get("html"))


def _semua(store: Path, monkeypatch: pytest.MonkeyPatch, **url: str):
    """Open each page in one session: `buka` for the first, then the navigation."""
    at = buka(store, monkeypatch, HALAMAN[0], **url)
    yield HALAMAN[0], at
    for h in HALAMAN[1:]:
        at.switch_page(f"halaman/{h}.py").run()
        assert not at.exception, (h, [e.value for e in at.exception])
        yield h, at


@pytest.mark.parametrize("jenis", list(TIGA))
def test_fresh_store_every_page_names_the_kota(store_baru, monkeypatch, jenis: str):
    nama = TIGA[jenis][1]
    for h, at in _semua(store_baru[jenis], monkeypatch):
        if h == "kelola_data":
            assert at.title[0].value.startswith("Kelola Data")
            continue
        assert [t.value for t in at.title] == [nama], h
        pesan = " ".join(i.value for i in at.info)
        assert f"Belum ada data sampah untuk **{nama}**" in pesan and "Kelola Data" in pesan, h


@pytest.mark.parametrize("jenis", list(TIGA))
def test_with_data_but_no_coordinates_every_page_opens(store_berdata, monkeypatch, jenis: str):
    nama = TIGA[jenis][1]
    for h, at in _semua(store_berdata[jenis], monkeypatch, periode="2025"):
        teks = _teks(at)
        if h not in ("kelola_data", "presentasi"):
            assert nama in at.title[0].value, (h, at.title[0].value)
        if jenis != "kabupaten":  # nothing of the sample city leaks into another city's pages
            assert "Bekasi" not in teks and "Sumur Batu" not in teks, h
        if h == "wilayah":
            assert any("belum punya titik tengah" in i.value for i in at.info)
            assert not any('"toself"' in c.proto.spec for c in at.get("plotly_chart"))  # no empty map
        if h == "bank_sampah":
            assert any("Peta belum bisa digambar" in i.value for i in at.info)
        if h == "ringkasan":
            assert len(at.metric) == 6


def test_kelurahan_level_and_the_map_slide(store_berdata, monkeypatch):
    at = buka(store_berdata["kabupaten"], monkeypatch, "wilayah", periode="2025", tingkat="kelurahan")
    assert any("Peta per kelurahan belum bisa digambar" in i.value for i in at.info)
    assert len(at.dataframe) >= 1  # the ranking still lists the desa
    at = buka(store_berdata["dki"], monkeypatch, "presentasi", periode="2025", slide="peta")
    assert "titik tengah atau batas wilayah" in _html(at)
    assert "Kota Administrasi Jakarta Pusat" in _html(at)  # the slide heading names the city
