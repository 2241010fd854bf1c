"""The fast import path gives what the careful path gives.

Large CSVs are read by Arrow (`baca.csv_cepat`) and columns are parsed once per distinct cell with
plain forms in bulk (`nilai.kolom_*`); deposits and loads are assembled column by column. These tests
hold each shortcut against the careful rule it replaces: the csv module reader, the per-cell parsers,
and a whole import of the same rows from an XLSX (which always takes the careful reader).
"""

from __future__ import annotations

import csv
import io
import math
from datetime import date, timedelta

import numpy as np
import openpyxl
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sampah.ingest import baca, kolom, muat, nilai
from sampah.ingest.dataset import DATASETS

HARI_INI = date(2026, 10, 31)
UJI = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# ---- the reader -----------------------------------------------------------------------------------


def _careful(data: bytes, skor=None) -> baca.Tabel:
    rows, enc, p = baca._csv(data)
    t = baca.tabel_dari_baris(rows, "csv", skor)
    t.encoding, t.pemisah = enc, p
    return t


def _sama(a: baca.Tabel, b: baca.Tabel) -> None:
    assert list(a.data.columns) == list(b.data.columns)
    assert a.data.astype(object).values.tolist() == b.data.astype(object).values.tolist()
    assert [a.baris_file(i) for i in range(len(a.data))] == [b.baris_file(i) for i in range(len(b.data))]
    assert (a.baris_header, a.pemisah, a.catatan) == (b.baris_header, b.pemisah, b.catatan)


# the strings of r"[0-9]{1,6}([.,][0-9]{1,3})?", drawn from plain text: from_regex took 2.3x as long to
# draw the ~500 cells of each example, most of the test's time
ANGKA = "0123456789"
sel = st.one_of(
    st.tuples(
        st.text(ANGKA, min_size=1, max_size=6),
        st.sampled_from(["", ".", ","]),
        st.text(ANGKA, min_size=1, max_size=3),
    ).map(lambda t: t[0] + (t[1] + t[2] if t[1] else "")),
    st.sampled_from(
        [
            "",
            " ",
            "-",
            "nan",
            "NULL",
            "Bank Sampah Melati",
            "Jl. Mawar, RW 05",
            'kata "kutip"',
            "baris\nbaru",
            "a;b",
            "  spasi  ",
            "Jumlah",
            "TOTAL 2025",
            "é ü ñ",
        ]
    ),
)


@UJI
@given(
    st.lists(st.lists(sel, min_size=4, max_size=4), min_size=60, max_size=120),
    st.sampled_from([",", ";"]),
    st.integers(0, 2),
    st.booleans(),
)
def test_arrow_reader_reads_what_the_csv_module_reads(body, pemisah, judul, total):
    rows = [["Rekap setoran bank sampah"]] * judul + [["tanggal", "bank_sampah", "berat", "harga"]]
    rows += [["20/11/2025", *r[1:]] if i % 7 == 0 else r for i, r in enumerate(body)]
    rows += [["", "", "", ""]]  # a row of empty cells, as Excel writes them
    if total:
        rows.append(["Jumlah", "", "1234", ""])
    f = io.StringIO()
    csv.writer(f, delimiter=pemisah, lineterminator="\r\n").writerows(rows)
    data = f.getvalue().encode()
    cepat = baca.csv_cepat(data)
    assert cepat is not None
    _sama(cepat, _careful(data))


def test_files_arrow_cannot_read_exactly_go_to_the_careful_reader():
    kepala = "tanggal,bank_sampah,berat\n"
    kepala += "".join(f"2025-11-{1 + i % 28:02d},BS {i},{i}.5\n" for i in range(80))
    kosong = (kepala + "\n2025-11-02,BS x,1\n").encode()  # a blank line: skipped, but it has a number
    _sama(baca.csv_cepat(kosong), _careful(kosong))
    assert baca.csv_cepat(kosong).baris_file(80) == 83
    for rusak in (
        kepala + "2025-11-02,BS x,1,extra\n",  # a wider row gets its own column
        kepala + "2025-11-02,BS x\n",  # a shorter row
        kepala.replace("BS 3,", "BS Ã©,"),  # double-encoded text is repaired cell by cell
    ):
        assert baca.csv_cepat(rusak.encode()) is None
    assert baca.csv_cepat(kepala.encode("cp1252")) is not None  # plain ASCII is UTF-8 too
    assert baca.csv_cepat(("Bank Sampah É\n" + kepala).encode("cp1252")) is None  # not UTF-8


