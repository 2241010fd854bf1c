"""The SIPSN operator sheet: the city's figures for one semester in SIPSN's input terms (timbulan,
pengurangan, penanganan, composition), as an XLSX the operator copies from.

Mapping (as the dashboard counts them; see domain.md section 3): bank sampah deposits and other
processing (TPS 3R, composting, maggot/BSF, TPST) are pengurangan; tonnes weighed in at the TPA
are penanganan (pemrosesan akhir); timbulan is estimated, population x norm x days. SIPSN asks for
yearly tonnes: each semester figure is also given per year (x 365 / days of the semester). The
composition is that of the waste sorted at bank sampah, not of all generation.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sampah import fmt

# bank sampah categories under SIPSN's composition headings
JENIS_SIPSN = {
    "organik": "Sisa makanan",
    "kertas": "Kertas-karton",
    "plastik": "Plastik",
    "logam": "Logam",
    "kaca": "Kaca",
    "minyak jelantah": "Lainnya",
    "lainnya": "Lainnya",
}
URUT_SIPSN = (
    "Sisa makanan",
    "Kayu-ranting",
    "Kertas-karton",
    "Plastik",
    "Logam",
    "Kain",
    "Karet-kulit",
    "Kaca",
    "Lainnya",
)
_BAHAYA = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Baris:
    kode: str  # A1, B2, ... ("" for a heading)
    isian: str  # SIPSN's term
    nilai: float | None
    satuan: str
    catatan: str = ""
    judul: bool = False


def _teks(s: str) -> str:
    """Text from data can never become a formula in the sheet."""
    return "'" + s if s.startswith(_BAHAYA) else s


def susun(kec: pd.DataFrame, olah: pd.DataFrame, kategori: pd.DataFrame, hari: int) -> list[Baris]:
    """Rows of the sheet from queries/neraca_kecamatan.sql, neraca_pengolahan.sql and
    bank_sampah_kategori.sql over the semester (whole kota)."""
    wil = kec[kec.kecamatan_kode.notna()]
    lengkap = len(wil) > 0 and wil.penduduk.notna().all()
    pend = float(wil.penduduk.sum()) if lengkap else None
    a = float(wil.timbulan_ton.sum()) if lengkap else None
    bs = float(kec.ton_bank_sampah.sum())
    tpa = float(kec.ton_tpa.sum())
    olah_total = float(kec.ton_pengolahan.sum())
    b = bs + olah_total
    th = 365 / hari
    est = " (estimasi)" if lengkap and wil.penduduk_estimasi.fillna(False).astype(bool).any() else ""

    def pct(x: float) -> float | None:
        return x / a if a else None

    norma = float(kec.kg_per_orang_hari.iloc[0]) if len(kec) else None
    rows = [
        Baris("A", "Timbulan sampah", None, "", judul=True),
        Baris("A1", "Jumlah penduduk", pend, "jiwa", "Tabel penduduk" + est),
        Baris("A2", "Timbulan per orang per hari", norma, "kg/orang/hari", "Pengaturan kg_per_orang_hari"),
        Baris("A3", "Timbulan sampah harian", a / hari if a else None, "ton/hari", "A1 x A2 / 1000"),
        Baris("A4", "Timbulan sampah semester ini", a, "ton", f"A3 x {hari} hari"),
        Baris("A", "Timbulan sampah tahunan (A)", a * th if a else None, "ton/tahun", "A3 x 365"),
        Baris("B", "Pengurangan sampah", None, "", judul=True),
        Baris(
            "B1",
            "Bank sampah (pemanfaatan kembali, daur ulang)",
            bs,
            "ton",
            "Setoran bank sampah, dilaporkan unit",
        ),
    ]
    for i, r in enumerate(olah.itertuples(index=False), start=2):
        rows.append(
            Baris(
                f"B{i}",
                f"Pengolahan: {_teks(str(r.jenis_fasilitas))}",
                float(r.ton),
                "ton",
                f"{int(r.fasilitas)} fasilitas, dilaporkan unit",
            )
        )
    rows += [
        Baris("B", "Pengurangan sampah semester ini", b, "ton", "Jumlah B1..B" + str(len(olah) + 1)),
        Baris("B", "Pengurangan sampah tahunan (B)", b * th, "ton/tahun", "setara tahunan"),
        Baris("%B/A", "Persentase pengurangan", pct(b), "%", ""),
        Baris("C", "Penanganan sampah", None, "", judul=True),
        Baris("C1", "Pemrosesan akhir di TPA", tpa, "ton", "Jembatan timbang, netto"),
        Baris("C", "Penanganan sampah tahunan (C)", tpa * th, "ton/tahun", "setara tahunan"),
        Baris("%C/A", "Persentase penanganan", pct(tpa), "%", ""),
        Baris("B+C", "Sampah terkelola tahunan", (b + tpa) * th, "ton/tahun", ""),
        Baris("%(B+C)/A", "Persentase terkelola", pct(b + tpa), "%", ""),
        Baris(
            "A-(B+C)",
            "Sampah tidak terkelola tahunan",
            (a - b - tpa) * th if a else None,
            "ton/tahun",
            "estimasi; di bawah nol berarti tercatat melebihi timbulan estimasi",
        ),
    ]
    d = (
        float(kategori[kategori.kategori.isin(["plastik", "kertas", "logam", "kaca"])].ton.sum())
        if len(kategori)
        else 0.0
    )
    rows += [
        Baris(
            "D", "Daur ulang tahunan (D)", d * th, "ton/tahun", "Bank sampah: plastik, kertas, logam, kaca"
        ),
        Baris("E", "Bahan baku tahunan (E)", None, "ton/tahun", "Tidak ada di data ini: isi bila ada"),
        Baris("(D+E)/A", "Recycling rate", pct(d), "%", "tanpa E"),
        Baris("K", "Komposisi sampah terpilah di bank sampah (% berat)", None, "", judul=True),
    ]
    komp = (
        kategori.assign(j=kategori.kategori.map(JENIS_SIPSN).fillna("Lainnya")).groupby("j").ton.sum()
        if len(kategori)
        else pd.Series(dtype=float)
    )
    total = float(komp.sum())
    for j in URUT_SIPSN:
        v = float(komp.get(j, 0.0))
        rows.append(
            Baris(
                "K", j, v / total if total else None, "%", "" if j in komp else "tidak dipilah di bank sampah"
            )
        )
    return rows


_FMT = {"jiwa": "#,##0", "%": "0.00%", "kg/orang/hari": "#,##0.00"}


def teks_nilai(b: Baris, lang: str = "id") -> str:
    """A row's value as text in the reader's number format (people counts whole, shares as %)."""
    if b.nilai is None:
        return ""
    if b.satuan == "%":
        return fmt.persen(b.nilai, 2, lang)
    return fmt.angka(b.nilai, 0 if b.satuan == "jiwa" else 2, lang)


def ke_xlsx(
    rows: list[Baris],
    *,
    kota: str,
    label_periode: str,
    mulai: date,
    selesai: date,
    contoh: bool,
    dibuat: date,
) -> bytes:
    """The sheet: title rows, the period, the sources; numbers as numbers (Excel shows them with the
    reader's separators) and the same numbers as Indonesian text to type into SIPSN."""
    wb = Workbook()
    ws = wb.active
    ws.title = "SIPSN"
    hari = (selesai - mulai).days + 1
    judul = [
        (f"Lembar isian SIPSN: {_teks(kota)}", Font(bold=True, size=14)),
        (
            f"Periode: {label_periode}, {fmt.tanggal(mulai)} s.d. {fmt.tanggal(selesai)} ({hari} hari)",
            Font(bold=True),
        ),
        (
            "Sumber: Dasbor Pengurangan Sampah. Timbulan = penduduk x norma x hari (estimasi); pengurangan = "
            "setoran bank sampah + pengolahan (dilaporkan unit); penanganan = timbangan TPA.",
            Font(size=10),
        ),
        (
            f"Dibuat {fmt.tanggal(dibuat)}." + (" DATA CONTOH, bukan data resmi." if contoh else ""),
            Font(size=10, bold=contoh, color="9C5700" if contoh else "000000"),
        ),
    ]
    for i, (teks, font) in enumerate(judul, start=1):
        ws.cell(i, 1, teks).font = font
    kepala = ["Kode", "Isian SIPSN", "Nilai", "Satuan", "Ketik di SIPSN", "Keterangan"]
    r0 = len(judul) + 2
    for j, k in enumerate(kepala, start=1):
        c = ws.cell(r0, j, k)
        c.font = Font(bold=True, color="FFFFFF")
        c.fill = PatternFill("solid", fgColor="1B7F4B")
    for i, b in enumerate(rows, start=r0 + 1):
        ws.cell(i, 1, b.kode)
        ws.cell(i, 2, b.isian)
        if b.judul:
            for j in range(1, 7):
                ws.cell(i, j).font = Font(bold=True)
                ws.cell(i, j).fill = PatternFill("solid", fgColor="E8F3EC")
            continue
        v = ws.cell(i, 3, b.nilai)
        v.number_format = _FMT.get(b.satuan, "#,##0.00")
        ws.cell(i, 4, b.satuan)
        if b.nilai is not None:
            c = ws.cell(i, 5, teks_nilai(b))
            c.data_type = "s"
            c.alignment = Alignment(horizontal="right")
        ws.cell(i, 6, b.catatan)
    for j, w in enumerate((9, 52, 16, 14, 18, 60), start=1):
        ws.column_dimensions[get_column_letter(j)].width = w
    ws.freeze_panes = ws.cell(r0 + 1, 1)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()
