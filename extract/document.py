"""Whole-document rules: which event each sentence belongs to (sections), people shared between
same-day meetings, one-word names resolved to full names, and parties for events that name none."""
from __future__ import annotations

import copy
import dataclasses
import functools
import re

from extract.build import Assembled, event_location
from extract.commitments import clause_at, is_bullet
from extract.delegates import Person, find_people
from extract.events import named_bilateral, same_person
from extract.gazetteer import get_gazetteer
from extract.shared_rules import shared_rules
from extract.spec import spec
from extract.view import Sent, View
from streams.records import EventRecord


def side(a: Assembled) -> bool:
    """A side meeting of its own (`별도 면담을 갖고`)."""
    for m in a.event.mentions:  # (a loop, not a generator: asked for every sentence of every event)
        if m.separate:
            return True
    return False


def sections(view: View, assembled: list[Assembled]) -> dict[int, Assembled]:
    """Each sentence belongs to the main event mentioned last at or before it."""
    main = [a for a in assembled if not a.event.mentioned]
    owner: dict[int, Assembled] = {}
    if not main:
        return owner
    marks = sorted((m.sent.idx, k) for k, a in enumerate(main) for m in a.event.mentions)
    current = main[marks[0][1]]
    meeting = current if spec(current.event.type).meeting else None
    it = iter(marks)
    nxt = next(it, None)
    last_main = None
    returned = False  # the sentences after a launch went back to the meeting
    lead: Assembled | None = None  # the owner of a list's lead sentence (`… will:`), while its items run
    side_paragraph: Assembled | None = None  # a side meeting told first in its paragraph, while the paragraph runs
    headed: Assembled | None = None  # the meeting a bracketed heading names, until the next heading
    telling = {m.sent.idx for a in main for m in a.event.mentions}  # the sentences that tell a main event
    for s in view.sents:
        if opens_paragraph(view, s):
            side_paragraph = None
        while nxt is not None and nxt[0] <= s.idx:
            returned = returned and current is main[nxt[1]]
            current = main[nxt[1]]
            meeting = current if spec(current.event.type).meeting else meeting
            nxt = next(it, None)
        # `At the meeting, the ministers agreed …` after a signing: the meeting's, not the agreement's.
        back = meeting is not None and current is not meeting and view.grammar.at_meeting.match(s.text)
        # An agreement signed at the day's meeting owns only the sentences naming it or opening on it (`Under the
        # Accord, …`, `The memorandum will …`, `이번 파트너십에 따라 …`); what follows (the outcomes, `다음 성과를
        # 확인하였다`) is the meeting's.
        signed_at = (meeting is not None and spec(current.event.type).owns_only_its_sentences
                     and current.event.date == meeting.event.date
                     and not any(m.sent.idx == s.idx for m in current.event.mentions)
                     and not _opens_on(view, s, current)
                     # (`… signed the Memorandum.` then `It rests on five pillars …`: a pronoun goes on with it, as
                     # does `아울러 …` after `동 MOU에 따라 …`)
                     and not (owner.get(_before(view, s)) is current and (view.grammar.refers_to(s.text, [])
                                                                   or _carries_on(view, s, main))))
        # `We launched the X Partnership.` then `We also decided …` (not `The partnership will …`): the meeting's.
        at_day_meeting = (meeting is not None and spec(current.event.type).owns_referring_sentences
                          and current.event.date == meeting.event.date and _first(meeting) <= _first(current))
        launched_at = at_day_meeting and not any(m.sent.idx == s.idx for m in current.event.mentions)
        if launched_at and not returned:
            returned = _actors_speak(view, s) and not view.grammar.refers_to(s.text, _names(view, current))
        # `A and B launched X and agreed to …, in their first summit`: a sentence naming the meeting is the meeting's.
        both = at_day_meeting and meeting is not None and any(m.sent.idx == s.idx for m in meeting.event.mentions)
        owner[s.idx] = meeting if back or signed_at or (launched_at and returned) or both else current
        if side(current) and any(m.sent.idx == s.idx for m in current.event.mentions):
            # `Later on Thursday, X called on Prime Minister Y.` opening a paragraph: the paragraph is its report.
            side_paragraph = current if opens_paragraph(view, s) else None
        elif side(current) and side_paragraph is not current:
            owner[s.idx] = last_main if last_main is not None else current  # a side meeting owns its sentence
        owner[s.idx] = _met_named(view, s, main, owner[s.idx]) or owner[s.idx]
        if (latter := _latter_meeting(view, s, main)) is not None:
            owner[s.idx] = latter
            side_paragraph = latter if side(latter) and opens_paragraph(view, s) else side_paragraph
        if (head := _BRACKET_HEADING.fullmatch(s.text)) is not None:
            headed = _headed(view, head.group(1), main)
        if headed is not None and s.idx not in telling:
            owner[s.idx] = headed  # `[Courtesy Call on President X]`: the lines under it report that call
        # `Under the Partnership, the two countries will:` then `- protect …;` items: the lead's, item by item.
        if lead is not None and is_bullet(s.text) and s.idx not in telling:
            owner[s.idx] = lead
        else:
            lead = owner[s.idx] if s.text.rstrip().endswith(":") else None
        if not side(owner[s.idx]):
            last_main = owner[s.idx]
    return owner


def _latter_meeting(view: View, s: Sent, main: list[Assembled]) -> Assembled | None:
    """`Wang met Modi on Tuesday, hours after he and Doval held the 24th round of talks.` then `At that meeting, …`:
    the meeting the previous sentence names last."""
    that = view.grammar.at_that_meeting
    if that is None or s.idx == 0 or not that.match(s.text):
        return None
    told = sorted((m.trig_start, k) for k, a in enumerate(main) if spec(a.event.type).meeting
                  for m in a.event.mentions if m.sent.idx == s.idx - 1)
    return main[told[-1][1]] if len({k for _, k in told}) >= 2 else None


def opens_paragraph(view: View, s: Sent) -> bool:
    """The sentence is the first of its paragraph (a line break before it, or the text's first)."""
    if s.idx == 0:
        return True
    before = view.text[view.sents[s.idx - 1].start:s.start]  # (a sentence's span may hold the line break after it)
    return "\n" in before[len(before.rstrip()):]


# `[Foreign Ministers' Meeting]`, `<한-베트남 외교장관회담>`, `【Courtesy Call on President X】`: a heading line of
# its own, opening the outline of one of the meetings told before.
_BRACKET_HEADING = re.compile(r"\s*[\[【<〈]([^\[\]【】<>〈〉\n]{3,80})[\]】>〉]\s*")


