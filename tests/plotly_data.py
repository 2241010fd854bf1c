"""Read the data of a plotly chart as Streamlit sent it (plotly 7 sends arrays base64-encoded)."""

from __future__ import annotations

import base64
import json

import numpy as np


def values(v: object) -> list:
    if isinstance(v, dict) and "bdata" in v:
        arr = np.frombuffer(base64.b64decode(v["bdata"]), dtype=np.dtype(v["dtype"]))
        return arr.tolist()
    return list(v) if v is not None else []


def traces(spec: str) -> list[dict]:
    """Traces of a chart element's JSON spec, with x/y decoded to lists."""
    out = []
    for tr in json.loads(spec)["data"]:
        out.append({**tr, "x": values(tr.get("x")), "y": values(tr.get("y"))})
    return out
