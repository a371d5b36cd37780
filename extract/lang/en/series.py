"""English series known by their core words: a name with countries and generic words set aside."""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from extract.gazetteer import get_gazetteer

if TYPE_CHECKING:
    from extract.events import EventMention
    from extract.view import View

_NAME_STOP = re.compile(r"\b(?:the|of|and|for|on|meeting|meetings|ministerial|summit|talks|dialogue|first|second|third|"
                        r"first-ever|inaugural|trilateral|bilateral|joint|high-level|level)\b")


@functools.cache
def _country_words() -> frozenset[str]:
    words: set[str] = set()
    for c in get_gazetteer().countries:
        for n in [*c.en, *c.adjectives_en]:
            words.update(re.findall(r"[a-z]+", n.lower()))
    return frozenset(words)


def core_words(name: str) -> set[str]:
    words = re.findall(r"[a-z0-9+]+", _NAME_STOP.sub(" ", name.lower()))
    return {w for w in words if w not in _country_words() and len(w) > 1}


@functools.cache
def _series_cores() -> list[tuple[frozenset[str], object]]:
    out = []
    for sr in get_gazetteer().series:
        for variant in sr.en:
            core = frozenset(core_words(variant))
            if len(core) >= 2:
                out.append((core, sr))
    return sorted(out, key=lambda x: -len(x[0]))


_OF_TAIL = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and|of|for|on|the|[A-Z][\w'’-]*))*")


def series_by_core_words(view: View, m: EventMention) -> None:
    """`the U.S.-ROK Dialogue on Next Generation Critical and Emerging Technologies`: a series spelled
    otherwise is known by its core words (countries and generic words aside), with its parties named."""
    name = m.name or ""
    if m.name_end is not None:
        tail = _OF_TAIL.match(view.text, m.name_end)
        name += tail.group() if tail else ""
    words = core_words(name)
    for core, sr in _series_cores():
        if sr.type == m.type and core <= words and set(sr.participants) <= set(m.participants):
            m.series = sr.name
            m.series_level = sr.level
            return
