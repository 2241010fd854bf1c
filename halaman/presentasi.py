"""Presentasi: an FGD deck. One headline from the data over one large chart per slide; previous/next
by button or arrow keys; sidebar and chrome hidden; the deck in the URL (?slide=...&s=2)."""

from datetime import date

import streamlit as st

from sampah import fmt, laporan, periode, presentasi, ui
from sampah.charts import TANPA_MODEBAR
from sampah.i18n import t

p = ui.pilihan()
lang, per = p.lang, p.periode

# presenting mode: no sidebar, no Streamlit header; large type (static CSS, no data in it)
st.html("""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"]
  { display: none !important; }
.block-container, [data-testid="stMainBlockContainer"] { padding-top: 1rem !important; max-width: 96vw; }
.pr-judul { color: #1B7F4B; font-size: 1.4rem; text-transform: uppercase; letter-spacing: .06em; }
.pr-kalimat { font-size: 2.6rem; line-height: 1.2; font-weight: 700; margin: .2rem 0 .6rem; }
.pr-kaki { color: #666; font-size: 1.05rem; }
</style>""")

semua = list(presentasi.SLIDE)
pilih = ui.url_daftar("slide", semua, maks=len(semua)) or semua
if not st.session_state.get("slide"):
    st.session_state["slide"] = semua

atas = st.columns([5, 1, 1, 1, 1.6])
with atas[0]:
    pilih = (
        st.multiselect(
            t("pr_pilih", lang),
            semua,
            key="slide",
            label_visibility="collapsed",
            format_func=lambda k: t(f"pr_slide_{k}", lang),
        )
        or semua
    )
ui.simpan_url("slide", ",".join(pilih), ",".join(semua))
nomor = [str(i) for i in range(1, len(pilih) + 1)]
ui.url_halaman("s", nomor, "1")
i = int(st.session_state["s"])


def _geser(d: int) -> None:
    st.session_state["s"] = str(min(max(1, int(st.session_state["s"]) + d), len(pilih)))


atas[1].button(
    "◀  " + t("pr_sebelum", lang),
    key="pr_sebelum",
    on_click=_geser,
    args=(-1,),
    disabled=i <= 1,
    width="stretch",
)
atas[2].markdown(
    f"<div style='text-align:center;font-size:1.4rem;padding-top:.3rem'>{i} / {len(pilih)}</div>",
    unsafe_allow_html=True,
)
atas[3].button(
    t("pr_berikut", lang) + "  ▶",
    key="pr_berikut",
    on_click=_geser,
    args=(1,),
    disabled=i >= len(pilih),
    width="stretch",
)
ui.simpan_url("s", str(i), "1")

kunci = pilih[i - 1]
slide = presentasi.dek([kunci], ui.q, per, p.kecamatan, lang, p.tpa)[0]
label = f"{periode.label(per.kunci, lang)} · {p.wilayah}"
st.markdown(
    f"<div class='pr-judul'>{ui.aman_html(slide.judul)} · {ui.aman_html(label)}</div>"
    f"<div class='pr-kalimat'>{ui.aman_html(slide.kalimat)}</div>",
    unsafe_allow_html=True,
)
if slide.fig is None:
    st.info(t("pr_tidak_ada", lang))
else:
    st.plotly_chart(slide.fig, config=TANPA_MODEBAR, key=f"grafik_{kunci}")
kaki = t(
    "pr_kaki",
    lang,
    wilayah=p.wilayah,
    periode=ui.rentang(p),
    sumber=t("pr_sumber", lang),
    tgl=fmt.tanggal(p.data_akhir, lang),
)
st.markdown(f"<div class='pr-kaki'>{ui.aman_html(kaki)}</div>", unsafe_allow_html=True)


def _html() -> bytes:
    return laporan.buat_html(ui.q, per, p.kecamatan, lang, pilih, dibuat=date.today()).encode("utf-8")


with atas[4].popover(t("pr_unduh", lang), icon=":material/download:", width="stretch"):
    st.download_button(
        t("pr_unduh_html", lang),
        _html,
        f"laporan_{per.kunci}.html",
        "text/html",
        icon=":material/html:",
        on_click="ignore",
        width="stretch",
    )
    st.download_button(
        t("pr_unduh_pdf", lang),
        lambda: laporan.pdf_dari_html(_html().decode("utf-8")),
        f"laporan_{per.kunci}.pdf",
        "application/pdf",
        icon=":material/picture_as_pdf:",
        on_click="ignore",
        width="stretch",
    )
    dibuat, menunggu = laporan.antrean_pdf()  # one Chromium per server: say when others are waiting
    st.caption(
        t("pr_pdf_antre", lang, dibuat=dibuat, menunggu=menunggu)
        if dibuat or menunggu
        else t("pr_pdf_satu", lang)
    )
st.caption(t("pr_keyboard", lang))

# arrow keys click the buttons above (the component's iframe shares the app's origin)
st.iframe(
    """<script>
const doc = window.parent.document;
if (!doc.__prKeys) {
  doc.__prKeys = true;
  doc.addEventListener('keydown', (e) => {
    if (['INPUT', 'TEXTAREA'].includes((e.target.tagName || '').toUpperCase())) return;
    const key = e.key === 'ArrowRight' || e.key === 'PageDown' ? 'pr_berikut'
              : e.key === 'ArrowLeft' || e.key === 'PageUp' ? 'pr_sebelum' : null;
    const b = key && Array.from(doc.querySelectorAll('.st-key-' + key + ' button'))
      .find((x) => x.offsetParent !== null);
    if (b && !b.disabled) { b.click(); e.preventDefault(); }
  });
}
</script>""",
    height=1,
)
