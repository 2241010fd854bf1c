"""Rules every row must pass, as pandera schemas built from the dataset registry: required fields,
ranges (no negative weights, no absurd numbers), and cross-field rules (a load's net weight equals
gross minus tare, a load over the truck limit, a project ending before it starts).

Failures come back as {row index: [(message key, values)]} so that the page and the command line
show the same Indonesian reason next to each rejected row.
"""

from __future__ import annotations

from collections.abc import Callable, MutableMapping

import numpy as np
import pandas as pd
import pandera.pandas as pa

from sampah.ingest.dataset import JENIS_ANGKA, Dataset

BATAS_NETTO_KG = 30_000.0  # a full tronton compactor carries ~15-20 t; more than 30 t is a typing error
TOLERANSI_NETTO = (20.0, 0.01)  # |netto - (bruto - tara)| within 20 kg or 1%

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
    """{row index: [(message key, values)]} of the rejected rows. The first `batas` rows keep their
    reasons; every further row is marked in a bit mask (one byte a row, not a dict entry) and reads
    as one shared empty list whose appends only count reasons, by key and column, with one example
    each. A file of millions of bad rows is checked in bounded memory and reported as
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

    def rinci_ada(self, i: int) -> bool:
        """Are row i's reasons kept (it is kept in detail already, or there is room for it)?"""
        return i in self._rinci or (len(self._rinci) < self.batas and not self._ditandai(i))

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


def _antar_kolom(ds: Dataset, batas_netto: float) -> list[pa.Check]:
    if ds.nama == "tpa_muatan":

        def netto_cocok(df: pd.DataFrame) -> pd.Series:
            if not {"bruto", "tara", "netto"} <= set(df):
                return pd.Series(True, index=df.index)
            selisih = (df.netto - (df.bruto - df.tara)).abs()
            batas = (df.bruto.abs() * TOLERANSI_NETTO[1]).clip(lower=TOLERANSI_NETTO[0])
            return (selisih <= batas) | df[["bruto", "tara", "netto"]].isna().any(axis=1)

        def tara_kecil(df: pd.DataFrame) -> pd.Series:
            if not {"bruto", "tara"} <= set(df):
                return pd.Series(True, index=df.index)
            return (df.tara <= df.bruto) | df.tara.isna() | df.bruto.isna()

        def dalam_batas(df: pd.DataFrame) -> pd.Series:
            return (
                (df.netto <= batas_netto) | df.netto.isna()
                if "netto" in df
                else pd.Series(True, index=df.index)
            )

        return [
            pa.Check(netto_cocok, name="kd_e_netto"),
            pa.Check(tara_kecil, name="kd_e_tara"),
            pa.Check(dalam_batas, name="kd_e_truk"),
        ]
    if ds.nama == "csr":

        def urut(df: pd.DataFrame) -> pd.Series:
            if not {"mulai", "selesai"} <= set(df):
                return pd.Series(True, index=df.index)
            m, s = pd.to_datetime(df.mulai), pd.to_datetime(df.selesai)
            return (s >= m) | m.isna() | s.isna()

        return [pa.Check(urut, name="kd_e_selesai_sebelum_mulai")]
    return []


def skema(ds: Dataset, kolom: list[str], batas_netto: float = BATAS_NETTO_KG) -> pa.DataFrameSchema:
    cols = {}
    for k in ds.kolom:
        if k.nama not in kolom:
            continue
        cek = []
        if k.min is not None:
            cek.append(pa.Check.ge(k.min, error="kd_e_negatif" if k.min == 0 else "kd_e_min"))
        if k.maks is not None:
            cek.append(pa.Check.le(k.maks, error="kd_e_maks"))
        numerik = k.jenis in JENIS_ANGKA
        cols[k.nama] = pa.Column(float if numerik else None, cek, nullable=not k.wajib, coerce=numerik)
    return pa.DataFrameSchema(cols, checks=_antar_kolom(ds, batas_netto), strict=False)


def periksa(
    ds: Dataset, df: pd.DataFrame, sudah: Galat, batas_netto: float = BATAS_NETTO_KG, peta: dict | None = None
) -> Galat:
    """Run the schema on parsed values; a cell that already failed to parse is not reported twice.
    Rows past the detail limit of `sudah` (a Galat) are registered and counted there directly."""
    galat: dict[int, list[tuple[str, dict]]] = {}
    if isinstance(sudah, Galat) and sudah.dihitung:  # rejected already, past the detail limit:
        df = df[~df.index.isin(sudah.baris_dihitung())]  # more reasons would only be counted
    try:
        skema(ds, list(df.columns), batas_netto).validate(df, lazy=True)
    except pa.errors.SchemaErrors as e:
        fc = e.failure_cases
        # column by column (iterrows took a millisecond a row: minutes for a file of bad rows)
        for idx, kol, kunci in zip(
            fc["index"].tolist(), fc["column"].tolist(), fc["check"].astype(str).tolist()
        ):
            if idx is None or pd.isna(idx):
                continue
            idx = int(idx)
            kol = kol if isinstance(kol, str) else ""
            if kunci == "not_nullable":
                kunci = "kd_e_wajib"
            if isinstance(sudah, Galat) and not sudah.rinci_ada(idx):  # past the limit: counted only
                if idx not in sudah:
                    sudah.tolak_hitung(idx, kunci, (peta or {}).get(kol, kol))
                continue
            if any(kw.get("_kol") == kol for _, kw in sudah.get(idx, [])):
                continue
            if kunci.startswith("kd_") and any(k == kunci for k, _ in galat.get(idx, [])):
                continue  # a cross-field rule reports once per row, not once per column
            k = ds.kol(kol) if kol in {x.nama for x in ds.kolom} else None
            nilai = df.at[idx, kol] if kol in df else None
            galat.setdefault(idx, []).append(
                (
                    kunci,
                    {
                        "kolom": (peta or {}).get(kol, kol),
                        "_kol": kol,
                        "nilai": "" if nilai is None or pd.isna(nilai) else nilai,
                        "min": k.min if k else "",
                        "maks": k.maks if k else "",
                        "batas": batas_netto,
                    },
                )
            )
    return galat
