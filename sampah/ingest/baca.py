"""Read a file's bytes into a table of raw cells, whatever shape it arrived in.

CSV: encoding (UTF-8 with or without BOM, UTF-16, Windows-1252), double-encoded characters
('Ã©', 'Â '), separator (, ; tab |), quoted newlines. XLSX: merged cells filled, formulas read
from their saved values, instruction sheets skipped. JSON: a list of records. Then the header row is
found below any title rows, and total rows at the bottom are dropped.

A large CSV in UTF-8 (a monthly export of a million deposits) is parsed by Arrow's multi-threaded
reader after its header has been found by the same rules on its first lines; a file Arrow cannot read
exactly as the rules would (another encoding, double-encoded text, rows of unequal width, blank
lines, quotes above the header) goes through the careful reader.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.csv as pa_csv

from sampah.ingest import Tolak
from sampah.ingest import lembar as lembar_mod
from sampah.ingest.nilai import _BUKAN_KOSONG, kosong, kosong_unik

MAKS_BYTE = 200 * 1024 * 1024  # = server.maxUploadSize in .streamlit/config.toml
CEPAT_MULAI_BYTE = 256 * 1024  # smaller files take the careful reader: they are read in milliseconds
_PEMISAH = [",", ";", "\t", "|"]
_TOTAL = re.compile(r"^(jumlah|total|grand total|sub ?total|jml)\b", re.IGNORECASE)
_ADA_ISI = re.compile(rb"[^ \t\r\n\x00\xef\xbb\xbf]")
_LEMBAR_PETUNJUK = re.compile(r"(?i)petunjuk|instruc|keterangan|readme|cara")


@dataclass
class Tabel:
    """Raw cells (str, int, float, datetime or None) under the detected header."""

    data: pd.DataFrame
    baris_header: int  # 1-based row of the header in the file, for messages
    format: str  # csv | xlsx | json
    encoding: str | None = None
    pemisah: str | None = None
    lembar: str | None = None
    catatan: list[tuple[str, dict]] = field(default_factory=list)  # (key, values) notes for the report
    # row number in the file of each data row (blank and total rows are skipped); not in
    # DataFrame.attrs, which pandas deep-copies on every operation
    nomor: np.ndarray | None = None

    def baris_file(self, i: int) -> int:
        """Row number in the file (as Excel shows it) of data row i."""
        if self.nomor is not None and 0 <= i < len(self.nomor):
            return int(self.nomor[i])
        return self.baris_header + 1 + i


def jenis_file(data: bytes, nama: str) -> str:
    if not _ADA_ISI.search(data):  # stops at the first byte of content (strip would copy the file)
        raise Tolak("kd_f_kosong")
    if len(data) > MAKS_BYTE:
        raise Tolak("kd_f_terlalu_besar", mb=MAKS_BYTE // 2**20)
    if data[:4] == b"PK\x03\x04":
        return "zip"
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise Tolak("kd_f_xls_lama")
    if data[:5] == b"%PDF-":
        raise Tolak("kd_f_pdf")
    if data[:16].startswith(b"SQLite format 3"):
        return "gpkg"
    return "teks"


def dekode(data: bytes) -> tuple[str, str]:
    """Bytes to text: BOMs first, then UTF-8, then Windows-1252. Binary data is refused."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    contoh = data[:65536]
    kontrol = sum(b < 9 or 13 < b < 32 for b in contoh)
    if b"\x00" in contoh or kontrol > len(contoh) * 0.01:
        raise Tolak("kd_f_biner")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def perbaiki_teks(s: str) -> str:
    """Undo double encoding (UTF-8 read as Windows-1252 and saved again): 'Ã©' -> 'é', 'Â ' -> ' '."""
    if "Ã" in s or "Â" in s:
        for enc in ("cp1252", "latin-1"):
            try:
                s = s.encode(enc).decode("utf-8")
                break
            except (UnicodeEncodeError, UnicodeDecodeError):
                continue
    return s.replace("\ufeff", "")


def _pemisah(teks: str) -> str:
    """The separator that splits the first lines into the most consistent number of columns > 1."""
    contoh = "\n".join(teks.splitlines()[:50])
    terbaik, skor_terbaik = ",", -1.0
    for p in _PEMISAH:
        lebar = [len(r) for r in csv.reader(io.StringIO(contoh), delimiter=p) if any(c.strip() for c in r)]
        if not lebar:
            continue
        modus, n = Counter(lebar).most_common(1)[0]
        skor = n * (modus > 1) + modus / 100
        if skor > skor_terbaik:
            terbaik, skor_terbaik = p, skor
    return terbaik


