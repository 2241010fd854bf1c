"""Bubble names on the map: placed where they cover no other name and no other bubble's middle at
every width the map is drawn at (a 360 px phone to a wall screen), else left to hover. Checked on
generated towns, at scales sampled across the range; the browser test measures the drawn result."""

from __future__ import annotations

import random

import pandas as pd
import plotly.graph_objects as go
import pytest

from sampah.charts.peta import UKURAN_LABEL, _skala_px, peta_gelembung, tempat_label


def _kotak(lon: float, lat: float, teks: str, ox: float, oy: float, s: float, a: float) -> tuple:
    baris = teks.split("<br>")
    w = max(len(b) for b in baris) * UKURAN_LABEL * 0.5 + 6
    h = len(baris) * (UKURAN_LABEL + 4) + 3
    x, y = lon / a * s + ox, lat * s + oy
    return x - w / 2, x + w / 2, y - h / 2, y + h / 2


def _tumpang(p: tuple, q: tuple) -> bool:
    return p[0] < q[1] and q[0] < p[1] and p[2] < q[3] and q[2] < p[3]


def _kota(n: int, seed: int, rapat: float) -> tuple[list, list, list, tuple]:
    acak = random.Random(seed)
    titik = [(107.0 + acak.uniform(-rapat, rapat), -6.25 + acak.uniform(-rapat, rapat)) for _ in range(n)]
    nama = [
        acak.choice(["Bekasi ", "Pondok", "Jati", "Mustika", ""]) + f"Kec{i}" * acak.randint(1, 2)
        for i in range(n)
    ]
    diameter = sorted((acak.uniform(12, 60) for _ in range(n)), reverse=True)
    xs, ys = [x for x, _ in titik], [y for _, y in titik]
    bentang = (min(xs) - 0.02, max(xs) + 0.02, min(ys) - 0.02, max(ys) + 0.02)
    return titik, nama, diameter, bentang


@pytest.mark.parametrize("seed", range(12))
@pytest.mark.parametrize("rapat", [0.03, 0.08, 0.15])
def test_names_never_overlap_each_other_or_other_bubbles_at_any_width(seed: int, rapat: float):
    titik, nama, diameter, bentang = _kota(14, seed, rapat)
    hasil = tempat_label(titik, nama, diameter, bentang, 620)
    s_kecil, s_besar, a = _skala_px(bentang, 620)
    for k in range(9):
        s = s_kecil + (s_besar - s_kecil) * k / 8
        kotak = [_kotak(*p, *g, s, a) if g else None for p, g in zip(titik, hasil)]
        for i, ki in enumerate(kotak):
            if ki is None:
                continue
            for j, (lon, lat) in enumerate(titik):
                if j != i:  # another bubble's middle (half its diameter) stays free
                    r = diameter[j] * 0.25
                    tengah = (lon / a * s - r, lon / a * s + r, lat * s - r, lat * s + r)
                    assert not _tumpang(ki, tengah), (nama[i], nama[j], s)
                if j > i and kotak[j] is not None:
                    assert not _tumpang(ki, kotak[j]), (nama[i], nama[j], s)


def test_a_crowded_town_leaves_names_to_hover_and_a_sparse_one_names_all():
    padat = tempat_label(*_kota(30, 1, 0.01)[:3], _kota(30, 1, 0.01)[3], 620)
    assert 0 < sum(g is None for g in padat) < 30
    jarang = [(107.0 + 0.1 * (i % 4), -6.3 + 0.1 * (i // 4)) for i in range(12)]
    hasil = tempat_label(
        jarang, [f"Kec {i}" for i in range(12)], [30] * 12, (106.95, 107.35, -6.35, -6.05), 620
    )
    assert all(g is not None and g[1:] == (0.0, 17.0 + 9.5) for g in hasil)  # each right above its bubble


def test_the_bubble_map_prints_only_the_names_placed_and_hovers_them_all():
    n = 25
    df = pd.DataFrame(
        {
            "nama": [f"Kelurahan Panjang Namanya {i}" for i in range(n)],
            "lon": [107.0 + 0.004 * (i % 5) for i in range(n)],
            "lat": [-6.25 + 0.004 * (i // 5) for i in range(n)],
            "nilai": range(n),
        }
    )
    fig = peta_gelembung(df, "nilai", str, "Nilai", tinggi=620)
    assert isinstance(fig, go.Figure)
    teks = {a.text.replace("<br>", " ") for a in fig.layout.annotations}
    assert 0 < len(teks) < n and "Kelurahan Panjang Namanya 24" in teks  # the largest value named
    gelembung = next(tr for tr in fig.data if tr.mode == "markers" and len(tr.x) == n)
    assert list(gelembung.text) == list(df.nama)  # every name on hover
