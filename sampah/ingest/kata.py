"""The words DLH files write for months and for yes/no, in Indonesian and English (with the older
spellings still seen in exports: Pebruari, Nopember); read by the cell parsers in nilai.py."""

from __future__ import annotations

# Indonesian and English month names and abbreviations, by month number
BULAN = {
    nama: nomor
    for nomor, nama_nama in enumerate(
        (
            "januari january jan",
            "februari february feb pebruari",
            "maret march mar",
            "april apr",
            "mei may",
            "juni june jun",
            "juli july jul",
            "agustus august agu agt aug ags",
            "september sep sept",
            "oktober october okt oct",
            "november nov nopember",
            "desember december des dec",
        ),
        start=1,
    )
    for nama in nama_nama.split()
}

YA = {"ya", "y", "yes", "true", "1", "benar", "aktif", "v", "x"}
TIDAK = {"tidak", "t", "no", "n", "false", "0", "salah", "nonaktif", "tidak aktif"}
