-- The SIPSN SQL before issue #17 (schema.sql's v_sipsn_kota and sipsn_peer, and the four query
-- files), verbatim but for the names (lama_*), as the reference the faster definitions must agree
-- with (tests/queries/test_sipsn_cepat.py). Sections start with '-- == <name>'.
-- == skema
CREATE OR REPLACE TEMP VIEW lama_v_sipsn_kota AS
WITH k AS (SELECT kode, nama FROM kota ORDER BY kode LIMIT 1),
s AS (
    SELECT s.* FROM sipsn s, k
    WHERE s.kode_kabkota = k.kode OR (s.kode_kabkota IS NULL AND s.kabkota = k.nama)
),
n AS (
    SELECT year(tanggal) AS tahun, count(DISTINCT tanggal) AS hari, sum(ton_diversi) AS ton_diversi,
           sum(ton_tpa) AS ton_tpa
    FROM v_neraca_harian GROUP BY ALL
),
th AS (SELECT tahun FROM s UNION SELECT tahun FROM n),
pk AS (  -- each kecamatan's population for the year: its newest figure up to then, else the oldest after
    SELECT th.tahun, v.kecamatan_kode,
           arg_max(v.penduduk, (v.tahun <= th.tahun, CASE WHEN v.tahun <= th.tahun THEN v.tahun ELSE -v.tahun END))
               AS penduduk,
           arg_max(v.estimasi, (v.tahun <= th.tahun, CASE WHEN v.tahun <= th.tahun THEN v.tahun ELSE -v.tahun END))
               AS estimasi
    FROM th CROSS JOIN v_penduduk_kecamatan v GROUP BY ALL
),
p AS (SELECT tahun, sum(penduduk) AS penduduk, bool_or(estimasi) AS penduduk_estimasi FROM pk GROUP BY ALL)
SELECT th.tahun, k.kode, k.nama AS kabkota,
       s.timbulan_ton, s.timbulan_harian_ton, s.pengurangan_ton, s.pengurangan_pct, s.penanganan_ton,
       s.penanganan_pct, s.terkelola_ton, s.terkelola_pct, s.daur_ulang_ton, s.bahan_baku_ton,
       s.recycling_rate_pct, s.periode, s.kabkota IS NOT NULL AS ada_sipsn,
       n.hari AS hari_data, n.ton_diversi AS est_diversi_ton, n.ton_tpa AS est_tpa_ton,
       p.penduduk, p.penduduk_estimasi, st.kg_per_orang_hari AS kg_norma,
       timbulan_ton(p.penduduk, st.kg_per_orang_hari, 365 + (th.tahun % 4 = 0)::INTEGER) AS est_timbulan_ton,
       persen_pengurangan(n.ton_diversi, timbulan_ton(p.penduduk, st.kg_per_orang_hari, n.hari)) * 100
           AS est_pengurangan_pct,
       persen_penanganan(n.ton_tpa, timbulan_ton(p.penduduk, st.kg_per_orang_hari, n.hari)) * 100
           AS est_penanganan_pct,
       kg_per_orang_hari(s.timbulan_ton, p.penduduk, 365 + (th.tahun % 4 = 0)::INTEGER) AS kg_sipsn
FROM th CROSS JOIN k CROSS JOIN v_setelan st
LEFT JOIN s ON s.tahun = th.tahun
LEFT JOIN n ON n.tahun = th.tahun
LEFT JOIN p ON p.tahun = th.tahun;

CREATE OR REPLACE TEMP MACRO lama_sipsn_peer(th) AS TABLE
WITH k AS (SELECT kode FROM kota ORDER BY kode LIMIT 1),
ini AS (
    SELECT coalesce(max(timbulan_ton) FILTER (WHERE ada_sipsn), max(est_timbulan_ton)) AS timbulan_ton
    FROM lama_v_sipsn_kota WHERE tahun = th
),
nama AS (
    SELECT string_split(coalesce(max(nilai) FILTER (WHERE kunci = 'sipsn_pembanding'), ''), ',') AS kode
    FROM pengaturan
),
s AS (
    SELECT s.kode_kabkota AS kode, s.kabkota, s.provinsi, s.timbulan_ton,
           kelas_ukuran_sipsn(s.timbulan_ton) AS kelas,
           coalesce(s.kode_kabkota = (SELECT kode FROM k), false) AS kota_ini,
           coalesce(list_contains((SELECT kode FROM nama), s.kode_kabkota), false) AS disebut,
           split_part(s.kode_kabkota, '.', 1) = split_part((SELECT kode FROM k), '.', 1)
               AND coalesce(kelas_ukuran_sipsn(s.timbulan_ton) = kelas_ukuran_sipsn((SELECT timbulan_ton FROM ini)),
                            true) AS sekelas,
           abs(ln(greatest(s.timbulan_ton, 1) / greatest((SELECT timbulan_ton FROM ini), 1))) AS jarak
    FROM sipsn s WHERE s.tahun = th
)
SELECT kode, kabkota, provinsi, timbulan_ton, kelas, kota_ini, disebut,
       disebut OR coalesce(sekelas, false) AS bawaan,
       row_number() OVER (ORDER BY kota_ini DESC, disebut DESC, coalesce(sekelas, false) DESC, jarak NULLS LAST,
                          kabkota) AS urut
