"""Load generator that speaks Streamlit's own protocol (issue #17): many viewers open pages at once,
without a browser, so that what is measured is the server alone.

Each session does what a browser does when a link is opened: GET the page (through a proxy, its
cookie pins the process), open the websocket `/_stcore/stream`, send a `BackMsg.rerun_script` with
the page's name and query string, and read `ForwardMsg`s until `script_finished`. Counted as errors:
an exception element, an error banner (`st.error`), "page not found", a run that did not finish
successfully, a closed connection and a timeout.

    python -m sampah beban --store /tmp/big --sesi 20,50,100 --proses 1,2

starts the processes (1, then 2 behind HAProxy with `deploy/haproxy.cfg`), warms each process's
cache with one visit per page, then sends the waves; `--url` measures a server already running.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

import numpy as np

HALAMAN = ("ringkasan", "tren", "target-neraca", "wilayah", "presentasi", "bank-sampah", "csr", "kelola-data")
BAWAAN = "ringkasan"  # the default page lives at "/": "/ringkasan" answers "page not found" first
GOAL = {"sesi": 100, "p95_s": 10.0, "galat": 0}


@dataclass
class Buka:
    """One page opened by one session."""

    halaman: str
    detik: float | None = None  # from the page request to `script_finished`; None = never finished
    galat: list[str] = field(default_factory=list)
    kb: float = 0.0  # websocket bytes received
    server: str = ""  # the process that served it (HAProxy's X-Sampah-Server), "" without a proxy
    elemen: int = 0  # elements the script sent
    judul: list[str] = field(default_factory=list)  # its headings, to tell which page ran


async def _get(url: str, cookie: str = "") -> tuple[int, list[tuple[str, str]]]:
    """A plain HTTP/1.1 GET (status, headers): the page request a browser makes before its websocket."""
    u = urlparse(url)
    reader, writer = await asyncio.open_connection(u.hostname, u.port or 80)
    try:
        kepala = f"GET {u.path or '/'}{'?' + u.query if u.query else ''} HTTP/1.1\r\nHost: {u.netloc}\r\n"
        kepala += (f"Cookie: {cookie}\r\n" if cookie else "") + "Connection: close\r\n\r\n"
        writer.write(kepala.encode())
        await writer.drain()
        data = await reader.read()  # Connection: close - the body ends with the stream
    finally:
        writer.close()
        with contextlib.suppress(OSError):
            await writer.wait_closed()
    baris = data.split(b"\r\n\r\n", 1)[0].decode("latin-1").split("\r\n")
    status = int(baris[0].split()[1])
    return status, [
        (k.strip().lower(), v.strip()) for k, v in (b.split(":", 1) for b in baris[1:] if ":" in b)
    ]


def jalur(halaman: str) -> str:
    """The page's URL path as a shared link has it."""
    return "" if halaman == BAWAAN else halaman


def back_msg(url_dasar: str, halaman: str, query: str = "") -> bytes:
    """The `rerun_script` a browser sends when it opens `url_dasar/halaman?query` (as Chromium sent
    it, read from its websocket frames: page name from the path, no page hash, no widget state)."""
    from streamlit.proto.BackMsg_pb2 import BackMsg
    from streamlit.proto.ClientState_pb2 import ContextInfo

    m = BackMsg()
    s = m.rerun_script
    s.query_string = query
    s.page_name = jalur(halaman)
    s.widget_states.SetInParent()
    s.context_info.CopyFrom(
        ContextInfo(
            timezone="Asia/Jakarta",
            timezone_offset=-420,
            locale="id-ID",
            url=f"{url_dasar}/{jalur(halaman)}",
            is_embedded=False,
            color_scheme="light",
        )
    )
    return m.SerializeToString()


def _galat_delta(m) -> str | None:  # noqa: ANN001 - ForwardMsg
    from streamlit.proto.Alert_pb2 import Alert

    if m.delta.WhichOneof("type") != "new_element":
        return None
    el = m.delta.new_element
    jenis = el.WhichOneof("type")
    if jenis == "exception":
        return f"exception: {el.exception.type}: {el.exception.message[:120]}"
    if jenis == "alert" and el.alert.format == Alert.ERROR:
        return f"banner galat: {el.alert.body[:120]}"
    return None


