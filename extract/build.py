"""Events as `EventRecord`s: attributes merged over an event's mentions, delegates, commitments."""
from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from extract.commitments import Found, NextMeeting
from extract.delegates import Person
from extract.event_model import events_mode
from extract.events import Event, EventMention, place_day_heading, venue_city
from extract.gazetteer import get_gazetteer
from extract.index_terms import index_terms
from extract.shared_rules import shared_rules
from extract.spec import spec
from extract.topic_model import topics_mode
from extract.view import Sent, View
from streams.records import TOPICS, EventRecord, event_key, stable_id

if TYPE_CHECKING:
    from extract.entities import Mention
    from extract.lang.base import Grammar

EXTRACTOR = "readout-extract/0.1.0"
_MEETING_OF = re.compile(r"^(?:the\s+)?(?:meeting|session|round)\s+of\s+the\s+", re.I)
_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")
_KEY_PUNCT = re.compile(r"[\s\-.·]")


def extractor_name() -> str:
    """The extractor version, marked with the topic and event modes that are not the default rules
    (`+topics-model`, `+events-both`)."""
    marks = [f"+{kind}-{mode}" for kind, mode in (("topics", topics_mode()), ("events", events_mode()))
             if mode != "rules"]
    return EXTRACTOR + "".join(marks)


def _extractor(view: View) -> str:
    """`extractor_name()` once per document (it reads the environment: twice per record showed in the profile)."""
    memo = view.memo("extractor")
    name = memo.get("name")
    if name is None:
        name = memo["name"] = extractor_name()
    return name


@dataclass
class Assembled:
    event: Event
    people: list[Person] = field(default_factory=list)
    commitments: list[Found] = field(default_factory=list)
    next: NextMeeting | None = None
    parties: list[str] = field(default_factory=list)  # enumerated in the sentences that report attendance


@functools.cache
def _levels(grammar: Grammar) -> list[tuple[str, re.Pattern[str]]]:
    """The grammar's level patterns compiled once (every record is levelled: a lookup with flags per pattern
    per record showed in the profile)."""
    return [(level, re.compile(pattern, re.I)) for level, pattern in grammar.levels]


def event_level(view: View, a: Assembled) -> str | None:
    table = _levels(view.grammar)
    names = " ".join(m.name or "" for m in a.event.mentions)
    for level, pattern in table:
        if pattern.search(names):
            return level
    roles = " ".join(p.role or "" for p in a.people if p.head) or " ".join(p.role or "" for p in a.people)
    for level, pattern in table:
        if roles and pattern.search(roles):
            return level
    # Nothing in the text: the level the series is held at.
    return next((m.series_level for m in a.event.mentions if m.series_level), None)


def _one_of_several(m: EventMention) -> bool:
    """The mention holds a clause of its own in a sentence telling several meetings."""
    return m.clause != (m.sent.start, m.sent.end) and m.clause != (0, 0)


def _best_name(view: View, ev: Event) -> str | None:
    """The fullest name as written (`제1차 한미일 산업장관회의` over `첫 산업장관회의`), a bare `meeting`
    only when nothing better is written; `meeting of the X` is X."""
    names = [m.name for m in ev.mentions if m.name]
    if not names:
        return None
    named = [n for n in names if view.grammar.names_event(n)]
    best = max(named or names, key=len)
    closer = {"'": "'", "‘": "’", '"': '"', "“": "”", "「": "」", "『": "』"}.get(best[:1])
    if closer and closer not in best[1:]:
        best = best[1:].strip()  # `'2024 한-아프리카 정상회의` without its closing quote
    of = _MEETING_OF.match(best)  # (`^`: a sub's scan would try every place of the name for nothing)
    return best[of.end():] if of else best


def m_place_free(a: Assembled, filed: Mention | None = None) -> bool:
    """No mention of the event places it (a place that is only the wire's dateline, `filed`, places none)."""
    return all(m.place is None and m.loc_country is None or filed is not None and m.place is not None
               and m.place.start == filed.start for m in a.event.mentions)


def _bare(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)).casefold()


@functools.cache
def _spellings() -> dict[str, list[str]]:
    return {p.city: [p.city, *p.en] for p in get_gazetteer().places}


def city_name(p: Mention) -> str | None:
    """`Brasília` or `Brasilia`, `BOGOTÁ` (a dateline) or `Bogota`: a city is spelt, accents and all, as the report
    spells it."""
    if not p.id or p.text == p.id or _bare(p.text) != _bare(p.id):
        return p.id
    if not p.text.isupper():
        return p.text
    return next((a for a in _spellings().get(p.id, []) if a.casefold() == p.text.casefold()), p.id)


def is_remote(view: View, a: Assembled) -> bool:
    """A held event told only as a call or a videoconference (each of its mentions)."""
    return not a.event.mentioned and all(view.grammar.remote(view, m) for m in a.event.mentions)


