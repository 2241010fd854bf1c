-- Monthly landfilled and diverted tonnes, the reduction % and the year's target, for a chart.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, hari, ton_tpa, ton_diversi, tingkat_diversi, timbulan_ton, persen_pengurangan, target_pengurangan_pct, penduduk_estimasi
WITH pilih AS (
    SELECT kode FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), bulanan AS (
    SELECT date_trunc('month', tanggal)::DATE AS bulan,
           sum(ton_tpa) AS ton_tpa,
           sum(ton_diversi) AS ton_diversi
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND (kecamatan_kode IN (SELECT kode FROM pilih)
           OR (kecamatan_kode IS NULL AND seluruh_kota($kecamatan)))
    GROUP BY 1
), pop AS (
    SELECT y.tahun, sum(p.penduduk) AS penduduk, bool_or(p.estimasi) AS estimasi
    FROM (SELECT DISTINCT year(bulan) AS tahun FROM bulanan) y,
         LATERAL (SELECT * FROM penduduk_kecamatan_pada(y.tahun)) p
    WHERE p.kecamatan_kode IN (SELECT kode FROM pilih)
    GROUP BY y.tahun
)
SELECT b.bulan, h.hari, b.ton_tpa, b.ton_diversi,
       tingkat_diversi(b.ton_diversi, b.ton_tpa) AS tingkat_diversi,
       timbulan_ton(p.penduduk, s.kg_per_orang_hari, h.hari) AS timbulan_ton,
       persen_pengurangan(b.ton_diversi, timbulan_ton(p.penduduk, s.kg_per_orang_hari, h.hari))
           AS persen_pengurangan,
       (SELECT t.pengurangan_pct FROM target t WHERE t.tahun = year(b.bulan)
        ORDER BY t.kota_kode LIMIT 1) / 100.0 AS target_pengurangan_pct,
       p.estimasi AS penduduk_estimasi
FROM bulanan b
-- calendar days of the month inside the requested range
CROSS JOIN LATERAL (SELECT hari_periode(greatest(b.bulan, $mulai::DATE),
                                        least(last_day(b.bulan), $selesai::DATE)) AS hari) h
LEFT JOIN pop p ON p.tahun = year(b.bulan)
CROSS JOIN v_setelan s
ORDER BY b.bulan;
