"""Strings of the importer and the Kelola Data page: (Bahasa Indonesia, English).

kd_f_* a whole file is refused; kd_e_* one row is rejected; kd_c_* a note about how the file was read.
"""

S: dict[str, tuple[str, str]] = {
    # ---- whole-file refusals ----
    "kd_f_kosong": ("File kosong: tidak ada isi yang bisa dibaca.", "The file is empty."),
    "kd_f_terlalu_besar": (
        "File lebih dari {mb} MB. Pecah per bulan lalu impor satu per satu.",
        "The file is larger than {mb} MB. Split it by month and import each part.",
    ),
    "kd_f_xls_lama": (
        "Format Excel lama (.xls) tidak didukung. Buka di Excel lalu Simpan Sebagai .xlsx atau CSV.",
        "Old Excel format (.xls) is not supported. Save it as .xlsx or CSV.",
    ),
    "kd_f_pdf": (
        "Ini file PDF. Minta data dalam bentuk Excel (.xlsx) atau CSV.",
        "This is a PDF. Ask for the data as Excel (.xlsx) or CSV.",
    ),
    "kd_f_biner": (
        "Bukan file teks/CSV yang bisa dibaca (isinya biner atau rusak). Pakai CSV atau .xlsx.",
        "Not a readable text/CSV file (binary or damaged content). Use CSV or .xlsx.",
    ),
    "kd_f_csv_rusak": ("CSV rusak dan tidak bisa dibaca ({galat}).", "The CSV is damaged ({galat})."),
    "kd_f_xlsx_rusak": (
        "File Excel rusak atau terpotong ({galat}). Buka di Excel, simpan ulang, lalu coba lagi.",
        "The Excel file is damaged or truncated ({galat}). Open it in Excel, save again, retry.",
    ),
    "kd_f_json_rusak": ("JSON rusak ({galat}).", "The JSON is damaged ({galat})."),
    "kd_f_json_bentuk": (
        "JSON harus berupa daftar baris (list of objects).",
        "The JSON must be a list of records.",
    ),
    "kd_f_zip_bukan_xlsx": (
        "File .zip ini bukan Excel. Shapefile dalam .zip hanya untuk dataset batas wilayah.",
        "This .zip is not an Excel file. Zipped Shapefiles are for the boundaries dataset.",
    ),
    "kd_f_geo_bukan_tabel": (
        "Ini file peta (GeoJSON/GeoPackage). Pilih dataset 'Batas wilayah resmi'.",
        "This is a map file (GeoJSON/GeoPackage). Choose the 'Official boundaries' dataset.",
    ),
    "kd_f_semua_ditolak": (
        "Semua {n} baris ditolak, tidak ada yang dimuat. Alasan terbanyak: {alasan}",
        "All {n} rows were rejected; nothing was loaded. Most common reasons: {alasan}",
    ),
    "kd_f_dataset": (
        "Dataset '{dataset}' tidak dikenal. Pilihan: {daftar}.",
        "Unknown dataset '{dataset}'. Choices: {daftar}.",
    ),
    "kd_f_tanpa_db": (
        "Basis data belum ada. Jalankan dulu: python -m sampah init --store <folder>.",
        "No database yet. Run: python -m sampah init --store <folder>.",
    ),
    "kd_f_kolom_wajib": (
        "Kolom wajib tidak ditemukan: {kolom}. Kolom di file: {ada}. Petakan kolom di halaman "
        "Kelola Data (atau --map di baris perintah), atau pakai templat.",
        "Required column(s) not found: {kolom}. Columns in the file: {ada}. Map them on the "
        "Kelola Data page (or --map on the command line), or use the template.",
    ),
    "kd_f_tanpa_baris": (
        "File hanya berisi judul kolom, tanpa baris data.",
        "The file has a header but no data rows.",
    ),
    "kd_f_wilayah_dulu": (
        "Basis data belum punya kecamatan/kelurahan. Impor dataset 'wilayah' dulu.",
        "The database has no kecamatan/kelurahan yet. Import the 'wilayah' dataset first.",
    ),
    "kd_f_bs_dulu": (
        "Registri bank sampah masih kosong. Impor dataset 'bank_sampah' dulu.",
        "The bank sampah registry is empty. Import the 'bank_sampah' dataset first.",
    ),
    "kd_f_wilayah_lain": (
        "Tidak satu pun wilayah di file ini ada di basis data ({kota}); sepertinya file ini "
        "untuk kab/kota lain. Impor wilayahnya dulu (dataset 'wilayah') bila memang ingin "
        "dimuat. Contoh: {alasan}",
        "None of the areas in this file are in this database ({kota}); the file seems to be "
        "for another city. Import its areas first ('wilayah' dataset). Example: {alasan}",
    ),
    "kd_f_bukan_store": (
        "{path} adalah satu file .duckdb; impor butuh folder penyimpanan (store).",
        "{path} is a single .duckdb file; importing needs a store folder.",
    ),
    "kd_f_file_sama": (
        "File ini sama persis dengan impor #{id} ({file}, {waktu}). Tidak ada yang ditambahkan.",
        "This file is identical to import #{id} ({file}, {waktu}). Nothing was added.",
    ),
    "kd_f_ketat": (
        "Mode ketat: {n} baris ditolak, jadi seluruh file tidak dimuat. Alasan: {alasan}",
        "Strict mode: {n} row(s) rejected, so the whole file was not loaded. Reasons: {alasan}",
    ),
    "kd_f_tidak_ada_baru": (
        "Tidak ada baris baru: semua {n} baris sudah ada di basis data. Tidak ada yang ditambahkan.",
        "No new rows: all {n} rows are already in the database. Nothing was added.",
    ),
    "kd_f_store_ada": ("Folder {path} sudah berisi basis data.", "Folder {path} already holds a database."),
    "kd_f_sipsn_kolom": (
        "Bukan ekspor SIPSN yang dikenal: tidak ada kolom timbulan, capaian atau komposisi.",
        "Not a known SIPSN export: no generation, performance or composition columns.",
    ),
    "kd_f_zip_tanpa_shp": ("File .zip tidak berisi Shapefile (.shp).", "The .zip holds no Shapefile (.shp)."),
    "kd_f_geo_rusak": (
        "File peta tidak bisa dibaca ({galat}). Pakai GeoJSON, GeoPackage atau Shapefile "
        "dalam .zip (dengan .shp, .shx, .dbf, .prj).",
        "The map file cannot be read ({galat}). Use GeoJSON, GeoPackage or a zipped "
        "Shapefile (.shp, .shx, .dbf, .prj).",
    ),
    "kd_f_geo_crs": (
        "File peta tanpa sistem koordinat (.prj hilang?) dan koordinatnya bukan derajat.",
        "The map file has no coordinate system (.prj missing?) and is not in degrees.",
    ),
    # ---- rejected rows ----
    "kd_e_bukan_angka": ("{kolom}: '{nilai}' bukan angka.", "{kolom}: '{nilai}' is not a number."),
    "kd_e_rumus": (
        "{kolom}: berisi rumus Excel '{nilai}', bukan angka. Salin lalu Tempel Nilai (Paste Values).",
        "{kolom}: holds an Excel formula '{nilai}', not a number. Copy and Paste Values.",
    ),
    "kd_e_format_angka": (
        "{kolom}: format angka '{nilai}' tidak jelas (campuran 1.234,5 dan 1,234.5?).",
        "{kolom}: unclear number format '{nilai}' (mixed 1.234,5 and 1,234.5?).",
    ),
    "kd_e_angka_raksasa": (
        "{kolom}: angka '{nilai}' terlalu besar.",
        "{kolom}: number '{nilai}' is too large.",
    ),
    "kd_e_tahun": (
        "{kolom}: '{nilai}' bukan tahun (contoh 2025).",
        "{kolom}: '{nilai}' is not a year (e.g. 2025).",
    ),
    "kd_e_tahun_rentang": (
        "{kolom}: tahun {nilai} di luar rentang wajar.",
        "{kolom}: year {nilai} is out of range.",
    ),
    "kd_e_tanggal": (
        "{kolom}: '{nilai}' bukan tanggal yang dikenal (contoh 2025-11-20, 20/11/2025, 20 November 2025).",
        "{kolom}: '{nilai}' is not a recognised date (e.g. 2025-11-20, 20/11/2025, 20 November 2025).",
    ),
    "kd_e_tanggal_lama": (
        "{kolom}: tanggal '{nilai}' sebelum tahun 1990.",
        "{kolom}: date '{nilai}' is before 1990.",
    ),
    "kd_e_tanggal_depan": (
        "{kolom}: tanggal '{nilai}' ada di masa depan.",
        "{kolom}: date '{nilai}' is in the future.",
    ),
    "kd_e_jam": (
        "{kolom}: '{nilai}' bukan jam (contoh 08:15).",
        "{kolom}: '{nilai}' is not a time (e.g. 08:15).",
    ),
    "kd_e_bulan": (
        "{kolom}: '{nilai}' bukan bulan (contoh 2025-11 atau November 2025).",
        "{kolom}: '{nilai}' is not a month (e.g. 2025-11 or November 2025).",
    ),
    "kd_e_bukan_bulat": (
        "{kolom}: '{nilai}' harus bilangan bulat.",
        "{kolom}: '{nilai}' must be a whole number.",
    ),
    "kd_e_ya_tidak": ("{kolom}: '{nilai}' harus ya atau tidak.", "{kolom}: '{nilai}' must be yes or no."),
    "kd_e_satuan": (
        "Satuan '{nilai}' tidak dikenal; pakai kg atau ton.",
        "Unknown unit '{nilai}'; use kg or ton.",
    ),
    "kd_e_negatif": (
        "{kolom}: nilai {nilai} negatif; tidak boleh kurang dari 0.",
        "{kolom}: value {nilai} is negative.",
    ),
    "kd_e_min": ("{kolom}: nilai {nilai} di bawah batas {min}.", "{kolom}: value {nilai} is below {min}."),
    "kd_e_maks": (
        "{kolom}: nilai {nilai} tidak wajar (batas {maks}). Periksa satuan (kg/ton) atau salah ketik.",
        "{kolom}: value {nilai} is implausible (limit {maks}). Check the unit (kg/ton) or a typo.",
    ),
    "kd_e_wajib": ("{kolom}: wajib diisi.", "{kolom}: required."),
    "kd_e_netto": (
        "Netto tidak sama dengan bruto − tara (selisih lebih dari 20 kg atau 1%).",
        "Net weight does not equal gross − tare (off by more than 20 kg or 1%).",
    ),
    "kd_e_tara": ("Tara lebih besar dari bruto.", "Tare is larger than gross."),
    "kd_e_truk": (
        "Netto melebihi batas muatan truk ({batas} kg): tidak wajar, periksa satuan atau salah ketik.",
        "Net weight exceeds the truck limit ({batas} kg): implausible, check the unit or a typo.",
    ),
    "kd_e_selesai_sebelum_mulai": (
        "Tanggal selesai sebelum tanggal mulai.",
        "End date is before start date.",
    ),
    "kd_e_kode_tak_dikenal": (
        "Kode {tingkat} '{nilai}' tidak ada di basis data ({kota}).",
        "{tingkat} code '{nilai}' is not in the database ({kota}).",
    ),
    "kd_e_nama_ganda": (
        "Nama {tingkat} '{nilai}' ada di lebih dari satu tempat ({kode}); isi kolom kecamatan "
        "atau pakai kode.",
        "{tingkat} name '{nilai}' exists in several places ({kode}); add the kecamatan or use the code.",
    ),
    "kd_e_nama_saran": (
        "{tingkat} '{nilai}' tidak dikenal. Mungkin maksudnya: {saran}?",
        "Unknown {tingkat} '{nilai}'. Did you mean: {saran}?",
    ),
    "kd_e_nama_tak_dikenal": (
        "{tingkat} '{nilai}' tidak ada di basis data ({kota}).",
        "{tingkat} '{nilai}' is not in the database ({kota}).",
    ),
    "kd_e_bs_ganda": (
        "Nama bank sampah '{nilai}' dipakai beberapa unit ({kode}); pakai id-nya.",
        "Bank sampah name '{nilai}' is used by several units ({kode}); use its id.",
    ),
    "kd_e_bs_kosong": ("Registri bank sampah kosong.", "The bank sampah registry is empty."),
    "kd_e_bs_saran": (
        "Bank sampah '{nilai}' tidak ada di registri. Mungkin maksudnya: {saran}?",
        "Bank sampah '{nilai}' is not in the registry. Did you mean: {saran}?",
    ),
    "kd_e_bs_tak_dikenal": (
        "Bank sampah '{nilai}' tidak ada di registri; impor registrinya dulu.",
        "Bank sampah '{nilai}' is not in the registry; import the registry first.",
    ),
    "kd_e_tpa_kosong": (
        "Kolom TPA kosong padahal ada beberapa TPA ({tpa}).",
        "TPA is empty but there are several landfills ({tpa}).",
    ),
    "kd_e_tpa_tak_dikenal": (
        "TPA '{nilai}' tidak dikenal (yang ada: {tpa}).",
        "Unknown TPA '{nilai}' (known: {tpa}).",
    ),
    "kd_e_kode_format": (
        "{kolom}: kode {tingkat} '{nilai}' tidak berformat Kemendagri (contoh {contoh}).",
        "{kolom}: {tingkat} code '{nilai}' is not in Kemendagri form (e.g. {contoh}).",
    ),
    "kd_e_kode_induk": (
        "Kode kelurahan {kelurahan} bukan bagian dari kecamatan {kecamatan}.",
        "Kelurahan code {kelurahan} is not inside kecamatan {kecamatan}.",
    ),
    "kd_e_wilayah_beda": (
        "Kode {kode} sudah dipakai '{nama}' di baris {baris}.",
        "Code {kode} is already used by '{nama}' on row {baris}.",
    ),
    "kd_e_duplikat": (
        "Duplikat baris {baris} di file yang sama.",
        "Duplicate of row {baris} in the same file.",
    ),
    "kd_e_jenis_bs": (
        "{kolom}: '{nilai}' harus 'unit' atau 'induk'.",
        "{kolom}: '{nilai}' must be 'unit' or 'induk'.",
    ),
    "kd_e_berdiri": ("Tanggal/tahun berdiri kosong.", "Founding date/year is empty."),
    "kd_e_kategori": (
        "{kolom}: kategori '{nilai}' tidak dikenal (plastik, kertas, logam, kaca, organik, minyak "
        "jelantah, lainnya).",
        "{kolom}: unknown category '{nilai}' (plastik, kertas, logam, kaca, organik, minyak "
        "jelantah, lainnya).",
    ),
    "kd_e_berat_nol": ("{kolom}: berat 0.", "{kolom}: weight is 0."),
    "kd_e_status_csr": (
        "{kolom}: status '{nilai}' harus usulan, berjalan atau selesai.",
        "{kolom}: status '{nilai}' must be usulan, berjalan or selesai.",
    ),
    "kd_e_kota": (
        "Kab/kota '{nilai}' tidak dikenal (yang ada: {kota}).",
        "Unknown city '{nilai}' (known: {kota}).",
    ),
    "kd_e_sipsn_kode_nama": (
        "Kode {kode} adalah {nama_kode}, tetapi nama “{nama}” menunjuk kab/kota lain.",
        "Code {kode} is {nama_kode}, but the name “{nama}” names another kab/kota.",
    ),
    "kd_e_tanpa_angka": ("{kabkota}: semua angka kosong.", "{kabkota}: all figures are empty."),
    "kd_e_geometri": ("Geometri bukan poligon ({jenis}).", "Geometry is not a polygon ({jenis})."),
    # ---- notes on how the file was read ----
    "kd_c_lembar": ("Dibaca dari lembar '{lembar}'.", "Read from sheet '{lembar}'."),
    "kd_c_gabung": (
        "Sel gabungan {sel} diisi ke setiap selnya.",
        "Merged cells {sel} filled into each cell.",
    ),
    "kd_c_total": ("Baris {baris} (jumlah/total) dilewati.", "Row {baris} (a total) was skipped."),
    "kd_c_judul": (
        "{n} baris judul di atas kepala tabel dilewati.",
        "{n} title row(s) above the header skipped.",
    ),
    "kd_c_cp1252": (
        "File dibaca sebagai Windows-1252 (bukan UTF-8).",
        "File read as Windows-1252 (not UTF-8).",
    ),
    "kd_c_status_tanpa_tanggal": (
        "{n} unit berstatus tidak aktif tanpa tanggal nonaktif: dianggap masih aktif "
        "sampai tanggalnya diisi.",
        "{n} unit(s) marked inactive without a date: counted as active until the date is filled in.",
    ),
    "kd_c_bs_gabung": (
        "{baris} baris registri (per tahun) menjadi {unit} bank sampah.",
        "{baris} registry rows (per year) became {unit} bank sampah.",
    ),
    "kd_c_tpa_baru": ("TPA baru ditambahkan: {tpa}.", "New landfill added: {tpa}."),
    "kd_c_pecahan": (
        "Target ditulis sebagai pecahan (0,3); dibaca sebagai persen (30%).",
        "Targets written as fractions (0.3) were read as percent (30%).",
    ),
    "kd_c_peta_diingat": (
        "Pemetaan kolom dari file sebelumnya yang berbentuk sama dipakai lagi.",
        "The column mapping of an earlier file of the same shape was reused.",
    ),
    "kd_c_crs": (
        "Koordinat diubah ke {crs} dan disederhanakan.",
        "Coordinates converted to {crs} and simplified.",
    ),
    # ---- results ----
    "kd_ok_dimuat": (
        "Dimuat: {baru} baris baru, {ubah} diperbarui, {sudah} sudah ada, {tolak} ditolak "
        "(versi {versi}; {detik} detik).",
        "Loaded: {baru} new rows, {ubah} updated, {sudah} already present, {tolak} rejected "
        "(version {versi}; {detik} s).",
    ),
    "kd_undo_tidak_ada": ("Tidak ada impor yang bisa dibatalkan.", "There is no import to undo."),
    "kd_undo_hilang": (
        "Versi sebelumnya ({versi}) sudah dihapus; pembatalan tidak bisa dilakukan.",
        "The previous version ({versi}) was deleted; cannot undo.",
    ),
    "kd_undo_ok": (
        "Impor #{id} ({dataset}, {file}) dibatalkan; data kembali ke versi {versi}.",
        "Import #{id} ({dataset}, {file}) undone; data is back at version {versi}.",
    ),
    # ---- page ----
    "kd_hal": ("Kelola Data", "Manage Data"),
    "kd_judul": ("Kelola Data: impor, riwayat, batalkan", "Manage data: import, history, undo"),
    "kd_intro": (
        "Muat file Excel/CSV dari aplikasi bank sampah, jembatan timbang TPA, Bappeda (CSR) atau "
        "SIPSN. Setiap file diperiksa dulu; dasbor tetap melayani selama impor berjalan.",
        "Load Excel/CSV files from bank sampah apps, the landfill weighbridge, Bappeda (CSR) or "
        "SIPSN. Each file is checked first; the dashboard keeps serving while an import runs.",
    ),
    "kd_tab_impor": ("Impor", "Import"),
    "kd_tab_riwayat": ("Riwayat & batalkan", "History & undo"),
    "kd_tab_templat": ("Templat Excel", "Excel templates"),
    "kd_sandi": ("Kata sandi admin", "Admin password"),
    "kd_masuk": ("Masuk", "Log in"),
    "kd_keluar": ("Keluar", "Log out"),
    "kd_sandi_salah": ("Kata sandi salah.", "Wrong password."),
    "kd_sandi_kunci": (
        "Terlalu banyak percobaan salah. Coba lagi dalam {detik} detik.",
        "Too many wrong attempts. Try again in {detik} seconds.",
    ),
    "kd_sandi_belum": (
        "Impor dinonaktifkan: kata sandi admin belum diatur. Atur SAMPAH_ADMIN_PASSWORD di "
        "lingkungan server atau admin_password di .streamlit/secrets.toml.",
        "Importing is disabled: no admin password is set. Set SAMPAH_ADMIN_PASSWORD in the "
        "server environment or admin_password in .streamlit/secrets.toml.",
    ),
    "kd_perlu_masuk": (
        "Menulis data butuh login admin. Riwayat dan templat tetap bisa dilihat.",
        "Writing data needs an admin login. History and templates stay visible.",
    ),
    "kd_oidc": ("Masuk dengan akun instansi", "Log in with your agency account"),
    "kd_masuk_sebagai": ("Masuk sebagai {nama}.", "Logged in as {nama}."),
    "kd_pilih_dataset": ("Dataset", "Dataset"),
    "kd_unggah": (
        "File (CSV, XLSX, JSON; untuk batas wilayah: GeoJSON, GPKG, Shapefile .zip)",
        "File (CSV, XLSX, JSON; for boundaries: GeoJSON, GPKG, zipped Shapefile)",
    ),
    "kd_pratinjau": ("Pratinjau (20 baris pertama)", "Preview (first 20 rows)"),
    "kd_pemetaan": ("Pemetaan kolom", "Column mapping"),
    "kd_pemetaan_bantuan": (
        "Kolom dataset di kiri, judul kolom di file di kanan. Pemetaan disimpan untuk file "
        "berikutnya yang berbentuk sama.",
        "Dataset columns on the left, file headers on the right. The mapping is remembered "
        "for the next file of the same shape.",
    ),
    "kd_tidak_dipakai": ("(tidak dipakai)", "(not used)"),
    "kd_laporan": ("Hasil pemeriksaan", "Validation report"),
    "kd_ringkas_sisih": (
        "{n} disisihkan (bukan wilayah penyimpanan ini)",
        "{n} set aside (not this store's area)",
    ),
    "kd_ringkas": (
        "{dibaca} baris dibaca · {valid} siap dimuat · {tolak} ditolak",
        "{dibaca} rows read · {valid} ready to load · {tolak} rejected",
    ),
    "kd_ditolak_judul": ("Baris yang ditolak beserta alasannya", "Rejected rows with reasons"),
    "kd_unduh_ditolak": ("baris_ditolak", "rejected_rows"),
    "kd_ketat": (
        "Tolak seluruh file bila ada baris yang ditolak",
        "Refuse the whole file if any row is rejected",
    ),
    "kd_konfirmasi": ("Muat {n} baris", "Load {n} rows"),
    "kd_memuat": ("Memuat… dasbor tetap bisa dipakai.", "Loading… the dashboard keeps serving."),
    "kd_riwayat_kosong": ("Belum ada impor.", "No imports yet."),
    "kd_batalkan": ("Batalkan impor terakhir", "Undo last import"),
    "kd_batalkan_yakin": ("Ya, batalkan impor terakhir", "Yes, undo the last import"),
    "kd_versi_aktif": ("Versi data aktif: {versi}", "Active data version: {versi}"),
    "kd_templat_bantuan": (
        "Unduh templat, isi lembar 'data' (lembar 'petunjuk' menjelaskan setiap kolom), lalu impor.",
        "Download a template, fill in the 'data' sheet (the 'petunjuk' sheet explains each "
        "column), then import.",
    ),
    "kd_unduh_templat": ("Templat {judul}", "Template {judul}"),
    "kd_bukan_store": (
        "Basis data yang dikonfigurasi adalah satu file .duckdb; impor butuh folder penyimpanan.",
        "The configured database is a single .duckdb file; importing needs a store folder.",
    ),
    "kd_kolom_r": ("Kolom", "Column"),
    "kd_kolom_file": ("Kolom di file", "Column in file"),
}
