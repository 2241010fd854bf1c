"""An XLSX measured before it is read, so that a few kilobytes cannot take gigabytes.

openpyxl (in its normal mode) builds an object per cell of a sheet's dimension and per cell of a
merged range: one value at XFD1048576, or a merge D1:XFD1048576, in a 4.7 kB file grew the server
by 2 GB in 20 s. Here the zip's members are checked by their declared sizes (zipfile never
inflates a member past them), then the sheet's XML is streamed through expat without building a
tree: rows and cells holding a value are counted, the extent of the values found, merged ranges
and formulas without a saved result noted. Past a limit the file is refused at once, naming it.
The sheet is then read by openpyxl in read-only mode within that extent only (baca._xlsx).
"""

from __future__ import annotations

import html
import re
import zipfile
from dataclasses import dataclass, field
from xml.parsers import expat

from sampah.ingest import Tolak

MAKS_BARIS = 200_000  # rows with values; a larger table is read faster and leaner as CSV
MAKS_KOLOM = 250
MAKS_SEL = 3_000_000  # rows x columns of the table that is built (empty cells included)
MAKS_ELEMEN = 10_000_000  # <c> elements scanned, formatted empty ones included
MAKS_URAI_BYTE = 1024 * 2**20  # the members together, unpacked
MAKS_STRING_BYTE = 256 * 2**20  # sharedStrings.xml, which openpyxl holds in memory whole
MAKS_ANGGOTA = 10_000
_REF = re.compile(r"^\$?([A-Za-z]{1,3})\$?(\d{1,7})$")


def kolom_ke_angka(huruf: str) -> int:
    n = 0
    for ch in huruf.upper():
        n = n * 26 + ord(ch) - 64
    return n


