"""Excel templates: a 'data' sheet with the headers and an example row, and a 'petunjuk' sheet that
explains every column in Indonesian. The importer skips the 'petunjuk' sheet when reading."""

from __future__ import annotations

import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

from sampah.ingest.dataset import DATASETS
from sampah.ingest.deklarasi import Dataset

_JENIS = {
    "teks": "teks",
    "kode": "kode (teks, mis. 32.75.01)",
    "angka": "angka (1.234,5 atau 1234.5)",
    "bulat": "bilangan bulat",
    "tahun": "tahun (2025)",
    "tanggal": "tanggal (2025-11-20 atau 20/11/2025)",
    "bulan": "bulan (2025-11)",
    "waktu": "tanggal dan jam (2025-11-20 08:15)",
    "jam": "jam (08:15)",
    "berat": "berat (angka)",
    "rupiah": "rupiah (angka, tanpa 'Rp')",
    "persen": "persen (30 atau 30%)",
    "ya_tidak": "ya / tidak",
}


def templat(nama: str) -> bytes:
    ds: Dataset = DATASETS[nama]
    wb = Workbook()
    ws = wb.active
    ws.title = "data"
    kolom = list(ds.kolom)
    ws.append([k.nama for k in kolom])
    ws.append([k.contoh if k.contoh != "" else None for k in kolom])
    tebal = Font(bold=True)
    for c in ws[1]:
        c.font = tebal
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    for i, k in enumerate(kolom, start=1):
        ws.column_dimensions[ws.cell(1, i).column_letter].width = max(12, len(k.nama) + 2)
    ws.freeze_panes = "A2"

    p = wb.create_sheet("petunjuk")
    p.append([f"Templat impor: {ds.judul[0]}"])
    p["A1"].font = Font(bold=True, size=14)
    p.append([ds.ket])
    p.append(
        [
            "Isi lembar 'data' mulai baris 2 (hapus baris contoh). Satu baris = satu catatan. Judul kolom "
            "boleh diganti dengan padanannya (mis. 'Berat (ton)'); kolom lain diabaikan. Simpan sebagai "
            ".xlsx atau CSV, lalu impor di halaman Kelola Data atau dengan: python -m sampah import "
            f"{ds.nama} <file>."
        ]
    )
    p.append(
        [
            "Angka boleh berformat Indonesia (1.830,63) atau Inggris (1,830.63). Tanggal: 2025-11-20, "
            "20/11/2025 atau 20 November 2025. Nama kecamatan/kelurahan dicocokkan dengan kode; nama yang "
            "tidak dikenal ditolak dengan saran ejaan."
        ]
    )
    if ds.salah_satu:
        p.append(
            [
                "Minimal satu kolom dari setiap kelompok ini wajib ada: "
                + "; ".join(" atau ".join(g) for g in ds.salah_satu)
                + "."
            ]
        )
    p.append([])
    p.append(["Kolom", "Wajib", "Jenis isian", "Batas", "Contoh", "Keterangan", "Judul lain yang dikenali"])
    for c in p[p.max_row]:
        c.font = tebal
    for k in kolom:
        batas = " – ".join(str(x) for x in (k.min, k.maks) if x is not None)
        jenis = _JENIS.get(k.jenis, k.jenis) + (
            f", satuan {k.satuan} bila judul tidak menyebut kg/ton" if k.jenis == "berat" else ""
        )
        p.append(
            [
                k.nama,
                "ya" if k.wajib else "",
                jenis,
                batas,
                k.contoh if k.contoh != "" else None,
                k.ket,
                ", ".join(k.alias[:8]),
            ]
        )
    for kol, lebar in zip("ABCDEFG", (22, 7, 34, 14, 18, 60, 60)):
        p.column_dimensions[kol].width = lebar
    for row in p.iter_rows(min_row=2):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
