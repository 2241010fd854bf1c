-- Settings of the balance, Adipura, landfill-life and emission analyses, with their sources.
-- columns: kg_per_orang_hari, psel_mulai_tahun, tpa_jenis, tpa_jenis_sumber, tps_liar, tps_liar_sumber, tpa_sisa_kapasitas, tpa_sisa_satuan, tpa_sisa_tanggal, tpa_sisa_sumber, tpa_kepadatan_kg_m3, tpa_kepadatan_sumber, porsi_organik, porsi_organik_sumber
SELECT s.kg_per_orang_hari, s.psel_mulai_tahun, a.tpa_jenis, a.tpa_jenis_sumber, a.tps_liar,
       a.tps_liar_sumber, a.tpa_sisa_kapasitas, a.tpa_sisa_satuan, a.tpa_sisa_tanggal, a.tpa_sisa_sumber,
       a.tpa_kepadatan_kg_m3, a.tpa_kepadatan_sumber, a.porsi_organik, a.porsi_organik_sumber
FROM v_setelan s CROSS JOIN v_setelan_analisis a;
