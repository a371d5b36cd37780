"""Commitments: clauses where parties agree, decide, plan or propose to act, with topics from keyword
lists and a short English action phrase; and the announced next meeting. Each grammar cuts clauses,
reads cues and phrases actions; topics, lists and the assembly are shared."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

import yaml

from extract import regexscan
from extract.dates import DateMention
from extract.delegates import Person
from extract.gazetteer import get_gazetteer
from extract.view import Sent, View

if TYPE_CHECKING:
    from extract.lang.base import Grammar
    from extract.topic_model import ClauseTopics

DATA = Path(__file__).parent / "data"


@functools.cache
def cfg() -> dict:
    return yaml.safe_load((DATA / "commitments.yaml").read_text(encoding="utf-8"))


@dataclass
class Found:
    topic: str
    action: str
    text: str
    parties: list[str] | None = None  # from the clause's subject; None: the event's parties


@dataclass
class NextMeeting:
    ordinal: int | None
    when: str | None
    at: tuple[int, int] | None = None  # where the sentence names the round (offsets in the sentence)
    verb_only: bool = False  # `agreed to set up X and to meet again`: a verb, the clause may say more


# Meetings held regularly (`정례화`, `annually`): a commitment of its own (records.md rule 11), an institutional one.
# Every second year too (`격년으로 개최`, `2년마다 열기로`, `every two years`, `biennially`).
REGULAR = re.compile(r"정례화|정례적으로|정기적으로 개최|매년|격년|\d+\s*년마다|"
                     r"on a regular basis|regularize|regularise|regular meetings|annually|biennial(?:ly)?|"
                     r"every (?:two|three|other|\d+) years")
# Words one of REGULAR's alternatives holds: REGULAR's own search tries each alternative at every place (`\d+`
# leaves `re` no first characters to skip by); this one skips all but the places its first characters are at.
_REGULAR_HINT = re.compile(r"정례|정기적으로 개최|매년|격년|년마다|regular|annually|biennial|every ")
_MEETING_WORD = re.compile(r"회의|대화|회담|협의|개최|\b(?:meet|meetings?|dialogues?|summits?|hold|convene)\b", re.I)


def says_regular(text: str) -> bool:
    """REGULAR occurs in the text (most clauses have none of its words: a cheap search says so first)."""
    return _REGULAR_HINT.search(text) is not None and REGULAR.search(text) is not None


def regular_meeting(text: str) -> bool:
    """The clause has meetings held regularly: `회의를 정례화하기로`, `hold the dialogue annually`."""
    return bool(says_regular(text) and _MEETING_WORD.search(text))


def _rank(topic: str) -> int:
    pr = cfg()["priority"]
    return pr.index(topic) if topic in pr else len(pr)


@functools.cache
def _keywords(lang: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One alternation of every keyword, longest first, so a scan finds the longest at each place;
    a keyword listed under two topics goes to the one earlier in `priority`."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    assert grammar is not None
    topic_of: dict[str, str] = {}
    for t in sorted(get_gazetteer().topics, key=lambda t: _rank(t.topic)):
        for kw in getattr(t, lang, []):
            topic_of.setdefault(grammar.keyword_key(kw), t.topic)
    return re.compile(grammar.keyword_pattern(_trie(topic_of))), topic_of


def _trie(words: Iterable[str]) -> str:
    """An alternation of `words` as a trie (`ab(?:c)?` for `ab`, `abc`): at each place it matches what the
    alternation sorted longest first does (the longest word that lets the whole pattern match; the words after
    a shared prefix begin with different characters, so one at most can go on), trying each character once
    instead of each word in turn (every clause of every document is scanned: the flat one took twice as long)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        alts = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


