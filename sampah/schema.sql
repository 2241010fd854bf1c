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
