"""Highlights on the original text, the same for both backends.

Engine snippets re-tokenize the indexed field, and the Korean field holds morphemes, not the
sentence as written; so matches are marked here: Korean query morphemes as substrings, English
words by their stem (tantivy's English stemmer, the one the embedded index uses).
"""
from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from index.analyzers import english
from index.model import MergedEvent

_STEM = english()
_LETTER = "A-Za-z0-9\u00c0-\u024f"
_WORD = re.compile(f"[{_LETTER}]+")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
FRAGMENT = 160
MAX_FRAGMENTS = 3


@lru_cache(maxsize=65536)
def _stem(word: str) -> frozenset[str]:
    return frozenset(_STEM.analyze(word))


def stems(words: list[str]) -> set[str]:
    return {s for w in words for s in _stem(w)}


@dataclass(frozen=True)
class _Query:
    """What a query marks, prepared once: its Korean terms, English stems and the patterns that find them."""

    ko: tuple[str, ...]
    en_stems: frozenset[str]
    words: re.Pattern[str] | None  # the words that may have one of the stems
    probe: re.Pattern[str] | None  # anything that may match: a text without it is not read further


@lru_cache(maxsize=1024)
def _prepare(ko_terms: tuple[str, ...], en_stems: frozenset[str]) -> _Query:
    ko = tuple(t for t in ko_terms if _HANGUL.search(t))
    # Stems start like their words (`suppli` ~ `supply`): only words starting with a stem's first letters are
    # stemmed to be sure, not every word of every text.
    starts = sorted({s[:3] for s in en_stems if _WORD.fullmatch(s)}, key=lambda s: (-len(s), s))
    alternatives = "|".join(map(re.escape, starts))
    words = re.compile(rf"(?<![{_LETTER}])(?:{alternatives})[{_LETTER}]*", re.IGNORECASE) if starts else None
    either = [*map(re.escape, sorted(ko, key=len, reverse=True)), *([alternatives] if starts else [])]
    probe = re.compile("|".join(either), re.IGNORECASE) if either else None
    return _Query(ko, en_stems, words, probe)


def _spans(text: str, q: _Query) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for term in q.ko:
        start = text.find(term)
        while start >= 0:
            spans.append((start, start + len(term)))
            start = text.find(term, start + len(term))
    if q.words is not None:
        for m in q.words.finditer(text):
            if _stem(m.group()) & q.en_stems:
                spans.append(m.span())
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and (s <= merged[-1][1] or not text[merged[-1][1]:s].strip()):  # join `경제 안보`
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def mark(text: str, q: _Query) -> str | None:
    """A fragment of `text` around the first matches, HTML-escaped, matches in <em>; None without a match."""
    if q.probe is None or not q.probe.search(text):
        return None
    spans = _spans(text, q)
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


FIELDS = ("name", "evidence", "commitments", "delegates")


def highlight(ev: MergedEvent, ko_terms: list[str], en_words: list[str]) -> dict[str, list[str]]:
    q = _prepare(tuple(ko_terms), frozenset(stems(en_words)))
    if q.probe is None:
        return {}
    groups = (list(dict.fromkeys(ev.names)), list(dict.fromkeys(r.evidence for r in ev.reports if r.evidence)),
              list(dict.fromkeys(x for c in ev.commitments for x in (c.text, c.action))),
              list(dict.fromkeys(n for p in ev.delegates for n in p.names)))
    texts = [t for g in groups for t in g]
    ends = list(accumulate(map(len, groups)))
    # One pass over all of the event's texts finds the few that may match; only those are marked.
    blob = "\x00".join(texts)
    found = sorted({blob.count("\x00", 0, m.start()) for m in q.probe.finditer(blob)})
    out: dict[str, list[str]] = {}
    for i in found:
        frags = out.setdefault(FIELDS[bisect_right(ends, i)], [])
        if len(frags) < MAX_FRAGMENTS and (f := mark(texts[i], q)):
            frags.append(f)
    return {field: frags for field, frags in out.items() if frags}
