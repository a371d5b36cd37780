"""Korean: Kiwi morphemes as spaCy tokens, and every rule that reads Korean."""
from __future__ import annotations

import functools
import re
from collections.abc import Container, Sequence
from datetime import date, timedelta
from itertools import compress
from operator import add
from pathlib import Path
from typing import TYPE_CHECKING

import spacy

from extract import regexscan
from extract.dates import DateMention, scan
from extract.entities import Mention
from extract.gazetteer import get_gazetteer
from extract.kiwi import on_create
from extract.lang.base import Grammar
from extract.lang.ko import commitments as ko_commitments
from extract.lang.ko import dates as ko_dates
from extract.lang.ko import events as ko_events
from extract.lang.ko import people as ko_people
from extract.lang.ko.rules import people as people_cues
from extract.lang.ko.rules import triggers
from extract.lang.ko.tokenizer import create_kiwi_tokenizer  # noqa: F401  (registers the tokenizer)
from extract.spec import spec

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

    from extract.commitments import NextMeeting
    from extract.delegates import Person
    from extract.events import EventMention
    from extract.view import Sent, Tok, View

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# Nouns of a span of time or activity that `중` follows as "during" (`방문 일정 중`, `회담 중`, `연설 중`).
_DURING_NOUN = re.compile(r"(?:기간|일정|방문|순방|체류|출장|회의|회담|행사|협상|논의|통화|면담|"
                          r"만찬|오찬|연설|이동|진행|참석)\s$")
_SPACE, _THIS_ONE = re.compile(r"\s"), re.compile(r"^(이번|금번|동|이날|해당)")  # (`specific`, asked per mention)
# `2019년 이후 처음으로`, `2011년 이래`, `5년 만에`: a year counted from, not an event's date.
_COUNTED_FROM = re.compile(r"\s*(?:이후|이래|만에)")
_ORD = re.compile(r"제?\s*(\d{1,3})\s*차|제\s*(\d{1,3})\s*회(?!\s*(?:개최|열))")  # `제3차`, `제1회 X 장관회의`
# `처음으로 개최한`, `처음 여는`: the first round held, unless counted from a break (`이후 처음`, `5년 만에 처음`,
# `취임 후 처음`) or within a year (`올해 처음`). (Searched only where `처음` is.)
_FIRST_HELD = regexscan.compile(r"(이후\s+|만에\s+|후\s+|올해\s+|금년\s+)?처음(?:으로)?\s*$")
# `처음 여는 다자 정상회의인 '2024 X 정상회의'`: the name is in apposition to a first round held.
_FIRST_APPOSED = re.compile(r"(이후\s+|만에\s+)?처음(?:으로)?\s+(?:개최|열|여)\S*\s+(?:\S+\s+){0,2}"
                            r"\S*(?:회의|회담|대화|포럼)인\s*['‘「『\"“]?$")
# `ㅇ (룩셈부르크) X 재무장관과는 …`: the parenthesised side that opens a line of a list of meetings
_SIDE_LABEL = re.compile(r"[ \t]*[□■○ㅇ◇◆▶▲△•·-]?[ \t]*\(([^()\n]{1,20})\)")
_LOC = re.compile(r"^\s*(?:[A-Za-z.\s]{0,6})?(?:에서|에 ?있는|에 위치한|을 방문|를 방문|방문)")
# `빌뉴스를 방문하고`, `비엔티안에 도착한`, `오슬로 방문…`: the city a trip went to.
_TRIP = re.compile(r"\s*(?:D\.C\.)?(?:을|를)?\s*(?:국빈\s*|공식\s*|실무\s*)?(?:방문|순방)|에\s*도착")


@functools.cache
def _venue_after() -> re.Pattern[str]:
    """`푸트라자야 총리실에서`, `아스타나의 대통령궁(아코르다)에서`: a venue of the city held at, right after it."""
    heads = "|".join(sorted(map(re.escape, triggers().venue_heads), key=len, reverse=True))
    return re.compile(rf"(?:의)?\s*(?:[가-힣A-Za-z·]+\s+){{0,3}}[가-힣A-Za-z·]*(?:{heads})"
                      r"(?:\s*\([^()]{0,20}\))?\s*에서")


@functools.cache
def _venue_where() -> re.Pattern[str]:
    """`관저에서`, `청와대 본관에서`, `관저로 초청해`: a seat of government (or a building or room of it) named as
    where; a guest invited to it is met there."""
    parts = "|".join(sorted(map(re.escape, triggers().venue_parts), key=len, reverse=True))
    return re.compile(rf"(?:\s*(?:{parts}))?\s*(?:에서|(?:으로|로)\s*초청)")


# `세 번째로 열린`, `두 번째 회의`: a round counted in words before the meeting's name.
_COUNTED = re.compile(r"(두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*번째")
# `11일 밝혔다`, `11일 공동 언론 발표문을 통해 밝혔다`, `11일 성명을 내고 밝혔다`: the day of the release.
_REPORT_DATE = re.compile(r"\s*(?:(?:[^\s.]+\s+){0,2}?[^\s.]*(?:발표문|성명서?|보도자료|보도문|브리핑|논평|담화문?)"
                          r"(?:을|를)\s+(?:통해|내고)\s+)?(밝혔|발표|전했|설명했)")
# `(사진=외교부 제공) 2024.02.29.`, `[사진=연합뉴스] 2024-02-29`: a photo credit, then the day the photo was filed
_CREDIT_BEFORE = re.compile(r"[(\[]\s*(?:사진|그래픽|영상)\s*=\s*[^()\[\]\n]{1,30}[)\]]\s*$")
# `6일 인도 외교부와 현지 매체에 따르면`: a day opening an attribution is the day the source reported on.
_ATTRIBUTED = re.compile(r"\s*(?:\([^()]{0,10}\)\s*)?[^.,\"“”]{0,40}?에\s?따르면")
# Syllables ending in ㄹ (`할`, `만날`, `열`): a verb's adnominal future form, as in `방문할 계획`.
_RIEUL = "".join(chr(0xAC00 + 28 * i + 8) for i in range(399))
# Two-syllable nouns of a visit or a meeting, before `계획` (`방한 계획`, `회담 계획`): a plan to meet.
_VISIT_NOUN = "(?:회담|회의|방문|방한|순방|개최|참석|면담|통화|출장)"
# `…로 이동해 … 15일 귀국한다`: the rest of a trip's next leg in the plain non-past (`attendance_future`).
_NEXT_LEG = r"[^.]*(?<!고 )(?:[한난연간된온]|는)다\."
# `발표문은 11일 새벽 나왔다`: a sentence about the release itself dates the release.
_RELEASE_SUBJECT = re.compile(r"\s*(?:공동\s*)?(?:언론\s*)?(?:서면\s*)?"
                              r"(?:발표문|성명서?|보도자료|보도문|브리핑(?:\s*자료)?)(?:은|는|이|가)\s")
_CALLED_ON = re.compile(r"[^,.\n]{0,14}?(?:을|를)\s*(?:예방|예방하|예방한|예방했)")
_FIELD = re.compile(r"(\S+)\s*분야의")
# `반도체, 인공지능 등 첨단기술 분야의`: a field after `등` sums up the items listed before it.
_SUMMED = re.compile(r"등\s+(?:\S+\s+){0,2}$")
# A list joint right before a word (`A, B`, `A·B`, `A와 B`): the word is an item of a list.
_LISTED = re.compile(r"(?:[,·ㆍ]\s*|[가-힣](?:와|과)\s+)$")
# The end of the predicate a field phrase (`X 분야의 …`) belongs to: `-하는 한편`, a connective ending (`추진하고`,
# `강화하며`) before the next predicate.
_SCOPE_END = re.compile(r"[는은]\s*한편[,\s]|[가-힣](?:고|며|면서)[,\s]")
# Items joined by a middle dot inside one word (`반도체·배터리`).
_JOINED = re.compile(r"[가-힣A-Za-z0-9)][·ㆍ][가-힣A-Za-z0-9(]")
_ABBR_SEP = re.compile(r"[\s·ㆍ・‧\-]")


_PLACE_LINE = re.compile(r"[ \t]*[○ㅇ◦•▪□-]?[ \t]*(?:일시\s*[·및,/ㆍ]\s*)?장소\s*[:：]")

class _ProperTags(dict):
    """tag -> whether it opens with a proper noun (`NNP`, `NNP+JKS`); Kiwi's tags and joins are a small set."""

    def __missing__(self, tag: str) -> bool:
        self[tag] = proper = tag.startswith("NNP")
        return proper


_PROPER = _ProperTags()


def _columns(doc: Doc) -> tuple[Sequence[int], Sequence[str], Sequence[str], Sequence[str], list[int]]:
    """The tokenizer's (offset, word, tag, form) columns, with each token's end (read twice per document: made
    once)."""
    cached = doc.user_data.get("_kiwi_columns_ends")
    if cached is not None:
        return cached
    columns = doc.user_data.get("kiwi_columns")
    if not columns:
        return (), (), (), (), []
    offsets, words, tags, forms = columns
    ends = doc.user_data.get("kiwi_ends")  # (the tokenizer's; a Doc made by an older one has none)
    if ends is None:
        ends = list(map(add, offsets, map(len, words)))
    out = doc.user_data["_kiwi_columns_ends"] = (offsets, words, tags, forms, ends)
    return out


# `연차총회(5.2~5)`: a date in parentheses attached to a word that is not itself a day word (`내일(10.11)`).
_GLOSSED = re.compile(r"[가-힣A-Za-z0-9」』’'\"”)]$")
_DAY_WORD = re.compile(r"(?:내일|모레|오늘|금일|이날|어제|전날|주|달|시간)$")
# The noun an adnominal clause modifies when the clause's date is also the event's (`참석한 가운데 열렸다`).
_TIME_NOUN = re.compile(r"\s*(?:가운데|속|채|뒤|후|직후|이후|다음|직전|전|당일|날|자리)")


_LATIN_GLOSS = re.compile(r"(?<=[가-힣A-Za-z0-9])\([A-Za-z0-9&.\- ]{1,20}\)")
_GLOSS = re.compile(r"(?<=[가-힣A-Za-z0-9])\([^()\n,]{1,20}\)")  # (Latin or Hangul: `(다보스 포럼)`)
# `이번 회의는 7일 …`: a sentence about the event of the release, named before its dates.
_THIS_TOPIC = re.compile(r"(?<![가-힣])(?:이번|금번)\s*[가-힣]+(?:은|는)\s")


def _gloss_at(view: View, d: DateMention) -> int | None:
    """Where the `(` opens when `d` is the parenthesized date of the word before it."""
    lo = d.start if d.text.startswith("(") else d.start - 1
    if lo < 1 or view.text[lo] != "(":
        return None
    before = view.text[max(0, lo - 6):lo]
    return lo if _GLOSSED.search(before) and not _DAY_WORD.search(before) else None


# Between a span's two days: `~`, or `부터` after the first day's time of day or zone (`4일 오후(현지시간)부터`).
_SPAN_JOIN = re.compile(r"\s*(?:(?:오전|오후|저녁|밤|새벽)\s*)?(?:\([^()\n]{1,12}\)\s*)?(?:[~∼～–-]|부터)\s*")


def _closes_span(view: View, cands: list[DateMention], d: DateMention) -> bool:
    """A day that closes a span opened by another day of the sentence (the span is dated by its first day)."""
    return d.kind == "day" and any(o.kind == "day" and o.end <= d.start
                                   and _SPAN_JOIN.fullmatch(view.text, o.end, d.start) for o in cands)


