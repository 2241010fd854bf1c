"""The offline report: one self-contained HTML file (plotly.js inlined, no request to any other host)
and a PDF of it printed by headless Chromium. Every page carries the period, the sources and the
date of the newest data."""

from __future__ import annotations

import hashlib
import html
import threading
from collections import OrderedDict
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.io as pio
from plotly.offline import get_plotlyjs

from sampah import fmt
from sampah.charts.presentasi import HURUF_CETAK, cetak
from sampah.i18n import t
from sampah.presentasi import Slide

# A4 landscape less 10 mm margins is 277 x 190 mm: 1047 x 718 CSS px at 96 dpi. Each slide is one
# page of exactly that height (a page that overflowed spilled its source line onto a page of its
# own), the chart a fixed height that leaves room for a three-line headline; the table may run on.
LEBAR_PX, TINGGI_PX = 1047, 718
TINGGI_GRAFIK = 530
TINGGI_CATATAN = 40  # a note under the headline (two lines) takes this from the chart
HURUF = '"Liberation Sans", Arial, Helvetica, sans-serif'  # installed fonts only: nothing to fetch
CSS = f"""
* {{ box-sizing: border-box; }}
body {{ font-family: {HURUF}; color: #1F2A24; margin: 0 auto; max-width: {LEBAR_PX}px; }}
section {{ padding: 14px 22px; break-after: page; page-break-after: always; break-inside: avoid; }}
section:last-child {{ break-after: auto; page-break-after: auto; }}
section.halaman {{ height: {TINGGI_PX}px; overflow: hidden; display: flex; flex-direction: column; }}
section.halaman .grafik {{ flex: 0 0 auto; }}
section.halaman .kaki {{ margin-top: auto; }}
h1 {{ font-size: 28px; margin: 0 0 8px; }} h2 {{ font-size: 21px; line-height: 1.22; margin: 2px 0 6px; }}
.judul {{ color: #1B7F4B; font-size: 14px; text-transform: uppercase; letter-spacing: .05em; margin: 0; }}
.catatan {{ color: #444; font-size: 13px; line-height: 1.3; margin: 0 0 4px; }}
.butir {{ font-size: 15px; line-height: 1.35; margin: 6px 0; }}
.kaki {{ color: #555; font-size: 11px; border-top: 1px solid #ddd; margin-top: 6px; padding-top: 4px; }}
.contoh {{ background: #FFF4D6; color: #7A5B00; padding: 1px 6px; font-weight: 600; }}
table {{ border-collapse: collapse; font-size: 13px; }} td, th {{ border: 1px solid #ddd; padding: 3px 8px; }}
thead {{ display: table-header-group; }} tr {{ break-inside: avoid; }}
td {{ text-align: right; }} td:first-child {{ text-align: left; }}
/* plotly measures text in a tester that takes the body's font but draws in its own ("Open Sans",
   verdana): labels measured narrow and drawn wide were cut ("%", "00"). One font for both. */
.js-plotly-plot .plotly, #js-plotly-tester {{ font-family: {HURUF} !important; }}
@page {{ size: A4 landscape; margin: 10mm; }}
"""


def _kaki(kaki: str, contoh: bool, lang: str) -> str:
    tanda = f'<span class="contoh">{html.escape(t("pr_contoh", lang))}</span> ' if contoh else ""
    return f'<div class="kaki">{tanda}{html.escape(kaki)}</div>'


