-- What the database is: the kota, its landfill, whether it is sample data, and its date range
-- (data_akhir: the last day of the newest complete month, see v_rentang_data).
-- columns: kota, provinsi, tpa, data_contoh, kg_per_orang_hari, psel_mulai_tahun, data_mulai, data_akhir
SELECT (SELECT nama FROM kota ORDER BY kode LIMIT 1) AS kota,
       (SELECT provinsi FROM kota ORDER BY kode LIMIT 1) AS provinsi,
       (SELECT string_agg(nama, ', ' ORDER BY id) FROM tpa) AS tpa,
       s.data_contoh, s.kg_per_orang_hari, s.psel_mulai_tahun,
       (SELECT least(min(tanggal), (SELECT min(tanggal) FROM agg_tpa_harian)) FROM agg_setoran_harian)
           AS data_mulai,
       -- the newest complete month of any dataset (v_rentang_data): a partial month of one dataset
       -- does not move the period of every figure
       (SELECT max(akhir) FROM v_rentang_data WHERE dataset IN ('setoran', 'tpa_muatan')) AS data_akhir
FROM v_setelan s;
