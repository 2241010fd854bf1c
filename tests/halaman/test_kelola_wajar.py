"""Kelola Data through AppTest: values held as implausible shown with their typical value and loaded
only on the confirm button, the decision in the history, an update's changed values on screen, and
the active version named after an undo (#14, items 3 and 4)."""

from __future__ import annotations

import json
from pathlib import Path

from halaman_app import buka

from sampah.ingest import muat

KEC = ("Alpha", "Beta", "Gamma", "Delta", "Epsilon")


def _store(tmp: Path) -> Path:
    s = tmp / "store"
    muat.init(s)
    rows = ["kode_kota;kota;provinsi;kode_kecamatan;kecamatan;kode_kelurahan;kelurahan"]
    rows += [
        f"32.99;Kota Uji;Jawa Barat;32.99.0{i};{k};32.99.0{i}.1001;{k} Satu" for i, k in enumerate(KEC, 1)
    ]
    assert muat.impor(s, "wilayah", ("\n".join(rows) + "\n").encode(), "w.csv").status == "dimuat"
    return s


def _rekap() -> bytes:
    rows = ["Bulan;Kecamatan;TPA;Berat (ton)"]
    for m in range(1, 13):
        for i, k in enumerate(KEC):
            v = "28741" if (m, k) == (5, "Gamma") else f"{200 + 50 * i + m},5"
            rows.append(f"2024-{m:02d};{k};TPA Uji;{v}")
    return ("\n".join(rows) + "\n").encode()


def test_held_values_confirm_changes_and_undo_on_the_page(tmp_path, monkeypatch):
    s = _store(tmp_path)
    monkeypatch.setenv("SAMPAH_ADMIN_PASSWORD", "rahasia-dlh")
    at = buka(s, monkeypatch, "kelola_data")
    at.text_input(key="kd_sandi").input("rahasia-dlh")
    at.button[0].click().run()
    at.selectbox(key="kd_dataset").set_value("tpa_rekap").run()
    at.file_uploader(key="kd_file").upload("rekap_2024.csv", _rekap(), "text/csv").run()
    assert not at.exception, [e.value for e in at.exception]
    ditahan = at.table[-1].value
    assert list(ditahan["wilayah / unit"]) == ["Gamma"] and list(ditahan["nilai di file"]) == ["28.741 ton"]
    assert ditahan["nilai khas"].iloc[0] == "308 ton"  # 307,5: the median of Gamma's other 11 months
    assert "median 11 bulan lain" in ditahan["alasan ditahan"].iloc[0]
    assert any("hanya dari file ini" in c.value for c in at.caption)
    assert at.button(key="kd_muat").label == "Muat 59 baris (tanpa 1 baris ditahan)"
    at.button(key="kd_muat_pencilan").click().run()
    assert any("Dimuat: 60 baris baru" in m.value for m in at.success), [e.value for e in at.error]
    assert any("1 baris yang ditahan ikut dimuat" in c.value for c in at.caption)
    e = json.loads((s / "riwayat.jsonl").read_text().splitlines()[-1])
    assert (e["pencilan"], e["keputusan"], e["oleh"], e["dimuat"]) == (1, "diterima", "admin", 60)
    dimuat = (s / "CURRENT").read_text().strip()

    # a correction: the changed cell on screen, old -> new
    isi = b"Bulan;Kecamatan;TPA;Berat (ton)\n2024-05;Gamma;TPA Uji;287,4\n"
    at.file_uploader(key="kd_file").upload("koreksi.csv", isi, "text/csv").run()
    at.button(key="kd_muat").click().run()
    assert any("1 diperbarui" in m.value for m in at.success), [m.value for m in at.warning]
    ubah = at.table[-1].value
    assert ubah.to_dict("records") == [
        {
            "tabel": "tpa_muatan",
            "kunci": "tpa_id=" + ubah.kunci.iloc[0].split("tpa_id=")[1],
            "kolom": "netto_kg",
            "nilai lama": "28741000.0",
            "nilai baru": "287400.0",
        }
    ]
    assert "asal_kecamatan_kode=32.99.03" in ubah.kunci.iloc[0] and "2024-05-31" in ubah.kunci.iloc[0]
    unduh = [b.proto.id for b in at.get("download_button")]
    assert any("nilai_berubah_" in u for u in unduh), unduh

    # undo: the page names the version the data went back to, not the undone one
    at.button(key="kd_undo").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert (s / "CURRENT").read_text().strip() == dimuat
    aktif = [c.value for c in at.caption if c.value.startswith("Versi data aktif")]
    assert aktif == [f"Versi data aktif: {dimuat}"], aktif
    assert any("dibatalkan" in m.value for m in at.success)
    assert any("mengembalikan 1 nilai" in c.value for c in at.caption)
