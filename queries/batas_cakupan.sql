-- How many areas of each level have an official boundary (the map defaults to them when all do).
-- columns: tingkat, wilayah, berbatas
SELECT 'kecamatan' AS tingkat, count(*) AS wilayah, count(b.kode) AS berbatas
FROM kecamatan c LEFT JOIN batas_wilayah b ON b.kode = c.kode AND b.tingkat = 'kecamatan'
UNION ALL
SELECT 'kelurahan', count(*), count(b.kode)
FROM kelurahan l LEFT JOIN batas_wilayah b ON b.kode = l.kode AND b.tingkat = 'kelurahan';
