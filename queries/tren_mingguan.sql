-- Weekly landfilled and diverted tonnes and the diversion rate (weeks start on Monday).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: minggu, hari, ton_tpa, ton_diversi, tingkat_diversi
SELECT date_trunc('week', tanggal)::DATE AS minggu,
       count(DISTINCT tanggal) AS hari,
       sum(ton_tpa) AS ton_tpa,
       sum(ton_diversi) AS ton_diversi,
       tingkat_diversi(sum(ton_diversi), sum(ton_tpa)) AS tingkat_diversi
FROM v_neraca_harian
WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND kecamatan_dipilih(kecamatan_kode, $kecamatan)
GROUP BY 1
ORDER BY 1;
