-- Names of the units a plausibility report lists (sampah/ingest/wajar.py): kab/kota, kecamatan,
-- kelurahan and bank sampah by their code or id, with the population of each kecamatan (its newest
-- year) for the per-capita band.
-- columns: unit, nama, penduduk
SELECT kode AS unit, nama, NULL::DOUBLE AS penduduk FROM kota
UNION ALL
SELECT c.kode, c.nama, p.penduduk::DOUBLE
FROM kecamatan c
LEFT JOIN penduduk_kecamatan_pada(9999) p ON p.kecamatan_kode = c.kode
UNION ALL
SELECT kode, nama, NULL FROM kelurahan
UNION ALL
SELECT id, nama, NULL FROM bank_sampah
