"""What a chart library costs a page in a fresh browser (issue #17): the floor each way of drawing
charts puts under a page, beside the empty Streamlit page, for the decision the 1.5x page goal needs.

The same Streamlit and `.streamlit/config.toml` serve one app; each variant draws `n` charts of 120
months x 3 series (bars and lines alternating) with plotly (`st.plotly_chart`, what the pages use),
Vega-Lite (`st.altair_chart`) or as inline SVG made on the server (`st.markdown`, no chart code in
the browser). Timed as `sampah.bench_halaman` times pages: a fresh Chromium context at 1366x768, no
internet, from navigation to the script finished and every chart drawn; medians of the rounds after
the first. Run: `python tools/lantai_grafik.py [ROUNDS]`.
"""

from __future__ import annotations

import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sampah import bench_halaman, db, peladen  # noqa: E402

APP = """
import numpy as np
import pandas as pd
import streamlit as st

st.set_page_config(page_title="Lantai", layout="wide")
st.write("Lantai")
q = st.query_params
n = int(q.get("n", 0))
rng = np.random.default_rng(0)
df = pd.DataFrame({"bulan": pd.date_range("2016-01-01", periods=120, freq="MS").repeat(3),
                   "seri": ["a", "b", "c"] * 120, "ton": rng.random(360) * 100})
for i in range(n):
    if q.get("cara") == "plotly":
        import plotly.express as px
        f = px.line if i % 2 else px.bar
        st.plotly_chart(f(df, x="bulan", y="ton", color="seri"), key=f"g{i}")
    elif q.get("cara") == "vega":
        import altair as alt
        c = alt.Chart(df).mark_line() if i % 2 else alt.Chart(df).mark_bar()
        st.altair_chart(c.encode(x="bulan:T", y="ton:Q", color="seri:N"), key=f"g{i}")
    elif q.get("cara") == "svg":
        w = 1200 / 360
        batang = "".join(
            f'<rect x="{j * w:.1f}" y="{300 - t * 3:.1f}" width="{w:.1f}" height="{t * 3:.1f}">'
            f"<title>{t:.1f}</title></rect>"
            for j, t in enumerate(df.ton)
        )
        st.markdown(f'<div class="grafik-svg"><svg viewBox="0 0 1200 300" width="100%">{batang}</svg></div>',
                    unsafe_allow_html=True)
"""
# the script finished and the n charts of the variant drawn
SIAP_JS = """() => new Promise(res => { const q = new URLSearchParams(location.search);
  const n = Number(q.get('n') || 0), cara = q.get('cara');
  const sel = {plotly: '.js-plotly-plot .main-svg', vega: '.vega-embed canvas, .vega-embed svg',
               svg: '.grafik-svg svg'}[cara];
  const t = () => { const a = document.querySelector('[data-testid="stApp"]');
    const selesai = a && a.getAttribute('data-test-script-state') === 'notRunning';
    if (selesai && (!sel || document.querySelectorAll(sel).length >= n)) res(performance.now());
    else requestAnimationFrame(t); };
  t(); })"""
VARIAN = [
    "",
    "?cara=plotly&n=1",
    "?cara=vega&n=1",
    "?cara=svg&n=1",
    "?cara=plotly&n=5",
    "?cara=vega&n=5",
    "?cara=svg&n=5",
]


def ukur(putaran: int = 5) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    hasil: dict[str, list[float]] = {v: [] for v in VARIAN}
    with tempfile.TemporaryDirectory(prefix="sampah-lantai-grafik-") as tmp:
        d = Path(tmp)
        (d / ".streamlit").mkdir()
        shutil.copy(db.ROOT / ".streamlit" / "config.toml", d / ".streamlit" / "config.toml")
        (d / "lantai.py").write_text(APP)
        with peladen.streamlit(None, app=d / "lantai.py", cwd=d) as srv, sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path=bench_halaman.CHROMIUM,
                args=["--no-sandbox", "--disable-gpu", "--no-first-run"],
                proxy={"server": "http://127.0.0.1:9", "bypass": "127.0.0.1,localhost"},
            )
            for r in range(putaran + 1):
                for v in VARIAN:
                    ctx = browser.new_context(viewport={"width": 1366, "height": 768})
                    page = ctx.new_page()
                    page.goto(f"{srv.url}/{v}", wait_until="commit")
                    page.wait_for_selector('[data-testid="stApp"]')
                    ms = page.evaluate(SIAP_JS)
                    ctx.close()
                    if r:  # the first round warms the server's caches
                        hasil[v].append(ms / 1000)
            browser.close()
    return {v: statistics.median(t) for v, t in hasil.items()}


if __name__ == "__main__":
    med = ukur(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    lantai = med[""]
    print(f"{'varian':22} {'detik':>6} {'x lantai':>8}")
    for v, s in med.items():
        print(f"{v or '(kosong)':22} {s:>6.2f} {s / lantai:>7.2f}x")
