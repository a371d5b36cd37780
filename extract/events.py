"""Events, language-independent: each grammar finds event mentions (trigger, type, name, mood); here they
get date, place, participants, series and ordinal, and mentions of one event merge; past events are
flagged `mentioned`."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from extract.commitments import list_items
from extract.dates import DateMention, safe_date
from extract.entities import Mention
from extract.gazetteer import get_gazetteer
from extract.shared_rules import shared_rules
from extract.spec import spec
from extract.view import Sent, View

RECENT_DAYS = 10  # a dated event older than this, in a report, is referred to in passing


@dataclass
class EventMention:
    type: str
    sent: Sent
    trig_start: int
    trig_end: int
    mood: str  # main | adnominal | future
    name: str | None = None
    name_start: int | None = None
    name_end: int | None = None
    clause: tuple[int, int] = (0, 0)
    date: DateMention | None = None
    same_day: bool = False
    place: Mention | None = None
    loc_country: str | None = None
    participants: list[str] = field(default_factory=list)
    ordinal: int | None = None
    series: str | None = None
    series_participants: list[str] = field(default_factory=list)
    series_level: str | None = None
    separate: bool = False  # `회의에 앞서 … 별도로 회담을 갖고`: a side meeting of its own
    counterpart: frozenset[str] = frozenset()  # `met with Minister Hagiuda Koichi`: the name words of who was met
    host: frozenset[str] = frozenset()  # `Minister Kuleba welcomed Minister Hayashi`: the name words of who hosted
    by_model: bool = False  # found by the event sentence classifier (READOUT_EVENTS=both), not by a rule
    # `A와 회담을 하고, 이어 B와도 회담했다`: the sentence's subject, shared by coordinated meetings each holding its
    # own clause (set when the sentence's clauses were cut between them; empty when it has none).
    shared: tuple[int, int] | None = None
    # `A 장관, B 장관과 잇달아 회담`: where the other people met in turn are named, with their countries (not this
    # meeting's parties).
    others: tuple[tuple[int, int], ...] = ()
    # `덴마크, 호주, 폴란드 정상과 차례로 회담했다`: a summary of meetings held in turn with several sides, no one named
    in_turn: bool = False
    # a listed item's or a labelled paragraph's lead (`During her stay she also held the following meetings:`, `A, B와
    # 잇따라 양자회담을 갖고`)
    lead: Sent | None = None


@dataclass
class Event:
    type: str
    mentions: list[EventMention]
    date: date | None = None
    date_text: str | None = None
    mentioned: bool = False

    @property
    def first(self) -> EventMention:
        return self.mentions[0]


# `6.24~28`, `10.29~11.1`, `26~27일(현지시간)`, `4·5일`, `4일과 5일`
_IN_RANGE = re.compile(r"(?:[~∼～–]|(?<=\d)[,·ㆍ]|일\s*과)\s*(?:\d{1,2}\.\s?)?\d{1,2}\.?\s*일?\s*(?:\([^()]*\))?\s*$")
_LEADING_RANGE = re.compile(r"\d{1,2}(?:st|nd|rd|th)?\s*(?:[-–]|\s+to\s+)\s*\d{1,2}\D")  # `9-10 September 2023`


def _spans_days(view: View, d: DateMention) -> bool:
    """`6.24.(월)부터 6.28.까지`, `June 24 to 28`, or one mention holding the span (`6.24~28`)."""
    return bool(_RANGE_START.match(view.text, d.end) or _IN_RANGE.search(view.text, d.start, d.end)
                or _LEADING_RANGE.match(view.text, d.start, d.end))


def _trip_span(view: View, d: DateMention, end: int) -> int | None:
    """Where the trip's span ends: a trip word within 45 characters after the range (the range's first day and the
    day that ends it), with no meeting held (`…에서 열린`) in between; a day after the trip word is not the trip's
    (`6.4.~5. 뉴델리를 방문하였으며, 6.5. … 회담을 가짐`)."""
    trip, held = view.grammar.trip, view.grammar.held_in_span
    w = trip.search(view.text, d.end, min(end, d.end + 45)) if trip is not None else None
    if w is None or (held is not None and held.search(view.text, d.end, w.start())):
        return None
    return min(d.end + 25, w.start())


_DELEGATION_TO = re.compile(r"\bdelegation\s+to\b|대표단을\s+이끌고", re.I)


def _trip_days(view: View, d: DateMention) -> bool:
    """A span of days that a trip told in its sentence takes (`travel to A, B and C from June 27-30`)."""
    s = view.sent_of(d.start)
    trip = view.grammar.trip
    return s is not None and _spans_days(view, d) and (
        trip is not None and bool(trip.search(view.text, s.start, d.start)) or bool(_DELEGATION_TO.search(s.text)))


def _pick_date(view: View, m: EventMention, others: tuple[tuple[int, int], ...] = ()) -> None:
    s = m.sent
    cands = [d for d in view.dates_in(s.start, s.end) if d.kind in ("day", "month", "year", "half", "week", "same_day")
             and not any(a <= d.start < b for a, b in others)]
    trip = view.grammar.trip
    if trip is not None:  # `6.24.(월)부터 6.28.(금)까지 워싱턴을 방문하여 … 회의를 개최`: the trip's span
        spans = [(d.start, e) for d in cands if _spans_days(view, d) and (e := _trip_span(view, d, s.end))]
        cands = [d for d in cands if not any(a <= d.start < b for a, b in spans)]
    if m.mood == "adnominal" and view.grammar.participle_follows:  # `the X established … in March, …`
        comma = view.text.find(",", m.trig_end, s.end)
        own = [d for d in cands if m.trig_end <= d.start < (comma if comma != -1 else s.end)]
        cands = own or cands
    pool = view.grammar.date_pool(view, m, cands)
    this = bool(m.name and view.grammar.this_event.match(m.name))
    for d in pool:
        if this and d.kind in ("year", "month", "half") and d.end <= (m.name_start or m.trig_start):
            continue  # `2009년 제주, 2014년 부산에 이어 세 번째로 열린 이번 정상회의`: the past rounds' years
        if d.kind == "same_day":
            if d.value is not None:  # `오늘`, `today`: the publication day, a day like any named one
                m.date = DateMention(d.start, d.end, d.text, "day", d.value, relative=True)
            else:
                m.same_day = True
                # `이날`: the last day named before it, not one said in passing (read back from `이날`), nor
                # a span's first day (`27~28일 방문한 가운데 … 같은 날`: the day in context is the one named alone).
                g = view.grammar
                prior = next((x for x in reversed(view.dates_in(0, d.start)) if x.kind == "day" and x.value
                              and not g.is_report_date(view, x) and (
                    view.published is None or abs((view.published - x.value).days) <= RECENT_DAYS)
                              and not g.passing_date(view, x) and not _spans_days(view, x)), None)
                after = g.day_after is not None and bool(g.day_after.fullmatch(d.text))
                if prior is not None and prior.value and after and _heads_section(view, prior, m.sent):
                    m.date = prior  # `□ X 면담 (7.24.)` / `특사단은 이튿날 X를 만나`: the heading tells the day itself
                elif prior is not None and prior.value and after:
                    # `3일 만찬을 함께했다. 두 정상은 이튿날 정상회담을 가졌다`: the day after the one in context
                    m.date = DateMention(d.start, d.end, d.text, "day", prior.value + timedelta(days=1), relative=True)
                elif after:
                    pass  # the day after a day not told: undated
                elif prior is not None and prior.value and g.day_before is not None \
                        and g.day_before.fullmatch(d.text) and prior.end <= s.start:
                    # `9일 … 정상회의를 했다. … 전날 저녁 만찬을 함께했다`: the day before the one told in an earlier
                    # sentence (`지난 6일 A, 전날 B에 이은`, in one sentence, is a list of days)
                    m.date = DateMention(d.start, d.end, d.text, "day", prior.value - timedelta(days=1), relative=True)
                elif prior is not None and (back := _day_before_back(view, d, prior, s.start)) is not None:
                    # `전날 A를 예방했고, 같은 날 앞서 B와 회담했다`: the same day as the `전날` told before it
                    m.date = DateMention(d.start, d.end, d.text, "day", back, relative=True)
                elif prior is not None:
                    m.date = prior
                elif view.published is not None and not any(x.kind == "day" and x.value for x in view.dates_in(
                        0, d.start)) and not g.day_of_other_clause(view, d, of_event=False):
                    # `(모스크바=연합뉴스) … 이날 … 정상회담을 열었다`, no day named anywhere: `이날` is the report's
                    # own day (its title's dateline, when it has one) and `전날` the one before it
                    m.date = DateMention(d.start, d.end, d.text, "day",
                                         _counted_from_report(view, _day_in_context(view, d)), relative=True)
            return
        m.date = _told_as_past(view, m, d)
        if m.mood == "future" and d.ahead is not None:  # `11~12일 … 개최한다고 10일 밝혔다`: this month's
            m.date = DateMention(d.start, d.end, d.text, "day", d.ahead, relative=True)
        return
    if m.lead is not None and m.counterpart and (days := [d for d in view.dates_in(m.lead.start, m.lead.end)
                                        if d.kind == "day" and d.value and not _spans_days(view, d)]):
        m.date = days[-1]  # (`held bilateral meetings … on 7 July:` / `(a) With Minister X, …`: the lead's day)
        return
    if m.name and view.grammar.this_event.match(m.name):
        m.same_day = True


_YEAR_WRITTEN = re.compile(r"(?:18|19|20)\d{2}|'\d{2}")
_BARE_MONTH = re.compile(r"\d{1,2}\s*월|[A-Z][a-z]{2,8}")  # (not `내년 4월`, `next April`: a year told)


def _told_as_past(view: View, m: EventMention, d: DateMention) -> DateMention:
    """`On 22 January, the consultations were held` in a report of November: a day (or month) written without its
    year that the nearest year puts weeks ahead, told as done (the trigger's main past, not a plan), is that day of
    the year before."""
    if m.mood != "main" or d.kind not in ("day", "month") or not d.relative or d.value is None \
            or view.published is None or _YEAR_WRITTEN.search(d.text) or (
                (d.value - view.published).days <= 31 if d.kind == "day"
                else d.value <= view.published or not _BARE_MONTH.fullmatch(d.text.strip())):
        return d  # (a month: `3월 런던에서 제2차 협상을 가졌다` in November is March of this year)
    back = safe_date(d.value.year - 1, d.value.month, d.value.day)
    return DateMention(d.start, d.end, d.text, d.kind, back, relative=True) if back else d


def _shared_parties(e: Event, m: EventMention) -> int:
    """How many of a named meeting's parties (`한-호주`) the event's meetings with one person each have."""
    if not m.name or len(m.participants) < 2:
        return 0
    return len(set(m.participants) & {p for x in e.mentions if x.counterpart and x.separate for p in x.participants})


def _side_met(e: Event, m: EventMention) -> int:
    """How many of the mention's parties the event's side meetings (one each) have."""
    return len(set(m.participants) & {p for x in e.mentions if x.separate for p in x.participants})


def _names_parties_of(view: View, e: Event, m: EventMention, home_implied: bool = False) -> bool:
    """The name spells out two parties or more (`한-호주 외교장관회담`), all of them parties of a meeting of the event
    with one person. Under a section heading (`1. 한-독일 정상회담`) the report's own side goes without saying: the
    lead's `A, B 정상과 차례로 회담` names the other sides only."""
    named = _name_parties(view, m)
    other = named - {view.home} if home_implied and view.home in named and len(named) == 2 else named
    return len(named) >= 2 and any(x.counterpart and x.separate and other <= set(x.participants) for x in e.mentions)


def _heads_section(view: View, d: DateMention, s: Sent) -> bool:
    """The date stands in a heading line (short, no sentence end) right above sentence s."""
    i = s.idx - 1
    if i < 0:
        return False
    h = view.sents[i]
    return h.start <= d.start < h.end and len(h.text.strip()) <= 60 and not _SENTENCE_END.search(h.text) \
        and "\n" in view.text[h.end - 1:s.start + 1]


def _day_before_back(view: View, d: DateMention, prior: DateMention, sent_start: int) -> date | None:
    """`같은 날`, `the same day` after a `전날`/`the day before` of its own sentence, itself after the last day named:
    the day before that one."""
    g = view.grammar
    if g.same_day_back is None or not g.same_day_back.fullmatch(d.text) or g.day_before is None or prior.value is None:
        return None
    between = [x for x in view.dates_in(max(prior.end, sent_start), d.start) if g.day_before.fullmatch(x.text)]
    return prior.value - timedelta(days=1) if between and prior.end <= sent_start else None


def _adnominal_spans(view: View, m: EventMention, adnominal: list[EventMention]) -> tuple[tuple[int, int], ...]:
    """`Building on the X established in April, the two established Y`: the date of another event's adnominal
    phrase (`adnominal`: those of m's sentence) before this trigger, up to its comma, is that event's."""
    out = []
    for x in adnominal:
        if x.trig_end > m.trig_start:
            if x.trig_start >= m.trig_end and x.type != m.type and view.grammar.participle_follows:
                # `Held within the framework of the MOU concluded … in 2010, the session was co-chaired …`: a
                # participle's date after this trigger, up to its comma, is its document's
                comma = view.text.find(",", x.trig_end, m.sent.end)
                out.append((x.trig_end, comma if comma != -1 and comma - x.trig_end <= 80 else x.trig_end))
            continue
        comma = view.text.find(",", x.trig_end, m.trig_start)
        out.append((x.trig_end, comma if comma != -1 else x.trig_end))
    return tuple(out)


def _other_asides(view: View, m: EventMention) -> list[tuple[int, int]]:
    """The asides of m's sentence (another event's clause set inside it) not holding m's trigger."""
    return [(a, b) for a, b in view.grammar.asides(view, m.sent) if not a < m.trig_start < b]


def _pick_place(view: View, m: EventMention) -> None:
    s = m.sent
    asides = _other_asides(view, m)
    places = [p for p in view.mentions_in(s.start, s.end, "PLACE") if not view.grammar.place_not_where(view, m, p)
              and not _opens_venue(view, p) and not any(a <= p.start < b for a, b in asides)]
    loc = [p for p in places if view.grammar.place_marked(view, s, p, places)]
    # `청와대에서 평창 동계올림픽 참석차 방한한 X를 접견`: a seat of government named as where outranks a place
    # that only names another thing (a games, a forum, a fair).
    chosen = (loc or [None])[0] or venue_city(view, s) or (places or [None])[0]
    if chosen is not None:
        m.place = chosen
        m.loc_country = chosen.country
        return
    for c in view.mentions_in(s.start, s.end, "COUNTRY"):
        if view.grammar.country_is_where(view, s, c):
            m.loc_country = c.id
            return


def _opens_venue(view: View, p: Mention) -> bool:
    """`Hyderabad House`: a city that only opens the name of a seat of government elsewhere."""
    return any(len(name) > p.end - p.start and view.text.startswith(name, p.start)
               for name in shared_rules().venue_cities)


def venue_city(view: View, s: Sent) -> Mention | None:
    """`백악관에서`, `at the White House`: a seat of government held at gives its city."""
    for name, (city, country) in shared_rules().venue_cities.items():
        if name not in s.text:
            continue  # most sentences name no seat of government: skip the pattern lookup
        for mm in re.finditer(re.escape(name), s.text):
            a, b = s.start + mm.start(), s.start + mm.end()
            if not view.grammar.venue_marked(view, a, b):
                continue
            owner = next((_country_of(c) for c in view.mentions_in(max(s.start, a - 12), b, "COUNTRY", "ORG")
                          if _country_of(c) not in (None, country) and not view.text[c.end:a].strip()), None)
            if owner is None:  # (not `라오스 총리와 대통령실에서`: a country not right before it)
                return Mention(a, b, name, "PLACE", city, country)
            # `미 국방부 청사에서`, `중국 외교부 청사에서`: another country's building, in its capital
            capital = (c := get_gazetteer().country_by_id.get(owner)) and c.capital
            if capital:
                return Mention(a, b, name, "PLACE", capital, owner)
    return None


def _country_of(x: Mention) -> str | None:
    """A country mention's country, or an organisation's whose id names it (`CHN.MFA`)."""
    if x.label == "COUNTRY":
        return x.id
    return x.id.split(".")[0] if "." in x.id else None


def _series_fits(etype: str, stype: str | None) -> bool:
    """A meeting is not of an agreement's series (`장관회의에 참석하여 IPEF 공급망 협정에 서명`); a first
    meeting `launched` is a dialogue series."""
    return stype is None or stype == etype or stype in spec(etype).same_series_as or etype in spec(stype).same_series_as


def _paired_in_name(view: View, m: EventMention, x: Mention) -> bool:
    """A person inside the event's name, joined to another by a hyphen (`Lula-Petro meeting`, `모디-푸틴 만찬`)."""
    return m.name_start is not None and m.name_start <= x.start and x.end <= (m.name_end or 0) and (
        view.text[x.end:x.end + 1] in ("-", "–") or view.text[x.start - 1:x.start] in ("-", "–"))


# A grouping beside a country in a list of parties (besides one a few characters away: `한-EU`, `EU, Japan`): `The
# European Union and the Philippines`, `Japan and the EU`.
_JOINS = re.compile(r"\s*(?:[,·ㆍ/&-]|\band\b|와|과|및)?\s*(?:the\s+)?")
_WITH_BODY = re.compile(r"\bwith\s+(?:the\s+)?$")
# ... the body itself, not a word describing others (`signed with European countries`, `met ASEAN leaders`)
_AFTER_BODY = re.compile(r"\s*(?:[,.;:()\[\]—–-]|$|(?:on|in|at|to|and|for|over|about|during|after|before|by|from|under|"
                         r"which|that|who|as|this|last|since|today|yesterday|secretariat|Secretariat)\b)")


def _participants(view: View, m: EventMention) -> None:
    lo, hi = m.clause if m.clause != (0, 0) else (m.sent.start, m.sent.end)
    venues = view.grammar.venue_spans(view, m.sent)
    ms = view.mentions_in(lo, hi)
    if venues:  # (most sentences name none: no generator per mention then)
        ms = [x for x in ms if not any(a <= x.start < b for a, b in venues)]
    if asides := [*_other_asides(view, m), *m.others]:
        ms = [x for x in ms if not any(a <= x.start < b for a, b in asides)]
    if m.shared is not None and m.shared[1] <= lo:  # the subject of coordinated meetings is each one's
        ms = view.mentions_in(*m.shared) + ms
    places = [x for x in ms if x.label == "PLACE"]
    out: list[str] = []
    for x in ms:
        if x.label == "COUNTRY":
            # `미국 워싱턴에서`, `Tokyo, Japan`: the country of a place is where, not who.
            # (not `리야드에서 사우디 에너지부 장관과`: a particle between, the country begins another phrase)
            near_place = bool(places) and (any(0 <= p.start - x.end <= 2 and p.country == x.id for p in places) or any(
                0 <= x.start - p.end <= 3 and p.country == x.id and not view.text[p.end:x.start].strip(" ,(")
                for p in places))
            if near_place and not x.extra.get("compound"):
                continue
            if view.grammar.compound_as_topic(view, x) if x.extra.get("compound") else (
                    view.grammar.country_as_location(view, x) or view.grammar.country_as_topic(view, x)):
                continue
            if x.id == "PRK" and not x.extra.get("compound"):
                continue  # North Korea is what they discuss, not who meets
            out.append(x.id)
        elif x.label == "GROUP":
            in_name = m.name_start is not None and m.name_start <= x.start < (m.name_end or 0)
            listed = any(y.label == "COUNTRY" and (0 <= x.start - y.end <= 3 or 0 <= y.start - x.end <= 3
                                                   or _JOINS.fullmatch(view.text, y.end, x.start) is not None
                                                   or _JOINS.fullmatch(view.text, x.end, y.start) is not None)
                         for y in ms)
            # `talks with the Gulf Cooperation Council`, `negotiations … with the EU`: the body met
            met = x.start >= m.trig_end and _WITH_BODY.search(view.text, max(lo, x.start - 12), x.start) is not None \
                and _AFTER_BODY.match(view.text, x.end) is not None
            if in_name or listed or met:
                out.append(x.id)
        elif x.label == "PLACE" and x.country and view.grammar.place_is_side(view, x):
            out.append(x.country)  # `ㅇ (룩셈부르크) X 재무장관과는`: the side a line's label names
        elif x.label == "ORG" and x.country and view.grammar.org_is_party(view, x):
            out.append(x.country)
        elif x.label == "PERSON" and x.country and _paired_in_name(view, m, x):
            out.append(x.country)  # `the Kishida-Scholz talks`: the side of each known person the name pairs
        elif x.label == "SERIES" and m.series is None:
            if not m.series_participants:  # the parties of another type's series still take part
                m.series_participants = list(x.extra.get("participants") or [])
            if _series_fits(m.type, x.extra.get("type")):
                m.series = x.id
                m.series_level = x.extra.get("level")
                m.series_participants = list(x.extra.get("participants") or [])
    m.participants = list(dict.fromkeys(out))


def find_event_mentions(view: View) -> list[EventMention]:
    mentions = view.grammar.event_mentions(view)
    items = list_items(view)  # `▲ 차세대 핵심·신흥기술 대화 출범` under `다음과 같이 협력하기로`: a commitment
    adnominal: dict[int, list[EventMention]] = {}
    for x in mentions:
        if x.mood == "adnominal":
            adnominal.setdefault(x.sent.idx, []).append(x)
    coordinated(view, mentions)
    kept = []
    links = view.grammar.page_links
    for m in mentions:
        if m.sent.idx in items and not (m.type == "agreement" and m.separate) \
                or (links is not None and links.match(m.sent.text)):
            continue  # (not `(ii) MoU on X, signed by A and B` under `the following documents were exchanged:`)
        venues = view.grammar.venue_spans(view, m.sent)
        if m.name_start is not None and (v := next((b for a, b in venues if a <= m.name_start < b), None)):
            inside = m.name_end is None or m.name_end <= v or not view.text[v:m.name_end].strip()
            if m.type == "dialogue" and m.mood == "main" and m.trig_start >= v and inside \
                    and _HAD.match(view.text, m.trig_start):
                # `X 연차총회(다보스 포럼)를 계기로, … 양자 면담을 가졌다`: the verb after the gathering holds a
                # meeting of its own, its name not the gathering's
                m.name, m.name_start, m.name_end = None, None, None
            elif m.type != "dialogue" or inside:
                continue
            else:
                # `G7 정상회의 계기 양자회담을 가졌다`: the meeting held beside the host gathering, named after it
                m.name_start = v + len(view.text[v:m.name_end]) - len(view.text[v:m.name_end].lstrip())
                m.name = view.text[m.name_start:m.name_end]
        attributes(view, m, _adnominal_spans(view, m, adnominal.get(m.sent.idx, [])) if m.mood == "main" else ())
        if _home_gathering(view, m):
            continue
        kept.append(m)
    return kept


def _sides(view: View, a: int, b: int) -> set[str]:
    """Who is named in [a, b): countries, organisations' countries and people."""
    return {x.id if x.label == "COUNTRY" else x.country if x.label == "ORG" else x.text for x in view.mentions_in(a, b)
            if x.label in ("COUNTRY", "PERSON") or x.label == "ORG" and x.country}


def coordinated(view: View, mentions: list[EventMention]) -> None:
    """`X는 A와 회담을 하고, 이어 B와도 회담했다`, `X met A …, and signed an MOU with B`: meetings and signings
    told in coordinated clauses of one sentence each hold their own clause (its parties and people), and share the
    sentence's subject. Cut only where the later clause names a side the clauses before it do not (`… 회담을 갖고
    양해각서에 서명했다` stays one sentence's people and parties)."""
    by_sent: dict[int, list[EventMention]] = {}
    for m in mentions:
        by_sent.setdefault(m.sent.idx, []).append(m)
    for ms in by_sent.values():
        if len(ms) < 2:
            continue
        ms = sorted(ms, key=lambda x: x.trig_start)
        for prev, nxt in zip(ms, ms[1:], strict=False):
            if nxt.trig_start <= prev.trig_end or prev.clause[1] <= nxt.trig_start and prev.clause != (0, 0):
                continue  # one predicate's mentions (`A, B와 잇달아 면담`), or clauses cut already
            cut = view.grammar.clause_cut(view, prev, nxt)
            lo = prev.clause[0] if prev.clause != (0, 0) else prev.sent.start
            if cut is None or not _sides(view, cut, nxt.sent.end) - _sides(view, lo, cut) and not _two_and_more(
                    view, nxt, [prev]):
                continue  # (`A 장관은 X 사무총장과 회담을 갖고 한-GCC 공동선언문에 서명`: no other side)
            first = ms[0]
            shared = view.grammar.shared_subject(view, first) or (first.sent.start, first.sent.start)
            hi = nxt.clause[1] if nxt.clause != (0, 0) else nxt.sent.end
            for x in ms:  # (each mention of a predicate: `A, B와 잇달아 만났다` tells one per person)
                if x.trig_start == prev.trig_start:
                    x.clause, x.shared = (lo, min(cut, x.clause[1] or cut)), x.shared or shared
                elif x.trig_start == nxt.trig_start:
                    x.clause, x.shared = (max(cut, x.clause[0]), hi), shared


def _words_re(words: list[str]) -> re.Pattern[str]:
    """Latin words whole (`forum`, not `forums` inside a word), Hangul ones anywhere (`투자포럼`)."""
    alts = [rf"\b{re.escape(w)}\b" if w.isascii() else re.escape(w) for w in sorted(words, key=len, reverse=True)]
    return re.compile("|".join(alts), re.I)


@functools.cache
def _domestic_meetings() -> re.Pattern[str]:
    return _words_re(shared_rules().domestic_meetings)


@functools.cache
def _gathering_heads() -> re.Pattern[str]:
    return _words_re(shared_rules().gathering_heads)


# `co-chaired by …, Chairman of the Mazhilis of Kazakhstan`, `카자흐스탄 하원의장`: a foreign country's officer takes
# part (a country named in a title), unlike a country only talked about (`the agreement signed with Australia`).
_TITLE_OF = re.compile(r"\b(?:Minister|President|Chairman|Chair|Secretary|Ambassador|Speaker|Premier|Governor|"
                       r"Deputy|Vice)\b[^,;.]{0,40}\bof\s+(?:the\s+)?$")
_KO_TITLE = re.compile(r"\s?(?:\S{0,8}\s)?\S{0,6}(?:장관|대통령|총리|의장|대사|차관|부총리)")


# What the gathering is told for: a speech (`Speaking at`, `keynote address`, `축사`, `said`) or a home audience
# (`domestic`, `국내`); without either, a forum with no country named may still be a diplomatic one.
_HOME_CUE = re.compile(r"\b(?:speech|speaking|address|remarks|keynote|said|says|told|domestic)\b"
                       r"|축사|기조연설|연설|강연|말했|밝혔|소개했|강조했|국내", re.I)
# `동포 … 초청한 만찬 간담회`, `교민 대표들과 간담회`: the home side's own people abroad are a home audience, wherever
# the gathering is.
_COMPATRIOTS = re.compile(r"동포|교민|고려인|재외국민|한인회")


def _foreign_officer(view: View, m: EventMention, home: str | None) -> bool:
    for x in view.mentions_in(m.sent.start, m.sent.end):
        if x.label == "COUNTRY" and x.id != home and (
                _TITLE_OF.search(view.text, max(m.sent.start, x.start - 60), x.start)
                or _KO_TITLE.match(view.text, x.end, min(m.sent.end, x.end + 16))):
            return True
    return False


# `주한대사 간담회`, `주한 외교단 초청 설명회`: foreign envoys attend, whoever hosts.
_ENVOYS = re.compile(r"주한\s*(?:[가-힣A-Z]+\s*)?(?:대사|외교단|공관장)")
_HEAD_CUT = re.compile(r"\s(?:of|for|on)\s")
_DETERMINER = re.compile(r"\b(?:the|a|an)\s+[^,;.()]*$")


def _home_gathering(view: View, m: EventMention) -> bool:
    """A government's own meeting (`국무회의를 주재하고`, `chaired a Cabinet meeting`), or a forum, seminar or
    briefing at home whose name spells out no foreign party and no grouping, told for a speech or a home audience
    (`Speaking at the Korea Battery Industry Forum`, `배터리 산업 포럼 축사에서`), is no diplomatic event, whatever
    past meeting its sentence refers to."""
    if m.type != "dialogue" or not m.name:
        return False
    if _domestic_meetings().search(m.name):
        return True
    # the gathering is the name's head: Korean names end with it, English ones have it before `of`/`for`/`on`
    # (`the third Summit of the Forum for India-Pacific Islands Cooperation` is a summit)
    head = m.name if m.name.isascii() else m.name.split()[-1]
    if not _gathering_heads().search(_HEAD_CUT.split(head, maxsplit=1)[0]):
        return False
    # (a name cut at its lower-case words, `the UK-Korea business forum` named `forum`: its noun phrase counts)
    det = _DETERMINER.search(view.text[max(m.sent.start, m.name_start - 40):m.name_start]) \
        if m.name_start is not None and m.name.isascii() else None
    start = m.name_start - len(det.group()) if det and m.name_start is not None else None
    named = [x for x in view.mentions_in(start, m.name_start) if x.label in ("COUNTRY", "GROUP")] if start else []
    named += _in_name(view, m)
    home = view.home or view.grammar.home_country
    ours = bool(_COMPATRIOTS.search(m.sent.text))
    if any(x.label == "GROUP" for x in named) or home and m.loc_country not in (None, home) and not ours:
        return False  # (`프라하에서 열린 비즈니스 포럼`: abroad, before the host's audience)
    if _foreign_officer(view, m, home) or _ENVOYS.search(m.sent.text) or not (ours or _HOME_CUE.search(m.sent.text)):
        return False  # (`Secretary Webb and Minister Harlow held the first Critical Minerals Investment Forum`)
    parties = {x.id for x in named}
    # (the publisher's country unknown: one country named is the host's own, `the Korea Battery Industry Forum`)
    return not (parties - {home}) if home else len(parties) < 2


_SPAN_DAYS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4, "이틀": 2, "사흘": 3, "나흘": 4}


