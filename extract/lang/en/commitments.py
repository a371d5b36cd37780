"""English commitments: cue verbs (`agreed to`, `committed`, `discussed`), a short verb phrase taken from
the clause, and the announced next meeting (`the next meeting will be held in Tokyo in 2025`)."""
from __future__ import annotations

import functools
import re

from extract.commitments import NextMeeting, action_phrase, says_regular, topic_phrase, topics_in
from extract.lang.en.rules import commitments
from extract.view import Sent


def clauses(s: Sent) -> list[tuple[int, int]]:
    return [(s.start, s.end)]


def strength(text: str) -> str | None:
    strong, weak = _strength_cues()
    low = re.sub(commitments().not_commitment, " ", text.lower())
    if strong.search(low):
        return "strong"
    if weak.search(low):
        return "weak"
    return None


@functools.cache
def _strength_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    # One alternation per list, compiled once: `re` backtracks into every alternative at each place, so it finds a
    # match exactly where some `\bcue\b` does (a pattern built and looked up per cue was ~3 % of English work).
    c = commitments()
    return tuple(re.compile(rf"\b(?:{'|'.join(re.escape(k) for k in ks) or '(?!)'})\b")  # type: ignore[return-value]
                 for ks in (c.strong, c.weak))


@functools.cache
def _any_cue() -> re.Pattern[str]:
    c = commitments()
    alts = "|".join(re.escape(k).replace(r"\ ", r"\s+") for k in sorted({*c.strong, *c.weak}, key=len, reverse=True))
    return re.compile(rf"\b(?:{alts})\b", re.I)


# `On Tuesday,`, `At the meeting,`: a leading adverbial is not the subject.
_LEAD_ADVERBIAL = re.compile(r"\s*(?:(?:At|During|In|On|Following|After|Before|Through|Under|With|Building on|Today|"
                             r"Yesterday|Earlier|Later|Separately|Also|Additionally|Furthermore|Moreover|Meanwhile|"
                             r"Finally|Further|Specifically|Notably|In addition)\b[^,]{0,80},\s*)+")
_REPORTED = re.compile(r"^.*\b(?:said|says|noted|announced|stated|added|explained|told\s+(?:\w+\s+){1,3}?that)"
                       r"\s+(?:that\s+)?", re.S)
# `TOKYO, March 16 (Yonhap) --`, `WASHINGTON —`, `(LEAD)`: a dateline or a wire tag.
_DATELINE = re.compile(r"\s*(?:\(?[A-Z]+\)\s*)?"
                       r"(?:[A-Z][A-Za-z .,]{0,40}?(?:\d{1,2})?\s*(?:\([^)]{1,20}\))?\s*(?:--|—|–)\s+)?")


def subject_span(text: str, a: int) -> tuple[int, int] | None:
    """The subject of the clause `text` (starting at offset a): the words before its first cue
    (`Japan and the United States agreed`), after a leading adverbial and after a reporting verb
    (`Officials said Japan will …` -> `Japan`)."""
    cue = _any_cue().search(text)
    if cue is None:
        return None
    lo = _DATELINE.match(text, 0, cue.start()).end()  # type: ignore[union-attr]  (matches the empty string)
    lead = _LEAD_ADVERBIAL.match(text, lo, cue.start())
    if lead:
        lo = lead.end()
    said = _REPORTED.match(text, lo, cue.start())
    if said:
        lo = said.end()
    if cue.start() - lo > 200 or not text[lo:cue.start()].strip():
        return None
    return a + lo, a + cue.start()


@functools.cache
def _cue() -> re.Pattern[str]:
    cues = sorted(commitments().base, key=len, reverse=True)
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"\b({alts})\b\s*", re.I)


_STOP_AT = re.compile(r"\s*(?:[,;:]|(?<![A-Z])\.(?=\s|$)|\s(?:including|which|while|as well as|so that|in order to|"
                      r"through which)\b|\s+and\s+(?:committed|agreed|expressed|decided|pledged|will|to)\b)")
