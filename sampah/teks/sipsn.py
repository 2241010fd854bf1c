"""Strings of the SIPSN section (Ringkasan): peers, the city's series, composition."""

S: dict[str, tuple[str, str]] = {
    "sipsn_est": ("estimasi dasbor", "dashboard estimate"),
    "sipsn_pilih": ("Kab/kota pembanding (maks. 12)", "Peer kab/kota (max. 12)"),
    "sipsn_pilih_bantuan": (
        "Bawaan: kab/kota di pengaturan sipsn_pembanding, lalu kab/kota satu provinsi dengan kelas ukuran "
        "yang sama (menurut timbulan: kecil < 18.250 t/th, sedang < 91.250, besar < 182.500, selebihnya "
        "metropolitan; setara 100 rb / 500 rb / 1 jt jiwa pada 0,5 kg/orang/hari, asumsi).",
        "Default: the kab/kota in the setting sipsn_pembanding, then those of the same province and size "
        "class (by generation: small < 18,250 t/yr, medium < 91,250, large < 182,500, else metropolitan; "
        "about 100k / 500k / 1M people at 0.5 kg/person/day, an assumption).",
    ),
    "sipsn_sebaran": (
        "Pita abu-abu: separuh kab/kota di tengah sebaran nasional SIPSN {tahun} ({n} kab/kota); "
        "garis titik: median nasional (pengurangan {p}, penanganan {c}). "
        "Batang bergaris: estimasi dasbor ini.",
        "Grey band: the middle half of the national SIPSN {tahun} distribution ({n} kab/kota); "
        "dotted line: national median (reduction {p}, handling {c}). "
        "Hatched bar: this dashboard's estimate.",
    ),
    "sipsn_tab_banding": ("Pembanding", "Peers"),
    "sipsn_tab_seri": ("{kota} per tahun", "{kota} by year"),
    "sipsn_tab_komposisi": ("Komposisi", "Composition"),
    "sipsn_hanya": (
        "Basis data ini baru berisi angka SIPSN (belum ada timbangan TPA atau setoran). Angka SIPSN "
        "ditampilkan di bawah.",
        "This database holds SIPSN figures only (no TPA weighbridge or deposits yet). They are shown below.",
    ),
    "sipsn_seri_timbulan": ("Timbulan (ton/tahun)", "Generation (t/yr)"),
    "sipsn_seri_pengurangan": ("Pengurangan (% timbulan)", "Reduction (% of generation)"),
    "sipsn_sipsn": ("SIPSN", "SIPSN"),
    "sipsn_dasbor": ("Estimasi dasbor ini", "This dashboard's estimate"),
    "sipsn_seri_kosong": (
        "{kota} tidak ada di data SIPSN yang dimuat dan dasbor belum punya data tahunan untuknya.",
        "{kota} is not in the loaded SIPSN data and the dashboard has no yearly data for it.",
    ),
    "sipsn_seri_ket": (
        "**Mengapa berbeda.** Timbulan SIPSN dilaporkan DLH; dasbor memperkirakannya dari penduduk × "
        "{kg} kg/orang/hari (pengaturan) × hari setahun. {beda} Pengurangan SIPSN mencakup semua "
        "kegiatan yang dilaporkan (bank sampah, TPS 3R, pengomposan, daur ulang); dasbor hanya menghitung "
        "setoran dan pengolahan yang dimuat. Penanganan dasbor hanya timbangan TPA, SIPSN juga pengumpulan "
        "dan pengangkutan. Persentase dasbor dihitung atas hari yang ada datanya.",
        "**Why they differ.** SIPSN's generation is reported by the DLH; the dashboard estimates it from "
        "population × {kg} kg/person/day (setting) × days of the year. {beda} SIPSN's reduction covers "
        "every activity reported (bank sampah, TPS 3R, composting, recycling); the dashboard counts only "
        "the deposits and processing loaded. The dashboard's handling is the TPA weighbridge only; "
        "SIPSN's includes collection and transport. The dashboard's shares are over the days with data.",
    ),
    "sipsn_seri_kg": (
        "Untuk {tahun}, timbulan SIPSN setara {kg} kg/orang/hari bagi {penduduk} jiwa.",
        "For {tahun}, SIPSN's generation equals {kg} kg/person/day for {penduduk} people.",
    ),
    "sipsn_komp_pilih": ("Kab/kota", "Kab/kota"),
    "sipsn_komp_jenis": ("Menurut jenis (% berat)", "By material (% of weight)"),
    "sipsn_komp_sumber": ("Menurut sumber (porsi)", "By source (share)"),
    "sipsn_komp_ini": ("Kab/kota ini", "This kab/kota"),
    "sipsn_komp_nasional": ("Median nasional", "National median"),
    "sipsn_komp_kosong": (
        "{kab} tidak melaporkan komposisi di data SIPSN yang dimuat.",
        "{kab} reported no composition in the loaded SIPSN data.",
    ),
    "sipsn_komp_ket": (
        "SIPSN {tahun}. Angka sumber ditulis SIPSN sebagian dalam ton dan sebagian dalam persen; "
        "grafik menunjukkan porsinya dari jumlah kab/kota itu, tabel menunjukkan angka aslinya.",
        "SIPSN {tahun}. SIPSN writes the source figures partly in tonnes, partly in percent; the chart "
        "shows each as a share of the kab/kota's sum, the table the figures as exported.",
    ),
    "sipsn_c_tahun": ("Tahun", "Year"),
    "sipsn_c_timbulan": ("Timbulan SIPSN (t/th)", "SIPSN generation (t/yr)"),
    "sipsn_c_harian": ("Timbulan SIPSN (t/hari)", "SIPSN generation (t/day)"),
    "sipsn_c_pengurangan_ton": ("Pengurangan (t/th)", "Reduction (t/yr)"),
    "sipsn_c_pengurangan": ("Pengurangan (%)", "Reduction (%)"),
    "sipsn_c_penanganan_ton": ("Penanganan (t/th)", "Handling (t/yr)"),
    "sipsn_c_penanganan": ("Penanganan (%)", "Handling (%)"),
    "sipsn_c_terkelola_ton": ("Terkelola (t/th)", "Managed (t/yr)"),
    "sipsn_c_terkelola": ("Terkelola (%)", "Managed (%)"),
    "sipsn_c_daur_ulang": ("Daur ulang (t/th)", "Recycled (t/yr)"),
    "sipsn_c_bahan_baku": ("Bahan baku (t/th)", "Raw material (t/yr)"),
    "sipsn_c_rr": ("Recycling rate (%)", "Recycling rate (%)"),
    "sipsn_c_periode": ("P1/P2", "P1/P2"),
    "sipsn_c_est_timbulan": ("Timbulan estimasi dasbor (t/th)", "Dashboard generation estimate (t/yr)"),
    "sipsn_c_est_pengurangan": ("Pengurangan dasbor (%)", "Dashboard reduction (%)"),
    "sipsn_c_est_penanganan": ("Penanganan dasbor (%)", "Dashboard handling (%)"),
    "sipsn_c_hari": ("Hari berdata", "Days with data"),
    "sipsn_c_kategori": ("Kategori", "Category"),
    "sipsn_c_nilai": ("Nilai SIPSN", "SIPSN figure"),
    "sipsn_c_satuan": ("Satuan", "Unit"),
    "sipsn_c_porsi": ("Porsi (%)", "Share (%)"),
    "sipsn_c_median": ("Median nasional (%)", "National median (%)"),
}
_K = {
    "sisa_makanan": ("Sisa makanan", "Food waste"),
    "kayu_ranting": ("Kayu/ranting", "Wood/branches"),
    "kertas_karton": ("Kertas/karton", "Paper/cardboard"),
    "plastik": ("Plastik", "Plastic"),
    "logam": ("Logam", "Metal"),
    "kain": ("Kain", "Textile"),
    "karet_kulit": ("Karet/kulit", "Rubber/leather"),
    "kaca": ("Kaca", "Glass"),
    "lainnya": ("Lainnya", "Other"),
    "rumah_tangga": ("Rumah tangga", "Households"),
    "perkantoran": ("Perkantoran", "Offices"),
    "pasar": ("Pasar", "Markets"),
    "perniagaan": ("Perniagaan", "Commerce"),
    "fasilitas_publik": ("Fasilitas publik", "Public facilities"),
    "kawasan": ("Kawasan", "Estates"),
    "lain": ("Lain", "Other"),
}
S |= {f"sipsn_k_{k}": v for k, v in _K.items()}
