"""Decode HTML bodies whatever they declare.

Scrapy trusts the HTTP header's charset over the `<meta>` tag, so a lying header yields U+FFFD or
cp1252 mojibake. Here strict UTF-8 wins when it validates (it almost never validates by accident),
then the declared charsets that decode strictly, then detection.
"""
from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.I)
# Single-byte codecs decode any byte string, so success proves nothing; treat them as weak hints.
SINGLE_BYTE = frozenset({"latin_1", "iso8859-1", "cp1252", "ascii", "iso8859-15"})
MULTI_BYTE = frozenset({"cp949", "euc_kr", "johab", "iso2022_kr", "shift_jis", "cp932", "euc_jp", "iso2022_jp",
                        "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "utf_16", "utf-16", "utf_32"})
# EUC-KR is a subset of cp949 (UHC); browsers decode both as cp949, and so do we.
ALIASES = {"euc_kr": "cp949", "ks_c_5601-1987": "cp949", "ksc5601": "cp949", "euc-kr": "cp949",
           "x-windows-949": "cp949", "uhc": "cp949"}


def codec_name(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in ALIASES:
        return ALIASES[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return ALIASES.get(name, name)


def header_charset(content_type: str | None) -> str | None:
    if not content_type:
        return None
    m = HEADER_CHARSET.search(content_type)
    return m.group(1) if m else None


def meta_charset(body: bytes) -> str | None:
    m = META_CHARSET.search(body[:4096])
    return m.group(1).decode("ascii", "ignore") if m else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, content_type: str | None = None, *, lang_hint: str | None = None
                ) -> tuple[str, str]:
    """Return (text, codec). Never returns text with U+FFFD unless the bytes are truly broken."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, "replace"), codec
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = [codec_name(meta_charset(body)), codec_name(header_charset(content_type))]
    for codec in declared:
        if codec and codec not in SINGLE_BYTE and codec != "utf-8":
            text = _strict(body, codec)
            if text is not None:
                return text, codec
    if lang_hint == "ko":
        # Korean sites without a usable declaration are cp949 far more often than anything else.
        text = _strict(body, "cp949")
        if text is not None:
            return text, "cp949"
    best = from_bytes(body[:65536]).best()
    weak = next((c for c in declared if c in SINGLE_BYTE), None)
    if best is not None:
        codec = codec_name(best.encoding) or best.encoding
        # Against a single-byte declaration, only a multi-byte (CJK) guess wins: that is the lying-header
        # case; choosing between Western single-byte codecs on a short page is guesswork.
        if weak is None or codec in MULTI_BYTE:
            text = _strict(body, codec)
            if text is not None:
                return text, codec
    for codec in declared:
        if codec in SINGLE_BYTE:
            return body.decode(codec, "replace"), codec
    return body.decode("utf-8", "replace"), "utf-8"
