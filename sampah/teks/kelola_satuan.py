"""Kelola Data strings of periods, units and the year a file is valid for (see sampah/ingest/periode.py).
Keys as in kelola.py: kd_f_* a whole file is refused; kd_e_* one row; kd_c_* a note on the reading."""

S = {
    "kd_f_perlu_tahun": (
        "File tidak punya kolom tahun ({kolom}). Isi tahun berlakunya daftar ini: kolom 'Tahun berlaku' "
        "di halaman Kelola Data, atau --tahun 2024 di baris perintah. Kolom di file: {ada}.",
        "The file has no year column ({kolom}). Give the year this list is valid for: the 'Valid for "
        "year' field on Kelola Data, or --year 2024 on the command line. Columns in the file: {ada}.",
    ),
    "kd_c_tahun_berlaku": (
        "Tahun berlaku {tahun} (diisi pengguna) dipakai untuk semua baris.",
        "Valid-for year {tahun} (given by the user) applied to every row.",
    ),
    "kd_c_tahun_file": (
        "File sudah punya kolom tahun ('{kolom}'); tahun {tahun} yang diisi tidak dipakai.",
        "The file has its own year column ('{kolom}'); the year {tahun} given was not used.",
    ),
    "kd_c_tahun_tak_dipakai": (
        "Dataset ini tidak memakai tahun berlaku; tahun {tahun} diabaikan.",
        "This dataset takes no valid-for year; {tahun} was ignored.",
    ),
    "kd_e_satuan_asing": (
        "Satuan '{nilai}' (kolom {kolom}) tidak dikenal; pakai kg, ton atau m3, boleh per "
        "hari/bulan/tahun (mis. TON PER HARI).",
        "Unknown unit '{nilai}' (column {kolom}); use kg, ton or m3, optionally per day/month/year "
        "(e.g. TON PER HARI).",
    ),
    "kd_e_laju_tanpa_periode": (
        "{kolom}: nilai per hari/bulan/tahun butuh tanggal, bulan atau tahun di baris yang sama untuk "
        "dijadikan total; baris ini tidak punya.",
        "{kolom}: a value per day/month/year needs a date, month or year in the same row to become a "
        "total; this row has none.",
    ),
    "kd_c_laju": (
        "{kolom}: nilai dalam {dari} diubah ke {ke} menurut jumlah hari periodenya ({rincian}).",
        "{kolom}: values in {dari} converted to {ke} by the days of their period ({rincian}).",
    ),
    "kd_c_m3": (
        "{kolom}: {n} nilai dalam m3 diubah ke {ke} dengan kepadatan {kepadatan} kg/m3 ({sumber}). "
        "Hasilnya PERKIRAAN, bukan timbangan.",
        "{kolom}: {n} values in m3 converted to {ke} at a density of {kepadatan} kg/m3 ({sumber}). "
        "The result is an ESTIMATE, not a weighing.",
    ),
    "kd_c_periode_dibagi": (
        "{n} baris per {jenis} dibagi ke bulan-bulannya menurut jumlah hari ({contoh}). Total "
        "periodenya tepat; angka per bulan adalah pembagian rata per hari.",
        "{n} row(s) per {jenis} split into their months by days ({contoh}). The period totals are "
        "exact; the monthly figures are an even split per day.",
    ),
    "kd_c_berdiri_dari_tahun": (
        "{n} bank sampah tanpa tanggal berdiri: dianggap sudah berdiri pada 1 Januari tahun datanya.",
        "{n} bank sampah without a founding date: taken as founded by 1 January of their data year.",
    ),
    "kd_tahun_berlaku": ("Tahun berlaku daftar", "Valid for year"),
    "kd_tahun_berlaku_bantuan": (
        "Untuk file tanpa kolom tahun (mis. daftar bank sampah tanpa tahun berdiri): tahun yang "
        "berlaku bagi semua barisnya.",
        "For a file without a year column (e.g. a bank sampah list without founding years): the year "
        "all its rows are valid for.",
    ),
}
