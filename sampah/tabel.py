"""Column definitions of the tables a page shows and a DLH downloads: one place says, per column,
its header, unit and number format; the screen (`ui.tabel`) and the files (`ekspor`) both read it.

Values are rounded to what the column shows before they are written, so a spreadsheet never shows
58065.15999999997; percentages stay numbers (a fraction with a % format in Excel, the percent
itself in a CSV), dates stay dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd

from sampah import fmt
from sampah.i18n import t

JENIS = ("teks", "angka", "persen", "tanggal", "bulan", "waktu")


@dataclass(frozen=True)
class KolomTabel:
    """One column of a shown table: the query's column, the header's string key, how to format."""

    nama: str
    judul: str  # key in sampah/teks (or a literal header when no key of that name exists)
    jenis: str = "teks"  # teks | angka | persen | tanggal | bulan | waktu
    desimal: int = 0  # decimals shown (for persen: of the percent, 0,13% = 2)
    satuan: str | None = None  # unit added to the header when it does not carry one: "ton", "Rp"
    kosong: str | None = None  # string key of what a missing value means here ("belum pernah")
    mentah: bool = False  # `judul` is the header itself (a column of a DLH's own file)

    def __post_init__(self) -> None:
        if self.jenis not in JENIS:
            raise ValueError(f"jenis kolom tidak dikenal: {self.jenis!r}")

    def header(self, lang: str) -> str:
        from sampah.i18n import S

        label = self.judul if self.mentah or self.judul not in S else t(self.judul, lang)
        satuan = "%" if self.jenis == "persen" and self.satuan is None else self.satuan
        if satuan and "(" not in label:
            bintang = label.endswith("*")
            label = f"{label.rstrip('*')} ({satuan})" + ("*" if bintang else "")
        return label

    def teks(self, v: object, lang: str) -> str:
        """The value as the screen shows it (Indonesian or English number format)."""
        if fmt._missing(v):
            return t(self.kosong, lang) if self.kosong else fmt.NA
        if self.jenis == "angka":
            return fmt.angka(float(v), self.desimal, lang)
        if self.jenis == "persen":
            return fmt.persen(float(v), self.desimal, lang)
        if self.jenis in ("tanggal", "bulan", "waktu"):
            ts = pd.Timestamp(v)
            if self.jenis == "waktu":
                return f"{fmt.tanggal(ts.date(), lang, 'd MMM y')} {ts:%H:%M}"
            return fmt.tanggal(ts.date(), lang, "MMM y" if self.jenis == "bulan" else "d MMM y")
        return str(v)


def K(
    nama: str,
    judul: str,
    jenis: str = "teks",
    desimal: int = 0,
    satuan: str | None = None,
    kosong: str | None = None,
) -> KolomTabel:
    """Short constructor for the column lists in pages."""
    return KolomTabel(nama, judul, jenis, desimal, satuan, kosong)


def mentah(df: pd.DataFrame) -> list[KolomTabel]:
    """Every column of a frame read from a DLH's file, shown as text under its own header."""
    return [KolomTabel(str(c), str(c), mentah=True) for c in df.columns]


def pilih(df: pd.DataFrame, kolom: list[KolomTabel]) -> list[KolomTabel]:
    """The defined columns the frame has (a store with one dataset alone may lack some)."""
    return [k for k in kolom if k.nama in df.columns]


def bulatkan(df: pd.DataFrame, kolom: list[KolomTabel]) -> pd.DataFrame:
    """The defined columns in order, numbers rounded to what is shown, dates as dates, with the
    query's column names (the headers are the writer's business)."""
    kolom = pilih(df, kolom)
    out = pd.DataFrame(index=df.index)
    for k in kolom:
        s = df[k.nama]
        if k.jenis in ("angka", "persen"):  # a percent stays a fraction, rounded as its percent shows
            d = k.desimal + (2 if k.jenis == "persen" else 0)
            v = pd.to_numeric(s, errors="coerce")
            out[k.nama] = [None if pd.isna(x) else fmt.bulat(x, d) for x in v]
            out[k.nama] = out[k.nama].astype("Int64" if d == 0 else "Float64")
        elif k.jenis in ("tanggal", "bulan"):
            out[k.nama] = [pd.Timestamp(v).date() if not fmt._missing(v) else None for v in s]
        elif k.jenis == "waktu":
            out[k.nama] = [
                pd.Timestamp(v).to_pydatetime().replace(microsecond=0, tzinfo=None)
                if not fmt._missing(v)
                else None
                for v in s
            ]
        else:
            out[k.nama] = s.astype(object).where(s.notna(), None)
    return out.reset_index(drop=True)


def lebar_px(df: pd.DataFrame, kolom: list[KolomTabel], lang: str, maks: int = 360) -> dict[str, int]:
    """A width per header that holds its widest shown value and the header itself (about 7.5 px
    per character of Streamlit's 14 px table font, plus the cell padding and the sort icon)."""
    out = {}
    for k in pilih(df, kolom):
        teks = [k.teks(v, lang) for v in df[k.nama].head(500)]
        n = max([len(k.header(lang))] + [len(x) for x in teks])
        out[k.header(lang)] = int(min(maks, 7.5 * n + 36))
    return out


def tanggal_ke_teks(d: date | None) -> str:
    return "" if d is None else d.isoformat()
