"""The weekly brief for WhatsApp: one portrait PNG (1080 x 1350) with a period's headline figures and
one chart, drawn offline: an HTML page with plotly.js inlined, screenshot by Debian's Chromium with
every request to another host refused (the route sampah/laporan.py uses for the PDF).

    python -m sampah brief --period 2026-10 --out brief.png [--kec 32.75.01] [--lang en]
"""

from __future__ import annotations

import argparse
import html
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pandas as pd
import plotly.io as pio
from plotly.offline import get_plotlyjs

from sampah import fmt, periode
from sampah.charts import analisis as grafik
from sampah.i18n import t

LEBAR, TINGGI = 1080, 1350
MINGGU = 12
Tanya = Callable[..., pd.DataFrame]

CSS = """
* { box-sizing: border-box; }
body { margin: 0; width: 1080px; height: 1350px; overflow: hidden; background: #fff; color: #1F2A24;
       font-family: 'Source Sans 3', 'Source Sans Pro', 'DejaVu Sans', Arial, sans-serif; }
header { background: #1B7F4B; color: #fff; padding: 34px 48px 28px; }
header .kecil { font-size: 26px; opacity: .9; letter-spacing: .04em; text-transform: uppercase; }
header h1 { font-size: 50px; margin: 6px 0 4px; line-height: 1.1; }
header .periode { font-size: 30px; }
.kartu { display: grid; grid-template-columns: 1fr 1fr; gap: 18px; padding: 28px 48px 8px; }
.k { border: 2px solid #E3ECE6; border-radius: 16px; padding: 16px 22px; }
.k .j { font-size: 25px; color: #4A5A50; } .k .n { font-size: 48px; font-weight: 700; margin-top: 2px; }
.k .u { font-size: 22px; color: #6B776F; margin-top: 2px; }
.grafik { padding: 0 30px; }
.sebagian { font-size: 20px; font-weight: 400; color: #6B776F; }
.gj { font-size: 26px; font-weight: 600; padding: 8px 48px 0; }
footer { position: absolute; bottom: 0; left: 0; right: 0; padding: 14px 48px 22px; font-size: 20px;
         color: #555; border-top: 2px solid #E3ECE6; }
.contoh { background: #FFF4D6; color: #7A5B00; padding: 2px 10px; font-weight: 700; }
"""


def _kartu(judul: str, nilai: str, catatan: str) -> str:
    return (
        f"<div class='k'><div class='j'>{html.escape(judul)}</div><div class='n'>{html.escape(nilai)}</div>"
        f"<div class='u'>{html.escape(catatan)}</div></div>"
    )


def data_kilas(tanya: Tanya, per: periode.Periode, kecamatan: list[str]) -> dict[str, pd.DataFrame]:
    """Every query result the brief needs (the page runs them cached, then draws on a click)."""
    prm = {"mulai": per.mulai, "selesai": per.selesai, "kecamatan": kecamatan}
    sblm = per.sebelumnya()
    dari = per.selesai - timedelta(weeks=MINGGU) + timedelta(days=1)
    dari += timedelta(days=(7 - dari.weekday()) % 7)  # whole weeks from a Monday
    return {
        "konteks": tanya("konteks"),
        "kecamatan": tanya("wilayah_kecamatan"),
        "kpi": tanya("ringkasan_kpi", **prm),
        "kpi_lalu": tanya("ringkasan_kpi", **{**prm, "mulai": sblm.mulai, "selesai": sblm.selesai}),
        "minggu": tanya("tren_mingguan", mulai=dari, selesai=per.selesai, kecamatan=kecamatan),
        "terbaru": tanya("data_terbaru"),
    }


