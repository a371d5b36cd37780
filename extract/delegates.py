"""People reported as attending or leading: name, English name, role, organisation, country, head.
Each grammar finds the people of a sentence; heads are decided here."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.gazetteer import get_gazetteer
from extract.view import Sent, View

if TYPE_CHECKING:
    from extract.lang.base import Grammar


@dataclass
class Person:
    name: str
    start: int
    end: int
    name_en: str | None = None
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    head: bool = False
    person_id: str | None = None
    sent: int = 0
    home_side: bool = False  # the country is only the publisher's default, not said in the person's phrase
    met: bool = False  # who was met (`met with President X`) with no side said: never the publisher's by default

    @property
    def key(self) -> str:
        """Who the person is: the listed official, else the name (`Gilberto Teodoro Jr.` and `Secretary Teodoro`
        named in two sentences are one)."""
        return self.person_id or self.name


# `고(故) 아베 신조 전 총리 국장`, `故 X`, `the funeral of the late X`: one who died attends nothing.
_THE_LATE = re.compile(r"(?:고\s?\(故\)|故|\bthe\s+late)\s*$", re.I)


def find_people(view: View, s: Sent, ner: list[tuple[int, int]], call_is_event: bool = False) -> list[Person]:
    """The people of a sentence; one called on (`called on President X`) only when that call is the event; not the
    late (`고(故) X`)."""
    absent = view.grammar.stood_in_for
    return [p for p in view.grammar.people(view, s, ner) if (call_is_event or not view.grammar.called_on(view, p))
            and not _THE_LATE.search(view.text, max(0, p.start - 12), p.start)
            and not (absent is not None and absent.search(view.text, max(s.start, p.start - 90), p.start))]


def is_attendance(view: View, s: Sent, names_held: bool = False) -> bool:
    """A sentence that reports who attended (not who will), or a line of an attendee list. Where the grammar says
    so, a sentence naming a held event (`names_held`) needs no attendance verb of its own."""
    g = view.grammar
    verb = g.attendance.search(s.text)
    said = bool(verb) or (names_held and g.mention_attends)
    return (said and not _future(g, s.text, verb)) or _roster_line(view, s)


def _future(g: Grammar, text: str, verb: re.Match[str] | None) -> bool:
    """The attendance is told as to come; not when the future is in what someone said after attending."""
    f = g.attendance_future.search(text)
    if f is None:
        return False
    if verb is None:  # (`At their meeting, X also told Y that Japan will launch …`: the future is what was said)
        return g.reported_after is None or g.reported_after.search(text, 0, f.end()) is None
    return g.reported_after is None or verb.end() > f.end() \
        or g.reported_after.search(text, verb.end(), f.end()) is None


# `- (한국) A 장관, B 대사 등`, `- Norway: A, B`: a list line opened by the side it names.
_SIDE_LABEL = re.compile(r"\s*[-–·•ㅇ○◦▪*]?\s*(?:[(（][^()（）\n]{1,15}[)）]|[^\s:()]{1,15}\s*:)")
# `참석자(장관회담):`, `※ 참석자`, `Attendees:`: a short header line that introduces such lines.
_ROSTER_HEADER = re.compile(r"^\W*(?:참석자|참석 인사|Participants|Attendees|Delegations?)\b|^\W*(?:참석자|참석 인사)",
                            re.I)
# `대표단 명단은 다음과 같다.`, `회담에 참석한 양측 인사는 다음과 같다.`: a wire story's sentence that introduces the
# list lines after it (`▲A 외무장관`, `- B 국무장관`, under `미국 측` lines).
_ROSTER_INTRO = re.compile(r"(?:명단|참석자들?|인사|대표단)[은는]\s*(?:다음|아래)과\s*같(?:다|습니다)")
_ITEM_LINE = re.compile(r"\s*(?:[▲\-–•]\s*\S|[^\s:()]{1,12}\s*측\s*:?\s*$)")


def _roster_header(view: View, s: Sent) -> str | None:
    """The header of the attendee list a side's line belongs to (`참석자(정책협의회):`, then `- (한국측) …`,
    `- (케냐측) …`): the header, not the line, says these people attended. Side lines may follow each other up to
    the header."""
    if (own := _header_line(view, s)) is not None:
        return own
    if "\n" not in view.text[max(0, s.start - 2):s.start + 1] and s.idx > 0:
        return None  # a list line starts a line of its own
    k = s.idx
    while k > 0 and _SIDE_LABEL.match(view.sents[k].text) and k > s.idx - 6:
        k -= 1
    if k == s.idx:
        return _intro_header(view, s)
    head = view.sents[k].text.strip()
    return head if len(head) <= 40 and _ROSTER_HEADER.search(head) else _intro_header(view, s)


# `◈ 참석자 : (한국) A 장관, B 국장 등` and its next line `(호주) C 총리, D 대사 등`: the header and the first side on
# one line, the other sides on the lines below it.
_HEADER_INLINE = re.compile(r"[ \t]*\W?[ \t]*(?:참석자|참석 인사|Participants|Attendees)\s*:\s*(?=[(（])", re.I)
_SIDE_OPENING = re.compile(r"[ \t]*[(（][^()（）\n]{1,15}[)）]")


def _header_line(view: View, s: Sent) -> str | None:
    """The header on the sentence's own line when the next line opens with a side's label, or on the line above when
    this line does."""
    line = view.text.rfind("\n", 0, s.start) + 1
    below = view.text.find("\n", line)
    if (m := _HEADER_INLINE.match(view.text, line)) is not None and below != -1 \
            and _SIDE_OPENING.match(view.text, below + 1):
        return m.group().strip()  # (not `※ 참석자: (한) A 등 / (미) B 등` on one line: left to the heads' count)
    if line and _SIDE_OPENING.match(view.text, line):
        above = view.text.rfind("\n", 0, line - 1) + 1
        if (m := _HEADER_INLINE.match(view.text, above)) is not None:
            return m.group().strip()
    return None


def _intro_header(view: View, s: Sent) -> str | None:
    """The sentence introducing a bulleted list of people (`대표단 명단은 다음과 같다.`) above this item line, the
    items and side lines (`미국 측`) running up to it."""
    k = s.idx
    while k > 0 and k > s.idx - 12 and _ITEM_LINE.match(view.sents[k].text):
        k -= 1
    head = view.sents[k].text.strip()
    return head if k < s.idx and len(head) <= 40 and _ROSTER_INTRO.search(head) else None


def _roster_line(view: View, s: Sent) -> bool:
    return _roster_header(view, s) is not None


def roster_meeting(view: View, s: Sent) -> str | None:
    """The meeting an attendee line's header names in brackets (`참석자(정책협의회):` -> `정책협의회`), spaces
    removed."""
    head = _roster_header(view, s)
    m = re.search(r"[(（]([^()（）]{2,30})[)）]", head or "")
    return re.sub(r"\s+", "", m.group(1)) if m else None


def head_marked(view: View, s: Sent) -> bool:
    return view.grammar.head_marked(s)


# `A 제1차관(수석대표), B 대사, C 청장`: a list line marking each head in brackets after the person's office
_ITEM_MARK = re.compile(r"[(（]\s*(?:수석대표|대표단장|단장|head of delegation)\s*[)）]", re.I)


_WHO_CHAIRED = re.compile(r",\s+who\s+(?:also\s+)?(?:co-?)?(?:chaired|led|headed|presided\s+over)\b")  # (at the name)


def _chairs(view: View | None, people: list[Person]) -> list[Person]:
    """Those a `, who chaired …` clause follows (`…, was represented by Minister A, who chaired the meeting, Minister
    B and Minister C`): each leads their side in that sentence, not the others of it."""
    if view is None:
        return []
    return [p for p in people if _WHO_CHAIRED.match(view.text, p.end, view.sents[p.sent].end) is not None]


def _own_marker(view: View | None, p: Person) -> bool:
    """In a line marking heads item by item, only the items so marked lead; elsewhere the sentence's marker does."""
    if view is None:
        return True
    s = view.sents[p.sent]
    if not _ITEM_MARK.search(s.text):
        return True
    cut = re.search(r"[,、/;·]|\s및\s", view.text[p.end:s.end])
    return bool(_ITEM_MARK.search(view.text, p.end, p.end + cut.start() if cut else s.end))


