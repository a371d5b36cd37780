"""English delegates: person names (NER, all-caps family names, titled family names) with the title
before or after them, the country from their own phrase."""
from __future__ import annotations

import functools
import re

from extract.delegates import Person
from extract.entities import Mention
from extract.gazetteer import Official, get_gazetteer
from extract.lang.en.rules import people as cues
from extract.romanize import SURNAMES
from extract.view import Sent, View

# Name letters beyond ASCII (`José Rafael Ojeda Durán`, `João Lourenço`, `Nguyễn`, `Beneš`): Latin-1 and the
# Latin extended blocks, so a transliterated or Iberian name is not cut at its first accented word.
_UP = "A-ZÀ-ÖØ-ÞĀ-ž"
_LO = "a-zß-öø-ÿĀ-žḀ-ỿ"
_CAPNAME = rf"(?:[{_UP}][{_LO}]+(?:-[{_LO}]+)?|[A-Z]{{2,}}|[A-Z]\.)"
_EN_NAME = re.compile(rf"\b({_CAPNAME}(?:\s+{_CAPNAME}){{1,3}})")


@functools.cache
def _not_person_words() -> frozenset[str]:
    """The listed words, and plural titles (`Foreign Ministers`, `Secretaries`): a group, never one person."""
    words = {w.casefold() for w in [*cues().not_person_words, *cues().portfolio_words]}
    for t in cues().titles:
        w = t.split()[-1].split("-")[-1].casefold()
        words.add(w[:-1] + "ies" if w.endswith("y") else w + ("es" if w.endswith(("s", "ch")) else "s"))
    return frozenset(words)


def _not_person(name: str) -> bool:
    return any(w.casefold().strip(".,'’") in _not_person_words() for w in re.split(r"[\s\-]+", name))


# `LaPlante`, `McClay`, `O'Connor`, `DeSantis`: a family name with a prefix capitalised inside it.
_PREFIXED = r"(?:Mc|Mac|La|Le|De|Di|Du|Da|O['’])?"
# `President El-Sisi`, `Minister Al-Sabah`: an Arabic family name joined to its article by a hyphen. (`Ms Collins`,
# `Mr Luxon`: British, Australian and New Zealand style write the honorific without its full stop.)
_ARTICLED = rf"(?:[AE]l|Abu|Bin)-[{_UP}][{_LO}]+"
_TITLED_SURNAME = re.compile(r"\b(?:Minister|Secretary|President|Premier|Commissioner|Ambassador|Director|Chancellor|"
                             r"(?:Secretary|Director)[\s-]General|Adviser|Advisor|"
                             r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|DPM|PM|EAM)\s+(" + _ARTICLED + "|" + _PREFIXED
                             + rf"[{_UP}][{_LO}]+|[A-Z]{{3,}})\b"
                             rf"(?![\s-]+[{_UP}])")


_BARE_NAME = re.compile(r"(?<![\w.-])(" + _PREFIXED + rf"[{_UP}][{_LO}]{{1,14}})\b(?![\s-]+[{_UP}])(?!-)"
                        r"(?=\s+(?:held|met|and|hosted|signed|said|on|in|at|to|"
                        # (`Blinken and Austin also paid a courtesy call`, `Wong then met`: an adverb or a verb)
                        r"also|then|later|paid|called|welcomed|received|visited|attended|chaired|co-chaired|"
                        r"led|discussed|agreed|thanked|spoke|"
                        # (`Cho had a working breakfast with …`, `Wong took part in …`)
                        r"had|has|took|sat|"
                        # (`Blinken and Austin hosted Jaishankar and Singh for the 2+2`, `A and Wang joined …`)
                        r"joined|for|"
                        # (`Park wrapped up the trip with a meeting with …`: a trip closed or opened by a meeting)
                        r"wrapped\s+up|ended|began|opened|capped|concluded|started|kicked\s+off|rounded\s+off)\b"
                        r"|\s*[,.;]|$)")
_CALENDAR_WORDS = frozenset("january february march april may june july august september october november december "
                            "monday tuesday wednesday thursday friday saturday sunday "
                            # (month abbreviations no name word shares: `Blinken Feb. 28`; not `Jun`, `Mar`)
                            "jan feb apr aug sep sept oct nov dec".split())


# A fronted day or adverb before an honorific and a name (`Yesterday Ms Collins called on …`): no title.
_FRONTED_WORDS = _CALENDAR_WORDS | frozenset(
    "yesterday today tomorrow earlier later meanwhile separately also then".split())
_HYPHEN_TAIL = re.compile(r"-[a-z]{1,5}\b")


_HYPHEN_REST = re.compile(r"[a-z]{1,5}\b")


def _hyphen_tail(text: str, b: int) -> int:
    """The length of a hyphenated given name's lower-case tail (`-in` of `Jae-in`) right after a name ending at b."""
    if b and text[b - 1] == "-":  # (a model's span that kept the hyphen, `Ahn Duk-`, without the tail)
        return tail.end() - b if (tail := _HYPHEN_REST.match(text, b, b + 6)) is not None else 0
    return tail.end() - b if (tail := _HYPHEN_TAIL.match(text, b, b + 7)) is not None else 0


def _full_names(view: View, ner: tuple[tuple[int, int], ...]) -> dict[str, str]:
    """Family name -> full name, from the two-word person names of the whole text."""
    out: dict[str, str] = {}
    cache = view.memo("full_names")
    if ner in cache:
        return cache[ner]
    names = [m.group() for m in re.finditer(r"\b[A-Z]{3,}(?:[ \t]+[A-Z][a-z]+){1,2}\b", view.text)]
    # (`Moon Jae` of `Moon Jae-in`: the model cuts a hyphenated given name short, and the cut name would stand for
    # every `President Moon`; the name read on over the hyphen's tail, as `_find` reads it.)
    names += [view.text[a:b + _hyphen_tail(view.text, b)].strip() for a, b in ner]
    # (`Chinese leader Xi Jinping's verdict`: a model's span may keep the possessive, which is not the name's.)
    names = [re.sub(r"[’']s$", "", n) for n in names]
    # (`KAMIKAWA Yoko Tuesday`: a weekday or month after a name is not its word)
    names = [" ".join(w for w in n.split() if w.casefold().rstrip(".") not in _CALENDAR_WORDS) for n in names]
    for n in names:
        words = n.split()
        # (`H.E. Abdel Fattah El-Sisi`, `Shri Narendra Modi`: a model's span may open on honorifics, which are not
        # the name's; `Mrs Yoon` in `President and Mrs Yoon` is then a family name alone, no full name.)
        # (`the Hon Don Farrell`: the article of an Australian or British style goes with it)
        while words and (words[0].rstrip(".") in _honorific_words() or words[0] == "the" and len(words) > 1
                         and words[1].rstrip(".") in _honorific_words()):
            words = words[1:]
        n = " ".join(words)
        # (A model's `President Biden`: a title and a family name is no full name.)
        if len(words) < 2 or len(words) > 3 or _not_person(n) or words[0] in _title_words():
            continue
        for fam in ([words[0]] if words[0].isupper() else [words[-1], words[0]]):
            out.setdefault(fam.casefold(), n)
    cache[ner] = out
    return out

# `…, days before Donald Trump returns to the White House`: the subject of a clause of time (only title words between
# the conjunction and the name) whose own verb reports no attendance is the scene, not one who took part.
_CLAUSE_OF_TIME = re.compile(r"\b(?:before|until|once|after)\s+(?:the\s+)?(?:(?:[A-Z][\w.’'\-]*|of|for)\s+)*$")
_CLAUSE_REST = re.compile(r"[^,;.]*")


def _scene_subject(view: View, s: Sent, a: int, b: int) -> bool:
    if not _CLAUSE_OF_TIME.search(view.text, max(s.start, a - 80), a):
        return False
    rest = _CLAUSE_REST.match(view.text, b, s.end)
    verb = re.match(r"\s+([a-z]+)\b", rest.group()) if rest else None
    return verb is not None and not view.grammar.attendance.search(rest.group())

# `A, who leads the bureau, told reporters on Thursday that 84 countries had signed on`: who briefs on the meeting.
_BRIEFED = re.compile(r"(?:,\s+who\s[^,;]{1,80},)?\s+(?:told\s+(?:reporters|journalists|a\s+news\s+conference|"
                      r"a\s+(?:press\s+)?briefing)|briefed\s+reporters)\b")


def _briefer(view: View, s: Sent, b: int) -> bool:
    """The subject of `told reporters`, with no attendance said before that verb (the rest is what was told)."""
    m = _BRIEFED.match(view.text, b, s.end)
    return m is not None and not view.grammar.attendance.search(view.text, s.start, m.start())


def _own_phrase_start(left: str) -> int:
    """Where a person's own title phrase begins in the text before the name (the index of the character before
    it, -1 for the whole text): after the last word that ends a neighbour's phrase (`met`, `hosted by`)."""
    breakers = frozenset(cues().phrase_breakers)
    lower_titles = _lower_title_words()
    for m in reversed(list(re.finditer(r"[A-Za-z][\w'’\-]*", left))):
        w = m.group()
        if w[0].islower() and (w in breakers or (w.endswith("ed") and len(w) > 4)):
            return m.end() - 1
        # `its handling of Secretary of State X`, `the remarks of Minister X`: a common noun's `of` before the
        # title (a title's own `of`, `minister of trade`, follows a title word) ends the neighbour's phrase.
        if w[0].islower() and w not in _CONNECTORS and w not in lower_titles and left.startswith(" of ", m.end()) \
                and re.match(r" of [A-Z]", left[m.end():]):
            return m.end() + 3
    return -1


# A visit still to come, then its visitor's title words: `the upcoming visit of President`, `a planned visit by`.
_COMING_VISIT = re.compile(r"\b(?:upcoming|forthcoming|planned|proposed|coming|expected|next|future)\s+"
                           r"(?:(?:state|official|working|first|historic)\s+)*visit\s+(?:of|by)\s+(?:the\s+)?"
                           r"(?:[A-Z][\w.’'\-]*\s+|(?:of|for|and)\s+)*$")