def html_laporan(
    slides: list[Slide],
    tabel: pd.DataFrame | None,
    *,
    wilayah: str,
    label_periode: str,
    kaki: str,
    contoh: bool,
    lang: str = "id",
    dibuat: date | None = None,
) -> str:
    """The whole report as one HTML string. Text from data is escaped."""
    judul = t("pr_laporan_judul", lang, wilayah=wilayah)
    bagian = [
        f"<section class='halaman'><h1>{html.escape(judul)}</h1>"
        f"<p class='judul'>{html.escape(label_periode)}</p>"
        + "".join(f"<p class='butir'>• {html.escape(s.kalimat)}</p>" for s in slides if s.kalimat)
        + (f"<p class='kaki'>{html.escape(fmt.tanggal(dibuat, lang))}</p>" if dibuat else "")
        + _kaki(kaki, contoh, lang)
        + "</section>"
    ]
    for i, s in enumerate(slides):
        fig = (
            pio.to_html(
                cetak(s.fig, TINGGI_GRAFIK - (TINGGI_CATATAN if s.catatan else 0)),
                full_html=False,
                include_plotlyjs=False,
                div_id=f"grafik-{i}",
                config={"displaylogo": False, "responsive": True, "displayModeBar": False},
            )
            if s.fig is not None
            else (f"<p>{html.escape(s.kosong or t('pr_tidak_ada', lang))}</p>")
        )
        bagian.append(
            f"<section class='halaman'><p class='judul'>{html.escape(s.judul)}</p>"
            f"<h2>{html.escape(s.kalimat)}</h2>"
            + (f"<p class='catatan'>{html.escape(s.catatan)}</p>" if s.catatan else "")
            + f"<div class='grafik'>{fig}</div>{_kaki(kaki, contoh, lang)}"
            "</section>"
        )
    if tabel is not None and len(tabel):
        bagian.append(
            f"<section class='tabel'><h2>{html.escape(t('pr_tabel_kecamatan', lang))}</h2>"
            f"{tabel.to_html(index=False, escape=True, border=0)}{_kaki(kaki, contoh, lang)}</section>"
        )
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'>"
        f"<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{html.escape(judul)}</title><style>{CSS}</style>"
        f"<script type='text/javascript'>{get_plotlyjs()}</script></head><body>"
        + "".join(bagian)
        + "</body></html>"
    )


