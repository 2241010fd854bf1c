"""Deterministic sample data for Kota Bekasi: `python -m sampah demo --years N --seed K`.

Every figure is sized from `shared/domain.md` (sources cited there); where no public figure exists
the value is an assumption and says so. The same (years, seed, scale, end) gives the same rows in
the same order, because everything is drawn from one seeded NumPy generator and nothing reads the
clock. `scale` changes how many rows represent the deposits, not the tonnes: at scale 1 there are
about a million deposits a year (Kota Bekasi's ~30,000 nasabah households).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb
import numpy as np
import pandas as pd

from sampah import demo_csr, ringkas
from sampah.ingest.datasets import sipsn as sipsn_capaian
from sampah.kalender import BULAN_HUJAN, LEBARAN
from sampah.wilayah import load_reference

DEMO_END = date(2026, 10, 31)  # fixed so that the sample never depends on today's date

# City population, BPS (SP2020 census and mid-year estimates, via en.wikipedia "Bekasi").
PENDUDUK_KOTA = {2020: 2_543_676, 2021: 2_564_940, 2022: 2_590_257, 2023: 2_627_307, 2024: 2_644_058}
PERTUMBUHAN_PENDUDUK = 0.0065  # per year outside the BPS years (D: 2023->2024 change)
BEKASI_TIMUR_SP2020 = 257_030  # the only kecamatan figure found (dewiki.de, SP2020)

# Bank sampah: 781 t reduced in 2024 by Kota Bekasi's bank sampah (radarbekasi, Sep 2025);
# 413 units (260 active) in 2023 -> 443 (300 active) Sep 2025; ~30,000 KK nasabah.
TON_BANK_SAMPAH_2024 = 781.0
PERTUMBUHAN_SETORAN = 0.06  # assumption: yearly growth of deposited tonnes
UNIT_TERDAFTAR_AKHIR = 455  # registered units at DEMO_END (443 in Sep 2025, growing)
UNIT_AKTIF_AKHIR = 305  # active units at DEMO_END (300 in Sep 2025)

# TPA Sumur Batu: about 1,500-1,800 t/day (harnasnews Apr 2025; tribunnews May 2025), 5-7 t/load.
TON_TPA_HARIAN_2025 = 1_650.0
PERTUMBUHAN_TPA = 0.03  # assumption
# mean payload per trip: 5.5 t (DKI, H-1 Lebaran 2021: 8,713 t over 1,580 rit; 5.3 t on Lebaran day,
# domain.md), i.e. ~300 loads a day and ~100,000 a year at Sumur Batu
TON_PER_MUATAN = 5.5
PORSI_ASAL_TIDAK_DIKETAHUI = 0.03

# CSR: a project in the environment sector raises deposits at the bank sampah of its kelurahan
# by this fraction from its start date on. Tests recover this planted effect.
CSR_EFEK_SETORAN = 0.40

KATEGORI = {  # kategori: (share of weight, [(subjenis, Rp/kg in 2024, share within kategori)])
    # prices: domain.md price table (munasya 2025, Tribun Aceh 2024, Sudin LH Jaksel 2025, ...)
    "plastik": (
        0.34,
        [
            ("PET", 4000, 0.35),
            ("gelas plastik PP", 2500, 0.2),
            ("HDPE", 5000, 0.15),
            ("kresek", 2000, 0.22),
            ("tutup botol", 3400, 0.08),
        ],
    ),
    "kertas": (
        0.36,
        [("kardus", 1700, 0.5), ("HVS", 1700, 0.15), ("koran", 800, 0.15), ("kertas campur", 600, 0.2)],
    ),
    "logam": (
        0.07,
        [("besi", 1800, 0.5), ("kaleng", 1500, 0.3), ("aluminium", 6000, 0.18), ("tembaga", 50000, 0.02)],
    ),
    "kaca": (0.07, [("beling", 275, 1.0)]),
    "organik": (0.10, [("sisa dapur", 1000, 1.0)]),  # Rp83 m organic vs Rp1.4 bn inorganic (2024)
    "minyak jelantah": (0.03, [("jelantah", 4400, 1.0)]),  # Rp4,000/L, ~0.9 kg/L
    "lainnya": (0.03, [("kain/karet", 500, 1.0)]),
}

# SIPSN 2024 peers (sipsn.menlhk.go.id export, see domain.md): Kemendagri code, timbulan t/yr,
# pengurangan %, penanganan %, recycling rate %; names as the national reference spells them.
SIPSN_2024 = [
    ("Jawa Barat", "32.16", "Kabupaten Bekasi", 614_462, 0.41, 53.82, 0.29),
    ("Jawa Tengah", "33.74", "Kota Semarang", 434_244, 27.67, 71.34, 27.16),
    ("Kalimantan Timur", "64.74", "Kota Bontang", 38_963, 28.56, 71.12, 27.97),
    (
        "Daerah Khusus Ibukota Jakarta",
        "31.75",
        "Kota Administrasi Jakarta Timur",
        859_045,
        28.18,
        71.59,
        26.57,
    ),
    ("Jawa Barat", "32.73", "Kota Bandung", 546_151, 18.00, 67.59, 18.20),
]

# Perpres 97/2017 (Jakstranas) yearly pengurangan/penanganan targets; interim years recalled,
# not verified against the Lampiran (domain.md section 3). Kept at 30/70 after 2025 (assumption).
TARGET = {
    2018: (20, 75),
    2019: (22, 75),
    2020: (24, 74),
    2021: (26, 73),
    2022: (28, 72),
    2023: (29, 71),
    2024: (30, 70),
    2025: (30, 70),
}

# Settings of the Target & Neraca page (sampah/analisis). Sumur Batu's remaining capacity was not
# found (domain.md): the capacity below is an illustration of the sample data only.
SETELAN_ANALISIS = [
    (
        "tpa_jenis",
        "open_dumping",
        "TPA Sumur Batu masuk daftar 343 TPA open dumping KLH; sanksi administratif Mar 2025 "
        "(harnasnews 24 Apr 2025; reskrimpolda.news 21 Apr 2025)",
    ),
    ("tpa_sisa_kapasitas", "5000000", "Ilustrasi data contoh: kapasitas sisa resmi tidak ditemukan"),
    ("tpa_sisa_satuan", "m3", "Ilustrasi data contoh"),
    ("tpa_sisa_tanggal", "2026-01-01", "Ilustrasi data contoh: tanggal pengukuran sisa kapasitas"),
    (
        "porsi_organik",
        "0.724",
        "Komposisi SIPSN Kota Bekasi 2023: sisa makanan 65,2% + kayu/ranting 7,2% "
        "(github muhammadFadjarYulianto/greenlify_deployment)",
    ),
    # the peers DESIGN.md names for Kota Bekasi: Kota Semarang, Kota Bontang, Jakarta Timur
    ("sipsn_pembanding", "33.74,64.74,31.75", "Pembanding yang disebut DLH (contoh)"),
]


@dataclass(frozen=True)
class Rows:
    """Row counts of a build, for the command line and the closing note."""

    setoran: int
    tpa_muatan: int
    bank_sampah: int


def _days(start: date, end: date) -> np.ndarray:
    return np.arange(np.datetime64(start), np.datetime64(end) + 1, dtype="datetime64[D]")


def _years_of(d: np.ndarray) -> np.ndarray:
    return d.astype("datetime64[Y]").astype(int) + 1970


def _months_of(d: np.ndarray) -> np.ndarray:
    return d.astype("datetime64[M]").astype(int) % 12 + 1


def _lebaran_offset(d: np.ndarray) -> np.ndarray:
    """Days since the nearest Lebaran (negative before it)."""
    leb = np.array([np.datetime64(v) for v in LEBARAN.values()], dtype="datetime64[D]")
    diff = (d[:, None] - leb[None, :]).astype(int)
    return diff[np.arange(len(d)), np.abs(diff).argmin(axis=1)]


def musim_setoran(d: np.ndarray) -> np.ndarray:
    """Relative deposit intensity: pause over Lebaran, peak after it and at year end, rainy dip."""
    off = _lebaran_offset(d)
    m = _months_of(d)
    f = np.ones(len(d))
    f[(off >= -2) & (off <= 4)] = 0.0
    after = (off > 4) & (off <= 35)
    f[after] *= 1 + 0.45 * np.exp(-(off[after] - 5) / 12)  # parcels and cardboard after Lebaran
    day = d.astype("datetime64[D]") - d.astype("datetime64[Y]")
    f[(m == 12) & (day.astype(int) >= 340)] *= 1.3  # year-end clear-out
    f[np.isin(m, BULAN_HUJAN)] *= 0.85  # rainy season: fewer visits, wet paper refused
    return f


def musim_tpa(d: np.ndarray) -> np.ndarray:
    """Relative TPA inflow: mudik dip at Lebaran, surge after, wet rainy months, Sunday low."""
    off = _lebaran_offset(d)
    m = _months_of(d)
    f = np.ones(len(d))
    f[(off >= -1) & (off <= 3)] *= 0.65
    f[(off > 3) & (off <= 14)] *= 1.25  # "700 t/day normally, 900 after Lebaran" (republika 2019)
    f[np.isin(m, BULAN_HUJAN)] *= 1.06
    dow = (d.astype(int) + 3) % 7  # 0 = Monday
    f[dow == 6] *= 0.85
    f[dow == 0] *= 1.08
    return f


def penduduk_tahun(tahun: int) -> int:
    if tahun in PENDUDUK_KOTA:
        return PENDUDUK_KOTA[tahun]
    ref = max(PENDUDUK_KOTA) if tahun > max(PENDUDUK_KOTA) else min(PENDUDUK_KOTA)
    return round(PENDUDUK_KOTA[ref] * (1 + PERTUMBUHAN_PENDUDUK) ** (tahun - ref))


def _population(kec: pd.DataFrame, kel: pd.DataFrame, years: list[int]) -> pd.DataFrame:
    """Estimated kelurahan population: Bekasi Timur's SP2020 share, the rest by area."""
    share_bt = BEKASI_TIMUR_SP2020 / PENDUDUK_KOTA[2020]
    bt = kec.kode == "32.75.01"
    kec_share = np.where(bt, share_bt, (1 - share_bt * bt.any()) * kec.luas_km2 / kec.luas_km2[~bt].sum())
    kec_share = pd.Series(kec_share, index=kec.kode)
    in_kec = kel.luas_km2 / kel.groupby("kecamatan_kode").luas_km2.transform("sum")
    kel_share = in_kec * kel.kecamatan_kode.map(kec_share)
    rows = [(k, y, int(round(s * penduduk_tahun(y)))) for y in years for k, s in zip(kel.kode, kel_share)]
    out = pd.DataFrame(rows, columns=["wilayah_kode", "tahun", "jumlah"])
    out["estimasi"] = True
    out["sumber"] = (
        "Estimasi data contoh: penduduk kota BPS dibagi menurut luas (Bekasi Timur menurut SP2020)"
    )
    return out