async def buka(url_dasar: str, halaman: str, query: str = "", batas_s: float = 300) -> Buka:
    """Open one page as a new viewer and wait for the script to finish."""
    import websockets
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    hasil = Buka(halaman)
    t0 = time.perf_counter()
    akhir = t0 + batas_s
    try:
        status, kepala = await asyncio.wait_for(
            _get(f"{url_dasar}/{jalur(halaman)}{'?' + query if query else ''}"), batas_s
        )
        if status != 200:
            hasil.galat.append(f"HTTP {status}")
            return hasil
        cookie = "; ".join(v.split(";", 1)[0] for k, v in kepala if k == "set-cookie")
        hasil.server = next((v for k, v in kepala if k == "x-sampah-server"), "")
        async with websockets.connect(
            url_dasar.replace("http", "ws", 1) + "/_stcore/stream",
            subprotocols=["streamlit"],
            origin=url_dasar,
            additional_headers={"Cookie": cookie} if cookie else None,
            max_size=None,
            proxy=None,
            # a browser never pings; the client library's own keepalive would close a connection
            # whose server is merely busy (no pong within 20 s) and count it against the server
            ping_interval=None,
            open_timeout=max(1.0, akhir - time.perf_counter()),
        ) as ws:
            await ws.send(back_msg(url_dasar, halaman, query))
            n = 0
            while True:
                data = await asyncio.wait_for(ws.recv(), max(0.01, akhir - time.perf_counter()))
                n += len(data)
                m = ForwardMsg()
                m.ParseFromString(data)
                jenis = m.WhichOneof("type")
                if jenis == "delta":
                    if g := _galat_delta(m):
                        hasil.galat.append(g)
                    el = m.delta.new_element
                    if m.delta.WhichOneof("type") == "new_element":
                        hasil.elemen += 1
                        if el.WhichOneof("type") == "heading":
                            hasil.judul.append(el.heading.body)
                elif jenis == "page_not_found":
                    hasil.galat.append(f"halaman tidak ditemukan: {halaman}")
                elif jenis == "script_finished":
                    if m.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                        continue  # the page asked for a rerun (st.rerun): the next run counts
                    if m.script_finished != ForwardMsg.FINISHED_SUCCESSFULLY:
                        hasil.galat.append(f"skrip selesai dengan status {m.script_finished}")
                    hasil.detik = time.perf_counter() - t0
                    hasil.kb = n / 1024
                    break
    except TimeoutError:
        hasil.galat.append(f"batas waktu {batas_s:.0f} s")
    except websockets.ConnectionClosed as e:
        kode = f"server {e.rcvd.code}" if e.rcvd else f"klien {e.sent.code}" if e.sent else "tanpa kode"
        hasil.galat.append(f"koneksi terputus ({kode})")
    except (OSError, websockets.InvalidHandshake) as e:
        hasil.galat.append(f"koneksi gagal: {type(e).__name__}: {e}")
    return hasil


async def gelombang(
    url: str, n: int, halaman: tuple[str, ...] = HALAMAN, query: str = "", batas_s: float = 300
) -> list[Buka]:
    """`n` new viewers at once, session i opening page i mod len(halaman)."""
    return list(
        await asyncio.gather(*(buka(url, halaman[i % len(halaman)], query, batas_s) for i in range(n)))
    )


def ringkas(buka_: list[Buka], dinding_s: float) -> dict:
    detik = [b.detik for b in buka_ if b.detik is not None and not b.galat]
    galat: dict[str, int] = {}
    for b in buka_:
        for g in b.galat:
            jenis = g.split(":")[0].split(" (")[0]
            galat[jenis] = galat.get(jenis, 0) + 1
    per_halaman = {}
    for h in dict.fromkeys(b.halaman for b in buka_):
        d = [b.detik for b in buka_ if b.halaman == h and b.detik is not None]
        if d:
            per_halaman[h] = round(statistics.median(d), 2)
    return {
        "sesi": len(buka_),
        "selesai": len(detik),
        "p50_s": round(float(np.percentile(detik, 50)), 2) if detik else None,
        "p95_s": round(float(np.percentile(detik, 95)), 2) if detik else None,
        "maks_s": round(max(detik), 2) if detik else None,
        "galat": sum(len(b.galat) for b in buka_),
        "galat_jenis": galat,
        "contoh_galat": sorted({g for b in buka_ for g in b.galat})[:5],
        "dinding_s": round(dinding_s, 2),
        "halaman_per_s": round(len(buka_) / dinding_s, 2) if dinding_s else None,
        "kb_per_halaman": round(statistics.mean(b.kb for b in buka_ if b.detik), 1) if detik else None,
        "per_halaman_p50_s": per_halaman,
        "per_proses": {s: sum(1 for b in buka_ if b.server == s) for s in sorted({b.server for b in buka_})},
    }