def _ended_span(view: View, m: EventMention) -> int:
    """Days from the first day of a meeting told by its last day (`wrapped up two days of talks on Sunday`): 0 when
    the trigger tells no such end."""
    pat = view.grammar.ended_span
    if pat is None:
        return 0
    x = pat.search(view.text, max(m.sent.start, m.trig_start - 60), min(m.sent.end, m.trig_end + 60))
    return _SPAN_DAYS.get(x["n"], 1) - 1 if x else 0


def attributes(view: View, m: EventMention, others: tuple[tuple[int, int], ...] = ()) -> None:
    """The mention's date (not one in `others`, other events' phrases), place, participants, series, ordinal."""
    _pick_date(view, m, (*others, *_other_asides(view, m)))
    if m.date is not None and m.date.kind == "day" and m.date.value is not None and (back := _ended_span(view, m)):
        m.date = replace(m.date, value=m.date.value - timedelta(days=back))
    _pick_place(view, m)
    _participants(view, m)
    if m.series is None and m.name:
        view.grammar.refine_series(view, m)
    m.ordinal = view.grammar.ordinal(view, m)


def _this_week(view: View, d: DateMention) -> bool:
    """A week-only date that is the report's own week (its Monday at most six days before publication)."""
    return d.kind == "week" and d.value is not None and view.published is not None \
        and 0 <= (view.published - d.value).days < 7