def _headed(view: View, heading: str, main: list[Assembled]) -> Assembled | None:
    """The one meeting a heading names: by the person met (`Courtesy Call on President X`) or by its name."""
    key = heading.casefold().strip()
    words = set(re.findall(r"\w+", key))
    meetings = [a for a in main if spec(a.event.type).meeting]
    # (`ZELENSKYY` met, `President Zelenskyy` in the heading)
    named = [a for a in meetings if any({w.casefold() for w in m.counterpart} & words for m in a.event.mentions)]
    if not named and (obj := re.search(r"\b(?:with|on)\s+((?:\S+\s+){2,}\S+)$", heading)):
        # (`[Meeting with Minister of Commerce, Trade and Industry]`: the office of the one met, told after the verb)
        office = obj.group(1).casefold()
        named = [a for a in meetings if any(
            m.counterpart and office in view.text[m.trig_end:m.trig_end + 160].casefold() for m in a.event.mentions)]
    if not named:  # (`[Foreign Ministers' Meeting]`: a name of two words or more, not a bare `talks`)
        named = [a for a in meetings if any(m.name and len(min(key, m.name.casefold(), key=len).split()) >= 2 and (
            key in m.name.casefold() or m.name.casefold() in key) for m in a.event.mentions)]
    return named[0] if len(named) == 1 else None


def _met_named(view: View, s: Sent, main: list[Assembled], current: Assembled) -> Assembled | None:
    """`She also met Minister Hayashi.` then `The Secretary and Minister Hayashi discussed …`: a sentence naming
    by title the one person met at exactly one meeting told before it (and not whom its own event met) is that
    meeting's, though a side meeting's or another meeting's section would take it."""
    if any(m.sent.idx == s.idx for a in main for m in a.event.mentions):
        return None
    if any(m.counterpart and view.grammar.names_titled(m.counterpart, s.text) for m in current.event.mentions):
        return None
    named = [a for a in main if a is not current and _first(a) < s.idx and any(
        m.counterpart and view.grammar.names_titled(m.counterpart, s.text) for m in a.event.mentions)]
    return named[0] if len(named) == 1 else None


def content_owners(view: View, assembled: list[Assembled], owner: dict[int, Assembled]) -> dict[int, Assembled]:
    """Whose commitments each sentence states: its section's (`sections`), except a sentence opening on an agreement
    or a launch told before it (`Under the Accord, the two countries will …`), which states that one's content, and
    what goes on with it: the list items under it, the sentence just after it that carries on its subject (`They
    also agreed …`, `아울러 …`). Who attends stays the section's (`the sides` there are the meeting's people)."""
    main = [a for a in assembled if not a.event.mentioned]
    out = dict(owner)
    lead: tuple[Assembled, Assembled] | None = None  # (the section's owner, the content's) of a moved list lead
    last: tuple[int, Assembled] | None = None  # the last sentence opening on an agreement or launch, and that one
    for s in view.sents:
        a = owner.get(s.idx)
        if a is None:
            continue
        if lead is not None and a is lead[0] and is_bullet(s.text):
            out[s.idx] = lead[1]
            continue
        moved = _opened_on(view, s, main, a)
        if moved is None and last is not None and last[0] == _before(view, s) and _carries_on(view, s, main):
            moved = last[1]
        if moved is not None:
            out[s.idx] = moved
            last = (s.idx, moved)
        elif _owns_content(a) and _opens_on(view, s, a):
            last = (s.idx, a)  # (`동 MOU에 따라 …` in the MOU's own section)
        lead = (a, moved) if moved is not None and s.text.rstrip().endswith(":") else None
    return out


def _owns_content(a: Assembled) -> bool:
    """An agreement or a launch: what opens on it states its content."""
    return spec(a.event.type).owns_only_its_sentences or spec(a.event.type).owns_referring_sentences


def _before(view: View, s: Sent) -> int:
    """The sentence before `s` holding a word (Kiwi cuts a bullet mark, `ㅇ `, off as a sentence of its own)."""
    i = s.idx - 1
    while i > 0 and sum(ch.isalnum() for ch in view.sents[i].text) < 2:  # (`ㅇ` is a letter)
        i -= 1
    return i


def _carries_on(view: View, s: Sent, main: list[Assembled]) -> bool:
    """`They also agreed …`, `아울러 양국 기업이 …`: the sentence goes on with the one before it, telling no
    event of its own."""
    return (view.grammar.carrying_on is not None and view.grammar.carrying_on.match(s.text) is not None
            and not any(m.sent.idx == s.idx for a in main for m in a.event.mentions))


def _opened_on(view: View, s: Sent, main: list[Assembled], current: Assembled) -> Assembled | None:
    """`Under the Accord, the two countries will …`, `이번 파트너십에 따라 양측은 …`, `협정에 따라 양국은 …` after the
    meeting was told again: a sentence opening on an agreement or a launch told before it is that one's, though the
    meeting's section holds it. By the name's head (the last such event), else by its type's head when only one event
    of that type is told; never by a bare pronoun (`It also announced …`: the last subject, not the document)."""
    if view.grammar.referring_opening is None or not view.grammar.referring_opening.match(s.text):
        return None  # (most sentences: one match, no event's names read)
    if view.grammar.refers_to(s.text, []) or _opens_on(view, s, current):
        return None
    told = [a for a in main if a is not current and _first(a) < s.idx and _owns_content(a)]
    named = [a for a in told if view.grammar.refers_to(s.text, [m.name for m in a.event.mentions if m.name])]
    if named:
        return max(named, key=_first)
    typed = [a for a in told if view.grammar.refers_to(s.text, view.grammar.type_heads(a.event.type))]
    return typed[0] if len(typed) == 1 else None


def _opens_on(view: View, s: Sent, a: Assembled) -> bool:
    """The sentence opens on the event by a demonstrative with its name's head or its type's (`The agreement will
    …` after `signed the Downing Street Accord`), or by its acronym; not a bare pronoun (`It was the first …`)."""
    return view.grammar.refers_to(s.text, _names(view, a)) and not view.grammar.refers_to(s.text, [])


def _names(view: View, a: Assembled) -> list[str]:
    """The event's names and its type's head nouns (`U.S.-Brazil Partnership for Workers' Rights`, `partnership`)."""
    return [m.name for m in a.event.mentions if m.name] + view.grammar.type_heads(a.event.type)


def _first(a: Assembled) -> int:
    return min(m.sent.idx for m in a.event.mentions)


