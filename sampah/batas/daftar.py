"""Area tables (CSV/XLSX) with one area per row, at any level: the project's own
`data/wilayah/*_kota.csv`, `*_kecamatan.csv`, `*_kelurahan.csv` (kode, kode_bps, nama, kota_kode or
kecamatan_kode ...), the national reference layouts (`kode,nama,tingkat,induk` Kemendagri,
`kode_bps,nama,tingkat,induk_bps` BPS, see shared/data/README.md) and any table whose `kode` column
holds area codes. Recognised by their headers (sampah/batas/skema.py), never by file name.

Per row:
- the level comes from the code's form (32.75 kab/kota, 32.75.01 kecamatan, 32.75.01.1001
  kelurahan; BPS 3275 / 3275010 / 3275010001), and must agree with a `tingkat` column;
- a BPS code is placed through the crosswalk (`rujukan.ke_kemendagri`), never by reformatting; a
  digits-only code of a column that does not say its system is read both ways and kept only where
  exactly one reading's name agrees;
- the code and the name must name the same area of the national reference (Kemendagri name, or the
  BPS name of its pair) or of the store; otherwise the row is refused with both readings;
- the parent follows from the code prefix; a parent column must agree with it, and a kelurahan's
  kecamatan must already be in the store or in the same file;
- rows of another kab/kota than the store's are set aside (counted in a note); provinsi rows too.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import duckdb
import pandas as pd

from sampah import rujukan
from sampah.batas import kota, skema
from sampah.ingest import Tolak
from sampah.ingest.baca import Tabel
from sampah.ingest.deklarasi import Galat
from sampah.ingest.susun import Muatan, buat_id, judul_nama, tolak
from sampah.wilayah import normalise_name

_URUT = {"provinsi": 0, "kabkota": 1, "kecamatan": 2, "kelurahan": 3}
_RUJ = {"provinsi": "provinsi", "kabkota": "kabkota", "kecamatan": "kecamatan", "kelurahan": "desa"}
_KURUNG = re.compile(r"\([^)]*\)?")
# a generic table: the header of its own code (and the system it fixes), of its name per level
_KODE_UMUM = (("kode", None), ("kode_wilayah", None), ("kode_kemendagri", "kemendagri"), ("kode_bps", "bps"))
_NAMA_UMUM = {
    "kabkota": ("nama", "nama_wilayah", "kota", "kab_kota", "kabupaten_kota", "nama_kota"),
    "kecamatan": ("nama", "nama_wilayah", "kecamatan", "nama_kecamatan"),
    "kelurahan": (
        "nama",
        "nama_wilayah",
        "kelurahan",
        "desa",
        "desa_kelurahan",
        "nama_kelurahan",
        "nama_desa",
    ),
    "provinsi": ("nama", "nama_wilayah", "provinsi"),
}
# numbers an area table may carry: column -> (header aliases, min, max)
ANGKA = {
    "luas_km2": (("luas_km2", "luas", "luas_wilayah", "area_km2"), 0.0, 50_000.0),
    "lat": (("lat", "lintang", "latitude"), -11.5, 6.5),
    "lon": (("lon", "bujur", "longitude", "lng"), 94.0, 141.5),
    "jumlah_rw": (("jumlah_rw", "rw", "banyak_rw"), 0.0, 20_000.0),
}
HEADER_DIKENAL = {
    "kode",
    "kode_bps",
    "nama",
    "tingkat",
    "induk",
    "induk_bps",
    "kota_kode",
    "kecamatan_kode",
    "provinsi",
    *(a for v in ANGKA.values() for a in v[0]),
}


def _umum(header: list[str]) -> skema.Skema | None:
    """A table whose own code is in a `kode`-like column: level from each code's form."""
    ada = {skema.norm(h) for h in header}
    kode = next(((k, s) for k, s in _KODE_UMUM if k in ada), None)
    if kode is None:
        return None
    k_kode, sis = kode
    bps_di_samping = k_kode != "kode_bps" and "kode_bps" in ada

    def baca(r: dict) -> dict:
        out: dict = {}
        k, s = skema.bersih_kode(r.get(k_kode), sis)
        t = skema.tingkat_kode(k, s)
        nama = next((r.get(n) for n in _NAMA_UMUM.get(t or "", ("nama",)) if skema.teks(r.get(n))), None)
        out.update(kode=k, sistem=s, nama=skema.teks(nama), tingkat=t)
        if bps_di_samping:
            out["kode_bps"] = skema.bersih_kode(r.get("kode_bps"), "bps")[0]
        if t == "kelurahan":
            out["kode_induk"], out["sistem_induk"] = skema.bersih_kode(
                r.get("kecamatan_kode") or r.get("kode_kecamatan"), sis
            )
            if nama is not r.get("kecamatan"):
                out["nama_induk"] = skema.teks(r.get("kecamatan"))
        elif t == "kecamatan":
            out["kode_kota"], out["sistem_kota"] = skema.bersih_kode(
                r.get("kota_kode") or r.get("kode_kota"), sis
            )
        return out

    return skema.Skema("umum", f"tabel kode wilayah ({k_kode}, nama)", baca)


