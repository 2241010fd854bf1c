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

import contextlib
import getpass
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa

from sampah import bagian, bagian_ringkas, db, fmt, jurnal, ringkas, skema
from sampah.ingest import Tolak, kolom, wajar
from sampah.ingest.alur import periksa_berkas
from sampah.ingest.perubahan import BATAS_PERUBAHAN, PERUBAHAN, beda, perubahan_impor, simpan_perubahan
from sampah.ingest.susun import Muatan, Persiapan
from sampah.jurnal import KOLOM_RIWAYAT, TAMPIL_RIWAYAT, riwayat

# the page and the CLI read the history and an import's changes through muat
__all__ = ["KOLOM_RIWAYAT", "PERUBAHAN", "TAMPIL_RIWAYAT", "perubahan_impor", "riwayat"]

SIMPAN_VERSI = 20  # versions kept for undo; older ones are deleted after an import
# columns saying where a row came from (a file name): they follow a change of the values but are
# not one, or every re-import under another file name would "update" every row
KOLOM_ASAL = ("sumber",)
# what the user decided about held values (sampah/ingest/wajar.py): load them too, or leave them out
KEPUTUSAN = ("terima", "lewati")
# raw rows from which the build runs on a catalog of DuckDB's own block size (db.salin_katalog)
BARIS_BLOK_LEBAR = 200_000


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
    # stored values this import changed: tabel, kunci, kolom, lama, baru (at most BATAS_PERUBAHAN)
    perubahan: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=list(PERUBAHAN)))
    nilai_berubah: int = 0  # all changed cells, listed or not
    file_perubahan: Path | None = None  # the list, saved in the store for the history
    pencilan: int = 0  # held values (rows) of the file
    keputusan: str | None = None  # diterima | dilewati, when there were held values
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
    tahun: int | None = None,
) -> HasilImpor:
    """Read, map, parse, validate and match a file against the database `con` (read only).
    Nothing is written. A refused file comes back with status 'ditolak' and the reason.
    `tahun`: the year a file without a year column is valid for."""
    lap = HasilImpor(dataset, nama_file, sha256(data))
    try:
        lap.persiapan = periksa_berkas(
            con, dataset, data, nama_file, pemetaan, hari_ini or date.today(), tahun
        )
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


def muat_ke(
    con: duckdb.DuckDBPyConnection, m: Muatan, impor_id: int, perubahan: list[pd.DataFrame] | None = None
) -> tuple[int, int, int]:
    """Write one Muatan into `con`: returns (new, updated, already present). Identifiers come from the
    registry, never from a file; values are bound through a registered DataFrame. A row counts as
    updated only when one of its values changes (not its provenance, KOLOM_ASAL); each changed cell
    is appended to `perubahan` as key, column, old -> new."""
    if m.df.empty:
        return 0, 0, 0
    df = m.df.reset_index(drop=True)
    cols = list(df.columns)
    tcols = {r[0] for r in con.execute(f"DESCRIBE {m.tabel}").fetchall()}
    pakai_impor = "impor_id" in tcols
    # typed columns are read from their Arrow buffers (half the time of DuckDB's pandas scan);
    # columns of Python objects (small files assembled row by row) through the pandas scan
    con.register("_df", pa.Table.from_pandas(df, preserve_index=False) if _bertipe(df) else df)
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
    isi_kol = [c for c in lain if c not in KOLOM_ASAL]
    sama = " AND ".join([f"{nilai_baru[c]} IS NOT DISTINCT FROM t.{c}" for c in isi_kol] or ["true"])
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
        if perubahan is not None:
            perubahan.append(beda(con, m, isi_kol, nilai_baru, cocok))
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


def _bertipe(df: pd.DataFrame) -> bool:
    return all(df[c].dtype != object for c in df.columns)


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


def _sentuh(muatan: list[Muatan]) -> dict[str, set[str]]:
    """The months of raw rows an import writes (db.publish opens those parts for writing): every
    key of a raw table holds its date, so no other month can hold a row it matches."""
    out: dict[str, set[str]] = {}
    for m in muatan:
        kol = bagian.MENTAH.get(m.tabel)
        if kol and not m.df.empty:
            d = pd.to_datetime(m.df[kol]).dropna()
            kode = (d.dt.year * 100 + d.dt.month).unique()  # not strftime: 1 M dates in ms
            out.setdefault(m.tabel, set()).update(f"{k // 100:04d}-{k % 100:02d}" for k in kode)
    return out


