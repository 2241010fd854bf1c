-- The default comparison for a period (Ringkasan's first view, the presentation slide): this kab/kota
-- beside its default peers (sipsn_peer: named in the setting sipsn_pembanding, then same province and
-- size class nearest in timbulan), at most 11 of them, for the newest SIPSN year up to the period's.
-- Same rows and columns as sipsn_pembanding.sql.
-- params: selesai DATE
-- columns: tahun, kode, kabkota, pengurangan_pct, penanganan_pct, kota_ini, estimasi, sumber, n_nasional, pengurangan_p25, pengurangan_p50, pengurangan_p75, penanganan_p25, penanganan_p50, penanganan_p75
WITH th AS (SELECT sipsn_tahun($selesai::DATE) AS tahun),
nas AS (SELECT * FROM sipsn_sebaran((SELECT tahun FROM th))),
k AS (SELECT kode FROM kota ORDER BY kode LIMIT 1),
bawaan AS (
    SELECT kode FROM sipsn_peer((SELECT tahun FROM th)) WHERE bawaan AND NOT coalesce(kota_ini, false) ORDER BY urut LIMIT 11
),
baris AS (
    SELECT s.tahun, s.kode_kabkota AS kode, s.kabkota, s.pengurangan_pct, s.penanganan_pct,
           coalesce(s.kode_kabkota = (SELECT kode FROM k), false) AS kota_ini, false AS estimasi,
           coalesce(s.sumber, 'SIPSN ' || s.tahun || ' (sipsn.menlhk.go.id)') AS sumber
    FROM sipsn s
    WHERE s.tahun = (SELECT tahun FROM th)
      AND (s.kode_kabkota IN (SELECT kode FROM bawaan) OR s.kode_kabkota = (SELECT kode FROM k))
    UNION ALL
    SELECT tahun, kode, kabkota, est_pengurangan_pct, est_penanganan_pct, true, true, 'Dasbor ini (estimasi timbulan)'
    FROM v_sipsn_kota WHERE tahun = (SELECT tahun FROM th) AND hari_data > 0
)
SELECT b.*, nas.*
FROM baris b CROSS JOIN nas
ORDER BY kota_ini DESC, estimasi, pengurangan_pct DESC NULLS LAST;
