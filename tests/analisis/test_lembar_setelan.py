"""The SIPSN operator sheet, the settings command and the migration of an older store."""

import io
from datetime import date

import fixture_db
import pytest
from openpyxl import load_workbook

from sampah import db, setelan, skema
from sampah.analisis import lembar_sipsn

S1 = {"mulai": date(2025, 1, 1), "selesai": date(2025, 6, 30), "kecamatan": []}


def _lembar(con, **kw):
    rows = lembar_sipsn.susun(
        db.run(con, "neraca_kecamatan", S1),
        db.run(con, "neraca_pengolahan", S1),
        db.run(con, "bank_sampah_kategori", S1),
        181,
    )
    return rows, lembar_sipsn.ke_xlsx(
        rows,
        kota=kw.get("kota", "Kota Uji"),
        label_periode="Semester 1 2025 (P1)",
        mulai=S1["mulai"],
        selesai=S1["selesai"],
        contoh=False,
        dibuat=date(2025, 7, 1),
    )


def test_sipsn_sheet_figures_by_hand(fixture_con):
    """Fixture, first half of 2025 (181 days): 15,000 residents x 0.5 kg = 7.5 t/day, 1,357.5 t in
    the half-year, 7.5 x 365 = 2,737.5 t a year. Bank sampah 100 + 50 + 30 + 20 + 200 kg = 0.4 t;
    TPS 3R 1.5 + 0.5 = 2.0 t; landfill 6 + 5 + 7 + 4 + 9 = 31 t."""
    rows, _ = _lembar(fixture_con)
    v = {(r.kode, r.isian): r.nilai for r in rows}
    assert v[("A1", "Jumlah penduduk")] == 15_000
    assert v[("A3", "Timbulan sampah harian")] == pytest.approx(7.5)
    assert v[("A4", "Timbulan sampah semester ini")] == pytest.approx(1_357.5)
    assert v[("A", "Timbulan sampah tahunan (A)")] == pytest.approx(2_737.5)
    assert v[("B1", "Bank sampah (pemanfaatan kembali, daur ulang)")] == pytest.approx(0.4)
    assert v[("B2", "Pengolahan: TPS 3R")] == pytest.approx(2.0)
    assert v[("B", "Pengurangan sampah tahunan (B)")] == pytest.approx(2.4 * 365 / 181)
    assert v[("%B/A", "Persentase pengurangan")] == pytest.approx(2.4 / 1_357.5)
    assert v[("C", "Penanganan sampah tahunan (C)")] == pytest.approx(31 * 365 / 181)
    assert v[("%(B+C)/A", "Persentase terkelola")] == pytest.approx(33.4 / 1_357.5)
    # composition of what bank sampah sorted: plastik 300 of 400 kg
    assert v[("K", "Plastik")] == pytest.approx(0.75) and v[("K", "Kertas-karton")] == pytest.approx(0.125)


def test_sipsn_sheet_is_a_real_xlsx_with_title_units_and_indonesian_numbers(fixture_con):
    _, isi = _lembar(fixture_con, kota='=HYPERLINK("http://x")')
    ws = load_workbook(io.BytesIO(isi))["SIPSN"]
    assert ws["A1"].value.startswith("Lembar isian SIPSN: '=HYPERLINK")  # never a formula
    assert "Semester 1 2025 (P1)" in ws["A2"].value and "181 hari" in ws["A2"].value
    assert ws["A3"].value.startswith("Sumber:")
    kepala = [ws.cell(6, j).value for j in range(1, 7)]
    assert kepala == ["Kode", "Isian SIPSN", "Nilai", "Satuan", "Ketik di SIPSN", "Keterangan"]
    baris = {ws.cell(i, 2).value: i for i in range(7, ws.max_row + 1)}
    i = baris["Timbulan sampah semester ini"]
    assert ws.cell(i, 3).value == pytest.approx(1_357.5) and ws.cell(i, 3).data_type == "n"
    assert ws.cell(i, 3).number_format == "#,##0.00" and ws.cell(i, 4).value == "ton"
    assert ws.cell(i, 5).value == "1.357,50"  # Indonesian format, as text to type into SIPSN
    assert ws.cell(baris["Jumlah penduduk"], 5).value == "15.000"
    assert ws.cell(baris["Persentase pengurangan"], 3).number_format == "0.00%"
    assert not any(
        isinstance(c.value, str) and c.value.startswith("=") for row in ws.iter_rows() for c in row
    )


