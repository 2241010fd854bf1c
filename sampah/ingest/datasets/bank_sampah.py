"""Bank sampah registry: one row per unit, or one per unit per year (the yearly rows of a unit merge
into one unit, founded at its earliest date and described by its newest row)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pandas as pd

from sampah.ingest.cocok import nama_bs_kunci
from sampah.ingest.datasets.kolom_bersama import (
    KECAMATAN,
    KELURAHAN,
    KODE_KECAMATAN,
    KODE_KELURAHAN,
    LAT,
    LON,
)
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan, buat_id

_RW = re.compile(r"(?i)\bRW\.?\s*:?\s*0*(\d{1,3})\b")
_RT = re.compile(r"(?i)\bRT\.?\s*:?\s*0*(\d{1,3})\b")
_GABUNG = ("nama", "jenis", "induk_id", "kelurahan_kode", "rw", "lat", "lon", "nonaktif_sejak", "nasabah")


def _jenis(v: str | None) -> str | None:
    s = (v or "unit").lower()
    if "induk" in s or s in ("bsi", "bank sampah induk"):
        return "induk"
    if s in ("unit", "bsu", "bank sampah unit", "bank sampah", "bs", "3r", "tps 3r"):
        return "unit"
    return None


def _rw(k: Konteks, i: int) -> str | None:
    """The RW column, else the RW written in the address; '5' and 'RW 5' -> '05'."""
    rw = k.sel(i, "rw")
    if rw is None and (m := _RW.search(str(k.sel(i, "alamat") or ""))):
        rw = m[1]
    if rw is None:
        return None
    return (
        re.sub(r"(?i)^rw\.?\s*", "", str(rw)).zfill(2)
        if str(rw).isdigit() or "rw" in str(rw).lower()
        else str(rw)
    )


def susun(k: Konteks) -> list[Muatan]:
    rows = []
    tanpa_tanggal_tutup = 0
    for i in k.p.index:
        kel = k.kelurahan(i)
        jenis = _jenis(k.sel(i, "jenis"))
        if jenis is None:
            k.tolak(i, "kd_e_jenis_bs", kolom=k.header("jenis"), nilai=k.sel(i, "jenis"))
        berdiri = k.sel(i, "berdiri")
        th = k.sel(i, "tahun")
        if berdiri is None and th is not None:
            berdiri = date(int(th), 1, 1)
        if berdiri is None and i not in k.galat:
            k.tolak(i, "kd_e_berdiri")
        rw = _rw(k, i)
        nama = k.sel(i, "nama")
        status = (k.sel(i, "status") or "").lower()
        if ("tidak" in status or "non" in status) and k.sel(i, "nonaktif_sejak") is None:
            tanpa_tanggal_tutup += 1
        if i in k.galat:
            continue
        rt = m[1] if (m := _RT.search(str(k.sel(i, "alamat") or ""))) else ""
        bs_id = k.sel(i, "id_bank_sampah") or buat_id(
            "BS", kel, nama_bs_kunci(nama), rw, *([rt.zfill(2)] if rt else [])
        )
        rows.append(
            {
                "_i": i,
                "id": bs_id,
                "nama": nama,
                "jenis": jenis,
                "induk_id": k.sel(i, "induk_id"),
                "kelurahan_kode": kel,
                "rw": rw,
                "lat": k.sel(i, "lat"),
                "lon": k.sel(i, "lon"),
                "berdiri": berdiri,
                "nonaktif_sejak": k.sel(i, "nonaktif_sejak"),
                "nasabah": k.sel(i, "nasabah"),
                "_tahun": th,
            }
        )
    if tanpa_tanggal_tutup:
        k.catat("kd_c_status_tanpa_tanggal", n=tanpa_tanggal_tutup)
    df = pd.DataFrame(rows)
    if df.empty:
        return [k.muatan(df)]
    df = k.duplikat(df.set_index("_i"), ["id", "_tahun"])
    # a registry per year: one unit, founded at its earliest date, described by its newest row
    df = df.sort_values("_tahun", na_position="first", kind="stable")
    gabung = (
        df.groupby("id", sort=False)
        .agg(berdiri=("berdiri", "min"), **{c: (c, "last") for c in _GABUNG})
        .reset_index()
    )
    if len(gabung) < len(df):
        k.catat("kd_c_bs_gabung", baris=len(df), unit=len(gabung))
    gabung["nasabah"] = gabung.nasabah.map(lambda x: None if x is None or pd.isna(x) else int(x))
    return [k.muatan(gabung)]


DATASET = Dataset(
    "bank_sampah",
    ("Registri bank sampah", "Bank sampah registry"),
    "bank_sampah",
    ket="Satu baris per bank sampah (boleh per tahun: baris tahun lain digabung).",
    susun=susun,
    kunci=("id",),
    perlu_wilayah=True,
    kota_lain=True,
    salah_satu=(("kelurahan", "kode_kelurahan"), ("berdiri", "tahun")),
    kolom=(
        Kolom(
            "id_bank_sampah",
            alias=("kode_bank_sampah", "kode_unit", "id_unit", "no_registrasi", "nomor_registrasi"),
            contoh="BS-0001",
            ket="Kode unik bank sampah; bila kosong dibuat dari kelurahan, nama dan RW.",
        ),
        Kolom(
            "nama",
            wajib=True,
            alias=(
                "nama_bank_sampah",
                "nama_unit_bank_sampah",
                "nama_unit",
                "bank_sampah",
                "nama_lokasi_3r_bank_sampah",
                "name",
            ),
            contoh="BS Melati",
            ket="Nama bank sampah.",
        ),
        Kolom(
            "jenis",
            alias=("tipe", "type", "jenis_bank_sampah", "jenis_unit"),
            contoh="unit",
            ket="'unit' atau 'induk' (Bank Sampah Induk); bawaan 'unit'.",
        ),
        Kolom(
            "induk_id",
            alias=("induk", "bank_sampah_induk", "id_induk"),
            contoh="",
            ket="Id Bank Sampah Induk tempat unit ini menjual.",
        ),
        KELURAHAN,
        KODE_KELURAHAN,
        KECAMATAN,
        KODE_KECAMATAN,
        Kolom(
            "rw", alias=("no_rw", "nomor_rw"), contoh="05", ket="Nomor RW; bila kosong dibaca dari alamat."
        ),
        Kolom(
            "alamat",
            alias=("alamat_bank_sampah", "address", "lokasi"),
            contoh="Jl. Melati RT 02 RW 05",
            ket="Alamat (RW dibaca dari sini bila kolom RW kosong).",
        ),
        replace(LAT, contoh=-6.2401),
        replace(LON, contoh=107.0102),
        Kolom(
            "berdiri",
            "tanggal",
            alias=("tanggal_berdiri", "tgl_berdiri", "didirikan", "founded", "tahun_berdiri", "sejak"),
            contoh="2021-03-15",
            ket="Tanggal berdiri (atau tahun berdiri).",
        ),
        Kolom(
            "tahun",
            "tahun",
            alias=("tahun_data", "year", "tahun_laporan"),
            contoh=2025,
            ket="Tahun data registri; bila tanggal berdiri kosong dipakai 1 Januari tahun terawal.",
        ),
        Kolom(
            "nonaktif_sejak",
            "tanggal",
            alias=("tanggal_nonaktif", "tutup", "tidak_aktif_sejak"),
            contoh="",
            ket="Tanggal berhenti beroperasi; kosong bila masih aktif.",
        ),
        Kolom(
            "status",
            alias=("status_kegiatan", "status_aktif", "keaktifan"),
            contoh="Aktif",
            ket="Aktif / Tidak aktif (informasi; pakai nonaktif_sejak untuk tanggalnya).",
        ),
        Kolom(
            "nasabah",
            "bulat",
            alias=("jumlah_nasabah", "nasabah_aktif", "members"),
            min=0,
            maks=100_000,
            contoh=120,
            ket="Jumlah nasabah.",
        ),
    ),
)
