"""Settings that are data (rows of `pengaturan`), set from the command line with a check:

    python -m sampah setel tpa_sisa_kapasitas 1500000 --catatan "Survei UPTD TPA, Jan 2026"
    python -m sampah setel tpa_jenis controlled_landfill --catatan "SK Kadis 12/2026"
    python -m sampah setel --hapus tps_liar
    python -m sampah setel                       # list the settings and their values

Each change publishes a new version of the store (viewers never see half of it), logged in the
history as 'setel'; undoing an import made before it keeps the settings (sampah/ingest/muat.py).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sampah import db


def _angka(lo: float, hi: float) -> Callable[[str], str]:
    def cek(v: str) -> str:
        x = float(v.replace(",", "."))
        if not lo <= x <= hi:
            raise ValueError(f"harus antara {lo:g} dan {hi:g}")
        return repr(x) if x != int(x) else str(int(x))

    return cek


def _bulat(lo: int, hi: int) -> Callable[[str], str]:
    def cek(v: str) -> str:
        x = int(v)
        if not lo <= x <= hi:
            raise ValueError(f"harus bilangan bulat {lo}..{hi}")
        return str(x)

    return cek


def _pilih(*boleh: str) -> Callable[[str], str]:
    def cek(v: str) -> str:
        if v not in boleh:
            raise ValueError(f"pilihan: {', '.join(boleh)}")
        return v

    return cek


def _kabkota(v: str) -> str:
    """'Kota Semarang; 3374, Kab. Bekasi' -> '33.74,32.16' through the national reference."""
    from sampah import rujukan

    return ",".join(
        rujukan.kabkota(x.strip()).kode or "" for x in v.replace(";", ",").split(",") if x.strip()
    )


def _tanggal(v: str) -> str:
    return date.fromisoformat(v).isoformat()


@dataclass(frozen=True)
class Kunci:
    cek: Callable[[str], str]
    ket: str


KUNCI: dict[str, Kunci] = {
    "kg_per_orang_hari": Kunci(_angka(0.05, 5), "timbulan per orang per hari (kg); SNI 19-3983-1995"),
    "psel_mulai_tahun": Kunci(_bulat(2000, 2100), "tahun PSEL (pengolahan sampah jadi energi) mulai"),
    "tpa_jenis": Kunci(
        _pilih("open_dumping", "controlled_landfill", "sanitary_landfill"), "jenis TPA (Adipura, metana)"
    ),
    "tps_liar": Kunci(_bulat(0, 100_000), "jumlah TPS liar yang diketahui"),
    "tpa_sisa_kapasitas": Kunci(_angka(1, 1e10), "sisa kapasitas TPA, dalam tpa_sisa_satuan"),
    "tpa_sisa_satuan": Kunci(_pilih("m3", "ton"), "satuan sisa kapasitas: m3 atau ton"),
    "tpa_sisa_tanggal": Kunci(_tanggal, "tanggal sisa kapasitas diukur (YYYY-MM-DD)"),
    "tpa_kepadatan_kg_m3": Kunci(_angka(50, 2000), "kepadatan sampah (kg/m3) untuk kapasitas dalam m3"),
    "porsi_organik": Kunci(_angka(0, 1), "porsi organik timbulan (0-1), mis. 0.6"),
    "sipsn_pembanding": Kunci(_kabkota, "kab/kota pembanding SIPSN, dipisah koma (nama atau kode)"),
}


def setel(store: str | None, kunci: str, nilai: str | None, catatan: str | None = None) -> str:
    """Set (or with nilai None remove) one setting; returns the new version's file name."""
    if kunci not in KUNCI:
        raise ValueError(f"kunci tidak dikenal: {kunci} (pilihan: {', '.join(KUNCI)})")
    v = None if nilai is None else KUNCI[kunci].cek(nilai)
    src = db.configured_source(store)
    db.berkas_atau_keluar(store)  # a clear exit before the lock creates anything
    from sampah import jurnal
    from sampah.ingest.muat import _pengguna

    with db.writer_lock(src.path):  # the base is read and replaced by one writer at a time
        base = db.berkas_atau_keluar(store)
        jurnal.rukunkan(src.path, base.name, base.parent)

        def bangun(con) -> None:  # noqa: ANN001 - duckdb connection
            con.execute("DELETE FROM pengaturan WHERE kunci = ?", [kunci])
            if v is not None:
                con.execute("INSERT INTO pengaturan VALUES (?, ?, ?)", [kunci, v, catatan])

        def catat(target: Path) -> None:  # in the history before CURRENT moves (sampah/jurnal.py)
            jurnal.tulis(
                src.path,
                {
                    "waktu": jurnal.sekarang(),
                    "aksi": "setel",
                    "status": "selesai",
                    "dataset": "pengaturan",
                    "nama_file": kunci,
                    "oleh": _pengguna(),
                    "versi": target.name,
                    "versi_dasar": base.name,
                    "catatan": f"{kunci} = {v if v is not None else '(dihapus)'}",
                },
            )

        # no summary reads a setting: no finish step
        return db.publish(src.path, bangun, base=base, sebelum_tukar=catat).name


def _perintah(args: argparse.Namespace) -> None:
    if args.kunci is None:
        con = db.connect_readonly(db.berkas_atau_keluar(args.store))
        try:
            ada = dict(con.execute("SELECT kunci, nilai FROM pengaturan").fetchall())
        finally:
            con.close()
        for k, d in KUNCI.items():
            print(f"  {k:22} {ada.get(k, '-'):>14}   {d.ket}")
        return
    try:
        versi = setel(args.store, args.kunci, None if args.hapus else args.nilai, args.catatan)
    except ValueError as e:
        raise SystemExit(f"{args.kunci}: {e}") from None
    print(f"{args.kunci} {'dihapus' if args.hapus else '= ' + str(args.nilai)}; versi baru {versi}")


def daftar(sub: argparse._SubParsersAction) -> None:
    s = sub.add_parser(
        "set", aliases=["setel"], help="atur pengaturan (kapasitas TPA, jenis TPA, norma timbulan, ...)"
    )
    s.add_argument("kunci", nargs="?", help=", ".join(KUNCI))
    s.add_argument("nilai", nargs="?")
    s.add_argument("--note", "--catatan", dest="catatan", help="sumber atau keterangan nilai")
    s.add_argument("--delete", "--hapus", dest="hapus", action="store_true", help="hapus pengaturan ini")
    s.add_argument("--store")
    s.set_defaults(func=_perintah)
