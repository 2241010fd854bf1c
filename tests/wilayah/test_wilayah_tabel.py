"""`import wilayah` of one-area-per-row tables (#13 item 6, sampah/batas/daftar.py): the project's
own data/wilayah/*.csv, the national reference layouts (Kemendagri kode/nama/tingkat/induk, BPS
kode_bps/nama/tingkat/induk_bps) and plain `kode` tables, as CSV (comma and semicolon) and XLSX,
with columns reordered, renamed in other case and padded with extra columns. Traps: BPS codes that
look like Kemendagri codes, a code whose name is another area's, a parent column naming another
kecamatan, a kelurahan whose kecamatan is unknown, a level column contradicting the code, a BPS
code beside the Kemendagri one that the crosswalk pairs otherwise, a latitude off the map, rows of
another kab/kota."""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
import pytest
from keandalan_alat import cli
from kota_uji import ROOT, kueri

from sampah import rujukan
from sampah.ingest import muat

WIL = ROOT / "data" / "wilayah"
BERKAS = {t: WIL / f"kota_bekasi_{t}.csv" for t in ("kota", "kecamatan", "kelurahan")}


def _store(tmp: Path, nama: str = "s") -> Path:
    s = tmp / nama
    muat.init(s)
    return s


def _impor(store: Path, data: bytes, nama: str) -> muat.HasilImpor:
    return muat.impor(store, "wilayah", data, nama, oleh="uji")


def _bytes(df: pd.DataFrame, bentuk: str) -> tuple[bytes, str]:
    """A frame as the kind of file a DLH has: csv, csv with ';' and decimal commas, or xlsx."""
    if bentuk == "xlsx":
        b = io.BytesIO()
        df.to_excel(b, index=False)
        return b.getvalue(), "wilayah.xlsx"
    if bentuk == "csv_titikkoma":
        isi = df.astype(object).map(lambda v: str(v).replace(".", ",") if isinstance(v, float) else v)
        return isi.to_csv(index=False, sep=";").encode(), "wilayah.csv"
    return df.to_csv(index=False).encode(), "wilayah.csv"


def _baca(path: Path) -> pd.DataFrame:
    """A project CSV: codes as text, measures as numbers."""
    df = pd.read_csv(path, dtype=str)
    for k in ("luas_km2", "lat", "lon"):
        if k in df:
            df[k] = df[k].astype(float)
    return df


def _varian(df: pd.DataFrame, v: str) -> pd.DataFrame:
    """Column order reversed, headers in capitals, extra columns (a note, a row number)."""
    if v == "urutan":
        return df[df.columns[::-1]]
    if v == "huruf":
        return df.rename(columns=str.upper)
    if v == "tambahan":
        return df.assign(keterangan="sumber: DLH", no=range(1, len(df) + 1))[
            ["no", *df.columns, "keterangan"]
        ]
    return df


def _isi(store: Path) -> dict[str, list[tuple]]:
    return {
        "kota": kueri(store, "SELECT kode, kode_bps, nama, provinsi, luas_km2, jumlah_rw FROM kota"),
        "kecamatan": kueri(
            store, "SELECT kode, kode_bps, kota_kode, nama, luas_km2, lat, lon FROM kecamatan ORDER BY kode"
        ),
        "kelurahan": kueri(
            store,
            "SELECT kode, kode_bps, kecamatan_kode, nama, luas_km2, lat, lon FROM kelurahan ORDER BY kode",
        ),
        "tpa": kueri(store, "SELECT nama, kota_kode, kelurahan_kode FROM tpa"),
    }


@pytest.fixture(scope="module")
def acuan(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[tuple]]:
    """The store the project's three files make, through the command line, in reverse order on
    one line; the same command again changes nothing."""
    s = _store(tmp_path_factory.mktemp("wilayah_acuan"))
    perintah = ("import", "wilayah", str(BERKAS["kelurahan"]), str(BERKAS["kecamatan"]), str(BERKAS["kota"]))
    r = cli(*perintah, store=s)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "12 baris baru" in r.stdout and "56 baris baru" in r.stdout, r.stdout
    isi = _isi(s)
    versi = sorted(p.name for p in (s / "versions").glob("*.duckdb"))
    r2 = cli(*perintah, store=s)
    assert r2.returncode == 0, r2.stdout + r2.stderr
    assert "baris baru" not in r2.stdout.replace("Tidak ada baris baru", ""), r2.stdout
    assert _isi(s) == isi
    assert sorted(p.name for p in (s / "versions").glob("*.duckdb")) == versi  # no new version
    return isi


