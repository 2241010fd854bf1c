"""The BPS <-> Kemendagri crosswalk, built level by level (provinsi, kab/kota, kecamatan, desa).

The two code systems number areas differently (Bekasi Timur is BPS 3275040 but Kemendagri 32.75.01;
BPS 1101 is Simeulue, Kemendagri 11.01 Aceh Selatan), so codes are never converted by reformatting.
An area is paired when its normalised name (`rujukan.kunci_nama`) is the same within parents that
are already paired, and unique on both sides there. Everything else is said, not guessed:

- `cocok_nama`: one name, once on each side, under paired parents (`dasar` says how: `nama`,
  `nama_tanpa_kurung` when a note in brackets differs, `nama_lintas_induk` when the parent has no
  counterpart (a new kecamatan or provinsi) and the name is unique in the nearest paired ancestor).
- `cocok_lokasi`: boundaries of both lineages overlap (`tingkatkan_lokasi`); `dasar` says whether
  the names agree as well and `bukti` names the files and the overlap.
- `ambigu`: the same name more than once on a side (every candidate pair is listed), a BPS code
  that the source gives to two villages, or location evidence that contradicts the name pair.
- `tidak_ada`: no counterpart; `kandidat` lists the nearest names (rapidfuzz), never used as a match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pandas as pd
from rapidfuzz import fuzz, process

from sampah.rujukan import TINGKAT, kunci_nama

KOLOM = [
    "tingkat",
    "kode",
    "kode_bps",
    "nama",
    "nama_bps",
    "status",
    "dasar",
    "bukti",
    "kandidat",
    "catatan",
]
_PANJANG_BPS = {"provinsi": 2, "kabkota": 4, "kecamatan": 7, "desa": 10}
_KURUNG = re.compile(r"\([^)]*\)?")
SKOR_KANDIDAT = 75  # rapidfuzz ratio from which a name is listed as a candidate (never matched)


def baca_sumber(path: Path) -> pd.DataFrame:
    """A reference CSV of shared/data/wilayah (kode,nama,tingkat,induk or kode_bps,...,induk_bps):
    codes as text, empty parent = None, runs of spaces inside a name collapsed ('ANGKOLA  BARAT')."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    df["nama"] = df.nama.str.split().str.join(" ")
    induk = "induk" if "induk" in df else "induk_bps"
    df[induk] = df[induk].replace("", None)
    return df


def leluhur_kem(kode: str, tingkat: str) -> str:
    """Kemendagri code of the ancestor at `tingkat` ('' = the country): 32.75.01.1001 -> 32.75."""
    n = TINGKAT.index(tingkat) + 1 if tingkat else 0
    return ".".join(kode.split(".")[:n])


def leluhur_bps(kode: str, tingkat: str) -> str:
    return kode[: _PANJANG_BPS[tingkat]] if tingkat else ""


def bangun(kem: pd.DataFrame, bps: pd.DataFrame) -> pd.DataFrame:
    """The crosswalk of two reference tables: `kem` (kode, nama, tingkat, induk) and `bps`
    (kode_bps, nama, tingkat, induk_bps). Every row of both appears at least once."""
    peta: dict[str, str] = {}  # Kemendagri -> BPS, unique pairs so far: the parents of the next level
    bagian = []
    for tingkat in TINGKAT:
        k = kem[kem.tingkat == tingkat][["kode", "nama", "induk"]].reset_index(drop=True)
        b = bps[bps.tingkat == tingkat][["kode_bps", "nama", "induk_bps"]].reset_index(drop=True)
        rows = _tingkat(tingkat, k, b, peta)
        unik = rows[rows.status == "cocok_nama"]
        peta.update(zip(unik.kode, unik.kode_bps))
        bagian.append(rows)
    out = pd.concat(bagian, ignore_index=True)
    ganda = bps.kode_bps[bps.kode_bps.duplicated()].unique()
    kena = out.kode.notna() & out.kode_bps.isin(ganda)
    out.loc[kena, "status"] = "ambigu"
    out.loc[kena, "catatan"] = "kode BPS ini dipakai dua wilayah di sumber BPS"
    return out[KOLOM]


