"""Ringkasan's SIPSN section: a store with only SIPSN figures shows them; peers are at most 12 bars;
every figure of the city's series reads back as the file wrote it."""

from __future__ import annotations

from pathlib import Path

import pytest
from halaman_app import buka
from jalur import REAL

from sampah import db, fmt, kota_baru
from sampah.ingest import muat

TIMBULAN = (
    "\ufeffEkspor SIPSN;;;;\r\n"
    "Tahun;Provinsi;Kabupaten/Kota;Timbulan Sampah Harian(ton);Timbulan Sampah Tahunan(ton)\r\n"
    "2023.0;JAWA BARAT;KOTA BEKASI;1.830,63;668.179,95\r\n"
    "2024;Jawa Barat;Kabupaten Bekasi;1.683,46;614.462,00\r\n"
    "2024;Jawa Barat;Kota Bekasi;;\r\n"
    "2024;Jawa Barat;KOTA BANDUNG;1.496,31;546.151,10\r\n"
    "2024;DKI Jakarta;Kota Adm. Jakarta Pusat;901,22;328.945,41\r\n"
)


def _store(tmp_path: Path, *files: tuple[str, bytes]) -> Path:
    s = tmp_path / "s"
    kota_baru.init(s, "Kota Bekasi")
    for nama, data in files:
        r = muat.impor(s, "sipsn", data, nama, pencilan="terima")  # Kep. Seribu is small, and real
        assert r.status == "dimuat", r.teks()
    return s


def test_sipsn_only_store_shows_the_figures(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    s = _store(tmp_path, ("timbulan.csv", TIMBULAN.encode()))
    con = db.connect_readonly(db.configured_source(str(s)).current_file())
    rows = con.execute(
        "SELECT tahun, kode_kabkota, kabkota, timbulan_harian_ton, timbulan_ton FROM sipsn "
        "ORDER BY tahun, kode_kabkota"
    ).fetchall()
    con.close()
    assert rows == [
        (2023, "32.75", "Kota Bekasi", 1830.63, 668179.95),
        (2024, "31.71", "Kota Administrasi Jakarta Pusat", 901.22, 328945.41),
        (2024, "32.16", "Kabupaten Bekasi", 1683.46, 614462.0),
        (2024, "32.73", "Kota Bandung", 1496.31, 546151.1),
    ]
    at = buka(s, monkeypatch, "ringkasan", periksa=False)
    assert not at.exception, [e.value for e in at.exception]
    teks = " ".join(m.value for m in at.markdown) + " ".join(i.value for i in at.info)
    assert "Belum ada data" not in teks and "SIPSN" in teks
    # only the open tab runs: the series tab's table is not built until it is chosen (issue #17)
    assert not any("Timbulan SIPSN (t/hari)" in d.value.columns for d in at.dataframe)
    label = [tab.label for tab in at.tabs]
    at.session_state["sipsn_tab_id"] = label[1]  # "Kota Bekasi per tahun"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    seri = next(d.value for d in at.dataframe if "Timbulan SIPSN (t/hari)" in d.value.columns)
    r = seri[seri.Tahun == 2023].iloc[0]  # the city's own series, to the last digit
    assert (r["Timbulan SIPSN (t/hari)"], r["Timbulan SIPSN (t/th)"]) == (1830.63, 668179.95)
    assert fmt.angka(1830.63, 2, "id") == "1.830,63"  # as the table's column (angka, 2) writes it
    # 2024: Kota Bekasi's row is all blank -> refused, not zeros; Kota Bekasi has no 2024 row
    assert (seri.Tahun == 2024).sum() == 0


@pytest.mark.skipif(not REAL.exists(), reason="../shared/data/real not present")
def test_national_export_gives_at_most_12_peers(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    files = [(f.name, f.read_bytes()) for f in sorted(REAL.glob("sipsn_2024_*.csv"))]
    s = _store(tmp_path, *files)
    at = buka(s, monkeypatch, "ringkasan", periksa=False)
    assert not at.exception, [e.value for e in at.exception]
    ms = [m for m in at.multiselect if m.key == "sipsn"][0]
    assert 1 <= len(ms.value) <= 12
    # every figure of Kab. Bekasi's rows in the real capaian and timbulan files, blanks kept blank
    con = db.connect_readonly(db.configured_source(str(s)).current_file())
    r = con.execute(
        "SELECT timbulan_ton, pengurangan_ton, pengurangan_pct, penanganan_ton, penanganan_pct, "
        "terkelola_ton, "
        "terkelola_pct, daur_ulang_ton, bahan_baku_ton, recycling_rate_pct, periode, timbulan_harian_ton "
        "FROM sipsn WHERE kode_kabkota = '32.16' AND tahun = 2024"
    ).fetchone()
    n = con.execute("SELECT count(*), count(DISTINCT kode_kabkota) FROM sipsn").fetchone()
    con.close()
    assert r == (
        614462.32,
        2521.87,
        0.41,
        330711.32,
        53.82,
        333233.19,
        54.23,
        1769.79,
        None,
        0.29,
        "P1",
        1683.46,
    )
    assert n == (317, 317)
    # a second import of the same figures under another name changes nothing
    again = muat.impor(
        s,
        "sipsn",
        (REAL / "sipsn_2024_Timbulan_Sampah.csv").read_bytes() + b"\r\n",
        "lagi.csv",
        pencilan="terima",
    )
    assert again.diperbarui == 0 and again.status == "kosong"