@functools.cache
def _generic(lang: str, kind: str) -> dict[str, frozenset[str]]:
    """commitments.yaml `generic` / `qualified`: a topic's words that give way to another topic's in the clause."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    assert grammar is not None
    return {t: frozenset(grammar.keyword_key(w) for w in words.get(lang, []))
            for t, words in cfg().get(kind, {}).items()}


@functools.cache
def _gives_way(lang: str) -> dict[str, dict[str, frozenset[str]]]:
    """commitments.yaml `gives_way`: a topic's words that give way to the topics named beside them in the clause."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    assert grammar is not None
    return {t: {grammar.keyword_key(w): frozenset(to) for w, to in words.get(lang, {}).items()}
            for t, words in cfg().get("gives_way", {}).items()}


@functools.cache
def _thing_of(lang: str) -> dict[str, re.Pattern[str]]:
    """commitments.yaml `thing_of`: a keyword that names a thing's development after that thing's name."""
    return {w: re.compile(rx) for w, rx in cfg().get("thing_of", {}).get(lang, {}).items()}


# What closes a list of examples before the class it names (`인공지능(AI) 등 첨단기술`; `양자 등` is a keyword).
_EXAMPLES_END = re.compile(r"\)?\s*(?:등\s*)?")
NO_TOPIC = "none"  # topics.yaml: phrases that only hide the keywords inside them


@functools.cache
def _office(lang: str) -> re.Pattern[str] | None:
    """commitments.yaml `office`: an office's name or title, whose keywords name no topic."""
    rx = cfg().get("office", {}).get(lang)
    return re.compile(rx) if rx else None


def _in_office(text: str, hay: str, lang: str) -> list[tuple[int, int]]:
    """Where the text names an office (`Minister for Trade`, `Trade Secretary`); none when folding moved the offsets."""
    office = _office(lang)
    if office is None or len(text) != len(hay):
        return []
    return [m.span() for m in office.finditer(text)]


@functools.cache
def _grammar(lang: str) -> Grammar | None:
    """`grammar_for`, without an import statement per call (~1 µs: `topics_in` is asked for every clause)."""
    from extract.lang import grammar_for

    return grammar_for(lang)


def topics_in(text: str, lang: str) -> list[str]:
    """Topics whose keywords occur; a longer keyword hides the shorter ones inside it (`none` phrases name none), and
    `핵심광물 공급망` / `semiconductor supply chains` is about the thing, not supply chains in general."""
    grammar = _grammar(lang)
    if grammar is None:
        return []
    hay = grammar.fold(text)
    pattern, topic_of = _keywords(lang)
    offices = _in_office(text, hay, lang)
    kept = [(m.start(), m.end(), topic_of[m.group()]) for m in pattern.finditer(hay)
            if not any(a <= m.start() and m.end() <= b for a, b in offices)]
    out: list[str] = []
    generic, qualified, examples = _generic(lang, "generic"), _generic(lang, "qualified"), _generic(lang, "examples_of")
    named = {t for s, e, t in kept if t != NO_TOPIC and hay[s:e] not in generic.get(t, ())}
    for i, cur in enumerate(kept):
        if cur[2] == NO_TOPIC:
            continue
        word = hay[cur[0]:cur[1]]
        if word in generic.get(cur[2], ()) and named - {cur[2]}:
            continue  # `반도체 공급망을 위한 공동 연구`: research of the sector the clause names
        if _gives_way(lang).get(cur[2], {}).get(word, frozenset()) & named:
            continue  # `security cooperation to counter North Korea's threats`: North Korea's
        prev = kept[i - 1] if i > 0 else None
        if word in qualified.get(cur[2], ()) and prev and prev[2] not in (cur[2], NO_TOPIC) and re.fullmatch(
                r"\s?(?:의\s?)?", hay[prev[1]:cur[0]]):
            continue  # `국방 과학기술`, `defence science and technology`: that sector's
        if word in examples.get(cur[2], ()) and _names_others(hay, kept, i):
            continue  # `반도체·배터리 등 첨단산업`, `첨단산업 공급망`: the other topic's
        thing = _thing_of(lang).get(word)
        if thing and thing.search(hay, max(0, cur[0] - 3), cur[0]):
            continue  # `신도시 개발 협력`: developing a thing
        if cur[2] == "supply_chain" and grammar.supply_chain_of(
                hay, kept[i - 1] if i > 0 else None, cur, kept[i + 1] if i + 1 < len(kept) else None):
            continue
        out.append(cur[2])
    field = grammar.field_topics(text)
    if field:
        return field
    return list(dict.fromkeys(out + _conjuncts(hay, lang, kept)))


