"""Setoran rekap: monthly totals per bank sampah (and per category when given), stored as deposits on
the month's last day with subjenis 'rekap bulanan'. A few hundred rows: assembled row by row."""

from __future__ import annotations

from dataclasses import replace

from sampah.ingest.datasets.kolom_bersama import ALIAS_BULAN, BANK_SAMPAH
from sampah.ingest.datasets.setoran import KOLOM_SETORAN, kategori
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, akhir_bulan, baris_demi_baris


def _baris(k: Konteks, i: int) -> dict | None:
    bs, e, kw = k.cocok.bank_sampah(str(k.sel(i, "bank_sampah") or ""))
    if bs is None and k.sel(i, "bank_sampah"):
        k.tolak(i, e, kolom=k.header("bank_sampah"), **kw)
    kat_raw = k.sel(i, "kategori")
    kat = kategori(kat_raw) if kat_raw else "lainnya"
    if kat is None:
        k.tolak(i, "kd_e_kategori", kolom=k.header("kategori"), nilai=kat_raw)
    berat = k.sel(i, "berat")
    if berat is not None and berat == 0:
        k.tolak(i, "kd_e_berat_nol", kolom=k.header("berat"))
    bln = k.sel(i, "bulan")
    if bln is None and not any(kw_.get("_kol") == "bulan" for _, kw_ in k.galat.get(i, [])):
        k.tolak(i, "kd_e_wajib", kolom="bulan")
    sub = k.sel(i, "subjenis")
    if i in k.galat:
        return None
    harga, nilai_rp = k.sel(i, "harga_per_kg"), k.sel(i, "nilai_rp")
    if nilai_rp is None and harga is not None:
        nilai_rp = round(harga * berat, 2)
    return {
        "tanggal": akhir_bulan(bln),
        "bank_sampah_id": bs,
        "nasabah_id": k.sel(i, "nasabah_id"),
        "kategori": kat,
        "subjenis": f"rekap bulanan: {sub}" if sub else "rekap bulanan",
        "berat_kg": berat,
        "harga_per_kg": harga,
        "nilai_rp": nilai_rp,
    }


DATASET = Dataset(
    "setoran_rekap",
    ("Setoran rekap bulanan per unit", "Deposits: monthly totals per unit"),
    "setoran",
    ket="Satu baris per bank sampah per bulan (dan per kategori bila ada). Disimpan bertanggal hari "
    "terakhir bulan itu dengan subjenis 'rekap bulanan'.",
    susun=baris_demi_baris(_baris),
    kunci=("tanggal", "bank_sampah_id", "nasabah_id", "kategori", "subjenis"),
    perlu_bank_sampah=True,
    salah_satu=(("bulan", "tahun"),),
    kolom=(
        Kolom(
            "bulan",
            "bulan",
            alias=ALIAS_BULAN,
            contoh="2025-11",
            ket="Bulan: 2025-11, 11/2025 atau November 2025 (atau angka/nama bulan dengan kolom tahun).",
        ),
        Kolom(
            "tahun", "tahun", alias=("year",), contoh="", ket="Tahun, bila kolom bulan hanya berisi bulan."
        ),
        BANK_SAMPAH,
    )
    + tuple(replace(c, wajib=False) if c.nama == "kategori" else c for c in KOLOM_SETORAN),
)
