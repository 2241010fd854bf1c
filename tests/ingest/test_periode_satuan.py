"""Periods and units as portals write them (#14 item 2) and registries as they come (item 5): files the
tests generate in many shapes, loaded into a real store, every figure read back through SQL."""

from __future__ import annotations

import io
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from jalur import REAL
from keandalan_alat import cli

from sampah import db
from sampah.ingest import muat, periode
from sampah.ingest.periode import Satuan

HARI = date(2026, 11, 27)


@pytest.fixture
def store(demo_store: Path, tmp_path: Path) -> Path:
    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    return s


def sql(store: Path, q: str, *p: object) -> list[tuple]:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(q, list(p)).fetchall()
    finally:
        con.close()


def impor(store: Path, dataset: str, isi: bytes, nama: str, **kw: object) -> muat.HasilImpor:
    kw.setdefault("pencilan", "terima")  # these files test units and periods, not plausibility
    lap = muat.impor(store, dataset, isi, nama, oleh="uji", hari_ini=HARI, **kw)
    return lap


def catatan(lap: muat.HasilImpor) -> str:
    from sampah.i18n import t

    return " ".join(t(k, "id", **kw) for k, kw in lap.persiapan.catatan)


# ---- the parsers ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sel", "label", "hari"),
    [
        ("202401", "Januari 2024", 31),
        (202402, "Februari 2024", 29),
        (202403.0, "Maret 2024", 31),
        ("Jan-24", "Januari 2024", 31),
        ("Januari 2024", "Januari 2024", 31),
        ("AGT 2023", "Agustus 2023", 31),
        ("2024-05", "Mei 2024", 31),
        ("06/2024", "Juni 2024", 30),
        (45292, "Januari 2024", 31),  # an Excel serial
        ("Triwulan I 2024", "Triwulan I 2024", 91),
        ("TW IV 2023", "Triwulan IV 2023", 92),
        ("Q2-2024", "Triwulan II 2024", 91),
        ("Semester 1 2024", "Semester 1 2024", 182),
        ("Semester II Tahun 2023", "Semester 2 2023", 184),
        ("P 1 2024", "Semester 1 2024", 182),
    ],
)
def test_period_forms_as_written(sel, label, hari):
    p = periode.urai1(sel)
    assert p is not None and p.label() == label and p.hari == hari


@pytest.mark.parametrize("sel", ["202413", "Triwulan V 2024", "P3 2024", "Smarch 2024", 123, "2024"])
def test_what_is_no_period_is_refused(sel):
    assert periode.urai1(sel) is None


def test_units_from_a_cell_and_from_a_header():
    assert periode.satuan_sel("TON PER HARI") == Satuan("ton", "hari")
    assert periode.satuan_sel("Kg/Bulan") == Satuan("kg", "bulan")
    assert periode.satuan_sel("m³") == Satuan("m3")
    assert periode.satuan_sel("liter") is None
    assert periode.satuan_header("Produksi Sampah (TON PER HARI)") == Satuan("ton", "hari")
    assert periode.satuan_header("Timbulan Sampah Tahunan (ton/tahun)(A)") == Satuan("ton", "tahun")
    assert periode.satuan_header("Volume (m3)") == Satuan("m3")
    assert periode.satuan_header("Tonase") is None


# ---- TPA rekap: shapes, units, periods ----------------------------------------------------------


def _tpa(store: Path, jenis: str) -> list[tuple]:
    return sql(
        store,
        "SELECT strftime(waktu, '%Y-%m'), round(sum(netto_kg), 3) FROM tpa_muatan "
        "WHERE jenis_sumber = ? GROUP BY 1 ORDER BY 1",
        jenis,
    )


def test_semicolon_bom_title_row_and_yyyymm_text(store: Path):
    isi = (
        "\ufeffREKAP TONASE TPA PER KECAMATAN\n;;\nBulan;Kecamatan;Tonase (ton)\n"
        "202401;Kec. Mustika Jaya;1.830,63\n202402;Kec. Mustika Jaya;2.004,5\n"
    ).encode()
    lap = impor(store, "tpa_rekap", isi, "rekap.csv")
    assert lap.status == "dimuat", lap.teks()
    assert _tpa(store, "rekap bulanan") == [("2024-01", 1830630.0), ("2024-02", 2004500.0)]


