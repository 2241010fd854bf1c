-- The city's pengurangan and penanganan % beside peer kab/kota from imported SIPSN figures, for the
-- newest SIPSN year up to the period's year. The city's own row is computed from this database:
-- pengurangan = diverted / estimated generation; penanganan = landfilled / estimated generation
-- (TPA tonnage counts as penanganan, pemrosesan akhir), over the days of that year with data.
-- params: selesai DATE
-- columns: tahun, kabkota, pengurangan_pct, penanganan_pct, kota_ini, sumber
WITH th AS (
    SELECT coalesce(max(tahun) FILTER (WHERE tahun <= year($selesai::DATE)), max(tahun)) AS tahun FROM sipsn
), kota_ini AS (
    SELECT th.tahun, k.nama AS kabkota,
           persen_pengurangan(sum(n.ton_diversi),
               timbulan_ton(p.penduduk, s.kg_per_orang_hari, count(DISTINCT n.tanggal))) * 100 AS pengurangan_pct,
           sum(n.ton_tpa) / timbulan_ton(p.penduduk, s.kg_per_orang_hari, count(DISTINCT n.tanggal)) * 100
               AS penanganan_pct
    FROM th
    JOIN v_neraca_harian n ON year(n.tanggal) = th.tahun
    CROSS JOIN (SELECT nama FROM kota ORDER BY kode LIMIT 1) k
    CROSS JOIN (SELECT sum(penduduk) AS penduduk FROM penduduk_kecamatan_pada((SELECT tahun FROM th))) p
    CROSS JOIN v_setelan s
    GROUP BY th.tahun, k.nama, p.penduduk, s.kg_per_orang_hari
)
SELECT s.tahun, s.kabkota, s.pengurangan_pct, s.penanganan_pct, false AS kota_ini, s.sumber
FROM sipsn s JOIN th ON th.tahun = s.tahun
WHERE s.kabkota NOT IN (SELECT kabkota FROM kota_ini)
UNION ALL
SELECT tahun, kabkota, pengurangan_pct, penanganan_pct, true, 'Dasbor ini (estimasi timbulan)'
FROM kota_ini
ORDER BY kota_ini DESC, pengurangan_pct DESC;