def _log(store: Path, entri: dict) -> None:
    jurnal.tulis(store, entri)


def impor(
    store: Path,
    dataset: str,
    data: bytes,
    nama_file: str,
    oleh: str | None = None,
    pemetaan: dict[str, str] | None = None,
    ketat: bool = False,
    hari_ini: date | None = None,
    tahun: int | None = None,
    pencilan: str | None = None,
) -> HasilImpor:
    """Check and load one file as one new version. `ketat`: refuse the file if any row is rejected.
    Every call is in the history: a loaded file (written before CURRENT moves, so a kill never leaves
    rows the history does not list), a refused, repeated or empty one, and one that failed.
    `pencilan` (KEPUTUSAN): 'terima' loads the values held as implausible too; otherwise they are
    left out, and the decision is logged either way."""
    if pencilan not in (None, *KEPUTUSAN):
        raise ValueError(f"pencilan: {pencilan!r}")
    store = Path(store)
    oleh = oleh or _pengguna()
    _store(store)
    with db.writer_lock(store):
        kini = db.baca_penunjuk(store)
        if kini:
            jurnal.rukunkan(store, kini, store / "versions")
        tercatat: dict = {}  # the history line, once written
        try:
            lap = _impor(
                store, dataset, data, nama_file, oleh, pemetaan, ketat, hari_ini, tahun, pencilan, tercatat
            )
        except BaseException as e:
            lap = HasilImpor(dataset, nama_file, sha256(data))
            _log_gagal(store, tercatat.get("entri") or _entri(lap, oleh, None, kini), e)
            raise
        if lap.status == "dimuat":
            db.prune(store, SIMPAN_VERSI)
        else:
            _log(store, _entri(lap, oleh, None, kini))
        return lap


def _entri(lap: HasilImpor, oleh: str, versi: str | None, dasar: str | None, **lain: object) -> dict:
    """The history line of one import."""
    p = lap.persiapan
    return {
        "waktu": datetime.now().isoformat(timespec="seconds"),
        "aksi": "impor",
        "status": lap.status,
        "id": lap.impor_id,
        "dataset": lap.dataset,
        "nama_file": lap.nama_file,
        "sha256": lap.sha256,
        "dibaca": p.dibaca if p else None,
        "dimuat": lap.baru,
        "diperbarui": lap.diperbarui,
        "sudah_ada": lap.sudah_ada,
        "ditolak": len(p.galat) if p else None,
        "file_perubahan": lap.file_perubahan.name if lap.file_perubahan else None,
        "pencilan": lap.pencilan or None,
        "keputusan": lap.keputusan,
        "nilai_berubah": lap.nilai_berubah or None,
        "oleh": oleh,
        "versi": versi,
        "versi_dasar": dasar,
        "alasan": lap.teks("id") if lap.status != "dimuat" else None,
        **lain,
    }


def _log_gagal(store: Path, entri: dict, e: BaseException) -> None:
    """An import that raised (full disk, no permission, Ctrl-C): in the history with the reason, as
    far as the disk still allows. If its line was already written (the switch of CURRENT failed),
    a note says that it never became current."""
    alasan = (str(e).splitlines() or [type(e).__name__])[0][:200]
    waktu = datetime.now().isoformat(timespec="seconds")
    if entri.get("versi"):  # the reverse of the written line: CURRENT stayed on its base
        entri = {
            **entri,
            "aksi": "tidak_terbit",
            "versi": entri["versi_dasar"],
            "versi_dasar": entri["versi"],
        }
    status = "gagal" if entri["aksi"] == "impor" else "tidak_terbit"
    with contextlib.suppress(OSError):
        _log(store, {**entri, "waktu": waktu, "status": status, "alasan": alasan})


