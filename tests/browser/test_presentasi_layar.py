"""Presentasi and the offline report as a viewer sees them, in Chromium with every request to
another host aborted (issue #15): every slide at the sizes of DLH laptops and meeting-room
projectors in both languages, the report opened from disk at A4 width, and its PDF pages.

A slide fails when it is taller than the viewport, when text is clipped (scroll size larger than
its box, ending in "…", past the viewport's edge), when plotly text leaves its figure, when a value
label covers a bar, or when a control's label is not whole. A report page fails the same way, and
the PDF when a page holds nothing but its footer or the page count is not one per slide plus the
cover and the table.

Runtime: CI runs every slide at 1024x768 (id), 1280x720 (en) and 1920x1080 (id), about a minute
and a half on a quiet machine; `PRESENTASI_LENGKAP=1` runs all four sizes in both languages.
`PRESENTASI_GAMBAR=1` also writes the screenshots in docs/layar/presentasi/ (every slide at
1280x720 and the PDF's pages).
"""

from __future__ import annotations

import io
import os
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest
from jalur import ROOT
from PIL import Image

from sampah import db, demo, laporan, periode, presentasi
from sampah.i18n import t

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
if not Path(CHROMIUM).exists():
    if os.environ.get("CI"):
        raise RuntimeError(f"{CHROMIUM} is missing: .ci/run must install Debian's chromium")
    pytest.skip("Debian chromium not installed (apt-get install chromium)", allow_module_level=True)

from keandalan_alat import server as jalankan  # noqa: E402

LAYAR = [(1024, 768), (1280, 720), (1366, 768), (1920, 1080)]
if os.environ.get("PRESENTASI_LENGKAP"):
    MATRIKS = [(w, h, lang) for w, h in LAYAR for lang in ("id", "en")]
else:
    MATRIKS = [(1024, 768, "id"), (1280, 720, "en"), (1920, 1080, "id")]
GAMBAR = ROOT / "docs" / "layar" / "presentasi"
SIMPAN = bool(os.environ.get("PRESENTASI_GAMBAR"))
PERIODE = "2025"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]

PERIKSA = r"""
(opsi) => {
  const out = [];
  const vw = window.innerWidth, vh = window.innerHeight;
  const ringkas = (s) => s.replace(/\s+/g, ' ').trim().slice(0, 70);
  const se = document.scrollingElement;
  if (opsi.layar && se.scrollHeight > vh + 1) out.push(`dokumen ${se.scrollHeight}px > layar ${vh}px`);
  for (const sel of opsi.wadah || []) {
    document.querySelectorAll(sel).forEach((e, i) => {
      if (e.scrollHeight > e.clientHeight + 1)
        out.push(`${sel}[${i}] isi ${e.scrollHeight}px > kotak ${e.clientHeight}px`);
    });
  }
  const terlihat = (e) => {
    const r = e.getBoundingClientRect();
    if (r.width <= 2 || r.height <= 2) return false;  // visually hidden ("Skip to main content")
    const cs = getComputedStyle(e);
    return cs.visibility !== 'hidden' && cs.display !== 'none' && Number(cs.opacity) > 0.05;
  };
  for (const e of document.body.querySelectorAll('*')) {
    if (e.closest('svg, .js-plotly-plot, script, style, noscript')) continue;
    const punya = Array.from(e.childNodes).some((n) => n.nodeType === 3 && n.textContent.trim());
    if (!punya || !terlihat(e)) continue;
    const cs = getComputedStyle(e);
    const t = ringkas(e.textContent);
    if (/…$|\.\.\.$/.test(t)) out.push(`teks berakhir "…": "${t}"`);
    const potong = cs.overflowX !== 'visible' || cs.textOverflow === 'ellipsis';
    if (potong && e.scrollWidth > e.clientWidth + 1)
      out.push(`teks terpotong: "${t}" (${e.scrollWidth}px > ${e.clientWidth}px)`);
    const r = e.getBoundingClientRect();
    if (r.right > vw + 1 || r.left < -1) out.push(`teks di luar layar: "${t}"`);
    if (opsi.layar && r.bottom > vh + 1)
      out.push(`teks di bawah layar: "${t}" (bawah ${Math.round(r.bottom)}px)`);
  }
  const potongan = (a, b) =>
    Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) *
    Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));
  document.querySelectorAll('.js-plotly-plot').forEach((d, i) => {
    const R = d.getBoundingClientRect();
    if (opsi.layar && (R.bottom > vh + 1 || R.height < 120))
      out.push(`grafik ${i}: ${Math.round(R.top)}–${Math.round(R.bottom)}px`);
    const bar = Array.from(d.querySelectorAll('.bars .point path')).map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 1 && r.height > 1);
    d.querySelectorAll('text').forEach((t) => {
      if (t.closest('.hoverlayer, .modebar') || !t.textContent.trim() || !terlihat(t)) return;
      const r = t.getBoundingClientRect();
      const isi = ringkas(t.textContent);
      if (r.left < R.left - 1 || r.right > R.right + 1 || r.top < R.top - 1 || r.bottom > R.bottom + 1)
        out.push(`grafik ${i}: teks "${isi}" keluar dari gambar (${Math.round(r.left - R.left)}, ` +
                 `${Math.round(r.right - R.left)} dari ${Math.round(R.width)}px)`);
      if (/…$/.test(isi)) out.push(`grafik ${i}: teks "${isi}" terpotong`);
      if (t.closest('.annotation, .bartext')) {
        if (bar.some((b) => potongan(r, b) > 4)) out.push(`grafik ${i}: label "${isi}" menutupi batang`);
      }
    });
  });
  return out;
}
"""

