"""Open a dashboard page through Streamlit's AppTest: the one way page tests start the app."""

from __future__ import annotations

from pathlib import Path

import pytest
from jalur import APP
from streamlit.testing.v1 import AppTest

from sampah import db


def buka(
    store: Path | str,
    monkeypatch: pytest.MonkeyPatch,
    halaman: str | None = None,
    *,
    periksa: bool = True,
    **url: str,
) -> AppTest:
    """Run dashboard.py on `store` with `url` query parameters, switched to halaman/<halaman>.py.
    `periksa=False` leaves the exceptions for the test to inspect (damaged or missing stores)."""
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
    if periksa:
        assert not at.exception, [e.value for e in at.exception]
    return at