def _week_told(view: View, m: EventMention) -> bool:
    """The last date told before the mention's sentence is the report's own week (`… meetings in Perth this week.`):
    a meeting told after it with no day of its own is of some day of that week (records.md rule 6)."""
    told = [d for d in view.dates_in(0, m.sent.start) if d.kind in ("day", "week")]
    return bool(told) and _this_week(view, told[-1])


def _recent_span(view: View, d: DateMention) -> bool:
    """A week or month, not a day, that began within the five weeks before publication (`last week`, `earlier this
    month`, `지난달 말`)."""
    return d.kind in ("week", "month") and d.value is not None and view.published is not None \
        and 0 <= (view.published - d.value).days <= 35


def _undated_news(view: View, past: list[EventMention]) -> EventMention | None:
    """A report whose every event is told as past: its first, told in a main clause of a recent week or month with no
    day and going on to what was agreed or discussed there (`met … last week and agreed …`, `지난달 말 … 면담하고 …
    논의했다`), not recalled, is the news itself (records.md rules 4, 6: held, undated). A bare `met … last week` is
    referred to in passing."""
    first = min(past, key=lambda m: m.trig_start, default=None)
    content = view.grammar.news_content
    if first is None or first.mood != "main" or first.date is None or not _recent_span(view, first.date) \
            or view.grammar.recalled(view, first) or content is None:
        return None
    end = first.sent.end
    nxt = view.sents[first.sent.idx + 1] if first.sent.idx + 1 < len(view.sents) else None
    if nxt is not None and view.grammar.same_parties.match(nxt.text):
        end = nxt.end  # `… 회담을 가졌다. 두 장관은 … 공조하기로 했다`: the next sentence goes on with them
    return first if content.search(view.text, first.trig_end, end) else None


