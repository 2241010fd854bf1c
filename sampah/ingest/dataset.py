"""The datasets a DLH can import: their columns, header aliases (Indonesian and English), natural
keys and target tables. Templates, the mapping step and the validation all read this one registry.

Column types (`jenis`): teks, angka, bulat, tahun, tanggal, bulan, waktu, jam, berat (weight; the unit
comes from the header, e.g. 'Berat (ton)', else `satuan`), rupiah, persen, kode, ya_tidak.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# column types read as numbers (validated as float, checked for ranges)
JENIS_ANGKA = ("angka", "bulat", "rupiah", "persen", "berat")


@dataclass(frozen=True)
class Kolom:
    nama: str
    jenis: str = "teks"
    wajib: bool = False
    alias: tuple[str, ...] = ()
    min: float | None = None
    maks: float | None = None
    satuan: str = "kg"  # for `berat`: the unit when the header names none
    contoh: object = ""
    ket: str = ""  # what the column holds, in Indonesian (instructions sheet)


@dataclass(frozen=True)
class Dataset:
    nama: str
    judul: tuple[str, str]
    tabel: str
    kolom: tuple[Kolom, ...]
    ket: str  # one line in Indonesian: what a row is
    salah_satu: tuple[tuple[str, ...], ...] = ()  # at least one column of each group is required
    contoh2: dict = field(default_factory=dict)  # a second example row for the template

    def kol(self, nama: str) -> Kolom:
        return next(k for k in self.kolom if k.nama == nama)


def norm_header(s: object) -> str:
    """'Berat (kg)' -> 'berat_kg'; 'Kabupaten/Kota' -> 'kabupaten_kota'."""
    s = str(s).lower().replace("\ufeff", "").replace("%", " persen ")
    return re.sub(r"[^a-z0-9]+", "_", s).strip("_")


def satuan_header(s: object) -> str | None:
    """The weight unit a header names: 'Netto (ton)' -> 'ton', 'berat_kg' -> 'kg'."""
    bagian = norm_header(s).split("_")
    if "kg" in bagian or "kilogram" in bagian:
        return "kg"
    if "ton" in bagian:
        return "ton"
    return None


# Shared column groups -------------------------------------------------------------------------
_KEL = Kolom(
    "kelurahan",
    alias=(
        "nama_kelurahan",
        "kemendagri_nama_desa_kelurahan",
        "desa_kelurahan",
        "kelurahan_desa",
        "nama_desa_kelurahan",
        "desa",
        "kel",
        "village",
        "bps_desa_kelurahan",
        "wadmkd",
    ),
    contoh="Bekasijaya",
    ket="Nama kelurahan/desa (boleh berawalan 'Kel.'), atau isi kode_kelurahan.",
)
_KEL_KODE = Kolom(
    "kode_kelurahan",
    "kode",
    alias=(
        "kelurahan_kode",
        "kemendagri_kode_desa_kelurahan",
        "kode_desa_kelurahan",
        "kode_kel",
        "kode_desa",
        "bps_kode_desa_kelurahan",
        "village_code",
    ),
    contoh="32.75.01.1001",
    ket="Kode Kemendagri (32.75.01.1001) atau BPS (10 angka).",
)
_KEC = Kolom(
    "kecamatan",
    alias=(
        "nama_kecamatan",
        "kemendagri_nama_kecamatan",
        "kec",
        "district",
        "bps_nama_kecamatan",
        "wadmkc",
        "asal_kecamatan",
        "asal",
    ),
    contoh="Bekasi Timur",
    ket="Nama kecamatan (boleh berawalan 'Kec.').",
)
_KEC_KODE = Kolom(
    "kode_kecamatan",
    "kode",
    alias=("kecamatan_kode", "kemendagri_kode_kecamatan", "kode_kec", "bps_kode_kecamatan", "district_code"),
    contoh="32.75.01",
    ket="Kode Kemendagri (32.75.01) atau BPS (7 angka).",
)
_BS = Kolom(
    "bank_sampah",
    wajib=True,
    alias=(
        "bank_sampah_id",
        "id_bank_sampah",
        "kode_bank_sampah",
        "nama_bank_sampah",
        "unit_bank_sampah",
        "nama_unit",
        "unit",
        "waste_bank",
    ),
    contoh="BS Melati",
    ket="Id atau nama bank sampah yang sudah ada di registri.",
)
_TANGGAL = (
    "tgl",
    "tanggal_setor",
    "tanggal_transaksi",
    "tgl_transaksi",
    "tanggal_masuk",
    "tgl_masuk",
    "tanggal_timbang",
    "date",
    "hari",
)
_BULAN = ("periode", "bulan_laporan", "month", "bulan_tahun", "periode_bulan")

DATASETS: dict[str, Dataset] = {}


def _daftar(d: Dataset) -> None:
    DATASETS[d.nama] = d


_daftar(
    Dataset(
        "wilayah",
        ("Wilayah (kecamatan & kelurahan)", "Areas (kecamatan & kelurahan)"),
        "kelurahan",
        ket="Satu baris per kelurahan (atau per kecamatan), dengan kode Kemendagri.",
        kolom=(
            Kolom(
                "kode_kota",
                "kode",
                alias=("kota_kode", "kode_kabupaten_kota", "kode_kab_kota", "kemendagri_kode_kabupaten_kota"),
                contoh="32.75",
                ket="Kode Kemendagri kab/kota; bila kosong diambil dari kode kecamatan.",
            ),
            Kolom(
                "kota",
                alias=(
                    "nama_kota",
                    "kabupaten_kota",
                    "kab_kota",
                    "nama_kabupaten_kota",
                    "bps_nama_kabupaten_kota",
                    "kemendagri_nama_kabupaten_kota",
                ),
                contoh="Kota Bekasi",
                ket="Nama kab/kota.",
            ),
            Kolom("provinsi", alias=("nama_provinsi", "province"), contoh="Jawa Barat", ket="Nama provinsi."),
            Kolom(
                "kode_kecamatan",
                "kode",
                wajib=True,
                alias=_KEC_KODE.alias[:4] + ("district_code",),
                contoh="32.75.01",
                ket="Kode Kemendagri kecamatan, mis. 32.75.01.",
            ),
            Kolom(
                "kode_bps_kecamatan",
                "kode",
                alias=("bps_kode_kecamatan", "kecamatan_kode_bps"),
                contoh="3275040",
                ket="Kode BPS kecamatan (7 angka), bila ada.",
            ),
            Kolom(
                "kecamatan",
                wajib=True,
                alias=(
                    "nama_kecamatan",
                    "kemendagri_nama_kecamatan",
                    "kec",
                    "district",
                    "bps_nama_kecamatan",
                ),
                contoh="Bekasi Timur",
                ket="Nama kecamatan.",
            ),
            Kolom(
                "kode_kelurahan",
                "kode",
                alias=(
                    "kelurahan_kode",
                    "kemendagri_kode_desa_kelurahan",
                    "kode_desa_kelurahan",
                    "kode_kel",
                    "kode_desa",
                ),
                contoh="32.75.01.1001",
                ket="Kode Kemendagri kelurahan; kosong untuk baris kecamatan.",
            ),
            Kolom(
                "kode_bps_kelurahan",
                "kode",
                alias=("bps_kode_desa_kelurahan", "kelurahan_kode_bps"),
                contoh="3275040001",
                ket="Kode BPS kelurahan (10 angka), bila ada.",
            ),
            Kolom("kelurahan", alias=_KEL.alias[:6], contoh="Bekasijaya", ket="Nama kelurahan/desa."),
            Kolom(
                "luas_km2",
                "angka",
                alias=("luas", "luas_wilayah", "area_km2"),
                min=0,
                maks=50_000,
                contoh=3.49,
                ket="Luas dalam km².",
            ),
            Kolom(
                "lat",
                "angka",
                alias=("lintang", "latitude", "y"),
                min=-11.5,
                maks=6.5,
                contoh=-6.2334,
                ket="Lintang titik tengah (derajat desimal).",
            ),
            Kolom(
                "lon",
                "angka",
                alias=("bujur", "longitude", "lng", "x"),
                min=94,
                maks=141.5,
                contoh=107.0136,
                ket="Bujur titik tengah (derajat desimal).",
            ),
            Kolom(
                "jumlah_rw", "bulat", alias=("rw", "banyak_rw"), min=0, maks=500, contoh=28, ket="Jumlah RW."
            ),
        ),
    )
)

_daftar(
    Dataset(
        "bank_sampah",
        ("Registri bank sampah", "Bank sampah registry"),
        "bank_sampah",
        ket="Satu baris per bank sampah (boleh per tahun: baris tahun lain digabung).",
        salah_satu=(("kelurahan", "kode_kelurahan"), ("berdiri", "tahun")),
        kolom=(
            Kolom(
                "id_bank_sampah",
                alias=("kode_bank_sampah", "kode_unit", "id_unit", "no_registrasi", "nomor_registrasi"),
                contoh="BS-0001",
                ket="Kode unik bank sampah; bila kosong dibuat dari kelurahan, nama dan RW.",
            ),
            Kolom(
                "nama",
                wajib=True,
                alias=(
                    "nama_bank_sampah",
                    "nama_unit_bank_sampah",
                    "nama_unit",
                    "bank_sampah",
                    "nama_lokasi_3r_bank_sampah",
                    "name",
                ),
                contoh="BS Melati",
                ket="Nama bank sampah.",
            ),
            Kolom(
                "jenis",
                alias=("tipe", "type", "jenis_bank_sampah", "jenis_unit"),
                contoh="unit",
                ket="'unit' atau 'induk' (Bank Sampah Induk); bawaan 'unit'.",
            ),
            Kolom(
                "induk_id",
                alias=("induk", "bank_sampah_induk", "id_induk"),
                contoh="",
                ket="Id Bank Sampah Induk tempat unit ini menjual.",
            ),
            _KEL,
            _KEL_KODE,
            _KEC,
            _KEC_KODE,
            Kolom(
                "rw",
                alias=("no_rw", "nomor_rw"),
                contoh="05",
                ket="Nomor RW; bila kosong dibaca dari alamat.",
            ),
            Kolom(
                "alamat",
                alias=("alamat_bank_sampah", "address", "lokasi"),
                contoh="Jl. Melati RT 02 RW 05",
                ket="Alamat (RW dibaca dari sini bila kolom RW kosong).",
            ),
            Kolom("lat", "angka", alias=("lintang", "latitude"), min=-11.5, maks=6.5, contoh=-6.2401),
            Kolom("lon", "angka", alias=("bujur", "longitude", "lng"), min=94, maks=141.5, contoh=107.0102),
            Kolom(
                "berdiri",
                "tanggal",
                alias=("tanggal_berdiri", "tgl_berdiri", "didirikan", "founded", "tahun_berdiri", "sejak"),
                contoh="2021-03-15",
                ket="Tanggal berdiri (atau tahun berdiri).",
            ),
            Kolom(
                "tahun",
                "tahun",
                alias=("tahun_data", "year", "tahun_laporan"),
                contoh=2025,
                ket="Tahun data registri; bila tanggal berdiri kosong dipakai 1 Januari tahun terawal.",
            ),
            Kolom(
                "nonaktif_sejak",
                "tanggal",
                alias=("tanggal_nonaktif", "tutup", "tidak_aktif_sejak"),
                contoh="",
                ket="Tanggal berhenti beroperasi; kosong bila masih aktif.",
            ),
            Kolom(
                "status",
                alias=("status_kegiatan", "status_aktif", "keaktifan"),
                contoh="Aktif",
                ket="Aktif / Tidak aktif (informasi; pakai nonaktif_sejak untuk tanggalnya).",
            ),
            Kolom(
                "nasabah",
                "bulat",
                alias=("jumlah_nasabah", "nasabah_aktif", "members"),
                min=0,
                maks=100_000,
                contoh=120,
                ket="Jumlah nasabah.",
            ),
        ),
    )
)

_SETORAN_KOLOM = (
    Kolom(
        "kategori",
        wajib=True,
        alias=("jenis_sampah", "material", "category", "kategori_sampah", "jenis", "bahan"),
        contoh="plastik",
        ket="plastik, kertas, logam, kaca, organik, minyak jelantah atau lainnya "
        "(sinonim seperti 'botol PET', 'kardus', 'besi' dikenali).",
    ),
    Kolom(
        "subjenis",
        alias=("sub_jenis", "jenis_barang", "nama_barang", "item", "barang", "sub_kategori"),
        contoh="PET",
        ket="Rincian jenis, mis. PET, kardus, besi.",
    ),
    Kolom(
        "berat",
        "berat",
        wajib=True,
        alias=(
            "berat_kg",
            "berat_ton",
            "berat_sampah",
            "jumlah_kg",
            "timbangan",
            "weight",
            "kg",
            "tonase",
            "volume",
        ),
        min=0,
        maks=20_000,
        contoh=12.5,
        ket="Berat; satuan kg kecuali judul kolom menyebut ton.",
    ),
    Kolom(
        "harga_per_kg",
        "rupiah",
        alias=("harga", "harga_kg", "harga_satuan", "price"),
        min=0,
        maks=1_000_000,
        contoh=4000,
        ket="Harga per kg (Rp).",
    ),
    Kolom(
        "nilai_rp",
        "rupiah",
        alias=("nilai", "jumlah_rp", "total_rp", "nominal", "rupiah", "value", "jumlah_harga", "total"),
        min=0,
        maks=10_000_000_000,
        contoh=50000,
        ket="Nilai setoran (Rp).",
    ),
)

_daftar(
    Dataset(
        "setoran",
        ("Setoran per transaksi", "Deposits per transaction"),
        "setoran",
        ket="Satu baris per setoran nasabah di bank sampah.",
        kolom=(
            Kolom(
                "tanggal",
                "tanggal",
                wajib=True,
                alias=_TANGGAL,
                contoh="2025-11-20",
                ket="Tanggal setor: 2025-11-20, 20/11/2025 atau 20 November 2025.",
            ),
            _BS,
            Kolom(
                "nasabah_id",
                alias=(
                    "nasabah",
                    "id_nasabah",
                    "kode_nasabah",
                    "no_rekening",
                    "no_nasabah",
                    "nama_nasabah",
                    "member",
                ),
                contoh="N-0012",
                ket="Kode nasabah (bukan nama lengkap, demi privasi).",
            ),
        )
        + _SETORAN_KOLOM,
    )
)

_daftar(
    Dataset(
        "setoran_rekap",
        ("Setoran rekap bulanan per unit", "Deposits: monthly totals per unit"),
        "setoran",
        ket="Satu baris per bank sampah per bulan (dan per kategori bila ada). Disimpan bertanggal hari "
        "terakhir bulan itu dengan subjenis 'rekap bulanan'.",
        salah_satu=(("bulan", "tahun"),),
        kolom=(
            Kolom(
                "bulan",
                "bulan",
                alias=_BULAN + ("bulan",),
                contoh="2025-11",
                ket="Bulan: 2025-11, 11/2025 atau November 2025 (atau angka/nama bulan dengan kolom tahun).",
            ),
            Kolom(
                "tahun",
                "tahun",
                alias=("year",),
                contoh="",
                ket="Tahun, bila kolom bulan hanya berisi bulan.",
            ),
            _BS,
        )
        + tuple(
            Kolom(k.nama, k.jenis, False, k.alias, k.min, k.maks, k.satuan, k.contoh, k.ket)
            if k.nama == "kategori"
            else k
            for k in _SETORAN_KOLOM
        ),
    )
)

_daftar(
    Dataset(
        "tpa_muatan",
        ("Muatan TPA per tiket timbang", "Landfill loads per weighbridge ticket"),
        "tpa_muatan",
        ket="Satu baris per tiket jembatan timbang.",
        salah_satu=(("netto", "bruto"),),
        kolom=(
            Kolom(
                "waktu",
                "waktu",
                wajib=True,
                alias=("tanggal", "tanggal_jam", "waktu_masuk", "jam_masuk_tanggal", "datetime", "timestamp")
                + _TANGGAL,
                contoh="2025-11-20 08:15",
                ket="Tanggal (dan jam) timbang.",
            ),
            Kolom(
                "jam",
                "jam",
                alias=("jam_masuk", "pukul", "time", "jam_timbang"),
                contoh="",
                ket="Jam timbang bila terpisah dari tanggal.",
            ),
            Kolom(
                "tpa",
                alias=("nama_tpa", "lokasi_tpa", "tpa_id", "landfill"),
                contoh="TPA Sumur Batu",
                ket="Nama TPA; boleh kosong bila hanya ada satu TPA.",
            ),
            Kolom(
                "tiket",
                alias=("no_tiket", "nomor_tiket", "ticket", "no_karcis", "no_transaksi", "nomor"),
                contoh="T-2025-000123",
                ket="Nomor tiket timbang.",
            ),
            Kolom(
                "nopol",
                alias=("no_polisi", "nomor_polisi", "plat", "plat_nomor", "no_kendaraan", "plate"),
                contoh="B 9123 KZ",
                ket="Nomor polisi truk.",
            ),
            Kolom(
                "kecamatan",
                alias=(
                    "asal_kecamatan",
                    "asal",
                    "asal_sampah",
                    "wilayah",
                    "kecamatan_asal",
                    "kode_kecamatan",
                    "origin",
                ),
                contoh="Mustikajaya",
                ket="Kecamatan asal (nama atau kode); kosong = tidak diketahui.",
            ),
            Kolom(
                "jenis_sumber",
                alias=("sumber", "sumber_sampah", "jenis_kendaraan", "source"),
                contoh="permukiman",
                ket="Sumber sampah (permukiman, pasar, ...).",
            ),
            Kolom(
                "bruto",
                "berat",
                alias=("bruto_kg", "berat_bruto", "gross", "berat_kotor", "timbang_1"),
                min=0,
                maks=80_000,
                contoh=14250,
                ket="Berat kotor (kg, atau ton bila judul menyebut ton).",
            ),
            Kolom(
                "tara",
                "berat",
                alias=("tara_kg", "berat_tara", "tare", "berat_kosong", "timbang_2"),
                min=0,
                maks=40_000,
                contoh=8100,
                ket="Berat truk kosong.",
            ),
            Kolom(
                "netto",
                "berat",
                alias=("netto_kg", "berat_netto", "berat_bersih", "net", "neto"),
                min=0,
                contoh=6150,
                ket="Berat bersih = bruto − tara; boleh kosong bila bruto dan tara diisi.",
            ),
        ),
    )
)

_daftar(
    Dataset(
        "tpa_rekap",
        ("Tonase TPA per kecamatan (harian/bulanan)", "Landfill tonnes per kecamatan (daily/monthly)"),
        "tpa_muatan",
        ket="Satu baris per kecamatan per hari (kolom tanggal) atau per bulan (kolom bulan). "
        "Disimpan sebagai "
        "satu muatan rekap per baris.",
        salah_satu=(("tanggal", "bulan"),),
        kolom=(
            Kolom(
                "tanggal", "tanggal", alias=_TANGGAL, contoh="2025-11-20", ket="Tanggal (untuk rekap harian)."
            ),
            Kolom("bulan", "bulan", alias=_BULAN + ("bulan",), contoh="", ket="Bulan (untuk rekap bulanan)."),
            Kolom(
                "kecamatan",
                alias=("asal_kecamatan", "asal", "kode_kecamatan", "wilayah", "nama_kecamatan"),
                contoh="Bantargebang",
                ket="Kecamatan asal; kosong = tidak diketahui.",
            ),
            Kolom(
                "ton",
                "berat",
                wajib=True,
                alias=("berat", "tonase", "berat_ton", "netto", "jumlah_ton", "berat_kg", "volume_ton"),
                satuan="ton",
                min=0,
                contoh=152.4,
                ket="Berat bersih; satuan ton kecuali judul menyebut kg.",
            ),
            Kolom("tpa", alias=("nama_tpa", "landfill"), contoh="TPA Sumur Batu", ket="Nama TPA (opsional)."),
        ),
    )
)

_daftar(
    Dataset(
        "pengolahan",
        ("Pengolahan lain (TPS 3R, kompos, maggot)", "Other processing (TPS 3R, compost, maggot)"),
        "pengolahan",
        ket="Satu baris per fasilitas per hari atau per bulan.",
        salah_satu=(("tanggal", "bulan"), ("kelurahan", "kode_kelurahan")),
        kolom=(
            Kolom(
                "tanggal",
                "tanggal",
                alias=_TANGGAL,
                contoh="2025-11-30",
                ket="Tanggal (atau isi kolom bulan).",
            ),
            Kolom(
                "bulan",
                "bulan",
                alias=_BULAN + ("bulan",),
                contoh="",
                ket="Bulan; disimpan pada hari terakhirnya.",
            ),
            Kolom(
                "fasilitas",
                wajib=True,
                alias=("nama_fasilitas", "nama_tps3r", "tps_3r", "unit", "lokasi", "facility"),
                contoh="TPS 3R Bekasijaya",
                ket="Nama fasilitas.",
            ),
            Kolom(
                "jenis_fasilitas",
                wajib=True,
                alias=("jenis", "tipe", "type", "jenis_pengolahan"),
                contoh="TPS 3R",
                ket="TPS 3R, rumah kompos, maggot/BSF, TPST, ...",
            ),
            _KEL,
            _KEL_KODE,
            _KEC,
            Kolom(
                "ton",
                "berat",
                wajib=True,
                alias=(
                    "berat",
                    "berat_ton",
                    "berat_kg",
                    "tonase",
                    "jumlah_ton",
                    "sampah_diolah",
                    "diolah_ton",
                ),
                satuan="ton",
                min=0,
                maks=100_000,
                contoh=3.2,
                ket="Sampah diolah; ton kecuali judul menyebut kg.",
            ),
        ),
    )
)

_daftar(
    Dataset(
        "csr",
        ("Proyek CSR/TJSLP", "CSR/TJSLP projects"),
        "csr_proyek",
        ket="Satu baris per proyek.",
        kolom=(
            Kolom(
                "id_proyek",
                alias=("kode_proyek", "kode_csr"),
                contoh="CSR-2025-01",
                ket="Kode proyek; bila kosong dibuat dari perusahaan, program dan tanggal mulai.",
            ),
            Kolom(
                "perusahaan",
                wajib=True,
                alias=("nama_perusahaan", "company", "bumn_bumd", "mitra"),
                contoh="PT Contoh Sejahtera",
                ket="Nama perusahaan.",
            ),
            Kolom(
                "program",
                wajib=True,
                alias=("nama_program", "kegiatan", "nama_kegiatan", "project"),
                contoh="Bank sampah RW 05",
                ket="Nama program/kegiatan.",
            ),
            Kolom("bidang", alias=("sektor", "sector", "bidang_tjsl"), contoh="lingkungan hidup"),
            _KEC,
            _KEC_KODE,
            _KEL,
            _KEL_KODE,
            Kolom("lat", "angka", alias=("lintang", "latitude"), min=-11.5, maks=6.5, contoh=""),
            Kolom("lon", "angka", alias=("bujur", "longitude", "lng"), min=94, maks=141.5, contoh=""),
            Kolom(
                "anggaran_rp",
                "rupiah",
                alias=("anggaran", "nilai_anggaran", "budget", "pagu"),
                min=0,
                maks=1e13,
                contoh=150_000_000,
                ket="Anggaran (Rp).",
            ),
            Kolom(
                "realisasi_rp",
                "rupiah",
                alias=("realisasi", "nilai_realisasi", "spent"),
                min=0,
                maks=1e13,
                contoh=90_000_000,
                ket="Realisasi (Rp).",
            ),
            Kolom("mulai", "tanggal", alias=("tanggal_mulai", "tgl_mulai", "start"), contoh="2025-03-01"),
            Kolom(
                "selesai",
                "tanggal",
                alias=("tanggal_selesai", "tgl_selesai", "end", "berakhir"),
                contoh="2026-02-28",
                ket="Tanggal selesai (boleh di masa depan).",
            ),
            Kolom(
                "status",
                alias=("status_proyek", "tahap"),
                contoh="berjalan",
                ket="usulan, berjalan atau selesai.",
            ),
            Kolom("keluaran", alias=("output", "hasil", "luaran"), contoh="2 mesin pencacah"),
            Kolom(
                "kapasitas_ton_bulan",
                "angka",
                alias=("kapasitas", "kapasitas_ton", "capacity"),
                min=0,
                maks=100_000,
                contoh=5,
            ),
            Kolom(
                "bank_sampah",
                alias=("bank_sampah_ids", "bank_sampah_terkait", "mitra_bank_sampah"),
                contoh="",
                ket="Id atau nama bank sampah terkait, dipisah koma.",
            ),
        ),
    )
)

_daftar(
    Dataset(
        "penduduk",
        ("Penduduk per kecamatan/kelurahan", "Population per kecamatan/kelurahan"),
        "penduduk",
        ket="Satu baris per wilayah per tahun.",
        salah_satu=(("wilayah", "kode_wilayah", "kelurahan", "kecamatan"),),
        kolom=(
            Kolom(
                "kode_wilayah",
                "kode",
                alias=("kode", "kode_kemendagri", "kode_kelurahan", "kode_kecamatan"),
                contoh="32.75.01",
                ket="Kode kecamatan atau kelurahan (Kemendagri atau BPS).",
            ),
            Kolom("wilayah", alias=("nama_wilayah", "nama"), contoh="", ket="Nama kecamatan atau kelurahan."),
            Kolom("kecamatan", alias=("nama_kecamatan", "kec"), contoh=""),
            Kolom("kelurahan", alias=("nama_kelurahan", "desa_kelurahan", "kel"), contoh=""),
            Kolom("tahun", "tahun", wajib=True, alias=("year", "tahun_data"), contoh=2025),
            Kolom(
                "jumlah",
                "bulat",
                wajib=True,
                alias=("penduduk", "jumlah_penduduk", "jiwa", "population", "total", "jumlah_jiwa"),
                min=0,
                maks=50_000_000,
                contoh=257030,
                ket="Jumlah penduduk (jiwa).",
            ),
            Kolom(
                "estimasi",
                "ya_tidak",
                alias=("perkiraan", "estimate"),
                contoh="tidak",
                ket="'ya' bila angka perkiraan, bukan hitungan resmi.",
            ),
            Kolom("sumber", alias=("source", "keterangan"), contoh="Dukcapil Semester I 2025"),
        ),
    )
)

_daftar(
    Dataset(
        "target",
        ("Target pengurangan & penanganan", "Reduction & handling targets"),
        "target",
        ket="Satu baris per tahun (Jakstrada).",
        kolom=(
            Kolom(
                "kode_kota",
                "kode",
                alias=("kota_kode", "kode_kabupaten_kota", "kota", "kabupaten_kota"),
                contoh="32.75",
                ket="Kode kab/kota; kosong = kota di basis data ini.",
            ),
            Kolom("tahun", "tahun", wajib=True, alias=("year",), contoh=2025),
            Kolom(
                "pengurangan_pct",
                "persen",
                wajib=True,
                alias=("pengurangan", "target_pengurangan", "pengurangan_persen", "reduction"),
                min=0,
                maks=100,
                contoh=30,
                ket="Target pengurangan, persen (30 atau 30%).",
            ),
            Kolom(
                "penanganan_pct",
                "persen",
                alias=("penanganan", "target_penanganan", "penanganan_persen", "handling"),
                min=0,
                maks=100,
                contoh=70,
            ),
            Kolom("sumber", alias=("dasar_hukum", "source", "keterangan"), contoh="Perda Jakstrada"),
        ),
    )
)

_SIPSN_JENIS = (
    "sisa_makanan",
    "kayu_ranting",
    "kertas_karton",
    "plastik",
    "logam",
    "kain",
    "karet_kulit",
    "kaca",
    "lainnya",
)
_SIPSN_SUMBER = ("rumah_tangga", "perkantoran", "pasar", "perniagaan", "fasilitas_publik", "kawasan", "lain")

_daftar(
    Dataset(
        "sipsn",
        (
            "Ekspor SIPSN (timbulan, capaian, komposisi)",
            "SIPSN exports (generation, performance, composition)",
        ),
        "sipsn",
        ket="Ekspor sipsn.menlhk.go.id: satu baris per kab/kota per tahun. Timbulan, capaian dan komposisi "
        "(jenis atau sumber) dikenali dari judul kolom.",
        kolom=(
            Kolom("tahun", "tahun", wajib=True, alias=("year",), contoh=2024),
            Kolom("provinsi", alias=("nama_provinsi",), contoh="Jawa Barat"),
            Kolom(
                "kabkota",
                wajib=True,
                alias=("kabupaten_kota", "kab_kota", "kota", "nama_kabupaten_kota"),
                contoh="Kab. Bekasi",
            ),
            Kolom(
                "timbulan_ton",
                "angka",
                alias=(
                    "timbulan_sampah_tahunan_ton_tahun_a",
                    "timbulan_sampah_tahunan_ton",
                    "timbulan_tahunan",
                ),
                min=0,
                maks=1e8,
                contoh=614462,
            ),
            Kolom(
                "timbulan_harian_ton",
                "angka",
                alias=("timbulan_sampah_harian_ton",),
                min=0,
                maks=1e6,
                contoh="",
            ),
            Kolom(
                "pengurangan_ton", "angka", alias=("pengurangan_sampah_tahunan_ton_tahun_b",), min=0, maks=1e8
            ),
            Kolom("pengurangan_pct", "angka", alias=("persen_pengurangan_sampah_b_a",), min=0, maks=1000),
            Kolom(
                "penanganan_ton", "angka", alias=("penanganan_sampah_tahunan_ton_tahun_c",), min=0, maks=1e8
            ),
            Kolom("penanganan_pct", "angka", alias=("persen_penanganan_sampah_c_a",), min=0, maks=1000),
            Kolom(
                "daur_ulang_ton", "angka", alias=("daur_ulang_sampah_tahunan_ton_tahun_d",), min=0, maks=1e8
            ),
            Kolom(
                "bahan_baku_ton", "angka", alias=("bahan_baku_sampah_tahunan_ton_tahun_e",), min=0, maks=1e8
            ),
            Kolom("recycling_rate_pct", "angka", alias=("recycling_rate_d_e_a",), min=0, maks=1000),
        )
        + tuple(
            Kolom(k, "angka", alias=(k + "_persen", k.replace("_", "") + "_persen"), min=0, maks=100)
            for k in _SIPSN_JENIS
        )
        + tuple(Kolom(k, "angka", alias=(k + "_ton",), min=0, maks=1e8) for k in _SIPSN_SUMBER),
    )
)
SIPSN_JENIS, SIPSN_SUMBER = _SIPSN_JENIS, _SIPSN_SUMBER

_daftar(
    Dataset(
        "batas_wilayah",
        ("Batas wilayah resmi (peta)", "Official boundaries (map)"),
        "batas_wilayah",
        ket="GeoJSON, GeoPackage atau Shapefile dalam .zip; proyeksi apa pun. Satu fitur per kecamatan atau "
        "kelurahan, dengan kode (Kemendagri atau BPS) dan/atau nama. Skema Kemendagri, HDX COD-AB, BPS dan "
        "BIG RBI dikenali sendiri; kolom lain dipetakan di sini.",
        kolom=(
            Kolom(
                "kode",
                "kode",
                alias=(
                    "kode_kemendagri",
                    "kode_wilayah",
                    "kode_desa",
                    "kode_kel",
                    "kode_kelurahan",
                    "id_desa",
                    "kode_bps",
                    "id",
                ),
                contoh="32.75.01.1001",
                ket="Kode wilayah fitur ini: Kemendagri (32.75.01.1001) atau BPS (3275040006).",
            ),
            Kolom(
                "nama",
                alias=(
                    "nama_wilayah",
                    "nama_kelurahan",
                    "nama_desa",
                    "kelurahan",
                    "desa",
                    "name",
                ),
                contoh="Bekasijaya",
                ket="Nama wilayah fitur ini (di lapisan kecamatan: nama kecamatan).",
            ),
            Kolom(
                "kode_kecamatan",
                "kode",
                alias=("kode_kec", "kode_induk"),
                contoh="32.75.01",
                ket="Untuk lapisan kelurahan/desa: kode kecamatannya (Kemendagri atau BPS).",
            ),
            Kolom(
                "kecamatan",
                alias=("nama_kecamatan", "kec"),
                contoh="Bekasi Timur",
                ket="Untuk lapisan kelurahan/desa: nama kecamatannya.",
            ),
        ),
    )
)
