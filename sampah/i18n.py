"""Bahasa Indonesia first, English as a switch.

Strings live in `sampah/teks/<page>.py`, each a dict `S = {key: (indonesian, english)}`; this module
merges them (a key defined twice is an error) and `t(key, lang)` reads them.
"""

from __future__ import annotations

import importlib
import pkgutil

from sampah import teks

BAHASA = ("id", "en")


def _gabung() -> dict[str, tuple[str, str]]:
    out: dict[str, tuple[str, str]] = {}
    for m in sorted(pkgutil.iter_modules(teks.__path__), key=lambda m: m.name):
        mod = importlib.import_module(f"sampah.teks.{m.name}")
        for k, v in getattr(mod, "S", {}).items():
            if k in out:
                raise KeyError(f"string key {k!r} defined twice (sampah/teks/{m.name}.py)")
            out[k] = v
    return out


S = _gabung()
DEFINISI = importlib.import_module("sampah.teks.ringkasan").DEFINISI


def t(key: str, lang: str = "id", **kw: object) -> str:
    text = S[key][0 if lang != "en" else 1]
    return text.format(**kw) if kw else text


def definisi(lang: str = "id", **kw: object) -> list[str]:
    i = 0 if lang != "en" else 1
    return [d[i].format(**kw) for d in DEFINISI]


def istilah(nilai: object, lang: str = "id") -> str:
    """A term from the data (waste category, sub-type, CSR sector) in the viewer's language; a term
    not in sampah/teks/istilah.py is shown as the data writes it."""
    k = f"ist_{nilai}"
    return t(k, lang) if k in S else str(nilai)
