"""Highlights on the original text, the same for both backends.

Engine snippets re-tokenize the indexed field, and the Korean field holds morphemes, not the
sentence as written; so matches are marked here: Korean query morphemes as substrings, English
words by their stem (tantivy's English stemmer, the one the embedded index uses).
"""
from __future__ import annotations

import html
import re
from functools import lru_cache

from index.analyzers import english
from index.model import MergedEvent

_STEM = english()
_WORD = re.compile(r"[A-Za-z0-9\u00c0-\u024f]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
FRAGMENT = 160
MAX_FRAGMENTS = 3


@lru_cache(maxsize=65536)
def _stem(word: str) -> frozenset[str]:
    return frozenset(_STEM.analyze(word))


def stems(words: list[str]) -> set[str]:
    return {s for w in words for s in _stem(w)}


def _spans(text: str, ko_terms: list[str], en_stems: set[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term in ko_terms:
        if not _HANGUL.search(term):
            continue
        start = text.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + len(term))
    lowered = text.lower()
    # Stems start like their words (`suppli` ~ `supply`): skip texts without such a start.
    if en_stems and any(s[:3] in lowered for s in en_stems):
        for m in _WORD.finditer(text):
            if _stem(m.group()) & en_stems:
                spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (s <= merged[-1][1] or not text[merged[-1][1]:s].strip()):  # join `경제 안보`
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def mark(text: str, ko_terms: list[str], en_stems: set[str]) -> str | None:
    """A fragment of `text` around the first matches, HTML-escaped, matches in <em>; None without a match."""
    spans = _spans(text, ko_terms, en_stems)
    if not spans:
        return None
    lo = max(0, spans[0][0] - FRAGMENT // 4)
    if lo:  # start the fragment at a word boundary
        space = text.find(" ", lo, spans[0][0])
        lo = space + 1 if space >= 0 else lo
    hi = min(len(text), lo + FRAGMENT)
    out, pos = [], lo
    for s, e in spans:
        if s >= hi:
            break
        out.append(html.escape(text[pos:s]))
        out.append(f"<em>{html.escape(text[s:min(e, hi)])}</em>")
        pos = min(e, hi)
    out.append(html.escape(text[pos:hi]))
    return ("…" if lo else "") + "".join(out) + ("…" if hi < len(text) else "")


def highlight(ev: MergedEvent, ko_terms: list[str], en_words: list[str]) -> dict[str, list[str]]:
    en_stems = stems(en_words)
    fields = {
        "name": ev.names,
        "evidence": [r.evidence for r in ev.reports if r.evidence],
        "commitments": [x for c in ev.commitments for x in (c.text, c.action)],
        "delegates": [n for p in ev.delegates for n in p.names],
    }
    out: dict[str, list[str]] = {}
    for field, texts in fields.items():
        frags = [f for f in (mark(t, ko_terms, en_stems) for t in dict.fromkeys(texts)) if f]
        if frags:
            out[field] = frags[:MAX_FRAGMENTS]
    return out
