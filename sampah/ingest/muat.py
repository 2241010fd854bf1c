"""Check a file, load it into a new version of the store (all or nothing), log it, undo it.

Safety rests on sampah.db.publish: the import is applied to a copy of the current version and
CURRENT is switched only when the copy is complete, so viewers see the old data or the new and a
killed import leaves the old version in place. The store's writer lock is held from reading the
base version to switching CURRENT, so two imports cannot build on the same base.

History lives in two places: the `impor` table of each version (which rows came from which file)
and `store/riwayat.jsonl` (every import and undo, surviving the undo itself). Undo points CURRENT
back at the version the last import was built on.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd

from sampah import db, fmt, ringkas, skema
from sampah.ingest import Tolak, kolom
from sampah.ingest.alur import periksa_berkas
from sampah.ingest.susun import Muatan, Persiapan

SIMPAN_VERSI = 20  # versions kept for undo; older ones are deleted after an import


@dataclass
class HasilImpor:
    """What happened to one file; `status` is one of siap | dimuat | ditolak | sudah_ada | kosong."""

    dataset: str
    nama_file: str
    sha256: str
    status: str = "siap"
    pesan: tuple[str, dict] | None = None
    persiapan: Persiapan | None = None
    baru: int = 0
    diperbarui: int = 0
    sudah_ada: int = 0
    impor_id: int | None = None
    versi: str | None = None
    catatan: list[tuple[str, dict]] = field(default_factory=list)
    # seconds per step: periksa (read, parse, validate, match), muat (rows into the copy),
    # terbit (summaries, checkpoint, switch CURRENT) and total
    detik: dict[str, float] = field(default_factory=dict)

    @property
    def dibaca(self) -> int:
        return self.persiapan.dibaca if self.persiapan else 0

    @property
    def ditolak(self) -> int:
        return len(self.persiapan.galat) if self.persiapan else 0

    def teks(self, lang: str = "id") -> str:
        from sampah.i18n import t

        if not self.pesan:
            return ""
        kw = dict(self.pesan[1])
        if self.pesan[0] == "kd_ok_dimuat":  # counts and seconds as the user's language writes them
            kw = {k: fmt.angka(v, 1 if k == "detik" else 0, lang) for k, v in kw.items() if k != "versi"}
            kw["versi"] = self.pesan[1]["versi"]
        return t(self.pesan[0], lang, **kw)


class _TidakAdaBaru(Exception):
    pass


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _store(path: Path) -> db.Source:
    src = db.configured_source(str(path))
    if not src.is_store:
        raise Tolak("kd_f_bukan_store", path=str(path))
    return src


def periksa(
    con: duckdb.DuckDBPyConnection | None,
    dataset: str,
    data: bytes,
    nama_file: str,
    pemetaan: dict[str, str] | None = None,
    hari_ini: date | None = None,
) -> HasilImpor:
    """Read, map, parse, validate and match a file against the database `con` (read only).
    Nothing is written. A refused file comes back with status 'ditolak' and the reason."""
    lap = HasilImpor(dataset, nama_file, sha256(data))
    try:
        lap.persiapan = periksa_berkas(con, dataset, data, nama_file, pemetaan, hari_ini or date.today())
        p = lap.persiapan
        if p.valid == 0:
            raise Tolak("kd_f_semua_ditolak", n=p.dibaca, alasan=p.alasan_teratas())
    except Tolak as e:
        lap.status, lap.pesan = "ditolak", (e.kunci, e.kw)
    return lap


def _sudah_pernah(con, sha: str, dataset: str) -> tuple | None:
    try:
        return con.execute(
            "SELECT id, nama_file, selesai FROM impor WHERE sha256 = ? AND dataset = ? "
            "AND status = 'selesai' ORDER BY id DESC LIMIT 1",
            [sha, dataset],
        ).fetchone()
    except duckdb.Error:
        return None


def muat_ke(con: duckdb.DuckDBPyConnection, m: Muatan, impor_id: int) -> tuple[int, int, int]:
    """Write one Muatan into `con`: returns (new, updated, already present). Identifiers come from the
    registry, never from a file; values are bound through a registered DataFrame."""
    if m.df.empty:
        return 0, 0, 0
    df = m.df.reset_index(drop=True)
    cols = list(df.columns)
    tcols = {r[0] for r in con.execute(f"DESCRIBE {m.tabel}").fetchall()}
    pakai_impor = "impor_id" in tcols
    con.register("_df", df)
    types = {r[0]: r[1] for r in con.execute(f"DESCRIBE {m.tabel}").fetchall()}
    sel = ", ".join(f"CAST(_df.{c} AS {types[c]}) AS {c}" for c in cols)
    cocok = " AND ".join(f"t.{k} IS NOT DISTINCT FROM b.{k}" for k in m.kunci)
    daftar = ", ".join(cols + (["impor_id"] if pakai_impor else []))
    isi = ", ".join([f"b.{c}" for c in cols] + (["?"] if pakai_impor else []))
    if m.mode == "tambah":  # rows of known keys are skipped: one pass, no copy of the file's rows
        try:
            n_baru = con.execute(
                f"INSERT INTO {m.tabel} ({daftar}) SELECT {isi} FROM (SELECT {sel} FROM _df) b "
                f"WHERE NOT EXISTS (SELECT 1 FROM {m.tabel} t WHERE {cocok})",
                [impor_id] if pakai_impor else [],
            ).fetchone()[0]
        finally:
            con.unregister("_df")
        return int(n_baru), 0, len(df) - int(n_baru)  # keys are unique within a file (siapkan)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _baru AS SELECT {sel} FROM _df")
    con.unregister("_df")
    lain = [c for c in cols if c not in m.kunci]
    nilai_baru = {c: (f"coalesce(b.{c}, t.{c})" if m.mode == "lengkapi" else f"b.{c}") for c in lain}
    sama = " AND ".join([f"{nilai_baru[c]} IS NOT DISTINCT FROM t.{c}" for c in lain] or ["true"])
    n_kunci = con.execute(
        f"SELECT count(*) FROM _baru b WHERE EXISTS (SELECT 1 FROM {m.tabel} t WHERE {cocok})"
    ).fetchone()[0]
    n_sama = (
        con.execute(
            f"SELECT count(*) FROM _baru b WHERE EXISTS (SELECT 1 FROM {m.tabel} t WHERE {cocok} AND {sama})"
        ).fetchone()[0]
        if n_kunci
        else 0
    )
    n_ubah = 0
    if m.mode in ("perbarui", "lengkapi") and n_kunci > n_sama and lain:
        n_ubah = n_kunci - n_sama
        set_ = ", ".join([f"{c} = {nilai_baru[c]}" for c in lain] + (["impor_id = ?"] if pakai_impor else []))
        con.execute(
            f"UPDATE {m.tabel} AS t SET {set_} FROM _baru b WHERE {cocok} AND NOT ({sama})",
            [impor_id] if pakai_impor else [],
        )
    n_baru = con.execute(
        f"INSERT INTO {m.tabel} ({daftar}) SELECT {isi} FROM _baru b WHERE NOT EXISTS "
        f"(SELECT 1 FROM {m.tabel} t WHERE {cocok})",
        [impor_id] if pakai_impor else [],
    ).fetchone()[0]
    con.execute("DROP TABLE _baru")
    return int(n_baru), int(n_ubah), int(n_sama)


def _rentang(muatan: list[Muatan]) -> ringkas.Rentang | None:
    """The days of the deposits and loads an import adds; None (rebuild every summary) when it
    also writes anything else the summaries read (registry, wilayah, treatment)."""
    hari = []
    for m in muatan:
        if m.df.empty or m.tabel == "tpa":  # a new TPA's own row: no summary reads it
            continue
        if m.tabel not in ("setoran", "tpa_muatan"):
            return None
        kol = pd.to_datetime(m.df["tanggal" if m.tabel == "setoran" else "waktu"])
        if kol.isna().any():
            return None
        hari += [kol.min().date(), kol.max().date()]
    return ringkas.Rentang(min(hari), max(hari)) if hari else None


def _log(store: Path, entri: dict) -> None:
    with open(store / "riwayat.jsonl", "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entri, ensure_ascii=False, default=str) + "\n")
        fh.flush()
        os.fsync(fh.fileno())


# the columns of the history log; people see all but the base version
KOLOM_RIWAYAT = (
    "waktu",
    "aksi",
    "id",
    "dataset",
    "nama_file",
    "dibaca",
    "dimuat",
    "diperbarui",
    "sudah_ada",
    "ditolak",
    "oleh",
    "versi",
    "versi_dasar",
)
TAMPIL_RIWAYAT = KOLOM_RIWAYAT[:-1]


def riwayat(store: Path) -> pd.DataFrame:
    """Every import and undo of a store, newest first."""
    f = Path(store) / "riwayat.jsonl"
    if not f.exists():
        return pd.DataFrame(columns=list(KOLOM_RIWAYAT))
    rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    df = pd.DataFrame(rows).iloc[::-1].reset_index(drop=True)
    for c in ("id", "dibaca", "dimuat", "diperbarui", "sudah_ada", "ditolak"):
        if c in df:
            df[c] = df[c].astype("Int64")
    return df


def impor(
    store: Path,
    dataset: str,
    data: bytes,
    nama_file: str,
    oleh: str | None = None,
    pemetaan: dict[str, str] | None = None,
    ketat: bool = False,
    hari_ini: date | None = None,
) -> HasilImpor:
    """Check and load one file as one new version. `ketat`: refuse the file if any row is rejected."""
    store = Path(store)
    oleh = oleh or _pengguna()
    mulai = datetime.now()
    t0 = time.perf_counter()
    src = _store(store)
    with db.writer_lock(store):
        base = src.current_file()
        con = db.connect_readonly(base) if base else None
        try:
            lap = periksa(con, dataset, data, nama_file, pemetaan, hari_ini)
            pernah = _sudah_pernah(con, lap.sha256, dataset) if con and lap.status == "siap" else None
        finally:
            if con is not None:
                con.close()
        lap.detik["periksa"] = round(time.perf_counter() - t0, 3)
        if lap.status != "siap":
            return lap
        p = lap.persiapan
        if pernah:
            lap.status, lap.pesan = (
                "sudah_ada",
                ("kd_f_file_sama", {"id": pernah[0], "file": pernah[1], "waktu": str(pernah[2])[:16]}),
            )
            return lap
        if ketat and p.galat:
            lap.status, lap.pesan = (
                "ditolak",
                ("kd_f_ketat", {"n": len(p.galat), "alasan": p.alasan_teratas()}),
            )
            return lap

        def bangun(con: duckdb.DuckDBPyConnection) -> ringkas.Rentang | None:
            t1 = time.perf_counter()
            if skema.kurang_di(con):  # a store from an older version: brought up to this schema first
                db.create_schema(con)
            # ids stay unique across undo: an undone import keeps its number in the history
            r = riwayat(store)
            dulu = int(r.id.max()) if not r.empty else 0
            iid = max(con.execute("SELECT coalesce(max(id), 0) FROM impor").fetchone()[0], dulu) + 1
            for m in p.muatan:
                baru, ubah, sudah = muat_ke(con, m, iid)
                if m.utama:
                    lap.baru += baru
                    lap.diperbarui += ubah
                    lap.sudah_ada += sudah
            if lap.baru + lap.diperbarui == 0:
                raise _TidakAdaBaru
            if p.peta:
                kolom.ingat(con, dataset, list(p.tabel.data.columns), p.peta)
            con.execute(
                "INSERT INTO impor (id, dataset, nama_file, sha256, baris_dibaca, baris_dimuat, "
                "baris_ditolak, mulai, selesai, status, oleh, baris_sudah_ada, baris_diperbarui, "
                "versi_dasar) VALUES (?, ?, ?, ?, ?, ?, ?, ?, current_timestamp, 'selesai', ?, ?, ?, ?)",
                [
                    iid,
                    dataset,
                    nama_file,
                    lap.sha256,
                    p.dibaca,
                    lap.baru + lap.diperbarui,
                    len(p.galat),
                    mulai,
                    oleh,
                    lap.sudah_ada,
                    lap.diperbarui,
                    base.name if base else None,
                ],
            )
            lap.impor_id = iid
            lap.detik["muat"] = round(time.perf_counter() - t1, 3)
            return _rentang(p.muatan)  # publish rebuilds the summaries of these days

        try:
            target = db.publish(store, bangun, base=base, finish=ringkas.segarkan)
        except _TidakAdaBaru:
            lap.status, lap.pesan = "kosong", ("kd_f_tidak_ada_baru", {"n": lap.sudah_ada})
            return lap
        lap.status, lap.versi = "dimuat", target.name
        lap.detik["total"] = round(time.perf_counter() - t0, 3)
        lap.detik["terbit"] = round(lap.detik["total"] - lap.detik["periksa"] - lap.detik["muat"], 3)
        lap.pesan = (
            "kd_ok_dimuat",
            {
                "baru": lap.baru,
                "ubah": lap.diperbarui,
                "sudah": lap.sudah_ada,
                "tolak": len(p.galat),
                "versi": target.name,
                "detik": lap.detik["total"],
            },
        )
        _log(
            store,
            {
                "waktu": datetime.now().isoformat(timespec="seconds"),
                "aksi": "impor",
                "id": lap.impor_id,
                "dataset": dataset,
                "nama_file": nama_file,
                "sha256": lap.sha256,
                "dibaca": p.dibaca,
                "dimuat": lap.baru,
                "diperbarui": lap.diperbarui,
                "sudah_ada": lap.sudah_ada,
                "ditolak": len(p.galat),
                "oleh": oleh,
                "versi": target.name,
                "versi_dasar": base.name if base else None,
            },
        )
        db.prune(store, SIMPAN_VERSI)
        return lap


def batalkan(store: Path, oleh: str | None = None) -> tuple[str, dict]:
    """Undo the newest import still in effect: CURRENT goes back to the version it was built on."""
    store = Path(store)
    with db.writer_lock(store):
        kini = (store / "CURRENT").read_text().strip() if (store / "CURRENT").exists() else None
        r = riwayat(store)
        calon = r[(r.aksi == "impor") & (r.versi == kini)] if not r.empty else r
        if calon.empty:
            return "kd_undo_tidak_ada", {}
        e = calon.iloc[0]
        dasar = e.versi_dasar
        if not dasar or not (store / "versions" / dasar).exists():
            return "kd_undo_hilang", {"versi": dasar or "-"}
        db.set_current(store, dasar)
        _log(
            store,
            {
                "waktu": datetime.now().isoformat(timespec="seconds"),
                "aksi": "batal",
                "id": int(e.id),
                "dataset": e.dataset,
                "nama_file": e.nama_file,
                "oleh": oleh or _pengguna(),
                "versi": dasar,
                "versi_dasar": kini,
            },
        )
        return "kd_undo_ok", {"id": int(e.id), "file": e.nama_file, "dataset": e.dataset, "versi": dasar}


def init(store: Path, isi: Callable[[duckdb.DuckDBPyConnection], object] | None = None) -> Path:
    """An empty store with only the schema, for a city that brings its own wilayah; `isi` writes
    first rows into it (`init --kota`: the kab/kota's areas, sampah/kota_baru.py)."""
    store = Path(store)
    if (store / "CURRENT").exists():
        raise Tolak("kd_f_store_ada", path=str(store))
    return db.publish(store, isi or (lambda con: None))  # an empty version gets the schema


def _pengguna() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "?"
