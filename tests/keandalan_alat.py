"""Helpers of the reliability tests (tests/keandalan/): row counts of a
store, a snapshot of its files, a `streamlit run` server, and one figures line per test.

Every reliability test prints a line `KEANDALAN <test>: key=value ...`; `pytest -s -k keandalan`
shows them, and the README's reliability table quotes them."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jalur import ROOT

from sampah import db, peladen

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
TABEL = (
    "setoran",
    "tpa_muatan",
    "bank_sampah",
    "pengolahan",
    "csr_proyek",
    "kecamatan",
    "kelurahan",
    "penduduk",
    "target",
    "impor",
)


def hitung(store: Path | str, berkas: Path | None = None) -> dict[str, int]:
    """Rows per table of the current version (or of `berkas`)."""
    f = berkas or db.configured_source(str(store)).current_file()
    con = db.connect_readonly(f)
    try:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABEL}
    finally:
        con.close()


def potret(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under `folder` with its size and mtime: equal snapshots = nothing was written."""
    return {
        str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != ".lock"
    }


def sisa_temp(store: Path) -> list[str]:
    """Files in versions/ that are neither a version nor the checksum of one (sampah.db.sidik)."""
    return sorted(
        p.name
        for p in (store / "versions").glob("*")
        if not p.name.endswith(".duckdb")
        and not (p.suffix == ".sha256" and p.with_suffix(".duckdb").exists())
    )


def cli(*args: str, store: Path, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sampah", *args, "--store", str(store)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def rekap_tpa(
    path: Path,
    hari: int = 20,
    kec: tuple[str, ...] = ("Mustikajaya", "Bekasi Utara"),
    ton: float = 150,
    bulan: str = "2024-03",
) -> int:
    """A weighbridge summary CSV of `hari` days x `kec`; returns the number of rows. The default is a
    plausible kecamatan day (Kota Bekasi: ~1,800 t/day over 12 kecamatan): since #14 a value far from
    its history or above 3 kg per resident per day is held, not loaded (sampah/ingest/wajar.py)."""
    path.write_text(
        "tanggal,kecamatan,ton\n"
        + "".join(f"{bulan}-{d:02d},{k},{ton}\n" for d in range(1, hari + 1) for k in kec)
    )
    return hari * len(kec)


class Alamat(str):
    """A server's URL, with the process id (its memory is read from /proc/<pid>/status)."""

    pid: int = 0


@contextmanager
def server(store: Path, *extra: str, env: dict | None = None, log: Path | None = None) -> Iterator[str]:
    """`streamlit run dashboard.py` on a free loopback port reading `store` (sampah/peladen.py, the
    launcher the measurements use too); yields its URL with the process id."""
    with peladen.streamlit(store, env=env, log=log, extra=extra) as p:
        url = Alamat(p.url)
        url.pid = p.pid
        yield url


def lapor(judul: str, **angka: object) -> str:
    baris = f"KEANDALAN {judul}: " + " ".join(f"{k}={v}" for k, v in angka.items())
    print(baris)
    return baris