def assign_heads(view: View, people: list[Person], marked: set[int]) -> None:
    """Explicit markers (`수석대표`, `주재`, `led by`) decide when present; otherwise a country's
    only one or two delegates lead it, and a long list of one country are attendees."""
    # Those told as accompanying the principals (`accompanied by`, `배석했다`) never lead, nor count against the
    # principal they accompany (tuning gold: `Luxon was accompanied by Minister X`, Luxon leads).
    cued = {id(p) for p in people if view is not None
            and view.grammar.companion(view, view.sents[p.sent], p.start, p.end)}
    # (only beside a principal of their own side, or of no side read: `They were joined by President A of X` brings
    # in another side's head)
    principals = {p.country for p in people if id(p) not in cued}
    companions = {id(p) for p in people if id(p) in cued and (p.country in principals or p.country is None)}
    if marked:
        chairs = _chairs(view, people)
        chaired = {(p.sent, p.country) for p in chairs}
        for p in people:
            p.head = p.sent in marked and id(p) not in companions and _own_marker(view, p) and (
                (p.sent, p.country) not in chaired or any(p is c for c in chairs))
        # (`The delegation was led by A …. The delegation met with Prime Minister B`: B, the only one of the other
        # side, leads it, whatever the markers of A's side)
        led = {p.country for p in people if p.head}
        states = get_gazetteer().country_by_id
        # (a state's; not a grouping's secretary-general at its members' summit)
        for country in {p.country for p in people if p.country in states and states[p.country].kind == "country"} - led:
            own = [p for p in people if p.country == country and id(p) not in companions]
            if len({p.key for p in own}) == 1:
                for p in own:
                    p.head = True
        return
    # An attendee list names everyone who sat in: it neither leads nor outnumbers the narrative's leaders.
    listed = {p.sent for p in people if view is not None and _roster_line(view, view.sents[p.sent])}
    per: dict[str | None, set[str]] = {}  # (one person named twice counts once)
    for p in people:
        if p.sent not in listed and id(p) not in companions:
            per.setdefault(p.country, set()).add(p.key)
    for p in people:
        p.head = p.sent not in listed and id(p) not in companions and len(per[p.country]) <= 2