def html_kilas(
    data: dict[str, pd.DataFrame], per: periode.Periode, kecamatan: list[str], lang: str = "id"
) -> str:
    """The brief as one self-contained HTML page of 1080 x 1350 pixels."""
    konteks = data["konteks"].iloc[0]
    nama = dict(data["kecamatan"][["kode", "nama"]].itertuples(index=False))
    wilayah = konteks.kota if not kecamatan else ", ".join("Kec. " + nama.get(k, k) for k in kecamatan)
    kpi, lalu = data["kpi"].iloc[0], data["kpi_lalu"].iloc[0]
    label_lalu = periode.label(per.sebelumnya().kunci, lang)

    def banding(kolom: str, poin: bool = False) -> str:
        ubah = (
            fmt.perubahan(kpi[kolom], lalu[kolom], lang, poin) if lalu.ton_tpa or lalu.ton_diversi else None
        )
        return t("an_kilas_vs", lang, ubah=ubah, p=label_lalu) if ubah else t("an_kilas_tanpa_banding", lang)

    hari = int(kpi.hari)
    target = kpi.target_pengurangan_pct
    kartu = "".join(
        [
            _kartu(t("kpi_tpa", lang), fmt.ton(kpi.ton_tpa, lang), banding("ton_tpa")),
            _kartu(
                t("kpi_diversi", lang),
                fmt.ton(kpi.ton_diversi, lang),
                banding("ton_diversi"),
            ),
            _kartu(
                t("kpi_tingkat", lang),
                fmt.persen(kpi.tingkat_diversi, 2, lang),
                banding("tingkat_diversi", poin=True),
            ),
            _kartu(
                t("kpi_pengurangan", lang),
                fmt.persen(kpi.persen_pengurangan, 2, lang),
                t("target_dari", lang, target=fmt.persen(target, 0, lang))
                + (
                    " · " + t("an_kilas_estimasi", lang)
                    if pd.notna(kpi.penduduk_estimasi) and kpi.penduduk_estimasi
                    else ""
                ),
            ),
            _kartu(
                t("an_kilas_tpa_hari", lang),
                fmt.ton(kpi.ton_tpa / hari if hari else None, lang),
                t("an_kilas_hari", lang, n=hari),
            ),
            _kartu(
                t("kpi_bs", lang),
                fmt.angka(kpi.bs_aktif, 0, lang),
                t("an_kilas_melapor", lang, n=fmt.angka(kpi.bs_melapor, 0, lang)),
            ),
        ]
    )
    minggu = data["minggu"]
    fig = grafik.kilas_mingguan(minggu, lang)
    fig.update_layout(width=LEBAR - 60, height=470, font=dict(size=20), legend=dict(font=dict(size=20)))
    div = pio.to_html(fig, full_html=False, include_plotlyjs=False, config={"staticPlot": True})
    terbaru = data["terbaru"].set_index("dataset").terbaru
    tgl = [pd.Timestamp(terbaru.get(d)).date() for d in ("setoran", "tpa_muatan") if pd.notna(terbaru.get(d))]
    contoh = (
        f"<span class='contoh'>{html.escape(t('pr_contoh', lang))}</span> " if konteks.data_contoh else ""
    )
    kaki = t(
        "an_kilas_kaki",
        lang,
        tgl=fmt.tanggal(max(tgl), lang) if tgl else "–",
        sumber=t("pr_sumber", lang),
    )
    rentang = f"{fmt.tanggal(per.mulai, lang)} – {fmt.tanggal(per.selesai, lang)}"
    return (
        f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><style>{CSS}</style>"
        f"<script>{get_plotlyjs()}</script></head><body>"
        f"<header><div class='kecil'>{html.escape(t('an_kilas_judul', lang))}</div>"
        f"<h1>{html.escape(str(wilayah))}</h1>"
        f"<div class='periode'>{html.escape(periode.label(per.kunci, lang))} · "
        f"{html.escape(rentang)}</div></header>"
        f"<section class='kartu'>{kartu}</section>"
        f"<div class='gj'>{html.escape(t('an_kilas_grafik', lang, n=len(minggu)))}"
        + (
            f" <span class='sebagian'>{html.escape(t('an_kilas_sebagian', lang))}</span>"
            if len(minggu) and int(minggu.hari.iloc[-1]) < 7
            else ""
        )
        + "</div>"
        f"<div class='grafik'>{div}</div>"
        f"<footer>{contoh}{html.escape(kaki)}</footer></body></html>"
    )


def ke_png(isi: str, chromium: str = "/usr/bin/chromium") -> bytes:
    """Screenshot the brief's HTML with headless Chromium; any request to another host is refused."""
    import tempfile

    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as d:
        h = Path(d) / "kilas.html"
        h.write_text(isi, encoding="utf-8")
        with sync_playwright() as p:
            b = p.chromium.launch(
                executable_path=chromium,
                args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
            )
            try:
                page = b.new_page(viewport={"width": LEBAR, "height": TINGGI})
                page.route(
                    "**/*",
                    lambda r: (
                        r.continue_() if r.request.url.startswith(("file:", "data:", "blob:")) else r.abort()
                    ),
                )
                page.goto(h.as_uri())
                page.wait_for_selector(".js-plotly-plot .main-svg")
                page.wait_for_timeout(300)
                return page.screenshot(clip={"x": 0, "y": 0, "width": LEBAR, "height": TINGGI})
            finally:
                b.close()


def _perintah(args: argparse.Namespace) -> None:
    from sampah import db

    f = db.berkas_atau_keluar(args.store, "; jalankan dulu: python -m sampah demo")
    con = db.connect_readonly(f)
    try:
        tanya = lambda name, **p: db.run(con, name, p)  # noqa: E731
        k = tanya("konteks").iloc[0]
        if pd.isna(k.data_akhir):
            raise SystemExit("Belum ada data setoran atau muatan TPA di basis data ini.")
        akhir, mulai = pd.Timestamp(k.data_akhir).date(), pd.Timestamp(k.data_mulai).date()
        kunci = args.period or periode.pilihan("bulan", mulai, akhir)[0]
        try:
            per = periode.dari_kunci(kunci, akhir, mulai)
        except ValueError as e:
            raise SystemExit(str(e)) from e
        kode = set(tanya("wilayah_kecamatan").kode)
        kec = [c for c in (args.kec or "").split(",") if c]
        salah = [c for c in kec if c not in kode]
        if salah:
            raise SystemExit(f"Kode kecamatan tidak dikenal: {', '.join(salah)}")
        isi = html_kilas(data_kilas(tanya, per, kec), per, kec, args.lang)
    finally:
        con.close()
    out = Path(args.out)
    out.write_bytes(ke_png(isi))
    print(f"Kilas PNG: {out} ({LEBAR}x{TINGGI}, {periode.label(per.kunci, args.lang)})")


def daftar(sub: argparse._SubParsersAction) -> None:
    r = sub.add_parser("brief", help="kilas mingguan untuk WhatsApp: satu PNG 1080x1350 (tanpa internet)")
    r.add_argument("--period", help="periode: 2026, 2026-S1, 2026-T3 atau 2026-10 (bawaan: bulan terbaru)")
    r.add_argument("--kec", help="kode kecamatan dipisah koma (bawaan: seluruh kota)")
    r.add_argument("--lang", choices=["id", "en"], default="id")
    r.add_argument("--out", required=True, help="berkas PNG keluaran")
    r.add_argument("--store")
    r.set_defaults(func=_perintah)