# `of (the) Country` after a name, or of the country's long form: `of the Union of the`, `of the Hashemite Kingdom of`.
# (`Chan Chun Sing signed for Singapore`, `X, who signed on behalf of Chile`: the side signed for is theirs)
SIGNED_FOR = r"(?:signed\s+(?:it\s+)?(?:for|on\s+behalf\s+of)|on\s+behalf\s+of)"
_OWN_OF = re.compile(r"(\s+(?:of|" + SIGNED_FOR + r")\s+(?:the\s+)?)"
                     r"(?:(?:[A-Z][\w’'\-]*\s+){0,2}(?:Republic|Kingdom|Union|State|Sultanate|"
                     r"Federation|Commonwealth|Principality|Emirate|Confederation)\s+of\s+(?:the\s+)?)?")


_DATELINE_DASH = re.compile(r"\s(?:--|—|–|-)\s+(?!.*\s(?:--|—|–|-)\s)")
_DATELINE_AGENCY = re.compile(r"\d\s*\([A-Z][A-Za-z]{1,12}\)\s")
_TIME_NOUN = re.compile(r"^(?:the\s+)?(?:same\s+)?(?:day|morning|afternoon|evening|week|time)\s+(?=[A-Z])")
_POSTING = re.compile(r"\b(?:to|in|at)\s+(?:the\s+)?$")


# `Cabinet Secretary for Investments, Trade and Industry X`: a title's portfolio list (after `for`/`of`, capitalised
# words joined by commas and `and`) runs up to the name; its commas and `and` are not a neighbour's boundary.
_PORTFOLIO_TAIL = re.compile(r"(?:the\s+)?[A-Z][\w\-]*(?:(?:,\s*|\s+(?:and|&|of|the)\s+|\s+)(?:the\s+)?"
                             r"[A-Z][\w\-]*)*\s*")


def _portfolio_start(left: str, prior: int) -> int | None:
    """The start of the `for`/`of` of a title's portfolio that runs to the end of `left`, if any."""
    titles = _title_words()
    for m in reversed(list(re.finditer(r"\s(?:for|of)\s+", left))):
        if m.start() <= prior:
            return None
        tail = left[m.end():]
        if not _PORTFOLIO_TAIL.fullmatch(tail):
            return None
        words = left[:m.start()].split()
        # `Secretary of State for Business and Trade`: the title may end in its own `of` phrase
        if words and (words[-1] in titles or (len(words) >= 3 and words[-2] == "of" and words[-3] in titles)):
            return m.start()
    return None


# `and his British counterpart John Healey`, `met her Indian counterpart, S. Jaishankar`: the counterpart's side is
# the country the adjective names (`counterpart` breaks the title phrase, so no title gives it).
_COUNTERPART_BEFORE = re.compile(r"\b(?:his|her|their|its)\s+(?P<adj>[A-Z][\w-]+)\s+counterpart,?\s+$")


def _counterpart_side(view: View, s: Sent, a: int) -> str | None:
    m = _COUNTERPART_BEFORE.search(view.text, max(s.start, a - 40), a)
    if m is None:
        return None
    return next((c.id for c in view.mentions_in(m.start("adj"), m.end("adj"), "COUNTRY")), None)


def _phrase_cut(left: str, taken: list[tuple[int, int]], left_lo: int, a: int) -> int:
    """Where the person's own phrase begins in `left` (the text before the name; the index of the character
    before it, -1 for all of it): after the last comma, `and`, `;`, `:`, `with`, breaker word or earlier person,
    except inside a title's portfolio list."""
    prior = max((tb - left_lo - 1 for _, tb in taken if left_lo < tb <= a), default=-1)
    head = left[:start] if (start := _portfolio_start(left, prior)) is not None else left
    # (`- 20 May 2023, Hiroshima: President X`: a list item's label before a colon is no part of the title)
    cut = max(head.rfind(","), _and_cut(head), head.rfind(";"), head.rfind(": "), head.rfind(" with "),
              _own_phrase_start(head))
    return max(cut, prior)


def _and_cut(head: str) -> int:
    """The last ` and ` between two people; not one joining a person's two titles (`Deputy Prime Minister and
    Foreign Minister X`, `Senior Minister and Minister for Trade X`: a title's last word, `and`, a title word)."""
    titles = _title_words()
    k = len(head)
    while (k := head.rfind(" and ", 0, k)) != -1:
        before, after = head[:k].split(), head[k + 5:].split()[:1]
        # (`Prime Minister of Fiji and Chair of the Pacific Islands Forum`, `President and ASEAN Chair`: a chair's
        # turn, the same person's)
        chair = _CHAIR_TURN.match(head, k + 5) is not None
        if not (before and after and before[-1] in titles and after[0] in titles) and not chair:
            return k
        lead = next((w for w in reversed(before) if w not in titles), "")
        if lead in ("the", "The"):
            return k  # `The Secretary and Foreign Minister Park`: a person referred to by title, then another
    return -1


@functools.cache
def _country_names() -> dict[str, str]:
    """Each country's English names, casefolded -> its id."""
    return {n.casefold(): c.id for c in get_gazetteer().countries if c.kind != "group" for n in c.en}


_AFFAIRS = re.compile(r"\s+(?:and\s+[A-Z][\w\-]*\s+)?Affairs\b")


def _of_side_before(view: View, s: Sent, a: int) -> str | None:
    """`the Presidents of Colombia, A, of Bolivia, B, and of Peru, C`: the country said right before a name, after
    `of` and before a comma, is that person's."""
    named = _sides(view, max(s.start, a - 50), a, "COUNTRY")
    if named and re.fullmatch(r",\s*", view.text[named[-1].end:a]) and re.search(
            r"\bof\s+(?:the\s+)?$", view.text[max(s.start, named[-1].start - 12):named[-1].start]):
        return named[-1].id
    return None


# `a ceremony hosted by President X`: the host of the event at hand.
_HOSTED_BY = re.compile(r"\bhosted\s+by\s+(?:(?:the|[A-Z][\w.’'\-]*),?\s+)*$")


def _host_place(view: View, s: Sent) -> str | None:
    """The country of the place this sentence (or the one before) says the event was held in, when it is not the
    publisher's: a host there with no side of their own is of that country (`signed … in Nairobi … at a ceremony
    hosted by President X`); at home the publisher's own default stands."""
    lo = view.sents[s.idx - 1].start if s.idx > 0 else s.start
    places = {m.country for m in view.mentions_in(lo, s.end, "PLACE") if m.country}
    return places.pop() if len(places) == 1 and view.home not in places else None


def _sides(view: View, lo: int, hi: int, *labels: str) -> list[Mention]:
    """The mentions of `labels` in [lo, hi), a city-state's name read as its place (`Singapore`) counted as the
    country: in a person's own phrase (`Ong Ye Kung of Singapore`, `the Singapore delegation`) it is their side."""
    names = _country_names()
    out = []
    for m in view.mentions_in(lo, hi, *labels, "PLACE"):
        if _AFFAIRS.match(view.text, m.end):
            continue  # `Director of North American Affairs`, `Minister for European Affairs`: the office's subject
        if m.label != "PLACE":
            out.append(m)
        elif (cid := names.get(m.text.casefold())) is not None and cid == m.country:
            out.append(Mention(m.start, m.end, m.text, "COUNTRY", cid, cid))
    return out


def _posting(text: str, start: int) -> bool:
    """`Japanese Ambassador to the United States`: the country an envoy is posted to is not the envoy's own."""
    return bool(_POSTING.search(text[max(0, start - 12):start]))


_BY = re.compile(r"(?:['’]s)?\s*(?:(?:delegation|side|team)\s+)?(?:(?:was|were)\s+)?"
                 r"(?:(?:(?:represented|led|headed)\s+)?by|included|includes|comprised|comprises|"
                 r"(?:consisted|consists|made up|composed|comprised)(?:\s+of)?)\s*")


# `From the German side, A, …, and B, …, attended.`: a clause's list introduced by the side it stands for.
_SIDE_INTRO = re.compile(r"\b(?:[Ff]rom|[Oo]n|[Ff]or)\s+the\s+(?:[A-Z][\w.\-]*\s+){1,3}(?:side|delegation)\s*,")


def _side_intro(view: View, s: Sent, a: int) -> str | None:
    """The side named by the last side introducer before the person in the sentence."""
    intro = None
    for m in _SIDE_INTRO.finditer(view.text, s.start, a):
        intro = m
    if intro is None:
        return None
    sides = _sides(view, intro.start(), intro.end(), "COUNTRY", "GROUP")
    return sides[-1].id if sides else None


# Between two people of one list: commas, `and`, `also included`, and the next one's title words (and the one
# before's `, who chaired the meeting`).
# (`A, Vice-Minister for International Affairs, METI, and Mr. B`: the one before's office and body in apposition)
_LIST_GAP = re.compile(r"(?:,\s+who\s+(?:also\s+)?(?:co-?)?(?:chaired|led|headed)\s[^,;]{1,50})?"
                       r"(?:,\s*(?:the\s+)?[A-Z][^,;()]{0,80}?(?=,))*"
                       r"(?:,?\s*(?:and\s+)?(?:also\s+)?(?:included|includes|comprised)?\s*)"
                       r"(?:[A-Z][\w’'\-]*\.?\s+|(?:of|for|and|the)\s+)*")


# `Japan, which holds the G7 presidency this year, was represented by …`: a relative clause between the side and its
# verb.
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who)\s+[^,;]{1,90},")


_TITLE_RUN = re.compile(r"(?:(?:[A-Z][\w.’'\-]*|and|of|for)\s+)*")


