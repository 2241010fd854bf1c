"""Stores of one dataset alone or two together, built the way a data manager builds them: generated
files through the real importer (`sampah.ingest.muat.impor`). The kab/kota is Kepulauan Seribu
(31.01, two kecamatan, six kelurahan: small and real, from the shipped national reference).

Used by tests/halaman/test_setiap_toko.py (every page on every store) and
tests/halaman/test_terbaru_per_dataset.py (each dataset's own newest month)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sampah import db, kota_baru, rujukan
from sampah.ingest import muat

KODE, NAMA = "31.01", "Kabupaten Administrasi Kepulauan Seribu"


@functools.cache  # every file of every store asks again; the reference does not change
def _kel() -> tuple[tuple[str, str, str, str], ...]:
    """(kode kecamatan, kecamatan, kode kelurahan, kelurahan) of the kab/kota, from the reference."""
    kec = rujukan.anak(KODE).set_index("kode").nama
    kel = rujukan.anak(KODE, "desa")
    return tuple((k[:8], kec[k[:8]], k, n) for k, n in zip(kel.kode, kel.nama))


def impor(store: Path, dataset: str, isi: str, nama: str | None = None) -> None:
    lap = muat.impor(store, dataset, isi.encode("utf-8-sig"), nama or f"{dataset}.csv", oleh="uji")
    assert lap.status == "dimuat" and (lap.baru or lap.diperbarui), (dataset, lap.teks())


def wilayah(store: Path, dengan_nama: bool = True) -> None:
    """The areas file; without the kab/kota's name column when `dengan_nama` is false."""
    kepala = "kode_kota;kota;provinsi;" if dengan_nama else "kode_kota;"
    baris = [kepala + "kode_kecamatan;kecamatan;kode_kelurahan;kelurahan;jumlah_rw"]
    for kk, kec, kl, kel in _kel():
        awal = f"{KODE};{NAMA};DKI Jakarta;" if dengan_nama else f"{KODE};"
        baris.append(f"{awal}{kk};{kec};{kl};{kel};5")
    impor(store, "wilayah", "\n".join(baris) + "\n")


def penduduk(store: Path, tahun: int = 2025) -> None:
    isi = "kode_wilayah;tahun;jumlah;estimasi\n" + "".join(
        f"{kl};{tahun};{3000 + 100 * i};0\n" for i, (_, _, kl, _) in enumerate(_kel())
    )
    impor(store, "penduduk", isi)


def tpa_bulanan(store: Path, bulan: list[tuple[int, int]], ton: Callable[[int, int, int], float]) -> None:
    """Monthly landfill tonnes per kecamatan (tpa_rekap with a month column)."""
    kec = sorted({(kk, n) for kk, n, _, _ in _kel()})
    isi = "bulan;kecamatan;ton;tpa\n" + "".join(
        f"{y}-{m:02d};{n};{ton(y, m, j)};TPA Pulau Uji\n" for y, m in bulan for j, (_, n) in enumerate(kec)
    )
    impor(store, "tpa_rekap", isi)


def bank_sampah(store: Path, berdiri: str = "2024-01-15") -> list[str]:
    """One unit per kelurahan; returns their ids."""
    ids = [f"BS-{i + 1:02d}" for i in range(len(_kel()))]
    isi = "id_bank_sampah;nama;jenis;kode_kelurahan;rw;berdiri\n" + "".join(
        f"{b};Bank Sampah {kel} RW 0{i % 5 + 1};unit;{kl};0{i % 5 + 1};{berdiri}\n"
        for i, (b, (_, _, kl, kel)) in enumerate(zip(ids, _kel()))
    )
    impor(store, "bank_sampah", isi)
    return ids


def setoran(
    store: Path, hari: list[date], kg: Callable[[date, int], float], nama: str = "setoran.csv"
) -> None:
    """Deposits: on each day, one row per unit."""
    n = len(_kel())
    isi = "tanggal;bank_sampah;kategori;berat (kg)\n" + "".join(
        f"{d:%d/%m/%Y};BS-{i + 1:02d};{('plastik', 'kertas', 'logam')[i % 3]};{kg(d, i)}\n"
        for d in hari
        for i in range(n)
    )
    impor(store, "setoran", isi, nama)


