"""Entry point: `streamlit run dashboard.py`. Navigation, shared sidebar and the sample banner."""

import logging

import streamlit as st

from sampah import ui, ui_akses
from sampah.i18n import t

# the package's log (write access, page errors, imports) reaches the server's output with a time
_LOG = logging.getLogger("sampah")
if not _LOG.handlers:
    _h = logging.StreamHandler()
    _h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    _LOG.addHandler(_h)
    _LOG.setLevel(logging.INFO)

st.set_page_config(
    page_title="Dasbor Pengurangan Sampah", page_icon="♻️", layout="wide", initial_sidebar_state="auto"
)

ui_akses.jaga_cache()  # a viewer's clear_cache message empties no cache
ui.gaya()
with ui.tangkap_galat():  # a short message with an error id; the traceback only in the server log
    ui.pastikan_data()
    pilihan = ui.sidebar()
ui.serahkan(pilihan)

# Streamlit serves the default page only at "/" (its url_path just reserves a name), so a shared
# link to /ringkasan answered "Page not found" before showing Ringkasan. A hidden page holds that
# address and hands over to "/" with the link's query (?lang=en&periode=...) in the same session.
ringkasan = st.Page(
    "halaman/ringkasan.py",
    title=t("hal_ringkasan", pilihan.lang),
    icon=":material/dashboard:",
    url_path="beranda",
    default=True,
)


def _ke_ringkasan() -> None:
    st.switch_page(ringkasan, query_params=st.query_params.to_dict())


halaman = st.navigation(
    [
        ringkasan,
        st.Page(
            _ke_ringkasan, title=t("hal_ringkasan", pilihan.lang), url_path="ringkasan", visibility="hidden"
        ),
        st.Page(
            "halaman/tren.py",
            title=t("hal_tren", pilihan.lang),
            icon=":material/trending_up:",
            url_path="tren",
        ),
        st.Page(
            "halaman/target_neraca.py",
            title=t("an_hal", pilihan.lang),
            icon=":material/flag:",
            url_path="target-neraca",
        ),
        st.Page(
            "halaman/wilayah.py",
            title=t("hal_wilayah", pilihan.lang),
            icon=":material/map:",
            url_path="wilayah",
        ),
        st.Page(
            "halaman/presentasi.py",
            title=t("hal_presentasi", pilihan.lang),
            icon=":material/slideshow:",
            url_path="presentasi",
        ),
        st.Page(
            "halaman/bank_sampah.py",
            title=t("bs_hal", pilihan.lang),
            icon=":material/recycling:",
            url_path="bank-sampah",
        ),
        st.Page(
            "halaman/csr.py", title=t("csr_hal", pilihan.lang), icon=":material/handshake:", url_path="csr"
        ),
        st.Page(
            "halaman/kelola_data.py",
            title=t("kd_hal", pilihan.lang),
            icon=":material/upload_file:",
            url_path="kelola-data",
        ),
    ]
)
with st.sidebar:
    st.caption(t("app_judul", pilihan.lang))
ui.banner(pilihan)
with ui.tangkap_galat():
    halaman.run()
