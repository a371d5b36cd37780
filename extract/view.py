"""What the extraction components share about one document: text, sentences, morphemes,
gazetteer mentions and dates, with lookups by character range."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from extract.dates import DateMention
from extract.entities import Mention

if TYPE_CHECKING:
    from extract.lang.base import Grammar


@dataclass
class Sent:
    idx: int
    start: int
    end: int
    text: str


_BASES: dict[str, str] = {}  # tag -> base; Kiwi's tags and their joins are a small closed set


@dataclass(init=False, slots=True)  # slots: made for every morpheme, its fields read throughout the rules
class Tok:
    start: int
    end: int
    text: str
    tag: str
    form: str = ""  # Korean: the first morpheme's form (`가지` for `가졌`)
    # The first morpheme's tag without Kiwi's irregular-conjugation suffix (`VV-R` -> `VV`). Set on
    # construction: the rules read it tens of times per token, and a cached_property's first read takes a lock.
    base: str = field(init=False, repr=False, compare=False)

    # Written out (not generated with a __post_init__): one call per token of every document.
    def __init__(self, start: int, end: int, text: str, tag: str, form: str = "") -> None:
        self.start = start
        self.end = end
        self.text = text
        self.tag = tag
        self.form = form
        base = _BASES.get(tag)
        if base is None:
            base = _BASES[tag] = tag.split("+")[0].split("-")[0]
        self.base = base


@dataclass
class View:
    text: str
    lang: str
    published: date | None
    sents: list[Sent]
    tokens: list[Tok]
    mentions: list[Mention]
    dates: list[DateMention]
    title: str | None = None
    home: str | None = None
    grammar: Grammar = field(default=None, repr=False)  # type: ignore[assignment]  (set by the pipeline)
    _tok_starts: list[int] = field(default_factory=list, repr=False)
    _mention_starts: list[int] = field(default_factory=list, repr=False)
    _date_starts: list[int] = field(default_factory=list, repr=False)
    _mentions_by_start: dict[int, list[Mention]] | None = field(default=None, repr=False, compare=False)
    _memos: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)  # type: ignore[type-arg]

    def __post_init__(self) -> None:
        # Lookups by range bisect these (mentions and dates arrive sorted by start): linear time overall.
        self._tok_starts = [t.start for t in self.tokens]
        self.mentions = sorted(self.mentions, key=lambda m: (m.start, -m.end))
        self.dates = sorted(self.dates, key=lambda d: d.start)
        self._mention_starts = [m.start for m in self.mentions]
        self._date_starts = [d.start for d in self.dates]

    def memo(self, name: str) -> dict:  # type: ignore[type-arg]
        """A rule's per-document memory (`name`: the rule's own key): what it worked out once for this text."""
        return self._memos.setdefault(name, {})

    def tokens_in(self, start: int, end: int) -> list[Tok]:
        i = bisect.bisect_left(self._tok_starts, start)
        return self.tokens[i:bisect.bisect_left(self._tok_starts, end, i)]

    def mentions_in(self, start: int, end: int, *labels: str) -> list[Mention]:
        lo, hi = bisect.bisect_left(self._mention_starts, start), bisect.bisect_left(self._mention_starts, end)
        if lo == hi:
            return []  # (no comprehension to make and run: many ranges hold none)
        return [m for m in self.mentions[lo:hi] if m.end <= end and (not labels or m.label in labels)]

    def mentions_at(self, start: int, end: int) -> list[Mention]:
        """The mentions starting at `start` and ending by `end`, longest first: what `mentions_in(start, end)`
        begins with, by a dict look-up (the delegate rules ask this for every word of a sentence)."""
        by_start = self._mentions_by_start
        if by_start is None:
            by_start = self._mentions_by_start = {}
            for m in self.mentions:
                by_start.setdefault(m.start, []).append(m)
        found = by_start.get(start)
        return [m for m in found if m.end <= end] if found else []

    def dates_in(self, start: int, end: int) -> list[DateMention]:
        lo, hi = bisect.bisect_left(self._date_starts, start), bisect.bisect_left(self._date_starts, end)
        if lo == hi:
            return []
        return [d for d in self.dates[lo:hi] if d.end <= end]

    def sent_of(self, pos: int) -> Sent | None:
        starts = self._memos.get("view.sent_starts")
        if starts is None:  # (once per document, not a new list per call)
            starts = self._memos["view.sent_starts"] = [s.start for s in self.sents]
        i = bisect.bisect_right(starts, pos) - 1
        return self.sents[i] if i >= 0 and pos < self.sents[i].end else None
