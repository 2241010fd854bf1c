"""Strings of the national reference (sampah/rujukan.py) and `init --kota` (sampah/kota_baru.py)."""

S = {
    "rj_ambigu": (
        "“{masukan}” bisa berarti lebih dari satu kab/kota:\n{daftar}\nTulis nama lengkapnya "
        "(mis. “Kota Bekasi” atau “Kabupaten Bekasi”) atau kode Kemendagri bertitik (mis. 32.75).",
        "“{masukan}” may mean more than one kab/kota:\n{daftar}\nWrite its full name "
        "(e.g. “Kota Bekasi” or “Kabupaten Bekasi”) or its dotted Kemendagri code (e.g. 32.75).",
    ),
    "rj_kode_dua_arti": (
        "Kode “{masukan}” tanpa titik berarti wilayah yang berbeda menurut BPS dan menurut Kemendagri:"
        "\n{daftar}\nTulis kode Kemendagri dengan titik (mis. 31.71) atau nama kab/kota.",
        "The code “{masukan}” without dots means different areas in the BPS and the Kemendagri "
        "systems:\n{daftar}\nWrite the Kemendagri code with dots (e.g. 31.71) or the kab/kota name.",
    ),
    "rj_tidak_dikenal": (
        "“{masukan}” tidak dikenal sebagai kab/kota di rujukan nasional (Kemendagri 2025, BPS). "
        "Nama terdekat:\n{daftar}",
        "“{masukan}” is not a known kab/kota in the national reference (Kemendagri 2025, BPS). "
        "Nearest names:\n{daftar}",
    ),
    "rj_bps_saja": (
        "“{masukan}” adalah {nama} (BPS {kode_bps}) di data BPS yang lebih lama, tetapi tidak punya "
        "padanan di data Kemendagri 2025 (nama atau wilayahnya berubah). Mungkin yang dimaksud:\n{daftar}",
        "“{masukan}” is {nama} (BPS {kode_bps}) in the older BPS data, but has no counterpart in the "
        "Kemendagri 2025 data (its name or area changed). Perhaps you mean:\n{daftar}",
    ),
    "kb_dibuat": (
        "Penyimpanan untuk {kota} ({kode}, {provinsi}) dibuat: {berkas}\n"
        "  {n_kec} kecamatan ({n_kec_bps} dengan kode BPS), {n_kel} kelurahan/desa ({n_kel_bps} dengan "
        "kode BPS).",
        "Store for {kota} ({kode}, {provinsi}) created: {berkas}\n"
        "  {n_kec} kecamatan ({n_kec_bps} with a BPS code), {n_kel} kelurahan/desa ({n_kel_bps} with "
        "a BPS code).",
    ),
    "kb_tanpa_bps": (
        "  Tanpa kode BPS (tidak dipasangkan atau ambigu di padanan BPS-Kemendagri, lihat "
        "data/rujukan/README.md): {daftar}",
        "  Without a BPS code (unpaired or ambiguous in the BPS-Kemendagri crosswalk, see "
        "data/rujukan/README.md): {daftar}",
    ),
    "kb_lanjut": (
        "  Wilayah belum punya titik tengah, luas atau penduduk: muat batas wilayah (GeoJSON/Shapefile) "
        "untuk peta, lalu data penduduk dan data sampah di halaman Kelola Data atau dengan "
        "python -m sampah import <dataset> <file> --store {store}",
        "  Areas have no centroid, area or population yet: load boundaries (GeoJSON/Shapefile) for the "
        "maps, then population and waste data on the Kelola Data page or with "
        "python -m sampah import <dataset> <file> --store {store}",
    ),
}
S["rj_kode_tidak_dikenal"] = (
    "Kode “{masukan}” bukan kode kab/kota di rujukan nasional (Kemendagri 2025 bertitik, mis. 32.75, "
    "atau BPS 4 angka, mis. 3275).",
    "The code “{masukan}” is not a kab/kota code in the national reference (Kemendagri 2025 with dots, "
    "e.g. 32.75, or BPS 4 digits, e.g. 3275).",
)
S.update(
    {
        "pl_kosong_wilayah": (
            "Belum ada data sampah untuk **{kota}**. Wilayahnya sudah ada ({n_kec} kecamatan beserta "
            "kelurahan/desanya, dari rujukan nasional); muat setoran bank sampah, muatan TPA, penduduk dan "
            "batas wilayah di halaman **Kelola Data** (atau `python -m sampah import <dataset> <file>`). "
            "Halaman ini tampil setelah ada data.",
            "No waste data yet for **{kota}**. Its areas are there ({n_kec} kecamatan with their "
            "kelurahan/desa, from the national reference); load bank sampah deposits, TPA loads, "
            "population and boundaries on the **Kelola Data** page (or `python -m sampah import <dataset> "
            "<file>`). This page shows once there is data.",
        ),
        "wl_tanpa_titik": (
            "Peta per {tingkat} belum bisa digambar: wilayah ini belum punya titik tengah (lat/lon) atau "
            "batas wilayah. Muat batas wilayah (GeoJSON, GeoPackage atau Shapefile dalam zip) atau tabel "
            "wilayah dengan kolom lat/lon di halaman Kelola Data. Peringkat dan tabel di bawah tetap "
            "berlaku.",
            "The map per {tingkat} cannot be drawn yet: these areas have no centroid (lat/lon) or "
            "boundaries. Load boundaries (GeoJSON, GeoPackage or zipped Shapefile) or a wilayah table with "
            "lat/lon columns on the Kelola Data page. The ranking and tables below still apply.",
        ),
        "wl_sebagian_tanpa_titik": (
            "{n} dari {semua} wilayah belum punya titik tengah dan tidak tampak di peta; muat batas wilayah "
            "atau lat/lon di Kelola Data.",
            "{n} of {semua} areas have no centroid and are not on the map; load boundaries or lat/lon on "
            "Kelola Data.",
        ),
        "pr_peta_tanpa_titik": (
            "Peta butuh titik tengah atau batas wilayah kecamatan: muat di halaman Kelola Data.",
            "The map needs kecamatan centroids or boundaries: load them on the Kelola Data page.",
        ),
    }
)
S["peta_tanpa_titik"] = (
    "Peta belum bisa digambar: lokasi (lat/lon) dan batas wilayah belum ada. Muat batas wilayah "
    "(GeoJSON, GeoPackage atau Shapefile dalam zip) atau tabel dengan kolom lat/lon di halaman Kelola Data.",
    "The map cannot be drawn yet: no locations (lat/lon) and no boundaries. Load boundaries (GeoJSON, "
    "GeoPackage or zipped Shapefile) or a table with lat/lon columns on the Kelola Data page.",
)
S["tanpa_penduduk"] = (
    "\\* Belum ada data penduduk: angka per kapita dan persen pengurangan kosong sampai tabel penduduk "
    "dimuat di Kelola Data.",
    "\\* No population data yet: per-capita figures and the reduction % stay empty until a population "
    "table is loaded on Kelola Data.",
)
