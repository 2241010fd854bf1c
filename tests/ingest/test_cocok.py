"""Names and codes in files matched to the store's codes (sampah/ingest/cocok.py)."""

from __future__ import annotations

import pytest

from sampah.ingest.cocok import Pencocok, kode_kemendagri, nama_bs_kunci


@pytest.mark.parametrize(
    "masuk,keluar",
    [("32.75.01", "32.75.01"), ("327501", "32.75.01"), ("3275011001", "32.75.01.1001"), ("32 75", "32.75")],
)
def test_kemendagri_codes_dotted(masuk, keluar):
    assert kode_kemendagri(masuk) == keluar


def test_not_a_code():
    assert kode_kemendagri("3275040") is None and kode_kemendagri("Bekasi") is None


def test_places_by_code_bps_code_or_name_whatever_the_prefix(demo_con):
    c = Pencocok(demo_con)
    kode = c.kecamatan("32.75.01")[0]
    assert kode == "32.75.01"
    assert c.kecamatan("KEC. BEKASI TIMUR")[0] == kode == c.kecamatan("Bekasi Timur")[0]
    bps = demo_con.execute("SELECT kode_bps FROM kecamatan WHERE kode = '32.75.01'").fetchone()[0]
    assert c.kecamatan(bps)[0] == kode


def test_unknown_names_refused_with_a_suggestion_never_guessed(demo_con):
    c = Pencocok(demo_con)
    kode, e, kw = c.kecamatan("Bekasi Timurr")
    assert kode is None and e == "kd_e_nama_saran" and "Bekasi Timur" in kw["saran"]
    assert c.kecamatan("Cibeunying Kidul")[:2] == (None, "kd_e_nama_tak_dikenal")
    assert c.kecamatan("32.99.01")[:2] == (None, "kd_e_kode_tak_dikenal")


def test_bank_sampah_names_without_the_words_every_unit_shares(demo_con):
    c = Pencocok(demo_con)
    bid, nama = demo_con.execute("SELECT id, nama FROM bank_sampah WHERE jenis = 'unit' LIMIT 1").fetchone()
    assert c.bank_sampah(bid)[0] == bid
    assert c.bank_sampah(nama.upper())[0] == bid
    assert nama_bs_kunci("BS Aster RW.12") == nama_bs_kunci("Bank Sampah ASTER")