def _tingkat(tingkat: str, k: pd.DataFrame, b: pd.DataFrame, peta: dict[str, str]) -> pd.DataFrame:
    i = TINGKAT.index(tingkat)
    atas = TINGKAT[i - 1] if i else ""
    k = k.assign(
        kunci=_kunci(k.nama, tingkat), kunci2=_kunci(k.nama.str.replace(_KURUNG, " ", regex=True), tingkat)
    )
    b = b.assign(
        kunci=_kunci(b.nama, tingkat), kunci2=_kunci(b.nama.str.replace(_KURUNG, " ", regex=True), tingkat)
    )
    # the parent's counterpart ('' at the top level); NaN = the parent has no counterpart
    k["lingkup"] = k.induk.map(peta) if atas else ""
    b["lingkup"] = b.induk_bps if atas else ""
    pasangan: list[pd.DataFrame] = []
    dipakai_k: set[str] = set()
    dipakai_b: set[int] = set()  # BPS rows by position: codes are not unique in the source

    def pasangkan(kk: pd.DataFrame, bb: pd.DataFrame, kol: str, lk: str, lb: str, dasar: str) -> None:
        kk = kk[~kk.kode.isin(dipakai_k)]
        bb = bb[~bb.index.isin(dipakai_b)]
        nk = kk.groupby([lk, kol]).size().rename("nk")
        nb = bb.groupby([lb, kol]).size().rename("nb")
        j = kk.reset_index(drop=True).merge(
            bb.reset_index(names="_b"), left_on=[lk, kol], right_on=[lb, kol], suffixes=("", "_bps")
        )
        j = j[j[kol] != ""].join(nk, on=[lk, kol]).join(nb, on=[lb, kol])
        if j.empty:
            return
        unik = (j.nk == 1) & (j.nb == 1)
        j["status"] = unik.map({True: "cocok_nama", False: "ambigu"})
        j["dasar"] = dasar
        j["catatan"] = None
        j.loc[~unik, "catatan"] = "nama sama lebih dari sekali dalam satu induk: pilih dengan lokasi"
        pasangan.append(j)
        dipakai_k.update(j.kode)
        dipakai_b.update(j._b)

    ada = k[k.lingkup.notna()]
    pasangkan(ada, b, "kunci", "lingkup", "lingkup", "nama")
    pasangkan(ada, b, "kunci2", "lingkup", "lingkup", "nama_tanpa_kurung")
    # a parent without counterpart (a new kecamatan, a split provinsi): the nearest paired ancestor
    # is the scope, and the name must be unique in it on both sides (counted over all its rows)
    yatim = k[k.lingkup.isna()]
    for naik in reversed(TINGKAT[: max(i - 1, 0)]):
        if yatim.empty:
            break
        anc = yatim.kode.map(lambda c, t=naik: leluhur_kem(c, t))
        bisa = anc.isin(peta)
        if bisa.any():
            _lintas(k, b, yatim[bisa], naik, peta, pasangkan)
        yatim = yatim[~bisa]
    if not yatim.empty and i:
        _lintas(k, b, yatim, "", peta, pasangkan)
    return _tutup(tingkat, k, b, pasangan, dipakai_k, dipakai_b, peta)


def _kunci(nama: pd.Series, tingkat: str) -> list[str]:
    return [kunci_nama(n, tingkat) for n in nama]


def _lintas(k, b, yatim, naik, peta, pasangkan) -> None:  # noqa: ANN001 - local helper of _tingkat
    """Pairs of rows whose parent has no counterpart, within ancestor level `naik` ('' = country)."""
    semua_k = k.assign(skop=k.kode.map(lambda c: peta.get(leluhur_kem(c, naik)) if naik else ""))
    semua_b = b.assign(skop=b.kode_bps.map(lambda c: leluhur_bps(c, naik)))
    nk = semua_k.groupby(["skop", "kunci"]).size()
    nb = semua_b.groupby(["skop", "kunci"]).size()
    kk = semua_k[semua_k.kode.isin(yatim.kode)]
    kk = kk[[nk.get((s, c), 0) == 1 for s, c in zip(kk.skop, kk.kunci)]]
    bb = semua_b[[nb.get((s, c), 0) == 1 for s, c in zip(semua_b.skop, semua_b.kunci)]]
    pasangkan(kk, bb, "kunci", "skop", "skop", "nama_lintas_induk")


