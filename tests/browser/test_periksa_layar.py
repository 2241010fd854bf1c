"""The screen checks themselves (periksa_layar.py) catch what they claim to, on pages made to be
broken: a cut metric value and button label, an arrow against its sign, a legend and a tick label
run off a plotly figure, overlapping ticks. A clean page passes. Plotly.js comes from the Python
package (nothing is fetched)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium not installed", allow_module_level=True)

import plotly.graph_objects as go  # noqa: E402
from browser.periksa_layar import periksa  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from plotly.offline import get_plotlyjs  # noqa: E402

# the markup Streamlit 1.67 gives a metric, trimmed to what the checks read
KARTU = """
<div data-testid="stMain">
 <div data-testid="stMetric" style="width:{w}px">
  <div data-testid="stMetricValue" style="font-size:36px">
   <div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">{nilai}</div></div>
  <div data-testid="stMetricDelta">{panah}<div><p>{ubah}</p></div></div>
 </div>
 <button style="width:{tombol}px"><div style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">
  Unduh Excel</div></button>
 <div id="g" style="width:{gw}px;height:300px"></div>
</div>"""
NAIK = '<svg data-testid="stMetricDeltaIcon-Up" width="10" height="10"></svg>'
TURUN = '<svg data-testid="stMetricDeltaIcon-Down" width="10" height="10"></svg>'


def _figur(label_keluar: bool, ticks_rapat: bool) -> str:
    fig = go.Figure(go.Bar(x=list(range(30)), y=list(range(30)), name="Aktif"))
    fig.update_layout(
        height=300,
        margin=dict(l=40, r=10, t=60, b=30),
        showlegend=True,
        legend=dict(orientation="h", x=0, y=1.02, yanchor="bottom"),
    )
    if label_keluar:  # a target line's label past the right edge ("Target 7(")
        fig.add_annotation(x=0.97, y=0.5, xref="paper", yref="paper", xanchor="left", text="Target 70%")
    if ticks_rapat:
        fig.update_xaxes(
            tickvals=list(range(30)), ticktext=[f"Bulan {i} 2026" for i in range(30)], tickangle=0
        )
    return fig.to_json()


@pytest.fixture(scope="module")
def halaman():
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 900, "height": 700})
        page.route("**/*", lambda r: r.abort() if r.request.url.startswith("http") else r.continue_())
        yield page
        b.close()


def buat(page, *, w=260, nilai="50.625 ton", panah=TURUN, ubah="−2,8%", tombol=160, gw=700, fig=None) -> list:  # noqa: ANN001
    html = KARTU.format(w=w, nilai=nilai, panah=panah, ubah=ubah, tombol=tombol, gw=gw)
    page.set_content(f"<html><body>{html}<script>{get_plotlyjs()}</script></body></html>")
    if fig:
        page.evaluate("(f) => Plotly.newPlot('g', JSON.parse(f).data, JSON.parse(f).layout)", fig)
        page.wait_for_timeout(300)
    return periksa(page)


def test_a_whole_screen_passes(halaman):
    assert buat(halaman, fig=_figur(False, False)) == []


def test_the_toolbar_over_a_legend_fails(halaman):
    fig = go.Figure(go.Bar(x=[1, 2], y=[1, 2], name="Sampah ke TPA Sumur Batu (ton per bulan)"))
    fig.update_layout(  # the legend in the top right corner, where plotly puts its toolbar
        height=300,
        margin=dict(t=5),
        showlegend=True,
        legend=dict(orientation="h", x=1, xanchor="right", y=1, yanchor="top"),
    )
    masalah = buat(halaman, fig=fig.to_json())
    assert "chart 1: the toolbar covers the legend" in masalah, masalah


def test_cut_metric_value_and_button_label_fail(halaman):
    masalah = buat(halaman, w=90, nilai="Rp 1,8 miliar", tombol=50)
    assert any("Rp 1,8 miliar" in m for m in masalah), masalah
    assert any("Unduh Excel" in m for m in masalah), masalah


def test_an_arrow_against_its_sign_fails(halaman):
    assert any("has arrow ↑" in m for m in buat(halaman, panah=NAIK, ubah="−1,6%"))
    assert any("has arrow ↓" in m for m in buat(halaman, panah=TURUN, ubah="+0,4%"))
    assert any("signed zero" in m for m in buat(halaman, panah=TURUN, ubah="−0,00 poin"))


def test_a_label_off_the_figure_and_crowded_ticks_fail(halaman):
    masalah = buat(halaman, gw=420, fig=_figur(True, True))
    assert any("leaves the figure" in m and "Target 70%" in m for m in masalah), masalah
    assert any("ticks" in m and "overlap" in m for m in masalah), masalah


# a sidebar moved off the page's left edge, as Streamlit 1.67 collapses it on a phone, its page
# name in a box too narrow for it
SIDEBAR = """
<section data-testid="stSidebar" style="position:fixed;top:0;left:0;width:240px;transform:translateX({x}px)">
 <a style="display:flex"><span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap;
  display:block;width:{w}px">Target &amp; Neraca</span></a>
</section>"""


def test_a_sidebar_off_the_page_is_not_measured_but_one_on_it_is(halaman):
    def sidebar(w: int, x: int) -> list[str]:
        halaman.set_content("<html><body>" + SIDEBAR.format(w=w, x=x) + "</body></html>")
        return periksa(halaman)

    assert sidebar(40, -300) == []  # collapsed: nobody can see or scroll to it
    assert any("Target & Neraca" in m for m in sidebar(40, 0)), sidebar(40, 0)  # on the screen and cut
    assert sidebar(200, 0) == []  # open and wide enough
