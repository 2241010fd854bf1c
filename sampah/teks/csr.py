"""Strings of the CSR/TJSLP page: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "csr_hal": ("CSR/TJSLP", "CSR/TJSLP"),
    "csr_judul": ("CSR/TJSLP {wilayah}", "CSR/TJSLP (corporate social responsibility): {wilayah}"),
    "csr_tidak_ada": (
        "Belum ada proyek CSR/TJSLP pada periode dan wilayah ini.",
        "No CSR/TJSLP project in this period and area.",
    ),
    # headline figures
    "csr_kpi_proyek": ("Proyek berjalan", "Projects running"),
    "csr_kpi_proyek_bantuan": (
        "Proyek (bukan usulan) yang berjalan pada periode ini di wilayah terpilih.",
        "Projects (not proposals) running in the period in the selected area.",
    ),
    "csr_kpi_usulan": ("{n} usulan", "{n} proposal(s)"),
    "csr_kpi_anggaran": ("Anggaran", "Budget"),
    "csr_kpi_realisasi": ("realisasi {rp} ({pct})", "realised {rp} ({pct})"),
    "csr_kpi_efek": ("Dampak pada setoran", "Effect on deposits"),
    "csr_kpi_efek_bantuan": (
        "Perubahan setoran per nasabah di kelurahan proyek dibanding perkiraan tanpa "
        "proyek, dari kelurahan tanpa proyek (lihat Definisi).",
        "Change in deposits per nasabah in project kelurahan against the "
        "expectation without a project, from kelurahan without one (see "
        "Definitions).",
    ),
    "csr_kpi_selang": ("95%: {lo} s.d. {hi}", "95%: {lo} to {hi}"),
    "csr_kpi_ton": ("Ton tambahan", "Extra tonnes"),
    "csr_kpi_ton_bantuan": (
        "Setoran di kelurahan proyek sejak mulai, dikurangi perkiraan tanpa proyek. "
        "Sudah termasuk dalam total bank sampah, tidak ditambahkan lagi.",
        "Deposits in project kelurahan since the start, minus the expectation "
        "without a project. Already part of the bank sampah total, not added again.",
    ),
    "csr_kpi_biaya": ("biaya {rp}/ton tambahan", "cost {rp} per extra tonne"),
    # map and table
    "csr_peta_judul": ("Lokasi proyek", "Project locations"),
    "csr_status_berjalan": ("Berjalan", "Running"),
    "csr_status_selesai": ("Selesai", "Completed"),
    "csr_status_usulan": ("Usulan", "Proposed"),
    "csr_tabel_judul": (
        "Daftar proyek, {periode} (dan semua usulan)",
        "Projects, {periode} (and all proposals)",
    ),
    "csr_k_id": ("ID", "ID"),
    "csr_k_perusahaan": ("Perusahaan", "Company"),
    "csr_k_program": ("Program", "Programme"),
    "csr_k_bidang": ("Bidang", "Sector"),
    "csr_k_kecamatan": ("Kecamatan", "Kecamatan"),
    "csr_k_kelurahan": ("Kelurahan", "Kelurahan"),
    "csr_k_anggaran": ("Anggaran (Rp)", "Budget (Rp)"),
    "csr_k_realisasi": ("Realisasi (Rp)", "Realised (Rp)"),
    "csr_k_status": ("Status", "Status"),
    "csr_k_mulai": ("Mulai", "Start"),
    "csr_k_selesai": ("Selesai", "End"),
    "csr_k_ton": ("Ton tambahan", "Extra tonnes"),
    "csr_k_biaya": ("Biaya per ton tambahan (Rp/t)", "Cost per extra tonne (Rp/t)"),
    # budget
    "csr_anggaran_judul": ("Anggaran proyek berjalan, {periode}", "Budget of running projects, {periode}"),
    "csr_dim_perusahaan": ("Per perusahaan", "By company"),
    "csr_dim_bidang": ("Per bidang", "By sector"),
    "csr_dim_kecamatan": ("Per kecamatan", "By kecamatan"),
    "csr_g_anggaran": ("Anggaran dan realisasi (Rp juta)", "Budget and realised (Rp million)"),
    "csr_n_anggaran": ("Anggaran", "Budget"),
    "csr_n_realisasi": ("Realisasi", "Realised"),
    # impact
    "csr_dampak_judul": (
        "Dampak proyek lingkungan pada setoran bank sampah",
        "Effect of environment projects on bank sampah deposits",
    ),
    "csr_dampak_kalimat": (
        "Di {n} kelurahan dengan proyek CSR bidang lingkungan, setoran bank sampah per nasabah setelah "
        "proyek mulai **{efek}** dibanding perkiraan tanpa proyek (selang 95%: {lo} s.d. {hi}), "
        "dibandingkan dengan {m} kelurahan tanpa proyek. {nyata}",
        "In the {n} kelurahan with an environment-sector CSR project, bank sampah deposits per nasabah "
        "after the start were **{efek}** against the expectation without a project (95% interval: {lo} "
        "to {hi}), compared with {m} kelurahan without a project. {nyata}",
    ),
    "csr_naik": ("naik {pct}", "up {pct}"),
    "csr_turun": ("turun {pct}", "down {pct}"),
    "csr_nyata": (
        "Selang tidak mencakup nol: perubahan ini bukan kebetulan semata.",
        "The interval excludes zero: this change is unlikely to be chance alone.",
    ),
    "csr_tidak_nyata": (
        "Selang mencakup nol: belum dapat dibedakan dari kebetulan.",
        "The interval includes zero: not yet distinguishable from chance.",
    ),
    "csr_dampak_tidak_bisa": (
        "Dampak belum dapat dihitung: perlu kelurahan dengan proyek lingkungan yang punya data setoran "
        "minimal 3 bulan sebelum mulai, dan kelurahan tanpa proyek sebagai pembanding.",
        "The effect cannot be estimated yet: it needs kelurahan with an environment project and at "
        "least 3 months of deposits before its start, and kelurahan without a project to compare.",
    ),
    "csr_dampak_seluruh_kota": (
        "Dihitung dari seluruh kota dan seluruh data (s.d. {tgl}), bukan hanya periode terpilih, agar "
        "ada cukup bulan sebelum dan sesudah.",
        "Estimated from the whole city and all data (up to {tgl}), not only the chosen period, so that "
        "there are enough months before and after.",
    ),
    "csr_terlewat": (
        "Tidak dinilai (kurang dari 3 bulan data sebelum mulai): {kel}.",
        "Not assessed (fewer than 3 months of data before the start): {kel}.",
    ),
    "csr_g_bulan": (
        "Perubahan setoran per nasabah dibanding perkiraan tanpa proyek (%), menurut bulan "
        "sejak proyek mulai",
        "Change in deposits per nasabah against the expectation without "
        "a project (%), by month since the project started",
    ),
    "csr_g_bulan_x": ("Bulan sejak proyek mulai", "Months since the project started"),
    "csr_n_efek": ("Perubahan", "Change"),
    "csr_n_selang": ("Selang 95%", "95% interval"),
    "csr_n_rata": ("Rata-rata sesudah mulai", "Average after the start"),
    "csr_g_bulan_catatan": (
        "Sebelum mulai (kiri) titik seharusnya di sekitar 0%: kelurahan proyek bergerak seperti "
        "pembandingnya. Sesudah mulai (kanan) titik menunjukkan perubahan karena proyek.",
        "Before the start (left) the points should sit around 0%: project kelurahan moved like their "
        "comparison. After the start (right) they show the change due to the project.",
    ),
    "csr_proyek_dampak_judul": (
        "Ton tambahan dan biaya per ton per proyek",
        "Extra tonnes and cost per tonne by project",
    ),
    "csr_g_ton": (
        "Ton tambahan per proyek (ton, sejak mulai s.d. {tgl})",
        "Extra tonnes per project (tonnes, from the start to {tgl})",
    ),
    "csr_tidak_terdeteksi": ("tidak ada tambahan terukur", "no measurable extra"),
    # priority list
    "csr_prioritas_judul": (
        "Kelurahan prioritas untuk Musrenbang CSR",
        "Priority kelurahan for the CSR Musrenbang",
    ),
    "csr_prioritas_ket": (
        "Kelurahan tanpa proyek CSR lingkungan yang sudah berjalan, dengan sampah terkurangi per "
        "penduduk di bawah median kelurahan kota ({median} g/orang/hari) pada {periode}. Urut dari "
        "yang terendah.",
        "Kelurahan without a running or completed environment CSR project, with waste diverted per "
        "resident below the city's median kelurahan ({median} g/person/day) in {periode}. Lowest first.",
    ),
    "csr_prioritas_kosong": (
        "Tidak ada kelurahan yang memenuhi kriteria.",
        "No kelurahan meets the criteria.",
    ),
    "csr_k_penduduk": ("Penduduk*", "Population*"),
    "csr_k_diversi": ("Terkurangi (t)", "Diverted (t)"),
    "csr_k_diversi_kapita": ("Terkurangi g/orang/hari*", "Diverted g/person/day*"),
    "csr_k_bs": ("BS aktif", "Active BS"),
    "csr_k_bs_rw": ("BS per RW", "BS per RW"),
    "csr_k_usulan": ("Sudah ada usulan", "Proposal exists"),
    "csr_ya": ("ya", "yes"),
    "csr_tidak": ("tidak", "no"),
    "csr_estimasi": (
        "\\* Penduduk estimasi bila belum ada data resmi per kelurahan.",
        "\\* Estimated population where no official kelurahan figure is loaded.",
    ),
    # definitions
    "csr_def_anggaran": (
        "**Anggaran / realisasi** = jumlah anggaran dan dana yang sudah dibelanjakan dari proyek yang "
        "berjalan pada periode itu (mulai ≤ akhir periode dan selesai ≥ awal periode; bukan usulan), "
        "sama dengan angka CSR di Ringkasan. Tabel proyek juga memuat semua usulan.",
        "**Budget / realised** = sum of the budgets and money spent of the projects running in the "
        "period (start ≤ end of period and end ≥ start of period; not proposals), the same as the CSR "
        "figure on Ringkasan. The project table also lists every proposal.",
    ),
    "csr_def_proyek_lh": (
        "**Proyek lingkungan** = proyek bidang *lingkungan hidup* yang sudah mulai (bukan usulan) dan "
        "punya kelurahan. Hanya proyek ini yang dinilai dampaknya pada setoran.",
        "**Environment project** = a project of the *lingkungan hidup* sector that has started (not a "
        "proposal) and has a kelurahan. Only these are assessed for their effect on deposits.",
    ),
    "csr_def_did": (
        "**Perubahan setoran** (selisih-dalam-selisih dengan imputasi): untuk tiap kelurahan dan bulan, "
        "y = ln(setoran ton ÷ nasabah terdaftar di unit aktif). Model y = a(kelurahan) + g(bulan) "
        "diestimasi hanya dari pengamatan tanpa proyek: kelurahan tanpa proyek, dan bulan-bulan "
        "kelurahan proyek sebelum mulai. Untuk bulan sesudah mulai, perkiraan tanpa proyek = a + g; "
        "efek = rata-rata (y − a − g), ditampilkan sebagai e^efek − 1. Bulan mulai (sebagian) tidak "
        "dipakai. Bila beberapa proyek di satu kelurahan, kelurahan dihitung sejak proyek pertama.",
        "**Change in deposits** (difference-in-differences by imputation): for each kelurahan and "
        "month, y = ln(deposit tonnes ÷ registered nasabah of active units). The model y = a(kelurahan) "
        "+ g(month) is fitted only on observations without a project: kelurahan without one, and the "
        "months of project kelurahan before the start. For months after the start, the expectation "
        "without a project = a + g; effect = average of (y − a − g), shown as e^effect − 1. The "
        "(partial) start month is left out. With several projects in a kelurahan it counts from the "
        "first.",
    ),
    "csr_def_selang": (
        "**Selang 95%** = efek ± t(0,975; jumlah kelurahan proyek − 1) × galat baku bootstrap; "
        "bootstrap mengambil ulang kelurahan utuh (dengan semua bulannya) {n} kali.",
        "**95% interval** = effect ± t(0.975; number of project kelurahan − 1) × bootstrap standard "
        "error; the bootstrap resamples whole kelurahan (with all their months) {n} times.",
    ),
    "csr_def_ton": (
        "**Ton tambahan** = Σ (setoran − perkiraan tanpa proyek) di kelurahan proyek sejak bulan mulai; "
        "perkiraan dalam ton = e^(a+g) × nasabah × faktor koreksi Duan. Ton ini sudah termasuk dalam "
        "setoran bank sampah dan total terkurangi, tidak ditambahkan lagi. Setoran dari unit baru "
        "yang berdiri setelah proyek mulai tidak dihitung sebagai tambahan (perkiraan ikut jumlah "
        "nasabah). Selang ton kota = setoran sesudah mulai × (1 − e^−batas selang).",
        "**Extra tonnes** = Σ (deposits − expectation without a project) in project kelurahan from "
        "the start month; the expectation in tonnes = e^(a+g) × nasabah × Duan's smearing factor. "
        "These tonnes are already part of the bank sampah deposits and the diverted total, never "
        "added again. Deposits of units founded after the start are not counted as extra (the "
        "expectation follows the number of nasabah). City interval = deposits after the start × "
        "(1 − e^−interval end).",
    ),
    "csr_def_atribusi": (
        "**Tanpa hitung ganda**: ton tambahan satu kelurahan-bulan dibagi di antara proyek lingkungan "
        "di kelurahan itu yang sudah mulai, sebanding realisasi anggarannya (sama rata bila belum ada "
        "realisasi). Setiap ton hanya diklaim sekali.",
        "**No double counting**: the extra tonnes of a kelurahan-month are split among the environment "
        "projects in that kelurahan that have started, in proportion to their realised spending "
        "(equally when none has spent yet). Each tonne is claimed once.",
    ),
    "csr_def_biaya": (
        "**Biaya per ton tambahan** = realisasi (Rp) ÷ ton tambahan yang diatribusikan ke proyek; "
        "tidak ditampilkan bila ton tambahan ≤ 0. Angka kota = realisasi semua proyek lingkungan yang "
        "dinilai ÷ ton tambahan kota.",
        "**Cost per extra tonne** = realised (Rp) ÷ extra tonnes attributed to the project; not shown "
        "when the extra tonnes are ≤ 0. City figure = realised spending of all assessed environment "
        "projects ÷ the city's extra tonnes.",
    ),
    "csr_def_prioritas": (
        "**Kelurahan prioritas** = kelurahan tanpa proyek lingkungan yang sudah mulai, dengan "
        "terkurangi (setoran bank sampah + pengolahan lain) per penduduk per hari di bawah median "
        "semua kelurahan di kota pada periode itu, atau tanpa data penduduk. Kolom *sudah ada usulan* "
        "menandai kelurahan yang sudah diusulkan.",
        "**Priority kelurahan** = kelurahan without a started environment project whose waste "
        "diverted (bank sampah deposits + other processing) per resident per day is below the median "
        "of all the city's kelurahan in the period, or which have no population figure. *Proposal "
        "exists* marks kelurahan already proposed.",
    ),
}

DEFINISI = [
    "csr_def_anggaran",
    "csr_def_proyek_lh",
    "csr_def_did",
    "csr_def_selang",
    "csr_def_ton",
    "csr_def_atribusi",
    "csr_def_biaya",
    "csr_def_prioritas",
]
