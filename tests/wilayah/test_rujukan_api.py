"""The lookup API over the shipped national reference (data/rujukan)."""

from __future__ import annotations

import time

import pandas as pd
import pytest
from kota_uji import ROOT

from sampah import padanan, rujukan
from sampah.rujukan import BukanSatu


@pytest.mark.parametrize(
    "teks, kode",
    [
        ("32.73", "32.73"),
        ("3273", "32.73"),
        ("Kota Bandung", "32.73"),
        ("KOTA BANDUNG", "32.73"),
        (" kota  bandung ", "32.73"),
        ("Kab. Bekasi", "32.16"),
        ("Kabupaten Bekasi", "32.16"),
        ("KABUPATEN BEKASI", "32.16"),
        ("3216", "32.16"),
        ("Kota Adm. Jakarta Pusat", "31.71"),
        ("KOTA JAKARTA PUSAT", "31.71"),
        ("Kota Administrasi Jakarta Pusat", "31.71"),
        ("Jakarta Pusat", "31.71"),
        ("31.71", "31.71"),
        ("Kab. Adm. Kep. Seribu", "31.01"),  # as SIPSN writes it
        ("Kota Bekasi", "32.75"),
        ("3275", "32.75"),
        ("Kabupaten Nabire", "94.01"),  # Papua Tengah since 2022: BPS 9404 under Papua
    ],
)
def test_spellings_resolve_to_one_kab_kota(teks: str, kode: str):
    assert rujukan.kabkota(teks).kode == kode


def test_the_kab_kota_carries_both_codes_and_its_kind():
    w = rujukan.kabkota("Kota Adm. Jakarta Pusat")
    assert (w.kode, w.kode_bps, w.nama, w.jenis) == (
        "31.71",
        "3173",
        "Kota Administrasi Jakarta Pusat",
        "kota",
    )
    assert rujukan.kabkota("Kab. Bekasi").jenis == "kabupaten"
    assert w.label() == "Kota Administrasi Jakarta Pusat (31.71, BPS 3173)"


def test_a_code_that_means_two_places_is_refused_with_both():
    with pytest.raises(BukanSatu) as e:  # BPS 3171 = Jakarta Selatan, Kemendagri 31.71 = Jakarta Pusat
        rujukan.kabkota("3171")
    assert e.value.kunci == "rj_kode_dua_arti"
    assert {w.kode for w in e.value.kandidat} == {"31.71", "31.74"}
    teks = e.value.teks()
    assert "Jakarta Pusat" in teks and "Jakarta Selatan" in teks and "31.71" in teks
    with pytest.raises(BukanSatu) as e:  # BPS 9404 = Nabire (94.01), Kemendagri 94.04 = Mimika
        rujukan.kabkota("9404")
    assert {w.nama for w in e.value.kandidat} == {"Kabupaten Nabire", "Kabupaten Mimika"}
    with pytest.raises(BukanSatu) as e:
        rujukan.kabkota("91.01")  # Merauke moved to 93.01; no kab/kota 91.01 in 2025
    assert e.value.kunci == "rj_kode_tidak_dikenal"


def test_a_name_of_two_places_is_refused_with_both():
    with pytest.raises(BukanSatu) as e:
        rujukan.kabkota("Bekasi")
    assert e.value.kunci == "rj_ambigu" and {w.kode for w in e.value.kandidat} == {"32.16", "32.75"}
    assert "bisa berarti lebih dari satu kab/kota" in e.value.teks()
    assert "may mean more than one" in e.value.teks("en")


def test_an_unknown_name_gets_the_nearest():
    with pytest.raises(BukanSatu) as e:
        rujukan.kabkota("Kota Bekasih")
    assert e.value.kunci == "rj_tidak_dikenal" and e.value.kandidat[0].kode == "32.75"
    with pytest.raises(BukanSatu) as e:  # renamed since the BPS list (Toba Samosir -> Toba)
        rujukan.kabkota("Toba Samosir")
    assert e.value.kunci == "rj_bps_saja" and [w.kode for w in e.value.kandidat] == ["12.12"]