def _tutup(tingkat, k, b, pasangan, dipakai_k, dipakai_b, peta) -> pd.DataFrame:  # noqa: ANN001
    """The pairs, then every row left over as `tidak_ada` with its nearest names as candidates."""
    kol = ["kode", "kode_bps", "nama", "nama_bps", "status", "dasar", "catatan"]
    rows = [p[kol] for p in pasangan]
    sisa_k = k[~k.kode.isin(dipakai_k)]
    sisa_b = b[~b.index.isin(dipakai_b)]
    balik = {v: kk for kk, v in peta.items()}
    # candidates within the parent's counterpart (or the nearest paired ancestor)
    sk = sisa_k.kode.map(lambda c: _skop_bps(c, tingkat, peta))
    sb = sisa_b.kode_bps.map(lambda c: _skop_bps_dari_bps(c, tingkat, peta, balik))
    pilihan_b = {s: g for s, g in sisa_b.assign(s=sb).groupby("s")}
    pilihan_k = {s: g for s, g in sisa_k.assign(s=sk).groupby("s")}
    kk = sisa_k.assign(
        kode_bps=None,
        nama_bps=None,
        status="tidak_ada",
        dasar=None,
        catatan=sisa_k.lingkup.isna().map({True: "induknya tidak punya padanan BPS", False: None}),
        kandidat=[_kandidat(c, pilihan_b.get(s), "kode_bps") for c, s in zip(sisa_k.kunci, sk)],
    )
    bb = sisa_b.assign(
        kode=None,
        nama_bps=sisa_b.nama,
        nama=None,
        status="tidak_ada",
        dasar=None,
        catatan="tidak ada di data Kemendagri dengan nama ini",
        kandidat=[_kandidat(c, pilihan_k.get(s), "kode") for c, s in zip(sisa_b.kunci, sb)],
    )
    out = pd.concat(rows + [kk[kol + ["kandidat"]], bb[kol + ["kandidat"]]], ignore_index=True)
    out["tingkat"] = tingkat
    out["bukti"] = None
    return out


def _skop_bps(kode: str, tingkat: str, peta: dict[str, str]) -> str | None:
    """BPS code of the nearest paired ancestor of a Kemendagri code ('' = country)."""
    i = TINGKAT.index(tingkat)
    for naik in reversed(TINGKAT[:i]):
        a = peta.get(leluhur_kem(kode, naik))
        if a:
            return a
    return "" if i == 0 else None


def _skop_bps_dari_bps(kode: str, tingkat: str, peta: dict[str, str], balik: dict[str, str]) -> str | None:
    i = TINGKAT.index(tingkat)
    for naik in reversed(TINGKAT[:i]):
        a = leluhur_bps(kode, naik)
        if a in balik:
            return a
    return "" if i == 0 else None


def _kandidat(kunci: str, pilihan: pd.DataFrame | None, kode: str) -> str | None:
    """'3275070006 TELUK PUCUNG (92); ...': the nearest names, listed for a person to decide."""
    if pilihan is None or pilihan.empty or not kunci:
        return None
    hasil = process.extract(
        kunci, list(pilihan.kunci), scorer=fuzz.ratio, score_cutoff=SKOR_KANDIDAT, limit=3
    )
    if not hasil:
        return None
    return "; ".join(f"{pilihan[kode].iloc[j]} {pilihan.nama.iloc[j]} ({round(s)})" for _, s, j in hasil)


# --- location evidence ----------------------------------------------------------------------------


def bukti_lokasi(bps, kem, iou_min: float = 0.5) -> pd.DataFrame:  # noqa: ANN001 - GeoDataFrames
    """Pairs whose boundaries are each other's best overlap: `bps` (kode_bps, geometry) and `kem`
    (kode, geometry) in any CRS. Returns kode, kode_bps, iou for mutual best pairs with
    intersection over union >= `iou_min` (simplified shapes of two lineages reach 0.7-0.95)."""
    import geopandas as gpd

    crs = kem.estimate_utm_crs()
    a = bps[["kode_bps", "geometry"]].to_crs(crs).reset_index(drop=True)
    c = kem[["kode", "geometry"]].to_crs(crs).reset_index(drop=True)
    a["geometry"], c["geometry"] = a.geometry.make_valid(), c.geometry.make_valid()
    a["luas_a"], c["luas_c"] = a.area, c.area
    x = gpd.overlay(a, c, how="intersection", keep_geom_type=True)
    if x.empty:
        return pd.DataFrame(columns=["kode", "kode_bps", "iou"])
    x["potong"] = x.area
    x = x.groupby(["kode_bps", "kode"], as_index=False).agg(
        potong=("potong", "sum"), luas_a=("luas_a", "first"), luas_c=("luas_c", "first")
    )
    x["iou"] = x.potong / (x.luas_a + x.luas_c - x.potong)
    terbaik_a = x.loc[x.groupby("kode_bps").iou.idxmax()]
    terbaik_c = x.loc[x.groupby("kode").iou.idxmax()]
    j = terbaik_a.merge(terbaik_c[["kode", "kode_bps"]], on=["kode", "kode_bps"])
    return j[j.iou >= iou_min][["kode", "kode_bps", "iou"]].reset_index(drop=True)