def angka_ke_kolom(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _ref(teks: str) -> tuple[int, int] | None:
    m = _REF.match(teks or "")
    return (int(m[2]), kolom_ke_angka(m[1])) if m else None


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _besar(lembar: str, jenis: str, nilai: str) -> Tolak:
    return Tolak(
        f"kd_f_xlsx_{jenis}",
        lembar=lembar,
        nilai=nilai,
        baris=_angka(MAKS_BARIS),
        kolom=_angka(MAKS_KOLOM),
        sel=_angka(MAKS_SEL),
    )


def periksa_zip(z: zipfile.ZipFile) -> None:
    """Refuse a zip whose members, unpacked, would pass the limits (a zip bomb as XLSX)."""
    info = z.infolist()
    if len(info) > MAKS_ANGGOTA:
        raise Tolak("kd_f_xlsx_urai", mb=_angka(0), batas=_angka(MAKS_URAI_BYTE // 2**20), n=len(info))
    total = sum(i.file_size for i in info)
    strings = sum(i.file_size for i in info if i.filename.lower().endswith("sharedstrings.xml"))
    if total > MAKS_URAI_BYTE or strings > MAKS_STRING_BYTE:
        raise Tolak(
            "kd_f_xlsx_urai", mb=_angka(total // 2**20), batas=_angka(MAKS_URAI_BYTE // 2**20), n=len(info)
        )


@dataclass
class Ukuran:
    """What a sheet holds: the extent of the cells with a value, merges, unsaved formulas."""

    baris: int = 0  # last row with a value (1-based)
    kolom: int = 0  # last column with a value
    sel: int = 0  # cells with a value
    elemen: int = 0  # <c> elements
    gabung: list[tuple[int, int, int, int, str]] = field(default_factory=list)  # r1, c1, r2, c2, ref
    rumus: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> "=..." text

    @property
    def berisi(self) -> bool:
        return self.baris > 1 or self.kolom > 1


class _Pemindai:
    """expat handlers over a worksheet part; raises Tolak as soon as a limit is passed."""

    def __init__(self, lembar: str) -> None:
        self.u = Ukuran()
        self.lembar = lembar
        self.baris = 0
        self.kol = 0
        self.nilai = False
        self.f: list[str] | None = None
        self.rumus: list[str] = []
        self.dalam_v = False  # inside <v> or <is>: text there is a value (an empty <v/> is none)

    def mulai(self, nama: str, attr: dict[str, str]) -> None:
        tag = nama.rsplit(":", 1)[-1]
        if tag == "c":
            self.u.elemen += 1
            if self.u.elemen > MAKS_ELEMEN:
                raise _besar(self.lembar, "elemen", _angka(MAKS_ELEMEN))
            ref = _ref(attr.get("r", ""))
            self.kol = ref[1] if ref else self.kol + 1
            if ref:
                self.baris = ref[0]
            self.nilai, self.rumus = False, []
        elif tag == "row":
            r = attr.get("r")
            self.baris = int(r) if r and r.isdigit() else self.baris + 1
            self.kol = 0
        elif tag in ("v", "is"):
            self.dalam_v = True
        elif tag == "f":
            self.f = []
        elif tag == "mergeCell":
            a, _, b = attr.get("ref", "").partition(":")
            p, q = _ref(a), _ref(b or a)
            if p and q:
                self.u.gabung.append((p[0], p[1], q[0], q[1], attr["ref"]))

    def teks(self, data: str) -> None:
        if self.f is not None:
            self.f.append(data)
        elif self.dalam_v and data.strip():
            self.nilai = True

    def akhir(self, nama: str) -> None:
        tag = nama.rsplit(":", 1)[-1]
        if tag in ("v", "is"):
            self.dalam_v = False
        elif tag == "f" and self.f is not None:
            self.rumus, self.f = self.f, None
        elif tag == "c":
            if self.nilai:
                self._isi()
            elif self.rumus:  # a formula whose result was never saved (a script wrote the file)
                self._isi()
                self.u.rumus[(self.baris, self.kol)] = "=" + "".join(self.rumus)

    def _isi(self) -> None:
        u = self.u
        u.sel += 1
        u.baris, u.kolom = max(u.baris, self.baris), max(u.kolom, self.kol)
        if u.baris > MAKS_BARIS:
            raise _besar(self.lembar, "baris", _angka(u.baris))
        if u.kolom > MAKS_KOLOM:
            raise _besar(self.lembar, "kolom", angka_ke_kolom(u.kolom))
        if u.baris * u.kolom > MAKS_SEL:
            raise _besar(
                self.lembar, "sel", f"{_angka(u.baris)} × {_angka(u.kolom)} = {_angka(u.baris * u.kolom)}"
            )


_SEL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(/>|>(.*?)</(?:\w+:)?c>)", re.S)
_R = re.compile(rb'\br="\$?([A-Za-z]{1,3})\$?(\d{1,7})"')
_NILAI = re.compile(rb"<(?:\w+:)?v>\s*[^<\s]|<(?:\w+:)?t(?:\s[^>]*)?>\s*[^<\s]")
_RUMUS = re.compile(rb"<(?:\w+:)?f\b[^>/]*>(.*?)</(?:\w+:)?f>", re.S)
_GABUNG = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*\bref="([^"]+)"')
_KOLOM: dict[bytes, int] = {}


def ukur(z: zipfile.ZipFile, bagian: str, lembar: str) -> Ukuran:
    """Measure one worksheet part of the zip (Tolak past a limit). Cells are found by regular
    expressions over the unpacked stream, a block at a time cut at a row's end (a C-speed pass; an
    XML parser's Python callbacks took half a minute for 200,000 rows); a sheet whose cells carry no
    reference (r="B7") goes through expat instead."""
    try:
        with z.open(bagian) as f:
            u = _ukur_cepat(f, lembar)
    except (zipfile.BadZipFile, EOFError, OSError) as e:  # a CRC error, a truncated member
        raise Tolak("kd_f_xlsx_rusak", galat=type(e).__name__) from None
    return u if u is not None else _ukur_expat(z, bagian, lembar)


def _ukur_cepat(f, lembar: str) -> Ukuran | None:  # noqa: ANN001 - a zip member
    pm = _Pemindai(lembar)
    u = pm.u
    sisa = b""
    habis = False
    while not habis:
        blok = f.read(4 << 20)
        habis = not blok
        buf = sisa + blok
        potong = len(buf) if habis else buf.rfind(b"</row>") + 6
        if potong < 6:  # no row ended in this block: past sheetData, cut at a tag's end
            potong = buf.rfind(b"/>") + 2 if b"</sheetData>" in buf or b"<mergeCell" in buf else 0
            if potong < 2:
                if len(buf) > 256 << 20:
                    raise Tolak("kd_f_xlsx_rusak", galat="baris XML terlalu panjang")
                sisa = buf
                continue
        bagian, sisa = buf[:potong], buf[potong:]
        for m in _SEL.finditer(bagian):
            u.elemen += 1
            if u.elemen > MAKS_ELEMEN:
                raise _besar(lembar, "elemen", _angka(MAKS_ELEMEN))
            if m[2] == b"/>":
                continue
            r = _R.search(m[1])
            if r is None:
                return None  # cells without a reference: the careful scanner
            isi = m[3]
            if _NILAI.search(isi):
                rumus = None
            elif (rm := _RUMUS.search(isi)) and rm[1].strip():
                rumus = "=" + html.unescape(rm[1].decode("utf-8", "replace"))
            else:
                continue
            kol = _KOLOM.get(r[1])
            if kol is None:
                kol = _KOLOM[r[1]] = kolom_ke_angka(r[1].decode())
            baris = int(r[2])
            u.sel += 1
            if baris > u.baris or kol > u.kolom:  # the limits are checked when the extent grows
                pm.baris, pm.kol = baris, kol
                u.sel -= 1
                pm._isi()
            if rumus is not None:
                u.rumus[(baris, kol)] = rumus
        for g in _GABUNG.finditer(bagian):
            a, _, b = g[1].decode().partition(":")
            p, q = _ref(a), _ref(b or a)
            if p and q:
                u.gabung.append((p[0], p[1], q[0], q[1], g[1].decode()))
    return u


def _ukur_expat(z: zipfile.ZipFile, bagian: str, lembar: str) -> Ukuran:
    pm = _Pemindai(lembar)
    p = expat.ParserCreate()
    p.buffer_text = True
    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = pm.mulai, pm.akhir, pm.teks
    try:
        with z.open(bagian) as f:
            while blok := f.read(1 << 20):
                p.Parse(blok, False)
        p.Parse(b"", True)
    except expat.ExpatError as e:
        raise Tolak("kd_f_xlsx_rusak", galat=f"XML: {e}") from None
    except (zipfile.BadZipFile, EOFError, OSError) as e:  # a CRC error, a truncated member
        raise Tolak("kd_f_xlsx_rusak", galat=type(e).__name__) from None
    return pm.u
