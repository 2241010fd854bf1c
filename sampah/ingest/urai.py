"""Parse step: every mapped column of a file by its declared type (numbers in the style the column
proves, dates, months, years, kg or ton from the header or a unit column). A cell that fails
becomes empty plus a reason; nothing here knows a dataset by name."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from sampah.ingest import nilai, periode
from sampah.ingest.baca import Tabel, isi_sel
from sampah.ingest.deklarasi import JENIS_ANGKA, Dataset, Galat, Setelan
from sampah.ingest.kolom import norm_header
from sampah.ingest.susun import tolak


def urai_tabel(
    ds: Dataset, tabel: Tabel, peta: dict[str, str], hari_ini: date, setelan: Setelan | None = None
) -> tuple[pd.DataFrame, Galat]:
    """The parse step of an import: a month given as a number or name (or a period without its year,
    'P1', 'Triwulan II') beside a year column becomes one period, every mapped column is parsed,
    then the values the dataset derives are added."""
    if {"bulan", "tahun"} <= set(peta) and {"bulan", "tahun"} <= {k.nama for k in ds.kolom}:
        _bulan_dengan_tahun(tabel, peta)
        peta = {k: v for k, v in peta.items() if not (k == "tahun" and ds.kol(k).jenis == "tahun")}
    p, galat = urai(ds, tabel, peta, hari_ini, setelan)
    if ds.turunan is not None:
        p = ds.turunan(p)
    return p, galat


def _bulan_dengan_tahun(tabel: Tabel, peta: dict[str, str]) -> None:
    """'bulan' holds 1..12, a month name or a period without its year ('P1') next to a 'tahun'
    column: make it one period."""
    th = [nilai.teks(v) for v in tabel.data[peta["tahun"]]]
    asli = tabel.data[peta["bulan"]].tolist()
    bl = [nilai.nomor_bulan(v) for v in asli]  # a list: no float NaN for None
    gabung = [
        f"{t[:4]}-{b:02d}" if t and b else (periode.dengan_tahun(v, t[:4]) if t else None) or v
        for v, t, b in zip(asli, th, bl)
    ]
    tabel.data[peta["bulan"]] = gabung


def urai(
    ds: Dataset, tabel: Tabel, peta: dict[str, str], hari_ini: date, setelan: Setelan | None = None
) -> tuple[pd.DataFrame, Galat]:
    """Parse every mapped column by its type. Cells that fail become None plus a reason.
    A `bertipe` dataset gets numbers as float64 and dates as datetime64 (NaN/NaT when empty), for
    assembly column by column; the others Python objects with None, for assembly row by row.
    Weights are parsed last: a rate (ton/hari) becomes the total of the row's period."""
    bertipe = ds.bertipe
    raw = tabel.data
    gaya_file = "id" if tabel.pemisah == ";" else "en"
    # each number column's distinct cells, counted once for its style and its values
    pra = {h: nilai.unik(raw[h]) for k, h in peta.items() if ds.kol(k).jenis in JENIS_ANGKA}
    gaya = {h: nilai.gaya_kolom(raw[h], u) for h, u in pra.items()}
    bukti = list(gaya.values())
    if bukti.count("id") != bukti.count("en"):
        gaya_file = "id" if bukti.count("id") > bukti.count("en") else "en"
    h_satuan = peta.get("satuan") or next(
        (h for h in raw.columns if norm_header(h) in ("satuan", "satuan_berat", "uom", "unit_satuan")), None
    )
    out = pd.DataFrame(index=raw.index)
    galat = Galat()
    berat = periode.Berat(ds, tabel, out, galat, setelan or Setelan(), h_satuan)
    for nama, h in sorted(peta.items(), key=lambda kv: ds.kol(kv[0]).jenis == "berat"):
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
                x = berat.ubah(k, h, x, e)
            v = pd.Series(x, index=raw.index)
            if not bertipe:
                v = pd.Series(_float_objek(x), index=raw.index, dtype=object)
        elif k.jenis in ("tanggal", "waktu"):
            kol = nilai.kolom_waktu(s, hari_ini, ds.boleh_depan, hanya_tanggal=k.jenis == "tanggal")
            v, e, larik = (kol.seri() if bertipe else kol.objek()), {}, kol.galat_larik()
        elif k.jenis == "bulan":
            v, e = periode.kolom(s, hari_ini)
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
