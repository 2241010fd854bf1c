-- One row per kelurahan (of the chosen kecamatan, or all): diverted tonnes, per-capita figures and
-- bank sampah coverage. Landfill tonnage is known per kecamatan only (weighbridge origin).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: kode, nama, kecamatan_kode, kecamatan, lat, lon, penduduk, penduduk_estimasi, ton_diversi, diversi_g_per_orang_hari, persen_pengurangan, bs_aktif, bs_per_10rb_penduduk, jumlah_rw, rw_estimasi, bs_per_rw
WITH pilih AS (
    SELECT k.kode, k.nama, k.kecamatan_kode, c.nama AS kecamatan, k.lat, k.lon, k.jumlah_rw,
           k.jumlah_rw_estimasi
    FROM kelurahan k JOIN kecamatan c ON c.kode = k.kecamatan_kode
    WHERE kecamatan_dipilih(k.kecamatan_kode, $kecamatan)
), div AS (
    SELECT kelurahan_kode, sum(ton_diversi) AS ton
    FROM v_diversi_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
    GROUP BY 1
), bs AS (
    SELECT kelurahan_kode,
           count(*) FILTER (WHERE bank_sampah_aktif_pada(berdiri, nonaktif_sejak, $selesai::DATE)) AS aktif
    FROM bank_sampah GROUP BY 1
)
SELECT k.kode, k.nama, k.kecamatan_kode, k.kecamatan, k.lat, k.lon,
       p.penduduk, p.estimasi AS penduduk_estimasi,
       coalesce(d.ton, 0) AS ton_diversi,
       1000 * kg_per_orang_hari(coalesce(d.ton, 0), p.penduduk, hari_periode($mulai::DATE, $selesai::DATE))
           AS diversi_g_per_orang_hari,
       persen_pengurangan(coalesce(d.ton, 0),
           timbulan_ton(p.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)))
           AS persen_pengurangan,
       coalesce(b.aktif, 0) AS bs_aktif,
       per_10rb_penduduk(coalesce(b.aktif, 0), p.penduduk) AS bs_per_10rb_penduduk,
       k.jumlah_rw,
       k.jumlah_rw_estimasi AS rw_estimasi,
       per_rw(coalesce(b.aktif, 0), k.jumlah_rw) AS bs_per_rw
FROM pilih k
LEFT JOIN div d ON d.kelurahan_kode = k.kode
LEFT JOIN bs b ON b.kelurahan_kode = k.kode
LEFT JOIN penduduk_kelurahan_pada(year($selesai::DATE)) p ON p.kelurahan_kode = k.kode
CROSS JOIN v_setelan s
ORDER BY k.kode;
