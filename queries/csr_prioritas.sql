-- Kelurahan for the Musrenbang CSR list: no environment-sector CSR project has started there, and
-- waste diverted per person is below the kota's median kelurahan in the period (or unknown because
-- no population is loaded). Diverted = bank sampah deposits + other processing.
-- Population: the kelurahan's figure for the end year (macro penduduk_kelurahan_pada).
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: kelurahan_kode, kelurahan, kecamatan_kode, kecamatan, penduduk, penduduk_estimasi, jumlah_rw, ton_diversi, diversi_kg_per_orang_hari, median_kota_kg_per_orang_hari, bs_aktif, bs_per_rw, usulan_csr
WITH pop AS (
    SELECT kelurahan_kode AS kode, penduduk, estimasi FROM penduduk_kelurahan_pada(year($selesai::DATE))
), diversi AS (
    SELECT kelurahan_kode, sum(ton_diversi) AS ton
    FROM v_diversi_harian WHERE tanggal BETWEEN $mulai::DATE AND $selesai::DATE GROUP BY 1
), bs AS (
    SELECT kelurahan_kode,
           count(*) FILTER (WHERE bank_sampah_aktif_pada(berdiri, nonaktif_sejak, $selesai::DATE)) AS aktif
    FROM bank_sampah GROUP BY 1
), proyek AS (
    SELECT kelurahan_kode,
           bool_or(status <> 'usulan' AND mulai <= $selesai::DATE) AS ada,
           bool_or(status = 'usulan') AS usulan
    FROM csr_proyek WHERE lower(bidang) LIKE 'lingkungan%' GROUP BY 1
), kel AS (
    SELECT k.kode AS kelurahan_kode, k.nama AS kelurahan, k.kecamatan_kode, c.nama AS kecamatan,
           p.penduduk, p.estimasi AS penduduk_estimasi, k.jumlah_rw,
           coalesce(d.ton, 0) AS ton_diversi,
           kg_per_orang_hari(coalesce(d.ton, 0), p.penduduk, hari_periode($mulai::DATE, $selesai::DATE))
               AS diversi_kg_per_orang_hari,
           coalesce(b.aktif, 0) AS bs_aktif, per_rw(coalesce(b.aktif, 0), k.jumlah_rw) AS bs_per_rw,
           coalesce(pr.ada, false) AS ada_proyek, coalesce(pr.usulan, false) AS usulan_csr
    FROM kelurahan k
    JOIN kecamatan c ON c.kode = k.kecamatan_kode
    LEFT JOIN pop p ON p.kode = k.kode
    LEFT JOIN diversi d ON d.kelurahan_kode = k.kode
    LEFT JOIN bs b ON b.kelurahan_kode = k.kode
    LEFT JOIN proyek pr ON pr.kelurahan_kode = k.kode
), median_kota AS (
    SELECT median(diversi_kg_per_orang_hari) AS m FROM kel
)
SELECT kelurahan_kode, kelurahan, kecamatan_kode, kecamatan, penduduk, penduduk_estimasi, jumlah_rw,
       ton_diversi, diversi_kg_per_orang_hari, (SELECT m FROM median_kota) AS median_kota_kg_per_orang_hari,
       bs_aktif, bs_per_rw, usulan_csr
FROM kel
WHERE NOT ada_proyek
  AND (diversi_kg_per_orang_hari IS NULL OR diversi_kg_per_orang_hari < (SELECT m FROM median_kota))
  AND kecamatan_dipilih(kecamatan_kode, $kecamatan)
ORDER BY diversi_kg_per_orang_hari NULLS LAST, ton_diversi, kelurahan_kode;
