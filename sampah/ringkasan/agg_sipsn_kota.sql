-- grain: one row per tahun (this kab/kota's SIPSN row and the facts of its estimate, schema.sql)
SELECT * FROM v_sipsn_kota_hitung ORDER BY tahun
