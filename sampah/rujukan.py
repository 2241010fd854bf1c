"""The national reference of areas (provinsi, kab/kota, kecamatan, desa/kelurahan) in both code
systems, and the project's BPS <-> Kemendagri crosswalk (`data/rujukan/`, built by
`tools/buat_rujukan.py`; sources and counts in data/rujukan/README.md).

    from sampah import rujukan
    kota = rujukan.kabkota("Kota Adm. Jakarta Pusat")   # or "32.73", "3273", "KOTA BANDUNG", "Kab. Bekasi"
    kota.kode, kota.kode_bps, kota.nama                 # '31.71', '3173', 'Kota Administrasi Jakarta Pusat'
    rujukan.anak(kota.kode)                             # its kecamatan, with BPS codes where paired
    rujukan.anak(kota.kode, "desa")                     # all its kelurahan/desa
    rujukan.ke_kemendagri("3275040")                    # Terjemahan('32.75.01', 'cocok_lokasi', [])
    rujukan.cari("Mustika Jaya", "desa", induk="32.75") # every candidate, never a guess

A code with dots is Kemendagri (32.75.01); digits only may be either system (3273 is BPS, or
Kemendagri written without dots): both readings are tried and, where they name different areas
(3171 is BPS Jakarta Selatan but Kemendagri 31.71 Jakarta Pusat), `kabkota` refuses with both.
Names are compared by `kunci_nama`. `kabkota` raises `BukanSatu` (ambiguous: the candidates;
unknown: the nearest names). Loaded once per process (0.4-1 s); no Streamlit here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

TINGKAT = ("provinsi", "kabkota", "kecamatan", "desa")
FOLDER = Path(__file__).resolve().parent.parent / "data" / "rujukan"
COCOK = ("cocok_nama", "cocok_lokasi")  # statuses under which a pair is used

_SPASI = re.compile(r"\s+")
_PROV = re.compile(
    r"^(provinsi|prov\.?)\s+|^(daerah khusus ibu ?kota|daerah khusus|dki|daerah istimewa|di)\s+"
)
_KAB = re.compile(r"^(kabupaten|kab\.?)\s*((administrasi|adm)\.?\s+)?")
_KOTA = re.compile(r"^(kota)\s*((administrasi|adm)\.?\s+)?")
_KEC = re.compile(r"^(kecamatan|kec\.?)\s+")
_DESA = re.compile(r"^(kelurahan|kel\.?|desa|ds\.?)\s+")
_KEP = re.compile(r"\bkep\b\.?\s*")


def kunci_nama(nama: object, tingkat: str | None = None) -> str:
    """The key names are compared by: ASCII, lower case, no spaces or punctuation, no level word.
    'KEC. MEDAN SATRIA' = 'Medansatria'; 'MA`RANG' = "Ma'rang"; 'MAGEÁBUME' = 'Mageabume';
    'Kota Adm. Jakarta Pusat' = 'KOTA JAKARTA PUSAT' ('kota' is kept: Kota Bekasi is not
    Kabupaten Bekasi); 'Kab. Adm. Kep. Seribu' = 'KABUPATEN KEPULAUAN SERIBU'; 'DKI JAKARTA' =
    'Daerah Khusus Ibukota Jakarta'. `tingkat` None strips every level's words."""
    if nama is None or (isinstance(nama, float) and nama != nama):
        return ""
    s = unicodedata.normalize("NFKD", str(nama)).encode("ascii", "ignore").decode().lower()
    s = _SPASI.sub(" ", s.replace("`", "'")).strip()
    if tingkat in (None, "provinsi"):
        s = _PROV.sub("", s)
    if tingkat in (None, "kabkota"):
        s = _KEP.sub("kepulauan ", s)
        s, n = _KAB.subn("kabupaten ", s)
        if not n:
            s = _KOTA.sub("kota ", s)
    if tingkat in (None, "kecamatan"):
        s = _KEC.sub("", s)
    if tingkat in (None, "desa"):
        s = _DESA.sub("", s)
    return re.sub(r"[^a-z0-9]", "", s)


def jenis(kode: str, nama: str = "") -> str:
    """provinsi, kabupaten, kota, kecamatan, kelurahan, desa or desa adat, from a Kemendagri code
    (desa level: 1xxx kelurahan, 2xxx desa, 3xxx desa adat) and, for a kab/kota, its name."""
    bagian = kode.split(".")
    if len(bagian) == 1:
        return "provinsi"
    if len(bagian) == 2:
        return "kota" if kunci_nama(nama, "kabkota").startswith("kota") else "kabupaten"
    if len(bagian) == 3:
        return "kecamatan"
    return {"1": "kelurahan", "3": "desa adat"}.get(bagian[3][:1], "desa")