def _impor(
    store: Path,
    dataset: str,
    data: bytes,
    nama_file: str,
    oleh: str,
    pemetaan: dict[str, str] | None,
    ketat: bool,
    hari_ini: date | None,
    tahun: int | None,
    pencilan: str | None,
    tercatat: dict,
) -> HasilImpor:
    mulai = datetime.now()
    t0 = time.perf_counter()
    src = _store(store)
    with db.writer_lock(store):
        base = src.current_file()
        con = db.connect_readonly(base) if base else None
        try:
            lap = periksa(con, dataset, data, nama_file, pemetaan, hari_ini, tahun)
            pernah = _sudah_pernah(con, lap.sha256, dataset) if con and lap.status == "siap" else None
        finally:
            if con is not None:
                con.close()
        lap.detik["periksa"] = round(time.perf_counter() - t0, 3)
        if lap.status != "siap":
            return lap
        p = lap.persiapan
        ditahan = wajar.baris_file(p.pencilan)
        if pernah and ditahan and pencilan == "terima" and _dilewati_dulu(store, lap.sha256):
            pernah = None  # the same file again, now to load the values it left out
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
        if ditahan:
            lap.pencilan = len(ditahan)
            lap.keputusan = "diterima" if pencilan == "terima" else "dilewati"
            if lap.keputusan == "dilewati":
                for m in p.muatan:
                    if m.df.index.name == "_i":
                        m.df = m.df[~m.df.index.isin(ditahan)]
                if p.valid <= len(ditahan):
                    lap.status, lap.pesan = "ditahan", ("kd_w_semua_ditahan", {"n": len(ditahan)})
                    return lap  # impor() logs it, with the decision

        def bangun(con: duckdb.DuckDBPyConnection) -> ringkas.Rentang | None:
            t1 = time.perf_counter()
            if skema.kurang_di(con):  # a store from an older version: brought up to this schema first
                db.create_schema(con)
            # ids stay unique across undo: an undone import keeps its number in the history
            r = riwayat(store)
            dulu = int(r.id.max()) if r.id.notna().any() else 0
            iid = max(con.execute("SELECT coalesce(max(id), 0) FROM impor").fetchone()[0], dulu) + 1
            beda: list[pd.DataFrame] = []
            for m in p.muatan:
                baru, ubah, sudah = muat_ke(con, m, iid, beda)
                if m.utama:
                    lap.baru += baru
                    lap.diperbarui += ubah
                    lap.sudah_ada += sudah
            beda = [b for b in beda if not b.empty]
            if beda:
                lap.nilai_berubah = sum(b.attrs.get("total", len(b)) for b in beda)
                lap.perubahan = pd.concat(beda, ignore_index=True).head(BATAS_PERUBAHAN)
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

        def catat(target: Path) -> None:  # before CURRENT moves (sampah/jurnal.py)
            lap.status, lap.versi = "dimuat", target.name
            if lap.nilai_berubah:  # kept beside the versions: the history can show it after a restart
                lap.file_perubahan = simpan_perubahan(store, lap.impor_id, lap.perubahan)
            tercatat["entri"] = _entri(lap, oleh, target.name, base.name if base else None)
            _log(store, tercatat["entri"])

        try:
            target = db.publish(
                store,
                bangun,
                base=base,
                finish=ringkas.segarkan,
                sebelum_tukar=catat,
                sentuh=_sentuh(p.muatan),
                blok_lebar=sum(len(m.df) for m in p.muatan if m.tabel in bagian.MENTAH) >= BARIS_BLOK_LEBAR,
            )
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
        return lap


def _dilewati_dulu(store: Path, sha: str) -> bool:
    """This file's newest import left its held values out."""
    r = riwayat(store)
    if r.empty or "keputusan" not in r or "sha256" not in r:
        return False
    r = r[(r.aksi == "impor") & (r.sha256 == sha)]
    return not r.empty and r.keputusan.iloc[0] == "dilewati"  # newest first


