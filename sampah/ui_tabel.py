"""Page parts for tables: a table drawn once per content (Streamlit replays it for the next viewer)
and its downloads, built when clicked. Pages call them as ui.tabel, ui.unduh."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

import pandas as pd
import pyarrow as pa
import streamlit as st

from sampah import ekspor, fmt, periode
from sampah.i18n import t
from sampah.tabel import KolomTabel, lebar_px, pilih

if TYPE_CHECKING:
    from sampah.ui import Pilihan


def tabel(
    df: pd.DataFrame,
    kolom: list[KolomTabel],
    lang: str,
    *,
    unduh_nama: str | None = None,
    judul: str = "",
    sumber: str = "",
    p: Pilihan | None = None,
    tinggi: int | None = None,
    semua_baris: bool = False,
    bungkus: bool = False,
) -> None:
    """A table as defined by `kolom` (header with unit, number format), each column as wide as its
    widest value so nothing is cut: a table wider than the page scrolls sideways with its first
    column pinned. `bungkus`: long texts (reasons) wrap in a static table instead. `unduh_nama` adds
    the downloads of the same columns (see `unduh`)."""
    kolom = pilih(df, kolom)
    sidik = _sidik(df, kolom)
    if sidik is None:  # a column Arrow cannot type (mixed objects): drawn without the cache
        _tabel_gambar(df, kolom, lang, tinggi, semua_baris, bungkus)
    else:
        _tabel_tampil(sidik, lang, tinggi, semua_baris, bungkus, df, kolom)
    if unduh_nama:
        unduh(df, kolom, unduh_nama, lang, judul=judul, sumber=sumber, p=p)


def _sidik(df: pd.DataFrame, kolom: list[KolomTabel]) -> str | None:
    """A fingerprint of a table's content and columns: its Arrow IPC bytes (the same for the same
    content, however the frame was made; a pickle is not: it follows the objects' sharing) and the
    columns' definitions. A few ms; Streamlit's own hashing of a DataFrame argument took longer."""
    try:
        tabel_ = pa.Table.from_pandas(df, preserve_index=True)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    keluar = pa.BufferOutputStream()
    with pa.ipc.new_stream(keluar, tabel_.schema) as w:
        w.write_table(tabel_)
    h = hashlib.blake2b(keluar.getvalue().to_pybytes(), digest_size=16)
    h.update(repr(kolom).encode())
    return h.hexdigest()


@st.cache_data(max_entries=512, show_spinner=False)
def _tabel_tampil(
    sidik: str,
    lang: str,
    tinggi: int | None,
    semua_baris: bool,
    bungkus: bool,
    _df: pd.DataFrame,
    _kolom: list[KolomTabel],
) -> None:
    """Draw the table: formatting every cell through the Styler and Streamlit's marshalling of it
    cost 20-100 ms a table. Keyed by the content's fingerprint, it runs once per table content;
    for the next viewer Streamlit replays the element it recorded (st.cache_data replays the
    elements a cached function drew), so a new import, another period or language is a new key."""
    del sidik  # the cache key only
    _tabel_gambar(_df, _kolom, lang, tinggi, semua_baris, bungkus)


def _tabel_gambar(
    df: pd.DataFrame,
    kolom: list[KolomTabel],
    lang: str,
    tinggi: int | None,
    semua_baris: bool,
    bungkus: bool,
) -> None:
    header = {k.nama: k.header(lang) for k in kolom}
    tampil = df[[k.nama for k in kolom]].rename(columns=header)
    gaya_ = tampil.style.format({header[k.nama]: (lambda v, k=k: k.teks(v, lang)) for k in kolom})
    if bungkus:
        st.table(gaya_, hide_index=True, height=tinggi or "content")
        return
    lebar = lebar_px(df, kolom, lang)
    config = {
        h: st.column_config.Column(width=w, pinned=i == 0 and len(kolom) > 3)
        for i, (h, w) in enumerate(lebar.items())
    }
    if semua_baris:  # every row visible: short tables (kecamatan of one kota)
        tinggi = 35 * (len(tampil) + 1) + 3
    st.dataframe(gaya_, hide_index=True, width="stretch", column_config=config, height=tinggi or "auto")


@dataclass(frozen=True)
class Tombol:
    """One download button: its label key, the bytes (built when clicked: Streamlit calls the
    function then, not on every run), the file name's ending, its widget key's prefix, help."""

    teks: str
    buat: Callable[[], bytes | str]
    akhiran: str
    kunci: str
    bantuan: str = ""
    jenis: str = "secondary"


_MIME = {".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".csv": "text/csv"}


def tombol_unduh(nama: str, lang: str, *tombol: Tombol) -> None:
    """Download buttons in one row, the files named `nama` + each ending."""
    with st.container(horizontal=True, gap="small"):
        for b in tombol:
            st.download_button(
                t(b.teks, lang),
                b.buat,
                f"{nama}{b.akhiran}",
                _MIME["." + b.akhiran.rsplit(".", 1)[-1]],
                icon=":material/download:",
                key=f"{b.kunci}_{nama}",
                help=t(b.bantuan, lang) if b.bantuan else None,
                type=b.jenis,
            )


def unduh_apa_adanya(df: pd.DataFrame, nama: str, lang: str) -> None:
    """CSV and XLSX of a table already shaped for reading (headers and cells as shown; formulas
    neutralised), for analyses whose display tables are built whole (sampah/analisis/tabel.py)."""
    tombol_unduh(
        nama,
        lang,
        Tombol("unduh_xlsx", lambda: ekspor.ke_xlsx(df, nama[:31]), ".xlsx", "xlsx"),
        Tombol("unduh_csv", lambda: ekspor.ke_csv(df), ".csv", "csv"),
    )


def unduh(
    df: pd.DataFrame,
    kolom: list[KolomTabel],
    nama: str,
    lang: str,
    *,
    judul: str = "",
    sumber: str = "",
    p: Pilihan | None = None,
) -> None:
    """Excel (title, period, source and units above the table; number formats) and CSV in the form
    Indonesian Excel opens (semicolon, decimal comma), with the plain comma/point CSV beside it.
    Built when clicked: openpyxl and the CSV writers were a tenth of a page's CPU, for files few open."""
    kolom = pilih(df, kolom)
    from sampah.ui import rentang  # ui imports this module

    per = f"{periode.label(p.periode.kunci, lang)} ({rentang(p)}) · {p.wilayah}" if p else ""
    if not sumber and p:
        sumber = t("unduh_sumber", lang, kota=p.kota, tgl=fmt.tanggal(date.today(), lang))
        sumber += t("unduh_contoh", lang) if p.data_contoh else ""
    kepala_ = (judul or nama, per, sumber)
    tombol_unduh(
        nama,
        lang,
        Tombol("unduh_xlsx", lambda: ekspor.ke_xlsx_tabel(df, kolom, lang, *kepala_), ".xlsx", "xlsx"),
        Tombol(
            "unduh_csv",
            lambda: ekspor.ke_csv_tabel(df, kolom, lang, "id"),
            ".csv",
            "csv",
            "unduh_csv_bantuan",
        ),
        Tombol(
            "unduh_csv_polos",
            lambda: ekspor.ke_csv_tabel(df, kolom, lang, "polos"),
            "_polos.csv",
            "csvp",
            "unduh_csv_polos_bantuan",
            "tertiary",
        ),
    )
