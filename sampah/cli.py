"""Command line: `python -m sampah demo|info|import|undo|history|init|restore|migrate|report|bench|
export-parquet`. Commands and flags are English, help texts Indonesian; the Indonesian command and
flag names of earlier versions (riwayat, pulihkan, migrasi, --ketat, --peta, --ditolak, --oleh,
--kerja, ...) still work as aliases."""

from __future__ import annotations

import argparse
import time
from datetime import date
from pathlib import Path

from sampah import db


def _demo(args: argparse.Namespace) -> None:
    from sampah import demo

    store = Path(args.store) if args.store else db.configured_source().path
    if store.suffix == ".duckdb":
        raise SystemExit("demo menulis ke folder penyimpanan (store), bukan ke satu file .duckdb")
    t0 = time.perf_counter()
    rows: list[demo.Rows] = []
    target = db.publish(
        store,
        lambda con: rows.append(
            demo.fill(con, years=args.years, seed=args.seed, scale=args.scale, end=args.end)
        ),
    )
    r = rows[0]
    print(f"Data contoh: {target}")
    print(f"  setoran {r.setoran:,} baris, muatan TPA {r.tpa_muatan:,}, bank sampah {r.bank_sampah}")
    print(f"  dibuat dalam {time.perf_counter() - t0:.1f} s")


def _info(args: argparse.Namespace) -> None:
    src = db.configured_source(args.store)
    try:
        f = src.current_file()
    except db.PenunjukRusak as e:
        raise SystemExit(str(e)) from None
    print(f"Sumber: {src.path} ({'contoh bawaan' if src.is_default else 'dikonfigurasi'})")
    print(f"Versi aktif: {f}")
    if f is not None:
        con = db.connect_readonly(f)
        print(db.run(con, "data_terbaru").to_string(index=False))
        con.close()


def _migrate(args: argparse.Namespace) -> None:
    from sampah import bagian, bagian_ringkas, skema

    f = db.berkas_atau_keluar(args.store)
    kurang = skema.kurang(f)
    satu = not bagian.berbagi_berkas(f)
    ringkas_lama = not satu and bagian_ringkas.tata_lama_berkas(f)
    if not kurang and not satu and not ringkas_lama:
        print("Skema sudah mutakhir.")
        return
    if ringkas_lama:
        print("Memindahkan ringkasan harian ke bagian bersama (impor sebulan tidak menyalin semua tahun).")
    if kurang:
        print(f"Menambahkan: {', '.join(sorted(kurang))}")
    if satu:
        print(
            "Mengubah versi satu berkas menjadi katalog dan bagian (impor berikutnya tidak menyalin semua)."
        )
    from sampah.ingest.muat import _pengguna

    print(f"Versi baru: {skema.migrasi(db.configured_source(args.store).path, oleh=_pengguna())}")


def parser() -> argparse.ArgumentParser:
    """Every command of `python -m sampah`, with its flags."""
    ap = argparse.ArgumentParser(prog="python -m sampah", description="Dasbor pengurangan sampah")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("demo", help="buat basis data contoh yang deterministik")
    d.add_argument("--years", type=int, default=3, help="jumlah tahun data (bawaan 3)")
    d.add_argument("--seed", type=int, default=42, help="benih acak (bawaan 42)")
    d.add_argument(
        "--scale",
        type=float,
        default=0.2,
        help="skala jumlah baris setoran; 1 = ~1 juta setoran/tahun (bawaan 0,2)",
    )
    d.add_argument(
        "--end", type=date.fromisoformat, default=None, help="tanggal terakhir data (bawaan 2026-10-31)"
    )
    d.add_argument("--store", help="folder penyimpanan (bawaan: $SAMPAH_DB atau data/demo)")
    d.set_defaults(func=_demo)
    i = sub.add_parser("info", help="tampilkan basis data yang dipakai")
    i.add_argument("--store")
    i.set_defaults(func=_info)
    from sampah.beban import daftar as daftar_beban  # beban
    from sampah.bench import daftar as daftar_bench  # bench
    from sampah.parket import daftar as daftar_parket  # export-parquet

    daftar_bench(sub)
    daftar_beban(sub)
    daftar_parket(sub)
    from sampah.ingest.perintah import daftar  # import, undo, history, init

    daftar(sub)
    from sampah.perintah_laporan import daftar as daftar_laporan  # report

    daftar_laporan(sub)
    from sampah.pulih import daftar as daftar_pulih  # restore

    daftar_pulih(sub)
    from sampah.kilas import daftar as daftar_kilas  # brief
    from sampah.setelan import daftar as daftar_setelan  # setel

    daftar_kilas(sub)
    daftar_setelan(sub)
    m = sub.add_parser(
        "migrate", aliases=["migrasi"], help="mutakhirkan skema basis data (versi baru, data tetap)"
    )
    m.add_argument("--store")
    m.set_defaults(func=_migrate)
    return ap


def main(argv: list[str] | None = None) -> None:
    args = parser().parse_args(argv)
    if getattr(args, "end", "x") is None:
        from sampah.demo import DEMO_END

        args.end = DEMO_END
    args.func(args)