def tingkatkan_lokasi(padanan: pd.DataFrame, bukti: pd.DataFrame, tingkat: str, sumber: str) -> pd.DataFrame:
    """Upgrade pairs of one level with location evidence (`bukti_lokasi`): a name pair confirmed
    by location becomes `cocok_lokasi` (`dasar` nama+lokasi); an ambiguity location settles keeps
    only the pair it points to; two codes that both have no pair at all are paired by location
    alone (`dasar` lokasi); a location that contradicts a used pair turns them `ambigu` with the
    reason, never a silent swap. A BPS code the reference lacks (a newer vintage) is only noted."""
    out = padanan.copy()
    for r in bukti.itertuples(index=False):
        teks = f"IoU {r.iou:.2f} ({sumber})"
        lv = out.tingkat == tingkat
        baris_k, baris_b = lv & (out.kode == r.kode), lv & (out.kode_bps == r.kode_bps)
        if not baris_b.any():  # not in the BPS reference at all
            out.loc[baris_k, "catatan"] = (
                f"kode BPS {r.kode_bps} (dari batas wilayah, tidak ada di rujukan BPS) menempati lokasi ini: "
                + teks
            )
            continue
        pas = baris_k & baris_b
        pasangan = out.kode.notna() & out.kode_bps.notna()
        lain = (baris_k ^ baris_b) & pasangan  # other pairs of either code
        if (lain & out.status.isin(["cocok_nama", "cocok_lokasi"])).any() or (not pas.any() and lain.any()):
            out.loc[lain | pas, "status"] = "ambigu"
            out.loc[lain | pas, "catatan"] = f"lokasi menunjuk {r.kode} = {r.kode_bps}: {teks}"
            continue
        if pas.any():
            nama = out.loc[pas, "status"].iloc[0] == "cocok_nama"
            out.loc[pas, ["status", "dasar", "bukti", "catatan"]] = [
                "cocok_lokasi",
                "nama+lokasi" if nama else "lokasi",
                teks,
                None,
            ]
            out = _tanpa(out, lain)  # the other candidates of an ambiguity that location settled
            continue
        k, b = out[baris_k].iloc[0], out[baris_b].iloc[0]  # both left without a pair by name
        out = out[~(baris_k | baris_b)]
        baru = {c: None for c in KOLOM} | {
            "tingkat": tingkat,
            "kode": r.kode,
            "kode_bps": r.kode_bps,
            "nama": k.nama,
            "nama_bps": b.nama_bps,
            "status": "cocok_lokasi",
            "dasar": "lokasi",
            "bukti": teks,
            "catatan": "nama berbeda; dipasangkan karena batas wilayahnya berimpit",
        }
        out = pd.concat([out, pd.DataFrame([baru])], ignore_index=True)
    return out.reset_index(drop=True)


def _tanpa(out: pd.DataFrame, buang: pd.Series) -> pd.DataFrame:
    """Drop the pair rows `buang`; a code left with no row at all gets a `tidak_ada` row back."""
    hilang = out[buang]
    out = out[~buang]
    tambah = []
    for r in hilang.itertuples(index=False):
        lv = out.tingkat == r.tingkat
        if not (lv & (out.kode == r.kode)).any():
            tambah.append(r._asdict() | {"kode_bps": None, "nama_bps": None, "status": "tidak_ada"})
        if not (lv & (out.kode_bps == r.kode_bps)).any():
            tambah.append(r._asdict() | {"kode": None, "nama": None, "status": "tidak_ada"})
    baru = pd.DataFrame(tambah, columns=out.columns).assign(
        dasar=None, catatan="calon lain dipilih menurut lokasi"
    )
    return pd.concat([out, baru], ignore_index=True) if tambah else out


def hitungan(padanan: pd.DataFrame, kode: Iterable[str] | None = None) -> pd.DataFrame:
    """Counts per level and status (Kemendagri rows; BPS-only rows as `tidak_ada_bps`)."""
    p = padanan if kode is None else padanan[padanan.kode.isin(list(kode))]
    s = p.status.where(p.kode.notna(), "tidak_ada_bps")
    kunci = p.kode.fillna(p.kode_bps)
    return (
        p.assign(s=s, k=kunci)
        .drop_duplicates(["tingkat", "k", "s"])
        .pivot_table(index="tingkat", columns="s", values="k", aggfunc="count", fill_value=0)
        .reindex(TINGKAT)
    )
