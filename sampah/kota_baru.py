"""A store for any kab/kota from the national reference: `python -m sampah init --kota 32.73`.

The kota row, every kecamatan and kelurahan/desa with its Kemendagri code and name, and the BPS
code where the crosswalk pairs it with exactly one (`cocok_nama` / `cocok_lokasi`); an ambiguous
or unpaired area gets no BPS code rather than a guessed one. The reference has no coordinates,
areas or population: those come from boundary files and population tables imported later.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from sampah import rujukan


@dataclass(frozen=True)
class IsiKota:
    """What `isi` writes for one kab/kota."""

    kota: rujukan.Wilayah
    provinsi: str
    kecamatan: pd.DataFrame  # kode, kode_bps, kota_kode, nama
    kelurahan: pd.DataFrame  # kode, kode_bps, kecamatan_kode, nama

    def ringkas(self, berkas: object, lang: str = "id") -> str:
        from sampah.i18n import t

        kec, kel = self.kecamatan, self.kelurahan
        teks = t(
            "kb_dibuat",
            lang,
            kota=self.kota.nama,
            kode=self.kota.kode,
            provinsi=self.provinsi,
            berkas=berkas,
            n_kec=len(kec),
            n_kec_bps=int(kec.kode_bps.notna().sum()),
            n_kel=len(kel),
            n_kel_bps=int(kel.kode_bps.notna().sum()),
        )
        tanpa = pd.concat([kec, kel])
        tanpa = tanpa[tanpa.kode_bps.isna()]
        if len(tanpa):
            daftar = ", ".join(f"{k} {n}" for k, n in zip(tanpa.kode[:8], tanpa.nama[:8]))
            teks += "\n" + t("kb_tanpa_bps", lang, daftar=daftar + (" …" if len(tanpa) > 8 else ""))
        return teks


def siapkan(teks: str) -> IsiKota:
    """The rows for the kab/kota a code or name means; raises `rujukan.BukanSatu` otherwise."""
    r = rujukan.rujukan()
    kota = r.kabkota(teks)
    kec = r.anak(kota.kode)
    kel = r.anak(kota.kode, "desa")
    return IsiKota(
        kota,
        r.wilayah(kota.induk).nama if kota.induk else "",
        kec.assign(kota_kode=kota.kode)[["kode", "kode_bps", "kota_kode", "nama"]],
        kel.rename(columns={"induk": "kecamatan_kode"})[["kode", "kode_bps", "kecamatan_kode", "nama"]],
    )


def isi(con: duckdb.DuckDBPyConnection, k: IsiKota) -> None:
    """Write the kab/kota's rows into a store version being built (schema already applied)."""
    con.execute(
        "INSERT INTO kota (kode, kode_bps, nama, provinsi) VALUES (?, ?, ?, ?)",
        [k.kota.kode, k.kota.kode_bps, k.kota.nama, k.provinsi],
    )
    for tabel, df in (("kecamatan", k.kecamatan), ("kelurahan", k.kelurahan)):
        con.register("_isi", df)
        try:
            kolom = ", ".join(df.columns)
            con.execute(f"INSERT INTO {tabel} ({kolom}) SELECT {kolom} FROM _isi")
        finally:
            con.unregister("_isi")


def init(store: Path, teks: str, lang: str = "id") -> Path:
    """`python -m sampah init --store S --kota X`: resolve X first (nothing is created for an
    ambiguous or unknown X), then a new store with the kab/kota's areas. Exits with the message."""
    from sampah.ingest import Tolak, muat

    try:
        k = siapkan(teks)
        f = muat.init(store, lambda con: isi(con, k))
    except (rujukan.BukanSatu, Tolak) as e:
        raise SystemExit(e.teks(lang)) from None
    print(k.ringkas(f, lang))
    from sampah.i18n import t

    print(t("kb_lanjut", lang, store=store))
    return f
