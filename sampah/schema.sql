-- Tables and the views that define every metric once.
-- Codes (Kemendagri) are the join keys; names are labels only. No FOREIGN KEY clauses: DuckDB
-- cannot update or delete a referenced row, which re-imports need; ingest validates codes instead.
-- Units: weights in kg in raw tables, tonnes (t) in views; money in Rupiah.
-- Idempotent: running it again on an older database adds what is missing (see sampah/skema.py).

CREATE TABLE IF NOT EXISTS kota (
    kode        VARCHAR PRIMARY KEY,          -- Kemendagri, e.g. 32.75
    nama        VARCHAR NOT NULL,
    provinsi    VARCHAR,
    luas_km2    DOUBLE,
    lat         DOUBLE,
    lon         DOUBLE,
    jumlah_rw   INTEGER
);
-- BPS code of the kab/kota (e.g. 3273), added after the first release: kept last so that older
-- and newer databases have the same column order (`init --kota`, sampah/kota_baru.py, fills it).
ALTER TABLE kota ADD COLUMN IF NOT EXISTS kode_bps VARCHAR;

CREATE TABLE IF NOT EXISTS kecamatan (
    kode        VARCHAR PRIMARY KEY,          -- Kemendagri, e.g. 32.75.01
    kode_bps    VARCHAR,                      -- BPS 7-digit, e.g. 3275040 (differs from Kemendagri)
    kota_kode   VARCHAR NOT NULL,
    nama        VARCHAR NOT NULL,
    luas_km2    DOUBLE,
    lat         DOUBLE,
    lon         DOUBLE
);

CREATE TABLE IF NOT EXISTS kelurahan (
    kode            VARCHAR PRIMARY KEY,      -- Kemendagri, e.g. 32.75.01.1001
    kode_bps        VARCHAR,
    kecamatan_kode  VARCHAR NOT NULL,
    nama            VARCHAR NOT NULL,
    luas_km2        DOUBLE,
    lat             DOUBLE,
    lon             DOUBLE,
    jumlah_rw       INTEGER,
    jumlah_rw_estimasi BOOLEAN NOT NULL DEFAULT false
);

-- Population per wilayah (kota, kecamatan or kelurahan code) and year; estimasi marks a figure
-- that is not an official count, so every per-capita figure built on it can say so.
CREATE TABLE IF NOT EXISTS penduduk (
    wilayah_kode VARCHAR NOT NULL,
    tahun        INTEGER NOT NULL,
    jumlah       BIGINT NOT NULL CHECK (jumlah >= 0),
    estimasi     BOOLEAN NOT NULL DEFAULT false,
    sumber       VARCHAR,
    PRIMARY KEY (wilayah_kode, tahun)
);

CREATE TABLE IF NOT EXISTS tpa (
    id              VARCHAR PRIMARY KEY,
    nama            VARCHAR NOT NULL,         -- e.g. TPA Sumur Batu
    kota_kode       VARCHAR NOT NULL,
    kelurahan_kode  VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE
);

CREATE TABLE IF NOT EXISTS impor (
    id          INTEGER PRIMARY KEY,
    dataset     VARCHAR NOT NULL,
    nama_file   VARCHAR,
    sha256      VARCHAR,
    baris_dibaca    INTEGER,
    baris_dimuat    INTEGER,
    baris_ditolak   INTEGER,
    mulai       TIMESTAMP,
    selesai     TIMESTAMP,
    status      VARCHAR,                      -- selesai | gagal | dibatalkan
    oleh        VARCHAR,
    baris_sudah_ada  INTEGER,                 -- rows already in the store (nothing new)
    baris_diperbarui INTEGER,                 -- rows that replaced or completed stored ones
    versi_dasar VARCHAR                       -- the store version the import was built on
);
-- columns added to impor after its first release (a store from before gets them here)
ALTER TABLE impor ADD COLUMN IF NOT EXISTS baris_sudah_ada INTEGER;
ALTER TABLE impor ADD COLUMN IF NOT EXISTS baris_diperbarui INTEGER;
ALTER TABLE impor ADD COLUMN IF NOT EXISTS versi_dasar VARCHAR;

-- header mappings the user gave, remembered per file shape (dataset + its normalised headers)
CREATE TABLE IF NOT EXISTS pemetaan_kolom (
    tanda       VARCHAR PRIMARY KEY,          -- sampah.ingest.kolom.tanda
    dataset     VARCHAR NOT NULL,
    peta        VARCHAR NOT NULL,             -- JSON {dataset column: file header}
    dibuat      TIMESTAMP
);

CREATE TABLE IF NOT EXISTS bank_sampah (
    id              VARCHAR PRIMARY KEY,
    nama            VARCHAR NOT NULL,
    jenis           VARCHAR NOT NULL CHECK (jenis IN ('induk', 'unit')),
    induk_id        VARCHAR,                  -- the Bank Sampah Induk a unit sells to
    kelurahan_kode  VARCHAR NOT NULL,
    rw              VARCHAR,
    lat             DOUBLE,
    lon             DOUBLE,
    berdiri         DATE NOT NULL,
    nonaktif_sejak  DATE,                     -- NULL while the unit is active
    nasabah         INTEGER,
    impor_id        INTEGER
);

CREATE TABLE IF NOT EXISTS setoran (
    tanggal         DATE NOT NULL,
    bank_sampah_id  VARCHAR NOT NULL,
    nasabah_id      VARCHAR,
    kategori        VARCHAR NOT NULL CHECK (kategori IN
                    ('plastik', 'kertas', 'logam', 'kaca', 'organik', 'minyak jelantah', 'lainnya')),
    subjenis        VARCHAR,
    berat_kg        DOUBLE NOT NULL CHECK (berat_kg >= 0),
    harga_per_kg    DOUBLE CHECK (harga_per_kg >= 0),
    nilai_rp        DOUBLE CHECK (nilai_rp >= 0),
    impor_id        INTEGER
);

-- Other diversion: TPS 3R, composting, maggot/BSF, TPST.
CREATE TABLE IF NOT EXISTS pengolahan (
    tanggal         DATE NOT NULL,
    fasilitas       VARCHAR NOT NULL,
    jenis_fasilitas VARCHAR NOT NULL,
    kelurahan_kode  VARCHAR NOT NULL,
    ton             DOUBLE NOT NULL CHECK (ton >= 0),
    impor_id        INTEGER
);

