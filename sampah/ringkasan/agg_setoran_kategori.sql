-- grain: one row per day, kecamatan of the unit, category and sub-type
-- units without a registered bank sampah or kelurahan drop out here exactly as in the joins the
-- table replaces (the pages filter by the unit's kecamatan)
SELECT s.tanggal, k.kecamatan_kode, s.kategori, s.subjenis, sum(s.berat_kg) AS berat_kg,
       sum(s.nilai_rp) AS nilai_rp, count(*) AS baris
FROM setoran s
JOIN bank_sampah b ON b.id = s.bank_sampah_id
JOIN kelurahan k ON k.kode = b.kelurahan_kode
GROUP BY ALL ORDER BY s.tanggal, k.kecamatan_kode, s.kategori, s.subjenis