def test_file_proyek_lewat_perintah(acuan: dict[str, list[tuple]]) -> None:
    kota, kec, kel = acuan["kota"], acuan["kecamatan"], acuan["kelurahan"]
    assert kota == [("32.75", "3275", "Kota Bekasi", "Jawa Barat", 210.49, 1018)]
    assert len(kec) == 12 and len(kel) == 56
    bps = dict((k[0], k[1]) for k in kec)
    assert bps["32.75.01"] == "3275040"  # the file's hand-checked BPS code, never 327501
    assert all(r[2] == r[0][:8] for r in kel)
    # the file's own kode_bps agrees with the crosswalk for every kecamatan
    csv = pd.read_csv(BERKAS["kecamatan"], dtype=str)
    assert bps == dict(zip(csv.kode, csv.kode_bps))
    # the landfill of the kota file, on its kelurahan (imported after the kota: the reference knows it)
    assert acuan["tpa"] == [("TPA Sumur Batu", "32.75", "32.75.07.1008")]


@pytest.mark.parametrize("bentuk", ["csv", "csv_titikkoma", "xlsx"])
@pytest.mark.parametrize("varian", ["asli", "urutan", "huruf", "tambahan"])
def test_varian_file_proyek(tmp_path: Path, acuan: dict, bentuk: str, varian: str) -> None:
    """The same three tables in other clothes give the same store."""
    s = _store(tmp_path)
    for t in ("kota", "kecamatan", "kelurahan"):
        df = _varian(_baca(BERKAS[t]), varian)
        data, nama = _bytes(df, bentuk)
        lap = _impor(s, data, f"{t}_{nama}")
        assert lap.status == "dimuat" and lap.ditolak == 0, (
            t,
            lap.teks(),
            lap.persiapan and lap.persiapan.ditolak(),
        )
    assert _isi(s) == acuan


def _kem(kota: str = "32.75") -> pd.DataFrame:
    """A Kemendagri-style extract (kode, nama, tingkat, induk) of one kab/kota with its province row,
    from the shipped reference (the layout of kemendagri_wilayah_2025.csv)."""
    k = rujukan.rujukan().kem
    pilih = (k.kode == kota[:2]) | (k.kode == kota) | k.kode.str.startswith(kota + ".")
    return k[pilih][["kode", "nama", "tingkat", "induk"]].reset_index(drop=True)


def _bps(kota: str = "3275") -> pd.DataFrame:
    b = rujukan.rujukan().bps
    return b[b.kode_bps.str.startswith(kota)][["kode_bps", "nama", "tingkat", "induk_bps"]].reset_index(
        drop=True
    )


@pytest.mark.parametrize("bentuk", ["csv", "csv_titikkoma", "xlsx"])
def test_rujukan_kemendagri(tmp_path: Path, acuan: dict, bentuk: str) -> None:
    s = _store(tmp_path)
    data, nama = _bytes(_varian(_kem(), "huruf"), bentuk)
    lap = _impor(s, data, nama)
    assert lap.status == "dimuat", lap.teks()
    assert lap.ditolak == 0 and lap.baru == 1 + 12 + 56
    assert any(k == "wt_c_provinsi" for k, _ in lap.persiapan.catatan)
    isi = _isi(s)
    assert [r[0] for r in isi["kelurahan"]] == [r[0] for r in acuan["kelurahan"]]
    assert [r[3] for r in isi["kecamatan"]] == [r[3] for r in acuan["kecamatan"]]
    # BPS codes from the crosswalk, where it pairs: Teluk Pucung has none (BPS lists 55 kelurahan)
    assert sum(r[1] is None for r in isi["kelurahan"]) == 1


@pytest.mark.parametrize("bentuk", ["csv", "xlsx"])
def test_rujukan_bps_lewat_padanan(tmp_path: Path, bentuk: str) -> None:
    """BPS rows are placed through the crosswalk: 3275040 is 32.75.01 Bekasi Timur, and a BPS
    kelurahan code is never reformatted (3275011001 is Jatikarya, not 32.75.01.1001 Bekasijaya)."""
    s = _store(tmp_path)
    data, nama = _bytes(_bps(), bentuk)
    lap = _impor(s, data, nama)
    assert lap.status == "dimuat" and lap.ditolak == 0, lap.teks()
    assert kueri(s, "SELECT kode, nama FROM kecamatan WHERE kode_bps = '3275040'") == [
        ("32.75.01", "Bekasi Timur")
    ]
    assert kueri(s, "SELECT kode, nama FROM kelurahan WHERE kode_bps = '3275011001'") == [
        ("32.75.10.1002", "Jatikarya")
    ]
    assert kueri(s, "SELECT count(*) FROM kelurahan WHERE kode = '32.75.01.1001'") == [(0,)] or kueri(
        s, "SELECT kode_bps FROM kelurahan WHERE kode = '32.75.01.1001'"
    ) == [("3275040006",)]
    assert kueri(s, "SELECT count(*) FROM kelurahan") == [(55,)]


