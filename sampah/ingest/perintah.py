"""Command-line subcommands of the importer, registered into `python -m sampah`:

    python -m sampah init --store /srv/dlh/sampah              an empty store (schema only)
    python -m sampah init --store S --kota 32.73                with the kab/kota's areas ("Kota Bandung" too)
    python -m sampah import <dataset> <file> [<file> ...] [--store S] [--strict] [--map kolom=Judul]
                           [--rejected out.csv]
                                     [--year 2024]   the year a file without a year column is valid for
                           [--accept-outliers] [--changes out.csv]
    python -m sampah history [--store S]                        imports and undos, newest first
    python -m sampah undo [--store S]                           back to the version before the last import

Commands and flags are English; the Indonesian names of earlier versions still work (riwayat,
--ketat, --peta, --ditolak, --oleh, --tahun, --terima-pencilan, --perubahan).

Values far outside their own series or their peers (sampah/ingest/wajar.py) are held: printed with
their typical value and left out unless --accept-outliers is given; the decision is logged. The
values an update changed are printed (key, column, old -> new) and saved with --changes.

Exit codes: 0 loaded (or nothing new), 1 file refused, 2 usage error. Messages are in Bahasa
Indonesia; `--lang en` switches them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sampah import db
from sampah.i18n import t
from sampah.ingest import Tolak
from sampah.ingest.dataset import DATASETS


def _store(args: argparse.Namespace) -> Path:
    src = db.configured_source(args.store)
    if src.is_default and not args.store:
        print("Catatan: memakai penyimpanan contoh data/demo (atur --store atau SAMPAH_DB).", file=sys.stderr)
    return src.path


def _impor(args: argparse.Namespace) -> None:
    """Each file is its own import (its own version, undone one by one); several files of areas
    go parents first (kota, kecamatan, kelurahan), whatever their order on the line."""
    berkas = [Path(f) for f in args.file]
    for f in berkas:
        if not f.is_file():
            raise SystemExit(f"File tidak ditemukan: {f}")
    if args.dataset == "wilayah" and len(berkas) > 1:
        from sampah.ingest.datasets import wilayah

        berkas.sort(key=lambda f: wilayah.urutan(f.read_bytes(), f.name))
    gagal = 0
    for f in berkas:
        try:
            _impor_satu(args, f)
        except SystemExit as e:
            if len(berkas) == 1:
                raise
            if e.code not in (None, 0, 1):
                print(e.code, file=sys.stderr)
            gagal += 1
    if gagal:
        raise SystemExit(1)


def _impor_satu(args: argparse.Namespace, f: Path) -> None:
    from sampah.ingest import muat

    peta = dict(p.split("=", 1) for p in args.map or [])
    store = _store(args)
    try:
        lap = muat.impor(
            store,
            args.dataset,
            f.read_bytes(),
            f.name,
            oleh=args.by,
            pemetaan=peta,
            ketat=args.strict,
            tahun=args.year,
            pencilan="terima" if args.accept_outliers else None,
        )
    except Exception as e:  # full disk, read-only folder, damaged base version: say so, no traceback
        from sampah import pulih

        pesan = pulih.pesan_gagal_tulis(e, store)
        if pesan is None:
            raise
        raise SystemExit(f"[{args.dataset}] {f.name}: " + t(pesan[0], args.lang, **pesan[1])) from None
    lang = args.lang
    print(f"[{args.dataset}] {f.name}: {lap.teks(lang)}")
    p = lap.persiapan
    if p is not None:
        print(p.ringkas(lang))
        for k, kw in p.catatan:
            print("  · " + t(k, lang, **kw))
        if p.galat:
            tolak = p.ditolak(lang)
            print(tolak.head(10).to_string(index=False, max_colwidth=80))
            if args.rejected:
                from sampah import ekspor

                out = Path(args.rejected)
                out.write_bytes(
                    ekspor.ke_xlsx(tolak, "ditolak") if out.suffix == ".xlsx" else ekspor.ke_csv(tolak)
                )
                print(f"Baris ditolak disimpan di {out}")
        _pencilan(lap, lang)
    _perubahan(lap, args.changes, lang)
    if lap.status in ("ditolak", "ditahan"):
        raise SystemExit(1)


def _pencilan(lap, lang: str) -> None:  # noqa: ANN001 - muat.HasilImpor
    """The held values with their typical value, and what became of them."""
    from sampah.ingest import wajar

    p = lap.persiapan
    if p.pencilan.empty:
        return
    print(t("kd_w_judul", lang) + ":")
    print(wajar.tabel(p.pencilan, p.tabel.baris_file, lang).to_string(index=False, max_colwidth=90))
    if lap.keputusan == "diterima":
        print(t("kd_w_keputusan_diterima", lang, n=lap.pencilan))
    elif lap.status in ("dimuat", "kosong", "ditahan"):
        print(t("kd_w_cli_saran", lang))


def _perubahan(lap, simpan: str | None, lang: str) -> None:  # noqa: ANN001 - muat.HasilImpor
    """The stored values the import changed: key, column, old -> new (all of them with --changes)."""
    if not lap.nilai_berubah:
        return
    df = lap.perubahan
    print(t("kd_u_ringkas", lang, sel=lap.nilai_berubah, baris=lap.diperbarui))
    for r in df.head(20).itertuples(index=False):
        print(f"  {r.tabel} [{r.kunci}] {r.kolom}: {r.lama or '–'} -> {r.baru or '–'}")
    if len(df) > 20:
        print(t("kd_u_sebagian", lang, n=20, total=lap.nilai_berubah))
    if simpan:
        from sampah import ekspor

        out = Path(simpan)
        out.write_bytes(ekspor.ke_xlsx(df, "perubahan") if out.suffix == ".xlsx" else ekspor.ke_csv(df))
        print(t("kd_u_disimpan", lang, path=out))
    elif lap.file_perubahan:
        print(t("kd_u_disimpan", lang, path=lap.file_perubahan))


def _undo(args: argparse.Namespace) -> None:
    from sampah.ingest import muat

    kunci, kw = muat.batalkan(_store(args), oleh=args.by)
    print(t(kunci, args.lang, **kw))
    if kw.get("sel"):
        print(t("kd_u_batal", args.lang, **kw))
    if kunci != "kd_undo_ok":
        raise SystemExit(1)


def _history(args: argparse.Namespace) -> None:
    from sampah.ingest import muat

    r = muat.riwayat(_store(args))
    if r.empty:
        print(t("kd_riwayat_kosong", args.lang))
        return
    kol = [c for c in muat.TAMPIL_RIWAYAT if c in r]
    print(r[kol].head(args.n).to_string(index=False))


def _init(args: argparse.Namespace) -> None:
    from sampah.ingest import muat

    if not args.store:
        raise SystemExit("init butuh --store <folder>")
    if args.kota:  # the kab/kota's areas from the national reference (sampah/kota_baru.py)
        from sampah import kota_baru

        kota_baru.init(Path(args.store), args.kota, args.lang)
        return
    try:
        f = muat.init(Path(args.store))
    except Tolak as e:
        raise SystemExit(e.teks(args.lang)) from None
    print(
        f"Penyimpanan kosong dibuat: {f}. Lanjutkan dengan: python -m sampah import wilayah <file> "
        f"--store {args.store}"
    )


def daftar(sub: argparse._SubParsersAction) -> None:
    """Add the importer's subcommands to the `python -m sampah` parser."""

    def umum(p: argparse.ArgumentParser) -> None:
        p.add_argument("--store", help="folder penyimpanan (bawaan: $SAMPAH_DB atau data/demo)")
        p.add_argument(
            "--by", "--oleh", dest="by", help="nama pengguna untuk log impor (bawaan: login sistem)"
        )
        p.add_argument("--lang", choices=("id", "en"), default="id")

    i = sub.add_parser("import", help="impor satu file ke dataset (semua atau tidak sama sekali)")
    i.add_argument("dataset", choices=sorted(DATASETS))
    i.add_argument("file", nargs="+", help="satu file atau lebih (wilayah: kab/kota, kecamatan, kelurahan)")
    i.add_argument(
        "--strict",
        "--ketat",
        dest="strict",
        action="store_true",
        help="tolak seluruh file bila ada satu baris ditolak",
    )
    i.add_argument(
        "--map",
        "--peta",
        dest="map",
        action="append",
        metavar="KOLOM=JUDUL",
        help="petakan kolom dataset ke judul kolom di file, mis. --map berat=Timbangan",
    )
    i.add_argument(
        "--year",
        "--tahun",
        dest="year",
        type=int,
        metavar="TAHUN",
        help="tahun berlaku file tanpa kolom tahun (mis. daftar bank sampah tanpa tahun berdiri)",
    )
    i.add_argument(
        "--rejected", "--ditolak", dest="rejected", help="simpan baris yang ditolak ke file .csv atau .xlsx"
    )
    i.add_argument(
        "--accept-outliers",
        "--terima-pencilan",
        dest="accept_outliers",
        action="store_true",
        help="muat juga nilai yang ditahan karena jauh di luar kewajaran (keputusan dicatat di riwayat)",
    )
    i.add_argument(
        "--changes",
        "--perubahan",
        dest="changes",
        help="simpan daftar nilai yang berubah (kunci, kolom, lama, baru) ke file .csv atau .xlsx",
    )
    umum(i)
    i.set_defaults(func=_impor)
    u = sub.add_parser("undo", help="batalkan impor terakhir")
    umum(u)
    u.set_defaults(func=_undo)
    r = sub.add_parser("history", aliases=["riwayat"], help="riwayat impor dan pembatalan")
    r.add_argument("-n", type=int, default=30)
    umum(r)
    r.set_defaults(func=_history)
    n = sub.add_parser("init", help="buat penyimpanan baru untuk kab/kota lain (kosong, atau dengan --kota)")
    n.add_argument(
        "--kota",
        help='kab/kota dari rujukan nasional: kode (32.73 atau BPS 3273) atau nama ("Kota Bandung"); '
        "kecamatan dan kelurahan/desanya ikut dibuat",
    )
    umum(n)
    n.set_defaults(func=_init)
