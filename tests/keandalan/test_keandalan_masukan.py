"""Hostile input: property-based tests of the readers and parsers (hypothesis), URL parameters with
SQL, script tags, huge and malformed values on every page, names with HTML and formulas in the data
(shown escaped, exported neutralised), uploads over the size limit, path tricks in file names, wrong
admin passwords (limited and logged), and viewer pages that never write.

    SAMPAH_HYPOTHESIS=2000 pytest -s tests/keandalan/test_keandalan_masukan.py   # more examples
"""

from __future__ import annotations

import io
import logging
import math
import os
import re
import shutil
from datetime import date, datetime
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from halaman_app import buka
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keandalan_alat import ROOT, lapor, potret, rekap_tpa

from sampah import akses, db, ekspor
from sampah.ingest import Tolak, baca, muat, nilai

APP = str(ROOT / "dashboard.py")
CONTOH = int(os.environ.get("SAMPAH_HYPOTHESIS", "150"))
UJI = settings(max_examples=CONTOH, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HARI_INI = date(2026, 11, 1)

# ---- property-based: the parsers never raise, never return a wrong type -----------------------

sel = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**20), 10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    st.from_regex(r"\(?[+-]?(Rp\.? ?)?\d{1,3}([.,]\d{3}){0,3}([.,]\d{1,4})? ?(kg|ton|%)?\)?", fullmatch=True),
    st.from_regex(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}( \d{1,2}:\d{2}(:\d{2})?)?", fullmatch=True),
    st.from_regex(r"\d{1,2} (Januari|Mei|Agustus|Des|nopember|Oct) \d{4}", fullmatch=True),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1)),
    st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 1, 1)),
    st.sampled_from(
        [
            "=1+1",
            "@SUM(A1)",
            "-",
            "NULL",
            "\xa0",
            "1.830,63",
            "1,830.63",
            "45.123",
            "1e308",
            "1.5E+3",
            "(1.250)",
            "44927",
            "2025-02-30",
            "31/12/2025",
            "Rp 12.500",
            "∞",
            "١٢٣",
        ]
    ),
)
kolom_sel = st.lists(sel, max_size=30)


def _hasil_benar(hasil, n: int, jenis: tuple[type, ...]) -> None:
    out, err = hasil
    assert len(out) == n
    assert all(v is None or isinstance(v, jenis) for v in out), [type(v) for v in out]
    assert set(err) <= set(range(n)) and all(isinstance(k, str) for k in err.values())
    assert all(out[i] is None for i in err)


@UJI
@given(kolom_sel, st.sampled_from(["id", "en"]))
def test_angka_never_raises_and_returns_finite_floats(cells, gaya):
    out, err = nilai.angka(pd.Series(cells, dtype=object), gaya)
    _hasil_benar((out, err), len(cells), (float,))
    assert all(v is None or math.isfinite(v) for v in out)


@given(st.integers(0, 10**9), st.integers(0, 99))
@UJI
def test_angka_reads_both_number_styles(ribu, sen):
    x = ribu + sen / 100
    en = f"{ribu:,}.{sen:02d}"
    idn = en.replace(",", "_").replace(".", ",").replace("_", ".")
    for teks, gaya in ((en, "en"), (idn, "id")):
        out, err = nilai.angka(pd.Series([teks, "2.500,75" if gaya == "id" else "2,500.75"], dtype=object))
        assert not err and out[0] == pytest.approx(x), teks


@UJI
@given(kolom_sel)
def test_date_parsers_never_raise(cells):
    s = pd.Series(cells, dtype=object)
    _hasil_benar(nilai.tanggal(s, HARI_INI), len(cells), (date,))
    _hasil_benar(nilai.waktu(s, HARI_INI, boleh_depan=True), len(cells), (datetime,))
    _hasil_benar(nilai.bulan(s, HARI_INI), len(cells), (date,))
    _hasil_benar(nilai.tahun(s, HARI_INI), len(cells), (int,))
    _hasil_benar(nilai.jam(s), len(cells), (object,))
    for v in cells:
        assert nilai.nomor_bulan(v) in (None, *range(1, 13))
        assert nilai.ya_tidak(v) in (None, True, False)
        t = nilai.teks(v)
        assert t is None or (isinstance(t, str) and t == t.strip() and "  " not in t)


@UJI
@given(st.binary(max_size=3000), st.sampled_from(["x.csv", "x.xlsx", "x.json", "../../etc/passwd", ""]))
def test_baca_on_arbitrary_bytes_refuses_cleanly(data, nama):
    try:
        t = baca.baca(data, nama)
    except Tolak as e:
        assert isinstance(e.teks(), str) and e.teks()
        return
    assert isinstance(t.data, pd.DataFrame) and t.format in ("csv", "xlsx", "json")
    assert all(isinstance(c, str) and c for c in t.data.columns)


