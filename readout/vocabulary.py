"""The index's vocabulary with the gazetteers' names: countries, series, places, people and topic words.

`index/` reads only its own terms; the composition root adds the gazetteers' data (YAML shipped with
the package, never extraction code) so event identity and bilingual search know every name.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from index.lexicon import Concept, Lexicon, Vocabulary, load_terms
from streams.countries import DATA as COUNTRIES
from streams.countries import countries

GAZETTEERS = COUNTRIES.parent


def _entries(folder: str) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for path in sorted((GAZETTEERS / folder).glob("*.yaml")):
        out.extend(yaml.safe_load(path.read_text(encoding="utf-8")) or [])
    return out


def _first(forms: list[str]) -> str:
    return forms[0] if forms else ""


@lru_cache(maxsize=1)
def vocabulary(gazetteers: Path = GAZETTEERS) -> Vocabulary:
    vocab = Vocabulary(terms=load_terms(Lexicon()), names=Lexicon())
    for e in _entries("countries"):
        en = [*e.get("en", []), *e.get("adjectives_en", []), e["id"]]
        vocab.names.add(Concept(e["id"], "country", en=_first(e.get("en", [])), ko=_first(e.get("ko", []))),
                        en, [*e.get("ko", [])])
    vocab.syllables = dict(countries().syllables)
    for e in _entries("series"):
        vocab.names.add(Concept(e["name"], "series", en=e["name"], ko=_first(e.get("ko", []))),
                        [e["name"], *e.get("en", [])], e.get("ko", []))
    for e in _entries("places"):
        vocab.names.add(Concept(e["city"], "place", en=e["city"], ko=_first(e.get("ko", []))),
                        [e["city"], *e.get("en", [])], e.get("ko", []))
    for e in _entries("officials"):
        aliases = [a for a in e.get("aliases", []) if a]
        ko = [a for a in aliases if any("\uac00" <= ch <= "\ud7a3" for ch in a)]
        vocab.names.add(Concept(e["id"], "person", en=e["name_en"], ko=_first(ko)),
                        [e["name_en"], *(a for a in aliases if a not in ko)], ko)
    for e in _entries("topics"):
        name = e["topic"].replace("_", " ")
        ko = e.get("ko", [])
        # Topic keywords map to the topic; the index's own terms (added first) keep their finer concepts.
        topic = Concept(e["topic"], "topic", en=name, ko=_first(ko))
        vocab.terms.add(topic, [name, *e.get("en", [])], ko)
        vocab.topics.add(topic, [name, *e.get("en", [])], ko)
    return vocab
