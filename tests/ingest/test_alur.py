"""The steps of a check (sampah/ingest/alur.py): each once, in order; the registries a dataset needs
loaded first; a file whose rows all name unknown places is one of another city."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from sampah import db
from sampah.ingest import Tolak, alur, kolom, muat
from sampah.ingest.dataset import DATASETS

HARI = date(2026, 10, 31)


def test_each_step_runs_once_in_order(demo_con, monkeypatch):
    langkah: list[str] = []

    def catat(nama, f):
        return lambda *a, **kw: langkah.append(nama) or f(*a, **kw)

    monkeypatch.setattr(alur, "baca", catat("baca", alur.baca))
    monkeypatch.setattr(kolom, "petakan", catat("kolom", kolom.petakan))
    monkeypatch.setattr(alur, "urai_tabel", catat("urai", alur.urai_tabel))
    monkeypatch.setattr(alur, "periksa_baris", catat("validasi", alur.periksa_baris))
    ds = DATASETS["setoran"]
    monkeypatch.setitem(DATASETS, "setoran", dataclasses.replace(ds, susun=catat("susun", ds.susun)))
    bs = demo_con.execute("SELECT id FROM bank_sampah LIMIT 1").fetchone()[0]
    isi = f"tanggal,bank_sampah,kategori,berat\n2026-10-01,{bs},plastik,2\n2026-10-02,{bs},kertas,3\n"
    p = alur.periksa_berkas(demo_con, "setoran", isi.encode(), "s.csv", None, HARI)
    assert langkah == ["baca", "kolom", "urai", "validasi", "susun"]
    assert p.valid == 2 and len(p.muatan[0].df) == 2


@pytest.fixture(scope="module")
def kosong(tmp_path_factory: pytest.TempPathFactory):
    s = muat.init(tmp_path_factory.mktemp("alur") / "kosong")
    con = db.connect_readonly(s)
    yield con
    con.close()


@pytest.mark.parametrize(
    "dataset,isi,kunci",
    [
        ("bank_sampah", "nama,kelurahan,berdiri\nBS A,Bekasijaya,2020-01-01\n", "kd_f_wilayah_dulu"),
        ("csr", "perusahaan,program,kecamatan\nPT A,Bank sampah,Bekasi Timur\n", "kd_f_wilayah_dulu"),
        ("setoran", "tanggal,bank_sampah,kategori,berat\n2026-10-01,BS A,plastik,2\n", "kd_f_bs_dulu"),
    ],
)
def test_what_must_be_loaded_first_is_named(kosong, dataset, isi, kunci):
    with pytest.raises(Tolak) as e:
        alur.periksa_berkas(kosong, dataset, isi.encode(), "a.csv", None, HARI)
    assert e.value.kunci == kunci


def test_a_project_without_a_place_needs_no_wilayah(kosong):
    p = alur.periksa_berkas(kosong, "csr", b"perusahaan,program\nPT A,Bank sampah\n", "a.csv", None, HARI)
    assert p.valid == 1


def test_rows_all_in_unknown_places_are_a_file_of_another_city(demo_con):
    isi = "nama,kelurahan,berdiri\nBS A,Cicadas,2020-01-01\nBS B,Sukamaju,2021-01-01\n"
    with pytest.raises(Tolak) as e:
        alur.periksa_berkas(demo_con, "bank_sampah", isi.encode(), "a.csv", None, HARI)
    assert e.value.kunci == "kd_f_wilayah_lain"


def test_settings_come_from_the_store(tmp_path: Path):
    s = tmp_path / "s"
    db.publish(s, lambda con: con.execute("INSERT INTO pengaturan VALUES ('batas_netto_kg', '25000', NULL)"))
    con = db.connect_readonly(db.configured_source(str(s)).current_file())
    try:
        assert alur.baca_setelan(con).batas_netto_kg == 25_000
    finally:
        con.close()
