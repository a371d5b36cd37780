"""Wiring: a spaCy pipeline per language (its grammar's tokenizer and sentences, then the shared
components) and `extract_document`. Components read and write one typed `Analysis` on `doc._.readout`."""
from __future__ import annotations

import copy
import functools
import gc
import logging
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extract import commitments as commit_mod
from extract import delegates as people_mod
from extract import document, event_model, topic_model
from extract.build import Assembled, city_name, event_level, is_remote, named_remote, to_record
from extract.dates import DateMention
from extract.day_city import with_day_city
from extract.entities import Mention, find_mentions
from extract.events import EventMention, find_event_mentions, group_events, same_person
from extract.lang import Grammar, detect_language, grammar_for, normalise_lang
from extract.spec import spec
from extract.text import clean_text
from extract.view import Sent, View
from streams.publishers import home_country
from streams.records import DocumentRecord, EventRecord

log = logging.getLogger(__name__)


@dataclass
class Analysis:
    """What the components share about one document; each component fills its own fields."""

    grammar: Grammar
    text: str
    published: date | None = None
    title: str | None = None
    home: str | None = None
    mentions: list[Mention] = field(default_factory=list)  # gazetteer
    dates: list[DateMention] = field(default_factory=list)  # dates
    view: View | None = None  # events
    mentions_of_events: list[EventMention] = field(default_factory=list)  # events: the rules' (READOUT_EVENTS)
    events: list[Assembled] = field(default_factory=list)  # events; delegates and commitments fill them


if not Doc.has_extension("readout"):
    Doc.set_extension("readout", default=None)


# Where spaCy keeps `doc._.readout`: read there directly (each component asks; `doc._` builds an accessor per read).
_KEY = ("._.", "readout", None, None)


def _analysis(doc: Doc) -> Analysis:
    st = doc.user_data.get(_KEY)
    if st is None:  # `nlp(text)` without `run`: no publication date, title or home
        grammar = grammar_for(doc.lang_)
        if grammar is None:
            raise ValueError(f"no grammar for language {doc.lang_!r}")
        st = doc._.readout = Analysis(grammar, doc.text)
    return st


@Language.component("readout_gazetteer_ruler_v1", assigns=["doc._.readout"])
def gazetteer_ruler(doc: Doc) -> Doc:
    st = _analysis(doc)
    starts, ends, proper = st.grammar.token_edges(doc)
    st.mentions = find_mentions(st.text, st.grammar.code, starts, ends, proper)
    return doc


@Language.component("readout_dates_v1", assigns=["doc._.readout"])
def dates(doc: Doc) -> Doc:
    st = _analysis(doc)
    st.dates = st.grammar.find_dates(st.text, st.published)
    return doc


def _view(doc: Doc, st: Analysis) -> View:
    text = st.text
    toks, spans = st.grammar.tokens_and_sentences(doc, text)
    sents = [Sent(i, a, b, text[a:b]) for i, (a, b) in enumerate(spans) if text[a:b].strip()]
    sents = [Sent(i, s.start, s.end, s.text) for i, s in enumerate(sents)]
    return View(text, st.grammar.code, st.published, sents, toks, st.mentions, st.dates, st.title, st.home,
                grammar=st.grammar)


@Language.component("readout_events_v1", requires=["doc._.readout"], assigns=["doc._.readout"])
def events(doc: Doc) -> Doc:
    st = _analysis(doc)
    st.view = _view(doc, st)
    st.mentions_of_events = find_event_mentions(st.view)
    grouped = group_events(st.view, st.mentions_of_events)
    st.events = [Assembled(e) for e in event_model.with_model(st.view, st.mentions_of_events, grouped)]
    return doc