def kenali(header: list[str]) -> skema.Skema | None:
    """The area-table layout of a header row: a known schema, else a generic `kode` table. The
    wide layout (kode_kecamatan, kecamatan, kode_kelurahan, kelurahan per row) is not one of them:
    it goes through the dataset's own columns."""
    ada = {skema.norm(h) for h in header}
    if {"kode_kecamatan", "kode_kelurahan"} & ada and "kode" not in ada:
        return None
    return skema.kenali(header) or _umum(header)


# ---- readings against the reference and the store ------------------------------------------------


@dataclass
class Toko:
    """The store's areas: Kemendagri code -> (level, name, kode_bps), and BPS code -> code."""

    kota: dict[str, str]
    wil: dict[str, tuple[str, str, str | None]]
    bps: dict[str, str]
    tpa: set[str]  # normalised names of the stored landfills

    @classmethod
    def dari(cls, con: duckdb.DuckDBPyConnection) -> Toko:
        kota = dict(con.execute("SELECT kode, nama FROM kota").fetchall())
        wil: dict[str, tuple[str, str, str | None]] = {}
        for tingkat, tabel in (("kecamatan", "kecamatan"), ("kelurahan", "kelurahan")):
            for kode, nama, bps in con.execute(f"SELECT kode, nama, kode_bps FROM {tabel}").fetchall():
                wil[kode] = (tingkat, nama, bps)
        bps = {v[2]: k for k, v in wil.items() if v[2]}
        tpa = {normalise_name(n) for (n,) in con.execute("SELECT nama FROM tpa").fetchall()}
        return cls(kota, wil, bps, tpa)

    @classmethod
    def dari_pencocok(cls, c: object) -> Toko:
        """The same from the matcher the shared steps read the store with (sampah/ingest/cocok.py)."""
        wil = {k: ("kecamatan", c.kec.label[k], None) for k in c.kec.kode}
        wil |= {k: ("kelurahan", c.kel.label[k], None) for k in c.kel.kode}
        bps = {**c.kec.bps, **c.kel.bps}
        return cls(dict(c.kota), wil, bps, set())


def _kunci(nama: object, tingkat: str) -> set[str]:
    s = str(nama)
    return {
        k
        for k in (
            rujukan.kunci_nama(s, _RUJ[tingkat]),
            rujukan.kunci_nama(_KURUNG.sub(" ", s), _RUJ[tingkat]),
        )
        if k
    }


def _nama_ruj(kode: str, toko: Toko) -> tuple[list[str], str | None]:
    """The names an area is known by (store, Kemendagri reference, the BPS name of its pair) and
    the reference's Kemendagri name (None when the reference lacks the code)."""
    nama: list[str] = []
    resmi = None
    if kode in toko.wil:
        nama.append(toko.wil[kode][1])
    if kode in toko.kota:
        nama.append(toko.kota[kode])
    try:
        w = rujukan.rujukan().wilayah(kode)
    except KeyError:
        return nama, resmi
    resmi = w.nama
    nama.append(w.nama)
    if w.nama_bps:
        nama.append(w.nama_bps)
    return nama, resmi


def nama_resmi(kode: str, toko: Toko) -> str | None:
    """An area's name as the government spells it: the Kemendagri reference's, else the store's."""
    nama, resmi = _nama_ruj(kode, toko)
    return resmi or (nama[0] if nama else None)


def _tingkat_ruj(kode: str) -> str | None:
    return skema.tingkat_kode(kode, "kemendagri")


