"""Importing DLH files: one file per import, checked by the shared steps in order and loaded into
a new version of the store (all or nothing), with a log and an undo.

    alur.py       the steps of checking a file, in order (each module below is one step)
    baca.py       read bytes into a table of raw cells (encoding, separator, title rows, merged cells)
    kolom.py      map headers to dataset columns (aliases, user mapping, remembered mappings)
    urai.py       parse every column by its type (nilai.py: the cell parsers, each distinct cell once)
    validasi.py   pandera schemas from the declarations: required fields, ranges, the datasets' rules
    susun.py      what a dataset's assembly works with (Konteks), its result (Muatan, Persiapan)
    cocok.py      kecamatan/kelurahan/bank sampah names and codes -> codes, spelling suggestions
    muat.py       load the checked rows into a new store version, log, history, undo
    deklarasi.py  what a dataset declares (Dataset, Kolom, Aturan)
    datasets/     one module per dataset: its columns, key, load mode, rules and assembly;
                  dataset.py collects them into DATASETS, the one registry
    templat.py    Excel templates with an instructions sheet in Indonesian
    perintah.py   the command line (import, undo, history, init)

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