@functools.cache
def _remote_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    rules = shared_rules()
    return tuple(w.casefold() for w in rules.remote_heads), tuple(w.casefold() for w in rules.remote_manners)


def named_remote(r: EventRecord) -> bool:
    """A call or a video meeting by its name's last word or its sentence's manner (`…과 통화했다`, `화상으로 회담을
    가졌다`; `extract/data/triggers.yaml`), where a grammar's `remote` does not tell it from the trigger."""
    return _remote_name(r.name) or any(w in r.evidence.casefold() for w in _remote_words()[1])


def _remote_name(name: str | None) -> bool:
    """A name ending in a call's or a video meeting's head (`화상회의`, `phone call`)."""
    return name is not None and name.casefold().endswith(_remote_words()[0])


def event_location(view: View, a: Assembled) -> dict[str, str | None]:
    """The event's `Location` fields."""
    places = [m.place for m in a.event.mentions if m.place is not None]
    wire = view.grammar.wire_dateline(view)
    abroad = _told_abroad(view, a, wire)
    if abroad is not None:
        places = [p for p in places if p.start != abroad.start]
    remote = is_remote(view, a) or any(_remote_name(m.name) for m in a.event.mentions if m.mood == "main")
    if remote and all(view.grammar.filed_from(view, p) for p in places):
        return dict(city=None, country=None)  # a call: no place, not the dateline's (records.md rule 7)
    if places and wire is not None and all(x.start == wire.start for x in places) and (trip := view.grammar.trip_city(
            view, max(m.sent.start for m in a.event.mentions), a.event.date)) is not None \
            and trip.country != wire.country:
        # `(세종=연합뉴스) X가 … 장관을 만나` … `2∼4일 자카르타를 방문 중인 X가`: a trip abroad told in the report, not
        # the bureau it was filed from
        return dict(city=city_name(trip), country=trip.country)
    if places:
        # `(뉴델리=연합뉴스) … 스리랑카를 방문해 정상회담을 하고`, then `콜롬보 대통령 집무실에서 회담하고`: the
        # report's dateline yields to a city another mention of the event names.
        p = next((x for x in places if len(places) == 1 or wire is None or x.start != wire.start), places[0])
        return dict(city=city_name(p), country=p.country)
    country = next((m.loc_country for m in a.event.mentions if m.loc_country and not (
        abroad is not None and m.place is not None and m.place.start == abroad.start)), None)
    if not a.event.mentioned and a.event.date is None and country is None and (
            opened := view.grammar.paragraph_place(view, min(m.sent.start for m in a.event.mentions))) is not None:
        # `In Hanoi, Minister Joly met …` / `Minister Joly also met …`: a trip's meetings told with no day, where the
        # last paragraph opened
        return dict(city=city_name(opened), country=opened.country)
    if a.event.mentioned or a.event.date is None:
        return dict(country=country)
    heading = _heading_place(view, a)
    if heading is not None:
        return dict(city=city_name(heading), country=heading.country)
    # The report's dateline sentence (`3일(현지시간) 미국 뉴욕에서 …`) often carries the place.
    # … or a trip told before any of its sentences (a headline's mention comes before the trip it reports).
    trip = view.grammar.trip_city(view, max(m.sent.start for m in a.event.mentions), a.event.date)
    if trip is not None and (m_place_free(a, abroad) or abroad is not None and country == trip.country):
        return dict(city=city_name(trip), country=trip.country)
    for s in view.sents:
        # (`오늘 오후 … 용산 대통령실에서 5개국 정상과 차례로 양자회담을 가졌습니다`: `오늘` is the day too)
        days = [d.value for d in view.dates_in(s.start, s.end) if d.kind in ("day", "same_day")]
        if a.event.date in days:
            for p in view.mentions_in(s.start, s.end, "PLACE"):
                if view.grammar.dateline_place(view, p):
                    return dict(city=city_name(p), country=p.country)
            if (seat := venue_city(view, s)) is not None:  # (`용산 대통령실에서`: a seat of government's city)
                return dict(city=seat.id, country=seat.country)
    if wire is not None and m_place_free(a) and abroad is None:
        return dict(city=city_name(wire), country=wire.country)
    # `On March 16, X, who is visiting Japan, held …`: a visit's meetings, no city named, are in the host's capital
    host = view.grammar.visited_host(view)
    capital = (c := get_gazetteer().country_by_id.get(host or "")) and c.capital
    if capital and country in (None, host):
        return dict(city=capital, country=host)
    return dict(country=country)


def _told_abroad(view: View, a: Assembled, wire: Mention | None) -> Mention | None:
    """`(서울=뉴스1) 시진핑 … 카자흐스탄에서 정상회담을 했다`: the wire's dateline, when a mention of the event places
    it in another country: where the story was filed, not where the event was."""
    if wire is None:
        return None
    for m in a.event.mentions:
        if m.loc_country and m.loc_country != wire.country:
            return wire
        if any(c.country != wire.country and c.start > wire.end and _held_in(view, c)
               for c in view.mentions_in(m.sent.start, m.trig_start, "COUNTRY")):
            return wire  # (`카자흐스탄에서 정상회담을 했다`: the country it was held in, the dateline aside)
    return None


