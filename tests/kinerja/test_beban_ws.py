"""The load generator speaks Streamlit's protocol (issue #17): sessions open the named pages of a
real server and finish; exceptions, error banners, unknown pages, timeouts and a server that goes
away are each counted as errors."""

from __future__ import annotations

import asyncio
import textwrap
from pathlib import Path

import pytest

from sampah import beban, peladen


@pytest.fixture(scope="module")
def dasbor(demo_store: Path):
    with peladen.streamlit(demo_store) as p:
        yield p


def test_sessions_open_the_pages_they_name(dasbor):
    cpu0 = peladen.cpu_detik(dasbor.pid)
    hasil = asyncio.run(beban.gelombang(dasbor.url, 4, ("ringkasan", "kelola-data")))
    assert [b.halaman for b in hasil] == ["ringkasan", "kelola-data"] * 2
    for b in hasil:
        assert b.galat == [] and b.detik is not None and b.detik > 0, b
        assert b.elemen > 5 and b.kb > 1
    # each ran its own page: Ringkasan's title, Kelola Data's own
    assert any("Ringkasan" in j for j in hasil[0].judul), hasil[0].judul
    assert any("Kelola" in j for j in hasil[1].judul), hasil[1].judul
    assert not any("Ringkasan" in j for j in hasil[1].judul)
    assert peladen.cpu_detik(dasbor.pid) > cpu0  # the server did the work
    r = beban.ringkas(hasil, 2.0)
    assert r["sesi"] == r["selesai"] == 4 and r["galat"] == 0
    assert 0 < r["p50_s"] <= r["p95_s"] <= r["maks_s"]
    assert set(r["per_halaman_p50_s"]) == {"ringkasan", "kelola-data"}
    # a page the dashboard does not have: Streamlit says so, and it counts
    salah = asyncio.run(beban.buka(dasbor.url, "tidak-ada"))
    assert salah.galat == ["halaman tidak ditemukan: tidak-ada"]


APP = textwrap.dedent(
    """
    import time
    import streamlit as st

    mode = st.query_params.get("mode")
    st.header("Uji")
    if mode == "banner":
        st.error("Data rusak")
    if mode == "exc":
        raise ValueError("rusak")
    if mode == "lambat":
        time.sleep(8)
    st.write("selesai")
    """
)


@pytest.fixture(scope="module")
def uji(tmp_path_factory: pytest.TempPathFactory):
    d = tmp_path_factory.mktemp("uji_app")
    (d / "app.py").write_text(APP)
    with peladen.streamlit(None, app=d / "app.py", cwd=d) as p:
        yield p


def _satu(url: str, halaman: str = "", query: str = "", batas_s: float = 60) -> beban.Buka:
    return asyncio.run(beban.buka(url, halaman, query, batas_s))


def test_errors_are_counted(uji):
    baik = _satu(uji.url)
    assert baik.galat == [] and baik.judul == ["Uji"]
    assert _satu(uji.url, query="mode=banner").galat == ["banner galat: Data rusak"]
    exc = _satu(uji.url, query="mode=exc").galat
    assert len(exc) == 1 and exc[0].startswith("exception: ValueError")
    lambat = _satu(uji.url, query="mode=lambat", batas_s=2)
    assert lambat.detik is None and lambat.galat == ["batas waktu 2 s"]
    r = beban.ringkas([baik, lambat], 3.0)
    assert r["galat"] == 1 and r["selesai"] == 1 and r["galat_jenis"] == {"batas waktu 2 s": 1}


def test_a_server_that_goes_away_is_a_disconnect(tmp_path: Path):
    (tmp_path / "app.py").write_text(APP)
    with peladen.streamlit(None, app=tmp_path / "app.py", cwd=tmp_path) as p:

        async def putus() -> beban.Buka:
            tugas = asyncio.create_task(beban.buka(p.url, "", "mode=lambat", 60))
            await asyncio.sleep(2)
            p.proc.kill()
            return await tugas

        b = asyncio.run(putus())
    assert b.detik is None and len(b.galat) == 1 and b.galat[0].startswith("koneksi terputus"), b.galat