def _names_others(hay: str, kept: list[tuple[int, int, str]], i: int) -> bool:
    """commitments.yaml `examples_of`: the class word kept[i] closes examples of other topics (`반도체·배터리 등
    첨단산업`) or qualifies another topic's word right after it (`첨단산업 공급망`)."""
    cur = kept[i]
    prev, nxt = kept[i - 1] if i > 0 else None, kept[i + 1] if i + 1 < len(kept) else None
    if prev and prev[2] not in (cur[2], NO_TOPIC) and _EXAMPLES_END.fullmatch(hay, prev[1], cur[0]) and \
            hay[prev[0]:cur[0]].rstrip().endswith("등"):
        return True
    return bool(nxt and nxt[2] not in (cur[2], NO_TOPIC) and not hay[cur[1]:nxt[0]].strip())


def topics_of(view: View, text: str) -> list[str]:
    """`topics_in` of a text of this document, worked out once: a sentence is read again for each event that owns
    it, its clauses and their topics alike (~2.4 reads of each clause's words a document). A new list each time."""
    memo = view.memo("topics_in")
    got = memo.get(text)
    if got is None:
        got = memo[text] = topics_in(text, view.lang)
    return list(got)


@functools.cache
def _conjunct_patterns(lang: str) -> tuple[list[tuple[str, regexscan.Scan]], re.Pattern[str] | None,
                                            re.Pattern[str] | None]:
    c = cfg()
    context = c["conjunct_context"][lang]
    # (scanned only where the clause holds a field word: asked for every clause, and slow from every place)
    items = [(t, regexscan.compile(context.replace("{word}", "|".join(map(re.escape, words[lang]))), first=False))
             for t, words in c.get("conjunct", {}).items() if lang in words]
    shared, after = c.get("conjunct_shared", {}).get(lang), c.get("conjunct_after_keyword", {}).get(lang)
    return items, re.compile(shared) if shared else None, re.compile(after) if after else None


def _conjuncts(hay: str, lang: str, kept: list[tuple[int, int, str]]) -> list[str]:
    """commitments.yaml `conjunct`: a bare field word as an item of a list of fields (`security, trade and investment`),
    where no keyword holds it and no word before qualifies the list as a whole."""
    items, shared, after = _conjunct_patterns(lang)
    out = []
    for t, rx in items:
        for m in rx.finditer(hay):
            a = m.start(m.lastindex or 1)
            if any(s <= a < e for s, e, _ in kept) or (shared and shared.search(hay, 0, a)):
                continue
            last = max((e for s, e, _ in kept if e <= a), default=None)
            if last is not None and after and after.match(hay[last:a]):
                continue  # `defence equipment and technology`
            out.append(t)
    return out


def unnamed(view: View, a: int, b: int) -> str:
    """The text [a, b) with the names of offices blanked (`Ministry of Trade, Industry and Energy`,
    `과학기술정보통신부`: an office's portfolio names no topic of what its holder agrees to) and the scene
    (`코로나19로 인한`, `amid …`)."""
    text = view.text[a:b]
    spans = [(m.start - a, m.end - a) for m in view.mentions_in(a, b, "ORG")]
    spans += [m.span() for m in view.grammar.scene.finditer(text)]
    if not spans:
        return text
    chars = list(text)
    for x, y in spans:
        chars[x:y] = " " * (y - x)
    return "".join(chars)


def topic_phrase(topic: str) -> str:
    return cfg()["topic_phrases"].get(topic, topic.replace("_", " "))


def action_phrase(verb: str, obj: str, topic: str) -> str:
    templates = cfg()["action_templates"]
    if topic == "other":
        return templates["other"].get(verb, f"{verb} cooperation")
    return templates["object"].get(verb, "{verb} {obj}").format(verb=verb, obj=obj)