FROM s;
-- == sipsn_seri
SELECT * FROM lama_v_sipsn_kota ORDER BY tahun;
-- == sipsn_pilihan
SELECT sipsn_tahun($selesai::DATE) AS tahun, kode, kabkota, provinsi, timbulan_ton, kelas, kota_ini, disebut,
       bawaan, urut
FROM lama_sipsn_peer(sipsn_tahun($selesai::DATE))
ORDER BY urut;
-- == sipsn_banding
WITH th AS (SELECT sipsn_tahun($selesai::DATE) AS tahun),
nas AS (SELECT * FROM sipsn_sebaran((SELECT tahun FROM th))),
k AS (SELECT kode FROM kota ORDER BY kode LIMIT 1),
bawaan AS (
    SELECT kode FROM lama_sipsn_peer((SELECT tahun FROM th)) WHERE bawaan AND NOT coalesce(kota_ini, false) ORDER BY urut LIMIT 11
),
baris AS (
    SELECT s.tahun, s.kode_kabkota AS kode, s.kabkota, s.pengurangan_pct, s.penanganan_pct,
           coalesce(s.kode_kabkota = (SELECT kode FROM k), false) AS kota_ini, false AS estimasi,
           coalesce(s.sumber, 'SIPSN ' || s.tahun || ' (sipsn.menlhk.go.id)') AS sumber
    FROM sipsn s
    WHERE s.tahun = (SELECT tahun FROM th)
      AND (s.kode_kabkota IN (SELECT kode FROM bawaan) OR s.kode_kabkota = (SELECT kode FROM k))
    UNION ALL
    SELECT tahun, kode, kabkota, est_pengurangan_pct, est_penanganan_pct, true, true, 'Dasbor ini (estimasi timbulan)'
    FROM lama_v_sipsn_kota WHERE tahun = (SELECT tahun FROM th) AND hari_data > 0
)
SELECT b.*, nas.*
FROM baris b CROSS JOIN nas
ORDER BY kota_ini DESC, estimasi, pengurangan_pct DESC NULLS LAST;
-- == sipsn_pembanding
WITH th AS (SELECT sipsn_tahun($selesai::DATE) AS tahun),
nas AS (SELECT * FROM sipsn_sebaran((SELECT tahun FROM th))),
k AS (SELECT kode FROM kota ORDER BY kode LIMIT 1),
baris AS (
    SELECT s.tahun, s.kode_kabkota AS kode, s.kabkota, s.pengurangan_pct, s.penanganan_pct,
           coalesce(s.kode_kabkota = (SELECT kode FROM k), false) AS kota_ini, false AS estimasi,
           coalesce(s.sumber, 'SIPSN ' || s.tahun || ' (sipsn.menlhk.go.id)') AS sumber
    FROM sipsn s
    WHERE s.tahun = (SELECT tahun FROM th)
      AND (list_contains($pembanding::VARCHAR[], s.kode_kabkota) OR s.kode_kabkota = (SELECT kode FROM k))
    UNION ALL
    SELECT tahun, kode, kabkota, est_pengurangan_pct, est_penanganan_pct, true, true, 'Dasbor ini (estimasi timbulan)'
    FROM lama_v_sipsn_kota WHERE tahun = (SELECT tahun FROM th) AND hari_data > 0
)
SELECT b.*, nas.*
FROM baris b CROSS JOIN nas
ORDER BY kota_ini DESC, estimasi, pengurangan_pct DESC NULLS LAST;
