"""What a dataset's assembly works with: the parsed rows of one file (`Konteks`), the rows it hands
to the loader (`Muatan`) and the checked file (`Persiapan`), plus the helpers several datasets share
(places by code or name, duplicate keys, values matched once per distinct value)."""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from sampah.ingest import Tolak, nilai, periode
from sampah.ingest.baca import Tabel, isi_sel
from sampah.ingest.cocok import Hasil, Pencocok
from sampah.ingest.deklarasi import Dataset, Galat, Mode
from sampah.ingest.periode import Periode

MAKS_NAMA_BEDA = 20_000  # distinct names in one name column; a city has tens of kecamatan


@dataclass
class Muatan:
    """Rows for one table and how they meet the rows already there."""

    tabel: str
    df: pd.DataFrame
    kunci: tuple[str, ...]
    mode: Mode = "tambah"
    utama: bool = True  # counts as the dataset's rows in the report


@dataclass
class Persiapan:
    """A checked file: the rows to load, the rows refused with their reasons, notes for the user."""

    ds: Dataset
    tabel: Tabel
    peta: dict[str, str]
    muatan: list[Muatan]
    galat: Galat
    catatan: list[tuple[str, dict]] = field(default_factory=list)
    # values far outside their series, held until the user accepts them (sampah/ingest/wajar.py)
    pencilan: pd.DataFrame = field(default_factory=pd.DataFrame)
    # rows read and deliberately left out, neither loaded nor refused (an area table's rows of other
    # kab/kota); a note says which
    disisihkan: int = 0

    @property
    def dibaca(self) -> int:
        return len(self.tabel.data)

    @property
    def valid(self) -> int:
        return self.dibaca - len(self.galat) - self.disisihkan

    def ringkas(self, lang: str, angka: Callable[[int], str] = str) -> str:
        """'N baris dibaca · N siap dimuat · N ditolak[ · N disisihkan]'."""
        from sampah.i18n import t

        teks = t(
            "kd_ringkas",
            lang,
            dibaca=angka(self.dibaca),
            valid=angka(self.valid),
            tolak=angka(len(self.galat)),
        )
        if self.disisihkan:
            teks += " · " + t("kd_ringkas_sisih", lang, n=angka(self.disisihkan))
        return teks

    def ditolak(self, lang: str = "id") -> pd.DataFrame:
        """Rejected rows as they were in the file, with the row number and the reasons; past the
        detail limit one last row says how many more were rejected, and why."""
        g = self.galat
        idx = sorted(dict(g.rinci_items()) if isinstance(g, Galat) else g)
        asli = self.tabel.data.loc[idx].map(isi_sel) if idx else self.tabel.data.iloc[:0]
        alasan = ["; ".join(teks_alasan(k, kw, lang) for k, kw in g[i]) for i in idx]
        out = asli.copy()
        out.insert(0, "alasan" if lang != "en" else "reason", alasan)
        out.insert(0, "baris" if lang != "en" else "row", [self.tabel.baris_file(i) for i in idx])
        out = out.reset_index(drop=True)
        if lain := getattr(g, "dihitung", 0):
            from sampah import fmt
            from sampah.i18n import t

            ringkas = t(
                "kd_lain_ditolak", lang, n=fmt.angka(lain, 0, lang), alasan=self.alasan_teratas(lang, True)
            )
            out.loc[len(out)] = {out.columns[0]: "…", out.columns[1]: ringkas}
        return out

    def alasan_teratas(self, lang: str = "id", hanya_lain: bool = False, n: int = 3) -> str:
        """The most frequent reasons, '<reason> (12×); ...' (those past the detail limit by example)."""
        from sampah import fmt

        g = self.galat
        hitung: dict[str, int] = {}
        if not hanya_lain:
            for _, gs in g.rinci_items() if isinstance(g, Galat) else g.items():
                for k, kw in gs:
                    teks = teks_alasan(k, kw, lang)
                    hitung[teks] = hitung.get(teks, 0) + 1
        for kunci, jumlah in getattr(g, "lain", {}).items():
            teks = teks_alasan(kunci[0], g.contoh[kunci], lang)
            hitung[teks] = hitung.get(teks, 0) + jumlah
        top = sorted(hitung.items(), key=lambda x: -x[1])[:n]
        return "; ".join(f"{teks} ({fmt.angka(j, 0, lang)}×)" for teks, j in top)