def _sectioned(doc: Doc) -> tuple[Analysis, View, dict[int, Assembled]]:
    """The analysis after the events component, with the event each sentence belongs to."""
    st = _analysis(doc)
    if st.view is None:
        raise ValueError("readout_events_v1 runs before this component")
    # Worked out once for both components: the delegates component changes no event, mention or sentence it reads.
    memo = st.view.memo("sections")
    if "owner" not in memo:
        memo["owner"] = document.sections(st.view, st.events)
    return st, st.view, memo["owner"]


@Language.component("readout_delegates_v1", requires=["doc._.readout"], assigns=["doc._.readout"])
def delegates(doc: Doc) -> Doc:
    st, view, owner = _sectioned(doc)
    ner = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
    held = _held_by_sentence(st)
    past = _past_sentences(view, st, held)
    marked: dict[int, set[int]] = {}
    signers: dict[int, set[str]] = {}  # a signing's people named as its signatories
    for s in view.sents:
        a = owner.get(s.idx)
        if a is None or s.idx in past or (view.grammar.told_before.search(s.text) and not held.get(s.idx)) \
                or _note_of_another_day(view, s, a) or (not held.get(s.idx) and (_day_before_event(view, s, a) or
                    _history(view, s) or view.grammar.planned_meeting.search(s.text)
                    or view.grammar.ceremony_attended.match(s.text) and spec(a.event.type).meeting)):
            continue  # the people of a past event mentioned here (a photo caption, `… 한 바 있다`) are not this one's
        if not people_mod.is_attendance(view, s, any(not _own_past(view, m) for _, m in held.get(s.idx, []))):
            # `The founding partners are A, B, C …`: who takes part, named without an attendance verb.
            a.parties.extend(document.enumerated_parties(view, s))
            continue
        signing = _signing_named(view, s, st.events, a, held)
        a = _named_in_roster(view, s, st.events) or signing or a
        # (any held event of the sentence: `paid a courtesy call on X, and signed …`, the signing owning the sentence)
        call = any(m.sent.idx == s.idx and m.counterpart for m in a.event.mentions) or any(
            m.counterpart for _, m in held.get(s.idx, []))
        found = people_mod.find_people(view, s, ner, call_is_event=call)
        if asides := view.grammar.asides(view, s):  # `X, who met Y on Tuesday, held talks with Z`: not Y
            found = [p for p in found if not any(a <= p.start < b for a, b in asides)]
        if found and (held_venue := view.grammar.held_venue) is not None and (
                venues := [(a, b) for a, b in view.grammar.venue_spans(view, s) if held_venue.match(view.text, a)]):
            # `열린 A와 B 간 정상회담을 계기로`: the people of the host gathering held, not of the meeting beside it
            found = [p for p in found if not any(a <= p.start < b for a, b in venues)]
        if addressed := view.grammar.addressees(view, s):  # `X에게 보내는 친서를 전달`: X is not there
            found = [p for p in found if not any(a <= p.start < b for a, b in addressed)]
        who = view.grammar.subject_reference(s)
        if len({p.key for p in found}) < 2 and (pair := view.grammar.pair_reference) is not None \
                and (two := pair.match(s.text)) and (not found or two.groupdict().get("their")) and any(
                len({p.key for p in b.people}) < 2 for b in [a, *(b for b, _ in held.get(s.idx, []))]):
            # `During their talks, the two officials discussed …`, `이날 두 장관은 … 체결식에도 임석하였다`: an event
            # with no one named yet (`At their meeting, Ishiba also told Chapo …`: one named by surname)
            named = {w for p in found for w in p.name.split()}
            found += [copy.copy(p) for p in document.pair_before(view, s, ner, two.group("noun") or "")
                      if not named & set(p.name.split())]
            who = None if found else who
        if who and not any(p.start < s.start + view.grammar.subject_reference_end(s) for p in found):
            antecedent = document.antecedent(view, s, who, ner)
            if antecedent is not None:
                found.insert(0, copy.copy(antecedent))
        elif who is None and (found and view.grammar.zero_subject(view, s)
                              or not found and view.grammar.attends_unnamed(view, s)):
            # `같은 날 저녁에는 B 총리와 만찬 회담을 했다`: who met B is the one the text was about.
            antecedent = document.home_topic(view, s, ner)
            if antecedent is not None and all(p.name != antecedent.name and p.country != antecedent.country
                                              for p in found):
                found.insert(0, copy.copy(antecedent))
        for member in document.delegation_members(view, s, ner):
            if all(p.name != member.name for p in found):
                found.insert(0, copy.copy(member))  # `특사단은 …`: the delegation formed before
        if (title := view.grammar.object_reference(s)) is not None \
                and (ref := document.titled_before(view, title[1], title[0], ner)) is not None \
                and all(p.name != ref.name for p in found):
            found.append(copy.copy(ref))  # `The Secretary met with the External Affairs Minister`
        if found and (leader := document.schedule_leader(view, s, ner)) is not None \
                and all(p.name != leader.name and p.country != leader.country for p in found):
            found.insert(0, copy.copy(leader))  # `① 6.10.(월) 한-X 정상회담 - A 대통령` under the trip's header
        everyone = found
        here = held.get(s.idx, [])
        met = [(b, m.counterpart) for b, m in here if m.counterpart]
        if met and (len({id(b) for b, _ in met}) > 1 or met[0][0] is not a):
            found = document.split_met(a, found, met)
        a.people.extend(found)
        # `X met Y and signed an MOU`: another held event of the sentence with no one met (a signing) has all of
        # the sentence's people.
        for b in {id(b): b for b, _ in here if b is not a}.values():
            if not any(b is x for x, _ in met):
                # (a meeting of its own, `… 한미일 외교장관회의를 한 직후 양자 회담을 했다`, not with the one the other
                # met; a signing has them all: `met Y and signed an MOU`)
                others = [w for _, w in met] if spec(b.event.type).meeting else []
                b.people.extend(copy.copy(p) for p in everyone if not any(q.name == p.name for q in b.people)
                                and not any(same_person(frozenset(p.name.split()), w) for w in others))
                if everyone and people_mod.head_marked(view, s):
                    marked.setdefault(id(b), set()).add(s.idx)
        a.parties.extend(document.enumerated_parties(view, s))
        if found and signing is not None:
            signers.setdefault(id(a), set()).update(p.name for p in found)
            # (the other documents of the list under the same lead were signed by them too)
            for b in _listed_with(st.events, signing):
                b.people.extend(copy.copy(p) for p in found if not any(q.name == p.name for q in b.people))
                signers.setdefault(id(b), set()).update(p.name for p in found)
        if found and people_mod.head_marked(view, s):
            marked.setdefault(id(a), set()).add(s.idx)
        _own_clause_people(s, here)
    document.noted_members(view, st.events)
    document.lead_people(view, st.events, ner)
    document.resolve_short_names(st.events, view, ner)
    document.stated_sides(view, st.events, ner)
    document.companions_side(view, st.events)  # (before the sides read from the event: a companion's is their lead's)
    document.foreign_sides(view, st.events)
    document.unclaimed_side(view, st.events)
    document.home_names(view, st.events)
    document.companions_side(view, st.events)
    for a in st.events:
        people_mod.assign_heads(view, a.people, marked.get(id(a), set()))
    document.share_people(view, st.events)
    document.referred_pair(view, st.events, ner)
    document.signing_people(view, st.events)
    for a in st.events:
        if id(a) in signers:  # who signed heads the signing, not the leaders witnessing it
            for p in a.people:
                p.head = p.name in signers[id(a)]
    event_model.lend_people(st.events)
    document.stated_roles(st.events)  # (last: what is shown, after the steps that read roles to place people)
    return doc


