-- grain: one row per day and kecamatan (the daily balance of schema.sql, over the summaries above)
SELECT tanggal, kecamatan_kode, ton_tpa, muatan, ton_bank_sampah, ton_pengolahan, ton_diversi
FROM v_neraca_harian_hitung ORDER BY tanggal, kecamatan_kode
