"""Strings of boundary files and area tables placed by code, name and location (sampah/batas/).
`bt_f_*` refuse a file, `bt_e_*` head a refused feature's reason and `bt_b_*` are its readings
(joined with '; '), `bt_c_*` are notes on the check screen."""

S = {
    # ---- whole file ----
    "bt_f_luar_indonesia": (
        "Semua fitur berada di luar Indonesia (mis. titik tengah bujur {lon}, lintang {lat}). Sistem "
        "koordinatnya salah atau hilang: periksa file .prj atau ekspor ulang dalam EPSG:4326.",
        "Every feature lies outside Indonesia (e.g. a centre at longitude {lon}, latitude {lat}). The "
        "coordinate system is wrong or missing: check the .prj file or export again in EPSG:4326.",
    ),
    "bt_f_kota_tak_dikenal": (
        "Penyimpanan belum punya wilayah dan file ini tidak menyebut kab/kotanya (kode atau nama). "
        "Buat penyimpanan dengan `python -m sampah init --store S --kota <kab/kota>`, lalu impor lagi.",
        "The store has no areas yet and this file does not name its kab/kota (code or name). Create the "
        "store with `python -m sampah init --store S --kota <kab/kota>`, then import again.",
    ),
    "bt_f_kota_banyak": (
        "Penyimpanan belum punya wilayah dan file ini memuat {n} kab/kota ({daftar}). Buat penyimpanan "
        "untuk satu kab/kota dengan `init --kota`, lalu impor lagi: fitur kab/kota lain akan dilewati.",
        "The store has no areas yet and this file holds {n} kab/kota ({daftar}). Create a store for one "
        "kab/kota with `init --kota`, then import again: other kab/kota's features are skipped.",
    ),
    "bt_f_semua_kota_lain": (
        "Tidak ada fitur untuk {kota} di file ini; semuanya wilayah kab/kota lain ({daftar}).",
        "No feature of {kota} in this file; all belong to other kab/kota ({daftar}).",
    ),
    "bt_ditahan": (
        "{n} fitur tidak akan disimpan: kode, nama dan lokasinya tidak menunjuk wilayah yang sama, atau "
        "geometrinya tidak bisa dipakai (alasan lengkap di tabel bawah). Tidak ada yang ditebak: perbaiki "
        "filenya lalu impor lagi, atau muat {m} fitur yang sepakat saja.",
        "{n} features will not be stored: their code, name and location do not point to the same area, "
        "or their geometry cannot be used (full reasons in the table below). Nothing is guessed: fix the "
        "file and import again, or load only the {m} features that agree.",
    ),
    # ---- a refused feature: headline ----
    "bt_e_tidak_sepakat": (
        "Kode, nama dan lokasi tidak menunjuk {tingkat} yang sama: tidak disimpan",
        "Code, name and location do not point to the same {tingkat}: not stored",
    ),
    "bt_e_tanpa_kode_nama": (
        "Fitur tanpa kode dan tanpa nama: tidak bisa ditempatkan",
        "A feature with neither code nor name: cannot be placed",
    ),
    "bt_e_ganda_calon": (
        "Lebih dari satu wilayah cocok ({wilayah}); beri kolom kecamatan atau kode agar pasti",
        "More than one area fits ({wilayah}); add a kecamatan or code column to settle it",
    ),
    "bt_e_ganda": (
        "{wilayah} sudah diisi fitur {baris}; fitur ini tidak disimpan",
        "{wilayah} is already filled by feature {baris}; this one is not stored",
    ),
    "bt_e_tata_letak": (
        "{wilayah} belum punya titik tengah, dan poligon ini tidak sesuai tata letak wilayah lain: tidak "
        "disimpan",
        "{wilayah} has no reference point yet, and this polygon does not fit the other areas' layout: "
        "not stored",
    ),
    "bt_e_geom_kosong": ("Fitur tanpa geometri", "A feature without geometry"),
    "bt_e_geom_rusak": (
        "Geometri rusak dan tidak bisa diperbaiki ({alasan})",
        "Broken geometry that cannot be repaired ({alasan})",
    ),
    "bt_e_luar_indonesia": (
        "Koordinat di luar Indonesia (titik tengah bujur {lon}, lintang {lat}): periksa sistem koordinat",
        "Coordinates outside Indonesia (centre at longitude {lon}, latitude {lat}): check the coordinate "
        "system",
    ),
    # ---- the readings ----
    "bt_b_kode": ("kode {nilai} ({sistem}) = {wilayah}", "code {nilai} ({sistem}) = {wilayah}"),
    "bt_b_kode_kosong": ("tanpa kode", "no code"),
    "bt_b_kode_tak_dikenal": (
        "kode {nilai} tidak dikenal di {kota} maupun di rujukan ({sistem})",
        "code {nilai} is known neither in {kota} nor in the reference ({sistem})",
    ),
    "bt_b_kode_luar": (
        "kode {nilai} ({sistem}) = {wilayah}, di luar {kota}",
        "code {nilai} ({sistem}) = {wilayah}, outside {kota}",
    ),
    "bt_b_kode_belum": (
        "kode {nilai} ({sistem}) = {wilayah}, belum ada di penyimpanan (impor wilayah dulu)",
        "code {nilai} ({sistem}) = {wilayah}, not in the store yet (import the areas first)",
    ),
    "bt_b_nama": ("nama '{nilai}'{induk} = {wilayah}", "name '{nilai}'{induk} = {wilayah}"),
    "bt_b_nama_kosong": ("tanpa nama", "no name"),
    "bt_b_nama_tak_dikenal": (
        "nama '{nilai}'{induk} tidak ada di {tingkat} {kota}",
        "name '{nilai}'{induk} is no {tingkat} of {kota}",
    ),
    "bt_b_nama_saran": (
        "nama '{nilai}'{induk} tidak ada di {tingkat} {kota} (terdekat: {saran})",
        "name '{nilai}'{induk} is no {tingkat} of {kota} (nearest: {saran})",
    ),
    "bt_b_induk": ("kecamatan di file: {nilai} = {wilayah}", "kecamatan in the file: {nilai} = {wilayah}"),
    "bt_b_lokasi_ok": (
        "lokasi: titik tengah {wilayah} di dalam poligon",
        "location: the centre of {wilayah} lies inside the polygon",
    ),
    "bt_b_lokasi_jauh": (
        "lokasi: titik tengah {wilayah} {jarak} di luar poligon (di dalam poligon: {isi})",
        "location: the centre of {wilayah} is {jarak} outside the polygon (inside it: {isi})",
    ),
    "bt_b_lokasi_isi_lain": (
        "lokasi: poligon juga memuat titik tengah {isi}; batas tingkat lain?",
        "location: the polygon also holds the centre of {isi}; a boundary of another level?",
    ),
    "bt_b_lokasi_anak": (
        "lokasi: poligon hanya memuat {n} dari {m} titik tengah kelurahan/desa {wilayah}",
        "location: the polygon holds only {n} of the {m} kelurahan/desa centres of {wilayah}",
    ),
    "bt_b_lokasi_tanpa_titik": (
        "lokasi: {wilayah} belum punya titik tengah",
        "location: {wilayah} has no reference point yet",
    ),
    "bt_b_lokasi_isi": (
        "lokasi: di dalam poligon ada titik tengah {isi}",
        "location: inside the polygon lies the centre of {isi}",
    ),
    "bt_b_lokasi_kosong": (
        "lokasi: poligon tidak memuat titik tengah wilayah mana pun",
        "location: the polygon holds no area's centre",
    ),
    "bt_b_induk_luar": (
        "poligon hanya {persen}% di dalam batas {induk}",
        "only {persen}% of the polygon lies inside the boundary of {induk}",
    ),
    "bt_b_induk_sebaran": (
        "titik tengahnya {jarak} di luar sebaran {n} {tingkat} lain dari {induk} di file",
        "its centre lies {jarak} outside the spread of the file's {n} other {tingkat} of {induk}",
    ),
    "bt_b_tata_jauh": (
        "poligon {jarak} dari {n} poligon lain di file, di luar sebarannya",
        "the polygon is {jarak} from the file's {n} other polygons, outside their spread",
    ),
    "bt_b_tata_lepas": (
        "batas poligon hampir tidak bersinggungan dengan poligon lain di file ({persen}% kelilingnya)",
        "the polygon hardly shares a border with the file's other polygons ({persen}% of its outline)",
    ),
    "bt_b_tata_tumpang": (
        "{persen}% poligon menumpuk pada {lain}",
        "{persen}% of the polygon lies on {lain}",
    ),
    # ---- notes on the check screen ----
    "bt_c_lapisan_skema": (
        "{ringkas} di {kota} (tingkat lapisan menurut kode dan kolomnya).",
        "{ringkas} in {kota} (the layer's level from its codes and columns).",
    ),
    "bt_c_lapisan_nama": (
        "{ringkas} di {kota} (tingkat lapisan menurut nama: lebih banyak nama hanya ada di tingkat ini).",
        "{ringkas} in {kota} (the layer's level from its names: more names exist only at this level).",
    ),
    "bt_c_lapisan_lokasi": (
        "{ringkas} di {kota} (tingkat tiap fitur menurut lokasinya: nama ada di kedua tingkat).",
        "{ringkas} in {kota} (each feature's level from its location: the names exist at both levels).",
    ),
    "bt_c_skema": ("Skema kolom: {skema}.", "Column schema: {skema}."),
    "bt_c_sistem": (
        "Kode tanpa titik dibaca sebagai kode {sistem}: nama {bps} fitur sesuai menurut BPS dan {kemendagri} "
        "menurut Kemendagri (dari {n}). Kode tidak pernah diubah bentuknya.",
        "Codes without dots read as {sistem} codes: the names of {bps} features agree under BPS and of "
        "{kemendagri} under Kemendagri (of {n}). Codes are never reformatted.",
    ),
    "bt_c_sistem_terbuka": (
        "Kode tanpa titik ({n}) bisa BPS atau Kemendagri; setiap fitur ditempatkan hanya bila nama dan "
        "lokasinya cocok dengan salah satu bacaan.",
        "Codes without dots ({n}) may be BPS or Kemendagri; each feature is placed only when its name "
        "and location agree with one reading.",
    ),
    "bt_c_kota_baru": (
        "Penyimpanan belum punya wilayah: {kota} dibuat dari rujukan nasional ({kec} kecamatan, {kel} "
        "kelurahan/desa); titik tengah dan luas diisi dari file ini.",
        "The store had no areas: {kota} is created from the national reference ({kec} kecamatan, {kel} "
        "kelurahan/desa); reference points and areas come from this file.",
    ),
    "bt_c_kota_lain": (
        "{n} fitur wilayah kab/kota lain dilewati ({daftar}).",
        "{n} feature(s) of other kab/kota skipped ({daftar}).",
    ),
    "bt_c_diperbaiki": (
        "{n} geometri tidak sah diperbaiki (make_valid): {daftar} ({alasan}).",
        "{n} invalid geometr(ies) repaired (make_valid): {daftar} ({alasan}).",
    ),
    "bt_c_potongan": (
        "{n} fitur dengan kode dan nama yang sama digabung menjadi satu wilayah: {nama}.",
        "{n} features with the same code and name merged into one area: {nama}.",
    ),
    "bt_c_tanpa_titik": (
        "{n} wilayah belum punya titik tengah: ditempatkan menurut kode dan nama, lalu diperiksa terhadap "
        "batas kecamatannya atau tata letak poligon lain.",
        "{n} area(s) have no reference point yet: placed by code and name, then checked against their "
        "kecamatan's boundary or the other polygons' layout.",
    ),
    "bt_c_kode_asing": (
        "{n} kode tidak ada di rujukan; ditempatkan menurut nama dan lokasi: {daftar}.",
        "{n} code(s) not in the reference; placed by name and location: {daftar}.",
    ),
    "bt_c_gabung_kec": (
        "Batas {n} kecamatan dibentuk dari gabungan kelurahan/desanya (semua ada di file).",
        "The boundaries of {n} kecamatan were formed from their kelurahan/desa (all in the file).",
    ),
    "bt_c_sederhana": (
        "Koordinat diubah ke EPSG:4326 dan disederhanakan sekali (toleransi ±{meter} m): {sebelum} → "
        "{sesudah} titik sudut.",
        "Coordinates converted to EPSG:4326 and simplified once (tolerance ±{meter} m): {sebelum} → "
        "{sesudah} vertices.",
    ),
    "bt_c_diganti": (
        "Batas yang diganti ({n}): {daftar}{lagi}.",
        "Boundaries replaced ({n}): {daftar}{lagi}.",
    ),
    "bt_c_titik_diisi": (
        "Titik tengah dan luas diisi untuk {n} wilayah yang belum punya.",
        "Reference point and area filled in for {n} area(s) that had none.",
    ),
}