def _is_past(view: View, m: EventMention) -> bool:
    d = m.date
    if view.grammar.recalled(view, m):
        return True
    back = view.grammar.back_reference
    if back is not None and (d is None or d.kind != "day") and back.search(
            view.text, m.clause[0], max(m.clause[0], m.trig_start)):
        return True  # `당시 정책대화에는 … 참석하였으며`: the sentence is about the event referred to before
    if d is None and _during_past_trip(view, m):
        return True
    if d is None:
        return m.mood == "adnominal" and not m.same_day
    if d.kind != "day":
        if m.mood == "adnominal":
            return True
        summary = view.grammar.summary_name
        if _this_week(view, d) and not (m.name and summary is not None and summary.search(m.name)) \
                and not (m.separate and not m.counterpart):
            # `met … earlier this week`: the report's own week, held (records.md rule 6: no day); not `held a
            # series of meetings … this week`, a trip's summary of meetings told one by one, nor a side meeting
            # naming no one met
            return False
        return d.kind in ("month", "year", "half", "week") and (d.value is None or view.published is None
                                                               or d.value <= view.published)
    if d.value is None or view.published is None:
        return False
    return d.value < view.published - timedelta(days=RECENT_DAYS)


def _during_past_trip(view: View, m: EventMention) -> bool:
    """`(Reference) X visited Japan from March 16 to 20. During his stay he paid a courtesy call on Y`: a meeting
    of a trip whose span, told last before it, ended weeks before the report is referred to in passing."""
    trip = view.grammar.during_trip
    if trip is None or view.published is None or not trip.search(m.sent.text[:m.trig_start - m.sent.start]):
        return False
    prior = [x for x in view.dates_in(0, m.sent.start) if x.kind == "day" and x.value]
    return bool(prior) and _spans_days(view, prior[-1]) and (view.published - prior[-1].value).days > RECENT_DAYS


def _specific(view: View, m: EventMention) -> bool:
    return bool(m.series) or view.grammar.specific(view, m)


def _in_name(view: View, m: EventMention) -> list[Mention]:
    """The countries and groupings the mention's name spells out."""
    if m.name_start is None:
        return []
    return [x for x in view.mentions_in(m.name_start, m.name_end or m.name_start) if x.label in ("COUNTRY", "GROUP")]


def _spells_parties(view: View, m: EventMention) -> bool:
    """The name spells out who meets: two parties or more, or a grouping (`아세안+3 재무장관회의` beside `한중일
    재무장관회의`)."""
    named = _in_name(view, m)
    return len({x.id for x in named}) >= 2 or any(x.label == "GROUP" for x in named)


def _name_parties(view: View, m: EventMention) -> frozenset[str]:
    return frozenset(x.id for x in _in_name(view, m))


def _distinct(view: View, e: Event, m: EventMention) -> bool:
    """Both named, and the names share nothing beyond countries and generic words (or name other series),
    or their names spell out different parties (`한일중 외교장관회의`, `한일 외교장관회담`); or a named gathering
    beside talks (`_gathering_apart`)."""
    if _gathering_apart(view, e, m):
        return True
    if _two_and_more(view, m, e.mentions) or any(_two_and_more(view, x, [m]) for x in e.mentions):
        return True
    if not _specific(view, m):
        return False
    mp = _name_parties(view, m)
    for x in e.mentions:
        if not _specific(view, x):
            continue
        xp = _name_parties(view, x)
        if _spells_parties(view, m) and _spells_parties(view, x) and mp != xp:
            return True
        if x.ordinal and m.ordinal and x.ordinal != m.ordinal and x.name and m.name and _NUMBERED.search(x.name) \
                and _NUMBERED.search(m.name) and not _NEXT_ROUND.search(x.name) and not _NEXT_ROUND.search(m.name):
            # (`「제3차 X 국장회의」를 개최하고, 이어 「제1차 Y 운영위원회」를 열었다`: two rounds, two series)
            return True
        if x.series and m.series:
            if x.series != m.series:
                return True
            continue
        if x.name and m.name and _bare(x.name).casefold() != _bare(m.name).casefold() \
                and view.grammar.distinct_names(x.name, m.name, m.type):
            return True  # (a name written again is the same one, generic words and all)
    return False


# `양자 회담`, `bilateral talks`: a meeting of two sides by its name.
_BILATERAL = re.compile(r"양자|\bbilateral\b|\bone-on-one\b|\btwo-way\b", re.I)


def named_bilateral(name: str | None) -> bool:
    return bool(name and _BILATERAL.search(name))


def _two_and_more(view: View, m: EventMention, others: list[EventMention]) -> bool:
    """`한미일 외교장관회의를 한 직후 양자 회담을 했다`: a meeting named bilateral is not one of `others` whose name
    spells three parties or more."""
    return named_bilateral(m.name) and any(len(_name_parties(view, x) | {
        p for s in view.mentions_in(x.name_start, x.name_end or x.name_start, "SERIES")
        for p in s.extra.get("participants") or ()}) >= 3 for x in others if x.name_start is not None)


def _gathering_apart(view: View, e: Event, m: EventMention) -> bool:
    """`정상회담을 가졌다 … 「한-필리핀 비즈니스 포럼」에 참석했다`: a named gathering attended or held (a forum, a
    roundtable) is not the talks of the day, even when the talks have no name of their own (`정상회담`, `회담`); a
    conference or the event in context (`이번 회의`) may be either."""
    named = [x for x in e.mentions if x.name]
    if not m.name or not named:
        return False
    g = view.grammar

    def held(x: EventMention) -> bool:
        return (x.mood == "main" or g.attended(view, x)) and g.gathering(x.name or "") and _specific(view, x)

    def talks(x: EventMention) -> bool:
        name = x.name or ""
        return not g.gathering(name) and not g.conference(name) and not g.this_event.match(name)

    named = [x for x in named if not g.this_event.match(x.name or "")]
    if held(m):
        return bool(named) and all(talks(x) for x in named)
    return talks(m) and bool(named) and all(g.gathering(x.name or "") for x in named) and any(held(x) for x in named)


_PATRONYMIC = frozenset(["빈", "이븐", "빈트", "bin", "ibn", "bint", "Bin", "Ibn"])


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Name words of one person: shared, or a one-syllable Korean surname and the full name (`조`, `조태열`);
    two `X 빈 Y` names that differ in X are brothers, not one man (`무함마드 빈 살만`, `압둘아지즈 빈 살만`). Case
    does not tell people apart (`Dmytro KULEBA`, `Minister Kuleba`)."""
    a, b = frozenset(x.casefold() for x in a), frozenset(x.casefold() for x in b)
    if a & _PATRONYMIC and b & _PATRONYMIC and a - b and b - a:
        return False
    if a & b and _own_surnames(a, b):
        return False  # `페트르 파벨`, `페트르 피알라`: one given name, two people
    if len(a) >= 3 and len(b) >= 3 and len(a & b) == 1:
        return False  # `아흐마드 알압둘라 알아흐마드 알사바`, `사바 알할리드 알하마드 알사바`: one dynasty, two people
    return bool(a & b) or any(len(x) == 1 and "가" <= x <= "힣" and any(y != x and y.startswith(x) for y in ys)
                              for xs, ys in ((a, b), (b, a)) for x in xs)


def _own_surnames(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two Hangul full names sharing a word, each with a name word of its own that is no spelling of the other's
    (not `카심조마르트` for `카심 조마르트`): two people, not one written twice."""
    def own(xs: frozenset[str], ys: frozenset[str]) -> bool:
        rest, joined = xs - ys, "".join(sorted(ys))
        return bool(rest) and all(len(x) >= 2 and re.fullmatch(r"[가-힣]+", x) and x not in joined
                                  and not any(y in x for y in ys) for x in rest)
    return own(a, b) and own(b, a)


def _talks_beside(view: View, e: Event, m: EventMention) -> bool:
    """`아세안+3 정상회의에 참석했다 … 이시바 총리와 첫 정상회담을 했다`: talks with one person are not the
    conference of many held that day (its mentions meet no one by name)."""
    return not any(x.counterpart for x in e.mentions) and any(
        x.name and _specific(view, x) and view.grammar.conference(x.name) and _of_many(view, x)
        for x in e.mentions) and not (m.name and view.grammar.conference(m.name))


def _conference_beside(view: View, e: Event, m: EventMention) -> bool:
    """`X 총리와 회담했다 … 브뤼셀에서 열린 나토 국방장관회의는 …`: a named conference of many (a grouping's or three
    parties' or more) met by no one in particular, told as past (not `열리는 X 정상회의에 참석한다`, a schedule), is
    not the day's talks or call with a named person, none of whose mentions names a conference (the mirror of
    `_talks_beside`)."""
    g = view.grammar
    return not m.counterpart and bool(m.name) and _specific(view, m) and g.conference(m.name or "") \
        and g.told_past(view, m) \
        and _of_many(view, m) and any(x.counterpart for x in e.mentions) \
        and not any(x.name and g.conference(x.name) for x in e.mentions)


def _bare(name: str | None) -> str:
    return (name or "").strip(" '‘’「」『』\"“”")


def _of_many(view: View, m: EventMention) -> bool:
    """The name spells out a grouping or three parties or more (`아세안+3`, `한-아세안`, `G20`)."""
    named = _in_name(view, m)
    return any(x.label == "GROUP" for x in named) or len({x.id for x in named}) >= 3


def _met_again(x: EventMention, m: EventMention) -> bool:
    return bool(x.counterpart and m.counterpart and same_person(x.counterpart, m.counterpart))


def _other_counterpart(e: Event, m: EventMention) -> bool:
    met = [x.counterpart for x in e.mentions if x.counterpart]
    # (`Minister Kuleba welcomed Minister Hayashi` after Hayashi's talks with Kuleba: those talks, told by the host)
    return bool(met) and all(not same_person(c, m.counterpart) and not (m.host and same_person(c, m.host))
                             for c in met)


_NUMBERED = re.compile(r"제\s*\d+\s*차|\b\d+(?:st|nd|rd|th)\b|\b(?:second|third|fourth|fifth|sixth|seventh|"
                       r"eighth|ninth|tenth|eleventh|twelfth)\b", re.I)


def _short_name(view: View, e: Event, m: EventMention, day: list[Event]) -> bool:
    """`김 차관은 10.17. X 차관과 정책대화를 주재하였다` after `「제3차 한-몽골 경제협력 정책대화」를 개최하고`: a name
    that ends the day's numbered or series meeting (its head compound) is that meeting again, with whoever it names,
    unless the person is met at another event of the day. Not `정상회담` after `첫 정상회담` (no series)."""
    if not m.name or len(m.name) < 3 or any(_met_again(x, m) for o in day if o is not e for x in o.mentions):
        return False
    return any(x.name and x.name != m.name and x.name.endswith(m.name) and (x.series or _NUMBERED.search(x.name))
               for x in e.mentions)


def _own_bilateral(view: View, m: EventMention) -> bool:
    """`On Friday, he held bilateral talks with X`: a dated bilateral beside a named multilateral meeting
    has other participants, so it is an event of its own."""
    lo = max(m.sent.start, (m.name_start or m.trig_start) - 12)
    around = view.text[lo:m.name_end or m.trig_end]
    return bool(m.date and m.date.kind == "day" and view.grammar.bilateral.search(around))


# `June 24 to 28`, `June 24 and June 28`; not `May 31 and discussed`.
_RANGE_START = re.compile(r"\s*(?:(?:to|through|until|and)\s*(?=\d|[A-Z][a-z]{2,8}\.?\s+\d)|부터|[~∼～–-])\s*\S")


def _own_day(view: View, m: EventMention) -> bool:
    """`On Tuesday, … he met with Secretary X`: a meeting dated in its own sentence, on a day no named event
    has, is an event of its own even without a name; the first day of a trip (`From June 25 to 28`) is not."""
    d = m.date
    if not (d and d.kind == "day" and d.value and m.mood == "main"):
        return False
    before = view.text[max(0, d.start - 5):d.start].lower().strip()
    return not _RANGE_START.match(view.text, d.end) and before != "from"


