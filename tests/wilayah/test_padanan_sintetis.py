"""The crosswalk on a tiny reference made here, with the traps planted: same-named places in one
kecamatan, a Kota and a Kabupaten of one name, codes that mean other places in the other system, a
BPS code given to two villages, a renamed kab/kota, a new kecamatan, spellings that differ."""

from __future__ import annotations

import geopandas as gpd
import pandas as pd
import pytest
from shapely.geometry import box

from sampah import padanan, rujukan
from sampah.rujukan import BukanSatu, kunci_nama

KEM = [  # kode, nama (Kemendagri)
    ("99", "Provinsi Uji"),
    ("99.01", "Kabupaten Sukamaju"),
    ("99.02", "Kabupaten Baru Sekali"),  # renamed since the BPS list
    ("99.71", "Kota Sukamaju"),
    ("99.01.01", "Medansatria"),
    ("99.01.02", "Ma'rang"),
    ("99.01.03", "Kecamatan Pemekaran"),  # formed after the BPS list
    ("99.71.01", "Sukamaju"),
    ("99.01.01.1001", "Sorkam Kanan"),  # a kelurahan and a desa of one name in one kecamatan
    ("99.01.01.2001", "Sorkam Kanan"),
    ("99.01.01.2002", "Mustikajaya"),
    ("99.01.01.2003", "Ujong Tanoh"),  # Acehnese spelling; BPS writes UJUNG
    ("99.01.02.2001", "Kwari"),
    ("99.01.02.2002", "Kamlin"),
    ("99.01.03.2001", "Pindah"),  # moved from Medan Satria into the new kecamatan
    ("99.01.03.2002", "Kembar"),  # twice in BPS within the kab/kota: not settled
    ("99.71.01.1001", "Sukamaju"),
]
BPS = [  # kode_bps, nama (BPS): numbered differently from Kemendagri on purpose
    ("99", "PROVINSI UJI"),
    ("9901", "KABUPATEN LAMA SEKALI"),
    ("9902", "KABUPATEN SUKAMAJU"),
    ("9971", "KOTA SUKAMAJU"),
    ("9902010", "MEDAN SATRIA"),
    ("9902020", "MA`RANG"),
    ("9971010", "SUKAMAJU"),
    ("9902010001", "SORKAM KANAN"),
    ("9902010002", "SORKAM KANAN"),
    ("9902010003", "MUSTIKA JAYA"),
    ("9902010004", "UJUNG TANOH"),
    ("9902010005", "PINDAH"),
    ("9902010006", "KEMBAR"),
    ("9902020006", "KEMBAR"),
    ("9902020001", "KWARI"),  # one code, two villages (as 9107182005 in the real source)
    ("9902020001", "KAMLIN"),
    ("9971010001", "SUKAMAJU"),
]
TINGKAT = {1: "provinsi", 2: "kabkota", 3: "kecamatan", 4: "desa"}


def _kem() -> pd.DataFrame:
    df = pd.DataFrame(KEM, columns=["kode", "nama"])
    df["tingkat"] = [TINGKAT[len(k.split("."))] for k in df.kode]
    df["induk"] = [".".join(k.split(".")[:-1]) or None for k in df.kode]
    return df


def _bps() -> pd.DataFrame:
    df = pd.DataFrame(BPS, columns=["kode_bps", "nama"])
    df["tingkat"] = df.kode_bps.str.len().map({2: "provinsi", 4: "kabkota", 7: "kecamatan", 10: "desa"})
    df["induk_bps"] = df.kode_bps.map(lambda k: {4: k[:2], 7: k[:4], 10: k[:7]}.get(len(k)))
    return df


@pytest.fixture(scope="module")
def pad() -> pd.DataFrame:
    return padanan.bangun(_kem(), _bps())


@pytest.fixture(scope="module")
def ruj(pad: pd.DataFrame) -> rujukan.Rujukan:
    return rujukan.Rujukan(_kem(), _bps(), pad)


def _baris(pad: pd.DataFrame, kode: str) -> pd.DataFrame:
    return pad[pad.kode == kode]


def test_every_area_of_both_lists_is_in_the_crosswalk(pad: pd.DataFrame):
    assert set(_kem().kode) <= set(pad.kode.dropna())
    assert set(_bps().kode_bps) <= set(pad.kode_bps.dropna())
    assert set(pad.status) <= {"cocok_nama", "cocok_lokasi", "ambigu", "tidak_ada"}


