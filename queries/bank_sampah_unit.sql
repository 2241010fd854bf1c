-- Every registered unit by the end of the period, with its status then and its deposits in the
-- period: for the map, the top units and the silent units.
-- status: 'aktif'; 'senyap' = active (founded 8+ weeks before the end, not deactivated) but no
-- deposit in the last 8 weeks (56 days) up to the end of the period; 'nonaktif' = deactivated.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: id, nama, jenis, kelurahan_kode, kelurahan, kecamatan_kode, kecamatan, rw, lat, lon, berdiri, nasabah, status, setoran_terakhir, minggu_tanpa_setoran, ton, nilai_rp, hari_setor
WITH unit AS (
    SELECT b.id, b.nama, b.jenis, b.kelurahan_kode, k.nama AS kelurahan, k.kecamatan_kode,
           c.nama AS kecamatan, b.rw, b.lat, b.lon, b.berdiri, b.nasabah,
           bank_sampah_aktif_pada(b.berdiri, b.nonaktif_sejak, $selesai::DATE) AS aktif
    FROM bank_sampah b
    JOIN kelurahan k ON k.kode = b.kelurahan_kode
    JOIN kecamatan c ON c.kode = k.kecamatan_kode
    WHERE b.berdiri <= $selesai::DATE
      AND kecamatan_dipilih(k.kecamatan_kode, $kecamatan)
), terakhir AS (
    SELECT bank_sampah_id, max(tanggal) AS tanggal FROM agg_setoran_harian
    WHERE tanggal <= $selesai::DATE GROUP BY 1
), periode AS (
    SELECT bank_sampah_id, sum(berat_kg) / 1000.0 AS ton, sum(nilai_rp) AS nilai_rp,
           count(DISTINCT tanggal) AS hari
    FROM agg_setoran_harian WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE GROUP BY 1
)
SELECT u.id, u.nama, u.jenis, u.kelurahan_kode, u.kelurahan, u.kecamatan_kode, u.kecamatan, u.rw,
       u.lat, u.lon, u.berdiri, u.nasabah,
       CASE WHEN NOT u.aktif THEN 'nonaktif'
            WHEN u.berdiri <= $selesai::DATE - 56
                 AND coalesce(t.tanggal, DATE '1900-01-01') <= $selesai::DATE - 56 THEN 'senyap'
            ELSE 'aktif' END AS status,
       t.tanggal AS setoran_terakhir,
       (($selesai::DATE - coalesce(t.tanggal, u.berdiri)) // 7)::INTEGER AS minggu_tanpa_setoran,
       coalesce(p.ton, 0) AS ton, coalesce(p.nilai_rp, 0) AS nilai_rp, coalesce(p.hari, 0) AS hari_setor
FROM unit u
LEFT JOIN terakhir t ON t.bank_sampah_id = u.id
LEFT JOIN periode p ON p.bank_sampah_id = u.id
ORDER BY ton DESC, u.id;
