"""Paths the tests share: the project root, the dashboard entry point and the public files beside it
(`../shared/data`, present on the development machine and in CI; tests skip when it is absent)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "dashboard.py")
SHARED = ROOT.parent / "shared" / "data"
REAL = SHARED / "real"