def _others_gloss(view: View, m: EventMention, d: DateMention) -> bool:
    lo = _gloss_at(view, d)
    if lo is None or m.trig_end <= lo <= m.trig_end + 1:  # `회담(9.8.)`: the trigger's own date
        return False
    return m.name_start is None or m.name_end is None or not m.name_start < lo <= m.name_end + 1


@functools.cache
def _event_verbs() -> frozenset[str]:
    return frozenset(v for vs in triggers().verbs.values() for v in vs)


# A day followed by a time of day or `에(는)`: an adverbial of the main clause.
_MAIN_TIME = re.compile(r"\s*(?:(?:오전|오후|저녁|밤)(?:에는|에|은|는)?|에는)(?=\s)")


# A day and the time of day after it (`5.31.(금) 오전(현지시간)`): when the main clause's act happened.
_DAY_TIME = re.compile(r"\s*(?:오전|오후|저녁|밤|새벽)")


_CAREER = frozenset({"임명", "취임", "선출", "부임", "당선", "임용", "발탁", "위촉", "퇴임", "사임", "별세", "서거"})


def _clause_date(view: View, d: DateMention, stop: int) -> bool:
    """`지난 1일 취임한 총리`, `올해 수교 34주년을 맞은 관계`: the first ending after the date (before `stop`) is the
    adnominal one of a verb that reports no event, modifying a noun that is not a time (`참석한 가운데`). Another
    date before that ending (`지난 6일 A, 전날 B에 이은`) makes a list of dates, not a clause of this one."""
    if _MAIN_TIME.match(view.text, d.end):
        return False  # `9.11.(수) 오전에는 A가 주최한 포럼에 참석`: the main clause's time, before the clause's subject
    later = view.dates_in(d.end, stop)
    toks = view.tokens_in(d.end, later[0].start if later else stop)
    for i, t in enumerate(toks):
        if (t.form or t.text) in _CAREER and i + 1 < len(toks) and toks[i + 1].tag.startswith("XSV"):
            return True  # `이달 15일 임명되어 …`, `지난 1일 취임해`: a day of someone's office, no meeting's
        if "ETM" in t.tag:
            pred = toks[i - 1] if (t.base in ("ETM", "XSV", "XSA") or t.tag.startswith("XS")) and i else t
            if pred.base == "VCP" and i and toks[i - 1].form == "중":
                return True  # `2∼4일 자카르타를 방문 중인 X`: the span of the visit X is on, not an event's day
            if pred.base in ("VA", "VCP", "VCN") or pred.form in _event_verbs() or pred.text in _event_verbs():
                return False  # `같은 장소`, `최고지도자인 X`; `열린 회의`: another event's date
            return not _TIME_NOUN.match(view.text, t.end)
        if t.base in ("EC", "EF") or "+EC" in t.tag or "+EF" in t.tag:
            return False
    return False


# `올해 아세안 의장국인 말레이시아의 X 장관과`: a year (month) that describes a noun with the copula (`…인`) is that
# noun's, not the meeting's.
_DESCRIBED = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}[^\s,.]+인\s")


def _adnominal_date(view: View, m: EventMention, d: DateMention) -> bool:
    """`이 회의에는 … 지난 1일 취임한 총리가 함께했다`, `면담을 갖고, 올해 … 맞은 관계를 평가`: after the event's
    name (or `이번 회의는`), a date in an adnominal clause is that clause's. Before the name (`5일 방한 중인 장관과
    회담`) it stays."""
    if d.end <= m.trig_start:
        named = m.name_start is not None and m.name_start <= d.start or bool(
            _THIS_TOPIC.search(view.text, m.sent.start, d.start))
        return named and _clause_date(view, d, m.trig_start)
    return _clause_date(view, d, m.sent.end)


# `X의 후속 조치로`, `X의 후속으로`, `X 후속 조치로서`: the earlier meeting an act follows up
_FOLLOW_UP = r"후속\s*(?:조치|협의|회의)?\s*(?:로|으로|로서|차원)"
_FOLLOWED_UP = re.compile(r"[」』'’\"”)]*\s*(?:의\s*)?" + _FOLLOW_UP)
# (the meeting phrase it follows up, `지난 17일 서울에서 열린 한-캐나다 정상회담의 후속 조치로`, as an aside: its day
# and place are that meeting's)
_FOLLOW_UP_OF = re.compile(r"[^\s,]+\s*의\s*" + _FOLLOW_UP)


# `X에 참석하기 위해`, `X 참석차`, `X 참석을 위해`: the gathering a visitor came to attend
_CAME_FOR = re.compile(r"[」』'’\"”)]*\s*(?:에\s*)?참석(?:하기\s*위해|하기\s*위하여|차|을\s*위해)")


# `X에 관한`, `X에 대한`: adnominal postpositions (a noun's topic), not a clause of their own.
_POSTPOSITION_ETM = re.compile(r"\S*에\s*(?:관한|대한)$")


def _opens_adnominal(view: View, d: DateMention, stop: int) -> bool:
    """`전날 열린 G7 회의에 이어`, `전날 발표된 도발`: the first ending after the date is adnominal (of any verb, an
    event's too), modifying a noun that is not a time (`전날 도착한 뒤` stays the main clause's). A topic before it
    (`이날 회의는 … 잇단 도발 속에`) is the main clause's."""
    if _MAIN_TIME.match(view.text, d.end):
        return False
    later = view.dates_in(d.end, stop)
    toks = view.tokens_in(d.end, later[0].start if later else stop)
    for i, t in enumerate(toks):
        if (t.form or t.text) in _CAREER and i + 1 < len(toks) and toks[i + 1].tag.startswith("XSV"):
            return True  # `이달 15일 임명되어 …`, `지난 1일 취임해`: a day of someone's office, no meeting's
        if "ETM" in t.tag:
            if _POSTPOSITION_ETM.match(view.text, toks[max(i - 2, 0)].start, t.end):
                continue  # `전날 … 협력에 관한 양해각서에 서명했다`: `에 관한` is a postposition, no clause of the date
            return not _TIME_NOUN.match(view.text, t.end)
        if t.base in ("EC", "EF", "JX") or "+EC" in t.tag or "+EF" in t.tag:
            return False
    return False


def _attributed_day(view: View, start: int, end: int) -> DateMention | None:
    """`6일 외교부에 따르면 장관은 전날 … 회담했다`: the day of an attribution before `end` in its sentence (from
    `start`), which a later `전날`/`이날` of the sentence counts from (not a day of the event itself)."""
    if "따르면" not in view.text[start:end]:
        return None  # most sentences attribute nothing
    return next((x for x in reversed(view.dates_in(start, end)) if x.kind == "day" and x.value
                 and (a := _ATTRIBUTED.match(view.text, x.end, end)) is not None and "따르면" in a.group()), None)


def _quoted(text: str) -> bool:
    """The text before a point of a sentence leaves a double quote open (`장관은 "전날 …`)."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


# `※ 작년 5.2일 인천에서 열린 제26차 회의는 …`: a note line (`※`) is an aside, and a day of last year (`작년`, `지난해`)
# is no day of this report's events.
_LAST_YEAR = re.compile(r"(?:작년|지난해|전년)\s*$")
# `북한은 이틀 전인 12일 …`, `아흐레 전인 1일 취임했다`: a day counted back from the story's day is a flashback, not
# the day a later `이날` goes on from.
_DAYS_BACK = re.compile(r"(?:하루|이틀|사흘|나흘|닷새|엿새|이레|여드레|아흐레|열흘|보름|일주일|\d{1,2}\s*일)"
                        r"\s*전인\s*$")


# `스페인·포르투갈·모로코 순방`, `베트남·태국 방문 일정`: the countries of a tour, listed before its noun.
_TOUR_AFTER = re.compile(r"\s*(?:을|를|의)?\s*(?:순방|연쇄\s*방문|방문\s*일정)")
_STOPS_GAP = re.compile(r"(?:\s*(?:,|·|ㆍ|、|및)\s*)+")


# A note line (`※`) telling a meeting held earlier (`앞서`, `이에 앞서`, `지난`): an aside to the report's events.
# `※ 「X」: …`, `※ 'X'란 …`: a note glossing a quoted name, which tells what it is, not what happened that day.
_GLOSS_NOTE = re.compile(r"\s*※\s*[「『'‘\"“][^」』'’\"”\n]{2,60}[」』'’\"”]\s*(?::|이란|란)\s")
# `   * X는 …`: a footnote glossing a starred word of the text above (`개선협상*`), background to what the text tells
_STAR_NOTE = re.compile(r"[ \t]*\*{1,2}[ \t]")
_NOTE_EARLIER = re.compile(r"\s*※[^\n]*?(?:앞서|지난\s|이미\s)")


def _note_before_body(view: View, m: EventMention, line: int) -> bool:
    """`오늘(4.17.) … 통화를 가졌습니다. ※ 기시다 총리는 … 4.10.(현지시간) 워싱턴에서 … 정상회담을 가졌습니다`: a note's
    meeting (its line starting at `line`) dated days before every day the body told above it is background to the
    body's event, not another one."""
    if m.date is None or m.date.value is None or m.date.kind != "day":
        return False
    if not view.text[line:m.trig_start].lstrip().startswith("※"):
        return False
    body = [d.value for d in view.dates_in(0, line) if d.kind == "day" and d.value is not None
            and not view.text[view.text.rfind("\n", 0, d.start) + 1:d.start].lstrip().startswith("※")]
    return bool(body) and (min(body) - m.date.value).days > 2  # (not `전날인 4.17.`: the day before, of one trip)


def _aside_date(view: View, d: DateMention) -> bool:
    line_start = view.text.rfind("\n", 0, d.start) + 1
    return view.text[line_start:d.start].lstrip().startswith("※") or bool(
        _LAST_YEAR.search(view.text, max(0, d.start - 6), d.start)) or bool(
        _DAYS_BACK.search(view.text, max(0, d.start - 10), d.start))


# `미 동부시간 15일 저녁(한국시간 16일 오전)`, `한국 시간으로 16일`, `16일(한국시간)`: the same moment told on Korea's
# clock; `호주 시간으로 15일 오전, 캐나다 시간으로는 14일 저녁`: told on two clocks.
_HOME_CLOCK = re.compile(r"(?:한국|서울|우리)\s?시[간각](?:으로는?|으론)?\s*,?\s*$")
_HOME_CLOCK_IN = re.compile(r"\((?:한국|서울|우리)\s?시[간각]\)")
_SOME_CLOCK = re.compile(r"시[간각](?:으로는?|으론)\s*$")
_CLOCK_NEAR = 40  # characters: a conversion follows (or precedes) the day it converts


def _clock_before(view: View, d: DateMention, clock: re.Pattern[str]) -> bool:
    return bool(clock.search(view.text, max(0, d.start - 12), d.start))


