"""Fixtures of the national-reference tests: stores made by `init --kota` (helpers: tests/kota_uji.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from kota_uji import TIGA, buat_store, isi_data


@pytest.fixture(scope="session")
def store_baru(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A fresh `init --kota` store per kind, by code."""
    akar = tmp_path_factory.mktemp("kota_baru")
    return {jenis: buat_store(akar / jenis, kode) for jenis, (kode, _) in TIGA.items()}


@pytest.fixture(scope="session")
def store_berdata(store_baru: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The same stores with some waste data but still no coordinates."""
    import shutil

    akar = tmp_path_factory.mktemp("kota_berdata")
    out = {}
    for jenis, asal in store_baru.items():
        shutil.copytree(asal, akar / jenis)
        isi_data(akar / jenis)
        out[jenis] = akar / jenis
    return out
