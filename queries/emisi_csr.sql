-- Deposits by month and material of the bank sampah units a CSR/TJSLP project supports, while the
-- project ran inside the period: all their deposits, not only the extra the project caused.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: proyek_id, perusahaan, program, bulan, bahan, ton
WITH proyek AS (
    SELECT p.id, p.perusahaan, p.program, unnest(p.bank_sampah_ids) AS bank_sampah_id,
           greatest(p.mulai, $mulai::DATE) AS dari, least(coalesce(p.selesai, $selesai::DATE), $selesai::DATE) AS sampai
    FROM csr_proyek p
    LEFT JOIN kelurahan k ON k.kode = p.kelurahan_kode
    WHERE p.status <> 'usulan' AND p.mulai IS NOT NULL AND len(coalesce(p.bank_sampah_ids, [])) > 0
      AND (kecamatan_dipilih(coalesce(p.kecamatan_kode, k.kecamatan_kode), $kecamatan))
)
SELECT p.id AS proyek_id, p.perusahaan, p.program, date_trunc('month', s.tanggal)::DATE AS bulan,
       b.bahan, sum(s.berat_kg) / 1000.0 AS ton
FROM proyek p
JOIN setoran s ON s.bank_sampah_id = p.bank_sampah_id AND s.tanggal BETWEEN p.dari AND p.sampai
JOIN v_bahan_kategori b ON b.kategori = s.kategori
WHERE b.bahan IS NOT NULL AND s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
GROUP BY ALL
ORDER BY 1, 4, 5;