_HISTORY_DAYS = 60


def _held_by_sentence(st: Analysis) -> dict[int, list[tuple[Assembled, EventMention]]]:
    """The held events each sentence reports, with their mentions there (read per sentence, built once)."""
    held: dict[int, list[tuple[Assembled, EventMention]]] = {}
    for b in st.events:
        if not b.event.mentioned:
            for m in b.event.mentions:
                held.setdefault(m.sent.idx, []).append((b, m))
    return held


def _past_sentences(view: View, st: Analysis, held: dict[int, list[tuple[Assembled, EventMention]]]) -> set[int]:
    """The sentences telling a past event mentioned in passing, before any held one (`Trudeau sat down with Kishida
    on Thursday, a day after Kishida signed a pact in London` keeps its people): their people and what they did are
    that event's."""
    past_at: dict[int, int] = {}  # sentence -> where its first past event is told
    for b in st.events:
        for m in b.event.mentions if b.event.mentioned else ():
            if not _told(view, m) and not any(a < m.trig_start < b for a, b in view.grammar.asides(view, m.sent)):
                past_at[m.sent.idx] = min(past_at.get(m.sent.idx, m.trig_start), m.trig_start)
    return {i for i, at in past_at.items() if not any(m.trig_start < at for _, m in held.get(i, []))}


