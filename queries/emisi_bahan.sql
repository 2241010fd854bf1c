-- Diverted tonnes per month, kecamatan and material (IPCC/WARM material of each stream, see
-- v_diversi_bahan), for the indicative emissions avoided.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, kecamatan_kode, kecamatan, sumber, bahan, ton
SELECT date_trunc('month', d.tanggal)::DATE AS bulan, d.kecamatan_kode, c.nama AS kecamatan, d.sumber,
       d.bahan, sum(d.ton) AS ton
FROM v_diversi_bahan d
JOIN kecamatan c ON c.kode = d.kecamatan_kode
WHERE d.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND (kecamatan_dipilih(d.kecamatan_kode, $kecamatan))
GROUP BY ALL
ORDER BY 1, 2, 4, 5;
