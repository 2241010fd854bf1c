"""Rules every row must pass, as pandera schemas built from the dataset registry: required fields,
ranges (no negative weights, no absurd numbers), and cross-field rules (a load's net weight equals
gross minus tare, a load over the truck limit, a project ending before it starts).

Failures come back as {row index: [(message key, values)]} so that the page and the command line
show the same Indonesian reason next to each rejected row.
"""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa

from sampah.ingest.dataset import JENIS_ANGKA, Dataset

BATAS_NETTO_KG = 30_000.0  # a full tronton compactor carries ~15-20 t; more than 30 t is a typing error
TOLERANSI_NETTO = (20.0, 0.01)  # |netto - (bruto - tara)| within 20 kg or 1%

Galat = dict[int, list[tuple[str, dict]]]


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
    """Run the schema on parsed values; a cell that already failed to parse is not reported twice."""
    galat: Galat = {}
    try:
        skema(ds, list(df.columns), batas_netto).validate(df, lazy=True)
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
                        "batas": batas_netto,
                    },
                )
            )
    return galat
