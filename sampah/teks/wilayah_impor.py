"""Strings of area tables imported one area per row (sampah/batas/daftar.py): `wt_e_*` refuse a row,
`wt_c_*` are notes on the check screen. (Bahasa Indonesia, English)."""

S = {
    "wt_e_tanpa_kode": (
        "Baris tanpa kode wilayah ('{nama}'): tidak bisa ditempatkan",
        "A row without an area code ('{nama}'): cannot be placed",
    ),
    "wt_e_tingkat": (
        "Kode {kode} berbentuk kode {bentuk}, tetapi kolom tingkat menulis {tingkat}",
        "Code {kode} has the form of a {bentuk} code, but the level column says {tingkat}",
    ),
    "wt_e_kode_tak_dikenal": (
        "Kode {kode} tidak menunjuk wilayah yang dikenal ({bacaan}): tidak ditebak",
        "Code {kode} names no known area ({bacaan}): not guessed",
    ),
    "wt_e_dua_arti": (
        "Kode {kode} bisa dibaca dua cara dan nama '{nama}' tidak memastikan yang mana ({bacaan})",
        "Code {kode} reads two ways and the name '{nama}' does not settle which ({bacaan})",
    ),
    "wt_e_kode_nama": (
        "Kode dan nama tidak sepakat: di file '{nama}', menurut rujukan nasional {bacaan}",
        "Code and name disagree: the file says '{nama}', the national reference {bacaan}",
    ),
    "wt_e_induk": (
        "Kolom induk menulis {induk}, tetapi kode {tingkat} {kode} berada di bawah {seharusnya}",
        "The parent column says {induk}, but {tingkat} code {kode} lies under {seharusnya}",
    ),
    "wt_e_induk_nama": (
        "Kecamatan di file '{nama}' bukan kecamatan kode {kode}, yaitu {induk}",
        "The kecamatan in the file, '{nama}', is not the kecamatan of code {kode}, which is {induk}",
    ),
    "wt_e_kec_belum": (
        "Kecamatan {induk} dari kelurahan {kode} belum ada di penyimpanan maupun di file ini: impor "
        "kecamatannya dulu (atau file kecamatan dalam perintah yang sama)",
        "Kecamatan {induk} of kelurahan {kode} is neither in the store nor in this file: import the "
        "kecamatan first (or the kecamatan file in the same command)",
    ),
    "wt_e_angka": (
        "{kolom}: '{nilai}' bukan angka antara {min} dan {maks}",
        "{kolom}: '{nilai}' is not a number between {min} and {maks}",
    ),
    "wt_e_bps_beda": (
        "Kode BPS {bps} untuk {kode} berbeda dengan padanan rujukan nasional (BPS {padanan})",
        "BPS code {bps} for {kode} differs from the national crosswalk's pair (BPS {padanan})",
    ),
    "wt_c_skema": (
        "Tata letak dikenali: {skema}; tingkat tiap baris menurut bentuk kodenya.",
        "Layout recognised: {skema}; each row's level from the form of its code.",
    ),
    "wt_c_kota_lain": (
        "{n} baris wilayah kab/kota lain dilewati ({daftar}).",
        "{n} rows of other kab/kota's areas skipped ({daftar}).",
    ),
    "wt_c_provinsi": ("{n} baris provinsi dilewati.", "{n} province rows skipped."),
    "wt_c_tanpa_rujukan": (
        "{n} kode tidak ada di rujukan nasional Kemendagri 2025 dan dimuat menurut file: {daftar}.",
        "{n} codes are not in the 2025 Kemendagri national reference and were loaded as the file says: "
        "{daftar}.",
    ),
    "wt_c_kota_dari_rujukan": (
        "Kab/kota {kota} dibuat dari rujukan nasional (nama dan provinsi).",
        "Kab/kota {kota} created from the national reference (name and province).",
    ),
    "wt_c_tpa_kel": (
        "Kelurahan TPA {tpa} ({kode}) belum ada: TPA dibuat tanpa kelurahan.",
        "The kelurahan of TPA {tpa} ({kode}) does not exist yet: TPA created without it.",
    ),
}