def jalankan_gelombang(
    url: str, n: int, pids: list[int], halaman: tuple[str, ...] = HALAMAN, batas_s: float = 300
) -> dict:
    """One wave, with the CPU the server processes and this generator used while it ran."""
    from sampah import peladen

    cpu0 = sum(peladen.cpu_detik(p) for p in pids)
    kami0 = time.process_time()
    t = time.perf_counter()
    hasil = asyncio.run(gelombang(url, n, halaman, batas_s=batas_s))
    dinding = time.perf_counter() - t
    out = ringkas(hasil, dinding)
    if pids:
        cpu = sum(peladen.cpu_detik(p) for p in pids) - cpu0
        out["cpu_server_inti"] = round(cpu / dinding, 2)
        # what one page costs the servers, whatever else the machine is doing: n pages at once on
        # c free cores take about n x this / c seconds
        out["cpu_server_s_per_halaman"] = round(cpu / n, 3)
    out["cpu_pembangkit_inti"] = round((time.process_time() - kami0) / dinding, 2)
    return out


def panaskan(urls: list[str], halaman: tuple[str, ...] = HALAMAN) -> dict[str, float | None]:
    """One visit per page on each process (each has its own cache), as after a server start: the
    first visit's time per page (of the first process) is reported beside the waves."""
    pertama: dict[str, float | None] = {}
    for i, u in enumerate(urls):
        for h in halaman:
            b = asyncio.run(buka(u, h))
            if i == 0:
                pertama[h] = round(b.detik, 2) if b.detik is not None else None
    return pertama


def ukur(
    store: Path,
    sesi: tuple[int, ...] = (20, 50, 100),
    proses: tuple[int, ...] = (1, 2),
    halaman: tuple[str, ...] = HALAMAN,
    batas_s: float = 300,
    cetak: bool = True,
) -> dict:
    """The waves against 1, 2 ... processes on `store`, each through HAProxy when it is installed (so
    that 1 and 2 processes take the same path), else 1 process directly."""
    from sampah import peladen

    ada_proxy = peladen.haproxy_ada() is not None
    out: dict = {"proxy": "haproxy" if ada_proxy else None, "tujuan": GOAL, "proses": []}
    for k in proses:
        if k > 1 and not ada_proxy:
            out["proses"].append({"proses": k, "dilewati": "haproxy tidak terpasang"})
            continue
        with contextlib.ExitStack() as tumpuk:
            ps = tumpuk.enter_context(peladen.banyak(store, k))
            url = tumpuk.enter_context(peladen.haproxy([p.url for p in ps])) if ada_proxy else ps[0].url
            pertama = panaskan([p.url for p in ps], halaman)
            baris = {"proses": k, "pemanasan_s": pertama, "gelombang": []}
            for n in sesi:
                g = jalankan_gelombang(url, n, [p.pid for p in ps], halaman, batas_s)
                baris["gelombang"].append(g)
                if cetak:
                    print(baris_tabel(k, g), flush=True)
            baris["memori"] = [peladen.memori_mb(p.pid) for p in ps]
        out["proses"].append(baris)
    return out


JUDUL = (
    f"{'proses':>6} {'sesi':>5} {'p50 s':>7} {'p95 s':>7} {'maks s':>7} {'galat':>6} {'dinding s':>9} "
    f"{'hal/s':>6} {'CPU server':>10} {'CPU s/hal':>9} {'KB/hal':>7}"
)


def baris_tabel(k: int, g: dict) -> str:
    def f(x: float | None) -> str:
        return f"{x:7.2f}" if x is not None else f"{'-':>7}"

    return (
        f"{k:>6} {g['sesi']:>5} {f(g['p50_s'])} {f(g['p95_s'])} {f(g['maks_s'])} {g['galat']:>6} "
        f"{g['dinding_s']:>9.1f} {g['halaman_per_s']:>6.2f} "
        f"{(str(g.get('cpu_server_inti', '-')) + ' inti'):>10} {g.get('cpu_server_s_per_halaman', 0):>9.2f} "
        f"{g['kb_per_halaman'] or 0:>7.0f}"
    )


