"""The crosswalk on Kota Bekasi: the hand-checked BPS codes, 55 of 56 kelurahan, and confirmation by
the boundaries of two lineages (HDX/BPS 2020 and Kemendagri/cahyadsn)."""

from __future__ import annotations

import pandas as pd
import pytest
from kota_uji import ROOT, SHARED, perlu_real, perlu_shared

from sampah import padanan, rujukan
from sampah.rujukan import COCOK

BEKASI_KEC = pd.read_csv(ROOT / "data" / "wilayah" / "kota_bekasi_kecamatan.csv", dtype=str)
BEKASI_KEL = pd.read_csv(ROOT / "data" / "wilayah" / "kota_bekasi_kelurahan.csv", dtype=str)


def _bekasi(p: pd.DataFrame, tingkat: str) -> pd.DataFrame:
    return p[(p.tingkat == tingkat) & p.kode.fillna("").str.startswith("32.75.")]


def _periksa(p: pd.DataFrame) -> None:
    kec = _bekasi(p, "kecamatan")
    pas = kec[kec.status.isin(COCOK)].set_index("kode").kode_bps
    assert len(pas) == 12
    assert pas.to_dict() == dict(zip(BEKASI_KEC.kode, BEKASI_KEC.kode_bps))  # 12 of 12
    kel = _bekasi(p, "desa")
    assert set(kel.kode) == set(BEKASI_KEL.kode)
    cocok = kel[kel.status.isin(COCOK)]
    assert len(cocok) == 55 and cocok.kode.is_unique and cocok.kode_bps.is_unique
    assert cocok.kode_bps.str[:7].map(lambda k: k in set(BEKASI_KEC.kode_bps)).all()
    # each kelurahan under the BPS counterpart of its own kecamatan
    kec_bps = dict(zip(BEKASI_KEC.kode, BEKASI_KEC.kode_bps))
    assert (cocok.kode_bps.str[:7] == cocok.kode.str[:8].map(kec_bps)).all()
    sisa = kel[~kel.status.isin(COCOK)]
    assert list(sisa.nama) == ["Teluk Pucung"] and list(sisa.status) == ["tidak_ada"]
    assert sisa.kode_bps.isna().all()
    spasi = cocok.set_index("nama").nama_bps
    assert spasi["Mustikajaya"] == "MUSTIKA JAYA" and spasi["Bekasijaya"] == "BEKASI JAYA"


def test_shipped_crosswalk_reproduces_the_hand_checked_codes():
    _periksa(rujukan.rujukan().padanan)
    teluk = rujukan.rujukan().wilayah("32.75.03.1004")
    assert teluk.nama == "Teluk Pucung" and teluk.kode_bps is None and teluk.status == "tidak_ada"


@pytest.fixture(scope="module")
def jabar() -> pd.DataFrame:
    """The crosswalk rebuilt from the shared CSVs for Jawa Barat alone (the whole country takes ~40 s)."""
    kem = padanan.baca_sumber(SHARED / "wilayah" / "kemendagri_wilayah_2025.csv")
    bps = padanan.baca_sumber(SHARED / "wilayah" / "bps_wilayah.csv")
    return padanan.bangun(kem[kem.kode.str.startswith("32")], bps[bps.kode_bps.str.startswith("32")])


@perlu_shared
def test_builder_from_the_source_files(jabar: pd.DataFrame):
    # by name alone: the same 12 + 55 pairs, not yet confirmed by location
    p = jabar.assign(status=jabar.status.replace("cocok_lokasi", "cocok_nama"))
    _periksa(p)
    assert set(_bekasi(jabar, "desa").status) == {"cocok_nama", "tidak_ada"}
    # the shipped file holds the same pairs for the whole province
    kirim = rujukan.rujukan().padanan
    kirim = kirim[kirim.kode.fillna("").str.startswith("32") & kirim.status.isin(COCOK)]
    sendiri = jabar[jabar.status.isin(COCOK)]
    assert set(zip(kirim.kode, kirim.kode_bps)) == set(zip(sendiri.kode, sendiri.kode_bps))


def _bukti():
    import geopandas as gpd

    hdx = gpd.read_file(SHARED / "real" / "hdx_kota_bekasi_kelurahan_bps2020.geojson")
    hdx["kode_bps"] = hdx.village_code.str.removeprefix("id")
    kem = gpd.read_file(SHARED / "real" / "geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson")
    return hdx, kem


@perlu_real
@perlu_shared
def test_location_confirms_the_name_pairs(jabar: pd.DataFrame):
    hdx, kem = _bukti()
    bukti = padanan.bukti_lokasi(hdx, kem)
    assert len(bukti) == 56 and bukti.iou.min() > 0.5  # every HDX polygon finds its Kemendagri twin
    p = padanan.tingkatkan_lokasi(jabar, bukti, "desa", "hdx x cahyadsn")
    kel = _bekasi(p, "desa")
    assert (kel.status == "cocok_lokasi").sum() == 55 and (kel.dasar == "nama+lokasi").sum() == 55
    assert kel.bukti.dropna().str.startswith("IoU ").all()
    teluk = kel[kel.nama == "Teluk Pucung"].iloc[0]
    # HDX (BPS 2020) knows Teluk Pucung; the BPS reference does not: noted, not paired
    assert teluk.status == "tidak_ada" and "3275070005" in teluk.catatan
    assert len(p) == len(jabar)


@perlu_real
@perlu_shared
def test_location_against_a_name_pair_makes_it_ambiguous(jabar: pd.DataFrame):
    hdx, kem = _bukti()
    # two Kemendagri polygons swapped: location now says Bekasijaya is where BPS puts Margahayu
    a, b = kem.index[kem.kode == "32.75.01.1001"][0], kem.index[kem.kode == "32.75.01.1002"][0]
    kem.loc[[a, b], "kode"] = ["32.75.01.1002", "32.75.01.1001"]
    p = padanan.tingkatkan_lokasi(jabar, padanan.bukti_lokasi(hdx, kem), "desa", "uji")
    kel = _bekasi(p, "desa").set_index("kode")
    for kode in ("32.75.01.1001", "32.75.01.1002"):
        assert kel.status[kode] == "ambigu" and "lokasi menunjuk" in kel.catatan[kode]
    assert (kel.status == "cocok_lokasi").sum() == 53
    r = rujukan.rujukan()
    assert rujukan.Rujukan(r.kem, r.bps, p).ke_bps("32.75.01.1001").status == "ambigu"


@perlu_real
def test_kecamatan_confirmed_by_dissolved_kelurahan():
    import geopandas as gpd

    hdx, _ = _bukti()
    hdx_kec = hdx.assign(kode_bps=hdx.district_code.str.removeprefix("id")).dissolve("kode_bps").reset_index()
    kec = gpd.read_file(SHARED / "real" / "geo_kota_bekasi_kecamatan_kemendagri_cahyadsn.geojson")
    bukti = padanan.bukti_lokasi(hdx_kec, kec)
    assert dict(zip(bukti.kode, bukti.kode_bps)) == dict(zip(BEKASI_KEC.kode, BEKASI_KEC.kode_bps))