def _history(view: View, s: Sent) -> bool:
    """`Relations collapsed in 2013 after the military, then led by X, ousted President Y`: a sentence whose every
    date is months before the report, telling no held event, is history; its people attended nothing reported."""
    if view.published is None:
        return False
    dates = [d for d in view.dates_in(s.start, s.end) if d.kind in ("day", "month", "year")]
    return bool(dates) and all(d.value is not None and (view.published - d.value).days > _HISTORY_DAYS
                               and (d.kind != "year" or d.value.year < view.published.year) for d in dates)


def _note_of_another_day(view: View, s: Sent, a: Assembled) -> bool:
    """`※ 가서명: '23.5.17.(수), 서울 / A – B`: a note line telling another day only (an earlier round, the
    initialling) names the people of that day, not of the event it is a note to."""
    line = view.text[view.text.rfind("\n", 0, s.start) + 1:s.end]  # (the mark may be a sentence of its own)
    if not line.lstrip().startswith("※"):
        return False  # (most sentences: no dates read)
    days = [d.value for d in view.dates_in(s.start, s.end) if d.kind == "day" and d.value]
    return bool(days) and a.event.date not in days


def _day_before_event(view: View, s: Sent, a: Assembled) -> bool:
    """`On his arrival yesterday evening (20), he was received at the airport by X` before talks on the 21st: a
    sentence that tells no held event and only days before its event's names the people of those days."""
    if a.event.date is None:
        return False
    dates = [d for d in view.dates_in(s.start, s.end) if d.kind == "day" and d.value]
    # (not `도착한 19일부터 전 일정을 수행한 X도 자리했다`: a span from that day runs into the event's)
    return bool(dates) and all(d.value < a.event.date and not _SINCE_AFTER.match(view.text, d.end)
                               and not _SINCE_BEFORE.search(view.text, max(0, d.start - 8), d.start) for d in dates)


_SINCE_AFTER = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:부터|이래|이후)")
_SINCE_BEFORE = re.compile(r"\b(?:since|from)\s+(?:the\s+)?$", re.I)


def _own_clause_people(s: Sent, here: list[tuple[Assembled, EventMention]]) -> None:
    """`X는 A와 회담을 하고, 이어 B와도 회담했다`: a meeting told in a coordinated clause of its own has the people
    named in that clause and in the shared subject, not those of the other clauses (people named outside the
    sentence, an antecedent, stay)."""
    spans: dict[int, list[tuple[int, int]]] = {}
    owners: dict[int, Assembled] = {}
    whole = {id(b) for b, m in here if m.shared is None}  # also told by a predicate of the whole sentence
    for b, m in here:
        if m.shared is None or id(b) in whole:
            continue
        spans.setdefault(id(b), []).extend((m.clause, m.shared))
        owners[id(b)] = b
    for k, own in spans.items():
        b = owners[k]
        b.people = [p for p in b.people if not s.start <= p.start < s.end or any(lo <= p.start < hi for lo, hi in own)]


