"""plotly.js loads while the page's script runs (ui.pramuat_grafik), and a hidden tab sends no chart
(issue #17): in Chromium, on a real server, in a fresh context each."""

from __future__ import annotations

import base64
import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium not installed (apt-get install chromium)", allow_module_level=True)

from keandalan_alat import server as jalankan  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from sampah import bench_halaman  # noqa: E402

SIAP = bench_halaman.SIAP


@pytest.fixture(scope="module")
def server(demo_store):
    with jalankan(demo_store) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _buka(browser, url: str) -> dict:  # noqa: ANN001
    """When the plotly chunk was asked for, when the first chart element arrived (DevTools clock),
    the charts sent, and the page's own view of the preload element."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    try:
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Network.enable")
        catat: dict = {"plotly_js": [], "grafik": [], "selesai": None}

        def minta(e: dict) -> None:
            if "/PlotlyChart." in e["request"]["url"]:
                catat["plotly_js"].append(e["timestamp"])

        def terima(e: dict) -> None:
            r = e["response"]
            if r["opcode"] != 2:
                return
            m = ForwardMsg()
            m.ParseFromString(base64.b64decode(r["payloadData"]))
            if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "plotly_chart":
                catat["grafik"].append(e["timestamp"])
            elif m.WhichOneof("type") == "script_finished" and catat["selesai"] is None:
                catat["selesai"] = e["timestamp"]

        cdp.on("Network.requestWillBeSent", minta)
        cdp.on("Network.webSocketFrameReceived", terima)
        page.goto(url)
        page.wait_for_selector(SIAP, timeout=120_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stPlotlyChart\"]')]"
            ".every(c => c.offsetParent === null || c.querySelector('.main-svg'))",
            timeout=120_000,
        )
        page.wait_for_timeout(300)
        catat["pramuat"] = page.evaluate(
            "() => [...document.querySelectorAll('.sampah-pramuat')].map(e => "
            "e.closest('[data-testid=\"stElementContainer\"]').getBoundingClientRect().height)"
        )
        catat["tab"] = page.locator('[data-testid="stTab"]').all_inner_texts()
        catat["exception"] = page.locator('[data-testid="stException"]').count()
        catat["digambar"] = page.locator('[data-testid="stPlotlyChart"] .main-svg').count()
        catat["page"] = page
        catat["ctx"] = ctx
        return catat
    except Exception:
        ctx.close()
        raise


def test_plotly_js_is_asked_for_before_the_first_chart_arrives(server, browser):
    c = _buka(browser, server + "/tren")
    try:
        assert c["exception"] == 0
        assert c["grafik"] and c["plotly_js"], c
        # asked for once, by the page's preload, before the script sent its first chart
        assert len(c["plotly_js"]) == 1 and c["plotly_js"][0] < c["grafik"][0]
        assert c["pramuat"] == [0]  # the preload element takes no room on the page
        assert c["digambar"] >= len(c["grafik"]) >= 3  # every chart still drawn by Streamlit's plotly
    finally:
        c["ctx"].close()


def test_no_preload_on_a_page_without_charts(server, browser):
    c = _buka(browser, server + "/kelola-data")
    try:
        assert c["exception"] == 0 and c["grafik"] == [] and c["plotly_js"] == [] and c["pramuat"] == []
    finally:
        c["ctx"].close()


def test_hidden_budget_tabs_send_no_chart_until_chosen(server, browser):
    c = _buka(browser, server + "/csr")
    page = c["page"]
    try:
        assert c["exception"] == 0
        dims = ["Per perusahaan", "Per bidang", "Per kecamatan"]
        assert all(d in c["tab"] for d in dims), c["tab"]
        judul = '.gtitle:has-text("Anggaran dan realisasi")'
        assert page.locator(judul).count() == 1  # the open tab's chart only, none hidden
        semua = page.locator('[data-testid="stPlotlyChart"]').count()
        page.get_by_role("tab", name="Per bidang").click()
        page.wait_for_timeout(500)
        page.wait_for_selector(SIAP, timeout=120_000)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stTabPanel\"]')]"
            ".some(p => p.offsetParent !== null && p.querySelector('.gtitle'))",
            timeout=120_000,
        )
        assert page.locator('[data-testid="stException"]').count() == 0
        assert page.locator('[data-testid="stTab"][aria-selected="true"]').inner_text() == "Per bidang"
        assert page.locator(f'[data-testid="stTabPanel"] {judul}').count() == 1  # drawn on choosing
        assert page.locator('[data-testid="stPlotlyChart"]').count() == semua
    finally:
        c["ctx"].close()
