"""Reference wilayah (kota, kecamatan, kelurahan) and matching of names to codes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

REF = Path(__file__).resolve().parent.parent / "data" / "wilayah"


@dataclass(frozen=True)
class Reference:
    kota: pd.DataFrame
    kecamatan: pd.DataFrame
    kelurahan: pd.DataFrame


def load_reference(prefix: str = "kota_bekasi", folder: Path = REF) -> Reference:
    """Read the reference CSVs of one kab/kota (codes kept as text)."""

    def read(name: str) -> pd.DataFrame:
        return pd.read_csv(folder / f"{prefix}_{name}.csv", dtype=str).pipe(_numeric)

    return Reference(read("kota"), read("kecamatan"), read("kelurahan"))


def _numeric(df: pd.DataFrame) -> pd.DataFrame:
    for col in ("luas_km2", "lat", "lon", "jumlah_rw"):
        if col in df:
            df[col] = pd.to_numeric(df[col])
    return df


_PREFIX = re.compile(r"^(kecamatan|kelurahan|kec|kel|desa|ds)\.?\s+", re.IGNORECASE)


def normalise_name(name: str) -> str:
    """'Kec. Mustika Jaya' and 'MUSTIKAJAYA' both become 'mustikajaya'."""
    s = _PREFIX.sub("", str(name).strip())
    return re.sub(r"[^a-z0-9]", "", s.lower())
