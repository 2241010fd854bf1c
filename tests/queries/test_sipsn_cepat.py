"""Issue #17: the SIPSN queries read this kab/kota's per-year facts materialised (agg_sipsn_kota,
rebuilt by every write's summary step) and a sipsn_peer planned in milliseconds. Their results must
be those of the SQL before the change (tests/queries/sipsn_lama.sql) after every kind of write: the
real 2024 exports, generated exports of more years (this kab/kota missing one), a revised file, the
same file again, settings, more deposits, an undo, an import into a store from before the table and
`migrate` - and the table must equal its view (ringkas.selisih) each time."""

from __future__ import annotations

import random
import re
import shutil
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from jalur import REAL

from sampah import db, ringkas, setelan, skema
from sampah.ingest import muat

LAMA = Path(__file__).with_name("sipsn_lama.sql")
KUERI = ("sipsn_seri", "sipsn_pilihan", "sipsn_banding", "sipsn_pembanding")
PEMBANDING = ([], ["32.75", "32.73", "32.16", "99.99"])  # none; itself, peers, a code without a row
# the header of SIPSN's 'Capaian Pengelolaan Sampah' export (as in the real 2024 file)
KEPALA = (
    "Tahun,Provinsi,Kabupaten/Kota,Timbulan Sampah Tahunan (ton/tahun)(A),"
    "Pengurangan Sampah Tahunan (ton/tahun)(B),%Pengurangan Sampah(B/A),"
    "Penanganan Sampah Tahunan (ton/tahun)(C),%Penanganan Sampah(C/A),"
    "Sampah Terkelola Tahunan (ton/tahun)(B+C),%Sampah Terkelola(B+C)/A,"
    "Daur ulang Sampah Tahunan (ton/tahun)(D),Bahan baku Sampah Tahunan (ton/tahun)(E),"
    "Recycling Rate(D+E)/A,P1/P2"
)
KABKOTA = [  # province, name as SIPSN writes it, timbulan t/yr around which the years vary
    ("Jawa Barat", "Kota Bekasi", 640_000),  # this store's kab/kota (the sample's Kota Bekasi)
    ("Jawa Barat", "Kab. Bekasi", 614_000),
    ("Jawa Barat", "Kota Bogor", 284_000),
    ("Jawa Barat", "Kota Depok", 540_000),
    ("Jawa Barat", "Kota Bandung", 546_000),
    ("Jawa Barat", "Kota Cimahi", 84_000),
    ("Jawa Barat", "Kab. Bogor", 1_026_000),
    ("Jawa Tengah", "Kota Semarang", 434_000),
    ("Jawa Timur", "Kota Surabaya", 700_000),
    ("Kalimantan Timur", "Kota Bontang", 39_000),
]


def _capaian(tahun: int, tanpa: tuple[str, ...] = (), ubah: dict[str, float] | None = None) -> bytes:
    """A capaian export of one year for KABKOTA (less `tanpa`; `ubah` sets a name's timbulan)."""
    acak = random.Random(tahun)
    baris = [KEPALA]
    for prov, nama, t in KABKOTA:
        if nama in tanpa:
            continue
        a = (ubah or {}).get(nama, round(t * acak.uniform(0.9, 1.1), 2))
        b, c = round(a * acak.uniform(0, 0.35), 2), round(a * acak.uniform(0.3, 0.7), 2)
        d = round(b * 0.8, 2)
        baris.append(
            f'{tahun},{prov},{nama},"{a}","{b}",{round(b / a * 100, 2)},"{c}",{round(c / a * 100, 2)},'
            f'"{b + c}",{round((b + c) / a * 100, 2)},"{d}",,{round(d / a * 100, 2)},P 1'
        )
    return ("\n".join(baris) + "\n").encode()