def sipsn(store: Path) -> None:
    """An SIPSN capaian export: this kab/kota and two others, three years."""
    isi = "Tahun;Provinsi;Kabupaten/Kota;Timbulan Sampah Tahunan (ton);Pengurangan (ton);Penanganan (ton)\n"
    for th in (2022, 2023, 2024):
        for kab, ton in ((NAMA, 9000), ("Kota Adm. Jakarta Utara", 600_000), ("Kab. Bekasi", 650_000)):
            isi += f"{th};DKI Jakarta;{kab};{ton + th};{ton // 5};{ton // 2}\n"
    lap = muat.impor(store, "sipsn", isi.encode("utf-8-sig"), "sipsn.csv", oleh="uji")
    assert lap.status == "dimuat", lap.teks()


def kosong(store: Path) -> Path:
    """An empty store (schema only), as `python -m sampah init` makes it."""
    return muat.init(store)


def kota_init(store: Path, kota: str = "Kota Bontang") -> Path:
    """`python -m sampah init --kota`, in-process."""
    k = kota_baru.siapkan(kota)
    return muat.init(store, lambda con: kota_baru.isi(con, k))


def hari_bulan(y: int, m: int, tanggal: tuple[int, ...] = (5, 15, 25)) -> list[date]:
    return [date(y, m, d) for d in tanggal]


def baca(store: Path, sql: str, *param: object) -> list[tuple]:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(sql, list(param)).fetchall()
    finally:
        con.close()


def _bulan(y0: int, m0: int, y1: int, m1: int) -> list[tuple[int, int]]:
    out, y, m = [], y0, m0
    while (y, m) <= (y1, m1):
        out.append((y, m))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


# --- the matrix: name -> builder ---------------------------------------------------------------
def _wilayah(s: Path) -> None:
    kosong(s)
    wilayah(s)


def _wilayah_tpa(s: Path) -> None:
    _wilayah(s)
    tpa_bulanan(s, _bulan(2024, 1, 2025, 10), lambda y, m, j: 300 + 10 * j + m)


def _sipsn(s: Path) -> None:
    kosong(s)
    sipsn(s)


def _bank_sampah(s: Path) -> None:
    _wilayah(s)
    penduduk(s)
    bank_sampah(s)


def _tanpa_penduduk(s: Path) -> None:
    """Areas, units, deposits and TPA tonnes, but no population."""
    _wilayah_tpa(s)
    bank_sampah(s)
    setoran(s, [d for y, m in _bulan(2024, 1, 2025, 10) for d in hari_bulan(y, m)], lambda d, i: 20 + i)


def _tanpa_nama(s: Path) -> None:
    """Areas without the kab/kota's name, and TPA tonnes."""
    kosong(s)
    wilayah(s, dengan_nama=False)
    tpa_bulanan(s, _bulan(2025, 1, 2025, 6), lambda y, m, j: 200 + m)


def _setoran_saja(s: Path) -> None:
    """Areas, population, units and deposits; no TPA data."""
    _bank_sampah(s)
    setoran(s, [d for y, m in _bulan(2025, 1, 2025, 8) for d in hari_bulan(y, m)], lambda d, i: 15 + i)


def _kota_init(s: Path) -> None:
    kota_init(s)


TOKO: dict[str, Callable[[Path], None]] = {
    "wilayah": _wilayah,
    "wilayah_tpa": _wilayah_tpa,
    "sipsn": _sipsn,
    "bank_sampah": _bank_sampah,
    "tanpa_penduduk": _tanpa_penduduk,
    "tanpa_nama": _tanpa_nama,
    "setoran_saja": _setoran_saja,
    "kota_init": _kota_init,
}


def buat(akar: Path, nama: str) -> Path:
    s = akar / nama
    TOKO[nama](s)
    return s
