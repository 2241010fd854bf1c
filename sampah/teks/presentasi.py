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
        'Ton per rupiah terbanyak: "{program}" oleh {perusahaan} di Kel. {kelurahan}, {ton} '
        "tambahan di bank sampah, {biaya} per ton.",
        'Most tonnes per rupiah: "{program}" by {perusahaan} in {kelurahan}, {ton} extra at bank '
        "sampah, {biaya} per tonne.",
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
    "jd_kategori": (
        "{jenis} adalah jenis sampah terkurangi terbesar: {porsi} dari {ton}.",
        "{jenis} is the largest kind of diverted waste: {porsi} of {ton}.",
    ),
    "pr_slide_ringkasan": ("Pengurangan vs target", "Reduction vs target"),
    "pr_slide_tpa": ("Sampah ke TPA", "Waste to landfill"),
    "pr_slide_peta": ("Peta tingkat diversi", "Map of the diversion rate"),
    "pr_slide_peringkat": ("Kecamatan dan target", "Kecamatan and the target"),
    "pr_slide_kategori": ("Jenis sampah terkurangi", "Kinds of diverted waste"),
    "pr_slide_bank_sampah": ("Laporan bank sampah", "Bank sampah reporting"),
    "pr_slide_sipsn": ("Dibanding kab/kota lain", "Beside other kab/kota"),
    "pr_pilih": ("Slide", "Slides"),
    "pr_sumbu_ton_hari": ("ton/hari", "t/day"),
    "pr_aktif": ("Bank sampah aktif", "Active bank sampah"),
    "pr_melapor": ("Melapor", "Reported"),
    "pr_sebelum": ("Sebelumnya", "Previous"),
    "pr_berikut": ("Berikutnya", "Next"),
    "pr_keyboard": (
        "Tombol panah ← → di papan ketik juga berpindah slide.",
        "The ← → arrow keys also move between slides.",
    ),
    "pr_unduh": ("Unduh laporan", "Download report"),
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
