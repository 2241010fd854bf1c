"""TPA rekap: landfilled tonnes per kecamatan per day (a date column) or per month (a month column),
stored as one 'rekap' load per row."""

from __future__ import annotations

from datetime import datetime, time

from sampah.ingest.datasets.kolom_bersama import ALIAS_BULAN, ALIAS_TANGGAL
from sampah.ingest.datasets.tpa_muatan import tpa_baru
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan, akhir_bulan


def _baris(k: Konteks, i: int) -> dict | None:
    tgl, bln = k.sel(i, "tanggal"), k.sel(i, "bulan")
    if tgl is None and bln is None and i not in k.galat:
        k.tolak(i, "kd_e_wajib", kolom="tanggal / bulan")
    tpa, e, kw = k.cocok.tpa_id(k.sel(i, "tpa"))
    if tpa is None:
        k.tolak(i, e, **kw)
    kec = k.kecamatan(i)
    if i in k.galat:
        return None
    return {
        "waktu": datetime.combine(tgl or akhir_bulan(bln), time()),
        "tpa_id": tpa,
        "asal_kecamatan_kode": kec,
        "jenis_sumber": "rekap harian" if tgl else "rekap bulanan",
        "netto_kg": k.sel(i, "ton") * 1000.0,
    }


def susun(k: Konteks) -> list[Muatan]:
    tpa_tabel = tpa_baru(k)  # first: the rows may name the TPA it adds
    return tpa_tabel + [k.muatan(k.duplikat(k.per_baris(lambda i: _baris(k, i))))]


DATASET = Dataset(
    "tpa_rekap",
    ("Tonase TPA per kecamatan (harian/bulanan)", "Landfill tonnes per kecamatan (daily/monthly)"),
    "tpa_muatan",
    ket="Satu baris per kecamatan per hari (kolom tanggal) atau per bulan (kolom bulan). "
    "Disimpan sebagai "
    "satu muatan rekap per baris.",
    susun=susun,
    kunci=("tpa_id", "waktu", "asal_kecamatan_kode", "jenis_sumber"),
    salah_satu=(("tanggal", "bulan"),),
    kolom=(
        Kolom(
            "tanggal",
            "tanggal",
            alias=ALIAS_TANGGAL,
            contoh="2025-11-20",
            ket="Tanggal (untuk rekap harian).",
        ),
        Kolom("bulan", "bulan", alias=ALIAS_BULAN, contoh="", ket="Bulan (untuk rekap bulanan)."),
        Kolom(
            "kecamatan",
            alias=("asal_kecamatan", "asal", "kode_kecamatan", "wilayah", "nama_kecamatan"),
            contoh="Bantargebang",
            ket="Kecamatan asal; kosong = tidak diketahui.",
        ),
        Kolom(
            "ton",
            "berat",
            wajib=True,
            alias=("berat", "tonase", "berat_ton", "netto", "jumlah_ton", "berat_kg", "volume_ton"),
            satuan="ton",
            min=0,
            contoh=152.4,
            ket="Berat bersih; satuan ton kecuali judul menyebut kg.",
        ),
        Kolom("tpa", alias=("nama_tpa", "landfill"), contoh="TPA Sumur Batu", ket="Nama TPA (opsional)."),
    ),
)
