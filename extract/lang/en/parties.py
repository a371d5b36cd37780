"""English: a country named in an event's clause that is what the parties talk about, not one of them."""
from __future__ import annotations

import re

from extract.entities import Mention
from extract.view import View

# `discussed Russia's war against Ukraine`, `condemned …`, `amid concern over China's …`: after a verb or noun of
# discussion or concern, the countries of its object are topics (a meeting verb after it starts a new object).
# `talks that covered the war in Ukraine, artificial intelligence and China`: what talks covered is talked about.
_TOPIC_HEAD = re.compile(r"\b(?:discuss(?:ed|es|ing)?|condemn(?:ed|s|ing)?|exchanged views on|talked about|"
                         r"(?:that|which)\s+(?:covered|focused\s+on|touched\s+on)|"
                         r"denounced|deplored|concerns?\s+(?:over|about|at|regarding)|concerned\s+(?:over|about|at|by)|"
                         r"amid|regarding|aimed at|targeting)\b")
_MEETING = re.compile(r"\b(?:met|meets|held|holds|signed|hosted|joined|attended|"
                      r"with (?:his|her|their) counterparts?)\b")
# `Russia's war of aggression`, `China's assertiveness`: a country owning a conflict is what is discussed.
_CONFLICT = re.compile(r"['’]s?\s+(?:(?:continued|ongoing|full-scale|illegal|unprovoked|brutal|growing|recent|"
                       r"dangerous|coercive)\s+)*(?:war|aggression|invasion|assertive|assertiveness|provocations?|"
                       r"coercion|attacks?|missile|nuclear|military\s+(?:build-?up|activities|cooperation))\b")


def country_as_topic(view: View, x: Mention) -> bool:
    if view.text[x.end:x.end + 1] in "-–" and x.end < len(view.text) or view.text[x.start - 1:x.start] in ("-", "–"):
        return False  # `the U.S.-Philippine alliance`: the pair names the parties themselves
    s = view.sent_of(x.start)
    lo = s.start if s is not None else max(0, x.start - 300)
    before = view.text[lo:x.start]
    if _CONFLICT.match(view.text, x.end) and not re.search(r"\bwith\s+(?:the\s+)?$", before):
        return True
    if re.search(r"\b(?:war|aggression|invasion)\s+(?:of\s+aggression\s+)?against\s+(?:the\s+)?$|"
                 r"\bthe\s+(?:war|fighting|conflict|crisis)\s+in\s+(?:the\s+)?$", before):
        return True
    heads = list(_TOPIC_HEAD.finditer(before))
    if not heads:
        return False
    after = before[heads[-1].end():]
    return not _MEETING.search(after) and not re.search(r"[;:]", after)


# `talks in Malaysia's capital`, `in the Kenyan port city of Mombasa`: the country of a place named as where, not a
# party (the parties are named as such elsewhere in the clause).
_PLACE_OF = re.compile(r"(?:['’]s)?\s+(?:capital|largest\s+city|biggest\s+city|commercial\s+(?:capital|hub)|"
                       r"(?:port|coastal|resort|border)\s+(?:city|town)|city\s+of)\b")
_AT = re.compile(r"\b(?:in|to|at|from)\s+(?:the\s+)?$")


# `their first talks in Spain last June`, `a meeting held in Brazil`: a country right after `in` is where.
_IN = re.compile(r"\b(?:talks|meeting|meetings|summit|held|met|signed|visit|trip)\s+(?:[\w'’-]+\s+){0,4}?in\s+$")


def country_as_location(view: View, x: Mention) -> bool:
    if _IN.search(view.text, max(0, x.start - 60), x.start) and not view.text.startswith(("'s", "’s"), x.end):
        return True
    return _PLACE_OF.match(view.text, x.end) is not None and _AT.search(view.text, max(0, x.start - 12), x.start) \
        is not None
