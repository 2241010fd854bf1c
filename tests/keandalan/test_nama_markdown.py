"""Names from the data are text, never markdown (issue #12, item 6): a kecamatan named
`![px](http://host/p.png)` put a real <img> in page titles and every viewer's browser fetched it.

Every text column a page can show (kota, kecamatan, kelurahan, TPA, bank sampah, companies,
programmes, facilities, SIPSN names and sources) carries a markdown image, a link, a colour
directive and LaTeX. AppTest: no markdown-rendered field of any element on any page holds the raw
payload (titles, captions, alerts, metric labels and tooltips, widget labels and help, expander and
tab labels). Chromium: every page of a real server, no request to another host, no <img> but the
app's own."""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlparse

import duckdb
import pytest
from halaman_app import buka
from keandalan_alat import CHROMIUM, lapor, server

from sampah import db, ringkas

GAMBAR = "![px](http://contoh.invalid/p.png)"
RACUN = f"{GAMBAR} [klik](http://contoh.invalid/a) :red[merah] $x^2$ **tebal** "
HALAMAN = ["ringkasan", "tren", "target_neraca", "wilayah", "presentasi", "bank_sampah", "csr", "kelola_data"]
KOLOM = {  # table: text columns shown on some page
    "kota": ("nama", "provinsi"),
    "kecamatan": ("nama",),
    "kelurahan": ("nama",),
    "tpa": ("nama",),
    "bank_sampah": ("nama",),
    "csr_proyek": ("perusahaan", "program", "bidang", "keluaran"),
    "pengolahan": ("fasilitas", "jenis_fasilitas"),
    "sipsn": ("sumber",),
    "target": ("sumber",),
    "penduduk": ("sumber",),
}
# fields of an element's protobuf that Streamlit renders as markdown
MARKDOWN = {"body", "label", "help", "delta_description", "description", "caption", "title"}


def _racun(con: duckdb.DuckDBPyConnection) -> None:
    for tabel, kolom in KOLOM.items():
        for k in kolom:
            con.execute(f"UPDATE {tabel} SET {k} = ? || coalesce({k}, '')", [RACUN])
    # the city's own SIPSN row keeps matching the city (sipsn_banding compares names)
    con.execute(
        "UPDATE sipsn SET kabkota = ? || kabkota WHERE kabkota <> (SELECT min(nama) FROM kota)", [RACUN]
    )


@pytest.fixture(scope="module")
def store_md(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    s = tmp_path_factory.mktemp("md") / "store"
    shutil.copytree(demo_store, s)
    # the summaries are rebuilt as every real write does, so the names reach the SIPSN facts too
    db.publish(s, _racun, base=db.configured_source(str(s)).current_file(), finish=ringkas.segarkan)
    return s


def _kec(store: Path) -> str:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute("SELECT min(kode) FROM kecamatan").fetchone()[0]
    finally:
        con.close()


def _medan_markdown(pesan, jalur: str = "") -> list[tuple[str, str]]:  # noqa: ANN001 - protobuf
    """(path, text) of every markdown-rendered string field in a protobuf message, recursively."""
    out = []
    for f, v in pesan.ListFields():
        nama = f"{jalur}.{f.name}"
        daftar = (
            v if not isinstance(v, str) and hasattr(v, "__len__") and not hasattr(v, "ListFields") else [v]
        )
        if f.type == f.TYPE_MESSAGE:
            for m in daftar:
                out += _medan_markdown(m, nama)
        elif f.type == f.TYPE_STRING and (f.name in MARKDOWN or f.name == "labels"):  # labels: st.tabs
            out += [(nama, s) for s in daftar]
    return out


def _semua(node) -> list:  # noqa: ANN001 - AppTest node
    out = [node]
    for c in getattr(node, "children", {}).values():
        out += _semua(c)
    return out


def _mentah(at) -> list[tuple[str, str, str]]:  # noqa: ANN001
    """(element type, field, text) where the payload reaches a markdown field unescaped."""
    temuan = []
    for n in _semua(at._tree):
        proto = getattr(n, "proto", None)
        if proto is None or n.type in ("arrow_data_frame", "plotly_chart", "html", "iframe"):
            continue
        for medan, s in _medan_markdown(proto):
            if GAMBAR in s or "](http://contoh.invalid" in s:
                temuan.append((n.type, medan, s[:120]))
    return temuan


@pytest.mark.parametrize("satu_kec", [False, True], ids=["kota", "satu_kecamatan"])
def test_names_with_markdown_are_text_on_every_page(store_md: Path, monkeypatch, satu_kec: bool):
    url = {"kec": _kec(store_md), "periode": "2026"} if satu_kec else {"periode": "2026"}
    temuan = {}
    for hal in HALAMAN:
        at = buka(store_md, monkeypatch, None if hal == "ringkasan" else hal, **url)
        if m := _mentah(at):
            temuan[hal] = m
    for hal, m in temuan.items():
        print("MENTAH", hal, *m, sep="\n  ")
    assert temuan == {}, list(temuan)
    lapor(f"nama_markdown_apptest_{'kec' if satu_kec else 'kota'}", halaman=len(HALAMAN), mentah=0)


if not Path(CHROMIUM).exists():  # the AppTest above still runs without a browser
    pytest.skip("Debian chromium not installed", allow_module_level=True)


def test_names_with_markdown_fetch_nothing_in_chromium(store_md: Path):
    """Pages in a real browser: no request to another host, no <img> pointing elsewhere."""
    from playwright.sync_api import sync_playwright

    kec = _kec(store_md)
    luar, gambar, teks = [], {}, {}
    with server(store_md) as url, sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = b.new_page(viewport={"width": 1300, "height": 900})

        def route(r):  # noqa: ANN001
            host = urlparse(r.request.url).hostname or ""
            if r.request.url.startswith(("data:", "blob:")) or host in ("127.0.0.1", "localhost"):
                return r.continue_()
            luar.append(r.request.url)
            return r.abort()

        page.route("**/*", route)
        # the pages whose titles carried the image (the load test visits all seven with these names)
        for hal in ("ringkasan", "tren", "presentasi", "bank-sampah", "csr"):
            page.goto(f"{url}/{hal}?kec={kec}&periode=2026", wait_until="domcontentloaded")
            page.wait_for_selector(
                '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=180_000
            )
            page.wait_for_timeout(500)
            gambar[hal] = page.eval_on_selector_all(
                "img", "els => els.map(e => e.src).filter(s => s.includes('contoh.invalid'))"
            )
            teks[hal] = page.inner_text("body")
        b.close()
    lapor("nama_markdown_chromium", halaman=len(gambar), permintaan_luar=len(luar))
    assert luar == [], luar[:5]
    assert all(not v for v in gambar.values()), gambar
    # the name is shown, as the text it is
    assert "![px](http://contoh.invalid/p.png)" in teks["ringkasan"], teks["ringkasan"][:500]
