"""Validate step: rules every row must pass, as pandera schemas built from a dataset's declaration:
required fields, ranges (no negative weights, no absurd numbers) and the dataset's own rules across
columns (`Dataset.aturan`: a load's net weight equals gross minus tare, a project ending before it
starts, ...).

Failures come back as {row index: [(message key, values)]} so that the page and the command line
show the same Indonesian reason next to each rejected row.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from sampah.ingest.deklarasi import JENIS_ANGKA, Dataset, Galat, Setelan


def skema(ds: Dataset, kolom: list[str], setelan: Setelan) -> pa.DataFrameSchema:
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
    antar = [pa.Check(lambda df, a=a: a.uji(df, setelan), name=a.kunci) for a in ds.aturan]
    return pa.DataFrameSchema(cols, checks=antar, strict=False)


def periksa_baris(
    ds: Dataset, df: pd.DataFrame, sudah: Galat, setelan: Setelan, peta: dict[str, str] | None = None
) -> Galat:
    """Run the schema on parsed values; a cell that already failed to parse is not reported twice."""
    galat: Galat = {}
    try:
        skema(ds, list(df.columns), setelan).validate(df, lazy=True)
    except pa.errors.SchemaErrors as e:
        for _, f in e.failure_cases.iterrows():
            idx = f["index"]
            if idx is None or pd.isna(idx):
                continue
            idx = int(idx)
            kol = f["column"] if isinstance(f["column"], str) else ""
            kunci = str(f["check"])
            if kunci == "not_nullable":
                kunci = "kd_e_wajib"
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
                        "batas": setelan.batas_netto_kg,
                    },
                )
            )
    return galat
