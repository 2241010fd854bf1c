-- Targets that hold for this kota (national rows and the city's Jakstrada), as ratios.
-- columns: acuan, nasional, tahun, pengurangan, penanganan, terkelola, sumber
SELECT acuan, nasional, tahun, pengurangan, penanganan, terkelola, sumber
FROM v_target
ORDER BY nasional DESC, tahun, acuan;
