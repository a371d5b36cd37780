"""Index terms for Korean and English text: the same function analyses documents and queries."""
from __future__ import annotations

import re

from extract.kiwi import get_kiwi

# Content morphemes: nouns, verb/adjective stems, roots, foreign words, hanja and numbers.
# Bound nouns (NNB: 것, 수, 등) are left out as noise.
_CONTENT_TAGS = ("NNG", "NNP", "NR", "VV", "VA", "XR", "SL", "SH", "SN")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTER = re.compile(r"[^\W\d_]")


def is_korean(text: str, threshold: float = 0.3) -> bool:
    """True when Hangul makes up at least `threshold` of the letters."""
    letters = len(_LETTER.findall(text))
    return letters > 0 and len(_HANGUL.findall(text)) / letters >= threshold


def _clean(text: str) -> str:
    # Lone surrogates and other unencodable code points would make Kiwi raise.
    return text.encode("utf-8", "replace").decode("utf-8")


def analyze(text: str, lang: str | None = None) -> list[str]:
    """Index terms: Kiwi content morphemes for Korean, lowercase word tokens for English.

    `경제안보대화` and `경제 안보 대화` both give `["경제", "안보", "대화"]`. `lang` None
    detects Korean by the share of Hangul letters.
    """
    if not text:
        return []
    text = _clean(text)
    if lang is None:
        lang = "ko" if is_korean(text) else "en"
    if not lang.lower().startswith("ko"):
        return [w.lower() for w in _WORD.findall(text)]
    terms: list[str] = []
    for tok in get_kiwi().tokenize(text):
        # Kiwi 0.24 marks irregular stems as e.g. VV-I / VA-R: compare the base tag.
        if tok.tag.split("-")[0] in _CONTENT_TAGS:
            # A proper noun can span a space (`토니 블링컨`); the index splits on whitespace.
            terms.extend(part.lower() for part in tok.form.split())
    return terms
