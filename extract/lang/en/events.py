"""English events: a trigger verb (`held`, `signed`, `launched`) with the event head noun it governs
(`meeting`, `agreement`, `partnership`), grown into the event's written name; dated section headings."""
from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable

from extract import regexscan
from extract.dates import DateMention
from extract.entities import Mention
from extract.events import EventMention
from extract.lang.en.rules import triggers
from extract.romanize import SURNAMES
from extract.view import Sent, View
from streams.vocabulary import EVENT_TYPES


def word_regex(words: list[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.I)


@functools.cache
def patterns() -> dict[str, re.Pattern[str] | regexscan.Scan]:
    cfg = triggers()
    pats: dict[str, re.Pattern[str] | regexscan.Scan] = {f"verb_{k}": word_regex(v) for k, v in cfg.verbs.items()}
    pats.update({f"head_{k}": word_regex(v) for k, v in cfg.heads.items()})
    pats["future"] = word_regex(cfg.future)
    pats["venue"] = word_regex(cfg.venue)
    pats["signed_only"] = word_regex(cfg.signed_only_heads)
    # A list of a few words (`signed`, `concluded`, …) is searched only in sentences holding one in any case.
    return {k: regexscan.Scan(p, first=False) if regexscan.required_folded(p) else p  # type: ignore[arg-type]
            for k, p in pats.items()}


_DAY_WORD = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
             r"August|September|October|November|December|Today|Tomorrow)\b")
# `the OSCE Trade Ministers (OTM) Meeting`: an acronym in brackets inside the name is part of it.
_CAP_WORD = re.compile(r"(?:[A-Z0-9][\w.’'\-–+\"]*|\([A-Z][\w&+\-]*\)|of|the|and|on|for|\+|&)$")


# `launched a new grouping called the Critical Minerals Circle`, `a forum, known as the X Dialogue,`: the name given.
_CALLED = re.compile(r",?\s+(?:called|named|dubbed|known\s+as|titled)\s+(?:the\s+)?[\"“']?"
                     r"(?P<name>[A-Z][\w\-–’']*(?:\.(?=[\w\-–])[\w\-–’']*)*"
                     r"(?:\s+(?:(?:and|&|for|on|of|the)\s+){0,2}(?!" + _DAY_WORD + r")[A-Z][\w\-–’']*"
                     r"(?:\.(?=[\w\-–])[\w\-–’']*)*)*)")


_COMPOUND_LOWER = re.compile(r"(?<![\w-])[A-Z][\w.]*(?:-[A-Z][\w.]*)+\s+(?:[a-z][\w'’+-]*\s+){1,4}$")


def _name(text: str, h_start: int, h_end: int, lo: int, hi: int) -> tuple[int, int]:
    """Grow a head noun into its name: capitalised words to the left, `of the …` and `(…)` to the right; a head
    named after it (`an informal grouping called the X`) is named so."""
    if called := _CALLED.match(text, h_end, hi):
        return called.start("name"), called.end("name")
    # `the fourth Japan-Jordan foreign ministers' strategic dialogue`: a party compound before a few lower-case
    # words names the meeting in lower case (wire copy)
    if compound := _COMPOUND_LOWER.search(text, max(lo, h_start - 80), h_start):
        h_start = compound.start()
    words = list(re.finditer(r"\S+", text[lo:h_start]))
    start = h_start
    for w in reversed(words):
        token = w.group().strip(",;:")
        if w.group().endswith((",", ";", ":")) or not _CAP_WORD.match(token) or token.lower() in ("the",):
            break
        start = lo + w.start()
    end = h_end
    # `of the X`, `on Establishing a Semiconductor Supply Chain …`: not a day (`on Monday`, `on June 5`).
    m = re.match(r"(?:\s+(?:of|on|for)\s+(?:(?:the|a|an)\s+)?(?!" + _DAY_WORD + r")[A-Z][\w.\-’']*"
                 r"(?:\s+(?:(?:and|&|for|on|of|the|a|an)\s+){0,2}(?!" + _DAY_WORD + r")[A-Z][\w.\-’']*)*"
                 r"(?:\s+" + _body_nouns() + r"(?=\s+(?:on|for)\s+(?!" + _DAY_WORD + r")[A-Z]))?"
                 r"|\s*\([^()]{1,80}\))+", text[h_end:hi])
    if m:
        end = h_end + len(m.group().rstrip())
        if re.search(r"\s[A-Z][a-z]{2,}\.$", text[start:end]):
            end -= 1  # the sentence's full stop after a name word (`… Council.`), not `U.S.`
    while start < end and text[start] in "\"“'(":
        start += 1
    head_first = text[start:h_start].split()
    while head_first and head_first[0].lower() in ("of", "and", "on", "for", "the"):
        start += len(head_first[0]) + 1
        head_first = head_first[1:]
    return start, end


# `a memorandum of understanding on cooperation in fisheries`, `a letter of intent on a joint investment office`: a
# document's subject in lower case is part of its name, up to a clause, a party, a place or a day (`with Chile`,
# `in Santiago`, `on Tuesday`, `, under which`, `to be held`) or the next document (`and a letter of intent`).
_DOC_SUBJECT = re.compile(r"\s+(?:on|concerning|regarding|establishing|between|in\s+the\s+fields?\s+of)\s+"
                          r"(?!" + _DAY_WORD + r"|\d{1,2}\b|the\s+(?:sidelines|margins|occasion|same\s+day)\b"
                          r"|behalf\b)")
_DOC_SUBJECT_STOP = re.compile(r"[,;:.()\"“”]|\s(?:which|that|who|whereby|under|with|to|at|during|as|by|before|after|"
                               r"was|were|is|are|has|have|had|will|would|and\s+(?:also\s+)?(?:exchanged|discussed|agreed|held|"
                               r"signed|met|reaffirmed|welcomed|witnessed|announced|launched)|"
                               r"while|when|between|following|and\s+(?:a|an|the|another|two|three)\s|the\s+same\s+day|"
                               r"(?:this|last|next|earlier|later|yesterday|today|tomorrow)|"
                               r"in\s+(?=[A-Z])|on\s+(?=" + _DAY_WORD + r"|the\s+(?:same\s+day|sidelines|margins)))\b")


def has_subject(name: str) -> bool:
    """A document's name that holds its subject (`memorandum of understanding on fisheries`)."""
    return any(_DOC_SUBJECT.match(name, h.end()) for h in patterns()["head_agreement"].finditer(name))


def document_subject(text: str, end: int) -> int:
    """Where a document's name ends once its lower-case subject (above) is added; `end` when it has none."""
    m = _DOC_SUBJECT.match(text, end)
    if m is None:
        return end
    stop = _DOC_SUBJECT_STOP.search(text, m.end())
    words = list(re.finditer(r"\S+", text[m.end():stop.start() if stop else len(text)]))
    return end if not words or len(words) > 10 else m.end() + words[-1].end()


# `signed two memorandums of understanding, one on cooperation in fisheries and the other on plant quarantine`: a
# counted set of documents told item by item is one document per item.
_COUNTED_DOCS = re.compile(r"\b(?:two|three|four|five|six|\d)\s+(?:[\w-]+\s+){0,3}?"
                           r"(?P<head>memorand(?:a|ums)(?:\s+of\s+(?:understanding|cooperation))?|agreements|letters\s+of\s+intent|MOUs|MoUs|MoCs|"
                           r"arrangements|protocols)\b", re.I)
_ITEM = re.compile(r"(?:\s*[,:;—–]\s*(?:and\s+)?|\s+and\s+)(?:one|the\s+other|another|a\s+second|a\s+third|a\s+fourth|"
                   r"the\s+second|the\s+third|the\s+last)(?=\s+(?:on|concerning|regarding|establishing|in)\s)", re.I)
_ITEM_STOP = re.compile(_ITEM.pattern + r"|" + r"[;:.()]|,\s*(?!and\s+(?:one|the\s+other|another|a\s+\w+|the\s+\w+)\s)"
                        r"|\s(?:which|that|under|with|to|during|as|by|while|when)\b", re.I)


def counted_items(text: str, head_end: int, hi: int) -> list[tuple[int, int]]:
    """The subjects, item by item, of a counted set of documents whose head ends at `head_end` (above)."""
    items: list[tuple[int, int]] = []
    at = head_end
    while (item := _ITEM.match(text, at, hi)) is not None:
        subject = _DOC_SUBJECT.match(text, item.end(), hi)
        if subject is None:
            break
        stop = _ITEM_STOP.search(text, subject.end(), hi)
        end = stop.start() if stop else hi
        items.append((item.end() + 1, end))
        at = end
    return items if len(items) >= 2 else []


@functools.cache
def _body_nouns() -> str:
    return "(?:" + "|".join(sorted((re.escape(w) for w in triggers().body_nouns), key=len, reverse=True)) + ")"


# `Foreign Ministerial Strategic Dialogue`, `Ministerial Policy Meeting`: a capitalised head, one or two capitalised
# words, another capitalised head; one name.
_TITLED_BETWEEN = re.compile(r"\s+(?:[A-Z][a-z][\w'’-]*\s+){1,2}")


def _extend_head(text: str, end: int, heads: list[re.Match[str]]) -> int:
    """`ministerial` + `meeting`: adjacent head words are one head (capitalised ones across capitalised words)."""
    moved = True
    while moved:
        moved = False
        for h in heads:
            if h.start() > end and (not text[end:h.start()].strip() or text[h.start()].isupper() and re.search(
                    r"\b[A-Z][\w'’+-]*$", text[:end]) and _TITLED_BETWEEN.fullmatch(text, end, h.start())):
                end, moved = h.end(), True
    return end


@functools.cache
def _signed_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in triggers().signed_heads)


@functools.cache
def _generic_words() -> frozenset[str]:
    return frozenset(triggers().generic_words)


def specific_name(name: str | None) -> bool:
    """A name with at least one word beyond the generic ones (`talks`, `the meeting`)."""
    words = re.findall(r"[\w+.'’\-]+", (name or "").lower())
    return any(w.strip(".'’") not in _generic_words() for w in words)


def bare_head(name: str, etype: str) -> bool:
    """`signed the Agreement on behalf of …` after `the first Intergovernmental Agreement`: a capitalised head noun
    alone refers back to the named one; it names nothing of its own."""
    return bool(re.fullmatch(r"[A-Z][a-z]+", name)) and bool(patterns()[f"head_{etype}"].fullmatch(name))


_HEADING = re.compile(r"^\s*(?:\d{1,2}[.)]\s*|[-•▶□○]\s*)?(?P<name>[A-Z][^()\n]{2,120}?)"
                      r"\s*\((?P<date>[^()\n]{3,40})\)\s*$")


# `2. Japan-Zimbabwe Foreign Ministers' Meeting`, `1. Working lunch on the global agenda`: a numbered heading line
# naming a meeting, undated (its section tells the day).
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}|[IVX]{1,4})[.)]\s+"
                               r"(?P<name>[A-Z](?:[^\n.;:]|(?<=\b[A-Z])\.){2,100}?)\s*$")  # (`Japan-U.S.-ROK`)


def _numbered_heading(view: View, sent: Sent) -> list[EventMention]:
    """`2. Japan-Zimbabwe Foreign Ministers' Meeting` on a line of its own: the meeting its section tells."""
    line = view.text.rfind("\n", 0, sent.start) + 1  # (the number may be a sentence of its own: `1.`)
    n = _NUMBERED_HEADING.match(view.text[line:sent.end])
    if n is None or len(n.group("name").split()) > 12 or "\n" in sent.text.strip():
        return []
    pats = patterns()
    head = [h for h in pats["head_dialogue"].finditer(n.group("name")) if not pats["head_launch"].fullmatch(h.group())]
    # (`2. Overview of the meeting`: a heading about the meeting, whose head is a preposition's object)
    if not head or _HEADING_ABOUT.search(n.group("name"), 0, head[0].start()):
        return []
    a, b = line + n.start("name"), line + n.end("name")
    return [EventMention("dialogue", sent, a + head[0].start(), a + head[0].end(), "main", view.text[a:b].strip(), a,
                         b, (sent.start, sent.end))]


_HEADING_ABOUT = re.compile(r"\b(?:of|on|for|about|at|from|to)\b", re.I)


def _headings(view: View) -> list[EventMention]:
    """A section heading `2. Japan-U.S. Summit Meeting (June 26)`: a meeting on that day; one with no date is the
    meeting its section tells."""
    pats = patterns()
    out = []
    for sent in view.sents:
        m = _HEADING.match(sent.text)
        if m is None:
            out += _numbered_heading(view, sent)
            continue
        if len(m.group("name").split()) > 16:
            continue
        head = list(pats["head_dialogue"].finditer(m.group("name")))
        if not head or m.group("name")[head[-1].end():].strip():
            continue
        lo, hi = sent.start + m.start("date"), sent.start + m.end("date")
        if not any(d.kind == "day" for d in view.dates_in(lo, hi)):
            continue
        a, b = sent.start + m.start("name"), sent.start + m.end("name")
        out.append(EventMention("dialogue", sent, a + head[-1].start(), b, "main", view.text[a:b].strip(), a, b,
                                (sent.start, sent.end)))
    return out


_OFFICES = ("President", "Prime Minister", "Premier", "Minister", "Secretary", "Chancellor", "King", "Queen",
            "Crown Prince", "Emir", "Sultan", "Ambassador", "Foreign Minister", "Deputy", "Vice", "Under Secretary",
            "Director", "Commissioner", "Governor", "Special", "Senior", "Chair", "Adviser", "Advisor")
# `spoke on the telephone today with Sir Keir Starmer`: a British knight's style stands where a title would.
_TITLE_WORDS = (*_OFFICES, "his", "her", "their", "the", "Sir", "Dame")


# A title, after at most three capitalised words of the person's side (`Marshall Islands President`).
_TITLES = "|".join(map(re.escape, _TITLE_WORDS))
# Wire copy writes a descriptive title in lower case after the person's side and before the name (`Chinese leader Xi
# Jinping`, `Communist Party chief Nguyen Phu Trong`, `China's top diplomat Wang Yi`): a title as well.
_WIRE_TITLE = r"(?:[A-Z][\w.'’-]*\s+){1,3}(?:top\s+)?(?:leader|chief|diplomat|envoy)\s+(?=[A-Z][a-z])"
_TITLED = re.compile(rf"(?:(?!(?:{_TITLES})\b)[A-Z][\w.'’-]*\s+){{0,3}}(?:{_TITLES})\b|{_WIRE_TITLE}")
_WIRE_TITLED = re.compile(_WIRE_TITLE)


# An office-holder as a host verb's object: `hosted Indonesian President X`, `received the Foreign Minister of Y`,
# `welcomed his Japanese counterpart` (not `hosted the forum`, `welcomed the outcome`, `welcomed President X's
# remarks`).
_OFFICE_WORDS = "|".join(map(re.escape, _OFFICES))
_OFFICE_OBJ = re.compile(rf"(?:the\s+)?(?:(?!(?:{_OFFICE_WORDS})\b)[A-Z][\w.'’-]*\s+){{0,3}}(?:{_OFFICE_WORDS})\b"
                         r"|(?:his|her|their)\s+(?:[A-Z][\w-]*\s+)?counterparts?\b")
_POSSESSIVE_NAME = re.compile(r"^(?:\s*[A-Z][\w.'’-]*)*['’]s?\b")


# `received him for talks`, `welcomed the Chancellor for a meeting`: the visitor, by pronoun or title, received for a
# meeting.
_VISITOR_FOR_TALKS = re.compile(r"\s+(?:him|her|them|the\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s+"
                                r"(?:(?:on\s+\w+day|today|yesterday)\s+)?for\s+(?:(?:a|an|the)\s+)?"
                                r"(?:(?:bilateral|official|formal|private|working|closed-door)\s+)?(?:talks|meeting|discussions)\b")


def _office_object(text: str, end: int) -> bool:
    """`received Foreign Minister Cho Tae-yul`: an office-holder is the object, not something of theirs."""
    rest = _object(text, end, 120)
    m = _OFFICE_OBJ.match(rest) or _APPOSED_OFFICE_OBJ.match(_RECEIVED_ADVERBS.sub("", text[end:end + 160], count=1))
    # (`welcomed his counterparts' perspectives`: a plural's possessive too)
    return bool(m) and not _POSSESSIVE_NAME.match(rest[m.end():]) and not rest.startswith(("'", "’"), m.end())


_BARE_OBJECT = re.compile(r"\s+([A-Z][\w'’\-]+)\b(?!['’]s\b|\s+[A-Z])")


def _known_person_object(view: View, sent: Sent, end: int) -> bool:
    """`President Yoon also received Blinken`: the object is the family name of a person named in full before;
    `separately received He Lifeng`: an official the gazetteer knows, named in full."""
    at = sent.start + end + len(sent.text[end:]) - len(sent.text[end:].lstrip())
    if at > sent.start + end and any(p.start == at and len(p.text.split()) > 1
                                     and not _POSSESSIVE.match(view.text, p.end)
                                     for p in view.mentions_in(at, sent.end, "PERSON")):
        return True
    m = _BARE_OBJECT.match(sent.text, end)
    return m is not None and any(p.text.split()[-1] == m.group(1) and len(p.text.split()) > 1
                                 for p in view.mentions_in(0, sent.start, "PERSON"))


_POSSESSIVE = re.compile(r"['’]s?\b")


_SIDE = re.compile(r"\bseparate(?:ly)?\b|\bon the sidelines\b|\bside meeting\b", re.I)
# Before the trigger, in its clause: `met separately with`, `On the sidelines on Monday, Yoon held talks with`,
# `also met` + a person: a meeting beside the one the report is about. `on the sidelines of X` names the host.
# `held a separate bilateral meeting with`: `separate` before the head's other modifiers.
_SEPARATE_BEFORE = re.compile(r"\bseparate\s+(?:(?:bilateral|trilateral|one-on-one|private|brief|official)\s+)+$", re.I)
_SIDE_CLAUSE = re.compile(r"\bseparately\b|\bin a separate\b|\bon the (?:sidelines|margins)\b(?!\s+of\b)", re.I)
# `Earlier in the day, …`, `Later that afternoon, …`, `After the talks, …` opening the clause: another meeting of the
# day, told in relation to the one reported (not a second mention of it). A paragraph number before it (`6. Prior to
# the consultations, …`, `(iii) After the talks, …`) does not hide it.
_ORDERED = re.compile(r"^\W*(?:(?:\d{1,2}|[ivx]{1,5})[.)]\s+)?"
                      r"(?:in\s+the\s+(?:morning|afternoon|evening)|(?:that|this)\s+(?:afternoon|evening)|"
                      r"(?:earlier|later)(?:\s+(?:today|that\s+day|in\s+the\s+(?:day|morning|afternoon|evening)|"
                      r"(?:this|that)\s+(?:morning|afternoon|evening)|on\s+\w+day))?|afterwards|then|"
                      r"(?:after|following|before|prior\s+to|ahead\s+of)\s+(?:the|their|his|her)\s+(?:\w+\s+){0,2}?"
                      r"(?:meeting|talks|summit|dialogue|consultations?|conference|forum|sessions?|roundtable|ceremony|signing|call|lunch|"
                      r"dinner))(?:\s*,|(?<!then)(?-i:(?=\s+[A-Z])))", re.I)  # (wire copy may leave the comma out)
_AFTER_EVENT = re.compile(r"\b(?:after|following|before|prior\s+to|ahead\s+of)\s", re.I)
# `Defence ministers of the Ukraine Defense Contact Group met …`: a group's members as the subject of `met`; the
# meeting is the group's own (named by it), not a side meeting told just before.
_GROUP_SUBJECT = re.compile(r"\b(?:ministers|leaders|heads|envoys|members|representatives|officials)\s+of\s+the\s+"
                            r"(?P<np>(?:[A-Z][\w'’-]*\s+){0,6}(?:Group|Council|Forum|Coalition|Alliance|Quad|Community|"
                            r"Union|Partnership|Initiative|Organization|Organisation))"
                            r"(?:\s*\([A-Z]{2,8}\))?\s+(?:(?:also|again|today|yesterday|on\s+\w+day)\s+)?$")
# `Marcos later met Prime Minister X`: a meeting with a person told as coming after the one reported.
# `The President then held talks with General Secretary X`, `also met Prime Minister Y`: likewise with a person.
_LATER = re.compile(r"\b(?:later|subsequently|afterwards|then|also)\s+$", re.I)
# `attended the G7 foreign ministers' meeting`: the object noun phrase up to its head, a name though in lower case.
_ATTEND_OBJECT = re.compile(r"\s+(?:in\s+)?(?:the|a|an)\s+(?P<np>(?:[\w.+\-]+(?:['’]s?)?\s+){1,4})")
# `took part in the first ministerial round of the trilateral consultations`: a numbered round is a meeting named
# though in lower case.
_ROUND = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|inaugural|\d+(?:st|nd|rd|th))\s+"
          r"(?:[\w-]+\s+){0,2}round\s+of\s+")
_ROUND_OBJECT = re.compile(r"\s+(?:in\s+)?the\s+(?P<np>" + _ROUND + r"(?:the\s+|their\s+|its\s+)?(?:[\w'’-]+\s+){0,3})")
ROUND_NAME = re.compile(_ROUND, re.I)
# `held a joint press conference`: a briefing of the meeting, no meeting of its own.
_BRIEFING = re.compile(r"\b(?:press|news|media)\s+$", re.I)
# `In a separate meeting with Foreign Minister X, Y said …`, `In talks with X, …`: a meeting noun with a person, no
# verb (not `During the talks with X`: the meeting told before).
_PP_MEETING = regexscan.compile(
    r"\b(?:In|At|During)\s+(?:(?:a|an|his|her|their)\s+)?(?P<head>(?:(?:separate|bilateral|brief|courtesy|"
    r"telephone|phone|video)\s+)*(?:meeting|talks|call|conversation))\s+with\b", first=False)


# `held talks with X`, `held talks in Seoul with X`: the person met after the head (past its place).
# (`held talks at the foreign ministry with X`: a venue in lower case)
_VENUE_NOUN = r"(?:palace|residence|ministry|headquarters|office|hall|house|hotel|villa|secretariat|chancellery)"
_VENUE = r"(?:the\s+)?(?:[a-z'’-]+\s+){0,2}" + _VENUE_NOUN
_WITH_AFTER = re.compile(r"(?:\s+(?:in|at)\s+(?:(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?|" + _VENUE +
                         r"),?)?\s+with\b")

# `met today in Abuja with`, `spoke virtually with`, `met on Monday with`: adverbs of time, place or means between
# the verb and `with` leave the person met as its object.
_TO_OBJECT = re.compile(r"^\s+(?:(?:(?:today|yesterday|again|also|briefly|virtually|separately|privately|"
                        r"on\s+\w+day|this\s+(?:morning|afternoon|evening)|(?:by|via)\s+(?:phone|telephone|video\w*)|"
                        # (`held talks the same day with`, `met later that day with`, `spoke from Tokyo with`)
                        r"(?:later\s+)?(?:the\s+same|that)\s+(?:day|morning|afternoon|evening)|"
                        r"(?:on\s+)?the\s+(?:next|following)\s+day|from\s+[A-Z][\w.'’-]*|"
                        r"in\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?|(?:in|at)\s+" + _VENUE + "|"
                        # (`met for about ninety minutes with`, `spoke for an hour with`: how long it took)
                        r"for\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?(?:an?|one|two|three|"
                        r"\d+|[a-z]+ty(?:-[a-z]+)?)\s+(?:minutes|minute|hours?)),?\s+){0,3}with\s+)?")


