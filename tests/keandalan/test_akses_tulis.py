"""Write access a viewer can neither reset nor deny (issue #12, item 3).

Before: the attempt counter lived in st.cache_resource, which Streamlit's `clear_cache` message
empties for any client that sends it (40 guesses in 22.8 s, no lockout); the lock, when reached,
locked everyone out, the real admin included; a restart cleared it; the log named no client.
Now: the counter is a file in the store, per client address; a raw websocket client sending
clear_cache between guesses is locked after 5, the admin at another address logs in, the lock
outlives a restart, and every attempt is logged with the client, never with the password. OIDC
writers need an allow-list."""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest
from keandalan_alat import lapor, server
from ws_streamlit import Sesi, isian, picu

from sampah import akses, db

SANDI = "Rahasia-DLH-2026"
PENONTON, ADMIN = "203.0.113.7", "198.51.100.9"


# ---- the counter itself ---------------------------------------------------------------------------


def test_lock_is_per_client_survives_a_restart_and_doubles(tmp_path: Path, caplog):
    caplog.set_level(logging.INFO, logger="sampah.kelola")
    a, b = akses.Klien(PENONTON, "sesi-a", "curl/8"), akses.Klien(ADMIN, "sesi-b", "Firefox")
    j = akses.Penjaga(tmp_path)
    t0 = 1_800_000_000.0
    for i in range(akses.MAKS_SALAH):
        assert not j.coba("tebakan", SANDI, a, kini=t0 + i)
    assert j.terkunci(a, t0 + 5) > 0 and j.terkunci(b, t0 + 5) == 0
    assert not j.coba(SANDI, SANDI, a, kini=t0 + 6)  # even the right password waits out the lock
    assert j.coba(SANDI, SANDI, b, kini=t0 + 6)  # the admin elsewhere is not locked out
    j2 = akses.Penjaga(tmp_path)  # a restarted server (or a second process) reads the same file
    assert j2.terkunci(a, t0 + 7) == pytest.approx(akses.KUNCI_DETIK - 2, abs=1)
    # a second lockout of the same client within a day lasts twice as long
    t1 = t0 + 5 + akses.KUNCI_DETIK + 1
    for i in range(akses.MAKS_SALAH):
        assert not j2.coba("lagi", SANDI, a, kini=t1 + i)
    assert j2.terkunci(a, t1 + 5) == pytest.approx(2 * akses.KUNCI_DETIK - 1, abs=1)
    assert j2.coba(SANDI, SANDI, a, kini=t1 + 5 + 2 * akses.KUNCI_DETIK)
    log = [r.getMessage() for r in caplog.records if r.name == "sampah.kelola"]
    assert sum("salah dari 203.0.113.7 (sesi sesi-a, curl/8)" in m for m in log) == 2 * akses.MAKS_SALAH
    assert any("admin masuk dari 198.51.100.9" in m for m in log)
    assert not any(SANDI in m or "tebakan" in m for m in log)  # never the password, right or wrong
    hasil = [r[4] for r in j2.catatan(100)]
    assert hasil.count("dikunci") == 2 and hasil.count("benar") == 2 and hasil.count("terkunci") == 1


def test_wrong_attempts_before_a_success_do_not_count_after_it(tmp_path: Path):
    j, a = akses.Penjaga(tmp_path), akses.Klien(ADMIN)
    t0 = 1_800_000_000.0
    for i in range(akses.MAKS_SALAH - 1):
        j.coba("typo", SANDI, a, kini=t0 + i)
    assert j.coba(SANDI, SANDI, a, kini=t0 + 10)
    assert not j.coba("typo", SANDI, a, kini=t0 + 11)
    assert j.terkunci(a, t0 + 12) == 0


