"""Per dataset: raw table -> parsed columns -> validated -> matched to codes -> rows of the target
tables, plus the rejected rows with their reasons. Nothing is written here (see muat.py)."""

from __future__ import annotations

import calendar
import hashlib
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time

import duckdb
import numpy as np
import pandas as pd

from sampah.ingest import Tolak, nilai
from sampah.ingest.baca import Tabel, isi_sel
from sampah.ingest.cocok import Pencocok, kode_kemendagri, nama_bs_kunci
from sampah.ingest.dataset import (
    JENIS_ANGKA,
    SIPSN_JENIS,
    SIPSN_SUMBER,
    Dataset,
    norm_header,
    satuan_header,
)
from sampah.ingest.validasi import BATAS_NETTO_KG, Galat, periksa

KATEGORI = {  # synonyms found in bank sampah ledgers -> the schema's categories
    "plastik": (
        "plastik",
        "plastic",
        "pet",
        "hdpe",
        "pp",
        "ldpe",
        "kresek",
        "botol plastik",
        "gelas plastik",
        "emberan",
        "plastik campur",
        "tutup botol",
        "asoy",
    ),
    "kertas": ("kertas", "paper", "kardus", "karton", "hvs", "koran", "duplek", "buku", "arsip", "cardboard"),
    "logam": ("logam", "metal", "besi", "aluminium", "alumunium", "kaleng", "tembaga", "kuningan", "seng"),
    "kaca": ("kaca", "glass", "beling", "botol kaca", "botol beling"),
    "organik": ("organik", "organic", "sisa makanan", "kompos", "daun", "sampah dapur"),
    "minyak jelantah": (
        "minyak jelantah",
        "jelantah",
        "minyak",
        "used cooking oil",
        "uco",
        "minyak goreng bekas",
    ),
    "lainnya": (
        "lainnya",
        "lain lain",
        "lain",
        "other",
        "others",
        "campuran",
        "kain",
        "karet",
        "elektronik",
        "residu",
    ),
}
_KATEGORI = {nilai_: k for k, vs in KATEGORI.items() for nilai_ in vs}
_STATUS_CSR = {
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


@dataclass
class Muatan:
    """Rows for one table and how they meet the rows already there."""

    tabel: str
    df: pd.DataFrame
    kunci: tuple[str, ...]
    mode: str = "tambah"  # tambah: skip known keys | perbarui: replace | lengkapi: fill gaps
    utama: bool = True  # counts as the dataset's rows in the report


@dataclass
class Persiapan:
    ds: Dataset
    tabel: Tabel
    peta: dict[str, str]
    muatan: list[Muatan]
    galat: Galat
    catatan: list[tuple[str, dict]] = field(default_factory=list)

    @property
    def dibaca(self) -> int:
        return len(self.tabel.data)

    @property
    def valid(self) -> int:
        return self.dibaca - len(self.galat)

    def ditolak(self, lang: str = "id") -> pd.DataFrame:
        """Rejected rows as they were in the file, with the row number and the reasons; past the
        detail limit one last row says how many more were rejected, and why."""
        g = self.galat
        idx = sorted(dict(g.rinci_items()) if isinstance(g, Galat) else g)
        asli = self.tabel.data.loc[idx].map(isi_sel) if idx else self.tabel.data.iloc[:0]
        alasan = ["; ".join(teks_alasan(k, kw, lang) for k, kw in self.galat[i]) for i in idx]
        out = asli.copy()
        out.insert(0, "alasan" if lang != "en" else "reason", alasan)
        out.insert(0, "baris" if lang != "en" else "row", [self.tabel.baris_file(i) for i in idx])
        out = out.reset_index(drop=True)
        if lain := getattr(self.galat, "dihitung", 0):
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

        hitung: dict[str, int] = {}
        if not hanya_lain:
            for _, gs in self.galat.rinci_items() if isinstance(self.galat, Galat) else self.galat.items():
                for k, kw in gs:
                    teks = teks_alasan(k, kw, lang)
                    hitung[teks] = hitung.get(teks, 0) + 1
        for (k, _), jumlah in getattr(self.galat, "lain", {}).items():
            teks = teks_alasan(k, self.galat.contoh[(k, _)], lang)
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


def _indeks(galat: Galat) -> np.ndarray:
    """The rejected rows as an integer array (a list of millions of ints costs pandas' isin dearly)."""
    return (
        galat.indeks() if isinstance(galat, Galat) else np.fromiter(galat, dtype=np.int64, count=len(galat))
    )


def _tolak(galat: Galat, i: int, kunci: str, **kw: object) -> None:
    if isinstance(galat, Galat) and not galat.rinci_ada(i):
        galat.tolak_hitung(i, kunci, kw.get("kolom", ""), kw)  # past the detail limit: counted
    else:
        galat.setdefault(i, []).append((kunci, kw))


def urai(
    ds: Dataset, tabel: Tabel, peta: dict[str, str], hari_ini: date, bertipe: bool = False
) -> tuple[pd.DataFrame, Galat]:
    """Parse every mapped column by its type. Cells that fail become None plus a reason.
    `bertipe`: numbers as float64 and dates as datetime64 (NaN/NaT when empty) for the datasets
    assembled column by column; otherwise Python objects with None, for those assembled row by row."""
    raw = tabel.data
    gaya_file = "id" if tabel.pemisah == ";" else "en"
    # each number column's distinct cells, counted once for its style and its values
    pra = {h: nilai.unik(raw[h]) for k, h in peta.items() if ds.kol(k).jenis in JENIS_ANGKA}
    gaya = {h: nilai.gaya_kolom(raw[h], u) for h, u in pra.items()}
    bukti = list(gaya.values())
    if bukti.count("id") != bukti.count("en"):
        gaya_file = "id" if bukti.count("id") > bukti.count("en") else "en"
    satuan_baris = next(
        (raw[h] for h in raw.columns if norm_header(h) in ("satuan", "satuan_berat", "uom")), None
    )
    out = pd.DataFrame(index=raw.index)
    galat = Galat()
    for nama, h in peta.items():
        k = ds.kol(nama)
        s = raw[h]
        boleh_depan = ds.nama == "csr"
        larik = None  # (positions, reasons) of a parsed column's refused cells
        if k.jenis in JENIS_ANGKA:
            kol = nilai.kolom_angka(s, gaya_file, gaya[h], pra[h])
            x, e = kol.seri().astype("float64").to_numpy(), {}
            larik = kol.galat_larik()
            if k.jenis == "bulat":
                for i in raw.index[~np.isnan(x) & (x != np.floor(x))]:
                    e[i] = "kd_e_bukan_bulat"
            if k.jenis == "berat":
                dari = satuan_header(h) or k.satuan
                x = x * {("ton", "kg"): 1000.0, ("kg", "ton"): 0.001}.get((dari, k.satuan), 1.0)
                if satuan_baris is not None and satuan_header(h) is None:
                    x = x * _faktor_satuan(satuan_baris, k.satuan, e)
            v = pd.Series(x, index=raw.index)
            if not bertipe:
                v = pd.Series(_float_objek(x), index=raw.index, dtype=object)
        elif k.jenis in ("tanggal", "waktu"):
            kol = nilai.kolom_waktu(s, hari_ini, boleh_depan, hanya_tanggal=k.jenis == "tanggal")
            v, e, larik = (kol.seri() if bertipe else kol.objek()), {}, kol.galat_larik()
        elif k.jenis == "bulan":
            v, e = nilai.bulan(s, hari_ini)
        elif k.jenis == "tahun":
            v, e = nilai.tahun(s, hari_ini)
        elif k.jenis == "jam":
            v, e = nilai.jam(s)
        elif k.jenis == "ya_tidak":
            v, e = nilai.kolom_ya_tidak(s).hasil()
        else:
            kol, e = nilai.kolom_teks(s), {}
            v = kol.teks() if bertipe else kol.objek()
        out[nama] = v if isinstance(v, pd.Series) else pd.Series(v, index=raw.index, dtype=object)
        if larik is not None and len(larik[0]):  # rows past the detail limit counted at once
            pos, alasan = larik
            lbl = raw.index.to_numpy()[pos]
            rinci = galat.tolak_banyak(
                lbl,
                alasan,
                h,
                lambda i, h=h, nama=nama, s=s: {"kolom": h, "_kol": nama, "nilai": isi_sel(s[i])},
            )
            e = {**dict(zip(lbl[rinci].tolist(), alasan[rinci].tolist())), **e}
        for i, kunci in e.items():
            if galat.rinci_ada(i):
                _tolak(galat, i, kunci, kolom=h, _kol=nama, nilai=isi_sel(s[i]))
            else:  # past the detail limit: counted, the cell looked up for the first of a reason only
                baru = (kunci, h) not in galat.contoh
                galat.tolak_hitung(
                    i, kunci, h, {"kolom": h, "_kol": nama, "nilai": isi_sel(s[i])} if baru else None
                )
    return out, galat


def _float_objek(x: np.ndarray) -> list:
    return [None if v != v else v for v in x.tolist()]


def _faktor_satuan(satuan: pd.Series, ke: str, err: dict) -> np.ndarray:
    """Per-row unit column (kg / ton) -> factor into `ke`; an unknown unit is a row error."""

    def satu(u: object) -> tuple[float, str | None]:
        u = (nilai.teks(u) or "").lower()
        if u in ("ton", "t", "tonnes") and ke == "kg":
            return 1000.0, None
        if u in ("kg", "kilogram") and ke == "ton":
            return 0.001, None
        if u not in ("", "kg", "kilogram", "ton", "t", "tonnes"):
            return 1.0, "kd_e_satuan"
        return 1.0, None

    kode, u, _ = nilai.unik(satuan)
    hasil = [satu(x) for x in u] + [satu(None)]
    f = np.array([h[0] for h in hasil])[kode]
    for r in np.flatnonzero(np.isin(kode, [j for j, h in enumerate(hasil[:-1]) if h[1]])):
        err[satuan.index[r]] = "kd_e_satuan"
    return f


# ---- helpers used by several datasets ------------------------------------------------------------


def _judul(s: str | None) -> str | None:
    """'CIBEUNYING KIDUL' -> 'Cibeunying Kidul'; mixed case is kept as the file has it."""
    if s and s.isupper():
        return re.sub(r"\b(Kab|Kota|Kec|Kel)\b", lambda m: m[0], s.title())
    return s


def _akhir_bulan(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _id(awal: str, *bagian: object) -> str:
    return f"{awal}-" + hashlib.sha1("|".join(str(b) for b in bagian).encode()).hexdigest()[:8].upper()


_kolom = threading.local()  # while a dataset's rows are assembled: its frame's columns as dicts


def _get(p: pd.DataFrame, i: int, kol: str) -> object:
    """One parsed cell. `p.at[i, kol]` costs tens of microseconds in pandas 3, which made row
    assembly most of an import's time; during `siapkan` the columns are read once into dicts."""
    c = getattr(_kolom, "isi", None)
    if c is not None and c[0] is p:
        nilai_ = c[1].get(kol)
        return None if nilai_ is None else nilai_[i]
    return p.at[i, kol] if kol in p.columns else None


def _kecamatan(
    c: Pencocok, p: pd.DataFrame, i: int, galat: Galat, peta: dict, wajib: bool = False
) -> str | None:
    for kol in ("kode_kecamatan", "kecamatan"):
        v = _get(p, i, kol)
        if v:
            kode, e, kw = c.kecamatan(str(v))
            if kode:
                return kode
            _tolak(galat, i, e, kolom=peta.get(kol, kol), **kw)
            return None
    if wajib:
        _tolak(galat, i, "kd_e_wajib", kolom="kecamatan")
    return None


def _kelurahan(
    c: Pencocok, p: pd.DataFrame, i: int, galat: Galat, peta: dict, wajib: bool = True
) -> str | None:
    kec = None
    for kol in ("kode_kecamatan", "kecamatan"):
        v = _get(p, i, kol)
        if v:
            kec = c.kecamatan(str(v))[0]
            break
    for kol in ("kode_kelurahan", "kelurahan"):
        v = _get(p, i, kol)
        if v:
            kode, e, kw = c.kelurahan(str(v), kec)
            if kode:
                return kode
            _tolak(galat, i, e, kolom=peta.get(kol, kol), **kw)
            return None
    if wajib:
        _tolak(galat, i, "kd_e_wajib", kolom="kelurahan")
    return None


def _duplikat(df: pd.DataFrame, kunci: list[str], galat: Galat, tabel: Tabel) -> pd.DataFrame:
    """Rows repeating the natural key of an earlier row of the same file are rejected."""
    if df.empty:
        return df
    # rows whose keys hash alike are candidates; among them the values themselves decide
    calon = np.flatnonzero(pd.Series(_hash_kunci(df, kunci)).duplicated(keep=False).to_numpy())
    if not len(calon):
        return df
    gabung = np.zeros(len(calon), dtype=np.int64)
    for k in kunci:  # exact: codes combined, re-numbered after each column so they stay small
        c = _kode(df[k].iloc[calon]) + 1
        gabung = pd.factorize(gabung * (int(c.max()) + 1) + c)[0].astype(np.int64)
    ganda = pd.Series(gabung).duplicated(keep="first").to_numpy()
    if not ganda.any():
        return df
    pertama = calon[np.unique(gabung, return_index=True)[1]]  # the first row of each key
    for r, g in zip(calon[ganda], gabung[ganda]):
        _tolak(galat, df.index[r], "kd_e_duplikat", baris=tabel.baris_file(df.index[pertama[g]]))
    buang = np.zeros(len(df), dtype=bool)
    buang[calon[ganda]] = True
    return df[~buang]


def _kode(s: pd.Series) -> np.ndarray:
    """Equal values, equal codes (NA: -1)."""
    try:
        return pd.factorize(s, use_na_sentinel=True)[0].astype(np.int64)
    except TypeError:  # unhashable cells (lists): compared as text
        return pd.factorize(s.astype(str))[0].astype(np.int64)


def _hash_kunci(df: pd.DataFrame, kunci: list[str]) -> np.ndarray:
    """A 64-bit hash of each row's key; equal keys hash alike. Typed columns are hashed by DuckDB
    (both cores, no Python object per row); columns of Python objects through their codes."""
    if all(df[k].dtype != object for k in kunci):
        con = duckdb.connect()
        try:
            con.register("_kunci", df[kunci].reset_index(drop=True))
            kolom_ = ", ".join(f'"{k}"' for k in kunci)
            return con.execute(f"SELECT hash({kolom_}) AS h FROM _kunci").fetchnumpy()["h"]
        finally:
            con.close()
    h = np.zeros(len(df), dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in kunci:
            h = (h ^ _kode(df[k]).astype(np.uint64)) * np.uint64(0x100000001B3)  # FNV-1a, mod 2**64
    return h


MAKS_NAMA_BEDA = 20_000  # distinct names in one name column; a city has tens of kecamatan


def _per_nilai(s: pd.Series | None, n: int, fungsi: Callable[[object], object]) -> tuple[np.ndarray, list]:
    """`fungsi` once per distinct value of a parsed column (None for an empty cell or a missing
    column): (row -> position in the list, results; an empty cell is the list's last entry).
    A name column of more distinct values than MAKS_NAMA_BEDA is a wrong mapping (or a hostile
    file): refused before minutes of fuzzy matching."""
    if s is None:
        return np.zeros(n, dtype=np.int64), [fungsi(None)]
    kode, u, _ = nilai.unik(s)
    if len(u) > MAKS_NAMA_BEDA:  # unik does not fold a column that looks unique at its start
        kode, u = pd.factorize(s, use_na_sentinel=True)
        if len(u) > MAKS_NAMA_BEDA:
            raise Tolak("kd_f_nama_beragam", kolom=s.name, n=len(u), batas=MAKS_NAMA_BEDA)
    hasil = [fungsi(v) for v in u] + [fungsi(None)]
    return np.where(kode < 0, len(hasil) - 1, kode), hasil


def _ambil(kode: np.ndarray, hasil: list, k: int | None = None) -> pd.Series:
    """Per row, the result (or its k-th part) of the row's distinct value, as Arrow text: the
    database reads such a column without touching a Python object per row."""
    isi = pd.array([h if k is None else h[k] for h in hasil], dtype="str")
    return pd.Series(isi.take(kode))


def _teks(p: pd.DataFrame, kol: str) -> pd.Series:
    """A parsed text column (Arrow text in typed mode), all empty when the file has none."""
    return p[kol] if kol in p else pd.Series(index=p.index, dtype="str")


def _tolak_per_nilai(
    galat: Galat, index: pd.Index, kode: np.ndarray, hasil: list, gagal: np.ndarray, **tetap: object
) -> None:
    """Rows whose value failed (`gagal` per row), each with its value's (key, values) reason."""
    for r in np.flatnonzero(gagal):
        _, e, kw = hasil[kode[r]]
        _tolak(galat, index[r], e, **tetap, **kw)


# ---- datasets ----------------------------------------------------------------------------------


def _wilayah(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    kota, kec, kel = {}, {}, {}
    for i in p.index:
        kk = kode_kemendagri(str(_get(p, i, "kode_kecamatan") or ""))
        if not kk or kk.count(".") != 2:
            _tolak(
                galat,
                i,
                "kd_e_kode_format",
                kolom=peta.get("kode_kecamatan"),
                tingkat="kecamatan",
                nilai=_get(p, i, "kode_kecamatan"),
                contoh="32.75.01",
            )
            continue
        kl_raw = _get(p, i, "kode_kelurahan")
        kl = kode_kemendagri(str(kl_raw)) if kl_raw else None
        if kl_raw and (not kl or kl.count(".") != 3):
            _tolak(
                galat,
                i,
                "kd_e_kode_format",
                kolom=peta.get("kode_kelurahan"),
                tingkat="kelurahan",
                nilai=kl_raw,
                contoh="32.75.01.1001",
            )
            continue
        if kl and not kl.startswith(kk + "."):
            _tolak(galat, i, "kd_e_kode_induk", kelurahan=kl, kecamatan=kk)
            continue
        if kl and not _get(p, i, "kelurahan"):
            _tolak(galat, i, "kd_e_wajib", kolom="kelurahan")
            continue
        kt = kode_kemendagri(str(_get(p, i, "kode_kota") or "")) or kk[:5]
        kota.setdefault(
            kt,
            {
                "kode": kt,
                "nama": _judul(_get(p, i, "kota")) or kt,
                "provinsi": _judul(_get(p, i, "provinsi")),
            },
        )
        lokasi = {k: _get(p, i, k) for k in ("luas_km2", "lat", "lon")}
        if kk not in kec:
            kec[kk] = {
                "kode": kk,
                "kode_bps": _get(p, i, "kode_bps_kecamatan"),
                "kota_kode": kt,
                "nama": _judul(_get(p, i, "kecamatan")),
                **({} if kl else lokasi),
                "_i": i,
            }
        if kl:
            if kl in kel:  # a kelurahan repeated (e.g. one row per bank sampah): fine if it agrees
                if _judul(_get(p, i, "kelurahan")) != kel[kl]["nama"]:
                    _tolak(
                        galat,
                        i,
                        "kd_e_wilayah_beda",
                        kode=kl,
                        nama=kel[kl]["nama"],
                        baris=tabel.baris_file(kel[kl]["_i"]),
                    )
                continue
            rw = _get(p, i, "jumlah_rw")
            kel[kl] = {
                "kode": kl,
                "kode_bps": _get(p, i, "kode_bps_kelurahan"),
                "kecamatan_kode": kk,
                "nama": _judul(_get(p, i, "kelurahan")),
                **lokasi,
                "jumlah_rw": None if rw is None else int(rw),
                "jumlah_rw_estimasi": False,
                "_i": i,
            }
    isi_kec = ["kode", "kode_bps", "kota_kode", "nama", "luas_km2", "lat", "lon"]
    df_kec = pd.DataFrame([{k: r.get(k) for k in isi_kec} for r in kec.values()], columns=isi_kec)
    isi_kel = [
        "kode",
        "kode_bps",
        "kecamatan_kode",
        "nama",
        "luas_km2",
        "lat",
        "lon",
        "jumlah_rw",
        "jumlah_rw_estimasi",
    ]
    df_kel = pd.DataFrame([{k: r.get(k) for k in isi_kel} for r in kel.values()], columns=isi_kel)
    return [
        Muatan(
            "kota",
            pd.DataFrame(list(kota.values()), columns=["kode", "nama", "provinsi"]),
            ("kode",),
            "lengkapi",
            utama=False,
        ),
        Muatan("kecamatan", df_kec, ("kode",), "lengkapi", utama=df_kel.empty),
        Muatan("kelurahan", df_kel, ("kode",), "lengkapi", utama=not df_kel.empty),
    ]


_RW = re.compile(r"(?i)\bRW\.?\s*:?\s*0*(\d{1,3})\b")
_RT = re.compile(r"(?i)\bRT\.?\s*:?\s*0*(\d{1,3})\b")


def _jenis_bs(v: str | None) -> str | None:
    s = (v or "unit").lower()
    if "induk" in s or s in ("bsi", "bank sampah induk"):
        return "induk"
    if s in ("unit", "bsu", "bank sampah unit", "bank sampah", "bs", "3r", "tps 3r"):
        return "unit"
    return None


def _bank_sampah(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    rows = []
    tanpa_tanggal_tutup = 0
    for i in p.index:
        kel = _kelurahan(c, p, i, galat, peta)
        jenis = _jenis_bs(_get(p, i, "jenis"))
        if jenis is None:
            _tolak(galat, i, "kd_e_jenis_bs", kolom=peta.get("jenis"), nilai=_get(p, i, "jenis"))
        berdiri = _get(p, i, "berdiri")
        th = _get(p, i, "tahun")
        if berdiri is None and th is not None:
            berdiri = date(int(th), 1, 1)
        if berdiri is None and i not in galat:
            _tolak(galat, i, "kd_e_berdiri")
        rw = _get(p, i, "rw")
        if rw is None and (m := _RW.search(str(_get(p, i, "alamat") or ""))):
            rw = m[1]
        if rw is not None:
            rw = (
                re.sub(r"(?i)^rw\.?\s*", "", str(rw)).zfill(2)
                if str(rw).isdigit() or "rw" in str(rw).lower()
                else str(rw)
            )
        nama = _get(p, i, "nama")
        status = (_get(p, i, "status") or "").lower()
        if ("tidak" in status or "non" in status) and _get(p, i, "nonaktif_sejak") is None:
            tanpa_tanggal_tutup += 1
        if i in galat:
            continue
        rt = m[1] if (m := _RT.search(str(_get(p, i, "alamat") or ""))) else ""
        bs_id = _get(p, i, "id_bank_sampah") or _id(
            "BS", kel, nama_bs_kunci(nama), rw, *([rt.zfill(2)] if rt else [])
        )
        rows.append(
            {
                "_i": i,
                "id": bs_id,
                "nama": nama,
                "jenis": jenis,
                "induk_id": _get(p, i, "induk_id"),
                "kelurahan_kode": kel,
                "rw": rw,
                "lat": _get(p, i, "lat"),
                "lon": _get(p, i, "lon"),
                "berdiri": berdiri,
                "nonaktif_sejak": _get(p, i, "nonaktif_sejak"),
                "nasabah": _get(p, i, "nasabah"),
                "_tahun": th,
            }
        )
    if tanpa_tanggal_tutup:
        ctx["catatan"].append(("kd_c_status_tanpa_tanggal", {"n": tanpa_tanggal_tutup}))
    df = pd.DataFrame(rows)
    if df.empty:
        return [Muatan("bank_sampah", df, ("id",), "perbarui")]
    df = _duplikat(df.set_index("_i"), ["id", "_tahun"], galat, tabel)
    # a registry per year: one unit, founded at its earliest date, described by its newest row
    df = df.sort_values("_tahun", na_position="first", kind="stable")
    gabung = (
        df.groupby("id", sort=False)
        .agg(
            berdiri=("berdiri", "min"),
            **{
                k: (k, "last")
                for k in (
                    "nama",
                    "jenis",
                    "induk_id",
                    "kelurahan_kode",
                    "rw",
                    "lat",
                    "lon",
                    "nonaktif_sejak",
                    "nasabah",
                )
            },
        )
        .reset_index()
    )
    if len(gabung) < len(df):
        ctx["catatan"].append(("kd_c_bs_gabung", {"baris": len(df), "unit": len(gabung)}))
    gabung["nasabah"] = gabung.nasabah.map(lambda x: None if x is None or pd.isna(x) else int(x))
    return [Muatan("bank_sampah", gabung, ("id",), "perbarui")]


def _kategori(v: str | None) -> str | None:
    s = re.sub(r"[^a-z ]", " ", (v or "").lower())
    s = re.sub(r"\s+", " ", s).strip()
    return _KATEGORI.get(s) or next((k for syn, k in _KATEGORI.items() if s.startswith(syn + " ")), None)


def _setoran_rekap(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    """Monthly totals per bank sampah (a few hundred rows), row by row."""
    rows = []
    for i in p.index:
        bs, e, kw = c.bank_sampah(str(_get(p, i, "bank_sampah") or ""))
        if bs is None and _get(p, i, "bank_sampah"):
            _tolak(galat, i, e, kolom=peta.get("bank_sampah"), **kw)
        kat_raw = _get(p, i, "kategori")
        kat = _kategori(kat_raw) if kat_raw else "lainnya"
        if kat is None:
            _tolak(galat, i, "kd_e_kategori", kolom=peta.get("kategori"), nilai=kat_raw)
        berat = _get(p, i, "berat")
        if berat is not None and berat == 0:
            _tolak(galat, i, "kd_e_berat_nol", kolom=peta.get("berat"))
        bln = _get(p, i, "bulan")
        if bln is None and not any(kw_.get("_kol") == "bulan" for _, kw_ in galat.get(i, [])):
            _tolak(galat, i, "kd_e_wajib", kolom="bulan")
        sub = _get(p, i, "subjenis")
        if i in galat:
            continue
        harga, nilai_rp = _get(p, i, "harga_per_kg"), _get(p, i, "nilai_rp")
        if nilai_rp is None and harga is not None:
            nilai_rp = round(harga * berat, 2)
        rows.append(
            {
                "_i": i,
                "tanggal": _akhir_bulan(bln),
                "bank_sampah_id": bs,
                "nasabah_id": _get(p, i, "nasabah_id"),
                "kategori": kat,
                "subjenis": f"rekap bulanan: {sub}" if sub else "rekap bulanan",
                "berat_kg": berat,
                "harga_per_kg": harga,
                "nilai_rp": nilai_rp,
            }
        )
    kunci = ("tanggal", "bank_sampah_id", "nasabah_id", "kategori", "subjenis")
    df = _duplikat(pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(), list(kunci), galat, tabel)
    return [Muatan("setoran", df, kunci, "perbarui")]


def _setoran_kolom(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    """`_setoran` for daily deposits, column by column: a month of a city is ~100,000 rows."""
    n, idx = len(p), p.index
    bs_kode, bs = _per_nilai(p.get("bank_sampah"), n, lambda v: c.bank_sampah(str(v or "")))
    ada_bs = p["bank_sampah"].notna().to_numpy() if "bank_sampah" in p else np.zeros(n, dtype=bool)
    bs_id = _ambil(bs_kode, bs, 0).set_axis(idx)
    _tolak_per_nilai(galat, idx, bs_kode, bs, ada_bs & bs_id.isna().to_numpy(), kolom=peta.get("bank_sampah"))
    kat_kode, kat = _per_nilai(p.get("kategori"), n, _kategori)
    kategori = _ambil(kat_kode, kat).set_axis(idx)
    kat_raw = p["kategori"].to_numpy(dtype=object) if "kategori" in p else np.full(n, None, dtype=object)
    for r in np.flatnonzero(kategori.isna().to_numpy() & pd.notna(kat_raw)):
        _tolak(galat, idx[r], "kd_e_kategori", kolom=peta.get("kategori"), nilai=kat_raw[r])
    berat = p["berat"].to_numpy(dtype="float64")
    for r in np.flatnonzero(berat == 0):
        _tolak(galat, idx[r], "kd_e_berat_nol", kolom=peta.get("berat"))
    kosong_f = pd.Series(np.nan, index=idx)
    harga = p.get("harga_per_kg", kosong_f).to_numpy(dtype="float64")
    nilai_rp = p.get("nilai_rp", kosong_f).to_numpy(dtype="float64")
    nilai_rp = np.where(np.isnan(nilai_rp) & ~np.isnan(harga), np.round(harga * berat, 2), nilai_rp)
    df = pd.DataFrame(
        {
            "tanggal": p["tanggal"],
            "bank_sampah_id": bs_id,
            "nasabah_id": _teks(p, "nasabah_id"),
            "kategori": kategori,
            "subjenis": _teks(p, "subjenis"),
            "berat_kg": berat,
            "harga_per_kg": harga,
            "nilai_rp": nilai_rp,
        },
        index=idx.rename("_i"),
    )
    df = df[~df.index.isin(_indeks(galat))]
    kunci = ("tanggal", "bank_sampah_id", "nasabah_id", "kategori", "subjenis", "berat_kg")
    return [Muatan("setoran", _duplikat(df, list(kunci), galat, tabel), kunci, "tambah")]


def _tpa_muatan_kolom(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    """`_tpa_muatan` column by column: a city's weighbridge logs ~100,000 loads a year."""
    _tpa_baru(c, p, ctx)
    n, idx = len(p), p.index
    waktu = p["waktu"].copy() if "waktu" in p else pd.Series(pd.NaT, index=idx, dtype="datetime64[us]")
    if "jam" in p:  # a separate time-of-day column: rare, small files
        for i in idx[waktu.notna().to_numpy() & p["jam"].notna().to_numpy()]:
            waktu[i] = datetime.combine(waktu[i].date(), p.at[i, "jam"])
    tpa_kode, tpa = _per_nilai(p.get("tpa"), n, c.tpa_id)
    tpa_id = _ambil(tpa_kode, tpa, 0).set_axis(idx)
    _tolak_per_nilai(galat, idx, tpa_kode, tpa, tpa_id.isna().to_numpy())
    # the kecamatan code when given, else its name (as `_kecamatan` reads a row)
    kode_kec, nama_kec = _teks(p, "kode_kecamatan"), _teks(p, "kecamatan")
    pakai_kode = kode_kec.notna().to_numpy()
    if "kode_kecamatan" not in p or "kecamatan" not in p:
        asal = kode_kec if "kode_kecamatan" in p else nama_kec
    else:
        asal = kode_kec.astype(object).where(pakai_kode, nama_kec.astype(object))
    kec_kode, kec = _per_nilai(asal, n, lambda v: c.kecamatan(str(v)) if v else (None, None, {}))
    kec_id = _ambil(kec_kode, kec, 0).set_axis(idx)
    gagal = kec_id.isna().to_numpy() & asal.notna().to_numpy()
    for r in np.flatnonzero(gagal):
        _, e, kw = kec[kec_kode[r]]
        kol = "kode_kecamatan" if pakai_kode[r] else "kecamatan"
        _tolak(galat, idx[r], e, kolom=peta.get(kol, kol), **kw)
    netto = p["netto"].to_numpy(dtype="float64") if "netto" in p else np.full(n, np.nan)
    for r in np.flatnonzero(np.isnan(netto)):
        if idx[r] not in galat:
            _tolak(galat, idx[r], "kd_e_wajib", kolom=peta.get("netto", "netto"))
    kosong_f = pd.Series(np.nan, index=idx)
    df = pd.DataFrame(
        {
            "waktu": waktu,
            "tpa_id": tpa_id,
            "tiket": _teks(p, "tiket"),
            "nopol": _teks(p, "nopol"),
            "asal_kecamatan_kode": kec_id,
            "jenis_sumber": _teks(p, "jenis_sumber"),
            "bruto_kg": p.get("bruto", kosong_f),
            "tara_kg": p.get("tara", kosong_f),
            "netto_kg": netto,
        },
        index=idx.rename("_i"),
    )
    df = df[~df.index.isin(_indeks(galat))]
    kunci = ("tpa_id", "waktu", "tiket", "nopol", "netto_kg")
    return _muatan_tpa_baru(ctx, c) + [
        Muatan("tpa_muatan", _duplikat(df, list(kunci), galat, tabel), kunci, "tambah")
    ]


def _tpa_baru(c: Pencocok, p: pd.DataFrame, ctx: dict) -> dict[str, str]:
    """A new city has no TPA row yet: the TPA named in its first weighbridge file is added."""
    if c.tpa or "tpa" not in p.columns:
        return {}
    nama = sorted({str(v) for v in p.tpa.dropna() if v})
    baru = {n: _id("TPA", n.lower()) for n in nama}
    c.tpa.update({i: n for n, i in baru.items()})
    if baru:
        ctx["tpa_baru"] = baru
        ctx["catatan"].append(("kd_c_tpa_baru", {"tpa": ", ".join(nama)}))
    return baru


def _muatan_tpa_baru(ctx: dict, c: Pencocok) -> list[Muatan]:
    baru = ctx.get("tpa_baru") or {}
    kota = next(iter(c.kota), "")
    df = pd.DataFrame(
        [{"id": i, "nama": n, "kota_kode": kota} for n, i in baru.items()],
        columns=["id", "nama", "kota_kode"],
    )
    return [Muatan("tpa", df, ("id",), "tambah", utama=False)] if baru else []


def _tpa_rekap(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    _tpa_baru(c, p, ctx)
    rows = []
    for i in p.index:
        tgl, bln = _get(p, i, "tanggal"), _get(p, i, "bulan")
        if tgl is None and bln is None and i not in galat:
            _tolak(galat, i, "kd_e_wajib", kolom="tanggal / bulan")
        tpa, e, kw = c.tpa_id(_get(p, i, "tpa"))
        if tpa is None:
            _tolak(galat, i, e, **kw)
        kec = _kecamatan(c, p, i, galat, peta)
        if i in galat:
            continue
        hari = tgl or _akhir_bulan(bln)
        rows.append(
            {
                "_i": i,
                "waktu": datetime.combine(hari, time()),
                "tpa_id": tpa,
                "asal_kecamatan_kode": kec,
                "jenis_sumber": "rekap harian" if tgl else "rekap bulanan",
                "netto_kg": _get(p, i, "ton") * 1000.0,
            }
        )
    kunci = ("tpa_id", "waktu", "asal_kecamatan_kode", "jenis_sumber")
    df = _duplikat(pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(), list(kunci), galat, tabel)
    return _muatan_tpa_baru(ctx, c) + [Muatan("tpa_muatan", df, kunci, "perbarui")]


def _pengolahan(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    rows = []
    for i in p.index:
        tgl, bln = _get(p, i, "tanggal"), _get(p, i, "bulan")
        if tgl is None and bln is None and i not in galat:
            _tolak(galat, i, "kd_e_wajib", kolom="tanggal / bulan")
        kel = _kelurahan(c, p, i, galat, peta)
        if i in galat:
            continue
        rows.append(
            {
                "_i": i,
                "tanggal": tgl or _akhir_bulan(bln),
                "fasilitas": _get(p, i, "fasilitas"),
                "jenis_fasilitas": _get(p, i, "jenis_fasilitas"),
                "kelurahan_kode": kel,
                "ton": _get(p, i, "ton"),
            }
        )
    kunci = ("tanggal", "fasilitas", "kelurahan_kode")
    df = _duplikat(pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(), list(kunci), galat, tabel)
    return [Muatan("pengolahan", df, kunci, "perbarui")]


def _csr(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    rows = []
    for i in p.index:
        kel = _kelurahan(c, p, i, galat, peta, wajib=False)
        kec = _kecamatan(c, p, i, galat, peta) if kel is None else c.kel.induk.get(kel)
        st_raw = _get(p, i, "status")
        status = _STATUS_CSR.get((st_raw or "").lower()) if st_raw else None
        if st_raw and status is None:
            _tolak(galat, i, "kd_e_status_csr", kolom=peta.get("status"), nilai=st_raw)
        ids = []
        for b in re.split(r"[;,]", str(_get(p, i, "bank_sampah") or "")):
            if b.strip():
                bid, e, kw = c.bank_sampah(b)
                if bid is None:
                    _tolak(galat, i, e, kolom=peta.get("bank_sampah"), **kw)
                ids.append(bid)
        if i in galat:
            continue
        rows.append(
            {
                "_i": i,
                "id": _get(p, i, "id_proyek")
                or _id("CSR", _get(p, i, "perusahaan"), _get(p, i, "program"), _get(p, i, "mulai")),
                **{
                    k: _get(p, i, k)
                    for k in (
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
                },
                "kecamatan_kode": kec,
                "kelurahan_kode": kel,
                "status": status,
                "bank_sampah_ids": ids or None,
            }
        )
    df = _duplikat(pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(), ["id"], galat, tabel)
    return [Muatan("csr_proyek", df, ("id",), "perbarui")]


def _penduduk(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    rows = []
    for i in p.index:
        kode = None
        if _get(p, i, "kode_wilayah"):
            kode, e, kw = c.wilayah(str(_get(p, i, "kode_wilayah")))
        elif _get(p, i, "kelurahan"):
            kode = _kelurahan(c, p, i, galat, peta)
            e = None
        elif _get(p, i, "kecamatan") or _get(p, i, "wilayah"):
            kode, e, kw = c.wilayah(str(_get(p, i, "kecamatan") or _get(p, i, "wilayah")))
        else:
            e, kw = "kd_e_wajib", {"kolom": "wilayah"}
        if kode is None and e:
            _tolak(galat, i, e, **kw)
        if i in galat:
            continue
        est = _get(p, i, "estimasi")
        rows.append(
            {
                "_i": i,
                "wilayah_kode": kode,
                "tahun": int(_get(p, i, "tahun")),
                "jumlah": int(_get(p, i, "jumlah")),
                "estimasi": bool(est) if est is not None else False,
                "sumber": _get(p, i, "sumber") or ctx["nama_file"],
            }
        )
    df = _duplikat(
        pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(),
        ["wilayah_kode", "tahun"],
        galat,
        tabel,
    )
    return [Muatan("penduduk", df, ("wilayah_kode", "tahun"), "perbarui")]


def _target(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    rows = []
    pecahan = all(v is None or v <= 1 for v in p.get("pengurangan_pct", pd.Series(dtype=object)))
    if pecahan and len(p):
        ctx["catatan"].append(("kd_c_pecahan", {}))
    for i in p.index:
        v = _get(p, i, "kode_kota")
        if v:
            kota = (
                kode_kemendagri(v)
                if kode_kemendagri(v) in c.kota
                else next((k for k, n in c.kota.items() if n.lower() == v.lower()), None)
            )
        else:
            kota = next(iter(c.kota)) if len(c.kota) == 1 else None
        if kota is None:
            _tolak(galat, i, "kd_e_kota", nilai=v or "", kota=c.nama_kota)
            continue
        f = 100.0 if pecahan else 1.0
        pen = _get(p, i, "penanganan_pct")
        rows.append(
            {
                "_i": i,
                "kota_kode": kota,
                "tahun": int(_get(p, i, "tahun")),
                "pengurangan_pct": _get(p, i, "pengurangan_pct") * f,
                "penanganan_pct": None if pen is None else pen * f,
                "sumber": _get(p, i, "sumber"),
            }
        )
    df = _duplikat(
        pd.DataFrame(rows).set_index("_i") if rows else pd.DataFrame(), ["kota_kode", "tahun"], galat, tabel
    )
    return [Muatan("target", df, ("kota_kode", "tahun"), "perbarui")]


_SIPSN_ANGKA = (
    "timbulan_ton",
    "pengurangan_ton",
    "pengurangan_pct",
    "penanganan_ton",
    "penanganan_pct",
    "daur_ulang_ton",
    "bahan_baku_ton",
    "recycling_rate_pct",
)


def _sipsn(p, c, galat, peta, tabel, ctx) -> list[Muatan]:
    capaian = [k for k in _SIPSN_ANGKA if k in peta]
    jenis = [k for k in SIPSN_JENIS if k in peta]
    sumber = [k for k in SIPSN_SUMBER if k in peta]
    if not capaian and not jenis and not sumber:
        raise Tolak("kd_f_sipsn_kolom")
    rows, komp = [], []
    for i in p.index:
        kab = _get(p, i, "kabkota")
        if i in galat:
            continue
        base = {"tahun": int(_get(p, i, "tahun")), "kabkota": kab}
        if capaian:
            rows.append(
                {
                    "_i": i,
                    **base,
                    "provinsi": _get(p, i, "provinsi"),
                    **{k: _get(p, i, k) for k in _SIPSN_ANGKA},
                    "sumber": f"SIPSN ({ctx['nama_file']})",
                }
            )
        sebelum = len(komp)
        for kel, daftar, satuan in (("jenis", jenis, "%"), ("sumber", sumber, "ton")):
            for k in daftar:
                if _get(p, i, k) is not None:
                    komp.append(
                        {
                            "_i": i,
                            **base,
                            "provinsi": _get(p, i, "provinsi"),
                            "kelompok": kel,
                            "kategori": k,
                            "nilai": _get(p, i, k),
                            "satuan": satuan,
                        }
                    )
        if not capaian and len(komp) == sebelum:
            _tolak(galat, i, "kd_e_tanpa_angka", kabkota=kab)
    out = []
    if capaian:
        df = (
            _duplikat(pd.DataFrame(rows).set_index("_i"), ["tahun", "kabkota"], galat, tabel)
            if rows
            else pd.DataFrame()
        )
        out.append(Muatan("sipsn", df, ("tahun", "kabkota"), "lengkapi"))
    if komp:
        df = pd.DataFrame(komp).set_index("_i")
        df = df[~df.index.isin(_indeks(galat))]
        dup = df.reset_index()[["tahun", "kabkota", "kelompok", "kategori", "_i"]]
        ganda = dup.duplicated(["tahun", "kabkota", "kelompok", "kategori"])
        for i in set(dup._i[ganda]):
            _tolak(galat, i, "kd_e_duplikat", baris="?")
        df = df[~df.index.isin(_indeks(galat))]
        out.append(
            Muatan(
                "sipsn_komposisi",
                df,
                ("tahun", "kabkota", "kelompok", "kategori"),
                "perbarui",
                utama=not capaian,
            )
        )
    return out


SIAPKAN: dict[str, Callable] = {
    "wilayah": _wilayah,
    "bank_sampah": _bank_sampah,
    "setoran": _setoran_kolom,
    "setoran_rekap": _setoran_rekap,
    "tpa_muatan": _tpa_muatan_kolom,
    "tpa_rekap": _tpa_rekap,
    "pengolahan": _pengolahan,
    "csr": _csr,
    "penduduk": _penduduk,
    "target": _target,
    "sipsn": _sipsn,
}


# datasets of many rows, assembled column by column from typed columns (the rest row by row)
PER_KOLOM = ("setoran", "tpa_muatan")


def _turunan(ds: Dataset, p: pd.DataFrame) -> pd.DataFrame:
    """Values derived before validation: a load's net weight from gross and tare when missing."""
    if ds.nama == "tpa_muatan" and {"bruto", "tara"} <= set(p.columns):
        if "netto" not in p.columns:
            p["netto"] = np.nan if ds.nama in PER_KOLOM else None
        isi = p.netto.isna() & p.bruto.notna() & p.tara.notna()
        p.loc[isi, "netto"] = p.loc[isi, "bruto"] - p.loc[isi, "tara"]
    return p


def siapkan(
    ds: Dataset,
    tabel: Tabel,
    peta: dict[str, str],
    c: Pencocok,
    hari_ini: date,
    nama_file: str,
    batas_netto: float = BATAS_NETTO_KG,
) -> Persiapan:
    if ds.nama in ("setoran_rekap", "tpa_rekap", "pengolahan") and "tahun" in peta and "bulan" in peta:
        # 'bulan' holds 1..12 or a month name next to a 'tahun' column: make it a month
        th = tabel.data[peta["tahun"]].map(nilai.teks)
        bl = tabel.data[peta["bulan"]].map(nilai.nomor_bulan)
        gabung = [
            f"{t[:4]}-{b:02d}" if t and b else tabel.data.at[i, peta["bulan"]]
            for i, t, b in zip(tabel.data.index, th, bl)
        ]
        tabel.data[peta["bulan"]] = gabung
    p, galat = urai(
        ds,
        tabel,
        {
            k: v
            for k, v in peta.items()
            if not (
                k == "tahun" and ds.nama != "bank_sampah" and ds.kol(k).jenis == "tahun" and "bulan" in peta
            )
        },
        hari_ini,
        bertipe=ds.nama in PER_KOLOM,
    )
    p = _turunan(ds, p)
    for i, gs in periksa(ds, p, galat, batas_netto, peta).items():
        galat.setdefault(i, []).extend(gs)
    ctx = {"catatan": [], "nama_file": nama_file}
    if ds.nama not in PER_KOLOM:
        _kolom.isi = (p, {k: dict(zip(p.index, p[k].tolist())) for k in p.columns})
    try:
        muatan = SIAPKAN[ds.nama](p, c, galat, peta, tabel, ctx)
    finally:
        _kolom.isi = None
    for m in muatan:  # rows rejected late (duplicates) must not be loaded
        if not m.df.empty and m.df.index.name == "_i":
            m.df = m.df[~m.df.index.isin(_indeks(galat))]
    return Persiapan(ds, tabel, peta, muatan, galat, tabel.catatan + ctx["catatan"])
