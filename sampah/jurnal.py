"""The store's history (`store/riwayat.jsonl`): every import (loaded, refused, repeated, failed),
undo, migration, setting and restore, one JSON line each, and what follows from it: which version each
version was built on (the undo chain that pruning keeps) and the repair of a history that a kill
left behind CURRENT.

An entry that moves CURRENT is written (and fsync'ed) before CURRENT is switched, so a kill between
the two leaves an entry whose switch never happened, never live rows without an entry. `rukunkan`
finds that case at the next write and notes it; it also rebuilds the entry of an import that an
older release switched to but did not log (from the version's own `impor` table).

Nothing here imports Streamlit or opens a version for writing.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pandas as pd

BERKAS = "riwayat.jsonl"
# actions that point CURRENT at another version ("versi"), away from "versi_dasar"
PINDAH = ("impor", "batal", "migrasi", "setel", "pulihkan", "tidak_terbit")
# versions made on top of another that undo passes through (carrying the schema and the settings)
LEWAT = ("migrasi", "setel")


def sekarang() -> str:
    return datetime.now().isoformat(timespec="seconds")


def tulis(store: Path, entri: dict) -> None:
    """Append one entry and fsync it. A line torn by a kill is closed first, so it stays one bad
    line that readers skip instead of swallowing the next entry."""
    f = Path(store) / BERKAS
    baris = json.dumps(entri, ensure_ascii=False, default=str) + "\n"
    with open(f, "a+b") as fh:
        if fh.tell() > 0:
            fh.seek(-1, os.SEEK_END)
            if fh.read(1) != b"\n":
                baris = "\n" + baris
        fh.write(baris.encode("utf-8"))
        fh.flush()
        os.fsync(fh.fileno())


def baca(store: Path) -> list[dict]:
    """Every entry, oldest first; lines that are not whole JSON objects (torn by a kill) are skipped."""
    f = Path(store) / BERKAS
    try:
        teks = f.read_bytes().decode("utf-8", errors="replace")
    except FileNotFoundError:
        return []
    out = []
    for baris in teks.splitlines():
        try:
            e = json.loads(baris)
        except ValueError:
            continue
        if isinstance(e, dict):
            out.append(e)
    return out


def dimuat(e: dict) -> bool:
    """An import that produced a version (entries of older releases carry no status)."""
    return e.get("aksi") == "impor" and e.get("status", "dimuat") == "dimuat" and bool(e.get("versi"))


@dataclass(frozen=True)
class Asal:
    """How a version was made: by an import, a migration or a setting, on top of `dasar`."""

    aksi: str  # impor | migrasi | setel
    dasar: str | None
    entri: dict


def asal(entri: list[dict]) -> dict[str, Asal]:
    out: dict[str, Asal] = {}
    for e in entri:
        if dimuat(e) or (e.get("aksi") in LEWAT and e.get("versi")):
            out[e["versi"]] = Asal(e["aksi"], e.get("versi_dasar"), e)
    return out


def rantai(entri: list[dict], kini: str | None, langkah: int) -> list[str]:
    """The versions `langkah` undo steps from `kini` go back through: each import's base, and the
    versions a migration or a setting was made from (undo passes through them). `kini` first."""
    a = asal(entri)
    out, x, n = [], kini, 0
    while x and x not in out:
        out.append(x)
        e = a.get(x)
        if e is None:
            break
        if e.aksi == "impor":
            if n == langkah:
                break
            n += 1
        x = e.dasar
    return out


def punya_impor(store: Path) -> bool:
    """Has anything but the sample generator ever written this store?"""
    return any(dimuat(e) or e.get("aksi") in ("migrasi", "setel", "batal", "pulihkan") for e in baca(store))


def rukunkan(store: Path, kini: str | None, versi: Path) -> list[dict]:
    """Bring the history in line with CURRENT (`kini`) after a kill; call with the writer lock held.
    Returns the entries it added."""
    entri = baca(store)
    tambah: list[dict] = []
    pindah = [e for e in entri if e.get("aksi") in PINDAH and e.get("versi")]
    akhir = pindah[-1] if pindah else None
    if akhir and kini and akhir["versi"] != kini and akhir.get("versi_dasar") == kini:
        # written, then killed before CURRENT moved: viewers never saw it; say so once
        tambah.append(
            {
                "waktu": sekarang(),
                "aksi": "tidak_terbit",
                "status": "tidak_terbit",
                "id": akhir.get("id"),
                "dataset": akhir.get("dataset"),
                "nama_file": akhir.get("nama_file"),
                "oleh": "rukunkan",
                "versi": kini,
                "versi_dasar": akhir["versi"],
                "catatan": f"{akhir.get('aksi')} terhenti sebelum CURRENT dipindah",
            }
        )
    elif kini and not any(e.get("versi") == kini for e in pindah) and (versi / kini).exists():
        e = _impor_tanpa_riwayat(versi / kini, {x.get("id") for x in entri if x.get("aksi") == "impor"})
        if e is not None:  # switched by an older release, then killed before it logged
            tambah.append({**e, "versi": kini, "oleh": e.get("oleh") or "?", "catatan": "dari tabel impor"})
    for e in tambah:
        tulis(store, e)
    return tambah


def _impor_tanpa_riwayat(f: Path, dikenal: set) -> dict | None:
    try:
        con = duckdb.connect(str(f), read_only=True)
    except duckdb.Error:
        return None
    try:
        r = con.execute(
            "SELECT id, dataset, nama_file, sha256, baris_dibaca, baris_dimuat, baris_ditolak, oleh, "
            "versi_dasar, selesai FROM impor ORDER BY id DESC LIMIT 1"
        ).fetchone()
    except duckdb.Error:  # an older version without versi_dasar: nothing to rebuild from
        return None
    finally:
        con.close()
    if r is None or r[0] in dikenal or not r[8]:
        return None
    return {
        "waktu": str(r[9])[:19].replace(" ", "T") if r[9] else sekarang(),
        "aksi": "impor",
        "status": "dimuat",
        "id": r[0],
        "dataset": r[1],
        "nama_file": r[2],
        "sha256": r[3],
        "dibaca": r[4],
        "dimuat": r[5],
        "ditolak": r[6],
        "oleh": r[7],
        "versi_dasar": r[8],
    }


# the columns of the history log; people see all but the base version
KOLOM_RIWAYAT = (
    "waktu",
    "aksi",
    "status",
    "id",
    "dataset",
    "nama_file",
    "dibaca",
    "dimuat",
    "diperbarui",
    "sudah_ada",
    "ditolak",
    "pencilan",
    "keputusan",
    "nilai_berubah",
    "oleh",
    "alasan",
    "versi",
    "versi_dasar",
)
TAMPIL_RIWAYAT = KOLOM_RIWAYAT[:-1]


def riwayat(store: Path) -> pd.DataFrame:
    """Every import (loaded, refused, repeated, failed), undo, migration and restore of a store,
    newest first. An import whose switch of CURRENT never happened shows status 'tidak_terbit'."""
    entri = baca(store)
    if not entri:
        return pd.DataFrame(columns=list(KOLOM_RIWAYAT))
    tidak = {e.get("versi_dasar") for e in entri if e.get("aksi") == "tidak_terbit"}
    for e in entri:
        e.setdefault("status", "dimuat" if e.get("aksi") == "impor" else "selesai")
        if e.get("aksi") == "impor" and e.get("versi") in tidak:
            e["status"] = "tidak_terbit"
    df = pd.DataFrame(entri).iloc[::-1].reset_index(drop=True)
    for c in KOLOM_RIWAYAT:
        if c not in df:
            df[c] = None
    for c in ("id", "dibaca", "dimuat", "diperbarui", "sudah_ada", "ditolak", "pencilan", "nilai_berubah"):
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("Int64")
    return df
