-- grain: one row per day and bank sampah (deposits summed)
SELECT tanggal, bank_sampah_id, sum(berat_kg) AS berat_kg, sum(nilai_rp) AS nilai_rp,
       count(*) AS baris
FROM setoran GROUP BY ALL ORDER BY tanggal, bank_sampah_id
