"""The datasets a DLH can import, the one registry: templates, the mapping step, the checks and the
command line all read DATASETS. Each dataset is declared in its own module of `datasets/`."""

from __future__ import annotations

from sampah.ingest.datasets import (
    bank_sampah,
    batas_wilayah,
    csr,
    penduduk,
    pengolahan,
    setoran,
    setoran_rekap,
    sipsn,
    target,
    tpa_muatan,
    tpa_rekap,
    wilayah,
)
from sampah.ingest.deklarasi import Dataset

DATASETS: dict[str, Dataset] = {
    m.DATASET.nama: m.DATASET
    for m in (
        wilayah,
        bank_sampah,
        setoran,
        setoran_rekap,
        tpa_muatan,
        tpa_rekap,
        pengolahan,
        csr,
        penduduk,
        target,
        sipsn,
        batas_wilayah,
    )
}
