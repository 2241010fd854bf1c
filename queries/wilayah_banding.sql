-- Monthly tonnes and diversion rate of each chosen kecamatan, for side-by-side small multiples.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, kecamatan_kode, kecamatan, ton_tpa, ton_diversi, tingkat_diversi
SELECT date_trunc('month', n.tanggal)::DATE AS bulan, n.kecamatan_kode, c.nama AS kecamatan,
       sum(n.ton_tpa) AS ton_tpa, sum(n.ton_diversi) AS ton_diversi,
       tingkat_diversi(sum(n.ton_diversi), sum(n.ton_tpa)) AS tingkat_diversi
FROM v_neraca_harian n
JOIN kecamatan c ON c.kode = n.kecamatan_kode
WHERE n.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND list_contains($kecamatan::VARCHAR[], n.kecamatan_kode)
GROUP BY ALL
ORDER BY 2, 1;
