-- Headline figures of the bank sampah for a period and a set of kecamatan (empty = whole kota).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: unit_aktif, unit_melapor, kelengkapan_lapor, nasabah_terdaftar, ton, nilai_rp, harga_rata_rp_kg
WITH pilih AS (
    SELECT kode FROM kelurahan
    WHERE kecamatan_dipilih(kecamatan_kode, $kecamatan)
), unit AS (
    SELECT b.*, bank_sampah_aktif_pada(b.berdiri, b.nonaktif_sejak, $selesai::DATE) AS aktif,
           bank_sampah_melapor(b.id, b.berdiri, b.nonaktif_sejak, $mulai::DATE, $selesai::DATE) AS melapor
    FROM bank_sampah b WHERE b.kelurahan_kode IN (SELECT kode FROM pilih)
), setor AS (
    SELECT sum(s.berat_kg) / 1000.0 AS ton, sum(s.nilai_rp) AS nilai_rp, sum(s.berat_kg) AS kg
    FROM agg_setoran_harian s JOIN unit u ON u.id = s.bank_sampah_id
    WHERE s.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
)
SELECT count(*) FILTER (WHERE aktif) AS unit_aktif,
       count(*) FILTER (WHERE melapor) AS unit_melapor,
       kelengkapan(unit_melapor, unit_aktif) AS kelengkapan_lapor,
       coalesce(sum(nasabah) FILTER (WHERE aktif), 0) AS nasabah_terdaftar,
       coalesce((SELECT ton FROM setor), 0) AS ton,
       coalesce((SELECT nilai_rp FROM setor), 0) AS nilai_rp,
       (SELECT nilai_rp / NULLIF(kg, 0) FROM setor) AS harga_rata_rp_kg
FROM unit;