def _xlsx_judul(baris: list[list]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["PRODUKSI SAMPAH"])
    ws.merge_cells("A1:D1")
    for r in baris:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def test_daily_rate_in_the_header_becomes_the_month_total_with_its_days(store: Path):
    isi = _xlsx_judul(
        [
            ["Periode", "Kecamatan", "Tonase (ton/hari)"],
            [202402, "Mustika Jaya", 10.5],  # YYYYMM as a number; February 2024 has 29 days
            [202403.0, "Mustika Jaya", 12.25],
        ]
    )
    lap = impor(store, "tpa_rekap", isi, "harian.xlsx")
    assert lap.status == "dimuat", lap.teks()
    assert _tpa(store, "rekap bulanan") == [("2024-02", 10.5 * 29 * 1000), ("2024-03", 12.25 * 31 * 1000)]
    assert "Februari 2024: 29 hari" in catatan(lap) and "ton/hari" in catatan(lap)


def test_ton_per_hari_in_a_unit_column(store: Path):
    isi = (
        b"bulan;kecamatan;tonase;satuan\nJan-24;Mustika Jaya;100;TON PER HARI\n"
        b"Februari 2024;Mustika Jaya;2.900;ton\nMaret 2024;Mustika Jaya;3.100.000;kg\n"
    )
    lap = impor(store, "tpa_rekap", isi, "satuan.csv")
    assert lap.status == "dimuat", lap.teks()
    assert _tpa(store, "rekap bulanan") == [
        ("2024-01", 3_100_000.0),
        ("2024-02", 2_900_000.0),
        ("2024-03", 3_100_000.0),
    ]


def test_quarter_is_split_into_its_months_by_days_and_the_total_kept(store: Path):
    isi = b"periode,kecamatan,tonase\nTriwulan I 2024,Mustika Jaya,9100\n"
    lap = impor(store, "tpa_rekap", isi, "triwulan.csv")
    assert lap.status == "dimuat", lap.teks()
    per_bulan = _tpa(store, "rekap triwulan")
    assert per_bulan == [("2024-01", 3_100_000.0), ("2024-02", 2_900_000.0), ("2024-03", 3_100_000.0)]
    assert sql(store, "SELECT sum(netto_kg) FROM tpa_muatan WHERE jenis_sumber = 'rekap triwulan'") == [
        (9_100_000.0,)
    ]
    assert "Triwulan I 2024: 91 hari" in catatan(lap)


def test_semester_p1_beside_a_year_column_and_a_daily_rate(store: Path):
    isi = b"tahun;semester;kecamatan;Tonase (ton/hari)\n2023.0;P1;Mustika Jaya;10\n2023;P2;Mustika Jaya;20\n"
    lap = impor(store, "tpa_rekap", isi, "semester.csv")
    assert lap.status == "dimuat", lap.teks()
    bulan = dict(_tpa(store, "rekap semester"))
    assert bulan["2023-02"] == 10 * 28 * 1000 and bulan["2023-12"] == 20 * 31 * 1000
    assert sum(bulan.values()) == 10 * 181 * 1000 + 20 * 184 * 1000


def test_m3_with_the_density_setting_is_marked_an_estimate(store: Path):
    isi = b"tanggal;kecamatan;volume (m3)\n2024-01-05;Mustika Jaya;40\n"
    lap = impor(store, "tpa_rekap", isi, "m3.csv")
    assert lap.status == "dimuat", lap.teks()
    assert sql(store, "SELECT netto_kg FROM tpa_muatan WHERE jenis_sumber = 'rekap harian'") == [
        (40 * 227.0,)
    ]
    assert "227 kg/m3" in catatan(lap) and "PERKIRAAN" in catatan(lap)


@pytest.mark.parametrize(
    ("isi", "alasan"),
    [
        (b"bulan;kecamatan;tonase;satuan\n2024-01;Mustika Jaya;5;liter\n", "Satuan 'liter'"),
        (b"kecamatan;bulan;Tonase (ton/hari)\nMustika Jaya;;5\n", "butuh tanggal, bulan atau tahun"),
        (b"bulan;kecamatan;tonase\nTriwulan V 2024;Mustika Jaya;5\n", "bukan bulan"),
        (b"bulan;kecamatan;tonase\n202413;Mustika Jaya;5\n", "bukan bulan"),
    ],
)
def test_what_cannot_be_placed_is_refused_in_indonesian(store: Path, isi: bytes, alasan: str):
    lap = impor(store, "tpa_rekap", isi, "salah.csv")
    assert lap.status == "ditolak" and alasan in lap.teks("id"), lap.teks("id")


# ---- a provincial production table in TON PER HARI -> SIPSN yearly tonnes ------------------------


