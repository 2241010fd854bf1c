-- One kab/kota's SIPSN composition for the newest composition year up to the period's: by material
-- (% of weight) and by source (as the export gives it: SIPSN writes tonnes in some rows and shares in
-- others, so each value is also shown as its share of the kab/kota's sum), beside the national median
-- share of that year over the kab/kota that reported the category.
-- params: selesai DATE, kode VARCHAR
-- columns: tahun, kelompok, kategori, nilai, satuan, porsi_pct, nasional_median_pct, n_nasional
WITH th AS (
    SELECT coalesce(max(tahun) FILTER (WHERE tahun <= year($selesai::DATE)), max(tahun)) AS tahun
    FROM sipsn_komposisi WHERE kode_kabkota = $kode
),
porsi AS (
    SELECT kode_kabkota, kelompok, kategori, nilai, satuan,
           nilai * 100.0 / NULLIF(sum(nilai) OVER (PARTITION BY kode_kabkota, kelompok), 0) AS porsi_pct
    FROM sipsn_komposisi WHERE tahun = (SELECT tahun FROM th)
),
nas AS (
    SELECT kelompok, kategori, median(porsi_pct) AS nasional_median_pct, count(porsi_pct) AS n_nasional
    FROM porsi GROUP BY ALL
)
SELECT (SELECT tahun FROM th) AS tahun, p.kelompok, p.kategori, p.nilai, p.satuan, p.porsi_pct,
       nas.nasional_median_pct, nas.n_nasional
FROM porsi p LEFT JOIN nas USING (kelompok, kategori)
WHERE p.kode_kabkota = $kode
ORDER BY p.kelompok, p.nilai DESC;
