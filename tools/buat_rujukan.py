#!/usr/bin/env python3
"""Build the project's national reference of areas and its BPS <-> Kemendagri crosswalk.

    python tools/buat_rujukan.py [--shared ../shared]     (or $SAMPAH_SHARED)

Reads `shared/data/wilayah/kemendagri_wilayah_2025.csv` and `bps_wilayah.csv` (provenance in
shared/data/README.md), writes zstd Parquet into data/rujukan/ (kemendagri, bps, padanan) and the
counts block of data/rujukan/README.md. Where boundaries of both lineages exist in
`shared/data/real/` (Kota Bekasi), pairs are confirmed by polygon overlap. Deterministic.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sampah import padanan  # noqa: E402
from sampah.rujukan import FOLDER, TINGKAT  # noqa: E402

AWAL, AKHIR = "<!-- hitungan:awal -->", "<!-- hitungan:akhir -->"
STATUS = ["cocok_nama", "cocok_lokasi", "ambigu", "tidak_ada", "tidak_ada_bps"]


def bukti_bekasi(real: Path) -> list[tuple[str, pd.DataFrame, str]]:
    """Location evidence from the two Kota Bekasi lineages, at kelurahan and (dissolved) kecamatan
    level: the HDX/BPS 2020 file (codes 'id3275040008') and the Kemendagri file of cahyadsn."""
    import geopandas as gpd

    hdx_f = real / "hdx_kota_bekasi_kelurahan_bps2020.geojson"
    kel_f = real / "geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson"
    kec_f = real / "geo_kota_bekasi_kecamatan_kemendagri_cahyadsn.geojson"
    if not (hdx_f.exists() and kel_f.exists() and kec_f.exists()):
        return []
    hdx = gpd.read_file(hdx_f)
    hdx["kode_bps"] = hdx.village_code.str.removeprefix("id")
    hdx_kec = hdx.assign(kode_bps=hdx.district_code.str.removeprefix("id")).dissolve("kode_bps").reset_index()
    sumber = f"{hdx_f.name} x {{}}"
    return [
        ("desa", padanan.bukti_lokasi(hdx, gpd.read_file(kel_f)), sumber.format(kel_f.name)),
        ("kecamatan", padanan.bukti_lokasi(hdx_kec, gpd.read_file(kec_f)), sumber.format(kec_f.name)),
    ]


def tabel_hitungan(pad: pd.DataFrame, kem: pd.DataFrame, bps: pd.DataFrame) -> str:
    h = padanan.hitungan(pad).reindex(columns=STATUS, fill_value=0)
    baris = [
        "| tingkat | Kemendagri | BPS (baris) | cocok_nama | cocok_lokasi | ambigu | tidak_ada "
        "(Kemendagri) | tidak_ada (BPS) |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for t in TINGKAT:
        r = h.loc[t]
        nk, nb = (kem.tingkat == t).sum(), (bps.tingkat == t).sum()
        baris.append(f"| {t} | {nk:,} | {nb:,} | " + " | ".join(f"{int(r[s]):,}" for s in STATUS) + " |")
    dasar = pad[pad.status.isin(["cocok_nama", "cocok_lokasi"])].groupby(["tingkat", "dasar"]).size()
    baris += ["", "Pairs used, by how they were found (`dasar`):", ""]
    baris += [f"- {t}: " + ", ".join(f"`{d}` {n:,}" for d, n in dasar[t].items()) for t in TINGKAT]
    return "\n".join(baris)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=os.environ.get("SAMPAH_SHARED", str(ROOT.parent / "shared")))
    ap.add_argument("--keluar", default=str(FOLDER))
    a = ap.parse_args()
    data = Path(a.shared) / "data"
    keluar = Path(a.keluar)
    keluar.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    kem = padanan.baca_sumber(data / "wilayah" / "kemendagri_wilayah_2025.csv")
    bps = padanan.baca_sumber(data / "wilayah" / "bps_wilayah.csv")
    pad = padanan.bangun(kem, bps)
    for tingkat, bukti, sumber in bukti_bekasi(data / "real"):
        pad = padanan.tingkatkan_lokasi(pad, bukti, tingkat, sumber)
        print(f"lokasi {tingkat}: {len(bukti)} pasangan saling bertampalan ({sumber})")
    urut = pd.Categorical(pad.tingkat, TINGKAT)
    pad = pad.assign(_t=urut).sort_values(["_t", "kode", "kode_bps"], na_position="last").drop(columns="_t")
    for nama, df in (("kemendagri", kem), ("bps", bps), ("padanan", pad)):
        df.reset_index(drop=True).to_parquet(keluar / f"{nama}.parquet", compression="zstd", index=False)
    teks = tabel_hitungan(pad, kem, bps)
    print(teks)
    readme = keluar / "README.md"
    if readme.exists():
        isi = readme.read_text()
        if AWAL in isi and AKHIR in isi:
            depan, sisa = isi.split(AWAL, 1)
            readme.write_text(depan + AWAL + "\n" + teks + "\n" + AKHIR + sisa.split(AKHIR, 1)[1])
    ukuran = sum(f.stat().st_size for f in keluar.glob("*.parquet")) / 1e6
    print(f"{keluar}: {ukuran:.1f} MB, {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
