"""Plausibility before loading: every value of an imported series is set beside its own history and
its peers, and the rows that fall far outside are held until a person says they are right.

A series is one unit (a kecamatan's landfill tonnes, a bank sampah's monthly deposits, a kab/kota's
SIPSN timbulan, a wilayah's population) over its periods (day, month, year). A value is compared with

    riwayat   the median of the same series in its other periods: the file's rows and the stored
              ones (queries/wajar_<dataset>.sql), the file's value replacing a stored one
    sebaya    the median of the other units of the same kind in the same period (and province, for
              kab/kota), where units of one kind are alike enough for that to mean something
    per kapita  landfilled kg per resident per day of a kecamatan, where its population is stored

Medians need at least MIN_BANDING values; a value with fewer is reported as not compared. Rows held
here are `Persiapan.pencilan`; muat.impor loads them only when the user accepts them.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass

import duckdb
import numpy as np
import pandas as pd

from sampah import db, fmt
from sampah.ingest.susun import Muatan

# More than 10x or less than a tenth of the series' own median: the size of the slips that happen
# when a file is typed or exported (an extra zero is 10x, kg typed as tonnes 1000x), and far beyond a
# real month-to-month swing of a kecamatan's tonnes or a unit's deposits (issue #14: a month of
# 28,741 t beside months of ~290 t).
KALI_RIWAYAT = 10.0
# Kecamatan of one kab/kota differ by a few times in population (Kota Bekasi: Bantargebang ~100
# thousand, Bekasi Utara ~340 thousand residents), so 10x their median is no longer a difference of size.
KALI_SEBAYA_KECAMATAN = 10.0
# Kab/kota of one province differ by up to ~30x in population (Jawa Barat: Kota Banjar ~0.2 million,
# Kab. Bogor ~5.6 million, BPS 2023), and SIPSN timbulan is population x a per-capita rate.
KALI_SEBAYA_KABKOTA = 30.0
MIN_BANDING = 3  # fewer values give no median to lean on
# Landfilled kg per resident per day in a kecamatan: whole-city generation is 0.4-0.9 kg (2-3 L at
# 200-300 kg/m3, SNI 19-3983-1995; SIPSN 2024 Kab. Bekasi 0.50, Kota Semarang 0.70). A kecamatan may
# take market and commercial waste too, so the band is wide; above 3 kg the figure cannot be its own
# people's. No lower bound: a kecamatan whose loads mostly go unrecorded by origin lands low.
KG_ORANG_HARI = (None, 3.0)

KUNCI = ["unit", "rincian", "periode", "kelompok"]


@dataclass(frozen=True)
class Deret:
    """How one dataset's rows form series and where their stored history is read."""

    tabel: str  # the Muatan checked
    kueri: str  # queries/<kueri>.sql: unit, rincian, periode, kelompok, nilai
    tingkat: str  # the kind of unit, for messages: kecamatan | bank_sampah | kabkota | wilayah
    satuan: str  # the unit of nilai, as printed: ton | kg | ton/tahun | jiwa
    # from the Muatan's rows (indexed by data row): unit, rincian, periode, kelompok, nilai, and
    # optionally label (the unit's name as the file writes it, when the store has no name for it)
    calon: Callable[[pd.DataFrame], pd.DataFrame]
    kali_sebaya: float | None = None  # None: units of this kind are too unlike for a peer median
    per_kapita: bool = False


def _tpa(df: pd.DataFrame) -> pd.DataFrame:
    bulanan = df.jenis_sumber.eq("rekap bulanan").to_numpy()
    waktu = pd.to_datetime(df.waktu)
    kec = df.asal_kecamatan_kode
    return pd.DataFrame(
        {
            "unit": kec.fillna("").astype(str),
            "rincian": np.where(bulanan, "bulan", "hari"),
            "periode": waktu.dt.to_period("M").dt.start_time.where(bulanan, waktu.dt.normalize()),
            "kelompok": np.where(kec.isna(), "tak_diketahui", ""),
            "nilai": df.netto_kg.astype(float) / 1000.0,
        },
        index=df.index,
    )


