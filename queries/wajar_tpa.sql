-- The history a plausibility check of landfill tonnes reads (sampah/ingest/wajar.py): tonnes per
-- kecamatan of origin per day and per month, from every load and rekap row already stored. Loads of
-- unknown origin are their own series, with no peers.
-- columns: unit, rincian, periode, kelompok, nilai
WITH hari AS (
    SELECT tanggal, kecamatan_kode, sum(netto_kg) / 1000.0 AS ton
    FROM agg_tpa_harian
    GROUP BY ALL
)
SELECT coalesce(kecamatan_kode, '') AS unit, 'hari' AS rincian, tanggal AS periode,
       CASE WHEN kecamatan_kode IS NULL THEN 'tak_diketahui' ELSE '' END AS kelompok, ton AS nilai
FROM hari
UNION ALL
SELECT coalesce(kecamatan_kode, ''), 'bulan', date_trunc('month', tanggal)::DATE,
       CASE WHEN kecamatan_kode IS NULL THEN 'tak_diketahui' ELSE '' END, sum(ton)
FROM hari
GROUP BY ALL