def test_setel_checks_values_and_publishes_a_version(tmp_path):
    store = fixture_db.buat(tmp_path / "s")
    setelan.setel(str(store), "tpa_jenis", "controlled_landfill", "SK uji")
    setelan.setel(str(store), "tpa_sisa_kapasitas", "1.500.000".replace(".", ""))
    for kunci, salah in (("tpa_jenis", "dump"), ("porsi_organik", "1,5"), ("tpa_sisa_tanggal", "31/12/2025")):
        with pytest.raises(ValueError):
            setelan.setel(str(store), kunci, salah)
    with pytest.raises(ValueError):
        setelan.setel(str(store), "tidak_ada", "1")
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    s = db.run(con, "setelan_analisis").iloc[0]
    assert (s.tpa_jenis, s.tpa_jenis_sumber, s.tpa_sisa_kapasitas) == (
        "controlled_landfill",
        "SK uji",
        1_500_000,
    )
    assert s.tpa_kepadatan_kg_m3 == 227 and s.porsi_organik == pytest.approx(0.5246)  # defaults
    con.close()
    setelan.setel(str(store), "tpa_jenis", None)
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    assert db.run(con, "setelan_analisis").iloc[0].tpa_jenis is None
    assert len(list((store / "versions").glob("v*.duckdb"))) == 4
    con.close()


def _tua(con) -> None:  # noqa: ANN001
    """A store as it was before issue #16: no analysis objects, the old target table."""
    fixture_db.isi(con)
    con.execute("""
        DROP VIEW v_diversi_bahan; DROP VIEW v_bahan_kategori; DROP VIEW v_setelan_analisis;
        DROP VIEW v_target;
        DROP TABLE faktor_emisi; DROP MACRO persen_penanganan; DROP MACRO persen_terkelola;
        DROP MACRO ton_tak_terkelola;
        CREATE TEMP TABLE t AS SELECT kota_kode, tahun, pengurangan_pct, penanganan_pct, sumber FROM target
            WHERE kota_kode <> 'ID';
        DROP TABLE target;
        CREATE TABLE target (kota_kode VARCHAR NOT NULL, tahun INTEGER NOT NULL,
            pengurangan_pct DOUBLE NOT NULL,
            penanganan_pct DOUBLE, sumber VARCHAR, PRIMARY KEY (kota_kode, tahun));
        INSERT INTO target SELECT * FROM t;
    """)


def test_an_older_store_gets_the_new_objects_with_migrasi(tmp_path):
    store = tmp_path / "tua"
    db.publish(store, _tua)
    lama = db.configured_source(str(store)).current_file()
    assert skema.kurang(lama) >= {"v_target", "faktor_emisi", "v_diversi_bahan", "persen_terkelola"}
    baru = skema.migrasi(store)
    assert skema.kurang(baru) == set()
    con = db.connect_readonly(baru)  # attaches the parts its views read
    t = con.execute(
        "SELECT kota_kode, tahun, acuan, pengurangan, terkelola FROM v_target ORDER BY 1, 2"
    ).fetchall()
    assert t == [
        ("99.01", 2024, "Jakstrada", 0.28, None),
        ("99.01", 2025, "Jakstrada", 0.30, None),
        ("ID", 2025, "Jakstranas", 0.30, None),
        ("ID", 2029, "RPJMN", None, 1.0),
    ]
    assert con.execute("SELECT count(*) FROM faktor_emisi").fetchone()[0] == 25
    # the Ringkasan target of a year is still the city's own row where it has one
    k = db.run(
        con, "ringkasan_kpi", {"mulai": date(2025, 1, 1), "selesai": date(2025, 12, 31), "kecamatan": []}
    )
    assert k.target_pengurangan_pct.iloc[0] == pytest.approx(0.30)
    con.close()
