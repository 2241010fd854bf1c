"""Who may write: the admin password with a limit on wrong attempts, and the OIDC allow-list.

The attempt counter lives in the store folder (`akses.sqlite`), not in the server's memory: no
message a browser can send clears it (Streamlit's `clear_cache` empties st.cache_resource), a
restart keeps it, and every server process reading the same store shares it. Attempts are counted
per client (the address the connection came from; behind a reverse proxy, uvicorn takes it from
X-Forwarded-For when the proxy's address is in FORWARDED_ALLOW_IPS), so a viewer guessing from
one machine locks that machine out, not the admin at another. Each repeated lockout of the same
client within a day lasts twice as long. Every attempt is logged with the client, never with the
password. Nothing here imports Streamlit (see sampah/ui_akses.py).
"""

from __future__ import annotations

import hmac
import logging
import sqlite3
import time
from collections.abc import Iterable
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("sampah.kelola")

BERKAS = "akses.sqlite"
MAKS_SALAH = 5  # wrong attempts allowed from one client ...
JENDELA_DETIK = 900  # ... within 15 minutes, then
KUNCI_DETIK = 300  # that client is locked for 5 minutes, doubling for each lockout within a day
KUNCI_MAKS_DETIK = 86_400
SIMPAN_DETIK = 30 * 86_400  # attempts older than this are forgotten

_SKEMA = """
CREATE TABLE IF NOT EXISTS percobaan (
    waktu REAL NOT NULL, klien TEXT NOT NULL, sesi TEXT, agen TEXT, hasil TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS percobaan_klien ON percobaan (klien, waktu);
CREATE TABLE IF NOT EXISTS kunci (klien TEXT PRIMARY KEY, sampai REAL NOT NULL, waktu REAL NOT NULL);
"""


@dataclass(frozen=True)
class Klien:
    """Who is trying: the address the lock is keyed to, and the session and browser for the log."""

    alamat: str
    sesi: str = ""
    agen: str = ""

    def __str__(self) -> str:
        return f"{self.alamat} (sesi {self.sesi[:8] or '-'}, {self.agen[:60] or '-'})"


class Penjaga:
    """The attempt counter of one store. `kini` (seconds since the epoch) is for tests."""

    def __init__(self, folder: Path | str) -> None:
        self.berkas = Path(folder) / BERKAS

    def _buka(self) -> sqlite3.Connection:
        con = sqlite3.connect(self.berkas, timeout=10, isolation_level=None)
        con.executescript(_SKEMA)
        return con

    def terkunci(self, klien: Klien, kini: float | None = None) -> int:
        """Seconds left of this client's lockout (0 = not locked)."""
        if not self.berkas.exists():
            return 0
        kini = time.time() if kini is None else kini
        with closing(self._buka()) as con:
            r = con.execute("SELECT sampai FROM kunci WHERE klien = ?", [klien.alamat]).fetchone()
        return max(0, int(r[0] - kini + 0.999)) if r else 0

    def coba(self, sandi: str, benar: str | None, klien: Klien, kini: float | None = None) -> bool:
        """Compare in constant time, count and log the attempt; False while the client is locked."""
        if not benar:
            return False
        kini = time.time() if kini is None else kini
        with closing(self._buka()) as con:
            con.execute("BEGIN IMMEDIATE")  # one attempt at a time, across server processes too
            try:
                hasil = self._coba(con, sandi, benar, klien, kini)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
        return hasil

    def _coba(self, con: sqlite3.Connection, sandi: str, benar: str, klien: Klien, kini: float) -> bool:
        con.execute("DELETE FROM percobaan WHERE waktu < ?", [kini - SIMPAN_DETIK])
        r = con.execute("SELECT sampai, waktu FROM kunci WHERE klien = ?", [klien.alamat]).fetchone()
        if r and r[0] > kini:
            self._catat(con, klien, kini, "terkunci")
            log.warning("Kelola Data: percobaan kata sandi saat terkunci dari %s", klien)
            return False
        if hmac.compare_digest(sandi.encode("utf-8"), benar.encode("utf-8")):
            self._catat(con, klien, kini, "benar")
            con.execute("DELETE FROM kunci WHERE klien = ?", [klien.alamat])
            log.info("Kelola Data: admin masuk dari %s", klien)
            return True
        self._catat(con, klien, kini, "salah")
        # wrong attempts since this client's last success or lockout, within the window
        sejak = max(kini - JENDELA_DETIK, r[1] if r else 0.0, self._terakhir(con, klien, "benar"))
        n = con.execute(
            "SELECT count(*) FROM percobaan WHERE klien = ? AND hasil = 'salah' AND waktu > ?",
            [klien.alamat, sejak],
        ).fetchone()[0]
        log.warning(
            "Kelola Data: kata sandi admin salah dari %s (%d dalam %d menit)", klien, n, JENDELA_DETIK // 60
        )
        if n >= MAKS_SALAH:
            ke = con.execute(
                "SELECT count(*) FROM percobaan WHERE klien = ? AND hasil = 'dikunci' AND waktu > ?",
                [klien.alamat, kini - 86_400],
            ).fetchone()[0]
            detik = min(KUNCI_MAKS_DETIK, KUNCI_DETIK * 2**ke)
            con.execute("INSERT OR REPLACE INTO kunci VALUES (?, ?, ?)", [klien.alamat, kini + detik, kini])
            self._catat(con, klien, kini, "dikunci")
            log.warning("Kelola Data: terlalu banyak percobaan dari %s, dikunci %d detik", klien, detik)
        return False

    def _catat(self, con: sqlite3.Connection, klien: Klien, kini: float, hasil: str) -> None:
        con.execute(
            "INSERT INTO percobaan VALUES (?, ?, ?, ?, ?)",
            [kini, klien.alamat, klien.sesi, klien.agen, hasil],
        )

    def _terakhir(self, con: sqlite3.Connection, klien: Klien, hasil: str) -> float:
        r = con.execute(
            "SELECT max(waktu) FROM percobaan WHERE klien = ? AND hasil = ?", [klien.alamat, hasil]
        ).fetchone()
        return r[0] or 0.0

    def catatan(self, n: int = 50) -> list[tuple[float, str, str, str, str]]:
        """The newest attempts (time, client, session, browser, result), for the admin."""
        if not self.berkas.exists():
            return []
        with closing(self._buka()) as con:
            return con.execute(
                "SELECT waktu, klien, sesi, agen, hasil FROM percobaan ORDER BY waktu DESC LIMIT ?", [n]
            ).fetchall()


def penulis_sah(email: str | None, daftar: Iterable[str], terverifikasi: object = True) -> bool:
    """May this OIDC identity write? `daftar` holds addresses (admin@dlh.go.id) and domains
    (@bekasikota.go.id or bekasikota.go.id). An empty list lets nobody write: logging in to the
    agency's identity provider is not, alone, permission to change the data."""
    if not email or terverifikasi is False or "@" not in str(email):
        return False
    e = str(email).strip().lower()
    domain = e.rsplit("@", 1)[1]
    for d in daftar:
        d = str(d).strip().lower()
        if d and (e == d or domain == d.lstrip("@")):
            return True
    return False


def daftar_penulis(teks: str | Iterable[str] | None) -> list[str]:
    """The allow-list from an environment variable (comma or space separated) or a secrets list."""
    if teks is None:
        return []
    bagian = teks.replace(",", " ").split() if isinstance(teks, str) else [str(x) for x in teks]
    return [b.strip() for b in bagian if b.strip()]
