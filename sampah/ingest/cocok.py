"""Names and codes in files -> the codes of this database.

Codes are tried first (Kemendagri dotted or undotted, then BPS), then names after normalising
(case, spaces, 'Kec.'/'Kel.' prefixes: 'KEC. MUSTIKA JAYA' = 'Mustikajaya'). Anything else is not
guessed: the row is rejected with the closest names (rapidfuzz) as a suggestion.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import duckdb
from rapidfuzz import fuzz, process

from sampah.wilayah import normalise_name

Hasil = tuple[str | None, str | None, dict]  # (code, error key, message values)


def kode_kemendagri(s: str) -> str | None:
    """'32.75.01', '327501', '3275011001', '32.75.01.1001' -> dotted Kemendagri form."""
    d = re.sub(r"[\s.]", "", s)
    if not d.isdigit():
        return None
    bagian = {2: (2,), 4: (2, 2), 6: (2, 2, 2), 10: (2, 2, 2, 4)}.get(len(d))
    if bagian is None:
        return None
    out, i = [], 0
    for n in bagian:
        out.append(d[i : i + n])
        i += n
    return ".".join(out)


def _nama_bs(s: str) -> str:
    """Bank sampah names without the words every unit shares: 'BANK SAMPAH Melati' = 'BS Melati'."""
    s = re.sub(r"(?i)\b(kel(urahan)?|kec(amatan)?)\.?\s+\w+.*$", " ", s)  # '... KEL. PADASUKA'
    s = re.sub(r"(?i)\b(bank\s*sampah|bsu|bsi|bs|unit)\b", " ", s)
    return normalise_name(s)


def nama_bs_kunci(s: str) -> str:
    """For a registry's own key, where the RW/RT are separate fields: 'ASTER RW.12' = 'ASTER'12'."""
    return _nama_bs(re.sub(r"(?i)\br[tw]\.?\s*'?\s*\d+", " ", re.sub(r"'\s*\d+$", " ", s)))


@dataclass
class _Indeks:
    kode: set[str]
    bps: dict[str, str]
    nama: dict[str, list[str]]  # normalised name -> codes
    label: dict[str, str]  # code -> display name
    induk: dict[str, str]  # code -> parent code (kelurahan -> kecamatan)


def _indeks(rows: list[tuple]) -> _Indeks:
    ix = _Indeks(set(), {}, {}, {}, {})
    for kode, bps, nama, induk in rows:
        ix.kode.add(kode)
        if bps:
            ix.bps[str(bps)] = kode
        ix.nama.setdefault(normalise_name(nama), []).append(kode)
        ix.label[kode] = nama
        ix.induk[kode] = induk
    return ix


class Pencocok:
    """Lookups against one database version (read once)."""

    def __init__(self, con: duckdb.DuckDBPyConnection) -> None:
        q = lambda sql: con.execute(sql).fetchall()  # noqa: E731
        self.kec = _indeks(q("SELECT kode, kode_bps, nama, kota_kode FROM kecamatan"))
        self.kel = _indeks(q("SELECT kode, kode_bps, nama, kecamatan_kode FROM kelurahan"))
        self.kota = {k: n for k, n in q("SELECT kode, nama FROM kota")}
        self.bs = {i: (n, kel) for i, n, kel in q("SELECT id, nama, kelurahan_kode FROM bank_sampah")}
        self.bs_nama: dict[str, list[str]] = {}
        for i, (n, _) in self.bs.items():
            self.bs_nama.setdefault(_nama_bs(n), []).append(i)
        self.tpa = {i: n for i, n in q("SELECT id, nama FROM tpa")}
        self.nama_kota = ", ".join(sorted(self.kota.values())) or "-"

    def _saran(self, ix: _Indeks, kunci: str) -> str:
        calon = process.extract(kunci, list(ix.nama), scorer=fuzz.ratio, limit=2, score_cutoff=70)
        return ", ".join(f"{ix.label[ix.nama[c][0]]} ({ix.nama[c][0]})" for c, _, _ in calon)

    def _cari(self, ix: _Indeks, nilai: str, tingkat: str, induk: str | None) -> Hasil:
        s = nilai.strip()
        if s in ix.kode:
            return s, None, {}
        if s.replace(" ", "") in ix.bps:
            return ix.bps[s.replace(" ", "")], None, {}
        k = kode_kemendagri(s)
        if k is not None:
            if k in ix.kode:
                return k, None, {}
            return None, "kd_e_kode_tak_dikenal", {"tingkat": tingkat, "nilai": s, "kota": self.nama_kota}
        kunci = normalise_name(s)
        kode = ix.nama.get(kunci, [])
        if induk:
            kode = [c for c in kode if ix.induk.get(c) == induk] or kode
        if len(kode) == 1:
            return kode[0], None, {}
        if len(kode) > 1:
            return None, "kd_e_nama_ganda", {"tingkat": tingkat, "nilai": s, "kode": ", ".join(kode)}
        saran = self._saran(ix, kunci)
        if saran:
            return None, "kd_e_nama_saran", {"tingkat": tingkat, "nilai": s, "saran": saran}
        return None, "kd_e_nama_tak_dikenal", {"tingkat": tingkat, "nilai": s, "kota": self.nama_kota}

    def kecamatan(self, nilai: str) -> Hasil:
        return self._cari(self.kec, nilai, "kecamatan", None)

    def kelurahan(self, nilai: str, kecamatan_kode: str | None = None) -> Hasil:
        return self._cari(self.kel, nilai, "kelurahan", kecamatan_kode)

    def wilayah(self, nilai: str) -> Hasil:
        """A kecamatan, a kelurahan or the kota itself (population tables mix them)."""
        s = nilai.strip()
        if s in self.kota or kode_kemendagri(s) in self.kota:
            return (s if s in self.kota else kode_kemendagri(s)), None, {}
        kode, e, kw = self.kecamatan(s)
        if kode:
            return kode, None, {}
        kode2, e2, kw2 = self.kelurahan(s)
        if kode2:
            return kode2, None, {}
        return None, e if e != "kd_e_nama_tak_dikenal" else e2, kw if e != "kd_e_nama_tak_dikenal" else kw2

    def bank_sampah(self, nilai: str, kelurahan_kode: str | None = None) -> Hasil:
        s = nilai.strip()
        if s in self.bs:
            return s, None, {}
        kunci = _nama_bs(s)
        ids = self.bs_nama.get(kunci, [])
        if kelurahan_kode:
            ids = [i for i in ids if self.bs[i][1] == kelurahan_kode] or ids
        if len(ids) == 1:
            return ids[0], None, {}
        if len(ids) > 1:
            return None, "kd_e_bs_ganda", {"nilai": s, "kode": ", ".join(sorted(ids)[:5])}
        if not self.bs:
            return None, "kd_e_bs_kosong", {}
        calon = process.extract(kunci, list(self.bs_nama), scorer=fuzz.ratio, limit=2, score_cutoff=70)
        saran = ", ".join(f"{self.bs[self.bs_nama[c][0]][0]} ({self.bs_nama[c][0]})" for c, _, _ in calon)
        if saran:
            return None, "kd_e_bs_saran", {"nilai": s, "saran": saran}
        return None, "kd_e_bs_tak_dikenal", {"nilai": s}

    def tpa_id(self, nilai: str | None) -> Hasil:
        if not nilai:
            if len(self.tpa) == 1:
                return next(iter(self.tpa)), None, {}
            return None, "kd_e_tpa_kosong", {"tpa": ", ".join(self.tpa.values()) or "-"}
        if nilai in self.tpa:
            return nilai, None, {}
        for i, n in self.tpa.items():
            if normalise_name(n) == normalise_name(nilai):
                return i, None, {}
        return None, "kd_e_tpa_tak_dikenal", {"nilai": nilai, "tpa": ", ".join(self.tpa.values()) or "-"}