def _side_by(view: View, lo: int, phrase: int) -> str | None:
    """`Japan was represented by …, and the ROK by Deputy Minister Chung`, `The Indian delegation included …`: the
    side named just before `by` or `included` (or before a relative clause before it)."""
    for side in reversed(_sides(view, max(lo, phrase - 160), phrase, "COUNTRY", "GROUP")):
        gap = view.text[side.end:phrase]
        rel = _RELATIVE_BETWEEN.match(gap)
        rest = gap[rel.end():] if rel else gap
        # (`by Internal Affairs and Communications Minister X`: a portfolio's `and` cut the title phrase)
        by = _BY.match(rest)
        if by and _TITLE_RUN.fullmatch(rest, by.end()) and (rel or phrase - side.end <= 60):
            return side.id
    return None


# Who was met: the meeting verb, then only the person's title words (`met with Senior Minister and Minister of …`).
_MET_OBJECT = re.compile(r"\b(?<!together )(?<!along )"
                         r"(?:with|met|meets|called on|calls? on|hosted|welcomed|received|visited)\s+"
                         r"(?:(?:the|and|of|for|[A-Z][\w.’'\-]*),?\s+)*$")
# `… and Vice Minister Shin Beom-chul led the ROK delegation`: the side a clause's people led or represented.
_LED_SIDE = re.compile(r"\s*(?:(?:,\s*)?(?:who\s+)?(?:jointly\s+|also\s+)?\b(?:led|headed|represented)\s+(?:the\s+)?)$")
# Between two people of a list met: a comma, `and`, or both (the next one's title is their own phrase).
# (Or past the one before's title in apposition: `with A, Japan's Minister for X, B, Minister of Y, and C`.)
_MET_LIST_GAP = re.compile(r"\s*,?\s*(?:and\s+)?|,\s*((?:the\s+)?[A-Z][^,;()]{2,90}?),\s*(?:and\s+)?")
# `Secretary Austin`, `Prime Minister Kishida`: capitalised title words right before a family name.
_TITLE_BEFORE = re.compile(r"(?:[A-Z][a-z]+\s+){1,3}$")


def _family_titled(view: View, name: str, a: int) -> Official | None:
    """A listed official named by the family name after the whole title of an office held on the day of the
    release (`Secretary Austin` in 2023 is Lloyd Austin; `Minister Park` only where one Park held such an office)."""
    m = _TITLE_BEFORE.search(view.text, max(0, a - 40), a)
    return get_gazetteer().official_by_family(name, m.group().strip(), view.published) if m else None


_POST_NOMINALS = re.compile(r"\s+(?:MP|MPs|QC|KC|OBE|CBE|MBE|KBE|AO|AC)$")


# `Assistant Secretary of the ASEAN and Regional Architecture Branch`: a grouping or country inside the name of a
# ministry's unit is what the unit deals with, not the person's side.
_UNIT_AFTER = re.compile(r"(?:\s+(?:and|of|for|the|[A-Z][\w'’-]*)){0,5}?\s+"
                         r"(?:Branch|Division|Directorate|Section|Desk)\b")


def _led_side(view: View, s: Sent, b: int) -> str | None:
    """The side named by `led the <country> delegation` (or `represented <country>`) after a person, in the
    same clause: the person and those listed with them (`A and B led the ROK delegation`) are of that side."""
    hi = s.end
    if (stop := re.search(r"[;.]\s|\b(?:while|whereas|met|with)\b", view.text[b:s.end])) is not None:
        hi = b + stop.start()
    for m in _sides(view, b, hi, "COUNTRY", "GROUP"):
        tail = view.text[m.end:m.end + 24]
        if _LED_SIDE.search(view.text[b:m.start]) and (
                re.match(r"\s*(?:delegation|side|team)\b", tail) or re.search(r"represented\s+(?:the\s+)?$",
                                                                             view.text[b:m.start])):
            return m.id
    return None


def _fronted_title(left: str, taken: list[tuple[int, int]], left_lo: int, a: int) -> tuple[int, str] | None:
    """`the Prime Minister of Kazakhstan, Alikhan Smailov`: the title phrase written before the name and a comma
    (`left` ends with that comma), when it holds a title word and nobody else; (its start in `left`, the title)."""
    seg = left[:-1]
    head = seg[:start] if (start := _portfolio_start(seg, -1)) is not None else seg
    lo = max(head.rfind(","), head.rfind(";"), _and_cut(head), _own_phrase_start(head),
             max((tb - left_lo - 1 for _, tb in taken if left_lo < tb <= a), default=-1))
    if (dash := _DATELINE_DASH.search(head, lo + 1)) is not None:
        lo = dash.end() - 1  # `SEOUL, June 5 (Yonhap) -- The chief negotiator, X,`: the dateline is no title's
    title = re.sub(r"^(?:and|with|by|the|The)\s+", "", seg[lo + 1:].strip())
    # (in lower case too, as wire copy writes it: `the Korean side's chief negotiator, Lee Tae-woo`)
    words = set(re.findall(r"[A-Z][\w\-]*", title)) | {w.capitalize() for w in re.findall(r"\b[a-z][\w\-]*", title)}
    if not title or not words & _title_words() or re.search(r"[.!?]$", title):
        return None
    return lo, title


def _apposed_to_previous(view: View, taken: list[tuple[int, int]], comma: int, post_m: re.Match[str] | None) -> bool:
    """`A, Prime Minister of Australia, B, Prime Minister of Japan, and C`: a title right after the one before's
    comma is that one's apposition, not the next name's fronted title, when the next name has a title of its own
    after it."""
    if post_m is None or not (words := re.sub(r"^the\s+", "", post_m.group(1)).split()) \
            or words[0] not in _title_words():
        return False
    return any(tb <= comma and re.fullmatch(r"\s*", view.text[tb:comma]) for _, tb in taken[:-1])


@functools.cache
def _title_words() -> frozenset[str]:
    return frozenset(w for t in cues().titles for w in t.split() if w[0].isupper())


@functools.cache
def _lower_title_words() -> frozenset[str]:
    return frozenset(w.casefold() for w in _title_words())


@functools.cache
def _honorific_words() -> frozenset[str]:
    """The last word of each honorific, without its full stop (`Hon`, `Shri`, `Smt`)."""
    return frozenset(h.split()[-1].rstrip(".") for h in cues().honorifics)


# `Raphael P.M. Lotilla`, `Arifin T.H. Tasrif`: joined initials are one word of the name.
_INITIALS = r"(?:[A-Z]\.){2,3}"
_WORD_RUN = re.compile(rf"(?:(?:{_INITIALS}|[{_UP}][\w’'\-]*\.?|of|for|and|the)\s+)*(?:[{_UP}][\w’'\-]*)")
_NAME_WORD = re.compile(rf"{_INITIALS}|[{_UP}](?:[{_LO}]+|[A-Z]+)?(?:['’\-][A-Za-z{_LO}]+)*\.?")
_HYPHENED_GIVEN = re.compile(r"^[A-Z][a-z]+-[a-z]+$")  # `Jae-sung`: a romanised Korean given name
_CONNECTORS = frozenset(["of", "for", "and", "the"])
_SUFFIX = re.compile(r"(?:Jr|Sr)\.?|III?|IV")


# `Sonexay Siphandone, Prime Minister of Laos`: a title in apposition opens with one of these words.
_ROYAL = frozenset(["King", "Queen", "Prince", "Crown", "Sultan", "Emir"])


@functools.cache
def _apposition_title() -> re.Pattern[str]:
    opening = sorted({t.split()[0] for t in cues().titles if t[0].isupper()} - _ROYAL, key=len, reverse=True)
    return re.compile(r",\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?(?:" + "|".join(map(re.escape, opening)) + r")\b")


def _apposed_names(text: str) -> list[tuple[int, int]]:
    """Spans of two to four name words before a title in apposition (`co-chaired by Sonexay Siphandone, Prime
    Minister of Laos`, `and Nusrat Ghani, Minister of State at …`), which the statistical model misses: the words
    open after a lower-case word, a comma or the text's start, and none is a title, connector or common word."""
    title_words = _title_words()
    out: list[tuple[int, int]] = []
    for m in _apposition_title().finditer(text):
        words = list(re.finditer(rf"{_INITIALS}|[\w’'\-]+\.?", text[max(0, m.start() - 80):m.start()]))
        base = max(0, m.start() - 80)
        run: list[re.Match[str]] = []
        for w in reversed(words):
            t = w.group().rstrip(".")
            if not _NAME_WORD.fullmatch(w.group()) or t in title_words or t.casefold() in _not_person_words() \
                    or t.casefold() in _CALENDAR_WORDS or t in _CONNECTORS \
                    or run and text[base + w.end():base + run[0].start()].strip():
                break  # (a name's words stand apart by spaces only: `…Ngoc; Le Hoai Trung, Chairman` is one name)
            run.insert(0, w)
        if not 2 <= len(run) <= 4 or text[base + run[-1].end():m.start()].strip():
            continue
        following = re.match(r"(?:[\s\-]+[A-Z][\w\-]*)*", text[m.end():]).group().replace("-", " ").split()
        if any(w not in title_words for w in following):
            continue  # `In Seoul, Secretary Blinken met …`: the title of the next person, not an apposition
        before = text[:base + run[0].start()].rstrip()
        if before and not (before.endswith((",", ";", ":")) or re.search(r"\b[a-z][\w\-]*$", before)):
            continue  # the run goes on to the left (a capitalised word that is not a name: `The`, a title's word)
        out.append((base + run[0].start(), base + run[-1].end()))
    return out


# `Presidents A, B and C`, `Foreign Ministers A and B`: a plural title before a list of names.
_PLURAL_HEADS = frozenset(["Presidents", "Ministers", "Secretaries", "Premiers", "Chancellors", "Commissioners"])
_PLURAL_ROW = re.compile(r"\b((?:(?:Prime|Foreign|Trade|Defen[cs]e|Finance|Vice|Deputy|Economy|Energy)\s+)?"
                         r"(?:Presidents|Ministers|Secretaries|Premiers|Chancellors|Commissioners))\s+(?=[A-Z])")
_ROW_GAP = re.compile(r",\s*(?:and\s+)?|\s+and\s+")


_COMMA_PORTFOLIOS = re.compile(r"\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+(?:the\s+)?"
                               r"(?:[A-Z][\w\-]*\s+(?:(?:and|&)\s+)?)*[A-Z][\w\-]*,\s+$")


