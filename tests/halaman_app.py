"""Open a dashboard page through Streamlit's AppTest, as the page tests do."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from sampah import db

APP = str(Path(__file__).resolve().parent.parent / "dashboard.py")


def buka(store: Path, monkeypatch: pytest.MonkeyPatch, halaman: str | None = None, **url: str) -> AppTest:
    """Run dashboard.py on `store` with `url` query parameters, switched to halaman/<halaman>.py."""
    monkeypatch.setenv(db.ENV_VAR, str(store))
    at = AppTest.from_file(APP, default_timeout=90)
    at.query_params.update(url)
    at.run()
    if halaman:
        at.switch_page(f"halaman/{halaman}.py").run()
        if url.get("lang") and at.session_state["lang"] != url["lang"]:
            # AppTest's switch_page can drop the sidebar's language: set it again
            at.session_state["lang"] = url["lang"]
            at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at