_TRAIL = {"and", "or", "of", "the", "to", "for", "a", "an", "on", "in", "with", "their", "our", "its", "that", "by"}


def action(text: str, topic: str) -> str:
    """A short verb phrase from the clause: `agreed to strengthen X` -> `strengthen X`, `condemned X` ->
    `condemn X`; `cooperate on <topic>` when the clause has no usable verb or its phrase misses the topic."""
    c = commitments()
    for m in _cue().finditer(text):
        cue = re.sub(r"\s+", " ", m.group(1).lower())
        rest = text[m.end():]
        takes_inf = cue in c.infinitive
        inf = re.match(r"(?:(?:our|their|its)\s+(?:\w+\s+)?commitments?\s+)?to\s+(?!the\b|a\b|an\b)([a-z]\w+)\b", rest)
        if takes_inf and not inf:
            if not re.match(r"[a-z]", rest) or cue in ("will", "would", "intend", "plan"):
                continue
        if inf:
            phrase = rest[inf.start(1):]
        elif takes_inf:
            phrase = rest
        else:
            phrase = c.base[cue] + " " + re.sub(r"^(?:that|on|about)\s+", "", rest)
        phrase = re.sub(r"\b(?:our|their|its)\s+", "", phrase)
        cut = _STOP_AT.search(phrase)
        words = (phrase[:cut.start()] if cut else phrase).split()[:10]
        while words and words[-1].lower() in _TRAIL:
            words.pop()
        if len(words) < 2:
            continue
        phrase = " ".join(words)
        if topic != "other" and topic not in topics_in(phrase, "en"):
            break  # the phrase is about another topic of the clause
        return phrase
    return action_phrase("cooperate on", topic_phrase(topic), topic)


def list_lead(text: str) -> bool:
    """`The Ministers decided the following:`: the bullet lines after it carry its cue."""
    t = text.strip()
    return t.endswith(":") and strength(t) is not None


# The next round named: `the next Quad Leaders' Summit`, `the 4th meeting`, `the third Council`, `the next one`.
_NEXT = re.compile(r"\b(?:the\s+)?(?:(?P<next>next)|(\d{1,3})(?:st|nd|rd|th)|(first|second|third|fourth|fifth|sixth|"
                   r"seventh|eighth|ninth|tenth|eleventh|twelfth))\s+(?:[A-Z][\w-]*['’]?\s+)*"
                   r"(?:meeting|dialogue|round|summit|session|ministerial|council|conference|commission|forum|"
                   r"roundtable|consultations|talks)s?\b|\bthe\s+(?P<one>next)\s+one\b|"
                   r"\b(?:meet|convene|reconvene)\s+again\b", re.I)
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
             "twelfth"]
# What announces it: a modal, a plan, a host, an invitation or proposal to hold it.
_ANNOUNCED = re.compile(r"\b(?:will|shall|to be|would|plan(?:ned|s)?|look(?:s|ed)? forward|set for|scheduled|due to|"
                        r"expected|to hold|to host|invitation|to meet|to convene|to reconvene)\b", re.I)


def find_next(text: str, when: str | None) -> NextMeeting | None:
    m = _NEXT.search(text)
    if m and m.group("next") and m.group("next")[0] == "N" and m.start("next") > 0:
        m = None  # `the U.S.-ROK Next Generation … Dialogue`: a name's word
    if m and _ANNOUNCED.search(text) and not text.rstrip().endswith("?"):
        ordinal = int(m.group(2)) if m.group(2) else None
        if m.group(3):
            ordinal = _ORDINALS.index(m.group(3).lower()) + 1
        return NextMeeting(ordinal, when, m.span(), verb_only=m.group().lower().endswith("again"))
    if says_regular(text):
        return NextMeeting(None, "regular")
    return None
