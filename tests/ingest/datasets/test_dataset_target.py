"""Targets (sampah/ingest/datasets/target.py): fractions or percent, the kota by code or name, the
years ahead a Jakstrada sets."""

from __future__ import annotations

from datetime import date

from sampah.ingest import muat

HARI = date(2026, 10, 31)


def test_targets_to_2030_load_and_an_unreadable_year_is_refused_with_its_reason(demo_con):
    isi = "kota,tahun,pengurangan,penanganan\nKota Bekasi,2029,28%,72\n,2030,30%,70\n,20x0,30,70\n"
    lap = muat.periksa(demo_con, "target", isi.encode(), "t.csv", hari_ini=HARI)
    assert lap.status == "siap", lap.teks()
    rows = lap.persiapan.muatan[0].df
    assert rows.tahun.tolist() == [2029, 2030] and rows.pengurangan_pct.tolist() == [28.0, 30.0]
    assert [k for k, _ in lap.persiapan.galat[2]] == ["kd_e_tahun"]


def test_fractions_are_read_as_percent(demo_con):
    lap = muat.periksa(
        demo_con, "target", b"kode_kota,tahun,pengurangan\n32.75,2025,0.3\n", "t.csv", hari_ini=HARI
    )
    assert lap.persiapan.muatan[0].df.pengurangan_pct.tolist() == [30.0]
    assert ("kd_c_pecahan", {}) in lap.persiapan.catatan