def _own_past(view: View, m: EventMention) -> bool:
    """`at their meeting in Bali last November`: the meeting noun has a past time of its own."""
    return bool(view.grammar.own_past_time.match(view.text, m.trig_end, m.sent.end))


def _told(view: View, m: EventMention) -> bool:
    """`회의는 … 주재로 진행됐다`: a bare head noun in an undated sentence is the meeting at hand (where the grammar
    says so), not a past one of its own; one given a day (`회담('24.5.26.)`) is another meeting, as is one the
    sentence refers back to (`출범 회의는 당시 A와 B가 주재해 …`)."""
    back = view.grammar.back_reference
    return (view.grammar.bare_mention_told and not view.grammar.specific(view, m)
            and not any(d.kind == "day" for d in view.dates_in(m.sent.start, m.sent.end))
            and not (back is not None and back.search(m.sent.text)))


def _named_in_roster(view: View, s: Sent, events: list[Assembled]) -> Assembled | None:
    """`참석자(정책협의회):` over attendee lines at the end of a release: the held event of that name, not the one
    whose section the lines fall in (the last event told)."""
    label = people_mod.roster_meeting(view, s)
    if label is None:
        return None
    named = [b for b in events if not b.event.mentioned and any(
        m.name and label in re.sub(r"\s+", "", m.name) for m in b.event.mentions)]
    return named[0] if len(named) == 1 else None


def _signing_named(view: View, s: Sent, events: list[Assembled], owner: Assembled,
                   held: dict[int, list[tuple[Assembled, EventMention]]]) -> Assembled | None:
    """`After the talks, the two leaders attended a ceremony for the signing of seven documents. … Among the
    signatories were A and B.`: a sentence naming who signed, with no held event of its own, is the signing's told
    last before it on its section's day (the meeting's section would take its people)."""
    pattern = view.grammar.signatories
    # (`A and B signed the document … after holding bilateral talks`: a sentence whose held events are meetings
    # only still names the signing's signatories; one that tells a signing of its own keeps them.)
    if pattern is None or any(spec(b.event.type).owns_only_its_sentences for b, _ in held.get(s.idx, [])) \
            or not pattern.search(s.text):
        return None
    # (a document of a list below its lead, `아래 문서들에 대한 서명식이 진행됐습니다`, is told at the lead)
    told = [(max(i for m in b.event.mentions if (i := _told_at(m)) <= s.idx), k) for k, b in enumerate(events)
            if not b.event.mentioned and spec(b.event.type).owns_only_its_sentences
            and b.event.date == owner.event.date and any(_told_at(m) <= s.idx for m in b.event.mentions)]
    return events[max(told)[1]] if told else None


def _listed_with(events: list[Assembled], a: Assembled) -> list[Assembled]:
    """The other documents of the list `a` is an item of (`아래 문서들에 대한 서명식` over `① …`, `② …`)."""
    leads = {i for m in a.event.mentions if (i := _lead_above(m)) is not None}
    return [b for b in events if b is not a and leads and any(_lead_above(m) in leads for m in b.event.mentions)]


def _lead_above(m: EventMention) -> int | None:
    """The sentence of the lead a list item is told under, when it comes before the item's own."""
    return m.lead.idx if m.lead is not None and m.lead.idx < m.sent.idx else None


def _told_at(m: EventMention) -> int:
    lead = _lead_above(m)
    return m.sent.idx if lead is None else lead


@Language.component("readout_commitments_v1", requires=["doc._.readout"], assigns=["doc._.readout"])
def commitments(doc: Doc) -> Doc:
    st, view, sections = _sectioned(doc)
    _rounds_told(view, sections)
    owner = document.content_owners(view, st.events, sections)
    assign_commitments(st, view, owner, topic_model.clause_topics(view, (s for s in view.sents if s.idx in owner),
                                                                     owner=owner))
    return doc


