"""The steps of checking one file, each once and in this order:

    baca      read the bytes into a table of raw cells (encoding, separator, title rows, merged cells)
    kolom     map the file's headers to the dataset's columns (aliases, the user's or a remembered map)
    urai      parse every column by its type (numbers, dates, months, kg/ton)
    validasi  check ranges, required fields and the dataset's rules across columns (pandera)
    susun     the dataset's own assembly (datasets/<name>.py): names and codes matched to the store's
              (cocok), rows of the target tables built, duplicates refused

Nothing is written here: the result (`Persiapan`) goes to muat.py, which loads it. A dataset whose
files are not tables (boundaries) checks them itself (`Dataset.periksa_berkas`).
"""

from __future__ import annotations

from datetime import date

import duckdb

from sampah.ingest import Tolak, kolom
from sampah.ingest.baca import baca
from sampah.ingest.cocok import Pencocok
from sampah.ingest.dataset import DATASETS
from sampah.ingest.deklarasi import Dataset, Setelan
from sampah.ingest.susun import Konteks, Persiapan, indeks
from sampah.ingest.urai import urai_tabel
from sampah.ingest.validasi import periksa_baris

# the first reason of every refused row says the place is unknown: the file is of another city
_TEMPAT_ASING = ("kd_e_nama_tak_dikenal", "kd_e_nama_saran", "kd_e_kode_tak_dikenal")


def periksa_berkas(
    con: duckdb.DuckDBPyConnection | None,
    dataset: str,
    data: bytes,
    nama_file: str,
    pemetaan: dict[str, str] | None,
    hari_ini: date,
) -> Persiapan:
    """Read, map, parse, validate and assemble a file against the database `con` (read only).
    Raises Tolak when the whole file is refused."""
    if dataset not in DATASETS:
        raise Tolak("kd_f_dataset", dataset=dataset, daftar=", ".join(DATASETS))
    ds = DATASETS[dataset]
    if con is None:
        raise Tolak("kd_f_tanpa_db")
    if ds.periksa_berkas is not None:
        return ds.periksa_berkas(ds, data, nama_file, Pencocok(con))
    tabel = baca(data, nama_file, kolom.skor_header(ds))
    header = list(tabel.data.columns)
    ingat = kolom.diingat(con, dataset, header)
    peta = kolom.petakan(ds, header, {**ingat, **(pemetaan or {})})
    if ingat:
        tabel.catatan.append(("kd_c_peta_diingat", {}))
    hilang = kolom.wajib_hilang(ds, peta)
    if hilang:
        raise Tolak("kd_f_kolom_wajib", kolom=", ".join(hilang), ada=", ".join(header[:20]))
    if tabel.data.empty:
        raise Tolak("kd_f_tanpa_baris")
    c = Pencocok(con)
    _prasyarat(ds, peta, c)
    setelan = baca_setelan(con)
    p, galat = urai_tabel(ds, tabel, peta, hari_ini)
    for i, gs in periksa_baris(ds, p, galat, setelan, peta).items():
        galat.setdefault(i, []).extend(gs)
    k = Konteks(ds, p, peta, c, galat, tabel, nama_file)
    assert ds.susun is not None, ds.nama
    muatan = ds.susun(k)
    for m in muatan:  # rows refused late (duplicates) must not be loaded
        if not m.df.empty and m.df.index.name == "_i":
            m.df = m.df[~m.df.index.isin(indeks(galat))]
    hasil = Persiapan(ds, tabel, peta, muatan, galat, tabel.catatan + k.catatan)
    if (
        ds.kota_lain
        and hasil.valid == 0
        and galat
        and all(kunci in _TEMPAT_ASING for _, gs in galat.rinci_items() for kunci, _ in gs[:1])
        and all(kunci in _TEMPAT_ASING for kunci, _ in galat.lain)  # reasons past the detail limit
    ):
        raise Tolak("kd_f_wilayah_lain", kota=c.nama_kota, alasan=hasil.alasan_teratas())
    return hasil


def _prasyarat(ds: Dataset, peta: dict[str, str], c: Pencocok) -> None:
    """The registries a dataset's rows point into must be loaded first."""
    perlu = ds.perlu_wilayah
    if (perlu is True or (isinstance(perlu, tuple) and any(k in peta for k in perlu))) and not c.kel.kode:
        raise Tolak("kd_f_wilayah_dulu")
    if ds.perlu_bank_sampah and not c.bs:
        raise Tolak("kd_f_bs_dulu")


def baca_setelan(con: duckdb.DuckDBPyConnection) -> Setelan:
    """The settings rules read, from the store's `pengaturan` table (defaults when absent)."""
    bawaan = Setelan()
    try:
        r = con.execute(
            "SELECT TRY_CAST(nilai AS DOUBLE) FROM pengaturan WHERE kunci = 'batas_netto_kg'"
        ).fetchone()
    except duckdb.Error:
        return bawaan
    return Setelan(batas_netto_kg=float(r[0])) if r and r[0] is not None else bawaan
