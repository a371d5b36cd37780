"""What people read about an event: each commitment clause once, with its topics, the two languages side by side.

Records keep one topic per commitment (the record contract): a clause naming semiconductors, batteries
and critical minerals is three commitments sharing one text. Readers see it once with three topic
tags, and the Korean and English reports of the same commitment next to each other, not twice.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from index.model import MergedEvent, Report

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_SPACE = re.compile(r"\s+")


class CommitmentLike(Protocol):
    topic: str
    action: str
    text: str
    parties: list[str]


@dataclass
class Clause:
    text: str
    lang: str  # ko | en
    topics: list[str] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)
    other: Clause | None = None  # the same commitment as the other language's report put it

    @property
    def ko(self) -> Clause | None:
        return self if self.lang == "ko" else self.other

    @property
    def en(self) -> Clause | None:
        return self if self.lang == "en" else self.other

    def tags(self) -> list[str]:
        return list(dict.fromkeys([*self.topics, *(self.other.topics if self.other else [])]))

    def all_actions(self) -> list[str]:
        return list(dict.fromkeys([*self.actions, *(self.other.actions if self.other else [])]))


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def _group(commitments: Iterable[CommitmentLike]) -> list[Clause]:
    by_text: dict[str, Clause] = {}
    for c in commitments:
        k = _norm(c.text) or _norm(c.action)
        clause = by_text.get(k)
        if clause is None:
            clause = by_text[k] = Clause(text=c.text.strip() or c.action, lang="ko" if _HANGUL.search(c.text) else "en")
        for values, new in ((clause.topics, [c.topic]), (clause.actions, [c.action]), (clause.parties, c.parties)):
            values.extend(v for v in new if v and v not in values)
    return list(by_text.values())


def _likeness(a: Clause, b: Clause) -> int:
    actions = {_norm(x) for x in a.actions} & {_norm(x) for x in b.actions}
    topics = set(a.topics) & set(b.topics)
    if actions:
        return 10 * len(actions) + len(topics)
    # Without a shared action only a distinctive list of topics says it is the same clause.
    return len(topics) if set(a.topics) == set(b.topics) and len(topics - {"other"}) >= 2 else 0


def clauses(commitments: Sequence[CommitmentLike]) -> list[Clause]:
    """Commitments sharing a clause as one item; a Korean and an English clause of the same commitment
    (the same English action, else the same two or more topics) paired. Order: as first reported."""
    items = _group(commitments)
    ko = [c for c in items if c.lang == "ko"]
    en = [c for c in items if c.lang == "en"]
    pairs = sorted(((_likeness(k, e), i, j) for i, k in enumerate(ko) for j, e in enumerate(en)), reverse=True)
    used_ko: set[int] = set()
    used_en: set[int] = set()
    for score, i, j in pairs:
        if score <= 0 or i in used_ko or j in used_en:
            continue
        ko[i].other = en[j]
        en[j].other = ko[i]
        used_ko.add(i)
        used_en.add(j)
    return [c for c in items if not (c.lang == "en" and c.other is not None)]  # a pair shows once


def documents(event: MergedEvent) -> list[Report]:
    """One report per document (a release reporting a launch and the meeting it was made at is one report)."""
    seen: set[str] = set()
    out = []
    for r in event.reports:
        if r.doc_id not in seen:
            seen.add(r.doc_id)
            out.append(r)
    return out


def clause_line(c: Clause) -> str:
    """One plain line: actions, topic tags, and the clause in each language."""
    texts = " / ".join(x.text for x in (c.ko, c.en) if x)
    return f"{'; '.join(c.all_actions())} [{', '.join(c.tags())}]: {texts}"


def event_panel(e: MergedEvent) -> RenderableType:
    """The event for a terminal: facts, delegates, commitments (each clause once), one line per report."""
    facts = Table.grid(padding=(0, 2))
    place = ", ".join(x for x in (e.location.city, e.location.country) if x) or "—"
    for label, value in (("type", e.type + (" (mentioned in passing)" if e.mentioned else "")),
                         ("date", e.date or "unknown"), ("place", place),
                         ("participants", ", ".join(e.participants) or "—"),
                         ("series", f"{e.series}" + (f" · no. {e.ordinal}" if e.ordinal else "") if e.series else ""),
                         ("level", e.level or ""), ("key", e.key)):
        if value:
            facts.add_row(Text(label, style="dim"), Text(value))
    people = Table("name", "role", "country", "head", title="Delegates", title_justify="left")
    for p in e.delegates:
        people.add_row(p.name_en or p.name, p.role or "", p.country or "", "head" if p.head else "")
    items = Table("topics", "commitment", "clause", title="Commitments", title_justify="left", show_lines=True)
    for c in clauses(e.commitments):
        items.add_row(", ".join(c.tags()), "; ".join(c.all_actions()),
                      Text("\n".join(f"{x.lang}: {x.text}" for x in (c.ko, c.en) if x)))
    reports = Table("lang", "published", "source", "url", title="Reports", title_justify="left")
    for r in documents(e):
        reports.add_row(r.lang or "?", r.published or "", r.source or "", r.url or r.doc_id)
    return Group(Text(e.name or e.key, style="bold"), facts,
                 people if e.delegates else Text("Delegates: none reported", style="dim"),
                 items if e.commitments else Text("Commitments: none reported", style="dim"), reports)