def _titled_names(text: str) -> list[tuple[int, int]]:
    """Spans of the name words that close a title or honorific (`Prime Minister Tran Van Minh`, `Minister of Industry
    and Trade Le Quang Huy`, `Minister for Oceans Park Jae-sung`, `the Hon Sarah Mills MP`): a run of capitalised
    words after a title, ending the word run or followed by the next person's title, none of them a title,
    organisation or common word. After a connector inside the title (`for`, `and`) the title's own words may come
    first, so only the last two are taken there."""
    title_words = _title_words() | _PLURAL_HEADS
    honor = _honorific_words()
    out: list[tuple[int, int]] = []
    for m in _WORD_RUN.finditer(text):
        words = list(re.finditer(rf"{_INITIALS}|[\w’'\-]+\.?", m.group()))
        # `Minister of Export Promotion, International Trade and Economic Development Mary Ng`: a title's portfolios
        # listed with commas; the run after the last comma goes on with the title.
        listed = _COMMA_PORTFOLIOS.search(text, max(0, m.start() - 150), m.start()) is not None
        kinds = []
        for w in words:
            t = w.group().rstrip(".")
            kinds.append("title" if t in title_words or t in honor else "connector" if t in _CONNECTORS else
                         "post" if _POST_NOMINALS.fullmatch(" " + t) else
                         "name" if _NAME_WORD.fullmatch(w.group()) and t.casefold() not in _not_person_words()
                         else "common")
        i = 0
        while i < len(words):
            if kinds[i] != "name" or "title" not in kinds[:i] and not (listed and i > 0):
                i += 1
                continue
            j = i
            while j < len(words) and kinds[j] == "name" and not re.search(r"['’]s$", words[j].group()):
                j += 1
                if re.fullmatch(r"[A-Z][a-z]+\.", words[j - 1].group()):
                    break  # `… Teodoro Jr. It was …`: a word with a full stop (not an initial) ends the name
            possessive = j < len(words) and kinds[j] == "name"  # `Yoon's State Visit`: the name ends there
            if possessive:
                j += 1
            # (`… Mary Ng and Mexico's Secretary …`: the next person's title may open with a possessive side.)
            nxt = j + 2 if j + 2 < len(words) and re.search(r"['’]s$", words[j + 1].group()) else j + 1
            # (`Foreign Ministers A and B`: after a plural title, `and` goes on to the next name of the list.)
            plural = words[max(k for k in range(i) if kinds[k] == "title") if "title" in kinds[:i] else 0].group()
            # (`… Do Hung Viet and Lao Deputy Minister …`: the next person's title after one side word)
            end_ok = possessive or j == len(words) or kinds[j] in ("title", "post") or words[j].group() == "of" or (
                words[j].group() == "and" and nxt < len(words) and (
                    kinds[nxt] == "title" or plural in _PLURAL_HEADS
                    or nxt + 1 < len(words) and kinds[nxt] == "name" and kinds[nxt + 1] == "title"))
            run, prev = words[i:j], kinds[i - 1]
            i = j
            if not end_ok or len(run) < 2 or prev == "name":  # after a possessive: what the person has
                continue
            # `Francisco Tiu Laurel Jr.`: a generational suffix closes the name and does not count as a name word
            suffix = 1 if _SUFFIX.fullmatch(run[-1].group()) else 0
            if prev == "connector":
                if len(run) - suffix < 3:
                    continue  # `Minister of Natural Resources, …`: the title's own words
                # `… Antony J. Blinken`: an initial belongs with the words around it.
                initial = re.fullmatch(r"(?:[A-Z]\.)+", run[-2 - suffix].group())
                run = run[-3 - suffix:] if initial else run[-2 - suffix:]
            elif len(run) - suffix > (5 if prev == "title" else 3):
                continue  # (`Foreign Minister Adaljiza Albertina Xavier Reis Magno`: five words after a title)
            out.append((m.start() + run[0].start(), m.start() + run[-1].end()))
    return out


def _apposition_end(view: View, s: Sent, b: int, others: list[int]) -> int:
    """`Mr. X, Deputy Director-General of the … Bureau, Ministry of Foreign Affairs of Japan; Mr. Y, …`: in a list
    separated by semicolons a person's apposition runs to the semicolon (or the next person)."""
    text = view.text[b:s.end]
    semi = text.find(";")
    lead = view.text[s.start:b].rsplit(";", 1)
    # the last of the list: `…; and Mr. YI Won-woo, …` (only `and` and honorifics between the semicolon and the name)
    last = len(lead) == 2 and re.fullmatch(r"\s*(?:and\s+)?(?:[A-Z][\w.]*\.?\s+)*[\w\s.'’\-]*", lead[1]) is not None
    if not text.startswith(",") or (semi == -1 and not last):
        return b
    hi = b + (semi if semi != -1 else len(text))
    if (verb := re.search(r"\s(?:held|met|signed|attended|said|was|were|who|which|is|are)\b", text[:hi - b])):
        hi = b + verb.start()
    return min([hi, *[o for o in others if b < o < hi]])


# Surnames as romanised Korean names are written (`Whang Joo-ho`, `Son Jae-il`); Chinese-only spellings (`Wang`, `Ma`)
# are left out, since a hyphenated given name is also how Taiwan writes names.
_KOREAN_SURNAMES = frozenset(v for v in SURNAMES.values() if v not in ("Wang", "Ma", "Ki", "In", "Do", "Mo")) | {
    "Whang", "Chung", "Jeong", "Rhee", "Yi", "Yun", "Suh", "Paik", "Pak", "Im", "Chang", "Cheong", "Hur", "Huh",
    "Roh", "Choe", "Kweon", "Ku", "Yu", "Ahn", "Chun", "Jun", "Kong"}
_KOREAN_NAME = re.compile(r"([A-Z][a-z]+|[A-Z]{2,})\s+[A-Z][a-z]+-[a-z]+")


def korean_romanised(name: str) -> bool:
    """`Whang Joo-ho`, `YI Won-woo`: a Korean name as English writes it (family name, hyphenated given name)."""
    m = _KOREAN_NAME.fullmatch(name)
    return m is not None and m.group(1).capitalize() in _KOREAN_SURNAMES


@functools.cache
def _lower_title() -> re.Pattern[str]:
    """`X, administrator of the Korea Aerospace Administration,`, `X, minister for trade of Sweden,`: a title in
    lower case in apposition after the name, with what it is of (written so in wire copy)."""
    words = sorted({w.casefold() for t in cues().titles for w in t.split() if w[0].isupper()}, key=len, reverse=True)
    return re.compile(r",\s+((?:(?:deputy|vice|senior|acting|first)\s+)?(?:" + "|".join(map(re.escape, words)) +
                      r")\s+(?:of|for)\s+[^,;]{3,90}?)(?=,|;|\s+(?:held|met|and|as|during|to|who)\b|$)")


# `…, Minister of Energy and Mineral Resources of the Republic of Indonesia, …`: after a title written behind the name,
# `and` and capitalised words that are no title, honorific or person's name go on with its portfolio, up to the comma.
_PORTFOLIO_AND = re.compile(rf"\s+and\s+([{_UP}][\w\-]*)(?:\s+(?:[{_UP}][\w\-]*|of|for|the|and))*"
                            r"(?=\s*[,;]|\s+(?:held|met|as|during|to|who)\b|\s*$)")


# `X, Secretary of State for International Trade of the United Kingdom,`: a title behind the name goes on with its
# portfolio (`for` and a capitalised word; `for talks` is no portfolio) up to the comma.
_PORTFOLIO_FOR = re.compile(rf"\s+for\s+(?:the\s+)?[{_UP}][^,;]{{2,80}}?"
                            r"(?=,|;|\s+(?:held|met|and|as|during|to|who)\b|$)")


def _portfolio_and(view: View, at: int, hi: int, others: list[int]) -> int | None:
    """The end of a title's portfolio that goes on with `and` at `at` (see _PORTFOLIO_AND), if it does."""
    m = _PORTFOLIO_AND.match(view.text, at, hi)
    if m is None or any(at < o < m.end() for o in others):
        return None
    first = m.group(1).rstrip(".")
    if first in _title_words() or first in _honorific_words() or first.casefold() in _CALENDAR_WORDS:
        return None
    return m.end()


def _name_word_at(view: View, s: Sent, lo: int, hi: int) -> bool:
    """A capitalised word that can be part of a person's name: not a title, honorific, connector, organisation,
    country or place, nor a word that makes a run a thing (`Summit`) or a day or month."""
    w = view.text[lo:hi]
    honor = _honorific_words()
    return (bool(_NAME_WORD.fullmatch(w)) and not w.endswith(".") and w not in _title_words() and w not in honor
            and w.casefold() not in _not_person_words() and w.casefold() not in _CALENDAR_WORDS
            and not view.mentions_in(lo, hi, "COUNTRY", "GROUP", "ORG", "PLACE"))


# Lower-case (or `De`, `Van`) particles inside a name: Iberian, Dutch, German, Arabic.
_PARTICLE = (r"(?:[Dd]a|[Dd]as|[Dd]e|[Dd]el|[Dd]ella|[Dd]er|[Dd]i|[Dd]o|[Dd]os|[Dd]u|[Vv]an|[Vv]on|den|ter|"
             r"bin|binti|bint|ibn|[Aa]l|el|la|le)")


