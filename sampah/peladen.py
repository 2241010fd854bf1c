"""Servers for the measurements (issue #17): `streamlit run` processes on free loopback ports, HAProxy
in front of several of them with the repo's own `deploy/haproxy.cfg`, and the CPU seconds a process
has used (to tell a server that is busy from one that waits)."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sampah import db

HAPROXY_CFG = db.ROOT / "deploy" / "haproxy.cfg"


@dataclass
class Proses:
    url: str
    proc: subprocess.Popen

    @property
    def pid(self) -> int:
        return self.proc.pid


def port_bebas() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def tunggu_sehat(url: str, batas_s: float = 90) -> None:
    """Wait for Streamlit's (or the proxy's) health endpoint to answer 200."""
    batas = time.time() + batas_s
    while time.time() < batas:
        with contextlib.suppress(OSError):
            if urllib.request.urlopen(url + "/_stcore/health", timeout=2).status == 200:
                return
        time.sleep(0.3)
    raise RuntimeError(f"{url} tidak menjawab /_stcore/health dalam {batas_s:.0f} s")


def _hentikan(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@contextlib.contextmanager
def streamlit(
    store: Path | None,
    app: Path | None = None,
    cwd: Path | None = None,
    env: dict | None = None,
    log: Path | None = None,
    extra: tuple[str, ...] = (),
) -> Iterator[Proses]:
    """`streamlit run app` (the dashboard by default) on a free loopback port, reading `store`;
    stopped when the block ends. `cwd` decides which `.streamlit/config.toml` applies; `extra` are
    further `streamlit run` options. The output goes to `log` when given (never to an unread pipe,
    which blocks a chatty server)."""
    port = port_bebas()
    keluaran = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "streamlit",
            "run",
            str(app or db.ROOT / "dashboard.py"),
            "--server.port",
            str(port),
            "--server.address",
            "127.0.0.1",
            "--server.headless",
            "true",
            "--browser.gatherUsageStats",
            "false",
            *extra,
        ],
        cwd=cwd or db.ROOT,
        env={**os.environ, **({db.ENV_VAR: str(store)} if store else {}), **(env or {})},
        stdout=keluaran,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        tunggu_sehat(url)
        yield Proses(url, proc)
    finally:
        _hentikan(proc)
        if log:
            keluaran.close()


@contextlib.contextmanager
def banyak(store: Path, n: int, env: dict | None = None) -> Iterator[list[Proses]]:
    """`n` dashboard processes on the same store."""
    with contextlib.ExitStack() as tumpuk:
        yield [tumpuk.enter_context(streamlit(store, env=env)) for _ in range(n)]


def haproxy_ada() -> str | None:
    return shutil.which("haproxy") or next(
        (p for p in ("/usr/sbin/haproxy", "/usr/bin/haproxy") if Path(p).exists()), None
    )


@contextlib.contextmanager
def haproxy(hulu: list[str], cfg: Path = HAPROXY_CFG) -> Iterator[str]:
    """HAProxy with the repo's config, listening on a free loopback port and sending to the
    processes at `hulu` (URLs). The config names its processes `${SAMPAH_S1-...}`, `${SAMPAH_S2-...}`;
    fewer processes than names fill them in turn (one process behind both lines keeps the same path
    through the proxy for a 1-process measurement)."""
    exe = haproxy_ada()
    if exe is None:
        raise RuntimeError("haproxy tidak terpasang (apt-get install haproxy)")
    nama = sorted(set(re.findall(r"^\s*server\s.*\$\{(SAMPAH_S\d+)", cfg.read_text(), re.M)))
    if len(hulu) > len(nama):
        raise ValueError(f"{cfg} menamai {len(nama)} proses; tambahkan baris `server` untuk {len(hulu)}")
    port = port_bebas()
    env = {**os.environ, "SAMPAH_BIND": f"127.0.0.1:{port}"}
    for i, n in enumerate(nama):
        env[n] = hulu[i % len(hulu)].split("//", 1)[1]
    with tempfile.TemporaryDirectory(prefix="sampah-haproxy-") as tmp:
        # -db: stay in the foreground (stopped with the block), pid file in the temp folder
        proc = subprocess.Popen(
            [exe, "-db", "-f", str(cfg), "-p", str(Path(tmp) / "haproxy.pid")],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            try:
                tunggu_sehat(url, 30)
                _tunggu_hulu_sehat(url, len(nama))
            except RuntimeError as e:
                if proc.poll() is not None:
                    raise RuntimeError(proc.stderr.read().decode(errors="replace")) from e
                raise
            yield url
        finally:
            _hentikan(proc)
            proc.stderr.close()


def _tunggu_hulu_sehat(url: str, n: int, batas_s: float = 30) -> None:
    """Wait until the proxy has sent requests to each of its `n` servers (its X-Sampah-Server header
    names them), so a measurement never starts while a server is still marked down."""
    dilihat: set[str] = set()
    batas = time.time() + batas_s
    while time.time() < batas and len(dilihat) < n:
        with contextlib.suppress(OSError):
            r = urllib.request.urlopen(url + "/_stcore/health", timeout=2)
            dilihat.add(r.headers.get("X-Sampah-Server", ""))
        time.sleep(0.1)
    if len(dilihat) < n:
        raise RuntimeError(f"HAProxy meneruskan ke {sorted(dilihat)}, bukan {n} proses")


def cpu_detik(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux /proc)."""
    bidang = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(bidang[11]) + int(bidang[12])) / os.sysconf("SC_CLK_TCK")


def memori_mb(pid: int) -> dict[str, float]:
    kb = {
        ln.split(":")[0]: int(ln.split()[1])
        for ln in Path(f"/proc/{pid}/status").read_text().splitlines()
        if ln.startswith(("VmHWM", "VmRSS"))
    }
    return {"puncak_mb": round(kb["VmHWM"] / 1024, 1), "rss_mb": round(kb["VmRSS"] / 1024, 1)}
