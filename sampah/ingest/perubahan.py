"""What an update changed: the cells it changes, listed before it runs (table, key, column, old ->
new, as DuckDB prints the stored value, to the last digit), and that list kept in the store's
perubahan/ folder so the history can show it after a restart."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pandas as pd

from sampah.ingest.susun import Muatan

BATAS_PERUBAHAN = 100_000  # changed cells listed per import (all are counted); more belong in a diff tool
PERUBAHAN = ("tabel", "kunci", "kolom", "lama", "baru")


def beda(
    con: duckdb.DuckDBPyConnection, m: Muatan, kol: list[str], nilai_baru: dict[str, str], cocok: str
) -> pd.DataFrame:
    """The cells an update changes, before it runs: key, column, old and new value as text (the
    stored value as DuckDB prints it, to the last digit), at most BATAS_PERUBAHAN."""
    if not kol:
        return pd.DataFrame(columns=list(PERUBAHAN))
    kunci = ", ".join(f"'{k}=' || coalesce(CAST(b.{k} AS VARCHAR), '')" for k in m.kunci)
    bagian = " UNION ALL ".join(
        f"SELECT concat_ws(' · ', {kunci}) AS kunci, '{c}' AS kolom, CAST(t.{c} AS VARCHAR) AS lama, "
        f"CAST({nilai_baru[c]} AS VARCHAR) AS baru FROM _baru b JOIN {m.tabel} t ON {cocok} "
        f"WHERE {nilai_baru[c]} IS DISTINCT FROM t.{c}"
        for c in kol
    )
    df = con.execute(f"SELECT * FROM ({bagian}) ORDER BY kunci, kolom LIMIT {BATAS_PERUBAHAN + 1}").df()
    df.insert(0, "tabel", m.tabel)
    df.attrs["total"] = (
        con.execute(f"SELECT count(*) FROM ({bagian})").fetchone()[0]
        if len(df) > BATAS_PERUBAHAN
        else len(df)
    )
    return df.head(BATAS_PERUBAHAN)


def simpan_perubahan(store: Path, impor_id: int | None, df: pd.DataFrame) -> Path:
    """The changed values of an import as CSV in store/perubahan/ (formulas neutralised)."""
    from sampah import ekspor

    d = Path(store) / "perubahan"
    d.mkdir(exist_ok=True)
    f = d / f"impor_{impor_id:06d}.csv"
    f.write_bytes(ekspor.ke_csv(df))
    return f


def perubahan_impor(store: Path, impor_id: int) -> pd.DataFrame | None:
    """The changed values an import listed, read back from the store (None when it changed none)."""
    f = Path(store) / "perubahan" / f"impor_{int(impor_id):06d}.csv"
    if not f.exists():
        return None
    return pd.read_csv(f, dtype=str, keep_default_na=False, encoding="utf-8-sig")