@dataclass
class Bacaan:
    """One reading of a code: the Kemendagri code it names (or None), its level and in words."""

    kode: str | None
    tingkat: str | None
    sistem: str
    teks: str  # 'BPS 3275040 = Bekasi Timur (32.75.01)' or why nothing
    nama_cocok: bool | None = None  # None: no name to compare (unknown code or no name in the file)
    dikenal: bool = True  # the reference or the store knows the code


def _baca_kode(kode: str, sistem: str, nama: str | None, toko: Toko) -> Bacaan:
    if sistem == "kemendagri":
        k = kode if "." in kode else rujukan._titik(kode)  # noqa: SLF001 - digits split 2.2.2.4
        if not k:
            return Bacaan(None, None, sistem, f"Kemendagri {kode}: bentuk kode tidak dikenal")
        t = _tingkat_ruj(k)
        label = f"Kemendagri {k}"
    else:
        t = skema.tingkat_kode(kode, "bps")
        if t is None:
            return Bacaan(None, None, sistem, f"BPS {kode}: bentuk kode tidak dikenal")
        k = toko.bps.get(kode)
        if k is None and t != "provinsi":
            tr = rujukan.ke_kemendagri(kode)
            if not tr.kode:
                why = {
                    "ambigu": "padanan BPS-Kemendagri tidak pasti ({})".format(", ".join(tr.kandidat) or "-"),
                    "tidak_ada": "tanpa padanan Kemendagri di rujukan",
                }.get(tr.status, "tidak ada di rujukan BPS")
                return Bacaan(None, t, sistem, f"BPS {kode}: {why}")
            k = tr.kode
        elif k is None:
            return Bacaan(None, t, sistem, f"BPS {kode}: provinsi")
        label = f"BPS {kode}"
    nama_dikenal, resmi = _nama_ruj(k, toko)
    if not nama_dikenal:
        return Bacaan(k, t, sistem, f"{label}: tidak ada di rujukan nasional", None, False)
    cocok = None
    if nama and t:
        kunci = _kunci(nama, t)
        cocok = any(kunci & _kunci(n, t) for n in nama_dikenal)
    return Bacaan(k, t, sistem, f"{label} = {resmi or nama_dikenal[0]} ({k})", cocok)


def tempatkan(
    kode: str, sistem: str | None, nama: str | None, tingkat: str | None, toko: Toko
) -> tuple[Bacaan | None, tuple[str, dict] | None]:
    """One row's own code -> the one reading that names a known area whose name agrees (both
    systems tried when `sistem` is None), or the reason why none does, with every reading."""
    bacaan = [_baca_kode(kode, s, nama, toko) for s in ([sistem] if sistem else ["kemendagri", "bps"])]
    if tingkat:  # a level column, or the schema's: readings of another level do not count
        beda = [x for x in bacaan if x.tingkat and x.tingkat != tingkat]
        if len(beda) == len(bacaan):
            return None, (
                "wt_e_tingkat",
                {"kode": kode, "tingkat": tingkat, "bentuk": bacaan[0].tingkat or "-"},
            )
        bacaan = [x for x in bacaan if x not in beda]
    # digits of an unsaid system: a reading naming no known area is no reading (3275011001 is
    # never taken for a Kemendagri 32.75.01.1001 the reference lacks)
    dikenal = [x for x in bacaan if x.kode and (x.dikenal or sistem)]
    setuju = [x for x in dikenal if x.nama_cocok]
    pilih = {x.kode for x in setuju} or {x.kode for x in dikenal if x.nama_cocok is None}
    if len(pilih) == 1 and not any(x.nama_cocok is False for x in dikenal if x.kode in pilih):
        return next(x for x in dikenal if x.kode in pilih), None
    semua = "; ".join(x.teks for x in bacaan)
    if not dikenal:
        return None, ("wt_e_kode_tak_dikenal", {"kode": kode, "bacaan": semua})
    kunci = "wt_e_dua_arti" if len(pilih) > 1 else "wt_e_kode_nama"
    return None, (kunci, {"kode": kode, "nama": nama or "-", "bacaan": semua})


# ---- the table --------------------------------------------------------------------------------


def _angka(v: object, kol: str) -> float | None:
    """A number as an area table writes it: 13.49, '13,49', '1.018' (RW: thousands)."""
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, (int, float)):
        return float(v)
    s = str(v).strip().replace(" ", "")
    if not s:
        return None
    if kol == "jumlah_rw" and re.fullmatch(r"\d{1,3}(\.\d{3})+", s):
        s = s.replace(".", "")
    elif "," in s and "." in s:
        s = s.replace(".", "").replace(",", ".")
    elif "," in s:
        s = s.replace(",", ".")
    return float(s)