def _whole_name(view: View, s: Sent, a: int, b: int) -> tuple[int, int]:
    """`Samia Suluhu` + `Hassan`: the model cut a
    transliterated name of three or four words short; the name words next to its span belong to it (up to two
    after it, never a title, organisation or country, nor into a following capitalised word)."""
    if (t := re.search(rf"(?:\s+{_PARTICLE})+$", view.text[a:b])) is not None:
        b = a + t.start()  # `Juan Andrés De la`: the particles go with the word after them, or not at all
    if re.match(rf"{_PARTICLE}\s", view.text[a:b]) and (
            w := re.search(rf"([{_UP}][\w'’\-]*)\s+$", view.text[s.start:a])) is not None and _name_word_at(
            view, s, s.start + w.start(1), s.start + w.end(1)):
        a = s.start + w.start(1)  # `bin Ahmed Al Zeyoudi` after `Thani`
    # `Luiz Inácio Lula` + `da Silva`, `Alberto` + `van Klaveren`, `Mohammed` + `bin Jassim` + `Al Thani`
    for _ in range(3):
        m = re.match(rf"(?:\s+{_PARTICLE}){{1,3}}\s+([{_UP}][\w'’\-]*)(?=[\s,;.:)]|$)", view.text[b:s.end])
        if m is None or not _name_word_at(view, s, b + m.start(1), b + m.end(1)):
            break
        b += m.end()
    for _ in range(2):
        m = re.match(rf"\s+([{_UP}][\w'’\-]*)(?=[\s,;.:)]|$)", view.text[b:s.end])
        if m is None or not _name_word_at(view, s, b + m.start(1), b + m.end(1)):
            break
        if re.match(rf"\s+[{_UP}]", view.text[b + m.end():b + m.end() + 2]):
            break  # another capitalised run follows: not the end of this name
        b += m.end()
    # `Ferdinand R. Marcos, Jr.`: a generational suffix after a comma closes the name (its full stop is kept later).
    if (suffix := re.match(r",\s+(?:Jr|Sr|III|IV)\b", view.text[b:s.end])) is not None:
        b += suffix.end()
    return a, b


def _after_country(view: View, s: Sent, a: int, b: int) -> tuple[int, int]:
    """`Minister of Foreign Affairs of the Democratic Republic of the Congo Christophe Lutundula Apala Pen'Apala`:
    a title ending in its country ends there, so every name word between the country and the name found (which
    kept only the last two or three) belongs to a transliterated name of up to four or five words."""
    countries = [m for m in view.mentions_in(max(s.start, a - 80), a, "COUNTRY") if m.end < a]
    if not countries:
        return a, b
    gap = view.text[countries[-1].end:a]
    words = gap.split()
    if not 1 <= len(words) <= 2 or not re.fullmatch(r"\s+(?:\S+\s+){0,2}", gap) or len(
            view.text[a:b].split()) + len(words) > 5:
        return a, b
    lo = countries[-1].end + len(gap) - len(gap.lstrip())
    if not all(_name_word_at(view, s, m.start() + lo, m.end() + lo) for m in re.finditer(r"\S+", view.text[lo:a])):
        return a, b
    return lo, b


# `, Recep Tayyip Erdoğan,`: two to four name words (hyphenated ones too) between commas.
_HYPHENED_WORD = rf"[{_UP}][{_LO}]+(?:-[{_UP}]?[{_LO}]+)?"
_COMMA_NAME = re.compile(rf",\s+({_HYPHENED_WORD}(?:\s+{_HYPHENED_WORD}){{1,3}})(?=\s*,)")


def _after_title_of_country(view: View, s: Sent) -> list[tuple[int, int]]:
    """`the President of the Republic of Türkiye, Recep Tayyip Erdoğan, …`, `the President of Ghana, Nana Akufo-Addo,`:
    the name words in apposition after a title phrase that ends in its country are a person's, when the model misses
    them (a transliterated or hyphenated name)."""
    out = []
    titles = _title_words()
    for c in view.mentions_in(s.start, s.end, "COUNTRY"):
        m = _COMMA_NAME.match(view.text, c.end, s.end)
        if m is None:
            continue
        phrase = view.text[max(s.start, c.start - 70):c.start].rsplit(",", 1)[-1]
        if not re.search(r"\bof\s+(?:the\s+)?(?:[A-Z][\w\-]*\s+(?:of\s+(?:the\s+)?)?)*$", phrase) or not set(
                re.findall(r"[A-Z][\w\-]*", phrase)) & titles:
            continue
        if all(_name_word_at(view, s, m.start(1) + w.start(), m.start(1) + w.end())
               for w in re.finditer(r"\S+", m.group(1))):
            out.append((m.start(1), m.end(1)))
    return out


# `the two foreign ministers, A of X and B of Y`: a counted plural title, then names each followed by its country.
_COUNTED_TITLE = re.compile(r"\b(?:the|both)\s+(?:two|three|four)\s+(?:[A-Za-z\-]+\s+){0,2}?(?:ministers|leaders|"
                            r"presidents|secretaries|envoys|negotiators|chief negotiators|signatories)\s*,\s+", re.I)
_NAME_OF = re.compile(rf"({_HYPHENED_WORD}(?:\s+{_HYPHENED_WORD}){{1,3}})\s+of\s+(?:the\s+)?")
_ROW_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _counted_row(view: View, s: Sent) -> list[tuple[int, int]]:
    """`… was signed by the two foreign ministers, A of X and B of Y`: the title counts the people and each name is
    placed by its own `of` country, so the names are people though the model missed them (foreign names absent
    from every list). Every item of the row must end in a country, two or more of them."""
    out: list[tuple[int, int]] = []
    for m in _COUNTED_TITLE.finditer(s.text):
        at, row = s.start + m.end(), []
        while (name := _NAME_OF.match(view.text, at, s.end)) is not None:
            country = next((c for c in view.mentions_in(name.end(), s.end, "COUNTRY") if c.start == name.end()), None)
            if country is None:
                break
            row.append((name.start(1), name.end(1)))
            join = _ROW_JOIN.match(view.text, country.end, s.end)
            if join is None:
                break
            at = join.end()
        if len(row) >= 2:
            out += row
    return out


# `The Prime Minister was accompanied by …` (people after it), `… joined the President` (people before it): those
# people are of the side of the person referred to by title or family name.
_ACCOMPANIED_BY = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er)\s+((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)\s+(?:was|were)\s+"
                            r"(?:also\s+)?(?:accompanied|joined)\s+by\b")
_JOINED = re.compile(r"\b(?:joined|accompanied)\s+(?:the\s+)?((?:[A-Z][\w\-]*\s+){0,2}[A-Z][\w\-]*)"
                     r"(?=\s*[.,;]|\s+(?:at|in|on|for|during)\b|$)")


def _referent_side(view: View, s: Sent, ref: str, ner: list[tuple[int, int]]) -> str | None:
    """The side of the one person named before (or in) sentence `s` whom `ref` (`Prime Minister`, `Sheinbaum`)
    refers to: by their title phrase or a word of their name."""
    is_title = ref in cues().titles or ref.split()[-1] in _title_words()
    sides = set()
    # each sentence's own people are read once per text, however many sentences refer back (linear time)
    read = view.memo("en_own_people")
    for x in view.sents[:s.idx + 1]:
        if ref.split()[-1] not in x.text:
            continue
        if (key := (x.idx, tuple(ner))) not in read:
            read[key] = find(view, x, ner, refer=False)
        for p in read[key]:
            if p.country is None or p.home_side or (x.idx == s.idx and p.start > s.start + s.text.find(ref)):
                continue
            if (is_title and p.role and re.search(rf"(?<!Vice )(?<!Deputy )\b{re.escape(ref)}\b", p.role)) or (
                    not is_title and ref.split()[-1] in p.name.split()):  # `Sheinbaum`, `President Marcos`
                sides.add(p.country)
    return sides.pop() if len(sides) == 1 else None


# `President X, who was joined by Foreign Minister Y`: the relative clause's people are of X's side.
_WHO_JOINED = re.compile(r",\s+who\s+(?:was|were)\s+(?:also\s+)?(?:accompanied|joined)\s+by\b")


def _who_joined_sides(view: View, s: Sent, people: list[Person]) -> None:
    """People with no side of their own in a relative clause `, who was joined by …` take the side of the person the
    clause opens after (up to the next person with another side of their own)."""
    for m in _WHO_JOINED.finditer(s.text):
        at = s.start + m.start()
        lead = [p for p in people if p.end <= at and not view.text[p.end:at].strip(" ,")]
        if not lead or lead[-1].country is None or lead[-1].home_side:
            continue
        for p in sorted((p for p in people if p.start >= s.start + m.end()), key=lambda p: p.start):
            if p.country is not None and not p.home_side:
                if p.country != lead[-1].country:
                    break
                continue
            p.country, p.home_side = lead[-1].country, False


def _joined_sides(view: View, s: Sent, people: list[Person], ner: list[tuple[int, int]]) -> None:
    """People with no side of their own who accompanied or joined a person named before take that person's side."""
    _who_joined_sides(view, s, people)
    for m, after in [(m, True) for m in _ACCOMPANIED_BY.finditer(s.text)] + [(m, False) for m in
                                                                                _JOINED.finditer(s.text)]:
        at = s.start + m.start()
        mine = [p for p in people if (p.start > at if after else p.end <= at) and (p.country is None or p.home_side)]
        if mine and (side := _referent_side(view, s, m.group(1), ner)) is not None:
            for p in mine:
                p.country, p.home_side = side, False


# `Lord Cameron`, `Baroness Chapman`: a peer is named by the style and one name (not `Lord Mayor X`, a title).
_PEERAGE_OF = re.compile(r"\b(?:Lord|Baroness|Baron|Viscount|Earl)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+of\s+$")
_PEER = re.compile(r"\b(?:Lord|Baroness)\s+(?!(?:Mayor|Chancellor|Speaker|Chief|President|Privy|Justice|"
                   r"Chamberlain|Advocate|Lieutenant|High)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\b")


def _with_style(view: View, a: int, b: int) -> tuple[int, int]:
    """A model's `Cameron` after `Lord`: the peer's style is part of the name as written."""
    m = re.search(r"\b(?:Lord|Baroness)\s+$", view.text[max(0, a - 10):a])
    if m is None or not _PEER.match(view.text, a - len(m.group()), b):
        return a, b
    return a - len(m.group()), b


@functools.cache
def _style_start() -> re.Pattern[str]:
    words = sorted([*cues().styles, *cues().honorifics], key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(map(re.escape, words)) + r")\s+(?=\S+\s+\S)")