def _csv(data: bytes) -> tuple[list[list], str, str]:
    teks, enc = dekode(data)
    p = _pemisah(teks)
    try:
        rows = [[perbaiki_teks(c) for c in r] for r in csv.reader(io.StringIO(teks, newline=""), delimiter=p)]
    except csv.Error as e:
        raise Tolak("kd_f_csv_rusak", galat=str(e)) from None
    return rows, enc, p


def _xlsx(data: bytes) -> tuple[list[list], str, list[tuple[str, dict]]]:
    """The first sheet with a table (instruction sheets skipped), measured before it is read
    (sampah/ingest/lembar.py) and read by openpyxl in read-only mode within the cells that hold
    values: a styled empty cell far away, or a merge over a million rows, costs nothing."""
    import openpyxl

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            lembar_mod.periksa_zip(z)
            wb = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                semua = [ws for ws in wb.worksheets if hasattr(ws, "_worksheet_path")]
                lembar = [ws for ws in semua if not _LEMBAR_PETUNJUK.search(ws.title)] or semua
                if not lembar:
                    raise Tolak("kd_f_kosong")
                ws, u = lembar[0], None
                for w in lembar:  # the first sheet with more than one cell of content
                    uw = lembar_mod.ukur(z, w._worksheet_path, w.title)
                    if uw.berisi or u is None:
                        ws, u = w, uw
                    if uw.berisi:
                        break
                rows = (
                    [list(r) for r in ws.iter_rows(max_row=u.baris, max_col=u.kolom, values_only=True)]
                    if u.sel
                    else []
                )
            finally:
                wb.close()
    except Tolak:
        raise
    except (zipfile.BadZipFile, KeyError, EOFError, OSError, ValueError) as e:
        raise Tolak("kd_f_xlsx_rusak", galat=type(e).__name__) from None
    except Exception as e:  # openpyxl raises many types for damaged parts
        raise Tolak("kd_f_xlsx_rusak", galat=type(e).__name__) from None
    catatan: list[tuple[str, dict]] = []
    if len(lembar) > 1:
        catatan.append(("kd_c_lembar", {"lembar": ws.title}))
    for (r, c), rumus in u.rumus.items():  # shown as a formula, refused by the parsers
        if r <= len(rows) and c <= len(rows[r - 1]) and rows[r - 1][c - 1] is None:
            rows[r - 1][c - 1] = rumus
    for r1, c1, r2, c2, ref in u.gabung:  # merged cells: every cell of the range (within the table)
        if r1 > len(rows) or c1 > u.kolom:
            continue
        v = rows[r1 - 1][c1 - 1]
        for r in range(r1 - 1, min(r2, len(rows))):
            for c in range(c1 - 1, min(c2, len(rows[r]))):
                rows[r][c] = v
        if r2 > r1 or c2 > c1:
            catatan.append(("kd_c_gabung", {"sel": ref}))
    rows = [[perbaiki_teks(c) if isinstance(c, str) else c for c in r] for r in rows]
    return rows, ws.title, catatan[:5]


def _json(data: bytes) -> list[list]:
    teks, _ = dekode(data)
    try:
        obj = json.loads(teks)
    except json.JSONDecodeError as e:
        raise Tolak("kd_f_json_rusak", galat=f"baris {e.lineno}") from None
    if isinstance(obj, dict):  # {"data": [...]} and similar wrappers
        obj = next((v for v in obj.values() if isinstance(v, list)), None)
    if not isinstance(obj, list) or not obj or not all(isinstance(r, dict) for r in obj):
        raise Tolak("kd_f_json_bentuk")
    kolom = list(dict.fromkeys(k for r in obj for k in r))
    return [kolom] + [[r.get(k) for k in kolom] for r in obj]


