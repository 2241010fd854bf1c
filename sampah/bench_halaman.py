"""Pages in a real browser against Streamlit's own floor (issue #17), a step of `bench`.

Every page is opened in a fresh Chromium context (empty browser cache, 1366x768), with every request
to another host failing (a proxy that does not exist; loopback is exempt), and timed from navigation
start to the moment the script has finished (`stApp` in state `notRunning`) and every visible plotly
chart is drawn (its `.main-svg` has a size), read in the page's own clock on each animation frame.
In the same run, and interleaved with the pages, an empty Streamlit page (an app of one line served
by the same Streamlit with the project's `.streamlit/config.toml`) is measured the same way: the
floor; and the same page with one small plotly chart, `(plotly)`: the fixed cost of plotly.js that
every page with a chart pays (a reference beside the goal). The first round on freshly started
servers (caches empty) is reported on its own; the figures are medians of the rounds after it.

Where the time goes, from Chromium's network events (DevTools protocol):
- `muat`: navigation start to the browser's `rerun_script` (HTML, JavaScript, websocket);
- `skrip`: `rerun_script` to `script_finished` (the server running the page and sending its
  elements; on loopback, transfer is a small part); the longest pauses between two elements are
  listed with the element that ended them (the work before it is the server's);
- `gambar`: `script_finished` to charts drawn (the browser building and drawing the elements);
- bytes over HTTP, bytes over the websocket, of them plotly figure JSON.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from sampah import db, peladen

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
HALAMAN = ("ringkasan", "tren", "target-neraca", "wilayah", "presentasi", "bank-sampah", "csr", "kelola-data")
LANTAI = "(kosong)"
# The same empty page with one plotly chart of two bars: what any page with a chart pays for
# plotly.js (a 4.7 MB chunk loaded when the first chart arrives, ~1.5 s of main-thread CPU to
# evaluate here) before drawing anything of its own. A reference, not a goal.
LANTAI_PLOTLY = "(plotly)"
LANTAI_SEMUA = (LANTAI, LANTAI_PLOTLY)
KOSONG = (
    'import streamlit as st\n\nst.set_page_config(page_title="Kosong", layout="wide")\nst.write("Kosong")\n'
    'if st.query_params.get("plotly"):\n'
    "    import plotly.graph_objects as go\n\n"
    '    st.plotly_chart(go.Figure(go.Bar(x=["a", "b"], y=[1, 2])))\n'
)
GOAL_RASIO = 1.5
# In the page, on every animation frame (page clock, ms since navigation start): when the script
# state last became `notRunning`, and when k plotly charts were first drawn (`.main-svg` present and,
# unless in a closed tab, sized). Charts mount only once plotly's code has loaded, after the script.
PENCATAT_JS = """(() => {
  const s = (window.__sampah = {selesai: null, keadaan: null, digambar: {}});
  const tick = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    const k = app ? app.getAttribute('data-test-script-state') : null;
    if (k === 'notRunning' && s.keadaan !== 'notRunning') s.selesai = performance.now();
    s.keadaan = k;
    let n = 0;
    for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
      const svg = c.querySelector('.js-plotly-plot .main-svg');
      if (!svg) continue;
      const r = c.getBoundingClientRect();
      if ((r.width > 0 || r.height > 0) && svg.getBoundingClientRect().height === 0) continue;
      n++;
    }
    if (!(n in s.digambar)) s.digambar[n] = performance.now();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();"""
SIAP = '[data-testid="stApp"][data-test-script-state="notRunning"]'


def jalur(halaman: str) -> str:
    if halaman == LANTAI_PLOTLY:
        return "?plotly=1"
    return "" if halaman in ("ringkasan", LANTAI) else halaman  # the default page lives at "/"


def _label(m) -> str:  # noqa: ANN001 - ForwardMsg
    """A short name for the element a message adds: its type and its text or chart title."""
    d = m.delta
    if d.WhichOneof("type") != "new_element":
        return d.WhichOneof("type") or m.WhichOneof("type")
    el = d.new_element
    jenis = el.WhichOneof("type")
    teks = ""
    if jenis == "plotly_chart":
        with contextlib.suppress(ValueError, AttributeError, TypeError):
            judul = json.loads(el.plotly_chart.spec).get("layout", {}).get("title", {})
            teks = judul.get("text", "") if isinstance(judul, dict) else str(judul)
    elif jenis in ("heading", "markdown"):
        teks = getattr(el, jenis).body
    elif jenis in ("metric",):
        teks = el.metric.label
    teks = " ".join(str(teks).replace("#", "").split())[:40]
    return f"{jenis} '{teks}'" if teks else jenis


def _urai(kejadian: list[tuple[str, dict]], selesai_ms: float) -> dict:
    """Phases, bytes and pauses of one page load from Chromium's network events."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    t0 = t_rerun = t_selesai = None
    http = ws = figur = grafik = 0
    luar = []
    pesan: list[tuple[float, str]] = []
    for jenis, e in kejadian:
        if jenis == "req" and t0 is None and e.get("type") == "Document":
            t0 = e["timestamp"]
        elif jenis == "fin":
            http += e.get("encodedDataLength", 0)
        elif jenis == "gagal" and not e.get("local"):
            luar.append(e.get("url", ""))
        elif jenis in ("kirim", "terima"):
            r = e["response"]
            data = base64.b64decode(r["payloadData"]) if r["opcode"] == 2 else r["payloadData"].encode()
            if jenis == "kirim":
                b = BackMsg()
                with contextlib.suppress(Exception):
                    b.ParseFromString(data)
                if t_rerun is None and b.WhichOneof("type") == "rerun_script":
                    t_rerun = e["timestamp"]
                continue
            ws += len(data)
            m = ForwardMsg()
            m.ParseFromString(data)
            if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "plotly_chart":
                figur += len(m.delta.new_element.plotly_chart.spec)
                grafik += 1
            if t_rerun is not None and t_selesai is None:
                pesan.append((e["timestamp"], _label(m)))
            if m.WhichOneof("type") == "script_finished" and t_selesai is None:
                t_selesai = e["timestamp"]
    if None in (t0, t_rerun, t_selesai):
        return {"galat": "tidak ada rerun_script/script_finished di websocket"}
    total = selesai_ms / 1000
    jeda = []
    prev = t_rerun
    for t, label in pesan:
        jeda.append((round(t - prev, 3), label))
        prev = t
    jeda.sort(key=lambda x: -x[0])
    return {
        "total_s": round(total, 3),
        "muat_s": round(t_rerun - t0, 3),
        "skrip_s": round(t_selesai - t_rerun, 3),
        "gambar_s": round(max(0.0, total - (t_selesai - t0)), 3),
        "http_kb": round(http / 1024, 1),
        "ws_kb": round(ws / 1024, 1),
        "figur_kb": round(figur / 1024, 1),
        "grafik": grafik,
        "pesan": len(pesan),
        "jeda_terlama": [{"s": s, "sebelum": lbl} for s, lbl in jeda[:4]],
        "permintaan_luar": luar,
    }


def _hitung(e: dict, hitung: dict) -> None:
    """Charts sent and the end of the script, as the websocket frames arrive."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    r = e["response"]
    if r["opcode"] != 2:
        return
    m = ForwardMsg()
    m.ParseFromString(base64.b64decode(r["payloadData"]))
    if m.WhichOneof("type") == "delta" and m.delta.new_element.WhichOneof("type") == "plotly_chart":
        hitung["grafik"] += 1
    elif m.WhichOneof("type") == "script_finished":
        hitung["selesai"] = True


def buka(browser, url: str, batas_s: float = 300, pid: int | None = None) -> dict:  # noqa: ANN001
    """One page load in a fresh context; its figures (with the CPU seconds the server `pid` spent,
    a figure that other work on a shared machine does not inflate)."""
    cpu0 = peladen.cpu_detik(pid) if pid else None
    ctx = browser.new_context(viewport={"width": 1366, "height": 768}, locale="id-ID")
    ctx.add_init_script(PENCATAT_JS)
    try:
        page = ctx.new_page()
        cdp = ctx.new_cdp_session(page)
        cdp.send("Network.enable")
        kejadian: list[tuple[str, dict]] = []
        cdp.on("Network.requestWillBeSent", lambda e: kejadian.append(("req", e)))
        cdp.on("Network.loadingFinished", lambda e: kejadian.append(("fin", e)))
        cdp.on("Network.webSocketFrameSent", lambda e: kejadian.append(("kirim", e)))
        cdp.on("Network.webSocketFrameReceived", lambda e: kejadian.append(("terima", e)))
        hitung = {"grafik": 0, "selesai": False}
        cdp.on("Network.webSocketFrameReceived", lambda e: _hitung(e, hitung))
        urls: dict[str, str] = {}
        cdp.on("Network.requestWillBeSent", lambda e: urls.__setitem__(e["requestId"], e["request"]["url"]))

        def gagal(e: dict) -> None:
            u = urls.get(e["requestId"], "")
            lokal = u.startswith(("http://127.0.0.1", "http://localhost", "ws://127.0.0.1", "data:", "blob:"))
            kejadian.append(("gagal", {"url": u, "local": lokal}))

        cdp.on("Network.loadingFailed", gagal)
        page.goto(url, wait_until="commit", timeout=batas_s * 1000)
        page.wait_for_selector(SIAP, timeout=batas_s * 1000)
        batas = time.perf_counter() + 30
        while not hitung["selesai"] and time.perf_counter() < batas:  # DevTools events lag a little
            page.wait_for_timeout(10)
        n = hitung["grafik"]  # every chart the script sent
        page.wait_for_function("n => n in window.__sampah.digambar", arg=n, timeout=batas_s * 1000)
        catat = page.evaluate("window.__sampah")
        selesai_ms = max(catat["selesai"], catat["digambar"][str(n)])
        hasil = _urai(kejadian, selesai_ms)
        hasil["grafik_digambar"] = max(int(k) for k in catat["digambar"])
        if cpu0 is not None:
            hasil["server_cpu_s"] = round(peladen.cpu_detik(pid) - cpu0, 3)
        hasil["exception"] = page.locator('[data-testid="stException"]').count()
        hasil["banner_galat"] = page.locator('[data-testid="stAlertContentError"]').count()
        return hasil
    finally:
        ctx.close()


@contextlib.contextmanager
def lantai_server() -> contextlib.AbstractContextManager:
    """The empty app, served from a temp folder holding the project's Streamlit config."""
    with tempfile.TemporaryDirectory(prefix="sampah-lantai-") as tmp:
        d = Path(tmp)
        (d / ".streamlit").mkdir()
        shutil.copy(db.ROOT / ".streamlit" / "config.toml", d / ".streamlit" / "config.toml")
        (d / "kosong.py").write_text(KOSONG)
        with peladen.streamlit(None, app=d / "kosong.py", cwd=d) as p:
            yield p


def ukur(
    store: Path, ulang: int = 5, halaman: tuple[str, ...] = HALAMAN, batas_s: float = 300, cetak: bool = True
) -> dict | None:
    """Round 0 on fresh servers, then `ulang` rounds; each round opens the floor and every page."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(CHROMIUM).exists():
        return None
    semua = (*LANTAI_SEMUA, *halaman)
    hasil: dict[str, list[dict]] = {h: [] for h in semua}
    with (
        peladen.streamlit(store) as dasbor,
        lantai_server() as kosong,
        sync_playwright() as p,
    ):
        # a proxy that does not exist: every request to another host fails; loopback is exempt
        browser = p.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
            proxy={"server": "http://127.0.0.1:9", "bypass": "127.0.0.1,localhost"},
        )
        try:
            for r in range(ulang + 1):
                for h in semua:
                    srv = kosong if h in LANTAI_SEMUA else dasbor
                    satu = buka(browser, f"{srv.url}/{jalur(h)}", batas_s, srv.pid)
                    hasil[h].append(satu)
                    if cetak:
                        print(
                            f"  browser putaran {r} {h:12} {satu.get('total_s', '?')} s",
                            flush=True,
                        )
        finally:
            browser.close()
        memori = peladen.memori_mb(dasbor.pid)
    return {"ulang": ulang, "halaman": _median(hasil), "server": memori}


MEDIAN = ("total_s", "muat_s", "skrip_s", "gambar_s", "http_kb", "ws_kb", "figur_kb", "server_cpu_s")


def _median(hasil: dict[str, list[dict]]) -> dict[str, dict]:
    out = {}
    for h, runs in hasil.items():
        baik = [r for r in runs if "total_s" in r]
        if not baik:
            out[h] = {"galat": runs[0].get("galat", "?")}
            continue
        pertama, sisa = baik[0], baik[1:] or baik
        med = {
            k: round(statistics.median(r[k] for r in sisa), 3)
            for k in (
                "total_s",
                "muat_s",
                "skrip_s",
                "gambar_s",
                "http_kb",
                "ws_kb",
                "figur_kb",
                "server_cpu_s",
            )
        }
        # the pauses of the run nearest the median
        wakil = min(sisa, key=lambda r: abs(r["total_s"] - med["total_s"]))
        out[h] = {
            **med,
            "pertama_s": pertama["total_s"],
            "semua_s": [r["total_s"] for r in baik],
            "grafik": wakil["grafik"],
            "grafik_digambar": wakil["grafik_digambar"],
            "pesan": wakil["pesan"],
            "jeda_terlama": wakil["jeda_terlama"],
            "exception": max(r["exception"] for r in baik),
            "banner_galat": max(r["banner_galat"] for r in baik),
            "permintaan_luar": sorted({u for r in baik for u in r["permintaan_luar"]}),
        }
    lantai = out.get(LANTAI, {}).get("total_s")
    plotly = out.get(LANTAI_PLOTLY, {}).get("total_s")
    for v in out.values():
        if lantai and "total_s" in v:
            v["rasio_lantai"] = round(v["total_s"] / lantai, 2)
        if plotly and "total_s" in v:
            v["rasio_plotly"] = round(v["total_s"] / plotly, 2)
    return out


def tabel(h: dict) -> str:
    hal = h["halaman"]
    baris = [
        f"halaman di Chromium (konteks baru, 1366x768, tanpa internet; median {h['ulang']} putaran setelah "
        "putaran pertama): sampai skrip selesai dan grafik tergambar",
        f"{'halaman':13} {'total s':>7} {'x lantai':>8} {'tujuan':>7} {'x plotly':>8} {'pertama':>8} "
        f"{'muat':>6} {'skrip':>6} {'gambar':>6} {'CPU srv':>7} {'HTTP KB':>8} {'WS KB':>7} {'figur KB':>8} "
        f"{'grafik':>6}",
    ]
    for nama, v in hal.items():
        if "total_s" not in v:
            baris.append(f"{nama:13} galat: {v.get('galat')}")
            continue
        ok = "" if nama in LANTAI_SEMUA else ("OK" if v["rasio_lantai"] <= GOAL_RASIO else "TIDAK")
        baris.append(
            f"{nama:13} {v['total_s']:>7.2f} {v.get('rasio_lantai', 0):>7.2f}x {ok:>7} "
            f"{v.get('rasio_plotly', 0):>7.2f}x "
            f"{v['pertama_s']:>8.2f} "
            f"{v['muat_s']:>6.2f} {v['skrip_s']:>6.2f} {v['gambar_s']:>6.2f} {v['server_cpu_s']:>7.2f} "
            f"{v['http_kb']:>8.0f} "
            f"{v['ws_kb']:>7.0f} {v['figur_kb']:>8.0f} {v['grafik']:>6}"
        )
    baris.append(
        f"(lantai = halaman Streamlit kosong, diukur bergantian dalam putaran yang sama; tujuan <= "
        f"{GOAL_RASIO}x lantai; (plotly) = halaman kosong dengan satu grafik plotly dua batang, biaya tetap "
        "plotly.js yang dibayar setiap halaman bergrafik, x plotly = terhadapnya; muat = sampai browser "
        "mengirim rerun_script, skrip = sampai "
        "script_finished, gambar = sampai grafik tergambar; CPU srv = detik CPU proses server untuk halaman "
        "itu, tak terpengaruh beban lain di mesin; pertama = server baru, cache kosong)"
    )
    lambat = sorted(
        ((n, v) for n, v in hal.items() if n not in LANTAI_SEMUA and "total_s" in v),
        key=lambda x: -x[1]["total_s"],
    )[:3]
    for nama, v in lambat:
        baris.append(
            f"  {nama}: jeda terlama di server sebelum "
            + "; ".join(f"{j['sebelum']} {j['s']:.2f} s" for j in v["jeda_terlama"][:3])
        )
    return "\n".join(baris)


def rasio_maks(h: dict) -> float | None:
    r = [v["rasio_lantai"] for n, v in h["halaman"].items() if n not in LANTAI_SEMUA and "rasio_lantai" in v]
    return max(r) if r else None


if __name__ == "__main__":  # python -m sampah.bench_halaman STORE [ULANG [JSON]]
    import sys

    t = time.perf_counter()
    h = ukur(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 3)
    print(tabel(h) if h else "Chromium atau playwright tidak ada")
    if h and len(sys.argv) > 3:
        Path(sys.argv[3]).write_text(json.dumps(h, indent=2))
    print(f"({time.perf_counter() - t:.0f} s)")
