"""File headers -> dataset columns: by alias, by a mapping the user gave, or by a mapping remembered
from an earlier file with the same headers (the `pemetaan_kolom` table, saved with the import)."""

from __future__ import annotations

import hashlib
import json
import re

import duckdb

from sampah.ingest.deklarasi import Dataset


def norm_header(s: object) -> str:
    """'Berat (kg)' -> 'berat_kg'; 'Kabupaten/Kota' -> 'kabupaten_kota'."""
    s = str(s).lower().replace("\ufeff", "").replace("%", " persen ")
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def satuan_header(s: object) -> str | None:
    """The weight unit a header names: 'Netto (ton)' -> 'ton', 'berat_kg' -> 'kg'."""
    bagian = norm_header(s).split("_")
    if "kg" in bagian or "kilogram" in bagian:
        return "kg"
    if "ton" in bagian:
        return "ton"
    return None


def tanda(dataset: str, header: list[str]) -> str:
    """The shape of a file: dataset + its normalised headers, order-independent."""
    isi = dataset + "|" + "|".join(sorted(norm_header(h) for h in header))
    return hashlib.sha256(isi.encode()).hexdigest()[:24]


def skor_header(ds: Dataset):  # noqa: ANN201 - callable for baca.baca
    """How many cells of a row are known headers of `ds` (used to find the header row)."""
    dikenal = {norm_header(a) for k in ds.kolom for a in (k.nama, *k.alias)}
    return lambda sel: sum(norm_header(c) in dikenal for c in sel)


def petakan(ds: Dataset, header: list[str], manual: dict[str, str] | None = None) -> dict[str, str]:
    """{dataset column: file header}. A user mapping wins; else the alias listed first wins when two
    headers could fill one column (e.g. Kemendagri and BPS names of a kecamatan)."""
    manual = {k: v for k, v in (manual or {}).items() if v in header}
    dipakai = set(manual.values())
    hasil = dict(manual)
    norm = {h: _tanpa_satuan(norm_header(h)) for h in header}
    for k in ds.kolom:
        if k.nama in hasil:
            continue
        calon = [_tanpa_satuan(norm_header(a)) for a in (k.nama, *k.alias)]
        terbaik = None
        for h in header:
            if h in dipakai or norm[h] not in calon:
                continue
            if terbaik is None or calon.index(norm[h]) < calon.index(norm[terbaik]):
                terbaik = h
        if terbaik is not None:
            hasil[k.nama] = terbaik
            dipakai.add(terbaik)
    return hasil


def _tanpa_satuan(n: str) -> str:
    """'netto_ton' and 'netto_kg' both match the alias 'netto': the unit is read separately."""
    return re.sub(r"_(kg|ton|kilogram)$", "", n)


def wajib_hilang(ds: Dataset, peta: dict[str, str]) -> list[str]:
    """Required columns with no header, and 'one of' groups with none present."""
    hilang = [k.nama for k in ds.kolom if k.wajib and k.nama not in peta]
    for grup in ds.salah_satu:
        if not any(g in peta for g in grup):
            hilang.append(" / ".join(grup))
    return hilang


def ingat(con: duckdb.DuckDBPyConnection, dataset: str, header: list[str], peta: dict[str, str]) -> None:
    con.execute(
        "INSERT OR REPLACE INTO pemetaan_kolom VALUES (?, ?, ?, current_timestamp)",
        [tanda(dataset, header), dataset, json.dumps(peta, ensure_ascii=False)],
    )


def diingat(con: duckdb.DuckDBPyConnection | None, dataset: str, header: list[str]) -> dict[str, str]:
    """A mapping saved with an earlier import of a file of the same shape, if any."""
    if con is None:
        return {}
    try:
        r = con.execute(
            "SELECT peta FROM pemetaan_kolom WHERE tanda = ?", [tanda(dataset, header)]
        ).fetchone()
    except duckdb.CatalogException:  # a store made before mappings were remembered
        return {}
    return json.loads(r[0]) if r else {}
