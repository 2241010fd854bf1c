"""Mapping a file's headers to a dataset's columns (sampah/ingest/kolom.py)."""

from __future__ import annotations

from sampah.ingest.dataset import DATASETS
from sampah.ingest.kolom import norm_header, petakan, satuan_header, tanda, wajib_hilang


def test_headers_normalised_and_units_read_from_them():
    assert norm_header("Berat (kg)") == "berat_kg" and norm_header("Kabupaten/Kota") == "kabupaten_kota"
    assert norm_header("%Pengurangan Sampah(B/A)") == "persen_pengurangan_sampah_b_a"
    assert [satuan_header(h) for h in ("Netto (ton)", "berat_kg", "Berat")] == ["ton", "kg", None]


def test_the_alias_listed_first_wins_and_the_users_mapping_wins_over_all():
    ds = DATASETS["wilayah"]
    header = ["BPS Kode Kecamatan", "Kemendagri Kode Kecamatan", "Nama Kecamatan"]
    peta = petakan(ds, header)
    assert peta["kode_kecamatan"] == "Kemendagri Kode Kecamatan"
    assert peta["kode_bps_kecamatan"] == "BPS Kode Kecamatan"
    assert petakan(ds, header, {"kecamatan": "BPS Kode Kecamatan"})["kecamatan"] == "BPS Kode Kecamatan"


def test_netto_ton_and_netto_kg_both_fill_netto():
    ds = DATASETS["tpa_muatan"]
    assert petakan(ds, ["Netto (ton)"])["netto"] == "Netto (ton)"
    assert petakan(ds, ["netto_kg"])["netto"] == "netto_kg"


def test_missing_required_columns_and_groups_are_named():
    ds = DATASETS["bank_sampah"]
    assert wajib_hilang(ds, {"nama": "Nama"}) == ["kelurahan / kode_kelurahan", "berdiri / tahun"]


def test_a_files_shape_ignores_order_and_spelling_of_its_headers():
    assert tanda("setoran", ["Tanggal", "Berat (kg)"]) == tanda("setoran", ["berat_kg", "tanggal"])
    assert tanda("setoran", ["Tanggal"]) != tanda("setoran_rekap", ["Tanggal"])
