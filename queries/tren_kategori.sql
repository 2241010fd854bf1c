-- Diverted tonnes per month by waste category (bank sampah deposits) and by kind of facility
-- (other processing), so the two sources stay apart.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, sumber, kategori, ton
WITH pilih AS (
    SELECT kode FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
)
SELECT date_trunc('month', s.tanggal)::DATE AS bulan, 'bank sampah' AS sumber, s.kategori,
       sum(s.berat_kg) / 1000.0 AS ton
FROM agg_setoran_kategori s  -- deposits per day, kecamatan of the unit, category (sampah/ringkas.py)
WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND s.kecamatan_kode IN (SELECT kode FROM pilih)
GROUP BY ALL
UNION ALL
SELECT date_trunc('month', p.tanggal)::DATE, 'pengolahan', p.jenis_fasilitas, sum(p.ton)
FROM pengolahan p
JOIN kelurahan k ON k.kode = p.kelurahan_kode
WHERE p.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND k.kecamatan_kode IN (SELECT kode FROM pilih)
GROUP BY ALL
ORDER BY 1, 2, 3;