def _today_before(view: View, m: EventMention) -> date | None:
    """`The Summit concluded today in Melbourne. The Plenary Session was co-chaired by …`: before any dated
    meeting, an undated one after `today`/`오늘` is today's, not the day of a side event named later. The day a
    report is given (`the two countries said on Friday, after their ministers met in Moscow`) is not the meeting's."""
    return next((d.value for d in view.dates_in(0, m.trig_start) if d.kind in ("day", "same_day") and d.relative
                 and d.value is not None and d.value == view.published and not re.search(r"\d", d.text)
                 and not view.grammar.is_report_date(view, d)), None)


def _named_later(view: View, main: list[EventMention], m: EventMention) -> date | None:
    """`한-체코, 원전 MOU 체결` as a headline before any dated sentence: the day of the one dated event
    of its type whose name it repeats (`9.20일 … 원전 협력 MOU에 서명`), not the report's first day."""
    if not _specific(view, m) or not m.name:
        return None
    days = {x.date.value for x in main if x is not m and x.type == m.type and x.date and x.date.kind == "day"
            and x.date.value and x.name and _specific(view, x)
            and not view.grammar.distinct_names(x.name, m.name, m.type)}
    return days.pop() if len(days) == 1 else None


# A sentence's final period after a word (`있다.`, `met.`), not a heading's date (`2024.10.30.`).
_SENTENCE_END = re.compile(r"[^\W\d_]\.\s*$")


_ENTRY_DASH = re.compile(r"\s+[-–—]\s")


def _dated_entry(view: View, s: Sent) -> bool:
    """`November 14, 2022 - Bali.`, `June 2023 — …`: a dated timeline's entry line opens with its date and a dash,
    a heading for what the entry tells, though it ends in a full stop."""
    if s.start and view.text[s.start - 1] != "\n":
        return False  # (the cheap test first: most sentences do not open a line)
    lead = len(s.text) - len(s.text.lstrip())
    first = next(iter(view.dates_in(s.start, s.end)), None)
    return first is not None and first.start == s.start + lead \
        and _ENTRY_DASH.match(view.text, first.end, s.end) is not None


# What a place-and-day heading holds besides its day and place: separators (`Nuku'alofa, July 26`,
# `Sunday, 13 November - Hanoi`).
_HEADING_REST = re.compile(r"[\s,\-–—:|/()]*")
_HEADING_MARK = re.compile(r"^\s*(?:\d{1,2}[.)]|\(\d{1,2}\)|[□■○◇◆▶●•])\s*")


def place_day_heading(view: View, s: Sent) -> Mention | None:
    """`Nuku'alofa, July 26`, `Sunday, 13 November - Hanoi`: a line of its own holding only a place and a day, the
    heading of a multi-day report's section, even before any dated sentence (a line with the day alone may be the
    report's own date); its place, else None."""
    if s.start and view.text[s.start - 1] != "\n" or "\n" not in view.text[s.end - 1:s.end + 1]:
        return None
    days = [d for d in view.dates_in(s.start, s.end) if d.kind == "day"]
    places = view.mentions_in(s.start, s.end, "PLACE", "COUNTRY")
    if not days or not places:
        return None
    rest, at = [], s.start
    for a, b in sorted((x.start, x.end) for x in [*days, *places]):
        rest.append(view.text[at:a] if a > at else "")
        at = max(at, b)
    rest.append(view.text[at:s.end])
    rest[0] = _HEADING_MARK.sub("", rest[0])  # (`3. 니카라과(3.28.(토))`: a numbered section's heading)
    return places[-1] if _HEADING_REST.fullmatch("".join(rest)) else None


def _note_line(view: View, start: int) -> bool:
    return view.text[view.text.rfind("\n", 0, start) + 1:start + 1].lstrip().startswith("※")


def _section_heading_day(view: View, after: int, before: int,
                         entries_only: bool = False) -> tuple[date | None] | None:
    """`Singapore – November 16-17` as a line of its own between sentences `after` (the last dated mention's)
    and `before`: the section's day, or no day when the heading spans several (records.md rule 6); None
    when there is no such heading."""
    for s in reversed(view.sents[after + 1:before]):
        if len(s.text.strip()) > 60:
            continue  # (tested before the entry: most sentences are longer than any heading)
        entry = _dated_entry(view, s)
        heading = entry or entries_only and place_day_heading(view, s) is not None
        if (_SENTENCE_END.search(s.text) or entries_only) and not heading or _note_line(view, s.start):
            continue  # (`두 정상은 지난달 10일 … 만난 바 있다.`: a short sentence, not a heading; `※ …`: a note)
        days = [d for d in view.dates_in(s.start, s.end) if d.kind == "day" and d.value
                and not view.grammar.is_report_date(view, d)]
        if days:  # `March 5-6`, `(4.17일(수)~4.18일(목))`: a span of days
            # (an entry's `November 14, 2022 - Bali`, a heading's `13 November - Hanoi`: no span, the dash ends
            # the date)
            span = not heading and _spans_days(view, days[-1]) or len({d.value for d in days}) > 1
            return (None,) if span else (days[-1].value,)
    return None


# `On Monday, …`, `On arrival in Cairo on 24 June, …`: a sentence opening with the day it tells.
_DAY_OPENING = re.compile(r"\W*(?:On|Upon)\s")
# `The two leaders then held talks`: the meeting follows what the sentence before it told, on that sentence's day.
_THEN = re.compile(r"\b(?:then|afterwards|thereafter)\b")


def _day_told_before(view: View, m: EventMention, after: int, telling: set[int],
                     last: date | None = None) -> date | None:
    """`On arrival in Cairo on 24 June, he was received by X. Later that day, he held a roundtable …`, `On Monday, he
    became the first … to visit Ghana. At their meeting in Accra, …`: an undated meeting told just after a sentence
    telling no meeting that opens with a day (after the last dated meeting) is of that day, a trip report's next
    stop."""
    i = m.sent.idx - 1
    if i <= after or i < 0 or i in telling or any(d.kind == "day" for d in view.dates_in(m.sent.start, m.sent.end)):
        return None
    s = view.sents[i]
    comma = s.text.find(",")
    if _THEN.search(view.text, m.sent.start, m.trig_start):
        comma = len(s.text)  # `… welcomed him with a ceremony on Saturday evening. The two leaders then held talks`
    elif comma < 0 or not _DAY_OPENING.match(s.text):
        arrived = _arrival_day(view, i, after, telling)
        return arrived if arrived is not None and (last is None or arrived > last) else None
    return _one_day(view, s.start, s.start + comma)


def _one_day(view: View, lo: int, hi: int) -> date | None:
    days = [d for d in view.dates_in(lo, hi) if d.kind == "day" and d.value
            and not view.grammar.is_report_date(view, d) and (view.published is None or d.value <= view.published)]
    return days[0].value if len(days) == 1 else None


def _arrival_day(view: View, i: int, after: int, telling: set[int]) -> date | None:
    """`X arrived in Dodoma on Wednesday, leading a delegation. (background) X first called on Y`: the first meeting
    told after an arrival with its day, no meeting between, is of that day (the next ones follow it); not an arrival
    told after a later day's meeting (`held talks today … she arrived in Tianjin on Thursday`)."""
    arrival = view.grammar.arrival
    if arrival is None:
        return None
    for j in range(i, max(after, i - 3), -1):
        if j in telling:
            return None
        s = view.sents[j]
        if arrival.search(s.text):
            return _one_day(view, s.start, s.end)
    return None


def _other_parties(e: Event, m: EventMention) -> bool:
    """Each names a party the other does not (`카타르` and `이라크`), not one side named by both."""
    named = {p for x in e.mentions for p in x.participants}
    return bool(named - set(m.participants)) and bool(set(m.participants) - named)


def _headline(view: View, m: EventMention) -> bool:
    """On a title or subtitle line, not a marked section heading (`□ 한-타지키스탄 외교장관회담`)."""
    return view.grammar.title_line(view, m.sent) and not _section_heading(view, m)


def _headlines_join(view: View, events: list[Event]) -> list[Event]:
    """`X 대통령, Y 대통령과 정상회담` (a title), `- 정상회의 계기 릴레이 양자회담 -` (a subtitle): a headline sums up
    what the body reports; an event told only in headlines is the body's event of its type and day (the one with its
    counterpart, else the first), not another one."""
    told = [e for e in events if not e.mentioned]
    # (a marked section heading, `□ 한-타지키스탄 외교장관회담`, tells its section's meeting, not the report's)
    heads = {id(e) for e in told if all(_headline(view, x) for x in e.mentions)}
    if not heads:
        return events
    dropped: set[int] = set()
    for e in told:
        if id(e) not in heads:
            continue
        body = [o for o in told if id(o) not in heads and o.type == e.type and o.date == e.date]
        first_body = min((x.sent.idx for o in told if id(o) not in heads for x in o.mentions), default=0)
        if not body and e.date is not None and all(x.sent.idx < first_body for x in e.mentions):
            # `조태열·블링컨, 29일 워싱턴서 첫 회담` over a body dated the 28th (local time): the headline's day is a
            # day off the body's (the reporter's time zone); the body's day wins (its one event of the type). Only
            # a headline above the body: a section's heading (`2. … 포럼 (3.13.)`) tells its own day.
            near = [o for o in told if id(o) not in heads and o.type == e.type and o.date is not None
                    and abs((o.date - e.date).days) == 1]
            body = near if len(near) == 1 and len([o for o in told if id(o) not in heads and o.type == e.type]) == 1 \
                else []
        if all(x.date is None and x.sent.idx < first_body for x in e.mentions) \
                and (parties := {p for x in e.mentions for p in x.participants}):
            # `- 카타르 … 장관 면담` under a tour's title, no day of its own: the body's meeting with that party,
            # whatever day it was on, not the first day's
            shared = [o for o in told if id(o) not in heads and o.type == e.type
                      and parties & {p for y in o.mentions for p in y.participants}]
            if shared and not any(o in shared for o in body):
                body = shared
        if not body:
            continue
        target = next((o for o in body if any(_met_again(x, y) for x in e.mentions for y in o.mentions)), body[0])
        target.mentions = sorted([*target.mentions, *e.mentions], key=lambda x: x.trig_start)
        dropped.add(id(e))
    return [e for e in events if id(e) not in dropped]


_TODAY = re.compile(r"(?i)today|오늘|이날")
_LOCAL_TIME = re.compile(r"\s*\((?:local\s+time|현지\s*시간|현지\s*시각)\)")


def _local_day_join(view: View, events: list[Event]) -> list[Event]:
    """`Today I signed … a treaty` (the release's day) and `The Treaty was signed in New York on 6 March (local
    time)`: one signing told twice, a day apart across time zones; the day given in local time wins. Only when the
    event of that type is told exactly twice so (one with `today`, one with a local day)."""
    told = [e for e in events if not e.mentioned and e.date is not None]
    for t in {e.type for e in told}:
        same = [e for e in told if e.type == t]
        if len(same) != 2:
            continue
        today = [e for e in same
                 if all(x.date is not None and _TODAY.fullmatch(x.date.text.strip()) for x in e.mentions)]
        local = [e for e in same if any(x.date is not None and _LOCAL_TIME.match(view.text, x.date.end)
                                        for x in e.mentions)]
        if len(today) == 1 and len(local) == 1 and today[0] is not local[0] \
                and abs((today[0].date - local[0].date).days) == 1:
            local[0].mentions = sorted([*local[0].mentions, *today[0].mentions], key=lambda x: x.trig_start)
            events = [e for e in events if e is not today[0]]
    return events


