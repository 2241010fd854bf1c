"""What `python -m sampah bench` prints and keeps: each figure beside its goal and the floor it is
held against (`ringkas_hasil`), and the table printed at the end (`tabel`)."""

from __future__ import annotations

from sampah import beban, bench_halaman

GOAL = {
    "warm_p95_ms": 100,
    "cold_p95_ms": 500,
    "page_warm_s": 1.0,
    "floor_ratio": 1.5,
    "pandas_ratio": 10,
    "server_mb": 1536,
    "import_rows_s": 300_000,
    # issue #17: against Streamlit's empty page, 100 viewers at once, DuckDB's bare read_csv
    "browser_floor_ratio": 1.5,
    "load_sessions": 100,
    "load_p95_s": 10.0,
    "import_floor_ratio": 1.5,
    # a month into the ten-year store / the same month into an empty one: seconds, and bytes the
    # new version adds (catalog and new parts): the cost of the month, not of the store
    "month_full_empty_ratio": 1.2,
    "month_bytes_ratio": 1.5,
}


def kembar(impor: list[dict]) -> list[dict]:
    """Each dataset's month into the full store beside the same month into an empty store."""
    out = []
    for r in impor:
        k = next(
            (x for x in impor if x.get("kasus") == "bulan_ke_kosong" and x["dataset"] == r["dataset"]), None
        )
        if r.get("kasus") != "bulan_ke_penuh" or k is None or not k["detik"] or not k.get("byte_versi"):
            continue
        out.append(
            {
                "dataset": r["dataset"],
                "penuh_s": r["detik"],
                "kosong_s": k["detik"],
                "rasio_detik": round(r["detik"] / k["detik"], 2),
                "penuh_mb": round(r.get("byte_versi", 0) / 2**20, 2),
                "kosong_mb": round(k["byte_versi"] / 2**20, 2),
                "rasio_byte": round(r.get("byte_versi", 0) / k["byte_versi"], 2),
            }
        )
    return out


