"""Setoran: one row per deposit of a nasabah at a bank sampah. A month of a city is ~100,000 rows,
so the rows are assembled column by column (each distinct name and category matched once)."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from sampah.ingest.datasets.kolom_bersama import ALIAS_TANGGAL, BANK_SAMPAH
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan, ambil, indeks

KATEGORI = {  # synonyms found in bank sampah ledgers -> the schema's categories
    "plastik": (
        "plastik",
        "plastic",
        "pet",
        "hdpe",
        "pp",
        "ldpe",
        "kresek",
        "botol plastik",
        "gelas plastik",
        "emberan",
        "plastik campur",
        "tutup botol",
        "asoy",
    ),
    "kertas": ("kertas", "paper", "kardus", "karton", "hvs", "koran", "duplek", "buku", "arsip", "cardboard"),
    "logam": ("logam", "metal", "besi", "aluminium", "alumunium", "kaleng", "tembaga", "kuningan", "seng"),
    "kaca": ("kaca", "glass", "beling", "botol kaca", "botol beling"),
    "organik": ("organik", "organic", "sisa makanan", "kompos", "daun", "sampah dapur"),
    "minyak jelantah": (
        "minyak jelantah",
        "jelantah",
        "minyak",
        "used cooking oil",
        "uco",
        "minyak goreng bekas",
    ),
    "lainnya": (
        "lainnya",
        "lain lain",
        "lain",
        "other",
        "others",
        "campuran",
        "kain",
        "karet",
        "elektronik",
        "residu",
    ),
}
_KATEGORI = {sinonim: k for k, vs in KATEGORI.items() for sinonim in vs}


def kategori(v: str | None) -> str | None:
    """A category as a ledger writes it ('Botol PET', 'kardus') -> the schema's category."""
    s = re.sub(r"[^a-z ]", " ", (v or "").lower())
    s = re.sub(r"\s+", " ", s).strip()
    return _KATEGORI.get(s) or next((k for syn, k in _KATEGORI.items() if s.startswith(syn + " ")), None)


# what was deposited: also the columns of the monthly totals (setoran_rekap)
KOLOM_SETORAN = (
    Kolom(
        "kategori",
        wajib=True,
        alias=("jenis_sampah", "material", "category", "kategori_sampah", "jenis", "bahan"),
        contoh="plastik",
        ket="plastik, kertas, logam, kaca, organik, minyak jelantah atau lainnya "
        "(sinonim seperti 'botol PET', 'kardus', 'besi' dikenali).",
    ),
    Kolom(
        "subjenis",
        alias=("sub_jenis", "jenis_barang", "nama_barang", "item", "barang", "sub_kategori"),
        contoh="PET",
        ket="Rincian jenis, mis. PET, kardus, besi.",
    ),
    Kolom(
        "berat",
        "berat",
        wajib=True,
        alias=(
            "berat_kg",
            "berat_ton",
            "berat_sampah",
            "jumlah_kg",
            "timbangan",
            "weight",
            "kg",
            "tonase",
            "volume",
        ),
        min=0,
        maks=20_000,
        contoh=12.5,
        ket="Berat; satuan kg kecuali judul kolom menyebut ton.",
    ),
    Kolom(
        "harga_per_kg",
        "rupiah",
        alias=("harga", "harga_kg", "harga_satuan", "price"),
        min=0,
        maks=1_000_000,
        contoh=4000,
        ket="Harga per kg (Rp).",
    ),
    Kolom(
        "nilai_rp",
        "rupiah",
        alias=("nilai", "jumlah_rp", "total_rp", "nominal", "rupiah", "value", "jumlah_harga", "total"),
        min=0,
        maks=10_000_000_000,
        contoh=50000,
        ket="Nilai setoran (Rp).",
    ),
)


def susun(k: Konteks) -> list[Muatan]:
    p, idx = k.p, k.p.index
    n = len(p)
    bs_kode, bs = k.per_nilai(p.get("bank_sampah"), lambda v: k.cocok.bank_sampah(str(v or "")))
    ada_bs = p["bank_sampah"].notna().to_numpy() if "bank_sampah" in p else np.zeros(n, dtype=bool)
    bs_id = ambil(bs_kode, bs, 0).set_axis(idx)
    k.tolak_per_nilai(bs_kode, bs, ada_bs & bs_id.isna().to_numpy(), kolom=k.header("bank_sampah"))
    kat_kode, kat = k.per_nilai(p.get("kategori"), kategori)
    kat_baku = ambil(kat_kode, kat).set_axis(idx)
    if "kategori" in p:  # the cells read only for the rows refused (not a Python object per row)
        gagal = np.flatnonzero(kat_baku.isna().to_numpy() & p["kategori"].notna().to_numpy())
        for r, v in zip(gagal, p["kategori"].iloc[gagal].to_numpy(dtype=object)):
            k.tolak(idx[r], "kd_e_kategori", kolom=k.header("kategori"), nilai=v)
    berat = p["berat"].to_numpy(dtype="float64")
    for r in np.flatnonzero(berat == 0):
        k.tolak(idx[r], "kd_e_berat_nol", kolom=k.header("berat"))
    kosong_f = pd.Series(np.nan, index=idx)
    harga = p.get("harga_per_kg", kosong_f).to_numpy(dtype="float64")
    nilai_rp = p.get("nilai_rp", kosong_f).to_numpy(dtype="float64")
    nilai_rp = np.where(np.isnan(nilai_rp) & ~np.isnan(harga), np.round(harga * berat, 2), nilai_rp)
    df = pd.DataFrame(
        {
            "tanggal": p["tanggal"],
            "bank_sampah_id": bs_id,
            "nasabah_id": k.teks("nasabah_id"),
            "kategori": kat_baku,
            "subjenis": k.teks("subjenis"),
            "berat_kg": berat,
            "harga_per_kg": harga,
            "nilai_rp": nilai_rp,
        },
        index=idx.rename("_i"),
    )
    return [k.muatan(k.duplikat(df, buang=df.index.isin(indeks(k.galat))))]


DATASET = Dataset(
    "setoran",
    ("Setoran per transaksi", "Deposits per transaction"),
    "setoran",
    ket="Satu baris per setoran nasabah di bank sampah.",
    susun=susun,
    kunci=("tanggal", "bank_sampah_id", "nasabah_id", "kategori", "subjenis", "berat_kg"),
    mode="tambah",
    bertipe=True,
    perlu_bank_sampah=True,
    kolom=(
        Kolom(
            "tanggal",
            "tanggal",
            wajib=True,
            alias=ALIAS_TANGGAL,
            contoh="2025-11-20",
            ket="Tanggal setor: 2025-11-20, 20/11/2025 atau 20 November 2025.",
        ),
        BANK_SAMPAH,
        Kolom(
            "nasabah_id",
            alias=(
                "nasabah",
                "id_nasabah",
                "kode_nasabah",
                "no_rekening",
                "no_nasabah",
                "nama_nasabah",
                "member",
            ),
            contoh="N-0012",
            ket="Kode nasabah (bukan nama lengkap, demi privasi).",
        ),
    )
    + KOLOM_SETORAN,
)
