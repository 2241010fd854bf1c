-- Pengurangan and penanganan % of the chosen kab/kota (Kemendagri codes) for the SIPSN year shown,
-- beside this kab/kota: its own SIPSN row when it reported, and this dashboard's estimate for the
-- same year (v_sipsn_kota). Every row carries the national distribution of that year (all kab/kota
-- that reported the figure: quartiles and count) so a chart can draw it behind the bars.
-- params: selesai DATE, pembanding VARCHAR[]
-- columns: tahun, kode, kabkota, pengurangan_pct, penanganan_pct, kota_ini, estimasi, sumber, n_nasional, pengurangan_p25, pengurangan_p50, pengurangan_p75, penanganan_p25, penanganan_p50, penanganan_p75
WITH th AS (SELECT sipsn_tahun($selesai::DATE) AS tahun),
nas AS (SELECT * FROM sipsn_sebaran((SELECT tahun FROM th))),
k AS (SELECT kode FROM kota ORDER BY kode LIMIT 1),
baris AS (
    SELECT s.tahun, s.kode_kabkota AS kode, s.kabkota, s.pengurangan_pct, s.penanganan_pct,
           coalesce(s.kode_kabkota = (SELECT kode FROM k), false) AS kota_ini, false AS estimasi,
           coalesce(s.sumber, 'SIPSN ' || s.tahun || ' (sipsn.menlhk.go.id)') AS sumber
    FROM sipsn s
    WHERE s.tahun = (SELECT tahun FROM th)
      AND (list_contains($pembanding::VARCHAR[], s.kode_kabkota) OR s.kode_kabkota = (SELECT kode FROM k))
    UNION ALL
    SELECT tahun, kode, kabkota, est_pengurangan_pct, est_penanganan_pct, true, true, 'Dasbor ini (estimasi timbulan)'
    FROM v_sipsn_kota WHERE tahun = (SELECT tahun FROM th) AND hari_data > 0
)
SELECT b.*, nas.*
FROM baris b CROSS JOIN nas
ORDER BY kota_ini DESC, estimasi, pengurangan_pct DESC NULLS LAST;
