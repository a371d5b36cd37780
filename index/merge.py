"""Merge the reports of one event (see `index.identity`) into its canonical document.

The merged event is a pure function of the set of reports, so it is recomputed from the stored
reports whenever one is added or replaced: replays change nothing, and the result does not
depend on the order reports arrived in.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from index.identity import generic_name
from index.lexicon import Vocabulary, default_vocabulary
from index.model import MergedCommitment, MergedEvent, Next, Person, Place, Report
from index.names import name_keys
from streams.countries import short_name
from streams.records import TOPICS, Delegate, EventRecord

LOCAL_TIME = ("현지시간", "local time")


def _order(r: EventRecord) -> tuple[bool, str, str, str]:
    # Primary report first: an event held beats one only mentioned, then the earliest report.
    return (r.mentioned, r.published or "9999", r.doc_id, r.id)


def _most(values: Iterable[object]) -> object:
    """The most frequent value (first seen on ties), ignoring empty ones."""
    counts: dict[object, int] = {}
    for v in values:
        if v not in (None, ""):
            counts[v] = counts.get(v, 0) + 1
    return max(counts, key=lambda v: counts[v]) if counts else None


def event_type(records: Sequence[EventRecord]) -> str:
    """A launch or agreement with the bare meeting it was made at is the launch or agreement."""
    outcomes = [r.type for r in records if r.type != "dialogue"]
    return str(_most(outcomes) if outcomes else records[0].type)


def event_date(records: Sequence[EventRecord]) -> str | None:
    """The venue's day: a report that says it gives local time wins, then most reports, then the earliest."""
    local = [r.date for r in records if r.date and any(t in (r.date_text or "") for t in LOCAL_TIME)]
    dated = sorted(r.date for r in records if r.date)
    if not dated:
        return None
    pool = local or dated
    best = max(pool.count(d) for d in pool)
    return min(d for d in pool if pool.count(d) == best)


def _first(values: Iterable[object]) -> object:
    return next((v for v in values if v not in (None, "")), None)


def _delegate_keys(d: Delegate) -> set[str]:
    return set(_spelling_keys(d.person_id, d.name, d.name_en))


@lru_cache(maxsize=65536)  # the same delegates are merged again whenever their event is re-merged
def _spelling_keys(person_id: str | None, name: str | None, name_en: str | None) -> frozenset[str]:
    keys = {f"id:{person_id}"} if person_id else set()
    for n in (name, name_en):
        if n:
            keys |= {f"n:{k}" for k in name_keys(n)}
    return frozenset(keys)


def _compatible(a: _Entry, d: Delegate) -> bool:
    if a.person_id and d.person_id:
        return a.person_id == d.person_id
    return not (a.country and d.country and a.country != d.country)


@dataclass
class _Entry:
    """A person being merged: plain attributes (a pydantic model per delegate and per join was a tenth of the
    write path's time), one `Person` built at the end."""

    name: str
    names: list[str] = field(default_factory=list)
    person_id: str | None = None
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    head: bool = False


def merge_delegates(records: Sequence[EventRecord]) -> list[Person]:
    """One entry per person: same person id, else a shared spelling (name or English name), same country."""
    people: list[_Entry] = []
    keys: list[set[str]] = []
    for r in records:
        for d in r.delegates:
            dk = _delegate_keys(d)
            hits = [i for i, k in enumerate(keys) if k & dk and _compatible(people[i], d)]
            if not hits:
                people.append(_Entry(name=d.name))
                keys.append(set())
                hits = [len(people) - 1]
            target = hits[0]
            # A delegate matching two entries joins them (`왕윤종` links a Korean and an English spelling).
            for i in sorted(hits[1:], reverse=True):
                _absorb(people[target], people.pop(i))
                keys[target] |= keys.pop(i)
            keys[target] |= dk
            _absorb(people[target], _Entry(person_id=d.person_id, name=d.name,
                                           names=[n for n in (d.name, d.name_en) if n], name_en=d.name_en,
                                           country=d.country, role=d.role, organization=d.organization, head=d.head))
    return [Person(person=p.person_id or p.name_en or p.name, person_id=p.person_id, name=p.name, names=p.names,
                   name_en=p.name_en, country=p.country, role=p.role, organization=p.organization, head=p.head)
            for p in people]


def _absorb(into: _Entry, other: _Entry) -> None:
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


ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}
FORMAT_NOUN = {"summit": "Summit", "foreign ministers": "Foreign Ministers' Meeting",
               "defense ministers": "Defense Ministers' Meeting", "2+2": "2+2 Meeting",
               "vice foreign ministers": "Vice Foreign Ministers' Meeting",
               "national security advisors": "National Security Advisors' Meeting",
               "trade ministers": "Trade Ministers' Meeting", "commerce ministers": "Commerce Ministers' Meeting",
               "finance ministers": "Finance Ministers' Meeting", "phone call": "Phone Call",
               "video conference": "Video Conference", "lunch": "Lunch", "dinner": "Dinner",
               "director-general talks": "Director-General Talks", "strategic dialogue": "Strategic Dialogue",
               "policy dialogue": "Policy Dialogue", "working group": "Working Group Meeting"}
LEVEL_NOUN = {"leaders": "Summit", "ministerial": "Ministerial Meeting",
              "senior_officials": "Senior Officials' Meeting", "working": "Working-Level Talks"}