@functools.cache
def _hereditary_name() -> re.Pattern[str]:
    """`Tengku Datuk Seri Utama Zafrul Tengku Abdul Aziz`: a Malay hereditary title, styles, the given name, the
    father's title or `bin`/`binti` and the father's name; one name as written (the model cuts it in pieces)."""
    titles = "|".join(map(re.escape, cues().hereditary_titles))
    styles = "|".join(map(re.escape, sorted(cues().styles, key=len, reverse=True)))
    # (or, with a style inside, `Tengku Datuk Seri Zafrul Abdul Aziz`: the given and the father's names after it)
    return re.compile(rf"\b(?:{titles})\s+(?:(?:{styles})\s+)*[A-Z][a-z]+\s+(?:{titles}|bin|binti)\s+"
                      rf"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,2}}\b"
                      rf"|\b(?:{titles})\s+(?:(?:{styles})\s+)+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){{0,3}}\b")


def _style_office(written: str, name: str) -> str | None:
    """The office a style names (`Raksha Mantri`) when it stands, with honorifics only, right before the name."""
    honor = _alt("honorifics")
    for style in cues().title_styles:
        if re.search(rf"\b{re.escape(style)}\s+(?:(?:{honor})\s+)*{re.escape(name)}$", written):
            return style
    return None


def _past_styles(view: View, a: int, b: int) -> tuple[int, int] | None:
    """`H.H. Sheikh` + `Khalid bin Mohamed Al Nahyan`: a model's span opening with honorifics and styles starts
    after them, so that it does not outrun the name's own span; one of honorifics and styles only is no name."""
    words = _alt("styles", "honorifics")
    m = re.match(rf"(?:(?:{words})(?:\s+|$))+", view.text[a:b])
    if m is None:
        return a, b
    last = list(re.finditer(rf"{words}", m.group()))[-1]
    if a + m.end() < b and len(view.text[a + m.end():b].split()) < 2 and last.group() in cues().styles:
        return a + last.start(), b  # `H.E. Sheikh Hasina`: a style before one name word is part of the name
    return (a + m.end(), b) if a + m.end() < b else None


def _without_styles(name: str, before: str) -> str:
    """`Datuk Seri Anwar Ibrahim` -> `Anwar Ibrahim`, `Raksha Mantri Shri Rajnath Singh` -> `Rajnath Singh`: the styles
    and honorifics opening a name (as many as there are, two name words kept); `Sri Mohamad Hasan` after `Dato'`
    is the rest of the style `Dato' Sri` (but `Sri Mulyani Indrawati` alone is a name)."""
    while (m := _style_start().match(name)) is not None:
        if len(name[m.end():].split()) < 2:
            break  # (`Sheikh Hasina`: see `_past_styles`)
        name = name[m.end():]
    if re.search(r"\b(?:Dato['’]?|Datuk|Tan)\s+$", before) and re.match(r"(?:Sri|Seri)\s+\S+\s+\S", name):
        name = name.split(None, 1)[1]
    return name


# `…, Moses Kuria (Investments, Trade and Industry) and …`: an item of a list, a name with its portfolio in brackets
_PORTFOLIO_ITEM = re.compile(rf"(?:,\s+|\band\s+|\bby\s+)((?:[{_UP}][\w'’\-]+\s+){{1,2}}[{_UP}][\w'’\-]+)"
                             r"\s+\([^()]{2,80}\)")


