"""Property and column schemas of boundary files and area tables, recognised by their headers.

| schema | headers | codes |
|---|---|---|
| HDX COD-AB | ADM3_PCODE, ADM3_EN, ADM4_PCODE, ADM4_EN (ADM2_* the kab/kota) | BPS with an `ID` prefix |
| HDX/BPS split | province_code, regency_code, district_code, district, village_code, village | BPS, `id` |
| BPS | KDPROV, KDKAB, KDKEC, KDDESA, NMKEC, NMDESA (IDDESA, IDKEC: whole codes) | BPS in parts |
| BPS (older) | PROVNO, KABKOTNO, KECNO, DESANO, KECAMATAN, DESA | BPS in parts |
| BIG RBI | NAMOBJ, WADMKC, WADMKD, WADMKK, KDCPUM, KDEPUM (KDCBPS, KDEBPS) | Kemendagri (BPS beside) |
| national reference | kode, nama, tingkat, induk / kode_bps, nama, tingkat, induk_bps | Kemendagri / BPS |
| the project's CSVs | kode, nama, kota_kode or kecamatan_kode (kode_bps, luas_km2, lat, lon) | Kemendagri |
| anything else | header aliases or a mapping: `kode`, `nama`, `kode_kecamatan`, `kecamatan` | by values |

Every schema is read into the same frame of readings (`KOLOM`): the feature's own code and name,
its parent kecamatan's code and name, its kab/kota's code and name, and the level the schema says.
A digits-only code whose system the schema does not fix gets `sistem` None: both readings are tried
(sampah/batas/cocok.py) and never one chosen by reformatting.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

KOLOM = [
    "kode",
    "sistem",
    "kode_bps",
    "nama",
    "kode_induk",
    "sistem_induk",
    "nama_induk",
    "kode_kota",
    "sistem_kota",
    "nama_kota",
    "tingkat",
]
TAMBAHAN = ("luas_km2", "lat", "lon", "jumlah_rw", "provinsi")  # area tables only
_ID = re.compile(r"(?i)^id(\d+)$")
_TITIK = re.compile(r"^\d+(\.\d+)+$")
_TINGKAT = {
    "provinsi": "provinsi",
    "kabkota": "kabkota",
    "kabupaten": "kabkota",
    "kota": "kabkota",
    "kecamatan": "kecamatan",
    "desa": "kelurahan",
    "kelurahan": "kelurahan",
}


def norm(s: object) -> str:
    """'ADM3_PCODE' -> 'adm3_pcode'; 'Kode Kecamatan' -> 'kode_kecamatan'."""
    return re.sub(r"[^a-z0-9]+", "_", str(s).lower().replace("\ufeff", "")).strip("_")


def teks(v: object) -> str | None:
    """A cell as stripped text; None for empty/NaN. 3275040008.0 (a dbf number) -> '3275040008'."""
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    s = str(v).strip()
    if re.fullmatch(r"\d+\.0", s):
        s = s[:-2]
    return s or None


def bersih_kode(v: object, sistem: str | None = None) -> tuple[str | None, str | None]:
    """(code, system): 'id3275040008' -> BPS; '32.75.01' -> Kemendagri; digits -> as the column says."""
    s = teks(v)
    if s is None:
        return None, None
    s = s.replace(" ", "")
    if m := _ID.match(s):
        return m[1], "bps"
    if _TITIK.match(s):
        return s, "kemendagri"
    return s, sistem if s.isdigit() else None


def tingkat_kode(kode: str | None, sistem: str | None) -> str | None:
    """The level a code's shape names (both systems agree on it except at the kecamatan level:
    Kemendagri 32.75.01 / 327501, BPS 3275040)."""
    if not kode:
        return None
    if "." in kode:
        return {1: "provinsi", 2: "kabkota", 3: "kecamatan", 4: "kelurahan"}.get(kode.count(".") + 1)
    n = len(kode)
    if n == 6 and sistem == "bps":
        return None
    return {2: "provinsi", 4: "kabkota", 6: "kecamatan", 7: "kecamatan", 10: "kelurahan"}.get(n)


def _gabung(bagian: list[object], panjang: tuple[int, ...]) -> str | None:
    """BPS code from its parts, zero-padded: ('32', '75', '40', '8') -> '3275040008'. A part
    that already holds the whole code so far (KDKEC '3275040') is taken as it is."""
    kode = ""
    for p, n in zip(bagian, panjang):
        s = teks(p)
        if s is None or not s.isdigit():
            return None
        if len(s) == n and s.startswith(kode):
            kode = s
        elif len(kode) + len(s) <= n:
            kode += s.zfill(n - len(kode))
        else:
            return None
    return kode


@dataclass(frozen=True)
class Skema:
    """A recognised schema: its name for the report and how to read one row."""

    nama: str
    judul: str
    baca_baris: Callable[[dict], dict]
    kolom: dict[str, str] = field(default_factory=dict)  # a user's/aliases' mapping (generic)

    def baca(self, df: pd.DataFrame) -> pd.DataFrame:
        """The readings of every row (index kept), columns `KOLOM` + `TAMBAHAN` present in the file."""
        nh = {norm(h): h for h in df.columns}
        rows = []
        for rec in df.to_dict("records"):
            r = {k: rec[h] for k, h in nh.items()}
            out = dict.fromkeys(KOLOM)
            out.update(self.baca_baris(r))
            for k in TAMBAHAN:
                if k in r:
                    out[k] = r[k]
            rows.append(out)
        hasil = pd.DataFrame(rows, index=df.index, columns=KOLOM + [k for k in TAMBAHAN if k in nh])
        return hasil.astype(object).where(hasil.notna(), None)


def _isi(out: dict, peran: str, kode: object, sistem: str | None, nama: object = None) -> None:
    """Fill one role (own '', 'induk', 'kota') with a code read in `sistem` and a name."""
    k, s = bersih_kode(kode, sistem)
    akhir = f"_{peran}" if peran else ""
    out["kode" + akhir], out["sistem" + akhir] = k, s
    out["nama" + akhir] = teks(nama)


# ---- the schemas -----------------------------------------------------------------------------


def _hdx_adm(r: dict) -> dict:
    out: dict = {}
    _isi(out, "kota", r.get("adm2_pcode"), "bps", r.get("adm2_en"))
    if teks(r.get("adm4_pcode")) or teks(r.get("adm4_en")):
        _isi(out, "", r.get("adm4_pcode"), "bps", r.get("adm4_en"))
        _isi(out, "induk", r.get("adm3_pcode"), "bps", r.get("adm3_en"))
        out["tingkat"] = "kelurahan"
    else:
        _isi(out, "", r.get("adm3_pcode"), "bps", r.get("adm3_en"))
        out["tingkat"] = "kecamatan"
    return out


def _hdx_pecah(r: dict) -> dict:
    out: dict = {}
    _isi(out, "kota", r.get("regency_code"), "bps", r.get("regency"))
    if teks(r.get("village_code")) or teks(r.get("village")):
        _isi(out, "", r.get("village_code"), "bps", r.get("village"))
        _isi(out, "induk", r.get("district_code"), "bps", r.get("district"))
        out["tingkat"] = "kelurahan"
    else:
        _isi(out, "", r.get("district_code"), "bps", r.get("district"))
        out["tingkat"] = "kecamatan"
    return out


def _bps(prov: str, kab: str, kec: str, desa: str, nm_kab: str, nm_kec: str, nm_desa: str) -> Callable:
    def baca(r: dict) -> dict:
        out: dict = {}
        kota = teks(r.get("idkab")) or _gabung([r.get(prov), r.get(kab)], (2, 4))
        kec_kode = teks(r.get("idkec")) or _gabung([r.get(prov), r.get(kab), r.get(kec)], (2, 4, 7))
        _isi(out, "kota", kota, "bps", r.get(nm_kab))
        desa_kode = teks(r.get("iddesa")) or _gabung(
            [r.get(prov), r.get(kab), r.get(kec), r.get(desa)], (2, 4, 7, 10)
        )
        if desa_kode or teks(r.get(nm_desa)):
            _isi(out, "", desa_kode, "bps", r.get(nm_desa))
            _isi(out, "induk", kec_kode, "bps", r.get(nm_kec))
            out["tingkat"] = "kelurahan"
        else:
            _isi(out, "", kec_kode, "bps", r.get(nm_kec))
            out["tingkat"] = "kecamatan"
        return out

    return baca


def _rbi(r: dict) -> dict:
    out: dict = {}
    _isi(out, "kota", r.get("kdpkab"), "kemendagri", r.get("wadmkk"))
    if teks(r.get("wadmkd")) or teks(r.get("kdepum")) or teks(r.get("kdebps")):
        _isi(out, "", r.get("kdepum"), "kemendagri", teks(r.get("wadmkd")) or r.get("namobj"))
        out["kode_bps"] = bersih_kode(r.get("kdebps"), "bps")[0]
        _isi(out, "induk", r.get("kdcpum"), "kemendagri", r.get("wadmkc"))
        out["tingkat"] = "kelurahan"
    else:
        _isi(out, "", r.get("kdcpum"), "kemendagri", teks(r.get("wadmkc")) or r.get("namobj"))
        out["kode_bps"] = bersih_kode(r.get("kdcbps"), "bps")[0]
        out["tingkat"] = "kecamatan"
    return out


def _rujukan(kode: str, induk: str, sistem: str) -> Callable:
    def baca(r: dict) -> dict:
        out: dict = {}
        _isi(out, "", r.get(kode), sistem, r.get("nama"))
        out["tingkat"] = _TINGKAT.get(norm(teks(r.get("tingkat")) or ""))
        k, s = bersih_kode(r.get(induk), sistem)
        if out["tingkat"] == "kelurahan":
            out["kode_induk"], out["sistem_induk"] = k, s
        elif out["tingkat"] == "kecamatan":
            out["kode_kota"], out["sistem_kota"] = k, s
        return out

    return baca


def _proyek(r: dict) -> dict:
    out: dict = {}
    _isi(out, "", r.get("kode"), "kemendagri", r.get("nama"))
    out["kode_bps"] = bersih_kode(r.get("kode_bps"), "bps")[0]
    if teks(r.get("kecamatan_kode")):
        _isi(out, "induk", r.get("kecamatan_kode"), "kemendagri")
    if teks(r.get("kota_kode")):
        _isi(out, "kota", r.get("kota_kode"), "kemendagri")
    out["tingkat"] = tingkat_kode(out["kode"], out["sistem"])
    return out


def _umum(kolom: dict[str, str]) -> Callable:
    """A generic layer read through a mapping {kode, nama, kode_kecamatan, kecamatan: normalised header}."""

    def baca(r: dict) -> dict:
        out: dict = {}
        g = lambda k: r.get(kolom[k]) if k in kolom else None  # noqa: E731
        _isi(out, "", g("kode"), None, g("nama"))
        _isi(out, "induk", g("kode_kecamatan"), None, g("kecamatan"))
        out["tingkat"] = tingkat_kode(out["kode"], out["sistem"])
        return out

    return baca


# (name, title, headers that must all be present, reader); the first that fits is used
SKEMA: list[tuple[str, str, set[str], Callable]] = [
    ("hdx_codab", "HDX COD-AB (ADM3/ADM4)", {"adm3_pcode", "adm3_en"}, _hdx_adm),
    ("hdx_pecah", "HDX/BPS (district_code, village_code)", {"district_code", "district"}, _hdx_pecah),
    (
        "bps",
        "BPS (KDPROV, KDKAB, KDKEC, NMKEC)",
        {"kdprov", "kdkab", "kdkec", "nmkec"},
        _bps("kdprov", "kdkab", "kdkec", "kddesa", "nmkab", "nmkec", "nmdesa"),
    ),
    (
        "bps_lama",
        "BPS (PROVNO, KABKOTNO, KECNO, KECAMATAN)",
        {"provno", "kabkotno", "kecno", "kecamatan"},
        _bps("provno", "kabkotno", "kecno", "desano", "kabkot", "kecamatan", "desa"),
    ),
    ("rbi", "BIG RBI (NAMOBJ, WADMKC, KDCPUM)", {"namobj", "wadmkc"}, _rbi),
    ("rbi", "BIG RBI (KDCPUM, WADMKC)", {"kdcpum", "wadmkc"}, _rbi),
    (
        "rujukan_kemendagri",
        "rujukan Kemendagri (kode, nama, tingkat, induk)",
        {"kode", "nama", "tingkat", "induk"},
        _rujukan("kode", "induk", "kemendagri"),
    ),
    (
        "rujukan_bps",
        "rujukan BPS (kode_bps, nama, tingkat, induk_bps)",
        {"kode_bps", "nama", "tingkat", "induk_bps"},
        _rujukan("kode_bps", "induk_bps", "bps"),
    ),
    ("proyek", "wilayah proyek (kode, nama, kecamatan_kode)", {"kode", "nama", "kecamatan_kode"}, _proyek),
    ("proyek", "wilayah proyek (kode, nama, kota_kode)", {"kode", "nama", "kota_kode"}, _proyek),
    ("proyek", "wilayah proyek (kode, nama, provinsi)", {"kode", "nama", "provinsi"}, _proyek),
]


def kenali(header: list[object]) -> Skema | None:
    """The known schema whose headers the file has, if any."""
    ada = {norm(h) for h in header}
    for nama, judul, perlu, baca in SKEMA:
        if perlu <= ada:
            return Skema(nama, judul, baca)
    return None


def umum(peta: dict[str, str]) -> Skema:
    """A generic schema from a mapping {dataset column: file header} (aliases or the user's)."""
    kolom = {k: norm(h) for k, h in peta.items()}
    judul = ", ".join(f"{k}={h}" for k, h in peta.items())
    sederhana = set(kolom) <= {"kode", "nama"} and set(kolom.values()) <= {"kode", "nama"}
    return Skema(
        "kemendagri" if sederhana else "peta", ", ".join(peta) if sederhana else judul, _umum(kolom), peta
    )
