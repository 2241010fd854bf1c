-- Kelurahan-month panel of bank sampah deposit tonnes over all data and the whole kota, for the
-- CSR impact estimate (sampah/csr_dampak.py). A kelurahan enters once it has a registered unit;
-- months without deposits are 0 t. Other processing (TPS 3R, compost) is not part of the outcome.
-- nasabah_aktif: registered nasabah (the units' current register) of the units active that month.
-- columns: kelurahan_kode, kecamatan_kode, bulan, ton, unit_aktif, unit_melapor, nasabah_aktif
WITH unit AS (
    SELECT v.bulan, v.kelurahan_kode, any_value(v.kecamatan_kode) AS kecamatan_kode,
           count(*) FILTER (WHERE v.aktif) AS unit_aktif,
           count(*) FILTER (WHERE v.melapor) AS unit_melapor,
           coalesce(sum(b.nasabah) FILTER (WHERE v.aktif), 0) AS nasabah_aktif
    FROM v_bank_sampah_bulanan v
    JOIN bank_sampah b ON b.id = v.bank_sampah_id
    GROUP BY ALL
), setor AS (
    SELECT date_trunc('month', tanggal)::DATE AS bulan, kelurahan_kode, sum(ton_bank_sampah) AS ton
    FROM v_diversi_harian
    WHERE ton_bank_sampah > 0
    GROUP BY ALL
)
SELECT u.kelurahan_kode, u.kecamatan_kode, u.bulan, coalesce(s.ton, 0) AS ton,
       u.unit_aktif, u.unit_melapor, u.nasabah_aktif
FROM unit u
LEFT JOIN setor s ON s.bulan = u.bulan AND s.kelurahan_kode = u.kelurahan_kode
ORDER BY u.kelurahan_kode, u.bulan;
