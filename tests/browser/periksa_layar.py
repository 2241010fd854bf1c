"""What a reader would call broken on a screen, measured in the browser: shared by the page test
(tests/browser/test_layar.py) and the slide test, so both judge the same way.

`periksa(page)` returns one line per problem (empty = the screen is whole):
- clipped text: an element whose text is cut by its box (its scroll size larger than its box while
  its overflow hides the rest, or an ellipsis) - metric values, labels, button labels, captions,
  tabs, the cells of st.table;
- plotly: tick labels, legend entries, titles, annotations and bar texts whose box leaves the
  figure; tick labels of one axis that overlap each other; subplot titles that overlap; the
  legend under the toolbar; chart text that ends in "…";
- a metric whose arrow disagrees with the sign of its change (↑ on "−1,6%").
"""

from __future__ import annotations

import contextlib
from pathlib import Path

TUNGGU = '[data-testid="stApp"][data-test-script-state="notRunning"]'

_JS = (Path(__file__).with_suffix(".js")).read_text(encoding="utf-8")  # the checks, run in the page


def periksa(page) -> list[str]:  # noqa: ANN001 - playwright Page
    """Every clipped text, plotly label outside its figure, overlapping tick or title, and arrow
    that disagrees with its sign on the page as it stands."""
    return list(dict.fromkeys(page.evaluate(_JS)))


def tunggu(page, jeda_ms: int = 800, batas_ms: int = 180_000) -> None:  # noqa: ANN001
    """Until Streamlit has finished the run and plotly has drawn every chart of the page."""
    page.wait_for_timeout(300)
    page.wait_for_selector(TUNGGU, timeout=batas_ms)
    page.wait_for_function(
        "() => Array.from(document.querySelectorAll('[data-testid=\"stPlotlyChart\"]'))"
        ".every(c => c.offsetParent === null || c.querySelector('.js-plotly-plot .main-svg'))",
        timeout=batas_ms,
    )
    page.wait_for_timeout(jeda_ms)
    # on a loaded machine plotly may still be laying a chart out for its container's width (its
    # responsive resize): give it up to 5 s to match, then judge the page as it stands
    with contextlib.suppress(Exception):
        page.wait_for_function(_GRAFIK_PAS, timeout=5000)


# every visible chart's drawing as wide as its box (within 2 px)
_GRAFIK_PAS = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]')).every(c => {
  const svg = c.querySelector('.js-plotly-plot .main-svg');
  if (c.offsetParent === null || !svg) return true;
  return Math.abs(svg.getBoundingClientRect().width - c.getBoundingClientRect().width) <= 2;
})"""


def blokir_internet(page, keluar: list[str]) -> None:  # noqa: ANN001
    """Abort every request to another host (a meeting room without internet); list them in `keluar`."""
    from urllib.parse import urlparse

    def route(r) -> None:  # noqa: ANN001
        url = r.request.url
        host = urlparse(url).hostname or ""
        if url.startswith(("data:", "blob:", "about:")) or host in {"127.0.0.1", "localhost", "::1"}:
            r.continue_()
        else:
            keluar.append(url)
            r.abort()

    page.route("**/*", route)