def _day_named(m: EventMention) -> bool:
    """`전날인 26일 … 차례로 양자 회담을 했다`, `a day earlier, on Sunday`: the day before is named as a day of the
    month or of the week, so the meeting is dated, not one referred to in passing."""
    return bool(m.date and m.date.kind == "day" and (re.search(r"\d", m.date.text) or _WEEKDAY.search(m.date.text)))


# `held a trilateral meeting … a day earlier, on Sunday`: a weekday names the day as well as a date does.
_WEEKDAY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|[월화수목금토일]요일")


def _told_days_later(view: View, m: EventMention) -> bool:
    """A day-before meeting dated two or more days before the report (`a day earlier`, counted from a trip's day told
    before it), in a language whose trip reports tell each day in turn."""
    return view.grammar.day_before_told_later and m.date is not None and m.date.kind == "day" \
        and m.date.value is not None and view.published is not None and (view.published - m.date.value).days >= 2


def _report_relative_day(view: View, main: list[EventMention]) -> tuple[date | None, str | None]:
    """No day named anywhere: a `전날`/`이날` of the text (`전날(현지시간) … 뮌헨에서 모여`) is counted from the
    report's own day, as a trigger's own `이날` is (`_pick_date`); only one of a sentence telling a meeting (a
    held mention's, or `모여`), not quoted nor of another noun's clause (`전날 열린 G7 회의에 이어`)."""
    after = view.grammar.day_after
    rel = next((d for d in view.dates if d.kind == "same_day" and d.value is None
                and not (after is not None and after.fullmatch(d.text)) and _tells_meeting(view, d, main)
                and not view.grammar.day_of_other_clause(view, d)), None)
    if rel is None or view.published is None:
        return None, None
    return _counted_from_report(view, rel.text), rel.text


def _day_before_in(view: View, before: re.Pattern[str], a: int, b: int) -> bool:
    """A `전날` in the span, not one of another noun's clause (`전날 베이징에 도착한 장관은 … 회담을 가졌다`)."""
    for found in before.finditer(view.text, a, b):
        d = next((x for x in view.dates if x.start == found.start()), None)
        if d is None or not view.grammar.day_of_other_clause(view, d, of_event=False):
            return True
    return False


def _day_in_context(view: View, d: DateMention) -> str:
    """`전날 저녁 A와 면담했다. 앞서 같은 날 B와 회담을 가졌다`: `같은 날` (the same day) is the last relative day told
    before it (`전날`, `이날`), not the report's own; `이날` and `전날` are their own."""
    back = view.grammar.same_day_back
    if back is None or not back.fullmatch(d.text):
        return d.text
    told = next((x for x in reversed(view.dates_in(0, d.start)) if x.kind == "same_day" and x.value is None
                 and not back.fullmatch(x.text) and not view.grammar.day_of_other_clause(view, x, of_event=False)),
                None)
    return told.text if told is not None else d.text


def _tells_meeting(view: View, d: DateMention, main: list[EventMention]) -> bool:
    """`북한은 전날 미사일을 발사했다`, `전날 워싱턴에 도착했다`: a sentence telling no meeting dates none."""
    s = view.sent_of(d.start)
    return s is not None and (any(m.sent.start == s.start for m in main) or bool(view.grammar.gathered.search(s.text)))


def _counted_from_report(view: View, text: str) -> date:
    """`이날` is the report's own day, `전날` the one before it."""
    before = view.grammar.day_before
    if before is not None and before.fullmatch(text):
        return _report_day(view) - timedelta(days=1)
    return _report_day(view, headline=True)


# `[2.12 호놀룰루] 한미일 외교장관 …`, `(3.5 Brussels) …`: a title opening with a bracketed month.day dateline.
_TITLE_DATELINE = re.compile(r"\s*[\[(【［]\s*(\d{1,2})\s*[./]\s*(\d{1,2})(?=[\s\])】］])")  # (not `3.1절`)


def _report_day(view: View, headline: bool = False) -> date:
    """The day a report with no day named in its text tells of: its title's dateline when that is a recent day
    (published the next morning, `이날` is the dateline's day), else its publication day. With `headline`, for `이날`
    (not `전날`, which counts back from the publication): a recent day the title names (`5일 워싱턴서 회담`)."""
    assert view.published is not None
    found = _TITLE_DATELINE.match(view.title or "")
    if found:
        month, day = int(found.group(1)), int(found.group(2))
        for year in (view.published.year, view.published.year - 1):
            try:
                value = date(year, month, day)
            except ValueError:
                break
            if timedelta(0) <= view.published - value <= timedelta(days=RECENT_DAYS):
                return value
    if not headline or not view.title:
        return view.published
    # `조태열-블링컨, 5일 워싱턴서 회담` over a body telling only `이날`: the headline's recent day
    titled = next((d.value for d in view.grammar.find_dates(view.title, view.published) if d.kind == "day"
                   and d.value and timedelta(0) <= view.published - d.value <= timedelta(days=RECENT_DAYS)), None)
    return titled or view.published


_FORWARD = re.compile(r"다음|내달|오는|올해|금년|내년|[Nn]ext|[Ll]ater this|[Tt]his coming")
_NEXT_ROUND = re.compile(r"(?:다음|차기)\s(?!\s*(?:달|주|해))|[Nn]ext\s(?!(?:month|week|year)\b)")


def _ahead(view: View, m: EventMention) -> bool:
    """`다음 달 중순에는 제주에서 … 회의가 열립니다`: an event dated by a month or half, told before its trigger, that
    starts after the publication day is ahead, whatever the verb's tense (Korean tells a schedule in the present).
    (Not a year, nor a date after the trigger: `agreed to push for the signing … in 2020` is the target's.)"""
    d = m.date
    if not (d and d.kind in ("month", "half") and d.value and view.published and d.end <= m.trig_start
            and d.value > view.published and _FORWARD.search(view.text, max(0, d.start - 6), d.end)):
        return False  # (`같은 해 7월 제1차 회의`: a month told without `다음`/`오는`/`올해` may be a past year's)
    # `다음 회의는 다음 달 서울에서 열린다`: the announced next round stays, for its `next`
    return not _NEXT_ROUND.search(view.text, m.sent.start, m.name_start or m.trig_start)


_AGAIN = re.compile(r"다시|재차|또다시|\bagain\b")


_BRACKET_HEADING = re.compile(r"\[[^\[\]\n]{2,40}\]")
_SECTION_MARKS = "□■◆◇▶▷●"  # a section's heading line (`□ 한-체코 정상회담`), not a body item (`ㅇ`, `-`, `▲`)


# `1. 마르그레테 2세 여왕 면담`, `가. 한-덴마크 정상회담`, `II. Bilateral meeting`: a numbered heading on a line of
# its own.
_SECTION_NUMBER = re.compile(r"(?:\d{1,2}|[가-하]|[IVX]{1,4}|[ⅠⅡⅢⅣⅤⅥ])[.)]\s+")


def _section_heading(view: View, m: EventMention) -> bool:
    """The mention names a meeting on a marked heading line of its own (`□ 한-체코 정상회담`, `□ 한-캐나다 정상회담
    (6.30.)`, `1. 한-덴마크 정상회담`): the section it opens tells that meeting."""
    if m.separate and m.counterpart:
        return False  # (`1. with Minister X, with whom …;`: a listed meeting with its person, not a heading)
    text = m.sent.text.strip()
    line = view.text.rfind("\n", 0, m.sent.start) + 1
    mark = view.text[line:m.sent.start].strip() or text[:1]
    if len(text) > 120 or _SENTENCE_END.search(text) or "\n" in text:
        return False
    if _BRACKET_HEADING.fullmatch(text) and view.text[line:m.sent.start].strip() == "":
        return True  # `[외교차관 면담]`, `[Bilateral meeting]`: a bracketed heading on a line of its own
    nl = view.text.find("\n", line)
    if (num := _SECTION_NUMBER.match(view.text, line)) and num.end() <= m.trig_start \
            and view.text[line:nl if nl != -1 else len(view.text)].strip() in (text, view.text[line:num.end()] + text):
        return True  # (a numbered heading may be long: `3. Second Meeting of the … Mechanism on …`)
    return bool(text) and len(text) <= 60 and len(mark) == 1 and mark in _SECTION_MARKS


def _open_sections(view: View, mentions: list[EventMention]) -> dict[int, EventMention]:
    """A heading's meeting is the first one its section tells, unnamed (`□ 한-체코 정상회담` / `윤 대통령은 이날 오전 X
    총리와 정상회담을 가졌습니다`): that one takes the heading's name (and day), and the heading joins its event, so
    that several sections of one day each keep their own meeting rather than the one before. Returns, by the
    heading's id, the mention it joins."""
    joins: dict[int, EventMention] = {}
    mentions = sorted(mentions, key=lambda x: x.trig_start)  # (in the text's order: headings are found apart)
    for k, h in enumerate(mentions):
        if not _section_heading(view, h):
            continue
        first: EventMention | None = None
        for m in mentions[k + 1:]:
            if _section_heading(view, m) or first is None and m.sent.idx > h.sent.idx + 3:
                break
            # (a heading naming no particular meeting, `□ 협정 및 양해각서 체결`, opens the named one its section tells)
            # (`1. Working lunch on X` / `… hosted a working lunch on …`: the heading's name begins with the one told)
            opens = bool(m.name and h.name and h.name.casefold().startswith(m.name.casefold()))
            if m.sent.idx == h.sent.idx or m.type != h.type or m.mood != "main" or _specific(view, m) and (
                    _specific(view, h) and not opens or first is not None):
                if first is None:
                    break
                continue
            if first is None:
                if m.date is not None and h.date is not None and m.date.value != h.date.value:
                    break
                if _specific(view, h) and len(h.name or "") > len(m.name or ""):
                    m.name, m.name_start, m.name_end = h.name, h.name_start, h.name_end
                if m.date is None:
                    m.date = h.date
                joins[id(h)] = first = m
            elif (m.date is None or first.date is None or m.date.value == first.date.value) and (
                    not m.counterpart or first.counterpart and same_person(m.counterpart, first.counterpart)):
                joins[id(m)] = first  # (`두 정상은 … 따로 만났습니다` further down: the section's meeting again)
    return joins


def _same_document(a: str, b: str) -> bool:
    """`the upgraded X agreement.` and `X agreement`: one name, of two words or more, ends the other (not two
    bare `양해각서`: a noun each clause signs)."""
    x, y = _bare(a).rstrip(".").casefold(), _bare(b).rstrip(".").casefold()
    short = min(x, y, key=len)
    return len(short.split()) >= 2 and (x.endswith(y) or y.endswith(x))


