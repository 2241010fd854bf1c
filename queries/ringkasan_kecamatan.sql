-- One row per kecamatan for a period: tonnes, rates, per-capita figures and bank sampah.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: kecamatan_kode, kecamatan, lat, lon, penduduk, penduduk_estimasi, ton_tpa, ton_diversi, tingkat_diversi, tpa_kg_per_orang_hari, diversi_g_per_orang_hari, persen_pengurangan, bs_aktif, bs_melapor, bs_per_10rb_penduduk, jumlah_rw, rw_estimasi, bs_per_rw
WITH pilih AS (
    SELECT kode, nama, lat, lon FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), neraca AS (
    SELECT kecamatan_kode, sum(ton_tpa) AS ton_tpa, sum(ton_diversi) AS ton_diversi
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE AND kecamatan_kode IS NOT NULL
    GROUP BY 1
), bs AS (
    SELECT k.kecamatan_kode,
           count(*) FILTER (WHERE bank_sampah_aktif_pada(b.berdiri, b.nonaktif_sejak, $selesai::DATE))
               AS aktif,
           count(*) FILTER (WHERE bank_sampah_melapor(b.id, b.berdiri, b.nonaktif_sejak,
                                                      $mulai::DATE, $selesai::DATE))
               AS melapor
    FROM bank_sampah b JOIN kelurahan k ON k.kode = b.kelurahan_kode
    GROUP BY 1
), rw AS (
    SELECT kecamatan_kode, sum(jumlah_rw) AS jumlah_rw, bool_or(jumlah_rw_estimasi) AS estimasi
    FROM kelurahan GROUP BY 1
)
SELECT c.kode AS kecamatan_kode, c.nama AS kecamatan, c.lat, c.lon,
       p.penduduk, p.estimasi AS penduduk_estimasi,
       coalesce(n.ton_tpa, 0) AS ton_tpa,
       coalesce(n.ton_diversi, 0) AS ton_diversi,
       tingkat_diversi(coalesce(n.ton_diversi, 0), coalesce(n.ton_tpa, 0)) AS tingkat_diversi,
       kg_per_orang_hari(coalesce(n.ton_tpa, 0), p.penduduk, hari_periode($mulai::DATE, $selesai::DATE))
           AS tpa_kg_per_orang_hari,
       1000 * kg_per_orang_hari(coalesce(n.ton_diversi, 0), p.penduduk, hari_periode($mulai::DATE, $selesai::DATE))
           AS diversi_g_per_orang_hari,
       persen_pengurangan(coalesce(n.ton_diversi, 0),
           timbulan_ton(p.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)))
           AS persen_pengurangan,
       coalesce(b.aktif, 0) AS bs_aktif,
       coalesce(b.melapor, 0) AS bs_melapor,
       per_10rb_penduduk(coalesce(b.aktif, 0), p.penduduk) AS bs_per_10rb_penduduk,
       rw.jumlah_rw,
       rw.estimasi AS rw_estimasi,
       per_rw(coalesce(b.aktif, 0), rw.jumlah_rw) AS bs_per_rw
FROM pilih c
LEFT JOIN neraca n ON n.kecamatan_kode = c.kode
LEFT JOIN bs b ON b.kecamatan_kode = c.kode
LEFT JOIN rw ON rw.kecamatan_kode = c.kode
LEFT JOIN penduduk_kecamatan_pada(year($selesai::DATE)) p ON p.kecamatan_kode = c.kode
CROSS JOIN v_setelan s
ORDER BY c.kode;
