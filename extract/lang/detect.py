"""Language detection for documents that arrive without `lang` (lingua, limited to ko/en/ja/zh)."""
from __future__ import annotations

import functools
import re

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_CODES = {Language.KOREAN: "ko", Language.ENGLISH: "en", Language.JAPANESE: "ja", Language.CHINESE: "zh"}


@functools.cache
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CODES).with_low_accuracy_mode().build()


def detect_language(text: str) -> str | None:
    """`ko`, `en`, `ja`, `zh` or None (no letters). A share of Hangul decides Korean before lingua runs:
    Korean releases quote English names and acronyms, which can outweigh Hangul in a short text."""
    sample = text[:3000]
    letters = sum(ch.isalpha() for ch in sample)
    if not letters:
        return None
    if len(_HANGUL.findall(sample)) / letters >= 0.2:
        return "ko"
    if len(_KANA.findall(sample)) / letters >= 0.1:
        return "ja"
    found = _detector().detect_language_of(sample)
    return _CODES.get(found) if found else None


def normalise_lang(lang: str | None) -> str | None:
    """`ko-KR` -> `ko`, `EN` -> `en`; unknown stays as given (lowercased)."""
    if not lang:
        return None
    return lang.strip().lower().replace("_", "-").split("-")[0] or None