def _other_clock(view: View, d: DateMention) -> bool:
    """`d` is the same moment as another day of its sentence, told on another clock: Korea's (the other is the
    local day, where the event is dated), or a second local clock after a first one (the first is kept)."""
    s = view.sent_of(d.start)
    if s is None or d.kind != "day":
        return False
    home = _clock_before(view, d, _HOME_CLOCK) or bool(_HOME_CLOCK_IN.search(d.text))
    if not home and not _clock_before(view, d, _SOME_CLOCK):
        return False  # (no clock named before the day, most days: the days near it are not looked up)
    near = [x for x in view.dates_in(max(s.start, d.start - _CLOCK_NEAR), min(s.end, d.end + _CLOCK_NEAR))
            if x is not d and x.kind == "day" and x.value and x.value != d.value]
    if home:
        return any(not _clock_before(view, x, _HOME_CLOCK) and not _HOME_CLOCK_IN.search(x.text) for x in near)
    return any(x.end <= d.start and _clock_before(view, x, _SOME_CLOCK) for x in near)


# `상호관세 유예가 끝나는 7월 8일 이전에 합의안을 마련`: a day ahead that ends a span is a deadline, not a day of the
# event told in the clause (`19일부터 21일까지 열렸다`, a range, is dated by its first day apart).
_DEADLINE = re.compile(r"\s*(?:이전|전)\s*(?:에|까지)|\s*까지(?!\s*(?:열|개최|진행))"
                       # `오는 24일 … 침공 2년을 앞두고 열렸다`: a day ahead the event was held before
                       r"|[^,.\n]{0,30}?(?:을|를)\s*앞두고")


def _deadline(view: View, d: DateMention) -> bool:
    return bool(d.value and view.published and d.value > view.published and _DEADLINE.match(view.text, d.end))


# `금년 9월 효력 만료를 앞둔 양해각서`, `2021년 발효된 협정`: the day a document expires or takes effect, no act's
_VALIDITY = re.compile(r"\s*(?:부로\s*)?(?:효력\s*)?(?:만료|발효|효력\s*종료)")


def _validity(view: View, d: DateMention) -> bool:
    return bool(_VALIDITY.match(view.text, d.end))


_THIS_EVENT_LEAD = re.compile(r"(?<![가-힣])(?:이번|금번|이날|오늘)")


_DATE_LINE_SPAN = 300  # a date line sits under the title, before the body
_DATE_LINE_GAP = 2  # days between it and the publication (an embassy's translation, time zones)
# `(2023년 3월 7일, 워싱턴)`, `2022년 8월 3일, 캄보디아 프놈펜 – 호주 외교통상부`: the date opens its line and at most a
# place and an issuer follow it; no predicate.
_DATE_LINE_REST = re.compile(r"[ \t]*(?:\([^)\n]{0,12}\))?[ \t]*(?:[,·][^\n.]{0,60})?\)?[ \t]*")


def _date_line_day(text: str, found: list[DateMention], published: date | None) -> date | None:
    """A release's date line (a full date opening its line near the top): the day `오늘`/`이날` mean. An embassy's
    translation of a foreign release keeps the original's line and is published a day or two later. None when there is
    no such line or it is the publication day."""
    first = next((d for d in found if d.kind == "day" and d.start < _DATE_LINE_SPAN), None)
    if published is None or first is None or first.value is None or first.relative or first.value == published \
            or abs((first.value - published).days) > _DATE_LINE_GAP or "년" not in first.text:
        return None
    start = text.rfind("\n", 0, first.start) + 1
    end = text.find("\n", first.end)
    end = len(text) if end == -1 else end
    if text[start:first.start].strip(" \t(") or not _DATE_LINE_REST.fullmatch(text, first.end, end):
        return None
    return first.value


# `…와 정상회담을 하고, 이어`, `…와 회담한 데 이어`, `서명했으며`, `면담한 뒤`: a connective ending right after a
# meeting's or signing's predicate, closing its clause.
_CONNECTIVE = re.compile(r"[가-힣]{0,3}?(?:고|며|\s*(?:데\s*이어|직후|뒤|후|다음))(?:에는|에|,)?(?=[\s,])")

# Who sat in beside the principals: `X 대사와 Y 국장이 배석했다`, `X 대사 등이 함께했다`, `X 대사를 비롯한 양측
# 대표단이 배석한 가운데`, `A 장관과 B 대통령이 임석한 가운데` (witnessing a signing), `X 차관보도 참석했다`,
# `조 장관은 X, Y과 함께 회담에 임했다`, `B·C 의원이 함께한 특사단`: up to the cue only names,
# titles, commas and `와/과/및` (no object, place or verb between); (`A, B 등이 참석한 … 회의` lists a meeting's
# members, who may lead).
_COMPANION = re.compile(r"(?:(?!을\s|를\s|에서|하고|하며|했|가졌|열렸|만나|으로|에게)[^.;]){0,60}?"
                        r"(?:(?:이|가|도)\s*(?:각각\s*|함께\s*|모두\s*)?(?:배석|임석)|도\s*참석|"
                        r"등(?:이|도)\s*(?:함께|배석|임석|참석했|수행했|수행하였)|"
                        r"(?:을|를)\s*비롯한\s+(?:[가-힣]+\s+)?(?:대표단|관계자|인사|일행|참석자)|"
                        r"(?:과|와)\s*함께\s+(?:[가-힣]+에\s*)?(?:임했|배석|참석했)|"
                        # `A를 단장으로 하고 B·C 의원이 함께한 특사단`, `… 의원이 동행한 대표단`: the members beside
                        # the one who leads
                        r"(?:이|가)\s*(?:함께|동행)(?:한|하는)\s+(?:[가-힣]+\s+){0,2}(?:특사단|대표단|사절단|방문단|일행))")


# `윤 대통령이 X 대통령에게 보내는 친서를 전달`, `Y 총리 앞으로 보내는 친서`: the letter's addressee (the phrase
# before `에게`/`앞으로`), not the one it is handed to.
_ADDRESSED = re.compile(r"(?:에게|\s앞으로|\s앞)\s*(?:보내는|보낸|전하는|보내온)\s+(?:[가-힣]+\s+){0,3}?"
                        r"(?:친서|서한|축하\s?서한|메시지)")

# The words that end the phrase before a meeting set as a modifier's scene (a topic, subject or object particle, a
# comma)
_PHRASE_BREAK = re.compile(r"[은는을를이가]\s|,\s*")


# `지난달 평양 남북정상회담 당시 김 위원장이 …라고 밝혔다고`: who spoke at a past meeting recalled in the sentence, up
# to the end of what is quoted of it
_PAST_SCENE = re.compile(r"(?:회담|회의|방문|통화|면담)\s*당시\s[^.]*?(?:다고|라고|다며|라며)(?=\s)")
# `동행한 X 수석에 따르면`: the source of the report, not one who met
_SOURCE = re.compile(r"에\s*따르면")


def _phrase_start(text: str, pos: int) -> int:
    """Where the noun phrase ending at `pos` opens: after the last topic, subject or object particle, or comma."""
    return max((p.end() for p in _PHRASE_BREAK.finditer(text, 0, pos)), default=0)


# `이날 서명식에는 A와 B 등이 참석했다`: the people at a signing told before, beside those who signed it
_AT_CEREMONY = re.compile(r"\W*(?:이날\s*|같은\s*날\s*|한편\s*)?(?:[가-힣]+\s+)?(?:서명|체결|교환)식에(?:는|도)?\s")


# The trigger's own verb closing its clause with a connective and a comma (`갖고,`, `가졌으며,`, `회담하고,`).
def _long_past(view: View, d: DateMention) -> bool:
    """`'22.9월 체결한 MOU` in a report of 2024: a date months before the report (a time gone by, as `지난 …`)."""
    return d.value is not None and view.published is not None and (view.published - d.value).days > 60


_CLAUSE_ENDED = re.compile(r"[가-힣]{0,4}?(?:고|며|면서),")
_RECALLED_DATE = re.compile(r"지난\s*\S+$|지난해|작년|지난달")  # (`지난 6월`: a time gone by, another clause's)


