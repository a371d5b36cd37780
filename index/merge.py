"""Merge the reports of one event (same `key`) into its canonical document.

The merged event is a pure function of the set of reports, so it is recomputed from the stored
reports whenever one is added or replaced: replays change nothing, and the result does not
depend on the order reports arrived in.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from index.model import MergedCommitment, MergedEvent, Next, Person, Place, Report
from streams.records import TOPICS, Delegate, EventRecord

_SQUASH = re.compile(r"[\s\-.·‧・_'’]+")


def norm_name(name: str) -> str:
    """Spelling-insensitive form: case, spaces, hyphens and dots ignored (`Wang Yun-jong` → `wangyunjong`)."""
    return _SQUASH.sub("", name).casefold()


def name_keys(name: str) -> set[str]:
    """Forms one person's name takes: squashed, and with its words sorted (`Yunjong Wang` ~ `Wang Yun-jong`)."""
    keys = {norm_name(name)}
    words = [norm_name(w) for w in re.split(r"[\s,]+", name) if norm_name(w)]
    if len(words) > 1:
        keys.add(" ".join(sorted(words)))
    keys.discard("")
    return keys


def replace_report(stored: Sequence[EventRecord], incoming: EventRecord) -> list[EventRecord]:
    """A report is identified by its document: a re-extracted report replaces the earlier one."""
    return [r for r in stored if r.doc_id != incoming.doc_id] + [incoming]


def _order(r: EventRecord) -> tuple[bool, str, str, str]:
    # Primary report first: an event held beats one only mentioned, then the earliest report.
    return (r.mentioned, r.published or "9999", r.doc_id, r.id)


def _first(values: Iterable[object]) -> object:
    return next((v for v in values if v not in (None, "")), None)


def _delegate_keys(d: Delegate) -> set[str]:
    keys = {f"id:{d.person_id}"} if d.person_id else set()
    for n in (d.name, d.name_en):
        if n:
            keys |= {f"n:{k}" for k in name_keys(n)}
    return keys


def _compatible(a: Person, d: Delegate) -> bool:
    if a.person_id and d.person_id:
        return a.person_id == d.person_id
    return not (a.country and d.country and a.country != d.country)


def merge_delegates(records: Sequence[EventRecord]) -> list[Person]:
    """One entry per person: same person id, else a shared spelling (name or English name), same country."""
    people: list[Person] = []
    keys: list[set[str]] = []
    for r in records:
        for d in r.delegates:
            dk = _delegate_keys(d)
            hits = [i for i, k in enumerate(keys) if k & dk and _compatible(people[i], d)]
            if not hits:
                people.append(Person(person="", name=d.name))
                keys.append(set())
                hits = [len(people) - 1]
            target = hits[0]
            # A delegate matching two entries joins them (`왕윤종` links a Korean and an English spelling).
            for i in sorted(hits[1:], reverse=True):
                _absorb(people[target], people.pop(i))
                keys[target] |= keys.pop(i)
            keys[target] |= dk
            _absorb(people[target], Person(person="", person_id=d.person_id, name=d.name,
                                           names=[n for n in (d.name, d.name_en) if n], name_en=d.name_en,
                                           country=d.country, role=d.role, organization=d.organization, head=d.head))
    for p in people:
        p.person = p.person_id or p.name_en or p.name
    return people


def _absorb(into: Person, other: Person) -> None:
    for n in other.names:
        if n not in into.names:
            into.names.append(n)
    into.person_id = into.person_id or other.person_id
    into.name_en = into.name_en or other.name_en
    into.country = into.country or other.country
    into.role = into.role or other.role
    into.organization = into.organization or other.organization
    into.head = into.head or other.head


def merge_commitments(records: Sequence[EventRecord]) -> list[MergedCommitment]:
    """Commitments agree when topic and action agree (the action is English in every language)."""
    out: dict[tuple[str, str], MergedCommitment] = {}
    for r in records:
        for c in r.commitments:
            k = (c.topic, " ".join(c.action.casefold().split()))
            if k not in out:
                out[k] = MergedCommitment(topic=c.topic, action=c.action, text=c.text, parties=[])
            out[k].parties = sorted(set(out[k].parties) | set(c.parties))
    return list(out.values())


def best_name(names: Sequence[str], series: str | None) -> str | None:
    """The most telling name: one sharing words with the series, then the longest (ties: alphabetical)."""
    if not names:
        return None
    series_words = {w for w in re.findall(r"\w+", (series or "").casefold()) if len(w) > 3}

    def score(name: str) -> tuple[int, int, str]:
        shared = len(series_words & set(re.findall(r"\w+", name.casefold())))
        return (shared, len(name), name)

    return max(names, key=score)


def merge(records: Sequence[EventRecord]) -> MergedEvent:
    """The canonical event for reports that share one key."""
    if not records:
        raise ValueError("nothing to merge")
    rs = sorted(records, key=_order)
    keys = {r.key for r in rs}
    if len(keys) != 1:
        raise ValueError(f"reports of different events: {sorted(keys)}")
    nxt = _first(r.next for r in rs if r.next and (r.next.ordinal is not None or r.next.when))
    names: list[str] = []
    for r in rs:
        if r.name and r.name not in names:
            names.append(r.name)
    topics = {t for r in rs for t in r.topics} | {c.topic for r in rs for c in r.commitments}
    return MergedEvent(
        key=rs[0].key,
        type=rs[0].type,
        mentioned=all(r.mentioned for r in rs),
        name=best_name(names, _first(r.series for r in rs)),  # type: ignore[arg-type]
        names=names,
        series=_first(r.series for r in rs),  # type: ignore[arg-type]
        ordinal=_first(r.ordinal for r in rs),  # type: ignore[arg-type]
        level=_first(r.level for r in rs),  # type: ignore[arg-type]
        date=_first(r.date for r in rs),  # type: ignore[arg-type]
        date_text=_first(r.date_text for r in rs),  # type: ignore[arg-type]
        location=Place(city=_first(r.location.city for r in rs),  # type: ignore[arg-type]
                       country=_first(r.location.country for r in rs)),  # type: ignore[arg-type]
        participants=sorted({p for r in rs for p in r.participants}),
        delegates=merge_delegates(rs),
        commitments=merge_commitments(rs),
        topics=sorted(topics, key=TOPICS.index),
        next=Next.model_validate(nxt.model_dump()) if nxt else None,  # type: ignore[attr-defined]
        reports=[Report(id=r.id, doc_id=r.doc_id, url=r.url, source=r.source, lang=r.lang, published=r.published,
                        mentioned=r.mentioned, name=r.name, evidence=r.evidence, extractor=r.extractor)
                 for r in rs],
    )
