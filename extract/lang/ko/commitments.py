"""Korean commitments: clauses cut at connective endings, cues (`하기로 했다`, `합의`, `논의`), the action
noun of the clause in English, and the announced next meeting (`제5차 회의는 … 개최하기로`)."""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from extract import regexscan
from extract.commitments import NextMeeting, action_phrase, says_regular, topic_phrase
from extract.lang.ko.rules import commitments
from extract.view import Sent, Tok, View


def clauses(view: View, s: Sent) -> list[tuple[int, int]]:
    cuts = [s.start]
    for t in view.tokens_in(s.start, s.end):
        # `…평가하고, …하기로 했다`: a connective ending before a comma (or `-며`) closes a clause;
        # `확대되고 있음` (an auxiliary follows) does not.
        if t.base != "EC":
            continue  # (most tokens: the test below reads the next character only for these)
        nxt = view.text[t.end:t.end + 1]
        if t.form in ("고", "며", "으며", "면서", "으면서") and (
                nxt == "," or (nxt == " " and t.form != "고")):
            cuts.append(t.end + (1 if nxt == "," else 0))
    cuts.append(s.end)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


# What a subject phrase is made of, read leftwards from its particle: nouns, names, numbers, list joints, glosses.
_SUBJECT_PART = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SN", "SL", "SH", "XSN", "XPN", "JC", "SP", "SS", "SSO",
                           "SSC", "SO", "SW", "MM"})
_SUBJECT_HEAD = frozenset({"NNG", "NNP", "NNB", "NR", "NP", "SL", "XSN", "SSC"})


_REPORTING = re.compile(r"[\"”’']|(?:다|라|자)고\s*(?:전했|말했|밝혔|설명했|강조했|평가했|덧붙였|소개했)")


def subject_span(view: View, a: int, b: int, sentence: str, joint: re.Pattern[str]) -> tuple[int, int] | None:
    """The clause's subject: the noun phrase before its first topic particle (`정부는`, `미국과 일본은`), else
    before its first subject particle (`3국 정부가`); a particle after an adverbial case (`회의에서는`) marks none.
    In reported speech (`1차장은 브리핑에서 두 정상이 …하기로 했다고 전했다`, `장관은 "양국은 …"`) the subject
    of what is reported, when it has one."""
    toks = view.tokens_in(a, b)

    def marked(i: int, tag: str, forms: tuple[str, ...]) -> bool:
        return bool(i and toks[i].base == tag and toks[i].form in forms
                    and toks[i - 1].tag.split("+")[-1] in _SUBJECT_HEAD)

    def marks(tag: str, forms: tuple[str, ...]) -> Iterator[int]:
        return (i for i, t in enumerate(toks) if t.base == tag and marked(i, tag, forms))

    # The first topic particle, else the first subject particle (all of them only for reported speech, below).
    at = next(marks("JX", ("은", "는")), None)
    if at is None:
        at = next(marks("JKS", ("이", "가")), None)
    if at is None:
        return None
    def phrase(at: int) -> tuple[int, int]:
        i = at - 1
        while i >= 0 and all(part.split("-")[0] in _SUBJECT_PART for part in toks[i].tag.split("+")):
            i -= 1
        while i + 1 < at and toks[i + 1].base in ("SP", "SO", "JC", "SSO", "SSC"):
            i += 1  # a leading comma, joint or bracket belongs to what came before
        return toks[i + 1].start, toks[at].start

    if _REPORTING.search(sentence):
        # The reported subject must name a party or a person (`두 정상이`), not a thing (`협력이 미칠 영향`).
        for i in sorted(i for i in [*marks("JX", ("은", "는")), *marks("JKS", ("이", "가"))] if i > at):
            lo, hi = phrase(i)
            if joint.search(view.text[lo:hi]) or view.mentions_in(lo, hi, "COUNTRY", "GROUP", "PERSON", "ROLE"):
                return lo, hi
    return phrase(at)


# A past or ongoing state (`-었다는 데`, `-고 있다는`, `-해 왔다는`, `-였음을`, `-었다고`) that the sides agree on
# or assess (`공감`, `의견을 같이`, `인식을 공유`, `평가`): what happened before, not what they will do. (`할 수
# 있다는 데 공감`, what they could do, and `할 필요가 있다는 데 공감`, what they need to do, are not states.)
_STATE = regexscan.compile(r"(?:었|았|였|왔|(?<!수 )(?<!필요가 )(?<!필요성이 )있|했|됐|졌)"
                            r"(?:다(?:고|는)|음을)\s*(?:데|점)?\S{0,3}\s*"
                            r"(?:(?:의견|인식|뜻)을\s*(?:같이|함께|공유|모)|공감|평가|높이\s*평가)")


