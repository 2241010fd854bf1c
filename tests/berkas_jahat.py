"""Hostile files, built in the test (issue #12): small on disk, huge when read naively.

    xlsx_sel_jauh         a small table plus one value at XFD1048576 (4-5 kB)
    xlsx_gabung_raksasa   a small table plus a merge D1:XFD1048576
    xlsx_baris_banyak     n rows of a weighbridge summary (3 M rows ~ 1-2 MB zipped)
    csv_tidak_valid       a weighbridge CSV (tpa_muatan) of `mb` MB whose rows are nearly all invalid
    zip_bom               a zipped Shapefile whose .dbf unpacks to `mb` MB of zeros

The XLSX parts are written by hand (inline strings, streamed into the zip), so that building the
file never costs what reading it naively would."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path

_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml"
 ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
 Target="xl/workbook.xml"/></Relationships>"""
_WB = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="rekap" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"
 Target="worksheets/sheet1.xml"/></Relationships>"""
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def _sel(ref: str, v: object) -> str:
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{v}</t></is></c>'


def _baris(r: int, nilai: Iterable[object]) -> str:
    return f'<row r="{r}">' + "".join(_sel(f"{chr(65 + j)}{r}", v) for j, v in enumerate(nilai)) + "</row>"


def _rekap(n: int, mulai: int = 2) -> Iterator[str]:
    kec = ("Mustikajaya", "Bekasi Utara", "Rawalumbu")
    yield _baris(1, ("tanggal", "kecamatan", "ton"))
    for i in range(n):
        yield _baris(mulai + i, (f"2024-{i // 90 % 12 + 1:02d}-{i % 28 + 1:02d}", kec[i % 3], 100 + i % 7))


def _xlsx(bagian: Iterable[str], ekor: str = "", dimensi: str = "A1:C4") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}>'.encode())
            f.write(f'<dimension ref="{dimensi}"/><sheetData>'.encode())
            blok: list[str] = []
            for b in bagian:
                blok.append(b)
                if len(blok) >= 10_000:
                    f.write("".join(blok).encode())
                    blok = []
            f.write(("".join(blok) + "</sheetData>" + ekor + "</worksheet>").encode())
    return buf.getvalue()


def xlsx_biasa(n: int = 3) -> bytes:
    return _xlsx(_rekap(n), dimensi=f"A1:C{n + 1}")


def xlsx_sel_jauh() -> bytes:
    jauh = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    return _xlsx([*_rekap(3), jauh], dimensi="A1:XFD1048576")


def xlsx_gabung_raksasa() -> bytes:
    return _xlsx(_rekap(3), '<mergeCells count="1"><mergeCell ref="D1:XFD1048576"/></mergeCells>')


def xlsx_baris_banyak(n: int) -> bytes:
    return _xlsx(_rekap(n), dimensi=f"A1:C{n + 1}")


def csv_tidak_valid(path: Path, mb: float) -> int:
    """A weighbridge CSV (tpa_muatan) of about `mb` MB: one valid row in 1,000, the others with an
    impossible time, an unknown kecamatan and a weight in words (three reasons each). Returns the
    number of data rows."""
    baik = "2024-03-01 08:{m:02d},T-{i},B 1234 KZ,Mustikajaya,6150\n"
    buruk = "31/02/2024 25:{m:02d},T-{i},B 1234 KZ,Kecamatan Antah Berantah {k},enam ribu\n"
    n = 0
    with path.open("w") as f:
        f.write("waktu,tiket,nopol,kecamatan,netto\n")
        ukuran = 0
        while ukuran < mb * 2**20:
            blok = "".join(
                (baik if (n + k) % 1000 == 0 else buruk).format(m=(n + k) % 60, i=n + k, k=(n + k) % 5000)
                for k in range(10_000)
            )
            f.write(blok)
            ukuran += len(blok)
            n += 10_000
    return n


def zip_bom(mb: int) -> bytes:
    """A Shapefile zip (.shp/.shx/.prj tiny) whose .dbf unpacks to `mb` MB of zeros."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("batas.shp", b"\x00" * 100)
        z.writestr("batas.shx", b"\x00" * 100)
        z.writestr("batas.prj", "GEOGCS[WGS 84]")
        with z.open("batas.dbf", "w", force_zip64=True) as f:
            nol = b"\x00" * 2**20
            for _ in range(mb):
                f.write(nol)
    return buf.getvalue()