def test_pairs_by_name_within_the_parent_never_by_code(pad: pd.DataFrame, ruj: rujukan.Rujukan):
    p = pad.set_index("kode")
    assert p.kode_bps["99.01"] == "9902" and p.status["99.01"] == "cocok_nama"  # not 9901
    assert p.kode_bps["99.71"] == "9971"  # Kota and Kabupaten Sukamaju kept apart
    assert p.kode_bps["99.01.01"] == "9902010" and p.kode_bps["99.01.02"] == "9902020"  # MA`RANG
    assert p.kode_bps["99.01.01.2002"] == "9902010003" and p.dasar["99.01.01.2002"] == "nama"
    assert ruj.ke_kemendagri("9902010003").kode == "99.01.01.2002"
    assert ruj.ke_kemendagri("9901").status == "tidak_ada"  # never reformatted to 99.01


def test_same_named_places_are_listed_not_guessed(pad: pd.DataFrame, ruj: rujukan.Rujukan):
    sorkam = pad[pad.nama == "Sorkam Kanan"]
    assert len(sorkam) == 4 and set(sorkam.status) == {"ambigu"}  # every candidate pair
    assert set(sorkam.kode_bps) == {"9902010001", "9902010002"}
    t = ruj.ke_bps("99.01.01.1001")
    assert t.kode is None and t.status == "ambigu" and t.kandidat == ["9902010001", "9902010002"]
    assert [w.kode for w in ruj.cari("SORKAM KANAN", "desa", induk="99.01.01")] == [
        "99.01.01.1001",
        "99.01.01.2001",
    ]
    anak = ruj.anak("99.01", "desa").set_index("kode")
    assert anak.kode_bps.isna()["99.01.01.1001"] and "9902010002" in anak.kandidat["99.01.01.1001"]
    assert anak.jenis["99.01.01.1001"] == "kelurahan" and anak.jenis["99.01.01.2001"] == "desa"


def test_a_bps_code_given_to_two_villages_is_ambiguous(pad: pd.DataFrame, ruj: rujukan.Rujukan):
    dua = pad[pad.kode_bps == "9902020001"]
    assert len(dua) == 2 and set(dua.status) == {"ambigu"} and dua.catatan.str.contains("dua wilayah").all()
    assert ruj.ke_kemendagri("9902020001").kandidat == ["99.01.02.2001", "99.01.02.2002"]


def test_unmatched_names_get_candidates_only(pad: pd.DataFrame, ruj: rujukan.Rujukan):
    ujong = _baris(pad, "99.01.01.2003").iloc[0]
    assert ujong.status == "tidak_ada" and pd.isna(ujong.kode_bps)
    assert ujong.kandidat.startswith("9902010004 UJUNG TANOH (")  # offered, not used
    assert ruj.ke_bps("99.01.01.2003").kode is None
    baru = _baris(pad, "99.02").iloc[0]
    assert baru.status == "tidak_ada"
    bps_saja = pad[(pad.kode_bps == "9901")].iloc[0]
    assert pd.isna(bps_saja.kode) and bps_saja.status == "tidak_ada"


def test_a_new_kecamatan_takes_desa_unique_in_the_kab_kota(pad: pd.DataFrame):
    assert _baris(pad, "99.01.03").status.iloc[0] == "tidak_ada"  # no BPS kecamatan of that name
    pindah = _baris(pad, "99.01.03.2001").iloc[0]
    assert pindah.kode_bps == "9902010005" and pindah.dasar == "nama_lintas_induk"
    kembar = _baris(pad, "99.01.03.2002").iloc[0]  # two KEMBAR in the BPS kab/kota
    assert kembar.status == "tidak_ada" and pd.isna(kembar.kode_bps)


def test_kab_kota_lookup_reports_ambiguity(ruj: rujukan.Rujukan):
    assert ruj.kabkota("KAB. SUKAMAJU").kode == "99.01"
    assert ruj.kabkota("Kota Sukamaju").kode == "99.71"
    with pytest.raises(BukanSatu) as e:
        ruj.kabkota("Sukamaju")
    assert e.value.kunci == "rj_ambigu" and {w.kode for w in e.value.kandidat} == {"99.01", "99.71"}
    assert "Kabupaten Sukamaju (99.01, BPS 9902)" in e.value.teks() and "Kota Sukamaju" in e.value.teks()
    with pytest.raises(BukanSatu) as e:  # Kemendagri 99.02 = Baru Sekali, BPS 9902 = Sukamaju
        ruj.kabkota("9902")
    assert e.value.kunci == "rj_kode_dua_arti" and {w.kode for w in e.value.kandidat} == {"99.01", "99.02"}
    assert ruj.kabkota("99.02").nama == "Kabupaten Baru Sekali"
    with pytest.raises(BukanSatu) as e:  # only in the older BPS list
        ruj.kabkota("Kabupaten Lama Sekali")
    assert e.value.kunci == "rj_bps_saja" and "9901" in e.value.teks()