def _object(text: str, end: int, width: int) -> str:
    return _TO_OBJECT.sub("", text[end:end + width], count=1)


# `received in Riyadh today Moon Sung-wook, Minister of Trade, Industry and Energy of …`: a name, then the office in
# apposition.
_RECEIVED_ADVERBS = re.compile(r"^\s+(?:(?:today|yesterday|on\s+\w+day|(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*"
                               r"(?:\s+[A-Z][\w.'’-]*)?)\s+){0,3}")
_APPOSED_OFFICE_OBJ = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{1,3}}[A-Z][\w.'’-]*,\s+(?:the\s+)?"
                                 rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_OFFICE_WORDS})\b")


# `called on H.E. Mr. X, Premier of …`, `Ms. Y, the Minister for …`: a person by honorific, the office in apposition.
_HONORIFIC_OBJ = re.compile(rf"(?:(?:H\.\s?E\.|(?:His|Her)\s+Excellency)\s+)?(?:Mr|Ms|Mrs|Dr|Shri|Smt)\.?\s+"
                            rf"(?:[A-Z][\w.'’-]*\s+){{0,3}}[A-Z][\w.'’-]*,\s+(?:the\s+)?"
                            rf"(?:[A-Z][\w'’-]*\s+){{0,3}}(?:{_OFFICE_WORDS})\b")


def _counterpart_follows(text: str, end: int) -> bool:
    """`called on President Y`, `spoke by phone with his counterpart`: a titled person is the object;
    `called on North Korea to abide by …` is no meeting."""
    rest = _object(text, end, 80)
    to = re.search(r"\bto\s+(?!the\b)([a-z]+)", rest.split(",")[0])
    if to and to.start() < 46 and to.group(1) not in _purpose_verbs():
        return False
    if _TITLED.match(rest):
        return True
    # (not `called on Kim Jong Un, the North Korean leader, to return to talks`: an appeal)
    return bool(a := _APPOSED_OFFICE.match(rest)) and not re.match(r"[^,.;]{0,60},\s+to\s+[a-z]", rest[a.end():])


# `called on Zhao Leji, chairman of the Standing Committee …`, `met Wang Yi, China's top diplomat`, `Piyush Goyal,
# India's commerce and industry minister`: an untitled name with its office in lower case in apposition.
_APPOSED_OFFICE = re.compile(r"(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w.'’-]*,\s+(?:the\s+|[A-Z][\w.-]*['’]s\s+)?"
                             r"(?:[A-Z][\w.-]*\s+){0,2}(?:[a-z][a-z-]*\s+){0,3}?"
                             r"(?i:chairman|chairwoman|chair|president|"
                             r"premier|minister|speaker|secretary|head|chief|governor|leader|diplomat|envoy)\b")


@functools.cache
def _purpose_verbs() -> frozenset[str]:
    return frozenset(triggers().purpose_verbs)


@functools.cache
def _staff_re() -> re.Pattern[str]:
    return word_regex(triggers().not_counterparts)


def _staff_object(text: str, end: int) -> bool:
    """`met members of the Japanese business community`, `met with Korean residents`: the object's first words (before
    a comma or a title) name people who are no counterpart delegation."""
    obj = re.split(r"[,;.]", _object(text, end, 80), maxsplit=1)[0]
    return bool(m := _staff_re().search(obj)) and len(obj[:m.start()].split()) <= 4 and not _TITLED.match(obj)


def _honorific_object(text: str, end: int) -> bool:
    """`called on H.E. Mr. X, Premier of …` (not `called on Mr. X, Minister of Y, to lift …`)."""
    m = _HONORIFIC_OBJ.match(text, end)
    return m is not None and not re.match(r"[^,.;]{0,60},\s+to\s+[a-z]", text[m.end():])


_NAME_RUN = re.compile(r"(?:[A-Z][\w.'’-]*,?|of|for|and|the)(?:\s+|$)")
# `Emir Sheikh Tamim`, `President Sheikh Mohamed`, `Crown Prince Mohammed`, `Mr. Kim`: a style or honorific before a
# name is no name word; two people both styled `Sheikh` are not one person (the name after it tells them apart).
_STYLES = frozenset(["Sheikh", "Sheikha", "Shaikh", "Prince", "Princess", "Crown", "Emir", "Sultan", "Sir", "Dame",
                     "Mr", "Ms", "Mrs", "Dr", "Shri", "Smt", "Excellency", "His", "Her", "H.E"])


# Words ending a body's name, never a person's (`the Chairman of the Standing Committee of the …`).
_BODY_WORDS = frozenset(["Committee", "Council", "Congress", "Commission", "Ministry", "Department", "Office", "Bureau",
                         "Agency", "Union", "Republic", "State", "States", "Affairs", "Assembly", "Parliament",
                         "Cabinet", "Government", "Kingdom", "Federation", "Board", "Bank", "Fund", "Organization",
                         "Organisation", "Secretariat", "Forces", "Staff", "Party", "Centre", "Center", "Institute"])


def counterpart(text: str, end: int, single: bool = False) -> frozenset[str]:
    """The last two name words of the titled person met (`Minister for Trade and Industry Gan Kim Yong` ->
    {Kim, Yong}): who a meeting was with, to tell two same-day meetings apart. `single`: one untitled name word
    too (`met Xi for 35 minutes`), where the sentence is known to tell two meetings."""
    rest = _object(text, end, 120)
    if peer := _PEER_APPOSED.match(rest):
        rest = rest[peer.end():]  # `his South Korean counterpart, Minister of Foreign Affairs X`: the apposed name
    if (ap := _APPOSED.match(rest)) and not _TITLED.match(name := rest[:rest.index(",", 0, ap.end())]):
        return frozenset(w for w in name.split()[-2:] if w not in _STYLES)  # `Enrique Manalo, Secretary of …`
    pos, words = 0, []
    if wire := _WIRE_TITLED.match(rest):  # `Chinese leader Xi Jinping`: the name after the lower-case title
        pos, words = wire.end(), ["President"]
    while (m := _NAME_RUN.match(rest, pos)) and m.end() > pos:
        word = m.group().strip().strip(",")
        if word == "of" and len(words) >= 2 and all(w[:1].isupper() and w not in _TITLE_WORDS
                                                    and w not in _BODY_WORDS for w in words[-2:]):
            break  # `Winston Peters of New Zealand`: a two-word name ends before its country (not `Chairman of`)
        words.append(word)
        pos = m.end()
        if m.group().rstrip().endswith(",") and _TITLED.match(rest, pos) and any(
                w[:1].isupper() and w not in _TITLE_WORDS and w not in _STYLES for w in words):
            break  # `General Hoang Xuan Chien, Deputy Minister of …`: the office in apposition is no name
    names = [w.strip(".,") for w in words if w and w[0].isupper() and w not in _TITLE_WORDS]
    names = [w for w in names if w not in _STYLES]
    while names and (names[-1] in ("Jr", "Sr", "II", "III") or names[-1].endswith(("'s", "’s"))):
        names.pop()  # `Wang Yi, China's top diplomat`: an owner in apposition is no name word
    # One name word only after a title (`President Sousa`), not `met with American executives`.
    titled = any(w in _OFFICES or w.strip(".,") in _STYLES for w in words)
    # `President Yoon Suk Yeol` (later `President Yoon`): a Korean surname before an unhyphenated given name is kept.
    keep = 3 if len(names) >= 3 and names[-3] in _KOREAN_SURNAMES else 2
    return frozenset(names[-keep:]) if len(names) >= 2 or titled or single and names else frozenset()


_KOREAN_SURNAMES = frozenset(SURNAMES.values())
_PEER_APPOSED = re.compile(r"(?:his|her|their)\s+(?:[A-Z][\w-]*\s+){0,2}counterparts?,\s+(?=(?:the\s+)?[A-Z])")


# `Blinken and President Yoon Suk Yeol also held talks`: the second of a pair of subjects (titled, or named in two
# words) is who the first met, to tell this meeting from the day's others.
_SECOND_SUBJECT = re.compile(r"\S\s+and\s+(?P<second>(?:[A-Z][\w.'’\-]*\s+){1,6}?)(?:(?:also|then|later)\s+)?$")


def _clause_before(s_text: str, pos: int) -> str:
    """The sentence up to `pos`, from the last clause break (`;`, `, while`, `, and`) before it."""
    cut = max(s_text.rfind(";", 0, pos), *(m.end() for m in re.finditer(r",\s+(?:while|and|but|whereas)\b",
                                                                         s_text[:pos])), 0)
    return s_text[cut:pos]


_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+being\s*$", re.I)


def _held_today(view: View, sent: Sent, before: str) -> bool:
    """`The summit is being hosted by X` is ahead (a future cue) unless the sentence says it is today's."""
    return bool(_PROGRESSIVE.search(before)) and any(
        d.value == view.published and d.kind in ("day", "same_day") for d in view.dates_in(sent.start, sent.end))


# `During their meeting in the Oval Office, …`, `… in their first face-to-face summit`, `… during a telephone call on
# 4 March`: the meeting (or call) of the sentence's subjects, named by a noun phrase with no verb.
_THEIR_MEETING = regexscan.compile(
    r"\b(?:[Ii]n|[Aa]t|[Dd]uring)\s+(?:their\s+(?P<head>(?:(?:first|first-ever|inaugural|face-to-face|in-person|"
    r"bilateral|official|working|summit|phone|telephone|video)\s+){0,3}(?:meeting|summit|talks|call|conversation))|"
    r"(?:a|an)\s+(?P<call>(?:(?:brief|lengthy|\d+-minute)\s+)?(?:phone|telephone|video)\s+(?:call|conversation)))\b"
    r"(?!\s+with\b)", first=False)


def _their_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _THEIR_MEETING.finditer(sent.text):
        if patterns()["future"].search(sent.text[max(0, m.start() - 45):m.start()]):
            continue
        g = "head" if m.group("head") else "call"
        a, b = sent.start + m.start(g), sent.start + m.end(g)
        out.append(EventMention("dialogue", sent, a, b, "main", sent.text[m.start(g):m.end(g)], a, b,
                                (sent.start, sent.end)))
    return out


# `signed the revised FTA on Monday, following their summit at a hotel`, `told a news conference after talks with
# Rama`, `signed a CEPA during a virtual summit between Prime Minister X and …`: a meeting told by a noun in a
# clause of time inside the sentence (one opening it is _opening_meetings'); `their` meeting, or one with a person.
# `announced today after a call with Prime Minister X` (or `a video conference between A and B`, not a news
# conference): a call with a person likewise; its place and day may come
# between the noun and its `with`/`between` (`during talks in Seoul on Thursday between A and B`).
# `arrived in Kyiv on Tuesday after holding talks with X in New Delhi`: the meeting of the trip's previous stop,
# told in passing beside the arrival (its day is not the arrival's).
_ARRIVED = re.compile(r"\b(?:arrived|arrives|landed|lands)\s+(?:in|at)\s+[^,;]{2,80}?\s+after\s+$")
_CIRCUM_MEETING = re.compile(
    r"(?<=[\w,)])\s+(?:after|following|during)\s+(?:(?P<their>their)\s+|(?:a|an)\s+|(?P<the>the)\s+)?"
    r"(?P<head>(?:(?:first|first-ever|virtual|bilateral|trilateral|summit|one-on-one|face-to-face|in-person|official|"
    r"formal|video|phone|telephone)\s+){0,3}(?:summit|talks|meeting|call|video\s?conference|teleconference))\b"
    r"(?P<with>(?:\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}|\s+on\s+[A-Z]\w+(?:\s+\d{1,2})?|"
    r"\s+(?:today|yesterday))*\s+(?:with|between)\s+(?=[A-Z]))?"
    r"(?P<between>\s+between\s+(?:the\s+two|both)\s+(?=[a-zA-Z]))?")


def _circumstance_meetings(sent: Sent) -> list[EventMention]:
    if "after" not in sent.text and "following" not in sent.text and "during" not in sent.text:
        return []  # (_CIRCUM_MEETING's prepositions)
    out = []
    opener = _AT_MEETING.match(sent.text) or _AFTER_MEETING.match(sent.text) or _MEETING_OPENER.match(sent.text)
    for m in _CIRCUM_MEETING.finditer(sent.text):
        # `following the official talks between the two Prime Ministers`: `the` meeting of both sides, held (a bare
        # `after the meeting` refers back to the one reported).
        if not (m.group("their") or m.group("with") or m.group("between")) or m.group("the") and not (
                m.group("between") or m.group("with") and "between" in m.group("with")) or patterns()["future"].search(
                sent.text[max(0, m.start() - 45):m.start()]):
            continue
        if m.group("their") and m.group().lstrip().startswith("during"):
            continue  # `during their summit meeting` is _their_meetings'
        if opener is not None and m.start() < opener.end():
            continue  # `Speaking after talks with X in Bogota on 9 June, …` is _opening_meetings' own
        if _ARRIVED.search(sent.text, 0, m.start("head")):
            continue  # `arrived in Tokyo on Tuesday after talks with X in Seoul`: the trip's last stop
        a, b = sent.start + m.start("head"), sent.start + m.end("head")
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        if m.group("with"):
            em.counterpart = counterpart(sent.text, m.end() - 1)
        out.append(em)
    return out


def _pp_meetings(sent: Sent) -> list[EventMention]:
    return _noun_with_meetings(sent, _PP_MEETING, marks_separate=True)


def _noun_with_meetings(sent: Sent, pattern: re.Pattern[str] | regexscan.Scan,
                        marks_separate: bool = False) -> list[EventMention]:
    """A meeting noun (group `head`) a pattern finds, held with the person its closing `with` names."""
    out = []
    for m in pattern.finditer(sent.text):
        if not _counterpart_follows(sent.text, m.end()):
            continue
        a, b = sent.start + m.start("head"), sent.start + m.end("head")
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        if marks_separate:
            em.separate = "separate" in m.group("head").lower()
        em.counterpart = counterpart(sent.text, m.end())
        out.append(em)
    return out


# `wrapped up the trip with a meeting with X`, `began his visit with talks with Y`, `capped the tour with a call with
# Z`: a meeting noun as the object of a verb that opens or closes a stretch (not a meeting verb) is a meeting held,
# with the person after `with`.
# `The tour began on Saturday in Jeddah with talks with X`, `ended a two-day tour of the Gulf on Sunday with talks
# with Y`: the stretch as the subject, or words of its own (`of`, a day, a place; no comma) before the `with`.
_FRAME_VERB = (r"(?:wrap(?:ped|s)?\s+up|end(?:ed|s)?|beg(?:an|ins)|open(?:ed|s)|capp?(?:ed|s)|conclud(?:ed|es)|"
               r"start(?:ed|s)|kick(?:ed|s)\s+off|round(?:ed|s)\s+(?:off|out)|clos(?:ed|es))")
_FRAME_NOUN = r"(?:trip|tour|visit|stay|swing|journey|travels?|day|week|mission)"
_FRAMED_MEETING = re.compile(
    rf"(?:\b{_FRAME_VERB}\s+(?:(?:his|her|their|the|its|this|a)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_FRAME_NOUN}|"
    rf"(?:^\W*|[,;]\s+)(?:The|His|Her|Their|This)\s+(?:[\w'’-]+\s+){{0,2}}?{_FRAME_NOUN}\s+{_FRAME_VERB})"
    r"(?:\s+[^.;:,\n]{1,80}?)?\s+with\s+(?:(?:a|an)\s+)?"
    r"(?P<head>(?:(?:bilateral|brief|working|courtesy|separate|final|farewell|phone|telephone|video|one-on-one)\s+)*"
    r"(?:meeting|talks|call|summit))\s+with\b")


# `began the day with Zheng Shanjie, chairman of …`, `opened her visit with Foreign Minister X`: a stretch opened or
# closed with a person (titled, or with an office in apposition) is a meeting with them.
_FRAMED_PERSON = re.compile(
    rf"\b(?P<head>{_FRAME_VERB})\s+(?:(?:his|her|their|the|its|this|a)\s+)?(?:[\w'’-]+\s+){{0,3}}?{_FRAME_NOUN}"
    r"(?:\s+(?:(?!with\b)[^.;:,\n]){1,60}?)?\s+with\b(?!\s+(?:a|an|the|talks|meetings?)\b)")


# `Putin later met X …, and wrapped up the visit with a meeting with Y`: a framing clause joined to an earlier one of
# its sentence tells another meeting of the day, beside the one the report is about.
_AND_FRAMED = re.compile(r",\s+and\s+(?:then\s+|later\s+|finally\s+)?(?:wrap|end|beg|open|capp|conclud|start|kick|"
                         r"round|clos)\w*\b")


def _framed_meetings(sent: Sent) -> list[EventMention]:
    if "with" not in sent.text:
        return []  # (both patterns end in `with`)
    out = _noun_with_meetings(sent, _FRAMED_MEETING)
    for em in out:
        em.separate = bool(_AND_FRAMED.search(sent.text, 0, em.trig_start - sent.start))
    if " with " in sent.text:
        for em in _noun_with_meetings(sent, _FRAMED_PERSON):
            if not any(x.trig_start <= em.trig_start < x.trig_end + 80 for x in out):
                em.separate = True  # (a meeting of the trip's stretch, beside what else the report tells)
                out.append(em)
    return out


# `the talks with Wang Yi in Beijing on Monday were frank`, `The video summit began shortly before 10 a.m.`, `their
# meeting lasted 90 minutes`: a meeting noun as a clause's subject whose predicate tells the meeting's course (it began,
# lasted, ended) or how it went (`was candid`) reports it held, with no meeting verb. The clause opens the sentence or
# follows a reporting verb or a connective; a relative clause (`which`, `that`) or a past or future modifier
# (`previous talks`, `the next summit`) is no held meeting of the report. The noun needs its named other side
# (`with`/`between` a name): `The talks began Friday` alone tells no party and may be dated by another time zone.
_SUBJECT_MEETING = regexscan.compile(
    r"(?:^\W*|(?<=[,;:—–-])\s*|\b(?:said|says|that|and|but|as|while|when|after)\s+)"
    r"(?:[Tt]he|[Tt]heir|[Hh]is|[Hh]er|[Tt]hese|(?P<owner>(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*['’]s))\s+"
    r"(?P<head>(?:(?:first|first-ever|inaugural|bilateral|trilateral|official|virtual|video|phone|telephone|summit|"
    r"face-to-face|in-person|one-on-one|closed-door|high-level|ministerial|leaders'|leaders’|[\w-]+-day|"
    r"[\w-]+-(?:hour|minute))\s+){0,3}(?:talks|meeting|summit|call|conversation))\b"
    r"(?P<mod>\s+(?:with|between)\s+(?=[A-Z])(?:[^.;,:]|(?<=\b[A-Z])\.){0,100}?)\s+"
    r"(?:(?:was|were)\s+(?:(?:very|highly|largely|mostly|both|also|described\s+as)\s+)?(?:candid|frank|constructive|"
    r"productive|cordial|friendly|substantive|fruitful|positive|useful|in-depth|warm|tense|difficult|lengthy|"
    r"wide-ranging|open|sincere|businesslike)|began|started|lasted|ended|wrapped\s+up|ran\s+for|stretched|"
    r"went\s+on\s+for|got\s+under\s*way)\b", first=False)
_NOT_HELD_MOD = re.compile(r"\b(?:which|that|who|previous|last|past|earlier|prior|next|upcoming|planned|proposed|"
                           r"possible|future)\b", re.I)


def _subject_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _SUBJECT_MEETING.finditer(sent.text):
        before = sent.text[max(0, m.start() - 45):m.start("head")]
        if _NOT_HELD_MOD.search(sent.text, m.start(), m.end()) or patterns()["future"].search(
                sent.text, m.start(), m.end()) or patterns()["future"].search(before) or _NEGATED.search(
                sent.text[:m.end()].rsplit(" ", 1)[0] + " "):
            continue
        a, b = sent.start + m.start("head"), sent.start + m.end("head")
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        em.counterpart = counterpart(sent.text, m.start("mod") + len(m.group("mod").split(None, 1)[0]) + 1)
        out.append(em)
    return out


# `Following the signing, Minister Kamikawa and I discussed regional security`, `President A and Prime Minister B
# exchanged views on …`, `The two leaders conferred on …`: a joint subject of people (a titled or addressed name and
# another, or `I`) with a verb of talking together tells a meeting, with no meeting verb or noun. It names no other
# side: on a day that has its meeting it is that meeting. (`The two leaders discussed …` is left out: it goes on about
# the meeting just told, often of another day or time zone, and brings the paragraph's people to it.)
_JOINT_NAME = (rf"(?:(?:(?:Dr|Mr|Ms|Mrs|H\.\s?E\.)\.?\s+|(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:{_OFFICE_WORDS}|Sir|Dame)\s+)"
               rf"(?:[A-Z][\w.'’-]*\s+){{0,4}}?[A-Z][\w.'’-]*)")  # (a name, not `the Secretary` alone)
_JOINT_TALK = regexscan.compile(
    rf"(?:^\W*|(?<=[,;:—–-])\s*|\b(?:and|then|later|after)\s+)(?:{_JOINT_NAME}\s+and\s+(?:I|{_JOINT_NAME})|I\s+and\s+"
    rf"{_JOINT_NAME})(?:\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,2}})?"
    rf"\s+(?:also\s+|then\s+|later\s+)?"
    # (`A and B talked for two hours in Seoul`: talked with no object, for a time or in a place)
    rf"(?P<v>discussed|exchanged\s+views|conferred|talked\s+about|talked(?=\s+(?:for|at\s+length|in|at|over)\b))\b",
    first=False)


# `A and B agreed at a summit in Seoul on Tuesday to …`, `… agreed in talks on Tuesday to …`, `pledged during a
# meeting in Lima to …`: what was agreed at a meeting tells the meeting (not `at their last summit`, a past one).
_AGREED_AT = regexscan.compile(r"\b(?:agreed|pledged|vowed|decided|committed|reaffirmed)\s+(?:on\s+\w+day\s+|today\s+|"
                               r"yesterday\s+)?(?:at|in|during)\s+(?:(?:a|an|the|their|its)\s+)?(?P<np>(?:(?!last\b|previous\b|"
                               r"earlier\b|past\b|recent\b)[\w'’-]+\s+){0,3}?(?P<head>talks|meeting|summit|phone\s+call|"
                               r"video\s+call|videoconference|video\s+conference|consultations))\b(?!\s+(?:of|with)\s+the\s+"
                               r"(?:board|council|committee|commission)\b)", first=False)


# `five months after President X's visit to Japan for the G20 Osaka Summit`: a time told from another event, whose
# head is no object of the clause's verb.
_TIME_APART = re.compile(r"\b(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|"
                         r"\d{1,2})\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since)\b[^,;.]*")


_AGREED_CUES = ("agreed", "pledged", "vowed", "decided", "committed", "reaffirmed")