class _Kosong(dict):
    def __missing__(self, kunci: str) -> str:
        return "…"  # a value not kept for a row past the detail limit


def teks_alasan(kunci: str, kw: dict, lang: str = "id") -> str:
    """One reason in words; values that were not kept print as '…'."""
    from sampah.i18n import S

    return S[kunci][0 if lang != "en" else 1].format_map(
        _Kosong({a: b for a, b in kw.items() if not a.startswith("_")})
    )


def indeks(galat: Galat | dict) -> np.ndarray:
    """The rejected rows as an integer array (a list of millions of ints costs pandas' isin dearly)."""
    if isinstance(galat, Galat):
        return galat.indeks()
    return np.fromiter(galat, dtype=np.int64, count=len(galat))


def tolak(galat: Galat, i: int, kunci: str, **kw: object) -> None:
    if isinstance(galat, Galat) and not galat.rinci_ada(i):
        galat.tolak_hitung(i, kunci, kw.get("kolom", ""), kw)  # past the detail limit: counted
    else:
        galat.setdefault(i, []).append((kunci, kw))


@dataclass
class Konteks:
    """One file's parsed and validated columns (`p`, named by dataset column, indexed by data row),
    with what a dataset's assembly needs to turn them into rows: the matcher, the refusals so far
    and the notes for the user."""

    ds: Dataset
    p: pd.DataFrame
    peta: dict[str, str]  # dataset column -> the file's header
    cocok: Pencocok
    galat: Galat
    tabel: Tabel
    nama_file: str
    catatan: list[tuple[str, dict]] = field(default_factory=list)
    # row-by-row datasets: each column read once into a dict, since `p.at[i, kol]` costs tens of
    # microseconds in pandas 3 and made row assembly most of an import's time
    _isi: dict[str, dict] | None = None
    _dibagi: dict[str, dict] = field(default_factory=dict)  # notes of periods split into months

    def __post_init__(self) -> None:
        if not self.ds.bertipe:
            self._isi = {k: dict(zip(self.p.index, self.p[k].tolist())) for k in self.p.columns}

    def sel(self, i: int, kol: str) -> object:
        """One parsed cell (None when empty or when the file has no such column)."""
        if self._isi is not None:
            isi = self._isi.get(kol)
            return None if isi is None else isi[i]
        return self.p.at[i, kol] if kol in self.p.columns else None

    def header(self, kol: str) -> str | None:
        """The file's header of a dataset column (for messages)."""
        return self.peta.get(kol)

    def tolak(self, i: int, kunci: str, **kw: object) -> None:
        tolak(self.galat, i, kunci, **kw)

    def catat(self, kunci: str, **kw: object) -> None:
        self.catatan.append((kunci, kw))

    def muatan(self, df: pd.DataFrame, **lain: object) -> Muatan:
        """The rows for the dataset's own table, with its declared key and load mode."""
        return Muatan(self.ds.tabel, df, self.ds.kunci, self.ds.mode, **lain)

    def baris(self, rows: list[dict]) -> pd.DataFrame:
        """Assembled rows (each with its data row as `_i`) as a frame indexed by data row."""
        return pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame()

    def per_baris(self, satu: Callable[[int], dict | None]) -> pd.DataFrame:
        """Row by row: `satu(i)` gives data row i's values for the target table (a list of them for a
        period split into months), or None for a row it refused (it checks the row first, refusing
        with `tolak`)."""
        rows = []
        for i in self.p.index:
            r = satu(i)
            for x in [r] if isinstance(r, dict) else r or []:  # a period split into its months
                rows.append({"_i": i, **x})
        return self.baris(rows)

    def per_bulan(self, p: Periode, *jumlah: float | None) -> list[tuple[date, list[float | None]]]:
        """The months of a period (their last days), each with its share by days of each amount. A
        month is itself; a quarter or a semester is split, and the report says how."""
        bulan = p.bulan()
        hari = [(akhir_bulan(b) - b).days + 1 for b in bulan]
        if len(bulan) == 1:
            return [(akhir_bulan(p.mulai), list(jumlah))]
        kw = self._dibagi.get(p.jenis)
        if kw is None:
            kw = self._dibagi[p.jenis] = {"n": 0, "jenis": p.jenis, "contoh": ""}
            rincian = ", ".join(f"{periode.NAMA_BULAN[b.month - 1]} {h}" for b, h in zip(bulan, hari))
            kw["contoh"] = f"{p.label()}: {p.hari} hari = {rincian}"
            self.catat("kd_c_periode_dibagi", **kw)
        kw["n"] += 1
        return [
            (akhir_bulan(b), [None if x is None else x * h / p.hari for x in jumlah])
            for b, h in zip(bulan, hari)
        ]

    # ---- places -----------------------------------------------------------------------------------

    def kecamatan(self, i: int, wajib: bool = False) -> str | None:
        """The kecamatan of row i, by code when given, else by name; a refusal when unknown."""
        for kol in ("kode_kecamatan", "kecamatan"):
            v = self.sel(i, kol)
            if v:
                kode, e, kw = self.cocok.kecamatan(str(v))
                if kode:
                    return kode
                self.tolak(i, e, kolom=self.peta.get(kol, kol), **kw)
                return None
        if wajib:
            self.tolak(i, "kd_e_wajib", kolom="kecamatan")
        return None

    def kelurahan(self, i: int, wajib: bool = True) -> str | None:
        """The kelurahan of row i, by code or by name within its kecamatan when one is given."""
        kec = None
        for kol in ("kode_kecamatan", "kecamatan"):
            v = self.sel(i, kol)
            if v:
                kec = self.cocok.kecamatan(str(v))[0]
                break
        for kol in ("kode_kelurahan", "kelurahan"):
            v = self.sel(i, kol)
            if v:
                kode, e, kw = self.cocok.kelurahan(str(v), kec)
                if kode:
                    return kode
                self.tolak(i, e, kolom=self.peta.get(kol, kol), **kw)
                return None
        if wajib:
            self.tolak(i, "kd_e_wajib", kolom="kelurahan")
        return None

    # ---- duplicates -------------------------------------------------------------------------------

    def duplikat(
        self,
        df: pd.DataFrame,
        kunci: tuple[str, ...] | list[str] | None = None,
        buang: np.ndarray | None = None,
    ) -> pd.DataFrame:
        """Rows repeating the key (the declared one unless given) of an earlier row of the same file
        are refused. `buang`: rows (a mask) refused already, left out of the test and of the result:
        one copy of a large frame instead of two."""
        kunci = list(self.ds.kunci if kunci is None else kunci)
        if df.empty:
            return df
        buang = np.zeros(len(df), dtype=bool) if buang is None else np.asarray(buang, dtype=bool).copy()
        # rows whose keys hash alike are candidates; among them the values themselves decide
        calon = _hash_sama(_hash_kunci(df, kunci), ~buang)
        ganda = np.zeros(0, dtype=bool)
        if len(calon):
            gabung = np.zeros(len(calon), dtype=np.int64)
            for k in kunci:  # exact: codes combined, re-numbered after each column so they stay small
                c = _kode(df[k].iloc[calon]) + 1
                gabung = pd.factorize(gabung * (int(c.max()) + 1) + c)[0].astype(np.int64)
            ganda = pd.Series(gabung).duplicated(keep="first").to_numpy()
        if ganda.any():
            pertama = calon[np.unique(gabung, return_index=True)[1]]  # the first row of each key
            for r, g in zip(calon[ganda], gabung[ganda]):
                self.tolak(df.index[r], "kd_e_duplikat", baris=self.tabel.baris_file(df.index[pertama[g]]))
            buang[calon[ganda]] = True
        return df[~buang] if buang.any() else df

    # ---- column by column (bertipe datasets) ----------------------------------------------------------

    def per_nilai(self, s: pd.Series | None, fungsi: Callable[[object], object]) -> tuple[np.ndarray, list]:
        """`fungsi` once per distinct value of a parsed column (None for an empty cell or a missing
        column): (row -> position in the list, results; an empty cell is the list's last entry).
        A name column of more distinct values than MAKS_NAMA_BEDA is a wrong mapping (or a hostile
        file): refused before minutes of fuzzy matching."""
        n = len(self.p)
        if s is None:
            return np.zeros(n, dtype=np.int64), [fungsi(None)]
        kode, u, _ = nilai.unik(s)
        if len(u) > MAKS_NAMA_BEDA:  # unik does not fold a column that looks unique at its start
            kode, u = pd.factorize(s, use_na_sentinel=True)
            if len(u) > MAKS_NAMA_BEDA:
                raise Tolak(
                    "kd_f_nama_beragam",
                    kolom=self.peta.get(str(s.name), s.name),
                    n=len(u),
                    batas=MAKS_NAMA_BEDA,
                )
        hasil = [fungsi(v) for v in u] + [fungsi(None)]
        return np.where(kode < 0, len(hasil) - 1, kode), hasil

    def teks(self, kol: str) -> pd.Series:
        """A parsed text column (Arrow text in typed mode), all empty when the file has none."""
        return self.p[kol] if kol in self.p else pd.Series(index=self.p.index, dtype="str")

    def tolak_per_nilai(
        self, kode: np.ndarray, hasil: list[Hasil], gagal: np.ndarray, **tetap: object
    ) -> None:
        """Rows whose value failed (`gagal` per row), each with its value's (key, values) reason."""
        for r in np.flatnonzero(gagal):
            _, e, kw = hasil[kode[r]]
            self.tolak(self.p.index[r], e, **tetap, **kw)


