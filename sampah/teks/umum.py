"""Strings of the page parts every page shares (sampah/ui.py): downloads, cards, tables."""

S = {
    "unduh_csv_bantuan": (
        "Titik koma dan koma desimal (1.234,5): dibuka langsung oleh Excel berbahasa Indonesia.",
        "Semicolons and decimal commas (1.234,5): opens directly in Excel set to Indonesian.",
    ),
    "unduh_csv_polos": ("CSV biasa", "Plain CSV"),
    "unduh_csv_polos_bantuan": (
        "Koma dan titik desimal (1234.5), untuk Excel berbahasa Inggris, R, Python atau SIPSN.",
        "Commas and decimal points (1234.5), for Excel set to English, R, Python or SIPSN.",
    ),
    "unduh_sumber": (
        "Sumber: Dasbor Pengurangan Sampah {kota} (data bank sampah, timbangan TPA, CSR/TJSLP); "
        "diunduh {tgl}.",
        "Source: {kota} Waste Diversion Dashboard (bank sampah, TPA weighbridge, CSR/TJSLP data); "
        "downloaded {tgl}.",
    ),
    "unduh_contoh": (" DATA CONTOH, bukan data resmi DLH.", " SAMPLE DATA, not official DLH figures."),
    "kpi_tanpa_banding": ("{p}: tidak ada data pembanding", "{p}: no data to compare with"),
}
