"""The offline report's balance, path-to-2029 and landfill-life sections (sampah/laporan.py): each a
page with its headline, its note and its chart on the sample; the reason in its place on a store
without population, targets or settings."""

from __future__ import annotations

import html
import re
from datetime import date

import fixture_db
import pytest

from sampah import db, laporan, periode
from sampah.i18n import t

BARU = ["neraca", "target", "umur_tpa"]


def _tanya(con):  # noqa: ANN001, ANN202
    return lambda name, **p: db.run(con, name, p)


def _bagian(isi: str) -> dict[str, str]:
    """Each slide page of the report by its title."""
    out = {}
    for s in re.findall(r"<section class='halaman'>(.*?)</section>", isi, flags=re.S):
        m = re.match(r"<p class='judul'>(.*?)</p>", s)
        if m:
            out[m.group(1)] = s
    return out


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sections_on_the_sample(demo_con, lang):
    isi = laporan.buat_html(
        _tanya(demo_con), periode.dari_kunci("2026-T2"), [], lang, BARU, dibuat=date(2026, 11, 1)
    )
    bagian = _bagian(isi)
    for k in BARU:
        s = bagian[html.escape(t(f"pr_slide_{k}", lang))]
        assert s.count('class="plotly-graph-div"') == 1, k
        assert "<p class='catatan'>" in s, k
        # a note takes its lines from the chart: the page keeps its A4 height
        assert f"height:{laporan.TINGGI_GRAFIK - laporan.TINGGI_CATATAN}px" in s.replace(" ", ""), k
        h2 = re.search(r"<h2>(.*?)</h2>", s).group(1)
        assert h2 and h2 in isi.split("</section>", 1)[0], k  # on the cover's list too
    assert "RPJMN" in bagian[html.escape(t("pr_slide_target", lang))]
    assert "Ilustrasi data contoh" in bagian[html.escape(t("pr_slide_umur_tpa", lang))]


@pytest.fixture(scope="module")
def polos_con(tmp_path_factory):
    def isi(con) -> None:  # noqa: ANN001
        fixture_db.isi(con)
        con.execute(
            "DELETE FROM pengolahan; DELETE FROM penduduk; DELETE FROM target; DELETE FROM pengaturan"
        )

    store = tmp_path_factory.mktemp("polos_laporan") / "store"
    db.publish(store, isi)
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    yield con
    con.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sections_without_the_optional_data_say_why(polos_con, lang):
    isi = laporan.buat_html(_tanya(polos_con), periode.dari_kunci("2025-T1"), [], lang, BARU)
    bagian = _bagian(isi)
    pesan = {
        "neraca": t("pr_neraca_tanpa_penduduk", lang, kec="Kec. Alpha, Kec. Beta"),
        "target": t("pr_target_tanpa", lang),
        "umur_tpa": t("pr_umur_tanpa_kapasitas", lang, tpa="TPA Uji"),
    }
    for k in BARU:
        s = bagian[html.escape(t(f"pr_slide_{k}", lang))]
        assert "plotly-graph-div" not in s
        assert f"<p>{html.escape(pesan[k])}</p>" in s, (k, s)
