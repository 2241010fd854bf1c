-- The waste balance of a period in one row (the kota or the chosen kecamatan), per year of the
-- period when it spans several: generation (estimated), tonnes by fate and the shares. Generation
-- only when every chosen kecamatan has a population figure.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: tahun, hari, timbulan_ton, ton_bank_sampah, ton_pengolahan, ton_diversi, ton_tpa, ton_tak_terkelola, persen_pengurangan, persen_penanganan, persen_terkelola, penduduk_estimasi
WITH pilih AS (
    SELECT kode FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), hari AS (
    SELECT year(d) AS tahun, count(*) AS hari
    FROM (SELECT unnest(range($mulai::DATE, $selesai::DATE + INTERVAL 1 DAY, INTERVAL 1 DAY)) AS d)
    GROUP BY 1
), ton AS (
    SELECT year(tanggal) AS tahun, sum(ton_bank_sampah) AS bs, sum(ton_pengolahan) AS olah,
           sum(ton_diversi) AS diversi, sum(ton_tpa) AS tpa
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND (kecamatan_kode IN (SELECT kode FROM pilih)
           OR (kecamatan_kode IS NULL AND seluruh_kota($kecamatan)))
    GROUP BY 1
), pop AS (
    SELECT h.tahun, sum(p.penduduk) AS penduduk, bool_or(p.estimasi) AS estimasi,
           count(*) = (SELECT count(*) FROM pilih) AS lengkap
    FROM hari h, LATERAL (SELECT * FROM penduduk_kecamatan_pada(h.tahun)) p
    WHERE p.kecamatan_kode IN (SELECT kode FROM pilih)
    GROUP BY h.tahun
), g AS (
    SELECT h.tahun, h.hari, coalesce(t.bs, 0) AS bs, coalesce(t.olah, 0) AS olah,
           coalesce(t.diversi, 0) AS diversi, coalesce(t.tpa, 0) AS tpa, p.estimasi,
           CASE WHEN p.lengkap THEN timbulan_ton(p.penduduk, s.kg_per_orang_hari, h.hari) END AS timbulan
    FROM hari h
    LEFT JOIN ton t ON t.tahun = h.tahun
    LEFT JOIN pop p ON p.tahun = h.tahun
    CROSS JOIN v_setelan s
)
SELECT tahun, hari, timbulan AS timbulan_ton, bs AS ton_bank_sampah, olah AS ton_pengolahan,
       diversi AS ton_diversi, tpa AS ton_tpa, ton_tak_terkelola(timbulan, diversi, tpa) AS ton_tak_terkelola,
       persen_pengurangan(diversi, timbulan) AS persen_pengurangan,
       persen_penanganan(tpa, timbulan) AS persen_penanganan,
       persen_terkelola(diversi, tpa, timbulan) AS persen_terkelola,
       estimasi AS penduduk_estimasi
FROM g
UNION ALL
-- the whole period in one row (tahun NULL)
SELECT NULL, sum(hari), CASE WHEN bool_and(timbulan IS NOT NULL) THEN sum(timbulan) END, sum(bs),
       sum(olah), sum(diversi), sum(tpa),
       ton_tak_terkelola(CASE WHEN bool_and(timbulan IS NOT NULL) THEN sum(timbulan) END, sum(diversi), sum(tpa)),
       persen_pengurangan(sum(diversi), CASE WHEN bool_and(timbulan IS NOT NULL) THEN sum(timbulan) END),
       persen_penanganan(sum(tpa), CASE WHEN bool_and(timbulan IS NOT NULL) THEN sum(timbulan) END),
       persen_terkelola(sum(diversi), sum(tpa), CASE WHEN bool_and(timbulan IS NOT NULL) THEN sum(timbulan) END),
       bool_or(estimasi)
FROM g
ORDER BY tahun NULLS LAST;