def _bank_sampah(
    rng: np.random.Generator, kel: pd.DataFrame, pop_share: pd.Series, end: date
) -> pd.DataFrame:
    n = UNIT_TERDAFTAR_AKHIR
    end64 = np.datetime64(end)
    # registered units grow ~3.5%/yr: 413 in 2023 -> 443 in 2025 (domain.md)
    years_before = np.minimum(-np.log(rng.uniform(1e-9, 1, n)) / 0.035, 20)
    berdiri = end64 - (years_before * 365.25).astype(int)
    kel_idx = rng.choice(len(kel), size=n, p=pop_share.to_numpy())
    nonaktif = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    inactive = rng.choice(n, size=n - UNIT_AKTIF_AKHIR, replace=False)
    age = (end64 - berdiri[inactive]).astype(int)
    nonaktif[inactive] = berdiri[inactive] + (
        np.maximum(age, 200) * rng.uniform(0.3, 0.95, len(inactive))
    ).astype(int)
    nonaktif[inactive] = np.minimum(nonaktif[inactive], end64 - 30)
    nasabah = np.maximum(10, rng.lognormal(np.log(80), 0.6, n)).astype(int)
    kel_rw = kel.jumlah_rw.to_numpy()[kel_idx]
    df = pd.DataFrame(
        {
            "id": [f"BS-{i + 1:04d}" for i in range(n)],
            "jenis": "unit",
            "kelurahan_kode": kel.kode.to_numpy()[kel_idx],
            "rw": [f"RW {int(r):03d}" for r in rng.integers(1, kel_rw + 1)],
            "lat": kel.lat.to_numpy()[kel_idx] + rng.normal(0, 0.005, n),
            "lon": kel.lon.to_numpy()[kel_idx] + rng.normal(0, 0.005, n),
            "berdiri": berdiri,
            "nonaktif_sejak": nonaktif,
            "nasabah": nasabah,
        }
    )
    kel_nama = dict(zip(kel.kode, kel.nama))
    df["nama"] = [f"Bank Sampah {kel_nama[k]} {rw}" for k, rw in zip(df.kelurahan_kode, df.rw)]
    df.loc[df.duplicated("nama", keep=False), "nama"] += " " + df.id.str[-4:]
    induk = {
        "id": "BSI-0001",
        "nama": "Bank Sampah Induk Patriot (BSIP)",
        "jenis": "induk",
        "kelurahan_kode": "32.75.11.1003",
        "rw": None,
        "berdiri": np.datetime64("2019-03-01"),
        "nonaktif_sejak": np.datetime64("NaT"),
        "nasabah": 120,
    }  # ASN of the OPDs
    k = kel.set_index("kode").loc[induk["kelurahan_kode"]]
    induk.update(lat=k.lat, lon=k.lon)
    df = pd.concat([pd.DataFrame([induk]), df], ignore_index=True)
    df["induk_id"] = np.where(df.jenis == "unit", "BSI-0001", None)
    df = df[df.berdiri <= end64].reset_index(drop=True)
    return df


