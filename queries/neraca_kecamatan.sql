-- Waste balance per kecamatan for a period: estimated generation against what was recorded
-- (bank sampah, other processing, landfill) and the remainder not managed (estimated). With the
-- whole kota chosen, one more row (kecamatan_kode NULL) holds landfill loads of unknown origin.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: kecamatan_kode, kecamatan, penduduk, penduduk_estimasi, penduduk_tahun, kg_per_orang_hari, hari, timbulan_ton, ton_bank_sampah, ton_pengolahan, ton_diversi, ton_tpa, ton_tak_terkelola, persen_pengurangan, persen_penanganan, persen_terkelola
WITH pilih AS (
    SELECT kode, nama FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), neraca AS (
    SELECT kecamatan_kode, sum(ton_bank_sampah) AS bs, sum(ton_pengolahan) AS olah,
           sum(ton_diversi) AS diversi, sum(ton_tpa) AS tpa
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
    GROUP BY 1
), baris AS (
    SELECT c.kode AS kecamatan_kode, c.nama AS kecamatan, p.penduduk, p.estimasi, p.tahun,
           coalesce(n.bs, 0) AS bs, coalesce(n.olah, 0) AS olah, coalesce(n.diversi, 0) AS diversi,
           coalesce(n.tpa, 0) AS tpa
    FROM pilih c
    LEFT JOIN neraca n ON n.kecamatan_kode = c.kode
    LEFT JOIN penduduk_kecamatan_pada(year($selesai::DATE)) p ON p.kecamatan_kode = c.kode
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, NULL, 0, 0, 0, n.tpa
    FROM neraca n
    WHERE n.kecamatan_kode IS NULL AND seluruh_kota($kecamatan) AND n.tpa > 0
)
SELECT b.kecamatan_kode, b.kecamatan, b.penduduk, b.estimasi AS penduduk_estimasi,
       b.tahun AS penduduk_tahun, s.kg_per_orang_hari,
       (hari_periode($mulai::DATE, $selesai::DATE)) AS hari,
       timbulan_ton(b.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)) AS timbulan_ton,
       b.bs AS ton_bank_sampah, b.olah AS ton_pengolahan, b.diversi AS ton_diversi, b.tpa AS ton_tpa,
       ton_tak_terkelola(timbulan_ton(b.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)),
                         b.diversi, b.tpa) AS ton_tak_terkelola,
       persen_pengurangan(b.diversi,
           timbulan_ton(b.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE))) AS persen_pengurangan,
       persen_penanganan(b.tpa,
           timbulan_ton(b.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE))) AS persen_penanganan,
       persen_terkelola(b.diversi, b.tpa,
           timbulan_ton(b.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE))) AS persen_terkelola
FROM baris b CROSS JOIN v_setelan s
ORDER BY b.kecamatan_kode NULLS LAST;