def _actors_speak(view: View, s: Sent) -> bool:
    """The subject of the sentence's first clause is who meets (`We decided …`, `In addition, the ministers agreed
    …`, `양국은`, a party or a person), not a thing (`The partnership will …`)."""
    a, b = clause_at(view, s, s.start)
    span = view.grammar.subject_span(view, s, a, b)
    if span is None:
        return False
    return bool(view.grammar.joint_subject.search(view.text[span[0]:span[1]])
                or view.mentions_in(span[0], span[1], "COUNTRY", "GROUP", "PERSON"))


def names_other_parties(view: View, s: Sent, a: Assembled) -> bool:
    """The sentence names two or more parties, and not the event's (`제2차 한미 공급망·산업대화` after a trilateral)."""
    ms = view.mentions_in(s.start, s.end, "COUNTRY", "GROUP", "SERIES")
    named = {m.id for m in ms if m.label != "SERIES" and m.id != "PRK"}
    named |= {p for m in ms if m.label == "SERIES" for p in m.extra.get("participants") or []}
    return len(named) >= 2 and named != _parties(a) | {p for m in a.event.mentions for p in m.series_participants}


def split_met(owner: Assembled, found: list[Person], met: list[tuple[Assembled, frozenset[str]]]) -> list[Person]:
    """`A 총리, B 서기장과 차례로 면담`: of a sentence's people, each one met goes to the meeting with them only;
    the others (who met them) attend every meeting of the sentence. Returns the owner's people: all of them
    when the owner meets no one named (a signing in the same sentence)."""
    mine: list[Person] = []
    taken: set[int] = set()
    for b, words in met:
        for p in found:
            if same_person(frozenset(p.name.split()), words):
                taken.add(id(p))
                if b is owner:
                    mine.append(p)
                elif not any(q.name == p.name for q in b.people):
                    b.people.append(copy.copy(p))
    rest = [p for p in found if id(p) not in taken]
    for b in {id(b): b for b, _ in met if b is not owner}.values():
        b.people.extend(copy.copy(p) for p in rest if not any(q.name == p.name for q in b.people))
    if not any(b is owner for b, _ in met):
        # `X 장관과 면담을 갖고 … 양해각서에 서명`: the signing's people are all of the sentence's; a meeting named
        # bilateral (`한미일 외교장관회의를 한 직후 양자 회담을 했다`) is not with the one the other met
        return rest if any(named_bilateral(m.name) for m in owner.event.mentions) else found
    return mine + rest


def _parties(a: Assembled) -> set[str]:
    return {p for m in a.event.mentions for p in m.participants}


def share_people(view: View, events: list[Assembled]) -> None:
    """`On the same day, the Ministers held …`: a same-day meeting of the same parties, named without
    its people, has the people of the meeting before it."""
    main = [a for a in events if not a.event.mentioned]
    for k, a in enumerate(main):
        if not spec(a.event.type).meeting:
            continue
        if not a.people and any(view.grammar.others_attend(m.sent.text) for m in a.event.mentions):
            continue  # `업계 관계자가 참석한 … 세션도 열렸다`: those who attended are said, and none is a delegate
        if not _parties(a) and not a.people and _by_same_parties(view, a):
            # `세 정상은 회의 뒤 … 비즈니스 서밋에 함께 참석했다`: those who met before attend it too.
            donor = next((b for b in reversed(main[:k]) if b.people and spec(b.event.type).meeting
                          and b.event.date == a.event.date), None)
            if donor is not None:
                a.people = _office_holders(view, a, donor)
                a.parties.extend(_parties(donor))
            continue
        if not _parties(a):
            continue
        is_side = side(a)
        if a.people and not is_side:
            continue
        donor = next((b for b in main if b is not a and b.people and spec(b.event.type).meeting
                      and b.event.date == a.event.date and _parties(a) <= _parties(b)), None) if is_side else next(
            (b for b in reversed(main[:k]) if b.people and spec(b.event.type).meeting
             and b.event.date == a.event.date and _parties(a) == _parties(b)), None)
        if donor is None:
            continue
        if is_side:
            # `조 장관은 … 웡 장관과 별도로 회담을 갖고`: of the main meeting's people, those named here.
            # (`A와 회담하고 B, C를 잇따라 만났다`: a sentence that told each meeting its person has split them.)
            split = {m.sent.idx for m in a.event.mentions if m.counterpart} & {
                m.sent.idx for m in donor.event.mentions}
            said = " ".join(m.sent.text for m in a.event.mentions if m.sent.idx not in split)
            have = {p.name for p in a.people}
            a.people.extend(copy.copy(p) for p in donor.people
                            if p.name not in have and view.grammar.named_by_family(p.name, said))
        else:
            a.people = _office_holders(view, a, donor)


# How many sides a reference counts (`the two leaders`, `세 정상`, `3국 장관`); none said, two or more.
_COUNTED_SIDES = re.compile(r"\b(two|three|four)\b|([양두세])\s?[가-힣]|([2-9])국", re.I)
_SIDES = {"two": 2, "three": 3, "four": 4, "양": 2, "두": 2, "세": 3}


def referred_pair(view: View, events: list[Assembled], ner: list[tuple[int, int]]) -> None:
    """`Modi visited Poland at the invitation of Prime Minister Donald Tusk. The two Prime Ministers held talks`,
    `윤석열 대통령은 파벨 대통령의 초청으로 … 양 정상은 … 정상회담을 갖고`: a held meeting that names no one, whose
    sentence refers to its people by their office, has the ones the text named before it with that office, the first
    of each side (the lead names the principals; `since the visit of Prime Minister X in 1979` comes after), when they
    are as many sides as the reference counts and include every party the meeting names (only those, if two or more).
    """
    for a in events:
        if a.event.mentioned or a.people or a.event.type != "dialogue":
            continue  # (at a signing, `the two leaders` are its witnesses: `signing_people`)
        parties = _parties(a) | set(a.parties)
        for m in a.event.mentions:
            for word, office in view.grammar.referred_office:
                if office is None or (hit := word.search(m.sent.text)) is None:
                    continue
                deputies = bool(_DEPUTY_SAID.search(hit.group()))
                first: dict[str, Person] = {}
                for p, x in _named_people(view, ner):
                    if x.start < m.sent.start and p.country and p.role and office.search(p.role) \
                            and _holds(office, p.role, deputies) and (len(parties) < 2 or p.country in parties):
                        first.setdefault(p.country, p)
                counted = _COUNTED_SIDES.search(hit.group())
                want = (_SIDES.get((counted.group(1) or counted.group(2) or "").lower()) or int(counted.group(3) or 0)
                        if counted else 0)
                if len(first) >= 2 and (not want or len(first) == want) and parties <= set(first):
                    a.people = [dataclasses.replace(p, head=True) for p in first.values()]
                    a.parties.extend(c for c in first if c not in a.parties)
                    break
            if a.people:
                break


