"""Rules every row must pass (sampah/ingest/validasi.py): ranges and required fields from the
declaration, the dataset's rules across columns, each reported once."""

from __future__ import annotations

import pandas as pd

from sampah.ingest.dataset import DATASETS
from sampah.ingest.deklarasi import Setelan
from sampah.ingest.validasi import periksa_baris


def _kunci(galat: dict) -> dict[int, list[str]]:
    return {i: [k for k, _ in gs] for i, gs in galat.items()}


def test_ranges_and_required_fields():
    df = pd.DataFrame({"tanggal": [None, "2026-01-01"], "berat": [-1.0, 25_000.0]})
    galat = periksa_baris(DATASETS["setoran"], df, {}, Setelan(), {"berat": "Berat (kg)"})
    assert _kunci(galat) == {0: ["kd_e_wajib", "kd_e_negatif"], 1: ["kd_e_maks"]}
    assert galat[1][0][1]["kolom"] == "Berat (kg)" and galat[1][0][1]["maks"] == 20_000


def test_a_cell_that_failed_to_parse_is_not_reported_again():
    df = pd.DataFrame({"tanggal": ["2026-01-01"], "berat": [None]})
    sudah = {0: [("kd_e_bukan_angka", {"_kol": "berat"})]}
    assert periksa_baris(DATASETS["setoran"], df, sudah, Setelan()) == {}


def test_load_rules_with_the_stores_truck_limit_once_per_row():
    df = pd.DataFrame({"bruto": [20_000.0, 9_000.0, 40_000.0], "tara": [8_000.0, 10_000.0, 8_000.0]})
    df["netto"] = [5_000.0, -1_000.0, 32_000.0]
    galat = _kunci(periksa_baris(DATASETS["tpa_muatan"], df, {}, Setelan(batas_netto_kg=30_000)))
    assert galat[0] == ["kd_e_netto"] and "kd_e_tara" in galat[1] and galat[2] == ["kd_e_truk"]
    assert 2 not in _kunci(periksa_baris(DATASETS["tpa_muatan"], df, {}, Setelan(batas_netto_kg=40_000)))


def test_a_project_does_not_end_before_it_starts():
    df = pd.DataFrame({"mulai": ["2025-05-01", "2025-01-01"], "selesai": ["2025-01-01", None]})
    assert _kunci(periksa_baris(DATASETS["csr"], df, {}, Setelan())) == {0: ["kd_e_selesai_sebelum_mulai"]}
