"""Entity pages: a person (events over time, roles held, series led, counterparts) and a country (events by
partner, topics over time, people at its events).

Counts come from the engine (facets, pivot); the per-event details (a person's role at each event) from one
page of at most MAX_PAGE_SIZE events, newest first. Both are bounded whatever the index holds.
"""
from __future__ import annotations

import re
from collections import Counter

from pydantic import Field

from index.model import MAX_PAGE_SIZE, Bucket, MergedEvent, Model, Person, SearchQuery
from index.names import name_keys, norm_name
from index.pivot import PivotRow
from index.port import EventIndex
from index.series import series_id
from streams.countries import UnknownCountry, resolve_country

RECENT = 20  # events listed on a country page
TREND_TOPICS = 10
COUNTRY_CODE = re.compile(r"^[A-Za-z]{2,10}$")  # ISO alpha-3, EU, NATO, ASEAN, IPEF…


class EventLine(Model):
    key: str
    date: str | None = None
    type: str
    name: str | None = None
    series: str | None = None
    ordinal: int | None = None
    participants: list[str] = Field(default_factory=list)
    role: str | None = None  # the person's role at this event (person pages)
    head: bool = False


class RoleSpan(Model):
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    first: str | None = None
    last: str | None = None
    events: int


class SeriesLed(Model):
    id: str
    series: str
    rounds: list[EventLine]


class Counterpart(Model):
    person: str
    name: str
    country: str | None = None
    events: int


class PersonView(Model):
    id: str
    name: str
    names: list[str]
    country: str | None = None
    total: int
    truncated: bool = False
    events: list[EventLine]
    roles: list[RoleSpan]
    led: list[SeriesLed]
    counterparts: list[Counterpart]
    months: list[Bucket]
    countries: list[Bucket]  # the countries at the person's events


class CountryView(Model):
    code: str
    total: int
    partners: list[Bucket]
    topics: list[Bucket]
    types: list[Bucket]
    series: list[Bucket]
    persons: list[Counterpart]
    months: list[Bucket]
    trends: list[PivotRow]  # per month, the topics of its events
    recent: list[EventLine]


def _line(e: MergedEvent, p: Person | None = None) -> EventLine:
    return EventLine(key=e.key, date=e.date, type=e.type, name=e.name, series=e.series, ordinal=e.ordinal,
                     participants=e.participants, role=p.role if p else None, head=p.head if p else False)


def _is(p: Person, wanted: str, keys: set[str]) -> bool:
    if wanted in (p.person, p.person_id):
        return True
    return bool(keys & {k for n in p.names for k in name_keys(n)})


def person_labels(events: list[MergedEvent]) -> dict[str, Person]:
    """Per person id, how the events show them: the spelling they use most (the newest on ties)."""
    seen: dict[str, list[Person]] = {}
    for e in events:
        for p in e.delegates:
            seen.setdefault(p.person, []).append(p)
    out = {}
    for pid, people in seen.items():
        spelled = Counter(p.name_en or p.name for p in people)
        out[pid] = max(people, key=lambda p: spelled[p.name_en or p.name])
    return out


def person_view(index: EventIndex, wanted: str) -> PersonView | None:
    """A person by id or any spelling; None when no event lists them."""
    q = SearchQuery(person=wanted, mentioned=False, sort="date", size=MAX_PAGE_SIZE)  # events held
    page = index.search(q, facets=True, exact_total=True)  # the page says how many
    keys = name_keys(wanted) | {norm_name(wanted)}
    mine = [(h.event, p) for h in page.hits for p in h.event.delegates if _is(p, wanted, keys)]
    if not mine:
        return None
    me = mine[0][1]
    shown = person_labels([e for e, _ in mine])[me.person]  # the usual spelling
    names: list[str] = []
    for _, p in mine:
        names.extend(n for n in p.names if n not in names)
    roles: dict[tuple[str | None, str | None, str | None], RoleSpan] = {}
    for e, p in reversed(mine):  # oldest first
        span = roles.setdefault((p.role, p.organization, p.country), RoleSpan(
            role=p.role, organization=p.organization, country=p.country, first=e.date, events=0))
        span.events += 1
        span.last = e.date or span.last
    led: dict[str, list[EventLine]] = {}
    for e, p in reversed(mine):
        if p.head and e.series:
            led.setdefault(e.series, []).append(_line(e, p))
    facets = page.facets
    assert facets is not None
    labels = person_labels([h.event for h in page.hits])
    mine_ids = {p.person for _, p in mine}
    return PersonView(
        id=me.person, name=shown.name_en or shown.name, names=names, country=me.country, total=page.total,
        truncated=page.total > len(page.hits), events=[_line(e, p) for e, p in mine],
        roles=sorted(roles.values(), key=lambda r: r.first or ""),
        led=[SeriesLed(id=series_id(s), series=s, rounds=rs) for s, rs in led.items()],
        counterparts=[_counterpart(b, labels) for b in facets.persons if b.value not in mine_ids],
        months=facets.month, countries=facets.participants)


def _counterpart(b: Bucket, labels: dict[str, Person]) -> Counterpart:
    p = labels.get(b.value)
    return Counterpart(person=b.value, name=(p.name_en or p.name) if p else b.value,
                       country=p.country if p else None, events=b.count)


def country_view(index: EventIndex, code: str) -> CountryView | None:
    """A country (or a grouping: EU, NATO…) by its code or name; None when unknown or no event has it."""
    try:
        code = resolve_country(code)
    except UnknownCountry:
        return None
    q = SearchQuery(participants=[code], mentioned=False, sort="date", size=RECENT)  # events held
    page = index.search(q, facets=True, exact_total=True)  # the page says how many
    if not page.total:
        return None
    facets = page.facets
    assert facets is not None
    trends = index.pivot(q, "month", "topics", outer_size=1000, inner_size=TREND_TOPICS)
    labels = person_labels([h.event for h in page.hits])
    return CountryView(
        code=code, total=page.total, partners=[b for b in facets.participants if b.value != code],
        topics=facets.topics, types=facets.type, series=facets.series,
        persons=[_counterpart(b, labels) for b in facets.persons], months=facets.month, trends=trends,
        recent=[_line(h.event) for h in page.hits])