def _rounds_told(view: View, sections: dict[int, Assembled]) -> None:
    """`… held talks in Kuala Lumpur. It was the fifth round between the two teams.`: the round a sentence of the
    event's section tells, when its mentions name none."""
    for s in view.sents:
        a = sections.get(s.idx)
        if a is None or a.event.mentioned or any(m.ordinal is not None for m in a.event.mentions) \
                or any(m.sent.idx == s.idx for m in a.event.mentions):
            continue
        if (n := view.grammar.round_told(s)) is not None:
            a.event.mentions[0].ordinal = n


def _named_here(a: Assembled, idx: int) -> bool:
    """The event is a signing or launch told in sentence `idx` whose name owns only its sentences (a plain loop:
    asked for every sentence an event owns)."""
    for m in a.event.mentions:
        if m.sent.idx == idx:
            sp = spec(m.type)
            if sp.commitment_from_name and sp.owns_only_its_sentences:
                return True
    return False


def assign_commitments(st: Analysis, view: View, owner: dict[int, Assembled],
                     model: topic_model.ClauseTopics | None) -> None:
    """Each event's commitments and next meeting; clause topics from `model` when given (READOUT_TOPICS)."""
    for a in st.events:
        if spec(a.event.type).commitment_from_name and not a.event.mentioned:
            # What was signed or launched is itself the commitment.
            covered: set[int] = set()  # sentences whose `covering …` list was read
            for m in a.event.mentions:
                if m.name_start is None:
                    continue
                # The name and what modifies it (`기술유출 법 집행 협력을 위한 의향서`), from a word's start, give
                # the topics; the clause naming it is the quote and tells whose commitment it is.
                lo, hi = max(m.sent.start, m.name_start - 30), m.name_end or m.name_start
                while lo > m.sent.start and lo < m.name_start and not view.text[lo - 1].isspace():
                    lo += 1
                a.commitments.extend(commit_mod.find_commitments(
                    view, Sent(m.sent.idx, lo, hi, view.text[lo:hi]), force=True, people=a.people,
                    quote_span=commit_mod.clause_at(view, m.sent, m.name_start)))
                # `… were signed, covering energy, digitization and investment`: the fields the documents cover.
                cover = commit_mod.coverage(view, m.sent, hi) if m.sent.idx not in covered else None
                if cover is not None:
                    covered.add(m.sent.idx)
                    a.commitments.extend(commit_mod.find_commitments(
                        view, cover, force=True, people=a.people,
                        quote_span=commit_mod.clause_at(view, m.sent, cover.start)))
    items = commit_mod.list_items(view)
    fallbacks: dict[int, list[str]] = {}  # per event: its names' topics are the same for each of its sentences
    back = view.grammar.back_reference
    # (only a text that refers back anywhere can hold such a sentence: most are skipped in one search)
    past = _past_sentences(view, st, _held_by_sentence(st)) if back is not None and back.search(view.text) else set()
    for s in view.sents:
        cue = "strong" if s.idx in items else None
        a = owner.get(s.idx)
        if a is None or s.idx in past and back is not None and back.search(s.text):
            continue  # (`출범 회의는 당시 … 주재해 공급망 … 등을 다뤘다`: what an earlier meeting dealt with, then)
        nxt = commit_mod.find_next(view, s, view.dates_in(s.start, s.end))
        if nxt is not None and nxt.when != "regular":
            at = nxt.at
            whose, nxt = next_round(view, s, a, st.events, nxt)
            skip = whose is None  # another meeting's (`이어 27일에는 제2차 한미 … 회의를 가질 예정` after a trilateral)
            if whose is not None and nxt is not None and (whose.next is None or whose.next.when == "regular"):
                whose.next = nxt  # an announced next meeting says more than `held regularly`
                skip = not nxt.verb_only  # meeting regularly is a commitment (records.md rule 11); the next round not
            part = _before_next(view, s, at) if skip else s
            if part is None:
                continue
            s = part
        elif nxt is not None and a.next is None:
            a.next = nxt
        if _named_here(a, s.idx):
            # (`signed a joint communiqué, committing to expand cocoa trade`: what the clause after the name commits to)
            end = max((m.name_end or 0 for m in a.event.mentions if m.sent.idx == s.idx), default=0)
            if s.start < end < s.end:
                rest = Sent(s.idx, end, s.end, view.text[end:s.end])
                a.commitments.extend(commit_mod.find_commitments(view, rest, people=a.people, model=model))
            continue
        fallback = fallbacks.get(id(a))
        if fallback is None:
            names = " ".join(m.name or "" for m in a.event.mentions)
            fallback = fallbacks[id(a)] = (commit_mod.topics_of(view, names)[:1]
                                           if view.grammar.name_topic_fallback else [])
        a.commitments.extend(commit_mod.find_commitments(view, s, fallback=fallback, cue=cue, people=a.people,
                                                         model=model))


