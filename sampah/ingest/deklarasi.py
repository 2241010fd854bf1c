"""What a dataset declares: its columns (types, header aliases, ranges), its target table, key and
load mode, the rules its rows must pass, and the function that assembles its rows. Each dataset is
one module of `sampah/ingest/datasets/`; `sampah/ingest/dataset.py` collects them into DATASETS.

Column types (`jenis`): teks, angka, bulat, tahun, tanggal, waktu, jam, rupiah, persen, kode, ya_tidak;
bulan (a period: a month, or a quarter/semester the assembly splits into months, see periode.py);
berat (weight; the unit comes from the header, e.g. 'Berat (ton/hari)', else a unit column, else
`satuan`; kg, ton or m3, a total or a rate per day/month/year).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import pandas as pd

if TYPE_CHECKING:
    from sampah.ingest.cocok import Pencocok
    from sampah.ingest.susun import Konteks, Muatan, Persiapan

# column types read as numbers (validated as float, checked for ranges)
JENIS_ANGKA = ("angka", "bulat", "rupiah", "persen", "berat")

# rows refused, per row of the file: [(message key of sampah/teks/kelola.py, values)]
Galat = dict[int, list[tuple[str, dict]]]

# how rows meet those already in the table: tambah skips known keys, perbarui replaces the row of a
# known key, lengkapi fills only its empty fields
Mode = Literal["tambah", "perbarui", "lengkapi"]


@dataclass(frozen=True)
class Kolom:
    """One column of a dataset, as a file may name it."""

    nama: str
    jenis: str = "teks"
    wajib: bool = False
    alias: tuple[str, ...] = ()
    min: float | None = None
    maks: float | None = None
    satuan: str = "kg"  # for `berat`: the unit when the header names none
    # for `berat`: None when the column holds the total of the row's period (a day, a month, a year);
    # "hari" when it holds a rate per day (t/day). A file's rate or total is converted to it.
    laju: str | None = None
    contoh: object = ""
    ket: str = ""  # what the column holds, in Indonesian (instructions sheet)


@dataclass(frozen=True)
class Setelan:
    """Settings of the store that rules read (table `pengaturan`)."""

    batas_netto_kg: float = 30_000.0  # a full tronton carries ~15-20 t; more than 30 t is a typing error
    # volumes (m3) into weights: the store's `tpa_kepadatan_kg_m3` (v_setelan_analisis), default 227
    kepadatan_kg_m3: float = 227.0
    kepadatan_sumber: str = "bawaan 227 kg/m3, tengah 215-239 kg/m3 terukur di truk"


@dataclass(frozen=True)
class Aturan:
    """A rule across the columns of a row: `uji` is True for the rows that pass; `kunci` is the
    message of the rows that fail."""

    kunci: str
    uji: Callable[[pd.DataFrame, Setelan], pd.Series]


@dataclass(frozen=True)
class Dataset:
    nama: str
    judul: tuple[str, str]
    tabel: str  # the target table
    kolom: tuple[Kolom, ...]
    ket: str  # one line in Indonesian: what a row is
    # assembles the parsed, validated rows into rows of the target tables (see susun.Konteks)
    susun: Callable[[Konteks], list[Muatan]] | None = None
    kunci: tuple[str, ...] = ()  # natural key of the target table's rows
    mode: Mode = "perbarui"
    salah_satu: tuple[tuple[str, ...], ...] = ()  # at least one column of each group is required
    aturan: tuple[Aturan, ...] = ()
    boleh_depan: bool = False  # dates and years after today are allowed (plans, targets, end dates)
    # large files: parsed into typed columns (float64, datetime64, Arrow text) and assembled column
    # by column; the others row by row from Python values
    bertipe: bool = False
    # values derived before validation (e.g. a load's net weight from gross and tare)
    turunan: Callable[[pd.DataFrame], pd.DataFrame] | None = None
    # the wilayah must be loaded first: always (True), or when one of these columns is in the file
    perlu_wilayah: bool | tuple[str, ...] = False
    perlu_bank_sampah: bool = False  # the registry must be loaded first
    # a file whose rows all name unknown places is refused as one of another kab/kota
    kota_lain: bool = False
    # a file that is not a table (boundaries): checked whole by this function instead of the steps
    periksa_berkas: Callable[[Dataset, bytes, str, Pencocok], Persiapan] | None = None

    def kol(self, nama: str) -> Kolom:
        return next(k for k in self.kolom if k.nama == nama)
