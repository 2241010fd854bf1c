"""Strings of the Kelola Data page itself (the import messages are in kelola.py): dataset
descriptions in English, the history table's headers and actions, the rejected rows' table."""

S = {
    # one line per dataset: what a row is (the Indonesian line is the dataset's own `ket`)
    "kd_ket_wilayah": ("", "One row per kelurahan (or per kecamatan), with its Kemendagri code."),
    "kd_ket_bank_sampah": ("", "One row per bank sampah (rows of other years are merged into the unit)."),
    "kd_ket_setoran": ("", "One row per deposit by a nasabah at a bank sampah."),
    "kd_ket_setoran_rekap": (
        "",
        "One row per bank sampah per month (and per category when given). Stored on the month's last "
        "day with the sub-type 'rekap bulanan' (monthly summary).",
    ),
    "kd_ket_tpa_muatan": ("", "One row per weighbridge ticket."),
    "kd_ket_tpa_rekap": (
        "",
        "One row per kecamatan per day (a date column) or per month (a month column). Stored as one "
        "summary load per row.",
    ),
    "kd_ket_pengolahan": ("", "One row per facility per day or per month."),
    "kd_ket_csr": ("", "One row per project."),
    "kd_ket_penduduk": ("", "One row per area per year."),
    "kd_ket_target": ("", "One row per year (Jakstrada)."),
    "kd_ket_sipsn": (
        "",
        "Exports of sipsn.menlhk.go.id: one row per kab/kota per year. Generation, performance and "
        "composition (by kind or by source) are recognised from the column headers.",
    ),
    "kd_ket_batas_wilayah": (
        "",
        "GeoJSON, GeoPackage or a zipped Shapefile, in any projection. One feature per kecamatan or "
        "kelurahan, with a code or a name.",
    ),
    # the history of imports
    "kd_r_waktu": ("Waktu", "Time"),
    "kd_r_aksi": ("Aksi", "Action"),
    "kd_r_id": ("No.", "No."),
    "kd_r_dataset": ("Data", "Dataset"),
    "kd_r_nama_file": ("File", "File"),
    "kd_r_dibaca": ("Baris dibaca", "Rows read"),
    "kd_r_dimuat": ("Dimuat", "Loaded"),
    "kd_r_diperbarui": ("Diperbarui", "Updated"),
    "kd_r_sudah_ada": ("Sudah ada", "Already there"),
    "kd_r_ditolak": ("Ditolak", "Rejected"),
    "kd_r_oleh": ("Oleh", "By"),
    "kd_r_versi": ("Versi data", "Data version"),
    "kd_r_judul": ("Riwayat impor", "Import history"),
    "kd_aksi_impor": ("impor", "import"),
    "kd_aksi_batal": ("dibatalkan", "undone"),
    "kd_tolak_sebagian": (
        "Menampilkan {n} baris pertama dari {total}; semua ada di unduhan.",
        "Showing the first {n} of {total} rows; the download holds them all.",
    ),
}
