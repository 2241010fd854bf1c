"""The waste balance on the hand-computed fixture (tests/fixture_db.py).

Kota Uji, first quarter of 2025 (90 days), norm 0.5 kg/person/day:
  Alpha: 6,000 + 4,000 residents -> 10,000 x 0.5 x 90 / 1000 = 450 t generated
         bank sampah 100 kg (10 Jan) + 50 kg (5 Feb) + 30 kg (20 Mar) = 0.18 t
         TPS 3R Alpha 1.5 t; TPA 6 t + 5 t = 11 t; not managed 450 - 0.18 - 1.5 - 11 = 437.32 t
  Beta:  5,000 residents -> 225 t; bank sampah 20 kg = 0.02 t; TPS 3R Beta 0.5 t; TPA 7 t;
         not managed 225 - 0.02 - 0.5 - 7 = 217.48 t
  Unknown origin: 4 t to the TPA (11 Mar), in the kota's balance only.
  Kota: 675 t generated; 0.2 + 2.0 + 22 = 24.2 t recorded; 650.8 t not managed.
"""

from datetime import date

import pandas as pd
import pytest

from sampah import db
from sampah.analisis import neraca

Q1 = {"mulai": date(2025, 1, 1), "selesai": date(2025, 3, 31), "kecamatan": []}


def _neraca(con, **p):
    prm = {**Q1, **p}
    return neraca.susun(db.run(con, "neraca_kecamatan", prm), db.run(con, "neraca_pengolahan", prm))


def test_kota_balance_sums_by_hand(fixture_con):
    n = _neraca(fixture_con)
    assert n.timbulan_ton == pytest.approx(675.0)
    ton = {(a.kode, a.jenis): a.ton for a in n.aliran}
    assert ton[("bank_sampah", "")] == pytest.approx(0.2)
    assert ton[("pengolahan", "TPS 3R")] == pytest.approx(2.0)
    assert ton[("tpa", "")] == pytest.approx(22.0)
    assert ton[("tak_terkelola", "")] == pytest.approx(650.8)
    assert n.ton_tpa_tanpa_asal == pytest.approx(4.0)
    # the parts add up to the whole, and every flow is graded
    assert sum(a.ton for a in n.aliran) == pytest.approx(n.timbulan_ton)
    assert {a.kode: a.mutu for a in n.aliran} == {
        "bank_sampah": "dilaporkan",
        "pengolahan": "dilaporkan",
        "tpa": "ditimbang",
        "tak_terkelola": "estimasi",
    }
    assert n.status == "seimbang" and n.persen_tercatat == pytest.approx(24.2 / 675)
    assert n.porsi(n.pengurangan_ton) == pytest.approx(2.2 / 675)


def test_each_kecamatan_by_hand(fixture_con):
    kec = neraca.per_kecamatan(db.run(fixture_con, "neraca_kecamatan", Q1)).set_index("kecamatan")
    assert kec.loc["Alpha", "timbulan_ton"] == pytest.approx(450.0)
    assert kec.loc["Alpha", "ton_tak_terkelola"] == pytest.approx(437.32)
    assert kec.loc["Beta", "timbulan_ton"] == pytest.approx(225.0)
    assert kec.loc["Beta", "ton_tak_terkelola"] == pytest.approx(217.48)
    assert kec.loc["Beta", "persen_penanganan"] == pytest.approx(7 / 225)
    assert kec.loc["Alpha", "persen_terkelola"] == pytest.approx((0.18 + 1.5 + 11) / 450)
    assert set(kec.cek) == {"ok"}
    # one kecamatan alone: no row for loads of unknown origin
    alpha = _neraca(fixture_con, kecamatan=["99.01.01"])
    assert alpha.timbulan_ton == pytest.approx(450.0) and alpha.ton_tpa_tanpa_asal == 0
    assert alpha.tak_terkelola_ton == pytest.approx(437.32)


def test_balance_over_100_percent_is_flagged_not_drawn_as_fine(fixture_con):
    # Beta on 10 March: 5,000 x 0.5 x 1 day = 2.5 t generated, but 7 t weighed in at the TPA
    n = _neraca(fixture_con, mulai=date(2025, 3, 10), selesai=date(2025, 3, 10), kecamatan=["99.01.02"])
    assert n.timbulan_ton == pytest.approx(2.5)
    assert n.status == "lebih" and n.persen_tercatat == pytest.approx(7 / 2.5)
    assert n.tak_terkelola_ton == pytest.approx(-4.5)
    assert "tak_terkelola" not in {a.kode for a in n.aliran}  # no negative remainder drawn
    kec = neraca.per_kecamatan(
        db.run(
            fixture_con, "neraca_kecamatan", {**Q1, "mulai": date(2025, 3, 10), "selesai": date(2025, 3, 10)}
        )
    )
    assert kec.set_index("kecamatan").cek.to_dict() == {"Alpha": "ok", "Beta": "lebih"}


def test_without_population_there_is_no_generation_estimate(polos_con):
    n = _neraca(polos_con)
    assert n.timbulan_ton is None and n.status == "tanpa_timbulan"
    assert sorted(n.tanpa_penduduk) == ["Alpha", "Beta"]
    assert n.tercatat_ton == pytest.approx(0.2 + 22.0)  # no pengolahan in this store
    assert n.tak_terkelola_ton is None
    assert set(neraca.per_kecamatan(db.run(polos_con, "neraca_kecamatan", Q1)).cek) == {"tanpa_penduduk"}


def test_facility_kinds_are_kept_apart_and_checked_against_the_total():
    kec = pd.DataFrame(
        {
            "kecamatan_kode": ["1"],
            "kecamatan": ["X"],
            "penduduk": [1000],
            "penduduk_estimasi": [False],
            "kg_per_orang_hari": [0.7],
            "hari": [10],
            "timbulan_ton": [7.0],
            "ton_bank_sampah": [0.5],
            "ton_pengolahan": [1.5],
            "ton_tpa": [4.0],
            "ton_tak_terkelola": [1.0],
        }
    )
    olah = pd.DataFrame({"jenis_fasilitas": ["maggot BSF", "rumah kompos"], "ton": [1.0, 0.5]})
    n = neraca.susun(kec, olah)
    assert [(a.jenis, a.ton) for a in n.aliran if a.kode == "pengolahan"] == [
        ("maggot BSF", 1.0),
        ("rumah kompos", 0.5),
    ]
    assert n.tak_terkelola_ton == pytest.approx(1.0)
    assert sum(a.ton for a in n.aliran) == pytest.approx(7.0)
