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
    """Run the schema on parsed values; a cell that already failed to parse is not reported twice.
    Rows past the detail limit of `sudah` (a Galat) are registered and counted there directly."""
    galat: dict[int, list[tuple[str, dict]]] = {}
    baru = 0  # rows kept in detail here that `sudah` holds not yet
    if isinstance(sudah, Galat) and sudah.dihitung:  # rejected already, past the detail limit:
        df = df[~df.index.isin(sudah.baris_dihitung())]  # more reasons would only be counted
    try:
        skema(ds, list(df.columns), setelan).validate(df, lazy=True)
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
            # past the limit (with the rows this step keeps in detail): counted only
            if isinstance(sudah, Galat) and idx not in galat and not sudah.rinci_ada(idx, baru):
                if idx not in sudah:
                    sudah.tolak_hitung(idx, kunci, (peta or {}).get(kol, kol))
                continue
            if any(kw.get("_kol") == kol for _, kw in sudah.get(idx, [])):
                continue
            if kunci.startswith("kd_") and any(k == kunci for k, _ in galat.get(idx, [])):
                continue  # a cross-field rule reports once per row, not once per column
            k = ds.kol(kol) if kol in {x.nama for x in ds.kolom} else None
            nilai = df.at[idx, kol] if kol in df else None
            baru += idx not in galat and idx not in sudah
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
