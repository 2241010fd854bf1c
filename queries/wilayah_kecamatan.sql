-- The kecamatan of the kota, for filters.
-- columns: kode, nama, kota
SELECT c.kode, c.nama, k.nama AS kota
FROM kecamatan c LEFT JOIN kota k ON k.kode = c.kota_kode
ORDER BY c.kode;
