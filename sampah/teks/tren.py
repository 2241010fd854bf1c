"""Strings of the Tren page: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "hal_tren": ("Tren", "Trends"),
    "tr_judul": ("Tren pengurangan sampah {wilayah}", "Waste diversion trends: {wilayah}"),
    "tr_keterangan": (
        "Semua data s.d. {tgl}; periode terpilih ({periode}) diarsir hijau.",
        "All data up to {tgl}; the chosen period ({periode}) is shaded green.",
    ),
    "tr_skala": ("Tampilkan per", "Show per"),
    "tr_skala_bulan": ("Bulan", "Month"),
    "tr_skala_minggu": ("Minggu", "Week"),
    "tr_per_bulan": ("ton/bulan", "t/month"),
    "tr_per_minggu": ("ton/minggu", "t/week"),
    "tr_tingkat_judul": ("Tingkat diversi (%)", "Diversion rate (%)"),
    "tr_seri_judul": ("Sampah ke TPA dan terkurangi", "Waste landfilled and diverted"),
    "tr_musim": (
        "Arsir biru: musim hujan (Nov–Mar). Garis titik: Lebaran (Idul Fitri).",
        "Blue shading: rainy season (Nov–Mar). Dotted lines: Lebaran (Idul Fitri).",
    ),
    "tr_kategori_judul": ("Sampah terkurangi per jenis (ton/bulan)", "Waste diverted by kind (t/month)"),
    "tr_yoy_diversi": ("Terkurangi per bulan, tahun ke tahun (ton)", "Diverted per month, year on year (t)"),
    "tr_yoy_tpa": ("Ke TPA per bulan, tahun ke tahun (ton)", "Landfilled per month, year on year (t)"),
    "tr_yoy_pilih": ("Bandingkan tahun ke tahun", "Compare year on year"),
    "tr_proyeksi_bagian": ("Proyeksi menuju target", "Projection to the target"),
    "tr_proyeksi_judul": (
        "Pengurangan per tahun (% timbulan estimasi): tercatat dan proyeksi",
        "Reduction per year (% of estimated generation): recorded and projected",
    ),
    "tr_tahun_target": ("Tahun target", "Target year"),
    "tr_rentang": ("Rentang 95%", "95% band"),
    "tr_proyeksi": ("Proyeksi laju sekarang", "Projection at current pace"),
    "tr_tercatat": ("Tercatat", "Recorded"),
    "tr_kalimat_capai": (
        "Dengan laju sekarang ({laju} per tahun), target {target} **tercapai pada {tahun}** "
        "(rentang 95%: {cepat}–{lambat}).",
        "At the current pace ({laju} per year), the {target} target **is reached in {tahun}** "
        "(95% band: {cepat}–{lambat}).",
    ),
    "tr_kalimat_tidak": (
        "Dengan laju sekarang ({laju} per tahun), target {target} **tidak tercapai sebelum {batas}**. "
        "Pada {tahun_target} proyeksinya {nilai} (rentang 95%: {bawah}–{atas}).",
        "At the current pace ({laju} per year), the {target} target **is not reached before {batas}**. "
        "In {tahun_target} the projection is {nilai} (95% band: {bawah}–{atas}).",
    ),
    "tr_tidak_cukup": (
        "Data belum cukup untuk proyeksi (perlu minimal 6 bulan).",
        "Not enough data for a projection (at least 6 months needed).",
    ),
    "tr_lebih_lambat": ("lebih lambat", "later"),
    "tr_psel_bagian": ("Sampah ke {tpa} sampai PSEL beroperasi", "Waste to {tpa} until waste-to-energy runs"),
    "tr_psel_tahun": ("PSEL mulai beroperasi (tahun)", "Waste-to-energy (PSEL) starts (year)"),
    "tr_psel_kalimat": (
        "Pada laju sekarang ({laju}/hari), sekitar **{total}** (rentang 95%: {bawah}–{atas}) masih masuk "
        "{tpa} dari {dari} sampai PSEL beroperasi pada 1 Januari {tahun}.",
        "At the current pace ({laju}/day), about **{total}** (95% band: {bawah}–{atas}) still goes to "
        "{tpa} from {dari} until waste-to-energy starts on 1 January {tahun}.",
    ),
    "tr_psel_lewat": (
        "Tahun PSEL sudah lewat dari data terakhir.",
        "The PSEL year is before the newest data.",
    ),
    "tr_tabel": ("Data bulanan", "Monthly data"),
    "tr_k_bulan": ("Bulan", "Month"),
    "tr_k_timbulan": ("Timbulan estimasi (t)*", "Estimated generation (t)*"),
    "tr_k_target": ("Target pengurangan", "Reduction target"),
    "tr_definisi": (
        "- **Seri bulanan/mingguan**: ton ke TPA dan terkurangi dijumlah per bulan/minggu (minggu mulai "
        "Senin); tingkat diversi = terkurangi ÷ (terkurangi + ke TPA). Bulan atau minggu pertama/terakhir "
        "bisa tidak penuh.\n"
        "- **Proyeksi**: garis lurus + pola musiman per bulan dipaskan (kuadrat terkecil) pada 36 bulan "
        "terakhir pengurangan bulanan; nilai tahunan = rata-rata 12 prediksi bulanan; rentang 95% memuat "
        "ketidakpastian garis dan sebaran bulanan (distribusi t). Garis lurus adalah asumsi, bukan ramalan.\n"
        "- **Sampai PSEL**: laju ton ke TPA per hari dipaskan dengan cara yang sama, dijumlah dari hari "
        "setelah data terakhir sampai 1 Januari tahun PSEL.",
        "- **Monthly/weekly series**: tonnes landfilled and diverted summed per month/week (weeks start on "
        "Monday); diversion rate = diverted ÷ (diverted + landfilled). The first/last month or week may be "
        "partial.\n"
        "- **Projection**: a straight line plus monthly seasonal effects fitted (least squares) to the last "
        "36 months of monthly reduction; a year's value = mean of its 12 monthly predictions; the 95% band "
        "holds the line's uncertainty and the monthly scatter (t distribution). A straight line is an "
        "assumption, not a forecast.\n"
        "- **Until waste-to-energy**: the daily tonnes to the landfill fitted the same way, summed from the "
        "day after the newest data to 1 January of the PSEL year.",
    ),
}
