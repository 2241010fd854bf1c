-- Price paid to nasabah per sub-type and month: the median of the deposit lines' Rp/kg.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, kategori, subjenis, median_rp_kg, setoran
SELECT date_trunc('month', s.tanggal)::DATE AS bulan, s.kategori,
       coalesce(s.subjenis, s.kategori) AS subjenis,
       median(s.harga_per_kg) AS median_rp_kg, count(*) AS setoran
FROM setoran s
JOIN bank_sampah b ON b.id = s.bank_sampah_id
JOIN kelurahan k ON k.kode = b.kelurahan_kode
WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND s.harga_per_kg IS NOT NULL
  AND (len($kecamatan::VARCHAR[]) = 0 OR list_contains($kecamatan::VARCHAR[], k.kecamatan_kode))
GROUP BY ALL
ORDER BY kategori, subjenis, bulan;
