"""A raw Streamlit websocket client, as a hostile viewer would write one: BackMsg protobufs of the
installed Streamlit (`streamlit.proto`) over `/_stcore/stream`, no browser. It reruns a page with
any widget state it likes (forged values, form submits), sends `clear_cache`, and reads back the
elements the server drew (alerts, captions, widgets with their ids)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ClientState_pb2 import ClientState
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from streamlit.proto.WidgetStates_pb2 import WidgetState, WidgetStates
from websockets.sync.client import connect


@dataclass
class Elemen:
    jenis: str  # the Element oneof: alert, markdown, text_input, button, file_uploader, ...
    proto: object

    @property
    def teks(self) -> str:
        p = self.proto
        return str(getattr(p, "body", "") or getattr(p, "label", "") or "")


@dataclass
class Sesi:
    """One websocket session on a page. `xff`: the X-Forwarded-For a proxy would add (a loopback
    peer is a trusted proxy for uvicorn, so the server sees the session as coming from `xff`)."""

    url: str
    halaman: str
    xff: str | None = None
    query: str = ""
    elemen: list[Elemen] = field(default_factory=list)
    selesai: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        ws_url = self.url.replace("http://", "ws://") + "/_stcore/stream"
        kepala = {"Origin": self.url}
        if self.xff:
            kepala["X-Forwarded-For"] = self.xff
        self.ws = connect(
            ws_url, subprotocols=["streamlit"], additional_headers=kepala, max_size=2**27, legacy=True
        )

    def tutup(self) -> None:
        self.ws.close()

    def __enter__(self) -> Sesi:
        return self

    def __exit__(self, *exc: object) -> None:
        self.tutup()

    def kirim(self, msg: BackMsg) -> None:
        self.ws.send(msg.SerializeToString())

    def clear_cache(self) -> None:
        self.kirim(BackMsg(clear_cache=True))

    def jalankan(self, widget: list[WidgetState] | None = None, batas_s: float = 240) -> list[Elemen]:
        """Rerun the page with these widget states; the elements of the finished run."""
        self.kirim(
            BackMsg(
                rerun_script=ClientState(
                    query_string=self.query,
                    page_name=self.halaman,
                    widget_states=WidgetStates(widgets=widget or []),
                )
            )
        )
        return self.tunggu(batas_s)

    def tunggu(self, batas_s: float = 240) -> list[Elemen]:
        """Read messages until a script run finishes (not one cut short for a rerun)."""
        self.elemen = []
        akhir = time.time() + batas_s
        while time.time() < akhir:
            m = ForwardMsg()
            m.ParseFromString(self.ws.recv(timeout=max(1.0, akhir - time.time())))
            jenis = m.WhichOneof("type")
            if jenis == "new_session" or (jenis == "script_finished" and m.script_finished == 1):
                self.elemen = [] if jenis == "new_session" else self.elemen
            if jenis == "delta" and m.delta.WhichOneof("type") == "new_element":
                e = m.delta.new_element
                self.elemen.append(Elemen(e.WhichOneof("type"), getattr(e, e.WhichOneof("type"))))
            if jenis == "script_finished":
                self.selesai.append(m.script_finished)
                # 0 successfully, 2 with a compile error, 3 early for a rerun (more follows)
                if m.script_finished != ForwardMsg.FINISHED_EARLY_FOR_RERUN:
                    return self.elemen
        raise TimeoutError(f"{self.halaman}: no finished run in {batas_s} s")

    def id(self, kunci: str) -> str:
        """The widget id of the element whose user key is `kunci` in the last run."""
        for e in self.elemen:
            i = getattr(e.proto, "id", "")
            if isinstance(i, str) and i.endswith("-" + kunci):
                return i
        raise KeyError(f"{kunci} not drawn: {[e.jenis for e in self.elemen]}")

    def id_kirim(self) -> str:
        """The id of the first form's submit button in the last run."""
        for e in self.elemen:
            if e.jenis == "button" and getattr(e.proto, "is_form_submitter", False):
                return e.proto.id
        raise KeyError("no form submit button drawn")

    def ada(self, kunci: str) -> bool:
        try:
            self.id(kunci)
            return True
        except KeyError:
            return False

    def teks(self, jenis: str = "alert") -> list[str]:
        return [e.teks for e in self.elemen if e.jenis == jenis]


def isian(id_: str, nilai: str) -> WidgetState:
    return WidgetState(id=id_, string_value=nilai)


def picu(id_: str) -> WidgetState:
    return WidgetState(id=id_, trigger_value=True)
