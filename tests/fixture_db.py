"""A tiny database whose every figure can be computed by hand (see test_metrics.py)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import duckdb

from sampah import db, ringkas

A, B = "99.01.01", "99.01.02"
A1, A2, B1 = "99.01.01.1001", "99.01.01.1002", "99.01.02.1001"


def isi(con: duckdb.DuckDBPyConnection) -> None:
    ex = con.executemany
    con.execute(
        "INSERT INTO kota (kode, nama, provinsi, luas_km2, lat, lon, jumlah_rw) "
        "VALUES ('99.01', 'Kota Uji', 'Provinsi Uji', 30, -6.2, 107.0, 40)"
    )
    ex(
        "INSERT INTO kecamatan VALUES (?, ?, '99.01', ?, ?, ?, ?)",
        [(A, "9901010", "Alpha", 10.0, -6.20, 107.00), (B, "9901020", "Beta", 20.0, -6.30, 107.10)],
    )
    ex(
        "INSERT INTO kelurahan VALUES (?, NULL, ?, ?, ?, ?, ?, ?, false)",
        [
            (A1, A, "Alpha Satu", 4.0, -6.20, 107.00, 10),
            (A2, A, "Alpha Dua", 6.0, -6.21, 107.01, 12),
            (B1, B, "Beta Satu", 20.0, -6.30, 107.10, 18),
        ],
    )
    ex(
        "INSERT INTO penduduk VALUES (?, ?, ?, ?, 'uji')",
        [
            (A1, 2025, 6000, True),
            (A2, 2025, 4000, True),
            (B, 2025, 5000, False),
            (A1, 2024, 5000, True),
            (A2, 2024, 3000, True),
            (B, 2024, 4000, False),
        ],
    )
    con.execute("INSERT INTO tpa VALUES ('T1', 'TPA Uji', '99.01', NULL, NULL, NULL)")
    ex(
        "INSERT INTO bank_sampah (id, nama, jenis, kelurahan_kode, berdiri, nonaktif_sejak, nasabah) "
        "VALUES (?, ?, 'unit', ?, ?, ?, 50)",
        [
            ("BS1", "BS Satu", A1, date(2024, 1, 1), None),
            ("BS2", "BS Dua", A2, date(2024, 6, 1), date(2025, 3, 15)),
            ("BS3", "BS Tiga", B1, date(2025, 2, 10), None),
            ("BS4", "BS Empat", B1, date(2026, 1, 1), None),
        ],
    )
    ex(
        "INSERT INTO setoran (tanggal, bank_sampah_id, kategori, subjenis, berat_kg, harga_per_kg, "
        "nilai_rp) VALUES (?, ?, ?, NULL, ?, 1000, ?)",
        [
            (date(2025, 1, 10), "BS1", "plastik", 100, 100_000),
            (date(2025, 2, 5), "BS2", "kertas", 50, 50_000),
            (date(2025, 3, 20), "BS1", "logam", 30, 30_000),
            (date(2025, 2, 20), "BS3", "kaca", 20, 20_000),
            (date(2024, 12, 31), "BS1", "plastik", 999, 999_000),
            (date(2025, 4, 1), "BS3", "plastik", 200, 200_000),
        ],
    )
    ex(
        "INSERT INTO pengolahan VALUES (?, ?, 'TPS 3R', ?, ?, NULL)",
        [(date(2025, 2, 1), "TPS 3R Alpha", A2, 1.5), (date(2025, 3, 1), "TPS 3R Beta", B1, 0.5)],
    )
    ex(
        "INSERT INTO tpa_muatan (waktu, tpa_id, asal_kecamatan_kode, netto_kg) VALUES (?, 'T1', ?, ?)",
        [
            (datetime(2025, 1, 15, 8), A, 6000),
            (datetime(2025, 2, 15, 9), A, 5000),
            (datetime(2025, 3, 10, 10), B, 7000),
            (datetime(2025, 3, 11, 11), None, 4000),
            (datetime(2025, 4, 2, 7), A, 9000),
            (datetime(2024, 12, 31, 23, 59), B, 8000),
        ],
    )
    ex(
        "INSERT INTO csr_proyek (id, perusahaan, program, bidang, kecamatan_kode, kelurahan_kode, "
        "anggaran_rp, realisasi_rp, mulai, selesai, status) "
        "VALUES (?, 'PT Uji', 'Program', 'lingkungan hidup', ?, ?, ?, ?, ?, ?, ?)",
        [
            ("P1", A, A1, 100e6, 80e6, date(2024, 6, 1), date(2025, 6, 1), "selesai"),
            ("P2", B, B1, 50e6, 10e6, date(2025, 3, 1), date(2026, 3, 1), "berjalan"),
            ("P3", A, A2, 999e6, 0, date(2026, 2, 1), date(2026, 12, 1), "usulan"),
            ("P4", B, B1, 70e6, 70e6, date(2024, 1, 1), date(2024, 12, 31), "selesai"),
        ],
    )
    ex(
        "INSERT INTO target (kota_kode, tahun, pengurangan_pct, penanganan_pct, sumber) "
        "VALUES ('99.01', ?, ?, ?, 'uji')",
        [(2024, 28, 72), (2025, 30, 70)],
    )
    ex("INSERT INTO pengaturan VALUES (?, ?, NULL)", [("kg_per_orang_hari", "0.5")])
    ringkas.segarkan(con)  # summary tables, as every writer builds them


def buat(store: Path) -> Path:
    """Publish the fixture as a store (as the dashboard reads it) and return the store folder."""
    db.publish(store, isi)
    return store
