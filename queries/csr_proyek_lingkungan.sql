-- The CSR/TJSLP projects that can change waste diversion: sector lingkungan (hidup), started (not
-- a proposal), with a kelurahan. Whole kota and all dates: the impact estimate needs every one.
-- columns: id, perusahaan, program, kecamatan_kode, kelurahan_kode, kelurahan, mulai, selesai, status, anggaran_rp, realisasi_rp
SELECT p.id, p.perusahaan, p.program, coalesce(p.kecamatan_kode, k.kecamatan_kode) AS kecamatan_kode,
       p.kelurahan_kode, k.nama AS kelurahan, p.mulai, p.selesai, p.status,
       p.anggaran_rp, coalesce(p.realisasi_rp, 0) AS realisasi_rp
FROM csr_proyek p
JOIN kelurahan k ON k.kode = p.kelurahan_kode
WHERE lower(p.bidang) LIKE 'lingkungan%'
  AND coalesce(p.status, '') <> 'usulan'
  AND p.mulai IS NOT NULL
ORDER BY p.mulai, p.id;
