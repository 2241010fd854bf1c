"""Strings of the Target & Neraca page and the weekly brief: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "an_hal": ("Target & Neraca", "Targets & Balance"),
    "an_judul": ("Target & neraca sampah {wilayah}", "Targets & waste balance: {wilayah}"),
    "an_bagian": ("Bagian", "Section"),
    "an_b_neraca": ("Neraca sampah", "Waste balance"),
    "an_b_target": ("Target 2025–2029", "Targets 2025–2029"),
    "an_b_adipura": ("Adipura", "Adipura"),
    "an_b_tpa": ("Umur TPA", "Landfill life"),
    "an_b_emisi": ("Emisi (indikatif)", "Emissions (indicative)"),
    "an_b_sipsn": ("SIPSN & kilas", "SIPSN & brief"),
    "an_hari": ("hari", "day"),
    "an_belum_diatur": ("belum diatur", "not set"),
    # --- balance
    "an_timbulan": ("Timbulan (estimasi)", "Generation (estimated)"),
    "an_timbulan_bantuan": (
        "Penduduk × {kg} kg/orang/hari × jumlah hari (metode SIPSN; norma adalah pengaturan).",
        "Population × {kg} kg/person/day × days (SIPSN method; the norm is a setting).",
    ),
    "an_tercatat": ("Tercatat (timbulan tidak diketahui)", "Recorded (generation unknown)"),
    "an_kelebihan": ("Tercatat melebihi timbulan estimasi", "Recorded beyond estimated generation"),
    "an_pengurangan": ("Terkurangi (pengurangan)", "Reduced (pengurangan)"),
    "an_pengurangan_bantuan": (
        "Setoran bank sampah + pengolahan lain (TPS 3R, kompos, maggot, TPST), sebagaimana dilaporkan unit.",
        "Bank sampah deposits + other processing (TPS 3R, compost, maggot, TPST), as the units report them.",
    ),
    "an_bank_sampah": ("Bank sampah", "Bank sampah"),
    "an_ke_tpa": ("Ke TPA (penanganan)", "To landfill (penanganan)"),
    "an_ke_tpa_bantuan": (
        "Berat bersih muatan yang ditimbang masuk {tpa}.",
        "Net weight of loads weighed in at {tpa}.",
    ),
    "an_tak_terkelola": ("Tidak terkelola (estimasi)", "Not managed (estimated)"),
    "an_tak_terkelola_bantuan": (
        "Sisa: timbulan estimasi − terkurangi − ke TPA. Dibakar, dibuang ke sungai/lahan, atau tidak "
        "tercatat.",
        "Remainder: estimated generation − reduced − landfilled. Burnt, dumped, or not recorded.",
    ),
    "an_tak_terkelola_tidak": ("tidak dapat dihitung", "cannot be computed"),
    "an_mutu_ditimbang": ("ditimbang", "weighed"),
    "an_mutu_dilaporkan": ("dilaporkan unit", "reported by units"),
    "an_mutu_estimasi": ("estimasi", "estimated"),
    "an_penduduk_estimasi": ("penduduk estimasi", "estimated population"),
    "an_lebih": (
        "**Neraca melebihi 100%.** Yang tercatat ({tercatat}) adalah {pct} dari timbulan estimasi "
        "({timbulan}). Norma {kg} kg/orang/hari atau data penduduk terlalu rendah untuk wilayah ini, atau "
        'ada sampah dari luar wilayah (pasar, kawasan, industri) yang ikut ditimbang. Sisa "tidak '
        'terkelola" tidak dihitung; bagian merah di diagram adalah selisihnya.',
        "**The balance is over 100%.** What was recorded ({tercatat}) is {pct} of estimated generation "
        "({timbulan}). The {kg} kg/person/day norm or the population is too low for this area, or waste "
        'from elsewhere (markets, estates, industry) is weighed in too. No "not managed" remainder is '
        "computed; the red part of the diagram is the difference.",
    ),
    "an_tanpa_penduduk": (
        "Timbulan tidak dapat diestimasi: belum ada data penduduk untuk {kec}. Diagram hanya menunjukkan "
        "yang tercatat. Muat penduduk di Kelola Data (dataset penduduk).",
        "Generation cannot be estimated: no population figure for {kec}. The diagram shows only what was "
        "recorded. Load population on Kelola Data (dataset penduduk).",
    ),
    "an_ds_setoran": ("setoran bank sampah", "bank sampah deposits"),
    "an_ds_tpa_muatan": ("timbangan TPA", "landfill weighbridge"),
    "an_ds_pengolahan": ("pengolahan", "other processing"),
    "an_data_telat": (
        "Data terbaru berhenti sebelum akhir periode: {daftar}. Neraca periode ini belum lengkap.",
        "The newest data stop before the end of the period: {daftar}. This period's balance is incomplete.",
    ),
    "an_sankey_judul": ("Ke mana sampahnya pergi", "Where the waste goes"),
    "an_tanpa_asal": (
        "Termasuk {ton} ke TPA tanpa kecamatan asal: ada di neraca kota, tidak di neraca kecamatan.",
        "Includes {ton} landfilled without a kecamatan of origin: in the city's balance, not in any "
        "kecamatan's.",
    ),
    "an_rincian": ("Rincian aliran", "Flows in detail"),
    "an_r_aliran": ("Aliran", "Flow"),
    "an_r_kelompok": ("Kelompok", "Group"),
    "an_r_ton": ("Ton", "Tonnes"),
    "an_r_porsi": ("% timbulan", "% of generation"),
    "an_r_mutu": ("Diketahui dari", "Known from"),
    "an_r_pengurangan": ("pengurangan", "reduction"),
    "an_r_penanganan": ("penanganan", "handling"),
    "an_r_tak_terkelola": ("tidak terkelola", "not managed"),
    "an_neraca_kec": ("Neraca per kecamatan", "Balance by kecamatan"),
    "an_k_timbulan": ("Timbulan est. (t)", "Generation est. (t)"),
    "an_k_pengurangan": ("Terkurangi (t)", "Reduced (t)"),
    "an_k_tpa": ("Ke TPA (t)", "Landfilled (t)"),
    "an_k_tak": ("Tak terkelola est. (t)", "Not managed est. (t)"),
    "an_k_p_pengurangan": ("Pengurangan", "Reduction"),
    "an_k_p_penanganan": ("Penanganan", "Handling"),
    "an_k_p_terkelola": ("Terkelola", "Managed"),
    "an_k_cek": ("Cek", "Check"),
    "an_cek_ok": ("ok", "ok"),
    "an_cek_lebih": ("lebih", "over 100%"),
    "an_cek_tanpa_penduduk": ("tanpa penduduk", "no population"),
    "an_def_neraca": (
        "- **Timbulan (estimasi)** = penduduk × {kg} kg/orang/hari × hari (metode SIPSN). Norma SNI "
        "19-3983-1995: kota sedang 0,70–0,80, kota kecil 0,625–0,70 kg/orang/hari; kota di atas 500 ribu "
        "jiwa sebaiknya mengukur sendiri.\n- **Terkurangi (pengurangan)** = setoran bank sampah + "
        "pengolahan lain per jenis fasilitas (TPS 3R, kompos, maggot/BSF, TPST): *dilaporkan unit*.\n- "
        "**Ke TPA (penanganan, pemrosesan akhir)** = netto jembatan timbang: *ditimbang*.\n- **Tidak "
        "terkelola** = timbulan − terkurangi − ke TPA: *estimasi*. Bila tercatat melebihi timbulan "
        "(neraca > 100%), sisa tidak dihitung dan selisihnya ditandai merah.\n- **Pengurangan / "
        "penanganan / terkelola %** = terkurangi / ke TPA / keduanya ÷ timbulan (SIPSN %B/A, %C/A, "
        "(B+C)/A). Pembagian UU 18/2008: pengurangan = pembatasan, daur ulang, pemanfaatan kembali; "
        "penanganan = pemilahan, pengumpulan, pengangkutan, pengolahan, pemrosesan akhir.",
        "- **Generation (estimated)** = population × {kg} kg/person/day × days (SIPSN method). SNI "
        "19-3983-1995 norms: medium cities 0.70–0.80, small cities 0.625–0.70 kg/person/day; cities above "
        "500,000 people should measure their own.\n- **Reduced (pengurangan)** = bank sampah deposits + "
        "other processing by kind of facility (TPS 3R, compost, maggot/BSF, TPST): *reported by "
        "units*.\n- **To landfill (penanganan, final processing)** = net weighbridge weight: "
        "*weighed*.\n- **Not managed** = generation − reduced − landfilled: *estimated*. When more is "
        "recorded than generated (balance over 100%), no remainder is computed and the difference is "
        "marked red.\n- **Reduction / handling / managed %** = reduced / landfilled / both ÷ generation "
        "(SIPSN %B/A, %C/A, (B+C)/A). Law 18/2008: reduction = limiting, recycling, reuse; handling = "
        "sorting, collection, transport, processing, final processing.",
    ),
    # --- targets
    "an_kini_ket": (
        'Seluruh {kota}; "sekarang" = 12 bulan penuh terakhir ({dari} – {sampai}).',
        'All of {kota}; "now" = the newest 12 whole months ({dari} – {sampai}).',
    ),
    "an_tanpa_target": (
        "Belum ada baris target. Target nasional (Jakstranas 2025, RPJMN 2029) ditambahkan oleh "
        "`python -m sampah migrasi`; target kota sendiri (Jakstrada) dimuat di Kelola Data (dataset target).",
        "No target rows yet. National targets (Jakstranas 2025, RPJMN 2029) are added by "
        "`python -m sampah migrasi`; the city's own (Jakstrada) are loaded on Kelola Data (dataset target).",
    ),
    "an_tanpa_kini": (
        "Timbulan belum dapat diestimasi (perlu data penduduk semua kecamatan dan minimal satu bulan penuh "
        "data), jadi persentase terhadap target belum dapat dihitung.",
        "Generation cannot be estimated yet (needs population for every kecamatan and at least one whole "
        "month of data), so shares against the targets cannot be computed.",
    ),
    "an_sk_judul": (
        "**Skenario** (berlaku mulai tahun depan; tersimpan di tautan):",
        "**Scenario** (in effect from next year; kept in the link):",
    ),
    "an_sk_unit": ("Tambah bank sampah aktif (unit)", "More active bank sampah (units)"),
    "an_sk_unit_ket": (
        "Sekarang {n} unit aktif, rata-rata {ton} ton/unit/tahun.",
        "Now {n} active units, on average {ton} t/unit/year.",
    ),
    "an_sk_tps3r": ("Tambah kapasitas TPS 3R", "More TPS 3R capacity"),
    "an_sk_tps3r_ket": ("Ton/hari yang diolah, setiap hari.", "Tonnes a day processed, every day."),
    "an_sk_kompos": ("Porsi sampah organik dikompos", "Share of organic waste composted"),
    "an_sk_kompos_ket": (
        "Sekarang {kini} dari sampah organik (organik = {org} dari timbulan) dikompos/maggot.",
        "Now {kini} of the organic waste (organics = {org} of generation) is composted or fed to maggots.",
    ),
    "an_sk_hasil": (
        "Skenario menambah **{ton}/tahun** terkurangi (bank sampah {bs}, TPS 3R {tps}, kompos {kompos}): "
        "pengurangan {p}, terkelola {t}.",
        "The scenario adds **{ton}/year** reduced (bank sampah {bs}, TPS 3R {tps}, compost {kompos}): "
        "reduction {p}, managed {t}.",
    ),
    "an_target_tabel": ("Target dan jalannya", "Targets and the path to them"),
    "an_t_acuan": ("Acuan", "Target"),
    "an_t_ukuran": ("Ukuran", "Measure"),
    "an_t_target": ("Target", "Goal"),
    "an_t_kini": ("Sekarang", "Now"),
    "an_t_perlu": ("Perlu per tahun", "Needed per year"),
    "an_t_laju": ("Laju sekarang per tahun", "Current pace per year"),
    "an_t_tercapai": ("Tercapai (laju sekarang)", "Reached (current pace)"),
    "an_t_skenario": ("Tercapai (skenario)", "Reached (scenario)"),
    "an_sudah": ("sudah", "already"),
    "an_lewat_cakrawala": ("setelah 2060", "after 2060"),
    "an_tenggat_lewat": ("tenggat lewat", "deadline passed"),
    "an_ukuran": ("Ukuran di grafik", "Measure in the chart"),
    "an_ukuran_pengurangan": ("Pengurangan", "Reduction"),
    "an_ukuran_penanganan": ("Penanganan", "Handling"),
    "an_ukuran_terkelola": ("Terkelola", "Managed"),
    "an_jalur_judul": (
        "{ukuran} (% timbulan estimasi): tercatat, proyeksi dan target",
        "{ukuran} (% of estimated generation): recorded, projected and targets",
    ),
    "an_laju_kini": ("Laju sekarang", "Current pace"),
    "an_skenario": ("Skenario", "Scenario"),
    "an_tahun_sebagian": ("(tahun tidak penuh)", "(partial year)"),
    "an_def_target": (
        "- **Target sebagai data** (tabel `target`): Jakstranas, Perpres 97/2017: pengurangan 30% dan "
        "penanganan 70% pada 2025. RPJMN 2025–2029, Perpres 12/2025: 100% sampah terkelola pada 2029 "
        '(capaian nasional 39,01% pada 2024, target 2025 51,21%, menurut KLH; ukuran "dikelola" KLH '
        'tidak sama persis dengan "terkelola" SIPSN). Jakstrada: target kota sendiri (baris kota, tahun '
        "terakhir rencana).\n- **Sekarang** = 12 bulan penuh terakhir, seluruh kota. **Perlu per tahun** "
        "= (target − sekarang) ÷ tahun tersisa sampai 31 Desember tahun target.\n- **Laju sekarang** dan "
        "**tercapai**: garis lurus + pola musiman bulanan dipaskan pada 36 bulan terakhir (seperti di "
        "Tren); tahun pertama yang rata-rata proyeksinya mencapai target.\n- **Skenario**: tambahan "
        "ton/tahun = unit × rata-rata ton/unit aktif + kapasitas TPS 3R × 365,25 + (porsi kompos × porsi "
        "organik × timbulan − yang sudah dikompos). Tambahan ini diambil dari sampah yang belum "
        "terkurangi menurut perbandingan sekarang (ke TPA : tidak terkelola): pengurangan naik sebesar "
        "semuanya, penanganan turun sebesar bagian TPA, terkelola naik sebesar bagian tidak terkelola. "
        "Berlaku mulai tahun setelah data terakhir.",
        "- **Targets as data** (table `target`): Jakstranas, Perpres 97/2017: 30% reduction and 70% "
        "handling by 2025. RPJMN 2025–2029, Perpres 12/2025: 100% of waste managed by 2029 (national "
        "39.01% in 2024, 2025 target 51.21%, per KLH; KLH's \"dikelola\" is not exactly SIPSN's "
        '"terkelola"). Jakstrada: the city\'s own target (city rows, last year of the plan).\n- **Now** '
        "= the newest 12 whole months, whole city. **Needed per year** = (goal − now) ÷ years left until "
        "31 December of the goal's year.\n- **Current pace** and **reached**: a straight line plus "
        "monthly seasonal effects fitted to the last 36 months (as on Tren); the first year whose "
        "projected mean reaches the goal.\n- **Scenario**: extra t/year = units × average t per active "
        "unit + TPS 3R capacity × 365.25 + (compost share × organic share × generation − what is "
        "composted now). It comes out of the waste not yet reduced in today's proportions (landfilled : "
        "not managed): reduction rises by all of it, handling falls by the landfill's part, managed rises "
        "by the unmanaged part. In effect from the year after the newest data.",
    ),
    # --- Adipura
    "an_persen_olah": ("Sampah terolah", "Waste processed"),
    "an_persen_olah_bantuan": (
        "Bank sampah + pengolahan lain ÷ timbulan estimasi, 12 bulan terakhir.",
        "Bank sampah + other processing ÷ estimated generation, newest 12 months.",
    ),
    "an_pita": ("Predikat Adipura", "Adipura band"),
    "an_pita_kotor_arti": (
        "predikat terendah Adipura 2025",
        'Adipura 2025\'s lowest band ("dirty city")',
    ),
    "an_pita_kota_kotor": ("Kota Kotor", "Kota Kotor"),
    "an_pita_sertifikat": ("Sertifikat", "Certificate"),
    "an_pita_adipura": ("Adipura", "Adipura"),
    "an_pita_kencana": ("Adipura Kencana", "Adipura Kencana"),
    "an_pita_25_50": ("Sertifikat / Adipura", "Certificate / Adipura"),
    "an_tpa_jenis": ("Jenis {tpa}", "Type of {tpa}"),
    "an_tps_liar": ("TPS liar diketahui", "Illegal dumps known"),
    "an_jenis_open_dumping": ("open dumping", "open dumping"),
    "an_jenis_controlled_landfill": ("controlled landfill", "controlled landfill"),
    "an_jenis_sanitary_landfill": ("sanitary landfill", "sanitary landfill"),
    "an_jenis_tidak_diketahui": ("tidak diketahui", "unknown"),
    "an_setel_adipura": (
        'Atur dengan `python -m sampah setel tpa_jenis controlled_landfill --catatan "sumber"` dan '
        "`python -m sampah setel tps_liar 0`.",
        'Set with `python -m sampah setel tpa_jenis controlled_landfill --catatan "source"` and '
        "`python -m sampah setel tps_liar 0`.",
    ),
    "an_alasan": ("Karena: {alasan}.", "Because: {alasan}."),
    "an_alasan_tps_liar": ("ada TPS liar", "there are illegal dumps"),
    "an_alasan_open_dumping": ("TPA open dumping", "the landfill is an open dump"),
    "an_alasan_persen": ("terolah di bawah 25%", "under 25% processed"),
    "an_alasan_tpa_belum": (
        "jenis TPA belum diatur, predikat belum dapat ditentukan",
        "the landfill type is not set, so no band can be given",
    ),
    "an_naik": ("**Untuk naik ke {pita}:** {syarat}.", "**To reach {pita}:** {syarat}."),
    "an_naik_ton": (
        "tambah {ton}/bulan sampah terolah (menuju {pct})",
        "process {ton} more a month (to reach {pct})",
    ),
    "an_naik_tpa_sertifikat": (
        "TPA minimal controlled landfill (tidak lagi open dumping)",
        "a landfill at least controlled (no longer an open dump)",
    ),
    "an_naik_tpa_adipura": (
        "TPA sanitary landfill, atau controlled landfill dengan nilai kriteria lain ≥ 75",
        "a sanitary landfill, or a controlled one with a score of at least 75 on the other criteria",
    ),
    "an_naik_tpa_kencana": ("TPA sanitary landfill", "a sanitary landfill"),
    "an_naik_liar": ("tidak ada TPS liar", "no illegal dump"),
    "an_a_persen": ("Syarat terolah", "Share processed"),
    "an_a_kurang": ("Kurang (per bulan)", "Short (per month)"),
    "an_a_tpa": ("Syarat TPA", "Landfill"),
    "an_a_tpa_ok": ("TPA memenuhi?", "Landfill meets it?"),
    "an_a_syarat_tpa_sertifikat": ("controlled atau sanitary", "controlled or sanitary"),
    "an_a_syarat_tpa_adipura": (
        "sanitary (controlled: nilai lain ≥ 75)",
        "sanitary (controlled: other score ≥ 75)",
    ),
    "an_a_syarat_tpa_kencana": ("sanitary", "sanitary"),
    "an_ya_True": ("ya", "yes"),
    "an_ya_False": ("belum", "not yet"),
    "an_ya_None": ("jenis TPA belum diatur", "landfill type not set"),
    "an_def_adipura": (
        "- **Predikat Adipura 2025** (KLH; Kompas 20 Okt 2025, Warta Ekonomi 4 Agu 2025): **Adipura "
        "Kencana** 50–100% sampah terolah dengan TPA sanitary landfill; **Adipura** 25–50% dengan TPA "
        "controlled atau sanitary; **Sertifikat** minimal 25% dengan TPA controlled; di bawah 25%, TPA "
        "open dumping, atau ada satu saja TPS liar: **Kota Kotor**.\n- Di sini dibaca tegas: TPS liar, "
        "open dumping atau < 25% = Kota Kotor; sanitary dan ≥ 50% = Kencana; sanitary dan ≥ 25% = "
        "Adipura; controlled dan ≥ 25% = Sertifikat (Adipura bila kriteria lain kuat). Kriteria lain "
        "(Jakstrada, anggaran ≥ 3% APBD, SDM, sarana; nilai minimal 75) tidak ada di data ini.\n- "
        "**Sampah terolah** = (setoran bank sampah + pengolahan lain) ÷ timbulan estimasi, 12 bulan penuh "
        "terakhir. Sampah yang ditimbun di TPA tidak dihitung terolah.\n- **Kurang per bulan** = (syarat "
        "× timbulan − terolah), dibagi ke bulan rata-rata (30,44 hari).\n- Jenis TPA dan jumlah TPS liar "
        "adalah pengaturan (`python -m sampah setel`), dengan sumbernya.",
        "- **Adipura 2025 bands** (KLH; Kompas 20 Oct 2025, Warta Ekonomi 4 Aug 2025): **Adipura "
        "Kencana** 50–100% of waste processed with a sanitary landfill; **Adipura** 25–50% with a "
        "controlled or sanitary landfill; **Certificate** at least 25% with a controlled landfill; below "
        "25%, an open dump, or a single illegal dump (TPS liar): **Kota Kotor**.\n- Read strictly here: "
        "an illegal dump, open dumping or < 25% = Kota Kotor; sanitary and ≥ 50% = Kencana; sanitary and "
        "≥ 25% = Adipura; controlled and ≥ 25% = Certificate (Adipura if the other criteria are strong). "
        "The other criteria (Jakstrada, budget ≥ 3% of APBD, staff, facilities; a score of at least 75) "
        "are not in this data.\n- **Waste processed** = (bank sampah deposits + other processing) ÷ "
        "estimated generation, newest 12 whole months. Waste buried at the landfill is not processed.\n- "
        "**Short per month** = (threshold × generation − processed), per average month (30.44 days).\n- "
        "The landfill type and the number of illegal dumps are settings (`python -m sampah setel`), with "
        "their sources.",
    ),
    # --- landfill life
    "an_tpa_belum": (
        "Sisa kapasitas {tpa} belum diatur. Atur dengan, misalnya: `python -m sampah setel "
        'tpa_sisa_kapasitas 1500000 --catatan "survei UPTD, Jan 2026"`, lalu `setel tpa_sisa_satuan m3` '
        "(atau `ton`) dan `setel tpa_sisa_tanggal 2026-01-15`.",
        "The remaining capacity of {tpa} is not set. Set it with, e.g.: `python -m sampah setel "
        'tpa_sisa_kapasitas 1500000 --catatan "UPTD survey, Jan 2026"`, then `setel tpa_sisa_satuan m3` (or '
        "`ton`) and `setel tpa_sisa_tanggal 2026-01-15`.",
    ),
    "an_sisa": ("Sisa kapasitas", "Capacity left"),
    "an_sisa_bantuan": (
        "Kapasitas terukur dikurangi semua yang ditimbang masuk sejak tanggal pengukuran.",
        "Measured capacity minus everything weighed in since the date of the measurement.",
    ),
    "an_sisa_ket": ("diukur {kap} {satuan} pada {tgl}", "measured {kap} {satuan} on {tgl}"),
    "an_laju": ("Laju ke TPA", "Inflow"),
    "an_laju_ket": ("rata-rata sejak {dari}", "average since {dari}"),
    "an_umur": ("Umur tersisa", "Life left"),
    "an_tahun_n": ("{n} tahun", "{n} years"),
    "an_penuh": ("Penuh sekitar", "Full around"),
    "an_psel_sebelum": (
        "{tpa} penuh sekitar **{tgl}**, **{n} bulan sebelum** PSEL beroperasi (1 Januari {tahun}).",
        "{tpa} is full around **{tgl}**, **{n} months before** waste-to-energy starts (1 January {tahun}).",
    ),
    "an_psel_sesudah": (
        "{tpa} penuh sekitar {tgl}, {n} bulan setelah PSEL beroperasi (1 Januari {tahun}).",
        "{tpa} is full around {tgl}, {n} months after waste-to-energy starts (1 January {tahun}).",
    ),
    "an_diversi_bulan": (
        "Sampah yang sudah terkurangi sejak {dari} ({ton}) menghemat ruang TPA setara **{n} bulan**.",
        "The waste reduced since {dari} ({ton}) saved landfill space worth **{n} months**.",
    ),
    "an_target_bulan": (
        "Mencapai target pengurangan {target} mulai sekarang menambah **{n} bulan** lagi.",
        "Reaching the {target} reduction target from now on adds **{n} months** more.",
    ),
    "an_tpa_tercatat": ("Sisa (terukur)", "Left (measured)"),
    "an_dengan_target": ("Dengan target pengurangan", "With the reduction target"),
    "an_psel_garis": ("PSEL {tahun}", "PSEL {tahun}"),
    "an_sisa_ton": ("Sisa kapasitas (ton)", "Capacity left (t)"),
    "an_def_tpa": (
        "- **Sisa kapasitas** adalah pengaturan (`python -m sampah setel`): nilai, satuan (m³ atau ton), "
        "tanggal pengukuran dan kepadatan. m³ → ton dengan kepadatan {kepadatan} kg/m³ (bawaan 227 = tengah "
        "215–239 kg/m³, kepadatan sampah terukur di truk). Sampah yang dipadatkan di sel TPA lebih padat, "
        "jadi kapasitas m³ dengan kepadatan truk memberi umur yang hati-hati (pendek).\n"
        "- **Sisa sekarang** = kapasitas − ton ditimbang sejak tanggal pengukuran. **Umur** = sisa ÷ laju "
        "ke TPA (rata-rata 365 hari terakhir, tanpa pertumbuhan).\n"
        "- **Tahun PSEL** dari pengaturan psel_mulai_tahun (sama dengan halaman Tren).\n"
        "- **Bulan dari diversi** = ton terkurangi sejak data pertama ÷ laju per bulan (seandainya semua ke "
        "TPA). **Bulan dari target** = umur bila aliran ke TPA turun sebesar bagian TPA dari tambahan "
        "pengurangan yang dibutuhkan untuk mencapai target tahun ini − umur sekarang.",
        "- **Remaining capacity** is a setting (`python -m sampah setel`): value, unit (m³ or tonnes), "
        "date of the measurement and density. m³ → tonnes at {kepadatan} kg/m³ (default 227 = middle of "
        "215–239 kg/m³, the density measured on trucks). Waste compacted in a landfill cell is denser, so "
        "a volume read at truck density gives a cautious (short) life.\n- **Left now** = capacity − "
        "tonnes weighed in since the measurement. **Life** = left ÷ inflow (mean of the newest 365 days, "
        "no growth).\n- **PSEL year** from the psel_mulai_tahun setting (as on Tren).\n- **Months from "
        "diversion** = tonnes reduced since the first data ÷ monthly inflow (as if all had gone to the "
        "landfill). **Months from the target** = the life if the inflow falls by the landfill's part of "
        "the extra reduction this year's target needs − the life now.",
    ),
    # --- emissions
    "an_em_indikatif": (
        "**Indikatif.** Faktor bawaan IPCC 2006 dan EPA WARM (faktor daur hidup AS), bukan inventarisasi "
        "GRK resmi. Setiap faktor ada di tabel di bawah dan dapat diganti DLH.",
        "**Indicative.** IPCC 2006 defaults and EPA WARM (US life-cycle factors), not an official GHG "
        "inventory. Every factor is in the table below and a DLH can replace it.",
    ),
    "an_em_faktor_kurang": ("Faktor emisi tidak lengkap: {pesan}.", "Emission factors incomplete: {pesan}."),
    "an_em_metana": ("Metana s.d. kini", "Methane so far"),
    "an_em_metana_bantuan": (
        "Metana yang akan keluar dari sampah organik ini di TPA sampai data terakhir (peluruhan orde satu).",
        "Methane this organic waste would have released at the landfill up to the newest data (first-order "
        "decay).",
    ),
    "an_em_komitmen": ("Metana seumur timbunan", "Methane over its life"),
    "an_em_komitmen_bantuan": (
        "Seluruh metana yang akan keluar dari sampah organik ini di TPA, berapa pun lamanya.",
        "All the methane this organic waste would ever have released at the landfill.",
    ),
    "an_em_organik": ("dari {ton} organik", "from {ton} of organics"),
    "an_em_daur_ulang": ("Kredit daur ulang", "Recycling credit"),
    "an_em_daur_ton": (
        "dari {ton} kertas, plastik, logam, kaca",
        "from {ton} of paper, plastic, metal, glass",
    ),
    "an_em_total": ("Total s.d. kini", "Total so far"),
    "an_em_sampai": ("dihitung s.d. {tgl}", "up to {tgl}"),
    "an_em_judul_angka": (
        "Emisi terhindar (t CO₂e) dari sampah yang terkurangi di {periode}",
        "Emissions avoided (t CO₂e) by the waste reduced in {periode}",
    ),
    "an_em_kec": ("Per kecamatan (t CO₂e)", "By kecamatan (t CO₂e)"),
    "an_em_sumbu": ("t CO₂e terhindar", "t CO₂e avoided"),
    "an_em_csr": ("Per proyek CSR/TJSLP", "By CSR/TJSLP project"),
    "an_em_csr_kosong": (
        "Tidak ada proyek berjalan dengan bank sampah yang didukung di periode ini.",
        "No running project with supported bank sampah units in this period.",
    ),
    "an_em_csr_ket": (
        "Semua setoran unit bank sampah yang didukung proyek selama proyek berjalan di periode ini, bukan "
        "hanya tambahan karena proyek (lihat CSR/TJSLP untuk tambahannya).",
        "All deposits of the bank sampah units a project supports while it ran in this period, not only the "
        "extra the project caused (see CSR/TJSLP for the extra).",
    ),
    "an_em_c_proyek": ("Proyek", "Project"),
    "an_em_c_ton": ("Ton (organik + daur ulang)", "Tonnes (organic + recycled)"),
    "an_em_faktor": ("Faktor emisi yang dipakai", "Emission factors in use"),
    "an_def_emisi": (
        "- **Metana (IPCC 2006 Vol. 5 Bab 3, peluruhan orde satu)**: untuk W ton bahan j, DDOCm = W × "
        "DOC_j × DOCf × MCF; terurai s.d. waktu t = DDOCm × (1 − e^(−k_j × (t − t₀ − 0,5))); CH₄ = "
        "terurai × F × 16/12 × (1 − OX); CO₂e = CH₄ × GWP. Tunda 6 bulan (bawaan IPCC); ton sebulan "
        "dihitung disetor pertengahan bulan. k tropis basah: makanan 0,40, kebun 0,17, kertas 0,07, kayu "
        "0,035; DOCf 0,5; F 0,5; DOC bawaan IPCC 2006 Vol. 5 Tabel 2.4. MCF {mcf} dan OX {ox} untuk TPA "
        "{jenis} (Tabel 3.1 dan 3.2); GWP CH₄ 28 (AR5).\n- **Bahan**: organik bank sampah = sisa makanan; "
        "maggot/BSF = sisa makanan; kompos = separuh kebun, separuh makanan; TPS 3R/TPST = bagian organik "
        "(porsi tps3r_organik) sebagai makanan.\n- **Kredit daur ulang (EPA WARM v16)**: kertas campur "
        "−3,55, plastik campur −0,93, logam campur −4,39, kaca −0,28 t CO₂e per short ton, dibagi "
        "0,90718474 untuk per ton metrik. Faktor daur hidup AS: **indikatif**.\n- Faktor disimpan sebagai "
        "baris tabel `faktor_emisi`; baris yang diubah DLH tidak ditimpa migrasi.",
        "- **Methane (IPCC 2006 Vol. 5 Ch. 3, first-order decay)**: for W tonnes of material j, DDOCm = W "
        "× DOC_j × DOCf × MCF; decayed by time t = DDOCm × (1 − e^(−k_j × (t − t₀ − 0.5))); CH₄ = decayed "
        "× F × 16/12 × (1 − OX); CO₂e = CH₄ × GWP. Six-month delay (IPCC default); a month's tonnes count "
        "as deposited mid-month. Tropical wet k: food 0.40, garden 0.17, paper 0.07, wood 0.035; DOCf "
        "0.5; F 0.5; DOC defaults IPCC 2006 Vol. 5 Table 2.4. MCF {mcf} and OX {ox} for a {jenis} "
        "landfill (Tables 3.1 and 3.2); GWP of CH₄ 28 (AR5).\n- **Materials**: bank sampah organics = "
        "food; maggot/BSF = food; compost = half garden, half food; TPS 3R/TPST = the organic part (share "
        "tps3r_organik) as food.\n- **Recycling credits (EPA WARM v16)**: mixed paper −3.55, mixed "
        "plastics −0.93, mixed metals −4.39, glass −0.28 t CO₂e per short ton, divided by 0.90718474 for "
        "metric tonnes. US life-cycle factors: **indicative**.\n- Factors are rows of the `faktor_emisi` "
        "table; a row a DLH changed is never overwritten by migrasi.",
    ),
    # --- SIPSN sheet and weekly brief
    "an_semester": ("Semester", "Half-year"),
    "an_sipsn_unduh": ("Unduh lembar isian SIPSN (XLSX)", "Download the SIPSN entry sheet (XLSX)"),
    "an_sipsn_berjalan": (
        "Semester ini masih berjalan: angka s.d. {tgl}.",
        "This half-year is still running: figures up to {tgl}.",
    ),
    "an_sipsn_ket": (
        "Istilah SIPSN (A timbulan, B pengurangan, C penanganan, D daur ulang, E bahan baku). Lembar "
        "berisi nilai semester dan setara tahunan (× 365 ÷ hari); komposisi adalah sampah terpilah di "
        "bank sampah, bukan komposisi timbulan.",
        "SIPSN's terms (A generation, B reduction, C handling, D recycling, E raw material). The sheet "
        "holds the half-year's figures and their yearly equivalent (× 365 ÷ days); the composition is "
        "that of the waste sorted at bank sampah, not of all generation.",
    ),
    "an_s_kode": ("Kode", "Code"),
    "an_s_isian": ("Isian SIPSN", "SIPSN field"),
    "an_s_nilai": ("Nilai", "Value"),
    "an_s_satuan": ("Satuan", "Unit"),
    "an_s_ket": ("Keterangan", "Note"),
    "an_kilas_bagian": ("Kilas mingguan untuk WhatsApp", "Weekly brief for WhatsApp"),
    "an_kilas_ket": (
        "Satu gambar PNG 1080×1350: angka utama {periode} dan grafik 12 minggu terakhir. Dibuat di server "
        "tanpa internet (beberapa detik).",
        "One 1080×1350 PNG: the headline figures of {periode} and a chart of the last 12 weeks. Drawn on the "
        "server without internet (a few seconds).",
    ),
    "an_kilas_unduh": ("Unduh kilas (PNG)", "Download the brief (PNG)"),
    "an_kilas_cli": (
        "Dari baris perintah: `python -m sampah brief --period {periode} --out kilas.png`",
        "From the command line: `python -m sampah brief --period {periode} --out brief.png`",
    ),
    "an_kilas_judul": ("Kilas pengurangan sampah", "Waste diversion brief"),
    "an_kilas_vs": ("{ubah} vs {p}", "{ubah} vs {p}"),
    "an_kilas_tanpa_banding": ("tanpa pembanding", "no comparison"),
    "an_kilas_estimasi": ("penduduk estimasi", "estimated population"),
    "an_kilas_tpa_hari": ("Ke TPA per hari", "Landfilled per day"),
    "an_kilas_hari": ("rata-rata {n} hari", "mean of {n} days"),
    "an_kilas_melapor": ("{n} melapor bulan terakhir", "{n} reported in the last month"),
    "an_kilas_grafik": (
        "{n} minggu terakhir: ke TPA (kiri) dan terkurangi (kanan), ton",
        "Last {n} weeks: landfilled (left) and diverted (right), tonnes",
    ),
    "an_kilas_sebagian": ("(* minggu belum penuh)", "(* week not complete)"),
    "an_kilas_sumbu_tpa": ("ke TPA (ton)", "landfilled (t)"),
    "an_kilas_sumbu_diversi": ("terkurangi (ton)", "diverted (t)"),
    "an_kilas_kaki": ("Sumber: {sumber} · Data terbaru: {tgl}", "Sources: {sumber} · Newest data: {tgl}"),
}
