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

from dataclasses import replace
from datetime import date

import duckdb

from sampah.ingest import Tolak, kolom, wajar
from sampah.ingest.baca import Tabel, baca
from sampah.ingest.cocok import Pencocok
from sampah.ingest.dataset import DATASETS
from sampah.ingest.deklarasi import Dataset, Setelan
from sampah.ingest.susun import Konteks, Persiapan, indeks
from sampah.ingest.urai import urai_tabel
from sampah.ingest.validasi import periksa_baris

# the header of the year column made from the year the user gave
TAHUN_BERLAKU = "tahun (berlaku)"
# the first reason of every refused row says the place is unknown: the file is of another city
_TEMPAT_ASING = ("kd_e_nama_tak_dikenal", "kd_e_nama_saran", "kd_e_kode_tak_dikenal")


def periksa_berkas(
    con: duckdb.DuckDBPyConnection | None,
    dataset: str,
    data: bytes,
    nama_file: str,
    pemetaan: dict[str, str] | None,
    hari_ini: date,
    tahun: int | None = None,
) -> Persiapan:
    """Read, map, parse, validate and assemble a file against the database `con` (read only).
    `tahun`: the year a file without a year column is valid for (a registry, a yearly table), given
    by the user. Raises Tolak when the whole file is refused."""
    if dataset not in DATASETS:
        raise Tolak("kd_f_dataset", dataset=dataset, daftar=", ".join(DATASETS))
    ds = DATASETS[dataset]
    if con is None:
        raise Tolak("kd_f_tanpa_db")
    if ds.periksa_berkas is not None:  # a file it checks itself; None: the shared steps below
        hasil = ds.periksa_berkas(ds, data, nama_file, con, pemetaan)
        if hasil is not None:
            return hasil
    tabel = baca(data, nama_file, kolom.skor_header(ds))
    header = list(tabel.data.columns)
    ingat = kolom.diingat(con, dataset, header)
    peta = kolom.petakan(ds, header, {**ingat, **(pemetaan or {})})
    if ingat:
        tabel.catatan.append(("kd_c_peta_diingat", {}))
    _tahun_berlaku(ds, tabel, peta, tahun)
    hilang = kolom.wajib_hilang(ds, peta)
    if hilang and any("tahun" in g.split(" / ") for g in hilang) and _ada_tahun(ds):
        raise Tolak("kd_f_perlu_tahun", kolom=", ".join(hilang), ada=", ".join(header[:20]))
    if hilang:
        raise Tolak("kd_f_kolom_wajib", kolom=", ".join(hilang), ada=", ".join(header[:20]))
    if tabel.data.empty:
        raise Tolak("kd_f_tanpa_baris")
    c = Pencocok(con)
    _prasyarat(ds, peta, c)
    setelan = baca_setelan(con)
    p, galat = urai_tabel(ds, tabel, peta, hari_ini, setelan)
    for i, gs in periksa_baris(ds, p, galat, setelan, peta).items():
        galat.setdefault(i, []).extend(gs)
    k = Konteks(ds, p, peta, c, galat, tabel, nama_file)
    assert ds.susun is not None, ds.nama
    muatan = ds.susun(k)
    for m in muatan:  # rows refused late (duplicates) must not be loaded
        if not m.df.empty and m.df.index.name == "_i":
            lewat = m.df.index.isin(indeks(galat))
            if lewat.any():  # a copy of the rows only when there is one to leave out
                m.df = m.df[~lewat]
    hasil = Persiapan(ds, tabel, peta, muatan, galat, tabel.catatan + k.catatan)
    if hasil.valid:  # values far outside their own series and their peers are held (wajar.py)
        hasil.pencilan, catatan = wajar.periksa(con, dataset, muatan)
        hasil.catatan += catatan
    if (
        ds.kota_lain
        and hasil.valid == 0
        and galat
        and all(kunci in _TEMPAT_ASING for _, gs in galat.rinci_items() for kunci, _ in gs[:1])
        and all(kunci in _TEMPAT_ASING for kunci, _ in galat.lain)  # reasons past the detail limit
    ):
        raise Tolak("kd_f_wilayah_lain", kota=c.nama_kota, alasan=hasil.alasan_teratas())
    return hasil


def header(dataset: str, data: bytes, nama_file: str) -> list[str]:
    """A file's column headers as the mapping step sees them (a boundary layer: its properties)."""
    ds = DATASETS[dataset]
    if ds.header_berkas is not None:
        return ds.header_berkas(data, nama_file)
    return list(baca(data, nama_file, kolom.skor_header(ds)).data.columns)


def _ada_tahun(ds: Dataset) -> bool:
    return any(k.nama == "tahun" and k.jenis == "tahun" for k in ds.kolom)


def _tahun_berlaku(ds: Dataset, tabel: Tabel, peta: dict[str, str], tahun: int | None) -> None:
    """The year the user gave fills the dataset's year column when the file has none; when the file
    has one, the file's years are kept and the report says so."""
    if tahun is None:
        return
    if not _ada_tahun(ds):
        tabel.catatan.append(("kd_c_tahun_tak_dipakai", {"tahun": tahun}))
        return
    if "tahun" in peta:
        tabel.catatan.append(("kd_c_tahun_file", {"tahun": tahun, "kolom": peta["tahun"]}))
        return
    h = TAHUN_BERLAKU
    tabel.data[h] = str(tahun)  # parsed and validated like a year written in the file
    peta["tahun"] = h
    tabel.catatan.append(("kd_c_tahun_berlaku", {"tahun": tahun}))


def _prasyarat(ds: Dataset, peta: dict[str, str], c: Pencocok) -> None:
    """The registries a dataset's rows point into must be loaded first. A file naming places by
    kecamatan only needs the kecamatan; the refusal says what the store has and lacks."""
    perlu = ds.perlu_wilayah
    if perlu is True or (isinstance(perlu, tuple) and any(k in peta for k in perlu)):
        if not c.kec.kode:
            raise Tolak("kd_f_wilayah_dulu")
        hanya_kec = perlu is not True and not any(k in peta for k in ("kelurahan", "kode_kelurahan"))
        if not c.kel.kode and not hanya_kec:
            raise Tolak("kd_f_kelurahan_dulu", n=len(c.kec.kode))
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
    hasil = Setelan(batas_netto_kg=float(r[0])) if r and r[0] is not None else bawaan
    try:  # the density is a setting of the analyses too (one value for the landfill and the imports)
        rho = con.execute(
            "SELECT TRY_CAST(nilai AS DOUBLE), catatan FROM pengaturan WHERE kunci = 'tpa_kepadatan_kg_m3'"
        ).fetchone()
    except duckdb.Error:
        return hasil
    if rho and rho[0] is not None and rho[0] > 0:
        sumber = f"pengaturan tpa_kepadatan_kg_m3{': ' + rho[1] if rho[1] else ''}"
        hasil = replace(hasil, kepadatan_kg_m3=float(rho[0]), kepadatan_sumber=sumber)
    return hasil