def ringkas_hasil(h: dict) -> dict:
    q = h["kueri"]
    warm = sum(r["warm"]["p50_ms"] for r in q)
    floor = sum(r["floor"]["p50_ms"] for r in q)
    pdq = {(r["kueri"], r["parameter"]): r for r in h["pandas"]["kueri"]}
    kami = sum(r["warm"]["p50_ms"] for r in q if (r["kueri"], r["parameter"]) in pdq)
    mereka = sum(r["p50_ms"] for r in pdq.values())
    out = {
        "warm_p95_maks_ms": max(r["warm"]["p95_ms"] for r in q),
        "cold_p95_maks_ms": max(r["cold"]["p95_ms"] for r in q),
        "rasio_dasbor_floor": round(warm / floor, 2) if floor else None,
        "rasio_pandas_dasbor": round(mereka / kami, 1) if kami else None,
        "cache_hit_p95_ms": h["cache"]["hit"]["p95_ms"],
    }
    if h.get("halaman"):
        out["halaman_hangat_maks_s"] = max(r["hangat_s"] for r in h["halaman"])
    if h.get("server"):
        out["server_puncak_mb"] = h["server"]["puncak_mb"]
    if h.get("impor"):  # the goal is the pipeline's throughput on a large file
        besar = [r for r in h["impor"] if r.get("kasus", "berkas_besar") == "berkas_besar"]
        if besar:
            out["impor_baris_per_detik_min"] = min(r["baris_per_detik"] for r in besar)
        if besar and all("rasio_lantai" in r for r in besar):
            out["impor_rasio_lantai_maks"] = max(r["rasio_lantai"] for r in besar)
        if k := kembar(h["impor"]):
            out["bulan_penuh_kosong_maks"] = max(r["rasio_detik"] for r in k)
            out["byte_penuh_kosong_maks"] = max(r["rasio_byte"] for r in k)
    if h.get("browser"):
        out["browser_rasio_lantai_maks"] = bench_halaman.rasio_maks(h["browser"])
    beban_akhir = [
        w
        for p in (h.get("beban") or {}).get("proses", [])[:1]  # one process: the goal's own case
        for w in p.get("gelombang", [])
        if w["sesi"] >= GOAL["load_sessions"]
    ]
    if beban_akhir:
        out["beban_100_p95_s"] = beban_akhir[0]["p95_s"]
        out["beban_100_galat"] = beban_akhir[0]["galat"]
    g = GOAL
    cek = {
        "warm_p95": out["warm_p95_maks_ms"] <= g["warm_p95_ms"],
        "cold_p95": out["cold_p95_maks_ms"] <= g["cold_p95_ms"],
        "floor_ratio": out["rasio_dasbor_floor"] is not None
        and out["rasio_dasbor_floor"] <= g["floor_ratio"],
        "pandas_ratio": out["rasio_pandas_dasbor"] is not None
        and out["rasio_pandas_dasbor"] >= g["pandas_ratio"],
    }
    if "halaman_hangat_maks_s" in out:
        cek["page_warm"] = out["halaman_hangat_maks_s"] <= g["page_warm_s"]
    if "server_puncak_mb" in out:
        cek["server_mb"] = out["server_puncak_mb"] < g["server_mb"]
    if "impor_baris_per_detik_min" in out:
        cek["import_rows_s"] = out["impor_baris_per_detik_min"] >= g["import_rows_s"]
    if "impor_rasio_lantai_maks" in out:
        cek["import_floor_ratio"] = out["impor_rasio_lantai_maks"] <= g["import_floor_ratio"]
    if "bulan_penuh_kosong_maks" in out:
        cek["month_full_empty"] = out["bulan_penuh_kosong_maks"] <= g["month_full_empty_ratio"]
        cek["month_bytes"] = out["byte_penuh_kosong_maks"] <= g["month_bytes_ratio"]
    if out.get("browser_rasio_lantai_maks") is not None:
        cek["browser_floor_ratio"] = out["browser_rasio_lantai_maks"] <= g["browser_floor_ratio"]
    if "beban_100_p95_s" in out:
        cek["load_100"] = (
            out["beban_100_p95_s"] is not None
            and out["beban_100_p95_s"] <= g["load_p95_s"]
            and out["beban_100_galat"] == 0
        )
    out["tercapai"] = cek
    return out


