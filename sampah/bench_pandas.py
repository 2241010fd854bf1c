"""The benchmark's pandas baseline (`python -m sampah bench`): what a typical dashboard does, raw
tables loaded into DataFrames once and every question answered by filtering, merging and grouping
them per click; checked to give the dashboard's numbers."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from sampah import db
from sampah.bench import ms


class Pandas:
    """Raw tables loaded into DataFrames once (as a dashboard caches them), then every question
    answered by filtering, merging and grouping them per click."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        t = time.perf_counter()
        self.setoran = con.execute("SELECT * FROM setoran").df()
        self.tpa = con.execute("SELECT * FROM tpa_muatan").df()
        self.bs = con.execute("SELECT * FROM bank_sampah").df()
        self.kel = con.execute("SELECT * FROM kelurahan").df()
        self.olah = con.execute("SELECT * FROM pengolahan").df()
        self.muat_detik = time.perf_counter() - t
        self.baris = len(self.setoran) + len(self.tpa)
        self.tpa["tanggal"] = self.tpa.waktu.dt.normalize()
        for d in (self.setoran, self.olah):
            d["tanggal"] = pd.to_datetime(d.tanggal)

    @staticmethod
    def _antara(df: pd.DataFrame, p: dict) -> pd.DataFrame:
        return df[(df.tanggal >= pd.Timestamp(p["mulai"])) & (df.tanggal <= pd.Timestamp(p["selesai"]))]

    def _setoran_kec(self, p: dict) -> pd.DataFrame:
        s = self._antara(self.setoran, p).merge(
            self.bs[["id", "kelurahan_kode"]], left_on="bank_sampah_id", right_on="id"
        )
        s = s.merge(self.kel[["kode", "kecamatan_kode"]], left_on="kelurahan_kode", right_on="kode")
        return s[s.kecamatan_kode.isin(p["kecamatan"])] if p["kecamatan"] else s

    def _olah_kec(self, p: dict) -> pd.DataFrame:
        o = self._antara(self.olah, p).merge(
            self.kel[["kode", "kecamatan_kode"]], left_on="kelurahan_kode", right_on="kode"
        )
        return o[o.kecamatan_kode.isin(p["kecamatan"])] if p["kecamatan"] else o

    def _tpa_kec(self, p: dict) -> pd.DataFrame:
        t = self._antara(self.tpa, p)
        return t[t.asal_kecamatan_kode.isin(p["kecamatan"])] if p["kecamatan"] else t

    def _neraca(self, p: dict, kunci: Callable[[pd.Series], pd.Series]) -> pd.DataFrame:
        t, s, o = self._tpa_kec(p), self._setoran_kec(p), self._olah_kec(p)
        tpa = t.groupby(kunci(t.tanggal)).netto_kg.sum() / 1000
        div = (s.groupby(kunci(s.tanggal)).berat_kg.sum() / 1000).add(
            o.groupby(kunci(o.tanggal)).ton.sum(), fill_value=0
        )
        out = pd.DataFrame({"ton_tpa": tpa, "ton_diversi": div}).fillna(0)
        out["tingkat_diversi"] = out.ton_diversi / (out.ton_diversi + out.ton_tpa)
        return out

    def ringkasan_kpi(self, p: dict) -> dict:
        t, s, o = self._tpa_kec(p), self._setoran_kec(p), self._olah_kec(p)
        tpa, bs = t.netto_kg.sum() / 1000, s.berat_kg.sum() / 1000
        div = bs + o.ton.sum()
        selesai = pd.Timestamp(p["selesai"])
        b = self.bs.merge(self.kel[["kode", "kecamatan_kode"]], left_on="kelurahan_kode", right_on="kode")
        if p["kecamatan"]:
            b = b[b.kecamatan_kode.isin(p["kecamatan"])]
        aktif = b[
            (pd.to_datetime(b.berdiri) <= selesai)
            & (b.nonaktif_sejak.isna() | (pd.to_datetime(b.nonaktif_sejak) > selesai))
        ]
        awal_bulan = max(pd.Timestamp(p["mulai"]), selesai.replace(day=1))
        lapor = set(
            self.setoran.bank_sampah_id[
                (self.setoran.tanggal >= awal_bulan) & (self.setoran.tanggal <= selesai)
            ]
        )
        return {
            "ton_tpa": tpa,
            "muatan": len(t),
            "ton_diversi": div,
            "ton_bank_sampah": bs,
            "tingkat_diversi": div / (div + tpa),
            "bs_aktif": len(aktif),
            "bs_melapor": int(aktif.id.isin(lapor).sum()),
        }

    def ringkasan_bulanan(self, p: dict) -> pd.DataFrame:
        return self._neraca(p, lambda d: d.dt.to_period("M").dt.start_time)

    def tren_mingguan(self, p: dict) -> pd.DataFrame:
        return self._neraca(p, lambda d: d.dt.to_period("W-SUN").dt.start_time)

    def ringkasan_kecamatan(self, p: dict) -> pd.DataFrame:
        t, s, o = self._tpa_kec(p), self._setoran_kec(p), self._olah_kec(p)
        tpa = t.groupby("asal_kecamatan_kode").netto_kg.sum() / 1000
        div = (s.groupby("kecamatan_kode").berat_kg.sum() / 1000).add(
            o.groupby("kecamatan_kode").ton.sum(), fill_value=0
        )
        return pd.DataFrame({"ton_tpa": tpa, "ton_diversi": div}).fillna(0)

    def tren_kategori(self, p: dict) -> pd.DataFrame:
        s, o = self._setoran_kec(p), self._olah_kec(p)
        a = s.groupby([s.tanggal.dt.to_period("M").dt.start_time, "kategori"]).berat_kg.sum() / 1000
        b = o.groupby([o.tanggal.dt.to_period("M").dt.start_time, "jenis_fasilitas"]).ton.sum()
        return pd.concat([a, b])

    def bank_sampah_bulanan(self, p: dict) -> pd.DataFrame:
        s = self._setoran_kec(p)
        bulan = s.tanggal.dt.to_period("M").dt.start_time
        g = s.groupby(bulan).agg(ton=("berat_kg", "sum"), nilai_rp=("nilai_rp", "sum"))
        g["ton"] /= 1000
        lapor = s.groupby(bulan).bank_sampah_id.unique()
        b = self.bs.merge(self.kel[["kode", "kecamatan_kode"]], left_on="kelurahan_kode", right_on="kode")
        if p["kecamatan"]:
            b = b[b.kecamatan_kode.isin(p["kecamatan"])]
        berdiri, nonaktif = pd.to_datetime(b.berdiri), pd.to_datetime(b.nonaktif_sejak)
        aktif, melapor = [], []
        for m in g.index:
            akhir = m + pd.offsets.MonthEnd(0)
            a = b[(berdiri <= akhir) & (nonaktif.isna() | (nonaktif > akhir))]
            aktif.append(len(a))
            melapor.append(int(a.id.isin(set(lapor.get(m, []))).sum()))
        g["unit_aktif"], g["unit_melapor"] = aktif, melapor
        return g


