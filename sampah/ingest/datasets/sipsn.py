"""SIPSN exports (sipsn.menlhk.go.id): one row per kab/kota per year. Timbulan and capaian columns
fill `sipsn`; composition by material (%) or by source (t) fills `sipsn_komposisi`. Which export a
file is, is read from its headers."""

from __future__ import annotations

from sampah.ingest import Tolak
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.susun import Konteks, Muatan, indeks

JENIS = (  # composition by material, % (SIPSN 'Komposisi Jenis Sampah')
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
SUMBER = ("rumah_tangga", "perkantoran", "pasar", "perniagaan", "fasilitas_publik", "kawasan", "lain")  # t
CAPAIAN = (
    "timbulan_ton",
    "pengurangan_ton",
    "pengurangan_pct",
    "penanganan_ton",
    "penanganan_pct",
    "daur_ulang_ton",
    "bahan_baku_ton",
    "recycling_rate_pct",
)
_KOMPOSISI = ("tahun", "kabkota", "kelompok", "kategori")


def susun(k: Konteks) -> list[Muatan]:
    capaian = [c for c in CAPAIAN if c in k.peta]
    jenis = [c for c in JENIS if c in k.peta]
    sumber = [c for c in SUMBER if c in k.peta]
    if not capaian and not jenis and not sumber:
        raise Tolak("kd_f_sipsn_kolom")
    rows, komp = [], []
    for i in k.p.index:
        kab = k.sel(i, "kabkota")
        if i in k.galat:
            continue
        base = {"tahun": int(k.sel(i, "tahun")), "kabkota": kab}
        if capaian:
            rows.append(
                {
                    "_i": i,
                    **base,
                    "provinsi": k.sel(i, "provinsi"),
                    **{c: k.sel(i, c) for c in CAPAIAN},
                    "sumber": f"SIPSN ({k.nama_file})",
                }
            )
        sebelum = len(komp)
        for kel, daftar, satuan in (("jenis", jenis, "%"), ("sumber", sumber, "ton")):
            for c in daftar:
                if k.sel(i, c) is not None:
                    komp.append(
                        {
                            "_i": i,
                            **base,
                            "provinsi": k.sel(i, "provinsi"),
                            "kelompok": kel,
                            "kategori": c,
                            "nilai": k.sel(i, c),
                            "satuan": satuan,
                        }
                    )
        if not capaian and len(komp) == sebelum:
            k.tolak(i, "kd_e_tanpa_angka", kabkota=kab)
    out = []
    if capaian:
        out.append(k.muatan(k.duplikat(k.baris(rows))))
    if komp:
        df = k.baris(komp)
        df = df[~df.index.isin(indeks(k.galat))]
        dup = df.reset_index()[[*_KOMPOSISI, "_i"]]
        for i in set(dup._i[dup.duplicated(list(_KOMPOSISI))]):
            k.tolak(i, "kd_e_duplikat", baris="?")
        df = df[~df.index.isin(indeks(k.galat))]
        out.append(Muatan("sipsn_komposisi", df, _KOMPOSISI, "perbarui", utama=not capaian))
    return out


DATASET = Dataset(
    "sipsn",
    ("Ekspor SIPSN (timbulan, capaian, komposisi)", "SIPSN exports (generation, performance, composition)"),
    "sipsn",
    ket="Ekspor sipsn.menlhk.go.id: satu baris per kab/kota per tahun. Timbulan, capaian dan komposisi "
    "(jenis atau sumber) dikenali dari judul kolom.",
    susun=susun,
    kunci=("tahun", "kabkota"),
    mode="lengkapi",
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
            alias=("timbulan_sampah_tahunan_ton_tahun_a", "timbulan_sampah_tahunan_ton", "timbulan_tahunan"),
            min=0,
            maks=1e8,
            contoh=614462,
        ),
        Kolom(
            "timbulan_harian_ton", "angka", alias=("timbulan_sampah_harian_ton",), min=0, maks=1e6, contoh=""
        ),
        Kolom("pengurangan_ton", "angka", alias=("pengurangan_sampah_tahunan_ton_tahun_b",), min=0, maks=1e8),
        Kolom("pengurangan_pct", "angka", alias=("persen_pengurangan_sampah_b_a",), min=0, maks=1000),
        Kolom("penanganan_ton", "angka", alias=("penanganan_sampah_tahunan_ton_tahun_c",), min=0, maks=1e8),
        Kolom("penanganan_pct", "angka", alias=("persen_penanganan_sampah_c_a",), min=0, maks=1000),
        Kolom("daur_ulang_ton", "angka", alias=("daur_ulang_sampah_tahunan_ton_tahun_d",), min=0, maks=1e8),
        Kolom("bahan_baku_ton", "angka", alias=("bahan_baku_sampah_tahunan_ton_tahun_e",), min=0, maks=1e8),
        Kolom("recycling_rate_pct", "angka", alias=("recycling_rate_d_e_a",), min=0, maks=1000),
    )
    + tuple(
        Kolom(c, "angka", alias=(c + "_persen", c.replace("_", "") + "_persen"), min=0, maks=100)
        for c in JENIS
    )
    + tuple(Kolom(c, "angka", alias=(c + "_ton",), min=0, maks=1e8) for c in SUMBER),
)