_MARKER = re.compile(r"\s*[▲△▶▷■◆◇●•\-–—*①-⑳]\s*")
# A list item opens with a mark or a letter or roman enumerator (`a.`, `(b)`, `ii)`); a digit with a full stop
# (`3. The two leaders agreed to:`) numbers a statement's paragraphs, not the items of one.
_BULLET = re.compile(r"^\s*(?:[▲△▶▷■□◆◇○●•·\-–—*①-⑳]\s*\S|\(?(?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+\w|"
                     r"(?:[a-h]|[ivx]{1,4})\.\s+\w)")


# An item named by its field before a colon (`Space: strengthen cooperation on …`, `Critical minerals: work
# together …`): a line of a fact sheet's list, under a lead ending in a colon (`committed to:`), with no mark.
_LABELLED = re.compile(r"\s*[^\W\d_][^\n.:;!?]{0,50}?:\s+\w")


def is_labelled(text: str) -> bool:
    m = _LABELLED.match(text)
    return bool(m) and len(text[:m.end()].split()) <= 7


def is_marker(text: str) -> bool:
    """A bullet mark the sentence splitter left on its own (`▲`)."""
    return bool(_MARKER.fullmatch(text))


def is_bullet(text: str) -> bool:
    return bool(_BULLET.match(text)) and not text.lstrip().startswith(("□", "○"))


# A Korean report's `ㅇ` line (`□ 3국은 다음 사항에 합의함.` / `ㅇ 중소기업의 공급망 편입 지원`): a
# sub-paragraph mark, an item only under a lead (elsewhere it opens a paragraph of its own, which may itself lead a
# list). The splitter may leave the mark alone before its line, as it does `▲`.
_SUB_MARK = re.compile(r"\s*ㅇ(?:\s+\S|\s*$)")


def is_sub_item(text: str, lead: bool) -> bool:
    return lead and bool(_SUB_MARK.match(text))


def list_items(view: View) -> frozenset[int]:
    """Sentences that are bullet items of a list led by a commitment (`다음과 같이 협력하기로 하였다.`). Asked by
    the events and the commitments components: read once per document."""
    memo = view.memo("list_items")
    if "items" not in memo:
        memo["items"] = frozenset(_list_items(view))
    return memo["items"]


# A numbered line (`1. Deepen cooperation on …;`, or `1.` the splitter left alone before its line) is an item only
# under a lead ending in a colon (`commit to:`) and counted from 1 (`3. The Indian Ministers called on …` after
# items `a.`–`d.` is the statement's next paragraph); elsewhere a digit with a full stop numbers paragraphs.
_NUMBERED = re.compile(r"\s*(\d{1,2})[.)](?:\s+\w|\s*$)")


def _list_items(view: View) -> set[int]:
    out: set[int] = set()
    lead = marker = False
    expect = 0  # the number the next numbered item of the list must have (0: none can be)
    cued = False  # the sentence before had a cue
    colon = False  # the lead ends in a colon: its items may be labelled lines with no mark
    for s in view.sents:
        numbered = _NUMBERED.match(s.text) if expect else None
        if numbered and int(numbered.group(1)) != expect:
            numbered = None
        number = bool(numbered) and not s.text[numbered.end():].strip()  # type: ignore[union-attr]
        sub = is_sub_item(s.text, lead)
        sub_mark = sub and not s.text.strip()[1:]  # `ㅇ` alone: its line is the next sentence
        bare = is_marker(s.text) or number or sub_mark
        bullet = (bare or marker or is_bullet(s.text) or bool(numbered) or (lead and colon and is_labelled(s.text))
                  or sub)
        if bullet:
            expect = expect + 1 if numbered else 0 if not marker else expect
        marker = bare
        if bullet and lead and not number and not sub_mark:
            out.add(s.idx)
        if not bullet and not (lead and is_heading(s.text, view)):
            strength = view.grammar.strength(s.text)
            # `…, where they announced new investments. Announcements span several sectors:` — a colon line with
            # no cue of its own leads the list of what the sentence before it announced or agreed.
            colon = s.text.rstrip().endswith(":")
            lead = view.grammar.list_lead(s.text) or (cued and strength is None and colon)
            expect = 1 if lead and colon else 0
            cued = strength is not None
    return out