def test_kabkota_production_in_ton_per_hari_never_lands_as_annual_tonnes(store: Path):
    isi = _xlsx_judul(
        [
            ["nama_provinsi", "nama_kabupaten_kota", "jumlah_produksi_sampah", "satuan", "tahun"],
            ["JAWA BARAT", "KOTA BOGOR", "1.830,63", "TON PER HARI", 2023.0],
            ["JAWA BARAT", "KOTA BOGOR", 1900.5, "TON PER HARI", 2024.0],
        ]
    )
    lap = impor(store, "sipsn", isi, "produksi.xlsx")
    assert lap.status == "dimuat", lap.teks()
    rows = sql(store, "SELECT tahun, timbulan_ton FROM sipsn WHERE kabkota = 'Kota Bogor' ORDER BY tahun")
    assert rows == [(2023, 1830.63 * 365), (2024, 1900.5 * 366)]
    assert "2023: 365 hari" in catatan(lap) and "2024: 366 hari" in catatan(lap)


def test_a_mapped_daily_column_is_honoured_not_called_another_export(store: Path):
    isi = b"Tahun,Kab/Kota,Produksi Harian\n2024,Kota Depok,250\n"
    lap = impor(store, "sipsn", isi, "harian.csv", pemetaan={"timbulan_harian_ton": "Produksi Harian"})
    assert lap.status == "dimuat", lap.teks()
    assert sql(store, "SELECT timbulan_ton FROM sipsn WHERE kabkota = 'Kota Depok'") == [(250 * 366.0,)]


# ---- registries without a year; units with numbers ----------------------------------------------


DAFTAR = (
    b"Nama Bank Sampah;Kelurahan;Alamat\n"
    b"BANK SAMPAH RW 03;Bekasijaya;Jl. Melati\n"
    b"BANK SAMPAH RW 07;Bekasijaya;Jl. Mawar\n"
    b"BS Anggrek;Bekasijaya;Jl. Kenanga No. 5\n"
    b"BS Anggrek;Bekasijaya;Jl. Cempaka No. 9\n"
)


def test_list_without_a_year_asks_for_it_then_keeps_numbered_units_apart(store: Path):
    n0 = sql(store, "SELECT count(*) FROM bank_sampah")[0][0]
    lap = impor(store, "bank_sampah", DAFTAR, "daftar.csv")
    assert (
        lap.status == "ditolak" and "Isi tahun berlakunya" in lap.teks("id") and "--tahun" in lap.teks("id")
    )
    lap = impor(store, "bank_sampah", DAFTAR, "daftar.csv", tahun=2024)
    assert lap.status == "dimuat" and lap.baru == 4, lap.teks()
    rows = sql(
        store,
        "SELECT nama, rw, berdiri FROM bank_sampah WHERE nama LIKE 'BANK SAMPAH RW%' OR nama = 'BS Anggrek' "
        "ORDER BY nama, id",
    )
    assert [(n, rw) for n, rw, _ in rows] == [
        ("BANK SAMPAH RW 03", "03"),
        ("BANK SAMPAH RW 07", "07"),
        ("BS Anggrek", None),
        ("BS Anggrek", None),
    ]
    assert {b for *_, b in rows} == {date(2024, 1, 1)}
    assert sql(store, "SELECT count(*) FROM bank_sampah")[0][0] == n0 + 4
    assert "Tahun berlaku 2024" in catatan(lap)


def test_the_same_unit_twice_at_one_address_is_still_a_duplicate(store: Path):
    isi = DAFTAR + b"BS Anggrek;Bekasijaya;Jl. Kenanga No. 5\n"
    lap = impor(store, "bank_sampah", isi, "ganda.csv", tahun=2024)
    assert lap.status == "dimuat" and lap.ditolak == 1, lap.teks()


def test_command_line_tahun_alias(store: Path, tmp_path: Path):
    f = tmp_path / "daftar.csv"
    f.write_bytes(DAFTAR)
    r = cli("import", "bank_sampah", str(f), store=store)
    assert r.returncode == 1 and "--tahun" in r.stdout
    r = cli("import", "bank_sampah", str(f), "--tahun", "2024", store=store)
    assert r.returncode == 0 and "Tahun berlaku 2024" in r.stdout, r.stdout + r.stderr
    r = cli("import", "bank_sampah", str(f), "--year", "2024", store=store)
    assert r.returncode == 0  # the same file again: nothing new, no error


@pytest.mark.skipif(not REAL.exists(), reason="../shared/data/real not present")
def test_real_sipsn_timbulan_keeps_its_annual_figure(store: Path):
    f = REAL / "sipsn_2024_Timbulan_Sampah.csv"
    lap = impor(store, "sipsn", f.read_bytes(), f.name)
    assert lap.status == "dimuat", lap.teks()
    assert sql(store, "SELECT timbulan_ton FROM sipsn WHERE kabkota = 'Kota Medan' AND tahun = 2024") == [
        (632149.41,)
    ]
