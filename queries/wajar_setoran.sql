-- The history a plausibility check of monthly deposit totals reads (sampah/ingest/wajar.py): kg per
-- bank sampah per month, from every deposit already stored.
-- columns: unit, rincian, periode, kelompok, nilai
SELECT bank_sampah_id AS unit, 'bulan' AS rincian, date_trunc('month', tanggal)::DATE AS periode,
       '' AS kelompok, sum(berat_kg) AS nilai
FROM agg_setoran_harian
GROUP BY ALL
