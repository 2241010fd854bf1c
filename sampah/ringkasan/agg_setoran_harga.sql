-- grain: one row per day, kecamatan of the unit, category, sub-type and price per kg
-- the deposit lines as a histogram of Rp/kg, for the exact median of any period (per day, not per
-- month: a period may start or end inside a month); lines without a price are left out
SELECT s.tanggal, k.kecamatan_kode, s.kategori, s.subjenis, s.harga_per_kg, count(*) AS baris
FROM setoran s
JOIN bank_sampah b ON b.id = s.bank_sampah_id
JOIN kelurahan k ON k.kode = b.kelurahan_kode
WHERE s.harga_per_kg IS NOT NULL
GROUP BY ALL ORDER BY s.tanggal, k.kecamatan_kode, s.kategori, s.subjenis, s.harga_per_kg
