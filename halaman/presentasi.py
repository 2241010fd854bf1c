"""Presentasi: an FGD deck that fits the screen it is shown on (1024x768 up to 1920x1080) without
scrolling: one control bar, one headline from the data, one chart that fills what the viewport
leaves, one source line. Previous/next by button or arrow keys; the sidebar is hidden, so the bar
carries the way back and the language switch; the deck is in the URL (?slide=...&s=2)."""

from datetime import date

import streamlit as st

from sampah import fmt, laporan, periode, presentasi, ui
from sampah.charts import TANPA_MODEBAR
from sampah.charts.presentasi import layar
from sampah.i18n import t

ui.pramuat_grafik()  # plotly.js loads while the script runs (issue #17)
p = ui.pilihan_sidebar()
lang, per = p.lang, p.periode

# Presenting mode (static CSS, no data in it). The main block is one viewport tall and a flex
# column: bar, headline and source line take their height, the chart container takes the rest
# (`flex: 1`), and plotly fills it (`height="stretch"`). The sample-data banner is hidden here;
# the source line carries the same warning. Plotly measures text in a hidden tester that takes the
# page's font and draws it in its own ("Open Sans", verdana: DejaVu here, wider): labels measured
# narrow and drawn wide were cut at the figure's edge. Both get one installed font.
st.html("""<style>
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"], header[data-testid="stHeader"],
[data-testid="stElementContainer"]:has([data-testid="stAlertContentWarning"])
  { display: none !important; }
.st-key-pr_tombol_panah { position: absolute !important; width: 1px; height: 1px; overflow: hidden;
  opacity: 0; pointer-events: none; }
[data-testid="stMain"] { overflow: hidden !important; }
[data-testid="stMain"]:focus, [data-testid="stMain"]:focus-visible { outline: none !important; }
.js-plotly-plot .plotly, #js-plotly-tester
  { font-family: "Liberation Sans", Arial, Helvetica, sans-serif !important; }
[data-testid="stMainBlockContainer"] {
  padding: .5rem 1.2rem .4rem !important; max-width: 100% !important;
  height: 100vh; box-sizing: border-box; display: flex; flex-direction: column; }
[data-testid="stMainBlockContainer"] > [data-testid="stVerticalBlock"] {
  flex: 1 1 auto; min-height: 0; gap: .35rem; }
.st-key-pr_grafik, [data-testid="stLayoutWrapper"]:has(> .st-key-pr_grafik)
  { flex: 1 1 0 !important; min-height: 0 !important; overflow: hidden; }
.st-key-pr_bar { flex: 0 0 auto; }
.st-key-pr_bar button p, .st-key-pr_bar a p { white-space: nowrap; }
.pr-nomor { font-size: 1.2rem; white-space: nowrap; padding: 0 .3rem; }
.pr-judul { color: #1B7F4B; font-size: clamp(.85rem, 2.2vh, 1.15rem); text-transform: uppercase;
  letter-spacing: .06em; }
.pr-kalimat { font-size: clamp(1.25rem, min(3vw, 4.6vh), 2.7rem); line-height: 1.18; font-weight: 700;
  margin: .1rem 0 0; }
.pr-catatan { color: #444; font-size: clamp(.8rem, 2vh, 1.1rem); line-height: 1.3; margin-top: .2rem; }
.pr-kaki { color: #555; font-size: clamp(.75rem, 1.8vh, 1rem); line-height: 1.3; }
.pr-contoh { background: #FFF4D6; color: #7A5B00; padding: 0 .4rem; font-weight: 600; }
.pr-kosong { font-size: 1.4rem; color: #555; padding: 2rem 0; }
</style>""")

semua = list(presentasi.SLIDE)
ui.url_daftar("slide", semua, maks=len(semua))
if not st.session_state.get("slide"):
    st.session_state["slide"] = semua
pilih = [k for k in st.session_state["slide"] if k in semua] or semua
nomor = [str(i) for i in range(1, len(pilih) + 1)]
ui.url_halaman("s", nomor, "1")
i = int(st.session_state["s"])


def _geser(d: int) -> None:
    st.session_state["s"] = str(min(max(1, int(st.session_state["s"]) + d), len(pilih)))


def _ganti_bahasa() -> None:
    st.session_state["lang"] = "en" if lang == "id" else "id"  # the sidebar's widget, read next run


