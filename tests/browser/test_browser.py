"""The real thing: `streamlit run` on a free port, every page in headless Chromium with no internet
(every request to another host is aborted and counted). Saves screenshots/<page>.png for people to
look at: `.venv/bin/python -m pytest tests/browser/test_browser.py` makes them."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from jalur import ROOT

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
    pytest.skip("Debian chromium not installed (apt-get install chromium)", allow_module_level=True)

from keandalan_alat import server as jalankan  # noqa: E402
from screenshot import shoot  # noqa: E402


@pytest.fixture(scope="module")
def _server(demo_store):
    with jalankan(demo_store) as url:
        url.segar = True  # nothing but its health check answered yet
        yield url


@pytest.fixture
def server(_server):
    _server.segar = False
    return _server


@pytest.fixture
def server_segar(_server, demo_store):
    """A server that has answered nothing but its health check: the module's, while no test has
    used it (this file's first test), else a new one (a test run on its own or out of order)."""
    if _server.segar:
        _server.segar = False
        yield _server
    else:
        with jalankan(demo_store) as url:
            yield url


def test_a_shared_link_as_the_first_request_after_a_start_opens_its_page(server_segar):
    """Right after a restart, the first visitor follows a link to a page, not the home page: the
    page opens with its sidebar, and no 'Page not found' over it (with a pages/ folder, Streamlit
    routed this first request by file name)."""
    assert not (ROOT / "pages").exists()
    r = shoot(
        server_segar + "/bank-sampah",
        str(ROOT / "screenshots" / "tautan_pertama.png"),
        1400,
        1600,
        offline=True,
    )
    assert "Page not found" not in r["text"] and "does not seem to exist" not in r["text"]
    assert r["exceptions"] == 0 and "Bank Sampah" in r["text"] and "Kecamatan" in r["text"]


def test_ringkasan_in_chromium_offline(server):
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    r = shoot(server + "/", str(out / "ringkasan.png"), 1400, 2400, offline=True)
    print(f"first render {r['seconds_to_render']} s")
    assert r["exceptions"] == 0
    assert "data contoh" in r["text"].lower()  # the banner, or the deck's source line
    assert "Ringkasan pengurangan sampah Kota Bekasi" in r["text"]
    assert r["metrics"] == 6
    assert "Sampah ke TPA" in r["text"] and " ton" in r["text"]
    assert r["plotly_charts"] >= 1 and r["plotly_bars"] > 0  # the chart drew its bars
    assert r["external_requests"] == []  # works in a room with no internet


def test_link_opens_same_view_on_a_phone(server):
    out = ROOT / "screenshots"
    r = shoot(
        server + "/?periode=2026-T2&kec=32.75.11&lang=en",
        str(out / "ringkasan_hp_en.png"),
        412,
        2400,
        offline=True,
    )
    assert r["exceptions"] == 0
    assert "Waste diversion overview: Kec. Mustikajaya" in r["text"]
    assert "Q2 2026" in r["text"]


def _halaman() -> list[str]:
    """url_path of every page registered in dashboard.py, but the one the default page reserves
    (it is served at "/"; /ringkasan reaches it through a hidden page)."""
    kode = (ROOT / "dashboard.py").read_text()
    bawaan = set(re.findall(r'url_path="([a-z-]+)",\s*default=True', kode))
    return [u for u in re.findall(r'url_path="([a-z-]+)"', kode) if u not in bawaan]


@pytest.mark.parametrize("url_path", _halaman())
def test_every_page_offline_without_errors_or_empty_charts(server, url_path):
    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    r = shoot(f"{server}/{url_path}", str(out / f"{url_path}.png"), 1400, 3000, offline=True)
    print(f"{url_path}: {r['seconds_to_render']} s, charts {r['chart_points']}")
    assert r["exceptions"] == 0, r["text"][:2000]
    assert "Traceback" not in r["text"]
    assert r["external_requests"] == []
    assert all(n > 0 for n in r["chart_points"]), f"empty chart on {url_path}: {r['chart_points']}"
    assert "data contoh" in r["text"].lower()  # the banner, or the deck's source line


def test_presentasi_keyboard_and_slides_at_1920(server):
    """Arrow keys move the deck; three slides are saved at projector size."""
    from playwright.sync_api import sync_playwright

    out = ROOT / "screenshots"
    out.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1920, "height": 1080})
        page.route(
            "**/*",
            lambda r: (
                r.continue_()
                if "127.0.0.1" in r.request.url or r.request.url.startswith(("data:", "blob:", "about:"))
                else r.abort()
            ),
        )
        page.goto(f"{server}/presentasi?slide=ringkasan,peta,peringkat&periode=2026-T2")

        def idle() -> None:
            page.wait_for_selector(
                '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000
            )
            page.wait_for_timeout(1500)

        for n in (1, 2, 3):
            # the slide counter of this slide, then an idle script (a loaded machine answers late)
            page.wait_for_selector(f".pr-nomor:text-is('{n} / 3')", timeout=90_000)
            idle()
            # the sidebar is hidden by the page's CSS: wait for it rather than read it once
            page.wait_for_selector('[data-testid="stSidebar"]', state="hidden", timeout=30_000)
            page.screenshot(path=str(out / f"slide_{n}.png"))
            page.mouse.click(960, 1076)  # the source line: focus the page, not a widget
            page.keyboard.press("ArrowRight")
        page.wait_for_url("**s=3**", timeout=90_000)
        b.close()