def _setoran(
    rng: np.random.Generator,
    con: duckdb.DuckDBPyConnection,
    bs: pd.DataFrame,
    csr: pd.DataFrame,
    start: date,
    end: date,
    scale: float,
) -> int:
    """Generate the deposits one calendar year at a time and insert each year straight away, so
    memory stays bounded by one year's rows (about 40 bytes a row) at any number of years. Strings
    (ids, categories) are built by DuckDB from small lookup lists; rows go in sorted by
    (tanggal, bank_sampah_id, nasabah_id). Returns the number of rows."""
    days = _days(start, end)
    dow = (days.astype(int) + 3) % 7
    season = musim_setoran(days)
    units = bs.reset_index(drop=True)
    n_units = len(units)
    # each unit weighs on one weekday (a fifth of them twice a week); some fall silent lately.
    # The Bank Sampah Induk only weighs "Sedekah Sampah ASN" on Mondays (tempo, Jul 2019).
    hari = np.where(units.jenis == "induk", 0, rng.integers(0, 7, n_units))
    hari2 = np.where((rng.uniform(size=n_units) < 0.2) & (units.jenis == "unit"), (hari + 3) % 7, -1)
    senyap = (rng.uniform(size=n_units) < 0.04) & (units.jenis == "unit")
    senyap_sejak = np.datetime64(end) - rng.integers(60, 120, n_units)
    berdiri = units.berdiri.to_numpy().astype("datetime64[D]")
    nonaktif = units.nonaktif_sejak.to_numpy().astype("datetime64[D]")
    nonaktif = np.where(np.isnat(nonaktif), np.datetime64(end) + 1, nonaktif)
    u_idx, d_idx = np.nonzero((dow[None, :] == hari[:, None]) | (dow[None, :] == hari2[:, None]))
    d = days[d_idx]
    ok = (d >= berdiri[u_idx]) & (d < nonaktif[u_idx]) & ~(senyap[u_idx] & (d >= senyap_sejak[u_idx]))
    ok &= rng.uniform(size=len(ok)) > 0.12  # missed weighing sessions
    u_idx, d_idx = u_idx[ok], d_idx[ok]
    lam = units.nasabah.to_numpy()[u_idx] * 0.75 * scale * season[d_idx] / np.where(hari2[u_idx] >= 0, 2, 1)
    n_lines = rng.poisson(lam)  # deposit lines per weighing session
    unit_noise_all = rng.uniform(0.9, 1.1, n_units)
    nasabah_unit = units.nasabah.to_numpy()
    unit_kel_all = units.kelurahan_kode.to_numpy()
    ids = units.id.tolist()
    id_rank = np.argsort(np.argsort(np.array(ids, dtype=object)))  # string order of the ids
    kat_names = list(KATEGORI)
    sub_names = [s[0] for k in kat_names for s in KATEGORI[k][1]]
    csr_lh = csr[(csr.bidang == "lingkungan hidup") & (csr.status != "usulan")]
    sess_years = _years_of(days[d_idx])
    total = 0
    for y in np.unique(sess_years):
        sel = sess_years == y
        u = np.repeat(u_idx[sel], n_lines[sel])
        d = np.repeat(days[d_idx[sel]], n_lines[sel])
        n = len(u)
        if n == 0:
            continue
        kat = rng.choice(len(kat_names), size=n, p=[KATEGORI[k][0] for k in kat_names])
        sub = np.zeros(n, dtype=np.int16)
        base_price = np.zeros(n)
        off = 0
        for ki, name in enumerate(kat_names):
            mask = kat == ki
            subs = KATEGORI[name][1]
            pick = rng.choice(len(subs), size=int(mask.sum()), p=[s[2] for s in subs])
            sub[mask] = off + pick
            base_price[mask] = np.array([s[1] for s in subs])[pick]
            off += len(subs)
        weight = rng.lognormal(0, 0.8, n)
        # calibrate: deposited tonnes per calendar year follow the 2024 figure and its growth
        covered = len(np.unique(d))
        total_days = 366 if y % 4 == 0 else 365
        want = TON_BANK_SAMPAH_2024 * (1 + PERTUMBUHAN_SETORAN) ** (y - 2024) * 1000
        weight *= want / (weight.sum() * total_days / max(covered, 1))
        # planted CSR effect on the project's kelurahan
        unit_kel = unit_kel_all[u]
        for p in csr_lh.itertuples():
            weight[(unit_kel == p.kelurahan_kode) & (d >= np.datetime64(p.mulai))] *= 1 + CSR_EFEK_SETORAN
        price = np.round(base_price * (1.04 ** (y - 2024)) * unit_noise_all[u] / 50) * 50
        weight = np.round(weight, 2)
        nasabah_no = (rng.uniform(size=n) * nasabah_unit[u]).astype(np.int32) + 1
        order = np.lexsort((nasabah_no, id_rank[u], d))  # stable: ties keep generation order
        rows = pd.DataFrame(
            {
                "hari": d[order].astype(np.int32),
                "u": u[order].astype(np.int32),
                "no": nasabah_no[order],
                "k": kat[order].astype(np.int8),
                "s": sub[order],
                "berat": weight[order],
                "harga": price[order],
                "nilai": np.round(weight[order] * price[order]),
            }
        )
        del u, d, kat, sub, base_price, weight, price, nasabah_no, order, unit_kel
        con.register("_setoran_rows", rows)
        con.execute(
            "INSERT INTO setoran (tanggal, bank_sampah_id, nasabah_id, kategori, subjenis, berat_kg, "
            "harga_per_kg, nilai_rp) "
            "SELECT DATE '1970-01-01' + hari, list_extract($ids, u + 1), "
            "list_extract($ids, u + 1) || '-' || printf('%04d', no), list_extract($kat, k + 1), "
            "list_extract($sub, s + 1), berat, harga, nilai FROM _setoran_rows",
            {"ids": ids, "kat": kat_names, "sub": sub_names},
        )
        con.unregister("_setoran_rows")
        total += n
        del rows
    return total