def _before_next(view: View, s: Sent, at: tuple[int, int] | None) -> Sent | None:
    """The clauses of `s` before the one announcing a next or another meeting (`긴밀히 협력해 나가기로 하였으며, 제3차
    대화는 한국에서 개최하기로 하였다`): agreed on their own; None when the announcement is the whole sentence."""
    if at is None:
        return None
    cut = commit_mod.clause_at(view, s, s.start + at[0])[0]
    if cut <= s.start:
        return None
    return Sent(s.idx, s.start, cut, view.text[s.start:cut])


def _round(a: Assembled) -> int | None:
    return next((m.ordinal for m in a.event.mentions if m.ordinal is not None), None)


def next_round(view: View, s: Sent, a: Assembled, events: list[Assembled],
               nxt: commit_mod.NextMeeting) -> tuple[Assembled | None, commit_mod.NextMeeting | None]:
    """Whose next round `s` announces, and which: the sentence's event `a`, or the one meeting whose round is the
    one before (`제2차 대화는 '25년 하반기` in a paragraph on a signing). No event: another meeting's (its name
    names other parties); no next meeting: the sentence names no next round after all."""
    if nxt.ordinal == 1 or a.event.type == "statement":
        # `the first meeting of the new Council, to be held …`: a new body's start; a statement meets no rounds
        return a, None
    whose = a
    if nxt.ordinal is not None and _round(a) != nxt.ordinal - 1:
        before = [b for b in events if not b.event.mentioned and _round(b) == nxt.ordinal - 1]
        whose = before[0] if len(before) == 1 else a
    own = _round(whose)
    if nxt.ordinal is not None and own is not None and nxt.ordinal <= own:
        return a, None  # this round or one before (`제9차 정상회의를 열고 … 정례적으로 개최하기로`)
    # Only the round's name tells whose it is: a host, venue or co-chair named around it takes no part in this one.
    lo, hi = nxt.at or (0, len(s.text))
    if document.names_other_parties(view, Sent(s.idx, s.start + lo, s.start + hi, s.text[lo:hi]), whose):
        return None, None
    # A round at another level is another series' (`the next Trilateral Summit` after a ministers' meeting).
    said = next((lv for lv, p in view.grammar.levels if re.search(p, s.text[lo:hi], re.I)), None)
    if said is not None and (own_level := event_level(view, whose)) is not None and said != own_level:
        return None, None
    if nxt.ordinal is None and own is not None:
        nxt = commit_mod.NextMeeting(own + 1, nxt.when, nxt.at, nxt.verb_only)  # after the fifth, the sixth
    return whose, nxt


COMPONENTS = ["readout_gazetteer_ruler_v1", "readout_dates_v1", "readout_events_v1", "readout_delegates_v1",
              "readout_commitments_v1"]


@functools.cache
def nlp_for(lang: str) -> Language:
    grammar = grammar_for(lang)
    if grammar is None:
        raise ValueError(f"no grammar for language {lang!r}")
    return grammar.make_nlp(COMPONENTS)