teks_sel = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"), max_size=12)


@UJI
@given(
    st.lists(st.lists(teks_sel, min_size=3, max_size=3), min_size=1, max_size=12),
    st.sampled_from([",", ";", "\t", "|"]),
    st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]),
)
def test_baca_csv_any_separator_and_encoding(rows, sep, enc):
    buf = io.StringIO()
    pd.DataFrame(rows, columns=["Tanggal", "Kecamatan", "Berat (kg)"]).to_csv(buf, sep=sep, index=False)
    try:
        data = buf.getvalue().encode(enc)
    except UnicodeEncodeError:
        return  # not writable in that code page: not a file anyone can send
    try:
        t = baca.baca(data, "f.csv")
    except Tolak:
        return  # e.g. control characters: refused with a reason
    assert isinstance(t.data, pd.DataFrame)
    assert t.encoding in ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


# ---- URL parameters -----------------------------------------------------------------------------

JAHAT = {
    "sql": "2026' OR 1=1; DROP TABLE setoran; --",
    "skrip": "<script>window.__xss=1;alert(1)</script>",
    "besar": "9" * 100_000,
    "rusak": "%00%ZZ\x00\ufffd../../..",
}
PARAM = (
    "lang",
    "periode",
    "kec",
    "skala_tren",
    "tingkat",
    "ukuran",
    "peta",
    "banding",
    "slide",
    "s",
    "tahun_target",
    "psel",
)
HALAMAN = ["ringkasan", "tren", "wilayah", "presentasi", "bank_sampah", "csr", "kelola_data"]