def _gdf(kode: dict[str, tuple[float, float]], kol: str) -> gpd.GeoDataFrame:
    """Squares of ~1 km near the equator, shifted a little so that the two lineages differ."""
    return gpd.GeoDataFrame(
        {kol: list(kode)},
        geometry=[
            box(106 + x * 0.01, y * 0.01, 106 + x * 0.01 + 0.0098, y * 0.01 + 0.0101)
            for x, y in kode.values()
        ],
        crs="EPSG:4326",
    )


def test_location_settles_what_names_cannot(pad: pd.DataFrame):
    kem = _gdf({"99.01.01.1001": (0, 0), "99.01.01.2001": (1, 0), "99.01.01.2003": (2, 0)}, "kode")
    bps = _gdf({"9902010002": (0, 0), "9902010001": (1, 0), "9902010004": (2, 0)}, "kode_bps")
    bukti = padanan.bukti_lokasi(bps, kem)
    assert len(bukti) == 3 and (bukti.iou > 0.9).all()
    p = padanan.tingkatkan_lokasi(pad, bukti, "desa", "uji")
    r = rujukan.Rujukan(_kem(), _bps(), p)
    assert r.ke_bps("99.01.01.1001").kode == "9902010002"
    assert r.ke_bps("99.01.01.2001").kode == "9902010001"
    ujong = p[p.kode == "99.01.01.2003"].iloc[0]  # different spellings, same place: by location
    assert ujong.status == "cocok_lokasi" and ujong.dasar == "lokasi" and ujong.kode_bps == "9902010004"
    assert (p.nama == "Sorkam Kanan").sum() == 2  # the ruled-out candidate pairs are gone


def test_location_for_one_of_two_leaves_the_other_unpaired(pad: pd.DataFrame):
    bukti = pd.DataFrame({"kode": ["99.01.01.1001"], "kode_bps": ["9902010002"], "iou": [0.9]})
    p = padanan.tingkatkan_lokasi(pad, bukti, "desa", "uji")
    r = rujukan.Rujukan(_kem(), _bps(), p)
    assert r.ke_bps("99.01.01.1001").kode == "9902010002"
    # the pair left over is still only a candidate: location did not look at it
    assert r.ke_bps("99.01.01.2001") == rujukan.Terjemahan(None, "ambigu", ["9902010001"])
    assert set(_kem().kode) <= set(p.kode.dropna()) and set(_bps().kode_bps) <= set(p.kode_bps.dropna())


@pytest.mark.parametrize(
    "a, b",
    [
        ("KEC. MEDAN SATRIA", "Medansatria"),
        ("MA`RANG", "Ma'rang"),
        ("MAGEÁBUME", "Mageabume"),
        ("Kota Adm. Jakarta Pusat", "KOTA JAKARTA PUSAT"),
        ("Kota Administrasi Jakarta Pusat", "kota  jakarta pusat"),
        ("Kab. Adm. Kep. Seribu", "KABUPATEN KEPULAUAN SERIBU"),
        ("Kab. Bekasi", "KABUPATEN BEKASI"),
        ("DKI JAKARTA", "Daerah Khusus Ibukota Jakarta"),
        ("DI YOGYAKARTA", "Daerah Istimewa Yogyakarta"),
        ("Kel. Mustika Jaya", "MUSTIKAJAYA"),
    ],
)
def test_name_key(a: str, b: str):
    assert kunci_nama(a) == kunci_nama(b) != ""


def test_name_key_keeps_kota_and_kabupaten_apart():
    assert kunci_nama("Kota Bekasi", "kabkota") != kunci_nama("Kabupaten Bekasi", "kabkota")
    assert kunci_nama("Kabupaten Kepahiang", "kabkota") == "kabupatenkepahiang"  # 'kep' inside a word