with st.container(horizontal=True, key="pr_bar", vertical_alignment="center", gap="small"):
    st.page_link(
        "halaman/ringkasan.py",
        label=t("pr_kembali", lang),
        icon=":material/arrow_back:",
        help=t("pr_kembali_bantuan", lang),
    )
    with st.popover(t("pr_pilih", lang), icon=":material/view_carousel:"):
        st.multiselect(
            t("pr_pilih", lang),
            semua,
            key="slide",
            format_func=lambda k: t(f"pr_slide_{k}", lang),
        )
    st.space("stretch")
    st.button(
        t("pr_sebelum", lang),
        key="pr_sebelum",
        icon=":material/chevron_left:",
        help=t("pr_sebelum_bantuan", lang),
        on_click=_geser,
        args=(-1,),
        disabled=i <= 1,
    )
    st.html(f"<div class='pr-nomor'>{i} / {len(pilih)}</div>", width="content")
    st.button(
        t("pr_berikut", lang),
        key="pr_berikut",
        icon=":material/chevron_right:",
        icon_position="right",
        help=t("pr_berikut_bantuan", lang),
        on_click=_geser,
        args=(1,),
        disabled=i >= len(pilih),
    )
    st.space("stretch")
    st.button(
        t("pr_bahasa", lang),
        key="pr_bahasa",
        icon=":material/translate:",
        help=t("pr_bahasa_bantuan", lang),
        on_click=_ganti_bahasa,
    )
    unduh = st.popover(t("pr_unduh", lang), icon=":material/download:")
ui.simpan_url("slide", ",".join(pilih), ",".join(semua))
ui.simpan_url("s", str(i), "1")

kunci = pilih[i - 1]


def _slide() -> presentasi.Slide:
    """The slide with its figure sized for the screen, built once per view and data version for
    every viewer of the deck (ui.bersama): a roomful opening the same link shares it."""
    s = presentasi.dek([kunci], ui.q, per, p.kecamatan, lang, p.tpa)[0]
    if s.fig is not None:
        ui.beku(layar(s.fig))
    return s


slide = ui.bersama(("pr_slide", kunci, ui.pandang(p), p.tpa), _slide)
label = f"{periode.label(per.kunci, lang)} · {p.wilayah}"
st.html(
    f"<div class='pr-judul'>{ui.aman_html(slide.judul)} · {ui.aman_html(label)}</div>"
    f"<div class='pr-kalimat'>{ui.aman_html(slide.kalimat)}</div>"
    + (f"<div class='pr-catatan'>{ui.aman_html(slide.catatan)}</div>" if slide.catatan else "")
)
with st.container(key="pr_grafik"):
    if slide.fig is None:
        st.html(f"<div class='pr-kosong'>{ui.aman_html(slide.kosong or t('pr_tidak_ada', lang))}</div>")
    else:
        st.plotly_chart(slide.fig, config=TANPA_MODEBAR, height="stretch", key=f"grafik_{kunci}")
kaki = t(
    "pr_kaki",
    lang,
    wilayah=p.wilayah,
    periode=ui.rentang(p),
    sumber=t("pr_sumber", lang),
    tgl=fmt.tanggal(p.data_akhir, lang),
)
contoh = f"<span class='pr-contoh'>{ui.aman_html(t('pr_contoh', lang))}</span> " if p.data_contoh else ""
st.html(f"<div class='pr-kaki'>{contoh}{ui.aman_html(kaki)}</div>")


def _html() -> bytes:
    return laporan.buat_html(ui.q, per, p.kecamatan, lang, pilih, dibuat=date.today()).encode("utf-8")


with unduh:
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

# arrow keys click the buttons above (the component's iframe shares the app's origin); its
# container is 1 px and transparent, out of the flow: an iframe under display:none never ran
with st.container(key="pr_tombol_panah"):
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
      .find((x) => x.offsetParent !== null);  // the live button, not one Streamlit is replacing
    if (b && !b.disabled) {
      b.click();
      e.preventDefault();
      // the focused page would show a grey focus frame around the slide until the next click
      if (doc.activeElement && doc.activeElement !== doc.body) doc.activeElement.blur();
    }
  });
}
</script>""",
        height=1,
    )