# A section heading inside a list (`1. 통상`, `Space`, `Resilient semiconductor supply chains`): a short line with
# no sentence end; the items under it are still the lead's (a fact sheet's `agreed to the following steps:`).
_HEADING = re.compile(r"\s*(?:\d{1,2}\.\s*|\(\d{1,2}\)\s*|[IVX]{1,4}\.\s*)?[^\n.。:;!?]{1,60}?\s*")


def is_heading(text: str, view: View) -> bool:
    return bool(_HEADING.fullmatch(text)) and len(text.split()) <= 8 and view.grammar.strength(text) is None


_LEADING_MARK = re.compile(r"\s*(?:(?:[▲△▶▷■□◆◇○●•·\-–*①-⑳]|[ㅇo](?=\s))\s*)*")


def quote(view: View, a: int, b: int, limit: int = 400) -> str:
    """The clause [a, b) as evidence: without a leading bullet mark, and when longer than `limit`, cut at the last
    word boundary before it (a quote never starts or ends inside a word)."""
    text = view.text[a:b].rstrip()
    text = text[_LEADING_MARK.match(text).end():]  # type: ignore[union-attr]  (matches the empty string)
    if len(text) > limit:
        cut = text.rfind(" ", 0, limit + 1)
        text = text[:cut if cut > 0 else limit].rstrip(" ,;")
    return text


@functools.cache
def _covers(lang: str) -> re.Pattern[str] | None:
    rx = cfg().get("covers", {}).get(lang)
    return re.compile(rx) if rx else None


def coverage(view: View, s: Sent, after: int) -> Sent | None:
    """commitments.yaml `covers`: the fields the documents named before `after` cover, told after the name in its
    sentence (`…, covering energy, digitization and investment`), as a window of s; None when it tells none."""
    rx = _covers(view.lang)
    m = rx.search(view.text, after, s.end) if rx is not None else None
    if m is None or m.end() >= s.end:
        return None
    return Sent(s.idx, m.end(), s.end, view.text[m.end():s.end])


def clause_at(view: View, s: Sent, pos: int) -> tuple[int, int]:
    """The clause of sentence s holding the character at pos (the whole sentence when the grammar cuts none)."""
    return next(((a, b) for a, b in view.grammar.clauses(view, s) if a <= pos < b), (s.start, s.end))


def _codes(view: View, lo: int, hi: int, people: list[Person]) -> list[str]:
    codes: list[str] = []
    for m in view.mentions_in(lo, hi, "COUNTRY", "GROUP", "ORG", "PERSON"):
        if m.label in ("COUNTRY", "GROUP") and m.id:
            codes.append(m.id)
        elif m.country:
            codes.append(m.country)
    codes.extend(p.country for p in people if p.country and lo <= p.start < hi)
    return list(dict.fromkeys(codes))


def _names_parties(view: View, lo: int, hi: int, people: list[Person]) -> bool:
    """The subject's head word is a party, a person or an office (`미국과 일본은`, `몽골 측은`, `Secretary
    Blinken`), not a thing (`WTO 개혁 논의가`: what the clause is about, not who acts)."""
    words = list(re.finditer(r"\S+", view.text[lo:hi]))
    if not words:
        return False
    at = lo + words[-1].end() - 1  # the head ends the phrase (`미국 측`, `한미동맹`: an alliance, not a party)
    covered = any(m.start <= at < m.end for m in view.mentions_in(max(0, at - 80), hi))
    covered = covered or any(p.start <= at < p.end for p in people)
    return covered or bool(view.grammar.party_heads.search(words[-1].group()))


