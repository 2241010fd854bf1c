"""CSR/TJSLP: one row per company project, placed by kelurahan or kecamatan, with its budget,
dates, status and the bank sampah it supports."""

from __future__ import annotations

import re
from dataclasses import replace

import pandas as pd

from sampah.ingest.datasets.kolom_bersama import (
    KECAMATAN,
    KELURAHAN,
    KODE_KECAMATAN,
    KODE_KELURAHAN,
    LAT,
    LON,
)
from sampah.ingest.deklarasi import Aturan, Dataset, Kolom, Setelan
from sampah.ingest.susun import Konteks, baris_demi_baris, buat_id

STATUS = {  # as companies and DLH write a project's stage -> usulan | berjalan | selesai
    "usulan": "usulan",
    "rencana": "usulan",
    "proposal": "usulan",
    "direncanakan": "usulan",
    "berjalan": "berjalan",
    "proses": "berjalan",
    "on going": "berjalan",
    "ongoing": "berjalan",
    "aktif": "berjalan",
    "pelaksanaan": "berjalan",
    "selesai": "selesai",
    "done": "selesai",
    "completed": "selesai",
    "tuntas": "selesai",
}
_SALIN = (
    "perusahaan",
    "program",
    "bidang",
    "lat",
    "lon",
    "anggaran_rp",
    "realisasi_rp",
    "mulai",
    "selesai",
    "keluaran",
    "kapasitas_ton_bulan",
)


def _urut(df: pd.DataFrame, _: Setelan) -> pd.Series:
    """A project does not end before it starts."""
    if not {"mulai", "selesai"} <= set(df):
        return pd.Series(True, index=df.index)
    m, s = pd.to_datetime(df.mulai), pd.to_datetime(df.selesai)
    return (s >= m) | m.isna() | s.isna()


def _baris(k: Konteks, i: int) -> dict | None:
    kel = k.kelurahan(i, wajib=False)
    kec = k.kecamatan(i) if kel is None else k.cocok.kel.induk.get(kel)
    st_raw = k.sel(i, "status")
    status = STATUS.get((st_raw or "").lower()) if st_raw else None
    if st_raw and status is None:
        k.tolak(i, "kd_e_status_csr", kolom=k.header("status"), nilai=st_raw)
    ids = []
    for b in re.split(r"[;,]", str(k.sel(i, "bank_sampah") or "")):
        if b.strip():
            bid, e, kw = k.cocok.bank_sampah(b)
            if bid is None:
                k.tolak(i, e, kolom=k.header("bank_sampah"), **kw)
            ids.append(bid)
    if i in k.galat:
        return None
    return {
        "id": k.sel(i, "id_proyek")
        or buat_id("CSR", k.sel(i, "perusahaan"), k.sel(i, "program"), k.sel(i, "mulai")),
        **{c: k.sel(i, c) for c in _SALIN},
        "kecamatan_kode": kec,
        "kelurahan_kode": kel,
        "status": status,
        "bank_sampah_ids": ids or None,
    }


DATASET = Dataset(
    "csr",
    ("Proyek CSR/TJSLP", "CSR/TJSLP projects"),
    "csr_proyek",
    ket="Satu baris per proyek.",
    susun=baris_demi_baris(_baris),
    kunci=("id",),
    aturan=(Aturan("kd_e_selesai_sebelum_mulai", _urut),),
    boleh_depan=True,
    perlu_wilayah=("kelurahan", "kecamatan"),
    kolom=(
        Kolom(
            "id_proyek",
            alias=("kode_proyek", "kode_csr"),
            contoh="CSR-2025-01",
            ket="Kode proyek; bila kosong dibuat dari perusahaan, program dan tanggal mulai.",
        ),
        Kolom(
            "perusahaan",
            wajib=True,
            alias=("nama_perusahaan", "company", "bumn_bumd", "mitra"),
            contoh="PT Contoh Sejahtera",
            ket="Nama perusahaan.",
        ),
        Kolom(
            "program",
            wajib=True,
            alias=("nama_program", "kegiatan", "nama_kegiatan", "project"),
            contoh="Bank sampah RW 05",
            ket="Nama program/kegiatan.",
        ),
        Kolom("bidang", alias=("sektor", "sector", "bidang_tjsl"), contoh="lingkungan hidup"),
        KECAMATAN,
        KODE_KECAMATAN,
        KELURAHAN,
        KODE_KELURAHAN,
        replace(LAT, contoh=""),
        replace(LON, contoh=""),
        Kolom(
            "anggaran_rp",
            "rupiah",
            alias=("anggaran", "nilai_anggaran", "budget", "pagu"),
            min=0,
            maks=1e13,
            contoh=150_000_000,
            ket="Anggaran (Rp).",
        ),
        Kolom(
            "realisasi_rp",
            "rupiah",
            alias=("realisasi", "nilai_realisasi", "spent"),
            min=0,
            maks=1e13,
            contoh=90_000_000,
            ket="Realisasi (Rp).",
        ),
        Kolom("mulai", "tanggal", alias=("tanggal_mulai", "tgl_mulai", "start"), contoh="2025-03-01"),
        Kolom(
            "selesai",
            "tanggal",
            alias=("tanggal_selesai", "tgl_selesai", "end", "berakhir"),
            contoh="2026-02-28",
            ket="Tanggal selesai (boleh di masa depan).",
        ),
        Kolom(
            "status",
            alias=("status_proyek", "tahap"),
            contoh="berjalan",
            ket="usulan, berjalan atau selesai.",
        ),
        Kolom("keluaran", alias=("output", "hasil", "luaran"), contoh="2 mesin pencacah"),
        Kolom(
            "kapasitas_ton_bulan",
            "angka",
            alias=("kapasitas", "kapasitas_ton", "capacity"),
            min=0,
            maks=100_000,
            contoh=5,
        ),
        Kolom(
            "bank_sampah",
            alias=("bank_sampah_ids", "bank_sampah_terkait", "mitra_bank_sampah"),
            contoh="",
            ket="Id atau nama bank sampah terkait, dipisah koma.",
        ),
    ),
)
