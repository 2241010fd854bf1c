-- Per month: deposits, value paid to nasabah, units active and reporting (reporting completeness),
-- and registered nasabah of the active units, so that a dip from missing reports is visible as such.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, ton, nilai_rp, unit_aktif, unit_melapor, kelengkapan_lapor, ton_per_unit_melapor, nasabah_terdaftar
WITH status AS (
    SELECT v.bulan, count(*) FILTER (WHERE v.aktif) AS unit_aktif,
           count(*) FILTER (WHERE v.aktif AND v.melapor) AS unit_melapor,
           coalesce(sum(b.nasabah) FILTER (WHERE v.aktif), 0) AS nasabah_terdaftar
    FROM v_bank_sampah_bulanan v
    JOIN bank_sampah b ON b.id = v.bank_sampah_id
    WHERE v.bulan BETWEEN date_trunc('month', $mulai::DATE) AND $selesai::DATE
      AND kecamatan_dipilih(v.kecamatan_kode, $kecamatan)
    GROUP BY 1
), setor AS (
    SELECT date_trunc('month', s.tanggal)::DATE AS bulan, sum(s.berat_kg) / 1000.0 AS ton,
           sum(s.nilai_rp) AS nilai_rp
    FROM agg_setoran_harian s
    JOIN bank_sampah b ON b.id = s.bank_sampah_id
    JOIN kelurahan k ON k.kode = b.kelurahan_kode
    WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND kecamatan_dipilih(k.kecamatan_kode, $kecamatan)
    GROUP BY 1
)
SELECT st.bulan, coalesce(s.ton, 0) AS ton, coalesce(s.nilai_rp, 0) AS nilai_rp,
       st.unit_aktif, st.unit_melapor, kelengkapan(st.unit_melapor, st.unit_aktif) AS kelengkapan_lapor,
       coalesce(s.ton, 0) / NULLIF(st.unit_melapor, 0) AS ton_per_unit_melapor,
       st.nasabah_terdaftar
FROM status st
LEFT JOIN setor s ON s.bulan = st.bulan
ORDER BY st.bulan;
