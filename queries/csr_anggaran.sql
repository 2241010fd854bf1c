-- CSR/TJSLP budget and realised spending of the projects running in the period (not proposals),
-- by company, by sector and by kecamatan: the same projects as the Ringkasan budget figure.
-- dimensi: 'perusahaan' | 'bidang' | 'kecamatan'.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: dimensi, nama, proyek, anggaran_rp, realisasi_rp
WITH jalan AS (
    SELECT p.perusahaan, coalesce(p.bidang, '–') AS bidang, c.nama AS kecamatan,
           coalesce(p.anggaran_rp, 0) AS anggaran_rp, coalesce(p.realisasi_rp, 0) AS realisasi_rp
    FROM csr_proyek p
    JOIN kecamatan c ON c.kode = p.kecamatan_kode
    WHERE p.status <> 'usulan' AND p.mulai <= $selesai::DATE
      AND coalesce(p.selesai, $mulai::DATE) >= $mulai::DATE
      AND kecamatan_dipilih(p.kecamatan_kode, $kecamatan)
)
SELECT CASE WHEN grouping(perusahaan) = 0 THEN 'perusahaan'
            WHEN grouping(bidang) = 0 THEN 'bidang' ELSE 'kecamatan' END AS dimensi,
       coalesce(perusahaan, bidang, kecamatan) AS nama,
       count(*) AS proyek, sum(anggaran_rp) AS anggaran_rp, sum(realisasi_rp) AS realisasi_rp
FROM jalan
GROUP BY GROUPING SETS ((perusahaan), (bidang), (kecamatan))
ORDER BY dimensi, anggaran_rp DESC, nama;