def _office_holders(view: View, a: Assembled, donor: Assembled) -> list[Person]:
    """The donor's people a same-day meeting takes: only those holding the office its sentence refers to (`Before
    the consultations, the leaders held a short bilateral meeting`, `양 정상은 … 단독 회담을 가졌다`: the leaders,
    not every minister who sat in at the consultations), else all of them."""
    for m in a.event.mentions:
        for word, office in view.grammar.referred_office:
            if office is not None and (hit := word.search(m.sent.text)):
                return [copy.copy(p) for p in holding(donor.people, office, hit.group())]
    return [copy.copy(p) for p in donor.people]


# `Vice Chancellor`, `Deputy Prime Minister`, `부총리`, `부장관`: the office's deputy, not its holder (unless the
# reference says so: `the two Vice Ministers`).
_DEPUTY = re.compile(r"(?:\b(?:Vice|Deputy)[\s-]*|(?:^|\s)부)$")
_DEPUTY_SAID = re.compile(r"\b(?:vice|deputy)\b|부", re.I)


def _holds(office: re.Pattern[str], role: str | None, deputies: bool) -> bool:
    return role is None or any(deputies or not _DEPUTY.search(role[:hit.start()]) for hit in office.finditer(role))


def holding(people: list[Person], office: re.Pattern[str], said: str) -> list[Person]:
    """Of the people, those holding the office referred to (`said`: `the leaders`, `양 장관`) or of no stated role;
    all of them when none holds it by title."""
    deputies = bool(_DEPUTY_SAID.search(said))
    held = [p for p in people if _holds(office, p.role, deputies)]
    return held if any(p.role for p in held) else people


_PAIR_SAID = re.compile(r"양|두|\b(?:both|two)\b", re.I)


def signing_people(view: View, events: list[Assembled]) -> None:
    """`회담 직후 양 정상 임석하에 … 양해각서 서명식이 진행되었다`, `두 장관은 회담 직후 … 로드맵에 서명했다`, `the two
    leaders then signed …`, a joint statement's `We are pleased to announce the launch of …`: a signing or launch
    whose sentence refers to the parties' people by office (`the two leaders`, `양 장관`; not `양국`, the countries)
    or as `we` is done by the people of the meeting told last before that sentence on its day whose people hold
    that office (`양 장관`: the ministers' meeting, not the leaders' of that morning), those not named there
    already. So is a meeting (`A and B signed the Accord today. The two leaders met in …`), by the people of the
    event told before it, a signing too."""
    main = [a for a in events if not a.event.mentioned]
    for a in main:
        meeting = spec(a.event.type).meeting
        # (`양국 기업 간 MOU 46건이 체결`: the countries, not their people, are referred to.)
        # (`(ii) MoU …, signed by A and B` under `… exchanged in the presence of the two leaders:`: the lead's too)
        said = [(x.idx, roles, x.start + hit.start(), x.start + hit.end())
                for m in a.event.mentions for x in (m.sent, *((m.lead,) if m.lead is not None else ()))
                for word, roles in view.grammar.referred_office if (hit := word.search(x.text))]
        if not said:
            continue
        at, office, lo, hi = said[0]
        if office is not None and _PAIR_SAID.search(view.text[lo:hi]) and len(
                {p.country for p in a.people if _holds(office, p.role, bool(_DEPUTY_SAID.search(view.text[lo:hi])))}
                - {None}) >= 2:
            continue  # `양 장관은`, `the two ministers`: the two sides' the meeting already has
        sides = _qualified_sides(view, lo, hi) if office is not None else set()  # (`양측은 … 출범시켰`: a clause)
        told = [(max(i for m in b.event.mentions if (i := m.sent.idx) <= at), k) for k, b in enumerate(main)
                if b is not a and b.people and (spec(b.event.type).meeting or meeting)
                and b.event.date == a.event.date and any(m.sent.idx <= at for m in b.event.mentions)
                and (office is None or any(p.role and office.search(p.role) for p in b.people))]
        if not told:
            continue
        donor = main[max(told)[1]]
        # `the leaders held a short bilateral meeting` after consultations of ministers: the leaders only
        takers = donor.people if office is None else holding(donor.people, office, view.text[lo:hi])
        if office is not None and _PAIR_SAID.search(view.text[lo:hi]) and len(takers) > 2:
            # `두 장관은 … C 장관과 함께 한미일 회의를 한 직후 양자 회담을 했다`: the two are not the one another
            # meeting of the sentence met
            met = [m.counterpart for b in main if b is not a for m in b.event.mentions
                   if m.sent.idx == at and m.counterpart]
            takers = [p for p in takers if not any(same_person(frozenset(p.name.split()), w) for w in met)]
        # (beside a side's own signatory, its witness does not lead: `A – B 서명` under `양 정상 임석`)
        own = {p.country for p in a.people if p.head} if a.event.type == "agreement" else set()
        a.people.extend(dataclasses.replace(p, head=p.head and p.country not in own) for p in takers
                        if not any(q.name == p.name for q in a.people) and (not sides or p.country in sides))


def _qualified_sides(view: View, lo: int, hi: int) -> set[str]:
    """`The Indian Ministers`, `인도 측 장관들은`: the countries (not a grouping) qualifying the office referred to
    in its phrase."""
    return {m.id for m in view.mentions_in(lo, hi, "COUNTRY") if len(m.id) == 3}


_MIDDLE_INITIAL = re.compile(r"\s+[A-Z]\.(?=\s)")


def _person_key(name: str) -> str:
    """`William A. LaPlante` is `William LaPlante`: a middle initial does not make another person."""
    return _MIDDLE_INITIAL.sub("", name)


def _by_same_parties(view: View, a: Assembled) -> bool:
    """A mention's subject, before its predicate, is the parties named before (`세 정상은`, `the two ministers`)."""
    return any(view.grammar.same_parties.search(view.text, m.clause[0] if m.clause != (0, 0) else m.sent.start,
                                                m.trig_start) for m in a.event.mentions)


