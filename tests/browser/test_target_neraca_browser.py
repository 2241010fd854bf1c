"""Target & Neraca in real Chromium at 1366x768 with every request to another host refused: each
section in both languages draws without errors and with data in its charts; the weekly brief
downloads as a 1080x1350 PNG from the page and from the command line. Screenshots land in
screenshots/target_neraca_<section>_<lang>.png."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
    pytest.skip("Debian chromium not installed (apt-get install chromium)", allow_module_level=True)

from keandalan_alat import server as jalankan  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

BAGIAN = ("neraca", "target", "adipura", "tpa", "emisi", "sipsn")
OUT = ROOT / "screenshots"
TITIK = (
    "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(d => (d._fullData || []).reduce("
    "(n, t) => n + (t._length || (t.type === 'sankey' ? (t.link.value || []).length : 0)), 0))"
)


def _png_ukuran(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture(scope="module")
def chromium(demo_store):
    with jalankan(demo_store) as url, sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield url, b
        b.close()


def _buka(b, url: str, luar: list[str], grafik: bool = False):  # noqa: ANN001, ANN202 - playwright types
    page = b.new_page(viewport={"width": 1366, "height": 768}, accept_downloads=True)

    def route(r):  # noqa: ANN001
        if r.request.url.startswith(("data:", "blob:")) or urlparse(r.request.url).hostname == "127.0.0.1":
            return r.continue_()
        luar.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    page.goto(url)
    page.wait_for_selector("h1", timeout=180_000)  # the script has run (not only the empty shell)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=180_000)
    if grafik:
        page.wait_for_selector('[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg', timeout=120_000)
    # every chart element has drawn its plot (a busy machine takes a while)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('[data-testid=\"stPlotlyChart\"]'))"
        ".every(e => e.querySelector('.js-plotly-plot') && e.querySelector('.js-plotly-plot')._fullData)",
        timeout=120_000,
    )
    page.wait_for_timeout(1000)
    return page


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_section_offline_at_1366x768(chromium, lang):
    url, b = chromium
    OUT.mkdir(exist_ok=True)
    for bagian in BAGIAN:
        luar: list[str] = []
        page = _buka(b, f"{url}/target-neraca?bagian={bagian}&lang={lang}", luar, grafik=bagian != "sipsn")
        teks = page.inner_text("body")
        assert page.locator('[data-testid="stException"]').count() == 0, teks[:1500]
        assert luar == [], luar
        titik = page.evaluate(TITIK)
        if bagian != "sipsn":
            assert titik and all(n > 0 for n in titik), (bagian, titik)
        page.screenshot(path=str(OUT / f"target_neraca_{bagian}_{lang}.png"), timeout=180_000)
        assert ("Data contoh" if lang == "id" else "Sample data") in teks
        page.close()


def test_weekly_brief_downloads_from_the_page(chromium):
    url, b = chromium
    luar: list[str] = []
    page = _buka(b, f"{url}/target-neraca?bagian=sipsn&periode=2026-10", luar)
    with page.expect_download(timeout=180_000) as d:
        page.get_by_text("Unduh kilas (PNG)").click()
    data = Path(d.value.path()).read_bytes()
    assert _png_ukuran(data) == (1080, 1350)
    assert d.value.suggested_filename == "kilas_2026-10.png"
    with page.expect_download(timeout=60_000) as x:
        page.get_by_text("Unduh lembar isian SIPSN (XLSX)").click()
    assert (
        x.value.suggested_filename.startswith("sipsn_2026-S")
        and Path(x.value.path()).read_bytes()[:2] == b"PK"
    )
    assert luar == []
    page.close()


def test_weekly_brief_from_the_command_line(demo_store, tmp_path):
    out = tmp_path / "brief.png"
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "sampah",
            "brief",
            "--period",
            "2026-09",
            "--lang",
            "en",
            "--kec",
            "32.75.11",
            "--out",
            str(out),
            "--store",
            str(demo_store),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    assert _png_ukuran(out.read_bytes()) == (1080, 1350)
    salah = subprocess.run(
        [
            sys.executable,
            "-m",
            "sampah",
            "brief",
            "--period",
            "2026-99",
            "--out",
            str(out),
            "--store",
            str(demo_store),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert salah.returncode != 0 and "Periode tidak sah" in salah.stderr


def test_brief_html_asks_nothing_of_another_host(demo_con):
    from datetime import date

    from sampah import db, kilas, periode

    tanya = lambda n, **p: db.run(demo_con, n, p)  # noqa: E731
    per = periode.dari_kunci("2026-10", date(2026, 10, 31))
    isi = kilas.html_kilas(kilas.data_kilas(tanya, per, []), per, [], "id")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=\s*[\"']?(https?:)?//", isi)
    assert "Kota Bekasi" in isi and "DATA CONTOH" in isi
