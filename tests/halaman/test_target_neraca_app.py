"""The Target & Neraca page through AppTest: every section in both languages on the sample, on a
store without any optional data, and the balance over 100% on a store made for it."""

from __future__ import annotations

import fixture_db
import pytest
from halaman_app import buka

from sampah import db
from sampah.i18n import t

BAGIAN = ("neraca", "target", "adipura", "tpa", "emisi", "sipsn")


@pytest.fixture(scope="module")
def polos_store(tmp_path_factory):
    """The fixture without any optional data (as tests/analisis/conftest.py builds it)."""

    def isi(con) -> None:  # noqa: ANN001
        fixture_db.isi(con)
        con.execute(
            "DELETE FROM pengolahan; DELETE FROM penduduk; DELETE FROM target; DELETE FROM pengaturan"
        )

    store = tmp_path_factory.mktemp("polos_app") / "store"
    db.publish(store, isi)
    return store


def _teks(at) -> str:  # noqa: ANN001 - AppTest
    bagian = [*at.markdown, *at.caption, *at.info, *at.warning, *at.error, *at.success, *at.subheader]
    return "\n".join(str(e.value) for e in bagian)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_section_on_the_sample(demo_store, monkeypatch, lang):
    at = buka(demo_store, monkeypatch, "target_neraca", lang=lang)
    for b in BAGIAN:
        if b != "neraca":
            at.segmented_control(key="bagian").set_value(b).run()
        assert not at.exception, (b, [e.value for e in at.exception])
        teks = _teks(at)
        assert at.title[0].value.startswith(t("an_judul", lang, wilayah="")[:10])
        if b == "neraca":
            labels = [m.label for m in at.metric]
            assert labels == [
                t(k, lang) for k in ("an_timbulan", "an_pengurangan", "an_ke_tpa", "an_tak_terkelola")
            ]
            assert t("an_sankey_judul", lang) in teks and len(at.dataframe) >= 1
        elif b == "target":
            assert t("an_target_tabel", lang) in teks
            tabel = at.dataframe[0].value
            assert set(tabel[t("an_t_acuan", lang)]) >= {"Jakstranas 2025", "RPJMN 2029"}
        elif b == "adipura":
            # the sample's landfill is an open dump: Kota Kotor whatever the share
            assert [m.value for m in at.metric if m.label == t("an_pita", lang)] == [
                t("an_pita_kota_kotor", lang)
            ]
            assert t("an_alasan_open_dumping", lang) in teks
        elif b == "tpa":
            assert [m.label for m in at.metric][:2] == [t("an_sisa", lang), t("an_laju", lang)]
            assert any(e.value for e in [*at.error, *at.success])  # full before / after PSEL, said in words
        elif b == "emisi":
            assert t("an_em_indikatif", lang)[:20] in teks
            assert any("CO₂e" in m.value for m in at.metric)
        elif b == "sipsn":
            assert [d.label for d in at.get("download_button")][:2] == [
                t("an_sipsn_unduh", lang),
                t("an_kilas_unduh", lang),
            ]
        assert at.query_params.get("bagian", "neraca") in (b, [b])