# `At the summit meeting, the two leaders signed the Joint Statement on …`: a statement adopted at the meeting told is
# that meeting's content (records.md rule 1), no signing of its own.
_AT_THE_MEETING = re.compile(r"\W*(?:At|During|In)\s+(?:the|their|this)\s+(?:summit\s+)?(?:meeting|talks|summit)\b")
_STATEMENT_OBJECT = re.compile(r"\s+(?:the|a)\s+(?:[A-Z][\w-]*\s+){0,3}Joint\s+Statement\b")
# Notes exchanged (an exchange of notes, Japan's form for a loan or grant): a document signed, next to `exchanged`.
_NOTES = re.compile(r"\bnotes\b")
_DOCUMENT_ON = re.compile(r"\bdocument(?=\s+(?:on|concerning|regarding|establishing)\s)")
_TO_DOCUMENT = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}")
_NOTES_BY_VERB = re.compile(r"\s+(?:(?:were|was|had\s+been|have\s+been)\s+|the\s+|diplomatic\s+)?")

# `The agreement was reached at the seventh X Strategic Dialogue`, `The decision was announced at …`: the sentence
# before told what was agreed; this one tells the meeting it was agreed at, held then.
_REACHED_AT = re.compile(r"^\W*(?:The|This|That|Their|Both\s+sides'|The\s+two\s+sides')\s+(?:agreement|accord|deal|"
                         r"decision|announcement|understanding|consensus|pledge|commitment)s?\s+(?:was|were)\s+"
                         r"(?:reached|made|struck|announced|taken|forged|sealed)\s+(?:at|during|in)\s+(?:the\s+|their\s+|"
                         r"a\s+|an\s+)?(?P<np>(?:(?!last\b|previous\b|earlier\b|past\b)[\w'’+-]+\s+){0,7}?(?P<head>"
                         r"(?i:talks|meeting|summit|dialogue|consultations|conference|forum|council|committee|commission|"
                         r"ministerial|video\s+call|phone\s+call|videoconference)))\b")


def _reached_at_meetings(sent: Sent) -> list[EventMention]:
    if " was " not in sent.text and " were " not in sent.text or (m := _REACHED_AT.match(sent.text)) is None:
        return []
    a, b = sent.start + m.start("head"), sent.start + m.end("head")
    return [EventMention("dialogue", sent, a, b, "main", m.group("np"), sent.start + m.start("np"), b,
                         (sent.start, sent.end))]


def _agreed_at_meetings(sent: Sent) -> list[EventMention]:
    if not any(w in sent.text for w in _AGREED_CUES):
        return []  # (a literal pre-check: most sentences agree nothing)
    out = []
    for m in _AGREED_AT.finditer(sent.text):
        before = sent.text[max(0, m.start() - 45):m.start()]
        if patterns()["future"].search(before) or _NEGATED.search(before) or _MODAL.search(before) \
                or re.search(r"\b(?:was|were|been|being|is|are)\s+$", before):
            continue  # (`The hotline was agreed during talks at …`: the passive's talks are told by their own reader)
        a, b = sent.start + m.start("head"), sent.start + m.end("head")
        em = EventMention("dialogue", sent, a, b, "main", m.group("np"), sent.start + m.start("np"), b,
                          (sent.start, sent.end))
        if w := re.match(r"\s+with\s+", sent.text[m.end():]):
            em.counterpart = counterpart(sent.text, m.end() + w.end())
        out.append(em)
    return out


def _joint_talks(sent: Sent) -> list[EventMention]:
    out = []
    for m in _JOINT_TALK.finditer(sent.text):
        if patterns()["future"].search(sent.text[max(0, m.start() - 45):m.start()]):
            continue
        a, b = sent.start + m.start("v"), sent.start + m.end("v")
        out.append(EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end)))
    return out


# `spoke by phone on February 8 with Zambia's Minister X`, `sat down on Tuesday with Ambassador Y` (`today in Lima`:
# a place too), `spoke with Ana
# Ruiz, Foreign Minister of Peru`: a call (or a sit-down) verb whose `with` comes after a day or an adverb, or whose
# person's title follows the name (an apposition); the verb list (`spoke with`, `spoke by phone with`) takes the call
# when neither is there.
_CALL = re.compile(
    r"\b(?:spoke|talked|sat\s+down)\s+(?P<adv>(?:(?:(?:by|via|over\s+the|on\s+the)\s+"
    r"(?:phone|telephone|video\w*)|virtually|today|yesterday|on\s+(?:\w+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+"
    r"\d{1,2})|in\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*,?\s+){0,3})with\s+")
_APPOSED = re.compile(rf"(?:[A-Z][\w.'’-]*\s+){{1,4}}?[A-Z][\w.'’-]*,\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){{0,3}}"
                      rf"(?:{_TITLES}|Chairman|Chairwoman|Chairperson)\b")


# `A and B spoke on the telephone on 17 June`, `The two ministers talked over the phone`: a call of the subjects,
# told with no `with` (the call with a person is _CALL's and the verb list's).
_JOINT_CALL = regexscan.compile(r"\b(?:spoke|talked|conversed|held\s+talks)\s+(?:on|by|over|via)\s+(?:the\s+)?"
                                r"(?:tele)?phone\b(?![^.;,]{0,60}\bwith\b)", first=False)
_JOINT_SUBJECT = re.compile(r"\s(?:and|&)\s|\b(?:two|both|three)\b|\b(?:leaders|ministers|presidents|counterparts)\b")


def _joint_calls(sent: Sent) -> list[EventMention]:
    out = []
    for m in _JOINT_CALL.finditer(sent.text):
        if not _JOINT_SUBJECT.search(_clause_before(sent.text, m.start())) or patterns()["future"].search(
                sent.text[max(0, m.start() - 45):m.start()]):
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        out.append(EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end)))
    return out


# `with British Prime Minister Keir Starmer joining by phone`, `as Prime Minister X joined via video link`: a leader
# taking part remotely in what the subject did is a call with that person (the person right before the verb).
_JOINED_REMOTELY = regexscan.compile(r"\b(?:joining|joined|took\s+part|taking\s+part)\s+(?:in\s+)?(?:by|via|over|on)\s+"
                                     r"(?:the\s+)?(?:(?:tele)?phone|video(?:\s*(?:link|call|conference))?|videoconference)\b",
                                     first=False)


# `Shri X, Commerce Secretary, signed on behalf of India and Mr. Y on behalf of Mauritius`: who signed for each side,
# with no document named, tells the signing told before (its people).
_SIGNED_ON_BEHALF = regexscan.compile(r"\bsigned\s+(?:it\s+|them\s+|the\s+documents?\s+)?(?:for|on\s+behalf\s+of)\s+"
                                      r"(?:the\s+)?[A-Z]", first=False)


def _signed_on_behalf(sent: Sent) -> list[EventMention]:
    m = _SIGNED_ON_BEHALF.search(sent.text)
    if m is None or patterns()["head_agreement"].search(sent.text) or patterns()["future"].search(
            sent.text, 0, m.start()):
        return []
    a, b = sent.start + m.start(), sent.start + m.start() + len("signed")
    return [EventMention("agreement", sent, a, b, "main", None, None, None, (sent.start, sent.end))]


def _remote_joins(sent: Sent) -> list[EventMention]:
    out = []
    for m in _JOINED_REMOTELY.finditer(sent.text):
        before = sent.text[max(0, m.start() - 80):m.start()]
        who = re.search(r"(?:with|as|while)\s+((?:[A-Z][\w.'’-]*\s+){1,7})$", before)
        if who is None or patterns()["future"].search(sent.text[max(0, m.start() - 60):m.start()]) \
                or patterns()["head_dialogue"].search(sent.text, 0, m.start()):
            continue  # (`held the meeting in Seoul, while X joined by video link`: X took part in that meeting)
        a, b = sent.start + m.start(), sent.start + m.end()
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        em.counterpart = counterpart(" " + who.group(1), 0)
        em.separate = True
        out.append(em)
    return out


def _call_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _CALL.finditer(sent.text):
        rest = sent.text[m.end():]
        listed = (v := patterns()["verb_dialogue"].match(sent.text, m.start())) and v.end() >= m.end() - 6
        if listed and not _APPOSED.match(rest):
            continue  # `spoke with Foreign Minister X`: the verb list reads it
        if not (_APPOSED.match(rest) or _TITLED.match(rest)):
            continue
        names = counterpart(sent.text, m.end())  # (`X, Minister of Y`: the name before the office)
        a, b = sent.start + m.start(), sent.start + m.end() - 1
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        em.counterpart = names
        out.append(em)
    return out


# `At the second X Dialogue in Canberra on 5 March, the two sides agreed …`, `In a meeting before the signing, A and B
# agreed …`: a sentence opening with a meeting it took place at, whose own clause reports no meeting verb. The meeting
# is held when it is named, or its phrase gives a day, a place or its order (`before the signing`).
# `Earlier in the day, at the eighth trilateral summit …, the leaders adopted …`: after an adverbial of order, a
# meeting beside the one reported.
# `RIO DE JANEIRO, Nov 18 (Reuters) - Meeting on the margins of …,`, `SEOUL (AP) — After talks with …,`: a wire
# dateline before an opening adverbial; the adverbial still opens the sentence.
# (`Minister Iwaya: At the Japan-ROK Foreign Ministers' Meeting that morning, …`: a transcript's speaker label, too)
_DATELINE = (r"(?-i:[A-Z][A-Z .'’-]{1,30}(?:,[^\n,]{1,40}?|\s*\([^)\n]{1,20}\))\s+(?:--|—|–|-)\s+"
             r"|(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*:\s+)?")
_AT_MEETING = re.compile(r"^\W*" + _DATELINE +
                         r"(?P<order>(?:Earlier|Later)(?:\s+(?:in\s+the\s+day|that\s+day|on\s+\w+day|today))?,\s+)?"
                         # (`During talks in Hanoi on Tuesday, …`: the bare plural `talks` needs no article)
                         r"(?:[Aa]t|[Ii]n|[Dd]uring)\s+(?:(?:the|a|an)\s+|(?=talks\b))(?P<np>[^,;]{3,140}?),\s+")
_MEETING_ORDER = re.compile(r"\s+(?:before|after|following|ahead\s+of)\s+the\b")
# `In the first meeting, A …`, `At the last meeting of the day, …`: one of a day's meetings told in turn.
_NTH_OF_DAY = re.compile(r"\b(?:first|second|third|fourth|fifth|next|last|final)\s+(?:bilateral\s+)?$")


def _nth_of_day(text: str, lo: int, head: re.Match[str]) -> bool:
    """`the first meeting`, not `the first Council` (a series' first round, the event itself)."""
    return head.group().lower() in ("meeting", "session") and bool(_NTH_OF_DAY.search(text, lo, head.start()))
# `In talks at the presidential palace that lasted an hour, …`: a venue locates the meeting as a place does.
# (`at the Istana`, `at the Kremlin`: a named building)
_AT_VENUE = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?(?:(?i:(?:[\w'’-]+\s+){0,3}?" + _VENUE_NOUN +
                       r")\b|(?<=the\s)[A-Z][a-z])")
# `Following their meeting in Baku on 4 March, …`, `Speaking after talks with President X in Bogota on 4 March, …`,
# `Meeting in Astana on 4 March, the ministers agreed …`: an opening adverbial (a participle or `after`) whose meeting
# is held when its phrase gives a name, a day or a place (`After the talks, …` alone is the reported meeting's).
_AFTER_MEETING = re.compile(r"^\W*" + _DATELINE +
                            r"(?:Speaking\s+(?:to\s+\w+\s+)?)?(?:After|Following|Speaking\s+after)\s+"
                            r"(?:(?:the|a|an|their|his|her)\s+)?(?P<np>[^,;]{3,140}?),\s+", re.I)
_MEETING_OPENER = re.compile(r"^\W*" + _DATELINE +
                             r"(?P<np>(?P<head>Meeting)\s+(?:in|at|on|with|for)\s+[^,;]{3,140}?),\s+")


def _opening_meetings(view: View, sent: Sent) -> list[EventMention]:
    m = _AT_MEETING.match(sent.text) or _AFTER_MEETING.match(sent.text) or _MEETING_OPENER.match(sent.text)
    if m is None or patterns()["verb_dialogue"].search(sent.text, m.end()) and m.re is _AT_MEETING:
        return []
    h = patterns()["head_dialogue"].search(sent.text, m.start("np"), m.end("np"))
    if h is None or len(sent.text[m.start("np"):h.start()].split()) > 8 or _BRIEFING.search(sent.text[:h.start()]):
        return []
    tail = sent.text[h.end():m.end("np")]
    if m.re is _AT_MEETING and re.match(r"\s+with\b", tail) or patterns()["future"].search(sent.text[:m.end()]):
        return []  # `In a meeting with X, …` is _pp_meetings'
    a, b = _name(sent.text, h.start(), h.end(), m.start("np"), m.end("np"))
    name = sent.text[a:b].strip() if specific_name(sent.text[a:b]) else None
    lo, hi = sent.start + h.end(), sent.start + m.end("np")
    if name is None and m.re is _AT_MEETING and m.group("order") and specific_name(sent.text[m.start("np"):h.end()]):
        a, b = m.start("np"), h.end()  # `Earlier in the day, at the eighth trilateral summit, …`: named in lower case
        name = sent.text[a:b]
    if name is None and not (_MEETING_ORDER.match(tail) or any(d.kind == "day" for d in view.dates_in(lo, hi))
                             or view.mentions_in(lo, hi, "PLACE") or _AT_VENUE.match(tail)
                             or _nth_of_day(sent.text, m.start("np"), h)):
        return []
    hs, he = sent.start + h.start(), sent.start + h.end()
    em = EventMention("dialogue", sent, hs, he, "main", name, sent.start + a if name else None,
                      sent.start + b if name else None, (sent.start, sent.end))
    if w := re.match(r"\s+with\s+", tail):
        em.counterpart = counterpart(sent.text[:m.end("np")], h.end() + w.end())
    if m.re is _AT_MEETING and (m.group("order") or _nth_of_day(sent.text, m.start("np"), h)):
        em.separate = True  # (`In the first meeting, …`: one of the day's meetings, its own)
    return [em]


# `A reciprocal access agreement, once concluded, would …`: a participle of condition is not done yet.
_CONDITION = re.compile(r"\b(?:once|if|unless|until)\s+$", re.I)
# `signed more than 70 memoranda`, `a total of 12 agreements`: a tally of documents, no signing of its own (`some 10
# memoranda`, an approximate count, is one signing).
_TALLY = re.compile(r"\b(?:more\s+than|over|a\s+total\s+of|dozens\s+of|hundreds\s+of)\s+"
                    r"(?:\d+\s+|[a-z]+\s+)?$", re.I)
# `held a briefing on the outcome of last week's talks`, `reviewed the results of the summit`: a meeting named as what
# is reported on, or dated by a possessive (`yesterday's talks`), is not the one the verb holds.
_REFERRED_HEAD = re.compile(r"(?:\b(?:outcomes?|results?|follow-up)\s+(?:of|to)\s+(?:the\s+|this\s+|their\s+)?"
                            r"|\b(?:(?:last|this)\s+(?:week|month|year)|yesterday|\w+day)['’]s\s+)"
                            r"(?:[\w'’.-]+\s+){0,5}$", re.I)
# `Belgium holds a non-permanent seat on the U.N. Security Council`, `Japan held the rotating G7 presidency`: an office
# held, its body named in passing; `a motto, which holds that …`, `held the view that …`: a belief. No meeting.
_HELD_OFFICE = re.compile(r"\s+(?:(?:a|an|the|its|their|this\s+year['’]s)\s+(?:[\w-]+\s+){0,3}?(?:seats?|presidency|"
                          r"chair|chairmanship|chairpersonship|chairship|membership|post|office|position|role|"
                          r"views?|belief)\b(?!\s+(?:[A-Z]|(?:consultations?|meetings?|talks|dialogue|summit)\b))|"
                          r"that\s)")  # (not `held their annual Foreign Office Consultations`: the office a modifier)
_LAUNCH_NOUN = re.compile(r"\b(?:missile|missiles|rocket|rockets|satellite|ballistic|ICBM|ICBMs|space|test)\s+$", re.I)

# `welcomed President X to Downing Street for bilateral talks`: a host receiving a titled person for a meeting.
_WELCOME = regexscan.compile(r"\b(?:welcomed|welcomes|received|receives)\b", first=False)
# `for bilateral talks`, `for our annual leaders' meeting`, `for the inaugural Canada-Peru Foreign and Defence (2+2)
# Ministerial Meeting`: the meeting a visitor is received or travels for (a few modifiers, capitalised name words).
_FOR_MEETING = re.compile(
    r"\bfor\s+(?P<np>(?:(?:a|an|the|our|their|its|his|her)\s+)?(?:(?:[a-z][\w-]*(?:['’]s?)?|[A-Z0-9][\w.'’+\-]*(?:\s*\([^()]{1,12}\))?"
    r"|and|of|the)\s+){0,8}?(?P<head>(?:(?:ministerial|summit|leaders['’]?)\s+)?(?:talks|meeting|summit|consultations|"
    r"working lunch|dinner|dialogue)))\b",
    re.I)
_FOR_MODIFIERS = re.compile(
    r"^(?:(?:a|an|the|our|their|its|his|her)\s+)?(?:(?:bilateral|trilateral|official|summit|formal|first|working|courtesy|annual|"
    r"inaugural|regular|ministerial|joint|high-level|special|leaders['’]|second|third|fourth|fifth|sixth|seventh|"
    r"eighth|ninth|tenth|\d+(?:st|nd|rd|th)|[A-Z0-9][^\s]*|\(\S+\)|and|of|"
    # (`for a welcome ceremony and one-on-one talks`, `for restricted and delegation-level talks`)
    r"one-on-one|private|restricted|expanded|delegation-level|closed-door|welcome|welcoming|ceremony)\s+)*\S+$")


def _for_meeting(rest: str) -> re.Match[str] | None:
    """The first `for` + meeting noun phrase of `rest` whose words are modifiers or name words only (not `for the
    purpose of discussing the meeting`)."""
    for f in _FOR_MEETING.finditer(rest):
        if _FOR_MODIFIERS.match(f.group("np")):
            return f
    return None


def _for_name(sent: Sent, at: int, f: re.Match[str]) -> tuple[str | None, int | None, int | None]:
    """The name of the meeting a `for` phrase gives (`the third meeting of the X Dialogue`), when it is specific."""
    hs, he = at + f.start("head"), at + f.end("head")
    a = at + f.start("np") + len(re.match(r"(?:(?:a|an|the|our|their|its|his|her)\s+)?", f.group("np"), re.I).group())
    b = _name(sent.text, hs, he, 0, len(sent.text))[1]
    b -= sent.text[a:b].endswith(".")  # the sentence's full stop, not `U.S.`
    if not specific_name(sent.text[a:b]):
        return None, None, None
    return sent.text[a:b], sent.start + a, sent.start + b


def _ordinal_word(word: str) -> int | None:
    """`inaugural` -> 1, `19th` -> 19."""
    if m := re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word):
        return int(m.group(1))
    return triggers().ordinals.get(word)


def _welcome_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _WELCOME.finditer(sent.text):
        # (`welcomed Kim Jin-dong, Director-General for …, to Ottawa for …`: a name with its office apposed)
        if not _counterpart_follows(sent.text, m.end()) and not _APPOSED.match(sent.text, m.end() + 1):
            continue
        rest = sent.text[m.end():m.end() + 320].split(";")[0]
        f = _for_meeting(rest)
        if f is None or re.search(r"\b(?:will|to be)\b", sent.text[max(0, m.start() - 30):m.start()]):
            continue
        a, b = sent.start + m.start(), sent.start + m.end()
        em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
        em.counterpart = counterpart(sent.text, m.end())
        # `for the inaugural … Meeting`: the meeting's ordinal, though the mention takes no name
        em.ordinal = next((_ordinal_word(w) for w in f.group("np").lower().split() if _ordinal_word(w)), None)
        out.append(em)
    return out


# `traveled to Mexico City today for the third meeting of the X Dialogue`: a delegation's trip for a meeting.
# `was received today by the President of X, Y`, `were received at Carthage Palace by President Y`, `was received
# earlier in the day by …`: a passive reception with times or places between `received` and `by` (plain `received by`
# is a person verb).
_RECEIVED_WHEN = (r"(?:(?:earlier|later)\s+(?:today|in\s+the\s+day)|today|yesterday|earlier|later|"
                  r"this\s+(?:morning|afternoon|evening)|in\s+the\s+(?:morning|afternoon|evening)|in\s+audience|"
                  r"on\s+(?:\w+day|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?)),?\s+")
_RECEIVED_WHERE = r"(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,4}(?:in\s+(?:[A-Z][\w.'’-]*\s+){1,2})?"
_RECEIVED_BY = regexscan.compile(r"\b(?:was|were)\s+received\s+(?:" + _RECEIVED_WHEN + "|" + _RECEIVED_WHERE + r"){0,3}"
                                 r"(?<!received\s)by(?=\s)", first=False)


def _met_by(sent: Sent, pattern: regexscan.Scan, person_follows: Callable[[str, int], bool]) -> list[EventMention]:
    """A meeting told by the side that was met: the person after the match is the counterpart."""
    out = []
    for m in pattern.finditer(sent.text):
        if not person_follows(sent.text, m.end()) or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]):
            continue
        em = EventMention("dialogue", sent, sent.start + m.start(), sent.start + m.end(), "main", None, None, None,
                          (sent.start, sent.end))
        em.counterpart = counterpart(sent.text, m.end())
        out.append(em)
    return out


def _received_meetings(sent: Sent) -> list[EventMention]:
    return _met_by(sent, _RECEIVED_BY, _counterpart_follows)


# `received a phone call today from President X`, `took a call on Monday from Prime Minister Y`: a call told by the
# side that received it; the caller is the person met (`a call from the minister's office` is no call with a person).
_RECEIVED_CALL = regexscan.compile(r"\b(?:received|receives|took|takes|got|had)\s+(?:a|an)\s+"
                                   r"(?:(?:brief|short|\d+-minute|courtesy)\s+)?(?:(?:phone|telephone|video)\s+)?call\s+(?:(?:today|yesterday|this\s+(?:morning|afternoon|"
                                   r"evening)|on\s+\w+day|on\s+\d{1,2}\s+[A-Z][a-z]+|on\s+[A-Z][a-z]+\s+\d{1,2})\s+)?from(?=\s)",
                                   first=False)


def _received_calls(view: View, sent: Sent) -> list[EventMention]:
    # the caller is titled (`to discuss …` after the name is the call's purpose, not `called on X to …`), or a
    # known official
    return _met_by(sent, _RECEIVED_CALL, lambda text, end: bool(_TITLED.match(_object(text, end, 80)))
                   or _official_follows(view, sent.start + end))


def _official_follows(view: View, end: int) -> bool:
    """`conferred with Antony Blinken`: an official the gazetteer knows, named bare right after the verb; not with a
    purpose of another kind (`sat down with Luxon … to watch the rugby final`, as `_counterpart_follows`)."""
    rest = view.text[end:end + 4]
    at = end + len(rest) - len(rest.lstrip())
    if re.search(r"\bto\s+(?!the\b)[a-z]+", view.text[at:at + 80].split(".")[0]):  # (`called on Kim, …, to return`)
        return False
    return any(x.start == at for x in view.mentions_in(at, at + 60, "PERSON"))


