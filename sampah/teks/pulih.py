"""Strings of the recovery path (sampah/pulih.py): damaged or missing database, full disk, empty store."""

S = {
    "pl_rusak": (
        "Versi data aktif **{rusak}** rusak atau tidak bisa dibuka ({alasan}). Dasbor menampilkan versi "
        "sebelumnya yang masih baik, **{versi}**. Pulihkan dengan `python -m sampah pulihkan` "
        "(atau `--versi {versi}`).",
        "The active data version **{rusak}** is damaged or cannot be opened ({alasan}). The dashboard "
        "shows the previous good version, **{versi}**. Restore it with `python -m sampah pulihkan` "
        "(or `--versi {versi}`).",
    ),
    "pl_rusak_semua": (
        "Basis data di {path} rusak atau tidak bisa dibuka ({alasan}) dan tidak ada versi sebelumnya "
        "yang baik. Salin cadangan ke folder itu atau buat ulang dengan `python -m sampah init`.",
        "The database in {path} is damaged or cannot be opened ({alasan}) and no previous version is "
        "good. Copy a backup into that folder or start again with `python -m sampah init`.",
    ),
    "pl_hilang": (
        "Basis data tidak ditemukan di {path}. Periksa pengaturan SAMPAH_DB / db_path, atau buat "
        "penyimpanan dengan `python -m sampah init --store {path}`.",
        "No database found in {path}. Check the SAMPAH_DB / db_path setting, or create a store with "
        "`python -m sampah init --store {path}`.",
    ),
    "pl_kosong": (
        "Belum ada data di basis data ini. Muat data wilayah dan data lainnya di halaman **Kelola Data** "
        "(atau `python -m sampah import wilayah <file>`); halaman lain tampil setelah ada data.",
        "This database has no data yet. Load the wilayah and other data on the **Kelola Data** page "
        "(or `python -m sampah import wilayah <file>`); the other pages show once there is data.",
    ),
    "pl_disk_penuh": (
        "Disk penuh: impor dibatalkan dan tidak ada yang berubah (data lama tetap dipakai). "
        "Kosongkan ruang disk di {path}, lalu ulangi impor.",
        "Disk full: the import was cancelled and nothing changed (the old data stays in use). "
        "Free disk space in {path}, then import again.",
    ),
    "pl_gagal_tulis": (
        "Gagal menulis ke penyimpanan ({galat}): impor dibatalkan dan tidak ada yang berubah.",
        "Could not write to the store ({galat}): the import was cancelled and nothing changed.",
    ),
    "pl_penunjuk_rusak": (
        "Penunjuk versi CURRENT di {path} rusak (isinya '{isi}', bukan nama versi): tidak ada yang diubah. "
        "Pulihkan dengan `python -m sampah pulihkan` atau `python -m sampah pulihkan --versi vNNNNNN`.",
        "The version pointer CURRENT in {path} is broken (it holds '{isi}', not a version name): "
        "nothing changed. Restore it with `python -m sampah pulihkan` or "
        "`python -m sampah pulihkan --versi vNNNNNN`.",
    ),
    "pl_tanpa_izin": (
        "Tidak ada izin menulis ke penyimpanan {path} ({galat}): tidak ada yang diubah. Jalankan perintah "
        "sebagai pengguna pemilik folder itu (atau minta administrator server).",
        "No permission to write to the store {path} ({galat}): nothing changed. Run the command as the "
        "user who owns that folder (or ask the server's administrator).",
    ),
    "pl_dipulihkan": (
        "CURRENT sekarang menunjuk {versi} (sebelumnya {lama}).",
        "CURRENT now points at {versi} (was {lama}).",
    ),
    "pl_sudah_baik": (
        "Versi aktif {versi} baik; tidak ada yang diubah (pakai --versi untuk memilih versi lain).",
        "The active version {versi} is good; nothing changed (use --versi to choose another).",
    ),
    "pl_versi_buruk": (
        "Versi {versi} tidak ada atau tidak bisa dibuka. Versi yang baik: {daftar}.",
        "Version {versi} does not exist or cannot be opened. Good versions: {daftar}.",
    ),
    "pl_tidak_ada_baik": (
        "Tidak ada versi yang bisa dibuka di {path}.",
        "No version in {path} can be opened.",
    ),
}
