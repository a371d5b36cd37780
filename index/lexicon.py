"""A bilingual lexicon of the project's vocabulary: Korean and English forms of one concept.

Two uses: event identity reads what an event's name says (its parties, series, format and subject,
in either language), and the index adds each text's concepts in the other language, so English
words find Korean-only reports and Korean words English-only ones.

The index's own terms (meeting formats, common economic-security words) live in `index/data/terms.yaml`;
`readout/` adds the gazetteers' countries, series, places, people and topics when it opens the index.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from pathlib import Path
from typing import Literal

import yaml

from index.analyzers import english

Kind = Literal["country", "series", "place", "person", "topic", "term"]
Role = Literal["format", "subject", "generic"]
TERMS = Path(__file__).parent / "data" / "terms.yaml"
_EN_WORD = re.compile(r"[a-z0-9]+(?:\+[0-9]+)?")
_KO_DROP = re.compile(r"[\s·‧・\-–—_,.'’\"()\[\]]+")
_STEMMER = english()
MAX_PHRASE = 8


@dataclass(frozen=True)
class Concept:
    id: str  # code, series name, city, person id, topic or the English term
    kind: Kind
    role: Role = "subject"
    en: str = ""  # the English form added to Korean texts
    ko: str = ""  # the Korean form added to English texts


@dataclass(frozen=True)
class Match:
    concept: Concept
    start: int  # position in the normalised text (Korean) or word index (English)
    end: int


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    out = _STEMMER.analyze(word)
    return out[0] if out else word


def en_words(text: str) -> list[str]:
    """Lower-cased word stems; dots and possessives dropped (`U.S.` → `us`, `Leaders'` → `leader`)."""
    return list(_en_words(text))


@lru_cache(maxsize=65536)
def _en_words(text: str) -> tuple[str, ...]:
    # Every lexicon of a vocabulary reads the same text's words: stemmed once.
    lowered = text.casefold().replace("’", "'").replace("'s ", " ").replace(".", "")
    return tuple(_stem(w) for w in _EN_WORD.findall(lowered))


def ko_norm(text: str) -> str:
    """Korean without spaces and separators: `한·미·일 외교장관 회의` → `한미일외교장관회의`."""
    return _KO_DROP.sub("", text).casefold()


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def is_korean(text: str) -> bool:
    return bool(_HANGUL.search(text))


CACHE = 50_000  # texts whose matches a lexicon remembers (names and clauses repeat across re-merges)


def forget_oldest(memo: dict, limit: int) -> None:  # type: ignore[type-arg]
    """Make room in a full memo by its older half: a full clear made every write after it match all its re-merged
    texts again (a write's texts are mostly its days' events', remembered by the writes just before)."""
    if len(memo) >= limit:
        for k in list(islice(memo, len(memo) // 2 + 1)):
            del memo[k]


@dataclass
class Lexicon:
    en: dict[tuple[str, ...], Concept] = field(default_factory=dict)
    ko: dict[str, Concept] = field(default_factory=dict)
    # A text's matches as plain ints (concept number, start, end per match): a cache of Match objects was most of
    # what the garbage collector walked on every full pass of an indexer (30 % of its time); ints are not walked.
    _seen: dict[tuple[str, bool], tuple[int, ...]] = field(default_factory=dict, repr=False)
    _numbers: dict[Concept, int] = field(default_factory=dict, repr=False, compare=False)
    _concepts: list[Concept] = field(default_factory=list, repr=False, compare=False)
    edits: int = field(default=0, compare=False)  # forms added so far: what remembers matches checks it
    _tries: tuple[Trie, Trie] | None = field(default=None, repr=False, compare=False)  # forms word by word
    _ko_starts: re.Pattern[str] | None = field(default=None, repr=False, compare=False)  # syllables a form opens with

    def add(self, concept: Concept, en: Iterable[str] = (), ko: Iterable[str] = (), *, override: bool = False) -> None:
        """Register the forms of a concept; the first registration of a form wins unless `override`."""
        for form in en:
            words = tuple(en_words(form))
            if words and len(words) <= MAX_PHRASE and (override or words not in self.en):
                self.en[words] = concept
        for form in ko:
            key = ko_norm(form)
            if len(key) >= 2 and (override or key not in self.ko):
                self.ko[key] = concept
        self._seen.clear()
        self._tries = None
        self.edits += 1

    def matches(self, text: str, lang: str | None = None) -> list[Match]:
        """Concepts in `text`, longest match first, left to right, never overlapping."""
        packed, cs = self._packed(text, lang), self._concepts
        return [Match(cs[packed[i]], packed[i + 1], packed[i + 2]) for i in range(0, len(packed), 3)]

    def _packed(self, text: str, lang: str | None) -> tuple[int, ...]:
        if not text:
            return ()
        korean = is_korean(text) if lang is None else lang.startswith("ko")
        found = self._seen.get((text, korean))
        if found is None:
            forget_oldest(self._seen, CACHE)
            # Korean texts carry English names too (`IPEF`, `G7`).
            ms = (self._ko_matches(text) if korean else []) + self._en_matches(text)
            found = self._seen[text, korean] = tuple(x for m in ms for x in (self._number(m.concept), m.start, m.end))
        return found

    def _number(self, c: Concept) -> int:
        n = self._numbers.get(c)
        if n is None:
            n = self._numbers[c] = len(self._concepts)
            self._concepts.append(c)
        return n

    def _trie(self, korean: bool) -> Trie:
        if self._tries is None:
            self._tries = (_trie(self.en), _trie(self.ko))
            self._ko_starts = _starts(self._tries[True])
        return self._tries[korean]

    def _en_matches(self, text: str) -> list[Match]:
        return _longest(_en_words(text), self._trie(False))

    def _ko_matches(self, text: str) -> list[Match]:
        # Korean forms start at a syllable; Latin ones (`AI`, `EU`) are words, matched by `_en_matches`.
        trie = self._trie(True)
        return _longest(ko_norm(text), trie, starts=self._ko_starts)

    def concepts(self, text: str, lang: str | None = None) -> list[Concept]:
        packed, cs = self._packed(text, lang), self._concepts
        return [cs[packed[i]] for i in range(0, len(packed), 3)]

    def translate(self, text: str, lang: str | None = None) -> list[str]:
        """The other language's forms of the concepts in `text` (for the index's other-language field)."""
        korean = is_korean(text) if lang is None else lang.startswith("ko")
        out: list[str] = []
        for c in self.concepts(text, lang):
            form = c.en if korean else c.ko
            if form and form not in out:
                out.append(form)
        return out


def load_terms(lexicon: Lexicon, path: Path = TERMS) -> Lexicon:
    """The index's own vocabulary: `- {concept, role, en: [...], ko: [...]}` entries."""
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
        en, ko = list(entry.get("en") or []), list(entry.get("ko") or [])
        concept = Concept(id=str(entry.get("concept") or en[0]), kind="term", role=entry.get("role", "subject"),
                          en=en[0] if en else "", ko=ko[0] if ko else "")
        lexicon.add(concept, en, ko, override=True)
    return lexicon


PARTICLES = {"을", "를", "이", "가", "은", "는", "의", "에", "에서", "와", "과", "로", "으로", "도", "및", "등"}
QUERY_STOP = {"the", "a", "an", "of", "and", "in", "on", "with", "for", "to", "at", "by", "s"}


@lru_cache(maxsize=65536)
def concept_token(c: Concept) -> str:
    return f"{c.kind}:{c.id}".casefold()


@dataclass
class Vocabulary:
    """What the index knows about words: terms (formats, subjects, and topic words), names (countries, series,
    places, people), and the topic words alone (a finer term still counts for its topic)."""

    terms: Lexicon = field(default_factory=Lexicon)
    names: Lexicon = field(default_factory=Lexicon)
    topics: Lexicon = field(default_factory=Lexicon)
    syllables: dict[str, str] = field(default_factory=dict)  # Korean one-syllable country abbreviations (한 → KOR)

    # Per text, what the index asks of every text of every event it writes (a re-merged event asks again).
    _memo: dict[tuple[str, str | None], tuple[str, ...]] = field(
        default_factory=dict, repr=False, compare=False)
    _memo_edits: tuple[int, int, int] = field(default=(0, 0, 0), repr=False, compare=False)

    def _remembered(self, key: tuple[str, str | None]) -> tuple[str, ...] | None:
        edits = (self.names.edits, self.terms.edits, self.topics.edits)
        if edits != self._memo_edits:
            self._memo.clear()
            self._memo_edits = edits
        found = self._memo.get(key)
        if found is None:
            forget_oldest(self._memo, 3 * CACHE)  # three entries per text: its concepts, and translations
        return found

    def translate(self, text: str, lang: str | None = None) -> list[str]:
        found = self._remembered((text, lang))
        if found is None:
            out = self.names.translate(text, lang)
            out += [f for f in self.terms.translate(text, lang) if f not in out]
            found = self._memo[text, lang] = tuple(out)
        return list(found)

    def concepts(self, text: str) -> set[str]:
        """Language-neutral tokens of everything `text` names (indexed, so either language's words find it)."""
        found = self._remembered((text, "*"))
        if found is None:
            found = self._memo[text, "*"] = tuple(dict.fromkeys(  # a tuple of strings: not walked by the GC
                concept_token(c) for lx in (self.names, self.terms, self.topics) for c in lx.concepts(text)))
        return set(found)

    def query_concepts(self, text: str) -> list[str] | None:
        """The concepts of a query that says nothing else (`반도체`, `foreign ministers meeting`, `블링컨`):
        such a query asks for those concepts, in whatever language they were reported. None otherwise.

        Names win over terms inside them (`유럽연합` is the EU, not a coalition)."""
        ko = self.names._ko_matches(text)
        en = self.names._en_matches(text)
        ko += [m for m in self.terms._ko_matches(text) if not any(m.start < n.end and n.start < m.end for n in ko)]
        en += [m for m in self.terms._en_matches(text) if not any(m.start < n.end and n.start < m.end for n in en)]
        if not ko and not en:
            return None
        ko_covered = {i for m in ko for i in range(m.start, m.end)}
        rest = "".join(ch if i not in ko_covered and _HANGUL.match(ch) else " " for i, ch in enumerate(ko_norm(text)))
        if any(w not in PARTICLES for w in rest.split()):
            return None
        en_covered = {i for m in en for i in range(m.start, m.end)}
        if any(w not in QUERY_STOP for i, w in enumerate(en_words(text)) if i not in en_covered):
            return None
        return sorted({concept_token(m.concept) for m in [*ko, *en]})


@lru_cache(maxsize=1)
def default_vocabulary() -> Vocabulary:
    """The index's own terms only (tools and tests that open an index without the gazetteers)."""
    return Vocabulary(terms=load_terms(Lexicon()))


Trie = dict[object, "Trie | Concept"]  # a word (or syllable) to the next level; _END to the phrase's concept
_END = object()


def _trie(table: dict) -> Trie:  # type: ignore[type-arg]
    """The forms of a lexicon as a tree of their words (English) or syllables (Korean)."""
    root: Trie = {}
    for form, concept in table.items():
        node = root
        for item in form:
            node = node.setdefault(item, {})  # type: ignore[assignment]
        node[_END] = concept
    return root


def _starts(trie: Trie) -> re.Pattern[str]:
    """The Hangul syllables Korean forms open with, as one character class: the scan jumps from one to the next
    in C instead of looking up every syllable of a text (most open no form)."""
    chars = sorted(k for k in trie if isinstance(k, str) and _HANGUL.match(k))
    return re.compile(f"[{''.join(map(re.escape, chars))}]" if chars else r"(?!)")


def _longest(seq, trie: Trie, *, starts: re.Pattern[str] | None = None) -> list[Match]:  # noqa: ANN001
    """Longest matches left to right: from each position the tree is walked as far as `seq` follows it, and
    the longest form met wins; a hit moves past it, a miss moves one step. Only the positions whose item opens a
    form are walked, found first in one pass (`starts`, Korean text: the syllables forms open with; Korean
    forms start at a syllable, Latin ones are matched as words): most items open none, and stepping over each in
    Python was most of the index's concept look-ups."""
    if starts is not None:
        positions = [m.start() for m in starts.finditer(seq)]
    else:
        positions = [i for i, item in enumerate(seq) if item in trie]
    out: list[Match] = []
    end, n = 0, len(seq)
    for i in positions:
        if i < end:
            continue
        node = trie[seq[i]]
        best = None
        j = i + 1
        while True:
            c = node.get(_END)  # type: ignore[union-attr]
            if c is not None:
                best = (c, j)
            if j >= n:
                break
            node = node.get(seq[j])  # type: ignore[union-attr]
            if node is None:
                break
            j += 1
        if best is not None:
            out.append(Match(best[0], i, best[1]))  # type: ignore[arg-type]
            end = best[1]
    return out
