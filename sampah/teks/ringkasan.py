"""Strings of the shared sidebar, banner and the Ringkasan page: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "app_judul": ("Dasbor Pengurangan Sampah", "Waste Diversion Dashboard"),
    "bahasa": ("Bahasa", "Language"),
    "skala": ("Skala periode", "Period scale"),
    "skala_tahun": ("Tahun", "Year"),
    "skala_semester": ("Semester", "Half-year"),
    "skala_triwulan": ("Triwulan", "Quarter"),
    "skala_bulan": ("Bulan", "Month"),
    "periode": ("Periode", "Period"),
    "kecamatan": ("Kecamatan", "Kecamatan (district)"),
    "kecamatan_bantuan": ("Kosongkan untuk seluruh kota.", "Leave empty for the whole city."),
    "seluruh_kota": ("Seluruh {kota}", "All of {kota}"),
    "n_kecamatan": ("{n} kecamatan", "{n} kecamatan"),
    "banner_contoh": (
        "**Data contoh.** Angka di dasbor ini dibuat oleh generator data contoh dari angka publik "
        "{kota} (lihat Definisi), bukan data resmi DLH. Muat data Anda sendiri di Kelola Data.",
        "**Sample data.** The figures on this dashboard come from the sample-data generator, sized "
        "from public figures for {kota} (see Definitions); they are not official DLH data.",
    ),
    "tidak_ada_data": (
        "Belum ada data untuk periode dan wilayah ini.",
        "No data for this period and area yet.",
    ),
    "hal_ringkasan": ("Ringkasan", "Overview"),
    "ringkasan_judul": ("Ringkasan pengurangan sampah {wilayah}", "Waste diversion overview: {wilayah}"),
    "rentang": ("{mulai} – {selesai}", "{mulai} – {selesai}"),
    "berjalan": ("periode berjalan, data s.d. {tgl}", "period in progress, data up to {tgl}"),
    "kpi_tpa": ("Sampah ke TPA", "Waste to landfill"),
    "kpi_tpa_bantuan": (
        "Berat bersih (netto) muatan truk yang ditimbang masuk {tpa}.",
        "Net weight of truck loads weighed in at {tpa}.",
    ),
    "kpi_diversi": ("Sampah terkurangi", "Waste diverted"),
    "kpi_diversi_bantuan": (
        "Setoran bank sampah + pengolahan lain (TPS 3R, kompos, maggot).",
        "Bank sampah deposits + other processing (TPS 3R, compost, maggot).",
    ),
    "kpi_tingkat": ("Tingkat diversi", "Diversion rate"),
    "kpi_tingkat_bantuan": ("Terkurangi ÷ (terkurangi + ke TPA).", "Diverted ÷ (diverted + landfilled)."),
    "kpi_pengurangan": ("Pengurangan vs target", "Reduction vs target"),
    "kpi_pengurangan_bantuan": (
        "Terkurangi ÷ timbulan estimasi; target Jakstranas/Jakstrada {target}.",
        "Diverted ÷ estimated generation; Jakstranas/Jakstrada target {target}.",
    ),
    "target_dari": ("target {target}", "target {target}"),
    "penduduk_estimasi_singkat": (
        "\\*timbulan dari penduduk estimasi",
        "\\*generation from estimated population",
    ),
    "kpi_bs": ("Bank sampah aktif", "Active bank sampah"),
    "kpi_bs_lapor": ("{n} melapor di {bulan} ({pct})", "{n} reported in {bulan} ({pct})"),
    "kpi_bs_bantuan": (
        "Unit yang berdiri dan belum nonaktif pada akhir periode; melapor = ada setoran "
        "di bulan terakhir periode.",
        "Units founded and not deactivated at the end of the period; reported = any "
        "deposit in the period's last month.",
    ),
    "kpi_csr": ("Anggaran CSR/TJSLP", "CSR/TJSLP budget"),
    "kpi_csr_bantuan": (
        "Anggaran proyek CSR/TJSLP yang berjalan pada periode ini di wilayah terpilih.",
        "Budget of the CSR/TJSLP projects running in this period in the selected area.",
    ),
    "kpi_csr_proyek": ("{n} proyek berjalan, realisasi {rp}", "{n} project(s) running, {rp} realised"),
    "vs_sebelumnya": ("vs {p}", "vs {p}"),
    "tanpa_data_banding": ("{p}: belum ada data", "{p}: no data"),
    "banding_tak_lengkap": (
        "{p}: data belum lengkap, tidak dibandingkan",
        "{p}: data incomplete, not compared",
    ),
    "kpi_s_d": ("{data} s.d. {bulan}", "{data} up to {bulan}"),
    "data_tpa_muatan": ("timbangan TPA", "TPA weighbridge"),
    "data_diversi": ("setoran & pengolahan", "deposits & processing"),
    "data_bersama": ("TPA & setoran", "TPA & deposits"),
    "tanpa_penduduk_singkat": (
        "belum ada data penduduk: muat di Kelola Data",
        "no population data yet: load it on Kelola Data",
    ),
    "banding_judul": (
        "Dibanding periode sebelumnya ({p1}) dan periode sama tahun lalu ({p2})",
        "Compared with the previous period ({p1}) and the same period last year ({p2})",
    ),
    "kolom_ukuran": ("Ukuran", "Measure"),
    "kolom_periode_ini": ("Periode ini", "This period"),
    "tanpa_asal": (
        "Termasuk {ton} dari muatan tanpa asal kecamatan (tidak diketahui).",
        "Includes {ton} from loads with unknown kecamatan of origin.",
    ),
    "grafik_judul": (
        "Sampah per bulan: ke TPA dan terkurangi (ton)",
        "Waste per month: landfilled and diverted (tonnes)",
    ),
    "grafik_tpa": ("Ke TPA", "To landfill"),
    "grafik_diversi": ("Terkurangi", "Diverted"),
    "grafik_pengurangan_judul": (
        "Pengurangan (% timbulan estimasi) dan target",
        "Reduction (% of estimated generation) and target",
    ),
    "grafik_pengurangan": ("Pengurangan", "Reduction"),
    "grafik_target": ("Target", "Target"),
    "sumbu_ton": ("ton/bulan", "tonnes/month"),
    "sumbu_persen": ("% timbulan", "% of generation"),
    "tabel_judul": ("Per kecamatan, {periode}", "By kecamatan, {periode}"),
    "k_kecamatan": ("Kecamatan", "Kecamatan"),
    "k_penduduk": ("Penduduk*", "Population*"),
    "k_tpa": ("Ke TPA (t)", "Landfilled (t)"),
    "k_diversi": ("Terkurangi (t)", "Diverted (t)"),
    "k_tingkat": ("Diversi", "Diversion"),
    "k_tpa_kapita": ("Ke TPA kg/org/hari*", "Landfilled kg/cap/day*"),
    "k_pengurangan": ("Pengurangan*", "Reduction*"),
    "k_bs": ("BS aktif", "Active BS"),
    "singkatan": (
        "BS = bank sampah; pddk = penduduk; t = ton.",
        "BS = bank sampah; res. = residents; t = tonnes.",
    ),
    "k_bs_10rb": ("BS/10.000 pddk*", "BS/10,000 res.*"),
    "estimasi_catatan": (
        "\\* Bertumpu pada jumlah penduduk **estimasi** (belum ada data penduduk resmi per kecamatan). "
        "Muat tabel penduduk resmi di Kelola Data untuk angka per kapita yang pasti.",
        "\\* Rests on an **estimated** population (no official population per kecamatan loaded yet). "
        "Load an official population table in Kelola Data for exact per-capita figures.",
    ),
    "resmi_catatan": (
        "\\* Berdasarkan data penduduk yang dimuat.",
        "\\* Based on the loaded population data.",
    ),
    "data_terbaru": (
        "Data terbaru: setoran {s}; timbangan TPA {t}.",
        "Newest data: deposits {s}; TPA weighbridge {t}.",
    ),
    "definisi": ("Definisi", "Definitions"),
    "sipsn_judul": ("Dibanding kab/kota lain (SIPSN {tahun})", "Beside other kab/kota (SIPSN {tahun})"),
    "sipsn_pengurangan": ("Pengurangan (% timbulan)", "Reduction (% of generation)"),
    "sipsn_penanganan": ("Penanganan (% timbulan)", "Handling (% of generation)"),
    "sipsn_catatan": (
        "Kab/kota lain: data SIPSN yang dimuat (sumber: {sumber}). {kota}: dihitung dari dasbor ini untuk "
        "tahun yang sama; pengurangan = terkurangi ÷ timbulan estimasi, penanganan = ke TPA ÷ timbulan "
        "estimasi (hanya pemrosesan akhir, jadi lebih sempit daripada penanganan SIPSN). Target "
        "Jakstranas: pengurangan 30%, penanganan 70%.",
        "Other kab/kota: the loaded SIPSN figures (source: {sumber}). {kota}: computed by this dashboard "
        "for the same year; reduction = diverted ÷ estimated generation, handling = landfilled ÷ "
        "estimated generation (final processing only, narrower than SIPSN's handling). Jakstranas "
        "targets: reduction 30%, handling 70%.",
    ),
    "sipsn_tanpa_kota": (
        "{kota}: belum ada data dasbor untuk {tahun}.",
        "{kota}: no dashboard data for {tahun}.",
    ),
    "sipsn_kosong": (
        "Belum ada data SIPSN; muat ekspor SIPSN di Kelola Data untuk membandingkan.",
        "No SIPSN data yet; load a SIPSN export on Kelola Data to compare.",
    ),
    "unduh_csv": ("Unduh CSV", "Download CSV"),
    "unduh_xlsx": ("Unduh Excel", "Download Excel"),
}

# Each figure shown, with its formula; rendered in the "Definisi" expander.
DEFINISI: list[tuple[str, str]] = [
    (
        "**Sampah ke TPA (ton)** = jumlah berat bersih (bruto − tara) semua muatan yang ditimbang masuk "
        "TPA pada periode itu. Muatan tanpa asal kecamatan dihitung di angka kota, tidak di kecamatan.",
        "**Waste to landfill (t)** = sum of the net weight (gross − tare) of every load weighed in at the "
        "landfill in the period. Loads without a kecamatan of origin count for the city, not a kecamatan.",
    ),
    (
        "**Sampah terkurangi (ton)** = setoran bank sampah (kg ÷ 1.000) + pengolahan lain (TPS 3R, "
        "rumah kompos, maggot/BSF). Dalam SIPSN ini bagian dari *pengurangan* (UU 18/2008).",
        "**Waste diverted (t)** = bank sampah deposits (kg ÷ 1,000) + other processing (TPS 3R, compost, "
        "maggot/BSF). In SIPSN terms this is part of *pengurangan* (reduction, Law 18/2008).",
    ),
    (
        "**Tingkat diversi** = terkurangi ÷ (terkurangi + ke TPA).",
        "**Diversion rate** = diverted ÷ (diverted + landfilled).",
    ),
    (
        "**Timbulan estimasi (ton)** = penduduk × {kg} kg/orang/hari × jumlah hari (metode SIPSN; angka "
        "kg/orang/hari adalah pengaturan).",
        "**Estimated generation (t)** = population × {kg} kg/person/day × days (SIPSN method; the "
        "kg/person/day figure is a setting).",
    ),
    (
        "**Pengurangan (%)** = terkurangi ÷ timbulan estimasi, dibandingkan dengan target pengurangan "
        "Jakstranas/Jakstrada tahun itu (Perpres 97/2017: 30% pada 2025).",
        "**Reduction (%)** = diverted ÷ estimated generation, compared with that year's Jakstranas/"
        "Jakstrada reduction target (Presidential Reg. 97/2017: 30% by 2025).",
    ),
    (
        "**Ke TPA per kapita (kg/orang/hari)** = ton ke TPA × 1.000 ÷ (penduduk × hari).",
        "**Landfilled per capita (kg/person/day)** = tonnes landfilled × 1,000 ÷ (population × days).",
    ),
    (
        "**Bank sampah aktif** = unit yang sudah berdiri dan belum nonaktif pada akhir periode. "
        "**Melapor** = unit aktif yang mencatat setoran pada bulan terakhir periode; kelengkapan = "
        "melapor ÷ aktif. Penurunan karena laporan belum masuk tidak sama dengan penurunan setoran.",
        "**Active bank sampah** = units founded and not deactivated at the end of the period. "
        "**Reported** = active units with a deposit in the period's last month; completeness = "
        "reported ÷ active. A dip from missing reports is not a fall in deposits.",
    ),
    (
        "**Bank sampah per 10.000 penduduk** = bank sampah aktif × 10.000 ÷ penduduk.",
        "**Bank sampah per 10,000 residents** = active bank sampah × 10,000 ÷ population.",
    ),
    (
        "**Anggaran CSR/TJSLP** = jumlah anggaran proyek yang berjalan pada periode itu (bukan usulan), "
        "di wilayah terpilih; realisasi = dana yang sudah dibelanjakan.",
        "**CSR/TJSLP budget** = sum of the budgets of projects running in the period (not proposals) in "
        "the selected area; realised = money already spent.",
    ),
    (
        "**Perubahan** dibanding periode sebelumnya dan periode yang sama tahun lalu, dengan panjang "
        "yang sama bila periode masih berjalan. Tingkat dan persentase berubah dalam *poin persen*.",
        "**Changes** are against the previous period and the same period last year, cut to the same "
        "length while a period is still running. Rates change in *percentage points*.",
    ),
]
