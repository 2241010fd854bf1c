"""Indicative emissions avoided, against calculations written out by hand."""

import math
from datetime import date

import duckdb
import pandas as pd
import pytest

from sampah import db
from sampah.analisis import emisi


@pytest.fixture(scope="module")
def faktor_df() -> pd.DataFrame:
    """The factor rows the schema seeds (IPCC 2006 defaults, EPA WARM v16)."""
    con = duckdb.connect()
    db.create_schema(con)
    df = db.run(con, "faktor_emisi")
    con.close()
    return df


def test_fod_methane_of_one_years_food_waste_by_hand(faktor_df):
    """100 t of food waste deposited over 2024 (IPCC: as on 1 July 2024, decay from 1 Jan 2025),
    avoided instead of an open dump (deep, unmanaged), seen on 1 July 2026.

        DDOCm   = W x DOC x DOCf x MCF = 100 x 0.15 x 0.5 x 0.8      = 6.0 t carbon
        t       = 730 days / 365.25 - 0.5 delay                      = 1.4986 years
        decayed = 6.0 x (1 - exp(-0.40 x 1.4986))                    = 2.7053 t
        CH4     = decayed x F x 16/12 x (1 - OX) = x 0.5 x 1.3333 x 1 = 1.8036 t
        CO2e    = CH4 x 28 (GWP, AR5)                                = 50.50 t
        committed (all it would ever release) = 6.0 x 0.5 x 16/12    = 4.0 t CH4 = 112 t CO2e
    """
    f = emisi.faktor_dari(faktor_df, "open_dumping")
    assert (f.mcf, f.ox, f.docf, f.f, f.gwp_ch4) == (0.8, 0.0, 0.5, 0.5, 28)
    assert (f.doc["makanan"], f.k["makanan"]) == (0.15, 0.40)
    t = 730 / 365.25 - 0.5
    decayed = 100 * 0.15 * 0.5 * 0.8 * (1 - math.exp(-0.40 * t))
    ch4_by_hand = decayed * 0.5 * 16 / 12 * (1 - 0.0)
    assert ch4_by_hand == pytest.approx(1.8036, abs=1e-4)
    sejauh, komitmen = emisi.metana_ton(100, "makanan", date(2024, 7, 1), date(2026, 7, 1), f)
    assert sejauh == pytest.approx(ch4_by_hand)
    assert komitmen == pytest.approx(4.0)
    # nothing decays in the first six months; the same waste under a covered sanitary landfill
    assert emisi.metana_ton(100, "makanan", date(2024, 7, 1), date(2024, 12, 30), f)[0] == 0
    s = emisi.faktor_dari(faktor_df, "sanitary_landfill")
    assert emisi.metana_ton(100, "makanan", date(2024, 7, 1), date(2026, 7, 1), s)[0] == pytest.approx(
        100 * 0.15 * 0.5 * 1.0 * (1 - math.exp(-0.40 * t)) * 0.5 * 16 / 12 * (1 - 0.1)
    )


def test_hitung_groups_methane_and_recycling_credits(faktor_df):
    f = emisi.faktor_dari(faktor_df, "open_dumping")
    rows = pd.DataFrame(
        {
            "bulan": [date(2024, 7, 1), date(2024, 7, 1), date(2024, 7, 1)],
            "kecamatan": ["A", "A", "B"],
            "bahan": ["makanan", "kertas_campur", "plastik_campur"],
            "ton": [100.0, 10.0, 20.0],
        }
    )
    out = emisi.hitung(rows, f, date(2026, 7, 15), ["kecamatan"]).set_index("kecamatan")
    # a month's tonnes count as deposited mid-month: 15 July 2024 -> 15 July 2026 = 730 days
    ch4 = 100 * 0.15 * 0.5 * 0.8 * (1 - math.exp(-0.40 * (730 / 365.25 - 0.5))) * 0.5 * 16 / 12
    assert out.loc["A", "co2e_metana_sejauh"] == pytest.approx(ch4 * 28)
    # EPA WARM v16 mixed paper -3.55 t CO2e per short ton = -3.55 / 0.90718474 per tonne
    assert out.loc["A", "co2e_daur_ulang"] == pytest.approx(10 * 3.55 / 0.90718474)
    assert out.loc["B", "co2e_daur_ulang"] == pytest.approx(20 * 0.93 / 0.90718474)
    assert out.loc["B", "co2e_metana_sejauh"] == 0  # plastics do not decay (no DOC factor)
    assert out.loc["A", "ton_organik"] == 100 and out.loc["A", "ton_daur_ulang"] == 10
    assert out.co2e_total.sum() == pytest.approx(ch4 * 28 + (35.5 + 18.6) / 0.90718474)


def test_a_dlh_can_replace_a_factor(faktor_df):
    df = faktor_df.copy()
    df.loc[(df.kelompok == "k") & (df.kode == "makanan"), "nilai"] = 0.2
    f = emisi.faktor_dari(df, None)  # unknown landfill type: IPCC uncategorised, MCF 0.6
    assert f.tpa_jenis == "tidak_diketahui" and f.mcf == 0.6 and f.k["makanan"] == 0.2


def test_emissions_on_fixture_and_sample_queries(fixture_con, demo_con, faktor_df):
    f = emisi.faktor_dari(faktor_df, "open_dumping")
    p = {"mulai": date(2025, 1, 1), "selesai": date(2025, 12, 31), "kecamatan": []}
    fx = db.run(fixture_con, "emisi_bahan", p)
    # fixture 2025: plastik 100 + 200 kg, kertas 50 kg, logam 30 kg, kaca 20 kg; TPS 3R 1.5 + 0.5 t,
    # of which the organic share (0.6) counts as food waste
    per = fx.groupby("bahan").ton.sum()
    assert per.to_dict() == pytest.approx(
        {"plastik_campur": 0.3, "kertas_campur": 0.05, "logam_campur": 0.03, "kaca": 0.02, "makanan": 1.2}
    )
    p26 = {**p, "mulai": date(2026, 1, 1), "selesai": date(2026, 10, 31)}
    out = emisi.hitung(db.run(demo_con, "emisi_bahan", p26), f, date(2026, 10, 31), ["kecamatan"])
    assert len(out) == 12 and (out.co2e_total > 0).all()
    csr = emisi.hitung(db.run(demo_con, "emisi_csr", p26), f, date(2026, 10, 31), ["proyek_id"])
    assert len(csr) > 0 and (csr.co2e_daur_ulang >= 0).all()
