"""Pengolahan: other diversion (TPS 3R, composting, maggot/BSF, TPST), tonnes per facility per day
or per month (stored on the month's last day)."""

from __future__ import annotations

from sampah.ingest.datasets.kolom_bersama import (
    ALIAS_BULAN,
    ALIAS_TANGGAL,
    KECAMATAN,
    KELURAHAN,
    KODE_KELURAHAN,
)
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, akhir_bulan, baris_demi_baris


def _baris(k: Konteks, i: int) -> dict | None:
    tgl, bln = k.sel(i, "tanggal"), k.sel(i, "bulan")
    if tgl is None and bln is None and i not in k.galat:
        k.tolak(i, "kd_e_wajib", kolom="tanggal / bulan")
    kel = k.kelurahan(i)
    if i in k.galat:
        return None
    return {
        "tanggal": tgl or akhir_bulan(bln),
        "fasilitas": k.sel(i, "fasilitas"),
        "jenis_fasilitas": k.sel(i, "jenis_fasilitas"),
        "kelurahan_kode": kel,
        "ton": k.sel(i, "ton"),
    }


DATASET = Dataset(
    "pengolahan",
    ("Pengolahan lain (TPS 3R, kompos, maggot)", "Other processing (TPS 3R, compost, maggot)"),
    "pengolahan",
    ket="Satu baris per fasilitas per hari atau per bulan.",
    susun=baris_demi_baris(_baris),
    kunci=("tanggal", "fasilitas", "kelurahan_kode"),
    perlu_wilayah=True,
    kota_lain=True,
    salah_satu=(("tanggal", "bulan"), ("kelurahan", "kode_kelurahan")),
    kolom=(
        Kolom(
            "tanggal",
            "tanggal",
            alias=ALIAS_TANGGAL,
            contoh="2025-11-30",
            ket="Tanggal (atau isi kolom bulan).",
        ),
        Kolom("bulan", "bulan", alias=ALIAS_BULAN, contoh="", ket="Bulan; disimpan pada hari terakhirnya."),
        Kolom(
            "fasilitas",
            wajib=True,
            alias=("nama_fasilitas", "nama_tps3r", "tps_3r", "unit", "lokasi", "facility"),
            contoh="TPS 3R Bekasijaya",
            ket="Nama fasilitas.",
        ),
        Kolom(
            "jenis_fasilitas",
            wajib=True,
            alias=("jenis", "tipe", "type", "jenis_pengolahan"),
            contoh="TPS 3R",
            ket="TPS 3R, rumah kompos, maggot/BSF, TPST, ...",
        ),
        KELURAHAN,
        KODE_KELURAHAN,
        KECAMATAN,
        Kolom(
            "ton",
            "berat",
            wajib=True,
            alias=("berat", "berat_ton", "berat_kg", "tonase", "jumlah_ton", "sampah_diolah", "diolah_ton"),
            satuan="ton",
            min=0,
            maks=100_000,
            contoh=3.2,
            ket="Sampah diolah; ton kecuali judul menyebut kg.",
        ),
    ),
)