def tabel(h: dict) -> str:
    baris = [
        f"Benchmark: years={h['years']} scale={h['scale']}  setoran={h['baris']['setoran']:,}  "
        f"tpa_muatan={h['baris']['tpa_muatan']:,}  ({h['mesin']['cpu']} CPU; load average awal "
        f"{h['mesin'].get('beban_awal')}, akhir {h['mesin'].get('beban_akhir')})",
        "",
        f"{'kueri':24} {'parameter':12} {'baris':>6} {'cold p50':>9} {'cold p95':>9} {'warm p50':>9} "
        f"{'warm p95':>9} {'floor p50':>9} {'pandas p50':>10}",
    ]
    pdq = {(r["kueri"], r["parameter"]): r for r in h["pandas"]["kueri"]}
    for r in h["kueri"]:
        p = pdq.get((r["kueri"], r["parameter"]))
        baris.append(
            f"{r['kueri']:24} {r['parameter']:12} {r['baris']:>6} {r['cold']['p50_ms']:>9.1f} "
            f"{r['cold']['p95_ms']:>9.1f} {r['warm']['p50_ms']:>9.1f} {r['warm']['p95_ms']:>9.1f} "
            f"{r['floor']['p50_ms']:>9.1f} "
            + (f"{p['p50_ms']:>10.1f}{'' if p['cocok'] else ' (beda!)'}" if p else f"{'':>10}")
        )
    baris.append(
        "(ms; cold = koneksi baru, warm = koneksi sama tanpa cache hasil, floor = SQL yang sama "
        "langsung di DuckDB ke Arrow)"
    )
    c = h["cache"]
    baris.append(
        f"cache dasbor (ui.q): miss p95 {c['miss']['p95_ms']:.1f} ms, hit p95 {c['hit']['p95_ms']:.2f} ms"
    )
    baris.append(
        f"pandas: memuat tabel mentah {h['pandas']['muat_detik']} s "
        f"({h['pandas']['baris_dimuat']:,} baris), lalu per klik seperti di atas"
    )
    if h.get("halaman"):
        baris += ["", f"{'halaman':14} {'pertama s':>10} {'hangat s':>10}"]
        baris += [f"{r['halaman']:14} {r['pertama_s']:>10.2f} {r['hangat_s']:>10.2f}" for r in h["halaman"]]
    if h.get("server"):
        baris.append(
            f"\nserver streamlit: puncak memori {h['server']['puncak_mb']} MB "
            f"(RSS akhir {h['server']['rss_akhir_mb']} MB)"
        )
    g_impor = GOAL["import_floor_ratio"]
    if h.get("impor"):
        baris += [
            "",
            f"{'impor':15} {'dataset':11} {'baris':>9} {'detik':>7} {'baris/s':>9}  "
            "periksa / muat / terbit s   lantai s  x lantai (tujuan <= "
            f"{g_impor:g}x)",
        ]
        baris += [
            f"{r.get('kasus', ''):15} {r['dataset']:11} {r['baris']:>9,} {r['detik']:>7.2f} "
            f"{r['baris_per_detik']:>9,}  "
            + " / ".join(f"{r.get('tahap', {}).get(k, 0):.2f}" for k in ("periksa", "muat", "terbit"))
            + f"  ({r['status']})"
            + (
                f"  {r['lantai_detik']:>7.2f}  {r['rasio_lantai']:>6.2f}x "
                f"{'OK' if r['rasio_lantai'] <= g_impor else 'TIDAK'}"
                if "rasio_lantai" in r
                else ""
            )
            for r in h["impor"]
        ]
        baris.append(
            "(berkas_besar: berkas besar ke penyimpanan kecil; bulan_ke_penuh: bulan terbaru "
            "diimpor kembali ke salinan penyimpanan benchmark; bulan_ke_kosong: bulan yang sama ke "
            "penyimpanan tanpa setoran dan muatan; lantai: berkas yang sama lewat "
            "read_csv DuckDB ke tabel baru + CHECKPOINT, tanpa pemeriksaan)"
        )
        if k := kembar(h["impor"]):
            gd, gb = GOAL["month_full_empty_ratio"], GOAL["month_bytes_ratio"]
            baris += [
                "",
                f"{'bulan':11} {'penuh s':>8} {'kosong s':>9} {'x':>6} (tujuan <= {gd:g}x)  "
                f"{'penuh MB':>9} {'kosong MB':>10} {'x':>6} (tujuan <= {gb:g}x; byte versi baru)",
            ]
            baris += [
                f"{r['dataset']:11} {r['penuh_s']:>8.2f} {r['kosong_s']:>9.2f} {r['rasio_detik']:>5.2f}x "
                f"{'OK' if r['rasio_detik'] <= gd else 'TIDAK':>15}  {r['penuh_mb']:>9.2f} "
                f"{r['kosong_mb']:>10.2f} {r['rasio_byte']:>5.2f}x "
                f"{'OK' if r['rasio_byte'] <= gb else 'TIDAK'}"
                for r in k
            ]
    if h.get("browser"):
        baris += ["", bench_halaman.tabel(h["browser"])]
    if h.get("beban"):
        baris += ["", beban.tabel(h["beban"])]
    s = h["ringkasan"]
    baris += [
        "",
        "ringkasan: " + ", ".join(f"{k}={v}" for k, v in s.items() if k != "tercapai"),
        "tujuan: " + ", ".join(f"{k} {'OK' if v else 'TIDAK'}" for k, v in s["tercapai"].items()),
    ]
    return "\n".join(baris)
