"""Text from the data (names, sources, file headers) made inert for Streamlit's markdown and for HTML
blocks (issue #12, item 6): a kecamatan named `![px](http://host/p.png)` is shown as those characters,
never as an image the browser fetches. Pages reach these as `ui.aman` / `ui.aman_html`."""

from __future__ import annotations

import re

# What Streamlit's markdown (CommonMark + GFM, $LaTeX$, :colour[...] directives) can read as syntax
# in one line of text: CommonMark shows any ASCII punctuation literally after a backslash. A colon
# before "/" (http://... becomes a link) and the dot of "www." too; a list or heading marker only at
# the start. Plain punctuation (Kec. Mustikajaya, 1.234,5 ton, "Dimuat: 3 baris") stays as it is.
_MD = re.compile(r"[\\`*_\[\]()!<>$|~#&]|:(?=/)|(?<=www)\.|^[+\-=]")
_BARIS = re.compile(r"\s*[\r\n\u2028\u2029]+\s*")
_ENTITAS = {ord(c): f"&#{ord(c)};" for c in "\\`*_[]()#!|~<>$&\"'"}


def aman(teks: object) -> str:
    """Text from the data (names, sources, file headers) for any element that renders markdown:
    titles, captions, alerts, metric labels and tooltips, widget labels. `![x](http://host/p.png)`
    in a kecamatan name is shown as those characters, never as an image the browser fetches."""
    s = _MD.sub(r"\\\g<0>", _BARIS.sub(" ", "" if teks is None else str(teks)).strip())
    return re.sub(r"^(\d+)([.)])(?=\s|$)", r"\1\\\2", s)  # "1. Bekasi" is not an ordered list


def aman_html(teks: object) -> str:
    """The same for text inside an HTML block (st.markdown with unsafe_allow_html): HTML-escaped,
    markdown punctuation as character references, on one line so the block never ends inside it."""
    return _BARIS.sub(" ", "" if teks is None else str(teks)).translate(_ENTITAS)
