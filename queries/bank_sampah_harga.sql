-- Price paid to nasabah per sub-type and month: the median of the deposit lines' Rp/kg.
-- params: mulai DATE, selesai DATE, kecamatan VARCHAR[]
-- columns: bulan, kategori, subjenis, median_rp_kg, setoran
-- Read from the price histogram agg_setoran_harga (deposit lines per day, kecamatan of the unit,
-- sub-type and price; sampah/ringkas.py), not from the raw rows. The median is exactly DuckDB's
-- median(harga_per_kg) over those lines: with n lines sorted by price, the values at positions
-- (n - 1) // 2 and n // 2 (0-based), and for an even n lo * 0.5 + hi * 0.5 as DuckDB interpolates.
WITH harga AS (
    SELECT date_trunc('month', h.tanggal)::DATE AS bulan, h.kategori,
           coalesce(h.subjenis, h.kategori) AS subjenis, h.harga_per_kg, sum(h.baris) AS baris
    FROM agg_setoran_harga h
    WHERE h.tanggal BETWEEN $mulai::DATE AND $selesai::DATE
      AND kecamatan_dipilih(h.kecamatan_kode, $kecamatan)
    GROUP BY ALL
), kumulatif AS (
    -- lines priced at or below each price, and all lines of the month and sub-type
    SELECT *, sum(baris) OVER (PARTITION BY bulan, kategori, subjenis ORDER BY harga_per_kg
                               ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS sampai,
           sum(baris) OVER (PARTITION BY bulan, kategori, subjenis) AS n
    FROM harga
), tengah AS (
    SELECT bulan, kategori, subjenis, any_value(n) AS n,
           min(harga_per_kg) FILTER (WHERE sampai > (n - 1) // 2) AS lo,
           min(harga_per_kg) FILTER (WHERE sampai > n // 2) AS hi
    FROM kumulatif
    GROUP BY bulan, kategori, subjenis
)
SELECT bulan, kategori, subjenis,
       CASE WHEN n % 2 = 1 THEN lo ELSE lo * 0.5 + hi * 0.5 END AS median_rp_kg,
       n::BIGINT AS setoran
FROM tengah
ORDER BY kategori, subjenis, bulan;