# ---- the parsers ----------------------------------------------------------------------------------


def _gaya_per_sel(cells: list[str], gaya_file: str) -> str:
    suara = {"id": 0, "en": 0}
    for c in cells:
        g = nilai._gaya(nilai._bersih_angka(c))
        if g:
            suara[g] += 1
    if suara["id"] == suara["en"]:
        return gaya_file
    return "id" if suara["id"] > suara["en"] else "en"


angka_sel = st.one_of(
    st.from_regex(r"-?[0-9]{1,7}([.,][0-9]{1,4})?", fullmatch=True),
    st.from_regex(r"[0-9]{1,3}([.,][0-9]{3}){1,2}([.,][0-9]{1,2})?", fullmatch=True),
    st.from_regex(r"[0-9]{16,20}", fullmatch=True),
    st.sampled_from(["", "-", "Rp 12.500", "45%", "(1.250)", "1.5E+3", "abc", "=SUM(A1)", "1,2,3", "0.830"]),
)


@UJI
@given(st.lists(angka_sel, min_size=1, max_size=40), st.sampled_from(["id", "en"]), st.booleans())
def test_numbers_in_bulk_equal_the_per_cell_rules(cells, gaya_file, arrow):
    s = pd.Series(cells, dtype="str" if arrow else object)
    got, err = nilai.angka(s, gaya_file)
    gaya = _gaya_per_sel(cells, gaya_file)
    for i, c in enumerate(cells):
        x, e = (None, None) if nilai.kosong(c) else nilai._angka1(c, gaya)
        assert err.get(i) == e, (c, gaya)
        assert got[i] == x or (got[i] is not None and x is not None and math.isclose(got[i], x)), (c, gaya)


tanggal_sel = st.one_of(
    st.from_regex(
        r"(19[89][0-9]|20[0-3][0-9])-[01][0-9]-[0-3][0-9]( [0-2][0-9]:[0-5][0-9](:[0-5][0-9])?)?",
        fullmatch=True,
    ),
    st.from_regex(r"[0-3]?[0-9]/[01]?[0-9]/20[0-9]{2}", fullmatch=True),
    st.sampled_from(["", "20 November 2025", "2025-02-30", "2025-11-20T08:15", "45000", "kemarin"]),
)


@UJI
@given(st.lists(tanggal_sel, min_size=1, max_size=40), st.booleans(), st.booleans())
def test_dates_in_bulk_equal_the_per_cell_rules(cells, boleh_depan, arrow):
    s = pd.Series(cells, dtype="str" if arrow else object)
    got, err = nilai.waktu(s, HARI_INI, boleh_depan)
    hari_dulu = nilai._hari_dulu(pd.Series(cells, dtype=object))
    for i, c in enumerate(cells):
        w = None if nilai.kosong(c) else nilai._satu_waktu(c, hari_dulu)
        e = None
        if not nilai.kosong(c):
            if w is None:
                e = "kd_e_tanggal"
            elif w.year < 1990:
                e, w = "kd_e_tanggal_lama", None
            elif not boleh_depan and w.date() > HARI_INI:
                e, w = "kd_e_tanggal_depan", None
        assert (got[i], err.get(i)) == (w, e), c


def test_text_in_bulk_equals_the_per_cell_rule():
    cells = ["Melati", "  Melati ", "BS  Mawar", "nan", "-", "Jl.\xa0Kenanga", "", "a\tb", "Ok"] * 3
    for dtype in ("str", object):
        assert nilai.kolom_teks(pd.Series(cells, dtype=dtype)).objek() == [nilai.teks(c) for c in cells]


# ---- a whole import: fast CSV path vs the XLSX (careful reader) path -------------------------------


def _rupa_id(x: float) -> str:
    """1234.5 -> '1.234,5' as Indonesian spreadsheets write it."""
    return f"{x:,.1f}".replace(",", "X").replace(".", ",").replace("X", ".")


