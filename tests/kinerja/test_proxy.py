"""Two `streamlit run` processes on one store behind HAProxy with the repo's `deploy/haproxy.cfg`:
a page loads through the proxy in Chromium, its websocket upgrades and stays on the process that
served the page (sticky cookie), viewers spread over both processes, and an upload + check + load on
Kelola Data works through the proxy (issue #17)."""

from __future__ import annotations

import asyncio
import os
import re
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from keandalan_alat import CHROMIUM

from sampah import beban, peladen

if peladen.haproxy_ada() is None or not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(".ci/run must install Debian's haproxy and chromium")
    pytest.skip(
        "haproxy or chromium not installed (apt-get install haproxy chromium)", allow_module_level=True
    )
from playwright.sync_api import TimeoutError as PWTimeout  # noqa: E402
from playwright.sync_api import expect, sync_playwright  # noqa: E402

SANDI = "rahasia-proxy"
SIAP = '[data-testid="stApp"][data-test-script-state="notRunning"]'


@pytest.fixture(scope="module")
def jalan(demo_store: Path, tmp_path_factory: pytest.TempPathFactory):
    store = tmp_path_factory.mktemp("proxy") / "store"
    shutil.copytree(demo_store, store)
    with (
        peladen.banyak(store, 2, env={"SAMPAH_ADMIN_PASSWORD": SANDI}) as ps,
        peladen.haproxy([p.url for p in ps]) as url,
    ):
        yield store, url


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        yield b
        b.close()


def _buka(browser, url: str, jalur: str = "/"):  # noqa: ANN001
    """A fresh viewer: (context, page, servers that answered its HTTP requests, websocket records)."""
    ctx = browser.new_context(viewport={"width": 1366, "height": 900})
    page = ctx.new_page()
    page.set_default_timeout(120_000)  # a shared CI machine can be slow; the steps wait, not sleep
    server: list[tuple[str, str, int]] = []
    page.on("response", lambda r: server.append((r.url, r.headers.get("x-sampah-server", ""), r.status)))
    kode: dict[str, str] = {}  # the proxy compresses what Streamlit sends uncompressed
    page.on("response", lambda r: kode.__setitem__(r.url, r.headers.get("content-encoding", "")))
    page.kode = kode
    cdp = ctx.new_cdp_session(page)
    cdp.send("Network.enable")
    ws: dict[str, list] = {"jabat": [], "frame": []}
    cdp.on("Network.webSocketHandshakeResponseReceived", lambda e: ws["jabat"].append(e["response"]))
    cdp.on("Network.webSocketFrameReceived", lambda e: ws["frame"].append(e))
    page.goto(url + jalur)
    page.wait_for_selector(SIAP, timeout=120_000)
    return ctx, page, server, ws


def _pilih(page, label: str, opsi: str) -> None:  # noqa: ANN001
    """Choose an option; a rerun after the login may close the list under the click, so retry."""
    for _ in range(20):
        page.wait_for_selector(SIAP, timeout=120_000)
        try:
            page.get_by_role("combobox", name=label).click(timeout=5_000)
            page.get_by_role("option", name=opsi).click(timeout=5_000)
            expect(page.get_by_role("combobox", name=label)).to_have_value(re.compile(opsi), timeout=5_000)
            return
        except (PWTimeout, AssertionError):
            page.keyboard.press("Escape")
    raise AssertionError(f"{opsi} could not be chosen in {label}")


def test_page_loads_websocket_upgrades_and_sticks_to_one_process(jalan, browser):
    _store, url = jalan
    dilayani = []
    konteks = []
    for _ in range(2):  # the first tab keeps its websocket open: the next viewer goes elsewhere
        ctx, page, server, ws = _buka(browser, url)
        konteks.append(ctx)
        assert page.locator('[data-testid="stException"]').count() == 0
        expect(page.locator('[data-testid="stMetric"]').first).to_be_visible()
        assert ws["jabat"] and ws["jabat"][0]["status"] == 101  # the websocket upgraded
        assert len(ws["frame"]) > 10  # the page's elements came over it
        pelayan = {s for _u, s, _st in server}
        jabat = {h.lower(): v for h, v in ws["jabat"][0]["headers"].items()}
        assert len(pelayan) == 1, server  # page, scripts and websocket: one process
        assert jabat.get("x-sampah-server") in pelayan
        dilayani.append(pelayan.pop())
        js = {u: k for u, k in page.kode.items() if "/static/js/" in u}
        assert js and all(k == "gzip" for k in js.values()), js
    for ctx in konteks:
        ctx.close()
    assert set(dilayani) == {"s1", "s2"}


def test_load_generator_spreads_viewers_over_both_processes(jalan):
    _store, url = jalan
    # in a thread of its own: the module's Playwright keeps an event loop running in this one
    with ThreadPoolExecutor(1) as ex:
        hasil = ex.submit(asyncio.run, beban.gelombang(url, 4, ("presentasi", "wilayah"))).result()
    assert all(b.detik is not None and not b.galat for b in hasil), [b.galat for b in hasil]
    assert {b.server for b in hasil} == {"s1", "s2"}


def test_upload_check_and_load_on_kelola_data_through_the_proxy(jalan, browser):
    store, url = jalan
    awal = (store / "CURRENT").read_text()
    ctx, page, server, ws = _buka(browser, url, "/kelola-data")
    page.get_by_label("Kata sandi admin").fill(SANDI)
    page.get_by_role("button", name="Masuk").click()
    page.locator('[data-testid="stFileUploader"]').wait_for(timeout=120_000)
    _pilih(page, "Dataset", "Tonase TPA per kecamatan")
    page.wait_for_selector(SIAP, timeout=120_000)
    isi = b"Tanggal;Asal Kecamatan;Berat (ton)\n01/11/2026;Kec. Mustika Jaya;150,5\n01/11/2026;Atlantis;3\n"
    page.locator('[data-testid="stFileUploader"] input[type="file"]').set_input_files(
        {"name": "rekap.csv", "mimeType": "text/csv", "buffer": isi}
    )
    expect(page.get_by_text("2 baris dibaca · 1 siap dimuat · 1 ditolak")).to_be_visible(timeout=120_000)
    page.get_by_role("button", name="Muat 1 baris").click()
    expect(page.get_by_text("Dimuat: 1 baris baru")).to_be_visible(timeout=120_000)
    unggah = [(u, s, st) for u, s, st in server if "/_stcore/upload_file/" in u]
    assert unggah and all(200 <= st < 300 for _u, _s, st in unggah), unggah
    pelayan = {s for _u, s, _st in server}
    assert len(pelayan) == 1, server  # the upload went to the process that holds the session
    assert page.locator('[data-testid="stException"]').count() == 0
    ctx.close()
    assert (store / "CURRENT").read_text() != awal