def _pengolahan(rng: np.random.Generator, kel: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """Illustrative TPS 3R, composting and maggot sites (no Kota Bekasi tonnage was found)."""
    sites = [("TPS 3R", 6, 1.2), ("rumah kompos", 3, 0.6), ("maggot BSF", 3, 0.4)]
    days = _days(start, end)
    dow = (days.astype(int) + 3) % 7
    frames = []
    no = 0
    for jenis, count, ton in sites:
        for _ in range(count):
            no += 1
            k = kel.iloc[int(rng.integers(len(kel)))]
            opened = days[0] + int(rng.integers(-365, max(len(days) - 60, 1)))
            m = (days >= opened) & (dow != 6)
            t = np.round(ton * rng.lognormal(0, 0.25, m.sum()), 3)
            frames.append(
                pd.DataFrame(
                    {
                        "tanggal": days[m],
                        "fasilitas": f"{jenis.upper() if jenis == 'tps 3r' else jenis.title()} "
                        f"{k.nama} ({no:02d})",
                        "jenis_fasilitas": jenis,
                        "kelurahan_kode": k.kode,
                        "ton": t,
                    }
                )
            )
    return pd.concat(frames, ignore_index=True).sort_values(["tanggal", "fasilitas"], kind="stable")


def _tpa_muatan(
    rng: np.random.Generator, con: duckdb.DuckDBPyConnection, kec_share: pd.Series, start: date, end: date
) -> int:
    """Weighbridge loads, generated and inserted one calendar year at a time (bounded memory).
    Returns the number of rows."""
    all_days = _days(start, end)
    kode = kec_share.index.to_numpy()
    # per-capita generation differs by kecamatan (markets, commerce, density): a fixed factor each
    share = kec_share.to_numpy() * rng.lognormal(0, 0.15, len(kode))
    share = share / share.sum()
    # fleet: ~240 trucks (kompas 2019), each serving one kecamatan, with its own tare
    fleet = 240
    truck_kec = np.arange(fleet) % len(kode)
    tare_of = np.round(rng.uniform(5500, 7500, fleet), -1)
    sumber = np.array(["permukiman", "pasar", "perniagaan", "kawasan", "fasilitas umum"], dtype=object)
    plates = np.array([f"B {9000 + i} {'FBA' if i % 2 else 'PBK'}" for i in range(fleet)], dtype=object)
    all_years = _years_of(all_days)
    total = 0
    for y in np.unique(all_years):
        days = all_days[all_years == y]
        base = TON_TPA_HARIAN_2025 * (1 + PERTUMBUHAN_TPA) ** (y - 2025) * musim_tpa(days)
        t = base[:, None] * share[None, :] * rng.lognormal(0, 0.06, (len(days), len(kode)))
        n = np.maximum(1, np.round(t / TON_PER_MUATAN).astype(int)).ravel()
        day_of = np.repeat(np.repeat(np.arange(len(days)), len(kode)), n)
        kec_of = np.repeat(np.tile(np.arange(len(kode)), len(days)), n)
        m = len(day_of)
        net = np.clip(rng.normal(TON_PER_MUATAN, 0.7, m), 3.5, 8.5) * 1000
        choice = rng.integers(0, fleet // len(kode), m) * len(kode) + kec_of
        choice = np.minimum(choice, fleet - 1)
        choice = np.where(truck_kec[choice] == kec_of, choice, kec_of)
        tare = tare_of[choice]
        net = np.round(net, -1)
        secs = (rng.beta(2.2, 2.5, m) * 17 + 5) * 3600
        waktu = days[day_of].astype("datetime64[s]") + secs.astype(int)
        asal = kode[kec_of].astype(object)
        asal[rng.uniform(size=m) < PORSI_ASAL_TIDAK_DIKETAHUI] = None
        df = (
            pd.DataFrame(
                {
                    "waktu": waktu,
                    "tpa_id": "TPA-01",
                    "nopol": plates[choice],
                    "asal_kecamatan_kode": asal,
                    "jenis_sumber": sumber[rng.choice(5, size=m, p=[0.52, 0.17, 0.11, 0.11, 0.09])],
                    "bruto_kg": tare + net,
                    "tara_kg": tare,
                    "netto_kg": net,
                }
            )
            .sort_values("waktu", kind="stable")
            .reset_index(drop=True)
        )
        df["tiket"] = (
            "SB"
            + pd.Series(df.waktu.dt.strftime("%y%m%d"))
            + "-"
            + (df.groupby(df.waktu.dt.date).cumcount() + 1).astype(str).str.zfill(4)
        )
        con.register("_tpa_rows", df)
        cols = ", ".join(df.columns)
        con.execute(f"INSERT INTO tpa_muatan ({cols}) SELECT {cols} FROM _tpa_rows")
        con.unregister("_tpa_rows")
        total += m
        del df, t, day_of, kec_of, net, choice, tare, secs, waktu, asal
    return total


def fill(
    con: duckdb.DuckDBPyConnection, years: int = 3, seed: int = 42, scale: float = 0.2, end: date = DEMO_END
) -> Rows:
    """Fill an empty database (schema already created) with sample data."""
    rng = np.random.default_rng(seed)
    start = (pd.Timestamp(end) - pd.DateOffset(years=years) + pd.Timedelta(days=1)).date()
    ref = load_reference()
    kota, kec, kel = ref.kota, ref.kecamatan, ref.kelurahan.copy()
    pop = _population(kec, kel, list(range(start.year, end.year + 1)))
    pop_now = pop[pop.tahun == end.year].set_index("wilayah_kode").jumlah
    kel_share = kel.kode.map(pop_now) / pop_now.sum()
    # RW per kelurahan: the city's 1,018 RW (dewiki, 2021) shared by estimated population
    kel["jumlah_rw"] = np.maximum(3, np.round(kel_share * int(kota.jumlah_rw.iloc[0]))).astype(int)
    kel["jumlah_rw_estimasi"] = True
    kec_share = kel.assign(s=kel_share).groupby("kecamatan_kode").s.sum()

    bs = _bank_sampah(rng, kel, kel_share, end)
    csr = demo_csr.proyek(rng, kel, start, end)
    n_setoran = _setoran(rng, con, bs, csr, start, end, scale)
    pengolahan = _pengolahan(rng, kel, start, end)
    n_muatan = _tpa_muatan(rng, con, kec_share, start, end)

    linked = {k: sorted(bs[bs.kelurahan_kode == k].id)[:3] for k in csr.kelurahan_kode}
    csr["bank_sampah_ids"] = [
        linked[k] if b == "lingkungan hidup" else [] for k, b in zip(csr.kelurahan_kode, csr.bidang)
    ]
    target = pd.DataFrame(
        [
            (
                kota.kode.iloc[0],
                y,
                *TARGET.get(y, (30, 70)),
                "Jakstrada data contoh: jalur Jakstranas (Perpres 97/2017); nilai antara belum diverifikasi"
                if y in TARGET
                else "Jakstrada data contoh: 30/70 Jakstranas 2025 dipertahankan (asumsi)",
            )
            for y in range(min(start.year, 2018), end.year + 5)
        ],
        columns=["kota_kode", "tahun", "pengurangan_pct", "penanganan_pct", "sumber"],
    )
    sipsn = pd.DataFrame(
        [
            (
                2024,
                p,
                kd,
                k,
                t,
                t * b / 100,
                b,
                t * c / 100,
                c,
                None,
                None,
                r,
                "SIPSN 2024 (sipsn.menlhk.go.id)",
            )
            for p, kd, k, t, b, c, r in SIPSN_2024
        ],
        columns=["tahun", "provinsi", "kode_kabkota", "kabkota", *sipsn_capaian.CAPAIAN, "sumber"],
    )
    settings = pd.DataFrame(
        [
            ("kg_per_orang_hari", "0.68", "1.700 t/hari / ~2,5 juta jiwa (Kompas, Jan 2019)"),
            ("psel_mulai_tahun", "2029", "Asumsi data contoh: tahun PSEL (waste-to-energy) mulai"),
            ("data_contoh", "1", f"Data contoh: demo --years {years} --seed {seed} --scale {scale}"),
            ("data_contoh_akhir", end.isoformat(), "Tanggal terakhir data contoh"),
            *SETELAN_ANALISIS,
        ],
        columns=["kunci", "nilai", "catatan"],
    )
    tpa_kel = kel.set_index("kode").loc[kota.tpa_kelurahan_kode.iloc[0]]
    tpa = pd.DataFrame(
        [
            {
                "id": "TPA-01",
                "nama": kota.tpa_nama.iloc[0],
                "kota_kode": kota.kode.iloc[0],
                "kelurahan_kode": tpa_kel.name,
                "lat": tpa_kel.lat,
                "lon": tpa_kel.lon,
            }
        ]
    )

    def insert(table: str, df: pd.DataFrame) -> None:
        con.register("_rows", df)
        cols = ", ".join(df.columns)
        con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _rows")
        con.unregister("_rows")

    insert("kota", kota[["kode", "nama", "provinsi", "luas_km2", "lat", "lon", "jumlah_rw"]])
    insert("kecamatan", kec)
    insert("kelurahan", kel)
    insert("penduduk", pop)
    insert("tpa", tpa)
    insert("bank_sampah", bs)
    insert("csr_proyek", csr)
    insert("pengolahan", pengolahan)
    insert("target", target)
    insert("sipsn", sipsn)
    insert("pengaturan", settings)
    ringkas.segarkan(con)
    return Rows(n_setoran, n_muatan, len(bs))
