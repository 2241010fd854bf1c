"""Page addresses: a link someone shared must open its page, also as the first request after a
server start, when Streamlit still resolves it through the pages/ folder (file name = address)."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_page_address_is_its_file_name():
    teks = (ROOT / "dashboard.py").read_text()
    halaman = re.findall(r'st\.Page\("pages/(\w+)\.py".*?url_path="([^"]+)"', teks, flags=re.DOTALL)
    assert len(halaman) == len(list((ROOT / "pages").glob("*.py"))) == 7
    assert [(f, u) for f, u in halaman if f != u] == []