def _berkas_setoran(bank_sampah: list[str]) -> list[list[str]]:
    """~6,000 deposit lines in an Indonesian export (';', 1.234,5), with planted bad rows."""
    rng = np.random.default_rng(7)
    rows = [
        ["Rekap Setoran Bank Sampah Kota Bekasi"],
        ["Tanggal", "Bank Sampah", "Nasabah", "Kategori", "Subjenis", "Berat (kg)", "Harga"],
    ]
    for i in range(6000):
        d = date(2026, 1, 1) + timedelta(days=int(rng.integers(0, 280)))
        berat = float(rng.integers(1, 5000)) / 10
        rows.append(
            [
                d.isoformat() if i % 3 == 0 else d.strftime("%d/%m/%Y"),
                bank_sampah[int(rng.integers(0, len(bank_sampah)))],
                f"N{int(rng.integers(0, 900)):04d}",
                ["plastik", "Kertas", "logam", "botol kaca"][i % 4],
                ["PET; botol", "kardus", "", "kaleng"][i % 4],
                _rupa_id(berat if berat < 400 else berat * 10),
                str(int(rng.integers(1, 8)) * 500),
            ]
        )
    buruk = {
        10: ("Bank Sampah Tidak Ada", 1),
        20: ("31/02/2026", 0),
        30: ("2026-12-01", 0),
        40: ("0", 5),
        50: ("abc", 5),
        60: ("zzz", 3),
    }
    for i, (v, k) in buruk.items():
        rows[i + 2][k] = v
    rows.append(list(rows[100]))  # a repeated line
    rows.append([""] * 7)
    rows.append(["Jumlah", "", "", "", "", "12.345,6", ""])
    return rows


def _csv_bytes(rows: list[list[str]]) -> bytes:
    f = io.StringIO()
    csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    return f.getvalue().encode("utf-8")


def _xlsx_bytes(rows: list[list[str]]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    for r in rows:
        ws.append([c if c != "" else None for c in r])
    f = io.BytesIO()
    wb.save(f)
    return f.getvalue()


def _hasil(p) -> tuple[list, dict]:
    df = p.muatan[0].df.reset_index(drop=True).astype(object)
    df["tanggal"] = [pd.Timestamp(x).date() for x in df.tanggal]
    rows = df.where(df.notna(), None).values.tolist()
    tolak = {p.tabel.baris_file(i): [k for k, _ in gs] for i, gs in p.galat.items()}
    return rows, tolak


def test_a_large_deposit_file_loads_the_same_from_csv_and_from_xlsx(demo_con):
    bs = [r[0] for r in demo_con.execute("SELECT nama FROM bank_sampah ORDER BY id LIMIT 40").fetchall()]
    rows = _berkas_setoran(bs)
    data_csv = _csv_bytes(rows)
    assert len(data_csv) >= baca.CEPAT_MULAI_BYTE
    assert baca.csv_cepat(data_csv, kolom.skor_header(DATASETS["setoran"])) is not None  # the fast reader
    a = muat.periksa(demo_con, "setoran", data_csv, "setoran.csv", hari_ini=HARI_INI)
    b = muat.periksa(demo_con, "setoran", _xlsx_bytes(rows), "setoran.xlsx", hari_ini=HARI_INI)
    assert a.status == b.status == "siap"
    rows_a, tolak_a = _hasil(a.persiapan)
    rows_b, tolak_b = _hasil(b.persiapan)
    assert tolak_a == tolak_b
    assert rows_a == rows_b
    # the planted rows, by their row number in the file (title row 1, header row 2)
    assert tolak_a == {
        13: ["kd_e_bs_tak_dikenal"],
        23: ["kd_e_tanggal"],
        33: ["kd_e_tanggal_depan"],
        43: ["kd_e_berat_nol"],
        53: ["kd_e_bukan_angka"],
        63: ["kd_e_kategori"],
        6003: ["kd_e_duplikat"],
    }
    assert ("kd_c_total", {"baris": 6005}) in a.persiapan.catatan
    assert len(rows_a) == 6000 - 6
    # Indonesian numbers: '1.234,5' is 1234.5 kg, '12,5' is 12.5 kg
    berat = {r[5] for r in rows_a}
    assert all(isinstance(x, float) for x in berat) and max(berat) >= 4000 and min(berat) < 1
