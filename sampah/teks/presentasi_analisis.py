"""Strings of the deck's and the report's balance, path-to-2029 and landfill-life slides (issue #16):
(Bahasa Indonesia, English). Kept apart from presentasi.py: these slides read sampah/analisis."""

S: dict[str, tuple[str, str]] = {
    "pr_slide_neraca": ("Neraca sampah", "Waste balance"),
    "pr_slide_target": ("Jalan ke target 2029", "The path to 2029"),
    "pr_slide_umur_tpa": ("Umur TPA", "Landfill life"),
    # --- balance
    "jd_neraca": (
        "Dari timbulan estimasi {timbulan}, {kurang} terkurangi, {ke_tpa} ditimbang masuk {tpa} dan "
        "{tak} tidak terkelola.",
        "Of an estimated {timbulan} generated, {kurang} was reduced, {ke_tpa} weighed into {tpa} and "
        "{tak} not managed.",
    ),
    "jd_neraca_lebih": (
        "Yang tercatat ({tercatat}) adalah {pct} dari timbulan estimasi ({timbulan}): data penduduk atau "
        "norma kg/orang/hari perlu diperiksa.",
        "What was recorded ({tercatat}) is {pct} of estimated generation ({timbulan}): the population or "
        "the kg/person/day norm needs checking.",
    ),
    "jd_neraca_tanpa_timbulan": (
        "Tercatat {kurang} terkurangi dan {ke_tpa} ke {tpa}; tanpa data penduduk, porsinya dari timbulan "
        "belum dapat dihitung.",
        "{kurang} reduced and {ke_tpa} to {tpa} were recorded; without population figures their share of "
        "generation cannot be computed.",
    ),
    "pr_neraca_tanpa_penduduk": (
        "Diagram neraca memerlukan jumlah penduduk untuk memperkirakan timbulan; belum ada untuk {kec}. "
        "Muat dataset penduduk di Kelola Data.",
        "The balance diagram needs population figures to estimate generation; there are none for {kec}. "
        "Load the penduduk dataset on Kelola Data.",
    ),
    "pr_neraca_catatan": (
        "Timbulan = penduduk × {kg} kg/orang/hari (estimasi){estimasi}; terkurangi: dilaporkan unit; "
        "ke TPA: ditimbang; tidak terkelola: sisa (estimasi).",
        "Generation = population × {kg} kg/person/day (estimated){estimasi}; reduced: reported by units; "
        "to landfill: weighed; not managed: the remainder (estimated).",
    ),
    "pr_neraca_penduduk_estimasi": (", penduduk sebagian estimasi", ", population partly estimated"),
    # --- the path to the target
    "jd_ukuran_pengurangan": ("Pengurangan sampah", "Waste reduction"),
    "jd_ukuran_penanganan": ("Penanganan sampah", "Waste handling"),
    "jd_ukuran_terkelola": ("Sampah terkelola", "Managed waste"),
    "jd_target_sudah": (
        "{ukuran} {kini} dari timbulan: target {acuan} {target} pada {tahun} sudah tercapai.",
        "{ukuran} is {kini} of generation: the {acuan} target of {target} by {tahun} is already met.",
    ),
    "jd_target_tepat": (
        "{ukuran} {kini}; pada laju sekarang ({laju} per tahun) target {acuan} {target} tercapai pada "
        "{tercapai}, tidak melewati tenggat {tahun}.",
        "{ukuran} is {kini}; at the current pace ({laju} a year) the {acuan} target of {target} is reached "
        "in {tercapai}, within the {tahun} deadline.",
    ),
    "jd_target_telat": (
        "{ukuran} {kini}; target {acuan} {target} pada {tahun} menuntut {perlu} per tahun, laju sekarang "
        "{laju}: {kapan}.",
        "{ukuran} is {kini}; the {acuan} target of {target} by {tahun} needs {perlu} a year, the current "
        "pace is {laju}: {kapan}.",
    ),
    "jd_target_kapan": ("tercapai pada {tahun}", "reached in {tahun}"),
    "jd_target_tidak_kapan": ("belum tercapai sebelum {tahun}", "not reached before {tahun}"),
    "jd_target_tanpa_laju": (
        "{ukuran} {kini}; target {acuan} {target} pada {tahun} menuntut {perlu} per tahun.",
        "{ukuran} is {kini}; the {acuan} target of {target} by {tahun} needs {perlu} a year.",
    ),
    "jd_target_lewat": (
        "{ukuran} {kini}; tenggat target {acuan} {target} ({tahun}) sudah lewat.",
        "{ukuran} is {kini}; the deadline of the {acuan} target of {target} ({tahun}) has passed.",
    ),
    "pr_target_tanpa": (
        "Belum ada baris target (Jakstranas, RPJMN, Jakstrada). Target nasional ditambahkan oleh "
        "python -m sampah migrasi; target kota dimuat di Kelola Data (dataset target).",
        "No target rows yet (Jakstranas, RPJMN, Jakstrada). National targets are added by "
        "python -m sampah migrasi; the city's own are loaded on Kelola Data (dataset target).",
    ),
    "pr_target_tanpa_kini": (
        "Persentase terhadap target memerlukan timbulan estimasi: muat data penduduk semua kecamatan di "
        "Kelola Data; perlu juga minimal satu bulan penuh data.",
        "Shares against the targets need estimated generation: load population for every kecamatan on "
        "Kelola Data; at least one whole month of data is needed too.",
    ),
    "pr_target_catatan": (
        "{kini} Garis putus-putus: laju sekarang (tren bulanan); berlian: target.",
        "{kini} Dashed line: the current pace (monthly trend); diamonds: targets.",
    ),
    # --- landfill life
    "jd_umur_sebelum": (
        "{tpa} penuh sekitar {bulan} pada laju sekarang ({laju}/hari), {n} bulan sebelum PSEL "
        "beroperasi ({tahun}).",
        "{tpa} is full around {bulan} at the current pace ({laju}/day), {n} months before waste-to-energy "
        "starts ({tahun}).",
    ),
    "jd_umur_sesudah": (
        "{tpa} cukup sampai sekitar {bulan} pada laju sekarang ({laju}/hari), {n} bulan setelah PSEL "
        "beroperasi ({tahun}).",
        "{tpa} lasts until around {bulan} at the current pace ({laju}/day), {n} months after "
        "waste-to-energy starts ({tahun}).",
    ),
    "jd_umur": (
        "{tpa} penuh sekitar {bulan} pada laju sekarang ({laju}/hari): sisa umur {n} tahun.",
        "{tpa} is full around {bulan} at the current pace ({laju}/day): {n} years left.",
    ),
    "pr_umur_tanpa_kapasitas": (
        "Sisa kapasitas {tpa} belum diatur, jadi umurnya belum dapat dihitung. Atur nilai, satuan (m³ atau "
        "ton) dan tanggal pengukurannya: python -m sampah setel tpa_sisa_kapasitas …",
        "The remaining capacity of {tpa} is not set, so its life cannot be computed. Set the value, unit "
        "(m³ or tonnes) and date of measurement: python -m sampah setel tpa_sisa_kapasitas …",
    ),
    "pr_umur_catatan": (
        "Seluruh {kota}. Sisa {sisa} dari {kap} {satuan} terukur {tgl}{sumber}. Sampah terkurangi sejak "
        "{dari} menghemat {n} bulan{target}.",
        "All of {kota}. {sisa} left of {kap} {satuan} measured on {tgl}{sumber}. Waste reduced since {dari} "
        "saved {n} months{target}.",
    ),
    "pr_umur_catatan_target": (
        "; mencapai target pengurangan {target} menambah {n} bulan",
        "; reaching the {target} reduction target adds {n} months",
    ),
}