def test_areas_of_a_kab_kota_with_both_codes():
    kec = rujukan.anak("32.75")
    assert len(kec) == 12 and kec.kode_bps.notna().all() and set(kec.status) == {"cocok_lokasi"}
    kel = rujukan.anak("32.75", "desa")
    assert len(kel) == 56 and kel.kode_bps.notna().sum() == 55 and set(kel.jenis) == {"kelurahan"}
    desa = rujukan.anak("32.16", "desa")  # Kabupaten Bekasi: mostly desa
    assert (desa.jenis == "desa").sum() > 150 and (desa.jenis == "kelurahan").sum() > 0
    assert list(rujukan.anak("32.75.11").nama) == list(kel[kel.induk == "32.75.11"].nama)


def test_codes_are_translated_never_reformatted():
    assert rujukan.ke_kemendagri("3275040").kode == "32.75.01"  # Bekasi Timur
    assert rujukan.ke_bps("32.75.01").kode == "3275040"
    assert rujukan.ke_kemendagri("3275040008").kode == "32.75.01.1004"  # Aren Jaya, not 32.75.04...
    assert rujukan.ke_kemendagri("1101").kode == "11.09"  # Simeulue, not 11.01 Aceh Selatan
    assert rujukan.ke_kemendagri("9107182005").status == "ambigu"  # a code of two villages
    assert rujukan.ke_kemendagri("123").status == "tidak_dikenal"
    assert rujukan.ke_bps("32.75.03.1004").status == "tidak_ada"  # Teluk Pucung: no BPS row


def test_search_within_a_parent_by_code_or_name():
    [w] = rujukan.cari("MUSTIKA JAYA", "desa", induk="32.75")
    assert (w.kode, w.kode_bps, w.nama) == ("32.75.11.1003", "3275031003", "Mustikajaya")
    assert [x.kode for x in rujukan.cari("ID3275031003", "desa")] == ["32.75.11.1003"]  # COD-AB pcode
    assert [x.kode for x in rujukan.cari("32.75.11.1003", "desa")] == ["32.75.11.1003"]
    # ten digits: BPS 3275031003 (Mustika Jaya) or Kemendagri 32.75.03.1003 (Harapanbaru)
    assert {x.kode for x in rujukan.cari("3275031003", "desa")} == {"32.75.11.1003", "32.75.03.1003"}
    assert [x.kode for x in rujukan.cari("3275031003", "desa", sistem="bps")] == ["32.75.11.1003"]
    assert rujukan.cari("Mustikajaya", "desa", induk="32.16") == []
    assert [x.kode for x in rujukan.cari("Kec. Medan Satria", "kecamatan", induk="32.75")] == ["32.75.06"]


def test_loaded_once_and_fast_afterwards():
    r = rujukan.rujukan()
    assert rujukan.rujukan() is r
    t0 = time.perf_counter()
    for s in ("Kota Bandung", "3273", "Kab. Bekasi", "31.71"):
        rujukan.kabkota(s)
    rujukan.anak("32.16", "desa")
    assert time.perf_counter() - t0 < 2.0


def test_files_are_compact_and_readme_counts_are_current():
    folder = ROOT / "data" / "rujukan"
    assert sum(f.stat().st_size for f in folder.glob("*.parquet")) < 6e6
    r = rujukan.rujukan()
    assert (r.kem.tingkat.value_counts()[["provinsi", "kabkota", "kecamatan", "desa"]].tolist()) == [
        38,
        514,
        7285,
        83762,
    ]
    assert len(r.bps) == 34 + 514 + 7215 + 80534 and r.bps.kode_bps.duplicated().sum() == 2
    readme = (folder / "README.md").read_text()
    h = padanan.hitungan(r.padanan)
    for t in ("provinsi", "kabkota", "kecamatan", "desa"):
        baris = next(b for b in readme.splitlines() if b.startswith(f"| {t} |"))
        sel = [c.strip().replace(",", "") for c in baris.strip("|").split("|")]
        assert int(sel[3]) == h.loc[t, "cocok_nama"] and int(sel[6]) == h.loc[t, "tidak_ada"], t
    assert isinstance(r.padanan, pd.DataFrame)
