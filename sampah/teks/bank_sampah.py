"""Strings of the Bank Sampah page: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "bs_hal": ("Bank Sampah", "Bank Sampah"),
    "bs_judul": ("Bank sampah {wilayah}", "Bank sampah (waste banks): {wilayah}"),
    "bs_tidak_ada_unit": (
        "Belum ada bank sampah terdaftar di wilayah ini pada periode ini.",
        "No bank sampah registered in this area by the end of this period.",
    ),
    # headline figures
    "bs_kpi_aktif": ("Unit aktif", "Active units"),
    "bs_kpi_aktif_bantuan": (
        "Unit yang sudah berdiri dan belum nonaktif pada akhir periode.",
        "Units founded and not deactivated at the end of the period.",
    ),
    "bs_kpi_lapor": ("{n} melapor di {bulan} ({pct})", "{n} reported in {bulan} ({pct})"),
    "bs_kpi_senyap": ("{n} unit aktif tanpa setoran ≥ 8 minggu", "{n} active units silent ≥ 8 weeks"),
    "bs_kpi_nasabah": ("Nasabah terdaftar", "Registered nasabah"),
    "bs_kpi_nasabah_bantuan": (
        "Jumlah nasabah di daftar unit-unit yang aktif pada akhir periode.",
        "Nasabah on the registers of the units active at the end of the period.",
    ),
    "bs_kpi_ton": ("Setoran", "Deposits"),
    "bs_kpi_ton_bantuan": (
        "Berat semua setoran pada periode ini (kg ÷ 1.000).",
        "Weight of all deposits in the period (kg ÷ 1,000).",
    ),
    "bs_kpi_nilai": ("Dibayarkan ke nasabah", "Paid to nasabah"),
    "bs_kpi_nilai_bantuan": (
        "Jumlah nilai setoran (berat × harga per kg) pada periode ini.",
        "Sum of the deposits' value (weight × price per kg) in the period.",
    ),
    "bs_kpi_harga": ("harga rata-rata Rp {rp}/kg", "average price Rp {rp}/kg"),
    "bs_kpi_harga_bantuan": (
        "Nilai dibayarkan ÷ berat setoran (Rp/kg), semua jenis.",
        "Value paid ÷ weight deposited (Rp/kg), all kinds.",
    ),
    # map
    "bs_peta_judul": ("Peta bank sampah pada {tgl}", "Map of bank sampah on {tgl}"),
    "bs_status_aktif": ("Aktif", "Active"),
    "bs_status_senyap": ("Aktif, tanpa setoran ≥ 8 minggu", "Active, silent ≥ 8 weeks"),
    "bs_status_nonaktif": ("Nonaktif", "Inactive"),
    "bs_peta_catatan": (
        "Titik = lokasi unit; warna = status pada akhir periode.",
        "Dot = a unit's location; colour = its status at the end of the period.",
    ),
    # monthly deposits + completeness
    "bs_bulanan_judul": (
        "Setoran per bulan dan kelengkapan laporan",
        "Deposits per month and reporting completeness",
    ),
    "bs_g_ton": ("Setoran (ton/bulan)", "Deposits (tonnes/month)"),
    "bs_g_nilai": ("Dibayarkan ke nasabah (Rp juta/bulan)", "Paid to nasabah (Rp million/month)"),
    "bs_g_lengkap": (
        "Kelengkapan laporan (% unit aktif yang melapor)",
        "Reporting completeness (% of active units that reported)",
    ),
    "bs_n_ton": ("Setoran", "Deposits"),
    "bs_n_nilai": ("Dibayarkan", "Paid"),
    "bs_n_lengkap": ("Kelengkapan", "Completeness"),
    "bs_bulanan_catatan": (
        "Baca penurunan setoran bersama kelengkapan laporan: bila kelengkapan juga turun, sebagian "
        "unit belum melapor, belum tentu setoran turun.",
        "Read a fall in deposits together with reporting completeness: when completeness also falls, "
        "some units have not reported yet, which is not necessarily a fall in deposits.",
    ),
    "bs_bulan_berjalan": (
        "Bulan terakhir masih berjalan (data s.d. {tgl}).",
        "The last month is still running (data up to {tgl}).",
    ),
    # growth
    "bs_tumbuh_judul": ("Pertumbuhan unit dan nasabah", "Growth of units and nasabah"),
    "bs_g_unit": ("Bank sampah aktif (unit)", "Active bank sampah (units)"),
    "bs_g_nasabah": (
        "Nasabah terdaftar di unit aktif (orang)",
        "Registered nasabah of active units (people)",
    ),
    "bs_n_unit": ("Unit aktif", "Active units"),
    "bs_n_melapor": ("Unit melapor", "Units reporting"),
    "bs_n_nasabah": ("Nasabah", "Nasabah"),
    # categories
    "bs_kategori_judul": ("Setoran per jenis sampah, {periode}", "Deposits by kind of waste, {periode}"),
    "bs_g_kategori": ("Setoran per sub-jenis (ton)", "Deposits by sub-type (tonnes)"),
    "bs_k_kategori": ("Kategori", "Category"),
    "bs_k_subjenis": ("Sub-jenis", "Sub-type"),
    "bs_k_ton": ("Setoran (t)", "Deposits (t)"),
    "bs_k_nilai": ("Dibayarkan (Rp)", "Paid (Rp)"),
    "bs_k_harga": ("Harga rata-rata (Rp/kg)", "Average price (Rp/kg)"),
    "bs_k_porsi": ("Porsi berat", "Share of weight"),
    # prices
    "bs_harga_judul": (
        "Harga beli per sub-jenis (median per bulan, Rp/kg)",
        "Buying price per sub-type (monthly median, Rp/kg)",
    ),
    "bs_harga_catatan": (
        "Setiap panel satu kategori dengan skala sendiri; arahkan kursor untuk angka.",
        "Each panel is one category on its own scale; hover for the figures.",
    ),
    # units
    "bs_teratas_judul": (
        "Unit dengan setoran terbesar, {periode}",
        "Units with the largest deposits, {periode}",
    ),
    "bs_g_teratas": ("Setoran per unit (ton), 10 teratas", "Deposits per unit (tonnes), top 10"),
    "bs_k_unit": ("Bank sampah", "Bank sampah"),
    "bs_k_kelurahan": ("Kelurahan", "Kelurahan"),
    "bs_k_kecamatan": ("Kecamatan", "Kecamatan"),
    "bs_k_rw": ("RW", "RW"),
    "bs_k_status": ("Status", "Status"),
    "bs_k_nasabah": ("Nasabah", "Nasabah"),
    "bs_k_hari": ("Hari menimbang", "Weighing days"),
    "bs_k_terakhir": ("Setoran terakhir", "Last deposit"),
    "bs_k_minggu": ("Minggu tanpa setoran", "Weeks without deposit"),
    "bs_semua_unit": (
        "Tabel semua unit ({n}) ada di unduhan.",
        "The table of all units ({n}) is in the download.",
    ),
    "bs_senyap_judul": ("Unit aktif yang berhenti melapor", "Active units that stopped reporting"),
    "bs_senyap_ket": (
        "Unit berstatus aktif (berdiri ≥ 8 minggu sebelum {tgl}) yang tidak mencatat setoran dalam "
        "8 minggu terakhir sampai {tgl}. Perlu dikunjungi atau statusnya diperbarui.",
        "Units flagged active (founded ≥ 8 weeks before {tgl}) with no deposit in the 8 weeks up to "
        "{tgl}. They need a visit or a status update.",
    ),
    "bs_senyap_kosong": (
        "Tidak ada unit aktif yang senyap ≥ 8 minggu.",
        "No active unit silent for ≥ 8 weeks.",
    ),
    "bs_belum_pernah": ("belum pernah", "never"),
    "bs_semua_judul": ("Semua bank sampah", "All bank sampah"),
    # definitions
    "bs_def_aktif": (
        "**Unit aktif** = bank sampah yang sudah berdiri dan belum nonaktif pada tanggal itu "
        "(akhir periode, atau akhir bulan di grafik). **Nonaktif** = ada tanggal nonaktif.",
        "**Active unit** = a bank sampah founded and not deactivated on that date (end of the period, "
        "or end of the month in the charts). **Inactive** = it has a deactivation date.",
    ),
    "bs_def_lapor": (
        "**Melapor** = unit aktif yang mencatat minimal satu setoran di bulan itu (untuk angka periode: "
        "bulan terakhir periode). **Kelengkapan laporan** = melapor ÷ aktif.",
        "**Reporting** = an active unit with at least one deposit in that month (for the period figure: "
        "the period's last month). **Reporting completeness** = reporting ÷ active.",
    ),
    "bs_def_senyap": (
        "**Unit senyap** = unit aktif yang sudah berdiri ≥ 8 minggu dan tidak mencatat setoran dalam "
        "8 minggu (56 hari) terakhir sampai akhir periode.",
        "**Silent unit** = an active unit founded ≥ 8 weeks ago with no deposit in the last 8 weeks "
        "(56 days) up to the end of the period.",
    ),
    "bs_def_nasabah": (
        "**Nasabah terdaftar** = jumlah nasabah di daftar unit yang aktif. Daftar nasabah tidak punya "
        "riwayat, jadi grafik memakai jumlah nasabah terkini setiap unit selama unit itu aktif.",
        "**Registered nasabah** = the number on the registers of the active units. Registers have no "
        "history, so the chart uses each unit's current count while the unit is active.",
    ),
    "bs_def_ton": (
        "**Setoran (ton)** = jumlah berat setoran (kg) ÷ 1.000, menurut tanggal setor dan kelurahan "
        "unit. Ini bagian *pengurangan* yang sama dengan di Ringkasan.",
        "**Deposits (t)** = sum of deposit weights (kg) ÷ 1,000, by deposit date and the unit's "
        "kelurahan. This is the same *pengurangan* share as on Ringkasan.",
    ),
    "bs_def_nilai": (
        "**Dibayarkan ke nasabah (Rp)** = jumlah nilai setoran (berat × harga beli per kg) yang "
        "dicatat bank sampah. **Harga rata-rata** = nilai ÷ berat.",
        "**Paid to nasabah (Rp)** = sum of the deposits' value (weight × buying price per kg) recorded "
        "by the bank sampah. **Average price** = value ÷ weight.",
    ),
    "bs_def_harga": (
        "**Harga per sub-jenis** = median harga per kg dari semua baris setoran sub-jenis itu dalam "
        "sebulan (median tidak terpengaruh satu harga yang salah ketik).",
        "**Price per sub-type** = the median price per kg of all deposit lines of that sub-type in a "
        "month (a median is not thrown by one mistyped price).",
    ),
    "bs_def_teratas": (
        "**Unit teratas** = unit dengan setoran (ton) terbesar pada periode ini; **hari menimbang** = "
        "jumlah tanggal berbeda dengan setoran.",
        "**Top units** = the units with the largest deposits (t) in the period; **weighing days** = "
        "number of distinct dates with a deposit.",
    ),
    "bs_def_grafik": (
        "Grafik bulanan menampilkan 24 bulan sampai akhir periode terpilih.",
        "Monthly charts show the 24 months up to the end of the chosen period.",
    ),
}

DEFINISI = [
    "bs_def_aktif",
    "bs_def_lapor",
    "bs_def_senyap",
    "bs_def_nasabah",
    "bs_def_ton",
    "bs_def_nilai",
    "bs_def_harga",
    "bs_def_teratas",
    "bs_def_grafik",
]
