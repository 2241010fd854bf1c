"""The sample's CSR/TJSLP projects: fictitious companies, environment programmes spread over the
window (so there is data before and after each start), other sectors, and next year's proposals."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

PERUSAHAAN = [  # fictitious companies: this is sample data
    "PT Contoh Plastik Nusantara",
    "PT Sampel Energi Patriot",
    "PT Ilustrasi Logistik Bekasi",
    "PT Contoh Pangan Sejahtera",
    "PT Demo Kemasan Indonesia",
    "PT Contoh Properti Kalimalang",
    "Bank Contoh Daerah",
    "PT Sampel Otomotif Cikarang",
]
PROGRAM_LH = [
    "Penguatan bank sampah (timbangan digital, gerobak motor)",
    "Rumah maggot BSF",
    "Komposter komunal RW",
    "Edukasi pilah sampah di sekolah",
    "Pengolahan minyak jelantah",
]
PROGRAM_LAIN = [
    ("pendidikan", "Beasiswa siswa berprestasi"),
    ("kesehatan", "Posyandu sehat"),
    ("infrastruktur", "Perbaikan jalan lingkungan"),
    ("usaha ekonomi", "Pelatihan UMKM"),
]


def proyek(rng: np.random.Generator, kel: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    start64, end64 = np.datetime64(start), np.datetime64(end)
    span = (end64 - start64).astype(int)
    rows = []
    lh_kel = rng.choice(len(kel), size=12, replace=False)
    for i, ki in enumerate(lh_kel):
        # starts spread over the middle of the window so there is data before and after
        mulai = start64 + int(span * rng.uniform(0.2, 0.8))
        rows.append(("lingkungan hidup", PROGRAM_LH[i % len(PROGRAM_LH)], ki, mulai))
    for i in range(8):
        bidang, program = PROGRAM_LAIN[i % len(PROGRAM_LAIN)]
        rows.append((bidang, program, rng.integers(len(kel)), start64 + int(span * rng.uniform(0, 1))))
    for i in range(3):  # proposals for next year
        rows.append(
            ("lingkungan hidup", PROGRAM_LH[i], rng.integers(len(kel)), end64 + int(rng.integers(60, 300)))
        )
    out = []
    for i, (bidang, program, ki, mulai) in enumerate(rows):
        k = kel.iloc[int(ki)]
        anggaran = float(np.round(rng.lognormal(np.log(250e6), 0.8), -6))
        selesai = mulai + int(rng.integers(180, 720))
        status = "usulan" if mulai > end64 else ("berjalan" if selesai > end64 else "selesai")
        realisasi = 0.0 if status == "usulan" else float(np.round(anggaran * rng.uniform(0.6, 1.0), -5))
        lh = bidang == "lingkungan hidup"
        out.append(
            {
                "id": f"CSR-{i + 1:03d}",
                "perusahaan": PERUSAHAAN[int(rng.integers(len(PERUSAHAAN)))],
                "program": program,
                "bidang": bidang,
                "kecamatan_kode": k.kecamatan_kode,
                "kelurahan_kode": k.kode,
                "lat": k.lat + rng.normal(0, 0.003),
                "lon": k.lon + rng.normal(0, 0.003),
                "anggaran_rp": anggaran,
                "realisasi_rp": realisasi,
                "mulai": mulai,
                "selesai": selesai,
                "status": status,
                "keluaran": "Sarana pengurangan sampah" if lh else "Kegiatan sosial",
                "kapasitas_ton_bulan": float(np.round(rng.uniform(1, 8), 1)) if lh else None,
            }
        )
    return pd.DataFrame(out)