def subject_parties(view: View, s: Sent, a: int, b: int, people: list[Person] = (),  # type: ignore[assignment]
                    joint: bool = False) -> tuple[bool, list[str] | None]:
    """Whose commitment the clause [a, b) states, read from its subject only (`정부는 … 대응해 나가겠다` is the
    publisher's government even when other countries are named later in the clause): (a subject was found, its
    parties). None (the event's parties) when the subject is the event's own parties (`양국은`, `the two leaders`),
    names no party (`협정은`), names one it cannot place (`Yoon and Kishida` with Yoon unknown), or is one side
    of a joint act (`A는 B와 면담을 갖고 … 논의했다`, a signing): agreeing and discussing take two."""
    g = view.grammar
    span = g.subject_span(view, s, a, b)
    if span is None:
        return False, None
    lo, hi = span
    subject = view.text[lo:hi].strip(" ,")
    if not subject or g.joint_subject.search(subject) or g.not_a_subject.search(subject):
        return True, None
    codes = _codes(view, lo, hi, people)
    if not codes:
        home = view.home or g.home_country
        if g.own_government is not None and g.own_government.search(subject) and home:
            codes = [home]
        return True, codes or None
    if not _names_parties(view, lo, hi, people):
        return True, None
    cuts = [lo, *(x for m in g.conjunction.finditer(view.text, lo, hi) for x in (m.start(), m.end())), hi]
    for x, y in zip(cuts[::2], cuts[1::2], strict=False):
        if _WORD_CHAR.search(view.text[x:y]) and not _codes(view, x, y, people):
            return True, None  # a conjunct the rules cannot place: whose it is stays open
    if len(codes) == 1 and (joint or g.joint_act.search(view.text[a:b])):
        return True, None
    return True, codes


_WORD_CHAR = re.compile(r"\w")  # (a compiled pattern: `re.search` looks its cache up at every call)