class Korean(Grammar):
    code = "ko"
    data_dir = Path(__file__).parent / "data"
    alias_langs = ("ko", "en")
    morpheme_edges = True
    bilateral = re.compile(r"양자")
    day_before = re.compile(r"전날|전일|하루 전")
    news_content = re.compile(r"논의|합의|협의했|확인했|교환했|약속했|뜻을\s*모았|하기로\s*했")
    day_after = re.compile(r"이튿날|다음\s?날|익일")
    trip_after = _TRIP  # `10.17~18 몽골 울란바토르를 방문하여`, `뉴욕에 도착한`
    trip_week = True
    trip = re.compile(r"방문|순방|출장|체류")
    meeting_series = re.compile(r"(?:연쇄|잇단|잇따른|릴레이)\s*(?:양자\s*)?(?:회담|면담|협의)|"
                                r"(?:잇따라|잇달아|연이어|차례로)\s*(?:양자\s*)?(?:회담|면담|협의|만나)")
    held_in_span = re.compile(r"(?:에서|서)\s*(?:열린|개최된)\s")
    visit_after_country = re.compile(r"\s*(?:을|를)?\s*(?:(?:공식|국빈|실무)\s*)?(?:방문|순방|출장)")
    back_reference = regexscan.compile(r"(?<![가-힣])(?:당시|그\s?당시|그때)(?:\s|에|의|,)")
    page_links = re.compile(r"\s*(?:관련\s*(?:보도자료|기사|뉴스|자료|링크)|이전\s*글|다음\s*글|첨부\s*파일)\s*[:：]")
    # `방문 기간 중`, `합동각료회의 기간 중`, `총회 기간 동안`, bare `방문 기간 X 대통령을 예방`: some day of a visit
    # or of a gathering's days (rule 6).
    # (`이번 브뤼셀 방문 계기에 A와 면담`: on the occasion of the visit, as during it)
    during_trip = re.compile(r"(?:방문|순방|체류|출장|회의|회담|총회|포럼)\s*(?:기간|일정)(?:\s*(?:중|동안)|\s)|"
                             r"(?:방문|순방|출장)\s*계기에\s")
    this_event = re.compile(r"^(이번|금번|동)\b")
    visit_occasion = re.compile(r"(?:이번|금번)\s*(?:공식\s*|국빈\s*)?(?:방문|순방|방한|방일|방미|방중)"
                                r"(?:을|를)?\s*계기로")
    # (`라미레스 부통령`, `차르 상원의장`, `X 외교차관`: a title compound ends in one of these)
    titled_name = (r"(?<![가-힣]){w}\s+(?:[가-힣]+\s)?[가-힣]*(?:대통령|부통령|총리|장관|차관보?|서기장|주석|의장|국왕|"
                   r"총재|대표|위원장|사무총장|대사|특사)(?![가-힣]*(?:실|부|청|관))")
    # `이날 두 장관은 …`, `양 장관은 …`: the two people named before
    pair_reference = re.compile(r"\W*(?:[^,.]{0,30},\s*)?(?:이날\s+|또한\s+|아울러\s+)?(?:두|양)\s*"
                                r"(?P<noun>장관|본부장|대표|수석대표|차관|총리)(?:은|는|이|가)\s")
    # `이 자리에서 양국은 …에 서명했다`: at the meeting the sentence before told
    at_that_meeting = re.compile(r"\s*(?:이|그)\s*자리(?:에서|에선)\s")
    at_meeting = re.compile(r"\s*(?:이번\s*|이날\s*|동\s*)?(?:회의|회담|대화|간담회|포럼)"
                            r"(?:에서|에서는|에는|를 통해)\s")
    def type_heads(self, type_: str) -> list[str]:
        return triggers().heads.get(type_, [])

    # `ㅇ 동 연합은`, `이 센터는`, `SCRI는`: the noun after the demonstrative, without its particle; a bare noun only
    # before what tells a thing's content (`협정에 따라 양국은 …`, `파트너십에는 …이 담겼다`, `로드맵은 …`)
    referring_opening = re.compile(
        r"\s*(?:[ㅇ○\-–]\s+)?(?:(?:동|이|이번|해당|同)\s+([가-힣A-Za-z]+?)|([A-Z]{2,})"
        r"|([가-힣]{2,8}?)(?=에 따라\s|에는\s|[은는]\s))"
        r"(?:은|는|이|가|의|을|를|과|와|에서는|에서|에는|에)?[\s,]")
    # `아울러 양국 대학과 기업이 …`, `또한 …` after `동 MOU에 따라 양국은 …`: going on with the sentence before
    carrying_on = re.compile(r"\s*(?:[ㅇ○\-–]\s+)?(?:아울러|또한|또|이와 함께)[\s,]")
    same_parties = re.compile(r"3국|양국|세 나라|두 나라|양측|삼국|양\s?정상|[두세] 정상|[양두세]\s?장관(?!회|급)"
                              r"|참석\s*(?:\d+\s*개\s*)?국|참석국|참가국")
    # `서명자는 A 장관과 B 위원장이었다`, `문서 서명자로는 A 장관 등이 나섰다`: who signed (see Grammar.signatories)
    # (`서명은 A 청장과 B 차관보가 했다`, `서명에는 A와 B가 나섰다`: the signing as the topic, its agents named)
    # (`앙골라 측에서는 A 외교장관이 서명했으며`: who signed for a side)
    signatories = re.compile(r"서명자(?:는|로는|로|들은)\s|(?<![\w])서명(?:은|에는)\s[^.\n]{2,80}?[이가]\s(?:각각\s)?"
                             r"(?:했|하였|맡았|나섰|대신했)|측에서는\s[^.\n]{2,60}?[이가]\s(?:각각\s)?서명(?:했|하였)")
    # `정상들은`: the leaders of a meeting of more than two, unnumbered
    # (`두 총리가 참석한 가운데 … 협정이 체결됐다`, `두 대통령이 지켜보는 가운데`: the leaders by their office; not
    # `양 총리`, `양` being a surname)
    referred_office = ((regexscan.compile(r"[양두세]\s?정상|[두세]\s?(?:총리|대통령)(?=[은는이가과와의\s])|"
                                          r"[2-9]국\s?정상(?!회)|정상들[은이]"),  # (`정상` first)
                        re.compile(r"대통령|총리|국왕|주석|총통|왕세자|수상|서기장|군주|국무위원장|국가원수")),
                       # `양국 외교장관은 … 양해각서에 서명하고`: the ministers of that portfolio of the meeting
                       *((regexscan.compile(rf"(?:[양두세]|양국|[2-9]국)\s?(?:{said})\s?장관(?!회|급)"),
                          re.compile(held))
                         for said, held in (("외교", "외교|외무"), ("국방", "국방"), ("통상|산업", "통상|산업|무역"))),
                       # `3국 장관은`, `인도 측 장관들은` (a side named in it keeps that side's people)
                       (regexscan.compile(r"(?:[양두세]|양국|[2-9]국)\s?장관(?!회|급)|"
                                          r"(?:[가-힣]{1,6}\s?(?:측\s?)?)?장관들[은이]"),
                        re.compile(r"장관|외무상|상무|대표|대신")),
                       # (`양 차관`: a US deputy secretary, `부장관`, is of that rank)
                       (regexscan.compile(r"(?:[양두세]|양국)\s?차관(?!회|급|보)"), re.compile(r"차관|부장관")),
                       # `양국 부총리는 … 합의의사록에 서명하였다`: the deputy prime ministers of the meeting
                       (regexscan.compile(r"(?:[양두]|양국)\s?부총리(?!회|급)"), re.compile(r"부총리")),
                       # `양측은 … 출범시켰다/서명하였다`: the sides' people of the meeting, a done act only (not
                       # `양측은 … 서명될 수 있도록`, the countries' plan)
                       (re.compile(r"양측[은이]\s[^.]*?(?:출범시켰|출범하였|출범했|서명했|서명하였|체결했|체결하였)"),
                        None))
    levels = [("leaders", r"정상"), ("ministerial", r"장관|외무상|외무대신|안보실장|국가안보보좌관"),
              ("senior_officials", r"차관|고위급|차장|차관보|고위"), ("working", r"국장급|실무|과장|심의관|부차관보")]
    ended_span = re.compile(r"(?P<n>이틀|사흘|나흘)\s*(?:간|동안)의?\s+(?:\S+\s+){0,3}?\S*"
                            r"(?:협상|회담|회의|대화)[을를]\s*마무리")
    attendance = re.compile(r"참석|주재|서명|체결|임석|수석대표|대표로|참석자|참여|회담|개최|만나|만났|만난|면담|"
                            r"예방|접견|회동|지켜봤|지켜보았|이끌|열었|가졌|"
                            r"갖고|배석|회의를\s*(?:하|한|했|진행)|회담를\s*(?:하|한|했|진행)|통화를\s*(?:하|한|했|진행)|"
                            r"협의를\s*(?:하|한|했|진행)|대화를\s*(?:하|한|했|진행)|"
                            r"통화(?:했|하였|하고|하며)|통화한\s*(?:뒤|후|다음|직후)|함께하|함께했|환담|"
                            r"을\s*열(?:고|어|며)\s|를\s*열(?:고|어|며)\s|"  # `정상회의를 열고 …`: held it together
                            r"공동\s?의장|의장을 맡|개회사|모두발언|자리했|자리하였|동석|"
                            # `이번 방문에는 A 장관, B 실장 등이 수행했다`: who came along
                            r"등이\s*수행했|등이\s*수행하였|"
                            # `A 대사의 환영사로 시작되었으며, 이어 B 과장이 발제하였다`: who spoke there was there
                            r"환영사|폐회사|축사|기조연설|발제|"
                            # `첫 세션에서는 A 차관과 B 차관이 …`: who speaks in a session of the meeting took part
                            r"세션에서|"
                            r"마주\s*앉|통화에서\s.*(?:뜻을|의견을)\s*(?:모았|같이했)|"  # (ev27's; `회담` is above)
                            # `X 장관과는 … 방안을 논의하였다`: a talk with the person set off by `과는` (ev31ko's)
                            r"과는\s[^.\n]*?(?:논의|협의|교환|공감|같이)(?:하였|했|하고|하며)|"
                            r"와는\s[^.\n]*?(?:논의|협의|교환|공감|같이)(?:하였|했|하고|하며)|"
                            # `양해각서(MOU)를 교환했다`: documents exchanged are signed (grid31ko; not `의견을 교환`)
                            r"서를\s*교환|\)를\s*교환|정을\s*교환|MOU를\s*교환|"
                            # `협상을 마무리했다`, `협상을 재개했다`, `대화를 나눴다`: the meeting verbs of wire copy
                            r"상을\s*마무리|담을\s*마무리|의를\s*마무리|상을\s*재개|담을\s*재개|화를\s*나누|화를\s*나눴")
    # (Every alternative starts with a character, not a group or a class: `re` then tries the pattern only where
    # one of those characters is; `(?:회의|…)를` and `[을를]` written out, the same matches.)
    # planned, not held: `개최될 정상회담`, `열릴 회의`, `회담이 추진되고 있어`
    # (`예정됐던 기자회견`, `예정대로`: what was planned before the day, not a plan for later; the pattern is tried
    # only at its first characters)
    # (`…로 이동해 … 면담하고 15일 귀국한다`: the trip's next leg in the plain non-past is ahead; not `…했다고 한다`)
    # (Every alternative opens with a character, so that `re` skips to those itself: the trip's words written out
    # one by one, and `\bwill\b` as `w(?<!\w\w)ill\b`, the word's start tested once its first letter is read.)
    # (`행동계획을 발표했다`, `이행계획`, `유엔환경계획`: `계획` closing a compound noun is a document or a body, not
    # a plan for later, which is its own word after a verb's future form or a visit's noun: `방문할 계획이다`,
    # `만날 계획`, `회담 계획을 밝혔다`; `훈련 계획을 논의했다` is a plan the meeting talked about.)
    attendance_future = regexscan.compile(r"예정(?!됐던|되었던|이었던|대로)|"
                                          rf"계(?<=[{_RIEUL}]\s계)획|계(?<=[{_RIEUL}]계)획|계(?<={_VISIT_NOUN}\s계)획|"
                                          r"개최될|열릴|추진되|"
                                          rf"이동{_NEXT_LEG}|귀국{_NEXT_LEG}|출국{_NEXT_LEG}|향하{_NEXT_LEG}|"
                                          rf"향해{_NEXT_LEG}|w(?<!\w\w)ill\b|t(?<!\w\w)o be\b|"
                                          r"l(?<!\w\w)ook forward\b|l(?<!\w\w)ooks forward\b|p(?<!\w\w)lans? to\b")
    participation = re.compile(r"참석|참가|참여|정상들이|장관들이|대표들이|자리했|자리하였|함께했|함께하였")
    continuation = re.compile(r"^(이를|이에|이와)\b|(?:이러한|이와 같은|이 같은)\s*(?:협력|교류|공조)")
    shares_final_cue = True
    bare_mention_told = True  # `회의는 … 주재로 진행됐다`: the meeting at hand
    # searched in every clause; `관계가 '전략적 동반자 관계'로 격상된 이후`: the relations' past raise is the time.
    scene = regexscan.compile(r"\S+?(?:로|으로)\s+인한|\S+\s+이후(?=\s)|"
                              r"관계[가를는]?\s+.{1,30}?(?:로|으로)\s+격상(?:된|한)\s+(?:이후|뒤|후)(?=\s)")
    name_topic_fallback = True
    # A remark or an exchange of views before the sentence's cue (`…을 설명하고,`, `의견을 교환하고,`), or the meeting
    # itself (`…장관을 면담하고,`, `…과 정상회담을 갖고,`): not agreed.
    remark = regexscan.compile(r"(?:지적|설명|소개|언급|강조|표명|표|평가|말|밝히|주목|의견을 교환|의견을 나누)"
                        r"하?(?:고|며|면서)\s*,?\s*$|면서\s*,?\s*$|"
                        r"(?:면담|회담|통화|예방|접견)(?:을|를)?\s*(?:갖|가지|하|개최하)?(?:고|며)\s*,?\s*$")
    joint_subject = re.compile(r"3국|양국|세 나라|두 나라|양측|삼국|양\s?정상|[두세] 정상|양\s?(?:장관|차관|대표|정부)|"
                               r"참여국|참가국|회원국|각국|\d+개국|정상들|장관들|대표들|수석대표들|참석자들")
    own_government = re.compile(r"^(?:우리\s*)?정부$|^우리\s*측$|^우리나라$|^아국$")
    home_country = "KOR"
    joint_act = re.compile(r"합의|논의|협의|공감|같이하|같이 하|교환|뜻을 모|의견을 모|회담|면담|서명|체결")
    party_heads = re.compile(r"(?:정부|측|당국|대표단)$")
    conjunction = re.compile(r"(?<=[가-힣\)])(?:과|와)(?=\s)|\s*(?:,|·|ㆍ|\s및\s)\s*")
    not_a_subject = re.compile(r"(?!)")

    # ------------------------------------------------------------- pipeline

    def make_nlp(self, components: list[str]) -> Language:
        nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "readout.kiwi_tokenizer.v1"}}})
        for c in components:
            nlp.add_pipe(c)
        return nlp

    def tokens_and_sentences(self, doc: Doc, text: str) -> tuple[list[Tok], list[tuple[int, int]]]:
        from extract.view import Tok

        offsets, words, tags, forms, ends = _columns(doc)
        toks = list(map(Tok, offsets, ends, words, tags, forms))
        starts = list(doc.user_data.get("sent_starts", []))
        n = min(len(starts), len(toks))
        for i in compress(range(2, n), starts[2:n]):  # (the sentence starts only, not a step per token)
            if _misread_stop(text, toks[i - 2], toks[i - 1], toks[i]):
                starts[i] = False
        bounds = list(compress(offsets, starts))
        bounds.append(len(text))
        return toks, list(zip(bounds, bounds[1:], strict=False))

    def token_offsets(self, doc: Doc) -> list[int]:
        return list(_columns(doc)[0])

    def token_edges(self, doc: Doc) -> tuple[set[int], set[int], set[tuple[int, int]]]:
        offsets, _, tags, _, ends = _columns(doc)
        # (C-level maps: this reads every token of every document; a tag's test is looked up, not a call each)
        return set(offsets), set(ends), set(compress(zip(offsets, ends, strict=True), map(_PROPER.__getitem__, tags)))

    # ------------------------------------------------------------- dates

    def find_dates(self, text: str, published: date | None) -> list[DateMention]:
        found = scan(text, ko_dates.PATTERNS, ko_dates.convert, published)
        local = _date_line_day(text, found, published)
        return scan(text, ko_dates.PATTERNS, ko_dates.convert, local) if local else found

    def is_report_date(self, view: View, d: DateMention) -> bool:
        if _CREDIT_BEFORE.search(view.text, max(0, d.start - 40), d.start):
            return True  # `(사진=외교부 제공) 2024.02.29.`: a photo's credit and stamp, the report's day
        after = view.text[d.end:d.end + 40]
        # (every match ends in one of the four verbs: most dates have none of them in the 40 characters after)
        if ("밝혔" in after or "발표" in after or "전했" in after or "설명했" in after) and _REPORT_DATE.match(after):
            return True
        s = view.sent_of(d.start)
        return s is not None and bool(_RELEASE_SUBJECT.match(s.text))

    def passing_date(self, view: View, d: DateMention) -> bool:
        s = view.sent_of(d.start)
        return _gloss_at(view, d) is not None or _other_clock(view, d) or bool(s and (self._recalled.search(s.text)
                                                            or _clause_date(view, d, s.end))) or _aside_date(view, d)

    def day_of_other_clause(self, view: View, d: DateMention, of_event: bool = True) -> bool:
        s = view.sent_of(d.start)
        return s is not None and (_quoted(view.text[s.start:d.start]) or (
            _opens_adnominal(view, d, s.end) if of_event else self.passing_date(view, d)))

    same_day_back = re.compile(r"같은\s?날|당일")
    gathered = re.compile(r"모여|모였|모인\s|마주\s*앉|만나|만났|회동")

    def date_pool(self, view: View, m: EventMention, cands: list[DateMention]) -> list[DateMention]:
        # A date right before `밝혔다`/`발표했다` is the release's, not the event's; `ADB 연차총회(5.2~5) 계기에`:
        # a date in parentheses after another name is that one's; `지난 1일 취임한 총리`: an adnominal clause's; a
        # year counted from (`2019년 이후 처음으로`) is no one's.
        cands = [d for d in cands if not self.is_report_date(view, d) and not _others_gloss(view, m, d)
                 and not _adnominal_date(view, m, d) and not _other_clock(view, d) and not _deadline(view, d)
                 and not _validity(view, d)
                 and not (d.kind in ("year", "half", "month") and (_DESCRIBED.match(view.text, d.end)
                                                                    or _COUNTED_FROM.match(view.text, d.end)))]
        # `19일부터 21일까지 열렸다`: a range is dated by its first day.
        if any(view.text[d.end:d.end + 3].startswith("부터") for d in cands):
            cands = [d for d in cands if not view.text[d.end:d.end + 3].startswith("까지")]
        # `6월 4일(화)~5일(수)`, `7월 31일∼8월 1일`, `4일 오후(현지시간)부터 5일까지`: nor is the day closing a span
        cands = [d for d in cands if not _closes_span(view, cands, d)]
        cands = [self._of_report_day(view, d) for d in cands]
        # `5.31.(금) 오전 … 도착하여 5.29.(수) 다뉴브강에서 발생한 사고 현장을 둘러본 후 … 회담을 갖고`: beside a
        # day the main clause gives its time (`오전`), a later day that opens an adnominal clause is that clause's
        # noun's
        timed = next((d for d in cands if d.end <= m.trig_start and d.kind == "day"
                      and _DAY_TIME.match(view.text, d.end)), None)
        if timed is not None:
            cands = [d for d in cands if not (timed.end <= d.start and d.end <= m.trig_start
                                              and _clause_date(view, d, m.trig_start))]
        before = [d for d in cands if d.end <= m.trig_start]
        # (`X와 첫 정상회담을 갖고, 지난 6월 … 만난 이후 …`: a past date after the trigger's clause has ended, at
        # its connective and comma, is the next clause's; not `… 회담하고, 6∼7일 … 참석한다`, a schedule's next day)
        ended = _CLAUSE_ENDED.match(view.text, m.trig_end) is not None
        after = [d for d in cands if d.start >= m.trig_end
                 and not (ended and (_RECALLED_DATE.search(view.text, max(0, d.start - 4), d.end)
                                     or _long_past(view, d)))]
        return before[::-1] + after

    ceremony_attended = re.compile(r"^\W*(?:이날\s*)?(?:(?:기념|양산|준공|착공|기공|개소|개막|출범)?\s*"
                                   r"(?:행사|식|기념식))"
                                   r"(?:에는|에서는)\s")

    def clause_of_noun(self, view: View, d: DateMention) -> bool:
        # (not `3일 현대차가 주관한 행사에 참석했다`: a subject after the date opens the adnominal clause, the date
        # before it is the main clause's)
        s = view.sent_of(d.start)
        if s is None or not _clause_date(view, d, s.end):
            return False
        toks = view.tokens_in(d.end, s.end)
        etm = next((i for i, t in enumerate(toks) if "ETM" in t.tag), len(toks))
        return not any(t.tag == "JKS" for t in toks[:etm])

    def _of_report_day(self, view: View, d: DateMention) -> DateMention:
        """`이날`/`전날` with no day named before it, in a sentence that names the report's day (`전날 … 회의를
        진행했다고 2일 밝혔다`): that day, or the one before it."""
        if d.kind != "same_day" or d.value is not None or self.day_after.fullmatch(d.text):
            return d
        s = view.sent_of(d.start)
        said = _attributed_day(view, s.start, d.start) if s else None
        if said is None and any(x.kind == "day" and x.value for x in view.dates_in(0, d.start)):
            return d
        if said is None and s is not None:
            said = next((x for x in view.dates_in(d.end, s.end) if x.kind == "day" and x.value
                         and self.is_report_date(view, x)), None)
        if said is None or said.value is None:
            return d
        back = 1 if self.day_before is not None and self.day_before.fullmatch(d.text) else 0
        return DateMention(d.start, d.end, d.text, "day", said.value - timedelta(days=back), relative=True)

    # ------------------------------------------------------------- gazetteer matching

    def alias_fits(self, alias_lang: str, surface: str) -> bool:
        return alias_lang == "ko" or surface.isupper()  # Korean text quotes acronyms (EU, G7), not English names

    def official_alias_fits(self, surface: str) -> bool:
        return bool(_HANGUL.search(surface))

    @property
    def compound_starts(self) -> Container[str]:
        return get_gazetteer().abbr_ko  # `compound_mentions` starts with `text[i] not in g.abbr_ko: return None`

    @functools.cached_property
    def run_stops(self) -> dict[str, tuple[str, ...]]:
        return _run_stops(self.blockers)

    def compound_mentions(self, text: str, i: int, longest: int, ok_end, proper) -> tuple[list[Mention], int] | None:  # noqa: ANN001
        """`한·미·일` always; `한미일` only where Kiwi reads it as one proper noun (not `중인`); a lone
        abbreviation before a space or 측 (`미 법무부`, `미측`)."""
        g = get_gazetteer()
        if text[i] not in g.abbr_ko:
            return None  # every case below starts with a party abbreviation (asked at every token start)
        m = _abbr().match(text, i)
        if m and longest >= m.end() - i:
            m = None  # `북한` is North Korea, not 북+한
        # (`한-독일`, `한-인니`: a country written out; `한-중남미`: a region, not 중+남+미)
        cut = _first_inside(self.run_stops, text, m.start() + 1, m.end()) if m else None
        if m and cut is not None:
            m = _abbr().match(text, i, cut)  # `한-독일`, `한-인니`: KOR and the country written out, not 독+일, 인+니
            if m and longest >= m.end() - i:
                m = None  # (`독일 미래`: cut before the blocker `미래`, `독일` is the country written out)
        bare = _ABBR_SEP.sub("", m.group()) if m else ""
        if m and ok_end(m.end()) and len(set(bare)) >= 2 and (
                len(bare) < len(m.group()) or proper is None or (m.start(), m.end()) in proper):
            out = [Mention(m.start(), m.end(), m.group(), "COUNTRY", g.abbr_ko[ch], g.abbr_ko[ch],
                           {"compound": True, "k": k}) for k, ch in enumerate(bare)]
            return out, m.end()
        # `한-캐나다`, `한·EU`: an abbreviation joined to a full name is that party too.
        if text[i] in g.abbr_ko and text[i + 1:i + 2] in ("-", "·", "ㆍ", "・", "‧", "–") and (
                i == 0 or not _HANGUL.match(text[i - 1])) and longest <= 1:
            cid = g.abbr_ko[text[i]]
            return [Mention(i, i + 1, text[i], "COUNTRY", cid, cid, {"abbr": True, "compound": True})], i + 2
        if longest:
            return None
        n = len(text)
        word_start = i == 0 or not text[i - 1].isalnum()
        if word_start and text[i] in "미일중북" and (i + 1 >= n or text[i + 1] in " 측"):
            if text[i] == "중" and _DURING_NOUN.search(text, max(0, i - 8), i):
                return None  # `방문 일정 중 X 장관과`, `회의 기간 중`: during, not China
            cid = g.abbr_ko.get(text[i])
            if cid and (text[i + 1:i + 2] == "측" or _HANGUL.match(text[i + 2:i + 3] or "x")):
                return [Mention(i, i + 1, text[i], "COUNTRY", cid, cid, {"abbr": True})], -1
        return None

    # ------------------------------------------------------------- events

    def event_mentions(self, view: View) -> list[EventMention]:
        return ko_events.mentions(view)

    def ordinal(self, view: View, m: EventMention) -> int | None:
        if not m.name:
            return m.ordinal
        found = _ORD.search(m.name)
        if found:
            return int(found.group(1) or found.group(2))
        before = view.text[max(m.sent.start, (m.name_start or 0) - 12):m.name_start or 0]
        head, tail = m.name[:6], before[-4:]  # (sliced once, not per word)
        for w in triggers().ordinal_first:
            if w in head or w in tail:
                return 1
        counted = _COUNTED.search(before)  # `세 번째로 열린 이번 정상회의`: the third round
        if counted:
            return triggers().ordinal_counts[counted.group(1)]
        if "최초로" in view.text[m.sent.start:m.trig_start]:
            return 1
        first = _FIRST_HELD.search(view.text, m.sent.start, m.trig_start) or _FIRST_APPOSED.search(
            view.text, m.sent.start, m.name_start or m.trig_start) or (
            # `처음으로 한미일호필 국방장관회의를 가졌다`: the adverb on the holding verb, before a format's name (not
            # `처음으로 정상회담을 가졌다`: two leaders' first talks are no round of a series)
            m.name_start is not None and not m.name.rstrip().endswith("회담") and
            _FIRST_HELD.search(view.text, m.sent.start, m.name_start))
        if first and not first.group(1):
            return 1  # `처음으로 개최한 정상회의`, `처음 여는 다자 정상회의` (not `5년 만에 처음 열린`)
        return m.ordinal

    def place_marked(self, view: View, s: Sent, p: Mention, places: list[Mention]) -> bool:
        return bool(_LOC.match(view.text[p.end:p.end + 12])) or bool(_venue_after().match(view.text, p.end)) or any(
            q.start > p.end and q.start - p.end < 8 and _LOC.match(view.text[q.end:q.end + 8])
            for q in places if q is not p)

    def place_is_side(self, view: View, p: Mention) -> bool:
        """A place alone in the label that opens a line (`ㅇ (룩셈부르크) 질 로트 재무장관과는`) names the side the
        line is about, not where the meeting was."""
        lab = _SIDE_LABEL.match(view.text, view.text.rfind("\n", 0, p.start) + 1)
        return lab is not None and lab.group(1).strip() == view.text[p.start:p.end]  # (not `(워싱턴=연합뉴스)`)

    def place_not_where(self, view: View, m: EventMention, p: Mention) -> bool:
        return self.place_is_side(view, p)

    def country_is_where(self, view: View, s: Sent, c: Mention) -> bool:
        return view.text[c.end:c.end + 4].startswith("에서")

    def venue_marked(self, view: View, start: int, end: int) -> bool:
        return bool(_venue_where().match(view.text, end))

    held_venue = re.compile(r"[,)]?\S{0,2}\s*(?:열린|개최된|진행된|열렸던|개최되었던)\s")
    # (`X를 계기로`; `X 참석차 … 방문 중인`, `X에 참석하기 위해`: the gathering a visitor came for, the occasion too)
    _occasion = re.compile(r"(?P<name>[^\s,()「」『』'‘’\"“”]{3,30}?)(?:\s*\([^()\n]{1,12}\))?\s*(?:(?:을|를)?\s*"
                           r"계기(?:로|에)?(?=[\s,])|참석차\s|에\s*참석하기\s*위해)")

    def occasion_names(self, view: View) -> set[str]:
        if "계기" not in view.text and "참석" not in view.text:
            return set()
        memo = view.memo("occasions_ko")  # (asked for the host gatherings and again for the occasions)
        if "names" not in memo:
            heads = set(triggers().heads["dialogue"])  # (not `회의 계기에 만난`: the meeting of the text)
            memo["names"] = {n for o in self._occasion.finditer(view.text) if (n := o.group("name")) not in heads}
        return memo["names"]

    def venue_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        spans = []
        for mm in ko_events.HELD_AT.finditer(s.text) if "열" in s.text else ():
            before = _LATIN_GLOSS.sub(lambda g: "_" * len(g.group()), s.text[:mm.start()])
            lo = max(before.rfind(c) for c in (",", ")", "은 ", "는 ", "이 ", "가 ", "서 ", "과 ", "와 "))
            lo = lo + 2 if lo >= 0 else 0
            if ko_events.ends_with_head(s.text[lo:mm.start()], ("dialogue",)):
                spans.append((s.start + lo, s.start + mm.end()))
        for v in triggers().venue:
            if v not in s.text:
                continue  # most sentences name no venue: skip escaping and looking up a pattern per word
            for mm in re.finditer(re.escape(v), s.text):
                # `열린 제27차 당사국총회(COP27)를 계기로`, `WEF 연차총회(다보스 포럼)를 계기로`: a gloss inside or
                # after the gathering's name is not its start
                before = _GLOSS.sub(lambda g: "_" * len(g.group()), s.text[:mm.start()])
                lo = max(before.rfind(c) for c in (",", ")", "은 ", "는 ", "이 ", "가 ", "서 "))
                spans.append((s.start + max(lo, 0), s.start + mm.end()))
        return spans + self.tour_spans(view, s)

    def tour_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        # `스페인·포르투갈·모로코 순방 일정을 마무리`: two or more countries listed before a tour's noun
        if "순방" not in s.text and "방문" not in s.text:
            return []  # (most sentences tell no trip)
        runs: list[list[Mention]] = []
        for x in view.mentions_in(s.start, s.end, "COUNTRY"):
            if runs and x.start >= runs[-1][-1].end and _STOPS_GAP.fullmatch(view.text, runs[-1][-1].end, x.start):
                runs[-1].append(x)
            else:
                runs.append([x])
        return [(run[0].start, run[-1].end) for run in runs
                if len(run) >= 2 and _TOUR_AFTER.match(view.text, run[-1].end)]

    def country_as_location(self, view: View, x: Mention) -> bool:
        return view.text[x.end:x.end + 2] == "에서"

    # `우크라이나 재건 협력`, `러시아의 군사협력`, `중동 사태`: a country that owns the matter talked about is a topic
    # (not `우크라이나 재건 회의`, a meeting it takes part in).
    _topic = re.compile(r"(?:의|와의|과의)?\s*(?:재건|사태|전쟁|침공|정세|도발|위협|군사\s*협력|핵\s*문제|"
                        r"비핵화|인권\s*문제)(?!\s*(?:회의|포럼|컨퍼런스|콘퍼런스|대화))")

    # `한화오션 미국 자회사 제재`, `삼성전자 베트남 법인`: a company's unit in a country, what they talk about
    _unit = re.compile(r"\s*(?:현지\s*)?(?:자회사|법인|지사|지점|공장|사업장|계열사|생산기지)")

    # `미국 인플레이션 감축법(IRA)`, `중국의 반간첩법`: a country's law, what they talk about
    _law = re.compile(r"(?:의)?\s*(?:[가-힣]+\s+){0,3}[가-힣]*[^가-힣\s]?법(?![가-힣])")

    def country_as_topic(self, view: View, x: Mention) -> bool:
        return bool(self._topic.match(view.text, x.end) or self._unit.match(view.text, x.end)
                    or self._law.match(view.text, x.end))

    # `러북 간 불법 군사협력`, `북러 밀착`, `중러 군사적 협력`: two others' dealings, the topic of the talks
    _compound_topic = re.compile(r"\s*(?:간|의)?\s*(?:(?:불법|불법적|군사적|전략적)\s*)?"
                                 r"(?:군사\s*협력|무기\s*거래|밀착|야합|결탁)")

    def compound_as_topic(self, view: View, x: Mention) -> bool:
        return bool(self._compound_topic.match(view.text, x.end))

    def org_is_party(self, view: View, x: Mention) -> bool:
        if view.text.startswith("에서", x.end) and (c := get_gazetteer().country_by_id.get(x.country or "")) \
                and c.kind == "group":
            return False  # `브뤼셀 나토 본부에서`: a grouping's building named as where, not who (grid31ko)
        if x.start > 0 and _HANGUL.match(view.text[x.start - 1]) and not x.extra.get("inside") and not any(
                c.end == x.start for c in view.mentions_in(max(0, x.start - 8), x.start, "COUNTRY")):
            return False  # `독일 연방내무부`, `연방하원`: the end of another body's name, not the US Interior's
        if ko_people.bare_ministry(view, x) and any(
                c.end >= x.start - 1 and c.id != x.country for c in view.mentions_in(max(0, x.start - 12), x.start,
                                                                                     "COUNTRY", "GROUP")):
            return False  # `사우디 에너지부 장관`: another country's ministry, the country word its side
        return not ko_people.foreign_ministry(view, x)  # `호세 멘도사(José Mendoza) 에너지부 장관`: not the US's

    # `정상회담을 갖고 … 논의한 바 있습니다`: a sentence ending in `-ㄴ 바 있다` recalls what happened before.
    _recalled = regexscan.compile(r"\s바\s*(?:가\s*)?있(?:습니다|었습니다|다|었다|음|었음)[.\s]*$")

    # `제27차 아세안+3 정상회의`, `G20 재무장관회의`, `총회`: a conference of many, not talks between two (`회담`).
    _conference = re.compile(r"(?:회의|총회|서밋|포럼|컨퍼런스|콘퍼런스)(?:\s*\([^()]*\))?$")

    def conference(self, name: str) -> bool:
        return bool(self._conference.search(name.strip(" '’」』\"”")))

    # Syllables closed by the past marker's `ㅆ` (`했`, `렸`, `졌`, `았`).
    _past_syllables = frozenset(chr(0xAC00 + i) for i in range(11172) if i % 28 == 20)

    def told_past(self, view: View, m: EventMention) -> bool:
        words = m.sent.text.rstrip(" .…'\"’”)]」").split()
        return bool(words) and any(ch in self._past_syllables for ch in words[-1])

    _also = re.compile(r"[」』'’\"”]*\s*에도\s*(?:참석|참가)")

    def also_attended(self, view: View, m: EventMention) -> bool:
        return m.name_end is not None and bool(self._also.match(view.text, m.name_end))

    # `「X」에 (A 총리와 함께) 참석`: the one who came along may stand between the gathering and the verb.
    _attended = re.compile(r"[」』'’\"”]*\s*에(?:도)?\s+(?:(?:[^\s.]+\s+){1,5}?[^\s.]*(?:와|과)\s+함께\s+)?"
                           r"(?:[^\s.]+\s+){0,2}?(?:참석|참가)")

    def attended(self, view: View, m: EventMention) -> bool:
        return m.name_end is not None and bool(self._attended.match(view.text, m.name_end))

    # `신 장관은 이에 앞서 13일 열린 X를 주관`: an adnominal meeting told as earlier than the report's (not `회의에
    # 앞서`, the same day's order).
    _last_year = regexscan.compile(r"(?:작년|지난해|전년)\s")
    _earlier = regexscan.compile(r"(?:^|[\s,])(?:이에\s+|이보다\s+)?앞서[\s,]")

    # `양측은 2000년대 중반부터 FTA 협상을 벌였으나`, `2019년 이래 협상을 이어왔다`: talks told as going on since a year
    # or a decade are a process, held on no day of the report (a day's span, `3일부터 5일까지`, is not this).
    _since = re.compile(r"(?:\d{4}년대?|지난해|작년|재작년)(?:\s*(?:초|중반|말|후반|전반|\d{1,2}월))?"
                        r"\s*(?:부터|이래|이후로)")

    def recalled(self, view: View, m: EventMention) -> bool:
        if m.type == "agreement" and m.separate and m.lead is not None:
            return False  # `※ 「X 협정」: A – B 서명` under `주요 서명 문서는 다음과 같습니다`: signed, no gloss
        if m.mood == "main" and self._host_gathering(view, m):
            return True
        if m.mood == "main" and m.type == "dialogue" and self._since.search(view.text, m.sent.start, m.trig_start):
            return True
        if m.mood == "adnominal" and m.name_end is not None and ko_events.SETTING_AFTER.match(view.text, m.name_end):
            return True  # `정상회의에서 채택한 X`: the meeting where what the sentence tells of was adopted
        if m.mood == "adnominal" and m.name_end is not None and _FOLLOWED_UP.match(view.text, m.name_end):
            return True  # `지난 17일 서울에서 열린 한-캐나다 정상회담의 후속 조치로`: what the act follows up
        if m.mood == "adnominal" and m.name_end is not None and _CAME_FOR.match(view.text, m.name_end):
            return True  # `9.8.부터 열린 「서울안보대화」에 참석하기 위해 방한하였다`: what a visit came for (rule 4)
        if m.mood == "adnominal":
            lead = view.text[m.sent.start:m.trig_start]
            year = list(self._last_year.finditer(lead))
            if year and not re.search(r"이후|이래|만에|뒤", lead[year[-1].end():]):
                return True  # `※ 작년 9.30일 열린 제11차 회의는`; not `지난해 … 이후 처음 열린 이번 회담`
            if "같은 날" in lead and view.published is not None:
                # `3.16일 … 정책대화의 후속 조치임. 같은 날 열린 정상회담에서`: the same day as a day long past
                prior = next((d.value for d in reversed(view.dates_in(0, m.sent.start))
                              if d.kind == "day" and d.value is not None), None)
                if prior is not None and (view.published - prior).days > 10:
                    return True
            if self._recalled.search(m.sent.text) and not _THIS_EVENT_LEAD.search(lead):
                return True  # `지난 10일 … 열린 COP26에서 공동선언을 발표한 바 있다`: the sentence recalls it
            return any(not lead[:x.start() + 1].rstrip().endswith("에") or x.group().strip(" ,").startswith("이")
                       for x in self._earlier.finditer(lead))
        line = view.text.rfind("\n", 0, m.trig_start) + 1
        if m.mood == "main" and _NOTE_EARLIER.match(view.text, line, m.trig_start):
            return True  # `※ X 외교장관과는 앞서 10.23.(일) 서울에서 회담 개최`: a note on a meeting held before
        if m.mood == "main" and _note_before_body(view, m, line):
            return True
        if _GLOSS_NOTE.match(view.text, line):
            return True  # `※ 「한-아프리카 정상회의」: … 처음 개최하는 다자 정상회의로, … 개최`: what a name means
        if _STAR_NOTE.match(view.text, line) and not (m.date is not None and m.date.kind == "day"):
            return True  # `* 한-영 FTA는 … 한-EU FTA 수준으로 체결되었으며`: a footnote on a starred word, no day told
        lead = view.text[m.sent.start:m.trig_start]
        if m.mood == "main" and view.published is not None and any(
                not lead[:x.start() + 1].rstrip().endswith("에") for x in self._earlier.finditer(lead)):
            # `문 대통령은 앞서 X 대통령(6일), Y 대통령(7일)과도 각각 정상회담을 가졌습니다`: earlier, each on a day of
            # its own given aside (not `개막에 앞서 2.24.(토)`: before the opening)
            days = [d for d in view.dates_in(m.sent.start, m.sent.end) if d.kind == "day" and d.value]
            if days and all((view.published - d.value).days > 1 and view.text[d.start - 1:d.start] == "("
                            for d in days):
                return True
        return m.mood == "main" and bool(self._recalled.search(m.sent.text))

    # `세 장관은 이날 … 아세안지역안보포럼(ARF)에 참석했다`: the meeting's own principals attending a grouping's
    # conference: the multilateral gathering their meeting was held beside, referred to in passing (rule 4).
    _principals = re.compile(r"\s*(?:[양두세]\s?|[2-9]국\s?)(?:정상|장관|차관)들?[은이]\s")

    def _host_gathering(self, view: View, m: EventMention) -> bool:
        if m.name_start is None or m.name_end is None or not self.attended(view, m) \
                or not self._principals.match(m.sent.text):
            return False
        groups = get_gazetteer().country_by_id  # (a grouping named, `NATO`, or a grouping's series, `ARF`)
        return any(x.label == "GROUP" for x in view.mentions_in(m.name_start, m.name_end)) or any(
            groups[p].kind == "group" for p in m.series_participants if p in groups)

    def find_asides(self, view: View, s: Sent) -> list[tuple[int, int]]:
        # `이번 회담은 같은 날 오전 A와 B 간 정상회담에서 합의한 X를 … 진행되었다`: the meeting where the modifying
        # clause happened is another, with its own people
        return [(s.start + _phrase_start(s.text, m.start()), s.start + m.end("meeting"))
                for m in ko_events.SETTING_CLAUSE.finditer(s.text)] + \
            [(s.start + m.start(), s.start + m.end()) for m in _PAST_SCENE.finditer(s.text)] + \
            [(s.start + _phrase_start(s.text, m.start()), s.start + m.end()) for m in _SOURCE.finditer(s.text)] + \
            [(s.start + _phrase_start(s.text, m.start()), s.start + m.end()) for m in _FOLLOW_UP_OF.finditer(s.text)]

    def addressees(self, view: View, s: Sent) -> list[tuple[int, int]]:
        return [(s.start + _phrase_start(s.text, m.start()), s.start + m.start() + 1)
                for m in _ADDRESSED.finditer(s.text)]

    def specific(self, view: View, m: EventMention) -> bool:
        name = m.name or ""
        return len(_SPACE.sub("", name)) >= 6 and not _THIS_ONE.match(name)

    def names_event(self, name: str) -> bool:
        return len(name) >= 4

    def distinct_names(self, a: str, b: str, event_type: str) -> bool:
        """Documents signed the same day with names sharing no word (`리튬 광산 … MOU`, `전력산업 … MOU`) are
        several; meetings of one day are two only at different levels (`정상회담`, `외교장관회담`)."""
        if spec(event_type).one_per_object:
            counts = [re.findall(r"(\d+)\s*여?\s*(?:건|개|종)", x) for x in (a, b)]
            if counts[0] and counts[0] == counts[1]:
                return False  # `양해각서 13건` twice: one set of documents, described twice
            if bool(counts[0]) != bool(counts[1]):
                return False  # `모두 56건의 양해각서를 맺었다` … `금융협력 MOU 서명식에 임석했다`: one of the set
            ka, kb = ko_events.document_kind(a), ko_events.document_kind(b)
            if "contract" in (ka, kb):
                return False  # `양해각서, 고속철 차량 공급 계약 등`: firms' contracts signed at the day's signing
            if ka and kb and ka != kb:
                return True  # `양해각서(MOU)` and `협력의향서(LOI)` signed at one occasion: two documents
            ca, cb = ko_events.core_words(a), ko_events.core_words(b)
            return bool(ca and cb and not (ca & cb))
        la, lb = self.level_of(a), self.level_of(b)
        if la is not None and lb is not None and la != lb:
            return True
        # `한-체코 비즈니스 포럼` beside `한-체코 정상회담`: a gathering is not the talks held that day.
        return self.gathering(a) != self.gathering(b)

    def gathering(self, name: str) -> bool:
        name = re.sub(r"\s*\([^()]*\)\s*$", "", name.strip(" '’‘\"”“「」『』"))
        return name.endswith(tuple(triggers().gathering_heads))

    def level_of(self, text: str) -> str | None:
        return next((level for level, pattern in self.levels if re.search(pattern, text)), None)

    # ------------------------------------------------------------- document level

    def foreign_name(self, name: str) -> bool:
        return not ko_people.korean_shape(name)

    schedule_header = re.compile(r"(?:주요\s*)?일정\s*[:：]?\s*$")
    schedule_item = re.compile(r"^\s*(?:[①-⑳]|\(\d{1,2}\)|\d{1,2}\))")
    # `B 총리와 만찬 회담을 했다`, `B 대표와 면담하고`: the partner of a meeting, marked as the one met with.
    # (`(독일) X 재무장관과는 … 논의하였다`: a partner set off by `과는`, the talk's verb after it)
    # (Both alternatives open with `과`/`와`, the lookbehind after it, so that `re` skips to those characters.)
    _met_with = re.compile(r"(?:과|와)(?:\s+(?:[^\s.]+\s+){0,2}?(?:정상회담|회담|면담|통화|회동|만찬|오찬|접견)"
                           r"|(?<=[가-힣][과와])는\s)")

    # `「…포럼」에 참석하였다`, `라운드테이블에 참석하여`: the main clause's verb of attending a gathering
    _attended_at = re.compile(r"[」』》\w]에(?:도)?\s*(?:참석|참가)(?:하였|했|하여|해|하고|하며|한\s*(?:뒤|후))")

    def attends_unnamed(self, view: View, s: Sent) -> bool:
        """No topic or subject noun of the main clause before `…에 참석하였다`: one inside a relative clause
        (`B가 공동 주최한 포럼에`, a noun phrase's verb form after it) is the gathering's, not who attended."""
        m = self._attended_at.search(s.text)
        if m is None:
            return False
        subject = False
        prev = None
        for t in view.tokens_in(s.start, s.start + m.start()):
            if t.base in ("JX", "JKS") and t.text in ("은", "는", "이", "가") and prev is not None \
                    and prev.base.startswith(("N", "SL", "SH")):
                subject = True
            elif t.base == "ETM" or t.tag.endswith("+ETM"):
                subject = False  # (`…이 주최한`: that subject's clause ends in a noun's modifier)
            if t.text.strip():
                prev = t
        return not subject

    def zero_subject(self, view: View, s: Sent) -> bool:
        """No topic or subject noun (`윤 대통령은`, `양측은`) before the partner: `저녁에는` (a time's topic) is
        none."""
        m = self._met_with.search(s.text)
        if m is None:
            return False
        prev = None
        for t in view.tokens_in(s.start, s.start + m.start()):
            if t.base in ("JX", "JKS") and t.text in ("은", "는", "이", "가") and prev is not None \
                    and prev.base.startswith(("N", "SL", "SH")):
                return False
            if t.text.strip():
                prev = t
        return True

    def others_attend(self, text: str) -> bool:
        return _others_attend().search(text) is not None

    def named_by_family(self, name: str, text: str) -> bool:
        """`페니 웡` as `웡 장관`, `쑨웨이둥` as `쑨 부부장`, `조태열` as `조 장관`."""
        family = name.split()[-1] if " " in name else name[:1]
        if not re.fullmatch(r"[가-힣]+", family):
            return False
        roles = "장관|차관|부부장|부장|대사|총리|대표|실장|차장|본부장"
        return family in text and regexscan.built(rf"(?<![가-힣]){re.escape(family)}\s+[가-힣]*(?:{roles})").search(
            text) is not None

    def name_head(self, noun: str, name: str) -> bool:
        """`동 회의` for `재계회의`, `동 연합` for `바이오제약 연합(…)`: the noun closes the name's last word."""
        return _closes_last_word(noun, name) or super().name_head(noun, name)

    def wire_dateline(self, view: View) -> Mention | None:
        return next((p for p in view.mentions_in(0, len(view.text), "PLACE") if view.text[p.end:p.end + 1] == "="
                     and view.text[p.start - 1:p.start] in ("[", "(")), None)

    def dateline_place(self, view: View, p: Mention) -> bool:
        if view.text[p.end:p.end + 4].startswith(("에서", " ")) or _venue_after().match(view.text, p.end):
            return True
        # `○ 일시·장소: 2022. 12. 5.(월), 서울`: a release's outline line names the day and the place
        return bool(_PLACE_LINE.match(view.text, view.text.rfind("\n", 0, p.start) + 1))

    # ------------------------------------------------------------- people

    def people(self, view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
        return ko_people.find(view, s)

    def called_on(self, view: View, p: Person) -> bool:
        return bool(_CALLED_ON.match(view.text, p.end))

    # (`그동안 회의는 X 전 장관이 이끌어 왔다`: who has led the series so far, not this meeting's people)
    told_before = re.compile(r"(?:[한진난눈던]|하였던|가졌던)\s*바\s*(?:가\s*)?(?:있|없)"
                             r"|(?:그동안|그간|지금까지|이제까지)\s[^.]{0,60}?(?:아|어|해|여)\s*(?:온|왔)")

    delegation_subject = re.compile(r"\W*(?:[가-힣]+\s+){0,2}?(?:대통령\s+)?(?:특사단|대표단|방문단|사절단)"
                                    r"(?:은|는|이|가)\s")
    delegation_formed = re.compile(r"(?:을|를)\s*(?:단장|수석대표|대표)으로\s*(?:하[고는]|한)?\s[^.]*?"
                                   r"(?:특사단|대표단|방문단|사절단)")

    def head_marked(self, s: Sent) -> bool:
        return any(m in s.text for m in people_cues().head_markers)

    def companion(self, view: View, s: Sent, start: int, end: int) -> bool:
        return bool(_COMPANION.match(view.text, end, s.end)) or bool(_AT_CEREMONY.match(view.text, s.start, start))

    # ------------------------------------------------------------- commitments

    def keyword_key(self, keyword: str) -> str:
        return keyword

    def keyword_pattern(self, alternation: str) -> str:
        return f"(?:{alternation})"

    def fold(self, text: str) -> str:
        return text

    def supply_chain_of(self, hay: str, prev: tuple[int, int, str] | None, cur: tuple[int, int, str],
                        nxt: tuple[int, int, str] | None) -> bool:
        # `핵심광물 공급망`, `핵심광물의 안정적 공급망`: about the thing when it is a name (`… 공급망 협력에 관한
        # 양해각서`, `「… 공급망 센터」`); an act on the thing's 공급망 (`핵심광물 공급망 협력을 강화하기로`) names both
        # (most such clauses of the tuning sets), as English does; `가치사슬` stays the thing's.
        c = ko_commitments.commitments()
        of_thing = bool(prev and prev[2] != "supply_chain" and (
            cur[0] - prev[1] <= 2 or re.match(c.supply_of, hay[prev[1]:cur[0]])))
        return of_thing and ("공급망" not in hay[cur[0]:cur[1]] or bool(re.match(c.supply_name, hay[cur[1]:])))

    def field_topics(self, text: str) -> list[str] | None:
        if "분야의" not in text:
            return None  # what `_FIELD` needs: its search from every word of a long sentence is not cheap
        from extract.commitments import topics_in  # (after the test: an import in a function costs ~2 µs a call)

        field = _FIELD.search(text)
        if not field or "분야의" in field.group(1):
            return None
        if _LISTED.search(text, 0, field.start(1)):
            # `기후변화, 청정에너지, 핵심광물 분야의`: the field word is the list's last item, not a field (`분야` kept
            # for the keywords that hold it: `조선 분야` is shipbuilding where bare `조선` is not).
            return topics_in(text[:field.end(1)] + " 분야 " + text[field.end():], "ko") or None
        summed = _SUMMED.search(text, 0, field.start(1))
        if summed:
            # The items are the topics, each its own; the field word adds none (it only names their kind). `등` stays:
            # it closes the last item (`양자 등`: quantum, where a bare `양자` is bilateral).
            return topics_in(text[:summed.start()] + "등 " + text[field.end():], "ko") or None
        # `반도체·배터리·수소 분야의`: each item is a field; else the field word's topic decides what follows it.
        own = topics_in(field.group(1), "ko")
        if not own:
            return None  # `양자 기술 분야의`: no field word of its own, every topic named counts
        own = own if _JOINED.search(field.group(1)) else own[:1]
        # What comes before the field word keeps its topics (`핵심광물 공급망 분야의`, `공급망을 강화하고 … 에너지
        # 분야의`): the field decides only the words after it, up to the end of its predicate (`무역·투자 분야의
        # 파트너십을 추진하는 한편 에너지 협력을 강화하고`: the next predicate's words are its own).
        after = _SCOPE_END.search(text, field.end())
        rest = topics_in(text[after.end():], "ko") if after else []
        return list(dict.fromkeys(topics_in(text[:field.start(1)], "ko") + own + rest)) or None

    def clauses(self, view: View, s: Sent) -> list[tuple[int, int]]:
        # Asked of a sentence by the topic reader, the commitments and the quote finder: cut once per span.
        memo = view.memo("clauses")
        key = (s.start, s.end)
        cut = memo.get(key)
        if cut is None:
            cut = memo[key] = ko_commitments.clauses(view, s)
        return cut

    def clause_words(self, view: View, a: int, b: int) -> list[str]:
        # Kiwi's morphemes, so that `반도체와` and `반도체를` share `반도체`; Latin words lowercased.
        return [t.text.lower() for t in view.tokens_in(a, b) if t.text.strip()]

    def has_clause_words(self, view: View, a: int, b: int) -> bool:
        for t in view.tokens_in(a, b):  # (the first token with text answers: `clause_words` is not empty)
            if t.text.strip():
                return True
        return False

    def strength(self, text: str) -> str | None:
        return ko_commitments.strength(text)

    def clause_cut(self, view: View, prev: EventMention, nxt: EventMention) -> int | None:
        c = _CONNECTIVE.match(view.text, prev.trig_end, nxt.trig_start)
        return c.end() if c is not None else None

    def shared_subject(self, view: View, first: EventMention) -> tuple[int, int] | None:
        return self.subject_span(view, first.sent, first.sent.start, first.trig_start)

    def subject_span(self, view: View, s: Sent, a: int, b: int) -> tuple[int, int] | None:
        return ko_commitments.subject_span(view, a, b, s.text, self.joint_subject)

    def reported_speech(self, s: Sent) -> bool:
        return bool(ko_commitments.REPORTED.search(s.text))

    def headline(self, view: View, s: Sent) -> bool:
        return ko_commitments.headline(view, s)

    # A clause ending (`교환하였다.`, where Kiwi may read `다.` as a list mark) or a nominal one (`논의함`, `개최됨`)
    # closes a report, not a title.
    _report_end = re.compile(r"(?:다|요|음|함|됨|임)\s*[.。]?[\s'’\"”]*$")

    # `▲ 같은 날 한-캐나다 외교장관회담(X 장관): …`: a bulleted entry of a round-up is one item of the body, not a
    # headline summing it up (a subtitle is dashed: `- 정상회의 계기 릴레이 양자회담 -`; `□ 한-르완다 정상회담` heads a
    # section).
    _BULLETS = frozenset("▲△▶▷◆◇●•")

    def title_line(self, view: View, s: Sent) -> bool:
        line = view.text[view.text.rfind("\n", 0, s.start) + 1:s.end].lstrip()
        return not self._report_end.search(s.text) and not (line and line[0] in self._BULLETS) \
            and ko_commitments.headline(view, s)

    def background(self, text: str) -> bool:
        return ko_commitments.background(text)

    def action(self, view: View, a: int, b: int, text: str, topic: str) -> str:
        return ko_commitments.action(view, a, b, topic)

    def list_lead(self, text: str) -> bool:
        return ko_commitments.list_lead(text)

    def find_next(self, view: View, s: Sent, when: str | None) -> NextMeeting | None:
        return ko_commitments.find_next(s.text, when)


@functools.cache
def _ko_country_names() -> dict[str, tuple[str, ...]]:
    """Korean names of countries and groups of two or more syllables (`독일`, `인니`), by their first syllable."""
    out: dict[str, list[str]] = {}
    for c in get_gazetteer().countries:
        for n in (*c.ko, *c.abbr_ko):
            if len(n) >= 2 and _HANGUL.match(n):
                out.setdefault(n[0], []).append(n)
    return {k: tuple(v) for k, v in out.items()}


def _run_stops(blockers: list[str]) -> dict[str, tuple[str, ...]]:
    """Where a run of party abbreviations stops, by first syllable: a country's full name of two syllables or more
    (`독일` in `한-독일`, `인니` in `한-인니`) or a surface naming no party (`중남미`, `미래`)."""
    out = {k: list(v) for k, v in _ko_country_names().items()}
    for b in blockers:
        out.setdefault(b[0], []).append(b)
    return {k: tuple(v) for k, v in out.items()}


def _first_inside(stops: dict[str, tuple[str, ...]], text: str, start: int, end: int) -> int | None:
    """The first position in `start`..`end` where one of `stops` begins, else None."""
    for j in range(start, end):
        if any(text.startswith(n, j) for n in stops.get(text[j], ())):
            return j
    return None


@functools.cache
def _abbr() -> re.Pattern[str]:
    syl = "".join(re.escape(a) for a in sorted(get_gazetteer().abbr_ko) if len(a) == 1 and _HANGUL.match(a))
    sep = r"\s?[·ㆍ・‧\-]?\s?"
    return re.compile(rf"(?<![\uac00-\ud7a3\d])[{syl}](?:{sep}[{syl}])+")


def _user_words(kiwi) -> None:  # noqa: ANN001
    """Known names as Kiwi proper nouns, so `김현욱` stays one morpheme whatever the context."""
    g = get_gazetteer()
    words = set(g.person_names())
    for o in g.organisations:
        words.update(o.ko)
    for p in g.places:
        words.update(p.ko)
    for w in words:
        if w and " " not in w and len(w) >= 2:
            kiwi.add_user_word(w, "NNP", 0.0)


on_create(_user_words)
GRAMMAR = Korean()


def _misread_stop(text: str, noun: Tok, ending: Tok, nxt: Tok) -> bool:
    """`일함 알리예프 대통령`: Kiwi ends a sentence at a short word it reads as a noun and a final ending (`일` +
    `함`) though a proper noun follows after one space, with no stop or line break: a transliterated first name."""
    return (ending.tag.endswith("EF") and noun.end == ending.start and nxt.tag.startswith("NNP")
            and noun.tag.startswith(("NNG", "NNP")) and text[ending.end:nxt.start] == " "
            and (noun.start == 0 or text[noun.start - 1] in " ]）)")
            and 2 <= ending.end - noun.start <= 3 and bool(_HANGUL_WORD.match(text, noun.start, ending.end)))


_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+$")


@functools.lru_cache(maxsize=8192)
@functools.lru_cache(maxsize=65536)
def _closes_last_word(noun: str, name: str) -> bool:
    """Asked for every sentence opening on a reference and every name told before it (cached: pure)."""
    last = _last_hangul_word(name)
    return len(noun) >= 2 and bool(last) and last.endswith(noun)


@functools.lru_cache(maxsize=8192)
def _last_hangul_word(name: str) -> str:
    """The last Hangul word of a name, a closing gloss in brackets off (cached: asked per sentence and name)."""
    words = re.findall(r"[가-힣]+", re.sub(r"\s*[(（][^)）]*[)）][^가-힣]*$", "", name))
    return words[-1] if words else ""


@functools.cache
def _others_attend() -> re.Pattern[str]:
    """`3국 광물업계 관계자가 참석한 … 세션`, `기업인들이 참여한 포럼`: attendees who are no delegation."""
    words = "|".join(map(re.escape, triggers().not_counterparts))
    return re.compile(rf"(?:{words})(?:들)?(?:이|가|만|도)?\s*(?:참석|참여|참가)")
