"""Target: the kota's reduction and handling targets per year (Jakstrada), in percent."""

from __future__ import annotations

import pandas as pd

from sampah.ingest.cocok import kode_kemendagri
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan


def _kota(k: Konteks, v: str | None) -> str | None:
    """The kota of a row by code or name; an empty cell is the store's kota when it has one."""
    kota = k.cocok.kota
    if not v:
        return next(iter(kota)) if len(kota) == 1 else None
    if kode_kemendagri(v) in kota:
        return kode_kemendagri(v)
    return next((kode for kode, nama in kota.items() if nama.lower() == v.lower()), None)


def _baris(k: Konteks, i: int, f: float) -> dict | None:
    if i in k.galat:  # a year or a target that could not be read
        return None
    v = k.sel(i, "kode_kota")
    kota = _kota(k, v)
    if kota is None:
        k.tolak(i, "kd_e_kota", nilai=v or "", kota=k.cocok.nama_kota)
        return None
    pen = k.sel(i, "penanganan_pct")
    return {
        "kota_kode": kota,
        "tahun": int(k.sel(i, "tahun")),
        "pengurangan_pct": k.sel(i, "pengurangan_pct") * f,
        "penanganan_pct": None if pen is None else pen * f,
        "sumber": k.sel(i, "sumber"),
    }


def susun(k: Konteks) -> list[Muatan]:
    # 0.3 for 30%: a file written as fractions (every target at most 1)
    pecahan = all(v is None or v <= 1 for v in k.p.get("pengurangan_pct", pd.Series(dtype=object)))
    if pecahan and len(k.p):
        k.catat("kd_c_pecahan")
    f = 100.0 if pecahan else 1.0
    return [k.muatan(k.duplikat(k.per_baris(lambda i: _baris(k, i, f))))]


DATASET = Dataset(
    "target",
    ("Target pengurangan & penanganan", "Reduction & handling targets"),
    "target",
    ket="Satu baris per tahun (Jakstrada).",
    susun=susun,
    kunci=("kota_kode", "tahun"),
    boleh_depan=True,  # targets are set for the years ahead (Jakstrada to 2025 and beyond)
    kolom=(
        Kolom(
            "kode_kota",
            "kode",
            alias=("kota_kode", "kode_kabupaten_kota", "kota", "kabupaten_kota"),
            contoh="32.75",
            ket="Kode kab/kota; kosong = kota di basis data ini.",
        ),
        Kolom("tahun", "tahun", wajib=True, alias=("year",), contoh=2025),
        Kolom(
            "pengurangan_pct",
            "persen",
            wajib=True,
            alias=("pengurangan", "target_pengurangan", "pengurangan_persen", "reduction"),
            min=0,
            maks=100,
            contoh=30,
            ket="Target pengurangan, persen (30 atau 30%).",
        ),
        Kolom(
            "penanganan_pct",
            "persen",
            alias=("penanganan", "target_penanganan", "penanganan_persen", "handling"),
            min=0,
            maks=100,
            contoh=70,
        ),
        Kolom("sumber", alias=("dasar_hukum", "source", "keterangan"), contoh="Perda Jakstrada"),
    ),
)