def korean_nlp() -> Language:
    return nlp_for("ko")


def english_nlp() -> Language:
    return nlp_for("en")


def run(text: str, lang: str, published: date | None = None, title: str | None = None,
        home: str | None = None, lean: bool = False) -> Doc:
    """The pipeline over a text. `lean`: the Doc only carries the analysis (`doc._.readout`) where the tokenizer
    can make such a Doc (Korean: no spaCy tokens, tags or lemmas, which no component reads); for callers that want
    the records only."""
    nlp = nlp_for(lang)
    analysis_doc = getattr(nlp.tokenizer, "analysis_doc", None) if lean else None
    doc = analysis_doc(text) if analysis_doc is not None else nlp.make_doc(text)
    doc._.readout = Analysis(grammar_for(lang), text, published, title, home)  # type: ignore[arg-type]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def document_language(doc: DocumentRecord, text: str) -> str | None:
    lang = normalise_lang(doc.lang)
    if lang is not None and grammar_for(lang) is not None:
        return lang
    return detect_language(text)


@contextmanager
def _collected_after() -> Iterator[None]:
    """No cyclic garbage collection while one document is analysed. A document makes thousands of objects
    (morphemes, tokens, mentions) that live until it is done and are freed by reference counting then; a
    collection in the middle visits all of them and moves them to older generations, to be visited again (about
    a collection per document, ~5% of the pipeline's Python time in the profile). Counted allocations go on, so
    the next collection, outside this window, finds what is left: the few objects that outlive the document."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def extract_document(doc: DocumentRecord) -> list[EventRecord]:
    """All events of one document (main and mentioned), as validated records, in the order of the text."""
    with _collected_after():
        return _extract(doc)


def prime_documents(docs: Sequence[DocumentRecord], limit: int | None = None) -> int:
    """Before a batch is extracted one document at a time: let each language's tokenizer that can analyse texts
    ahead (Korean: Kiwi) do so for the whole batch, up to `limit` characters (the tokenizer's default when None).
    Returns the characters analysed ahead."""
    texts: dict[str, list[str]] = {}
    for doc in docs:
        text = clean_text(doc.text)
        lang = document_language(doc, text) if text.strip() else None
        if lang is not None and grammar_for(lang) is not None:
            texts.setdefault(lang, []).append(text)
    done = 0
    for lang, batch in texts.items():
        prime = getattr(nlp_for(lang).tokenizer, "prime", None)
        if prime is not None:
            done += prime(batch) if limit is None else prime(batch, max(0, limit - done))
    return done


def _extract(doc: DocumentRecord) -> list[EventRecord]:
    text = clean_text(doc.text)
    if not text.strip():
        return []
    lang = document_language(doc, text)
    if grammar_for(lang) is None:
        log.info("document %s: no grammar for language %r, no events", doc.id, lang)
        return []
    published = doc.published_date()
    sdoc = run(text, lang, published, clean_text(doc.title) if doc.title else None, home_country(doc.source, doc.url),
               lean=True)
    return records_of(sdoc, doc)


def records_of(sdoc: Doc, doc: DocumentRecord) -> list[EventRecord]:
    """The records of a document the pipeline has run on."""
    st: Analysis = sdoc._.readout
    view = st.view
    assert view is not None
    ordered = sorted(st.events, key=lambda a: min(m.sent.start for m in a.event.mentions))
    records = [to_record(view, a, doc.id, doc.url, doc.source) for a in ordered]
    wire = view.grammar.wire_dateline(view)
    remote = {r.id for a, r in zip(ordered, records, strict=True)
              if r.location.city is None and (is_remote(view, a) or named_remote(r))}
    placed = {r.id for a, r in zip(ordered, records, strict=True) if any(m.place is not None for m in a.event.mentions)}
    return with_day_city(document.with_parties(view, records), city_name(wire) if wire is not None else None,
                         remote, placed)