def ke_pdf(html_path: Path, pdf_path: Path, chromium: str = "/usr/bin/chromium") -> Path:
    """Print the HTML report to PDF with headless Chromium (no network needed)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=chromium,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        # the charts are drawn at the width they are printed at: a wider window drew them wider than
        # the page and Chromium shrank the whole page to fit them
        page = b.new_page(viewport={"width": LEBAR_PX, "height": TINGGI_PX})
        page.route(
            "**/*",
            lambda r: r.continue_() if r.request.url.startswith(("file:", "data:", "blob:")) else r.abort(),
        )
        # a 5 MB page that draws every chart on load: give a busy server time (30 s ran out)
        page.goto(html_path.resolve().as_uri(), timeout=180_000)
        page.wait_for_function(
            "() => document.querySelectorAll('.js-plotly-plot').length === "
            "document.querySelectorAll('.plotly-graph-div').length",
            timeout=180_000,
        )
        page.wait_for_timeout(500)
        page.emulate_media(media="print")
        page.pdf(path=str(pdf_path), format="A4", landscape=True, print_background=True)
        b.close()
    return pdf_path


def buat_html(
    tanya,
    per,
    kecamatan: list[str],
    lang: str,
    kunci_slide: list[str],  # noqa: ANN001
    dibuat: date | None = None,
) -> str:
    """The report of a period and kecamatan, from a `tanya(name, **params)` query function."""
    from sampah import periode, presentasi

    konteks = tanya("konteks").iloc[0]
    nama = dict(tanya("wilayah_kecamatan")[["kode", "nama"]].itertuples(index=False))
    wilayah = konteks.kota if not kecamatan else ", ".join("Kec. " + nama.get(k, k) for k in kecamatan)
    slides = presentasi.dek(kunci_slide, tanya, per, kecamatan, lang, konteks.tpa, huruf=HURUF_CETAK)
    terbaru = tanya("data_terbaru").set_index("dataset").terbaru
    tgl = max(pd.Timestamp(terbaru.get(d)) for d in ("setoran", "tpa_muatan") if pd.notna(terbaru.get(d)))
    rentang = f"{fmt.tanggal(per.mulai, lang)} – {fmt.tanggal(per.selesai, lang)}"
    label = f"{periode.label(per.kunci, lang)} ({rentang})"
    kaki = t(
        "pr_kaki",
        lang,
        wilayah=wilayah,
        periode=label,
        sumber=t("pr_sumber", lang),
        tgl=fmt.tanggal(tgl.date(), lang),
    )
    kec = tanya("ringkasan_kecamatan", mulai=per.mulai, selesai=per.selesai, kecamatan=kecamatan)
    tabel = pd.DataFrame(
        {
            t("k_kecamatan", lang): kec.kecamatan,
            t("k_tpa", lang): [fmt.angka(v, 0, lang) for v in kec.ton_tpa],
            t("k_diversi", lang): [fmt.angka(v, 1, lang) for v in kec.ton_diversi],
            t("k_tingkat", lang): [fmt.persen(v, 2, lang) for v in kec.tingkat_diversi],
            t("k_pengurangan", lang): [fmt.persen(v, 2, lang) for v in kec.persen_pengurangan],
            t("k_bs", lang): [fmt.angka(v, 0, lang) for v in kec.bs_aktif],
        }
    )
    return html_laporan(
        slides,
        tabel,
        wilayah=wilayah,
        label_periode=label,
        kaki=kaki,
        contoh=bool(konteks.data_contoh),
        lang=lang,
        dibuat=dibuat,
    )


# PDFs are printed by a headless Chromium each (~7 processes, several hundred MB): one at a time per
# server, a few waiting behind it, the rest refused at once (8 tabs clicking made 54 processes)
MAKS_ANTRE = 3
TUNGGU_DETIK = 180
_cetak = threading.Lock()
_tempat = threading.BoundedSemaphore(1 + MAKS_ANTRE)
_siap: OrderedDict[str, bytes] = OrderedDict()  # the last PDFs by the sha256 of their HTML
_keadaan = {"dibuat": 0, "menunggu": 0}
_kunci_keadaan = threading.Lock()


class PdfSibuk(Exception):
    """Too many PDFs asked for at once on this server; try again in a minute."""


def antrean_pdf() -> tuple[int, int]:
    """(PDFs being printed now, PDFs waiting) on this server."""
    with _kunci_keadaan:
        return _keadaan["dibuat"], _keadaan["menunggu"]


def _ubah(k: str, d: int) -> None:
    with _kunci_keadaan:
        _keadaan[k] += d


def pdf_dari_html(isi: str, chromium: str = "/usr/bin/chromium") -> bytes:
    """PDF bytes of a report HTML string (through a temporary file, printed by Chromium): one
    Chromium at a time per server process, the same report once (kept for the next viewer)."""
    import tempfile

    kunci = hashlib.sha256(isi.encode("utf-8")).hexdigest()
    if (pdf := _siap.get(kunci)) is not None:
        return pdf
    if not _tempat.acquire(blocking=False):
        raise PdfSibuk(f"{1 + MAKS_ANTRE} PDF sedang dibuat atau menunggu")
    try:
        _ubah("menunggu", 1)
        try:
            giliran = _cetak.acquire(timeout=TUNGGU_DETIK)
        finally:
            _ubah("menunggu", -1)
        if not giliran:
            raise PdfSibuk(f"menunggu giliran lebih dari {TUNGGU_DETIK} detik")
        try:
            if (pdf := _siap.get(kunci)) is not None:  # printed for another viewer meanwhile
                return pdf
            _ubah("dibuat", 1)
            try:
                with tempfile.TemporaryDirectory() as d:
                    h = Path(d) / "laporan.html"
                    h.write_text(isi, encoding="utf-8")
                    pdf = ke_pdf(h, Path(d) / "laporan.pdf", chromium).read_bytes()
            finally:
                _ubah("dibuat", -1)
            _siap[kunci] = pdf
            while len(_siap) > 8:
                _siap.popitem(last=False)
            return pdf
        finally:
            _cetak.release()
    finally:
        _tempat.release()