def batalkan(store: Path, oleh: str | None = None) -> tuple[str, dict]:
    """Undo the newest import still in effect: CURRENT goes back to the version it was built on,
    passing through any migration made since (sampah/jurnal.py). If that version predates the
    code's schema, a migrated copy of it becomes current, so undo never leaves the dashboard on an
    outdated schema. Returns a message; a store that cannot be written gives a message too."""
    store = Path(store)
    try:
        with db.writer_lock(store):
            return _batalkan(store, oleh or _pengguna())
    except db.PenunjukRusak as e:
        return "pl_penunjuk_rusak", {"path": e.store, "isi": e.isi}
    except OSError as e:
        from sampah import pulih

        return pulih.pesan_gagal_tulis(e, store)


def _batalkan(store: Path, oleh: str) -> tuple[str, dict]:
    kini = db.baca_penunjuk(store)
    if kini:
        jurnal.rukunkan(store, kini, store / "versions")
    asal, x, lewat = jurnal.asal(jurnal.baca(store)), kini, set()
    while x in asal and asal[x].aksi in jurnal.LEWAT:
        lewat.add(asal[x].aksi)
        x = asal[x].dasar
    if x not in asal:
        return "kd_undo_tidak_ada", {}
    e = asal[x].entri
    dasar = e.get("versi_dasar")
    if not dasar or not (store / "versions" / dasar).exists():
        return "kd_undo_hilang", {"versi": dasar or "-"}
    batal = {
        "aksi": "batal",
        "status": "selesai",
        "id": e.get("id"),
        "dataset": e.get("dataset"),
        "nama_file": e.get("nama_file"),
        "oleh": oleh,
        "versi_dasar": kini,
    }
    try:  # migrated since (a newer schema, or single-file versions turned into parts): undo keeps it
        f = store / "versions" / dasar
        lama = bool(skema.kurang(f)) or (
            bagian.berbagi_berkas(store / "versions" / kini) and not bagian.berbagi_berkas(f)
        )
        kini_lama = bagian_ringkas.tata_lama_berkas(store / "versions" / kini)
        lama = lama or (bagian_ringkas.tata_lama_berkas(f) and not kini_lama)  # summaries into parts since
    except duckdb.Error:  # a damaged base: point at it all the same, the dashboard falls back
        lama = False
    setel = "setel" in lewat  # a setting made since: undo keeps it (only the import is undone)
    if lama or setel:  # migrated since: undo keeps the newer schema

        def bangun(con: duckdb.DuckDBPyConnection) -> None:
            if lama:
                db.create_schema(con)
            if setel:
                _bawa_pengaturan(con, store / "versions" / kini)

        def catat(target: Path) -> None:
            for aksi in ("migrasi",) * lama + ("setel",) * setel:
                _log(
                    store,
                    {
                        "waktu": jurnal.sekarang(),
                        "aksi": aksi,
                        "status": "selesai",
                        "oleh": oleh,
                        "versi": target.name,
                        "versi_dasar": dasar,
                        "catatan": f"dibawa dari {kini} saat impor #{e.get('id')} dibatalkan",
                    },
                )
            _log(store, {"waktu": jurnal.sekarang(), **batal, "versi": target.name})

        tujuan = db.publish(
            store,
            bangun,
            base=f,
            finish=ringkas.segarkan if lama else None,  # a setting changes no summary
            sebelum_tukar=catat,
            tata="bagian",
        ).name
    else:
        _log(store, {"waktu": jurnal.sekarang(), **batal, "versi": dasar})
        db.set_current(store, dasar)
        tujuan = dasar
    sel = e.get("nilai_berubah")  # values the import changed, back as they were
    kw = {"id": e.get("id"), "file": e.get("nama_file"), "dataset": e.get("dataset"), "versi": tujuan}
    kw["sel"] = int(sel) if isinstance(sel, (int, float)) and sel == sel else 0
    return "kd_undo_ok", kw


def _bawa_pengaturan(con: duckdb.DuckDBPyConnection, dari: Path) -> None:
    """The settings of version `dari` replace those of `con` (undo takes back an import, not a
    setting made after it)."""
    con.execute(f"ATTACH '{str(dari).replace(chr(39), chr(39) * 2)}' AS _dari (READ_ONLY)")
    try:
        con.execute("DELETE FROM pengaturan")
        con.execute("INSERT INTO pengaturan BY NAME SELECT * FROM _dari.main.pengaturan")
    finally:
        con.execute("DETACH _dari")


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
