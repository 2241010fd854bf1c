"""Slide figures (sampah/charts/presentasi.py) and the slide registry (sampah/presentasi.py)."""

from __future__ import annotations

import pandas as pd
import pytest

from sampah import presentasi
from sampah.charts import presentasi as g


def _bs() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "bulan": pd.date_range("2025-01-01", periods=4, freq="MS"),
            "unit_aktif": [314, 314, 313, 314],
            "unit_melapor": [314, 313, 313, 312],
        }
    )


def test_non_reporting_units_are_drawn_on_their_own_axis_and_labelled():
    fig = g.tidak_lapor(_bs())
    assert list(fig.data[0].y) == [0, 1, 0, 2]  # the count that did not report, not 312 of 314
    assert [a.text for a in fig.layout.annotations] == ["0", "1", "0", "2"]
    assert fig.layout.yaxis.range[1] >= 2 * 1.2 and fig.layout.yaxis.dtick >= 1  # whole units


def test_value_labels_are_anchored_beside_the_bars_with_room_on_the_axis():
    kec = pd.DataFrame({"kecamatan": ["A", "B"], "persen_pengurangan": [0.088, 0.0172]})
    fig = g.peringkat(kec, 0.30)
    teks = [a for a in fig.layout.annotations if a.text in ("8,80%", "1,72%")]
    assert len(teks) == 2 and all(a.xanchor == "left" and a.xshift > 0 for a in teks)
    assert fig.layout.xaxis.range[1] > 30  # the target and the labels fit
    assert fig.layout.height is None  # the page or the report sizes it


def test_project_names_are_wrapped_not_cut():
    nama = "Penguatan bank sampah (timbangan digital, gerobak motor) untuk kelompok RW"
    tabel = pd.DataFrame(
        {
            "program": [nama, "Rumah maggot BSF"],
            "kelurahan": ["Bojongmenteng", "Jatisampurna"],
            "ton_tambahan": [12.7, 8.8],
            "biaya_per_ton": [9e6, float("nan")],
            "dinilai": [True, True],
        }
    )
    fig = g.csr(tabel)
    tick = " ".join(fig.layout.yaxis.ticktext).replace("<br>", " ")
    for kata in (nama + " Bojongmenteng").split():
        assert kata in tick
    assert all(len(baris) <= 40 for t in fig.layout.yaxis.ticktext for baris in t.split("<br>")[:-1])
    assert "8,8 ton" in " ".join(a.text for a in fig.layout.annotations)


def test_kinds_of_waste_and_facilities_are_told_apart():
    df = pd.DataFrame(
        {
            "bulan": ["2025-01-01"] * 3,
            "sumber": ["pengolahan", "bank sampah", "bank sampah"],
            "kategori": ["TPS 3R", "plastik", "kertas"],
            "ton": [60.0, 30.0, 10.0],
        }
    )
    fig = g.kategori(df)
    assert "TPS 3R (fasilitas)" in fig.layout.yaxis.ticktext
    assert "plastik (bank sampah)" in fig.layout.yaxis.ticktext


def test_a_slide_is_one_declared_function():
    assert presentasi.SLIDE[:2] == ("ringkasan", "tpa") and len(set(presentasi.SLIDE)) == len(
        presentasi.SLIDE
    )
    with pytest.raises(KeyError, match="declared twice"):
        presentasi.slide("ringkasan")(lambda k: (None, None))