@dataclass(frozen=True)
class Wilayah:
    """One area: Kemendagri code and name (None for a BPS area without counterpart), its BPS code
    when the crosswalk pairs it with exactly one, and the crosswalk status."""

    kode: str | None
    kode_bps: str | None
    nama: str
    tingkat: str
    induk: str | None
    status: str
    nama_bps: str | None = None
    kandidat: str | None = None  # the crosswalk's nearest names or ambiguous pairs, for a person

    @property
    def jenis(self) -> str:
        return jenis(self.kode, self.nama) if self.kode else self.tingkat

    def label(self) -> str:
        """'Kota Bekasi (32.75, BPS 3275)'."""
        kode = ", ".join(
            x for x in (self.kode, f"BPS {self.kode_bps}" if self.kode_bps else None) if x is not None
        )
        return f"{self.nama} ({kode})"


@dataclass(frozen=True)
class Terjemahan:
    """A code in the other system: `kode` when exactly one counterpart is known, else None with
    the `status` (ambigu / tidak_ada / tidak_dikenal) and the candidate codes."""

    kode: str | None
    status: str
    kandidat: list[str] = field(default_factory=list)


class BukanSatu(LookupError):
    """A name or code that does not name exactly one area. `kunci` is a string key of
    sampah/teks/rujukan.py (rj_ambigu / rj_tidak_dikenal ...); `kandidat` the candidates or the
    nearest names."""

    def __init__(self, kunci: str, masukan: str, kandidat: list[Wilayah], **kw: object) -> None:
        super().__init__(f"{kunci}: {masukan}")
        self.kunci, self.masukan, self.kandidat, self.kw = kunci, masukan, kandidat, kw

    def teks(self, lang: str = "id") -> str:
        from sampah.i18n import t

        daftar = "\n".join(f"  - {w.label()}" for w in self.kandidat) or "  -"
        return t(self.kunci, lang, masukan=self.masukan, daftar=daftar, **self.kw)


