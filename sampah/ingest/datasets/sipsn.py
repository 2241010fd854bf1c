"""SIPSN exports (sipsn.menlhk.go.id): one row per kab/kota per year. Timbulan and capaian columns
fill `sipsn`; composition by material (%) or by source (t, or % when the header says so) fills
`sipsn_komposisi`. Which export a file is, is read from its headers.

A kab/kota is one identity whatever the spelling ('KOTA BEKASI', 'Kota Adm. Jakarta Pusat',
'KAB. BEKASI', 'Kabupaten Bekasi') or code (BPS 3275, Kemendagri 32.75): every row is placed through
the national reference (sampah/rujukan.py) and stored under its Kemendagri code and name; a row that
names no single kab/kota, or whose code and name disagree, is refused with the candidates.

Only the columns a file has are written, so a timbulan export does not blank the capaian figures of
the same year; a blank cell stays blank (NULL, never 0). The file a figure came from is the import
that last changed it (`impor_id`), so importing a second file with the same figures changes nothing
and counts nothing as updated."""

from __future__ import annotations

import functools

from sampah import rujukan
from sampah.ingest import Tolak
from sampah.ingest.datasets.kolom_bersama import SATUAN
from sampah.ingest.deklarasi import Dataset, Kolom
from sampah.ingest.kolom import norm_header
from sampah.ingest.periode import tahun_penuh
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
# the figures of the timbulan and capaian exports, in the order of the capaian export (A .. E, P1/P2)
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
ANGKA = (*CAPAIAN, "timbulan_harian_ton", "terkelola_ton", "terkelola_pct", "periode")
_KOMPOSISI = ("tahun", "kabkota", "kelompok", "kategori")


@functools.lru_cache(maxsize=4096)
def kabkota(
    kode: str | None, nama: str | None, provinsi: str | None
) -> tuple[rujukan.Wilayah | None, str, dict]:
    """The one kab/kota a row means, by its code and its name (the province settles a name that two
    provinces share): (area, '', {}) or (None, message key, its values)."""
    dari_kode = dari_nama = None
    for teks in (kode, nama):
        if not teks:
            continue
        try:
            w = rujukan.kabkota(teks)
        except rujukan.BukanSatu as e:
            calon = [c for c in e.kandidat if c.kode and _prov_cocok(c, provinsi)]
            if e.kunci in ("rj_ambigu", "rj_kode_dua_arti") and len(calon) == 1:
                w = calon[0]
            elif teks == kode and nama and e.kunci == "rj_kode_dua_arti":
                continue  # the name decides between the two readings of the code
            else:
                daftar = "; ".join(c.label() for c in e.kandidat) or "-"
                return None, e.kunci, {"masukan": teks, "daftar": daftar, **e.kw}
        if teks == kode:
            dari_kode = w
        else:
            dari_nama = w
    if dari_kode and dari_nama and dari_kode.kode != dari_nama.kode:
        return None, "kd_e_sipsn_kode_nama", {"kode": kode, "nama": nama, "nama_kode": dari_kode.label()}
    return dari_kode or dari_nama, "", {}


def _prov_cocok(w: rujukan.Wilayah, provinsi: str | None) -> bool:
    if not provinsi or not w.induk:
        return True
    ref = rujukan.rujukan().wilayah(w.induk).nama
    return rujukan.kunci_nama(ref, "provinsi") == rujukan.kunci_nama(provinsi, "provinsi")


def _periode(v: object) -> str | None:
    """'P 1', 'p1', 'Semester 2' -> 'P1' / 'P2'; anything else as written."""
    if v is None:
        return None
    s = norm_header(v).replace("_", "")
    for n in ("1", "2"):
        if s in (f"p{n}", f"semester{n}", f"s{n}"):
            return f"P{n}"
    return str(v).strip() or None


def _timbulan_dari_harian(k: Konteks) -> None:
    """A file (or a user's mapping) with t/day only: the year's total is t/day x the days of its year,
    so a mapped daily column is never refused as 'not a SIPSN export'."""
    if "timbulan_ton" in k.peta or "timbulan_harian_ton" not in k.peta:
        return
    k.peta = {**k.peta, "timbulan_ton": k.peta["timbulan_harian_ton"]}
    hari: dict[int, int] = {}
    ton = k._isi.setdefault("timbulan_ton", {}) if k._isi is not None else {}
    for i in k.p.index:
        th, x = k.sel(i, "tahun"), k.sel(i, "timbulan_harian_ton")
        if th is not None and x is not None:
            hari[int(th)] = tahun_penuh(int(th)).hari  # calendar days, as every rate; stated
            ton[i] = x * hari[int(th)]
        else:
            ton[i] = None
    rincian = "; ".join(f"{th}: {n} hari" for th, n in sorted(hari.items()))
    k.catat(
        "kd_c_laju", kolom=k.peta["timbulan_harian_ton"], dari="ton/hari", ke="ton/tahun", rincian=rincian
    )


