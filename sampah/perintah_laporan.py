"""`python -m sampah report --period 2026 --out laporan.html [--pdf laporan.pdf]`"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

import pandas as pd


def _report(args: argparse.Namespace) -> None:
    from sampah import db, laporan, periode, presentasi

    f = db.berkas_atau_keluar(args.store, "; jalankan dulu: python -m sampah demo")
    con = db.connect_readonly(f)
    try:
        tanya = lambda name, **p: db.run(con, name, p)  # noqa: E731
        k = tanya("konteks").iloc[0]
        akhir, mulai = pd.Timestamp(k.data_akhir).date(), pd.Timestamp(k.data_mulai).date()
        kunci = args.period or periode.pilihan("tahun", mulai, akhir)[0]
        try:
            per = periode.dari_kunci(kunci, akhir, mulai)
        except ValueError as e:
            raise SystemExit(str(e)) from e
        slides = args.slides.split(",") if args.slides else list(presentasi.SLIDE)
        salah = [s for s in slides if s not in presentasi.SLIDE]
        if salah:
            raise SystemExit(
                f"Slide tidak dikenal: {', '.join(salah)} (pilihan: {', '.join(presentasi.SLIDE)})"
            )
        kec = [c for c in (args.kec or "").split(",") if c]
        html = laporan.buat_html(tanya, per, kec, args.lang, slides, dibuat=date.today())
    finally:
        con.close()
    out = Path(args.out)
    out.write_text(html, encoding="utf-8")
    print(f"Laporan HTML: {out} ({out.stat().st_size / 1e6:.1f} MB, {len(slides)} slide)")
    if args.pdf:
        laporan.ke_pdf(out, Path(args.pdf))
        print(f"Laporan PDF: {args.pdf}")


def daftar(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("report", help="laporan HTML mandiri (tanpa internet) dan PDF")
    r.add_argument("--period", help="periode: 2026, 2026-S1, 2026-T3 atau 2026-10 (bawaan: tahun terbaru)")
    r.add_argument("--kec", help="kode kecamatan dipisah koma (bawaan: seluruh kota)")
    r.add_argument("--slides", help="slide dipisah koma (bawaan: semua)")
    r.add_argument("--lang", choices=["id", "en"], default="id")
    r.add_argument("--out", required=True, help="berkas HTML keluaran")
    r.add_argument("--pdf", help="juga cetak PDF ke berkas ini (Chromium)")
    r.add_argument("--store")
    r.set_defaults(func=_report)