def tabel(h: dict) -> str:
    g = h["tujuan"]
    baris = [
        "beban: sesi baru serentak lewat protokol Streamlit (websocket, tanpa browser), tiap sesi membuka "
        "1 halaman, halaman bergiliran; waktu = minta halaman sampai skrip selesai",
        f"tujuan: {g['sesi']} sesi, p95 <= {g['p95_s']:g} s, {g['galat']} galat; "
        f"jalur: {h['proxy'] or 'langsung (tanpa haproxy)'}",
        JUDUL,
    ]
    for p in h["proses"]:
        if "dilewati" in p:
            baris.append(f"{p['proses']:>6}  dilewati: {p['dilewati']}")
            continue
        baris += [baris_tabel(p["proses"], w) for w in p["gelombang"]]
    for p in h["proses"]:
        if p.get("gelombang"):
            w = p["gelombang"][-1]
            baris.append(
                f"  {p['proses']} proses, {w['sesi']} sesi, median per halaman (s): "
                + ", ".join(f"{k} {v}" for k, v in w["per_halaman_p50_s"].items())
                + (f"; galat: {w['galat_jenis']}" if w["galat"] else "")
            )
            baris.append(
                "  kunjungan pertama (cache kosong) s: "
                + ", ".join(f"{k} {v}" for k, v in p["pemanasan_s"].items())
            )
    akhir = [(p["proses"], w) for p in h["proses"] for w in p.get("gelombang", []) if w["sesi"] >= g["sesi"]]
    for k, w in akhir:
        ok = w["p95_s"] is not None and w["p95_s"] <= g["p95_s"] and w["galat"] <= g["galat"]
        baris.append(
            f"  {k} proses, {w['sesi']} sesi: p95 {w['p95_s']} s (tujuan <= {g['p95_s']:g}), "
            f"galat {w['galat']} -> {'OK' if ok else 'TIDAK'}"
        )
    return "\n".join(baris)


def _perintah(args: argparse.Namespace) -> None:
    sesi = tuple(int(x) for x in args.sesi.split(","))
    halaman = tuple(args.halaman.split(",")) if args.halaman else HALAMAN
    if args.url:
        print(JUDUL)
        hasil: dict = {
            "url": args.url,
            "proxy": None,
            "tujuan": GOAL,
            "proses": [{"proses": 1, "gelombang": []}],
        }
        for n in sesi:
            g = jalankan_gelombang(args.url.rstrip("/"), n, [], halaman, args.batas)
            hasil["proses"][0]["gelombang"].append(g)
            print(baris_tabel(1, g), flush=True)
    else:
        from sampah import db

        store = db.configured_source(args.store).path
        print(JUDUL)
        hasil = ukur(store, sesi, tuple(int(x) for x in args.proses.split(",")), halaman, args.batas)
        print(tabel(hasil))
    if args.json:
        Path(args.json).write_text(json.dumps(hasil, indent=2, default=str))


def daftar(sub: argparse._SubParsersAction) -> None:
    b = sub.add_parser("beban", help="uji beban: banyak sesi membuka halaman serentak (protokol Streamlit)")
    b.add_argument("--store", help="penyimpanan yang dilayani (bawaan: $SAMPAH_DB atau data/demo)")
    b.add_argument("--url", help="ukur server yang sudah berjalan di URL ini (tanpa menjalankan proses)")
    b.add_argument("--sesi", default="20,50,100", help="jumlah sesi per gelombang (bawaan 20,50,100)")
    b.add_argument("--proses", default="1,2", help="jumlah proses streamlit di belakang haproxy (bawaan 1,2)")
    b.add_argument("--halaman", help=f"halaman, dipisah koma (bawaan semua: {','.join(HALAMAN)})")
    b.add_argument("--batas", type=float, default=300, help="batas waktu per halaman, detik (bawaan 300)")
    b.add_argument("--json", help="simpan hasil sebagai JSON")
    b.set_defaults(func=_perintah)