@pytest.fixture(scope="module")
def store_jahat(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample with names that are HTML or spreadsheet formulas in the data itself."""
    s = tmp_path_factory.mktemp("jahat") / "store"
    shutil.copytree(demo_store, s)

    def racun(con: duckdb.DuckDBPyConnection) -> None:
        con.execute(
            "UPDATE csr_proyek SET perusahaan = CASE WHEN hash(id) % 2 = 0 "
            "THEN '<img src=x onerror=\"window.__xss=1\"><b>PT Jahat</b>' "
            'ELSE \'=HYPERLINK("http://contoh.invalid","klik")\' END'
        )
        con.execute(
            "UPDATE bank_sampah SET nama = '<script>window.__xss=1</script>BS ' || nama WHERE rowid % 3 = 0"
        )
        con.execute("UPDATE bank_sampah SET nama = '=cmd|'' /C calc''!A0 ' || nama WHERE rowid % 3 = 1")

    db.publish(s, racun, base=db.configured_source(str(s)).current_file())
    return s


def _catat_koneksi(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    """Every duckdb.connect of the app, with its read_only flag."""
    asli = duckdb.connect
    log: list[tuple[str, bool]] = []

    def connect(database=":memory:", read_only=False, **kw):  # noqa: ANN001, ANN003
        log.append((str(database), bool(read_only)))
        return asli(database, read_only=read_only, **kw)

    monkeypatch.setattr(duckdb, "connect", connect)
    return log


@pytest.mark.parametrize("jenis", list(JAHAT))
def test_hostile_url_parameters_on_every_page(store_jahat: Path, jenis: str, monkeypatch):
    """Every page with every known parameter set to SQL, a script tag, 100 kB or broken bytes: no
    exception, the values are ignored (the URL ends up without them), and nothing is written."""
    import streamlit

    monkeypatch.setenv(db.ENV_VAR, str(store_jahat))
    streamlit.cache_data.clear()  # the queries run again: their connections are the ones checked
    koneksi = _catat_koneksi(monkeypatch)
    awal = potret(store_jahat)
    v = JAHAT[jenis]
    for hal in HALAMAN:
        at = buka(
            store_jahat,
            monkeypatch,
            None if hal == "ringkasan" else hal,
            periksa=False,
            **{k: v for k in PARAM},
        )
        assert not at.exception, (hal, [e.value[:300] for e in at.exception])
        # the link's language and kecamatan are ignored (None: AppTest's page switch resets the widget)
        assert at.session_state["lang"] in ("id", None) and not at.session_state["kec"], hal
        for k in ("lang", "periode", "kec"):  # the sidebar rewrites its keys with valid values only
            assert v not in at.query_params.get(k, ""), (hal, k)
        for k in PARAM:  # a page's own keys hold an allowed value, never the one from the link
            if k in at.session_state:
                x = at.session_state[k]
                assert x != v and not (isinstance(x, list) and v in x), (hal, k)
    assert potret(store_jahat) == awal
    assert koneksi and all(ro for _, ro in koneksi), koneksi  # viewer connections are read-only
    lapor(f"url_jahat_{jenis}", halaman=len(HALAMAN), parameter=len(PARAM), galat=0, file_berubah=0)


def test_names_with_html_and_formulas_are_exported_neutralised(store_jahat: Path):
    con = db.connect_readonly(db.configured_source(str(store_jahat)).current_file())
    try:
        proyek = db.run(
            con, "csr_proyek", {"mulai": date(2020, 1, 1), "selesai": date(2030, 1, 1), "kecamatan": []}
        )
        unit = db.run(
            con,
            "bank_sampah_unit",
            {"mulai": date(2025, 1, 1), "selesai": date(2026, 10, 31), "kecamatan": []},
        )
    finally:
        con.close()
    for df, kol in ((proyek, "perusahaan"), (unit, "nama")):
        assert df[kol].str.startswith("=").any() and df[kol].str.contains("<").any()
        csv = pd.read_csv(io.BytesIO(ekspor.ke_csv(df)), dtype=str, encoding="utf-8-sig")
        assert not csv[kol].str.startswith(("=", "+", "-", "@")).any()
        assert csv[kol].str.startswith("'=").sum() == df[kol].str.startswith("=").sum()
        import openpyxl

        ws = openpyxl.load_workbook(io.BytesIO(ekspor.ke_xlsx(df, "x"))).active
        nilai_xlsx = [
            c.value
            for c in next(
                ws.iter_cols(
                    min_col=list(df.columns).index(kol) + 1,
                    max_col=list(df.columns).index(kol) + 1,
                    min_row=2,
                )
            )
        ]
        assert all(c.data_type != "f" for r in ws.iter_rows() for c in r)  # no formula cell at all
        assert not any(isinstance(x, str) and x.startswith("=") for x in nilai_xlsx)
        assert any(isinstance(x, str) and "<script>" in x or "<img" in str(x) for x in nilai_xlsx)


def test_names_with_html_stay_text_on_the_pages(store_jahat: Path, monkeypatch):
    """AppTest: the names reach tables as plain text and no markdown that allows HTML carries them."""
    for hal in ("csr", "bank_sampah"):
        at = buka(store_jahat, monkeypatch, hal, periode="2026")
        for m in at.markdown:
            if getattr(m.proto, "allow_html", False):
                assert "__xss" not in m.value and "HYPERLINK" not in m.value, m.value[:200]
    teks = " ".join(str(d.value.to_numpy().tolist()) for d in at.dataframe) if at.dataframe else ""
    assert "<script>window.__xss=1</script>BS" in teks or not at.dataframe


# ---- uploads: size limit, path tricks ------------------------------------------------------------


def test_upload_size_limit_matches_the_server_and_is_enforced(monkeypatch):
    import tomllib

    from streamlit import config

    batas_server = (
        tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
        .get("server", {})
        .get("maxUploadSize", config.get_option("server.maxUploadSize"))
    )
    assert baca.MAKS_BYTE <= batas_server * 2**20  # the app refuses what the server would let in
    monkeypatch.setattr(baca, "MAKS_BYTE", 1000)
    data = b"tanggal,kecamatan,ton\n" + b"2024-03-01,Mustikajaya,1\n" * 60
    with pytest.raises(Tolak) as e:
        baca.baca(data, "besar.csv")
    assert e.value.kunci == "kd_f_terlalu_besar" and "MB" in e.value.teks()


def test_oversized_upload_on_the_page_is_refused(demo_store: Path, tmp_path: Path, monkeypatch):
    store = tmp_path / "store"
    shutil.copytree(demo_store, store)
    monkeypatch.setenv(db.ENV_VAR, str(store))
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia")
    monkeypatch.setattr(baca, "MAKS_BYTE", 1000)
    awal = potret(store)
    at = buka(store, monkeypatch, "kelola_data")
    at.text_input(key="kd_sandi").input("rahasia")
    at.button[0].click().run()
    at.selectbox(key="kd_dataset").set_value("tpa_rekap").run()
    isi = b"tanggal,kecamatan,ton\n" + b"2024-03-01,X,1\n" * 200
    at.file_uploader(key="kd_file").upload("besar.csv", isi, "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    galat = [e.value for e in at.error]
    assert any("terlalu besar" in e.lower() or "MB" in e for e in galat), galat
    assert not any(b.key == "kd_muat" for b in at.button)
    assert {k: v for k, v in potret(store).items() if k != akses.BERKAS} == awal  # the login is logged


NAMA_LICIK = [
    "../../../../tmp/sampah_licik.csv",
    "..\\..\\Windows\\system32\\licik.csv",
    "/etc/passwd",
    "versions/../CURRENT",
    "CON.csv",
    "<b>x</b>=1+1.csv",
    "a" * 300 + ".csv",
]


def test_path_tricks_in_file_names_are_only_labels(demo_store: Path, tmp_path: Path):
    store = tmp_path / "store"
    shutil.copytree(demo_store, store)
    f = tmp_path / "r.csv"
    sebelum_tmp = set(Path("/tmp").iterdir())
    passwd = Path("/etc/passwd").read_bytes()
    for i, nama in enumerate(NAMA_LICIK):
        rekap_tpa(f, hari=1 + i)
        lap = muat.impor(store, "tpa_rekap", f.read_bytes(), nama, oleh="uji")
        assert lap.status == "dimuat", lap.teks()
        assert (store / "CURRENT").read_text().strip().startswith("v")
    r = muat.riwayat(store)
    assert set(NAMA_LICIK) <= set(r.nama_file)  # kept as given, as a label
    assert Path("/etc/passwd").read_bytes() == passwd
    assert not Path("/tmp/sampah_licik.csv").exists() and set(Path("/tmp").iterdir()) - sebelum_tmp <= {
        p
        for p in Path("/tmp").iterdir()
        if p.name.startswith(("pytest", "tmp", "org.chromium", "playwright", ".org.chromium"))  # other tests
    }
    isi = {p.name for p in store.iterdir()}
    assert isi <= {"CURRENT", "versions", "bagian", "riwayat.jsonl", ".lock"}, isi
    assert all(
        p.name.startswith("v") and p.suffix in (".duckdb", ".sha256") for p in (store / "versions").iterdir()
    )
    bagian = [p.relative_to(store / "bagian") for p in (store / "bagian").rglob("*") if p.is_file()]
    assert all(  # parts of the versions only, named by the store (sampah/bagian.py), never by a file
        re.fullmatch(
            r"(setoran|tpa_muatan|ringkas|ringkas_tpa)/-?[0-9-]+_b[0-9]{6,}\.(parquet|duckdb)", p.as_posix()
        )
        for p in bagian
    ), bagian
    lapor("nama_file_licik", nama=len(NAMA_LICIK), file_di_luar_store=0)


# ---- admin password ------------------------------------------------------------------------------


def test_wrong_passwords_are_limited_and_logged(tmp_path: Path, caplog):
    """The counter itself (more in test_akses_tulis.py: per client, across restarts, raw websockets)."""
    j, k = akses.Penjaga(tmp_path), akses.Klien("192.0.2.1", "s1", "uji")
    caplog.set_level(logging.WARNING, logger="sampah.kelola")
    t0 = 1_800_000_000.0
    for i in range(akses.MAKS_SALAH):
        assert not j.coba("salah", "benar", k, kini=t0 + i)
    assert j.terkunci(k, t0 + 5) > 0
    assert not j.coba("benar", "benar", k, kini=t0 + 6)  # even the right one waits out the lock
    assert j.coba("benar", "benar", k, kini=t0 + 5 + akses.KUNCI_DETIK + 1)
    catatan = [r.getMessage() for r in caplog.records if r.name == "sampah.kelola"]
    assert sum("salah dari 192.0.2.1" in c for c in catatan) == akses.MAKS_SALAH
    assert any("dikunci" in c for c in catatan)
    assert all("benar" not in c for c in catatan)  # the password itself is never logged


def test_wrong_passwords_lock_the_page(demo_store: Path, tmp_path: Path, monkeypatch, caplog):
    store = tmp_path / "store"
    shutil.copytree(demo_store, store)
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia-dlh")
    caplog.set_level(logging.WARNING, logger="sampah.kelola")
    at = buka(store, monkeypatch, "kelola_data")
    for _ in range(akses.MAKS_SALAH):
        at.text_input(key="kd_sandi").input("tebakan")
        at.button[0].click().run()
    assert any("Terlalu banyak percobaan" in e.value for e in at.error), [e.value for e in at.error]
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    assert not at.session_state["kd_admin"] if "kd_admin" in at.session_state else True
    assert at.file_uploader(key="kd_file").disabled
    assert any("dikunci" in r.getMessage() for r in caplog.records)
    lapor("sandi_salah", percobaan=akses.MAKS_SALAH + 1, terkunci_setelah=akses.MAKS_SALAH, dicatat="ya")


# ---- viewer pages never write ----------------------------------------------------------------------


def test_viewer_pages_open_read_only_and_write_nothing(demo_store: Path, monkeypatch):
    monkeypatch.setenv(db.ENV_VAR, str(demo_store))
    koneksi = _catat_koneksi(monkeypatch)
    awal = potret(demo_store)
    at = buka(demo_store, monkeypatch)
    for hal in HALAMAN[1:]:
        at.switch_page(f"halaman/{hal}.py").run()
        assert not at.exception, (hal, [e.value[:300] for e in at.exception])
    assert potret(demo_store) == awal
    assert all(ro for _, ro in koneksi), [k for k in koneksi if not k[1]]