def _portfolio_items(view: View, s: Sent, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names of a list whose items are each a name and its portfolio in brackets, where the model read some
    of them as people and missed others (`Prof. A (Treasury), Moses Kuria (Trade) and C (Agriculture)`)."""
    if "(" not in s.text:
        return []
    items = [(s.start + m.start(1), s.start + m.end(1)) for m in _PORTFOLIO_ITEM.finditer(s.text)]
    known = [x for x in items if any(a <= x[0] < b or x[0] <= a < x[1] for a, b in spans)]
    if len(items) < 3 or not known:
        return []
    return [x for x in items if x not in known and not view.mentions_in(x[0], x[1], "COUNTRY", "GROUP", "ORG", "PLACE")
            and not any(w in cues().titles for w in view.text[x[0]:x[1]].split())]


def find(view: View, s: Sent, ner: list[tuple[int, int]], refer: bool = True) -> list[Person]:
    people = _find(view, s, ner)
    _plural_row(view, s, people)
    _parallel_sides(view, s, people)
    _appositive_row(view, s, people)
    _listed_side(view, s, people)
    if refer:
        _joined_sides(view, s, people, ner)
    return people


def _plural_row(view: View, s: Sent, people: list[Person]) -> None:
    """`Presidents A, B and C met …`: each name of a list right after a plural title holds that title (singular); a
    side comes from each one's own phrase or the officials list, never from the first of the row."""
    for m in _PLURAL_ROW.finditer(s.text):
        at = s.start + m.end()
        row = [p for p in people if p.start == at]
        while row and (nxt := [p for p in people if p.start > row[-1].end
                                and _ROW_GAP.fullmatch(view.text[row[-1].end:p.start])]):
            row.append(nxt[0])
        if len(row) < 2:
            continue
        plural = m.group(1)
        title = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
        for p in row:
            p.role = title


# `the Presidents of Gabon, Liberia and Senegal`: the countries a plural title lists, up to the first lower-case word.
_COUNTRY_LIST = re.compile(r"\s+of\s+((?:(?:the\s+)?[A-Z][\w’'\-]*(?:\s+(?:[A-Z]|d['’])[\w’'\-]*)*"
                           r"(?:,?\s+and\s+|,\s*)?)+)")


def _parallel_sides(view: View, s: Sent, people: list[Person]) -> None:
    """`… hosted the Presidents of Gabon, Liberia and Senegal … Attending were President A, President B and President
    C.`: people of that title, as many as the countries the plural title listed (in this sentence or the one
    before), are of those countries in order; those with a side of their own must agree with it."""
    bare = [p for p in people if (p.country is None or p.home_side) and p.role]
    if not bare:
        return
    title = (bare[0].role or "").split()[-1]
    lo = view.sents[s.idx - 1].start if s.idx > 0 else s.start
    for m in re.finditer(rf"\b{re.escape(title)}s(?=\s+of\s)", view.text[lo:bare[0].start]):
        listed = _COUNTRY_LIST.match(view.text, lo + m.end())
        countries = _sides(view, listed.start(1), listed.end(1), "COUNTRY") if listed else []
        row = [p for p in people if p.role and p.role.split()[-1] == title and p.start > lo + m.end()]
        if len(row) < 2 or len(countries) != len(row) or any(
                p.country not in (None, c.id) and not p.home_side for p, c in zip(row, countries, strict=True)):
            continue
        for p, c in zip(row, countries, strict=True):
            p.country, p.home_side = c.id, False
        return


# `The defence ministers of Italy, Japan and the United Kingdom, A, B and C, met`: a plural title's country list
# and the names in apposition after it.
_PLURAL_TITLE = re.compile(r"\b(?:[A-Za-z\-]+\s+){0,2}?(?:ministers|secretaries|presidents|leaders|chancellors|"
                           r"governors|envoys|ambassadors|representatives)(?=\s+of\s)", re.I)


def _appositive_row(view: View, s: Sent, people: list[Person]) -> None:
    """Names listed in apposition right after a plural title's countries are of those countries, in order, and
    hold that title (`the foreign ministers of Australia, India and Japan, A, B and C, met`); each must name a new
    person, as many as the countries."""
    for m in _PLURAL_TITLE.finditer(s.text):
        listed = _COUNTRY_LIST.match(view.text, s.start + m.end())
        if listed is None:
            continue
        countries = _sides(view, listed.start(1), listed.end(1), "COUNTRY")
        last = countries[-1].end if countries else listed.end(1)
        row = sorted((p for p in people if last < p.start < listed.end(1)), key=lambda p: p.start)
        if len(row) < 2 or len(row) != len(countries) or not view.text[last:row[0].start].strip().startswith(","):
            continue
        plural = re.sub(r"(?i)^(?:the|its|their|both)\s+", "", m.group())
        title = plural[:-3] + "y" if plural.lower().endswith("ies") else plural[:-1]
        for p, c in zip(row, countries, strict=True):
            p.country, p.home_side = c.id, False
            p.role = title[0].upper() + title[1:]
        return


# `with senior Vietnamese leaders: Foreign Minister A; B, Chairman of …; and General C`: a list opened by a colon
# after a plural noun that names the listed people's side.
_SIDE_LIST = re.compile(r"\b(?P<side>[A-Z][\w\-]*)\s+(?:[a-z\-]+\s+){0,2}(?:leaders|officials|counterparts|ministers|"
                        r"interlocutors|delegates)\s*:\s")


def _listed_side(view: View, s: Sent, people: list[Person]) -> None:
    """The people listed after `senior Vietnamese leaders:` with no side of their own are of that side."""
    for m in _SIDE_LIST.finditer(s.text):
        side = _sides(view, s.start + m.start("side"), s.start + m.end("side"), "COUNTRY")
        if len(side) != 1:
            continue
        for p in people:
            if p.start >= s.start + m.end() and (p.country is None or p.home_side):
                p.country, p.home_side = side[0].id, False


# `met Secretary Antony Blinken Tuesday in Seoul`, `… Blinken June 4`, `… Blinken Feb. 28`: a model's span that
# took the day in.
_CALENDAR_TAIL = re.compile(r"\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?P<month>January|February|March|April|"
                            r"June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|"
                            r"Dec))$")


def _calendar_trimmed(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The name span without a day or month it ran into (`June` only before its day); none when nothing is left."""
    cut = _CALENDAR_TAIL.search(text, a, b)
    if cut is None or cut.group("month") and not re.match(r"\.?\s+\d", text[b:b + 4]):
        return a, b
    return (a, cut.start()) if cut.start() > a else None


def _title_side(view: View, before: list[Mention], lo: int) -> Mention:
    """The side of a title in front of a name: `U.S. Special Envoy for North Korean Human Rights Issues X`, `Japan's
    Ambassador for Climate Change Policy` — a side after the portfolio's `for`/`on` is its subject, not the holder's;
    the last side before it is (with none before it, the last one)."""
    own = [m for m in before if not re.search(r"\b(?:for|on)\s", view.text[lo:m.start])]
    side = (own or before)[-1]
    if side.label == "GROUP" and (_CHAIR_OF.search(view.text, max(lo, side.start - 30), side.start)
                                  or _CHAIR_AFTER.match(view.text, side.end)) and (
            states := [m for m in own or before if m.label == "COUNTRY" and m.end <= side.start]):
        return states[-1]  # `the Prime Minister of Fiji and Chair of the Pacific Islands Forum`: Fiji's
    return side


# A grouping its holder chairs (`Chair of the Pacific Islands Forum`, `ASEAN Chair`): a turn held by a state's leader,
# who stays that state's.
_CHAIR = r"(?:Chair|Chairman|Chairperson|Chairwoman)"
_CHAIR_OF = re.compile(rf"\b{_CHAIR}\s+of\s+(?:the\s+)?$")
_CHAIR_AFTER = re.compile(rf"\s+{_CHAIR}\b")
_CHAIR_TURN = re.compile(rf"(?:[A-Z][\w.\-]*\s+){{0,3}}{_CHAIR}\b")


def _find(view: View, s: Sent, ner: list[tuple[int, int]]) -> list[Person]:
    g = get_gazetteer()
    people: list[Person] = []
    spans = [sp for a, b in ner if s.start <= a < s.end and (sp := _calendar_trimmed(view.text, a, b))]
    spans += [(m.start, m.end) for m in view.mentions_in(s.start, s.end, "PERSON")]
    # All-caps family names (`KISHIDA Fumio`) that the statistical model misses.
    # (Not the first half of a hyphenated word, `the IISS Shangri-La Dialogue`: an acronym before a name's word.)
    for m in re.finditer(r"\b([A-Z]{3,}(?:[ \t]+[A-Z][a-z]+){1,2})\b(?![\-‐–][A-Z])", s.text):
        # (`IWAYA Takeshi Tuesday`: a weekday or month after the name is not its word)
        if sp := _calendar_trimmed(view.text, s.start + m.start(), s.start + m.end()):
            spans.append(sp)
    # `Minister of Industry and Trade Le Quang Huy`, `the Hon Sarah Mills MP`: the name words closing a title or an
    # honorific, when the statistical model missed them.
    # Right after a title word or honorific, a model's shorter span inside such a run (`Teodoro Jr.` of `Defense
    # Secretary Gilberto Teodoro Jr.`) gives way, and so does one that took the honorific in (`Shri Rajesh`); after
    # a portfolio's last word (`… for International Economics Daleep Singh`) the model's span stands.
    honor = {h.casefold() for h in cues().honorifics}
    heads = _title_words() | {h.split()[-1] for h in cues().honorifics}
    titled = [(s.start + a, s.start + b) for a, b in _titled_names(s.text)]
    for a, b in (sp for a, b in titled if (sp := _calendar_trimmed(view.text, a, b))):
        inside = [(x, y) for x, y in spans if x < b and a < y]
        # (A model's span that starts on a middle initial, `T.H. Tasrif` of `Arifin T.H. Tasrif`, is cut short.)
        before = view.text[:a].split()[-1:]
        # (A portfolio's last word, `Minister for Health`, `Minister of State`, ends the title as a title word does.)
        if inside and before and before[0] not in heads and before[0] not in cues().portfolio_words and not all(
                a < x and re.match(r"(?:[A-Z]\.)+\s", view.text[x:y]) or x < a and _not_person(view.text[x:a])
                for x, y in inside):
            continue
        # (`Teodoro Jr.`: the model's span may keep the suffix's full stop, which the run leaves out.)
        end = b + 1 if view.text[b:b + 1] == "." else b
        # (A model's span that took a title's last word in, `Economy Raquel Buenrostro` of `Secretary of Economy
        # Raquel Buenrostro`, names no person: the run wins over it.)
        if all(y <= end and (a <= x or view.text[x:a].strip().casefold() in honor
                             or _not_person(view.text[x:a])) for x, y in inside):
            spans = [sp for sp in spans if sp not in inside] + [(a, b)]
    # `Minister Saito`, `Secretary Raimondo`: a family name after a title, named in full elsewhere in the text.
    full = _full_names(view, tuple(ner))
    override: dict[tuple[int, int], str] = {}
    for m in _TITLED_SURNAME.finditer(s.text):
        known = full.get(m.group(1).casefold())
        if known:
            span = (s.start + m.start(1), s.start + m.end(1))
            spans.append(span)
            override[span] = known
    # `Ahn held bilateral talks with Tai`: a bare family name of a person named in full elsewhere.
    for m in _BARE_NAME.finditer(s.text):
        known = full.get(m.group(1).casefold())
        prev = s.text[:m.start()].split()[-1:]
        if prev and prev[0][:1].isupper() and not prev[0].endswith(","):
            continue  # part of a longer capitalised run
        if known and known != m.group(1) and m.group(1).casefold() not in _CALENDAR_WORDS:
            span = (s.start + m.start(1), s.start + m.end(1))
            spans.append(span)
            override.setdefault(span, known)
    spans += [(s.start + a, s.start + b) for a, b in _apposed_names(s.text)
              if not any(x < s.start + b and s.start + a < y for x, y in spans)
              and not view.mentions_in(s.start + a, s.start + b, "COUNTRY", "GROUP", "ORG", "PLACE")]
    spans += [(s.start + m.start(), s.start + m.end()) for m in _PEER.finditer(s.text)]
    spans += [(s.start + m.start(), s.start + m.end()) for m in _hereditary_name().finditer(s.text)]
    spans += _after_title_of_country(view, s)
    spans += _counted_row(view, s)
    spans += _portfolio_items(view, s, spans)
    spans = [_after_country(view, s, *_whole_name(view, s, *_with_style(view, *sp)))
             for sp in (_past_styles(view, a, b) for a, b in spans) if sp is not None]
    spans.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    taken: list[tuple[int, int]] = []
    titles = cues().titles
    list_side: str | None = None
    met_list: str | None = None  # the side a list of people met goes on with (its first said it)
    for a, b in spans:
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        # `Jong` + `-ho`: the model cuts hyphenated given names short.
        b += _hyphen_tail(view.text, b)
        if (paren := view.text.find(" (", a, b)) != -1:
            b = paren  # `Doris Uzoka-Anite (Trade`: the model ran into the portfolio in brackets after the name
        # `Gilberto Teodoro Jr. It was …`: the model ran over a sentence end after a word with a full stop.
        if (stop := re.search(r"(?<=\s)(?!(?:Mr|Ms|Mrs|Dr|Hon|Smt|St|Gen|Lt|Col|Adm|Sen|Rep|Gov|Amb|Prof)\.)"
                              r"[A-Z][a-z]+\.(?=\s+[A-Z])", view.text[a:b])) is not None:
            b = a + stop.end()
        name = view.text[a:b].strip()
        # `ICT Lee Jong-ho`, `NSC Tarun Chhabra`: a leading acronym belongs to the title.
        lead = re.match(r"(?:[A-Z]{2,6}|[A-Z]\.[A-Z]\.)\s+(?=\S+\s+\S)", name)
        # (`S.J. Rao Krishnan`: joined initials that name no country or body are the person's own.)
        if lead and "." in lead.group() and not view.mentions_in(a, a + lead.end()):
            lead = None
        if lead and not g.official(name) and not re.match(r"[A-Z]{3,}\s+[A-Z][a-z]+$", name):
            a += lead.end()
            name = name[lead.end():]
        name = _without_styles(re.sub(r"^(?:" + _alt("honorifics") + r")\s+", "",
                                      name), view.text[max(0, a - 8):a])
        name = _POST_NOMINALS.sub("", re.sub(r"[’']s$", "", name).strip(" ,.")).strip(" ,.")
        # `Ferdinand R. Marcos Jr.`: a generational suffix keeps its full stop (it is how the name is written and
        # listed), also where the sentence ends on it.
        if re.search(r"\b(?:Jr|Sr)$", name) and view.text[a:b + 1].rstrip().endswith("."):
            name += "."
        name = override.get((a, b), name)
        off = g.official(name)
        if off is None and len(name.split()) < 2 and (off := _family_titled(view, name, a)) is None:
            continue
        if any(m.start <= a < m.end for m in view.mentions_in(s.start, s.end, "COUNTRY", "GROUP", "ORG", "PLACE")):
            continue
        if _PEERAGE_OF.search(view.text, max(s.start, a - 40), a):
            continue  # `Lord Cameron of Chipping Norton`: the peerage's place, not another person
        if _not_person(name):
            continue  # `BIO International Convention`, `Next Generation`: an event or a body, not a person
        # (A father's name after `bin` may be a title word: `Abdullah bin Zayed bin Sultan Al Nahyan`.)
        if off is None and any(w in titles or w.lower() in ("minister", "secretary")
                               for w in re.sub(r"\b(?:bin|binti|bint|ibn)\s+\S+", "", name).split()):
            continue
        if _COMING_VISIT.search(view.text[max(s.start, a - 90):a]):
            continue  # `preparations for the upcoming visit of Prime Minister X`: X comes later, not to this one
        if _scene_subject(view, s, a, b) or _briefer(view, s, b):
            continue
        taken.append((a, b))
        # The title in front (`Japanese Foreign Minister`) or behind (`, Secretary of State of the United States`).
        left_lo = max(s.start, a - 120)
        left = view.text[left_lo:a]
        cut = _phrase_cut(left, taken, left_lo, a)
        # `ANKARA - Secretary of Commerce X`, `Athens, 7 December 2023 -- Prime Minister X`: a dateline before the
        # title ends at its dash; neither its city nor its date is the person's.
        if (dash := _DATELINE_DASH.search(left, cut + 1)) is not None:
            cut = dash.end() - 1
        if (agency := _DATELINE_AGENCY.search(left, cut + 1)) is not None:
            cut = agency.end() - 1  # `Seoul, Sep 5 (PTI) Defence Minister X`: a wire dateline without a dash
        pre = left[cut + 1:].strip() if cut != -1 else left.strip()
        # `called on Prime Minister X`; (a bare `and`: `A, President of …, and B, Prime Minister of Cambodia`)
        joined = re.match(r"(?:and|with|by|on|met)\b", pre) is not None  # (so no title before a comma is this one's)
        pre = re.sub(r"^(?:and|with|by|on|met|,)(?:\s+|$)", "", pre)
        pre = _TIME_NOUN.sub("", pre)  # `on the day Japanese Defence Minister X held …`: the time is no title
        honor = _alt("honorifics")
        styles = _alt("styles")
        while (stripped := re.sub(rf"(?:^|(?<!Crown)\s)(?:{honor}|{styles})$", "", pre).strip()) != pre:
            pre = stripped  # `H.E. Mr.`, `H.H. Sheikh` are not a title
        fronted = None if pre or joined or cut == -1 or left[cut] != "," else _fronted_title(left[:cut + 1], taken,
                                                                                             left_lo, a)
        post_m = re.match(r",\s+((?:the\s+)?[A-Z][^,;]{3,90}?)(?=,|;|\s+(?:held|met|and|as|during|for|to|who)\b|$)",
                          view.text[b:s.end])
        if post_m is not None and any(x == b + post_m.start(1) and view.text[x:y] not in titles for x, y in spans):
            post_m = None  # `A (Treasury), B (Trade)`: the next name of a list, not A's title
        post_m = post_m or _lower_title().match(view.text[b:s.end])
        # (`A, Prime Minister of X, B, Prime Minister of Y`: the title before B's comma is A's, and so is its `of X`)
        apposed = fronted is not None and _apposed_to_previous(view, taken, left_lo + fronted[0], post_m)
        if fronted is not None and not apposed:
            cut = fronted[0]  # `the Prime Minister of Kazakhstan, Alikhan Smailov`
            pre = fronted[1]
        # (The title closing a sentence ends before its full stop.)
        post_role, post_end = (post_m.group(1).rstrip("."), post_m.end()) if post_m else (None, 0)
        # The spans after this one that may be people (a model's `Crown Prince` span is a title, not the next one).
        later = [x for x, y in spans if x > b and view.text[x:y] not in titles]
        if post_m and post_role and re.sub(r"^the\s+", "", post_role).split()[0] in _title_words() \
                and (port := _PORTFOLIO_FOR.match(view.text, b + post_end, s.end)):
            post_role, post_end = post_role + port.group(), port.end() - b  # `, Secretary of State for Trade of X`
        if post_m and (more := _portfolio_and(view, b + post_end, s.end, later)):
            post_role, post_end = post_role + view.text[b + post_end:more].rstrip(), more - b
        role = None
        if pre and re.search(r"[A-Z]", pre) and not pre.endswith((".",)) and pre.casefold() not in _FRONTED_WORDS:
            # (not `Yesterday Ms Collins called on …`: a fronted day before the honorific is no title)
            role = re.sub(r"^(?:the\s+|The\s+)", "", pre)
            role = re.sub(r"\s*(?:" + _alt("honorifics") + r")$", "", role)
        if post_role and not role:
            role = re.sub(r"(?<=[a-z])\.?\s*$", "", post_role)  # (not the sentence's full stop: `… of Japan.`)
        if not role and (office := _style_office(view.text[max(s.start, a - 24):b], name)):
            role = office  # `Raksha Mantri Shri Rajnath Singh`: the style is his office
        country = None
        role_lo = left_lo + (cut + 1 if cut != -1 else 0)
        role_hi = b + (post_end if post_m and not pre else 0)
        before = [m for m in _sides(view, role_lo, a, "COUNTRY", "GROUP") if not _posting(view.text, m.start)]
        after = [m for m in _sides(view, b, role_hi, "COUNTRY", "GROUP") if not _posting(view.text, m.start)
                 and not _UNIT_AFTER.match(view.text, m.end)]
        # (Also after a title that names no side: `Federal Councillor X, Head of the … Department of …, …
        # of Switzerland;`.)
        if post_m and (not pre or not before) and (appos := _apposition_end(view, s, b, later)) > b:
            # The apposition's last country or ministry names the side (`…, Ministry of Foreign Affairs of Japan;`),
            # not an adjective inside a bureau's name before it (`North American Affairs Bureau`).
            sides = [m for m in _sides(view, b, appos, "COUNTRY", "GROUP", "ORG")
                     if (m.label != "ORG" or m.country) and not _posting(view.text, m.start)]
            after = sides[-1:] or after
        # `Commissioner Fukasawa Masaki of Japan's Acquisition … Agency`, `Mark Brown of the Cook Islands`.
        # (`Azali Assoumani of the Union of the Comoros`, `… of the Plurinational State of Bolivia`: a state's long
        # form names it too.)
        # (The long form's own name may be the country's: `of the Democratic Republic of the Congo`.)
        of = _OWN_OF.match(view.text, b, min(s.end, b + 60))
        if of is None and post_m and view.text.startswith(",", b + post_end):
            # `Shri X, Commerce Secretary, signed on behalf of India`: the side signed for, after the apposed title
            of = _OWN_OF.match(view.text, b + post_end + 1, min(s.end, b + post_end + 61))
            of = of if of is not None and ("behalf" in of.group(1) or "signed" in of.group(1)) else None
        own = [m.country if m.label == "ORG" else m.id for m in _sides(view, b, b + 90, "COUNTRY", "GROUP", "ORG")
               if of and (m.start in (of.end(), of.end(1))
                          or of.end() == of.end(1) and of.start() < m.start < of.end())]  # `of the Philippines`
        if role and re.match(r"(?:its|their)\s", role) and (named := [
                m for m in _sides(view, s.start, role_lo, "COUNTRY", "GROUP") if not _posting(view.text, m.start)]):
            country = named[-1].id  # `hosted by Peru and chaired by its Minister …, X`: the country `its` refers to
            role = role.split(None, 1)[1]
        elif before:
            country = _title_side(view, before, role_lo).id
        elif not apposed and (of_side := _of_side_before(view, s, a)) is not None:
            country = of_side
        elif after:
            country = after[0].country if after[0].label == "ORG" else after[0].id
        elif own and own[0]:
            country = own[0]
        elif (intro := _side_intro(view, s, a)) is not None:
            country = intro
        elif (peer := _counterpart_side(view, s, a)) is not None:
            country = peer
        elif (by := _side_by(view, s.start, role_lo)) is not None:
            country = list_side = by
        elif list_side and people and _LIST_GAP.fullmatch(view.text[people[-1].end:role_lo]):
            country = list_side  # `… was led by A and included B, C, and D`: the list goes on with the side
        else:
            country = _led_side(view, s, b)
        if off is not None:
            country = country or off.side_on(view.published)
        elif country is None and korean_romanised(name):
            country = "KOR"
        gap = _MET_LIST_GAP.fullmatch(view.text[people[-1].end:role_lo]) if people else None
        # (Past the one before's apposition only when this one's own does not name a side: `A, President of X, and
        # Prince B, Crown Prince and Prime Minister of Y`.)
        listed = met_list is not None and gap is not None and not (gap.group(1) and _sides(
            view, b, min([s.end, *later]), "COUNTRY", "GROUP"))
        # (`…, and X, Secretary General of the PLO Executive Committee`: a body of a side in its own apposition
        # names its side, not the list's.)
        # (Nor does a family name standing for a full name told elsewhere: that name's own side is known there.)
        inherited = country is None and listed and (a, b) not in override and not (post_m and not pre and any(
            m.country for m in view.mentions_in(b, b + post_end, "ORG")))
        if inherited:
            country = met_list  # `met with Brazilian Foreign Minister A and Finance Minister B`: B is Brazil's too
        # (An official's listed side is said too: `met President Shavkat Mirziyoyev and Foreign Minister B`.)
        said = bool(before or after or (own and own[0]) or (off is not None and country)) and bool(
            _MET_OBJECT.search(view.text[max(s.start, a - 150):a]))
        # (A listed official of the same side, known from the officials list, does not end the list.)
        met_list = country if said or inherited or (listed and country == met_list) else None
        orgs = view.mentions_in(role_lo, role_hi, "ORG")
        if country is None and orgs:
            country = orgs[0].country
        # The publisher's side, unless the person is who was met (`met with Minister X`): that side is left to
        # the event's other party.
        met = country is None and bool(_MET_OBJECT.search(view.text[max(s.start, a - 150):a]))
        if country is None and not met and _HOSTED_BY.search(view.text[max(s.start, a - 60):a]):
            country = _host_place(view, s)
        home_side = country is None and bool(view.home) and bool(role) and not met
        if home_side:
            country = view.home
        if off is None and (_CORPORATE.search(name) or role and _FIRM.search(role)):
            continue  # `Epangelo Mining, Namibia's state-owned mining company`: a firm in apposition, no person
        people.append(Person(name, a, b, off.name_en if off else name, role, orgs[0].text if orgs else None,
                             country, False, off.id if off else None, s.idx, home_side, met))
    return people


_FIRM = re.compile(r"\b(?:company|producer|miner|steelmaker|conglomerate|utility|firm|carmaker|automaker|shipbuilder|"
                   r"operator|corporation|enterprise|lender|insurer|trading\s+house|developer|manufacturer|maker|"
                   r"supplier|refiner|chaebol)$")
_CORPORATE = re.compile(r"\b(?:Mining|Corporation|Corp|Company|Co|Holdings|Group|Ltd|Limited|Inc|LLC|PLC|Bank|"
                        r"Agency|Authority|Organization|Organisation|Institute|Council|Ministry|Energy|Resources)\.?$")


@functools.cache
def _alt(*kinds: str) -> str:
    """The cue lists named, longest first when more than one, as one escaped alternation (built once)."""
    words = [w for k in kinds for w in getattr(cues(), k)]
    return "|".join(re.escape(w) for w in (sorted(words, key=len, reverse=True) if len(kinds) > 1 else words))

