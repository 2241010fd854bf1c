"""Parse step: every mapped column of a file by its declared type (numbers in the style the column
proves, dates, months, years, kg or ton from the header or a unit column). A cell that fails
becomes empty plus a reason; nothing here knows a dataset by name."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from sampah.ingest import nilai
from sampah.ingest.baca import Tabel, isi_sel
from sampah.ingest.deklarasi import JENIS_ANGKA, Dataset, Galat
from sampah.ingest.kolom import norm_header, satuan_header
from sampah.ingest.susun import tolak


def urai_tabel(ds: Dataset, tabel: Tabel, peta: dict[str, str], hari_ini: date) -> tuple[pd.DataFrame, Galat]:
    """The parse step of an import: a month given as a number or name beside a year column becomes
    one month, every mapped column is parsed, then the values the dataset derives are added."""
    if {"bulan", "tahun"} <= set(peta) and {"bulan", "tahun"} <= {k.nama for k in ds.kolom}:
        _bulan_dengan_tahun(tabel, peta)
        peta = {k: v for k, v in peta.items() if not (k == "tahun" and ds.kol(k).jenis == "tahun")}
    p, galat = urai(ds, tabel, peta, hari_ini)
    if ds.turunan is not None:
        p = ds.turunan(p)
    return p, galat


def _bulan_dengan_tahun(tabel: Tabel, peta: dict[str, str]) -> None:
    """'bulan' holds 1..12 or a month name next to a 'tahun' column: make it a month."""
    th = [nilai.teks(v) for v in tabel.data[peta["tahun"]]]
    bl = [nilai.nomor_bulan(v) for v in tabel.data[peta["bulan"]]]  # a list: no float NaN for None
    gabung = [
        f"{t[:4]}-{b:02d}" if t and b else tabel.data.at[i, peta["bulan"]]
        for i, t, b in zip(tabel.data.index, th, bl)
    ]
    tabel.data[peta["bulan"]] = gabung


def urai(ds: Dataset, tabel: Tabel, peta: dict[str, str], hari_ini: date) -> tuple[pd.DataFrame, Galat]:
    """Parse every mapped column by its type. Cells that fail become None plus a reason.
    A `bertipe` dataset gets numbers as float64 and dates as datetime64 (NaN/NaT when empty), for
    assembly column by column; the others Python objects with None, for assembly row by row."""
    bertipe = ds.bertipe
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
            kol = nilai.kolom_waktu(s, hari_ini, ds.boleh_depan, hanya_tanggal=k.jenis == "tanggal")
            v, e, larik = (kol.seri() if bertipe else kol.objek()), {}, kol.galat_larik()
        elif k.jenis == "bulan":
            v, e = nilai.bulan(s, hari_ini)
        elif k.jenis == "tahun":
            v, e = nilai.tahun(s, hari_ini, ds.boleh_depan)
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
                tolak(galat, i, kunci, kolom=h, _kol=nama, nilai=isi_sel(s[i]))
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
