"""Gazetteer mentions in text: countries (and `한·미·일`-style compounds), groups, organisations,
officials, places, series and role titles, found by longest match at token starts."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from extract.gazetteer import Gazetteer, get_gazetteer

if TYPE_CHECKING:
    from extract.lang.base import Grammar

_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_BREAKS = re.compile(r"[\W_]+")  # runs of what `str.isalnum` is false for


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str  # COUNTRY GROUP ORG PERSON PLACE SERIES ROLE BLOCK
    id: str | None = None  # ISO code, group id, org id, official id, city, series name
    country: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class _Name:
    surface: str
    label: str
    id: str | None
    country: str | None
    extra: dict
    # Acronyms and short Latin names must match case; the rest match casefolded (computed once, not per try).
    exact: bool = field(init=False)
    match: str = field(init=False)

    def __post_init__(self) -> None:
        self.exact = self.surface.isupper() or len(self.surface) <= 3 or bool(self.extra.get("cased"))
        self.match = self.surface if self.exact else self.surface.casefold()


_NONE: list[_Name] = []


class NameIndex:
    """Names by their first four characters (casefolded; shorter names by all of them), longest first."""

    def __init__(self) -> None:
        self.by_prefix: dict[str, list[_Name]] = {}
        # The candidates at a position, merged longest first, by the indexed key they depend on (at most one
        # entry per key of `by_prefix`): the scan asks at every token start of every document.
        self._merged: dict[str, list[_Name]] = {}
        self.first2: set[str] = set()  # the first two characters of every key (names have two or more)

    def add(self, surface: str, label: str, id_: str | None, country: str | None = None, **extra: object) -> None:
        surface = surface.strip()
        if len(surface) < 2:
            return
        key = surface[:4].casefold()
        self.by_prefix.setdefault(key, []).append(_Name(surface, label, id_, country, extra))
        self.first2.add(key[:2])
        self._merged.clear()

    def finish(self) -> None:
        for names in self.by_prefix.values():
            names.sort(key=lambda n: -len(n.surface))
        self._merged.clear()

    def _candidates(self, folded: str, pos: int) -> list[_Name]:
        """Names starting with the 4, 3 or 2 characters at `pos`, longest first (ties: longer key first)."""
        if folded[pos:pos + 2] not in self.first2:
            return _NONE  # most positions: no name starts with these two characters
        k4 = folded[pos:pos + 4]
        merged = self._merged.get(k4)
        if merged is not None:
            return merged
        get = self.by_prefix.get
        if len(k4) == 4 and k4 not in self.by_prefix:
            if k4[:3] not in self.by_prefix:
                return get(k4[:2], _NONE)  # one list, already longest first
            key = k4[:3]  # what follows depends on the first three characters only
            merged = self._merged.get(key)
            if merged is not None:
                return merged
        else:
            key = k4
        merged = get(k4, _NONE) + get(folded[pos:pos + 3], _NONE) + get(folded[pos:pos + 2], _NONE)
        if len(merged) > 1:
            merged.sort(key=lambda n: -len(n.surface))
        if len(k4) == 4:  # near the end of a text the slices overlap: not worth keeping
            self._merged[key] = merged
        return merged

    def longest(self, text: str, folded: str, pos: int, ok_end) -> _Name | None:  # noqa: ANN001
        for name in self._candidates(folded, pos):
            if (text if name.exact else folded).startswith(name.match, pos) and ok_end(pos + len(name.surface)):
                return name
        return None


_PRIORITY = {"BLOCK": 0, "PERSON": 1, "SERIES": 2, "ORG": 3, "PLACE": 4, "GROUP": 5, "COUNTRY": 6, "ROLE": 7}


@functools.cache
def name_index(lang: str) -> NameIndex:
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    assert grammar is not None
    return _build_index(grammar)


def _build_index(grammar: Grammar) -> NameIndex:
    g: Gazetteer = get_gazetteer()
    idx = NameIndex()
    for s in grammar.blockers:
        idx.add(s, "BLOCK", None)
    langs = grammar.alias_langs
    for c in g.countries:
        label = "GROUP" if c.kind == "group" else "COUNTRY"
        for lg in langs:
            for s in getattr(c, lg):
                if grammar.alias_fits(lg, s):
                    idx.add(s, label, c.id, c.id)
        if grammar.adjectives:
            for s in c.adjectives_en:
                idx.add(s, label, c.id, c.id, adjective=True)
                for phrase in grammar.capital_phrases if c.capital and label == "COUNTRY" else ():
                    idx.add(phrase.format(adj=s), "PLACE", c.capital, c.id)
    for o in g.organisations:
        for lg in langs:
            for s in getattr(o, lg):
                idx.add(s, "ORG", o.id, o.country, acronym=o.acronym)
    for p in g.officials:
        for s in [p.name_en, *p.aliases]:
            if grammar.official_alias_fits(s):
                idx.add(s, "PERSON", p.id, p.country)
    for pl in g.places:
        for lg in langs:
            for s in getattr(pl, lg):
                if grammar.alias_fits(lg, s):
                    idx.add(s, "PLACE", pl.city, pl.country)
        if "en" in langs:
            for s in pl.en_cased:  # (and in capitals, as a dateline writes it: `MALE, Oct 28 (Reuters) -`)
                idx.add(s, "PLACE", pl.city, pl.country, cased=True)
                idx.add(s.upper(), "PLACE", pl.city, pl.country, cased=True)
    for se in g.series:
        for s in getattr(se, grammar.code, []):
            idx.add(s, "SERIES", se.name, None, participants=se.participants, type=se.type, level=se.level)
    for r in g.roles:
        for s in getattr(r, grammar.code, []):
            idx.add(s, "ROLE", s, None, level=r.level, head_hint=r.head_hint)
    for names in idx.by_prefix.values():
        names.sort(key=lambda n: (-len(n.surface), _PRIORITY[n.label]))
        # One surface, organisations of several countries (`상무부`): the country stays open.
        countries: dict[str, set] = {}
        for n in names:
            if n.label == "ORG":
                countries.setdefault(n.surface, set()).add(n.country)
        for n in names:
            if n.label == "ORG" and len(countries[n.surface]) > 1:
                n.country = None
                n.extra["ambiguous"] = True
        # A city that is its own state (`싱가포르`, `Luxembourg`): the place, or the state where an office follows.
        states = {(n.surface, n.country) for n in names if n.label == "COUNTRY"}
        for n in names:
            if n.label == "PLACE" and (n.surface, n.country) in states:
                n.extra["state"] = True
    return idx


# What makes a city-state's name the state: an office or a side after it (`싱가포르 외교장관`, `싱가포르 정부`,
# `Singapore's Foreign Minister`, `the Luxembourg government`), not a venue (`싱가포르에서`, `in Singapore`).
_STATE_WORDS = re.compile(r"(?:'s|’s|의)?\s*(?:정부|측|당국|government\b|delegation\b|side\b|authorities\b)")
_POSSESSIVE = re.compile(r"(?:'s|’s|의)?\s*")
# `Singapore-Australia`, `EU-Singapore`, `한-싱가포르`: one side of a pair joined by a hyphen is the state.
_PAIRED = re.compile(r"[-–][A-Z가-힣]")


def _state_before_office(idx: NameIndex, text: str, folded: str, j: int) -> bool:
    if _STATE_WORDS.match(text, j):
        return True
    k = _POSSESSIVE.match(text, j).end()  # type: ignore[union-attr]
    if k == j or k >= len(text):
        return False
    after = idx.longest(text, folded, k, lambda e: e >= len(text) or not text[e].isalnum() or _HANGUL.match(text[e]))
    return after is not None and after.label in ("ROLE", "ORG")


# One-syllable prefixes a city's name takes inside a word: `주뉴욕 총영사관` (resident at), `재일` (living in).
_CITY_PREFIXES = frozenset("주재駐")


def _inside_word(text: str, i: int) -> bool:
    """The name starts after a Hangul syllable of the same word, not after one of the prefixes a place takes."""
    if i == 0 or not _HANGUL.match(text[i - 1]):
        return False
    k = i
    while k > 0 and text[k - 1].isalnum():
        k -= 1
    return not (i - k == 1 and text[k] in _CITY_PREFIXES)


# Syllables that may follow a place in one word: particles and the place's own suffixes (`도쿄도`, `부산항`).
_AFTER_PLACE = frozenset("의은는이가과와을를에도로으까부만시주항현성구군엔서")


def _shredded_after(text: str, j: int, starts: set[int]) -> bool:
    """The word goes on after the name in syllables the tokenizer split one by one (`알제` + `유` + `디` of
    `알제유디`): an unknown foreign name that only begins like the place."""
    k = j
    while k < len(text) and _HANGUL.match(text[k]):
        k += 1
    return k - j >= 2 and text[j] not in _AFTER_PLACE and all(p in starts for p in range(j, k))


# A case particle closing a word (what follows is no Hangul syllable).
_PARTICLE_TAIL = re.compile(r"(?:의|은|는|이|가|과|와|을|를|에|에서|에는|에서는|도|로|으로)(?![\uac00-\ud7a3])")


def find_mentions(text: str, lang: str, token_starts: set[int] | None = None,
                  token_ends: set[int] | None = None, proper: set[tuple[int, int]] | None = None) -> list[Mention]:
    """Gazetteer mentions, left to right, non-overlapping. Where the grammar gives token edges (Korean
    morphemes), a name must start at a token start and end at a token end (`미국과`, not `아미국`);
    otherwise at word edges."""
    from extract.lang import grammar_for

    grammar = grammar_for(lang)
    if grammar is None:
        return []
    idx = name_index(lang)
    folded = text.casefold()
    out: list[Mention] = []
    n = len(text)
    starts = token_starts or set()
    ends = token_ends or set()
    edges = grammar.morpheme_edges

    def ok_start(i: int) -> bool:
        return (edges and i in starts) or i == 0 or not text[i - 1].isalnum()

    def ok_end(j: int) -> bool:
        if edges:
            # (`도미니카공화국의`: a long name and its particle that the tokenizer read as one noun)
            return j in ends or j >= n or not text[j].isalnum() or not _HANGUL.match(text[j]) \
                or j - i >= 4 and bool(_PARTICLE_TAIL.match(text, j))
        return j >= n or not text[j].isalnum()

    # Where a name may start: alphanumeric, after a non-alphanumeric character or at a token start (the scan
    # below visits these only, in order; every other character was a step of one).
    # (After a run of them: a head inside the run is not alphanumeric and skipped anyway.)
    after_break = [m.end() for m in _BREAKS.finditer(text)]
    heads = sorted({0, *after_break, *(starts if edges else ())})
    first2, compound = idx.first2, grammar.compound_starts
    # Most heads start no name (their first two characters begin none) nor a compound: kept out here in one
    # comprehension, not a step of the loop below each (the scan asks at every token start of every document).
    # Leaving them out changes nothing: such a head only moved the scan one character on. (A chain of C-level
    # maps for the same test cost more: each stage of a map is a call per head.)
    if compound:
        heads = [h for h in heads if h < n and (folded[h:h + 2] in first2 or text[h] in compound)]
    else:
        heads = [h for h in heads if h < n and folded[h:h + 2] in first2]
    i = 0
    for at in heads:
        if at < i or not text[at].isalnum():
            continue
        i = at
        name = idx.longest(text, folded, i, ok_end) if folded[i:i + 2] in first2 else None
        extra = grammar.compound_mentions(text, i, len(name.surface) if name else 0, ok_end, proper) \
            if text[i] in compound else None
        if extra is not None:
            found, end = extra
            out.extend(found)
            i = end if end > i else i + 1
            continue
        if name is None:
            i += 1
            continue
        j = i + len(name.surface)
        if name.label == "PLACE" and (_inside_word(text, i) or edges and _shredded_after(text, j, starts)):
            i += 1  # `쁘라윗 웡수원(Prawit Wongsuwon)`: a city's name inside another word is no place
            continue
        if name.label in ("COUNTRY", "GROUP") and text[j:j + 1] == "$":
            i = j + 1  # `US$ 100 million`, `HK$`, `A$`: a currency, no party
            continue
        if name.extra.get("state") and (_state_before_office(idx, text, folded, j) or _PAIRED.match(text, j)
                                        or i > 1 and text[i - 1] in "-–·" and text[i - 2].isalnum()):
            out.append(Mention(i, j, text[i:j], "COUNTRY", name.country, name.country, {}))
        elif name.label != "BLOCK":
            out.append(Mention(i, j, text[i:j], name.label, name.id, name.country, dict(name.extra)))
        if name.label in ("ROLE", "SERIES", "ORG"):
            # `미국 국무장관`, `U.S. Secretary of State`, `외교부 장관`: the country or body inside a title.
            k = i + 1
            while k < j:
                inner = idx.longest(text, folded, k, lambda e, j=j: e <= j and ok_end(e)) if ok_start(k) else None
                if inner is not None and inner.label in ("COUNTRY", "GROUP", "ORG") and k + len(inner.surface) <= j:
                    out.append(Mention(k, k + len(inner.surface), text[k:k + len(inner.surface)], inner.label,
                                       inner.id, inner.country, {**inner.extra, "inside": name.label}))
                    k += len(inner.surface)
                else:
                    k += 1
            if name.label != "ORG" and text[i:i + 1].isalnum():
                inner = idx.longest(text, folded, i, lambda e, j=j: e < j and ok_end(e))
                if inner is not None and inner.label in ("COUNTRY", "GROUP", "ORG"):
                    out.append(Mention(i, i + len(inner.surface), text[i:i + len(inner.surface)], inner.label,
                                       inner.id, inner.country, {**inner.extra, "inside": name.label}))
        i = j
    out.sort(key=lambda m: (m.start, -m.end))
    return out