def _setoran(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "unit": df.bank_sampah_id.astype(str),
            "rincian": "bulan",
            "periode": pd.to_datetime(df.tanggal).dt.to_period("M").dt.start_time,
            "kelompok": "",
            "nilai": df.berat_kg.astype(float),
        },
        index=df.index,
    )


def _nama_rata(s: pd.Series) -> pd.Series:
    """As queries/wajar_sipsn.sql writes names: lower case, single spaces."""
    return s.fillna("").astype(str).str.strip().str.replace(r"\s+", " ", regex=True).str.lower()


def _sipsn(df: pd.DataFrame) -> pd.DataFrame:
    nilai = pd.to_numeric(df.get("timbulan_ton"), errors="coerce") if "timbulan_ton" in df else None
    if "timbulan_harian_ton" in df:  # a file giving t/day only: its year's total, as SIPSN writes A
        harian = pd.to_numeric(df.timbulan_harian_ton, errors="coerce") * 365
        nilai = harian if nilai is None else nilai.fillna(harian)
    if nilai is None:
        nilai = pd.Series(np.nan, index=df.index)
    return pd.DataFrame(
        {
            "unit": _nama_rata(df.kabkota),
            "rincian": "tahun",
            "periode": pd.to_datetime(df.tahun.astype(int).astype(str) + "-01-01"),
            "kelompok": _nama_rata(df.provinsi) if "provinsi" in df else "",
            "nilai": nilai.astype(float),
            "label": df.kabkota.astype(str),  # as the file spells it; the key is lower case
        },
        index=df.index,
    )


def _penduduk(df: pd.DataFrame) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "unit": df.wilayah_kode.astype(str),
            "rincian": "tahun",
            "periode": pd.to_datetime(df.tahun.astype(int).astype(str) + "-01-01"),
            "kelompok": "",
            "nilai": df.jumlah.astype(float),
        },
        index=df.index,
    )


# the datasets whose rows are series; the others are registries, plans, or single loads and deposits
# (checked row by row by their own limits, e.g. a truck's net weight)
DERET: dict[str, Deret] = {
    "tpa_rekap": Deret(
        "tpa_muatan", "wajar_tpa", "kecamatan", "ton", _tpa, KALI_SEBAYA_KECAMATAN, per_kapita=True
    ),
    "setoran_rekap": Deret("setoran", "wajar_setoran", "bank_sampah", "kg", _setoran),
    "sipsn": Deret("sipsn", "wajar_sipsn", "kabkota", "ton/tahun", _sipsn, KALI_SEBAYA_KABKOTA),
    "penduduk": Deret("penduduk", "wajar_penduduk", "wilayah", "jiwa", _penduduk),
}


def _banding(semua: pd.DataFrame, grup: list[str]) -> pd.DataFrame:
    """For each of the file's values: the median of the other positive values of its group (a zero
    says nothing was reported, not what is typical), how many there were and how many were stored."""
    out: list[tuple] = []
    for _, g in semua.groupby(grup, sort=False, dropna=False):
        dari_file = g.dari_file.to_numpy()
        if not dari_file.any():
            continue
        nilai = g.nilai.to_numpy(dtype=float)
        positif = nilai > 0
        tersimpan = ~dari_file
        for j in np.flatnonzero(dari_file):
            lain = positif.copy()
            lain[j] = False
            n = int(lain.sum())
            out.append(
                (g.index[j], float(np.median(nilai[lain])) if n else np.nan, n, int((lain & tersimpan).sum()))
            )
    return pd.DataFrame(out, columns=["id", "median", "n", "n_db"]).set_index("id")


def _di_luar(rasio: pd.Series, kali: float) -> pd.Series:
    return (rasio > kali) | (rasio < 1 / kali)


