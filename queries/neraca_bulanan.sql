-- Monthly waste balance for the targets: generation (estimated), pengurangan, penanganan and
-- terkelola as shares of it, and tonnes by fate. Months are cut to the requested range (hari).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, hari, timbulan_ton, ton_bank_sampah, ton_pengolahan, ton_diversi, ton_tpa, persen_pengurangan, persen_penanganan, persen_terkelola, penduduk_estimasi
WITH pilih AS (
    SELECT kode FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), bulanan AS (
    SELECT date_trunc('month', tanggal)::DATE AS bulan, sum(ton_bank_sampah) AS bs,
           sum(ton_pengolahan) AS olah, sum(ton_diversi) AS diversi, sum(ton_tpa) AS tpa
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND (kecamatan_kode IN (SELECT kode FROM pilih)
           OR (kecamatan_kode IS NULL AND seluruh_kota($kecamatan)))
    GROUP BY 1
), pop AS (
    SELECT y.tahun, sum(p.penduduk) AS penduduk, bool_or(p.estimasi) AS estimasi,
           count(*) = (SELECT count(*) FROM pilih) AS lengkap
    FROM (SELECT DISTINCT year(bulan) AS tahun FROM bulanan) y,
         LATERAL (SELECT * FROM penduduk_kecamatan_pada(y.tahun)) p
    WHERE p.kecamatan_kode IN (SELECT kode FROM pilih)
    GROUP BY y.tahun
), g AS (
    -- generation only when every chosen kecamatan has a population figure
    SELECT b.*, h.hari,
           CASE WHEN p.lengkap THEN timbulan_ton(p.penduduk, s.kg_per_orang_hari, h.hari) END AS timbulan,
           p.estimasi
    FROM bulanan b
    CROSS JOIN LATERAL (SELECT least(last_day(b.bulan), $selesai::DATE)
                               - greatest(b.bulan, $mulai::DATE) + 1 AS hari) h
    LEFT JOIN pop p ON p.tahun = year(b.bulan)
    CROSS JOIN v_setelan s
)
SELECT bulan, hari, timbulan AS timbulan_ton, bs AS ton_bank_sampah, olah AS ton_pengolahan,
       diversi AS ton_diversi, tpa AS ton_tpa,
       persen_pengurangan(diversi, timbulan) AS persen_pengurangan,
       persen_penanganan(tpa, timbulan) AS persen_penanganan,
       persen_terkelola(diversi, tpa, timbulan) AS persen_terkelola,
       estimasi AS penduduk_estimasi
FROM g
ORDER BY bulan;