CREATE TABLE IF NOT EXISTS tpa_muatan (
    waktu               TIMESTAMP NOT NULL,
    tpa_id              VARCHAR NOT NULL,
    tiket               VARCHAR,
    nopol               VARCHAR,
    asal_kecamatan_kode VARCHAR,              -- NULL = origin unknown ("tidak diketahui")
    jenis_sumber        VARCHAR,
    bruto_kg            DOUBLE,
    tara_kg             DOUBLE,
    netto_kg            DOUBLE NOT NULL CHECK (netto_kg >= 0),
    impor_id            INTEGER
);

CREATE TABLE IF NOT EXISTS csr_proyek (
    id                  VARCHAR PRIMARY KEY,
    perusahaan          VARCHAR NOT NULL,
    program             VARCHAR NOT NULL,
    bidang              VARCHAR,
    kecamatan_kode      VARCHAR,
    kelurahan_kode      VARCHAR,
    lat                 DOUBLE,
    lon                 DOUBLE,
    anggaran_rp         DOUBLE CHECK (anggaran_rp >= 0),
    realisasi_rp        DOUBLE CHECK (realisasi_rp >= 0),
    mulai               DATE,
    selesai             DATE,
    status              VARCHAR,              -- usulan | berjalan | selesai
    keluaran            VARCHAR,
    kapasitas_ton_bulan DOUBLE,
    bank_sampah_ids     VARCHAR[],
    impor_id            INTEGER
);

-- Jakstranas/Jakstrada targets per kota and year, in percent of estimated generation.
CREATE TABLE IF NOT EXISTS target (
    kota_kode       VARCHAR NOT NULL,
    tahun           INTEGER NOT NULL,
    pengurangan_pct DOUBLE NOT NULL,
    penanganan_pct  DOUBLE,
    sumber          VARCHAR,
    PRIMARY KEY (kota_kode, tahun)
);

-- National SIPSN figures per kab/kota and year (A timbulan, B pengurangan, C penanganan, D+E recycling).
CREATE TABLE IF NOT EXISTS sipsn (
    tahun           INTEGER NOT NULL,
    provinsi        VARCHAR,
    kabkota         VARCHAR NOT NULL,
    timbulan_ton    DOUBLE,
    pengurangan_ton DOUBLE,
    pengurangan_pct DOUBLE,
    penanganan_ton  DOUBLE,
    penanganan_pct  DOUBLE,
    daur_ulang_ton  DOUBLE,
    bahan_baku_ton  DOUBLE,
    recycling_rate_pct DOUBLE,
    sumber          VARCHAR,
    PRIMARY KEY (tahun, kabkota)
);

-- SIPSN waste composition per kab/kota and year: by material (kelompok 'jenis', percent of weight)
-- or by source (kelompok 'sumber', tonnes), from the 'Komposisi' exports
CREATE TABLE IF NOT EXISTS sipsn_komposisi (
    tahun           INTEGER NOT NULL,
    provinsi        VARCHAR,
    kabkota         VARCHAR NOT NULL,
    kelompok        VARCHAR NOT NULL,             -- jenis | sumber
    kategori        VARCHAR NOT NULL,             -- e.g. sisa_makanan, plastik; rumah_tangga, pasar
    nilai           DOUBLE,
    satuan          VARCHAR,                      -- % | ton
    PRIMARY KEY (tahun, kabkota, kelompok, kategori)
);