def _cari_header(rows: list[list], skor: Callable[[list[str]], int] | None) -> int:
    """Index of the header row: the row with most known headers, else the first wide row of
    distinct text cells (a title row is narrow, or repeats one merged value across)."""
    lebar = max((sum(not kosong(c) for c in r) for r in rows[:30]), default=0)
    kandidat = []
    for i, r in enumerate(rows[:30]):
        sel = [str(c).strip() for c in r if not kosong(c)]
        teks = [c for c in sel if not re.fullmatch(r"[\d.,\-/: ]+", c)]
        if (
            len(sel) >= max(1, 0.6 * lebar)
            and len(teks) >= 0.6 * len(sel)
            and len(set(sel)) >= 0.8 * len(sel)
        ):
            kandidat.append(i)
    if skor is not None:
        dikenal = [(skor([str(c) for c in rows[i] if not kosong(c)]), -i) for i in range(min(30, len(rows)))]
        terbaik = max(dikenal, default=(0, 0))
        if terbaik[0] >= 2:
            return -terbaik[1]
    return kandidat[0] if kandidat else 0


def _nama_kolom(header: list, lebar: int) -> list[str]:
    nama: list[str] = []
    for j in range(lebar):
        v = header[j] if j < len(header) else None
        s = re.sub(r"\s+", " ", str(v)).strip() if not kosong(v) else f"kolom_{j + 1}"
        while s in nama:  # repeated header text (merged header cells): keep both, numbered
            s += "_2"
        nama.append(s)
    return nama


def tabel_dari_baris(rows: list[list], fmt: str, skor: Callable[[list[str]], int] | None = None) -> Tabel:
    rows = [r for r in rows if r is not None]
    if not any(any(not kosong(c) for c in r) for r in rows):
        raise Tolak("kd_f_kosong")
    h = _cari_header(rows, skor)
    header = rows[h]
    lebar = max(len(r) for r in rows[h:])
    nama = _nama_kolom(header, lebar)
    isi, nomor, catatan = [], [], []
    for k, r in enumerate(rows[h + 1 :]):
        r = list(r) + [None] * (lebar - len(r))
        if all(kosong(c) for c in r):
            continue
        pertama = next((str(c) for c in r if not kosong(c)), "")
        if _TOTAL.match(pertama.strip()):
            catatan.append(("kd_c_total", {"baris": h + 2 + k}))
            continue
        nomor.append(h + 2 + k)
        isi.append(r[:lebar])
    df = pd.DataFrame(isi, columns=nama, dtype=object)
    kosong_kol = [c for c in df.columns if c.startswith("kolom_") and df[c].map(kosong).all()]
    df = df.drop(columns=kosong_kol)
    t = Tabel(df, baris_header=h + 1, format=fmt, catatan=catatan, nomor=np.array(nomor, dtype=np.int64))
    if h > 0:
        t.catatan.insert(0, ("kd_c_judul", {"n": h}))
    return t


def baca(data: bytes, nama_file: str, skor: Callable[[list[str]], int] | None = None) -> Tabel:
    """Bytes of a CSV, XLSX or JSON file -> Tabel. Raises Tolak with a clear reason otherwise."""
    jenis = jenis_file(data, nama_file)
    if jenis == "zip":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as z:
                nama = z.namelist()
        except (zipfile.BadZipFile, EOFError):
            raise Tolak("kd_f_xlsx_rusak", galat="zip") from None
        if not any(n.startswith("xl/") for n in nama):
            raise Tolak("kd_f_zip_bukan_xlsx")
        rows, lembar, catatan = _xlsx(data)
        t = tabel_dari_baris(rows, "xlsx", skor)
        t.lembar, t.catatan = lembar, catatan + t.catatan
        return t
    if jenis == "gpkg":
        raise Tolak("kd_f_geo_bukan_tabel")
    awal = data.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if awal in (b"[", b"{"):
        if b'"FeatureCollection"' in data[:4096]:
            raise Tolak("kd_f_geo_bukan_tabel")
        return tabel_dari_baris(_json(data), "json", skor)
    if len(data) >= CEPAT_MULAI_BYTE and (t := csv_cepat(data, skor)) is not None:
        return t
    rows, enc, p = _csv(data)
    t = tabel_dari_baris(rows, "csv", skor)
    t.encoding, t.pemisah = enc, p
    if enc == "cp1252":
        t.catatan.append(("kd_c_cp1252", {}))
    return t


_BARIS_BARU_LAIN = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")  # str.splitlines, not CSV