def _told_one_by_one(events: list[Event]) -> list[Event]:
    """A summary of meetings held in turn (`A, B, C 정상과 차례로 회담`) is no meeting of its own when two or more of
    them are told apart that day: its mentions leave their event (and an event of nothing else goes)."""
    out = []
    for e in events:
        summary = [x for x in e.mentions if x.in_turn]
        if summary:
            sides = {p for x in summary for p in x.participants}
            told = [o for o in events if o is not e and o.type == e.type and o.date == e.date
                    and sides & {p for x in o.mentions if not x.in_turn for p in x.participants} - {
                        p for x in e.mentions if not x.in_turn for p in x.participants}]
            # (one of them may be the meeting the summary joined: `가나, 케냐 외교장관과 잇달아 양자회담` and Ghana's)
            own = bool(sides & {p for x in e.mentions if not x.in_turn for p in x.participants})
            if len(told) + own >= 2:
                e.mentions = [x for x in e.mentions if not x.in_turn]
                if not e.mentions:
                    continue
        out.append(e)
    return out


def _launched_at_first_meeting(events: list[Event]) -> list[Event]:
    """`「제1차 범정부 경제협력 전체회의」를 개최하고, 범정부 경제협력 TF를 공식 발족하였다`: a body launched in the
    sentence that tells its first meeting held that day is that meeting (records.md rule 2: one dialogue with
    ordinal 1, no separate launch)."""
    firsts = [e for e in events if spec(e.type).meeting and not e.mentioned and any(
        m.ordinal == 1 and m.mood == "main" for m in e.mentions)]

    def words(ev: Event) -> set[str]:  # (the body's own words in the meeting's name: `범정부 경제협력`)
        return {w for m in ev.mentions if m.name for w in re.split(r"[\s()「」'\"‘’“”]+", m.name.casefold())
                if len(w) >= 2 and not re.search(r"[\d\-–·]", w)}  # (not `한-캐나다`: the sides)

    return [e for e in events if not (e.type == "launch" and not e.mentioned and e.date is not None and any(
        f.date == e.date and {m.sent.idx for m in f.mentions if m.ordinal == 1} & {m.sent.idx for m in e.mentions}
        and words(f) & words(e) for f in firsts))]


def _unglossed(name: str) -> str:
    """A name without its glosses in brackets (`믹타(MIKTA)`), quotes and spaces."""
    return _bare_name(re.sub(r"\s*\([^()]*\)", "", name))


def _span_start_join(view: View, events: list[Event]) -> list[Event]:
    """`5.20.(일)∼21.(월) 개최된 G20 회의에 참석하고, … 제12차 믹타 외교장관회의에 참석하였다` over a section `2. 제12차
    믹타 외교장관회의(5.21.(월))`: a named meeting dated only by a span's first day is the meeting of that name told
    on one day of the span (its day, not the span's first)."""
    out = list(events)
    for e in events:
        if e.date is None or not all(m.date is not None and m.date.kind == "day" and _spans_days(view, m.date)
                                     for m in e.mentions):
            continue
        names = {_unglossed(m.name) for m in e.mentions if m.name and _specific(view, m)}
        into = next((o for o in out if o is not e and o.type == e.type and o.date is not None
                     and 0 < (o.date - e.date).days <= 7 and any(
                         x.name and _unglossed(x.name) in names for x in o.mentions)), None) if names else None
        if into is not None:
            into.mentions = sorted([*into.mentions, *e.mentions], key=lambda x: x.trig_start)
            out.remove(e)
    return out


def _occasions(view: View, events: list[Event]) -> None:
    """`서울안보대화 계기 연쇄 양자회담 개최` over `X는 … 서울안보대화에 참석한 A, B 인사들과 잇따라 양자회담을
    갖고`: a gathering the text names as the occasion of other meetings held, and tells only in a modifier of the
    people met, is their host gathering, mentioned (records.md rule 4)."""
    names = {_bare_name(n) for n in view.grammar.occasion_names(view)}
    if not names:
        return
    for e in events:
        own = [x for x in e.mentions if not x.in_turn]
        named = [_bare_name(x.name) for x in own if x.name]
        if e.mentioned or not spec(e.type).meeting or not named or any(x.counterpart for x in e.mentions) \
                or not all(any(n in x for n in names) for x in named) or any(x.mood != "adnominal" for x in own):
            continue  # (only told in a modifier: `X에 참석한 A, B 인사들과 잇따라 양자회담을 갖고`)
        near = [o for o in events if o is not e and not o.mentioned and spec(o.type).meeting and (
            o.date == e.date or o.date is not None and e.date is not None and abs((o.date - e.date).days) <= 3)]
        # (a summary of meetings in turn that joined it goes with it only when they are told apart)
        if len(near) >= (2 if any(x.in_turn for x in e.mentions) else 1):
            e.mentioned = True


def _series_span(view: View) -> int:
    """The sentence telling a series of meetings over a span of days (`14일부터 16일까지 각국 대표들과 릴레이 면담을
    진행했다`); len(sents) when there is none."""
    cue = view.grammar.meeting_series
    if cue is not None:
        for s in view.sents:
            # (the last day before the cue is the series': not `11.17.~18. 열리는 X 참석을 계기로, 17일 하루 동안 …`)
            if (c := cue.search(s.text)) and (days := [d for d in view.dates_in(s.start, s.start + c.start())
                                                       if d.kind == "day"]) and (_spans_days(view, days[-1]) or len(
                    days) > 1 and days[-1].start - days[-2].end <= 6 and _spans_days(view, days[-2])):
                return s.idx
    return len(view.sents)


def _host_mentions(view: View, mentions: list[EventMention]) -> list[EventMention]:
    """`APEC 통상장관회의를 계기로 … 잇따라 면담` and then `15~16일 열린 통상장관회의에는 21개 경제체가 참석했다`: the
    gathering the text names as the occasion of its meetings with people met is their host however it is told,
    referred to in passing (records.md rule 4)."""
    if not any(m.counterpart for m in mentions):
        return []
    names = {_bare_name(n) for n in view.grammar.occasion_names(view)}
    if not names:
        return []
    return [m for m in mentions if m.name and not m.counterpart and not m.in_turn and spec(m.type).meeting
            and _owned_name(view, m) in names]


def _owned_name(view: View, m: EventMention) -> str:
    """The mention's bare name without the grouping that opens it (`APEC 통상장관회의` → `통상장관회의`, as the
    occasion `아시아태평양경제협력체(APEC) 통상장관회의를 계기로` is read)."""
    name = m.name or ""
    if m.name_start is None or m.name_end is None:
        return _bare_name(name)
    owners = view.mentions_in(m.name_start, m.name_end, "GROUP")
    # (one grouping only: `한-아세안 외교장관회의` is a meeting of two sides, not the gathering of one)
    if len(owners) != 1 or owners[0].start != m.name_start or owners[0].end >= m.name_end \
            or view.mentions_in(m.name_start, m.name_end, "COUNTRY"):
        return _bare_name(name)
    return _bare_name(view.text[owners[0].end:m.name_end])


def _bare_name(name: str) -> str:
    """A name without quotes, brackets and spaces, to compare two mentions of one meeting."""
    return re.sub(r"[\s「」『』'\"‘’“”]", "", name)


def _named_in(m: EventMention, names: set[tuple[str, str]]) -> bool:
    """Each word of the mention's name is in a (bare) name of its type, the last one in that name's last part
    (`OECD 각료이사회` in `2024년경제협력개발기구(OECD)각료이사회(MCM)`)."""
    words = [_bare_name(w) for w in (m.name or "").split()]
    return bool(words) and any(t == m.type and all(w in n for w in words) and words[-1] in n[-len(words[-1]) - 8:]
                               for t, n in names)


_HAD = re.compile(r"가졌|갖고|가진|가지|\bheld\b|\bhad\b")  # (the light verb of a meeting held)


def _prepared(view: View, mentions: list[EventMention]) -> tuple[list[EventMention], dict[int, EventMention]]:
    """The mentions held or told (not ahead), summaries of meetings told in turn marked, and each section heading
    placed right after the mention it joins (`_open_sections`, whose map is returned with them)."""
    # `24일부터 열리는 X 회의에 참석할 예정이다`: the meeting a later act is to attend is ahead as that act is.
    ahead = {(x.sent.idx, x.name) for x in mentions if x.mood == "future" and x.name}
    # `제1차 X 위원회 개최` over `X 위원회가 5.10.(목) 열린다고 밝혔다`: the headline names the meeting ahead.
    planned = {(x.type, _bare_name(x.name)) for x in mentions if x.mood == "future" and x.name and _specific(view, x)}
    mentions = [m for m in mentions if m.mood != "future" and not _ahead(view, m)
                and not (m.mood == "adnominal" and (m.sent.idx, m.name) in ahead)
                and not (planned and m.name and _named_in(m, planned) and view.grammar.title_line(view, m.sent))]
    summary = view.grammar.summary_name
    for m in mentions:  # `held a series of bilateral meetings with her counterparts from A, B and C`: told in turn
        if summary is not None and m.name and summary.search(m.name) and len(set(m.participants)) >= 3 \
                and not m.counterpart:  # (not one of the series told person by person in its sentence)
            m.in_turn = True
    joins = _open_sections(view, mentions)
    if joins:
        after: dict[int, list[EventMention]] = {}
        for x in mentions:
            if (m := joins.get(id(x))) is not None:
                after.setdefault(id(m), []).append(x)
        mentions = [y for x in mentions if id(x) not in joins for y in (x, *after.get(id(x), []))]
    return mentions, joins