# `The Kishida-Scholz talks at the Prime Minister's Office on Thursday centred on energy`, `The Ruto-Meloni meeting on
# Tuesday produced a deal`: a meeting named by its hyphenated parties as the sentence's subject, with no event verb;
# held when its sentence gives a day and no future. After a dateline (`TOKYO, April 28 -- `) it is still the subject.
_PAIR_SUBJECT = re.compile(r"(?:^|^[^\n]{3,60}?\s(?:--|—|–|-)\s+)The\s+"
                           r"(?P<np>(?P<pair>[A-Z][\w.'’]*(?:[-–][A-Z][\w.'’]*)+)"
                           r"\s+(?:(?:bilateral|summit|leaders['’]?|phone|telephone)\s+)?"
                           r"(?P<head>talks|meeting|summit|call|consultations|bilateral))\b(?!\s+(?:of|on|for)\b)")


# `The meeting between Prime Minister A and President B, their first since June, lasted two hours on Tuesday`: a
# meeting of two titled people as the subject, with no event verb (held on the sentence's day, as above).
_BETWEEN_SUBJECT = re.compile(r"(?:^|^[^\n]{3,60}?\s(?:--|—|–|-)\s+)The\s+(?P<np>(?:(?:[\w-]+\s+){0,2}?)"
                              r"(?P<head>talks|meeting|summit|call|phone\s+call|consultations))\s+between\s+"
                              r"(?=(?:[A-Z][\w.'’-]*\s+){1,6}and\s+[A-Z])")


def _pair_subjects(view: View, sent: Sent) -> list[EventMention]:
    m = _PAIR_SUBJECT.match(sent.text) or _BETWEEN_SUBJECT.match(sent.text)
    if m is None or patterns()["future"].search(sent.text) or patterns()["verb_dialogue"].search(sent.text, m.end()):
        return []
    if not any(d.kind in ("day", "same_day") for d in view.dates_in(sent.start + m.end(), sent.end)):
        return []
    a, b = sent.start + m.start("np"), sent.start + m.end("np")
    return [EventMention("dialogue", sent, sent.start + m.start("head"), b, "main", m.group("np"), a, b,
                         (sent.start, sent.end))]


# `BRASILIA (Reuters) - China and Brazil agreed on Wednesday to …`: a wire's lead telling two countries' talks by
# their outcome on the day, with no meeting verb: the two met that day.
_AGREED_PAIR = re.compile(r"(?:^|^[^\n]{3,80}?\s(?:--|—|–|-)\s+)(?:The\s+)?"
                          r"(?P<a>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s+and\s+(?:the\s+)?(?P<b>[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){0,2})\s+(?P<head>agreed)\s+"
                          r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:to|that|on)\b")
_AGREED_PAIR_REACH = 400  # characters: the lead, after a title line or two


def _agreed_pair_meetings(view: View, sent: Sent) -> list[EventMention]:
    if sent.start > _AGREED_PAIR_REACH or "agreed" not in sent.text:
        return []
    m = _AGREED_PAIR.match(sent.text)
    if m is None or patterns()["verb_dialogue"].search(sent.text) or patterns()["future"].search(sent.text):
        return []
    sides = [view.mentions_in(sent.start + m.start(g), sent.start + m.end(g), "COUNTRY") for g in ("a", "b")]
    whole = all(len(x) == 1 and x[0].end - x[0].start >= m.end(g) - m.start(g) - 4
                for x, g in zip(sides, "ab", strict=True))
    if not whole or sides[0][0].id == sides[1][0].id:
        return []  # (two countries, each named whole: `The United States and Guyana`, not `Exxon and Chevron`)
    a, b = sent.start + m.start("head"), sent.start + m.end("head")
    comma = sent.text.find(",", m.end())  # (`…, as Modi stopped in Abu Dhabi on his way home from France`: another)
    return [EventMention("dialogue", sent, a, b, "main", None, None, None,
                         (sent.start, sent.start + comma if comma != -1 else sent.end))]


# `Foreign Minister Cho Tae-yul's meeting with Secretary Antony Blinken on Tuesday focused on …`: a meeting named by
# its possessor and the titled person met, with no event verb; held when its sentence gives a day after it and no
# future (as `_pair_subjects`).
_POSSESSED_MEETING = regexscan.compile(r"\b[A-Z][\w.\-]*['’]s\s+(?:(?:bilateral|phone|telephone|video)\s+)?"
                                       r"(?P<head>meeting|talks|call|summit)\s+with\s+", first=False)


# `A separate meeting with Omani Foreign Minister X focused on …`: a separate meeting with a titled person, told as
# its sentence's subject, is one more meeting of the report's day.
_SEPARATE_SUBJECT = re.compile(r"^(?:(?:In\s+)?(?:a|an|his|her|their|the)\s+)?separate\s+(?:bilateral\s+)?"
                               r"(?P<head>meeting|talks|call|discussions)\s+with\s+", re.I)


def _separate_subject_meetings(sent: Sent) -> list[EventMention]:
    m = _SEPARATE_SUBJECT.match(sent.text)
    if m is None or not _TITLED.match(_object(sent.text, m.end(), 80)) or patterns()["future"].search(sent.text):
        return []
    em = EventMention("dialogue", sent, sent.start + m.start("head"), sent.start + m.end("head"), "main", None, None,
                      None, (sent.start, sent.end))
    em.counterpart = counterpart(sent.text, m.end())
    em.separate = True
    return [em]


# `The talks at the Defense Ministry in Tokyo came as the carrier made a port call`, `The summit in Lima comes a day
# after …`: a wire's sentence placing the meeting it reports (its place told) in its news, the meeting its subject.
_CAME_SUBJECT = re.compile(r"^\W*The\s+(?P<np>(?:[\w'’-]+\s+){0,3}?(?:talks|meeting|summit|dialogue|consultations))"
                           r"\s+(?:at|in)\s+[^,;]{2,60}?\s+(?:came|comes|come)\s+(?P<then>as|on|after|amid|just|"
                           r"shortly|ahead|a\s+day|days|hours|a\s+week|weeks|one\s+day|two\s+days)\b")


def _came_subject_meetings(sent: Sent) -> list[EventMention]:
    if "The " not in sent.text[:6] or (m := _CAME_SUBJECT.match(sent.text)) is None:
        return []
    a, b = sent.start + m.start("np"), sent.start + m.end("np")
    return [EventMention("dialogue", sent, a, b, "main", m.group("np"), a, b, (sent.start, sent.end))]


# `The signing coincided with a two-day visit to Hanoi by Chinese Foreign Minister X, who …`: what an event coincided
# with is another event, with its own people.
# (to the clause's end: `…, that coincided with Buddha Purnima, and the two sides signed …` goes on with the main)
_COINCIDED = re.compile(r"\b(?:coincided|coincides|coincide|overlapped|overlaps)\s+with\s+[^;]*?"
                        r"(?=;|,\s+(?:and|but)\s|\.?$)")


def coincided_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if "coincide" not in text[lo:hi] and "overlap" not in text[lo:hi]:
        return []
    return [(m.start(), m.end()) for m in _COINCIDED.finditer(text, lo, hi)][:1]


# `called on Prime Minister X, whom he thanked for hosting the G7 Summit in Hiroshima`: a relative clause on the person
# met, with a subject of its own; its places and gatherings are what was said, not where or with whom they met.
_OBJECT_RELATIVE = re.compile(r",\s+whom\s+(?:he|she|they|we|the\s+\w+)\s+[^;]*?(?=\s*(?:[;]|,\s+(?:and|but|while)\b|"
                              r"\.(?:\s|$)|$))")


# `X is visiting Korea on 22-24 October, having accompanied President Y on his visit to Africa`: a perfect participle's
# clause tells an earlier leg of the trip; its people and places are that leg's.
_PERFECT_CLAUSE = re.compile(r",\s+having\s+(?:accompanied|attended|visited|travell?ed|toured|completed)\b[^.;]*")


# `… signed a pact on Thursday, as Washington tries to loosen China's grip on …`, `… wrapped up talks on Sunday,
# handing Presidents A and B a framework to weigh when they meet in Seoul`: a clause of circumstance after the event
# (`as` with a subject and verb of its own, a participle of what it leads to) tells the setting; its countries and
# people are not the event's.
_CIRCUMSTANCE = re.compile(r",\s+(?:as\s+(?:[\w.’'-]+\s+){1,7}?(?:tries|try|seeks|seek|moves|move|looks|look|works|"
                           r"work|pushes|push|races|race|scrambles|scramble|steps\s+up|prepares|prepare|faces|face|"
                           r"grapples|grapple|continues|continue|remains|remain|is|are|has|have|told|said|warned|"
                           r"sought|tried|pushed|prepared)\b|"
                           # (a named subject and a verb of its own: `as Berlin hunts for …`, `as Tokyo weighed …`;
                           # not a trip or an event's own verb, `as Prime Minister X stopped in Abu Dhabi`, `as
                           # President Y hosted the summit`: the visitor, the host are parties)
                           r"as\s+(?:[A-Z][\w.’'-]*\s+){1,4}(?!(?:stopp|visit|arriv|tour|travel|land|return|flew|head|"
                           r"host|co-host|hold|chair|co-chair|open|conven|attend|meet|sign|launch|join|welcom|receiv|"
                           r"lead|led|gather)\w*\b)[a-z]{3,}(?:s|ed)\s|"
                           r"(?:handing|giving|paving\s+the\s+way|setting\s+the\s+stage|laying\s+the\s+groundwork)\b)"
                           r"[^;]*?(?=;|\.(?:\s|$)|$)")


# `a new initiative for the Nacala Corridor region, which links landlocked Zambia and Malawi with the sea through
# Mozambique`: a relative clause describing a region, route or project; the countries it names are what it links or
# serves, not parties.
_REGION_RELATIVE = re.compile(r"\b(?i:region|corridor|area|zone|province|route|railway|pipeline|port|basin|project|"
                              r"grid|line)\s*,\s+which\s+(?:links|connects|runs|stretches|spans|crosses|serves|"
                              r"passes|borders|lies|will\s+(?:link|connect|run|serve))\b[^;]*?(?=;|\.(?:\s|$)|$)")


def region_relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if ", which " not in text[lo:hi]:
        return []
    return [(m.start(), m.end()) for m in _REGION_RELATIVE.finditer(text, lo, hi)]


def circumstance_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    if ", as " not in text[lo:hi] and "ing " not in text[lo:hi]:
        return []
    return [(m.start(), m.end()) for m in _CIRCUMSTANCE.finditer(text, lo, hi)]


def perfect_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _PERFECT_CLAUSE.finditer(text, lo, hi)]


def object_relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _OBJECT_RELATIVE.finditer(text, lo, hi)]


def came_clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """`The meeting came a day after X agreed …`: what the meeting came after or as is another thing, with its own
    day, place and people."""
    if "The " not in text[lo:lo + 6] or (m := _CAME_SUBJECT.match(text[lo:hi])) is None:
        return []
    return [(lo + m.start("then"), hi)]


def _possessed_meetings(view: View, sent: Sent) -> list[EventMention]:
    if "s meeting with" not in sent.text and "s talks with" not in sent.text and "s call with" not in sent.text:
        return []  # (a literal pre-check: most sentences name no such meeting)
    m = _POSSESSED_MEETING.search(sent.text)
    if m is None or not _TITLED.match(_object(sent.text, m.end(), 80)) or patterns()["future"].search(sent.text) \
            or patterns()["verb_dialogue"].search(sent.text, m.end()):
        return []
    if not any(d.kind in ("day", "same_day") for d in view.dates_in(sent.start + m.end(), sent.end)):
        return []
    em = EventMention("dialogue", sent, sent.start + m.start("head"), sent.start + m.end("head"), "main", None, None,
                      None, (sent.start, sent.end))
    em.counterpart = counterpart(sent.text, m.end())
    return [em]


# `held the following bilateral meetings:` then `- 20 May 2023, Hiroshima: President X of Y` or `• with Minister Z on
# 15 May, …`: a lead announcing meetings in a list; each item naming a titled person and a day is a meeting of its own.
# (`also held bilateral meetings with several counterparts on 20 February:`: meetings with people, then the list)
_LIST_LEAD = re.compile(r"\b(?:(?:the\s+following|a\s+series\s+of)\s+(?:[\w-]+\s+){0,2}(?:meetings|talks|calls|"
                        r"bilaterals|leaders|counterparts|ministers)|(?:held|had)\s+(?:[\w-]+\s+){0,2}(?:meetings|"
                        r"talks|calls)\s+with\s+(?:several|a\s+number\s+of|various|his|her|their|some)\s+"
                        r"(?:[\w-]+\s+){0,2}?(?:counterparts|ministers|leaders))\b[^:;.]{0,80}:\s*$")
# `Minister Kono also held bilateral meetings the same day.` over `(1) With Foreign Minister X of Y, …` items: a plural
# of bilaterals closing its sentence leads the list after it, as a colon does.
_LIST_LEAD_PLAIN = re.compile(r"\b(?:held|had)\s+(?:also\s+)?(?:separate\s+|several\s+)?bilateral\s+(?:meetings|talks)"
                              r"(?:\s+(?:the\s+same\s+day|that\s+day|on\s+the\s+(?:sidelines|margins)(?:\s+of\s+the\s+"
                              r"\w+)?))?\s*\.?\s*$")
# `- With German Federal Minister of Finance X, he agreed …`: an item telling its meeting by `With` and the person.
_WITH_ITEM = re.compile(r"[Ww]ith\s+")
_LIST_ITEM = re.compile(r"^\s*(?:[-•▪*–]|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)])\s+")
_MARK_ONLY = re.compile(r"\s*\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s*$")


def _one_per_item(view: View, m: EventMention) -> list[EventMention]:
    """A signing of a counted set of documents told item by item (`counted_items`): one mention per document, each
    named by its subject (the same trigger, so grouping keeps them apart)."""
    if m.type != "agreement" or m.mood != "main" or m.name_start is None:
        return [m]
    s = m.sent
    for c in _COUNTED_DOCS.finditer(s.text):
        a, b = s.start + c.start("head"), s.start + c.end("head")
        if a < (m.name_end or m.name_start) and m.name_start < b:
            items = counted_items(view.text, b, s.end)
            if items:
                noun = re.sub(r"(?i)^memorand(?:a|ums)", "memorandum", c.group("head"))
                noun = re.sub(r"(?i)^(letter|agreement|arrangement|protocol|mo[uc])s\b", r"\1", noun)
                return [dataclasses.replace(m, name=f"{noun} {view.text[i:j].strip()}", name_start=i, name_end=j)
                        for i, j in items]
    return [m]


# `signed an arrangement on X, and a second arrangement on Y`, `… and another memorandum on Z`: a second document
# coordinated with the one signed is a signing of its own (records.md rule 1), named by its head and subject.
_SECOND_DOC = re.compile(r",?\s+and\s+(?:a\s+second|another|a\s+further|a\s+separate|an?)\s+"
                         r"(?P<name>(?:[\w-]+\s+){0,3}?(?:memorandum(?:\s+of\s+(?:understanding|cooperation))?|arrangement|agreement|MOU|MoU|"
                         r"protocol|accord|letter\s+of\s+intent|action\s+plan|roadmap)\s+(?:on|for|concerning|regarding)\s+"
                         r"[^,;.()]{2,90}?)(?=\s*(?:[,;.()]|$)|\s+(?:which|that|in|at|during|after|before|under|with)\s)")


def _second_document(view: View, m: EventMention) -> list[EventMention]:
    if m.type != "agreement" or m.mood != "main" or m.name_end is None \
            or (x := _SECOND_DOC.match(view.text, m.name_end, m.sent.end)) is None:
        return [m]
    a, b = x.start("name"), x.end("name")
    return [m, dataclasses.replace(m, name=view.text[a:b], name_start=a, name_end=b)]


def _listed_meetings(view: View) -> tuple[list[EventMention], set[int]]:
    """The meetings of the list items, and the lead sentences they come from."""
    out: list[EventMention] = []
    leads: set[int] = set()
    sents = view.sents
    for k, lead in enumerate(sents):
        if not (_LIST_LEAD.search(lead.text) or _LIST_LEAD_PLAIN.search(lead.text)) \
                or patterns()["future"].search(lead.text):
            continue
        lead_day = any(d.kind == "day" for d in view.dates_in(lead.start, lead.end))
        rest = iter(sents[k + 1:])
        prev_end = lead.end
        for item in rest:
            mark = _LIST_ITEM.match(item.text)
            mark_only = mark is None and _MARK_ONLY.match(item.text) is not None
            if mark is None and not mark_only and prev_end > lead.end and "\n" not in view.text[prev_end:item.start]:
                prev_end = item.end
                continue  # (an item's second sentence: `… on his appointment. The two Ministers agreed …`)
            prev_end = item.end
            if mark_only:
                # (`1.` cut off as a sentence of its own: the item is the sentence after it, if it opens with
                # `with`; a numbered paragraph after the list is none)
                item = next(rest, None)
                mark = re.match(r"\s*(?=[Ww]ith\s)", item.text) if item is not None else None
            if mark is None or item is None:
                break
            who = _TITLED.search(item.text, mark.end(), mark.end() + 90)
            if who is None or not any(d.kind in ("day", "same_day") for d in view.dates_in(item.start, item.end)) \
                    and not _WITH_ITEM.match(item.text, mark.end()) and not lead_day:
                continue  # (under a lead that names the day, an item naming a titled person is that day's meeting)
            a, b = item.start + mark.start(), item.start + mark.end()
            if a == b:  # (the item's own first word stands for its mark)
                b = item.start + (w.end() if (w := re.match(r"\S+", item.text[mark.end():])) else len(item.text))
            em = EventMention("dialogue", item, a, b, "main", None, None, None, (item.start, item.end))
            em.separate = True
            em.counterpart = counterpart(" " + item.text[who.start():], 0)
            em.lead = lead
            out.append(em)
            leads.add(lead.idx)
    return out, leads


# A dated trip too: `flew to Suva on 4 March for talks with …`, `on March 4, 2025`.
# `travelled to Lebanon today together with the President of Cyprus, X, for a meeting with …`: a companion named on
# the way does not hide the meeting travelled for.
_TRAVELLED = re.compile(r"\b(?:traveled|travelled|traveling|travelling|flew|flying|came|went|going|heading|headed|"
                        r"proceeded|moved|moving|drove|walked)\s+(?:on\s+|onward\s+)?to\s+(?:the\s+)?"
                        r"(?:(?:[A-Z][\w.'’-]*\s+(?:(?:de|del|da|do|es|el|al|la)\s+(?=[A-Z]))?){1,3}"
                        # (`drove to the presidential complex for talks`: a seat of government in lower case)
                        r"|(?:presidential|royal|official|prime\s+minister['’]s)\s+"
                        r"(?:complex|palace|residence|office|compound)\s+)(?:(?:(?:later|earlier)\s+(?=on\s|that\s|today))?(?:today|yesterday|"
                        r"that\s+(?:day|evening|afternoon)|"
                        r"on\s+\w+day|this\s+week|on\s+\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|"
                        r"on\s+[A-Z][a-z]+\s+\d{1,2}(?:,\s+\d{4})?)\s+)?"
                        r"(?:(?:together\s+)?with\s+(?:the\s+)?[A-Z][^;.:]{2,120}?,\s+)?(?=for\b)")


# `called on President X on Friday before heading to Camp Aguinaldo for talks with Y`: in a past report (no future
# word before it) the trip after the first meeting is told as done, its meeting held.
_BEFORE_HEADING = re.compile(r"\bbefore\s+$")
_PARTICIPLE_TRAVEL = re.compile(r"(?:traveling|travelling|flying|going|moving)\b")


# `A day later he flew to Paris, where he and President X agreed to …`: the stop's meeting told by a joint subject of
# the traveller and a titled person in a `where` clause of the journey.
_TRAVEL_WHERE = regexscan.compile(
    r"\b(?:traveled|travelled|flew|went|headed|moved)\s+(?:on\s+)?to\s+(?:[A-Z][\w.'’-]*\s*){1,3},\s+where\s+"
    rf"(?:he|she)\s+and\s+(?P<who>{_JOINT_NAME})\s+(?:also\s+|then\s+)?"
    r"(?P<v>agreed|discussed|held\s+talks|signed|exchanged\s+views|talked|conferred)\b", first=False)


def _travel_where_meetings(sent: Sent) -> list[EventMention]:
    done = [m for m in _TRAVEL_WHERE.finditer(sent.text)
            if not _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()])]
    return [_joint_stop(sent, m) for m in done]


def _joint_stop(sent: Sent, m: re.Match[str]) -> EventMention:
    """The stop's meeting, with the titled person of the `where` clause's joint subject."""
    em = EventMention("dialogue", sent, sent.start + m.start("v"), sent.start + m.end("v"), "main", None, None, None,
                      (sent.start, sent.end))
    em.counterpart = counterpart(sent.text[:m.end("who")], m.start("who") - 1)
    return em


def _travel_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _TRAVELLED.finditer(sent.text):
        if _PARTICIPLE_TRAVEL.match(m.group()) and not _BEFORE_HEADING.search(sent.text, 0, m.start()):
            continue  # `travelling to Peru for the APEC summit` alone tells no trip done
        f = _for_meeting(sent.text[m.end():m.end() + 200])
        if f is None or f.start() or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]) and not (
                _BEFORE_HEADING.search(sent.text, 0, m.start()) and not patterns()["future"].search(
                    sent.text, 0, m.start())):
            continue
        name, a, b = _for_name(sent, m.end(), f)
        hs, he = sent.start + m.end() + f.start("head"), sent.start + m.end() + f.end("head")
        em = EventMention("dialogue", sent, hs, he, "main", name, a, b, (sent.start, sent.end))
        if w := re.match(r"\s+with\s+", sent.text[m.end() + f.end():]):
            # `…, before heading to Camp Aguinaldo for talks with Defense Secretary X`: a meeting with X of its
            # own, beside the sentence's first one
            em.counterpart = counterpart(sent.text, m.end() + f.end() + w.end())
            if _BEFORE_HEADING.search(sent.text, 0, m.start()):
                em.clause = (sent.start + m.start(), sent.end)  # its place is the journey's end, not the first's
        out.append(em)
    return out


# `led the U.S. delegation to the third U.S.-Philippines Energy Policy Dialogue`: a delegation led to a meeting.
_LED_TO = regexscan.compile(r"\bled\s+(?:the|a|an|his|her|their|its)\s+(?:[\w.'’\-]+\s+){0,3}?delegations?\s+"
                            r"(?:(?:today|yesterday|on\s+\w+day)\s+)?(?=to\s)", first=False)


_LED_MODIFIERS = frozenset(["the", "a", "an", "of", "and", "on", "for", "annual", "inaugural", "bilateral",
                            "trilateral", "ministerial", "joint", "high-level", *triggers().ordinals])


