-- Other processing (TPS 3R, composting, maggot/BSF, TPST, ...) in the period by kind of facility:
-- tonnes, facilities that reported and the newest report, for the waste balance.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: jenis_fasilitas, fasilitas, ton, terbaru
SELECT p.jenis_fasilitas, count(DISTINCT p.fasilitas) AS fasilitas, sum(p.ton) AS ton,
       max(p.tanggal) AS terbaru
FROM pengolahan p
JOIN kelurahan k ON k.kode = p.kelurahan_kode
WHERE p.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
  AND (kecamatan_dipilih(k.kecamatan_kode, $kecamatan))
GROUP BY 1
ORDER BY ton DESC, jenis_fasilitas;
