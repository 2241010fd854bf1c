#!/usr/bin/env python3
"""Screenshot a dashboard page in headless Chromium once Streamlit has finished rendering.

    python tools/screenshot.py URL OUT.png [--width 1400] [--height 2400] [--offline]

Uses Debian's /usr/bin/chromium (never a downloaded browser). --offline aborts every request to
another host, as in a meeting room without internet, and the report lists what was asked for.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from urllib.parse import urlparse

from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL = {"localhost", "127.0.0.1", "::1", "[::1]"}


def shoot(
    url: str, out: str, width: int = 1400, height: int = 2400, offline: bool = True, timeout_s: float = 90
) -> dict:
    """Open `url`, wait until the script is idle, save a PNG; return what was seen."""
    external: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": width, "height": height}, locale="id-ID")

        def route(r):  # noqa: ANN001 - playwright type
            host = urlparse(r.request.url).hostname or ""
            if r.request.url.startswith(("data:", "blob:")) or host in LOCAL:
                return r.continue_()
            external.append(r.request.url)
            return r.abort() if offline else r.continue_()

        page.route("**/*", route)
        t0 = time.perf_counter()
        page.goto(url)
        page.wait_for_selector(
            '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_s * 1000
        )
        # a page's cards, an error, a message, or the deck's footer; `:visible` on each, because a
        # selector list waits on its first match only, and the deck's first is the hidden banner
        page.wait_for_selector(
            ", ".join(
                f"{s}:visible"
                for s in (
                    '[data-testid="stMetric"]',
                    '[data-testid="stException"]',
                    '[data-testid="stAlert"]',
                )
            )
            + ", .pr-kaki:visible",
            timeout=timeout_s * 1000,
        )
        page.wait_for_timeout(1200)  # let plotly finish drawing
        seconds = time.perf_counter() - t0
        page.screenshot(path=out)
        report = {
            "seconds_to_render": round(seconds, 2),
            "exceptions": page.locator('[data-testid="stException"]').count(),
            "metrics": page.locator('[data-testid="stMetric"]').count(),
            "plotly_charts": page.locator(".js-plotly-plot").count(),
            "plotly_bars": page.locator(".js-plotly-plot .bars path").count(),
            # points per chart, read from plotly's own data on each chart element
            "chart_points": page.evaluate(
                "() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(d => (d._fullData || [])"
                ".reduce((n, t) => n + (t.visible === false ? 0 : (t._length || "
                "(t.type === 'sankey' && t.link ? (t.link.value || []).length : 0))), 0))"
            ),
            "external_requests": external,
            "text": page.inner_text("body"),
        }
        browser.close()
    return report


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("url")
    ap.add_argument("out")
    ap.add_argument("--width", type=int, default=1400)
    ap.add_argument("--height", type=int, default=2400)
    ap.add_argument("--online", action="store_true", help="let requests to other hosts through")
    a = ap.parse_args()
    r = shoot(a.url, a.out, a.width, a.height, offline=not a.online)
    r["text"] = r["text"][:600]
    print(json.dumps(r, indent=2, ensure_ascii=False))