def baris_demi_baris(
    satu: Callable[[Konteks, int], dict | list[dict] | None],
) -> Callable[[Konteks], list[Muatan]]:
    """The assembly of a dataset whose every valid row is one row of its own table: `satu(k, i)`
    checks data row i and gives its values (None when refused); repeated keys are refused."""

    def susun(k: Konteks) -> list[Muatan]:
        return [k.muatan(k.duplikat(k.per_baris(lambda i: satu(k, i))))]

    return susun


def ambil(kode: np.ndarray, hasil: list, k: int | None = None) -> pd.Series:
    """Per row, the result (or its k-th part) of the row's distinct value, as a category of text:
    the database and the copies of the rows read codes, not a string per row."""
    isi = pd.array([h if k is None else h[k] for h in hasil], dtype="str")
    kode_isi, beda = pd.factorize(isi, use_na_sentinel=True)
    return pd.Series(pd.Categorical.from_codes(kode_isi[kode], pd.Index(beda, dtype="str")))


def _kode(s: pd.Series) -> np.ndarray:
    """Equal values, equal codes (NA: -1)."""
    try:
        return pd.factorize(s, use_na_sentinel=True)[0].astype(np.int64)
    except TypeError:  # unhashable cells (lists): compared as text
        return pd.factorize(s.astype(str))[0].astype(np.int64)