def _lama(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    """The SQL before the change: its view and macro created as temporary objects, its queries."""
    bagian = dict(re.findall(r"^-- == (\w+)\n(.*?)(?=^-- == |\Z)", LAMA.read_text(), re.M | re.S))
    for stmt in bagian.pop("skema").split(";\n"):
        if stmt.strip():
            con.execute(stmt)
    return bagian


def _urut(df: pd.DataFrame) -> pd.DataFrame:
    """Rows in one order (rows the queries' ORDER BY leaves tied may come in either)."""
    return df.sort_values(list(df.columns), kind="stable", na_position="last").reset_index(drop=True)


def _sama(store: Path, lengkap: bool = True) -> int:
    """Every SIPSN query equals its SQL before the change for each peer choice, and (`lengkap`) for
    every SIPSN year and one before and after them, else for the newest SIPSN year and the data's
    last day; the materialised table equals its view. Returns the cases compared."""
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        assert ringkas.selisih(con, ("agg_sipsn_kota",)) == {"agg_sipsn_kota": 0}
        lama = _lama(con)
        th = [r[0] for r in con.execute("SELECT DISTINCT tahun FROM sipsn ORDER BY 1").fetchall()] or [2024]
        akhir = con.execute("SELECT max(tanggal) FROM v_neraca_harian").fetchone()[0]
        tahun = range(th[0] - 1, th[-1] + 2) if lengkap else th[-1:]
        selesai = sorted({date(y, 6, 30) for y in tahun} | {akhir})
        n = 0
        for name in KUERI:
            sql = db.query_text(name)
            for s in selesai if "$selesai" in sql else [akhir]:
                for p in PEMBANDING if "$pembanding" in sql else ([],):
                    params = {"selesai": s, "pembanding": p}
                    baru = db.run(con, name, params)
                    dulu = con.execute(
                        lama[name], {k: v for k, v in params.items() if f"${k}" in lama[name]}
                    ).df()
                    assert list(baru.columns) == db.query_columns(name)
                    pd.testing.assert_frame_equal(
                        _urut(baru), _urut(dulu), check_exact=False, rtol=1e-9, obj=f"{name} {params}"
                    )
                    n += 1
        return n
    finally:
        con.close()


def _satu(store: Path, sql: str, params: list | None = None) -> object:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(sql, params or []).fetchone()[0]
    finally:
        con.close()


def _impor(store: Path, data: bytes, nama: str, dataset: str = "sipsn") -> str:
    return muat.impor(store, dataset, data, nama, oleh="uji").status


@pytest.fixture(scope="module")
def store(demo_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    s = tmp_path_factory.mktemp("sipsn_cepat") / "store"
    shutil.copytree(demo_store, s)
    return s


def test_the_same_results_as_before_through_every_kind_of_write(store: Path):
    kota = "SELECT {} FROM v_sipsn_kota WHERE tahun = ?"
    assert _sama(store, lengkap=False) > 0  # the sample: five SIPSN peers of 2024, no row for this kab/kota
    # the real national exports of 2024 (else a generated one): hundreds of kab/kota
    nyata = [REAL / f"sipsn_2024_{n}.csv" for n in ("Timbulan_Sampah", "Capaian_Pengelolaan_Sampah")]
    nyata = [f for f in nyata if f.exists()]
    for f in nyata:
        assert _impor(store, f.read_bytes(), f.name) == "dimuat", f
    if not nyata:
        assert _impor(store, _capaian(2024, tanpa=("Kota Bekasi",)), "capaian_2024.csv") == "dimuat"
    assert _satu(store, "SELECT count(*) FROM sipsn WHERE tahun = 2024") >= (315 if nyata else 9)
    _sama(store)
    # two more years in one file; this kab/kota reported in 2022, not in 2023
    dua = _capaian(2022) + _capaian(2023, tanpa=("Kota Bekasi",)).split(b"\n", 1)[1]
    assert _impor(store, dua, "capaian_2022_2023.csv") == "dimuat"
    assert _satu(store, kota.format("ada_sipsn"), [2022]) is True
    assert _satu(store, kota.format("count(*)"), [2023]) == 0  # no SIPSN row, no deposits that year
    _sama(store)
    # a revised 2024 file: this kab/kota added, a peer's timbulan changed; then the same file again
    revisi = _capaian(2024, ubah={"Kota Bekasi": 650_000.0, "Kota Bogor": 300_000.0})
    assert _impor(store, revisi, "capaian_2024_revisi.csv") == "dimuat"
    assert _satu(store, kota.format("timbulan_ton"), [2024]) == 650_000.0
    assert _satu(store, "SELECT count(*) FROM sipsn WHERE kode_kabkota = '32.75' AND tahun = 2024") == 1
    _sama(store)
    assert _impor(store, revisi, "capaian_2024_revisi_lagi.csv") == "sudah_ada"
    # settings are read live: the norm and the named peers
    setelan.setel(str(store), "kg_per_orang_hari", "0.55")
    setelan.setel(str(store), "sipsn_pembanding", "32.73,32.76")
    assert _satu(store, kota.format("kg_norma"), [2024]) == 0.55
    _sama(store, lengkap=False)
    # undo takes the revision back (the settings made since stay)
    assert muat.batalkan(store, oleh="uji")[0] == "kd_undo_ok"
    assert _satu(store, kota.format("coalesce(bool_or(ada_sipsn), false)"), [2024]) is False
    assert _satu(store, "SELECT min(kg_norma) FROM v_sipsn_kota") == 0.55
    _sama(store, lengkap=False)
    # deposits of another day change this dashboard's estimate for their year
    hari = _satu(store, "SELECT max(tanggal) FROM v_neraca_harian")
    sebelum = _satu(store, kota.format("est_diversi_ton"), [hari.year])
    setor = f"tanggal;bank_sampah;kategori;berat (kg);harga\n{hari:%d/%m/%Y};BS-0001;PET;1.250,5;4.000\n"
    assert _impor(store, setor.encode(), "setoran.csv", "setoran") == "dimuat"
    assert _satu(store, kota.format("est_diversi_ton"), [hari.year]) == pytest.approx(sebelum + 1.2505)
    _sama(store, lengkap=False)


def _jadi_lama(con: duckdb.DuckDBPyConnection) -> None:
    """A store from before the table: the old live view in place of the table and its view."""
    ddl = LAMA.read_text().split("-- == skema\n", 1)[1].split(";\n", 1)[0]
    con.execute("DROP VIEW v_sipsn_kota; DROP VIEW v_sipsn_kota_hitung; DROP TABLE agg_sipsn_kota")
    con.execute(ddl.replace("CREATE OR REPLACE TEMP VIEW lama_v_sipsn_kota", "CREATE VIEW v_sipsn_kota"))


def test_a_store_from_before_gets_the_table_by_migrate_or_by_its_next_import(store: Path, tmp_path: Path):
    for cara in ("migrate", "impor"):
        s = tmp_path / cara
        shutil.copytree(store, s)
        db.publish(s, _jadi_lama, base=db.configured_source(str(s)).current_file())
        assert skema.kurang(db.configured_source(str(s)).current_file()) == {
            "agg_sipsn_kota",
            "v_sipsn_kota_hitung",
        }
        if cara == "migrate":
            skema.migrasi(s, oleh="uji")
        else:
            assert _impor(s, _capaian(2021), "capaian_2021.csv") == "dimuat"
        assert not skema.kurang(db.configured_source(str(s)).current_file())
        assert _satu(s, "SELECT count(*) FROM agg_sipsn_kota") > 0
        _sama(s, lengkap=False)
