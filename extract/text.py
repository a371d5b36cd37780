"""Input hygiene: what every document goes through before the pipeline sees it."""
from __future__ import annotations

import html
import re

# Releases run to a few thousand characters; anything beyond this is page furniture or a bad crawl.
MAX_CHARS = 100_000

_TAG = re.compile(r"<(?:script|style)\b.*?</(?:script|style)>|<!--.*?-->|</?[A-Za-z][^<>]{0,500}>", re.S | re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\u200c\u200d\u2060\ufeff]")
_HSPACE = re.compile(r"[\u00a0\u2002-\u200a\u202f\u205f\u3000]")


def clean_text(text: str, max_chars: int = MAX_CHARS) -> str:
    """Valid Unicode, no HTML tags or entities, no control characters, plain spaces."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates -> '?'
    if "<" in text:
        text = _TAG.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _HSPACE.sub(" ", text)
    return text[:max_chars]