def test_kode_tanpa_sistem_dibaca_dua_cara(tmp_path: Path) -> None:
    """A plain `kode` column of digits: both readings are tried (BPS through the crosswalk,
    Kemendagri undotted) and only the one whose name agrees is kept; neither agreeing, or neither
    naming a known area, refuses the row with the readings."""
    s = _store(tmp_path)
    _impor(s, BERKAS["kota"].read_bytes(), "kota.csv")
    _impor(s, BERKAS["kecamatan"].read_bytes(), "kecamatan.csv")
    isi = (
        "kode;nama\n"
        "3275011001;JATIKARYA\n"  # 2: BPS Jatikarya (Kemendagri reading: 32.75.01.1001 Bekasijaya)
        "3275011002;Margahayu\n"  # 3: Kemendagri 32.75.01.1002 (BPS reading: Jatisampurna)
        "3275011001;Durenjaya\n"  # 4: neither reading is Durenjaya
        "3275010001;Bekasijaya\n"  # 5: neither system knows the code
    )
    lap = _impor(s, isi.encode(), "kel.csv")
    assert lap.status == "dimuat", lap.teks()
    assert kueri(s, "SELECT kode, kode_bps, nama FROM kelurahan ORDER BY kode") == [
        ("32.75.01.1002", "3275040005", "Margahayu"),
        ("32.75.10.1002", "3275011001", "Jatikarya"),
    ]
    alasan = lap.persiapan.ditolak().set_index("baris").alasan.to_dict()
    assert set(alasan) == {4, 5}
    assert "Durenjaya" in alasan[4] and "Bekasijaya (32.75.01.1001)" in alasan[4] and "Jatikarya" in alasan[4]
    assert "tidak menunjuk wilayah yang dikenal" in alasan[5]


def test_jebakan(tmp_path: Path) -> None:
    """Every planted fault is refused with its reason in Indonesian; nothing lands on a wrong area."""
    s = _store(tmp_path)
    for t in ("kota", "kecamatan"):
        assert _impor(s, BERKAS[t].read_bytes(), f"{t}.csv").status == "dimuat"
    baris = [
        "kode,nama,kecamatan_kode,lat,lon,tingkat_catatan",
        "32.75.01.1001,Bekasijaya,32.75.01,-6.2334,107.0136,ok",  # 2: fine
        "32.75.01.1002,Bekasijaya Baru,32.75.01,-6.25,107.01,nama lain",  # 3: code Margahayu
        "32.75.01.1003,Durenjaya,32.75.02,-6.23,107.02,induk lain",  # 4: parent column wrong
        "32.75.01.1004,Arenjaya,32.75.01,-61.2,107.02,lintang",  # 5: latitude off the map
        "32.16.01.2001,Sukamekar,32.16.01,-6.1,107.1,kab lain",  # 6: Kabupaten Bekasi: set aside
        "32.75.02.1001,Bintara,32.75.02,-6.22,106.95,ok",  # 7: fine
    ]
    lap = _impor(s, ("\n".join(baris) + "\n").encode(), "kel.csv")
    assert lap.status == "dimuat", lap.teks()
    assert kueri(s, "SELECT kode, nama FROM kelurahan ORDER BY kode") == [
        ("32.75.01.1001", "Bekasijaya"),
        ("32.75.02.1001", "Bintara"),
    ]
    alasan = lap.persiapan.ditolak().set_index("baris").alasan.to_dict()
    assert set(alasan) == {3, 4, 5}
    assert "Bekasijaya Baru" in alasan[3] and "Margahayu" in alasan[3] and "rujukan nasional" in alasan[3]
    assert "32.75.02" in alasan[4] and "32.75.01" in alasan[4]
    assert "Lat" in alasan[5] or "lat" in alasan[5]
    notes = dict(lap.persiapan.catatan)
    assert notes["wt_c_kota_lain"]["n"] == 1 and "Kabupaten Bekasi" in notes["wt_c_kota_lain"]["daftar"]
    # the row set aside is counted as such, not as ready to load
    pr = lap.persiapan
    assert (pr.dibaca, pr.valid, len(pr.galat), pr.disisihkan) == (6, 2, 3, 1)
    assert pr.ringkas("id").endswith(
        "2 siap dimuat · 3 ditolak · 1 disisihkan (bukan wilayah penyimpanan ini)"
    )  # noqa: E501