def periksa(
    con: duckdb.DuckDBPyConnection, dataset: str, muatan: list[Muatan]
) -> tuple[pd.DataFrame, list[tuple[str, dict]]]:
    """The rows held as implausible (one row per value, with the file's data rows in `baris_i`) and
    the notes saying what each value was compared with."""
    d = DERET.get(dataset)
    m = next((m for m in muatan if d and m.tabel == d.tabel and m.df.index.name == "_i"), None)
    if d is None or m is None or m.df.empty:
        return pd.DataFrame(), []
    f = d.calon(m.df)
    f = f[f.nilai.notna()]
    if f.empty:
        return pd.DataFrame(), []
    f = f.assign(_i=f.index).reset_index(drop=True)
    if "label" not in f:
        f["label"] = None
    berkas = (
        f.groupby(KUNCI, sort=False)
        .agg(nilai=("nilai", "sum"), baris_i=("_i", list), label=("label", "first"))
        .reset_index()
    )
    try:
        h = db.run(con, d.kueri)
        nama = db.run(con, "wajar_nama").drop_duplicates("unit").set_index("unit")
    except duckdb.Error:  # a store from before these tables: nothing stored to compare with
        h, nama = pd.DataFrame(columns=[*KUNCI, "nilai"]), pd.DataFrame(columns=["nama", "penduduk"])
    h = h.assign(periode=pd.to_datetime(h.periode), nilai=h.nilai.astype(float))
    ganti = h.merge(berkas[KUNCI[:3]], on=KUNCI[:3], how="left", indicator=True)._merge.eq("both")
    semua = pd.concat(
        [berkas.assign(dari_file=True), h[~ganti.to_numpy()].assign(dari_file=False, baris_i=None)],
        ignore_index=True,
    )
    semua = semua[semua.unit.isin(set(berkas.unit)) | semua.periode.isin(set(berkas.periode))]
    r = _banding(semua, ["unit", "rincian"])
    hasil = (
        semua[semua.dari_file]
        .join(r)
        .join(_banding(semua, ["rincian", "periode", "kelompok"]).add_suffix("_s"))
    )
    rasio_r = hasil.nilai / hasil["median"]
    hasil["rasio"] = rasio_r
    hasil["pakai_r"] = hasil.n >= MIN_BANDING
    hasil["luar_r"] = hasil.pakai_r & _di_luar(rasio_r, KALI_RIWAYAT)
    hasil["pakai_s"] = (
        (hasil.n_s >= MIN_BANDING) & (d.kali_sebaya is not None) & (hasil.kelompok != "tak_diketahui")
    )
    hasil["rasio_s"] = hasil.nilai / hasil.median_s
    hasil["luar_s"] = hasil.pakai_s & _di_luar(hasil.rasio_s, d.kali_sebaya or np.inf)
    hasil["kapita"] = np.nan
    if d.per_kapita and "penduduk" in nama:
        pddk = hasil.unit.map(nama.penduduk).astype(float)
        hari = [
            1 if rc == "hari" else calendar.monthrange(p.year, p.month)[1]
            for rc, p in zip(hasil.rincian, hasil.periode)
        ]
        hasil["kapita"] = hasil.nilai * 1000.0 / (pddk * np.array(hari, dtype=float))
    hasil["luar_k"] = hasil.kapita > KG_ORANG_HARI[1]
    hasil["nama"] = [
        lb if isinstance(lb, str) else nama.nama.get(u) if u in nama.index else (u or None)
        for u, lb in zip(hasil.unit.tolist(), hasil.label.tolist())
    ]
    catatan = _catatan(d, hasil, h.empty)
    luar = hasil[hasil.luar_r | hasil.luar_s | hasil.luar_k]
    if luar.empty:
        return pd.DataFrame(), catatan
    kol = ["baris_i", "unit", "nama", "rincian", "periode", "nilai", "median", "n", "n_db", "rasio"]
    kol += ["median_s", "n_s", "rasio_s", "kapita", "luar_r", "luar_s", "luar_k"]
    out = luar[kol].assign(tingkat=d.tingkat, satuan=d.satuan).reset_index(drop=True)
    catatan.append(("kd_w_ditahan", {"n": len(out), "baris": int(sum(len(b) for b in out.baris_i))}))
    return out, catatan


