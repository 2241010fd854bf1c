-- Map background for the point maps (Bank Sampah and CSR pages): every kecamatan's centroid and
-- name, with its official boundary when one is loaded (geojson NULL otherwise).
-- columns: kode, nama, lat, lon, geojson
SELECT c.kode, c.nama, c.lat, c.lon, b.geojson
FROM kecamatan c
LEFT JOIN batas_wilayah b ON b.kode = c.kode AND b.tingkat = 'kecamatan'
ORDER BY c.kode;
