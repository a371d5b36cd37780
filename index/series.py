"""Series pages: every recurring series with its rounds, what became of each round's commitments, and whether
the announced next round happened when announced.

Built only on the index port's public API (search, facets, pivot), so it works on both backends. Every
read is bounded: series names come from one aggregation, a series' events from one page of at most
MAX_PAGE_SIZE events, and each round's follow-through from one page per distinct set of parties.
"""
from __future__ import annotations

import calendar
import re
from datetime import date
from typing import Literal

from pydantic import Field

from index.model import MAX_PAGE_SIZE, MergedEvent, Model, Place, SearchQuery
from index.port import EventIndex

MAX_SERIES = 500  # series names read in one aggregation
FOLLOW_LINKS = 5  # later events shown per commitment
REALISING = ("launch", "agreement")  # event types that carry out a commitment rather than talk about it again

Status = Literal["realised", "reported_again", "no_later_report", "undated"]
NextStatus = Literal["on_time", "late", "held", "not_yet"]


def series_id(name: str) -> str:
    """A URL-safe id for a series name (`US-Japan-ROK Economic Security Dialogue` → `us-japan-rok-economic-…`)."""
    return re.sub(r"[^0-9a-z가-힣]+", "-", name.casefold()).strip("-") or "series"


class SeriesSummary(Model):
    id: str
    name: str
    rounds: int  # events held (not only mentioned)
    mentions: int  # events only mentioned: announced or past rounds referred to in passing
    first: str | None = None  # `YYYY-MM` of the earliest dated round
    last: str | None = None


class Link(Model):
    """A later event a commitment is linked to, with the sentence that says so."""

    key: str
    name: str | None = None
    type: str
    date: str | None = None
    participants: list[str] = Field(default_factory=list)
    evidence: str = ""


class FollowThrough(Model):
    topic: str
    action: str
    text: str
    parties: list[str] = Field(default_factory=list)
    status: Status
    events: list[Link] = Field(default_factory=list)  # realising events first, then later reports, oldest first


class Head(Model):
    person: str
    name: str
    country: str | None = None
    role: str | None = None


class NextTracking(Model):
    """The round announced at this one, against the round that actually followed."""

    ordinal: int | None = None
    when: str | None = None  # as announced: `2025-H1`, `2025-03`, …
    place: Place = Field(default_factory=Place)
    source: Literal["next", "mention"]  # the round's `next`, or a report of it mentioning the next round
    source_key: str | None = None  # the mention's event, when announced by a mention
    deadline: str | None = None  # last day of the announced period
    held_key: str | None = None
    held_date: str | None = None
    held_ordinal: int | None = None
    status: NextStatus
    overdue: bool = False  # not held and the announced period is over


class Round(Model):
    key: str
    ordinal: int | None = None
    date: str | None = None
    name: str | None = None
    place: Place = Field(default_factory=Place)
    participants: list[str] = Field(default_factory=list)
    heads: list[Head] = Field(default_factory=list)
    topics: list[str] = Field(default_factory=list)
    langs: list[str] = Field(default_factory=list)
    reports: int = 0
    commitments: list[FollowThrough] = Field(default_factory=list)
    next: NextTracking | None = None


class SeriesView(Model):
    id: str
    name: str
    rounds: list[Round]
    mentions: list[Link] = Field(default_factory=list)
    total: int  # events of the series in the index
    truncated: bool = False  # more than MAX_PAGE_SIZE events: the newest are shown


# -- listing ----------------------------------------------------------------------------------------------
def list_series(index: EventIndex) -> list[SeriesSummary]:
    """Every series, most recently held first (two aggregations, no events read)."""
    held = index.pivot(SearchQuery(mentioned=False), "series", "month", MAX_SERIES, 1000)
    mentioned = index.pivot(SearchQuery(mentioned=True), "series", "type", MAX_SERIES, 1)
    out: dict[str, SeriesSummary] = {}
    for row in held:
        months = sorted(b.value for b in row.buckets)
        out[row.value] = SeriesSummary(id=series_id(row.value), name=row.value, rounds=row.count, mentions=0,
                                       first=months[0] if months else None, last=months[-1] if months else None)
    for row in mentioned:
        s = out.setdefault(row.value, SeriesSummary(id=series_id(row.value), name=row.value, rounds=0, mentions=0))
        s.mentions = row.count
    return sorted(out.values(), key=lambda s: (s.last or "", s.name), reverse=True)


def find_series(index: EventIndex, wanted: str) -> str | None:
    """The series name for an id, a name in any case, or a part of a name (the most recent on ties)."""
    names = [s.name for s in list_series(index)]
    folded = wanted.casefold().strip()
    for match in (lambda n: series_id(n) == series_id(wanted), lambda n: n.casefold() == folded,
                  lambda n: folded in n.casefold()):
        hit = next((n for n in names if match(n)), None)
        if hit:
            return hit
    return None


# -- one series -------------------------------------------------------------------------------------------
def _round_order(e: MergedEvent) -> tuple[str, int]:
    return (e.date or "9999-99-99", e.ordinal or 0)


