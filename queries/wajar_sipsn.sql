-- The history a plausibility check of SIPSN figures reads (sampah/ingest/wajar.py): timbulan in
-- tonnes per year per kab/kota, its peers being the kab/kota of the same province and year. Names are
-- compared in lower case with single spaces, as the check writes the file's.
-- columns: unit, rincian, periode, kelompok, nilai
SELECT lower(regexp_replace(trim(kabkota), '\s+', ' ', 'g')) AS unit, 'tahun' AS rincian,
       make_date(tahun, 1, 1) AS periode,
       lower(regexp_replace(trim(coalesce(provinsi, '')), '\s+', ' ', 'g')) AS kelompok,
       timbulan_ton AS nilai
FROM sipsn
WHERE timbulan_ton IS NOT NULL
