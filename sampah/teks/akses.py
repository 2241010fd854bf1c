"""Strings of write access (sampah/ui_akses.py) and of the page-level error message."""

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
}
