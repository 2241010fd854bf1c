-- Deposits in the period by category and sub-type: tonnes, value paid and average price.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: kategori, subjenis, ton, nilai_rp, harga_rata_rp_kg, porsi
WITH baris AS (
    SELECT s.kategori, coalesce(s.subjenis, s.kategori) AS subjenis,
           sum(s.berat_kg) AS kg, sum(s.nilai_rp) AS nilai_rp
    FROM agg_setoran_kategori s  -- deposits per day, kecamatan of the unit, category, sub-type
    WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND kecamatan_dipilih(s.kecamatan_kode, $kecamatan)
    GROUP BY ALL
)
SELECT kategori, subjenis, kg / 1000.0 AS ton, nilai_rp,
       nilai_rp / NULLIF(kg, 0) AS harga_rata_rp_kg,
       kg / NULLIF(sum(kg) OVER (), 0) AS porsi
FROM baris
ORDER BY sum(kg) OVER (PARTITION BY kategori) DESC, kategori, kg DESC;
