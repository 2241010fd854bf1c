"""The parse step (sampah/ingest/urai.py): a month beside a year column, and years ahead for the
datasets that plan (targets)."""

from __future__ import annotations

from datetime import date

from sampah.ingest.baca import baca
from sampah.ingest.dataset import DATASETS
from sampah.ingest.kolom import petakan
from sampah.ingest.urai import urai, urai_tabel

HARI = date(2026, 10, 31)
HARI_23 = date(2026, 11, 23)


def _urai(dataset: str, isi: str):
    ds = DATASETS[dataset]
    t = baca(isi.encode(), "a.csv")
    return urai_tabel(ds, t, petakan(ds, list(t.data.columns)), HARI)


def test_month_number_or_name_beside_a_year_becomes_one_month():
    p, galat = _urai("setoran_rekap", "bulan;tahun;bank_sampah;berat\n11;2025;BS-1;2\nMaret;2026;BS-1;3\n")
    assert list(p.bulan) == [date(2025, 11, 1), date(2026, 3, 1)] and not galat
    assert "tahun" not in p  # the year only served the month


def test_a_cell_that_is_no_month_beside_a_year_is_refused_not_a_crash():
    p, galat = _urai("setoran_rekap", "bulan;tahun;bank_sampah;berat\n11;2025;BS-1;2\nSmarch;2026;BS-1;3\n")
    assert p.bulan[0] == date(2025, 11, 1) and p.bulan[1] is None
    assert [k for k, _ in galat[1]] == ["kd_e_bulan"]


def test_target_years_ahead_are_read_other_years_ahead_refused():
    p, galat = _urai("target", "tahun,pengurangan\n2030,30\n2101,30\n")
    assert list(p.tahun) == [2030, None] and [k for k, _ in galat[1]] == ["kd_e_tahun_rentang"]
    p, galat = _urai("penduduk", "kode_wilayah,tahun,jumlah\n32.75,2030,100\n")
    assert [k for k, _ in galat[0]] == ["kd_e_tahun_rentang"]


def test_kg_or_ton_from_header_or_unit_column():
    ds = DATASETS["setoran"]
    for isi, kg in (
        ("berat (ton);x\n1,5;x\n", 1500.0),
        ("berat_kg;x\n1500;x\n", 1500.0),
        ("berat;satuan\n2;ton\n", 2000.0),
    ):
        t = baca(isi.encode(), "a.csv")
        peta = petakan(ds, list(t.data.columns))
        p, galat = urai(ds, t, peta, HARI_23)
        assert p.berat.tolist() == [kg] and not galat