# the plotly figures have been drawn and have kept their size for a moment (they resize once the
# flex layout settles)
GRAFIK_TENANG = r"""
async () => {
  const ukur = () => Array.from(document.querySelectorAll('.js-plotly-plot'))
    .map((d) => d.getBoundingClientRect()).map((r) => `${Math.round(r.width)}x${Math.round(r.height)}`)
    .join(',');
  let lalu = '', sama = 0;
  for (let k = 0; k < 60 && sama < 3; k++) {
    await new Promise((r) => setTimeout(r, 150));
    const kini = ukur();
    sama = kini === lalu ? sama + 1 : 0;
    lalu = kini;
  }
  await document.fonts.ready;
  return lalu;
}
"""


def _png_kecil(gambar, ke: Path) -> None:  # noqa: ANN001 - a PIL image
    """A small PNG for the repository: 128 colours are plenty for charts and text."""
    gambar.convert("RGB").quantize(128).save(ke, optimize=True)


def _lokal(url: str) -> bool:
    return url.startswith(("http://127.0.0.1", "file:", "data:", "blob:", "about:"))


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Path:
    """Two years of sample data: enough for every slide (a year earlier, SIPSN, CSR projects
    old enough to be assessed)."""
    s = tmp_path_factory.mktemp("layar") / "store"
    db.publish(s, lambda con: demo.fill(con, years=2, seed=7, scale=0.05))
    return s


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def server(store):
    with jalankan(store) as url:
        yield url


def _halaman(browser, w: int, h: int, asing: list[str]):
    page = browser.new_page(viewport={"width": w, "height": h}, locale="id-ID")

    def route(r):  # noqa: ANN001 - playwright type
        if _lokal(r.request.url):
            return r.continue_()
        asing.append(r.request.url)
        return r.abort()

    page.route("**/*", route)
    return page


def _slide_siap(page, n: int, total: int) -> None:
    page.wait_for_function(
        "(s) => Array.from(document.querySelectorAll('.pr-nomor')).some((e) => e.textContent.trim() === s)",
        arg=f"{n} / {total}",
        timeout=90_000,
    )
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=90_000)
    page.wait_for_selector(".pr-kaki", timeout=90_000)
    page.wait_for_selector(".st-key-pr_grafik .js-plotly-plot .main-svg, .pr-kosong", timeout=90_000)
    page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=90_000)
    page.evaluate(GRAFIK_TENANG)


