-- The history a plausibility check of population figures reads (sampah/ingest/wajar.py): residents
-- per wilayah per year.
-- columns: unit, rincian, periode, kelompok, nilai
SELECT wilayah_kode AS unit, 'tahun' AS rincian, make_date(tahun, 1, 1) AS periode, '' AS kelompok,
       jumlah::DOUBLE AS nilai
FROM penduduk
