"""Plausibility before loading (sampah/ingest/wajar.py) and updates that say what changed (#14, items
3 and 4), with files generated here: planted outliers, a first import with no history, a second SIPSN
file changing a few values, and the messages that misled."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from keandalan_alat import cli

from sampah import db
from sampah.ingest import muat, wajar

KEC = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")


def kueri(store: Path, sql: str, *param: object) -> list[tuple]:
    con = db.connect_readonly(db.configured_source(str(store)).current_file())
    try:
        return con.execute(sql, list(param)).fetchall()
    finally:
        con.close()


def wilayah_csv(kelurahan: bool = True) -> bytes:
    kepala = "kode_kota;kota;provinsi;kode_kecamatan;kecamatan" + (
        ";kode_kelurahan;kelurahan" if kelurahan else ""
    )
    rows = [kepala]
    for i, k in enumerate(KEC, 1):
        baris = f"32.99;Kota Uji;Jawa Barat;32.99.0{i};{k}"
        rows.append(baris + (f";32.99.0{i}.1001;{k} Satu" if kelurahan else ""))
    return ("\n".join(rows) + "\n").encode()


def store_wilayah(tmp: Path, kelurahan: bool = True) -> Path:
    s = tmp / "store"
    muat.init(s)
    lap = muat.impor(s, "wilayah", wilayah_csv(kelurahan), "wilayah.csv")
    assert lap.status == "dimuat", lap.teks()
    return s


def rekap_bulanan(
    bulan: list[str], tanam: dict[tuple[str, str], float] | None = None, seed: int = 1
) -> bytes:
    """Monthly landfill tonnes per kecamatan, ~200-400 t, with planted values; `;` and `1.234,5`."""
    rng = np.random.default_rng(seed)
    dasar = {k: 200 + 50 * i for i, k in enumerate(KEC)}
    rows = ["Bulan;Kecamatan;TPA;Berat (ton)"]
    for b in bulan:
        for k in KEC:
            v = (tanam or {}).get((b, k), round(dasar[k] * rng.uniform(0.85, 1.15), 1))
            rows.append(f"{b};{k};TPA Uji;{f'{v:.1f}'.replace('.', ',')}")
    return ("\ufeff" + "\n".join(rows) + "\n").encode()


BULAN_2024 = [f"2024-{m:02d}" for m in range(1, 13)]


def test_a_100x_month_in_a_first_import_is_held_and_the_comparison_named(tmp_path):
    s = store_wilayah(tmp_path)
    isi = rekap_bulanan(BULAN_2024, {("2024-05", "Gamma"): 28741.0})
    lap = muat.periksa(
        db.connect_readonly(db.configured_source(str(s)).current_file()), "tpa_rekap", isi, "r.csv"
    )
    p = lap.persiapan
    assert len(p.pencilan) == 1
    r = p.pencilan.iloc[0]
    assert r.nama == "Gamma" and r.nilai == 28741.0 and r.luar_r and r.n == 11 and r.n_db == 0
    assert 250 < r["median"] < 350  # Gamma's other months: ~300 t
    catatan = " ".join(__import__("sampah.i18n").i18n.t(k, "id", **kw) for k, kw in p.catatan)
    assert "hanya dari file ini" in catatan and "60 nilai bulanan per kecamatan" in catatan
    tabel = wajar.tabel(p.pencilan, p.tabel.baris_file, "id")
    assert tabel.iloc[0]["wilayah / unit"] == "Gamma" and tabel.iloc[0]["nilai di file"] == "28.741 ton"
    assert (
        tabel.iloc[0]["nilai khas"].endswith(" ton")
        and "median 11 bulan lain" in tabel.iloc[0]["alasan ditahan"]
    )
    assert tabel.iloc[0]["baris"] == str(p.tabel.baris_file(int(r.baris_i[0])))

    hasil = muat.impor(s, "tpa_rekap", isi, "r.csv", oleh="uji")
    assert hasil.status == "dimuat" and hasil.baru == 59 and hasil.keputusan == "dilewati"
    sql = (
        "SELECT count(*), sum(netto_kg) FROM tpa_muatan "
        "WHERE waktu::DATE = '2024-05-31' AND asal_kecamatan_kode = ?"
    )
    assert kueri(s, sql, "32.99.03") == [(0, None)]
    e = muat.riwayat(s).iloc[0]
    assert (e.aksi, e.pencilan, e.keputusan, e.oleh) == ("impor", 1, "dilewati", "uji")

    # the same file again, now accepted: only the held row is new, and the decision is logged
    lagi = muat.impor(s, "tpa_rekap", isi, "r.csv", oleh="kepala", pencilan="terima")
    assert lagi.status == "dimuat" and lagi.baru == 1 and lagi.keputusan == "diterima", lagi.teks()
    assert kueri(s, sql, "32.99.03") == [(1, 28741000.0)]
    e = muat.riwayat(s).iloc[0]
    assert (e.pencilan, e.keputusan, e.oleh) == (1, "diterima", "kepala")
    # and a third time it is the same file as before
    assert muat.impor(s, "tpa_rekap", isi, "r.csv", pencilan="terima").status == "sudah_ada"


def test_a_new_month_is_compared_with_the_stored_history(tmp_path):
    s = store_wilayah(tmp_path)
    assert muat.impor(s, "tpa_rekap", rekap_bulanan(BULAN_2024), "2024.csv").status == "dimuat"
    baru = rekap_bulanan(["2025-01"], {("2025-01", "Alpha"): 0.2}, seed=5)  # kg typed as tonnes / 1000
    lap = muat.impor(s, "tpa_rekap", baru, "2025-01.csv")
    p = lap.persiapan
    assert list(p.pencilan.nama) == ["Alpha"] and p.pencilan.iloc[0].n_db == 12
    assert p.pencilan.iloc[0].luar_r and p.pencilan.iloc[0].luar_s  # beside its history and its peers
    assert lap.baru == 4 and lap.keputusan == "dilewati"
    catatan = [kw for k, kw in p.catatan if k == "kd_w_dasar_bulan"][0]
    assert catatan == {
        "n": 5,
        "tingkat": "kecamatan",
        "n_riwayat": 5,
        "n_db": 5,
        "n_sebaya": 5,
        "n_tanpa": 0,
        "min": 3,
    }
    # a normal year adds nothing to hold
    lap = muat.impor(s, "tpa_rekap", rekap_bulanan([f"2025-{m:02d}" for m in range(2, 7)], seed=9), "b.csv")
    assert lap.persiapan.pencilan.empty and lap.baru == 25


# kab/kota of Jawa Barat as the national reference names them (SIPSN rows must be real kab/kota)
JABAR = [
    "Kabupaten Bogor",
    "Kabupaten Sukabumi",
    "Kabupaten Cianjur",
    "Kabupaten Bandung",
    "Kabupaten Garut",
    "Kabupaten Tasikmalaya",
    "Kabupaten Ciamis",
    "Kabupaten Kuningan",
    "Kabupaten Cirebon",
    "Kabupaten Majalengka",
    "Kabupaten Sumedang",
    "Kabupaten Indramayu",
    "Kabupaten Subang",
    "Kabupaten Purwakarta",
    "Kabupaten Karawang",
    "Kabupaten Bekasi",
    "Kabupaten Bandung Barat",
    "Kabupaten Pangandaran",
    "Kota Bogor",
    "Kota Sukabumi",
    "Kota Bandung",
    "Kota Cirebon",
]


def test_a_kab_kota_at_a_thousandth_of_its_peers_is_held(tmp_path):
    s = tmp_path / "store"
    muat.init(s)
    rng = np.random.default_rng(3)
    rows = ["Tahun;Provinsi;Kabupaten/Kota;Timbulan Sampah Tahunan (ton/tahun)(A)"]
    for i in range(12):
        v = rng.uniform(150_000, 900_000)
        rows.append(f"2024;JAWA BARAT;{JABAR[i]};{f'{v:.2f}'.replace('.', ',')}")
    rows.append("2024;JAWA BARAT;Kota Banjar;1149,75")  # 3.15 t/day
    rows.append("2024;PAPUA;Kabupaten Jayapura;2000,5")  # alone in its province: nothing to compare with
    isi = ("\n".join(rows) + "\n").encode()
    lap = muat.impor(s, "sipsn", isi, "sipsn_2024.csv")
    p = lap.persiapan
    assert list(p.pencilan.nama) == ["Kota Banjar"] and p.pencilan.iloc[0].luar_s
    assert p.pencilan.iloc[0].n_s == 12 and p.pencilan.iloc[0].rasio_s < 1 / 100
    assert lap.baru == 13
    assert kueri(s, "SELECT count(*) FROM sipsn WHERE kabkota = 'Kota Banjar'") == [(0,)]
    assert kueri(s, "SELECT timbulan_ton FROM sipsn WHERE kabkota = 'Kabupaten Jayapura'") == [(2000.5,)]
    tabel = wajar.tabel(p.pencilan, p.tabel.baris_file, "en")
    assert "other kab/kota in the same period" in tabel.iloc[0]["why held"]
    assert tabel.iloc[0]["value in file"] == "1,150 ton/tahun"


def test_sipsn_update_lists_exactly_the_changed_cells_and_undo_restores_them(tmp_path):
    s = tmp_path / "store"
    muat.init(s)
    kepala = "Tahun;Provinsi;Kabupaten/Kota;Timbulan Sampah Tahunan (ton/tahun)(A);%Pengurangan Sampah (B/A)"
    a = [kepala] + [f"2024;Jawa Barat;{JABAR[i]};{100000 + i * 1000},5;{10 + i},25" for i in range(20)]
    assert muat.impor(s, "sipsn", ("\n".join(a) + "\n").encode(), "sipsn_a.csv").status == "dimuat"
    b = list(a)
    b[4] = "2024;Jawa Barat;Kabupaten Bandung;103000,5;19,75"  # one value changed
    b[8] = "2024;Jawa Barat;Kabupaten Kuningan;107123,25;17,25"  # one value changed
    b[9] = "2024;Jawa Barat;Kabupaten Cirebon;;18,25"  # a blank: SIPSN files leave cells empty, not a change
    lap = muat.impor(s, "sipsn", ("\n".join(b) + "\n").encode(), "sipsn_b.csv")  # another file name
    assert lap.status == "dimuat" and lap.diperbarui == 2 and lap.nilai_berubah == 2, lap.teks()
    assert lap.perubahan.to_dict("records") == [
        {
            "tabel": "sipsn",
            "kunci": "tahun=2024 · kabkota=Kabupaten Bandung",
            "kolom": "pengurangan_pct",
            "lama": "13.25",
            "baru": "19.75",
        },
        {
            "tabel": "sipsn",
            "kunci": "tahun=2024 · kabkota=Kabupaten Kuningan",
            "kolom": "timbulan_ton",
            "lama": "107000.5",
            "baru": "107123.25",
        },
    ]
    assert "1 diperbarui" not in lap.teks() and "2 diperbarui" in lap.teks()
    simpan = muat.perubahan_impor(s, lap.impor_id)
    assert simpan.to_dict("records") == lap.perubahan.to_dict("records")
    assert json.loads((s / "riwayat.jsonl").read_text().splitlines()[-1])["nilai_berubah"] == 2
    sql = "SELECT timbulan_ton, pengurangan_pct FROM sipsn WHERE kabkota = ?"  # the import id marks the file
    assert kueri(s, sql, "Kabupaten Kuningan") == [(107123.25, 17.25)]
    assert kueri(s, sql, "Kabupaten Tasikmalaya") == [(105000.5, 15.25)]  # unchanged row kept
    kunci, kw = muat.batalkan(s)
    assert kunci == "kd_undo_ok" and kw["sel"] == 2
    assert kueri(s, sql, "Kabupaten Kuningan") == [(107000.5, 17.25)]
    assert kueri(s, sql, "Kabupaten Bandung") == [(103000.5, 13.25)]


def test_the_command_line_holds_prints_accepts_and_saves_changes(tmp_path):
    s = store_wilayah(tmp_path)
    f = tmp_path / "rekap_2024.csv"
    f.write_bytes(rekap_bulanan(BULAN_2024, {("2024-05", "Gamma"): 28741.0}))
    r = cli("import", "tpa_rekap", str(f), store=s)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Nilai tidak wajar (ditahan)" in r.stdout and "Gamma" in r.stdout and "28.741 ton" in r.stdout
    assert "--terima-pencilan" in r.stdout
    r = cli("import", "tpa_rekap", str(f), "--terima-pencilan", store=s)
    assert r.returncode == 0 and "Dimuat: 1 baris baru" in r.stdout, r.stdout + r.stderr
    assert "ikut dimuat" in r.stdout
    r = cli("history", store=s)
    assert "diterima" in r.stdout and "dilewati" in r.stdout
    # an update of three months prints and saves key, column, old -> new
    g = tmp_path / "koreksi.csv"
    g.write_bytes(b"Bulan;Kecamatan;TPA;Berat (ton)\n2024-05;Gamma;TPA Uji;287,4\n2024-06;Beta;TPA Uji;251\n")
    out = tmp_path / "ubah.csv"
    r = cli("import", "tpa_rekap", str(g), "--changes", str(out), store=s)
    assert r.returncode == 0 and "2 nilai berubah di 2 baris" in r.stdout, r.stdout + r.stderr
    assert "netto_kg: 28741000.0 -> 287400.0" in r.stdout
    assert out.read_text(encoding="utf-8-sig").count("netto_kg") == 2
    r = cli("undo", store=s)
    assert "mengembalikan 2 nilai" in r.stdout
    sql = "SELECT netto_kg FROM tpa_muatan WHERE waktu::DATE = '2024-05-31' AND asal_kecamatan_kode = ?"
    assert kueri(s, sql, "32.99.03") == [(28741000.0,)]


def test_all_valid_rows_held_loads_nothing_and_logs_it(tmp_path):
    s = store_wilayah(tmp_path)
    assert muat.impor(s, "tpa_rekap", rekap_bulanan(BULAN_2024), "2024.csv").status == "dimuat"
    versi = (s / "CURRENT").read_text()
    lap = muat.impor(
        s, "tpa_rekap", b"Bulan;Kecamatan;TPA;Berat (ton)\n2025-01;Beta;TPA Uji;25000\n", "x.csv"
    )
    assert lap.status == "ditahan" and "semua 1 baris yang valid ditahan" in lap.teks()
    assert (s / "CURRENT").read_text() == versi
    assert muat.riwayat(s).iloc[0].status == "ditahan"  # an import, held whole
    assert cli("import", "tpa_rekap", str(_tulis(tmp_path, lap)), store=s).returncode == 1


def _tulis(tmp: Path, lap: muat.HasilImpor) -> Path:
    f = tmp / "x.csv"
    f.write_bytes(b"Bulan;Kecamatan;TPA;Berat (ton)\n2025-01;Beta;TPA Uji;25000\n")
    return f


def test_no_new_tpa_is_announced_when_every_row_is_refused(tmp_path):
    s = store_wilayah(tmp_path)
    lap = muat.periksa(
        db.connect_readonly(db.configured_source(str(s)).current_file()),
        "tpa_rekap",
        b"Bulan;Kecamatan;TPA;Berat (ton)\n2024-01;Atlantis;TPA Baru;10\n2024-02;Lemuria;TPA Baru;12\n",
        "x.csv",
    )
    assert lap.status == "ditolak"
    assert not [k for k, _ in lap.persiapan.catatan if k == "kd_c_tpa_baru"]
    ok = muat.impor(s, "tpa_rekap", b"Bulan;Kecamatan;TPA;Berat (ton)\n2024-01;Alpha;TPA Baru;10\n", "y.csv")
    assert ("kd_c_tpa_baru", {"tpa": "TPA Baru"}) in ok.persiapan.catatan


def test_a_store_with_kecamatan_only_is_told_so(tmp_path):
    s = store_wilayah(tmp_path, kelurahan=False)
    assert kueri(s, "SELECT count(*) FROM kecamatan") == [(5,)]
    lap = muat.impor(s, "bank_sampah", b"nama;kelurahan;berdiri\nBS A;Alpha Satu;2020-01-01\n", "bs.csv")
    assert lap.status == "ditolak" and lap.pesan[0] == "kd_f_kelurahan_dulu"
    assert "sudah punya 5 kecamatan tetapi belum punya kelurahan" in lap.teks()
    kosong = tmp_path / "kosong"
    muat.init(kosong)
    lap = muat.impor(kosong, "bank_sampah", b"nama;kelurahan;berdiri\nBS A;Alpha Satu;2020-01-01\n", "bs.csv")
    assert lap.pesan[0] == "kd_f_wilayah_dulu"


@pytest.mark.parametrize("kali", [1 / 1000, 100])
def test_monthly_deposits_of_a_unit_far_from_its_months_are_held(demo_store, tmp_path, kali):
    import shutil

    s = tmp_path / "store"
    shutil.copytree(demo_store, s)
    bs, kg = kueri(
        s,
        "SELECT bank_sampah_id, median(kg) FROM (SELECT bank_sampah_id, date_trunc('month', tanggal), "
        "sum(berat_kg) kg FROM setoran GROUP BY ALL) GROUP BY 1 HAVING count(*) >= 6 ORDER BY 1 LIMIT 1",
    )[0]
    berat = f"{kg * kali:.2f}".replace(".", ",")
    isi = f"bulan;bank_sampah;kategori;berat (kg)\n2020-01;{bs};plastik;{berat}\n".encode()
    lap = muat.impor(s, "setoran_rekap", isi, "rekap.csv")
    assert lap.status == "ditahan" and list(lap.persiapan.pencilan.unit) == [bs]
    assert lap.persiapan.pencilan.iloc[0].n_db >= 6


def test_a_kecamatan_month_above_the_per_capita_band_is_held(tmp_path):
    s = store_wilayah(tmp_path)
    pddk = b"kode_wilayah;tahun;jumlah\n32.99.01;2024;10000\n32.99.02;2024;250000\n"
    assert muat.impor(s, "penduduk", pddk, "penduduk.csv").status == "dimuat"
    # no history and a single month each: only the per-capita band can judge them
    isi = b"Bulan;Kecamatan;TPA;Berat (ton)\n2024-01;Alpha;TPA Uji;5000\n2024-01;Beta;TPA Uji;5000\n"
    lap = muat.impor(s, "tpa_rekap", isi, "r.csv")
    p = lap.persiapan
    assert list(p.pencilan.nama) == ["Alpha"] and lap.baru == 1  # Beta: 0,65 kg per resident per day
    assert round(p.pencilan.iloc[0].kapita, 2) == 16.13  # 5,000 t / 10,000 residents / 31 days
    alasan = wajar.tabel(p.pencilan, p.tabel.baris_file, "id").iloc[0]["alasan ditahan"]
    assert alasan == "16,13 kg per penduduk per hari, di atas batas 3,0 kg"