@pytest.mark.parametrize(
    ("email", "daftar", "boleh"),
    [
        ("kabid@bekasikota.go.id", ["@bekasikota.go.id"], True),
        ("Kabid@BekasiKota.go.id", ["bekasikota.go.id"], True),
        ("admin@dlh.go.id", ["admin@dlh.go.id"], True),
        ("siapa@gmail.com", ["@bekasikota.go.id", "admin@dlh.go.id"], False),
        ("x@bekasikota.go.id.evil.com", ["@bekasikota.go.id"], False),
        ("kabid@bekasikota.go.id", [], False),  # no list: logging in is not permission to write
        (None, ["@bekasikota.go.id"], False),
    ],
)
def test_oidc_writers_need_the_allow_list(email, daftar, boleh):
    assert akses.penulis_sah(email, daftar) is boleh


def test_oidc_unverified_email_and_list_parsing():
    assert not akses.penulis_sah("kabid@bekasikota.go.id", ["@bekasikota.go.id"], terverifikasi=False)
    assert akses.daftar_penulis("a@x.go.id, @y.go.id  z.go.id") == ["a@x.go.id", "@y.go.id", "z.go.id"]
    assert akses.daftar_penulis(["a@x.go.id"]) == ["a@x.go.id"] and akses.daftar_penulis(None) == []


# ---- a real server, a raw websocket client ------------------------------------------------------------


def _tebak(s: Sesi, sandi: str) -> list[str]:
    """Submit the login form with `sandi` as forged widget states; the alerts drawn after."""
    if not s.ada("kd_sandi"):
        s.jalankan()
    s.jalankan([isian(s.id("kd_sandi"), sandi), picu(s.id_kirim())])
    return s.teks("alert")


def test_clear_cache_from_a_raw_websocket_neither_resets_the_lock_nor_locks_out_the_admin(
    demo_store: Path, tmp_path: Path
):
    store = tmp_path / "store"
    shutil.copytree(demo_store, store)
    log = tmp_path / "server.log"
    env = {"SAMPAH_ADMIN_PASSWORD": SANDI}
    tebakan, t0 = 0, time.perf_counter()
    with server(store, env=env, log=log) as url:
        with Sesi(url, "kelola-data", xff=PENONTON) as v:
            v.jalankan()
            hasil = []
            for i in range(3 * akses.MAKS_SALAH):
                v.clear_cache()  # what reset the counter before
                hasil.append(_tebak(v, f"tebakan-{i}"))
                tebakan += 1
                if any("Terlalu banyak" in a for a in hasil[-1]):
                    break
            assert any("Terlalu banyak" in a for a in hasil[-1]), hasil
            assert tebakan == akses.MAKS_SALAH, tebakan  # locked at the 5th, clear_cache or not
            assert "Terlalu banyak" in " ".join(_tebak(v, SANDI))  # the right password waits too
            assert v.id("kd_file") and not v.ada("kd_muat")
        with Sesi(url, "kelola-data", xff=ADMIN) as a:  # the admin, at another address
            a.jalankan()
            _tebak(a, SANDI)
            assert any("Masuk sebagai admin" in c for c in a.teks("markdown")), a.teks("markdown")
            uploader = next(e.proto for e in a.elemen if e.jenis == "file_uploader")
            assert not uploader.disabled
    detik = time.perf_counter() - t0
    with server(store, env=env, log=log) as url, Sesi(url, "kelola-data", xff=PENONTON) as v:
        v.jalankan()
        setelah_restart = _tebak(v, SANDI)
    assert any("Terlalu banyak" in a for a in setelah_restart), setelah_restart
    teks = log.read_text(errors="replace")
    assert teks.count(f"kata sandi admin salah dari {PENONTON}") == akses.MAKS_SALAH
    assert "clear_cache dari sesi" in teks and "ditolak" in teks
    assert f"admin masuk dari {ADMIN}" in teks
    assert SANDI not in teks and "tebakan-" not in teks
    assert (store / akses.BERKAS).exists() and db.configured_source(str(store)).current_file()
    lapor(
        "akses_clear_cache",
        tebakan_sampai_kunci=tebakan,
        clear_cache_dikirim=tebakan,
        admin_lain_masuk="ya",
        kunci_setelah_restart="ya",
        detik=round(detik, 1),
    )