OUTCOME_NOUN = {"coalition": "Coalition", "partnership": "Partnership", "network": "Network",
                "initiative": "Initiative", "forum": "Forum", "consultative body": "Consultative Body",
                "memorandum of understanding": "MOU", "arrangement": "Arrangement", "agreement": "Agreement",
                "joint statement": "Joint Statement"}
TYPE_NOUN = {"dialogue": "Meeting", "launch": "Launch", "agreement": "Agreement", "statement": "Joint Statement"}
PARTY_ORDER = ("KOR", "USA", "JPN", "CHN")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else ORDINAL_SUFFIX.get(n % 10, 'th')}"


def parties_label(codes: Sequence[str]) -> str:
    ordered = sorted(codes, key=lambda c: (PARTY_ORDER.index(c) if c in PARTY_ORDER else len(PARTY_ORDER), c))
    names = [short_name(c) for c in ordered]
    return "-".join(names) if len(names) <= 4 else f"{'-'.join(names[:3])} and {len(names) - 3} partners"


def event_name(records: Sequence[EventRecord], type_: str, series: str | None, number: int | None,
               participants: Sequence[str], level: str | None, city: str | None, vocab: Vocabulary) -> str | None:
    """What people recognise: the series with its round, else the most telling reported name, else a name
    built from parties, format or level, and place (`Korea-Japan Summit, Tokyo`); never a bare "meeting"."""
    if series:
        return f"{ordinal(number)} {series}" if number else series
    own = [r for r in records if r.name and r.type == type_]
    specific = [r for r in own if not generic_name(r.name, r.lang, vocab)]
    if specific:
        held = [r for r in specific if not r.mentioned] or specific
        return max((r.name for r in held), key=lambda n: (len(n), n))  # type: ignore[arg-type,return-value]
    concepts = [c for r in own for c in vocab.terms.concepts(r.name or "")]
    noun = TYPE_NOUN[type_]
    if type_ == "dialogue":
        formats = [FORMAT_NOUN[c.id] for c in concepts if c.id in FORMAT_NOUN]
        noun = formats[0] if formats else LEVEL_NOUN.get(level or "", noun)
    else:
        outcomes = [OUTCOME_NOUN[c.id] for c in concepts if c.id in OUTCOME_NOUN]
        noun = outcomes[0] if outcomes else noun
    label = parties_label(participants)
    name = f"{label} {noun}" if label else noun
    return f"{name}, {city}" if city else name


def primary(records: Sequence[EventRecord]) -> EventRecord:
    """The report a merged event is keyed and named by: of its type, held before mentioned, earliest."""
    base = sorted(records, key=_order)
    type_ = event_type(base)
    return min(base, key=lambda r: (r.type != type_, *_order(r)))


def merge(records: Sequence[EventRecord], key: str | None = None, *, vocab: Vocabulary | None = None,
          aliases: Iterable[str] = ()) -> MergedEvent:
    """The canonical event for the reports of one event (`key`: the primary report's unless given)."""
    if not records:
        raise ValueError("nothing to merge")
    vocab = vocab or default_vocabulary()
    base = sorted(records, key=_order)
    type_ = event_type(base)
    rs = sorted(base, key=lambda r: (r.type != type_, *_order(r)))
    nxt = _first(r.next for r in rs if r.next and (r.next.ordinal is not None or r.next.when))
    names: list[str] = []
    for r in rs:
        if r.name and r.name not in names:
            names.append(r.name)
    topics = {t for r in rs for t in r.topics} | {c.topic for r in rs for c in r.commitments}
    series = _most(r.series for r in rs if r.type == type_)
    number = _most(r.ordinal for r in rs if r.type == type_ and (r.series is None or r.series == series))
    level = _most(r.level for r in rs)
    city = _most(r.location.city for r in rs)
    country = _most(r.location.country for r in rs if not city or r.location.city == city)
    participants = sorted({p for r in rs for p in r.participants})
    day = event_date(rs)
    return MergedEvent(
        key=key or rs[0].key,
        aliases=sorted({*aliases, *(r.key for r in rs)} - {key or rs[0].key}),
        type=type_,  # type: ignore[arg-type]
        mentioned=all(r.mentioned for r in rs),
        name=event_name(rs, type_, series, number, participants, level, city, vocab),  # type: ignore[arg-type]
        names=names,
        series=series,  # type: ignore[arg-type]
        ordinal=number,  # type: ignore[arg-type]
        level=level,  # type: ignore[arg-type]
        date=day,
        date_text=_first(r.date_text for r in rs if r.date == day),  # type: ignore[arg-type]
        location=Place(city=city, country=country),  # type: ignore[arg-type]
        participants=participants,
        delegates=merge_delegates(rs),
        commitments=merge_commitments(rs),
        topics=sorted(topics, key=TOPICS.index),
        next=Next.model_validate(nxt.model_dump()) if nxt else None,  # type: ignore[attr-defined]
        reports=[Report(id=r.id, key=r.key, doc_id=r.doc_id, type=r.type, date=r.date, url=r.url, source=r.source,
                        lang=r.lang, published=r.published, mentioned=r.mentioned, name=r.name, evidence=r.evidence,
                        extractor=r.extractor)
                 for r in rs],
    )