def _hash_kunci(df: pd.DataFrame, kunci: list[str]) -> np.ndarray:
    """A 64-bit hash of each row's key; equal keys hash alike. Typed columns are hashed by DuckDB
    over their Arrow buffers (both cores, no Python object per row); columns of Python objects
    through their codes."""
    if all(df[k].dtype != object for k in kunci):
        con = duckdb.connect()
        try:
            con.register("_kunci", pa.Table.from_pandas(df[kunci], preserve_index=False))
            kolom_ = ", ".join(f'"{k}"' for k in kunci)
            return con.execute(f"SELECT hash({kolom_}) AS h FROM _kunci").fetchnumpy()["h"]
        finally:
            con.close()
    h = np.zeros(len(df), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in kunci:
            h = (h ^ _kode(df[k]).astype(np.uint64)) * np.uint64(0x100000001B3)  # FNV-1a, mod 2**64
    return h


def _hash_sama(h: np.ndarray, pakai: np.ndarray) -> np.ndarray:
    """Positions (ascending) of the rows in `pakai` whose hash another such row shares: a sort of
    the hashes, not a hash table of a million Python-level entries."""
    pos = np.flatnonzero(pakai)
    if len(pos) < 2:
        return np.zeros(0, dtype=np.int64)
    urutan = np.argsort(h[pos])
    urut = h[pos][urutan]
    sama = urut[1:] == urut[:-1]
    tanda = np.zeros(len(pos), dtype=bool)
    tanda[1:] |= sama
    tanda[:-1] |= sama
    return np.sort(pos[urutan[tanda]])


# ---- values several datasets build -----------------------------------------------------------------


def judul_nama(s: str | None) -> str | None:
    """'CIBEUNYING KIDUL' -> 'Cibeunying Kidul'; mixed case is kept as the file has it."""
    if s and s.isupper():
        return re.sub(r"\b(Kab|Kota|Kec|Kel)\b", lambda m: m[0], s.title())
    return s


def akhir_bulan(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def buat_id(awal: str, *bagian: object) -> str:
    """An id for a row the file gave none: the same parts always give the same id."""
    return f"{awal}-" + hashlib.sha1("|".join(str(b) for b in bagian).encode()).hexdigest()[:8].upper()
