"""Every dataset module declares a sane dataset: its key names columns of its target table, no header
alias could fill two of its columns, its groups and rules name real columns and messages, its
template builds, and the registry holds every module of sampah/ingest/datasets/."""

from __future__ import annotations

import importlib
import io
import pkgutil

import openpyxl
import pytest

from sampah.ingest import datasets as paket
from sampah.ingest import templat
from sampah.ingest.dataset import DATASETS
from sampah.ingest.deklarasi import JENIS_ANGKA
from sampah.ingest.kolom import _tanpa_satuan, norm_header
from sampah.teks.kelola import S

JENIS = {*JENIS_ANGKA, "teks", "kode", "tahun", "tanggal", "bulan", "waktu", "jam", "ya_tidak"}


def test_the_registry_holds_every_dataset_module():
    modul = {m.name for m in pkgutil.iter_modules(paket.__path__)} - {"kolom_bersama"}
    assert set(DATASETS) == modul
    assert all(importlib.import_module(f"sampah.ingest.datasets.{n}").DATASET is DATASETS[n] for n in modul)


@pytest.mark.parametrize("nama", sorted(DATASETS))
def test_declaration_is_sane(nama, fixture_con):
    ds = DATASETS[nama]
    kolom = [k.nama for k in ds.kolom]
    assert len(kolom) == len(set(kolom)) and all(k.jenis in JENIS for k in ds.kolom)
    tabel = {r[0] for r in fixture_con.execute(f"DESCRIBE {ds.tabel}").fetchall()}
    assert ds.kunci and set(ds.kunci) <= tabel, (ds.kunci, tabel)
    # a table's assembly, or its own check, or both (its own layouts, the shared steps for the rest)
    assert ds.susun is not None or ds.periksa_berkas is not None
    for grup in ds.salah_satu:
        assert set(grup) <= set(kolom)
    if isinstance(ds.perlu_wilayah, tuple):
        assert set(ds.perlu_wilayah) <= set(kolom)
    for a in ds.aturan:
        assert a.kunci in S
    pemilik: dict[str, set[str]] = {}
    for k in ds.kolom:
        for a in (k.nama, *k.alias):
            pemilik.setdefault(_tanpa_satuan(norm_header(a)), set()).add(k.nama)
    assert {a: c for a, c in pemilik.items() if len(c) > 1} == {}


@pytest.mark.parametrize("nama", sorted(n for n in DATASETS if DATASETS[n].susun is not None))
def test_template_builds_with_every_column_explained(nama):
    ds = DATASETS[nama]
    wb = openpyxl.load_workbook(io.BytesIO(templat.templat(nama)))
    assert [c.value for c in wb["data"][1]] == [k.nama for k in ds.kolom]
    dijelaskan = [r[0] for r in wb["petunjuk"].iter_rows(values_only=True)]
    assert all(k.nama in dijelaskan for k in ds.kolom)
