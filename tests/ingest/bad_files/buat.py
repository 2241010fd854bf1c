"""Regenerate the corpus of bad files: `python tests/ingest/bad_files/buat.py`.

Each file is one mistake DLH files really contain. MANIFEST (read by tests/ingest/test_ingest_buruk.py)
names the dataset to import it as, a fragment the Indonesian message must contain, and whether the
import runs in strict mode (needed only where valid rows sit beside the bad one).
The sample store the tests use has bank sampah BS-0001, TPA Sumur Batu and Kota Bekasi's wilayah.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from pathlib import Path

from openpyxl import Workbook

DIR = Path(__file__).resolve().parent

SETORAN = "tanggal,bank_sampah,kategori,berat_kg\n"
TPA = "tanggal,jam,no_tiket,nopol,asal_kecamatan,bruto_kg,tara_kg,netto_kg\n"

# file name: (dataset, expected fragment of the Indonesian message, strict)
MANIFEST: dict[str, tuple[str, str, bool]] = {}


def tulis(nama: str, isi: bytes | str, dataset: str, pesan: str, ketat: bool = False) -> None:
    (DIR / nama).write_bytes(isi.encode("utf-8") if isinstance(isi, str) else isi)
    MANIFEST[nama] = (dataset, pesan, ketat)


def xlsx(rows: list[list], judul: str = "data") -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.title = judul
    for r in rows:
        ws.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def buat() -> dict[str, tuple[str, str, bool]]:
    for f in DIR.glob("*"):
        if f.name not in ("buat.py", "__init__.py") and f.is_file():
            f.unlink()
    rng = random.Random(3)
    # -- unreadable or empty files
    tulis("kosong.csv", b"", "setoran", "File kosong")
    tulis("hanya_spasi.csv", "\r\n  \r\n\t\r\n", "setoran", "File kosong")
    tulis("acak.csv", bytes(rng.randrange(256) for _ in range(4096)), "setoran", "biner")
    tulis(
        "utf16_tanpa_bom.csv",
        (SETORAN + "2025-11-20,BS-0001,plastik,5\n").encode("utf-16-le"),
        "setoran",
        "biner",
    )
    bagus = xlsx(
        [["tanggal", "bank_sampah", "kategori", "berat_kg"], ["2025-11-20", "BS-0001", "plastik", 5]]
    )
    tulis("terpotong.xlsx", bagus[: len(bagus) // 2], "setoran", "rusak atau terpotong")
    tulis("excel_lama.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512), "setoran", ".xls")
    tulis("laporan.pdf.csv", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "setoran", "PDF")
    tulis("lembar_kosong.xlsx", xlsx([]), "setoran", "File kosong")
    tulis("hanya_header.csv", SETORAN, "setoran", "tanpa baris data")
    tulis(
        "kolom_asing.csv",
        "nama,alamat,telepon\nBu Ani,Jl. Melati,0812\n",
        "setoran",
        "Kolom wajib tidak ditemukan",
    )
    tulis("json_rusak.json", '[{"nama": "BS Melati", "kelurahan": ', "bank_sampah", "JSON rusak")
    tulis("zip_bukan_excel.zip", _zip({"catatan.txt": b"halo"}), "setoran", "bukan Excel")
    # -- wrong values (every row bad, so even a non-strict import loads nothing)
    tulis("berat_teks.csv", SETORAN + "2025-11-20,BS-0001,plastik,dua kilo\n", "setoran", "bukan angka")
    tulis("berat_negatif.csv", SETORAN + "2025-11-20,BS-0001,plastik,-12\n", "setoran", "negatif")
    tulis("tanggal_masa_depan.csv", SETORAN + "2099-01-01,BS-0001,plastik,5\n", "setoran", "masa depan")
    tulis("tanggal_rusak.csv", SETORAN + "32/13/2025,BS-0001,plastik,5\n", "setoran", "bukan tanggal")
    tulis("tanggal_serial_aneh.csv", SETORAN + "5,BS-0001,plastik,5\n", "setoran", "bukan tanggal")
    tulis("rumus_csv.csv", SETORAN + '2025-11-20,BS-0001,plastik,"=SUM(A1:A9)"\n', "setoran", "rumus Excel")
    tulis(
        "rumus_xlsx.xlsx",
        xlsx(
            [["tanggal", "bank_sampah", "kategori", "berat_kg"], ["2025-11-20", "BS-0001", "plastik", "=2*3"]]
        ),
        "setoran",
        "rumus Excel",
    )
    tulis("angka_raksasa.csv", SETORAN + "2025-11-20,BS-0001,plastik,1e300\n", "setoran", "terlalu besar")
    tulis("berat_tidak_wajar.csv", SETORAN + "2025-11-20,BS-0001,plastik,999999\n", "setoran", "tidak wajar")
    tulis(
        "angka_campur_format.csv",
        SETORAN + '2025-11-20,BS-0001,plastik,"1.234,5"\n'
        '2025-11-21,BS-0001,kertas,"1,234.5"\n2025-11-22,BS-0001,logam,"1.2.3,4"\n',
        "setoran",
        "format angka",
        ketat=True,
    )
    tulis(
        "duplikat.csv",
        SETORAN + "2025-11-20,BS-0001,plastik,5\n2025-11-20,BS-0001,plastik,5\n",
        "setoran",
        "Duplikat baris 2",
        ketat=True,
    )
    tulis(
        "bank_sampah_salah_eja.csv",
        SETORAN + "2025-11-20,Bank Sampah Bojongmentng RW 014,plastik,5\n",
        "setoran",
        "Mungkin maksudnya",
    )
    tulis("kategori_asing.csv", SETORAN + "2025-11-20,BS-0001,batu bata,5\n", "setoran", "kategori")
    tulis(
        "satuan_asing.csv",
        "tanggal,bank_sampah,kategori,berat,satuan\n2025-11-20,BS-0001,plastik,5,liter\n",
        "setoran",
        "Satuan",
    )
    tulis("berat_nol.csv", SETORAN + "2025-11-20,BS-0001,plastik,0\n", "setoran", "berat 0")
    # -- weighbridge
    tulis(
        "tpa_netto_salah.csv",
        TPA + "2025-11-20,08:15,T1,B 1 X,Mustikajaya,14000,8000,9000\n",
        "tpa_muatan",
        "bruto − tara",
    )
    tulis(
        "tpa_tara_besar.csv",
        TPA + "2025-11-20,08:15,T1,B 1 X,Mustikajaya,8000,14000,\n",
        "tpa_muatan",
        "Tara lebih besar",
    )
    tulis(
        "tpa_satuan_salah.csv",
        "tanggal,no_tiket,asal_kecamatan,Netto (ton)\n2025-11-20,T1,Jatiasih,6150\n",
        "tpa_muatan",
        "batas muatan truk",
    )
    tulis(
        "tpa_kecamatan_salah_eja.csv",
        TPA + "2025-11-20,08:15,T1,B 1 X,Kec. Mustika Jya,14000,8000,6000\n",
        "tpa_muatan",
        "Mustikajaya (32.75.11)",
    )
    tulis(
        "tpa_jam_rusak.csv",
        TPA + "2025-11-20,25:99,T1,B 1 X,Jatiasih,14000,8000,6000\n",
        "tpa_muatan",
        "bukan jam",
    )
    # -- other datasets
    tulis(
        "pengolahan_kelurahan_asing.csv",
        "bulan,fasilitas,jenis_fasilitas,kelurahan,ton\n2025-10,TPS 3R Cicadas,TPS 3R,Cicadas,3\n",
        "pengolahan",
        "Tidak satu pun wilayah",
    )
    tulis("penduduk_negatif.csv", "kode_wilayah,tahun,jumlah\n32.75.01,2025,-5\n", "penduduk", "negatif")
    tulis("target_persen_raksasa.csv", "tahun,pengurangan_pct\n2026,250\n", "target", "tidak wajar")
    tulis(
        "csr_salah.csv",
        "perusahaan,program,status,mulai,selesai\nPT A,Komposter,entah,2025-05-01,2025-01-01\n",
        "csr",
        "status 'entah'",
    )
    tulis(
        "bank_sampah_tanpa_tahun.csv",
        "nama,kelurahan\nBS Melati,Bekasijaya\n",
        "bank_sampah",
        "File tidak punya kolom tahun (berdiri / tahun). Isi tahun berlakunya",
    )
    tulis(
        "wilayah_kode_rusak.csv",
        "kode_kecamatan,kecamatan\nABC,Kecamatan Baru\n",
        "wilayah",
        "Kode ABC tidak menunjuk wilayah yang dikenal",
    )
    tulis(
        "sipsn_tanpa_angka.csv",
        "Tahun,Provinsi,Kabupaten/Kota\n2024,Jawa Barat,Kota Bekasi\n",
        "sipsn",
        "Bukan ekspor SIPSN",
    )
    # -- boundaries
    titik = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"kode": "32.75.01"},
                "geometry": {"type": "Point", "coordinates": [107, -6.2]},
            }
        ],
    }
    tulis("batas_titik.geojson", json.dumps(titik), "batas_wilayah", "bukan poligon")
    tulis(
        "batas_rusak.geojson",
        '{"type": "FeatureCollection", "features": [',
        "batas_wilayah",
        "tidak bisa dibaca",
    )
    tulis(
        "batas_tanpa_shp.zip",
        _zip({"batas.dbf": b"\x03", "batas.prj": b"GEOGCS"}),
        "batas_wilayah",
        "tidak berisi Shapefile",
    )
    (DIR / "MANIFEST.json").write_text(json.dumps(MANIFEST, indent=1, ensure_ascii=False) + "\n")
    return MANIFEST


def _zip(isi: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for n, b in isi.items():
            z.writestr(n, b)
    return buf.getvalue()


if __name__ == "__main__":
    m = buat()
    print(f"{len(m)} file buruk ditulis ke {DIR}")
