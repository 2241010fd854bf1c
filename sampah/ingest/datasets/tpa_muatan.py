"""Muatan TPA: one row per weighbridge ticket (a city logs ~100,000 loads a year: assembled column by
column). A load's net weight is gross minus tare; a new city's first file adds its TPA."""

from __future__ import annotations

from datetime import datetime

import numpy as np
import pandas as pd

from sampah.ingest.datasets.kolom_bersama import ALIAS_TANGGAL
from sampah.ingest.deklarasi import Aturan, Dataset, Kolom, Setelan
from sampah.ingest.susun import Konteks, Muatan, ambil, buat_id, indeks

TOLERANSI_NETTO = (20.0, 0.01)  # |netto - (bruto - tara)| within 20 kg or 1%


def tpa_baru(k: Konteks) -> list[Muatan]:
    """A new city has no TPA row yet: the TPA named in its first weighbridge file is added (and
    known to the matcher from here on)."""
    c = k.cocok
    if c.tpa or "tpa" not in k.p.columns:
        return []
    nama = sorted({str(v) for v in k.p.tpa.dropna() if v})
    baru = {n: buat_id("TPA", n.lower()) for n in nama}
    c.tpa.update({i: n for n, i in baru.items()})
    if not baru:
        return []
    kota = next(iter(c.kota), "")
    df = pd.DataFrame(
        [{"id": i, "nama": n, "kota_kode": kota} for n, i in baru.items()],
        columns=["id", "nama", "kota_kode"],
    )
    return [Muatan("tpa", df, ("id",), "tambah", utama=False)]


def tpa_dipakai(k: Konteks, tpa_tabel: list[Muatan], baris: pd.DataFrame) -> list[Muatan]:
    """Only the new TPA that rows being loaded name are added, and only they are announced: a file
    whose rows were all refused adds no TPA and says none was added."""
    if not tpa_tabel:
        return []
    m = tpa_tabel[0]
    dipakai = set(baris.tpa_id.dropna()) if not baris.empty else set()
    m.df = m.df[m.df.id.isin(dipakai)]
    if m.df.empty:
        return []
    k.catat("kd_c_tpa_baru", tpa=", ".join(sorted(m.df.nama)))
    return [m]


def _netto(p: pd.DataFrame) -> pd.DataFrame:
    """A load's net weight from gross and tare when the file leaves it out."""
    if {"bruto", "tara"} <= set(p.columns):
        if "netto" not in p.columns:
            p["netto"] = np.nan
        isi = p.netto.isna() & p.bruto.notna() & p.tara.notna()
        p.loc[isi, "netto"] = p.loc[isi, "bruto"] - p.loc[isi, "tara"]
    return p


def _netto_cocok(df: pd.DataFrame, _: Setelan) -> pd.Series:
    if not {"bruto", "tara", "netto"} <= set(df):
        return pd.Series(True, index=df.index)
    selisih = (df.netto - (df.bruto - df.tara)).abs()
    batas = (df.bruto.abs() * TOLERANSI_NETTO[1]).clip(lower=TOLERANSI_NETTO[0])
    return (selisih <= batas) | df[["bruto", "tara", "netto"]].isna().any(axis=1)


def _tara_kecil(df: pd.DataFrame, _: Setelan) -> pd.Series:
    if not {"bruto", "tara"} <= set(df):
        return pd.Series(True, index=df.index)
    return (df.tara <= df.bruto) | df.tara.isna() | df.bruto.isna()


def _dalam_batas(df: pd.DataFrame, s: Setelan) -> pd.Series:
    if "netto" not in df:
        return pd.Series(True, index=df.index)
    return (df.netto <= s.batas_netto_kg) | df.netto.isna()