def _held_in(view: View, c: Mention) -> bool:
    """`브루나이에서`, `in Brunei`: the country a clause places its event in."""
    return view.text.startswith("에서", c.end) or view.text[max(0, c.start - 3):c.start] == "in "


def _heading_place(view: View, a: Assembled) -> Mention | None:
    """`Wellington, July 27` heading the section an event of that day is told in: the event's city (a trip's
    sections each name the day's place)."""
    first = min(m.sent.start for m in a.event.mentions)
    for s in reversed(view.sents):
        if s.end > first or s.start < first - _HEADING_REACH:
            continue
        p = place_day_heading(view, s)
        if p is not None:
            days = {d.value for d in view.dates_in(s.start, s.end) if d.kind == "day"}
            return p if p.label == "PLACE" and days == {a.event.date} else None
    return None


_HEADING_REACH = 1500  # characters back from an event's first mention to its section's heading


def to_record(view: View, a: Assembled, doc_id: str, url: str | None, source: str | None) -> EventRecord:
    # The nested parts (location, delegates, commitments, next) go in as their fields and are validated with
    # the record in one call: a model built for each took most of this function's time.
    ev = a.event
    participants: list[str] = []
    # `한-네덜란드 경제안보대화`: an event whose name gives parties outside a series of that head word is of another
    # series, and that series' parties are not its own.
    named = {x.id for m in ev.mentions if m.name_start is not None and m.name_end is not None
             for x in view.mentions_in(m.name_start, m.name_end, "COUNTRY")}
    own_series = [m for m in ev.mentions if not m.series_participants or named <= set(m.series_participants)]
    for m in ev.mentions:
        participants.extend(m.participants)
        if any(m is x for x in own_series):
            participants.extend(m.series_participants)
    participants.extend(p.country for p in a.people if p.country)
    participants.extend(a.parties)
    participants = list(dict.fromkeys(participants))
    name = _best_name(view, ev)
    # The headline names the report's event, not a meeting with one person beside it (`paid a courtesy call on`),
    # nor one of several told apart in a sentence (`held summits with the leaders of A, B and C`).
    if name is None and view.title and spec(ev.type).title_as_name and not ev.mentioned and not all(
            m.counterpart and m.separate for m in ev.mentions) and not any(
            m.separate and _one_of_several(m) for m in ev.mentions):
        name = view.title.strip()[:200]
    series = next((m.series for m in own_series if m.series), None)
    ordinal = next((m.ordinal for m in ev.mentions if m.ordinal is not None), None)
    seen: dict[str, Person] = {}
    for p in a.people:
        # `William A. LaPlante` is the `William LaPlante` of another sentence: a middle initial is no other person.
        k = _KEY_PUNCT.sub("", _MIDDLE_INITIAL.sub("", p.key)).casefold()
        if k not in seen:
            seen[k] = p
        elif p.head and not seen[k].head:
            seen[k] = replace(seen[k], head=True)  # (named again where the markers make them lead)
    people = list(seen.values())
    # `오스틴 국방장관` in an attendee line is the `로이드 오스틴` named before it.
    full = {(p.name.split()[-1], p.country) for p in people if " " in p.name}
    delegates = [dict(name=p.name, name_en=p.name_en, country=p.country, role=p.role, organization=p.organization,
                      head=p.head, person_id=p.person_id)
                 for p in people if " " in p.name or (p.name, p.country) not in full]
    commitments = [dict(topic=c.topic, action=c.action, text=c.text, parties=c.parties or participants)
                   for c in a.commitments if c.topic in TOPICS]
    topics = list(dict.fromkeys(c["topic"] for c in commitments))
    day = ev.date.isoformat() if ev.date else None
    key = event_key(ev.type, day, participants, name)
    sents: dict[str, Sent] = {}
    for m in ev.mentions:
        sents.setdefault(m.sent.text.strip(), m.sent)
    evidence = " ".join(sents)[:1000]
    first = ev.first
    return EventRecord(
        id=stable_id(doc_id, ev.type, day, first.trig_start, name),
        key=key, doc_id=doc_id, url=url, source=source, lang=view.lang, type=ev.type, mentioned=ev.mentioned,
        name=name, series=series, ordinal=ordinal, level=event_level(view, a), date=day, date_text=ev.date_text,
        location=event_location(view, a), participants=participants, delegates=delegates, commitments=commitments,
        topics=topics, next=dict(ordinal=a.next.ordinal, when=a.next.when) if a.next else None,
        evidence=evidence, extractor=_extractor(view),
        published=view.published.isoformat() if view.published else None,
        terms=index_terms(view, name, evidence, list(sents.values()),
                          [*(c["text"] for c in commitments),
                           *(x for d in delegates for x in (d["role"], d["organization"]))]),
    )