def _led_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _LED_TO.finditer(sent.text):
        start = m.end() + 3  # after `to `
        h = patterns()["head_dialogue"].search(sent.text, start, start + 160)
        if h is None or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]) or not all(
                w[0].isupper() or w[0].isdigit() or w.lower() in _LED_MODIFIERS
                for w in sent.text[start:h.start()].split()):
            continue
        a, b = _name(sent.text, h.start(), h.end(), start, len(sent.text))
        name = sent.text[a:b].strip() if specific_name(sent.text[a:b]) else None
        out.append(EventMention("dialogue", sent, sent.start + h.start(), sent.start + h.end(), "main", name,
                                sent.start + a if name else None, sent.start + b if name else None,
                                (sent.start, sent.end)))
    return out


# `Blinken's Asian tour also included a meeting with President X`, `The visit included talks with Prime Minister Y`:
# a meeting of the trip told as part of it (past `included` only: `will include` is a plan).
_INCLUDED = regexscan.compile(r"\b(?:trip|tour|visit|stay|stop|swing|schedule|itinerary|programme|program)\s+"
                              r"(?:also\s+)?"
                              r"included\s+(?:a\s+|an\s+)?(?:(?:bilateral|separate|courtesy|working|brief)\s+)?"
                              r"(?P<head>meeting|talks|call|lunch|dinner)\s+with\b", first=False)


def _included_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _INCLUDED.finditer(sent.text):
        if not _counterpart_follows(sent.text, m.end()):
            continue
        em = EventMention("dialogue", sent, sent.start + m.start("head"), sent.start + m.end("head"), "main", None,
                          None, None, (sent.start, sent.end))
        em.counterpart = counterpart(sent.text, m.end())
        em.separate = True
        out.append(em)
    return out


# `A led the South Korean side in talks with B`, `A headed his country's delegation at the meeting with B`: one side's
# leader at talks with the other (the talks are the event; the side or delegation is only who A led).
_LED_SIDE_AT = regexscan.compile(r"\b(?:led|headed)\s+(?:the|his|her|its|their|[A-Z][\w.]*['’]s)\s+"
                                 r"(?:[\w.'’\-]+\s+){0,3}?"
                                 r"(?:side|delegation|team)\s+(?:in|at|during)\s+(?:the\s+|a\s+|an\s+)?"
                                 r"(?:(?:[\w.'’\-]+\s+){0,3}?)(?P<head>talks|meeting|consultations|negotiations|discussions)"
                                 r"\s+with\b", first=False)


def _side_led_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for m in _LED_SIDE_AT.finditer(sent.text):
        if _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]):
            continue
        out.append(EventMention("dialogue", sent, sent.start + m.start("head"), sent.start + m.end("head"), "main",
                                None, None, None, (sent.start, sent.end)))
    return out


# `welcomed the signing today of a Memorandum of Understanding on …`, `witnessed the exchange of five agreements`: a
# signing named by its noun; a plural needs no determiner (`a ceremony for the signing of memorandums of understanding`,
# `witnessed the exchange of documents`).
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several|multiple|a\s+number\s+of)"
_SIGNING = re.compile(r"\bthe\s+(?:signing|exchange)\s+(?:today\s+|this\s+week\s+|on\s+\w+\s+\d{1,2}\s+)?of\s+"
                      rf"(?P<det>(?:a|an|the|{_COUNT})\s+)?")


# `The two countries also signed an agreement on X`, `a rice arrangement that was also signed on Tuesday`, `A separate
# memorandum on Y was signed`: a document brought in as new (an indefinite or counted noun phrase after `also`, or
# `separate`/`another` before its head) is another signing of the day, not the one reported before it told again
# (`The agreement was also signed by …` refers back).
_ALSO_BEFORE = re.compile(r"\balso\s+(?:(?:been|be|jointly|formally)\s+)?$"
                          r"|^\W*(?:In\s+addition|Additionally|Separately)\s*,[^,;]*$", re.I)
_DETERMINER = re.compile(rf"\b(?:(?P<new>an?|another|some\s+\d{{1,3}}|{_COUNT})|the|this|that|these|those|its|their|"
                         r"his|her|our)\s+", re.I)
_OTHER_DOC = re.compile(r"\b(?:separate|another|additional|second|third|fourth|fifth|further)\b", re.I)


# `the security agreement that Solomon Islands recently concluded with China`, `the trade pact it has signed`, `two
# agreements already concluded`: a relative clause or participle after a document noun tells the document's past,
# not a signing the report is about (not a passive one: `an arrangement that was also signed on Tuesday`).
_RELATIVE_SIGNING = re.compile(r"\s+(?:(?:that|which)\s+(?!(?:was|were|is|are|will|also)\b)(?:[\w.'’-]+\s+){1,4}?"
                               r"(?:(?:has|have|had)\s+)?"
                               r"(?:(?:recently|already|previously|earlier)\s+)?|(?:it|they|he|she|we)\s+(?:has|have|had)\s+"
                               r"(?:(?:recently|already)\s+)?|(?:already|previously)\s+)$")


# `2022, which will mark ten years since the two Ministries signed the MoU`: a signing an anniversary is counted from.
_SINCE_SIGNING = re.compile(r"\b(?:years?|months?|decades?|anniversary\s+(?:of\s+the\s+day\s+)?)\s+since\s+"
                            r"(?:[\w.'’-]+\s+){1,5}?$")


# `Chile was the first country with which Korea concluded a free trade agreement`: a record of the past, no signing
# the report is about.
_FIRST_WITH_WHICH = re.compile(r"\b(?:first|only|last|latest)\s+(?:[\w-]+\s+){0,5}?(?:with|in|to|by)\s+which\s+"
                               r"(?:[\w.'’-]+\s+){1,4}?$")


def _document_background(s_text: str, v_start: int) -> bool:
    """The agreement verb at `v_start` sits in such a clause right after a document noun (above), or in a clause a
    span of years is counted from (`ten years since A and B signed …`)."""
    if _SINCE_SIGNING.search(s_text, max(0, v_start - 80), v_start) or _FIRST_WITH_WHICH.search(
            s_text, max(0, v_start - 80), v_start):
        return True
    rel = _RELATIVE_SIGNING.search(s_text, max(0, v_start - 60), v_start)
    return rel is not None and any(h.end() == rel.start()
                                   for h in patterns()["head_agreement"].finditer(s_text, max(0, rel.start() - 40),
                                                                                   rel.start()))


def another_document(s_text: str, v_start: int, h_start: int) -> bool:
    """The agreement head at `h_start`, with its verb at `v_start`, is a new document of the day (above): its noun
    phrase's determiner (the last before it, at most six words back, no comma between) is indefinite or counted."""
    det = ([None, *_DETERMINER.finditer(s_text, max(0, h_start - 80), h_start)])[-1]
    if det is None or not det.group("new") or re.search(r"[,;:]", s_text[det.end():h_start]) or len(
            s_text[det.end():h_start].split()) > 6:
        return False
    return bool(_OTHER_DOC.search(s_text, det.start(), h_start) or _ALSO_BEFORE.search(s_text, 0, v_start))


# `has been held every year since 2007`, `is held annually`: how a series recurs, not an event of the report.
_HABIT_BEFORE = re.compile(r"\b(?:(?:has|have|had)\s+been|is|are)\s+$")
_HABIT_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,4}?(?:every\s+(?:year|two\s+years|other\s+year)|annually|each\s+year|"
                          r"regularly|since\s+(?:19|20)\d\d)\b")
# `In each meeting, X and his counterpart had …`, `In both meetings, …`: the meetings told before, one by one.
_EACH_BEFORE = re.compile(r"\b(?:each|both|every|either)\s+(?:of\s+the(?:se)?\s+)?$", re.I)
# `has concluded such accords with X, Y and Z`, `such a meeting`: a kind of event, none in particular.
_SUCH_BEFORE = re.compile(r"\bsuch\s+(?:an?\s+)?$", re.I)
# `concurred to work toward the signing of …`, `instructed officials to prepare for the signing of …`: an aim.
_AIMED_AT = re.compile(r"\b(?:(?:work|move|head|press|push)(?:s|ing|ed)?\s+(?:for|toward|towards)|"
                       r"prepar(?:e|es|ing|ations?)\s+for|with\s+a\s+view\s+to|ahead\s+of)\s+$")


def _signing_nominal(sent: Sent) -> list[EventMention]:
    out = []
    heads = patterns()["head_agreement"]
    for m in _SIGNING.finditer(sent.text):
        h = heads.search(sent.text, m.end(), m.end() + 60)
        lead = sent.text[max(0, m.start() - 40):m.start()]
        if h is None or re.search(r"\b(?:will|to be|look(?:s|ed)? forward)\b", lead) or _AIMED_AT.search(lead):
            continue  # `will`, `look forward to`, `work toward the signing of …`: not signed yet
        if not m.group("det") and patterns()["verb_agreement"].search(sent.text):
            continue  # `the signing of memoranda …, which were exchanged in their presence`: the verb's

        a = m.end()
        stop = re.search(r",|\s+by\s+|\s+between\s+|\s+(?:and|which|that)\s+(?:[a-z])", sent.text[h.end():])
        b = h.end() + (stop.start() if stop else len(sent.text) - h.end())
        if _DOC_SUBJECT.match(sent.text, h.end()):  # (`… on disaster risk reduction in Tokyo`: not the place)
            b = min(b, document_subject(sent.text, h.end()))
        name = sent.text[a:b].strip()
        em = EventMention("agreement", sent, sent.start + m.start(), sent.start + m.end(), "main", name,
                          sent.start + a, sent.start + a + len(name), (sent.start, sent.end))
        out.append(em)
    return out


# `President Trump on Thursday announced a trade agreement with Britain`, `struck a free trade deal with India`: a deal
# announced or struck with a named other side is concluded (wire copy names a deal so, without a signing).
_DEAL = regexscan.compile(r"\b(?:announced|struck|clinched|sealed)\s+(?:an?|the|their|its)\s+(?P<name>(?:new\s+)?"
                          r"(?:[\w-]+\s+){0,4}?(?:agreement|deal|pact))\s+with\s+(?:the\s+)?[A-Z]", first=False)
_DEAL_AHEAD = re.compile(r"\b(?:will|would|to|expected|hopes?|plans?|aims?|could|may|might|not|never)\s+(?:\w+\s+)?$")


def _announced_deals(sent: Sent) -> list[EventMention]:
    out = []
    for m in _DEAL.finditer(sent.text):
        if _DEAL_AHEAD.search(sent.text, max(0, m.start() - 30), m.start()):
            continue  # `expected to announce a trade deal with India`, `would seal a pact`: not concluded
        a, b = m.start("name"), m.end("name")
        out.append(EventMention("agreement", sent, sent.start + m.start(), sent.start + a, "main", sent.text[a:b],
                                sent.start + a, sent.start + b, (sent.start, sent.end)))
    return out


# `X and Y attended the signing ceremony`, `Also present at the signing were X and Y`, `The signing was witnessed by
# X`: the ceremony as the scene people attended; the signing is the one told before (unnamed here), and those named
# are its people, not the meeting's.
CEREMONY = r"the\s+(?:signing|exchange)(?:\s+ceremony)?(?!\s+of\b)"  # (also the companions' cue: en/__init__.py)
_SCENE = CEREMONY.replace("(?:signing|exchange)", "(?P<noun>signing|exchange)", 1)
_SIGNING_SCENE = [re.compile(p, re.I) for p in (
    rf"\b(?:attended|joined|witnessed|(?:was|were)\s+(?:also\s+)?present\s+(?:at|for))\s+{_SCENE}",
    rf"^\W*(?:Also\s+)?(?:attending|present\s+(?:at|for))\s+{_SCENE}\s+(?:were|was)\b",
    rf"^\W*{_SCENE}\s+was\s+(?:also\s+)?(?:attended|witnessed)\s+by\b")]


def _signing_scenes(sent: Sent) -> list[EventMention]:
    if not regexscan.may_hold(sent.text, ("signing", "exchange")):
        return []  # (what every _SIGNING_SCENE needs)
    m = next((m for p in _SIGNING_SCENE if (m := p.search(sent.text))), None)
    if m is None or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]):
        return []
    return [EventMention("agreement", sent, sent.start + m.start("noun"), sent.start + m.end("noun"), "main", None,
                         None, None, (sent.start, sent.end))]


# `The X Agreement was signed in Tokyo on 17 July, at the 25th EU-Japan summit`, `signed the CEPA during the 12th
# India-Japan Annual Summit`: a signing told at a named meeting; the meeting is held too (the signing's own clause
# names no meeting verb). A generic `at the meeting` is the signing's setting only.
_SIGNED_AT = regexscan.compile(r"\b(?:signed|concluded|initiall?ed)\b[^.;]{0,120}?\b(?:at|during)\s+the\s+",
                               first=False)


# `during the Minister's courtesy call on President X`, `preceded by a morning courtesy call on Y by Minister Z`: a
# courtesy call named as a noun is a meeting with the person called on (the verbs, `paid a courtesy call on`, are the
# verb list's).
_COURTESY_NOUN = regexscan.compile(r"(?<!paid\s)(?<!pay\s)(?<!made\s)(?<!make\s)"
                                   r"\b(?:a|an|the|his|her|their|[A-Z][\w'’-]*['’]s?)\s+"
                                   r"(?:(?:morning|afternoon|evening|brief|separate)\s+)?courtesy\s+(?:call|visit)\s+(?:on|to)"
                                   r"\s+(?=[A-Z])"
                                   # MOFA Japan's host side: `Ms. X … received a courtesy call from Ms. Y,
                                   # Ambassador of Z`
                                   r"|\b(?:received|receives)\s+a\s+courtesy\s+(?:call|visit)\s+from\s+(?=[A-Z])",
                                   first=False)


def _courtesy_nominal(sent: Sent) -> list[EventMention]:
    out = []
    for m in _COURTESY_NOUN.finditer(sent.text):
        if patterns()["future"].search(sent.text[max(0, m.start() - 45):m.start()]):
            continue  # `is scheduled to pay a courtesy call on`, `will pay …`
        a = sent.start + m.start()
        em = EventMention("dialogue", sent, a, sent.start + m.end(), "main", None, None, None, (sent.start, sent.end))
        em.separate = True
        em.counterpart = counterpart(sent.text, m.end() - 1, single=True)
        out.append(em)
    return out


# `A and B signed the agreement after official talks at the palace`, `… following their bilateral meeting`: the talks
# the signing followed were held too.
_SIGNED_AFTER = regexscan.compile(r"\b(?:signed|concluded|initiall?ed)\b[^.;]{0,120}?\b(?:after|following)\s+"
                                  r"(?:(?:the|their|a|official|bilateral|formal|extended|restricted)\s+){0,3}"
                                  r"(?P<head>talks|meeting|summit|discussions)\b", first=False)


def _signed_after_meetings(sent: Sent) -> list[EventMention]:
    m = _SIGNED_AFTER.search(sent.text)
    if m is None or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]) \
            or re.match(r"\s+between\b", sent.text[m.end():]):
        return []  # (`following the talks between the two Presidents`: the clause of time's own reading)
    a, b = m.span("head")
    return [EventMention("dialogue", sent, sent.start + a, sent.start + b, "main", None, None, None,
                         (sent.start, sent.end))]


def _signed_at_meetings(sent: Sent) -> list[EventMention]:
    m = _SIGNED_AT.search(sent.text)
    if m is None or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]):
        return []
    stop = re.search(r"[,;]|$", sent.text[m.end():])
    hi = m.end() + (stop.start() if stop else 0)
    h = patterns()["head_dialogue"].search(sent.text, m.end(), min(hi, m.end() + 80))
    if h is None:
        return []
    a, b = _name(sent.text, h.start(), h.end(), m.end(), hi)
    name = sent.text[a:b].strip()
    if not specific_name(name):
        return []
    return [EventMention("dialogue", sent, sent.start + h.start(), sent.start + h.end(), "main", name,
                         sent.start + a, sent.start + a + len(name), (sent.start, sent.end))]

# `announced the launch of the X Partnership`, `highlighted the launch of the Y Network on Monday`: a launch
# named by its noun.
_LAUNCH_OF = re.compile(r"\b(?:the\s+)?(?:official\s+|formal\s+)?(?:launch|launching|establishment|inauguration|"
                        r"creation)\s+(?:today\s+|this\s+week\s+)?of\s+(?:a|an|the)\s+", re.I)
# `The DOE and India's MNRE met on Tuesday to launch the platform`: a meeting held for a launch (its purpose, right
# after the past verb and its time) did it.
_MET_TO_LAUNCH = re.compile(r"\b(?:met|convened|gathered|came\s+together)(?:\s+(?:on|in|at)\s+[\w,.\s]{1,25}?|"
                            r"\s+(?:today|yesterday|virtually|here)){0,2}\s+to\s+(?:formally\s+|officially\s+)?"
                            r"launch\s+(?:a|an|the)\s+")
# `arrived in New Delhi on 18 June, where he was received by the High Commissioner`, `On arrival at the airport, she
# was received by …`: who greeted a visitor on arrival, protocol and no meeting.
_ARRIVAL = re.compile(r"\b(?:arriv(?:ed|es|ing|al)|landed|lands|landing|airport)\b[^.;]*$", re.I)
_NOT_YET = re.compile(r"\b(?:will|would|to be|look(?:s|ed|ing)?\s+forward|ahead\s+of|prepar\w+|plan\w*|toward|towards|"
                      r"before|until|since|after)\b[^,;]*$", re.I)


# `The inter-Korean joint liaison office was launched on Sept. 14 in Kaesong`, `The Korea-Japan-China trilateral
# secretariat was inaugurated in Seoul on 1 September`: a passive launch whose subject names no launch head; a body
# of parties (a joint, bilateral or country-named thing), launched on a day the sentence gives.
_PASSIVE_LAUNCH = re.compile(r"^\W*The\s+(?P<np>(?:[\w.'’\-]+\s+){1,6}?)(?:was|were)\s+(?:officially\s+|formally\s+)?"
                             r"(?P<verb>launched|inaugurated|established)\b")
_PARTY_BODY = re.compile(r"\b(?:joint|bilateral|trilateral|inter-[a-z]+|[A-Z][\w.]*[-–][A-Z][\w.\-]*)\b")


def _passive_launches(view: View, sent: Sent) -> list[EventMention]:
    m = _PASSIVE_LAUNCH.match(sent.text)
    if m is None or not _PARTY_BODY.search(m.group("np")) or _LAUNCH_NOUN.search(m.group("np") + " ") or any(
            patterns()[k].search(m.group("np")) for k in ("head_launch", "head_dialogue", "head_agreement")):
        return []
    if not any(d.kind in ("day", "same_day") for d in view.dates_in(sent.start + m.end(), sent.end)):
        return []
    a, b = sent.start + m.start("np"), sent.start + m.start("np") + len(m.group("np").rstrip())
    return [EventMention("launch", sent, sent.start + m.start("verb"), sent.start + m.end("verb"), "main",
                         view.text[a:b], a, b, (sent.start, sent.end))]


def _launch_nominal(sent: Sent) -> list[EventMention]:
    if not regexscan.may_hold(sent.text, ("launch", "establishment", "inauguration", "creation")):
        return []  # (the nouns _LAUNCH_OF needs, and _MET_TO_LAUNCH's `launch`: most sentences end here)
    out = []
    heads = patterns()["head_launch"]
    for m in [*_LAUNCH_OF.finditer(sent.text), *_MET_TO_LAUNCH.finditer(sent.text)]:
        stop = re.search(r"[,;]|\s+(?:by|which|that|who|to)\s+", sent.text[m.end():])
        # the last head before the phrase ends: `the Green Shipping Partnership Network`
        h = ([None, *heads.finditer(sent.text, m.end(), m.end() + (stop.start() if stop else 100))])[-1]
        if h is None or _NOT_YET.search(sent.text[max(0, m.start() - 60):m.start()]):
            continue
        b = _name(sent.text, h.start(), h.end(), 0, len(sent.text))[1]
        name = sent.text[m.end():b].strip()
        out.append(EventMention("launch", sent, sent.start + m.start(), sent.start + m.end(), "main", name,
                                sent.start + m.end(), sent.start + b, (sent.start, sent.end)))
    return out


# `announced the conclusion of the negotiations for the X Partnership Agreement`, `reached a political agreement on
# a Comprehensive Economic Partnership Agreement`: an agreement concluded, named by the noun phrase that follows.
_CONCLUDED = regexscan.compile(r"\bconclusion\s+of\s+(?:the\s+)?negotiations\s+(?:for|on)\s+(?:a|an|the)\s+"
                               r"|\breached\s+(?:a|an)\s+(?:political|final|comprehensive|substantive)\s+"
                               r"(?P<noun>agreement)\s+on\s+(?:a|an|the)\s+", first=False)


def _concluded_nominal(sent: Sent) -> list[EventMention]:
    out = []
    for m in _CONCLUDED.finditer(sent.text):
        h = patterns()["head_agreement"].search(sent.text, m.end(), m.end() + 100)
        if h is None or re.search(r"[,;]", sent.text[m.end():h.start()]) or _NOT_YET.search(
                sent.text[max(0, m.start() - 60):m.start()]):
            continue
        b = _name(sent.text, h.start(), h.end(), 0, len(sent.text))[1]
        t_a, t_b = m.span("noun") if m.group("noun") else m.span()
        out.append(EventMention("agreement", sent, sent.start + t_a, sent.start + t_b, "main",
                                sent.text[m.end():b].strip(), sent.start + m.end(), sent.start + b,
                                (sent.start, sent.end)))
    return out


# `held calls with A and B`, `a series of bilateral meetings with A, B and C`, `held separate talks with A, …, and
# with B`: one meeting with each person of the list.
_PLURAL_HEAD = re.compile(r"\b(?:calls|meetings|summits|(?:separate|back-to-back)\s+(?:[\w-]+\s+){0,2}talks)$", re.I)
# `held back-to-back summits with the leaders of the Netherlands, Poland and Denmark`: a plural meeting with the
# leaders of countries listed, one meeting with each.
_LEADERS_OF = re.compile(r"\s*with\s+(?:the\s+|their\s+)?(?:leaders|heads\s+of\s+(?:state|government)|presidents|"
                         r"prime\s+ministers|counterparts|foreign\s+ministers|ministers)\s+(?:of|from)\s+")
_COUNTRY_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")
_NEXT_ITEM = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?:with\s+(?=[A-Z]))?")
# `with senior leaders: Foreign Minister A; B, Chairman of …; and General C, Deputy Minister of …`: a list whose items
# hold commas of their own is told apart by semicolons.
_NEXT_SEMI_ITEM = re.compile(r";\s+(?:and\s+)?(?:with\s+(?=[A-Z]))?")
_LIST_COLON = re.compile(r"[^,;:]{0,60}:\s+")  # `with senior Vietnamese leaders: …`: the words opening such a list


# `with Enrique Manalo, Secretary of Foreign Affairs of the Philippines,`: an office of a country or body told after an
# untitled name is that person's, not a second person of a list (who would be named after the title).
_NAME_BEFORE = re.compile(r"(?:^|\bwith|\band|,)\s+((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)$")
_OFFICE_OF = re.compile(rf"(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}?(?:{_OFFICE_WORDS})"
                        rf"(?:\s+(?:of|for|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){{0,4}})+"
                        r"\s*(?:[,;]|\.(?!\w)|$)")


