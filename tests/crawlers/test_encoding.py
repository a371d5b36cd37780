"""Decoding whatever a page declares: strict UTF-8 first, then declarations, then detection."""
from __future__ import annotations

import pytest

from crawlers.encoding import decode_html

KO = ("<html><head>{meta}</head><body><p>한미일 3국은 샌디에고에서 제4차 경제안보대화를 개최했다. "
      "핵심광물과 반도체 공급망 협력을 논의했다.</p></body></html>")


@pytest.mark.parametrize(("encoding", "meta", "header"), [
    ("euc-kr", '<meta charset="euc-kr">', "text/html"),  # declared in meta only
    ("euc-kr", '<meta charset="euc-kr">', "text/html; charset=utf-8"),  # header lies
    ("euc-kr", "", "text/html"),  # no declaration
    ("euc-kr", "", "text/html; charset=iso-8859-1"),  # header lies, no meta
    ("cp949", '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">', None),
    ("utf-8", '<meta charset="utf-8">', "text/html; charset=iso-8859-1"),  # would be mojibake
    ("utf-8", '<meta charset="euc-kr">', None),  # meta lies, bytes are UTF-8
])
def test_korean_pages_decode_cleanly(encoding: str, meta: str, header: str | None) -> None:
    page = KO.format(meta=meta)
    text, _ = decode_html(page.encode(encoding), header, lang_hint=None)
    assert text == page
    assert "\ufffd" not in text


def test_latin1_page_stays_latin1() -> None:
    page = "<html><body><p>Café déjà vu — naïve résumé</p></body></html>".replace("—", "-")
    text, codec = decode_html(page.encode("latin-1"), "text/html; charset=iso-8859-1")
    assert text == page and codec in ("iso8859-1", "latin_1", "cp1252", "windows-1252")
