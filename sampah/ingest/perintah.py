"""Command-line subcommands of the importer, registered into `python -m sampah`:

    python -m sampah init --store /srv/dlh/sampah              an empty store (schema only)
    python -m sampah init --store S --kota 32.73                with the kab/kota's areas ("Kota Bandung" too)
    python -m sampah import <dataset> <file> [--store S] [--strict] [--map kolom=Judul] [--rejected out.csv]
    python -m sampah history [--store S]                        imports and undos, newest first
    python -m sampah undo [--store S]                           back to the version before the last import

Commands and flags are English; the Indonesian names of earlier versions still work (riwayat,
--ketat, --peta, --ditolak, --oleh).

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
    from sampah.ingest import muat

    f = Path(args.file)
    if not f.is_file():
        raise SystemExit(f"File tidak ditemukan: {f}")
    peta = dict(p.split("=", 1) for p in args.map or [])
    store = _store(args)
    try:
        lap = muat.impor(
            store, args.dataset, f.read_bytes(), f.name, oleh=args.by, pemetaan=peta, ketat=args.strict
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
        print(t("kd_ringkas", lang, dibaca=p.dibaca, valid=p.valid, tolak=len(p.galat)))
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
    if lap.status == "ditolak":
        raise SystemExit(1)


def _undo(args: argparse.Namespace) -> None:
    from sampah.ingest import muat

    kunci, kw = muat.batalkan(_store(args), oleh=args.by)
    print(t(kunci, args.lang, **kw))
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
    i.add_argument("file")
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
        "--rejected", "--ditolak", dest="rejected", help="simpan baris yang ditolak ke file .csv atau .xlsx"
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