def _office_apposed(s_text: str, item: re.Match[str]) -> bool:
    name = _NAME_BEFORE.search(s_text, 0, item.start())
    return item.group().startswith(",") and name is not None and not _TITLED.match(name.group(1)) \
        and bool(_OFFICE_OF.match(s_text, item.end()))


def _person_follows(s_text: str, at: int) -> bool:
    """A titled person, or a name with a capitalised office in apposition (`Badr Abdelatty, Minister of …`)."""
    return _counterpart_follows(s_text, at - 1) or bool(_APPOSED.match(s_text, at))


# `with Deputy Prime Minister and Foreign Minister X`: `and` inside one person's double title (only office words since
# the last name or `with`), not a second person.
_TITLE_RUN = re.compile(r"(?:^|\bwith\s+|,\s+and\s+with\s+|\s+and\s+with\s+)(?:the\s+)?(?:(?:Deputy|Vice|First|Second|"
                        r"Senior|Prime|Minister|Foreign|Secretary|State|Chief|President|Premier|Chancellor|Cabinet|"
                        r"Affairs|Defen[cs]e|Finance|Trade|Economy)\s*)+$")


# `…, the ministry said today`: the report's source after the list, no one met.
_SAID_AFTER = re.compile(r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:said|says|announced|reported|told)\b")


def _followed_on_own_day(view: View, sent: Sent, first: EventMention, after: int) -> bool:
    """`…, followed by Y on 24 March`: the phrase after `followed by` (to the next clause) names a day other than the
    first meeting's."""
    stop = re.search(r";|,\s+(?:and|while|but|where|which)\b", view.text[after:sent.end])
    end = after + stop.start() if stop else sent.end
    own = [d.value for d in view.dates_in(after, end) if d.kind == "day" and d.value]
    before = [d.value for d in view.dates_in(sent.start, first.clause[1] if first.clause[1] < after else after)
              if d.kind == "day" and d.value]
    return bool(own) and own[0] not in before


def _cut_between(first: EventMention, m: EventMention, cut: int) -> None:
    """Two meetings of one sentence: the later one's clause runs from `cut` to the sentence's end, the first's stops
    there."""
    m.clause, first.clause = (cut, m.sent.end), (first.clause[0], min(first.clause[1], cut))


def _next_countries(view: View, sent: Sent, obj: int) -> list[EventMention]:
    """The meetings with the second and later countries of `with the leaders of A, B and C` (each its own clause,
    from its country to the next one's)."""
    lead = _LEADERS_OF.match(sent.text, obj)
    if lead is None:
        return []
    countries: list[Mention] = []
    pos = sent.start + lead.end()
    for c in view.mentions_in(pos, sent.end, "COUNTRY"):
        gap = view.text[pos:c.start]
        if not (re.fullmatch(r"(?:the\s+)?", gap) if not countries else _COUNTRY_JOIN.fullmatch(gap)):
            break
        countries.append(c)
        pos = c.end
    if len(countries) < 2:
        return []  # (`with the leaders of the Pacific island nations`: no list of countries)
    # (the last one's clause ends with the list's: `…, using his trip to the NATO summit to …` is no party's)
    stop = re.search(r"[,;]", view.text[countries[-1].end:sent.end])
    end = countries[-1].end + stop.start() if stop else sent.end
    out = []
    for c, nxt in zip(countries[1:], [*countries[2:], None], strict=False):
        em = EventMention("dialogue", sent, c.start, c.end, "main", None, None, None,
                          (c.start, nxt.start if nxt is not None else end))
        em.separate = True
        out.append(em)
    return out


def _next_person(sent: Sent, obj: int) -> list[EventMention]:
    """The meetings with the second and later persons of a list (titled, or after its own `with`)."""
    s_text = sent.text
    # not past a coordinated clause of its own (`…with Lavrov on Wednesday, and on Thursday he met A and B`)
    cut = next((c.start() for c in _COORDINATED.finditer(s_text, obj) if not (
        s_text.startswith("with", c.end()) or _person_follows(s_text, c.end()))), len(s_text))
    semi = [m for m in _NEXT_SEMI_ITEM.finditer(s_text, obj, cut) if _person_follows(s_text, m.end())] \
        if _LIST_COLON.match(s_text, obj, cut) else []
    items = semi or [m for m in _NEXT_ITEM.finditer(s_text, obj, cut)
                     if (m.group().rstrip().endswith("with") or _person_follows(s_text, m.end())
                         and not _office_apposed(s_text, m)) and not _TITLE_RUN.search(s_text, obj, m.start())
                     and not _SAID_AFTER.match(s_text, m.end())]
    out = []
    for m, nxt in zip(items, [*items[1:], None], strict=False):
        a = sent.start + m.start()
        # (each clause runs to the next item: `…, Tongan Prime Minister A, Tuvalu Prime Minister B` names B's side
        # in B's)
        em = EventMention("dialogue", sent, a, sent.start + m.end(), "main", None, None, None,
                          (a, sent.start + nxt.start() if nxt else sent.end))
        em.separate = True
        em.counterpart = counterpart(s_text[:nxt.start() if nxt else len(s_text)], m.end() - 1)
        out.append(em)
    return out


# `met Prime Minister X and President Y`, `met the Chairman of X, A, and the Premier of Y, B`: two heads of one side
# (no country told apart) met one after the other; `met President X and Foreign Minister Y` is one meeting, and
# `met Japanese Prime Minister X and South Korean President Y` one meeting of three.
@functools.cache
def _and_office() -> re.Pattern[str]:
    leaders = "|".join(re.escape(w).replace(r"\ ", r"\s+")
                       for w in sorted(triggers().leader_offices, key=len, reverse=True))
    return re.compile(rf",?\s+and\s+(?=(?:the\s+)?(?:{leaders})\b)")


@functools.cache
def _leader_office() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{'|'.join(triggers().leader_offices)})\b")


def _sides(view: View, sent: Sent, lo: int, hi: int) -> set[str]:
    """The countries named in `sent.text[lo:hi]`."""
    return {x.id for x in view.mentions_in(sent.start + lo, sent.start + hi, "COUNTRY")}


def _separate_meeting(sent: Sent, m: re.Match[str]) -> EventMention:
    """A meeting of its own beside the sentence's first, told from `m` (the `and` before its counterpart)."""
    a = sent.start + m.start()
    em = EventMention("dialogue", sent, a, sent.start + m.end(), "main", None, None, None, (a, sent.end))
    em.separate = True
    em.counterpart = counterpart(sent.text, m.end() - 1)
    return em


_OFFICE_VOCAB = frozenset(w for o in _OFFICES for w in o.split()) | {"of", "for", "and", "the", "Foreign", "Affairs"}


def _and_office_holder(view: View, sent: Sent, obj: int) -> list[EventMention]:
    s_text = sent.text
    m = _and_office().search(s_text, obj, obj + 120)
    if m is None or re.search(r"[;:]|\s(?:and|to|in|on|at)\s+[a-z]", s_text[obj:m.start()]):
        return []
    person = obj + len(s_text[obj:obj + 120]) - len(_object(s_text, obj, 120))  # after `in Jeddah with`
    # `met Deputy Prime Minister and Minister of Finance X`, `met Saudi Crown Prince and Prime Minister Y`: one person's
    # two offices (a country's adjective before them is no name)
    land = view.mentions_in(sent.start + person, sent.start + m.start(), "COUNTRY")
    if not [w for w in re.finditer(r"[A-Z][\w.'’-]*", s_text[person:m.start()]) if w.group() not in _OFFICE_VOCAB
            and not any(c.start <= sent.start + person + w.start() < c.end for c in land)]:
        return []

    first, second = _sides(view, sent, obj, m.start()), _sides(view, sent, m.end(), min(len(s_text), m.end() + 60))
    if first and second and not first & second:
        return []
    return [_separate_meeting(sent, m)]


# `he met Uzbek Foreign Minister A and Kazakh Foreign Minister B`, `also met with Minister A of X and Minister B of Y`:
# ministers of two other countries met one after the other (a meeting with each); heads of state or government of two
# countries (`met Japanese Prime Minister X and South Korean President Y`) and a meeting told as of three stay one.
_AND_TITLED = re.compile(r",?\s+and\s+(?:with\s+)?")
# (in its sentence or the next: `The Secretary and the two Foreign Ministers condemned …` tells them met together)
_THREE_WAY = re.compile(r"\b(?:trilateral|three-way|three-party|together|jointly|the\s+three|"
                        r"the\s+two\s+(?:foreign\s+)?(?:ministers|counterparts))\b", re.I)


def _and_other_side(view: View, sent: Sent, obj: int) -> list[EventMention]:
    s_text = sent.text
    m = next((x for x in _AND_TITLED.finditer(s_text, obj, obj + 120) if _counterpart_follows(s_text, x.end() - 1)),
             None)
    nxt = view.sents[sent.idx + 1].text if sent.idx + 1 < len(view.sents) else ""
    if m is None or re.search(r"[;:]|\s(?:and|to|in|on|at)\s+[a-z]", s_text[obj:m.start()]) or _THREE_WAY.search(
            s_text) or _THREE_WAY.search(nxt):
        return []
    stop = re.search(r"[,;.]\s|\s+(?:on|in|at|to|and)\s+[a-z]|$", s_text[m.end():])
    end = m.end() + (stop.start() if stop else 0)
    if _and_office().match(s_text, m.start()) or _leader_office().search(s_text[obj:m.start()]):
        return []

    first, second = _sides(view, sent, obj, m.start()), _sides(view, sent, m.end(), end)
    if not first or not second or first & second:
        return []
    return [_separate_meeting(sent, m)]


def _second_person_meetings(sent: Sent, after: int) -> list[EventMention]:
    """`called on Prime Minister X and held a meeting with Director Y`: each predicate with its own person is
    its own meeting; both are beside the report's main one."""
    s_text = sent.text
    for m in re.finditer(r"\s+and\s+(?:also\s+)?(?P<verb>met(?:\s+with)?|with|called\s+on|held\s+(?:a\s+)?"
                         r"(?:separate\s+)?(?:meeting|talks)\s+with|(?:was\s+)?received\s+by)\s+", s_text[after:]):
        end = after + m.end()
        if _counterpart_follows(s_text, end - 1):
            a, b = sent.start + after + m.start("verb"), sent.start + after + m.end("verb")
            em = EventMention("dialogue", sent, a, b, "main", None, None, None, (a, sent.end))
            em.separate = True
            em.counterpart = counterpart(s_text, end - 1)
            return [em]
    return []


def _offices() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(triggers().office_of, key=len, reverse=True))


@functools.cache
def _office_of() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{_offices()})\s+of\s+(?:the\s+)?"
                      r"(?:[A-Z][\w.'’-]*\s+(?:(?:of|for|and|on)\s+(?:the\s+)?)?){0,6}$")


@functools.cache
def _office_title() -> re.Pattern[str]:
    return re.compile(rf"\s+(?:{_offices()})\s+[A-Z]")


# `Country Coordinator for ASEAN-EU Dialogue Relations`, `a Dialogue Partner of ASEAN`: the compound goes on past the
# head noun to a noun of a relation or an office, which is its head; no meeting.
# (`the first ministerial round of the consultations`: `ministerial` modifies the round, the head is after `of`)
_NOUN_GOES_ON = re.compile(r"\s+(?:Relations|Partners?|Secretariat|Coordinators?|round\s+of)\b")


def _office_body(text: str, start: int, end: int) -> bool:
    """`the Premier of the State Council`, `the President of the European Council`, `European Council President
    Charles Michel`: the head noun is the body an office is of (before `of`, or a body's title before a name; not
    `meeting President X`), not an event."""
    return bool(_office_of().search(text[max(0, start - 90):start]) or (
        text[start:end].lower() in triggers().body_nouns and _office_title().match(text, end)))


# Between an active verb and its object's head: determiners, modifiers, name words (`held a bilateral Japan-China
# Foreign Ministers' Meeting`, `gathered here today for the inaugural X Summit`), no other verb.
_TO_HEAD = re.compile(r"(?:\s+(?:the|a|an|its|their|his|her|our|for|here|today|yesterday|also|jointly|of|and|on|"
                      r"annual|joint|working|new|virtual|separate|official|special|[a-z]+(?:al|ic|ary|-level|-ever)|"
                      r"[A-Z0-9][\w.'’+\-]*(?:\s*\([^()]{1,20}\))?))*\s+")


# `signed the X Principles, a first step towards an accord`: a document's name ends before an apposition.
_DOC_APPOSED = re.compile(r"\s*,\s+(?:a|an|the|which|its)\s")


def _object_head(text: str, vm: re.Match[str], heads: list[re.Match[str]]) -> re.Match[str] | None:
    """`Before the dialogue I also held a bilateral Japan-China Meeting`: an active verb's object head wins over a
    nearer head before the verb (not after a passive `was held`, nor a participle right after its noun)."""
    if re.search(r"\b(?:was|were|been|be|is|are|being)\s+$", text[:vm.start()]):
        return None
    if any(0 <= vm.start() - h.end() <= 2 for h in heads):
        return None  # `the Summit held in Seoul`
    after = [h for h in heads if h.start() >= vm.end() and _TO_HEAD.fullmatch(text, vm.end(), h.start())]
    return after[0] if after else None


# `hosted a state dinner for President X`: a meal for an office-holder is a meeting with the guest.
# `joined Secretary X and Foreign Minister Y for trilateral talks`: two titled people before the purpose phrase.
_JOINED_REACH = 160
_MEAL_FOR = re.compile(r"\s+(?:a|an|the)\s+(?:(?:state|official|private|gala)\s+)?(?:dinner|lunch|luncheon|banquet|"
                       r"breakfast)\s+(?:for|in\s+honou?r\s+of)(?:\s+the)?(?:\s+visiting)?(?=\s)")


# `held a small group meeting and then had a working lunch with X`: a meal later in a series of predicates is the
# same meeting continued over the meal, not another one.
_MEAL = re.compile(r"(?:(?:working|official|state|private)\s+)?(?:lunch|luncheon|dinner|breakfast|banquet)\b", re.I)


# `On the sidelines of the Commission, X held a bilateral meeting with Secretary Y`: a bilateral beside the gathering
# is a meeting of its own, on its day.
_MARGINS_OF = re.compile(r"\b(?:on|in)\s+the\s+(?:sidelines|margins|fringes)\s+of\b", re.I)
_MARGIN_BILATERAL = re.compile(r"\bbilateral\b", re.I)
# `exchanged views on the X Partnership`: views exchanged, no document.
_EXCHANGED_VIEWS = re.compile(r"\s+(?:(?:their|candid|frank|in-depth|extensive|detailed)\s+)?(?:views|opinions|ideas|"
                              r"greetings|information|perspectives|assessments)\b", re.I)
# `opened negotiations`, `resuming formal negotiations`, `kicked off the negotiations`: the process head right after
# the verb (not `opened the third round of negotiations`, a meeting).
_PROCESS_OBJECT = re.compile(r"\s+(?:(?:the|formal|official|new|fresh|their)\s+)*")
_NOW_RESUMING = re.compile(r"\b(?:are|is|were|was)\s+(?:now\s+)?$")
# `talks … were not held`, `have never met`, `did not take place` (not `not only held`): a negated predicate.
_NEGATED = re.compile(r"\b(?:not|never|n[o'’]t)\s+(?:(?:yet|been|be|have|has|had|formally|officially)\s+){0,2}$", re.I)
# `No ministerial meeting was held`, `no bilateral talks took place`: the subject denies the event.
_NO_SUBJECT = re.compile(r"(?:^|[^\w\s]\s*|\s)[Nn]o\s+(?:[\w'’-]+\s+)?$")

# `paid a courtesy call on X, held …, and co-chaired …`: a predicate after a comma (or `and`) of a series.
# `speaking after meeting President Prabowo Subianto`, `before meeting with Prime Minister X`: a meeting told by its
# gerund, with the person met.
_GERUND_MEETING = regexscan.compile(r"\b(?:after|before|while|when)\s+(?P<v>meeting)(?:\s+with)?(?=\s)", first=False)


def _gerund_meetings(sent: Sent) -> list[EventMention]:
    out = []
    for g in _GERUND_MEETING.finditer(sent.text):
        if _counterpart_follows(sent.text, g.end()):
            a, b = sent.start + g.start("v"), sent.start + g.end("v")
            em = EventMention("dialogue", sent, a, b, "main", None, None, None, (sent.start, sent.end))
            em.counterpart = counterpart(sent.text, g.end())
            if apart := DAYS_APART_GERUND.search(sent.text, 0, g.start("v")):
                em.separate = True  # `…, a day before meeting X in Kyiv`: another day's meeting, its own clause
                em.clause = (sent.start + apart.start(), sent.end)
            out.append(em)
    return out


# `officials had asked Japan to …`, `Washington had to choose between dialogue and …`, `had already agreed`: `had`
# as an auxiliary (a participle or `to` follows), not `had talks`; `had detailed talks` keeps its object noun, and
# `had held talks with X on Wednesday` its old reading (the pluperfect of a meeting of the report).
_AUXILIARY = re.compile(r"\s+(?:(?:not|never|already|also|previously|earlier|just|jointly|repeatedly|long)\s+)?"
                        r"(?:to|been|(?!held\b)[a-z]+ed|made|taken|given|sought|said|told|spoken|become|brought|"
                        r"come|gone|seen|known|shown|begun|led|sent|kept|paid|built|written|won|left)\b")
# `held consultations with the Government of the Republic of Korea`, `met with Korean government officials`: a
# government met as a whole sums up the meetings with its people told one by one.
_GOVERNMENT_MET = re.compile(r"\s+(?:in\s+[A-Z][\w-]*\s+)?with\s+(?:the\s+)?(?:(?:Government|government|authorities)\s+"
                             r"of\b|(?:[A-Z][\w-]*\s+){1,3}(?:government|authorities)\b)")
_BARE_INFINITIVE = re.compile(r"\b(?:to|will|would|shall|can|could|may|might|must|should)\s+(?:\w+ly\s+)?$")
_SERIAL = re.compile(r"(?:,|\band)\s+(?:(?:he|she|they|we)\s+)?(?:(?:also|then|later)\s+)?$")

# `held talks with X on Wednesday, and on Thursday morning he met Y`: a coordinated clause opening with its own day
# is another meeting, on that day.
_COORDINATED = re.compile(r"(?:,\s*(?:and|but|while|then)\b|\band\s+(?=(?:on|later|earlier)\b))\s*")


# `Kishida, who arrived after a visit to Kyiv where he met Zelensky on Tuesday, held talks with Morawiecki in Warsaw`:
# a meeting told in a relative clause of the subject, closed before the sentence's own meeting predicate, is in passing.
_SUBJECT_RELATIVE = re.compile(r",\s+who\s+[^,;()]+,\s+(?:also\s+)?")


def subject_relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The `, who …,` clauses of `text[lo:hi]` each followed by a meeting verb of the sentence's own."""
    return [(m.start(), m.end()) for m in _SUBJECT_RELATIVE.finditer(text, lo, hi)
            if patterns()["verb_dialogue"].match(text, m.end())]


# `it follows the Quad Leaders' Summit in Tokyo, which she attended with Prime Minister X on Tuesday`: a relative
# clause telling who went to another gathering with the subject.
_EVENT_RELATIVE = re.compile(r",\s+which\s+(?:he|she|they|the\s+\w+)\s+(?:also\s+|had\s+)?(?:attended|joined|"
                             r"co-chaired|chaired|co-hosted|hosted)\b[^,.;]*")


# `Today's signature follows the conclusion of talks on 11 December in Hanoi, when A and B signed the minutes`: the
# `when` clause of a day named in passing tells that day's event, with its own people.
_WHEN_DAY = re.compile(r"\b(?:on|in)\s+(?:\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?!\d))(?:,?\s+\d{4})?[^,.;]{0,40}"
                       r"(?P<when>,\s+when\s+[^.;]*)")


# `… co-chaired the first meeting of the X Council, a body the two governments restructured under a declaration
# signed when A visited Cairo in February`, `…, which was set up in 2021`: an apposition or relative clause telling a
# body's past, with its own days and places, to the end of the clause.
_BODY_PAST = re.compile(r",\s+(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:body|mechanism|forum|framework|council|committee|"
                        r"group|platform|format|commission|partnership)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){0,4}?"
                        r"(?:set\s+up|created|established|launched|restructured|formed|founded|agreed|revived)"
                        r"|which\s+(?:was|were|had\s+been)\s+(?:first\s+)?(?:set\s+up|created|established|launched|"
                        r"restructured|formed|founded|revived))\b[^;]*?(?=;|,\s+(?:and|while|but)\b|\.?$)")


def body_pasts(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _BODY_PAST.finditer(text, lo, hi)]


