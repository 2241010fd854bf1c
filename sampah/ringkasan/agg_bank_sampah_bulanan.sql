-- grain: one row per month and bank sampah (the monthly unit status of schema.sql)
SELECT bulan, bank_sampah_id, jenis, kelurahan_kode, kecamatan_kode, aktif, melapor
FROM v_bank_sampah_bulanan_hitung ORDER BY bulan, bank_sampah_id