def group_events(view: View, mentions: list[EventMention]) -> list[Event]:
    """Merge mentions of one event; anchor undated main mentions to the report's event date."""
    mentions, joins = _prepared(view, mentions)
    # `전날 별도로 외교장관회담을 했고`: a side meeting the day before is referred to in passing.
    # `signed the X the previous day` (no day of its own): an event of the day before is referred to in passing.
    before = view.grammar.day_before
    hosts = _host_mentions(view, mentions)
    recalled = [m for m in mentions if _is_past(view, m)] + hosts
    side = [m for m in mentions if m not in recalled and before is not None and (
        m.separate and before.search(m.sent.text) and not _day_named(m) and not _told_days_later(view, m)
        or not (m.date and m.date.kind == "day") and _day_before_in(view, before, *m.clause))]
    if before is not None:
        # `전날 별도로 외교장관회담을 했고, 서 장관과 오스틴 장관도 같은 날 국방장관회담을 열었다`: another meeting of
        # that day before, told in the same sentence, is referred to in passing like it
        side += [m for m in mentions if m not in recalled and m not in side and m.date is not None
                 and m.date.kind == "day" and before.search(m.sent.text) and not _day_named(m)
                 and any(x.sent is m.sent and x.date is not None and x.date.value == m.date.value for x in side)]
    if (that := view.grammar.at_that_meeting) is not None:
        # `전날 … 빈 살만 왕세자와 회담했다. 이 자리에서 양국은 … 서명했다`: what was done at the meeting the sentence
        # before told of the day before is of that day, in passing like it
        side += [m for m in mentions if m not in recalled and m not in side and not _day_named(m) and m.sent.idx
                 and that.match(m.sent.text) and any(x in side for x in mentions if x.sent.idx == m.sent.idx - 1)]
    if side and all(m in recalled or m in side for m in mentions):
        side = []  # no meeting of the report's own day: the day before's meetings are its news
    past = recalled + side
    main = [m for m in mentions if m not in past]
    if not main and (lead := _undated_news(view, past)) is not None:
        past.remove(lead)  # `X met Y in Washington last week and agreed …`: the report's own event, no day told
        main = [lead]
    days = [m.date.value for m in main if m.date and m.date.kind == "day" and m.date.value]
    anchor = days[0] if days else None
    anchor_text = next((m.date.text for m in main if m.date and m.date.value == anchor), None)
    trip_sent: Sent | None = None
    if anchor is None and view.published is not None:
        # No dated trigger: the report's first recent day (its dateline) is when it happened.
        recent = [d for d in view.dates if d.kind == "day" and d.value
                  and timedelta(0) <= view.published - d.value <= timedelta(days=RECENT_DAYS)]
        # (`2∼4일 자카르타를 방문 중인 X가 3일 …`: the visit's span is an adnominal clause's, the day after it the
        # news')
        recent = [d for d in recent if not view.grammar.clause_of_noun(view, d)] or recent
        if recent:
            anchor, anchor_text = recent[0].value, recent[0].text
            # `led a delegation to A, B and C from June 27-30.` then `In Asuncion, the delegation met …`: a meeting
            # told with no day outside the sentence of the trip's span is of some day of the trip (records.md rule 6)
            trip_sent = view.sent_of(recent[0].start) if _trip_days(view, recent[0]) else None
            # (`지난 25일부터 이틀간 열린 X 통상장관회의에 참석했다`, the host gathering referred to: its span too)
            if trip_sent is None and _spans_days(view, recent[0]) and any(
                    x.sent.start <= recent[0].start < x.sent.end for x in hosts):
                trip_sent = view.sent_of(recent[0].start)
        elif not any(d.kind == "day" and d.value for d in view.dates):
            anchor, anchor_text = _report_relative_day(view, main)
    events: list[Event] = []
    by_key: dict[tuple, list[Event]] = {}
    dated = sorted((m.sent.idx, m.date.value) for m in main if m.date and m.date.kind == "day" and m.date.value)
    # (a report that a trip ended, `today wrapped up her visit to A and B`: records.md rule 6 for its undated
    # meetings; the sentence's index, -1 when there is none)
    trip_ended = view.grammar.trip_ended(view)
    spanning = {m.sent.idx for m in main
                if m.date and m.date.kind == "day" and m.date.value and _spans_days(view, m.date)}
    specific = {m.type for m in main if _specific(view, m)}
    series = _series_span(view)
    telling = {x.sent.idx for x in mentions}
    opening = {id(x) for x in joins.values()}  # the first meeting each section heading opens
    for m in main:
        if (opened := joins.get(id(m))) is not None and (
                into := next((e for e in events if any(x is opened for x in e.mentions)), None)) is not None:
            into.mentions.append(m)  # a section's heading: the meeting its section tells
            into.mentions.sort(key=lambda x: x.trig_start)  # (in the text's order, as every event's are)
            continue
        day = m.date.value if m.date and m.date.kind == "day" else None
        also = view.grammar.also_attended(view, m)
        # `10.30~31일 A, B와 잇달아 면담`: each met on some day of the span.
        spanned = day is not None and bool(m.counterpart) and m.separate and _spans_days(view, m.date)
        if spanned:
            day = None
        text = m.date.text if m.date and day else None
        if day is None and not spanned and not (m.date and (_this_week(view, m.date) or _recent_span(view, m.date))):
            # An undated mention belongs to the dated section it sits in (`2. … (June 26)` … `met`).
            # (a listed item or a labelled paragraph is of its lead's day: `A, B와 잇따라 회담` … `□ (한-A) …`)
            prior = [(k, v) for k, v in dated if k <= (m.lead.idx if m.lead is not None else m.sent.idx)]
            day, text = (prior[-1][1] if prior else _today_before(view, m) or _named_later(view, main, m)
                         or anchor), None
            if not prior and day == anchor and trip_sent is not None and m.sent is not trip_sent:
                day = None
            if not prior and day == anchor and _week_told(view, m):
                day = None  # `a series of ministerial meetings in Perth this week` … `co-chaired the X`: some day of it
            head = _section_heading_day(view, prior[-1][0] if prior else trip_ended, m.sent.idx,
                                        entries_only=not prior)
            if not prior and trip_ended >= 0:
                # `today wrapped up her visit to A and B`: a meeting told with no day of its own, nor one of a
                # heading below that report, is of some day of the trip (records.md rule 6), not the report's
                day = None
            if head is not None:
                day = head[0]
            elif not also and (told := _day_told_before(view, m, prior[-1][0] if prior else -1, telling,
                                                        prior[-1][1] if prior else None)):
                day = told
                dated = sorted([*dated, (m.sent.idx, told)])  # (`After the talks, … signed`: the talks' day)
            if prior and prior[-1][0] in spanning and m.separate and m.counterpart and head is None:
                day = None  # `held on April 23-24 … On the sidelines, … met X`: some day of the span (rule 6)
            if prior and series < prior[-1][0] < m.sent.idx and head is None and (
                    m.counterpart or any(x.sent is m.sent and x.counterpart for x in main)):
                day = None  # `14일부터 16일까지 릴레이 면담` … `15일 A와 면담` … `B와의 면담에서`: not A's day
            if also and head is None:
                day, text = anchor, None  # `The leaders also attended a business summit`: besides the report's event
            trip = view.grammar.during_trip
            after = view.grammar.trip_after
            if m.counterpart and (trip is not None and (trip.search(m.sent.text[:m.trig_start - m.sent.start]) or (
                    m.lead is not None and trip.search(m.lead.text)))
                                  or after is not None and after.match(view.text, m.trig_end, m.sent.end)):
                day = None  # `During the visit he also met Minister X`: some day of the trip
            elif m.type == "agreement" and trip is not None and trip.search(
                    m.sent.text[:m.trig_start - m.sent.start]) and not _day_named(m):
                day = None  # `During his stay, X paid a call on Y, and signed Z`: signed some day of the trip too
            occasion = view.grammar.visit_occasion
            if m.type == "agreement" and occasion is not None and occasion.search(
                    m.sent.text[:m.trig_start - m.sent.start]) and not _day_named(m):
                day = None  # `이번 방문을 계기로 양국은 X를 체결했다`: signed some day of the visit (rule 6)
        if m.same_day and m.counterpart \
                and not _AGAIN.search(m.sent.text) and (met := next(
                (e for e in events if e.date not in (None, day) and any(
                    x.counterpart and (x.counterpart <= m.counterpart or m.counterpart <= x.counterpart)
                    for x in e.mentions)), None)):
            # `□ 같은 날 X와 면담하고`, `이날 X 총리를 예방하고`: a paragraph telling again a meeting with X told before
            # with its day
            day, text = met.date, None
            dated = sorted((k, met.date if k == m.sent.idx else v) for k, v in dated)
        key = (m.type, day)
        same = by_key.get(key, [])
        if id(m) in opening:  # `1. X 면담` … `2. Y 정상회담`: each section's meeting is its own
            same = [e for e in same if not any(id(x) in opening for x in e.mentions)]
        if m.separate:
            # A side meeting (`별도 면담을 갖고`) is its own event, unless one of its name or with its person is
            # already there.
            # (a section's meeting with X, after `X 여왕을 면담하고, Y 총리와 정상회담을 가졌다` in the lead: the
            # meeting with X told again; outside sections one person may be met twice a day)
            # (a section's opening meeting joins the lead's by the person met or a name of its own, not by a bare
            # `meeting`)
            same = [e for e in same if any((x.separate or id(m) in opening and (_met_again(x, m) or _specific(
                view, m))) and (m.name and x.name == m.name or _met_again(x, m)) for x in e.mentions)]
            if not same:
                target = Event(m.type, [m], day, text or (anchor_text if day == anchor else None))
                by_key.setdefault(key, []).append(target)
                events.append(target)
                continue
        if not same and m.type in specific and not _specific(view, m) and day not in {e.date for e in events} \
                and not _own_bilateral(view, m) and not _own_day(view, m) and not m.counterpart:
            if any(x is not m and x.type == m.type and _specific(view, x) for x in main):
                continue  # `held talks with his counterparts` beside named meetings: not another event
        # Two differently named meetings of one day (`the 2+2` and `the Extended Deterrence Ministerial`).
        same = [e for e in same if not _distinct(view, e, m)]
        if also:  # another gathering of the day, unless it was named before
            same = [e for e in same if any(_specific(view, x) and _bare(x.name) == _bare(m.name) for x in e.mentions)]
        if m.counterpart:  # `Later that day, she called on Secretary X`: a meeting with someone else
            same = [e for e in same if (not _other_counterpart(e, m) or _short_name(view, e, m, by_key.get(key, [])))
                    and not _talks_beside(view, e, m)]
        same = [e for e in same if not _conference_beside(view, e, m)]
        if m.participants and not _headline(view, m):
            # (`- 카타르 … 장관 면담` under a tour's title, then `(이라크) … 면담하고`: a body's meeting does not join a
            # headline's with another party; `_headlines_join` places that one)
            same = [e for e in same if not _other_parties(e, m) or not all(_headline(view, x) for x in e.mentions)]
        if _specific(view, m):  # a named meeting is not an unnamed side meeting reported before it
            # (unless its name spells out that meeting's parties: `A, B와 잇달아 회담` … `□ 한-호주 외교장관회담`)
            same = [e for e in same if not all(x.separate and not _specific(view, x) for x in e.mentions)
                    or _names_parties_of(view, e, m, home_implied=_section_heading(view, m))]
        # Of several same-day events, a mention joins one it names again (`정상회담` in a photo caption after a
        # side meeting), else the one named last before it (its section).
        # (`□ 한-호주 외교장관회담` after `A, B, C와 잇달아 회담`: the one with the party its name gives)
        # (`held summits with the leaders of A, B and C` … `In talks with C's Prime Minister X, …`: the one with C)
        same = sorted(same, key=lambda e: (not (m.name and any(x.name == m.name for x in e.mentions)),
                                           -_shared_parties(e, m), -_side_met(e, m), -max(
            (x.sent.start for x in e.mentions if x.sent.start <= m.sent.start), default=-1)))
        # Several objects of one sentence (`A 의향서를, B 의향서를 체결했다`) are several events.
        target = next((e for e in same if all(x.sent is not m.sent or x.trig_start != m.trig_start
                                                for x in e.mentions)), None)
        # (`signed the agreement … witnessed the signing`: a signing with no object noun is of the one the sentence
        # names.)
        if target is None or (spec(m.type).one_per_object and m.name and any(
                x.sent is m.sent and x.name and not _same_document(x.name, m.name)
                for x in target.mentions)):  # (not the one document named twice: `signed …, marking the signing of X`)
            target = next((e for e in same if not any(x.sent is m.sent for x in e.mentions)), None)
        if target is None:
            target = Event(m.type, [], day, text or (anchor_text if day == anchor else None))
            by_key.setdefault(key, []).append(target)
            events.append(target)
        target.mentions.append(m)
        if text and not target.date_text:
            target.date_text = text
    events = _headlines_join(view, events)
    events = _local_day_join(view, events)
    events = _told_one_by_one(events)
    events = _span_start_join(view, events)
    events = _launched_at_first_meeting(events)
    _occasions(view, events)
    # A joint statement issued where the text describes a meeting is part of that meeting.
    if any(spec(e.type).meeting for e in events):
        events = [e for e in events if not spec(e.type).part_of_meeting]
    launched = {e.date for e in events if spec(e.type).launched_by_statement}
    events = [e for e in events if not (spec(e.type).part_of_meeting and e.date in launched)]
    for m in past:
        d = m.date.value if m.date and m.date.kind == "day" else None
        events.append(Event(m.type, [m], d, m.date.text if m.date and d else None, mentioned=True))
    return events
