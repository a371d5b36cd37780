"""Language grammars, looked up by language code. A language without a grammar gets no events (with
a logged reason), never another language's rules."""
from __future__ import annotations

import functools
import importlib
import logging

from extract.lang.base import Grammar
from extract.lang.detect import detect_language, normalise_lang

__all__ = ["GRAMMARS", "Grammar", "detect_language", "grammar_for", "normalise_lang"]

log = logging.getLogger(__name__)

# Code -> module holding `GRAMMAR`. Adding a language is a package under extract/lang/ and a line here.
GRAMMARS: dict[str, str] = {"ko": "extract.lang.ko", "en": "extract.lang.en"}


@functools.cache
def grammar_for(code: str | None) -> Grammar | None:
    module = GRAMMARS.get(normalise_lang(code) or "")
    if module is None:
        log.info("no grammar for language %r: no events", code)
        return None
    return importlib.import_module(module).GRAMMAR
