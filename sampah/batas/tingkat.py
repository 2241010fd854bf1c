"""The level of a layer: kecamatan or kelurahan (desa), so that a kecamatan polygon never lands on
the kelurahan of the same name (Kota Bekasi has five: Bantargebang, Jatiasih, Jatisampurna,
Medansatria, Mustikajaya) and a kelurahan never on a kecamatan.

In this order:
1. the schema or the code says it, per row: ADM4/village/KDDESA/WADMKD columns, a code's shape
   (32.75.01 and BPS 3275040 are kecamatan; 32.75.01.1001 and 3275040008 kelurahan). Rows without
   one take the level most of the layer has;
2. a parent kecamatan column (name or code) makes it a kelurahan layer;
3. names alone: the level at which more names exist only there (a name found at both levels does
   not vote);
4. neither: each feature is tried at both levels and its location decides (cocok.py: a kecamatan
   polygon holds its kelurahan's reference points, a kelurahan polygon no other kelurahan's).
"""

from __future__ import annotations

from collections import Counter

import pandas as pd

from sampah.batas.daerah import TINGKAT, Daerah


def deteksi(b: pd.DataFrame, d: Daerah) -> tuple[list[tuple[str, ...]], str]:
    """Per row the levels to try, and how the layer's level was found: skema | nama | lokasi."""
    hint = b.tingkat.where(b.tingkat.isin(TINGKAT))
    if hint.notna().any():
        utama = Counter(hint.dropna()).most_common(1)[0][0]
        return [(h if isinstance(h, str) else utama,) for h in hint], "skema"
    if b.nama_induk.notna().any() or b.kode_induk.notna().any():
        return [("kelurahan",)] * len(b), "skema"  # a parent kecamatan column: a kelurahan layer
    suara: Counter = Counter()
    for nama in b.nama:
        if not nama:
            continue
        di = [t for t in TINGKAT if d.menurut_nama(nama, t)]
        if len(di) == 1:
            suara[di[0]] += 1
    if suara:
        (utama, n), *lain = suara.most_common()
        if not lain or n > lain[0][1]:
            return [(utama,)] * len(b), "nama"
    return [TINGKAT] * len(b), "lokasi"


def ringkas(tingkat: pd.Series) -> dict[str, int]:
    """Accepted features per level, kecamatan first."""
    n = Counter(tingkat)
    return {t: n[t] for t in TINGKAT if n[t]}
