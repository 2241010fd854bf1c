"""What a dataset's assembly works with (sampah/ingest/susun.py): places of a row, duplicate keys,
values matched once per distinct value."""

from __future__ import annotations

import pandas as pd

from sampah.ingest.baca import baca
from sampah.ingest.cocok import Pencocok
from sampah.ingest.dataset import DATASETS
from sampah.ingest.susun import Konteks, akhir_bulan, buat_id, judul_nama


def _konteks(con, dataset: str, p: pd.DataFrame, peta: dict | None = None) -> Konteks:
    tabel = baca(("x\n" + "\n".join("1" for _ in p.index) + "\n").encode(), "a.csv")
    return Konteks(DATASETS[dataset], p, peta or {}, Pencocok(con), {}, tabel, "a.csv")


def test_a_rows_kelurahan_by_name_within_its_kecamatan_or_refused(demo_con):
    kel, kec = demo_con.execute("SELECT nama, kecamatan_kode FROM kelurahan LIMIT 1").fetchone()
    p = pd.DataFrame({"kelurahan": [kel, "Antah"], "kode_kecamatan": [kec, None]}, dtype=object)
    k = _konteks(demo_con, "pengolahan", p, {"kelurahan": "Desa"})
    assert k.kelurahan(0) is not None and k.kelurahan(1) is None
    assert k.galat[1][0][1]["kolom"] == "Desa"
    assert k.kecamatan(1, wajib=True) is None and k.galat[1][-1][0] == "kd_e_wajib"


def test_a_repeated_key_is_refused_pointing_at_the_first_row(demo_con):
    p = pd.DataFrame({"a": [1, 2, 3]})
    k = _konteks(demo_con, "penduduk", p)
    df = pd.DataFrame({"wilayah_kode": ["x", "y", "x"], "tahun": [2025, 2025, 2025]}, index=[0, 1, 2])
    sisa = k.duplikat(df)
    assert list(sisa.index) == [0, 1]
    assert k.galat == {2: [("kd_e_duplikat", {"baris": k.tabel.baris_file(0)})]}


def test_a_function_runs_once_per_distinct_value(demo_con):
    p = pd.DataFrame({"kategori": ["a", "b", "a", None] * 50})
    k = _konteks(demo_con, "setoran", p)
    dipanggil = []
    kode, hasil = k.per_nilai(p["kategori"], lambda v: dipanggil.append(v) or v)
    assert len(dipanggil) == 3 and set(dipanggil) == {"a", "b", None}
    assert [hasil[j] for j in kode[:4]] == ["a", "b", "a", None]


def test_small_helpers():
    assert (
        judul_nama("CIBEUNYING KIDUL") == "Cibeunying Kidul" and judul_nama("Bekasi Timur") == "Bekasi Timur"
    )
    assert str(akhir_bulan(pd.Timestamp("2024-02-10").date())) == "2024-02-29"
    assert buat_id("BS", "a", 1) == buat_id("BS", "a", 1) != buat_id("BS", "a", 2)