def susun(k: Konteks) -> list[Muatan]:
    _timbulan_dari_harian(k)
    capaian = [c for c in ANGKA if c in k.peta]
    jenis = [c for c in JENIS if c in k.peta]
    sumber = [c for c in SUMBER if c in k.peta]
    if not [c for c in capaian if c != "periode"] and not jenis and not sumber:
        raise Tolak("kd_f_sipsn_kolom")
    satuan = {c: "%" if "persen" in norm_header(k.peta[c]) else "ton" for c in sumber} | dict.fromkeys(
        jenis, "%"
    )
    rows, komp = [], []
    for i in k.p.index:
        if i in k.galat:
            continue
        w, e, kw = kabkota(
            _teks(k.sel(i, "kode_kabkota")), _teks(k.sel(i, "kabkota")), _teks(k.sel(i, "provinsi"))
        )
        if w is None:
            k.tolak(i, e or "kd_e_wajib", kolom=k.header("kabkota") or "kabkota", **kw)
            continue
        base = {"tahun": int(k.sel(i, "tahun")), "kabkota": w.nama}
        tempat = {"kode_kabkota": w.kode, "provinsi": rujukan.rujukan().wilayah(w.induk).nama}
        nilai = {c: _periode(k.sel(i, c)) if c == "periode" else k.sel(i, c) for c in capaian}
        if capaian:
            rows.append({"_i": i, **base, **tempat, **nilai})
        sebelum = len(komp)
        for kel, daftar in (("jenis", jenis), ("sumber", sumber)):
            for c in daftar:
                if k.sel(i, c) is not None:  # a blank share is no row: never a 0
                    komp.append(
                        {"_i": i, **base, "kelompok": kel, "kategori": c, **tempat}
                        | {"nilai": k.sel(i, c), "satuan": satuan[c]}
                    )
        if all(v is None for c, v in nilai.items() if c != "periode") and len(komp) == sebelum:
            k.tolak(i, "kd_e_tanpa_angka", kabkota=w.nama)
            del komp[sebelum:]
            if capaian:
                rows.pop()
    out = []
    if capaian:
        # two spellings of one kab/kota in one file are one key: the second is refused as a duplicate
        df = k.duplikat(k.baris(rows))
        out.append(k.muatan(df[~df.index.isin(indeks(k.galat))]))
    if komp:
        df = k.baris(komp)
        df = df[~df.index.isin(indeks(k.galat))]
        dup = df.reset_index()[[*_KOMPOSISI, "_i"]]
        for i in set(dup._i[dup.duplicated(list(_KOMPOSISI))]):
            k.tolak(i, "kd_e_duplikat", baris="?")
        df = df[~df.index.isin(indeks(k.galat))]
        out.append(Muatan("sipsn_komposisi", df, _KOMPOSISI, "lengkapi", utama=not capaian))
    return out


def _teks(v: object) -> str | None:
    return None if v is None else (str(v).strip() or None)


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
            alias=("kabupaten_kota", "kab_kota", "kota", "nama_kabupaten_kota", "nama_kab_kota"),
            contoh="Kab. Bekasi",
        ),
        # weights: a provincial 'produksi sampah' table in TON PER HARI (unit column or header) becomes
        # the year's total, with the days of the year in the report (periode.Berat)
        Kolom(
            "kode_kabkota",
            alias=("kode_kabupaten_kota", "kode_kab_kota", "kode_kota", "kode_wilayah", "kode_bps", "kode"),
            contoh="32.16",
            ket="Kode Kemendagri (32.16) atau BPS (3216); bila ada, menunjuk kab/kota yang sama dengan nama.",
        ),
        Kolom(
            "timbulan_ton",
            "berat",
            alias=(
                "timbulan_sampah_tahunan_ton_tahun_a",
                "timbulan_sampah_tahunan_ton",
                "timbulan_tahunan",
                "jumlah_produksi_sampah",
                "produksi_sampah",
                "jumlah_timbulan_sampah",
            ),
            satuan="ton",
            min=0,
            maks=1e8,
            contoh=614462,
        ),
        Kolom(
            "timbulan_harian_ton",
            "angka",
            alias=("timbulan_sampah_harian_ton", "timbulan_harian", "timbulan_sampah_harian_ton_hari"),
            min=0,
            maks=1e6,
            contoh=1683.46,
        ),
        SATUAN,
        Kolom("pengurangan_ton", "angka", alias=("pengurangan_sampah_tahunan_ton_tahun_b",), min=0, maks=1e8),
        Kolom("pengurangan_pct", "angka", alias=("persen_pengurangan_sampah_b_a",), min=0, maks=1000),
        Kolom("penanganan_ton", "angka", alias=("penanganan_sampah_tahunan_ton_tahun_c",), min=0, maks=1e8),
        Kolom("penanganan_pct", "angka", alias=("persen_penanganan_sampah_c_a",), min=0, maks=1000),
        Kolom("terkelola_ton", "angka", alias=("sampah_terkelola_tahunan_ton_tahun_b_c",), min=0, maks=1e8),
        Kolom("terkelola_pct", "angka", alias=("persen_sampah_terkelola_b_c_a",), min=0, maks=1000),
        Kolom("daur_ulang_ton", "angka", alias=("daur_ulang_sampah_tahunan_ton_tahun_d",), min=0, maks=1e8),
        Kolom("bahan_baku_ton", "angka", alias=("bahan_baku_sampah_tahunan_ton_tahun_e",), min=0, maks=1e8),
        Kolom("recycling_rate_pct", "angka", alias=("recycling_rate_d_e_a",), min=0, maks=1000),
        Kolom("periode", alias=("p1_p2", "semester"), contoh="P 1"),
    )
    + tuple(
        Kolom(c, "angka", alias=(c + "_persen", c.replace("_", "") + "_persen"), min=0, maks=100)
        for c in JENIS
    )
    + tuple(Kolom(c, "angka", alias=(c + "_ton", c + "_persen"), min=0, maks=1e8) for c in SUMBER),
)