def csv_cepat(data: bytes, skor: Callable[[list[str]], int] | None = None) -> Tabel | None:
    """A CSV read by Arrow, giving the same Tabel as the careful reader, or None when the file
    needs the careful reader."""
    enc = "utf-8"
    if data.startswith(b"\xef\xbb\xbf"):
        data, enc = data[3:], "utf-8-sig"
    contoh = data[:65536]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in contoh:
        return None
    if sum(b < 9 or 13 < b < 32 for b in contoh) > len(contoh) * 0.01:
        return None  # binary: the careful reader refuses it
    # 'Ã', 'Â' (double-encoded text) or a stray BOM: repaired cell by cell. A lone byte is found
    # at memory speed; most exports have none, and the pairs need a slower search
    if (b"\xc3" in data and (b"\xc3\x83" in data or b"\xc3\x82" in data)) or (
        b"\xef" in data and b"\xef\xbb\xbf" in data
    ):
        return None
    try:
        kepala = data[:262144].decode("utf-8")
    except UnicodeDecodeError as e:
        if e.start < 262144 - 4:
            return None
        kepala = data[: e.start].decode("utf-8")  # a character cut at the chunk's end
    baris = kepala.splitlines(keepends=True)
    if len(baris) <= 50:
        return None  # the careful reader's separator and header rules look at 50 lines
    contoh_teks = "".join(baris[:50])
    p = _pemisah(contoh_teks)
    rows = list(csv.reader(io.StringIO(contoh_teks, newline=""), delimiter=p))
    if len(rows) <= 30:
        return None
    h = _cari_header(rows, skor)
    atas = "".join(baris[: h + 1])
    if '"' in atas or _BARIS_BARU_LAIN.search(atas) or len(rows[h]) < 2:
        return None
    nama = _nama_kolom(rows[h], len(rows[h]))
    try:
        tab = pa_csv.read_csv(
            pa.BufferReader(pa.py_buffer(data)[len(atas.encode("utf-8")) :]),  # no copy
            read_options=pa_csv.ReadOptions(column_names=nama, block_size=1 << 24),
            parse_options=pa_csv.ParseOptions(delimiter=p, newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pa_csv.ConvertOptions(
                column_types={n: pa.large_string() for n in nama},  # pandas' own text type: no copy
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowException):
        return None  # rows of another width, blank lines, invalid UTF-8 further down
    df = tab.to_pandas()
    if df.empty:
        return None
    # blank rows and total rows, as the careful reader finds them: a row whose first cell has a
    # character no empty-cell marker has is settled by that cell; the others cell by cell
    pertama = df[nama[0]]
    angka = pertama.str.slice(0, 1).str.isdigit().to_numpy(dtype=bool, na_value=False)  # a date, a code
    lain = np.flatnonzero(~angka)
    isi_pasti = angka.copy()
    calon = np.zeros(len(df), dtype=bool)
    if len(lain):
        sisa = pertama.iloc[lain]
        isi_pasti[lain] = sisa.str.contains(_BUKAN_KOSONG, regex=True).to_numpy(dtype=bool, na_value=False)
        calon[lain] = isi_pasti[lain] & sisa.str.contains(
            r"(?i)(?:jumlah|total|grand|sub|jml)", regex=True
        ).to_numpy(dtype=bool, na_value=False)
    kosong_baris = np.zeros(len(df), dtype=bool)
    total = np.zeros(len(df), dtype=bool)
    for r in np.flatnonzero(calon):
        total[r] = bool(_TOTAL.match(str(pertama.iat[r]).strip()))
    for r in np.flatnonzero(~isi_pasti):
        sel = [df[c].iat[r] for c in nama]
        kosong_baris[r] = all(kosong(x) for x in sel)
        awal = next((str(x) for x in sel if not kosong(x)), "")
        total[r] = bool(_TOTAL.match(awal.strip()))
    nomor = np.arange(len(df), dtype=np.int64) + h + 2
    catatan = [("kd_c_total", {"baris": int(b)}) for b in nomor[total]]
    simpan = ~kosong_baris & ~total
    if not simpan.all():
        df, nomor = df[simpan].reset_index(drop=True), nomor[simpan]
    buang = [c for c in nama if c.startswith("kolom_") and kosong_unik(pd.Series(df[c].unique())).all()]
    t = Tabel(
        df.drop(columns=buang),
        baris_header=h + 1,
        format="csv",
        encoding=enc,
        pemisah=p,
        catatan=catatan,
        nomor=nomor,
    )
    if h > 0:
        t.catatan.insert(0, ("kd_c_judul", {"n": h}))
    return t


def isi_sel(v: object) -> object:
    """A raw cell as plain data for reports (datetimes as ISO text)."""
    if isinstance(v, datetime):
        return v.isoformat(sep=" ")
    return v
