"""The vocabulary that comes from the data (waste categories and sub-types, facility kinds, CSR
sectors), so the English view reads in English. A value not listed here is shown as the data
writes it (`i18n.istilah`)."""

_ISTILAH = {
    # waste categories (setoran.kategori) and kinds of other processing (pengolahan.jenis_fasilitas)
    "plastik": "plastic",
    "kertas": "paper",
    "logam": "metal",
    "kaca": "glass",
    "organik": "organic",
    "minyak jelantah": "used cooking oil",
    "lainnya": "other",
    "TPS 3R": "TPS 3R (reduce-reuse-recycle site)",
    "rumah kompos": "compost house",
    "maggot BSF": "maggot (BSF)",
    # sub-types as bank sampah price lists name them
    "kardus": "cardboard",
    "koran": "newspaper",
    "kertas campur": "mixed paper",
    "HVS": "HVS (office paper)",
    "kresek": "plastic bags",
    "gelas plastik PP": "PP plastic cups",
    "tutup botol": "bottle caps",
    "sisa dapur": "kitchen waste",
    "beling": "broken glass",
    "jelantah": "used cooking oil",
    "kaleng": "cans",
    "tembaga": "copper",
    "besi": "iron",
    "kain/karet": "cloth/rubber",
    "rekap bulanan": "monthly summary",
    # CSR/TJSLP sectors (csr_proyek.bidang)
    "lingkungan hidup": "environment",
    "infrastruktur": "infrastructure",
    "pendidikan": "education",
    "kesehatan": "health",
    "usaha ekonomi": "economic enterprise",
}

S = {f"ist_{k}": (k, v) for k, v in _ISTILAH.items()}
