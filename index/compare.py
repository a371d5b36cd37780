"""Side-by-side readouts: one column per government (or language, or source) of one merged event, and what
only one side reports, with the sentences as evidence.

Works from the per-report records the index keeps (`EventIndex.reports`), so both backends give the same
columns. Which side a report is on is handed in: `readout/` knows the source registry (which government
publishes each source); without it the report's language stands in.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal

from pydantic import Field

from index.fields import report_lang
from index.merge import merge_delegates
from index.model import MergedEvent, Model, Person
from index.names import name_keys
from streams.records import EventRecord

CompareBy = Literal["side", "lang", "source"]
SideOf = Callable[[EventRecord], str | None]  # a report's government (ISO code) or None when unknown


class SideReport(Model):
    doc_id: str
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    name: str | None = None
    published: str | None = None


class SideDelegate(Model):
    person: str  # the merged event's person id, so columns can be compared
    name: str  # as this side writes it
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    head: bool = False


class SideCommitment(Model):
    topic: str
    action: str
    text: str


class Side(Model):
    side: str
    label: str
    sources: list[str] = Field(default_factory=list)
    langs: list[str] = Field(default_factory=list)
    reports: list[SideReport] = Field(default_factory=list)
    delegates: list[SideDelegate] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    commitments: list[SideCommitment] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)


class OnlyOne(Model):
    """Something one side reports and no other does."""

    side: str
    kind: Literal["topic", "commitment", "delegate"]
    value: str  # the topic, the commitment's action, the person's name
    topic: str | None = None
    evidence: list[str] = Field(default_factory=list)  # that side's sentences


class Comparison(Model):
    key: str
    name: str | None = None
    by: CompareBy
    sides: list[Side]
    shared_topics: list[str] = Field(default_factory=list)
    only: list[OnlyOne] = Field(default_factory=list)


def _side(r: EventRecord, by: CompareBy, side_of: SideOf) -> str:
    lang = report_lang(r.lang, r.evidence or r.name or "")
    if by == "lang":
        return lang
    if by == "source":
        return r.source or "unknown"
    return side_of(r) or lang


def _person_of(people: Sequence[Person], name: str, name_en: str | None, person_id: str | None) -> str:
    keys = name_keys(name) | (name_keys(name_en) if name_en else set())
    for p in people:
        if person_id and p.person_id == person_id:
            return p.person
        if keys & {k for n in p.names for k in name_keys(n)}:
            return p.person
    return person_id or name_en or name


def _column(side: str, records: list[EventRecord], people: Sequence[Person]) -> Side:
    commitments: dict[tuple[str, str], SideCommitment] = {}
    for r in records:
        for c in r.commitments:
            commitments.setdefault((c.topic, c.action.casefold()), SideCommitment(topic=c.topic, action=c.action,
                                                                                  text=c.text))
    topics = {t for r in records for t in r.topics} | {c.topic for c in commitments.values()}
    delegates = [SideDelegate(person=_person_of(people, d.name, d.name_en, d.person_id), name=d.names[0] if d.names
                              else d.name, name_en=d.name_en, country=d.country, role=d.role, head=d.head)
                 for d in merge_delegates(records)]
    sources = sorted({r.source for r in records if r.source})
    langs = sorted({report_lang(r.lang, r.evidence or r.name or "") for r in records})
    label = side if side in langs or side in sources else f"{side} ({', '.join(langs)})"
    return Side(side=side, label=label, sources=sources, langs=langs,
                reports=[SideReport(doc_id=r.doc_id, url=r.url, source=r.source, lang=r.lang, name=r.name,
                                    published=r.published) for r in records],
                delegates=delegates, topics=sorted(topics), commitments=list(commitments.values()),
                evidence=list(dict.fromkeys(r.evidence for r in records if r.evidence)))


def compare(event: MergedEvent, records: Sequence[EventRecord], *, by: CompareBy = "side",
            side_of: SideOf = lambda r: None) -> Comparison:
    """The readouts of `event` side by side. With one side only, nothing is "only one side's"."""
    groups: dict[str, list[EventRecord]] = {}
    for r in sorted(records, key=lambda r: (r.published or "", r.doc_id)):
        groups.setdefault(_side(r, by, side_of), []).append(r)
    sides = [_column(s, rs, event.delegates) for s, rs in groups.items()]
    shared = set.intersection(*(set(s.topics) for s in sides)) if sides else set()
    only: list[OnlyOne] = []
    if len(sides) > 1:
        for s in sides:
            others = [o for o in sides if o is not s]
            other_topics = {t for o in others for t in o.topics}
            other_committed = {c.topic for o in others for c in o.commitments}
            other_people = {d.person for o in others for d in o.delegates}
            for t in s.topics:
                if t not in other_topics:
                    said = [c.text for c in s.commitments if c.topic == t]
                    only.append(OnlyOne(side=s.side, kind="topic", value=t, topic=t,
                                        evidence=list(dict.fromkeys(said)) or s.evidence[:1]))
            for c in s.commitments:
                if c.topic in other_topics and c.topic not in other_committed:
                    only.append(OnlyOne(side=s.side, kind="commitment", value=c.action, topic=c.topic,
                                        evidence=[c.text]))
            for d in s.delegates:
                if d.person not in other_people:
                    written = [e for e in s.evidence if d.name in e]
                    only.append(OnlyOne(side=s.side, kind="delegate", value=d.name_en or d.name,
                                        evidence=written or [f"{d.name}{', ' + d.role if d.role else ''}"]))
    order = {t: i for i, t in enumerate(event.topics)}
    return Comparison(key=event.key, name=event.name, by=by, sides=sides,
                      shared_topics=sorted(shared, key=lambda t: order.get(t, 99)), only=only)
