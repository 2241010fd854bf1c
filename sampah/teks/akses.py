"""Strings of write access (sampah/ui_akses.py) and of the page-level error message."""

_BATAS_XLSX = (
    "Batas XLSX: {baris} baris, {kolom} kolom, {sel} sel. Hapus isi sel yang jauh di luar tabel, "
    "simpan sebagai CSV (sampai 200 MB) atau pecah per bulan.",
    "XLSX limits: {baris} rows, {kolom} columns, {sel} cells. Clear cells far outside the table, "
    "save as CSV (up to 200 MB) or split by month.",
)

S = {
    "ak_bukan_penulis": (
        "{nama} belum terdaftar sebagai penulis data. Admin server dapat menambahkannya ke {env} "
        "(alamat atau @domain, dipisah koma) atau ke `penulis` di .streamlit/secrets.toml.",
        "{nama} is not on the list of data writers. The server admin can add it to {env} "
        "(addresses or @domains, comma separated) or to `penulis` in .streamlit/secrets.toml.",
    ),
    "galat_halaman": (
        "Maaf, halaman ini gagal dimuat. Laporkan kode **{kode}** ke admin; rinciannya ada di log server.",
        "Sorry, this page failed to load. Report code **{kode}** to the admin; the details are in "
        "the server log.",
    ),
    **{
        k: (f"Lembar '{{lembar}}' {id_} " + _BATAS_XLSX[0], f"Sheet '{{lembar}}' {en} " + _BATAS_XLSX[1])
        for k, id_, en in (
            ("kd_f_xlsx_baris", "berisi sampai baris {nilai}.", "holds values down to row {nilai}."),
            ("kd_f_xlsx_kolom", "berisi sampai kolom {nilai}.", "holds values up to column {nilai}."),
            ("kd_f_xlsx_sel", "membentuk tabel {nilai} sel.", "makes a table of {nilai} cells."),
            (
                "kd_f_xlsx_elemen",
                "memuat lebih dari {nilai} sel (termasuk sel kosong berformat).",
                "has more than {nilai} cells (formatted empty ones included).",
            ),
        )
    },
    "kd_f_xlsx_urai": (
        "File XLSX ini mengembang menjadi {mb} MB ({n} bagian) saat dibuka; batasnya {batas} MB. "
        "Kemungkinan bukan file Excel biasa. Simpan ulang di Excel atau simpan sebagai CSV.",
        "This XLSX file unpacks to {mb} MB ({n} parts); the limit is {batas} MB. It is probably not "
        "an ordinary Excel file. Save it again in Excel or as CSV.",
    ),
    "kd_lain_ditolak": (
        "… dan {n} baris lain ditolak (tidak dirinci satu per satu), terutama karena: {alasan}",
        "… and {n} more rows rejected (not listed one by one), mostly because: {alasan}",
    ),
    "kd_f_nama_beragam": (
        "Kolom {kolom} berisi {n} nama berbeda (batas {batas}): kemungkinan kolom yang salah dipetakan. "
        "Periksa pemetaan kolom.",
        "Column {kolom} holds {n} different names (limit {batas}): probably the wrong column is mapped. "
        "Check the column mapping.",
    ),
    "kd_f_zip_bom": (
        "File .zip ini mengembang menjadi {mb} MB ({n} bagian); batasnya {batas} MB dan rasio 200:1. "
        "Kirim Shapefile kab/kota saja (.shp, .shx, .dbf, .prj) atau GeoJSON.",
        "This .zip unpacks to {mb} MB ({n} parts); the limit is {batas} MB and a 200:1 ratio. Send the "
        "kab/kota's Shapefile only (.shp, .shx, .dbf, .prj) or GeoJSON.",
    ),
    "kd_f_temp_penuh": (
        "Disk sementara server penuh ({folder}: perlu {perlu} MB, sisa {sisa} MB). Data tidak berubah; "
        "minta admin mengosongkan folder sementara atau mengatur TMPDIR ke disk yang lebih lega.",
        "The server's temporary disk is full ({folder}: needs {perlu} MB, {sisa} MB free). Nothing "
        "changed; ask the admin to free the temp folder or point TMPDIR at a larger disk.",
    ),
    "kd_e_luar_indonesia": (
        "Koordinat di luar Indonesia ({kotak}; bujur 94–142, lintang −12–7). Periksa sistem koordinat.",
        "Coordinates outside Indonesia ({kotak}; longitude 94–142, latitude −12–7). Check the CRS.",
    ),
    "kd_c_geo_diperbaiki": (
        "{n} poligon yang memotong dirinya diperbaiki (make_valid): {nama}.",
        "{n} self-intersecting polygons repaired (make_valid): {nama}.",
    ),
    "pr_pdf_satu": (
        "PDF dibuat di server satu per satu (sekitar 20 detik).",
        "PDFs are made on the server one at a time (about 20 seconds).",
    ),
    "pr_pdf_antre": (
        "PDF sedang dibuat ({dibuat}) dan {menunggu} menunggu: unduhan Anda menunggu gilirannya. Bila "
        "tombol menampilkan galat, antrean penuh: coba lagi sebentar.",
        "A PDF is being made ({dibuat}) and {menunggu} are waiting: yours waits its turn. If the button "
        "shows an error the queue is full: try again shortly.",
    ),
    "kd_batas_unggah": (
        "Maks {mb} MB per file. XLSX maks {baris} baris, {kolom} kolom, {sel} sel; file lebih besar "
        "simpan sebagai CSV.",
        "Up to {mb} MB per file. XLSX up to {baris} rows, {kolom} columns, {sel} cells; save larger "
        "files as CSV.",
    ),
}
