"""Helpers of the national-reference tests (tests/wilayah/): the shared data folder and stores made
by `init --kota`, in-process (the shipped reference stays loaded for the whole session)."""

from __future__ import annotations

from pathlib import Path

import pytest
from jalur import ROOT, SHARED

from sampah import db, kota_baru
from sampah.ingest import muat

__all__ = ["ROOT", "SHARED", "TIGA", "buat_store", "isi_data", "kueri", "perlu_real", "perlu_shared"]

perlu_shared = pytest.mark.skipif(not (SHARED / "wilayah").exists(), reason="../shared/data not present")
perlu_real = pytest.mark.skipif(not (SHARED / "real").exists(), reason="../shared/data/real not present")

# the three kinds of kab/kota the dashboard must serve: a kota, a kabupaten with desa, a DKI kota
# administrasi (whose BPS code, 3173, is Kemendagri 31.73 Jakarta Barat when read as Kemendagri)
TIGA = {
    "kota": ("32.73", "Kota Bandung"),
    "kabupaten": ("32.16", "Kabupaten Bekasi"),
    "dki": ("31.71", "Kota Administrasi Jakarta Pusat"),
}


def buat_store(store: Path, kota: str | None = None) -> Path:
    """A new store: plain `init`, or `init --kota` in-process (the reference stays loaded for the
    whole session)."""
    if kota is None:
        muat.init(store)
        return store
    k = kota_baru.siapkan(kota)
    muat.init(store, lambda con: kota_baru.isi(con, k))
    return store


def kueri(store: Path, sql: str, *param: object) -> list[tuple]:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(sql, list(param)).fetchall()
    finally:
        con.close()


def isi_data(store: Path) -> None:
    """A little waste data, by the store's own codes and names, through the real importer: three
    bank sampah in the first kelurahan/desa, deposits over three months, TPA tonnes per kecamatan.
    The areas still have no coordinates, boundaries or population."""
    kel = kueri(store, "SELECT kode FROM kelurahan ORDER BY kode LIMIT 3")
    kec = kueri(store, "SELECT nama FROM kecamatan ORDER BY kode LIMIT 2")
    bs = "id_bank_sampah;nama;jenis;kode_kelurahan;berdiri\n" + "".join(
        f"BS-{i};Bank Sampah Uji {i};unit;{k};2024-01-0{i + 1}\n" for i, (k,) in enumerate(kel)
    )
    setoran = "tanggal;bank_sampah;kategori;berat (kg)\n" + "".join(
        f"{d}/{m}/2025;BS-{i};plastik;{10 + 3 * i + m}\n"
        for d in (5, 20)
        for m in (9, 10, 11)
        for i in range(3)
    )
    tpa = "bulan;kecamatan;ton;tpa\n" + "".join(
        f"2025-{m:02d};{n};{100 + m};TPA Uji\n" for m in (9, 10, 11) for (n,) in kec
    )
    for dataset, isi in (("bank_sampah", bs), ("setoran", setoran), ("tpa_rekap", tpa)):
        lap = muat.impor(store, dataset, isi.encode(), f"{dataset}.csv", oleh="uji")
        assert lap.status == "dimuat" and lap.baru > 0, (dataset, lap.teks())