def test_kelurahan_tanpa_kecamatan(tmp_path: Path) -> None:
    """The kelurahan file alone, into a store that has only the kota: every row is refused because
    its kecamatan is unknown, and the file is refused saying so."""
    s = _store(tmp_path)
    assert _impor(s, BERKAS["kota"].read_bytes(), "kota.csv").status == "dimuat"
    lap = _impor(s, BERKAS["kelurahan"].read_bytes(), "kelurahan.csv")
    assert lap.status == "ditolak"
    assert "belum ada di penyimpanan" in lap.teks() and "impor kecamatannya dulu" in lap.teks()
    assert kueri(s, "SELECT count(*) FROM kelurahan") == [(0,)]


def test_tingkat_dan_bps_bertentangan(tmp_path: Path) -> None:
    s = _store(tmp_path)
    isi = (
        "kode_bps,nama,tingkat,induk_bps\n"
        "3275,KOTA BEKASI,kabkota,32\n"
        "3275040,BEKASI TIMUR,desa,3275\n"  # the level column contradicts the code's form
        "3275060,BEKASI BARAT,kecamatan,3275\n"
        "3275060001,PONDOKGEDE,desa,3275060\n"  # a kecamatan's name on a kelurahan's BPS code
    )
    lap = _impor(s, isi.encode(), "bps.csv")
    assert lap.status == "dimuat", lap.teks()
    alasan = lap.persiapan.ditolak().set_index("baris").alasan.to_dict()
    assert set(alasan) == {3, 5}
    assert "tingkat" in alasan[3] and "kecamatan" in alasan[3]
    assert "PONDOKGEDE" in alasan[5] and "BPS 3275060001" in alasan[5]
    assert kueri(s, "SELECT kode, nama FROM kecamatan") == [("32.75.02", "Bekasi Barat")]
    # a kode_bps beside the Kemendagri code that the crosswalk pairs with another area
    isi2 = "kode,kode_bps,nama,kota_kode\n32.75.03,3275040,Bekasi Utara,32.75\n"
    lap2 = _impor(s, isi2.encode(), "kec.csv")
    assert lap2.status == "ditolak" and "3275070" in lap2.teks(), lap2.teks()


def test_kota_lain_di_toko_kosong(tmp_path: Path) -> None:
    """A store without areas takes its kab/kota from the file; two kab/kota refuse the file."""
    s = _store(tmp_path)
    df = pd.concat([_kem("32.75"), _kem("32.16")]).drop_duplicates("kode")
    lap = _impor(s, df.to_csv(index=False).encode(), "dua.csv")
    assert lap.status == "ditolak" and "2 kab/kota" in lap.teks(), lap.teks()
    assert kueri(s, "SELECT count(*) FROM kota") == [(0,)]


def test_tata_letak_lebar_diperiksa_dengan_rujukan(tmp_path: Path) -> None:
    """The wide layout (kode_kecamatan, kecamatan, kode_kelurahan, kelurahan per row) reads its codes
    the same way: a BPS code through the crosswalk, names as Kemendagri spells them, a code whose
    reference name is another area's refused with both readings."""
    s = _store(tmp_path)
    isi = (
        "kode_kota;kota;kode_kecamatan;kecamatan;kode_kelurahan;kelurahan\n"
        "32.75;Kota Bekasi;32.75.01;Bekasi Timur;32.75.01.1001;Bekasijaya\n"  # 2: fine
        "32.75;Kota Bekasi;32.75.01;Bekasi Timur;32.75.01.1002;Durenjaya\n"  # 3: the code is Margahayu
        "3275;KOTA BEKASI;3275040;BEKASI TIMUR;3275040008;AREN JAYA\n"  # 4: BPS, via the crosswalk
        "32.75;Kota Bekasi;32.75.02;Bekasi Timur;32.75.02.1001;Bintara\n"  # 5: 32.75.02 is Bekasi Barat
        "32.75;Kota Bekasi;32.75.01;Bekasi Timur;3275011001;Jatikarya\n"  # 6: BPS Jatikarya, not 32.75.01
    )
    lap = _impor(s, isi.encode(), "lebar.csv")
    assert lap.status == "dimuat", lap.teks()
    assert kueri(s, "SELECT kode, kode_bps, nama, kecamatan_kode FROM kelurahan ORDER BY kode") == [
        ("32.75.01.1001", "3275040006", "Bekasijaya", "32.75.01"),
        ("32.75.01.1004", "3275040008", "Arenjaya", "32.75.01"),
    ]
    alasan = lap.persiapan.ditolak().set_index("baris").alasan.to_dict()
    assert set(alasan) == {3, 5, 6}
    assert "Durenjaya" in alasan[3] and "Margahayu" in alasan[3]
    assert "Bekasi Barat" in alasan[5]
    assert "32.75.10.1002" in alasan[6] and "32.75.01" in alasan[6]
