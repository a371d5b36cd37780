"""Date mentions and the scan that finds them; each language grammar brings its patterns
(`extract/lang/<xx>/dates.py`). Dates resolve against the publication date.

Each mention keeps its text and a granularity. Only `day` mentions give an event date;
months, halves and years serve `next.when` and the `mentioned` test. Without a publication
date, relative expressions stay unresolved (value None).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Literal

from extract import regexscan

Kind = Literal["day", "month", "half", "year", "week", "same_day"]


@dataclass
class DateMention:
    start: int
    end: int
    text: str
    kind: Kind
    value: date | None = None  # the day (kind day), or the first day of the month/half/year/week
    half: int | None = None  # 1 or 2 for kind half
    relative: bool = False  # resolved against the publication date
    # A bare day after the publication's (`11일`) is read as last month's, as news tells the past; a schedule told
    # ahead means the day of the publication's month.
    ahead: date | None = None

    @property
    def when(self) -> str | None:
        """`2024-06-05`, `2024-06`, `2024-H2`, `2024` (for next.when)."""
        if self.value is None:
            return None
        if self.kind == "day":
            return self.value.isoformat()
        if self.kind == "month":
            return f"{self.value.year}-{self.value.month:02d}"  # (what strftime("%Y-%m") gives, ~10x cheaper)
        if self.kind == "half":
            return f"{self.value.year}-H{self.half}"
        if self.kind == "year":
            return str(self.value.year)
        return None


def safe_date(y: int, m: int, d: int = 1) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def month_shift(day: date, months: int) -> date:
    idx = day.year * 12 + day.month - 1 + months
    return date(idx // 12, idx % 12 + 1, 1)


def nearest_year(m: int, d: int, pub: date, direction: str | None = None, weekday: int | None = None) -> date | None:
    """The year that puts month/day nearest the publication date (past/future if told; weekday if given)."""
    cands = [c for y in (pub.year - 1, pub.year, pub.year + 1) if (c := safe_date(y, m, d))]
    if weekday is not None and (fit := [c for c in cands if c.weekday() == weekday]):
        cands = fit
    if direction == "past":
        cands = [c for c in cands if c <= pub] or cands
    elif direction == "future":
        cands = [c for c in cands if c >= pub] or cands
    return min(cands, key=lambda c: (abs((c - pub).days), c > pub)) if cands else None


def direction_of(pre: str | None) -> str | None:
    if not pre:
        return None
    pre = pre.replace(" ", "").lower()
    if pre in ("지난", "last"):
        return "past"
    if pre in ("오는", "next", "다음달"):
        return "future"
    return "this"


Convert = Callable[[str, re.Match[str], date | None], "DateMention | None"]


def scan(text: str, patterns: list[tuple[str, re.Pattern[str]]], convert: Convert,
         published: date | None) -> list[DateMention]:
    """All date mentions, left to right, without overlaps (earlier patterns win ties)."""
    found: list[DateMention] = []
    taken = bytearray(len(text))  # characters already inside a date: overlap tests in the match's length
    starts: dict[re.Pattern[str], list[int]] = {}  # where matches can start, shared by patterns that start alike
    for kind, pattern in patterns:
        for m in regexscan.finditer(pattern, text, starts):
            if any(taken[m.start():m.end()]):
                continue
            mention = convert(kind, m, published)
            if mention is not None:
                found.append(mention)
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    found.sort(key=lambda d: d.start)
    return found


def find_dates(text: str, lang: str, published: date | None) -> list[DateMention]:
    """The date mentions of `text` by the grammar of `lang` (none for a language without one)."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    return grammar.find_dates(text, published) if grammar else []