def _tambahan(df: pd.DataFrame) -> dict[str, str]:
    """Dataset number columns -> the table's header, by alias."""
    nh = {skema.norm(h): h for h in df.columns}
    return {
        k: next(nh[a] for a in al if a in nh) for k, (al, _, _) in ANGKA.items() if any(a in nh for a in al)
    }


@dataclass
class Hasil:
    muatan: list[Muatan]
    galat: Galat
    catatan: list[tuple[str, dict]]
    disisihkan: int = 0  # rows of provinsi and of other kab/kota: read, neither loaded nor refused


def susun(tabel: Tabel, sk: skema.Skema, con: duckdb.DuckDBPyConnection) -> Hasil:
    """Rows of kota, kecamatan and kelurahan from an area table, every row checked as above."""
    df = tabel.data
    b = sk.baca(df)
    tambah = _tambahan(df)
    toko = Toko.dari(con)
    galat = Galat()
    catatan: list[tuple[str, dict]] = [("wt_c_skema", {"skema": sk.judul})]
    # 1. provinsi rows and rows of another kab/kota are set aside; the store's kab/kota, else the
    #    file's one (a file naming several is refused for a store without areas)
    kota_ada = set(toko.kota) or {kota.tentukan(b)}
    lain: Counter = Counter()
    n_prov = 0
    pakai = []
    kota_bps = {t.kode for t in map(rujukan.ke_bps, kota_ada) if t.kode}
    for i, r in zip(b.index, b.itertuples(index=False)):
        milik = kota._kota_dari_kode(r.kode, r.sistem)  # noqa: SLF001 - one code's kab/kota
        if r.kode and (r.tingkat == "provinsi" or skema.tingkat_kode(r.kode, r.sistem) == "provinsi"):
            n_prov += 1
        elif milik and not set(milik) & kota_ada:
            lain[_nama_kota(milik[0])] += 1
        elif r.sistem == "bps" and kota_bps and len(r.kode or "") >= 4 and r.kode[:4] not in kota_bps:
            lain[f"BPS {r.kode[:4]}"] += 1  # a BPS kab/kota without a Kemendagri pair
        else:
            pakai.append(i)
    if n_prov:
        catatan.append(("wt_c_provinsi", {"n": n_prov}))
    if not pakai:
        daftar = ", ".join(f"{k} {v}" for k, v in lain.most_common(5)) or "-"
        raise Tolak("bt_f_semua_kota_lain", kota=", ".join(map(_nama_kota, sorted(kota_ada))), daftar=daftar)
    # 2. each row's own code -> one Kemendagri code, its level, its name checked
    rows: dict[int, dict] = {}
    baris_b = dict(zip(b.index, b.itertuples(index=False)))
    for i in pakai:
        r = baris_b[i]
        if not r.kode:
            tolak(galat, i, "wt_e_tanpa_kode", nama=r.nama or "-")
            continue
        x, alasan = tempatkan(r.kode, r.sistem, r.nama, r.tingkat, toko)
        if alasan:
            tolak(galat, i, alasan[0], **alasan[1])
            continue
        if x.kode[:5] not in kota_ada:  # read another way than the pre-check could (digits)
            lain[_nama_kota(x.kode[:5])] += 1
            continue
        rows[i] = {"kode": x.kode, "tingkat": x.tingkat, "sistem": x.sistem, "r": r}
    if lain:
        daftar = ", ".join(f"{k} {v}" for k, v in lain.most_common(5))
        catatan.append(("wt_c_kota_lain", {"n": sum(lain.values()), "daftar": daftar}))
    # 3. per level, parents first
    out: dict[str, dict[str, dict]] = {"kabkota": {}, "kecamatan": {}, "kelurahan": {}}
    asal: dict[str, int] = {}
    tanpa_ruj: list[str] = []
    for i in sorted(rows, key=lambda j: (_URUT[rows[j]["tingkat"]], j)):
        v = rows[i]
        kode, t, r = v["kode"], v["tingkat"], v["r"]
        induk = ".".join(kode.split(".")[:-1])
        alasan = _induk(r, t, kode, induk, v["sistem"], toko, out)
        if alasan:
            tolak(galat, i, alasan[0], **alasan[1])
            continue
        angka, salah = _baca_angka(df, tambah, i)
        if salah:
            tolak(galat, i, "wt_e_angka", **salah)
            continue
        _, resmi = _nama_ruj(kode, toko)
        if resmi is None and kode not in toko.wil and kode not in toko.kota:
            tanpa_ruj.append(kode)
        nama = resmi or judul_nama(r.nama) or kode
        if kode in out[t]:
            if out[t][kode]["nama"] != nama:
                tolak(
                    galat,
                    i,
                    "kd_e_wilayah_beda",
                    kode=kode,
                    nama=out[t][kode]["nama"],
                    baris=tabel.baris_file(asal[kode]),
                )
            continue  # the same area again (a kelurahan file repeating its kecamatan): once
        kode_bps, e = _kode_bps(kode, v, r)
        if e:
            tolak(galat, i, "wt_e_bps_beda", **e)
            continue
        baris = {"kode": kode, "kode_bps": kode_bps, "nama": nama, **angka}
        if t == "kabkota":
            baris["provinsi"] = judul_nama(skema.teks(getattr(r, "provinsi", None))) or _nama_prov(kode)
        out[t][kode] = baris
        asal[kode] = i
    if tanpa_ruj:
        catatan.append(("wt_c_tanpa_rujukan", {"n": len(tanpa_ruj), "daftar": ", ".join(tanpa_ruj[:6])}))
    # 4. a kecamatan's kab/kota the store lacks comes from the reference (its name, its province)
    for kode in {k[:5] for k in out["kecamatan"]} - set(toko.kota) - set(out["kabkota"]):
        out["kabkota"][kode] = {"kode": kode, "nama": _nama_kota(kode), "provinsi": _nama_prov(kode)}
        catatan.append(("wt_c_kota_dari_rujukan", {"kota": f"{_nama_kota(kode)} ({kode})"}))
    muatan = _muatan(out)
    tpa = _tpa(df, asal, out, toko, catatan)
    return Hasil(muatan + tpa, galat, catatan, n_prov + sum(lain.values()))


