"""The shared rules are schema macros, each defined once (sampah/schema.sql), and the query files use
them instead of writing the rule again: reported units, the chosen kecamatan, days in a period."""

from __future__ import annotations

import re
from datetime import date

import pytest

from sampah import db

# each rule as the query files once spelled it out
SALINAN = {
    "kecamatan_dipilih / seluruh_kota": r"len\(\$kecamatan",
    "hari_periode": r"\$selesai::DATE\s*-\s*\$mulai::DATE",
    "bank_sampah_melapor": r"date_trunc\('month',\s*\$selesai",
}


@pytest.mark.parametrize("aturan", SALINAN)
def test_no_query_file_spells_a_shared_rule_out_again(aturan):
    salin = [n for n in db.query_names() if re.search(SALINAN[aturan], db.query_text(n))]
    assert salin == [], f"{aturan} written out in {salin}: use the macro"


@pytest.mark.parametrize(
    "mulai,selesai", [(date(2026, 1, 1), date(2026, 10, 31)), (date(2026, 10, 5), date(2026, 10, 20))]
)
def test_reported_units_are_active_units_with_a_deposit_in_the_periods_last_month(demo_con, mulai, selesai):
    makro = demo_con.execute(
        "SELECT count(*) FILTER (WHERE bank_sampah_melapor(id, berdiri, nonaktif_sejak, $m, $s)) "
        "FROM bank_sampah",
        {"m": mulai, "s": selesai},
    ).fetchone()[0]
    awal = max(mulai, selesai.replace(day=1))
    mentah = demo_con.execute(  # from the raw deposits, not the summaries
        "SELECT count(*) FROM bank_sampah b WHERE b.berdiri <= $s "
        "AND (b.nonaktif_sejak IS NULL OR b.nonaktif_sejak > $s) "
        "AND EXISTS (SELECT 1 FROM setoran x WHERE x.bank_sampah_id = b.id AND x.tanggal BETWEEN $a AND $s)",
        {"s": selesai, "a": awal},
    ).fetchone()[0]
    assert makro == mentah > 0


def test_chosen_kecamatan_and_days(demo_con):
    q = lambda sql, **p: demo_con.execute(sql, p).fetchone()[0]  # noqa: E731
    semua = q("SELECT count(*) FROM kecamatan WHERE kecamatan_dipilih(kode, $k)", k=[])
    assert semua == q("SELECT count(*) FROM kecamatan") and q("SELECT seluruh_kota($k)", k=[])
    dua = q(
        "SELECT list_sort(list(kode)) FROM kecamatan WHERE kecamatan_dipilih(kode, $k)",
        k=["32.75.02", "32.75.01"],
    )
    assert dua == ["32.75.01", "32.75.02"]
    assert q("SELECT hari_periode(DATE '2024-01-01', DATE '2024-12-31')") == 366
    assert q("SELECT hari_periode(DATE '2026-10-31', DATE '2026-10-31')") == 1