def susun(k: Konteks) -> list[Muatan]:
    tpa_tabel = tpa_baru(k)
    p, idx = k.p, k.p.index
    n = len(p)
    waktu = p["waktu"].copy() if "waktu" in p else pd.Series(pd.NaT, index=idx, dtype="datetime64[us]")
    if "jam" in p:  # a separate time-of-day column: rare, small files
        for i in idx[waktu.notna().to_numpy() & p["jam"].notna().to_numpy()]:
            waktu[i] = datetime.combine(waktu[i].date(), p.at[i, "jam"])
    tpa_kode, tpa = k.per_nilai(p.get("tpa"), k.cocok.tpa_id)
    tpa_id = ambil(tpa_kode, tpa, 0).set_axis(idx)
    k.tolak_per_nilai(tpa_kode, tpa, tpa_id.isna().to_numpy())
    # the kecamatan code when given, else its name (as Konteks.kecamatan reads a row)
    kode_kec, nama_kec = k.teks("kode_kecamatan"), k.teks("kecamatan")
    pakai_kode = kode_kec.notna().to_numpy()
    if "kode_kecamatan" not in p or "kecamatan" not in p:
        asal = kode_kec if "kode_kecamatan" in p else nama_kec
    else:
        asal = kode_kec.astype(object).where(pakai_kode, nama_kec.astype(object))
    kec_kode, kec = k.per_nilai(asal, lambda v: k.cocok.kecamatan(str(v)) if v else (None, None, {}))
    kec_id = ambil(kec_kode, kec, 0).set_axis(idx)
    gagal = kec_id.isna().to_numpy() & asal.notna().to_numpy()
    for r in np.flatnonzero(gagal):
        _, e, kw = kec[kec_kode[r]]
        kol = "kode_kecamatan" if pakai_kode[r] else "kecamatan"
        k.tolak(idx[r], e, kolom=k.peta.get(kol, kol), **kw)
    netto = p["netto"].to_numpy(dtype="float64") if "netto" in p else np.full(n, np.nan)
    for r in np.flatnonzero(np.isnan(netto)):
        if idx[r] not in k.galat:
            k.tolak(idx[r], "kd_e_wajib", kolom=k.peta.get("netto", "netto"))
    kosong_f = pd.Series(np.nan, index=idx)
    df = pd.DataFrame(
        {
            "waktu": waktu,
            "tpa_id": tpa_id,
            "tiket": k.teks("tiket"),
            "nopol": k.teks("nopol"),
            "asal_kecamatan_kode": kec_id,
            "jenis_sumber": k.teks("jenis_sumber"),
            "bruto_kg": p.get("bruto", kosong_f),
            "tara_kg": p.get("tara", kosong_f),
            "netto_kg": netto,
        },
        index=idx.rename("_i"),
    )
    df = k.duplikat(df, buang=df.index.isin(indeks(k.galat)))
    return tpa_dipakai(k, tpa_tabel, df) + [k.muatan(df)]


DATASET = Dataset(
    "tpa_muatan",
    ("Muatan TPA per tiket timbang", "Landfill loads per weighbridge ticket"),
    "tpa_muatan",
    ket="Satu baris per tiket jembatan timbang.",
    susun=susun,
    kunci=("tpa_id", "waktu", "tiket", "nopol", "netto_kg"),
    mode="tambah",
    bertipe=True,
    turunan=_netto,
    aturan=(
        Aturan("kd_e_netto", _netto_cocok),
        Aturan("kd_e_tara", _tara_kecil),
        Aturan("kd_e_truk", _dalam_batas),
    ),
    salah_satu=(("netto", "bruto"),),
    kolom=(
        Kolom(
            "waktu",
            "waktu",
            wajib=True,
            alias=("tanggal", "tanggal_jam", "waktu_masuk", "jam_masuk_tanggal", "datetime", "timestamp")
            + ALIAS_TANGGAL,
            contoh="2025-11-20 08:15",
            ket="Tanggal (dan jam) timbang.",
        ),
        Kolom(
            "jam",
            "jam",
            alias=("jam_masuk", "pukul", "time", "jam_timbang"),
            contoh="",
            ket="Jam timbang bila terpisah dari tanggal.",
        ),
        Kolom(
            "tpa",
            alias=("nama_tpa", "lokasi_tpa", "tpa_id", "landfill"),
            contoh="TPA Sumur Batu",
            ket="Nama TPA; boleh kosong bila hanya ada satu TPA.",
        ),
        Kolom(
            "tiket",
            alias=("no_tiket", "nomor_tiket", "ticket", "no_karcis", "no_transaksi", "nomor"),
            contoh="T-2025-000123",
            ket="Nomor tiket timbang.",
        ),
        Kolom(
            "nopol",
            alias=("no_polisi", "nomor_polisi", "plat", "plat_nomor", "no_kendaraan", "plate"),
            contoh="B 9123 KZ",
            ket="Nomor polisi truk.",
        ),
        Kolom(
            "kecamatan",
            alias=(
                "asal_kecamatan",
                "asal",
                "asal_sampah",
                "wilayah",
                "kecamatan_asal",
                "kode_kecamatan",
                "origin",
            ),
            contoh="Mustikajaya",
            ket="Kecamatan asal (nama atau kode); kosong = tidak diketahui.",
        ),
        Kolom(
            "jenis_sumber",
            alias=("sumber", "sumber_sampah", "jenis_kendaraan", "source"),
            contoh="permukiman",
            ket="Sumber sampah (permukiman, pasar, ...).",
        ),
        Kolom(
            "bruto",
            "berat",
            alias=("bruto_kg", "berat_bruto", "gross", "berat_kotor", "timbang_1"),
            min=0,
            maks=80_000,
            contoh=14250,
            ket="Berat kotor (kg, atau ton bila judul menyebut ton).",
        ),
        Kolom(
            "tara",
            "berat",
            alias=("tara_kg", "berat_tara", "tare", "berat_kosong", "timbang_2"),
            min=0,
            maks=40_000,
            contoh=8100,
            ket="Berat truk kosong.",
        ),
        Kolom(
            "netto",
            "berat",
            alias=("netto_kg", "berat_netto", "berat_bersih", "net", "neto"),
            min=0,
            contoh=6150,
            ket="Berat bersih = bruto − tara; boleh kosong bila bruto dan tara diisi.",
        ),
    ),
)