def test_scenario_lives_in_the_url_and_moves_the_year(demo_store, monkeypatch):
    polos = buka(demo_store, monkeypatch, "target_neraca", bagian="target")
    dasar = polos.dataframe[0].value
    at = buka(
        demo_store,
        monkeypatch,
        "target_neraca",
        bagian="target",
        sk_unit="500",
        sk_tps3r="300",
        sk_kompos="50",
    )
    assert at.select_slider(key="sk_unit").value == "500"
    assert at.select_slider(key="sk_tps3r").value == "300" and at.select_slider(key="sk_kompos").value == "50"
    sk = at.dataframe[0].value
    kol = t("an_t_skenario", "id")
    # the scenario reaches some goal earlier than the current pace does (at least it changes the table)
    assert list(sk[kol]) != list(dasar[kol]) or list(sk[kol]) != list(sk[t("an_t_tercapai", "id")])
    assert any(t("an_sk_hasil", "id")[:15] in c.value for c in at.caption)
    # values outside the choices in a link fall back to the defaults
    salah = buka(demo_store, monkeypatch, "target_neraca", bagian="target", sk_unit="-5", sk_kompos="1e9")
    assert (
        salah.select_slider(key="sk_unit").value == "0" and salah.select_slider(key="sk_kompos").value == "0"
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_every_section_on_a_store_without_optional_data(polos_store, monkeypatch, lang):
    """No pengolahan, no population, no target rows, no settings: helpful empty states."""
    at = buka(polos_store, monkeypatch, "target_neraca", lang=lang)
    harapan = {
        "neraca": t("an_tanpa_penduduk", lang, kec="Alpha, Beta")[:40],
        "target": t("an_tanpa_kini", lang)[:40],
        "adipura": t("an_tanpa_kini", lang)[:40],
        "tpa": t("an_tpa_belum", lang, tpa="TPA Uji")[:40],
        "emisi": t("an_em_indikatif", lang)[:20],
        "sipsn": t("an_sipsn_ket", lang)[:40],
    }
    for b in BAGIAN:
        if b != "neraca":
            at.segmented_control(key="bagian").set_value(b).run()
        assert not at.exception, (b, [e.value for e in at.exception])
        assert harapan[b] in _teks(at), b
    at.segmented_control(key="bagian").set_value("target").run()
    assert t("an_tanpa_target", lang)[:40] in _teks(at)


def _kecil(con) -> None:  # noqa: ANN001
    fixture_db.isi(con)
    # Beta with 50 residents: 50 x 0.5 kg x 90 days = 2.25 t generated, but 7 t weighed in at the TPA
    con.execute("UPDATE penduduk SET jumlah = 50 WHERE wilayah_kode = '99.01.02'")


def test_balance_over_100_percent_is_said_and_marked(tmp_path, monkeypatch):
    store = tmp_path / "lebih"
    db.publish(store, _kecil)
    at = buka(store, monkeypatch, "target_neraca", periode="2025-T1", kec="99.01.02")
    assert not at.exception
    assert at.error and "100%" in at.error[0].value
    assert [m.value for m in at.metric][3] == "–"  # no remainder below zero is shown
    cek = at.dataframe[-1].value
    assert list(cek[t("an_k_cek", "id")]) == [t("an_cek_lebih", "id")]


JAHAT = ("' OR 1=1; DROP TABLE target; --", "<script>window.__x=1</script>", "x" * 5000)
KUNCI = ("bagian", "sk_unit", "sk_tps3r", "sk_kompos", "ukuran", "psel", "semester")


@pytest.mark.parametrize("v", JAHAT)
def test_hostile_page_parameters_are_ignored(demo_store, monkeypatch, v):
    at = buka(demo_store, monkeypatch, "target_neraca", **{k: v for k in KUNCI})
    assert at.session_state["bagian"] == "neraca"
    for b in BAGIAN[1:]:
        at.segmented_control(key="bagian").set_value(b).run()
        assert not at.exception, (b, [e.value[:300] for e in at.exception])
        for k in KUNCI:
            if k in at.session_state:
                assert at.session_state[k] != v, (b, k)


def test_facility_names_from_the_data_are_text_in_the_sankey():
    import pandas as pd

    from sampah.analisis import neraca
    from sampah.charts import analisis as grafik

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
            "ton_pengolahan": [1.0],
            "ton_tpa": [4.0],
            "ton_tak_terkelola": [1.5],
        }
    )
    olah = pd.DataFrame({"jenis_fasilitas": ['<a href="javascript:alert(1)">TPS</a>'], "ton": [1.0]})
    label = grafik.sankey(neraca.susun(kec, olah)).data[0].node.label
    assert any("&lt;a href=" in x for x in label) and not any("<a " in x for x in label)