def _tpa(df: pd.DataFrame, asal: dict[str, int], out: dict, toko: Toko, catatan: list) -> list[Muatan]:
    """The landfill a kab/kota row names (`tpa_nama`, `tpa_kelurahan_kode`), when the store has no
    TPA of that name yet: a new city's first TPA row."""
    nh = {skema.norm(h): h for h in df.columns}
    if "tpa_nama" not in nh:
        return []
    rows = []
    for kode in out["kabkota"]:
        if kode not in asal:
            continue
        nama = skema.teks(df.at[asal[kode], nh["tpa_nama"]])
        if not nama or normalise_name(nama) in toko.tpa:
            continue
        kel = skema.teks(df.at[asal[kode], nh["tpa_kelurahan_kode"]]) if "tpa_kelurahan_kode" in nh else None
        dikenal = (
            kel in toko.wil
            or kel in out["kelurahan"]
            or (kel or "").startswith(kode + ".")
            and bool(_nama_ruj(kel, toko)[1])
        )
        if kel and not dikenal:
            catatan.append(("wt_c_tpa_kel", {"tpa": nama, "kode": kel}))
            kel = None
        rows.append(
            {"id": buat_id("TPA", nama.lower()), "nama": nama, "kota_kode": kode, "kelurahan_kode": kel}
        )
    if not rows:
        return []
    df_tpa = pd.DataFrame(rows, columns=["id", "nama", "kota_kode", "kelurahan_kode"])
    return [Muatan("tpa", df_tpa, ("id",), "tambah", utama=False)]


@functools.cache
def _nama_kota(kode: str) -> str:
    return rujukan.nama_kabkota(kode) or kode


def _nama_prov(kode: str) -> str | None:
    try:
        return rujukan.rujukan().wilayah(kode[:2]).nama
    except KeyError:
        return None


