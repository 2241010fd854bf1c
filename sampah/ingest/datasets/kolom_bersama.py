"""Columns several datasets share, declared once: places (kelurahan, kecamatan and their codes), the
bank sampah a row belongs to, and the header aliases of a date and of a month."""

from __future__ import annotations

from sampah.ingest.deklarasi import Kolom

KELURAHAN = Kolom(
    "kelurahan",
    alias=(
        "nama_kelurahan",
        "kemendagri_nama_desa_kelurahan",
        "desa_kelurahan",
        "kelurahan_desa",
        "nama_desa_kelurahan",
        "desa",
        "kel",
        "village",
        "bps_desa_kelurahan",
        "wadmkd",
    ),
    contoh="Bekasijaya",
    ket="Nama kelurahan/desa (boleh berawalan 'Kel.'), atau isi kode_kelurahan.",
)
KODE_KELURAHAN = Kolom(
    "kode_kelurahan",
    "kode",
    alias=(
        "kelurahan_kode",
        "kemendagri_kode_desa_kelurahan",
        "kode_desa_kelurahan",
        "kode_kel",
        "kode_desa",
        "bps_kode_desa_kelurahan",
        "village_code",
    ),
    contoh="32.75.01.1001",
    ket="Kode Kemendagri (32.75.01.1001) atau BPS (10 angka).",
)
KECAMATAN = Kolom(
    "kecamatan",
    alias=(
        "nama_kecamatan",
        "kemendagri_nama_kecamatan",
        "kec",
        "district",
        "bps_nama_kecamatan",
        "wadmkc",
        "asal_kecamatan",
        "asal",
    ),
    contoh="Bekasi Timur",
    ket="Nama kecamatan (boleh berawalan 'Kec.').",
)
KODE_KECAMATAN = Kolom(
    "kode_kecamatan",
    "kode",
    alias=("kecamatan_kode", "kemendagri_kode_kecamatan", "kode_kec", "bps_kode_kecamatan", "district_code"),
    contoh="32.75.01",
    ket="Kode Kemendagri (32.75.01) atau BPS (7 angka).",
)
BANK_SAMPAH = Kolom(
    "bank_sampah",
    wajib=True,
    alias=(
        "bank_sampah_id",
        "id_bank_sampah",
        "kode_bank_sampah",
        "nama_bank_sampah",
        "unit_bank_sampah",
        "nama_unit",
        "unit",
        "waste_bank",
    ),
    contoh="BS Melati",
    ket="Id atau nama bank sampah yang sudah ada di registri.",
)
LAT = Kolom("lat", "angka", alias=("lintang", "latitude"), min=-11.5, maks=6.5)
LON = Kolom("lon", "angka", alias=("bujur", "longitude", "lng"), min=94, maks=141.5)

ALIAS_TANGGAL = (
    "tgl",
    "tanggal_setor",
    "tanggal_transaksi",
    "tgl_transaksi",
    "tanggal_masuk",
    "tgl_masuk",
    "tanggal_timbang",
    "date",
    "hari",
)
ALIAS_BULAN = ("periode", "bulan_laporan", "month", "bulan_tahun", "periode_bulan", "bulan")