def stated_sides(view: View, events: list[Assembled], ner: list[tuple[int, int]]) -> None:
    """`Commissioner Fukasawa Masaki of Japan's … Agency` once, then `Dr. LaPlante and Commissioner Fukasawa held …`:
    a person's side said in their own phrase anywhere in the text holds where it is not said (no country, or only
    the publisher's by default), also when that phrase is in a sentence of no event; a person with no side at all
    takes the publisher's where another phrase gave them that by default (`Under Secretary … Dr. X traveled`)."""
    everyone = [p for a in events for p in a.people]
    stated: dict[str, set[str]] = {}
    default: dict[str, set[str]] = {}

    def note(p: Person) -> None:
        (default if p.home_side else stated).setdefault(_person_key(p.name), set()).add(p.country)

    for p in everyone:
        if p.country:
            note(p)
    needy = {_person_key(p.name) for p in everyone if p.country is None or p.home_side} - set(stated)
    for x in view.sents:  # only the sentences that name such a person are read again
        if needy and any(n.split()[-1] in x.text for n in needy):
            for p in find_people(view, x, ner):
                if _person_key(p.name) in needy and p.country:
                    note(p)
    met = {_person_key(p.name) for p in everyone if p.met}
    for p in everyone:
        sides = stated.get(_person_key(p.name), set())
        if (p.country is None or p.home_side) and len(sides) == 1:
            (p.country,) = sides
            p.home_side = False
        elif p.home_side and not sides and _person_key(p.name) in met:
            # `The Secretary met President X …`, then `… hosted by President X`: whom the publisher's people met,
            # with no side said anywhere, is not of the publisher's side by default elsewhere either.
            p.country, p.home_side = None, False
        elif p.country is None and _person_key(p.name) not in met and len(
                homes := default.get(_person_key(p.name), set())) == 1:
            (p.country,) = homes
            p.home_side = True


def stated_roles(events: list[Assembled]) -> None:
    """`Foreign Minister Cho Tae-yul met …`, then `The next day, Cho had a working breakfast with …`: a person named
    without a title where they attend holds the one title said with their name elsewhere in the text."""
    roles: dict[str, set[str]] = {}
    for a in events:
        for p in a.people:
            if p.role:
                roles.setdefault(_person_key(p.name), set()).add(p.role)
    for a in events:
        for p in a.people:
            if p.role is None and len(said := roles.get(_person_key(p.name), set())) == 1:
                (p.role,) = said


def visited_country(view: View) -> str | None:
    """The one foreign country the release names as a trip's destination (`방문규 장관, 칠레 방문`, `Secretary X's
    visit to Chile`), None when it names none or several."""
    g = view.grammar
    memo = view.memo("visited")
    if "country" in memo:
        return memo["country"]
    found = set()
    for m in view.mentions_in(0, len(view.text), "COUNTRY"):
        if m.id == view.home or m.extra.get("compound"):
            continue
        after = g.visit_after_country is not None and g.visit_after_country.match(view.text, m.end)
        before = g.visit_before_country is not None and g.visit_before_country.search(
            view.text[max(0, m.start - 30):m.start])
        if after or before:
            found.add(m.id)
    memo["country"] = found.pop() if len(found) == 1 else None
    return memo["country"]


def _sides_by_place(view: View, a: Assembled, taken: set[str]) -> None:
    """`In Kuala Lumpur on Thursday, Secretary X met with Minister Y`: a foreigner with no side of their own, met in
    a sentence that names no party but a place abroad, is of that place's country (not of a party another
    mention of the event names)."""
    for m in a.event.mentions:
        if m.participants or m.series_participants or not m.loc_country or m.loc_country in taken:
            continue
        for p in a.people:
            if p.sent == m.sent.idx and p.country is None and p.person_id is None and view.grammar.foreign_name(
                    p.name):
                p.country = m.loc_country


def foreign_sides(view: View, events: list[Assembled]) -> None:
    """`윤 대통령은 카심-조마르트 토카예프 대통령과 회담했다`: a person whose name is written as a foreigner's and
    whose own phrase names no country is of the event's one party that neither the publisher nor the event's
    other delegates stand for."""
    met = {_person_key(p.name) for a in events for p in a.people if p.met}
    for a in events:
        parties = {p for m in a.event.mentions for p in [*m.participants, *m.series_participants]}
        taken = {p.country for p in a.people if p.country} | ({view.home} if view.home else set())
        _sides_by_place(view, a, taken)
        others = parties - taken
        if len(others) > 1 and (visited := visited_country(view)) in others:
            # `… on his visit to Kazakhstan. The Secretary met President X …`, then X among the ministers of five
            # countries: whom the visitor met, with no side said, is of the country visited.
            for p in a.people:
                if p.country is None and p.person_id is None and _person_key(p.name) in met:
                    p.country = visited
        if not others:
            # `윤 대통령은 아시가바트에서 … 대통령과 정상회담`: with no other party named, the host country abroad;
            # else the one country the release's trip went to (`칠레 방문…`, `visit to Chile`).
            others = {m.loc_country for m in a.event.mentions if m.loc_country} - taken
            others = others or ({visited} - taken if (visited := visited_country(view)) else set())
            # `NEW DELHI - … Ambassador Tai also met with Minister of Finance X on January 11`: else the country
            # where the event was held, the report's dateline or the day's place.
            others = others or ({held} - taken if (held := event_location(view, a).get("country")) else set())
        if len(others) != 1:
            # `A 장관과 함께 스콧 베선트 재무장관, 제이미슨 그리어 미국 무역대표부 대표와`: when the other side already
            # has a named delegate, the one party beside the publisher's is still theirs.
            others = parties - ({view.home} if view.home else set())
            if len(others) != 1 or not view.home:
                continue
        (other,) = others
        for p in a.people:
            if p.country is None and p.person_id is None and view.grammar.foreign_name(p.name):
                p.country = other


def unclaimed_side(view: View, events: list[Assembled]) -> None:
    """`Deputy Foreign Minister X met Minister of State Y` in Y's government's release, `co-led by Foreign Secretary
    Y and U.S. Under Secretary Z`: the one person of a meeting with no side, when every other person has one, is of
    the one party of the meeting (the publisher's among them) none of them stands for."""
    for a in events:
        if a.event.mentioned or not spec(a.event.type).meeting:
            continue
        bare = [p for p in a.people if p.country is None]
        if len(bare) != 1 or len(a.people) < 2:
            continue
        parties = {p for m in a.event.mentions for p in [*m.participants, *m.series_participants]}
        left = (parties | ({view.home} if view.home else set())) - {p.country for p in a.people}
        if len(left) == 1:
            (bare[0].country,) = left


def home_names(view: View, events: list[Assembled]) -> None:
    """`이해찬 전 국무총리를 단장으로 …`: a person whose name is written as the publisher's own (a Korean name in a
    Korean release) and whose phrase names no side is of the publisher's side."""
    home = view.home or view.grammar.home_country
    if home is None:
        return
    for a in events:
        for p in a.people:
            if p.country is None and p.person_id is None and not view.grammar.foreign_name(p.name):
                p.country = home


