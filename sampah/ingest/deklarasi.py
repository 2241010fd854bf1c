"""What a dataset declares: its columns (types, header aliases, ranges), its target table, key and
load mode, the rules its rows must pass, and the function that assembles its rows. Each dataset is
one module of `sampah/ingest/datasets/`; `sampah/ingest/dataset.py` collects them into DATASETS.

Column types (`jenis`): teks, angka, bulat, tahun, tanggal, waktu, jam, rupiah, persen, kode, ya_tidak;
bulan (a period: a month, or a quarter/semester the assembly splits into months, see periode.py);
berat (weight; the unit comes from the header, e.g. 'Berat (ton/hari)', else a unit column, else
`satuan`; kg, ton or m3, a total or a rate per day/month/year).

Also the shape every step records refused rows in (`Galat`), bounded for files of millions of bad rows.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

import numpy as np
import pandas as pd

if TYPE_CHECKING:
    import duckdb

    from sampah.ingest.susun import Konteks, Muatan, Persiapan

# column types read as numbers (validated as float, checked for ranges)
JENIS_ANGKA = ("angka", "bulat", "rupiah", "persen", "berat")

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
    # a file that is not a table (boundaries), or a table of its own layout (one area per row):
    # checked whole by this function instead of the steps, with the read-only connection and the
    # user's column mapping (or None); when it returns None the shared steps check the file
    periksa_berkas: (
        Callable[[Dataset, bytes, str, duckdb.DuckDBPyConnection, dict | None], Persiapan | None] | None
    ) = None
    # its column headers for the mapping step, when they are not a table's (a layer's properties)
    header_berkas: Callable[[bytes, str], list[str]] | None = None

    def kol(self, nama: str) -> Kolom:
        return next(k for k in self.kolom if k.nama == nama)


# ---- refused rows -------------------------------------------------------------------------------

MAKS_RINCI = 10_000  # rejected rows kept with their cells and reasons; the rest only counted


class _Dihitung(list):
    """The reasons of a row past MAKS_RINCI: counted by their Galat, never kept (shared, empty)."""

    def __init__(self, g: Galat) -> None:
        super().__init__()
        self._g = g

    def append(self, alasan: tuple[str, dict]) -> None:
        self._g.hitung(alasan[0], alasan[1])

    def extend(self, daftar) -> None:  # noqa: ANN001
        for a in daftar:
            self.append(a)


class Galat(MutableMapping):
    """{row index: [(message key of sampah/teks/kelola.py, values)]} of the rejected rows. The first
    `batas` rows keep their reasons; every further row is marked in a bit mask (one byte a row, not a
    dict entry) and reads as one shared empty list whose appends only count reasons, by key and
    column, with one example each. A file of millions of bad rows is checked in bounded memory and reported as
    "... dan N baris lain". Row indexes are the table's positions (0..n-1)."""

    def __init__(self, awal: dict | None = None, batas: int = MAKS_RINCI) -> None:
        self._rinci: dict[int, list] = dict(awal or {})
        self._tanda = np.zeros(0, dtype=bool)
        self._n_tanda = 0
        self.batas = batas
        self.lain: dict[tuple[str, object], int] = {}  # (key, column) -> reasons counted past the limit
        self.contoh: dict[tuple[str, object], dict] = {}  # (key, column) -> the values of one of them
        self._dihitung = _Dihitung(self)

    # -- the mapping ---------------------------------------------------------------------------
    def _ditandai(self, i: object) -> bool:
        return isinstance(i, (int, np.integer)) and 0 <= i < len(self._tanda) and bool(self._tanda[i])

    def __getitem__(self, i: int) -> list:
        g = self._rinci.get(i)
        if g is not None:
            return g
        if self._ditandai(i):
            return self._dihitung
        raise KeyError(i)

    def __contains__(self, i: object) -> bool:
        return i in self._rinci or self._ditandai(i)

    def __setitem__(self, i: int, g: list) -> None:
        if i in self or len(self._rinci) < self.batas:
            self._rinci[i] = g
        else:
            self.tandai(i)

    def __delitem__(self, i: int) -> None:
        if i in self._rinci:
            del self._rinci[i]
        elif self._ditandai(i):
            self._tanda[i] = False
            self._n_tanda -= 1
        else:
            raise KeyError(i)

    def __iter__(self):  # noqa: ANN204
        yield from self._rinci
        yield from np.flatnonzero(self._tanda).tolist()

    def __len__(self) -> int:
        return len(self._rinci) + self._n_tanda

    def setdefault(self, i: int, bawaan: list | None = None) -> list:
        g = self._rinci.get(i)
        if g is not None:
            return g
        if self._ditandai(i):
            return self._dihitung
        if len(self._rinci) < self.batas or not isinstance(i, (int, np.integer)) or i < 0:
            g = self._rinci[i] = [] if bawaan is None else bawaan
            return g
        self.tandai(i)
        return self._dihitung

    # -- past the detail limit ----------------------------------------------------------------
    @property
    def rinci(self) -> int:
        """Rows kept in detail."""
        return len(self._rinci)

    @property
    def dihitung(self) -> int:
        """Rejected rows past the limit (counted, not kept)."""
        return self._n_tanda

    def rinci_ada(self, i: int, lagi: int = 0) -> bool:
        """Are row i's reasons kept (it is kept in detail already, or there is room for it, beside
        `lagi` rows a step holds in detail to add later)?"""
        return i in self._rinci or (len(self._rinci) + lagi < self.batas and not self._ditandai(i))

    def tandai(self, i: int) -> None:
        if i >= len(self._tanda):
            baru = np.zeros(max(2 * len(self._tanda), i + 1, 1024), dtype=bool)
            baru[: len(self._tanda)] = self._tanda
            self._tanda = baru
        if not self._tanda[i]:
            self._tanda[i] = True
            self._n_tanda += 1

    def hitung(self, kunci: str, kw: dict) -> None:
        k = (kunci, kw.get("kolom", ""))
        n = self.lain.get(k)
        if n is None:
            self.contoh[k] = kw
        self.lain[k] = (n or 0) + 1

    def tolak_hitung(self, i: int, kunci: str, kolom: object, contoh: dict | None = None) -> None:
        """Row i rejected past the detail limit: marked, its reason counted (`contoh`: the values
        of this reason, kept for the first row of each reason and column only)."""
        if i not in self._rinci:
            self.tandai(i)
        self.hitung(kunci, contoh or {"kolom": kolom})

    def tolak_banyak(
        self,
        posisi: np.ndarray,
        alasan: np.ndarray,
        kolom: object,
        contoh: Callable[[int], dict] | None = None,
    ) -> np.ndarray:
        """Rows at `posisi` rejected for `alasan` (arrays): those past the detail limit are marked
        and counted here at once; returns the mask of those that still want their details."""
        posisi = np.asarray(posisi, dtype=np.int64)
        rinci = np.isin(posisi, np.fromiter(self._rinci, dtype=np.int64, count=len(self._rinci)))
        ruang = self.batas - len(self._rinci)
        if ruang > 0:  # the first new rows fill the remaining room
            baru = np.flatnonzero(~rinci)[:ruang]
            rinci[baru] = True
        sisa = posisi[~rinci]
        if len(sisa):
            if sisa.max() >= len(self._tanda):
                self.tandai(int(sisa.max()))
            self._n_tanda += int((~self._tanda[sisa]).sum())
            self._tanda[sisa] = True
            lain = alasan[~rinci]
            for k, j in pd.Series(lain, dtype=object).value_counts().items():
                if (k, kolom) not in self.contoh:  # the values of one row with this reason
                    satu = int(sisa[np.flatnonzero(lain == k)[0]])
                    self.contoh[(k, kolom)] = contoh(satu) if contoh else {"kolom": kolom}
                self.lain[(k, kolom)] = self.lain.get((k, kolom), 0) + j
        return rinci

    def baris_dihitung(self) -> np.ndarray:
        """The rows rejected past the detail limit."""
        return np.flatnonzero(self._tanda)

    def indeks(self) -> np.ndarray:
        """Every rejected row, as an integer array."""
        return np.concatenate(
            [np.fromiter(self._rinci, dtype=np.int64, count=len(self._rinci)), self.baris_dihitung()]
        )

    def rinci_items(self):  # noqa: ANN201
        return self._rinci.items()
