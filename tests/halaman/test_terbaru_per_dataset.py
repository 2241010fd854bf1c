"""Each dataset has its own newest date (#14 item 7): the period default and the Ringkasan cards use,
per dataset, its newest complete month (v_rentang_data). Stores built through the importer from
generated files: TPA tonnes per kecamatan per month and deposits of six bank sampah on the 5th,
15th and 25th. TPA tonnes: 100 + m + 10j t in 2024 and 20 t more per row in 2025 (j = kecamatan
0/1), so Jan-Oct 2025 = 2.610 t against Jan-Oct 2024 = 2.210 t (+18,1%); a span of unequal
length gives another change (Jan-Nov 2025 without November against Jan-Nov 2024: +6,9%)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import toko_matriks as tm
from halaman_app import buka
from streamlit.testing.v1 import AppTest

from sampah import db


def _ton(y: int, m: int, j: int) -> float:
    return 100 + m + 10 * j + (20 if y == 2025 else 0)


def _bulan(awal: tuple[int, int], akhir: tuple[int, int]) -> list[tuple[int, int]]:
    return tm._bulan(*awal, *akhir)


def _toko(
    s: Path, tpa: tuple[int, int], setoran: tuple[int, int], mulai: tuple[int, int] = (2024, 1)
) -> Path:
    tm.kosong(s)
    tm.wilayah(s)
    tm.penduduk(s, 2025)
    tm.bank_sampah(s, berdiri="2023-12-01")
    tm.tpa_bulanan(s, _bulan(mulai, tpa), _ton)
    hari = [d for y, m in _bulan(mulai, setoran) for d in tm.hari_bulan(y, m)]
    tm.setoran(s, hari, lambda d, i: 10 + i)
    return s


@pytest.fixture(scope="module")
def maju(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Deposits complete to November 2025, TPA tonnes only to October."""
    return _toko(tmp_path_factory.mktemp("maju") / "s", tpa=(2025, 10), setoran=(2025, 11))


@pytest.fixture(scope="module")
def tiga_baris(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Both datasets to October 2025, then a second deposit file of three rows for 3 November."""
    s = _toko(tmp_path_factory.mktemp("tiga") / "s", tpa=(2025, 10), setoran=(2025, 10))
    isi = "tanggal;bank_sampah;kategori;berat (kg)\n" + "".join(
        f"03/11/2025;BS-0{i};plastik;{5 + i}\n" for i in (1, 2, 3)
    )
    tm.impor(s, "setoran", isi, "setoran_november.csv")
    return s


def _kartu(at: AppTest) -> dict[str, object]:
    return {m.label: m for m in at.metric}


def _teks(at: AppTest) -> str:
    return "\n".join(str(e.value) for b in (at.caption, at.markdown, at.info) for e in b)


def test_rentang_per_dataset(maju, tiga_baris):
    """The rule, in SQL: the newest month counts once it reaches its last week (and enough reporters)."""
    sql = "SELECT dataset, awal, terbaru, akhir FROM v_rentang_data ORDER BY dataset"
    assert tm.baca(maju, sql) == [
        ("setoran", date(2024, 1, 1), date(2025, 11, 25), date(2025, 11, 30)),
        ("tpa_muatan", date(2024, 1, 1), date(2025, 10, 31), date(2025, 10, 31)),
    ]
    assert tm.baca(tiga_baris, sql) == [
        ("setoran", date(2024, 1, 1), date(2025, 11, 3), date(2025, 10, 31)),  # 3 rows: not a month
        ("tpa_muatan", date(2024, 1, 1), date(2025, 10, 31), date(2025, 10, 31)),
    ]
    con = db.connect_readonly(db.configured_source(str(tiga_baris)).current_file())
    try:  # the period default: the newest complete month of any dataset
        assert db.run(con, "konteks", {}).data_akhir.iloc[0].date() == date(2025, 10, 31)
    finally:
        con.close()


def test_tpa_card_compares_equal_spans_and_says_how_far(maju, monkeypatch):
    at = buka(maju, monkeypatch, "ringkasan")  # the default period: 2025, to the newest complete month
    assert "data s.d. 30 November 2025" in at.caption[0].value
    k = _kartu(at)
    tpa = k["Sampah ke TPA"]
    assert tpa.value == "2.610 ton"  # Jan-Oct 2025, not Jan-Nov with an empty November
    assert tpa.delta == "+18,1%"  # against Jan-Oct 2024 (unequal spans would give +6,9%)
    assert "timbangan TPA s.d. Oktober 2025" in _teks(at)
    assert "TPA & setoran s.d. Oktober 2025" in _teks(at)  # the rate needs both
    # deposits reach November: Jan-Nov 2025, 6 units x 3 days x 11 months x 75 kg / 6 ... = 2,475 t
    assert k["Sampah terkurangi"].value == "2,5 ton"
    # the month the weighbridge has no data for: the card says so instead of showing 0 ton
    at = buka(maju, monkeypatch, "ringkasan", periode="2025-11")
    assert _kartu(at)["Sampah ke TPA"].value == "–" and _kartu(at)["Sampah ke TPA"].delta == ""
    assert "timbangan TPA s.d. Oktober 2025" in _teks(at)
    at = buka(maju, monkeypatch, "ringkasan", periode="2025", lang="en")
    assert "TPA weighbridge up to October 2025" in _teks(at)


def test_three_deposit_rows_do_not_move_the_period(tiga_baris, monkeypatch):
    at = buka(tiga_baris, monkeypatch, "ringkasan")
    assert at.caption[0].value.endswith("data s.d. 31 Oktober 2025")
    tpa = _kartu(at)["Sampah ke TPA"]
    assert (tpa.value, tpa.delta) == ("2.610 ton", "+18,1%")
    assert "s.d. Oktober" not in _teks(at)  # nothing is cut: both datasets reach the period's end
    assert "Data terbaru: setoran 3 November 2025" in _teks(at)  # the newest record is still named


def test_a_year_is_not_compared_with_a_partial_earlier_year(tmp_path, monkeypatch):
    """Data from March 2024: 2025 is not compared with a 2024 that lacks January and February."""
    s = _toko(tmp_path / "s", tpa=(2025, 10), setoran=(2025, 10), mulai=(2024, 3))
    at = buka(s, monkeypatch, "ringkasan", periode="2025")
    tpa = _kartu(at)["Sampah ke TPA"]
    assert tpa.value == "2.610 ton" and tpa.delta == ""
    assert "2024: data belum lengkap, tidak dibandingkan" in _teks(at)
    # a quarter inside the data is still compared: T3 2025 against T2 2025
    at = buka(s, monkeypatch, "ringkasan", periode="2025-T3")
    assert _kartu(at)["Sampah ke TPA"].delta != ""


def test_sample_first_year_is_not_a_comparison(demo_store, monkeypatch):
    """The sample store starts on 1 Nov 2025: 2026 is not set beside its two months of 2025."""
    at = buka(demo_store, monkeypatch, "ringkasan", periode="2026")
    assert _kartu(at)["Sampah ke TPA"].delta == ""
    assert "2025: data belum lengkap, tidak dibandingkan" in _teks(at)