def companions_side(view: View, events: list[Assembled]) -> None:
    """`A를 단장으로 하고 B·C 의원이 함께한 특사단은 …`, `X 대사와 Y 국장이 배석했다`: people of no side read, told as
    accompanying, are of the side of the one named before them in their sentence who leads."""
    for a in events:
        for p in a.people:
            if p.country is not None and not p.home_side \
                    or not view.grammar.companion(view, view.sents[p.sent], p.start, p.end):
                continue
            leads = [q for q in a.people if q.country and q.sent in (p.sent, p.sent - 1)
                     and not view.grammar.companion(view, view.sents[q.sent], q.start, q.end)]
            lead = [q for q in leads if q.sent == p.sent and q.start < p.start]
            if not lead and view.grammar.delegation_more.match(view.sents[p.sent].text):
                # (`The delegation was led by A. Joining A were B, …`: the subject of the sentence before)
                lead = sorted((q for q in leads if q.sent == p.sent - 1), key=lambda q: -q.start)
            if lead:
                p.country, p.home_side = lead[-1].country, False


_REFERRING_TITLES = frozenset(["secretary", "minister", "prime minister", "president", "deputy secretary",
                                "foreign minister", "vice minister", "chancellor", "commissioner", "ambassador"])


def _initials(role: str) -> str:
    """`External Affairs Minister` -> `eam`: what a title's acronym is made of."""
    return "".join(w[0] for w in re.findall(r"[A-Za-z]+", role) if w[0].isupper()).lower()


_FEMALE_HONORIFIC = re.compile(r"\b(?:Mrs|Ms|Madam|Madame|Mme)\.?\s+$")
_MALE_HONORIFIC = re.compile(r"\b(?:Mr|Monsieur)\.?\s+$")


def _named_people(view: View, ner: list[tuple[int, int]]) -> list[tuple[Person, Sent]]:
    """Everyone named, sentence by sentence, found once per document (several sentences may refer back)."""
    memo = view.memo("named_people")
    if "all" not in memo:
        memo["all"] = [(p, x) for x in view.sents for p in find_people(view, x, ner)]
    return memo["all"]


