-- grain: one row per day and kecamatan of origin (NULL = unknown origin)
SELECT CAST(waktu AS DATE) AS tanggal, asal_kecamatan_kode AS kecamatan_kode,
       sum(netto_kg) AS netto_kg, count(*) AS muatan
FROM tpa_muatan GROUP BY ALL ORDER BY tanggal, kecamatan_kode
