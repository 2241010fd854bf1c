"""Strings of the Wilayah page: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "hal_wilayah": ("Wilayah", "Areas"),
    "wl_judul": ("Peta dan perbandingan wilayah", "Maps and area comparison"),
    "wl_tingkat": ("Tingkat", "Level"),
    "wl_tingkat_kecamatan": ("Kecamatan", "Kecamatan"),
    "wl_tingkat_kelurahan": ("Kelurahan", "Kelurahan"),
    "wl_ukuran": ("Ukuran di peta", "Measure on the map"),
    "wl_peta": ("Jenis peta", "Map type"),
    "wl_peta_heksagon": ("Heksagon", "Hexagons"),
    "wl_peta_gelembung": ("Gelembung", "Bubbles"),
    "wl_peta_batas": ("Batas resmi", "Official boundaries"),
    "wl_peta_judul": ("{ukuran} per {tingkat}, {periode}", "{ukuran} by {tingkat}, {periode}"),
    "wl_heksagon_catatan": (
        "Setiap wilayah satu heksagon sama besar, diletakkan kira-kira menurut letaknya, "
        "agar wilayah kecil tetap terlihat. Abu-abu: tidak ada data.",
        "Each area is one equal hexagon placed roughly where it lies, so small areas "
        "stay visible. Grey: no data.",
    ),
    "wl_batas_tidak_ada": (
        "Batas resmi belum dimuat; muat GeoJSON/GeoPackage/Shapefile di Kelola Data.",
        "No official boundaries loaded yet; load them on Kelola Data.",
    ),
    "wl_m_tingkat_diversi": ("Tingkat diversi", "Diversion rate"),
    "wl_m_ton_diversi": ("Terkurangi (ton)", "Diverted (t)"),
    "wl_m_ton_tpa": ("Ke TPA (ton)", "Landfilled (t)"),
    "wl_m_tpa_kg_per_orang_hari": ("Ke TPA (kg/orang/hari)*", "Landfilled (kg/person/day)*"),
    "wl_m_diversi_g_per_orang_hari": ("Terkurangi (gram/orang/hari)*", "Diverted (g/person/day)*"),
    "wl_m_persen_pengurangan": ("Pengurangan (% timbulan)*", "Reduction (% of generation)*"),
    "wl_m_bs_aktif": ("Bank sampah aktif", "Active bank sampah"),
    "wl_m_bs_per_10rb_penduduk": ("Bank sampah per 10.000 penduduk*", "Bank sampah per 10,000 residents*"),
    "wl_m_bs_per_rw": ("Bank sampah per RW", "Bank sampah per RW"),
    "wl_m_penduduk": ("Penduduk*", "Population*"),
    "wl_m_jumlah_rw": ("Jumlah RW", "RW count"),
    "wl_heksagon_arahkan": (
        "Nama kelurahan muncul saat kursor di atas heksagon; peta batas resmi (muat di Kelola Data) "
        "menampilkan letaknya.",
        "A kelurahan's name shows when the pointer is on its hexagon; official boundaries (load them "
        "on Manage Data) show where it lies.",
    ),
    "wl_kelurahan_catatan": (
        "Tonase ke TPA tercatat per kecamatan asal, tidak per kelurahan.",
        "Landfill tonnage is recorded per kecamatan of origin, not per kelurahan.",
    ),
    "wl_peringkat": ("Peringkat: {ukuran}", "Ranking: {ukuran}"),
    "wl_rinci": ("Rinci ke kelurahan di kecamatan", "Drill down to the kelurahan of"),
    "wl_rinci_kosong": ("— pilih kecamatan —", "— choose a kecamatan —"),
    "wl_kembali": ("Kembali ke seluruh kecamatan", "Back to all kecamatan"),
    "wl_banding": ("Bandingkan 2–4 kecamatan berdampingan", "Compare 2–4 kecamatan side by side"),
    "wl_banding_pilih": ("Kecamatan yang dibandingkan", "Kecamatan to compare"),
    "wl_banding_kurang": ("Pilih 2 sampai 4 kecamatan.", "Choose 2 to 4 kecamatan."),
    "wl_banding_judul": (
        "Ke TPA per bulan (ton) dan tingkat diversi (%), 24 bulan terakhir s.d. {tgl}",
        "Landfilled per month (t) and diversion rate (%), last 24 months to {tgl}",
    ),
    "wl_rw_estimasi": (
        "Jumlah RW per kelurahan adalah estimasi (1.018 RW kota dibagi menurut penduduk).",
        "RW counts per kelurahan are estimates (the city's 1,018 RW shared by population).",
    ),
    "wl_definisi": (
        "- **Per kapita** = ton × 1.000 ÷ (penduduk × hari), dalam kg (ke TPA) atau gram (terkurangi) per "
        "orang per hari.\n"
        "- **Bank sampah per 10.000 penduduk** = bank sampah aktif × 10.000 ÷ penduduk; **per RW** = bank "
        'sampah aktif ÷ jumlah RW (1,0 berarti rata-rata satu per RW, sasaran "1 RW 1 bank sampah").\n'
        "- **Pengurangan** = terkurangi ÷ (penduduk × kg/orang/hari × hari).\n"
        "- Tonase ke TPA hanya diketahui per kecamatan asal (timbangan); muatan tanpa asal tidak masuk "
        "kecamatan mana pun.\n"
        "- \\* bertumpu pada jumlah penduduk (estimasi bila belum dimuat data resmi).",
        "- **Per capita** = tonnes × 1,000 ÷ (population × days), in kg (landfilled) or grams (diverted) per "
        "person per day.\n"
        "- **Bank sampah per 10,000 residents** = active bank sampah × 10,000 ÷ population; **per RW** = "
        'active bank sampah ÷ RW count (1.0 means one per RW on average, the "1 RW 1 bank sampah" aim).\n'
        "- **Reduction** = diverted ÷ (population × kg/person/day × days).\n"
        "- Landfill tonnage is known per kecamatan of origin only (weighbridge); loads of unknown origin "
        "belong to no kecamatan.\n"
        "- \\* rests on population (an estimate until official figures are loaded).",
    ),
}
