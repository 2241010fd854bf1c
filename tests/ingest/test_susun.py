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


def test_typed_keys_repeated_only_among_rows_not_refused_already(demo_con):
    """The typed path (DuckDB's hash over Arrow buffers, categories, NaN): a row repeating a row
    refused before is no duplicate, and rows already refused leave with the duplicates."""
    n = 6
    k = _konteks(demo_con, "setoran", pd.DataFrame({"a": range(n)}))
    df = pd.DataFrame(
        {
            "tanggal": pd.to_datetime(["2025-01-01"] * n).astype("datetime64[us]"),
            "bank_sampah_id": pd.Categorical(["B1", "B1", "B1", "B2", "B1", "B1"]),
            "nasabah_id": pd.Series(["n", "n", "n", "n", None, None], dtype="str"),
            "kategori": pd.Categorical(["kertas"] * n),
            "subjenis": pd.Series([None] * n, dtype="str"),
            "berat_kg": [1.0, 1.0, 1.0, 1.0, float("nan"), float("nan")],
        },
        index=pd.RangeIndex(n, name="_i"),
    )
    refused = pd.Series([True, False, False, False, False, False]).to_numpy()
    sisa = k.duplikat(df, buang=refused)
    assert list(sisa.index) == [1, 3, 4]  # row 0 refused before; 2 repeats 1, 5 repeats 4 (NaN alike)
    assert k.galat == {
        2: [("kd_e_duplikat", {"baris": k.tabel.baris_file(1)})],
        5: [("kd_e_duplikat", {"baris": k.tabel.baris_file(4)})],
    }
    assert k.duplikat(df.iloc[[1, 3]]).index.tolist() == [1, 3]  # nothing to drop: no copy needed


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
