"""Strings of the plausibility check (sampah/ingest/wajar.py), of the list of changed values and of
the import messages that name them: (Bahasa Indonesia, English). kd_w_* plausibility; kd_u_* changes."""

S = {
    # ---- what the values were compared with (notes of the check report) ----
    "kd_w_dasar_bulan": (
        "Pemeriksaan kewajaran: {n} nilai bulanan per {tingkat}. {n_riwayat} dibandingkan dengan bulan "
        "lain seri yang sama ({n_db} di antaranya memakai data tersimpan, sisanya hanya file ini), "
        "{n_sebaya} dengan {tingkat} lain pada bulan yang sama; {n_tanpa} tanpa pembanding (kurang "
        "dari {min} nilai).",
        "Plausibility check: {n} monthly values per {tingkat}. {n_riwayat} compared with other months "
        "of the same series ({n_db} of them using stored data, the rest this file only), {n_sebaya} "
        "with other {tingkat} in the same month; {n_tanpa} with nothing to compare (fewer than {min} "
        "values).",
    ),
    "kd_w_dasar_hari": (
        "Pemeriksaan kewajaran: {n} nilai harian per {tingkat}. {n_riwayat} dibandingkan dengan hari "
        "lain seri yang sama ({n_db} di antaranya memakai data tersimpan, sisanya hanya file ini), "
        "{n_sebaya} dengan {tingkat} lain pada hari yang sama; {n_tanpa} tanpa pembanding (kurang "
        "dari {min} nilai).",
        "Plausibility check: {n} daily values per {tingkat}. {n_riwayat} compared with other days of "
        "the same series ({n_db} of them using stored data, the rest this file only), {n_sebaya} with "
        "other {tingkat} on the same day; {n_tanpa} with nothing to compare (fewer than {min} values).",
    ),
    "kd_w_dasar_tahun": (
        "Pemeriksaan kewajaran: {n} nilai tahunan per {tingkat}. {n_riwayat} dibandingkan dengan tahun "
        "lain seri yang sama ({n_db} di antaranya memakai data tersimpan, sisanya hanya file ini), "
        "{n_sebaya} dengan {tingkat} lain (provinsi dan tahun yang sama); {n_tanpa} tanpa pembanding "
        "(kurang dari {min} nilai).",
        "Plausibility check: {n} yearly values per {tingkat}. {n_riwayat} compared with other years of "
        "the same series ({n_db} of them using stored data, the rest this file only), {n_sebaya} with "
        "other {tingkat} (same province and year); {n_tanpa} with nothing to compare (fewer than {min} "
        "values).",
    ),
    "kd_w_tanpa_riwayat": (
        "Basis data belum punya riwayat untuk data ini: pembanding hanya dari file ini sendiri.",
        "The database holds no history for this data yet: values were compared within this file only.",
    ),
    "kd_w_ditahan": (
        "{n} nilai ({baris} baris) jauh di luar kewajaran dan ditahan: tidak dimuat kecuali Anda "
        "menyetujuinya.",
        "{n} values ({baris} rows) are far outside the plausible range and held: they are not loaded "
        "unless you accept them.",
    ),
    "kd_w_riwayat": (
        "{kali}× median {n} {periode} lain seri ini ({khas})",
        "{kali}× the median of this series' {n} other {periode} ({khas})",
    ),
    "kd_w_sebaya": (
        "{kali}× median {n} {tingkat} lain pada periode yang sama ({khas})",
        "{kali}× the median of {n} other {tingkat} in the same period ({khas})",
    ),
    "kd_w_kapita": (
        "{kg} kg per penduduk per hari, di atas batas {maks} kg",
        "{kg} kg per resident per day, above the limit of {maks} kg",
    ),
    "kd_w_p_bulan": ("bulan", "months"),
    "kd_w_p_hari": ("hari", "days"),
    "kd_w_p_tahun": ("tahun", "years"),
    "kd_w_t_kecamatan": ("kecamatan", "kecamatan"),
    "kd_w_t_bank_sampah": ("bank sampah", "bank sampah units"),
    "kd_w_t_kabkota": ("kab/kota", "kab/kota"),
    "kd_w_t_wilayah": ("wilayah", "areas"),
    "kd_w_tak_diketahui": ("(asal tidak diketahui)", "(origin unknown)"),
    "kd_w_k_baris": ("baris", "row"),
    "kd_w_k_unit": ("wilayah / unit", "area / unit"),
    "kd_w_k_periode": ("periode", "period"),
    "kd_w_k_nilai": ("nilai di file", "value in file"),
    "kd_w_k_khas": ("nilai khas", "typical value"),
    "kd_w_k_alasan": ("alasan ditahan", "why held"),
    # ---- the page and the command line ----
    "kd_w_judul": ("Nilai tidak wajar (ditahan)", "Implausible values (held)"),
    "kd_w_penjelasan": (
        "Nilai ini jauh dari nilai khasnya. Periksa file: salah ketik, satuan (kg/ton) atau periode. "
        "Tombol biasa memuat baris lain tanpa nilai ini; muat termasuk nilai ini hanya bila Anda yakin "
        "angkanya benar. Keputusan dicatat di riwayat impor.",
        "These values are far from their typical value. Check the file: a typing slip, the unit (kg/t) "
        "or the period. The usual button loads the other rows without them; load them too only if you "
        "are sure the figures are right. The decision is logged in the import history.",
    ),
    "kd_w_muat_tanpa": ("Muat {n} baris (tanpa {m} baris ditahan)", "Load {n} rows (without {m} held rows)"),
    "kd_w_muat_semua": (
        "Saya yakin angkanya benar: muat {n} baris termasuk {m} baris ditahan",
        "I am sure the figures are right: load {n} rows including {m} held rows",
    ),
    "kd_w_unduh": ("Unduh nilai yang ditahan", "Download held values"),
    "kd_w_cli_saran": (
        "Baris yang ditahan tidak dimuat. Bila angkanya benar, ulangi dengan --terima-pencilan "
        "(--accept-outliers).",
        "Held rows were not loaded. If the figures are right, run again with --accept-outliers "
        "(--terima-pencilan).",
    ),
    "kd_w_semua_ditahan": (
        "Tidak ada yang dimuat: semua {n} baris yang valid ditahan sebagai nilai tidak wajar.",
        "Nothing was loaded: all {n} valid rows are held as implausible values.",
    ),
    "kd_w_keputusan_diterima": (
        "{n} baris yang ditahan ikut dimuat atas persetujuan Anda; keputusan dicatat di riwayat impor.",
        "{n} held rows were loaded as you accepted them; the decision is logged in the import history.",
    ),
    "kd_w_keputusan_dilewati": (
        "{n} baris yang ditahan tidak dimuat.",
        "{n} held rows were not loaded.",
    ),
    "kd_aksi_ditahan": ("ditahan", "held"),
    "kd_r_pencilan": ("ditahan", "held"),
    "kd_r_keputusan": ("keputusan", "decision"),
    "kd_r_nilai_berubah": ("nilai berubah", "values changed"),
    "kd_kep_diterima": ("dimuat (disetujui)", "loaded (accepted)"),
    "kd_kep_dilewati": ("tidak dimuat", "not loaded"),
    # ---- changed values ----
    "kd_u_judul": ("Nilai yang berubah", "Changed values"),
    "kd_u_ringkas": (
        "{sel} nilai berubah di {baris} baris.",
        "{sel} values changed in {baris} rows.",
    ),
    "kd_u_sebagian": (
        "Ditampilkan {n} dari {total} nilai berubah; unduh untuk daftar lengkap.",
        "Showing {n} of {total} changed values; download for the full list.",
    ),
    "kd_u_unduh": ("Unduh daftar nilai yang berubah", "Download changed values"),
    "kd_u_disimpan": ("Daftar nilai yang berubah disimpan di {path}", "Changed values saved to {path}"),
    "kd_u_k_tabel": ("tabel", "table"),
    "kd_u_k_kunci": ("kunci", "key"),
    "kd_u_k_kolom": ("kolom", "column"),
    "kd_u_k_lama": ("nilai lama", "old value"),
    "kd_u_k_baru": ("nilai baru", "new value"),
    "kd_u_batal": (
        "Pembatalan mengembalikan {sel} nilai yang diubah impor #{id}.",
        "The undo restores the {sel} values import #{id} changed.",
    ),
    # ---- messages that misled (issue #14) ----
    "kd_f_kelurahan_dulu": (
        "Basis data sudah punya {n} kecamatan tetapi belum punya kelurahan/desa, dan file ini butuh "
        "kelurahan. Impor dataset 'wilayah' dengan kolom kelurahan dulu.",
        "The database has {n} kecamatan but no kelurahan/desa yet, and this file needs kelurahan. "
        "Import the 'wilayah' dataset with a kelurahan column first.",
    ),
}
