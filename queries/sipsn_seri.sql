-- This kab/kota's SIPSN figures year by year beside this dashboard's estimate for the same year
-- (v_sipsn_kota: the difference is explained by kg_sipsn against kg_norma, and by what each counts).
-- columns: tahun, kode, kabkota, timbulan_ton, timbulan_harian_ton, pengurangan_ton, pengurangan_pct, penanganan_ton, penanganan_pct, terkelola_ton, terkelola_pct, daur_ulang_ton, bahan_baku_ton, recycling_rate_pct, periode, ada_sipsn, hari_data, est_diversi_ton, est_tpa_ton, penduduk, penduduk_estimasi, kg_norma, est_timbulan_ton, est_pengurangan_pct, est_penanganan_pct, kg_sipsn
SELECT * FROM v_sipsn_kota ORDER BY tahun;
