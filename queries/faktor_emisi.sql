-- Emission factors in use (indicative), every one with its unit and source.
-- columns: kelompok, kode, nilai, satuan, sumber
SELECT kelompok, kode, nilai, satuan, sumber FROM faktor_emisi ORDER BY kelompok, kode;
