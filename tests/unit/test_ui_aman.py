"""ui.aman / ui.aman_html: text from the data never becomes markdown or HTML (issue #12, item 6)."""

from __future__ import annotations

import re

import pytest

from sampah import ui


@pytest.mark.parametrize(
    "nama",
    [
        "![px](http://contoh.invalid/p.png)",
        "[klik](javascript:alert(1))",
        "<img src=x onerror=alert(1)>",
        ":red[merah] :material/home: $x^2$ **tebal** _miring_ `kode` ~~coret~~",
        "# Judul\n\n![x](http://a/b.png)",
        "1. Bekasi",
        "- daftar",
        "http://contoh.invalid/p.png www.contoh.invalid",
        "a | b | c",
        "\\![px](http://x/p.png)",
    ],
)
def test_no_markdown_construct_survives(nama: str):
    s = ui.aman(nama)
    assert "\n" not in s
    # every [ ( ! < * _ ` $ | ~ # is escaped: an unescaped one is preceded by an even number of \
    for m in re.finditer(r"[\[\]()!<>*_`$|~#]", s):
        miring = len(s[: m.start()]) - len(s[: m.start()].rstrip("\\"))
        assert miring % 2 == 1, (nama, s, m.start())
    assert not re.search(r"(?<!\\):/", s) and "www." not in s  # no bare autolink


def test_plain_names_and_numbers_read_as_they_are():
    for teks in ("Kec. Mustikajaya", "1.234,5 ton", "Dimuat: 3 baris", "Rp 1,2 miliar", "Bekasi Utara"):
        assert ui.aman(teks) == teks
    assert ui.aman(None) == ""


def test_html_blocks_get_character_references():
    s = ui.aman_html("<b>x</b> ![px](http://a/p.png)\n\n**y** & 'z'")
    assert "<" not in s and "[" not in s and "*" not in s and "\n" not in s
    assert s.startswith("&#60;b&#62;x")
