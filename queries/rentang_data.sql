-- Each dataset's span: first day of its first month, newest record, last day of its newest
-- complete month (v_rentang_data); 'diversi' joins deposits and other processing, as the metric does.
-- columns: dataset, awal, terbaru, akhir
SELECT dataset, awal, terbaru, akhir FROM v_rentang_data
UNION ALL
SELECT 'diversi', min(awal), max(terbaru), max(akhir) FROM v_rentang_data
WHERE dataset IN ('setoran', 'pengolahan')
HAVING count(*) > 0
ORDER BY dataset;