def _catatan(d: Deret, hasil: pd.DataFrame, tanpa_riwayat: bool) -> list[tuple[str, dict]]:
    """What the values were compared with, per kind of period (the test of a first import: 'only this
    file')."""
    out = []
    for rincian, g in hasil.groupby("rincian", sort=False):
        out.append(
            (
                f"kd_w_dasar_{rincian}",
                {
                    "n": len(g),
                    "tingkat": d.tingkat.replace("_", " ").replace("kabkota", "kab/kota"),
                    "n_riwayat": int(g.pakai_r.sum()),
                    "n_db": int((g.pakai_r & (g.n_db > 0)).sum()),
                    "n_sebaya": int(g.pakai_s.sum()),
                    "n_tanpa": int((~g.pakai_r & ~g.pakai_s).sum()),
                    "min": MIN_BANDING,
                },
            )
        )
    if tanpa_riwayat:
        out.append(("kd_w_tanpa_riwayat", {}))
    return out


def baris_file(pencilan: pd.DataFrame) -> set:
    """The file's data rows behind the held values."""
    return {i for b in pencilan.baris_i for i in b} if not pencilan.empty else set()


def _periode(p: pd.Timestamp, rincian: str, lang: str) -> str:
    if rincian == "tahun":
        return str(p.year)
    if rincian == "bulan":
        return fmt.bulan(p.date(), lang)
    return fmt.tanggal(p.date(), lang)


def _nilai(x: float, satuan: str, lang: str) -> str:
    if pd.isna(x):
        return fmt.NA
    return f"{fmt.angka(x, 1 if abs(x) < 100 else 0, lang)} {satuan}"


def tabel(pencilan: pd.DataFrame, baris_file: Callable[[int], int], lang: str = "id") -> pd.DataFrame:
    """The held values as people read them: where, when, the value, the typical value beside it and
    why it was held (the page's table, the CLI's print and the downloads)."""
    from sampah.i18n import t

    rows = []
    for r in pencilan.itertuples(index=False):
        alasan = []
        if r.luar_r:
            alasan.append(
                t(
                    "kd_w_riwayat",
                    lang,
                    kali=fmt.angka(r.rasio, 1 if r.rasio >= 0.1 else 3, lang),
                    n=r.n,
                    periode=t(f"kd_w_p_{r.rincian}", lang),
                    khas=_nilai(r.median, r.satuan, lang),
                )
            )
        if r.luar_s:
            alasan.append(
                t(
                    "kd_w_sebaya",
                    lang,
                    kali=fmt.angka(r.rasio_s, 1 if r.rasio_s >= 0.1 else 3, lang),
                    n=r.n_s,
                    tingkat=t(f"kd_w_t_{r.tingkat}", lang),
                    khas=_nilai(r.median_s, r.satuan, lang),
                )
            )
        if r.luar_k:
            alasan.append(
                t(
                    "kd_w_kapita",
                    lang,
                    kg=fmt.angka(r.kapita, 2, lang),
                    maks=fmt.angka(KG_ORANG_HARI[1], 1, lang),
                )
            )
        khas = r.median if r.n >= MIN_BANDING else r.median_s
        rows.append(
            {
                "baris": ", ".join(str(baris_file(i)) for i in r.baris_i),
                "unit": r.nama or r.unit or t("kd_w_tak_diketahui", lang),
                "periode": _periode(r.periode, r.rincian, lang),
                "nilai": _nilai(r.nilai, r.satuan, lang),
                "khas": _nilai(khas, r.satuan, lang),
                "alasan": "; ".join(alasan),
            }
        )
    kolom = {k: t(f"kd_w_k_{k}", lang) for k in ("baris", "unit", "periode", "nilai", "khas", "alasan")}
    return pd.DataFrame(rows, columns=list(kolom)).rename(columns=kolom)
