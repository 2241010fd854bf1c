"""The areas a file is matched against: the store's kota, kecamatan and kelurahan (with their
reference points and stored boundaries), or, for a store without areas, a kab/kota's areas from the
national reference (sampah/batas/kota.py). Names are indexed by `rujukan.kunci_nama` of the store's
name, the Kemendagri reference name and the BPS name the crosswalk pairs it with, so 'AREN JAYA'
(BPS), 'Aren Jaya' (HDX) and 'Arenjaya' (Kemendagri) all find 32.75.01.1004.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

import duckdb
import pandas as pd

from sampah import rujukan

TINGKAT = ("kecamatan", "kelurahan")
_RUJ = {"kecamatan": "kecamatan", "kelurahan": "desa", "kabkota": "kabkota", "provinsi": "provinsi"}
_KURUNG = re.compile(r"\([^)]*\)?")


def kunci(nama: object, tingkat: str) -> str:
    return rujukan.kunci_nama(nama, _RUJ[tingkat])


@dataclass
class Daerah:
    """`kota` (kode, kode_bps, nama, provinsi, luas_km2, lat, lon, jumlah_rw), `wil` (index kode:
    tingkat, nama, induk, kode_bps, lat, lon, luas_km2) and `batas` (kode -> (tingkat, geojson))."""

    kota: pd.DataFrame
    wil: pd.DataFrame
    batas: dict[str, tuple[str, str]] = field(default_factory=dict)
    baru: bool = False  # built from the reference: nothing of it is in the store yet

    def __post_init__(self) -> None:
        self.nama_kota = ", ".join(self.kota.nama.tolist()) or "-"
        self._kota_kode: tuple[str, ...] = tuple(self.kota.kode)
        self._nama: dict[tuple[str, str], set[str]] = {}
        self._bps: dict[str, set[str]] = {}
        bps_nama = _nama_bps()
        ref = _rujukan_kota(tuple(self.kota.kode))
        self.induk: dict[str, str] = self.wil.induk.to_dict()
        self._tingkat: dict[str, str] = self.wil.tingkat.to_dict()
        self._nama_wil: dict[str, str] = self.wil.nama.to_dict()
        for kode, w in zip(self.wil.index, self.wil.itertuples()):
            nama, bps = [w.nama], []
            if kode in ref.index:  # not for a store's own code the reference lacks
                nama.append(ref.nama[kode])
                if ref.kode_bps[kode]:
                    bps.append(ref.kode_bps[kode])
            if w.kode_bps:
                bps.append(str(w.kode_bps))
            for b in bps:
                self._bps.setdefault(b, set()).add(kode)
                if b in bps_nama:
                    nama.append(bps_nama[b])
            for n in nama:
                for varian in (n, _KURUNG.sub(" ", str(n))):
                    k = kunci(varian, w.tingkat)
                    if k:
                        self._nama.setdefault((w.tingkat, k), set()).add(kode)

    # ---- lookups ----
    def ada(self, kode: str) -> bool:
        return kode in self._tingkat

    def tingkat(self, kode: str) -> str:
        return self._tingkat[kode]

    def label(self, kode: str) -> str:
        """'Arenjaya (32.75.01.1004)'."""
        if kode in self._nama_wil:
            return f"{self._nama_wil[kode]} ({kode})"
        k = self.kota[self.kota.kode == kode]
        return f"{k.nama.iloc[0]} ({kode})" if len(k) else kode

    def menurut_nama(self, nama: str, tingkat: str, induk: set[str] | None = None) -> set[str]:
        """Codes of `tingkat` whose name keys equal the name's (within the parents `induk`)."""
        kode = set()
        for varian in (nama, _KURUNG.sub(" ", nama)):
            kode |= self._nama.get((tingkat, kunci(varian, tingkat)), set())
        if induk is not None:
            kode = {k for k in kode if self.induk[k] in induk}
        return kode

    def saran(self, nama: str, tingkat: str, n: int = 2) -> list[str]:
        """The nearest names of `tingkat` (rapidfuzz), for a person: never used as a match."""
        from rapidfuzz import fuzz, process

        kunci_ = [k for t, k in self._nama if t == tingkat]
        hasil = process.extract(kunci(nama, tingkat), kunci_, scorer=fuzz.ratio, limit=n, score_cutoff=75)
        return sorted({c for k, _, _ in hasil for c in self._nama[(tingkat, k)]})

    def menurut_bps(self, kode_bps: str) -> set[str]:
        """Areas of the store for a BPS code: the store's own kode_bps, else the crosswalk."""
        if kode_bps in self._bps:
            return set(self._bps[kode_bps])
        t = rujukan.ke_kemendagri(kode_bps)
        calon = [t.kode] if t.kode else t.kandidat
        return {c for c in calon if c in self._tingkat}

    def anak(self, kode: str) -> list[str]:
        return [k for k, i in self.induk.items() if i == kode]

    def di_kota(self, kode: str) -> bool:
        """A Kemendagri code under one of the store's kab/kota."""
        return any(kode == k or kode.startswith(k + ".") for k in self._kota_kode)

    def titik(self, tingkat: str) -> pd.DataFrame:
        """Areas of one level that have a reference point (kode index; lat, lon)."""
        w = self.wil[(self.wil.tingkat == tingkat) & self.wil.lat.notna() & self.wil.lon.notna()]
        return w[["lat", "lon"]].astype(float)


@functools.cache
def _nama_bps() -> dict[str, str]:
    """BPS code -> BPS name (the first row of a duplicated code)."""
    bps = rujukan.rujukan().bps.drop_duplicates("kode_bps")
    return dict(zip(bps.kode_bps.tolist(), bps.nama.tolist()))


@functools.cache
def _rujukan_kota(kota: tuple[str, ...]) -> pd.DataFrame:
    """The reference's kecamatan and desa of some kab/kota: index kode; nama, kode_bps."""
    r = rujukan.rujukan()
    bagian = [r.anak(k, t) for k in kota for t in ("kecamatan", "desa")]
    if not bagian:
        return pd.DataFrame(columns=["nama", "kode_bps"])
    df = pd.concat(bagian, ignore_index=True).set_index("kode")[["nama", "kode_bps"]]
    return df.astype(object).where(df.notna(), None)


def dari_con(con: duckdb.DuckDBPyConnection) -> Daerah:
    """The store's areas (one database version, read once)."""
    q = lambda sql: con.execute(sql).fetchdf()  # noqa: E731
    kota = q("SELECT kode, kode_bps, nama, provinsi, luas_km2, lat, lon, jumlah_rw FROM kota")
    kec = q("SELECT kode, nama, kota_kode AS induk, kode_bps, lat, lon, luas_km2 FROM kecamatan")
    kel = q("SELECT kode, nama, kecamatan_kode AS induk, kode_bps, lat, lon, luas_km2 FROM kelurahan")
    wil = pd.concat([kec.assign(tingkat="kecamatan"), kel.assign(tingkat="kelurahan")], ignore_index=True)
    wil = wil.astype(object).where(wil.notna(), None).set_index("kode")
    batas = {
        k: (t, g) for k, t, g in con.execute("SELECT kode, tingkat, geojson FROM batas_wilayah").fetchall()
    }
    return Daerah(kota, wil, batas)


def kosong(d: Daerah) -> bool:
    """No kab/kota and no area yet: a file may create them from the reference."""
    return d.kota.empty and d.wil.empty
