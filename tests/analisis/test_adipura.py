"""Adipura 2025 bands at their edges."""

import pytest

from sampah.analisis import adipura


@pytest.mark.parametrize(
    ("persen", "tpa", "tps_liar", "pita"),
    [
        (0.2499, "sanitary_landfill", 0, "kota_kotor"),  # below 25%
        (0.25, "sanitary_landfill", 0, "adipura"),
        (0.4999, "sanitary_landfill", 0, "adipura"),
        (0.50, "sanitary_landfill", 0, "kencana"),
        (1.00, "sanitary_landfill", 0, "kencana"),
        (0.25, "controlled_landfill", 0, "sertifikat"),
        (0.80, "controlled_landfill", 0, "sertifikat"),  # Kencana needs a sanitary landfill
        (0.2499, "controlled_landfill", 0, "kota_kotor"),
        (0.90, "open_dumping", 0, "kota_kotor"),  # an open dump is Kota Kotor at any share
        (0.90, "sanitary_landfill", 1, "kota_kotor"),  # so is a single TPS liar
        (0.60, None, 0, None),  # landfill type not set: no band
        (0.10, None, None, "kota_kotor"),  # ... unless the share alone decides
    ],
)
def test_band_edges(persen, tpa, tps_liar, pita):
    assert adipura.pita(persen, tpa, tps_liar) == pita


def test_extra_tonnes_per_month_to_the_next_band():
    # 100,000 t generated over 365 days, 10,000 t processed (10%): Kota Kotor under a controlled
    # landfill. Sertifikat needs 25%: 15,000 t more a year = 15,000 x (365.25/12) / 365 t a month.
    k = adipura.kesiapan(10_000, 100_000, 365, "controlled_landfill", 0)
    assert k.persen == pytest.approx(0.10) and k.pita == "kota_kotor"
    assert [s.pita for s in k.langkah] == ["sertifikat", "adipura", "kencana"]
    assert k.berikut.kurang_ton_bulan == pytest.approx(15_000 * 365.25 / 12 / 365)
    assert k.berikut.tpa_memenuhi is True
    kencana = k.langkah[-1]
    assert kencana.kurang_ton_bulan == pytest.approx(40_000 * 365.25 / 12 / 365)
    assert kencana.tpa_memenuhi is False  # a controlled landfill does not allow Kencana
    # already at Adipura with a sanitary landfill: only Kencana is above
    k2 = adipura.kesiapan(30_000, 100_000, 365, "sanitary_landfill", None)
    assert k2.pita == "adipura" and [s.pita for s in k2.langkah] == ["kencana"]
    assert k2.berikut.tps_liar_memenuhi is None  # TPS liar not known
    assert adipura.kesiapan(60_000, 100_000, 365, "sanitary_landfill", 0).langkah == []