def event_relatives(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    # (not `The two last met in Seoul on 4 June, when X also joined them`: that clause goes on with the meeting told)
    return [(m.start(), m.end()) for m in _EVENT_RELATIVE.finditer(text, lo, hi)] + [
        (m.start("when"), m.end("when")) for m in _WHEN_DAY.finditer(text, lo, hi)
        if not _TOLD_MEETING.search(text, lo, m.start())]


_TOLD_MEETING = re.compile(r"\b(?:met|meet|meets|held|holds|signed|talked|spoke|called\s+on|visited|hosted)\b")


def subject_relative(text: str, lo: int, pos: int, hi: int) -> tuple[int, int] | None:
    """The subject's relative clause (above) holding `pos`."""
    return next(((a, b) for a, b in subject_relatives(text, lo, hi) if a < pos < b), None)


# `met Xi on Monday, hours after holding talks with Wang Yi`, `…, and earlier that day held talks with Y`: a later
# predicate tied to the first by a same-day sequence is another meeting of that day, with its own person.
# `A and B signed an MOU on X, and the two agencies signed a letter of intent on Y`: a coordinated clause with a
# subject of its own (a few words, no verb or comma among them) signs another document.
_OWN_SUBJECT = re.compile(r"(?:,\s*and|;)\s+(?:[\w.'’&-]+\s+){1,7}?(?:also\s+|separately\s+|jointly\s+)?$")
_WHILE_SUBJECT = re.compile(r",\s*while\s+(?:[A-Z][\w.'’&-]*\s+){1,3}and\s+(?:[A-Z][\w.'’&-]*\s+){1,3}$")
_SEQUEL = re.compile(r"(?:,\s*(?:and\s+)?|\band\s+)(?:(?:earlier|later)\s+(?:that|the\s+same)\s+day|"
                     r"(?:earlier|later)\s+in\s+the\s+day|later|then|afterwards|subsequently|"
                     r"(?:(?:several|a\s+few|two|three|\d+)\s+)?hours\s+"
                     r"(?:after|before)|shortly\s+(?:after|before))\s*,?\s+$", re.I)


# `held talks with A on Wednesday, shortly after the two sat down with B for three-way talks`, `…, after he met C`: a
# clause of time with a subject of its own (a pronoun, `the two`, capitalised words) and a meeting's verb is another
# meeting, beside the main clause's.
_SUBJECT_SEQUEL = re.compile(r",\s*(?:(?:shortly|soon|just|right|immediately|hours|minutes)\s+)?(?:after|before)\s+"
                             r"(?:he|she|they|the\s+two(?:\s+(?:ministers|leaders|officials|sides|envoys))?|both|"
                             r"both\s+(?:ministers|leaders|officials|sides|envoys)|(?:[A-Z][\w'’.-]*\s+){1,4})\s*"
                             # (`hours after he and India's national security adviser, Ajit Doval, held …`)
                             r"(?:(?<=he\s)and\s+(?:[\w'’.-]+,?\s+){1,8}?)?(?:had\s+|also\s+|first\s+)?$")
_BOTH_SIDES = re.compile(r"\b(?:the\s+two|both)\b")


# `India's national security adviser, Ajit Doval,`: an office in lower case, then the name in apposition
_OFFICE_THEN_NAME = re.compile(r"(?:[\w'’.-]+\s+){0,5}?[a-z][\w-]*,\s+((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s*,")


_AT_OUTSET = re.compile(r"\W*(?:\d+\.\s*)?(?:At|In)\s+the\s+(?:outset|beginning|start|opening)\b")
_TALLY_MET = re.compile(r"(?:\s+(?:separately|individually|bilaterally))?\s+(?:with\s+)?(?:some\s+|more\s+than\s+|"
                        r"about\s+|nearly\s+|around\s+|over\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
                        r"dozens\s+of|a\s+dozen)\s+(?:[\w-]+\s+){0,4}?(?:leaders|heads|ministers|officials|"
                        r"counterparts|delegations|dignitaries)\b")


def _later_sequel(verbs: re.Pattern[str], text: str, after: int) -> int | None:
    """Where a later clause of the sentence with a subject of its own begins (`met X on Tuesday, hours after he and
    Y held the 24th round of talks`): that clause's object is its own verb's, not the first one's."""
    if "after" not in text and "before" not in text:
        return None
    for v in verbs.finditer(text, after):
        if (sq := _SUBJECT_SEQUEL.search(text, after, v.start())) is not None:
            return sq.start()
    return None
# `met A in Tokyo on Thursday, a day after holding talks in Seoul with B`, `…, two days before meeting C`: a gerund
# counted in days from the main clause's meeting is another meeting, held on its own day (the main day less or more
# the count; `date_pool` dates it).
DAYS_APART_GERUND = re.compile(r"(?:,\s*(?:and\s+)?|\s)(?P<n>a|one|two|three)\s+days?\s+(?P<dir>after|before)\s+"
                               r"(?:having\s+)?$", re.I)


def own_clause_start(text: str, lo: int, pos: int) -> int:
    """Where the coordinated clause holding `pos` begins (after the last `, and` before it, not one inside a
    parenthesis: `(local time; April 25, Japan time)`), else `lo`."""
    cuts = [c.end() for c in _COORDINATED.finditer(text, lo, pos)
            if text.count("(", lo, c.start()) <= text.count(")", lo, c.start())]
    return cuts[-1] if cuts else lo


def _own_day_clause(view: View, sent: Sent, v_start: int) -> bool:
    """The verb's coordinated clause (not the sentence's first) names a day before the verb."""
    a = own_clause_start(view.text, sent.start, v_start)
    return a > sent.start and any(d.kind == "day" and d.value for d in view.dates_in(a, v_start))


# `Looking ahead to COP30, to be held in Belém next year, the two leaders launched X`, `Ahead of the summit, which
# opens next week, the ministers signed Y`: a future cue inside an opening phrase closed by a comma, with the clause's
# own subject after it and its verb in the past tense, tells of that phrase's event, not of the verb's.
_PAST_VERB = re.compile(r"(?:[a-z]+ed|met|held|had|took|spoke|sat|paid|made)\b")
_PHRASE_SUBJECT = re.compile(r",\s+(?!(?:which|that|who|whom|where|when|whose|held|to|and|or|but|as|if)\b)"
                             r"(?:[\w.'’-]+\s+){1,6}$")


# The opening phrase itself (`Looking ahead to COP30, to be held in Belém next year,`): an aside of its sentence, whose
# place, parties and people are the future event's, not the clause's.
_OPENING_PHRASE = re.compile(r"\W*[^;:]{3,200}?,(?=\s+(?!(?:which|that|who|whom|where|when|whose|held|to|and|or|but|as|"
                             r"if)\b)(?:[\w.'’-]+\s+){1,6}(?:[a-z]+ed|met|held|had|took|spoke|sat|paid|made)\b)")


# `The next day, X met Y`, `the following morning`: a day after the one in context, told in the past, not a future cue.
_NEXT_DAY = re.compile(r"\bnext\s+(?:day|morning|afternoon|evening)\b", re.I)


def future_openers(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The opening phrase of `text[lo:hi]` that holds a future cue and is closed by a comma before the clause's
    subject and its past-tense verb (above), as a span."""
    if patterns()["future"].search(text, lo, min(hi, lo + 200)) is None:
        return []  # (a literal pre-check: most sentences have no cue)
    m = _OPENING_PHRASE.match(text, lo, hi)
    if m is None or not any(_NEXT_DAY.match(text, c.start()) is None
                            for c in patterns()["future"].finditer(text, lo, m.end())):
        return []
    return [(lo, m.end())]


_LED_DELEGATION = re.compile(r"\s+(?:the|a|an|his|her|their)?\s*(?:[\w.'’-]+\s+){0,3}delegations?\b")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$")
# `before the agreement can be signed and ratified`, `the two sides could sign`: a modal before the verb.
_MODAL = re.compile(r"\b(?:can|could|may|might|must|should|shall|cannot)\s+(?:not\s+)?(?:be\s+|have\s+been\s+)?$")


def _future_cue(before: str, verb: str) -> bool:
    """A future cue in the 45 characters `before` a trigger, unless it is an opening phrase's (above)."""
    cues = list(patterns()["future"].finditer(before))
    if not cues:
        return False
    subject = _PHRASE_SUBJECT.search(before, cues[-1].end())
    return not (subject and _PAST_VERB.match(verb) and not re.search(
        r"\b(?:be|been|being|have|has|to|will|would|shall|may|might|could|should|must)\s+$", before))


def _concluded_today(view: View, sent: Sent, vm: re.Match[str], heads: list[re.Match[str]]) -> bool:
    """`Ministers X and Y today concluded the AUKMIN in Sydney with …`: a meeting that ended on the only day told is
    held that day. Not a meeting dated by its end elsewhere (`concluded the conference on 17 June`: it began
    earlier), nor the meeting as subject (`The summit concluded today`: told of before)."""
    obj = next((h for h in heads if h.start() > vm.end()), None)
    if obj is None or re.search(r"[,;]", sent.text[vm.end():obj.start()]):
        return False
    return not any(sent.start <= d.start < sent.end and d.kind == "day" and not re.fullmatch(r"(?i)today", d.text)
                   for d in view.dates)


# `formally opened talks on a free trade agreement`: talks on a deal to be made are its negotiations (a process).
_TALKS_ON_DEAL = re.compile(r"\s+(?:on|for|towards?)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?"
                            r"(?:agreement|FTA|pact|treaty|deal|partnership\s+agreement)\b")
_DEAL_NAMED = re.compile(_TALKS_ON_DEAL.pattern, re.I)  # (`for a Digital Trade Agreement`: named, capitalised)
_LED_EFFORT = re.compile(r"\s+(?:the|an|a|its|their|his|her)\s+(?:[\w-]+\s+)?(?:effort|efforts|work|push|drive|"
                         r"campaign|process|charge)\b")


# `Foreign Office Consultations (FOC)`, `the Strategic Economic Dialogue (SED)`: an acronym a text defines for a meeting
# series names that meeting where it stands alone (`the second round of FOC with Zambia`).
_DEFINED_ACRONYM = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|on\s+|for\s+|and\s+)?[A-Z][\w'’-]*){0,6}"
                              r"\s+\((?P<acr>[A-Z]{2,6})\)")


# (meetings only: `Gulf Cooperation Council (GCC)`, `Joint Staff Committee (JSC)` are bodies)
_ACRONYM_HEADS = frozenset({"consultations", "consultation", "dialogue", "talks", "meeting", "meetings", "summit",
                            "conference", "roundtable", "negotiations"})


def defined_acronyms(text: str) -> re.Pattern[str] | None:
    """The acronyms `text` defines for a meeting (a capitalised name ending in a meeting head, then the acronym in
    brackets), as one pattern; None when it defines none."""
    found = {m["acr"] for m in _DEFINED_ACRONYM.finditer(text)
             if m.group().rsplit("(", 1)[0].rstrip().rsplit(None, 1)[-1].lower() in _ACRONYM_HEADS}
    return re.compile(r"\b(?:" + "|".join(sorted(found)) + r")\b(?!\))") if found else None


@functools.cache
def _subject_verbs() -> frozenset[str]:
    return frozenset(triggers().subject_verbs)


def _meeting_subject(text: str, h: re.Match[str], verb_start: int) -> bool:
    """`The talks began`: a meeting head (no process) right before the verb, its subject."""
    word = h.group().lower()
    if h.end() < verb_start and text.startswith("brought together", verb_start) and _OPENING_HEAD.match(
            text[:h.start()]):
        return bool(patterns()["head_dialogue"].fullmatch(h.group()))  # `The two-day meeting in X, …, brought together`
    return not text[h.end():verb_start].strip() and h.end() < verb_start and (
        word not in triggers().process_heads or bool(_ROUND_OF.search(text, max(0, h.start() - 60), h.start()))) \
        and bool(patterns()["head_dialogue"].fullmatch(h.group()))


# `The two-day meeting in Takasaki, a city …, brought together ministers from …`: the sentence's subject, a meeting,
# gathering people (its place and glosses between)
_OPENING_HEAD = re.compile(r"(?:[^()\n]{0,60}\([^()\n]{1,20}\)\s*[-—–]+)?\s*(?:The|This|Today's|Monday's|"
                           r"Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,3}$")


# `The first round of IUAE-CEPA negotiations started`: a round of a process is a meeting
_ROUND_OF = re.compile(r"\bround\s+of\s+(?:the\s+)?(?:[\w–-]+\s+){0,3}$", re.I)


@functools.cache
def _object_verbs() -> frozenset[str]:
    return frozenset(triggers().object_verbs)


# `Joint Statement on a Framework for a United States-Indonesia Agreement …`, `Mongolia - Joint statement by France and
# Mongolia on …`: a report titled as a joint statement or declaration.
_STATEMENT_TITLE = re.compile(r"(?:^|\s[-–:]\s)Joint\s+(?:Statement|Declaration|Communiqu[eé])\b", re.I)
# A title naming a meeting, a visit or a treaty tells of that (`… on the United States-Ukraine Meeting in Jeddah`).
_TITLE_OTHER = re.compile(r"\b(?:Meeting|Summit|Dialogue|Talks|Visit|Consultations?|Ministerial|Treaty|2\+2)\b", re.I)


def _titled_statement(view: View, found: list[EventMention]) -> list[EventMention]:
    """A report titled as a joint statement that tells no meeting held nor any statement issued is the statement
    itself, issued without a meeting (records.md rule 1): one statement, told in its first sentence."""
    if not view.title or not _STATEMENT_TITLE.search(view.title) or _TITLE_OTHER.search(view.title) or any(
            m.mood == "main" and m.type in ("dialogue", "statement") for m in found):
        return []
    first = next((s for s in view.sents if len(s.text.split()) >= 8 and view.mentions_in(s.start, s.end, "COUNTRY")),
                 None)
    if first is None:
        return []
    m = EventMention("statement", first, first.start, first.start, "main", view.title.strip(), None, None,
                     (first.start, first.end))
    if view.published is not None:  # (dated when it is issued: the report's day, unless its sentence names one)
        m.date = DateMention(first.start, first.start, "", "day", view.published, relative=True)
    return [m]


# `the Ministry of Trade said in a statement released on Wednesday`: one side's statement, the report's source; not
# `said in a joint statement` (a joint statement issued)
_SAID_IN = re.compile(r"\b(?:said|says|announced|stated|added|noted)\s+in\s+(?:a|its|their|the)\s+(?:written\s+)?$",
                      re.I)
# `A concluded agreement would be …`, `a signed deal`: a participle before its head after an indefinite article is the
# head's attribute, a kind of document or meeting, no event told
_ATTRIBUTE = re.compile(r"\b(?:a|an|any|such\s+an?)\s+$", re.I)


def _source_or_attribute(view: View, m: EventMention) -> bool:
    if m.type == "statement" and m.name_start is not None and _SAID_IN.search(
            view.text, max(0, m.name_start - 40), m.name_start):
        return True
    return m.name_start is not None and m.trig_end <= m.name_start and not view.text[
        m.trig_end:m.name_start].strip() and bool(_ATTRIBUTE.search(view.text, max(0, m.trig_start - 10), m.trig_start))


_GLOSS_COMMA = re.compile(r"\s*(?:\([^()]{1,20}\))?\s*,\s*")
# `(ii) MoU on …, signed by A and B.` under `the following documents were exchanged:`: an item of the list, each
# document with its own signatories.
_ITEM_MARK = re.compile(r"[ \t]*(?:\(?(?:[ivx]{1,4}|\d{1,2}|[a-h])\)|\d{1,2}\.|[•▪\-–])\s")
_DOCUMENTS_LEAD = re.compile(r"\b(?:documents|agreements|MoUs|memoranda|instruments|outcomes)\b[^:]{0,80}\b(?:signed|"
                             r"exchanged|concluded|inked)\b[^:]{0,80}:\s*$", re.I)


def _signed_item(view: View, sent: Sent) -> Sent | None:
    """The sentence is an item of a list of documents signed or exchanged (its lead, returned, ends in a colon a few
    lines up) and names who signed it (`, signed by A and B`): that document's signing, held, not a description."""
    if ", signed by " not in sent.text:
        return None  # (most sentences: asked once for each)
    line = view.text.rfind("\n", 0, sent.start) + 1
    if not _ITEM_MARK.match(view.text, line):
        return None
    for k in range(sent.idx - 1, max(-1, sent.idx - 12), -1):
        x = view.sents[k]
        if _DOCUMENTS_LEAD.search(x.text):
            return x
        start = view.text.rfind("\n", 0, x.start) + 1
        if not _ITEM_MARK.match(view.text, start) and start != line:
            return None  # (a line of prose between: no longer the list)
    return None


# `the two leaders witnessed the exchange of cooperation instruments.` then `They included a Memorandum of Cooperation
# on X and a Memorandum of Cooperation on Y.`: the documents the plural told, each a signing of its own (rule 1).
_INCLUDED_DOCS = re.compile(r"^\W*(?:They|These|Those|The\s+(?:documents|instruments|agreements|memoranda|deals))\s+"
                            r"(?:included|include|were|are|comprised|comprise|covered)\s+")
_PLURAL_DOCS = re.compile(r"\b(?:instruments|documents|agreements|memoranda|memorandums|MOUs|MoUs|MoCs|deals|"
                          r"arrangements|pacts)\b")
_DOC_ITEM = re.compile(r"(?:^|,\s*(?:and\s+)?|\s+and\s+)(?:a|an|the)\s+(?P<name>(?:[\w-]+\s+){0,3}?(?P<head>"
                       r"[Mm]emorandum|[Aa]greement|[Aa]rrangement|[Pp]rotocol|Letter\s+of\s+Intent|letter\s+of\s+intent|"
                       r"[Tt]reaty|[Aa]ccord|Action\s+Plan)\b[^,;.]*?)"
                       r"(?=\s*(?:[;.]|$|,\s*(?:and\s+)?(?:a|an|the)\s|\s+and\s+(?:a|an|the)\s))")


def _included_documents(view: View, sent: Sent) -> list[EventMention]:
    if sent.idx == 0 or (lead := _INCLUDED_DOCS.match(sent.text)) is None:
        return []
    prev = view.sents[sent.idx - 1]
    if not _PLURAL_DOCS.search(prev.text) or not (patterns()["verb_agreement"].search(prev.text)
                                                  or _SIGNING.search(prev.text)):
        return []
    out = []
    at = sent.start + lead.end()
    for m in _DOC_ITEM.finditer(sent.text[lead.end():]):
        a, b = at + m.start("name"), at + m.end("name")
        em = EventMention("agreement", sent, at + m.start("head"), at + m.end("head"), "main",
                          view.text[a:b], a, b, (sent.start, sent.end))
        em.separate, em.lead = True, prev
        out.append(em)
    return out if len(out) >= 2 else []


def _inside_document_name(view: View, m: EventMention, found: list[EventMention]) -> bool:
    """`signed the Memorandum of Understanding on the Establishment of the X Council`: a launch noun inside a signed
    document's name is the document's subject, no launch of its own."""
    return m.type == "launch" and any(
        x.type == "agreement" and x.sent is m.sent and x.name_start is not None and x.name_end is not None
        and x.name_start <= m.trig_start < x.name_end for x in found)


def mentions(view: View) -> list[EventMention]:
    pats = patterns()
    attend = set(triggers().attend_verbs)
    person = {re.sub(r"\s+", " ", v) for v in triggers().person_verbs}
    courtesy = set(triggers().courtesy_verbs)
    host, receive = set(triggers().host_verbs), set(triggers().receive_verbs)
    found: list[EventMention] = _headings(view)
    possessed: list[EventMention] = []
    acronyms = defined_acronyms(view.text)
    for sent in view.sents:
        s_text = sent.text
        item_lead = _signed_item(view, sent)  # (a signed item of a documents list: its lead)
        found += _pp_meetings(sent) + _their_meetings(sent) + _circumstance_meetings(sent) + _welcome_meetings(sent)
        found += _travel_meetings(sent) + _subject_meetings(sent) + _joint_talks(sent) + _travel_where_meetings(sent)
        found += _call_meetings(sent) + _joint_calls(sent) + _signing_nominal(sent) + _launch_nominal(sent)
        found += _announced_deals(sent) + _remote_joins(sent) + _signed_on_behalf(sent)
        found += _opening_meetings(view, sent) + _concluded_nominal(sent) + _passive_launches(view, sent)
        found += _signed_at_meetings(sent) + _signed_after_meetings(sent) + _gerund_meetings(sent)
        found += _courtesy_nominal(sent) + _separate_subject_meetings(sent) + _agreed_at_meetings(sent) \
            + _came_subject_meetings(sent) + _reached_at_meetings(sent)
        found += _framed_meetings(sent) + _included_documents(view, sent)
        found += _led_meetings(sent) + _received_meetings(sent) + _received_calls(view, sent)
        found += _side_led_meetings(sent) + _included_meetings(sent) + _signing_scenes(sent)
        found += [p for p in _pair_subjects(view, sent) if not any(x.trig_start == p.trig_start for x in found)]
        found += [p for p in _agreed_pair_meetings(view, sent) if not any(x.sent is sent for x in found)]
        possessed += _possessed_meetings(view, sent)
        acronym_heads = list(acronyms.finditer(s_text)) if acronyms is not None else []
        for etype in EVENT_TYPES:
            first: EventMention | None = None  # the sentence's main event of this type
            for vm in pats[f"verb_{etype}"].finditer(s_text):
                own_day = first is not None and _own_day_clause(view, sent, sent.start + vm.start())
                sequel = None if first is None or own_day else (_SEQUEL.search(s_text, 0, vm.start())
                                                                 or DAYS_APART_GERUND.search(s_text, 0, vm.start())
                                                                 or _SUBJECT_SEQUEL.search(s_text, 0, vm.start()))
                if sequel is None and first is not None and not own_day and etype == "agreement":
                    sequel = _OWN_SUBJECT.search(s_text, first.trig_end - sent.start, vm.start())
                # `Mr Peters held talks with Senator Wong, while Ms Collins and Mr Marles met for a bilateral
                # meeting`: a clause of other people meeting at the same time, a meeting of its own
                other_people = _WHILE_SUBJECT.search(s_text, first.trig_end - sent.start, vm.start()) if (
                    first is not None and not own_day and sequel is None and etype == "dialogue") else None
                contrast = other_people is not None
                sequel = sequel or other_people
                if first is not None and not _SERIAL.search(s_text[:vm.start()]) and not own_day and not sequel:
                    continue
                verb = vm.group().lower()
                if verb == "set up" and _BARE_INFINITIVE.search(s_text, max(0, vm.start() - 30), vm.start()):
                    continue  # `agreed to set up a working group`: the base form, not the past one (a commitment)
                if _HABIT_BEFORE.search(s_text, max(0, vm.start() - 15), vm.start()) \
                        and _HABIT_AFTER.match(s_text, vm.end()):
                    continue  # `The forum has been held every year since 2007`: a series' habit, no event
                if verb == "led" and _LED_EFFORT.match(s_text, vm.end()):
                    continue  # `DOE led the effort to create the forum`: who drove the work, no meeting led
                if verb == "led" and (_PASSIVE_BEFORE.search(s_text, 0, vm.start())
                                      or s_text.startswith(" by", vm.end()) or _LED_DELEGATION.match(s_text, vm.end())):
                    continue  # `The delegation was led by X`: who led a side; `led the delegation to X`: read below
                if verb == "had" and (aux := _AUXILIARY.match(s_text, vm.end())) is not None \
                        and not pats["head_dialogue"].match(s_text, aux.end() + 1):
                    continue  # `had asked`, `had to choose`: an auxiliary, no meeting had
                v_start, v_end = sent.start + vm.start(), sent.start + vm.end()
                before = s_text[max(0, vm.start() - 45):vm.start()]
                if etype == "launch" and _LAUNCH_NOUN.search(before):
                    continue  # `ballistic missile launches`: the noun, not a launch
                mood = "future" if _future_cue(before, verb) and not _held_today(view, sent, before) else "main"
                if _CONDITION.search(before) or _MODAL.search(before):
                    mood = "future"  # `an agreement, once concluded, would …`, `before it can be signed`: not done yet
                if etype == "agreement" and mood == "main" and _document_background(s_text, vm.start()):
                    mood = "adnominal"  # `the pact it has signed`, `two agreements already concluded`: background
                if verb == "exchanged" and _EXCHANGED_VIEWS.match(s_text, vm.end()):
                    continue  # `exchanged views on the Just Energy Transition Partnership`: no signing
                if _NEGATED.search(before):
                    continue  # `talks … were not held`, `have never met`: no event
                if etype == "agreement" and _AT_THE_MEETING.match(s_text) and _STATEMENT_OBJECT.match(s_text, vm.end()):
                    continue  # `At the summit meeting, the two leaders signed the Joint Statement on …`: its content
                heads = [h for h in pats[f"head_{etype}"].finditer(s_text)]
                if etype in ("dialogue", "launch") and acronym_heads:
                    heads = sorted(heads + acronym_heads, key=lambda h: h.start())
                if etype == "launch":
                    heads += list(pats["head_dialogue"].finditer(s_text))
                if etype == "agreement":
                    # `signed a Semiconductor Framework`: a document signed (an agreement noun comes first:
                    # `the IPEF Clean Economy Agreement`), also before a later agreement noun of an apposition
                    # (`signed the X Principles, a first step towards an accord`)
                    nearest = min((h.start() for h in heads if h.start() > vm.start()), default=None)
                    extra = [h for h in pats["head_launch"].finditer(s_text, vm.end(), nearest or len(s_text))
                             if h.group().lower() in _signed_heads()]
                    if verb.startswith("sign"):
                        extra += list(pats["signed_only"].finditer(s_text, vm.end(), nearest or len(s_text)))
                    if verb == "exchanged":  # `notes exchanged in Dakar by A and B`, `exchanged notes on a loan`
                        extra += [n for n in _NOTES.finditer(s_text, max(0, vm.start() - 20), vm.end() + 24)
                                  if _NOTES_BY_VERB.fullmatch(s_text, n.end(), vm.start())
                                  or _NOTES_BY_VERB.fullmatch(s_text, vm.end(), n.start())]
                    # `exchanged a document on strengthening defence cooperation`: a document named by its subject
                    extra += [d for d in _DOCUMENT_ON.finditer(s_text, vm.end(), vm.end() + 30)
                              if _TO_DOCUMENT.fullmatch(s_text, vm.end(), d.start())]
                    if nearest is not None:  # (an apposition's noun after the document's name ends)
                        extra = [h for h in extra if _DOC_APPOSED.match(s_text, h.end())]
                    heads = sorted(heads + extra, key=lambda h: h.start())
                if own_day or sequel:  # the later clause's own object, not a head of the sentence's first clause
                    lo = sequel.start() if sequel else own_clause_start(s_text, 0, vm.start())
                    heads = [h for h in heads if h.start() >= lo]
                if (cut := _later_sequel(pats[f"verb_{etype}"], s_text, vm.end())) is not None:
                    heads = [h for h in heads if h.start() < cut]  # (nor a later clause's head its own)
                if etype == "statement":
                    heads = [h for h in heads if h.start() < vm.start() + 60]
                if etype == "agreement":
                    heads = [h for h in heads if not _TALLY.search(s_text[max(0, h.start() - 40):h.start()])]
                ordered = o.end() if (o := _ORDERED.match(s_text)) else 0  # `After the talks, …` names no event
                venue = [(m.start(), s_text.find(",", m.end()) if s_text.find(",", m.end()) != -1 else len(s_text))
                         for m in pats["venue"].finditer(s_text)]
                # (`…, five months after President X's visit for the G20 Osaka Summit`: another event's time)
                venue += [(m.start(), m.end()) for m in _TIME_APART.finditer(s_text) if m.start() > vm.end()]
                heads = [h for h in heads if not any(a <= h.start() < b for a, b in venue)
                         and not _EACH_BEFORE.search(s_text, max(0, h.start() - 20), h.start())
                         and not _SUCH_BEFORE.search(s_text, max(0, h.start() - 12), h.start())
                         and not _BRIEFING.search(s_text[max(0, h.start() - 8):h.start()])
                         and h.start() >= ordered and not _office_body(s_text, h.start(), h.end())
                         and not _NOUN_GOES_ON.match(s_text, h.end())
                         and not (h.start() > vm.end() and _REFERRED_HEAD.search(s_text, max(0, h.start() - 70),
                                                                                 h.start()))]
                if verb in _object_verbs():  # (`began two days of talks`: the head within a few words after it)
                    heads = [h for h in heads if vm.end() < h.start() <= vm.end() + 24
                             or verb in _subject_verbs() and _meeting_subject(s_text, h, vm.start())]
                if verb in attend and re.match(r"\s+by\b", s_text[vm.end():]):
                    # `They were joined by … the World Economic Forum`, `…, joined by observers from the Arctic
                    # Council`: who joined, not the meeting joined
                    heads = [h for h in heads if h.end() <= vm.start()]
                verb = re.sub(r"\s+", " ", verb)
                # `welcomed President X … for the first trilateral meeting`: the meeting named is the event (its
                # head, or _welcome_meetings), not a second one with the visitor.
                hosting = verb in host and (_office_object(s_text, vm.end()) or (
                    (meal := _MEAL_FOR.match(s_text, vm.end())) is not None and _office_object(s_text, meal.end()))
                    or _known_person_object(view, sent, vm.end())) and not any(h.start() > vm.start() for h in heads)
                visitor = verb in receive and not hosting and bool(_VISITOR_FOR_TALKS.match(s_text, vm.end())) \
                    and not any(x.trig_start == v_start for x in found)  # (not one a journey's clause gave)
                if visitor:
                    hosting = True  # `where President X received him for talks`: the visitor met for talks
                    heads = []
                if verb in receive and not hosting:
                    continue
                if (hosting or visitor) and _AT_OUTSET.match(s_text):
                    continue  # `1. At the outset, Minister X welcomed Minister Y`: the opening of the meeting told
                joined = verb in attend and _office_object(s_text, vm.end()) and (
                    purpose := _FOR_MEETING.search(s_text, vm.end(), vm.end() + _JOINED_REACH)) is not None
                if hosting:
                    heads = []  # `hosted President X`: a meeting with the visitor, no head noun
                elif joined:  # `joined Prime Minister X for a brief meeting`: a meeting with the person joined
                    heads = [h for h in heads if purpose.start() <= h.start() < purpose.end()]
                elif verb in person and _staff_object(s_text, vm.end()):
                    continue  # `met members of the business community`: no delegation met
                elif verb.startswith("met") and _TALLY_MET.match(s_text, vm.end()):
                    continue  # `met separately with 34 African and other leaders`: a tally of meetings, none told
                elif verb == "received by" and _ARRIVAL.search(s_text, 0, vm.start()):
                    continue  # `arrived in Delhi, where he was received by …`: a welcome on arrival, no talks
                elif verb in person and not verb.startswith(("met", "meets")):
                    # `called on President Y`, `spoke by phone with …`: a meeting with the person named, no head.
                    purpose = _FOR_MEETING.search(s_text, vm.end())
                    if _counterpart_follows(s_text, vm.end()) or verb in courtesy and _honorific_object(
                            s_text, vm.end() + 1) or _official_follows(view, sent.start + vm.end()):
                        heads = []
                    elif purpose is not None:
                        # `sat down with Lula and Petro for a three-way meeting`: the people untitled, the meeting
                        # named by the purpose phrase
                        heads = [h for h in heads if purpose.start() <= h.start() < purpose.end()]
                    else:
                        continue
                elif not heads and not (etype == "dialogue" and (verb in person or hosting)):
                    continue
                if etype == "dialogue" and verb == "visited":
                    continue
                if etype == "dialogue" and verb.startswith("conclude") and not _concluded_today(view, sent, vm, heads):
                    continue
                if verb in ("held", "holds", "holding") and _HELD_OFFICE.match(s_text, vm.end()):
                    continue
                if verb == "holding" and (not re.search(r"(?:,|\bafter|\bbefore|\bwhile)\s*$", before)
                                          or _ARRIVED.search(s_text, 0, vm.start())):
                    continue  # `…, holding their first summit`, `after holding talks`; not `agreed on holding talks`,
                    # nor `arrived in Kyiv after holding talks in New Delhi` (the previous stop's)
                if verb in attend and not heads:
                    continue
                name = None
                n_start = n_end = None
                typ = etype
                if heads:
                    # A gloss in parentheses (`(the Economic "2+2")`) is not the name.
                    outside = [h for h in heads if s_text[:h.start()].count("(") <= s_text[:h.start()].count(")")]
                    h = _object_head(s_text, vm, outside or heads) or min(
                        outside or heads, key=lambda h: abs(h.start() - vm.start()))
                    word = h.group()
                    meeting = pats["head_dialogue"].fullmatch(word) and not pats["head_launch"].fullmatch(word)
                    process = word.lower() in triggers().process_heads or (
                        verb in triggers().launch_verbs_talks and word.lower() == "talks") or (
                        word.lower() == "talks" and _TALKS_ON_DEAL.match(s_text, h.end()) is not None)
                    if etype == "dialogue" and verb.startswith("conclud") \
                            and word.lower() in ("negotiations", "talks") and _DEAL_NAMED.match(s_text, h.end()):
                        continue  # `concluded negotiations for a Digital Trade Agreement`: the deal reached, no meeting
                    if verb == "resuming" and not _NOW_RESUMING.search(s_text, 0, vm.start()):
                        continue  # `progress toward resuming negotiations`: not resumed yet (`are resuming`: now)
                    if verb in triggers().process_verbs:
                        # `formally opened negotiations` is the launch; `resumed talks`, `opened the summit` are not
                        launched = process and _PROCESS_OBJECT.fullmatch(s_text, vm.end(), h.start()) is not None
                        if launched != (etype == "launch"):
                            continue  # (each such verb is read as both types: keep the reading that fits)
                    elif etype == "launch" and meeting and not process:
                        typ = "dialogue"
                    h_end = _extend_head(s_text, h.end(), heads)
                    # A head after its verb grows no further left than the verb (`Signs Semiconductor MOU`).
                    a, b = _name(s_text, h.start(), h_end, vm.end() if vm.end() <= h.start() else 0, len(s_text))
                    # `the Second Ministerial meeting of the … Committee`: the name starts at the first head.
                    chain = [x for x in heads
                             if x.end() <= a and re.fullmatch(r"\s+(?:of|for)\s+the\s+", s_text[x.end():a])]
                    if chain:
                        a = _name(s_text, chain[-1].start(), chain[-1].end(), 0, len(s_text))[0]
                    if typ == "agreement" and b == h_end:
                        b = document_subject(s_text, b)
                    if verb in attend and b > vm.start() and not specific_name(s_text[a:b]) and (
                            obj := _ATTEND_OBJECT.match(s_text, vm.end(), h.start())) and obj.end() == h.start():
                        a = obj.start("np")  # `joined the G7 foreign ministers' meeting`: named in lower case
                    rounded = verb in attend and b > vm.start() and (
                        obj := _ROUND_OBJECT.match(s_text, vm.end(), h.start())) is not None and obj.end() == h.start()
                    if rounded:
                        a = obj.start("np")
                    # `The meeting was attended by X`: the passive's subject is the meeting.
                    attended_by = b <= vm.start() and re.fullmatch(r"\s+(?:was|were)\s+", s_text[h_end:vm.start()]) \
                        and re.match(r"\s+by\s", s_text[vm.end():])
                    if verb in attend and not attended_by and not joined and not rounded and (
                            b <= vm.start() or not specific_name(s_text[a:b])):
                        continue  # `attended` reports an event only with the named meeting as its object
                    if b <= vm.start() and _NO_SUBJECT.search(s_text[:a] + s_text[a:b].split(" ", 1)[0] + " "):
                        continue  # `No ministerial meeting was held for the launch`: none held
                    name, n_start, n_end = s_text[a:b].strip(), sent.start + a, sent.start + b
                    # `the arrangement signed in April`: a participle right after its noun is adnominal.
                    gap = s_text[h.end():vm.start()]
                    passive = re.search(r"\b(was|were|been|be)\s*$", s_text[:vm.start()])
                    # `The Working Group meets in Ottawa`: a present tense is the clause's own verb, no participle.
                    passive = passive or re.fullmatch(r"[a-z]+[^s]s", verb)
                    # `The eighth EU-Ukraine summit took place in Kyiv`: `took` is no participle, a named meeting's
                    # own verb (`The meeting took place on the margins of …` refers back to the one reported).
                    passive = passive or verb.startswith("took ") and specific_name(s_text[a:b])
                    passive = passive or verb in _subject_verbs()  # `The talks began on Monday`: finite, no participle
                    if 0 <= len(gap) <= 1 and h.end() <= vm.start() and not passive:
                        mood = "adnominal" if mood == "main" else mood
                    copula = re.search(r"\b(was|were|is|are|been)\s+$", s_text[:vm.start()])
                    if not passive and copula is None and re.match(
                            r"\s+(by|in|at|on)\b", s_text[vm.end():]) and h.end() <= vm.start() and (
                            len(gap) < 3 or _GLOSS_COMMA.fullmatch(gap)) and not (
                            typ == "agreement" and item_lead is not None):
                        # (`the Joint Committee (SSJC), co-chaired by A and B,`: after its gloss and a comma too)
                        mood = "adnominal" if mood == "main" else mood
                m = EventMention(typ, sent, v_start, v_end, mood, name, n_start, n_end, (sent.start, sent.end))
                m.separate = m.separate or contrast
                if typ == "agreement" and mood == "main" and item_lead is not None:
                    m.separate, m.lead = True, item_lead  # (an item of its own, not a commitment of the list's lead)
                obj = h_end if heads and verb not in person and not joined else vm.end()  # `met X`, `held talks with X`
                if typ == "dialogue" and not visitor and (verb in person or hosting or joined
                                                          or _WITH_AFTER.match(s_text, obj)):
                    m.counterpart = counterpart(s_text, obj)
                if typ == "dialogue" and hosting and m.counterpart:
                    m.host = counterpart(" " + _clause_before(s_text, vm.start()), 0)
                if typ == "dialogue" and _GOVERNMENT_MET.match(s_text, obj):
                    # `held consultations with the Government of X`: the day's meetings in sum, no person met
                    m.in_turn, m.counterpart = True, frozenset()
                if typ == "dialogue" and not m.counterpart and (
                        pair := _SECOND_SUBJECT.search(_clause_before(s_text, vm.start()))):
                    m.counterpart = counterpart(" " + pair["second"], 0)  # `A and President B also held talks`
                elif typ == "dialogue" and not m.counterpart and hosting and verb in receive:
                    # `President Yoon also received Blinken`: the host is who the visitor met
                    m.counterpart = counterpart(" " + re.sub(r"\b(?:also|then|later)\s+$", "",
                                                             _clause_before(s_text, vm.start())), 0)
                if etype == "launch" and typ == "dialogue":
                    m.ordinal = 1
                if typ == "dialogue" and n_start is not None and (
                        _SIDE.search(view.text[max(sent.start, n_start - 12):n_end or n_start])
                        or _SEPARATE_BEFORE.search(view.text[max(sent.start, n_start - 60):n_start])):
                    m.separate = True  # `held separate talks with …`: a side meeting of its own
                if typ == "dialogue" and (_SIDE_CLAUSE.search(_clause_before(s_text, vm.start()))
                                          or ordered
                                          or re.match(r"\s+separately\b", s_text[vm.end():])
                                          or ((verb in person or m.counterpart) and _LATER.search(before))
                                          or verb in courtesy):
                    m.separate = True  # a call on the host (`paid a courtesy call on President X`) is its own
                if typ == "agreement" and heads and mood == "main" and (another_document(
                        s_text, vm.start(), h.start()) or ordered and not _AFTER_EVENT.search(s_text, 0, ordered)):
                    m.separate = True  # `also signed an agreement on X`, `Later in the day, A and B signed an
                    # agreement`: another document of the day (not `After the talks, they signed it`)
                if typ == "dialogue" and n_start is None and verb in ("met", "meet", "meets") and (
                        g := _GROUP_SUBJECT.search(s_text[:vm.start()])):
                    m.name, m.name_start, m.name_end = g["np"], sent.start + g.start("np"), sent.start + g.end("np")
                    m.separate = True
                if typ == "dialogue" and m.counterpart and n_start is not None and _MARGIN_BILATERAL.search(
                        view.text[max(sent.start, n_start - 12):n_end or n_start]) and _MARGINS_OF.search(
                        _clause_before(s_text, vm.start())):
                    m.separate = True  # `On the sidelines of the Commission, X held a bilateral meeting with Y`
                if own_day and mood == "main" and typ == "dialogue" and m.counterpart:
                    m.separate = first.separate = True  # `…, and on Thursday he met Y`: its own day and person
                    cut = own_clause_start(view.text, sent.start, v_start)
                    _cut_between(first, m, cut)
                    if not first.counterpart:  # `held talks with Lavrov on Wednesday`: a known person, untitled
                        first.counterpart = frozenset(w for p in view.mentions_in(first.trig_end, cut, "PERSON")
                                                      for w in p.text.split()[-2:])
                elif sequel and first is not None and not (_LATER.search(sequel.group()) and (
                        not m.counterpart or not first.counterpart
                        or m.counterpart & set(re.findall(r"[\w'’-]+", s_text[:sequel.start()])))):
                    # (a bare `and then`: another person met; `held a meeting and then had a working lunch with X`
                    # is one meeting, `and then opened the X Forum` a named one, below)
                    document = typ == "agreement" and mood == "main" and n_start is not None
                    # (`hours after he and Y held the 24th round of talks`: a clause with a subject of its own names
                    # the meeting it held, with no one met)
                    named = sequel.re is _SUBJECT_SEQUEL and n_start is not None and specific_name(name)
                    if not document and (mood != "main" or typ != "dialogue" or not (m.counterpart or named)):
                        continue
                    m.separate = not document  # the report's meeting stays as it is; this one is beside it
                    if named and not m.counterpart and (joined := re.search(r"(?<=he\s)and\s+", sequel.group())):
                        at = sequel.start() + joined.end()  # (the subject's other: `India's adviser, Ajit Doval,`)
                        office = _OFFICE_THEN_NAME.match(s_text, at)
                        m.counterpart = frozenset(office.group(1).split()[-2:]) if office else counterpart(s_text, at)
                    cut = sent.start + sequel.start()
                    _cut_between(first, m, cut)
                    if sequel.re is _SUBJECT_SEQUEL and _BOTH_SIDES.search(sequel.group()):
                        # `shortly after the two sat down with B`: both of them, the one met first too
                        m.shared = (first.clause[0], cut)
                        m.counterpart = m.counterpart | (first.counterpart or frozenset())
                    if first.name_start is not None and first.name_start >= cut:  # the later clause's head
                        first.name = first.name_start = first.name_end = None
                    if not first.counterpart:  # `met Xi for about 35 minutes`: the person, though untitled
                        first.counterpart = counterpart(view.text[:cut], (first.name_end or first.trig_end), True)
                elif first is not None and mood == "main" and typ == "dialogue" and verb in person \
                        and m.counterpart and first.counterpart and not (m.counterpart & first.counterpart):
                    # `held a Foreign Ministers' Meeting with A and met with Minister B`: another person met (the
                    # name is the first meeting's)
                    m.separate = first.separate = True
                    m.name = m.name_start = m.name_end = None
                    cut = sent.start + vm.start()
                    _cut_between(first, m, cut)
                elif first is not None and mood == "main" and typ == "dialogue" and verb == "followed by" \
                        and _followed_on_own_day(view, sent, first, v_end):
                    # `Talks with Ghana were held on 14 May, followed by talks with Togo on 17 May`: a meeting that
                    # followed, on a day of its own, is another one
                    m.separate = first.separate = True
                    _cut_between(first, m, v_start)
                elif first is not None:
                    # `…, held the X Meeting with Y, and co-chaired the Z`: a later predicate of a series is an
                    # event of its own only when its object names another meeting.
                    if mood != "main" or n_start is None or n_start < v_end or not specific_name(name) \
                            or name == first.name or _MEAL.match(name):
                        continue
                    m.separate = first.separate = True
                    if name.endswith(".") and n_end is not None:  # the sentence's full stop, last of the series
                        m.name, m.name_end = name[:-1], n_end - 1
                found.append(m)
                if typ == "dialogue" and verb in person and (more := _second_person_meetings(sent, vm.end())):
                    m.separate = True
                    found += more
                elif typ == "dialogue" and verb.startswith("met") and not (name and specific_name(name)) and (
                        more := _and_office_holder(view, sent, obj)):  # (not `met A and B at the 20th X Summit`)
                    m.separate = True
                    m.counterpart = counterpart(view.text[sent.start:more[0].trig_start], obj)
                    found += more
                elif typ == "dialogue" and verb.startswith("met") and (more := _and_other_side(view, sent, obj)):
                    m.separate = True  # `met Uzbek Foreign Minister A and Kazakh Foreign Minister B`: one with each
                    m.counterpart = counterpart(view.text[sent.start:more[0].trig_start], obj)
                    m.clause = (m.clause[0], more[0].trig_start)
                    found += more
                elif typ == "dialogue" and name and _PLURAL_HEAD.search(s_text[:h_end]) and (
                        more := _next_person(sent, obj)):
                    m.separate = True  # `held calls with A and B`: one call with each
                    listed = _LIST_COLON.match(s_text, obj)  # (`with leaders: A; B; and C`)
                    m.counterpart = counterpart(view.text[sent.start:more[0].trig_start],
                                                listed.end() - 1 if listed else obj)
                    m.clause = (m.clause[0], more[0].trig_start)  # (the parties named after are the others')
                    found += more
                elif typ == "dialogue" and name and _PLURAL_HEAD.search(s_text[:h_end]) and (
                        more := _next_countries(view, sent, h_end)):
                    m.separate = True  # `held summits with the leaders of A, B and C`: one with each
                    m.clause = (m.clause[0], more[0].trig_start)
                    found += more
                if mood == "main" and first is None and not subject_relative(s_text, 0, vm.start(), len(s_text)):
                    first = m  # one event per type per sentence (but a series, above); an adnominal one (`the X
                    # established in April`) lets the sentence's own event follow
    for g in found:  # the main clause ends where a gerund's meeting counted in days from it begins
        if g.separate and g.clause[0] > g.sent.start and DAYS_APART_GERUND.search(
                view.text, g.sent.start, g.trig_start):
            for m in found:
                if m.sent is g.sent and m.trig_start < g.clause[0] < m.clause[1]:
                    m.clause = (m.clause[0], g.clause[0])
    found = [y for m in found for x in _one_per_item(view, m) for y in _second_document(view, x)
             if not _source_or_attribute(view, y)]
    found += _titled_statement(view, found)
    listed, leads = _listed_meetings(view)
    if listed:  # the lead's plural `meetings` is the list's, no meeting of its own
        found = [m for m in found if m.sent.idx not in leads or specific_name(m.name)]
        # (an item telling its meeting by a verb, `(iv) In the evening, EAM met X`: that mention, of the lead's list)
        told = {m.sent.idx: m for m in found if m.type == "dialogue" and m.counterpart and m.mood == "main"}
        for em in listed:
            if (own := told.get(em.sent.idx)) is not None:
                own.lead = em.lead
        found += [em for em in listed if em.sent.idx not in told]
    # (a possessed meeting only where its sentence tells of no event otherwise)
    told = {m.sent.idx for m in found}
    found += [m for m in possessed if m.sent.idx not in told]
    # Two verbs of one sentence can point at one event (`was held … hosted`): keep the first per type. Two readers
    # of one predicate (`spoke with X, Minister of Y`: the call reader and the verb list) tell one meeting.
    found = [m for m in found if not _inside_document_name(view, m, found)]
    # (`the following documents were exchanged:` over items each signed by its own people: the lead's plural is the
    # list's, no signing of its own)
    signed_leads = {m.lead.idx for m in found if m.type == "agreement" and m.separate and m.lead is not None}
    found = [m for m in found if not (m.type == "agreement" and m.sent.idx in signed_leads
                                      and not re.search(r"[A-Z]", m.name or ""))]
    for m in found:  # (`coincided with a visit by X, who met Y`: that visit's meeting is told in passing)
        if m.mood == "main" and any(a < m.trig_start < b for a, b in coincided_clauses(view.text, m.sent.start,
                                                                                        m.sent.end)):
            m.mood = "adnominal"
    # (`The agreement was reached at the X Dialogue, co-chaired by …`: the participle's mention is that meeting)
    reached = {(m.sent.idx, m.name_end) for m in found if m.mood == "main" and m.name_end == m.trig_end}
    found = [m for m in found if not (m.mood == "adnominal" and (m.sent.idx, m.name_end) in reached)]
    seen: set[tuple] = set()
    return [m for m in found if (k := (m.type, m.trig_start, m.name_start, m.counterpart)) not in seen
            and not seen.add(k)]