-- Added after the first release (kept last, so older and newer databases have one column order):
-- every figure of the timbulan and capaian exports, the kab/kota's Kemendagri code (one identity
-- whatever the file's spelling: sampah/ingest/datasets/sipsn.py) and the import that last changed a
-- row (its file is the row's source; `sumber` is kept for rows written without an import).
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS kode_kabkota VARCHAR;        -- Kemendagri, e.g. 32.16
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS timbulan_harian_ton DOUBLE;  -- t/day as the export gives it
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS terkelola_ton DOUBLE;        -- B+C
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS terkelola_pct DOUBLE;        -- (B+C)/A
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS periode VARCHAR;             -- P1 | P2 (semester reported)
ALTER TABLE sipsn ADD COLUMN IF NOT EXISTS impor_id INTEGER;
ALTER TABLE sipsn_komposisi ADD COLUMN IF NOT EXISTS kode_kabkota VARCHAR;
ALTER TABLE sipsn_komposisi ADD COLUMN IF NOT EXISTS impor_id INTEGER;

-- SIPSN size class of a kab/kota by its yearly timbulan, standing for the population classes of city
-- planning (kecil < 100 rb, sedang 100-500 rb, besar 500 rb-1 jt, metropolitan > 1 jt jiwa) at
-- 0.5 kg/person/day, the middle of the 2024 SIPSN per-capita figures (domain.md): 18,250 t/yr per
-- 100,000 people. An assumption for choosing peers, shown as such; not an official class.
CREATE OR REPLACE MACRO kelas_ukuran_sipsn(timbulan_ton) AS
    CASE WHEN timbulan_ton IS NULL THEN NULL
         WHEN timbulan_ton < 18250 THEN 'kecil'
         WHEN timbulan_ton < 91250 THEN 'sedang'
         WHEN timbulan_ton < 182500 THEN 'besar'
         ELSE 'metropolitan' END;

-- Official boundaries, loaded on Kelola Data: EPSG:4326, simplified once at import, matched to codes.
CREATE TABLE IF NOT EXISTS batas_wilayah (
    kode        VARCHAR PRIMARY KEY,          -- kecamatan or kelurahan code (Kemendagri)
    tingkat     VARCHAR NOT NULL CHECK (tingkat IN ('kecamatan', 'kelurahan')),
    geojson     VARCHAR NOT NULL,             -- a GeoJSON Polygon/MultiPolygon geometry
    sumber      VARCHAR,
    impor_id    INTEGER
);

-- Settings that are data, not code: kg_per_orang_hari (generation norm), psel_mulai_tahun,
-- data_contoh (1 when the database is generated sample data).
CREATE TABLE IF NOT EXISTS pengaturan (
    kunci   VARCHAR PRIMARY KEY,
    nilai   VARCHAR NOT NULL,
    catatan VARCHAR
);

-- Summaries of the raw deposits and loads, per day: derived data rebuilt at the end of every write
-- by sampah/ringkas.py from the SELECTs in sampah/ringkasan/<table>.sql. The views below read
-- these, so a page never aggregates ten years of raw rows. Weights in kg as in the raw tables.
CREATE TABLE IF NOT EXISTS agg_setoran_harian (
    tanggal         DATE NOT NULL,
    bank_sampah_id  VARCHAR NOT NULL,
    berat_kg        DOUBLE,
    nilai_rp        DOUBLE,
    baris           BIGINT NOT NULL               -- deposit lines
);

CREATE TABLE IF NOT EXISTS agg_setoran_kategori (
    tanggal         DATE NOT NULL,
    kecamatan_kode  VARCHAR NOT NULL,             -- of the unit's kelurahan
    kategori        VARCHAR NOT NULL,
    subjenis        VARCHAR,
    berat_kg        DOUBLE,
    nilai_rp        DOUBLE,
    baris           BIGINT NOT NULL
);

-- price histogram: deposit lines per day, kecamatan of the unit, sub-type and Rp/kg (a price list,
-- so few distinct prices), from which queries/bank_sampah_harga.sql takes the exact median
CREATE TABLE IF NOT EXISTS agg_setoran_harga (
    tanggal         DATE NOT NULL,
    kecamatan_kode  VARCHAR NOT NULL,             -- of the unit's kelurahan
    kategori        VARCHAR NOT NULL,
    subjenis        VARCHAR,
    harga_per_kg    DOUBLE NOT NULL,              -- lines without a price are left out
    baris           BIGINT NOT NULL
);

-- v_neraca_harian_hitung materialised: about 13 rows a day however many deposits and loads
CREATE TABLE IF NOT EXISTS agg_neraca_harian (
    tanggal         DATE,
    kecamatan_kode  VARCHAR,
    ton_tpa         DOUBLE,
    muatan          BIGINT,
    ton_bank_sampah DOUBLE,
    ton_pengolahan  DOUBLE,
    ton_diversi     DOUBLE
);

-- v_bank_sampah_bulanan_hitung materialised: one row per unit and month
CREATE TABLE IF NOT EXISTS agg_bank_sampah_bulanan (
    bulan           DATE,
    bank_sampah_id  VARCHAR,
    jenis           VARCHAR,
    kelurahan_kode  VARCHAR,
    kecamatan_kode  VARCHAR,
    aktif           BOOLEAN,
    melapor         BOOLEAN
);

CREATE TABLE IF NOT EXISTS agg_tpa_harian (
    tanggal         DATE NOT NULL,
    kecamatan_kode  VARCHAR,                      -- NULL = origin unknown
    netto_kg        DOUBLE,
    muatan          BIGINT NOT NULL
);

-- ---------------------------------------------------------------------------------------------
-- Metric definitions. Each formula lives here once; queries call these macros and views.
-- ---------------------------------------------------------------------------------------------

-- diversion rate = diverted / (diverted + landfilled)
CREATE OR REPLACE MACRO tingkat_diversi(ton_diversi, ton_tpa) AS
    ton_diversi / NULLIF(ton_diversi + ton_tpa, 0);

-- estimated generation (timbulan, SIPSN method) = population x kg/person/day x days, in tonnes
CREATE OR REPLACE MACRO timbulan_ton(penduduk, kg_per_orang_hari, hari) AS
    penduduk * kg_per_orang_hari * hari / 1000.0;

-- reduction % (pengurangan) = diverted / estimated generation
CREATE OR REPLACE MACRO persen_pengurangan(ton_diversi, ton_timbulan) AS
    ton_diversi / NULLIF(ton_timbulan, 0);

-- per-capita figure in kg per person per day
CREATE OR REPLACE MACRO kg_per_orang_hari(ton, penduduk, hari) AS
    ton * 1000.0 / NULLIF(penduduk * hari, 0);

-- coverage: units per 10,000 residents
CREATE OR REPLACE MACRO per_10rb_penduduk(n, penduduk) AS
    n * 10000.0 / NULLIF(penduduk, 0);

-- coverage per RW: units per RW ("1 RW 1 bank sampah" = 1.0)
CREATE OR REPLACE MACRO per_rw(n, jumlah_rw) AS
    n * 1.0 / NULLIF(jumlah_rw, 0);

-- reporting completeness = units that reported / units active
CREATE OR REPLACE MACRO kelengkapan(melapor, aktif) AS
    melapor / NULLIF(aktif, 0);

-- a unit counts as active on a day when founded and not yet deactivated
CREATE OR REPLACE MACRO bank_sampah_aktif_pada(berdiri, nonaktif_sejak, hari) AS
    berdiri <= hari AND (nonaktif_sejak IS NULL OR nonaktif_sejak > hari);

-- the period's last month, as far as it lies inside the period: reporting is judged on it
CREATE OR REPLACE MACRO awal_bulan_terakhir(mulai, selesai) AS
    greatest(mulai, date_trunc('month', selesai)::DATE);

-- the units with a deposit in the period's last month
CREATE OR REPLACE MACRO bank_sampah_setor_akhir(mulai, selesai) AS TABLE
SELECT DISTINCT bank_sampah_id FROM agg_setoran_harian
WHERE tanggal BETWEEN awal_bulan_terakhir(mulai, selesai) AND selesai;

-- reported (melapor) = an active unit with a deposit in the period's last month; a unit that
-- deposited earlier in a year but not in its last month did not report for that year
CREATE OR REPLACE MACRO bank_sampah_melapor(id, berdiri, nonaktif_sejak, mulai, selesai) AS
    bank_sampah_aktif_pada(berdiri, nonaktif_sejak, selesai)
    AND id IN (SELECT bank_sampah_id FROM bank_sampah_setor_akhir(mulai, selesai));

-- calendar days from mulai to selesai, both included
CREATE OR REPLACE MACRO hari_periode(mulai, selesai) AS
    selesai - mulai + 1;

-- the whole kota is chosen: no kecamatan in the list (the pages' and the URL's empty choice)
CREATE OR REPLACE MACRO seluruh_kota(pilihan) AS
    len(pilihan::VARCHAR[]) = 0;

-- a kecamatan code is in the choice (every code when the whole kota is chosen)
CREATE OR REPLACE MACRO kecamatan_dipilih(kode, pilihan) AS
    seluruh_kota(pilihan) OR list_contains(pilihan::VARCHAR[], kode);

CREATE OR REPLACE VIEW v_setelan AS
SELECT
    coalesce(max(CASE WHEN kunci = 'kg_per_orang_hari' THEN TRY_CAST(nilai AS DOUBLE) END), 0.7)
        AS kg_per_orang_hari,
    max(CASE WHEN kunci = 'psel_mulai_tahun' THEN TRY_CAST(nilai AS INTEGER) END) AS psel_mulai_tahun,
    coalesce(max(CASE WHEN kunci = 'data_contoh' THEN nilai END) = '1', false) AS data_contoh
FROM pengaturan;

-- landfilled t per day and kecamatan of origin (NULL = unknown origin)
CREATE OR REPLACE VIEW v_tpa_harian AS
SELECT tanggal, kecamatan_kode, netto_kg / 1000.0 AS ton_tpa, muatan
FROM agg_tpa_harian;

-- diverted t per day and kelurahan = bank sampah deposits + other processing
CREATE OR REPLACE VIEW v_diversi_harian AS
SELECT tanggal, kelurahan_kode, kecamatan_kode,
       sum(ton_bank_sampah) AS ton_bank_sampah,
       sum(ton_pengolahan) AS ton_pengolahan,
       sum(ton_bank_sampah + ton_pengolahan) AS ton_diversi
FROM (
    SELECT s.tanggal, b.kelurahan_kode, k.kecamatan_kode,
           s.berat_kg / 1000.0 AS ton_bank_sampah, 0.0 AS ton_pengolahan
    FROM agg_setoran_harian s
    JOIN bank_sampah b ON b.id = s.bank_sampah_id
    JOIN kelurahan k ON k.kode = b.kelurahan_kode
    UNION ALL
    SELECT p.tanggal, p.kelurahan_kode, k.kecamatan_kode, 0.0, p.ton
    FROM pengolahan p
    JOIN kelurahan k ON k.kode = p.kelurahan_kode
)
GROUP BY ALL;

-- the daily balance per kecamatan: landfilled and diverted side by side. Defined here once; the
-- pages read it materialised (agg_neraca_harian, rebuilt with the other summaries) through
-- v_neraca_harian below.
CREATE OR REPLACE VIEW v_neraca_harian_hitung AS
SELECT coalesce(t.tanggal, d.tanggal) AS tanggal,
       coalesce(t.kecamatan_kode, d.kecamatan_kode) AS kecamatan_kode,
       coalesce(t.ton_tpa, 0) AS ton_tpa,
       coalesce(t.muatan, 0) AS muatan,
       coalesce(d.ton_bank_sampah, 0) AS ton_bank_sampah,
       coalesce(d.ton_pengolahan, 0) AS ton_pengolahan,
       coalesce(d.ton_diversi, 0) AS ton_diversi
FROM v_tpa_harian t
FULL OUTER JOIN (
    SELECT tanggal, kecamatan_kode, sum(ton_bank_sampah) AS ton_bank_sampah,
           sum(ton_pengolahan) AS ton_pengolahan, sum(ton_diversi) AS ton_diversi
    FROM v_diversi_harian GROUP BY ALL
) d ON d.tanggal = t.tanggal AND d.kecamatan_kode IS NOT DISTINCT FROM t.kecamatan_kode;

CREATE OR REPLACE VIEW v_neraca_harian AS
SELECT tanggal, kecamatan_kode, ton_tpa, muatan, ton_bank_sampah, ton_pengolahan, ton_diversi
FROM agg_neraca_harian;

-- population per kecamatan and year: the kecamatan's own figure, else the sum of its kelurahan;
-- estimasi is true when any part is an estimate
CREATE OR REPLACE VIEW v_penduduk_kecamatan AS
WITH kel AS (
    SELECT k.kecamatan_kode AS kode, p.tahun, sum(p.jumlah) AS jumlah, bool_or(p.estimasi) AS estimasi
    FROM penduduk p JOIN kelurahan k ON k.kode = p.wilayah_kode
    GROUP BY ALL
)
SELECT c.kode AS kecamatan_kode, y.tahun,
       coalesce(own.jumlah, kel.jumlah) AS penduduk,
       coalesce(own.estimasi, kel.estimasi) AS estimasi
FROM kecamatan c
CROSS JOIN (SELECT DISTINCT tahun FROM penduduk) y
LEFT JOIN penduduk own ON own.wilayah_kode = c.kode AND own.tahun = y.tahun
LEFT JOIN kel ON kel.kode = c.kode AND kel.tahun = y.tahun
WHERE coalesce(own.jumlah, kel.jumlah) IS NOT NULL;

-- population of each kecamatan for a year: that year's figure, else the newest earlier one,
-- else the oldest later one (a new city may have loaded only one year)
CREATE OR REPLACE MACRO penduduk_kecamatan_pada(th) AS TABLE
SELECT kecamatan_kode,
       arg_max(penduduk, (tahun <= th, CASE WHEN tahun <= th THEN tahun ELSE -tahun END)) AS penduduk,
       arg_max(estimasi, (tahun <= th, CASE WHEN tahun <= th THEN tahun ELSE -tahun END)) AS estimasi,
       arg_max(tahun, (tahun <= th, CASE WHEN tahun <= th THEN tahun ELSE -tahun END)) AS tahun
FROM v_penduduk_kecamatan
GROUP BY kecamatan_kode;

-- population of each kelurahan for a year (same rule as for kecamatan)
CREATE OR REPLACE MACRO penduduk_kelurahan_pada(th) AS TABLE
SELECT p.wilayah_kode AS kelurahan_kode,
       arg_max(p.jumlah, (p.tahun <= th, CASE WHEN p.tahun <= th THEN p.tahun ELSE -p.tahun END)) AS penduduk,
       arg_max(p.estimasi, (p.tahun <= th, CASE WHEN p.tahun <= th THEN p.tahun ELSE -p.tahun END))
           AS estimasi,
       arg_max(p.tahun, (p.tahun <= th, CASE WHEN p.tahun <= th THEN p.tahun ELSE -p.tahun END)) AS tahun
FROM penduduk p JOIN kelurahan k ON k.kode = p.wilayah_kode
GROUP BY p.wilayah_kode;

-- bank sampah status per month: active in that month, and whether it reported any deposit.
-- Defined here once; read materialised (agg_bank_sampah_bulanan) through v_bank_sampah_bulanan.
CREATE OR REPLACE VIEW v_bank_sampah_bulanan_hitung AS
WITH bulan AS (
    SELECT unnest(range(date_trunc('month', min(tanggal)), max(tanggal) + INTERVAL 1 DAY,
                        INTERVAL 1 MONTH))::DATE AS bulan
    FROM agg_setoran_harian
), lapor AS (
    SELECT DISTINCT date_trunc('month', tanggal)::DATE AS bulan, bank_sampah_id FROM agg_setoran_harian
)
SELECT m.bulan, b.id AS bank_sampah_id, b.jenis, b.kelurahan_kode, k.kecamatan_kode,
       bank_sampah_aktif_pada(b.berdiri, b.nonaktif_sejak, last_day(m.bulan)) AS aktif,
       l.bank_sampah_id IS NOT NULL AS melapor
FROM bulan m
JOIN bank_sampah b ON b.berdiri <= last_day(m.bulan)
JOIN kelurahan k ON k.kode = b.kelurahan_kode
LEFT JOIN lapor l ON l.bulan = m.bulan AND l.bank_sampah_id = b.id;

CREATE OR REPLACE VIEW v_bank_sampah_bulanan AS
SELECT bulan, bank_sampah_id, jenis, kelurahan_kode, kecamatan_kode, aktif, melapor
FROM agg_bank_sampah_bulanan;

-- newest data per dataset, so a dip caused by missing reports is not read as a decline
CREATE OR REPLACE VIEW v_data_terbaru AS
SELECT 'setoran' AS dataset, max(tanggal) AS terbaru, coalesce(sum(baris), 0)::BIGINT AS baris
FROM agg_setoran_harian
UNION ALL SELECT 'tpa_muatan', max(tanggal), coalesce(sum(muatan), 0)::BIGINT FROM agg_tpa_harian
UNION ALL SELECT 'pengolahan', max(tanggal), count(*) FROM pengolahan
UNION ALL SELECT 'csr_proyek', max(mulai) FILTER (WHERE status <> 'usulan'), count(*) FROM csr_proyek;

-- Each dataset has its own newest date: a headline compares, per dataset, whole months only. The
-- newest month of a dataset counts as complete when its records reach the month's last week and
-- at least half as many reporters (bank sampah, kecamatan of origin, facilities) as in the month
-- before sent something; three deposit rows for a new month do not make it the newest month.
CREATE OR REPLACE MACRO bulan_lengkap(akhir, pelapor, pelapor_sebelum) AS
    akhir >= last_day(akhir) - 6 AND (pelapor_sebelum IS NULL OR pelapor * 2 >= pelapor_sebelum);

-- per dataset and month: its last record and how many reporters sent something
CREATE OR REPLACE VIEW v_bulan_dataset AS
SELECT 'setoran' AS dataset, date_trunc('month', tanggal)::DATE AS bulan, max(tanggal) AS akhir,
       count(DISTINCT bank_sampah_id) AS pelapor
FROM agg_setoran_harian GROUP BY ALL
UNION ALL
SELECT 'tpa_muatan', date_trunc('month', tanggal)::DATE, max(tanggal), count(DISTINCT coalesce(kecamatan_kode, '?'))
FROM agg_tpa_harian GROUP BY ALL
UNION ALL
SELECT 'pengolahan', date_trunc('month', tanggal)::DATE, max(tanggal), count(DISTINCT fasilitas)
FROM pengolahan GROUP BY ALL;

-- per dataset: the first day of its first month (awal), its newest record (terbaru) and the last
-- day of its newest complete month (akhir); a dataset without any complete month keeps its
-- newest record as akhir, so a first import is shown as far as it goes
CREATE OR REPLACE VIEW v_rentang_data AS
WITH b AS (
    SELECT *, lag(pelapor) OVER (PARTITION BY dataset ORDER BY bulan) AS pelapor_sebelum,
           row_number() OVER (PARTITION BY dataset ORDER BY bulan DESC) AS urut
    FROM v_bulan_dataset
)
SELECT dataset, min(bulan) AS awal, max(akhir) AS terbaru,
       coalesce(max(last_day(bulan)) FILTER (WHERE urut > 1 OR bulan_lengkap(akhir, pelapor, pelapor_sebelum)),
                max(akhir)) AS akhir
FROM b GROUP BY dataset;

-- =============================================================================================
-- [analisis] BEGIN: waste balance, targets, Adipura, landfill life, emissions (issue #16).
-- Every statement is idempotent: older stores get these objects with `python -m sampah migrasi`.
-- =============================================================================================

-- Targets as data. National policy rows carry kota_kode 'ID' (Indonesia, ISO 3166-1) and hold for
-- every kab/kota; a city's own rows (Jakstrada) carry its code, acuan NULL. terkelola_pct is the
-- RPJMN measure: pengurangan + penanganan as a share of generation.
ALTER TABLE target ADD COLUMN IF NOT EXISTS acuan VARCHAR;
ALTER TABLE target ADD COLUMN IF NOT EXISTS terkelola_pct DOUBLE;
ALTER TABLE target ALTER COLUMN pengurangan_pct DROP NOT NULL;
INSERT INTO target (kota_kode, tahun, pengurangan_pct, penanganan_pct, sumber, acuan, terkelola_pct)
VALUES
    ('ID', 2025, 30, 70, 'Perpres 97/2017 (Jakstranas): pengurangan 30% dan penanganan 70% pada 2025',
     'Jakstranas', NULL),
    ('ID', 2029, NULL, NULL, 'Perpres 12/2025 (RPJMN 2025-2029): 100% sampah terkelola pada 2029; '
     'capaian nasional 39,01% (2024), target 2025 51,21% (KLH)', 'RPJMN', 100)
ON CONFLICT DO NOTHING;

-- targets that hold for this store's kota, as ratios; acuan NULL = the city's own Jakstrada
CREATE OR REPLACE VIEW v_target AS
SELECT t.kota_kode, t.tahun, coalesce(t.acuan, 'Jakstrada') AS acuan, t.kota_kode = 'ID' AS nasional,
       t.pengurangan_pct / 100.0 AS pengurangan, t.penanganan_pct / 100.0 AS penanganan,
       t.terkelola_pct / 100.0 AS terkelola, t.sumber
FROM target t
WHERE t.kota_kode = 'ID' OR t.kota_kode IN (SELECT kode FROM kota);

-- handling % (penanganan, SIPSN %C/A) = landfilled (pemrosesan akhir) / estimated generation
CREATE OR REPLACE MACRO persen_penanganan(ton_tpa, ton_timbulan) AS
    ton_tpa / NULLIF(ton_timbulan, 0);

-- managed % (terkelola, SIPSN (B+C)/A) = (diverted + landfilled) / estimated generation
CREATE OR REPLACE MACRO persen_terkelola(ton_diversi, ton_tpa, ton_timbulan) AS
    (ton_diversi + ton_tpa) / NULLIF(ton_timbulan, 0);

-- not managed (tidak terkelola, estimated) = generation - diverted - landfilled; below zero means
-- more was recorded than the estimate of generation (the balance is over 100%)
CREATE OR REPLACE MACRO ton_tak_terkelola(ton_timbulan, ton_diversi, ton_tpa) AS
    ton_timbulan - ton_diversi - ton_tpa;

-- Settings of the analyses (rows of pengaturan, all optional):
--   tpa_jenis            open_dumping | controlled_landfill | sanitary_landfill (Adipura, methane)
--   tps_liar             number of illegal dumps known (any one means "Kota Kotor" in Adipura 2025)
--   tpa_sisa_kapasitas   remaining landfill capacity, in tpa_sisa_satuan (m3 | ton), measured on
--   tpa_sisa_tanggal     (ISO date; empty = the newest data), converted with
--   tpa_kepadatan_kg_m3  density; default 227 = middle of the 215-239 kg/m3 measured on trucks
--   porsi_organik        organic share of generation; default 0.5246 = SIPSN 2023 national
--                        sisa makanan 40.12% + kayu/ranting 12.34%
CREATE OR REPLACE VIEW v_setelan_analisis AS
SELECT
    max(CASE WHEN kunci = 'tpa_jenis' AND nilai IN ('open_dumping', 'controlled_landfill', 'sanitary_landfill')
             THEN nilai END) AS tpa_jenis,
    max(CASE WHEN kunci = 'tpa_jenis' THEN catatan END) AS tpa_jenis_sumber,
    max(CASE WHEN kunci = 'tps_liar' THEN TRY_CAST(nilai AS INTEGER) END) AS tps_liar,
    max(CASE WHEN kunci = 'tps_liar' THEN catatan END) AS tps_liar_sumber,
    max(CASE WHEN kunci = 'tpa_sisa_kapasitas' THEN TRY_CAST(nilai AS DOUBLE) END) AS tpa_sisa_kapasitas,
    coalesce(max(CASE WHEN kunci = 'tpa_sisa_satuan' AND nilai IN ('m3', 'ton') THEN nilai END), 'm3')
        AS tpa_sisa_satuan,
    max(CASE WHEN kunci = 'tpa_sisa_tanggal' THEN TRY_CAST(nilai AS DATE) END) AS tpa_sisa_tanggal,
    max(CASE WHEN kunci = 'tpa_sisa_kapasitas' THEN catatan END) AS tpa_sisa_sumber,
    coalesce(max(CASE WHEN kunci = 'tpa_kepadatan_kg_m3' THEN TRY_CAST(nilai AS DOUBLE) END), 227.0)
        AS tpa_kepadatan_kg_m3,
    coalesce(max(CASE WHEN kunci = 'tpa_kepadatan_kg_m3' THEN catatan END),
             'Bawaan: tengah 215-239 kg/m3, kepadatan sampah terukur di truk') AS tpa_kepadatan_sumber,
    coalesce(max(CASE WHEN kunci = 'porsi_organik' THEN TRY_CAST(nilai AS DOUBLE) END), 0.5246)
        AS porsi_organik,
    coalesce(max(CASE WHEN kunci = 'porsi_organik' THEN catatan END),
             'Bawaan: komposisi nasional SIPSN 2023, sisa makanan 40,12% + kayu/ranting 12,34%')
        AS porsi_organik_sumber
FROM pengaturan;

-- Emission factors as data rows (indicative): the defaults below are seeded here; a DLH may change
-- a row (its own measurements) and `migrasi` never overwrites it.
--   kelompok doc: degradable organic carbon, fraction of wet weight (IPCC 2006 Vol. 5 Ch. 2 Table 2.4)
--   kelompok k:   first-order decay rate per year, tropical wet (IPCC 2006 Vol. 5 Ch. 3 Table 3.3)
--   kelompok mcf: methane correction factor by landfill type (IPCC 2006 Vol. 5 Ch. 3 Table 3.1)
--   kelompok ox:  oxidation factor by landfill type (IPCC 2006 Vol. 5 Ch. 3 Table 3.2)
--   kelompok fod: DOCf, F (CH4 share of landfill gas), GWP of CH4
--   kelompok warm: recycling vs landfilling, t CO2e per short ton (EPA WARM v16)
--   kelompok porsi: which part of a processing stream is which material (assumptions)
CREATE TABLE IF NOT EXISTS faktor_emisi (
    kelompok    VARCHAR NOT NULL,
    kode        VARCHAR NOT NULL,
    nilai       DOUBLE NOT NULL,
    satuan      VARCHAR,
    sumber      VARCHAR,
    PRIMARY KEY (kelompok, kode)
);
INSERT INTO faktor_emisi VALUES
    ('doc', 'makanan', 0.15, 'fraksi berat basah', 'IPCC 2006 Vol. 5 Bab 2 Tabel 2.4 (bawaan)'),
    ('doc', 'kebun', 0.20, 'fraksi berat basah', 'IPCC 2006 Vol. 5 Bab 2 Tabel 2.4 (bawaan)'),
    ('doc', 'kertas', 0.40, 'fraksi berat basah', 'IPCC 2006 Vol. 5 Bab 2 Tabel 2.4 (bawaan)'),
    ('doc', 'kayu', 0.43, 'fraksi berat basah', 'IPCC 2006 Vol. 5 Bab 2 Tabel 2.4 (bawaan)'),
    ('k', 'makanan', 0.40, 'per tahun', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.3, tropis basah'),
    ('k', 'kebun', 0.17, 'per tahun', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.3, tropis basah'),
    ('k', 'kertas', 0.07, 'per tahun', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.3, tropis basah'),
    ('k', 'kayu', 0.035, 'per tahun', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.3, tropis basah'),
    ('mcf', 'sanitary_landfill', 1.0, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.1: dikelola, anaerob'),
    ('mcf', 'controlled_landfill', 1.0, '-',
     'IPCC 2006 Vol. 5 Bab 3 Tabel 3.1: dikelola, anaerob (penempatan terkendali dan tanah penutup)'),
    ('mcf', 'open_dumping', 0.8, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.1: tidak dikelola, dalam (>= 5 m)'),
    ('mcf', 'tidak_diketahui', 0.6, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.1: tidak dikategorikan'),
    ('ox', 'sanitary_landfill', 0.1, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.2: ditutup bahan pengoksidasi'),
    ('ox', 'controlled_landfill', 0.1, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.2: ditutup bahan pengoksidasi'),
    ('ox', 'open_dumping', 0.0, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.2: tanpa penutup'),
    ('ox', 'tidak_diketahui', 0.0, '-', 'IPCC 2006 Vol. 5 Bab 3 Tabel 3.2: tanpa penutup'),
    ('fod', 'docf', 0.5, '-', 'IPCC 2006 Vol. 5 Bab 3 (DOCf bawaan)'),
    ('fod', 'f', 0.5, '-', 'IPCC 2006 Vol. 5 Bab 3 (fraksi CH4 dalam gas TPA)'),
    ('fod', 'gwp_ch4', 28, 't CO2e per t CH4', 'IPCC AR5, GWP 100 tahun (dipakai pelaporan Persetujuan Paris)'),
    ('warm', 'kertas_campur', -3.55, 't CO2e per short ton', 'EPA WARM v16, daur ulang mixed paper'),
    ('warm', 'plastik_campur', -0.93, 't CO2e per short ton', 'EPA WARM v16, daur ulang mixed plastics'),
    ('warm', 'logam_campur', -4.39, 't CO2e per short ton', 'EPA WARM v16, daur ulang mixed metals'),
    ('warm', 'kaca', -0.28, 't CO2e per short ton', 'EPA WARM v16, daur ulang glass'),
    ('porsi', 'kompos_kebun', 0.5, 'fraksi', 'Asumsi: komposter menerima separuh daun/ranting, separuh sisa dapur'),
    ('porsi', 'tps3r_organik', 0.6, 'fraksi',
     'Asumsi: bagian organik yang dikompos di TPS 3R/TPST; Kota Bekasi 60% organik (Tempo, Jul 2019)')
ON CONFLICT DO NOTHING;

-- which IPCC/WARM material a bank sampah category is (NULL = no factor: jelantah, lainnya)
CREATE OR REPLACE VIEW v_bahan_kategori AS
SELECT * FROM (VALUES
    ('plastik', 'plastik_campur'), ('kertas', 'kertas_campur'), ('logam', 'logam_campur'),
    ('kaca', 'kaca'), ('organik', 'makanan'), ('minyak jelantah', NULL), ('lainnya', NULL)
) AS b(kategori, bahan);

-- diverted tonnes per day, kecamatan and material: bank sampah categories as above; maggot/BSF is
-- food waste; composting is garden waste (porsi kompos_kebun) and food waste; TPS 3R and TPST the
-- organic part (porsi tps3r_organik) as food waste. Other processing has no material (no factor).
CREATE OR REPLACE VIEW v_diversi_bahan AS
WITH porsi AS (
    SELECT coalesce(max(nilai) FILTER (WHERE kode = 'kompos_kebun'), 0.5) AS kebun,
           coalesce(max(nilai) FILTER (WHERE kode = 'tps3r_organik'), 0.6) AS tps3r
    FROM faktor_emisi WHERE kelompok = 'porsi'
), olah AS (
    SELECT p.tanggal, k.kecamatan_kode, p.jenis_fasilitas, lower(p.jenis_fasilitas) AS j, p.ton
    FROM pengolahan p JOIN kelurahan k ON k.kode = p.kelurahan_kode
)
SELECT s.tanggal, s.kecamatan_kode, 'bank sampah' AS sumber, s.kategori AS jenis, b.bahan,
       s.berat_kg / 1000.0 AS ton
FROM agg_setoran_kategori s JOIN v_bahan_kategori b ON b.kategori = s.kategori
WHERE b.bahan IS NOT NULL
UNION ALL
SELECT o.tanggal, o.kecamatan_kode, 'pengolahan', o.jenis_fasilitas, m.bahan, o.ton * m.porsi
FROM olah o CROSS JOIN porsi
CROSS JOIN LATERAL (
    SELECT * FROM (VALUES
        ('makanan', CASE WHEN o.j LIKE '%maggot%' OR o.j LIKE '%bsf%' THEN 1.0
                         WHEN o.j LIKE '%kompos%' THEN 1.0 - porsi.kebun
                         WHEN o.j LIKE '%3r%' OR o.j LIKE '%tpst%' THEN porsi.tps3r ELSE 0 END),
        ('kebun', CASE WHEN o.j LIKE '%kompos%' AND NOT (o.j LIKE '%maggot%' OR o.j LIKE '%bsf%')
                       THEN porsi.kebun ELSE 0 END)
    ) AS x(bahan, porsi)
) m
WHERE m.porsi > 0;
-- [analisis] END

-- ---- SIPSN beside this dashboard ---------------------------------------------------------------
-- The kab/kota of this store in SIPSN terms, per year of either source: what SIPSN reports for it
-- (matched by Kemendagri code, else by the reference name) and what this dashboard's estimate for the
-- same year is made of: days with data, diverted and landfilled tonnes, and the population (each
-- kecamatan's newest figure up to the year, else the oldest after). Defined here once; read
-- materialised (agg_sipsn_kota, rebuilt with the other summaries by every write: a row a year) through
-- v_sipsn_kota, which adds what a setting changes. Planning this view costs tens of milliseconds (it
-- stacks the balance, population and SIPSN views), more than running it: pages read the table.
CREATE TABLE IF NOT EXISTS agg_sipsn_kota (
    tahun               BIGINT,
    kode                VARCHAR,
    kabkota             VARCHAR,
    timbulan_ton        DOUBLE,
    timbulan_harian_ton DOUBLE,
    pengurangan_ton     DOUBLE,
    pengurangan_pct     DOUBLE,
    penanganan_ton      DOUBLE,
    penanganan_pct      DOUBLE,
    terkelola_ton       DOUBLE,
    terkelola_pct       DOUBLE,
    daur_ulang_ton      DOUBLE,
    bahan_baku_ton      DOUBLE,
    recycling_rate_pct  DOUBLE,
    periode             VARCHAR,
    ada_sipsn           BOOLEAN,
    hari_data           BIGINT,
    est_diversi_ton     DOUBLE,
    est_tpa_ton         DOUBLE,
    penduduk            HUGEINT,
    penduduk_estimasi   BOOLEAN
);

CREATE OR REPLACE VIEW v_sipsn_kota_hitung AS
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
       p.penduduk, p.penduduk_estimasi
FROM th CROSS JOIN k
LEFT JOIN s ON s.tahun = th.tahun
LEFT JOIN n ON n.tahun = th.tahun
LEFT JOIN p ON p.tahun = th.tahun;

-- The estimate beside SIPSN: timbulan = population x norm x the year's days; pengurangan / penanganan
-- % over the days with data (diverted, landfilled / generation of those days; penanganan counts only
-- the TPA, so it is narrower than SIPSN's); kg_sipsn = the per-capita figure SIPSN's timbulan implies
-- for the population.
CREATE OR REPLACE VIEW v_sipsn_kota AS
SELECT a.tahun, a.kode, a.kabkota,
       a.timbulan_ton, a.timbulan_harian_ton, a.pengurangan_ton, a.pengurangan_pct, a.penanganan_ton,
       a.penanganan_pct, a.terkelola_ton, a.terkelola_pct, a.daur_ulang_ton, a.bahan_baku_ton,
       a.recycling_rate_pct, a.periode, a.ada_sipsn,
       a.hari_data, a.est_diversi_ton, a.est_tpa_ton,
       a.penduduk, a.penduduk_estimasi, st.kg_per_orang_hari AS kg_norma,
       timbulan_ton(a.penduduk, st.kg_per_orang_hari, 365 + (a.tahun % 4 = 0)::INTEGER) AS est_timbulan_ton,
       persen_pengurangan(a.est_diversi_ton, timbulan_ton(a.penduduk, st.kg_per_orang_hari, a.hari_data)) * 100
           AS est_pengurangan_pct,
       persen_penanganan(a.est_tpa_ton, timbulan_ton(a.penduduk, st.kg_per_orang_hari, a.hari_data)) * 100
           AS est_penanganan_pct,
       kg_per_orang_hari(a.timbulan_ton, a.penduduk, 365 + (a.tahun % 4 = 0)::INTEGER) AS kg_sipsn
FROM agg_sipsn_kota a CROSS JOIN v_setelan st;

-- The SIPSN year shown for a period: the newest up to the period's year, else the newest there is.
CREATE OR REPLACE MACRO sipsn_tahun(selesai) AS
    (SELECT coalesce(max(tahun) FILTER (WHERE tahun <= year(selesai)), max(tahun)) FROM sipsn);

-- the national distribution of a SIPSN year: how many kab/kota reported a percentage, and quartiles
CREATE OR REPLACE MACRO sipsn_sebaran(th) AS TABLE
    SELECT count(*) AS n_nasional,
           quantile_cont(pengurangan_pct, 0.25) AS pengurangan_p25,
           quantile_cont(pengurangan_pct, 0.5) AS pengurangan_p50,
           quantile_cont(pengurangan_pct, 0.75) AS pengurangan_p75,
           quantile_cont(penanganan_pct, 0.25) AS penanganan_p25,
           quantile_cont(penanganan_pct, 0.5) AS penanganan_p50,
           quantile_cont(penanganan_pct, 0.75) AS penanganan_p75
    FROM sipsn WHERE tahun = th AND (pengurangan_pct IS NOT NULL OR penanganan_pct IS NOT NULL);

-- Every kab/kota of a SIPSN year with its size class and whether it is a default peer of this kab/kota:
-- named in the setting sipsn_pembanding (Kemendagri codes, comma-separated), or of the same province
-- and size class (the class of this kab/kota from its SIPSN timbulan, else from this dashboard's
-- estimate; any class when neither is known). `urut` orders them: named first, then the other
-- defaults nearest in timbulan, then the rest; pages take at most 12.
CREATE OR REPLACE MACRO sipsn_peer(th) AS TABLE
WITH c AS (  -- one row: this kab/kota's code, its timbulan and class that year, the peers named
    SELECT k.kode, i.timbulan_ton, kelas_ukuran_sipsn(i.timbulan_ton) AS kelas, n.kode AS nama
    FROM (SELECT min(kode) AS kode FROM kota) k,
         (SELECT coalesce(max(timbulan_ton) FILTER (WHERE ada_sipsn), max(est_timbulan_ton)) AS timbulan_ton
          FROM v_sipsn_kota WHERE tahun = th) i,
         (SELECT string_split(coalesce(max(nilai) FILTER (WHERE kunci = 'sipsn_pembanding'), ''), ',') AS kode
          FROM pengaturan) n
),
s AS (
    SELECT s.kode_kabkota AS kode, s.kabkota, s.provinsi, s.timbulan_ton,
           kelas_ukuran_sipsn(s.timbulan_ton) AS kelas,
           coalesce(s.kode_kabkota = c.kode, false) AS kota_ini,
           coalesce(list_contains(c.nama, s.kode_kabkota), false) AS disebut,
           split_part(s.kode_kabkota, '.', 1) = split_part(c.kode, '.', 1)
               AND coalesce(kelas_ukuran_sipsn(s.timbulan_ton) = c.kelas, true) AS sekelas,
           abs(ln(greatest(s.timbulan_ton, 1) / greatest(c.timbulan_ton, 1))) AS jarak
    FROM sipsn s CROSS JOIN c WHERE s.tahun = th
)
SELECT kode, kabkota, provinsi, timbulan_ton, kelas, kota_ini, disebut,
       disebut OR coalesce(sekelas, false) AS bawaan,
       row_number() OVER (ORDER BY kota_ini DESC, disebut DESC, coalesce(sekelas, false) DESC, jarak NULLS LAST,
                          kabkota) AS urut
FROM s;
