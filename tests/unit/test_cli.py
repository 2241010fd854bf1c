"""The command line speaks one language (English commands and flags, Indonesian help); the
Indonesian names of earlier versions keep working as aliases."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from keandalan_alat import cli

from sampah.cli import parser

PASANGAN = [  # (English, earlier Indonesian): the same command with the same values
    (["history", "-n", "5"], ["riwayat", "-n", "5"]),
    (["migrate"], ["migrasi"]),
    (["restore", "--version", "v000003", "--by", "ani"], ["pulihkan", "--versi", "v000003", "--oleh", "ani"]),
    (
        [
            "import",
            "setoran",
            "a.csv",
            "--strict",
            "--map",
            "berat=Timbangan",
            "--rejected",
            "x.csv",
            "--by",
            "ani",
        ],
        [
            "import",
            "setoran",
            "a.csv",
            "--ketat",
            "--peta",
            "berat=Timbangan",
            "--ditolak",
            "x.csv",
            "--oleh",
            "ani",
        ],
    ),
    (
        ["bench", "--workdir", "/tmp/b", "--no-server", "--no-pages", "--import-rows", "0"],
        ["bench", "--kerja", "/tmp/b", "--tanpa-server", "--tanpa-halaman", "--impor-baris", "0"],
    ),
]


@pytest.mark.parametrize("inggris,lama", PASANGAN, ids=[p[0][0] for p in PASANGAN])
def test_english_names_and_their_indonesian_aliases_parse_alike(inggris, lama):
    a, b = vars(parser().parse_args(inggris)), vars(parser().parse_args(lama))
    assert a.pop("cmd") == inggris[0] and b.pop("cmd") == lama[0]
    assert a == b


def test_help_lists_english_commands():
    teks = parser().format_help()
    for perintah in ("import", "undo", "history", "init", "restore", "migrate", "report", "bench", "demo"):
        assert perintah in teks


def test_history_and_riwayat_print_the_same(fixture_store: Path, tmp_path: Path):
    s = tmp_path / "s"
    shutil.copytree(fixture_store, s)
    isi = tmp_path / "r.csv"
    isi.write_text("tanggal,kecamatan,ton\n2026-01-02,,12\n")
    assert cli("import", "tpa_rekap", str(isi), "--strict", "--by", "ani", store=s).returncode == 0
    a, b = cli("history", store=s), cli("riwayat", store=s)
    assert a.returncode == b.returncode == 0 and a.stdout == b.stdout and "ani" in a.stdout
