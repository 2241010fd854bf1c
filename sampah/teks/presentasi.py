"""Strings of the Presentasi page, the headlines and the offline report: (Bahasa Indonesia, English)."""

S: dict[str, tuple[str, str]] = {
    "hal_presentasi": ("Presentasi", "Presentation"),
    "jd_pengurangan_naik": (
        "Pengurangan sampah naik dari {lama} menjadi {baru} dibanding {p}.",
        "Waste reduction rose from {lama} to {baru} compared with {p}.",
    ),
    "jd_pengurangan_turun": (
        "Pengurangan sampah turun dari {lama} menjadi {baru} dibanding {p}.",
        "Waste reduction fell from {lama} to {baru} compared with {p}.",
    ),
    "jd_pengurangan_tetap": (
        "Pengurangan sampah tetap {baru}, sama seperti {p}.",
        "Waste reduction stayed at {baru}, as in {p}.",
    ),
    "jd_tinggi_rendah": (
        "Tingkat diversi tertinggi di Kec. {tinggi} ({nilai_tinggi}), terendah di Kec. "
        "{rendah} ({nilai_rendah}).",
        "The diversion rate is highest in {tinggi} ({nilai_tinggi}) and lowest in {rendah} ({nilai_rendah}).",
    ),
    "jd_pengurangan_saja": (
        "Pengurangan sampah {nilai} dari timbulan estimasi; targetnya {target}.",
        "Waste reduction is {nilai} of estimated generation; the target is {target}.",
    ),
    "jd_csr": (
        '"{program}" ({perusahaan}, Kel. {kelurahan}) menambah {ton} di bank sampah dengan biaya '
        "terendah: {biaya} per ton.",
        '"{program}" ({perusahaan}, {kelurahan}) added {ton} at bank sampah at the lowest cost: '
        "{biaya} per tonne.",
    ),
    "pr_slide_csr": ("Hasil CSR/TJSLP", "What CSR/TJSLP bought"),
    "jd_naik": ("naik", "up"),
    "jd_turun": ("turun", "down"),
    "jd_tetap": ("tetap", "unchanged"),
    "jd_tpa": ("Sampah ke {tpa} rata-rata {ton}/hari.", "Waste to {tpa} averaged {ton}/day."),
    "jd_tpa_ubah": (
        "Sampah ke {tpa} rata-rata {ton}/hari, {arah} {ubah} dibanding {p}.",
        "Waste to {tpa} averaged {ton}/day, {arah} {ubah} compared with {p}.",
    ),
    "jd_naik_turun": (
        "Sampah terkurangi naik paling besar di Kec. {naik} ({ubah_naik}) dan turun paling "
        "besar di Kec. {turun} ({ubah_turun}).",
        "Diverted waste rose most in {naik} ({ubah_naik}) and fell most in {turun} ({ubah_turun}).",
    ),
    "jd_semua_naik": (
        "Sampah terkurangi naik di semua kecamatan: paling besar {nama} ({ubah}), paling kecil "
        "{terkecil} ({ubah2}).",
        "Diverted waste rose in every kecamatan: most in {nama} ({ubah}), least in {terkecil} ({ubah2}).",
    ),
    "jd_target_tidak": (
        "Belum ada dari {total} kecamatan yang mencapai target pengurangan {target}; "
        "tertinggi Kec. {nama} dengan {nilai}.",
        "None of the {total} kecamatan reaches the {target} reduction target; the highest is "
        "{nama} at {nilai}.",
    ),
    "jd_target_ada": (
        "{n} dari {total} kecamatan mencapai target pengurangan {target}; tertinggi Kec. "
        "{nama} dengan {nilai}.",
        "{n} of {total} kecamatan reach the {target} reduction target; the highest is {nama} at {nilai}.",
    ),
    "jd_senyap": (
        "{n} dari {total} bank sampah aktif tidak melapor setoran pada {bulan}.",
        "{n} of {total} active bank sampah reported no deposit in {bulan}.",
    ),
    "jd_semua_lapor": (
        "Semua {n} bank sampah aktif melapor setoran pada {bulan}.",
        "All {n} active bank sampah reported deposits in {bulan}.",
    ),
    "jd_sipsn": (
        "Pengurangan {kota} {nilai} pada {tahun}; {peer} mencapai {nilai_peer}.",
        "{kota} reduced {nilai} in {tahun}; {peer} reached {nilai_peer}.",
    ),
    "jd_kategori_bank": (
        "{jenis} adalah jenis sampah terbanyak yang disetor ke bank sampah: {porsi} dari {ton} "
        "sampah terkurangi.",
        "{jenis} is the kind of waste most deposited at bank sampah: {porsi} of the {ton} diverted.",
    ),
    "jd_kategori_fasilitas": (
        "{fasilitas} mengolah {porsi} dari {ton} sampah terkurangi.",
        "{fasilitas} processed {porsi} of the {ton} diverted.",
    ),
    "jd_kategori_fasilitas_bank": (
        "{fasilitas} mengolah {porsi} dari {ton} sampah terkurangi; setoran bank sampah terbanyak "
        "berupa {jenis} ({ton_jenis}).",
        "{fasilitas} processed {porsi} of the {ton} diverted; bank sampah received most as {jenis} "
        "({ton_jenis}).",
    ),
    "jd_tpa_tetap": (
        "Sampah ke {tpa} rata-rata {ton}/hari, sama seperti {p}.",
        "Waste to {tpa} averaged {ton}/day, as in {p}.",
    ),
    "pr_slide_ringkasan": ("Pengurangan vs target", "Reduction vs target"),
    "pr_slide_tpa": ("Sampah ke TPA", "Waste to landfill"),
    "pr_slide_peta": ("Peta tingkat diversi", "Map of the diversion rate"),
    "pr_slide_peringkat": ("Kecamatan dan target", "Kecamatan and the target"),
    "pr_slide_kategori": ("Jenis sampah terkurangi", "Kinds of diverted waste"),
    "pr_slide_bank_sampah": ("Laporan bank sampah", "Bank sampah reporting"),
    "pr_slide_sipsn": ("Dibanding kab/kota lain", "Beside other kab/kota"),
    "pr_pilih": ("Pilih slide", "Choose slides"),
    "pr_kembali": ("Dasbor", "Dashboard"),
    "pr_kembali_bantuan": ("Kembali ke dasbor", "Back to the dashboard"),
    "pr_bahasa": ("English", "Indonesia"),
    "pr_bahasa_bantuan": ("Switch to English", "Ganti ke Bahasa Indonesia"),
    "pr_sebelum_bantuan": ("Slide sebelumnya (← atau Page Up)", "Previous slide (← or Page Up)"),
    "pr_berikut_bantuan": ("Slide berikutnya (→ atau Page Down)", "Next slide (→ or Page Down)"),
    "pr_sumbu_ton": ("ton", "tonnes"),
    "pr_sumbu_ton_tambahan": ("ton tambahan sejak proyek mulai", "extra tonnes since the project began"),
    "pr_sumbu_tidak_lapor": ("bank sampah tidak melapor", "bank sampah not reporting"),
    "pr_tidak_melapor": ("Tidak melapor", "Not reporting"),
    "pr_hover_tidak_lapor": (
        "%{y} tidak melapor dari %{customdata[0]} aktif",
        "%{y} of %{customdata[0]} active did not report",
    ),
    "pr_bank_sampah": ("bank sampah", "bank sampah"),
    "pr_fasilitas": ("fasilitas", "facility"),
    "pr_sumbu_ton_hari": ("ton/hari", "t/day"),
    "pr_sebelum": ("Sebelumnya", "Previous"),
    "pr_berikut": ("Berikutnya", "Next"),
    "pr_unduh": ("Laporan", "Report"),
    "pr_unduh_html": ("Unduh laporan HTML (tanpa internet)", "Download HTML report (works offline)"),
    "pr_unduh_pdf": ("Unduh PDF", "Download PDF"),
    "pr_kaki": (
        "{wilayah} · {periode} · Sumber: {sumber} · Data terbaru: {tgl}",
        "{wilayah} · {periode} · Sources: {sumber} · Newest data: {tgl}",
    ),
    "pr_sumber": (
        "timbangan TPA, setoran bank sampah, data CSR/TJSLP, SIPSN",
        "TPA weighbridge, bank sampah deposits, CSR/TJSLP data, SIPSN",
    ),
    "pr_tidak_ada": ("Data tidak cukup untuk slide ini.", "Not enough data for this slide."),
    "pr_laporan_judul": ("Laporan pengurangan sampah {wilayah}", "Waste diversion report: {wilayah}"),
    "pr_dibuat": ("Dibuat {tgl} dari {sumber_db}.", "Made on {tgl} from {sumber_db}."),
    "pr_tabel_kecamatan": ("Per kecamatan", "By kecamatan"),
    "pr_contoh": ("DATA CONTOH — bukan data resmi DLH", "SAMPLE DATA — not official DLH data"),
}
