-- CSR/TJSLP projects in the selected kecamatan that run in the period (any overlap), plus every
-- proposal (usulan), for the map and the table.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: id, perusahaan, program, bidang, kecamatan_kode, kecamatan, kelurahan_kode, kelurahan, lat, lon, anggaran_rp, realisasi_rp, status, mulai, selesai, keluaran
SELECT p.id, p.perusahaan, p.program, p.bidang,
       coalesce(p.kecamatan_kode, k.kecamatan_kode) AS kecamatan_kode, c.nama AS kecamatan,
       p.kelurahan_kode, k.nama AS kelurahan,
       coalesce(p.lat, k.lat, c.lat) AS lat, coalesce(p.lon, k.lon, c.lon) AS lon,
       p.anggaran_rp, p.realisasi_rp, coalesce(p.status, 'berjalan') AS status, p.mulai, p.selesai,
       p.keluaran
FROM csr_proyek p
LEFT JOIN kelurahan k ON k.kode = p.kelurahan_kode
LEFT JOIN kecamatan c ON c.kode = coalesce(p.kecamatan_kode, k.kecamatan_kode)
WHERE kecamatan_dipilih(coalesce(p.kecamatan_kode, k.kecamatan_kode), $kecamatan)
  AND (p.status = 'usulan'
       OR (p.mulai <= $selesai::DATE AND coalesce(p.selesai, $mulai::DATE) >= $mulai::DATE))
ORDER BY p.status = 'usulan', p.mulai, p.id;