def _cocok(name: str, pd_out: object, sql: pd.DataFrame) -> bool:
    """Does the pandas answer agree with the query file's (tonnages to 1e-6 relative)?"""
    try:
        if name == "ringkasan_kpi":
            r = sql.iloc[0]
            return all(
                np.isclose(pd_out[k], r[k], rtol=1e-6)
                for k in ("ton_tpa", "muatan", "ton_diversi", "bs_aktif", "bs_melapor")
            )
        if name in ("ringkasan_bulanan", "tren_mingguan"):
            kol = "bulan" if name == "ringkasan_bulanan" else "minggu"
            s = sql.set_index(pd.to_datetime(sql[kol]))
            g = pd_out.reindex(s.index).fillna(0)
            return bool(
                np.allclose(g.ton_tpa, s.ton_tpa, rtol=1e-6)
                and np.allclose(g.ton_diversi, s.ton_diversi, rtol=1e-6)
            )
        if name == "ringkasan_kecamatan":
            s = sql.set_index("kecamatan_kode")
            return bool(np.allclose(pd_out.ton_tpa.reindex(s.index).fillna(0), s.ton_tpa, rtol=1e-6))
        if name == "tren_kategori":
            return bool(np.isclose(pd_out.sum(), sql.ton.sum(), rtol=1e-6))
        if name == "bank_sampah_bulanan":
            s = sql.set_index(pd.to_datetime(sql.bulan))
            g = pd_out.reindex(s.index)
            return bool(
                np.allclose(g.ton.fillna(0), s.ton, rtol=1e-6)
                and (g.unit_melapor.fillna(0).to_numpy() == s.unit_melapor.to_numpy()).all()
            )
    except Exception:  # noqa: BLE001 - a mismatch of shapes is a mismatch
        return False
    return False


def ukur_pandas(f: Path, cases: list[tuple[str, str, dict]], repeat: int) -> dict:
    con = db.connect_readonly(f)
    try:
        pdb = Pandas(con)
        out = {"muat_detik": round(pdb.muat_detik, 2), "baris_dimuat": pdb.baris, "kueri": []}
        for name, label, params in cases:
            fn = getattr(pdb, name, None)
            if fn is None:
                continue
            ts = []
            for _ in range(max(2, min(3, repeat // 4))):  # seconds each at city scale
                t = time.perf_counter()
                res = fn(params)
                ts.append(time.perf_counter() - t)
            out["kueri"].append(
                {
                    "kueri": name,
                    "parameter": label,
                    **ms(ts),
                    "cocok": _cocok(name, res, db.run(con, name, params)),
                }
            )
        return out
    finally:
        con.close()