def series_view(index: EventIndex, name: str, today: date | None = None) -> SeriesView | None:
    page = index.search(SearchQuery(series=[name], sort="date", size=MAX_PAGE_SIZE), exact_total=True)
    if not page.hits:
        return None
    events = [h.event for h in page.hits]
    held = sorted((e for e in events if not e.mentioned), key=_round_order)
    mentions = sorted((e for e in events if e.mentioned), key=_round_order)
    rounds = []
    for i, e in enumerate(held):
        rounds.append(Round(
            key=e.key, ordinal=e.ordinal, date=e.date, name=e.name, place=e.location, participants=e.participants,
            heads=[Head(person=p.person, name=p.name_en or p.name, country=p.country, role=p.role)
                   for p in e.delegates if p.head],
            topics=list(e.topics), langs=sorted({r.lang for r in e.reports if r.lang}), reports=len(e.reports),
            commitments=follow_through(index, e),
            next=track_next(e, held[i + 1:], mentions, today or date.today())))
    return SeriesView(id=series_id(name), name=name, rounds=rounds, total=page.total,
                      truncated=page.total > len(events), mentions=[_link(m, None) for m in mentions])


def _link(e: MergedEvent, topic: str | None) -> Link:
    said = next((c.text for c in e.commitments if c.topic == topic), None) if topic else None
    evidence = said or next((r.evidence for r in e.reports if r.evidence), "")
    return Link(key=e.key, name=e.name, type=e.type, date=e.date, participants=e.participants, evidence=evidence)


def follow_through(index: EventIndex, event: MergedEvent) -> list[FollowThrough]:
    """Each commitment of `event` with the later events on its topic between (at least) the same parties.

    A later launch or agreement on the topic realises it (on the same day too: launched at the meeting's
    margins); a later meeting or statement on the topic reports on it again. One bounded query per distinct
    set of parties.
    """
    if not event.date:
        return [FollowThrough(topic=c.topic, action=c.action, text=c.text, parties=c.parties, status="undated")
                for c in event.commitments]
    groups: dict[tuple[str, ...], set[str]] = {}
    for c in event.commitments:
        groups.setdefault(tuple(sorted(c.parties or event.participants)), set()).add(c.topic)
    later: dict[tuple[str, ...], list[MergedEvent]] = {}
    for parties, topics in groups.items():
        q = SearchQuery(participants=list(parties), participants_mode="all", topics=sorted(topics),
                        date_from=date.fromisoformat(event.date), mentioned=False, sort="date", size=MAX_PAGE_SIZE)
        later[parties] = sorted((h.event for h in index.search(q).hits if h.event.key != event.key),
                                key=lambda e: e.date or "")
    out = []
    for c in event.commitments:
        found = [e for e in later[tuple(sorted(c.parties or event.participants))] if c.topic in e.topics]
        realised = [e for e in found if e.type in REALISING]
        again = [e for e in found if e.type not in REALISING and (e.date or "") > event.date]
        status: Status = "realised" if realised else "reported_again" if again else "no_later_report"
        out.append(FollowThrough(topic=c.topic, action=c.action, text=c.text, parties=c.parties, status=status,
                                 events=[_link(e, c.topic) for e in (realised + again)[:FOLLOW_LINKS]]))
    return out


# -- next meeting -----------------------------------------------------------------------------------------
_PERIOD = re.compile(r"^(\d{4})(?:-(?:H([12])|Q([1-4])|(\d{2})(?:-(\d{2}))?))?$")


def deadline(when: str | None) -> date | None:
    """The last day of an announced period: `2025` → 2025-12-31, `2025-H1` → 2025-06-30, `2025-03` → 2025-03-31."""
    m = _PERIOD.match((when or "").strip())
    if not m:
        return None
    year, half, quarter, month, day = m.groups()
    y = int(year)
    try:
        if day:
            return date(y, int(month), int(day))
        last = 12 if not (half or quarter or month) else int(half) * 6 if half else int(quarter) * 3 if quarter \
            else int(month)
        return date(y, last, calendar.monthrange(y, last)[1])
    except ValueError:
        return None


def _announced(e: MergedEvent, mentions: list[MergedEvent]) -> NextTracking | None:
    docs = {r.doc_id for r in e.reports}
    # a report of this round that names the next one (`다음 경제안보대화를 한국에서`)
    named = next((m for m in mentions if docs & {r.doc_id for r in m.reports}
                  and (m.date is None or (e.date and m.date > e.date))), None)
    if e.next and (e.next.ordinal is not None or e.next.when):
        # the record's own `next` gives number and timing; a mention of that round may still give its place
        place = named.location if named and named.ordinal in (None, e.next.ordinal) else None
        return NextTracking(ordinal=e.next.ordinal, when=e.next.when, place=place or Place(), source="next",
                            status="not_yet")
    if named:
        return NextTracking(ordinal=named.ordinal, when=named.date, place=named.location, source="mention",
                            source_key=named.key, status="not_yet")
    return None


def track_next(e: MergedEvent, after: list[MergedEvent], mentions: list[MergedEvent], today: date
               ) -> NextTracking | None:
    """The announced next round against the one held: on time, late, held (no timing announced) or not yet."""
    t = _announced(e, mentions)
    if t is None:
        return None
    want = t.ordinal if t.ordinal is not None else (e.ordinal + 1 if e.ordinal is not None else None)
    later = [r for r in after if r.date and e.date and r.date > e.date]
    # By its number; else the next later round without one (a round numbered otherwise is not this one).
    held = next((r for r in after if want is not None and r.ordinal == want), None) \
        or next((r for r in later if want is None or r.ordinal is None), None)
    end = deadline(t.when)
    t.deadline = end.isoformat() if end else None
    if held is None:
        t.overdue = bool(end and today > end)
        return t
    t.held_key, t.held_date, t.held_ordinal = held.key, held.date, held.ordinal
    if end is None or not held.date:
        t.status = "held"
    else:
        t.status = "on_time" if held.date <= end.isoformat() else "late"
    return t
