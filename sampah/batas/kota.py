"""Which kab/kota a file covers, and a new city's areas from the national reference.

A store without areas (a plain `init`) takes its kab/kota from the file: every row votes with what
it says of its kab/kota (a kab/kota code in either system, a kab/kota name, or the prefix of a
Kemendagri/BPS area code whose system is known); exactly one kab/kota must come out, else the file
is refused with the ones it names. Its kecamatan and kelurahan/desa then come from the reference
as `init --kota` makes them (sampah/kota_baru.py), and the file fills their points and areas.
"""

from __future__ import annotations

import functools
from collections import Counter

import pandas as pd

from sampah import kota_baru, rujukan
from sampah.batas.daerah import Daerah
from sampah.ingest import Tolak

_PANJANG_BPS_KOTA = 4


def _kota_dari_kode(kode: str | None, sistem: str | None) -> list[str]:
    """Kemendagri kab/kota codes an area or kab/kota code belongs to (empty when unsure)."""
    if not kode:
        return []
    if "." in kode:
        return [".".join(kode.split(".")[:2])] if kode.count(".") >= 1 else []
    if sistem == "bps" and len(kode) >= _PANJANG_BPS_KOTA:
        return _kota_bps(kode[:_PANJANG_BPS_KOTA])
    if sistem == "kemendagri" and len(kode) >= _PANJANG_BPS_KOTA:
        return [f"{kode[:2]}.{kode[2:4]}"]
    if sistem is None and kode.isdigit() and len(kode) >= _PANJANG_BPS_KOTA:  # both readings
        dua = {*_kota_dari_kode(kode, "bps"), *_kota_dari_kode(kode, "kemendagri")}
        return list(dua) if len(dua) == 1 else []
    return []


@functools.cache
def _kota_bps(kode_bps: str) -> list[str]:
    """A BPS kab/kota code's Kemendagri code (once per code: a province-wide layer asks thousands
    of times)."""
    t = rujukan.ke_kemendagri(kode_bps)
    return [t.kode] if t.kode else []


@functools.cache
def _nama(kode: str) -> str:
    return rujukan.rujukan().wilayah(kode).nama


def suara(r: tuple) -> set[str]:
    """The kab/kota one row names (Kemendagri codes), by code first (its own, the most specific,
    before its parent's and its kab/kota's), then by name."""
    for kode, sistem in ((r.kode, r.sistem), (r.kode_induk, r.sistem_induk), (r.kode_kota, r.sistem_kota)):
        k = _kota_dari_kode(kode, sistem)
        if k:
            return set(k)
    if r.nama_kota:
        calon = {w.kode for w in rujukan.rujukan().cari_kabkota(r.nama_kota) if w.kode}
        if len(calon) == 1:
            return calon
    return set()


def tentukan(b: pd.DataFrame) -> str:
    """The one kab/kota (Kemendagri code) the rows name; `Tolak` when none or several."""
    n: Counter = Counter()
    for r in b.itertuples(index=False):
        n.update(suara(r))
    if not n:
        raise Tolak("bt_f_kota_tak_dikenal")
    if len(n) > 1:
        r = rujukan.rujukan()
        daftar = ", ".join(f"{r.wilayah(k).nama} ({k}): {v}" for k, v in n.most_common(8))
        raise Tolak("bt_f_kota_banyak", n=len(n), daftar=daftar)
    return next(iter(n))


def daerah_baru(kode: str) -> tuple[Daerah, kota_baru.IsiKota]:
    """The areas of a kab/kota from the reference, as a store would hold them after `init --kota`."""
    isi = kota_baru.siapkan(kode)
    k = isi.kota
    kota = pd.DataFrame(
        [{"kode": k.kode, "kode_bps": k.kode_bps, "nama": k.nama, "provinsi": isi.provinsi}]
    ).assign(luas_km2=None, lat=None, lon=None, jumlah_rw=None)
    kec = isi.kecamatan.rename(columns={"kota_kode": "induk"}).assign(tingkat="kecamatan")
    kel = isi.kelurahan.rename(columns={"kecamatan_kode": "induk"}).assign(tingkat="kelurahan")
    wil = pd.concat([kec, kel], ignore_index=True).assign(lat=None, lon=None, luas_km2=None)
    wil = wil.astype(object).where(wil.notna(), None).set_index("kode")
    return Daerah(kota, wil, {}, baru=True), isi


def di_luar(b: pd.DataFrame, d: Daerah) -> pd.Series:
    """Per row, the other kab/kota it clearly belongs to (its name), else None."""
    out = []
    for row in b.itertuples(index=False):
        k = suara(row)
        lain = [x for x in k if not d.di_kota(x)]
        out.append(_nama(lain[0]) if k and len(lain) == len(k) else None)
    return pd.Series(out, index=b.index, dtype=object)