def _people_of(view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
    """The people of one sentence, found once per document (`_named_people` holds them all when it was asked)."""
    memo = view.memo("people_of_sentence")
    if s.idx not in memo:
        memo[s.idx] = find_people(view, s, ner)
    return memo[s.idx]


_WITH_OPENER = re.compile(r"\W*With\s")
_MET_BEFORE = re.compile(r"\b(?:met|meets|with|called\s+on|received|hosted|welcomed)\b")


# `Senator the Hon Penny Wong` / `Minister for Foreign Affairs`: a line of capitalised words only (no `Reporting by`)
_SIGNATURE_LINE = re.compile(r"[A-Z][\w.'’-]*(?:,?\s+(?:[A-Z][\w.'’-]*|the|of|for|and|&))*")


def _signature(view: View, ner: list[tuple[int, int]]) -> Person | None:
    """The person whose name and office close the page on lines of their own, as a minister signs a media release
    (read once per document: every `I`/`we` sentence asks)."""
    memo = view.memo("signature")
    if "person" not in memo:
        memo["person"] = _signed_foot(view, ner)
    return memo["person"]


def _signed_foot(view: View, ner: list[tuple[int, int]]) -> Person | None:
    text = view.text.rstrip()
    lines = text.rsplit("\n", 2)
    if len(lines) < 3 or not all(_SIGNATURE_LINE.fullmatch(x.strip()) for x in lines[1:]):
        return None
    office_at = len(text) - len(lines[2])
    name_at = office_at - len(lines[1]) - 1
    signed = next((p for p, _ in _named_people(view, ner) if name_at <= p.start < office_at), None)
    return signed if signed is None or signed.role else dataclasses.replace(signed, role=lines[2].strip())


_MET_CUT = re.compile(r"\b(?:with|met|held|had)\b|(?<=[가-힣])(?:과|와)\s")


def lead_people(view: View, events: list[Assembled], ner: list[tuple[int, int]]) -> None:
    """`EAM also held bilateral meetings with several counterparts on 20 February:` over `(i) With Foreign Minister
    X of Brazil, EAM discussed …`: a listed meeting's own side is its lead's people (the subject, named or referred
    to, and who accompanied it), besides the person met the item names."""
    for a in events:
        leads = {m.lead.idx: m.lead for m in a.event.mentions if m.lead is not None}
        for lead in leads.values():
            # (the lead's subject side: those named before the people met, `with …` / `…과`)
            cut = lead.start + (c.start() if (c := _MET_CUT.search(lead.text)) else len(lead.text))
            found = [p for p in find_people(view, lead, ner) if p.start < cut]
            who = view.grammar.subject_reference(lead)
            if who and (ante := antecedent(view, lead, who, ner)) is not None:
                found.insert(0, ante)
            for p in found:
                if not any(q.name == p.name or (q.person_id and q.person_id == p.person_id) for q in a.people):
                    a.people.append(copy.copy(p))


# What `the two ministers` (`두 장관`) says of the people it stands for: one of them holds such an office.
_PAIR_OFFICES = {"ministers": "minister", "secretaries": "secretary", "장관": "장관", "총리": "총리", "차관": "차관",
                 "본부장": "본부장"}


def pair_before(view: View, s: Sent, ner: list[tuple[int, int]], noun: str) -> list[Person]:
    """The two people `the two officials` (`두 장관`) stands for: those of the nearest sentence before (within four)
    that names two people of two sides, one of them holding the office the noun names (not `양 장관은 …` after
    the leaders' sentence: the ministers)."""
    office = _PAIR_OFFICES.get(noun.lower())
    for k in range(s.idx - 1, max(-1, s.idx - 5), -1):
        found = _people_of(view, view.sents[k], ner)
        if len({p.key for p in found}) > 2:  # (a name read with no side, `(Jiji Press)`, beside the two of two sides)
            found = [p for p in found if p.country]
        countries = {p.country for p in found}
        if len({p.key for p in found}) == 2 and (len(countries) == 2 or None in countries) and (
                office is None or any(office in (p.role or "").lower() for p in found)):
            return found  # (two sides: two countries, or a country not read for one of them)
    return []


def antecedent(view: View, s: Sent, who: str, ner: list[tuple[int, int]]) -> Person | None:
    """The person a referring subject (`he`, `the Secretary`, `I`) stands for: for `I`/`we` the first person the
    page names (its byline); otherwise the latest person before it who opened a sentence, with that title
    when a title refers (`the Secretary` -> `Secretary of State Antony J. Blinken`)."""
    if who in ("i", "we") and (signed := _signature(view, ner)) is not None:
        return signed  # a media release in the first person, signed at its foot
    people = [(p, x) for p, x in _named_people(view, ner) if x.start < s.start]
    if not people:
        return None
    if who in ("i", "we"):
        return people[0][0]
    # (`- With Minister X, he agreed …`: X, the object of `With`, is not who `he` is.)
    subjects = [p for p, x in people if p.start - x.start < 60 and not _WITH_OPENER.match(view.text, x.start, p.start)]
    if who in ("he", "she"):
        # `Yoon Suk Yeol and Mrs Kim Keon Hee arrived …. He then called on …`: an honorific tells the referent's sex
        other = _FEMALE_HONORIFIC if who == "he" else _MALE_HONORIFIC
        subjects = [p for p in subjects if not other.search(view.text[max(0, p.start - 8):p.start])]
        # (`On Monday, Park met with Minister X in Brasilia. He then flew to Lima …`: X, the one met, is an object)
        subjects = [p for p, x in people if p in subjects and not _MET_BEFORE.search(view.text, x.start, p.start)] \
            or subjects
    else:
        titled = [p for p in subjects if p.role and (who in p.role.lower() or _initials(p.role) == who)]
        if not titled and who not in _REFERRING_TITLES:
            return None  # an acronym that is no one's title (`KOTRA signed …`)
        subjects = titled or subjects
    return subjects[-1] if subjects else None


def delegation_members(view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
    """`특사단은 이튿날 X와 만나`: a delegation as the subject stands for the people named where the text formed it
    (`A를 단장으로 하고 B·C 의원이 함께한 특사단은`), the first such sentence before s."""
    g = view.grammar
    if not g.delegation_subject.match(s.text):
        return []
    formed = next((x for x in view.sents[:s.idx] if g.delegation_formed.search(x.text)), None)
    if formed is None:
        return []
    told = [formed]
    while told[-1].idx + 1 < s.idx and g.delegation_more.match(view.sents[told[-1].idx + 1].text):
        told.append(view.sents[told[-1].idx + 1])
    home = view.home or g.home_country
    members = [p for x in told for p in find_people(view, x, ner) if p.country in (home, None)]
    side = next((p.country for p in members if p.country), None)
    # (members of no side read are of the side of the one who leads it: `Joining … were A, a senior official`)
    return [p if p.country or side is None else dataclasses.replace(p, country=side) for p in members]


def titled_before(view: View, at: int, title: str, ner: list[tuple[int, int]]) -> Person | None:
    """The latest person named before `at` whose title ends in `title` (`Indian External Affairs Minister
    Jaishankar` in a readout's header for `the External Affairs Minister` in its body; `Prime Minister Narendra
    Modi` earlier in the sentence for `the Indian Prime Minister`, a country's adjective naming the side)."""
    side = None
    first, _, rest = title.partition(" ")
    if rest and (cid := _adjectives().get(first)) is not None:
        side, title = cid, rest
    titled = [p for p, x in _named_people(view, ner) if p.start < at and p.role and p.role.lower().endswith(title)
              and (side is None or p.country == side)]
    return titled[-1] if titled else None


@functools.cache
def _adjectives() -> dict[str, str]:
    """`indian` -> `IND`: the country each nationality adjective names."""
    return {a.lower(): c.id for c in get_gazetteer().countries for a in c.adjectives_en}


def home_topic(view: View, s: Sent, ner: list[tuple[int, int]]) -> Person | None:
    """Who a sentence that leaves out its subject is about: the latest person of the publisher's side who opened a
    sentence before it (`윤석열 대통령은 …`)."""
    found = antecedent(view, s, "he", ner)  # (fills the memo of everyone named)
    home = view.home or view.grammar.home_country
    if found is None or home is None:
        return None
    opened = [p for p, x in view.memo("named_people")["all"]
              if x.start < s.start and p.start - x.start < 60 and p.country == home]
    return opened[-1] if opened else None


def schedule_leader(view: View, s: Sent, ner: list[tuple[int, int]]) -> Person | None:
    """The publisher's person named in the header line over a schedule's numbered items (`윤석열 대통령 … 주요
    일정`, then `① 6.10.(월) 한-X 정상회담 - A 대통령`; `X held the following bilateral meetings:` over dash items):
    the trip's leader, at each item's meeting."""
    g = view.grammar
    if not g.schedule_item.match(s.text):
        return None
    k = s.idx - 1
    while k >= 0 and k > s.idx - 12 and g.schedule_item.match(view.sents[k].text):
        k -= 1
    if k < 0 or not g.schedule_header.search(view.sents[k].text):
        return None
    home = view.home or g.home_country  # (a page of no known publisher: the header's one person)
    leaders = [p for p in find_people(view, view.sents[k], ner) if home is None or p.country == home]
    return leaders[0] if len(leaders) == 1 else None


def _inner_run(words: list[str], tail: list[str]) -> bool:
    return any(words[i:i + len(tail)] == tail for i in range(1, len(words) - len(tail) + 1))


def _first_and_given(words: list[str], short: list[str]) -> bool:
    """`Tengku Zafrul` of `Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz`: a long name's first word (a hereditary
    title) and one of its later words, past the styles in between."""
    return len(short) == 2 and len(words) >= 4 and short[0] == words[0] and short[1] in words[2:]


def resolve_short_names(events: list[Assembled], view: View | None = None,
                        ner: list[tuple[int, int]] | None = None) -> None:
    """`가미카와 외무상`, `Minister Wong`: one word of a full name given elsewhere in the text is that person; with
    `view`, one named in full only in a sentence that reports no event (`X 국장이 이끄는 대표단이 …`) too."""
    everyone = [p for a in events for p in a.people]
    for p in everyone:
        words = p.name.split()
        # `빈 살만 왕세자` after `무함마드 빈 살만`: a run of a longer name's words (not its first)
        # is that person too.
        fulls = [q for q in everyone if len(q.name.split()) > len(words) and (
            p.name in q.name.split() if len(words) == 1 else _inner_run(q.name.split(), words)
            or _first_and_given(q.name.split(), words))]
        if not fulls and len(words) == 1 and view is not None and p.role and not (
                p.country == (view.home or view.grammar.home_country) and not p.home_side):
            # (not a home official whose own phrase says so, `박정훈 외교부 국장`: a Korean name is whole in one word;
            # only the sentences holding the word are read: every sentence's people cost a pass of their own)
            named = [q for s in view.sents if p.name in s.text and s.idx != p.sent
                     for q in _people_of(view, s, ner or [])]
            texts = {q.name for q in named if len(q.name.split()) > 1 and p.name == q.name.split()[-1]
                     and q.role and q.role.endswith(p.role)}
            if len(texts) == 1:  # (the name only: the side is read where the person attends)
                p.name = texts.pop()
            continue
        same = [q for q in fulls if q.country == p.country]
        full = same[0] if same else (fulls[0] if len({q.name for q in fulls}) == 1 else None)
        if full is not None:  # `오스틴 장관은` (no side given) is the `로이드 오스틴` named before
            p.name, p.name_en, p.person_id, p.country = full.name, full.name_en, full.person_id, full.country
            p.home_side = full.home_side


@functools.cache
def _party_words() -> re.Pattern[str]:
    words = shared_rules().party_words
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.I)


_TWO_SIDED = frozenset(["dialogue", "agreement"])


def with_parties(view: View, records: list[EventRecord]) -> list[EventRecord]:
    """`3국 경제단체가 … 출범했다`: the countries named for the main event; an event with no party at
    all (a city's safety meeting) is not diplomacy and is dropped."""
    same_parties = view.grammar.same_parties
    main = [r for r in records if not r.mentioned and r.participants]
    out = []
    for r in records:
        home = view.home or view.grammar.home_country
        said = same_parties.search(r.evidence or "")
        if main and not r.mentioned and (not r.participants or said and r.type == "launch" and set(
                r.participants) <= {home}):
            # The same parties (`3국`, `the two sides`, `참석 9개국과 … 파트너십을 구축`), or those of a meeting that
            # same day.
            same_day = [x for x in main if x.date and x.date == r.date and x is not r]
            if same_day or said:
                r = r.model_copy(update={"participants": list((same_day or main)[0].participants)})
        if not r.mentioned and home and len(r.participants) == 1 and r.participants[0] != home and \
                r.type in _TWO_SIDED:
            # `시진핑 주석과 통화했다`, `call on President X`: one foreign party met or signed with; the publisher's
            # country is the other side.
            r = r.model_copy(update={"participants": [*r.participants, home]})
        elif not r.mentioned and home and r.participants == [home] and r.type in _TWO_SIDED and \
                r.location.country not in (None, home):
            # `a courtesy call on President X` in Manila: the publisher's side alone, abroad, met its host.
            r = r.model_copy(update={"participants": [home, r.location.country]})
        if not r.mentioned and not r.participants and not r.series and not r.delegates and not (
                same_parties.search(r.evidence or "") or _party_words().search(r.evidence or "")):
            continue
        out.append(r)
    return out


_LIST_GAP = re.compile(r"(?:\s*(?:,|·|ㆍ|、|및|와|과|and|as well as)\s*)+(?:the\s+)?", re.I)


_MET_IN_TURN = re.compile(r"[^,.;\n]{0,12}?(?:과|와)\s*(?:잇달아|잇따라|차례로|연쇄|각각|연이어)")
_IN_TURN_BEFORE = re.compile(r"\b(?:a\s+series\s+of\s+(?:[\w-]+\s+){0,2}meetings|back-to-back\s+(?:[\w-]+\s+)?"
                             r"(?:meetings|summits|talks)|(?:separate\s+)?(?:summits|meetings|calls)\s+with\s+the\s+"
                             r"(?:leaders|heads\s+of\s+(?:state|government)|prime\s+ministers|presidents)\s+of)"
                             r"\b[^.;]{0,100}$")


# `※ 주한중남미대사단: 한국에 상주공관을 둔 멕시코·브라질·칠레 등 중남미 18개국 대사들의 모임`: a note defining a term.
_NOTE = re.compile(r"(?m)^[ \t]*[※*][ \t]*(?P<term>[^:：\n]{2,24}?)[ \t]*[:：](?P<body>[^\n]+)")


def noted_members(view: View, events: list[Assembled]) -> None:
    """A body a held event meets (`주한중남미대사단과 간담회를 열어`), defined in a note that lists its members
    (three countries or more): those members take part (records.md rule 8, the named ones of a partial list). Not a
    known grouping's note (`※ EAS: … 18개국 협의체`): a grouping referred to collectively is its own party."""
    if "※" not in view.text and "*" not in view.text:
        return
    for note in _NOTE.finditer(view.text):
        term = note.group("term").strip()
        lo = note.start("term") + note.group("term").index(term)
        if any(x.start == lo and x.end == lo + len(term)
               for x in view.mentions_in(lo, lo + len(term), "GROUP", "ORG", "COUNTRY")):
            continue  # (a known grouping's own name)
        members = [x.id for x in view.mentions_in(note.start("body"), note.end("body"), "COUNTRY")
                   if not x.extra.get("inside")]
        if len(set(members)) < 3:
            continue
        met = re.compile(re.escape(term) + r"\s*(?:측\s*)?(?:과|와)(?:의|는|도)?\s")  # (the body met: `X와 간담회`)
        for a in events:
            if not a.event.mentioned and any(met.search(m.sent.text) for m in a.event.mentions
                                             if not m.sent.start <= note.start("term") < m.sent.end):
                a.parties.extend(dict.fromkeys(members))


def enumerated_parties(view: View, s: Sent) -> list[str]:
    """`the leaders of Australia, Canada, the EU, France … and the United States took part`: every member of
    an enumeration of three or more parties in a sentence that reports attendance takes part (records.md
    rule 8); countries named one by one elsewhere are left to the clause of the event."""
    if not view.grammar.participation.search(s.text):
        return []
    orgs = get_gazetteer().org_by_id
    ms = [x for x in view.mentions_in(s.start, s.end, "COUNTRY", "GROUP", "ORG")
          if not x.extra.get("inside") and not x.extra.get("compound") and x.id != "PRK"
          and (x.label != "ORG" or (x.id in orgs and orgs[x.id].country))]
    tours = view.grammar.tour_spans(view, s)
    runs: list[list] = []
    for x in ms:
        if runs and x.start >= runs[-1][-1].end and _LIST_GAP.fullmatch(view.text[runs[-1][-1].end:x.start]):
            runs[-1].append(x)
        else:
            runs.append([x])
    out: list[str] = []
    for run in runs:
        if _MET_IN_TURN.match(view.text, run[-1].end) or _IN_TURN_BEFORE.search(view.text, s.start, run[0].start):
            continue  # `체코, 캐나다, 영국 정상과 차례로 회담`, `a series of bilateral meetings with …`: one with each
        if any(a <= run[0].start < b for a, b in tours):
            continue  # `스페인·포르투갈·모로코 순방`, `a tour of A, B and C`: the stops of a trip
        # `…, the United States, and the European Commission`: a government body in the list stands for its side.
        ids = [orgs[x.id].country if x.label == "ORG" else x.id for x in run]
        if len(set(ids)) >= 3:
            out.extend(i for i in ids if i)
    return list(dict.fromkeys(out))