@pytest.mark.parametrize(("w", "h", "lang"), MATRIKS, ids=[f"{w}x{h}-{lang}" for w, h, lang in MATRIKS])
def test_every_slide_fits_and_nothing_is_cut(server, browser, w, h, lang):
    asing: list[str] = []
    page = _halaman(browser, w, h, asing)
    n = len(presentasi.SLIDE)
    masalah: list[str] = []
    try:
        page.goto(f"{server}/presentasi?periode={PERIODE}&lang={lang}")
        for i, kunci in enumerate(presentasi.SLIDE, start=1):
            _slide_siap(page, i, n)
            judul = page.inner_text(".pr-judul")
            assert t(f"pr_slide_{kunci}", lang).upper() in judul.upper(), (kunci, judul)
            assert page.locator(".st-key-pr_grafik .js-plotly-plot").count() == 1, f"no chart on {kunci}"
            masalah += [
                f"{w}x{h} {lang} slide {i} {kunci}: {m}"
                for m in page.evaluate(
                    PERIKSA, {"layar": True, "wadah": ['[data-testid="stMain"]', ".st-key-pr_grafik"]}
                )
            ]
            bar = page.inner_text(".st-key-pr_bar")
            for kunci_teks in ("pr_kembali", "pr_pilih", "pr_sebelum", "pr_berikut", "pr_bahasa", "pr_unduh"):
                assert t(kunci_teks, lang) in bar, (kunci_teks, bar)
            if SIMPAN and (w, h) == (1280, 720) and lang == "id":
                GAMBAR.mkdir(parents=True, exist_ok=True)
                _png_kecil(Image.open(io.BytesIO(page.screenshot())), GAMBAR / f"slide_{i}_{kunci}.png")
            if i == 1:
                page.mouse.click(w // 2, h - 3)  # the source line: focus the page, not a widget
            if i < n:
                page.keyboard.press("ArrowRight")  # keeps working after the handler drops the focus
        assert f"s={n}" in page.url
    finally:
        page.close()
    assert asing == []
    assert masalah == [], "\n".join(masalah)


def test_language_switch_and_way_back_on_the_slide(server, browser):
    """The sidebar is hidden: the bar switches the language on the same slide and leads back."""
    asing: list[str] = []
    page = _halaman(browser, 1280, 720, asing)
    try:
        page.goto(f"{server}/presentasi?periode={PERIODE}&s=3")
        n = len(presentasi.SLIDE)
        _slide_siap(page, 3, n)
        assert page.locator('[data-testid="stSidebar"]').is_hidden()
        page.get_by_role("button", name=t("pr_bahasa", "id")).click()
        page.wait_for_function(
            "() => document.querySelector('.pr-judul')?.textContent.includes('MAP')"
            " || document.querySelector('.pr-judul')?.textContent.includes('Map')"
        )
        _slide_siap(page, 3, n)
        assert "lang=en" in page.url and "s=3" in page.url
        assert t("pr_bahasa", "en") in page.inner_text(".st-key-pr_bar")
        page.get_by_role("link", name=t("pr_kembali", "en")).click()
        # Ringkasan is the default page: its address is the root, with the view kept in the URL
        page.wait_for_function("() => !location.pathname.includes('presentasi')", timeout=60_000)
        assert "lang=en" in page.url and "periode=2025" in page.url
        page.wait_for_selector('[data-testid="stSidebar"]', state="visible", timeout=60_000)
    finally:
        page.close()
    assert asing == []


@pytest.fixture(scope="module")
def laporan_html(store, tmp_path_factory) -> Path:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        html = laporan.buat_html(
            lambda name, **p: db.run(con, name, p),
            periode.dari_kunci(PERIODE),
            [],
            "id",
            list(presentasi.SLIDE),
            dibuat=date(2026, 11, 1),
        )
    finally:
        con.close()
    out = tmp_path_factory.mktemp("laporan") / "laporan.html"
    out.write_text(html, encoding="utf-8")
    return out


def test_report_from_disk_at_a4_width_has_every_label_whole(laporan_html, browser):
    asing: list[str] = []
    page = _halaman(browser, laporan.LEBAR_PX, laporan.TINGGI_PX, asing)
    try:
        page.goto(laporan_html.as_uri())
        page.wait_for_function(
            "() => document.querySelectorAll('.js-plotly-plot .main-svg').length > 0 && "
            "document.querySelectorAll('.js-plotly-plot').length === "
            "document.querySelectorAll('.plotly-graph-div').length"
        )
        page.evaluate(GRAFIK_TENANG)
        grafik = page.locator(".js-plotly-plot").count()
        masalah = page.evaluate(PERIKSA, {"layar": False, "wadah": ["section.halaman"]})
        page.emulate_media(media="print")
        masalah += [
            "cetak: " + m for m in page.evaluate(PERIKSA, {"layar": False, "wadah": ["section.halaman"]})
        ]
    finally:
        page.close()
    assert asing == []
    assert grafik == len(presentasi.SLIDE)
    assert masalah == [], "\n".join(masalah)


def test_report_pdf_has_no_blank_page(laporan_html, tmp_path):
    """Each PDF page rendered to an image: one page per slide plus the cover and the table, and
    none that holds only its footer (content above the footer band)."""
    import numpy as np
    import pypdfium2 as pdfium

    # ke_pdf starts its own Playwright: in a thread of its own, beside this module's browser
    with ThreadPoolExecutor(1) as ex:
        pdf = ex.submit(laporan.ke_pdf, laporan_html, tmp_path / "laporan.pdf", CHROMIUM).result()
    doc = pdfium.PdfDocument(io.BytesIO(pdf.read_bytes()))
    try:
        assert len(doc) == 1 + len(presentasi.SLIDE) + 1
        kosong = []
        for i in range(len(doc)):
            gambar = doc[i].render(scale=1).to_pil()  # 72 dpi
            px = np.asarray(gambar.convert("L"))
            atas = px[: int(px.shape[0] * 0.85)]  # above the footer band
            if (atas < 200).mean() < 0.004:
                kosong.append(i + 1)
            if SIMPAN:
                GAMBAR.mkdir(parents=True, exist_ok=True)
                _png_kecil(gambar, GAMBAR / f"pdf_halaman_{i + 1}.png")
    finally:
        doc.close()
    assert kosong == [], f"pages with nothing but their footer: {kosong}"


def test_the_check_sees_what_was_wrong_before(browser):
    """The check itself: the faults of issue #15 drawn on purpose are each reported."""
    import plotly.graph_objects as go
    import plotly.io as pio
    from plotly.offline import get_plotlyjs

    fig = go.Figure(
        go.Bar(x=[8.8, 30], y=["Penguatan bank sampah (timbangan digital)", "B"], orientation="h")
    )
    fig.update_traces(text=["8,8 ton", "30"], textposition="outside", cliponaxis=False)
    fig.add_annotation(x=8.8, y=0, text="8,8 ton", showarrow=False, xanchor="right")  # over the bar's end
    fig.update_layout(width=500, height=300, margin=dict(l=40, r=0, t=10, b=10))
    fig.update_yaxes(automargin=False)  # the long name runs off the figure's left edge
    fig.update_xaxes(range=[0, 30])  # "30" outside its bar runs off the right edge
    isi = (
        f"<html><head><script>{get_plotlyjs()}</script></head><body style='margin:0'>"
        "<button style='width:60px;overflow:hidden;white-space:nowrap;text-overflow:ellipsis'>"
        "Sebelumnya</button><div style='height:2000px'>Seb…</div>"
        + pio.to_html(fig, full_html=False, include_plotlyjs=False)
        + "</body></html>"
    )
    page = browser.new_page(viewport={"width": 800, "height": 600})
    try:
        page.set_content(isi)
        page.wait_for_selector(".js-plotly-plot .main-svg")
        page.evaluate(GRAFIK_TENANG)
        masalah = " | ".join(page.evaluate(PERIKSA, {"layar": True, "wadah": []}))
    finally:
        page.close()
    assert "dokumen" in masalah and "> layar 600px" in masalah
    assert 'teks terpotong: "Sebelumnya"' in masalah and 'berakhir "…": "Seb…"' in masalah
    assert 'teks "Penguatan bank sampah (timbangan digital)" keluar dari gambar' in masalah
    assert 'label "8,8 ton" menutupi batang' in masalah
    assert "teks di bawah layar" in masalah