def _induk(r: tuple, t: str, kode: str, induk: str, sistem: str, toko: Toko, out: dict) -> tuple | None:
    """Why a row's parent does not hold (None when it does): a parent column naming another area
    than the code's prefix, or a kelurahan whose kecamatan is neither stored nor in the file."""
    kol = {
        "kelurahan": ("kode_induk", "sistem_induk", "nama_induk"),
        "kecamatan": ("kode_kota", "sistem_kota", "nama_kota"),
    }
    if t in kol:
        kk, ks, kn = (getattr(r, c) for c in kol[t])
        t_induk = "kecamatan" if t == "kelurahan" else "kabkota"
        if kk:
            sis = ks or sistem
            if sis == "bps" and r.kode.isdigit() and sistem == "bps":
                cocok = r.kode.startswith(kk)
            else:
                dibaca = _baca_kode(kk, sis, None, toko)
                cocok = dibaca.kode == induk
            if not cocok:
                return "wt_e_induk", {"tingkat": t, "kode": kode, "induk": kk, "seharusnya": induk}
        if kn:
            nama_induk, _ = _nama_ruj(induk, toko)
            if nama_induk and not any(_kunci(kn, t_induk) & _kunci(n, t_induk) for n in nama_induk):
                return "wt_e_induk_nama", {"kode": kode, "nama": kn, "induk": f"{nama_induk[-1]} ({induk})"}
    if t == "kelurahan" and induk not in toko.wil and induk not in out["kecamatan"]:
        nama_induk, _ = _nama_ruj(induk, toko)
        return "wt_e_kec_belum", {
            "kode": kode,
            "induk": f"{nama_induk[0]} ({induk})" if nama_induk else induk,
        }
    return None


def _baca_angka(df: pd.DataFrame, tambah: dict[str, str], i: int) -> tuple[dict, dict | None]:
    out: dict = {}
    for kol, h in tambah.items():
        _, lo, hi = ANGKA[kol]
        try:
            x = _angka(df.at[i, h], kol)
        except ValueError:
            return out, {"kolom": h, "nilai": df.at[i, h], "min": lo, "maks": hi}
        if x is not None and not (lo <= x <= hi and (kol != "jumlah_rw" or x.is_integer())):
            return out, {"kolom": h, "nilai": df.at[i, h], "min": lo, "maks": hi}
        out[kol] = None if x is None else (int(x) if kol == "jumlah_rw" else x)
    return out, None


def _kode_bps(kode: str, v: dict, r: tuple) -> tuple[str | None, dict | None]:
    """A row's BPS code: its own when BPS, a `kode_bps` column checked against the crosswalk, else
    the crosswalk's pair."""
    if v["sistem"] == "bps":
        return r.kode, None
    tr = rujukan.ke_bps(kode)
    dari_file = r.kode_bps
    if dari_file and tr.kode and dari_file != tr.kode:
        return None, {"kode": kode, "bps": dari_file, "padanan": tr.kode}
    return dari_file or tr.kode, None


def _muatan(out: dict[str, dict[str, dict]]) -> list[Muatan]:
    kota = pd.DataFrame(
        list(out["kabkota"].values()),
        columns=["kode", "kode_bps", "nama", "provinsi", "luas_km2", "lat", "lon", "jumlah_rw"],
    )
    kec = pd.DataFrame(
        [{**b, "kota_kode": k[:5]} for k, b in out["kecamatan"].items()],
        columns=["kode", "kode_bps", "kota_kode", "nama", "luas_km2", "lat", "lon"],
    )
    kel = pd.DataFrame(
        [{**b, "kecamatan_kode": k[:8]} for k, b in out["kelurahan"].items()],
        columns=["kode", "kode_bps", "kecamatan_kode", "nama", "luas_km2", "lat", "lon", "jumlah_rw"],
    )
    # every area of the file counts in the report (a mixed-level file holds all three)
    return [
        Muatan("kota", kota, ("kode",), "lengkapi", utama=not kota.empty),
        Muatan("kecamatan", kec, ("kode",), "lengkapi", utama=not kec.empty),
        Muatan("kelurahan", kel, ("kode",), "lengkapi", utama=not kel.empty),
    ]


def tingkat_berkas(tabel: Tabel) -> int:
    """The highest level a table holds (kota 1, kecamatan 2, kelurahan 3; 4 when not an area
    table): several files in one command are imported parents first."""
    sk = kenali(list(tabel.data.columns))
    if sk is None:
        return 4
    b = sk.baca(tabel.data.head(2000))
    t = [_URUT.get(skema.tingkat_kode(k, s) or x or "", 4) for k, s, x in zip(b.kode, b.sistem, b.tingkat)]
    return min([x for x in t if x > 0] or [4])
