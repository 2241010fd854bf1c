"""Rebuild the Kota Bekasi reference CSVs in this folder from the project's shared sources.

Run once by a maintainer (needs ../shared); the app itself only reads the CSVs.
Kelurahan area is derived (D) from the simplified MIT polygons of cahyadsn/wilayah_boundaries,
projected to UTM 48S; kecamatan area is the BPS figure (see README.md in this folder).
"""

import json
import sys
from pathlib import Path

import geopandas as gpd
import pandas as pd

SHARED = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared")
HERE = Path(__file__).parent
BPS_KEC = {  # Kemendagri -> BPS 7-digit, github emsifa/api-wilayah-indonesia districts/3275.json
    "32.75.01": "3275040",
    "32.75.02": "3275060",
    "32.75.03": "3275070",
    "32.75.04": "3275050",
    "32.75.05": "3275041",
    "32.75.06": "3275061",
    "32.75.07": "3275030",
    "32.75.08": "3275010",
    "32.75.09": "3275020",
    "32.75.10": "3275011",
    "32.75.11": "3275031",
    "32.75.12": "3275012",
}

kec = pd.read_csv(SHARED / "data/wilayah/kota_bekasi_kecamatan.csv", dtype={"kode": str})
kec_out = pd.DataFrame(
    {
        "kode": kec.kode,
        "kode_bps": kec.kode.map(BPS_KEC),
        "nama": kec.kecamatan,
        "kota_kode": "32.75",
        "luas_km2": kec.luas_km2,
        "lat": kec.lat.round(6),
        "lon": kec.lon.round(6),
    }
)
kec_out.to_csv(HERE / "kota_bekasi_kecamatan.csv", index=False)

kel = pd.read_csv(SHARED / "data/wilayah/kota_bekasi_kelurahan.csv", dtype={"kode": str})
geo = gpd.read_file(SHARED / "data/real/geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson")
geo["luas_km2"] = geo.to_crs(32748).area / 1e6
props = {
    f["properties"]["kode"]: f["properties"]
    for f in json.loads(
        (SHARED / "data/real/geo_kota_bekasi_kelurahan_kemendagri_cahyadsn.geojson").read_text()
    )["features"]
}
kel_out = pd.DataFrame(
    {
        "kode": kel.kode,
        "nama": kel.kelurahan,
        "kecamatan_kode": kel.kode.str[:8],
        "luas_km2": kel.kode.map(dict(zip(geo.kode, geo.luas_km2))).round(2),
        "lat": kel.kode.map(lambda k: round(props[k]["lat"], 6)),
        "lon": kel.kode.map(lambda k: round(props[k]["lng"], 6)),
    }
)
kel_out.to_csv(HERE / "kota_bekasi_kelurahan.csv", index=False)
print(kec_out.shape, kel_out.shape, kel_out.luas_km2.sum())
