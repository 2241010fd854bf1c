-- Headline figures for one period and a set of kecamatan (empty list = the whole kota,
-- including loads of unknown origin).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: ton_tpa, ton_tpa_tanpa_asal, muatan, ton_diversi, ton_bank_sampah, ton_pengolahan, tingkat_diversi, hari, penduduk, penduduk_estimasi, kg_per_orang_hari_norma, timbulan_ton, persen_pengurangan, target_pengurangan_pct, bs_aktif, bs_melapor, kelengkapan_lapor, csr_proyek, csr_anggaran_rp, csr_realisasi_rp
WITH pilih AS (
    SELECT kode FROM kecamatan
    WHERE kecamatan_dipilih(kode, $kecamatan)
), neraca AS (
    SELECT sum(ton_tpa) AS ton_tpa,
           sum(ton_tpa) FILTER (WHERE kecamatan_kode IS NULL) AS ton_tpa_tanpa_asal,
           sum(muatan) AS muatan,
           sum(ton_diversi) AS ton_diversi,
           sum(ton_bank_sampah) AS ton_bank_sampah,
           sum(ton_pengolahan) AS ton_pengolahan
    FROM v_neraca_harian
    WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND (kecamatan_kode IN (SELECT kode FROM pilih)
           OR (kecamatan_kode IS NULL AND seluruh_kota($kecamatan)))
), pop AS (
    SELECT sum(penduduk) AS penduduk, bool_or(estimasi) AS estimasi
    FROM penduduk_kecamatan_pada(year($selesai::DATE))
    WHERE kecamatan_kode IN (SELECT kode FROM pilih)
), bs AS (
    SELECT count(*) FILTER (WHERE bank_sampah_aktif_pada(b.berdiri, b.nonaktif_sejak, $selesai::DATE))
               AS aktif,
           count(*) FILTER (WHERE bank_sampah_melapor(b.id, b.berdiri, b.nonaktif_sejak,
                                                      $mulai::DATE, $selesai::DATE))
               AS melapor
    FROM bank_sampah b JOIN kelurahan k ON k.kode = b.kelurahan_kode
    WHERE k.kecamatan_kode IN (SELECT kode FROM pilih)
), csr AS (
    SELECT count(*) AS n, sum(anggaran_rp) AS anggaran, sum(realisasi_rp) AS realisasi
    FROM csr_proyek
    WHERE status <> 'usulan' AND mulai <= $selesai::DATE
      AND coalesce(selesai, $mulai::DATE) >= $mulai::DATE
      AND kecamatan_kode IN (SELECT kode FROM pilih)
), tgt AS (
    SELECT pengurangan_pct FROM target WHERE tahun = year($selesai::DATE)
    ORDER BY kota_kode LIMIT 1
)
SELECT coalesce(n.ton_tpa, 0) AS ton_tpa,
       coalesce(n.ton_tpa_tanpa_asal, 0) AS ton_tpa_tanpa_asal,
       coalesce(n.muatan, 0) AS muatan,
       coalesce(n.ton_diversi, 0) AS ton_diversi,
       coalesce(n.ton_bank_sampah, 0) AS ton_bank_sampah,
       coalesce(n.ton_pengolahan, 0) AS ton_pengolahan,
       tingkat_diversi(coalesce(n.ton_diversi, 0), coalesce(n.ton_tpa, 0)) AS tingkat_diversi,
       hari_periode($mulai::DATE, $selesai::DATE) AS hari,
       p.penduduk,
       p.estimasi AS penduduk_estimasi,
       s.kg_per_orang_hari AS kg_per_orang_hari_norma,
       timbulan_ton(p.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)) AS timbulan_ton,
       persen_pengurangan(coalesce(n.ton_diversi, 0),
           timbulan_ton(p.penduduk, s.kg_per_orang_hari, hari_periode($mulai::DATE, $selesai::DATE)))
           AS persen_pengurangan,
       (SELECT pengurangan_pct FROM tgt) / 100.0 AS target_pengurangan_pct,
       b.aktif AS bs_aktif,
       b.melapor AS bs_melapor,
       kelengkapan(b.melapor, b.aktif) AS kelengkapan_lapor,
       c.n AS csr_proyek,
       coalesce(c.anggaran, 0) AS csr_anggaran_rp,
       coalesce(c.realisasi, 0) AS csr_realisasi_rp
FROM neraca n, pop p, bs b, csr c, v_setelan s;