# A clause ending on what a party has been doing (`협력을 넓혀 왔다`, `사업을 지원해 왔다`): the relations'
# history that a long report tells between its meetings, not what was agreed.
_HAS_BEEN = re.compile(r"(?<=[가-힣])\s?왔(?:다|습니다|음)\s*[.。]?\s*$")


def background(text: str) -> bool:
    return bool(_STATE.search(text) or _HAS_BEEN.search(text) or _dated().search(text))


@functools.cache
def _dated() -> re.Pattern[str]:
    return re.compile(commitments().dated_cue)


@functools.cache
def _cues() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The past-decision and not-a-cue patterns, and the strong and weak cues each as one alternation: a search
    finds one wherever any of them occurs (the cues are asked of every clause)."""
    c = commitments()
    # A party's act stated in the plain present (`양국은 … 협력을 강화한다`, a joint fact sheet's or a plan's
    # items): an action noun with `-한다` ending the clause, not `-해야 한다` (a need) nor `-라고 한다` (hearsay).
    present = "(?:" + "|".join(map(re.escape, sorted(c.verbs, key=len, reverse=True))) + \
        r")(?:한다|해\s?나간다|하여\s?나간다)\s*[.。]?\s*$"
    strong = re.compile(f"{_any_of(c.strong).pattern}|{present}")
    return re.compile(f"{c.dated_cue}|{c.past_cue}|{c.not_cue}"), strong, _any_of(c.weak)


def _any_of(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, words)) if words else "(?!)")


# The clause's own predicate negated (`합의에는 이르지 못했다`, `합의문을 발표하지 않았으나,`): nothing was agreed;
# `-지 않기로 했다` (agreeing not to act) ends in its cue, not in the negation.
_BUT = re.compile(r"(?:으나|지만)[,\s]")
_NEGATED = re.compile(r"(?:지(?:는|도|를)?\s*(?:않|못)(?:았|했|하였|한다)|못했|못하였)\S{0,4}\s*[.。,]?\s*$")


@functools.lru_cache(maxsize=4096)
def strength(text: str) -> str | None:
    """(Asked twice of a sentence's last clause, as itself and as the cue the clauses before share.)"""
    if _NEGATED.search(text):
        # `…을 논의했으나 합의는 발표하지 않았다`: what comes before the contrast still counts
        but = list(_BUT.finditer(text))
        return strength(text[:but[-1].start()]) if but else None
    past, strong, weak = _cues()
    text = past.sub(" ", text)
    if strong.search(text):
        return "strong"
    if weak.search(text):
        return "weak"
    return None


def action(view: View, a: int, b: int, topic: str) -> str:
    """The clause's last action noun (`강화`, `모색`) in English, with the topic as its object:
    `strengthen export controls`; `cooperate on <topic>` only when no action noun is found."""
    c = commitments()
    verb = None
    for t in reversed(view.tokens_in(a, b)):
        if t.base == "NNG" and t.text in c.verbs and topic not in c.verb_self.get(t.text, []):
            verb = c.verbs[t.text]
            break
    return action_phrase(verb or "cooperate on", topic_phrase(topic), topic)


# `다음 분야에서`, `아래 분야에서 협력을 확대해 나가기로 하였다.`: the items below are the fields.
# `다음과 같은 협력 방안을 논의했다`, `다음과 같은 방향에 뜻을 모았다`: the adnominal form leads as the adverb does.
_LEAD = regexscan.compile(r"(?:다음과|아래와)\s*같[이은]|(?:다음|아래)\s*(?:분야|사항|과제|성과|내용|의제)|다음의")


def list_lead(text: str) -> bool:
    """`양 정상은 다음과 같이 협력하기로 하였다.`: the bullet lines after it carry its cue."""
    t = text.strip()
    return bool(_LEAD.search(t) or t.endswith(":")) and strength(t) is not None


REPORTED = re.compile(r"(?:소식통|당국자|관계자)(?:은|는|이|가|들은)\s.*(?:이?라고|고)\s*(?:전했|말했|설명했|밝혔)")


def headline(view: View, s: Sent) -> bool:
    """No final ending (`공급망·디지털 협력 논의`): a headline or caption only reports a discussion."""
    # Read from the end: a sentence's final ending is at its end (the answer does not depend on the order).
    toks = view.tokens_in(s.start, s.end)
    for t in reversed(toks):  # (a loop, not a generator: every sentence asks)
        if t.base == "EF" or "+EF" in t.tag:
            return False
    return not nominal_end(toks) and not _continued(view, s, toks)


def _continued(view: View, s: Sent, toks: list[Tok]) -> bool:
    """`… 방안을 논의하였으며,` at a line's end: a connective ending and a comma; the sentence goes on in the next
    item (`ㅇ …`), so it is a body clause, not a headline."""
    if not s.text.rstrip().endswith(","):
        return False  # (most sentences: no token read)
    last: list[Tok] = []  # the last two tokens that are not spaces, last first
    for t in reversed(toks):
        if t.text.strip():
            last.append(t)
            if len(last) == 2:
                return last[0].text == "," and last[1].tag.endswith("EC")
    return False


_PUNCT = frozenset({"SF", "SP", "SS", "SSO", "SSC", "SW", "SE", "SO"})


def nominal_end(toks: list[Tok]) -> bool:
    """A report's nominal final ending (`논의함`, `합의하였음`, `하기로 함`): the nominaliser `-ㅁ/-음` closing the
    sentence stands for the finite ending (`논의했다`), as a ministry's or an embassy's bullet items write it."""
    k = len(toks) - 1
    while k >= 0 and (toks[k].base in _PUNCT or not toks[k].text.strip()):  # marks, line breaks
        k -= 1
    if k < 0 or not toks[k].tag.endswith("ETN") or not _final_mieum(toks[k].text[-1:]):  # not `-기`
        return False
    # A verb's (`합의함`, `하였음`, `개최됨`), not an adjective's (`점검이 필요함`: the writer's judgment).
    parts = toks[k].tag.split("+")
    before = parts[-2] if len(parts) > 1 else (toks[k - 1].tag.split("+")[-1] if k else "")
    return before.split("-")[0] in ("XSV", "VV", "VX", "EP")


def _final_mieum(syllable: str) -> bool:
    """The syllable closes in ㅁ (`함`, `음`, `됨`)."""
    code = ord(syllable) - 0xAC00 if syllable else -1
    return 0 <= code < 11172 and code % 28 == 16


# The next round: `제5차`/`5차`, `차기`, `다음` (not `다음 달`, a date) before a meeting noun within a few words.
_NEXT = re.compile(r"(?:(?:제\s*)?(\d{1,3})\s*차|다음(?!\s*달)|차기)\s*(?:[^\s.。]+\s+){0,3}?[^\s.。]*?"
                   r"(?:회의|대화|회담|협의|회의체|위원회|협상|포럼|총회|[A-Z]{2,6}(?=[을를은는이가의\s(]))")
_ROUND = re.compile(r"(?:제\s*)?(\d{1,3})\s*차(?!관)")  # `차기(제13차) 공동위원회`, `차기 제10차 정상회의`
# Said of the round after the noun: planned (`개최할 예정`, `열기로`), or a plain present that announces
# (`2025년 인도에서 열린다`, `개최된다`), or `협상을 하기로`.
_FUTURE = re.compile(r"(개최|열|갖|가질|열릴|개최될)[^.]{0,15}(예정|계획|기로)|열린다|개최된다|개최한다")
_DO = re.compile(r"\s*[을를]\s*(?:하기로|할\s*예정)")
# A verb of a meeting already held before the cue (`제9차 정상회의를 열고 … 개최하기로`): the round is this one.
_HELD = re.compile(r"열고|개최하고|갖고|가진|가졌|열었|개최했|열린(?!다)|개최된(?!다)")


def find_next(text: str, when: str | None) -> NextMeeting | None:
    # `_NEXT` needs `차` (`5차`, `차기`) or `다음`: most sentences have neither and skip its search.
    m = _NEXT.search(text) if "차" in text or "다음" in text else None
    if m:
        f = _DO.match(text, m.end()) or _FUTURE.search(text, m.end())
        if f and not _HELD.search(text, m.end(), f.end()):
            r = _ROUND.search(m.group())
            return NextMeeting(int(r.group(1)) if r else None, when, m.span())
    if says_regular(text) and re.search(r"예정|계획|기로|합의", text):
        return NextMeeting(None, "regular")
    return None
