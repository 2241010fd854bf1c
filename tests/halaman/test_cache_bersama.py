"""The figures and tables shared by every viewer (ui.bersama, ui.tabel): built once per view and data
version, and an import is seen at once by the next run, never an older figure."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import fixture_db
import plotly_data
import pytest
from halaman_app import buka

from sampah import db, ringkas, ui, ui_tabel
from sampah.charts import tren


def _bulanan_tpa(at) -> list[float]:  # noqa: ANN001 - AppTest
    """Tren's first chart, its top row: tonnes to the TPA per month, as the browser receives them."""
    return plotly_data.traces(at.get("plotly_chart")[0].proto.spec)[0]["y"]


def _muatan_5_ton(store: Path, kecamatan: str) -> None:
    """A new version with a load of 5 t from `kecamatan` in January 2025 (inside the data's span),
    written as an import writes it: its month declared, the summaries rebuilt by publish."""

    def tambah(con) -> None:  # noqa: ANN001
        con.execute(
            "INSERT INTO tpa_muatan (waktu, tpa_id, asal_kecamatan_kode, netto_kg) VALUES (?, 'T1', ?, 5000)",
            [datetime(2025, 1, 20, 9), kecamatan],
        )

    dasar = db.configured_source(str(store)).current_file()
    db.publish(store, tambah, base=dasar, sentuh={"tpa_muatan": {"2025-01"}}, finish=ringkas.segarkan)


def test_a_second_viewer_gets_the_built_figure_and_an_import_is_seen_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    store = fixture_db.buat(tmp_path / "store")
    dibangun = []
    asli = tren.grafik_seri

    def hitung(*a, **k):  # noqa: ANN002, ANN003, ANN202
        dibangun.append(a[1])
        return asli(*a, **k)

    monkeypatch.setattr(tren, "grafik_seri", hitung)
    ui._bersama.clear()

    pertama = _bulanan_tpa(buka(store, monkeypatch, "tren"))
    assert len(dibangun) == 1
    kedua = _bulanan_tpa(buka(store, monkeypatch, "tren"))  # a new session, the same view
    assert len(dibangun) == 1 and kedua == pertama  # drawn from the shared figure, not built again

    # a load of 5 t in January 2025 (inside the data's span: the view itself does not change)
    _muatan_5_ton(store, fixture_db.A)
    ketiga = _bulanan_tpa(buka(store, monkeypatch, "tren"))
    assert len(dibangun) == 2  # the new data version is a new key
    assert sum(ketiga) == pytest.approx(sum(pertama) + 5.0)
    assert (pertama[1], ketiga[1]) == pytest.approx((6.0, 11.0))  # January 2025 (after December 2024)


def test_a_table_drawn_from_the_cache_is_the_same_table_and_follows_an_import(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """ui.tabel draws a table once per content; the next viewer gets the element replayed."""
    store = fixture_db.buat(tmp_path / "store")
    ui_tabel._tabel_tampil.clear()
    digambar = []
    asli = ui_tabel._tabel_gambar
    monkeypatch.setattr(ui_tabel, "_tabel_gambar", lambda df, *a: (digambar.append(len(df)), asli(df, *a)))
    a = buka(store, monkeypatch, "wilayah", periode="2025").dataframe[0].value
    n = len(digambar)
    assert n >= 1
    b = buka(store, monkeypatch, "wilayah", periode="2025").dataframe[0].value
    assert a.equals(b) and len(digambar) == n  # the second viewer's table was replayed, not drawn

    _muatan_5_ton(store, fixture_db.B)
    c = buka(store, monkeypatch, "wilayah", periode="2025").dataframe[0].value
    assert not c.equals(a) and len(digambar) > n
    kolom = next(k for k in c.columns if "TPA" in k and "kg" not in k)
    beta = lambda d: float(d.set_index(d.columns[0])[kolom].get("Beta"))  # noqa: E731
    assert beta(c) == pytest.approx(beta(a) + 5.0)
