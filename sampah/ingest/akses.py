"""Who may write: the admin password (constant-time comparison) with a limit on wrong attempts.
The limit is per server process, so opening a new browser tab does not reset it."""

from __future__ import annotations

import hmac
import logging
import threading
import time

log = logging.getLogger("sampah.kelola")

MAKS_SALAH = 5  # wrong attempts allowed ...
JENDELA_DETIK = 900  # ... within 15 minutes, then
KUNCI_DETIK = 300  # writing is locked for 5 minutes


class Penjaga:
    def __init__(self) -> None:
        self._salah: list[float] = []
        self._kunci_sampai = 0.0
        self._mutex = threading.Lock()

    def terkunci(self, kini: float | None = None) -> int:
        """Seconds left of a lockout (0 = not locked)."""
        kini = kini or time.monotonic()
        return max(0, int(self._kunci_sampai - kini + 0.999))

    def coba(self, sandi: str, benar: str | None, kini: float | None = None) -> bool:
        kini = kini or time.monotonic()
        with self._mutex:
            if not benar or self.terkunci(kini):
                return False
            ok = hmac.compare_digest(sandi.encode("utf-8"), benar.encode("utf-8"))
            if ok:
                self._salah.clear()
                return True
            self._salah = [w for w in self._salah if kini - w < JENDELA_DETIK] + [kini]
            log.warning(
                "Kelola Data: kata sandi admin salah (%d dalam %d menit)",
                len(self._salah),
                JENDELA_DETIK // 60,
            )
            if len(self._salah) >= MAKS_SALAH:
                self._kunci_sampai = kini + KUNCI_DETIK
                self._salah.clear()
                log.warning("Kelola Data: terlalu banyak percobaan, dikunci %d detik", KUNCI_DETIK)
            return False