@dataclass
class Rujukan:
    """The loaded reference: `kem` (kode, nama, tingkat, induk), `bps` (kode_bps, nama, tingkat,
    induk_bps; codes not unique, as in the source) and `padanan` (the crosswalk, data/rujukan)."""

    kem: pd.DataFrame
    bps: pd.DataFrame
    padanan: pd.DataFrame

    def __post_init__(self) -> None:
        p = self.padanan
        pas = p[p.kode.notna() & p.kode_bps.notna()]
        self._ke_bps = _Peta(pas.kode, pas.kode_bps, pas.status)
        self._ke_kem = _Peta(pas.kode_bps, pas.kode, pas.status)
        self._kem_idx = self.kem.set_index("kode", drop=False)
        self._bps_idx = self.bps.drop_duplicates("kode_bps").set_index("kode_bps", drop=False)
        self._tanpa_pasangan = p[p.kode.isna()].drop_duplicates("kode_bps").set_index("kode_bps")
        self._kandidat = p[p.kode.notna()].drop_duplicates("kode").set_index("kode").kandidat
        self._kunci: dict[tuple[str, str], pd.Series] = {}

    def kunci(self, tingkat: str, sistem: str = "kemendagri") -> pd.Series:
        """Codes of one level indexed by `kunci_nama` of their names (built once per level)."""
        if (tingkat, sistem) not in self._kunci:
            df, kol = (self.kem, "kode") if sistem == "kemendagri" else (self.bps, "kode_bps")
            df = df[df.tingkat == tingkat]
            kunci = [kunci_nama(n, tingkat) for n in df.nama.tolist()]
            self._kunci[(tingkat, sistem)] = pd.Series(df[kol].to_numpy(), index=kunci)
        return self._kunci[(tingkat, sistem)]

    def wilayah(self, kode: str) -> Wilayah:
        """The area of a Kemendagri code (KeyError when unknown)."""
        r = self._kem_idx.loc[kode]
        t = self.ke_bps(kode)
        nama_bps = None
        if t.kode:
            nama_bps = self._bps_idx.nama[t.kode]
        kandidat = "; ".join(t.kandidat) if t.status == "ambigu" else _teks(self._kandidat.get(kode))
        return Wilayah(kode, t.kode, r.nama, r.tingkat, _teks(r.induk), t.status, nama_bps, kandidat)

    def ke_bps(self, kode: str) -> Terjemahan:
        """Kemendagri -> BPS."""
        if kode not in self._kem_idx.index:
            return Terjemahan(None, "tidak_dikenal")
        return _terjemah(self._ke_bps.get(kode))

    def ke_kemendagri(self, kode_bps: str) -> Terjemahan:
        """BPS -> Kemendagri (never by reformatting the code)."""
        if kode_bps not in self._ke_kem and kode_bps not in self._tanpa_pasangan.index:
            return Terjemahan(None, "tidak_dikenal")
        return _terjemah(self._ke_kem.get(kode_bps))

    def anak(self, kode: str, tingkat: str | None = None) -> pd.DataFrame:
        """The areas under a Kemendagri code, at the next level or at `tingkat` (a kab/kota's
        desa): kode, nama, tingkat, induk, jenis, kode_bps (only a used pair), status, kandidat."""
        t = tingkat or TINGKAT[len(kode.split("."))]
        k = self.kem[(self.kem.tingkat == t) & self.kem.kode.str.startswith(kode + ".")].copy()
        terj = [self.ke_bps(c) for c in k.kode]
        k["jenis"] = [jenis(c) for c in k.kode]
        k["kode_bps"] = [x.kode for x in terj]
        k["status"] = [x.status for x in terj]
        k["kandidat"] = [
            "; ".join(x.kandidat) if x.status == "ambigu" else _teks(self._kandidat.get(c))
            for c, x in zip(k.kode, terj)
        ]
        return k.reset_index(drop=True)

    def kabkota(self, teks: str) -> Wilayah:
        """Exactly one kab/kota for a code in either system or a name in any spelling; raises
        `BukanSatu` with the candidates (ambiguous) or the nearest names (unknown)."""
        calon = self.cari_kabkota(teks)
        kode = {w.kode for w in calon}
        if len(calon) == 1 or (len(kode) == 1 and None not in kode):
            w = calon[0]
            if w.kode is None:  # a BPS kab/kota that the Kemendagri list does not have
                saran = [self.wilayah(x.split(" ")[0]) for x in (w.kandidat or "").split("; ") if x]
                raise BukanSatu("rj_bps_saja", teks, saran, nama=w.nama, kode_bps=w.kode_bps)
            return w
        kode_saja = re.fullmatch(r"[\d.\s]+", str(teks).strip()) is not None
        if calon:
            raise BukanSatu("rj_kode_dua_arti" if kode_saja else "rj_ambigu", teks, calon)
        if kode_saja:
            raise BukanSatu("rj_kode_tidak_dikenal", teks, [])
        raise BukanSatu("rj_tidak_dikenal", teks, self.terdekat(teks))

    def cari_kabkota(self, teks: str) -> list[Wilayah]:
        """Every kab/kota the text may mean (empty when none)."""
        s = str(teks).strip()
        digit = re.sub(r"[\s.]", "", s)
        if digit.isdigit():
            return self._menurut_kode(s, digit, "kabkota")
        kunci = kunci_nama(s, "kabkota")
        varian = [kunci] if kunci.startswith(("kota", "kabupaten")) else ["kota" + kunci, "kabupaten" + kunci]
        kem = self.kunci("kabkota")  # 'Bekasi' alone: both Kota and Kabupaten Bekasi
        kode = list(kem[kem.index.isin(varian)])
        if kode:
            return [self.wilayah(c) for c in kode]
        bps = self.kunci("kabkota", "bps")
        return [self._dari_bps(c) for c in bps[bps.index.isin(varian)]]

    def _menurut_kode(self, s: str, digit: str, tingkat: str, sistem: str | None = None) -> list[Wilayah]:
        """Both readings of a code: Kemendagri (dotted, or digits split 2.2.2.4) and BPS (digits)."""
        out: dict[str | None, Wilayah] = {}
        kem = _titik(digit)
        if sistem != "bps" and kem in self._kem_idx.index and self._kem_idx.tingkat[kem] == tingkat:
            out[kem] = self.wilayah(kem)
        if (
            sistem != "kemendagri"
            and "." not in s
            and len(digit) == {"kabkota": 4, "kecamatan": 7, "desa": 10}.get(tingkat, 2)
        ):
            t = self.ke_kemendagri(digit)
            if t.kode:
                out.setdefault(t.kode, self.wilayah(t.kode))
            elif t.status != "tidak_dikenal":
                for c in t.kandidat:
                    out.setdefault(c, self.wilayah(c))
                if not t.kandidat:
                    out[None] = self._dari_bps(digit)
        return list(out.values())

    def _dari_bps(self, kode_bps: str) -> Wilayah:
        t = self.ke_kemendagri(kode_bps)
        if t.kode:
            return self.wilayah(t.kode)
        r = self._bps_idx.loc[kode_bps]
        kandidat = _teks(self._tanpa_pasangan.kandidat.get(kode_bps))
        return Wilayah(None, kode_bps, r.nama, r.tingkat, _teks(r.induk_bps), t.status, r.nama, kandidat)

    def terdekat(self, teks: str, n: int = 5) -> list[Wilayah]:
        """The kab/kota whose names are nearest to a text (rapidfuzz), for 'did you mean'."""
        from rapidfuzz import fuzz, process

        kem = self.kunci("kabkota")
        hasil = process.extract(
            kunci_nama(teks, "kabkota"), list(kem.index), scorer=fuzz.WRatio, limit=n, score_cutoff=60
        )
        return [self.wilayah(kem.iloc[j]) for _, _, j in hasil]

    def cari(
        self, teks: str, tingkat: str, induk: str | None = None, sistem: str | None = None
    ) -> list[Wilayah]:
        """Every area of `tingkat` (under Kemendagri `induk`, if given) that a code or a name may
        mean. A code is read in both systems unless `sistem` ('bps' / 'kemendagri') says which or
        it is dotted (Kemendagri) or a COD-AB pcode ('ID3275040008': BPS). Names match by
        `kunci_nama` only: no fuzzy match is ever returned here."""
        s = str(teks).strip()
        if re.fullmatch(r"(?i:id)\d+", s):
            s, sistem = s[2:], "bps"
        digit = re.sub(r"[\s.]", "", s)
        if digit.isdigit():
            calon = self._menurut_kode(s, digit, tingkat, sistem)
        else:
            kem = self.kunci(tingkat)
            kode = kem[kem.index == kunci_nama(s, tingkat)]
            calon = [self.wilayah(c) for c in kode if not induk or c.startswith(induk + ".")]
        if induk:
            calon = [w for w in calon if w.kode and w.kode.startswith(induk + ".")]
        return calon


