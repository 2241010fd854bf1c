"""Headline cards read correctly (arrow, sign and colour agree; less to the TPA is good news), every
page opens on stores that are not the sample, and filters survive a page change."""

from __future__ import annotations

from pathlib import Path

import pytest
from halaman_app import buka
from jalur import REAL
from keandalan_alat import cli
from streamlit.proto.Metric_pb2 import Metric

from sampah import fmt

NAIK, TURUN, DATAR = Metric.MetricDirection.UP, Metric.MetricDirection.DOWN, Metric.MetricDirection.NONE
HIJAU, MERAH, ABU = Metric.MetricColor.GREEN, Metric.MetricColor.RED, Metric.MetricColor.GRAY
# is a rise good news? (None: neither)
NAIK_BAIK = {
    "Sampah ke TPA": False,
    "Sampah terkurangi": True,
    "Tingkat diversi": True,
    "Pengurangan vs target*": True,
    "Bank sampah aktif": True,
    "Anggaran CSR/TJSLP": None,
    "Unit aktif": True,
    "Nasabah terdaftar": True,
    "Setoran": True,
    "Dibayarkan ke nasabah": True,
}


def kartu_sepakat(at) -> list[tuple[str, str]]:  # noqa: ANN001
    """Every card with a change: its arrow follows its printed sign and its colour the card's rule.
    Returns (label, change) of the cards seen."""
    seen = []
    for m in at.metric:
        p = m.proto
        if not p.delta:
            continue
        arah = 1 if p.delta.startswith("+") else -1 if p.delta.startswith("\u2212") else 0
        assert p.direction == {1: NAIK, -1: TURUN, 0: DATAR}[arah], (p.label, p.delta, p.direction)
        assert not p.delta.lstrip("+\u2212").startswith("0,00 ") or arah == 0, p.delta  # no −0,00
        baik = NAIK_BAIK[p.label]
        warna = ABU if arah == 0 or baik is None else HIJAU if (arah > 0) == baik else MERAH
        assert p.color == warna, (p.label, p.delta, p.color)
        seen.append((p.label, p.delta))
    return seen


def test_less_to_the_landfill_is_green_with_a_down_arrow(fixture_store, monkeypatch):
    at = buka(fixture_store, monkeypatch, periode="2025-02")  # 5 t to the TPA after 6 t in January
    tpa = next(m.proto for m in at.metric if m.label == "Sampah ke TPA")
    assert (tpa.delta, tpa.direction, tpa.color) == ("\u221216,7%", TURUN, HIJAU)
    kartu_sepakat(at)


def test_less_diverted_is_red_with_a_down_arrow(fixture_store, monkeypatch):
    at = buka(fixture_store, monkeypatch, periode="2025-03")  # 0,53 t diverted after 1,57 t
    seen = dict(kartu_sepakat(at))
    div = next(m.proto for m in at.metric if m.label == "Sampah terkurangi")
    assert div.delta.startswith("\u2212") and (div.direction, div.color) == (TURUN, MERAH)
    assert seen["Sampah ke TPA"].startswith("+")  # more to the TPA: red, up
    tpa = next(m.proto for m in at.metric if m.label == "Sampah ke TPA")
    assert (tpa.direction, tpa.color) == (NAIK, MERAH)


def test_no_change_is_grey_without_arrow_and_unsigned(fixture_store, monkeypatch):
    at = buka(fixture_store, monkeypatch, periode="2025-T1")  # 2 active units at both quarter ends
    bs = next(m.proto for m in at.metric if m.label == "Bank sampah aktif")
    assert (bs.delta, bs.direction, bs.color) == ("0,0%", DATAR, ABU)
    kartu_sepakat(at)


def test_rounding_decides_the_sign():
    assert fmt.ubah(0.0400004, 0.04, poin=True) == fmt.Perubahan("0,00 poin", 0)
    assert fmt.ubah(0.0399996, 0.04, poin=True).teks == "0,00 poin"  # not "−0,00 poin"
    assert fmt.ubah(306, 311) == fmt.Perubahan("\u22121,6%", -1)
    assert fmt.ubah(311, 306, "en") == fmt.Perubahan("+1.6%", 1)
    assert fmt.ubah(5, 0) is None  # no change from nothing
    assert (fmt.rupiah_singkat(1.834e9), fmt.rupiah_singkat(3.5e8, "en")) == ("Rp 1,8 M", "Rp 350 mn")
    assert fmt.rupiah_singkat(12_500) == "Rp 12.500"


def test_first_period_has_no_comparison_and_does_not_break(fixture_store, monkeypatch):
    at = buka(fixture_store, monkeypatch, periode="2024-12")  # the fixture's first month of data
    assert all(not m.proto.delta for m in at.metric)
    for hal in ("bank_sampah", "csr"):
        at.switch_page(f"halaman/{hal}.py").run()
        assert not at.exception, (hal, [e.value for e in at.exception])
        kartu_sepakat(at)


def test_bank_sampah_cards_compare_with_the_previous_period(demo_store, monkeypatch):
    at = buka(demo_store, monkeypatch, "bank_sampah", periode="2026-T2")
    seen = kartu_sepakat(at)
    assert {s[0] for s in seen} >= {"Unit aktif", "Setoran", "Dibayarkan ke nasabah"}
    nilai = next(m for m in at.metric if m.label == "Dibayarkan ke nasabah")
    assert nilai.value.endswith((" jt", " M")) and "Rp " in nilai.proto.help  # full figure in the help


@pytest.mark.skipif(not REAL.exists(), reason="public files in ../shared/data/real absent")
def test_every_page_on_another_city_with_one_dataset(tmp_path: Path, monkeypatch):
    """Kota Bandung with only its bank sampah registry: no deposits, no TPA, no CSR."""
    s = tmp_path / "bandung"
    assert cli("init", store=s).returncode == 0
    bdg = REAL / "bandung_opendata_bank_sampah_cibeunying_kidul_2019_2025.csv"
    assert cli("import", "wilayah", str(bdg), store=s).returncode == 0
    assert cli("import", "bank_sampah", str(bdg), store=s).returncode == 0
    at = buka(s, monkeypatch, periode="2024")
    for hal in ("tren", "wilayah", "bank_sampah", "csr", "kelola_data"):
        at.switch_page(f"halaman/{hal}.py").run()
        assert not at.exception, (hal, [e.value for e in at.exception])
        kartu_sepakat(at)


def test_page_filters_survive_leaving_the_page(demo_store, monkeypatch):
    at = buka(demo_store, monkeypatch, "wilayah", periode="2026-T2")
    at.segmented_control(key="tingkat").set_value("kelurahan").run()
    at.selectbox(key="ukuran").set_value("bs_aktif").run()
    at.switch_page("halaman/ringkasan.py").run()  # Streamlit forgets the widgets Wilayah drew
    at.switch_page("halaman/wilayah.py").run()
    assert not at.exception
    assert at.segmented_control(key="tingkat").value == "kelurahan"
    assert at.selectbox(key="ukuran").value == "bs_aktif"
    assert at.selectbox(key="periode").value == "2026-T2"
