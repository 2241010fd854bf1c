"""Importing DLH files: read CSV/XLSX/JSON/geo -> map columns -> parse and validate -> match wilayah
codes -> load into a new version of the store (all or nothing), with a log and an undo.

    baca.py     read bytes into a table of raw cells (encoding, separator, title rows, merged cells)
    nilai.py    parse cells: Indonesian/English numbers, dates, months, years, kg/ton
    dataset.py  the datasets: columns, header aliases, natural keys, target tables
    kolom.py    headers -> dataset columns (aliases, user mapping, remembered mappings)
    cocok.py    kecamatan/kelurahan/bank sampah names and codes -> codes, fuzzy suggestions
    siapkan.py  per dataset: raw table -> rows of the target table + rejected rows with reasons
    validasi.py pandera schemas: required fields, ranges, cross-field checks
    muat.py     check, load, log, history, undo
    batas.py    official boundaries (GeoJSON, GeoPackage, zipped Shapefile; any CRS)
    templat.py  Excel templates with an instructions sheet in Indonesian

Nothing here imports Streamlit. Messages are (key, values) pairs rendered by sampah.i18n with the
strings of sampah/teks/kelola.py, so every refusal reads the same on the page and the command line.
"""

from __future__ import annotations


class Tolak(Exception):
    """A whole file is refused. `kunci` is a string key of sampah/teks/kelola.py."""

    def __init__(self, kunci: str, **kw: object) -> None:
        super().__init__(kunci)
        self.kunci = kunci
        self.kw = kw

    def teks(self, lang: str = "id") -> str:
        from sampah.i18n import t

        return t(self.kunci, lang, **self.kw)