def _teks(v: object) -> str | None:
    return None if v is None or (isinstance(v, float) and v != v) else str(v)


def _titik(digit: str) -> str:
    """Digits split as a Kemendagri code: 3273 -> 32.73, 3275011001 -> 32.75.01.1001."""
    potong = {2: (2,), 4: (2, 2), 6: (2, 2, 2), 10: (2, 2, 2, 4)}.get(len(digit))
    if not potong:
        return ""
    out, i = [], 0
    for n in potong:
        out.append(digit[i : i + n])
        i += n
    return ".".join(out)


class _Peta:
    """code -> its counterparts with their status; built from lists (iterating arrow-backed Series
    is slow), one dict for the codes with one counterpart and one for the rest."""

    def __init__(self, dari: pd.Series, ke: pd.Series, status: pd.Series) -> None:
        satu = ~dari.duplicated(keep=False).to_numpy()
        self.satu = dict(zip(dari[satu].tolist(), zip(ke[satu].tolist(), status[satu].tolist())))
        self.banyak: dict[str, list[tuple[str, str]]] = {}
        for k, v, s in zip(dari[~satu].tolist(), ke[~satu].tolist(), status[~satu].tolist()):
            self.banyak.setdefault(k, []).append((v, s))

    def __contains__(self, kode: str) -> bool:
        return kode in self.satu or kode in self.banyak

    def get(self, kode: str) -> list[tuple[str, str]]:
        return [self.satu[kode]] if kode in self.satu else self.banyak.get(kode, [])


def _terjemah(pasangan: list[tuple[str, str]]) -> Terjemahan:
    if len(pasangan) == 1 and pasangan[0][1] in COCOK:
        return Terjemahan(pasangan[0][0], pasangan[0][1])
    if not pasangan:
        return Terjemahan(None, "tidak_ada")
    return Terjemahan(None, "ambigu", sorted({k for k, _ in pasangan}))


def baca(folder: Path = FOLDER) -> Rujukan:
    """Read a reference folder (the shipped one, or a test's own)."""
    return Rujukan(
        pd.read_parquet(folder / "kemendagri.parquet"),
        pd.read_parquet(folder / "bps.parquet"),
        pd.read_parquet(folder / "padanan.parquet"),
    )


@functools.cache
def rujukan() -> Rujukan:
    """The shipped reference, loaded once per process."""
    return baca()


def kabkota(teks: str) -> Wilayah:
    return rujukan().kabkota(teks)


def anak(kode: str, tingkat: str | None = None) -> pd.DataFrame:
    return rujukan().anak(kode, tingkat)


def cari(teks: str, tingkat: str, induk: str | None = None, sistem: str | None = None) -> list[Wilayah]:
    return rujukan().cari(teks, tingkat, induk, sistem)


def ke_bps(kode: str) -> Terjemahan:
    return rujukan().ke_bps(kode)


def ke_kemendagri(kode_bps: str) -> Terjemahan:
    return rujukan().ke_kemendagri(kode_bps)


def nama_kabkota(kode: str) -> str | None:
    """The reference name of a Kemendagri kab/kota code (32.75 -> 'Kota Bekasi'), None when the code
    names no kab/kota of the reference: for a store or file that gave only the code."""
    if not re.fullmatch(r"\d{2}\.\d{2}", kode or ""):
        return None
    try:
        w = kabkota(kode)
    except BukanSatu:
        return None
    return w.nama if w.kode == kode else None