def find_commitments(view: View, s: Sent, force: bool = False, fallback: list[str] | None = None,
                     cue: str | None = None, people: list[Person] = (),  # type: ignore[assignment]
                     quote_span: tuple[int, int] | None = None, model: ClauseTopics | None = None) -> list[Found]:
    """Commitments in one sentence; `force` treats the whole span as one (what was signed or launched).
    A firm commitment without a topic word takes `fallback` (the event name's topics, where the grammar leaves the
    topic to the name: `name_topic_fallback`), else `other`;
    `cue` is the strength a bullet line inherits from the sentence that leads its list. Each commitment's parties
    come from its clause's subject (else the sentence's first subject); `quote_span` is the clause quoted and read
    for the subject when s is only a window of it (a name and its modifiers). `model`: clause topics from the
    trained classifier (`topic_model.py`, READOUT_TOPICS) instead of, or with, the keyword lists."""
    g = view.grammar
    clauses = g.clauses(view, s)
    out: list[Found] = []
    # Clauses before this one, newest last, whose topics were not read yet: a clause without a cue gives nothing
    # itself (with the rules alone), and its topics are read only if a later `이를 …` clause continues from it.
    unread: list[str] = []
    prev_topics: list[str] = []
    subjects: dict[tuple[int, int], tuple[bool, list[str] | None]] = {}

    def subject(span: tuple[int, int]) -> tuple[bool, list[str] | None]:
        if span not in subjects:  # read only for clauses that give a commitment
            subjects[span] = subject_parties(view, s, *span, people, joint=force)
        return subjects[span]

    first = quote_span or (clauses[0] if clauses else (s.start, s.end))
    # `A를 확대하고, B에 공동 대응해 나가기로 했다`: coordinated clauses share the sentence-final cue, strong or weak
    # (`A를 확대하고, B 방안을 논의했다`: both discussed), unless the clause reports a remark or an exchange of views
    # (`…을 지적하고,`, `…에 대해 의견을 교환하고,`).
    last = view.text[clauses[-1][0]:clauses[-1][1]] if clauses and g.shares_final_cue else ""
    final = g.strength(last) if last else None
    if final == "weak" and g.background(last):
        final = None  # `…을 구체화하고, …하는 계기가 되었다고 평가했다`: the scene the sentence sets, not a discussion
    if not force and g.reported_speech(s):
        return []  # `정부 소식통은 "…협의해 나갈 것"이라고 전했다`: an official's account, not the parties'
    headline = not force and cue is None and g.headline(view, s)
    for a, b in clauses:
        text = view.text[a:b].strip()
        bare = unnamed(view, a, b).strip()  # what the topic keywords read
        if not _WORD_CHAR.search(text) or is_marker(text):
            continue  # a bullet mark the splitter left alone (`▲`, `①`) quotes nothing
        if not force and g.background(text):
            unread.append(bare)  # scene-setting; its topics only for a later `이를 …` clause
            continue
        shared = final if final and not g.remark.search(text) else None
        strength = "strong" if force else (g.strength(text) or shared or cue)
        if headline and strength == "weak":
            continue
        if strength is None and model is None:
            unread.append(bare)  # no cue and no classifier: no commitment here (below), only topics for later
            continue
        topics = topics_of(view, bare)
        # `이를 더욱 확장해 나가기로`: a cued clause continues the one before it (before the classifier adds to it).
        if not topics and strength is not None and g.continuation.search(text):
            topics = prev_topics = carried(unread, prev_topics, view)
        if not topics and not force and g.list_lead(text):
            # `They agreed to:`, `다음 분야에서 협력하기로 했다`: the items below are the commitments, whatever the
            # classifier reads in the lead's own words
            continue
        verdict = None  # the classifier's: the clause is a commitment or not (None: rules only)
        if model is not None and not force:
            topics, verdict = model.topics(a, b, topics, cued=strength is not None)
            if verdict is False and strength is None:
                unread.append(bare)  # no cue, and the classifier reads no commitment: as the rules alone do
                continue
            if not topics and g.continuation.search(text):
                topics = prev_topics = carried(unread, prev_topics, view)
        if topics:
            unread.clear()  # what the clauses before said is superseded
            prev_topics = topics
        if verdict is False:
            continue
        if strength is None:
            if not verdict or headline:
                continue
            strength = "weak"  # no cue the rules know, but the classifier reads a commitment
        if not force and regular_meeting(text) and "other" not in topics:
            topics = [*topics, "other"]  # the topics of what meets, and the regular meeting itself
        if not topics:
            if strength == "weak" and not force and g.ways.search(text):
                strength = "strong"  # discussed ways to act: a discussion item (`other`), not a remark
            if strength != "strong" or (force and not fallback):
                continue  # a signed or launched name without a topic word says nothing more
            topics = fallback or ["other"]
        # Whose: the clause's own subject, else the sentence's first (`정부는 … 살피고, … 대응해 나가겠다`).
        own, parties = subject(quote_span or (a, b))
        parties = parties if own else subject(first)[1]
        said = quote(view, *(quote_span or (a, b)))
        for topic in topics:
            out.append(Found(topic, g.action(view, a, b, text, topic), said, parties))
    return out


def carried(unread: list[str], prev_topics: list[str], view: View) -> list[str]:
    """The topics of the last clause before that has any (each unread one would have set them); `unread` is
    emptied: a continuation takes them up."""
    topics = next((t for t in map(topics_of, repeat(view), reversed(unread)) if t), prev_topics)
    unread.clear()
    return topics


def find_next(view: View, s: Sent, dates: list[DateMention]) -> NextMeeting | None:
    """The announced next meeting (`5차 회의는 올해 하반기` -> 5, `2024-H2`; `정례화` -> `regular`)."""
    when = None
    for d in dates:
        # A day must come after publication (the day the meeting was held is no next meeting's); a month, half
        # or year may hold it.
        if d.kind in ("half", "month", "day", "year") and d.when and (
                view.published is None or d.value is None or d.value >= view.published.replace(day=1)) and (
                d.kind != "day" or view.published is None or d.value is None or d.value > view.published):
            when = d.when
            break
    return view.grammar.find_next(view, s, when)
