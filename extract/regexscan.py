"""`finditer` for patterns that can start at only a few characters, tried only where such a character is.

A pattern that opens with an optional group or a lookbehind (`(?:지난\\s*)?(?<![\\d.])\\d{1,2}\\s*월`) gets none of
`re`'s fast first-character scan: it is tried at every position of the text, and the date patterns took
about a sixth of the Korean pipeline's own work (Kiwi aside) that way. Here the set of characters a match
can start with is read off the parsed pattern once; the positions holding one are found by a one-class
scan (fast in `re`), and the pattern is tried only there, left to right, each try after the previous match's
end: the same matches as `finditer`, since no match can start anywhere else. A pattern whose first
characters cannot be told (a negated class, `.`, case-insensitive, or one that can match empty) falls back
to `finditer`.
"""
from __future__ import annotations

import functools
import re
import sys
from collections.abc import Callable, Iterator

try:  # the parser `re` compiles with (private, stable since 3.11; without it everything falls back)
    from re import _parser as _p  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover
    _p = None

_CATEGORIES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_SPACE": r"\s", "CATEGORY_WORD": r"\w"}


class _Unknown(Exception):
    """The first characters of this part of a pattern cannot be told."""


def _first(items: list) -> tuple[list[str], bool]:
    """Class items (as regex source) that a match of the sequence can start with, and whether it can be empty."""
    out: list[str] = []
    for op, av in items:
        got, empty = _one(op, av)
        out.extend(got)
        if not empty:
            return out, False
    return out, True


def _one(op: object, av: object) -> tuple[list[str], bool]:
    name = str(op)
    if name == "LITERAL":
        return [re.escape(chr(av))], False  # type: ignore[arg-type]
    if name == "IN":
        items = []
        for o, a in av:  # type: ignore[attr-defined]
            kind = str(o)
            if kind == "LITERAL":
                items.append(re.escape(chr(a)))
            elif kind == "RANGE":
                items.append(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif kind == "CATEGORY" and str(a) in _CATEGORIES:
                items.append(_CATEGORIES[str(a)])
            else:  # NEGATE, a negated category, ...
                raise _Unknown(kind)
        return items, False
    if name == "SUBPATTERN":
        _, add_flags, del_flags, sub = av  # type: ignore[misc]
        if add_flags or del_flags:
            raise _Unknown("inline flags")
        return _first(sub.data)
    if name == "BRANCH":
        items, empty = [], False
        for alt in av[1]:  # type: ignore[index]
            got, e = _first(alt.data)
            items.extend(got)
            empty = empty or e
        return items, empty
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _, sub = av  # type: ignore[misc]
        got, empty = _first(sub.data)
        return got, empty or lo == 0
    if name in ("ASSERT", "ASSERT_NOT", "AT"):  # zero-width: the next item consumes the first character
        return [], True
    raise _Unknown(name)


@functools.lru_cache(maxsize=1024)
def first_chars(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A one-class pattern matching every character a match of `pattern` can start with (None: unknown)."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        items, empty = _first(list(_p.parse(pattern.pattern, pattern.flags).data))
    except (_Unknown, re.error, ValueError, TypeError):
        return None
    if empty or not items:
        return None
    return re.compile("[" + "".join(sorted(set(items))) + "]")


def _pairs(items: list) -> tuple[list[str], list[str], bool]:
    """What a match of the sequence starts with: two-character strings where its first two characters are
    literal (`지난`), else class items of its first character (as `_first`), and whether it can be empty."""
    pairs: list[str] = []
    chars: list[str] = []
    for k, (op, av) in enumerate(items):
        name = str(op)
        if name == "LITERAL":
            nxt = items[k + 1] if k + 1 < len(items) else None
            if nxt is not None and str(nxt[0]) == "LITERAL":
                pairs.append(chr(av) + chr(nxt[1]))
            else:
                chars.append(re.escape(chr(av)))
            return pairs, chars, False
        if name == "SUBPATTERN":
            _, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                raise _Unknown("inline flags")
            got = _pairs(sub.data)
        elif name == "BRANCH":
            got = ([], [], False)
            for alt in av[1]:
                p, c, e = _pairs(alt.data)
                got = (got[0] + p, got[1] + c, got[2] or e)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            p, c, e = _pairs(av[2].data)  # a pair inside the repeated part opens its first round as well
            got = (p, c, e or av[0] == 0)
        else:
            c, e = _one(op, av)  # a class, or zero-width (empty)
            got = ([], c, e)
        pairs += got[0]
        chars += got[1]
        if not got[2]:
            return pairs, chars, False
    return pairs, chars, True


@functools.lru_cache(maxsize=1024)
def first_pairs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], re.Pattern[str] | None] | None:
    """Where a match of `pattern` can start, finer than `first_chars`: the two-character strings it can open
    with where they are literal (`지난`, `이번`: a text has few of them, where it has many `지`, `이`), and a
    one-class pattern of the first characters of the rest (None: none). None when unknown (as `first_chars`)."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        pairs, chars, empty = _pairs(list(_p.parse(pattern.pattern, pattern.flags).data))
    except (_Unknown, re.error, ValueError, TypeError):
        return None
    if empty or not (pairs or chars):
        return None
    return tuple(sorted(set(pairs))), re.compile("[" + "".join(sorted(set(chars))) + "]") if chars else None


def places(text: str, s: str) -> list[int]:
    """Every index where `s` stands in `text` (overlapping ones too)."""
    out = []
    i = text.find(s)
    while i >= 0:
        out.append(i)
        i = text.find(s, i + 1)
    return out


# `first_pairs` (and `required_folded`) by the pattern's identity (the pattern kept with it, so the id is not
# reused): the cache of `first_pairs` hashes a compiled pattern, and that hashes its whole compiled code, at every call.
_FIRST_PAIRS: dict[int, tuple[re.Pattern[str], tuple[tuple[str, ...], re.Pattern[str] | None] | None,
                              tuple[str, ...] | None]] = {}


def finditer(pattern: re.Pattern[str], text: str, starts: dict[object, list[int]] | None = None
             ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only positions a match can start at (`first_pairs`). `starts` keeps
    those positions per first-character class and per pair, for several patterns over one text."""
    known = _FIRST_PAIRS.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_FIRST_PAIRS) >= 1024:
            _FIRST_PAIRS.clear()
        known = _FIRST_PAIRS[id(pattern)] = (pattern, first_pairs(pattern), required_folded(pattern))
    first = known[1]
    if first is None:
        folded = known[2]  # (a case-insensitive pattern: a text without its words has no match)
        return pattern.finditer(text) if folded is None or may_hold(text, folded) else iter(())
    if starts is None:
        starts = {}
    pairs, chars = first
    at: list[int] = []
    for key in (chars, *pairs) if chars is not None else pairs:
        found = starts.get(key)
        if found is None:
            found = starts[key] = (places(text, key) if isinstance(key, str)
                                   else [m.start() for m in key.finditer(text)])
        at = at + found if at else found
    if pairs and len(at) > 1:
        # In order, each once (a pair `이날` and a class holding `이` can both give a place).
        at = sorted(set(at))
    return _matches(pattern, text, at)


def _matches(pattern: re.Pattern[str], text: str, at: list[int], endpos: int = sys.maxsize
             ) -> Iterator[re.Match[str]]:
    match = pattern.match
    end = 0
    for i in at:
        if i >= end:
            m = match(text, i, endpos)
            if m is not None:
                yield m
                end = m.end()  # never empty: a pattern that can match empty has no first characters


# ----------------------------------------------------------------------------------------------- required strings

_MAX_SET = 8  # a required set larger than this costs more to look for than the search it would spare


def _exact_seq(items: list) -> set[str] | None:
    """Every string the sequence can match, if they are few (None: too many, or not literal)."""
    out = {""}
    for op, av in items:
        got = _exact(op, av)
        if got is None:
            return None
        out = {a + b for a in out for b in got}
        if len(out) > _MAX_SET:
            return None
    return out


def _exact(op: object, av: object) -> set[str] | None:
    name = str(op)
    if name == "LITERAL":
        return {chr(av)}  # type: ignore[arg-type]
    if name in ("ASSERT", "ASSERT_NOT", "AT"):
        return {""}  # consumes nothing: the strings around it stay next to each other
    if name == "IN":
        chars = set()
        for o, a in av:  # type: ignore[attr-defined]
            if str(o) != "LITERAL":
                return None
            chars.add(chr(a))
        return chars if len(chars) <= _MAX_SET else None
    if name == "SUBPATTERN":
        _, add_flags, del_flags, sub = av  # type: ignore[misc]
        return None if add_flags or del_flags else _exact_seq(sub.data)
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            got = _exact_seq(alt.data)
            if got is None:
                return None
            out |= got
        return out if len(out) <= _MAX_SET else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, hi, sub = av  # type: ignore[misc]
        if (lo, hi) not in ((0, 1), (1, 1)):
            return None
        got = _exact_seq(sub.data)
        return None if got is None else (got | {""} if lo == 0 else got)
    return None


def _minimal(strings: set[str] | None) -> set[str] | None:
    """Without the strings that hold another of the set (`abc` beside `c`): one of the rest is in every match too."""
    if strings is None or len(strings) < 2:
        return strings
    return {s for s in strings if not any(t != s and t in s for t in strings)}


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more telling of two required sets: longer shortest string, then fewer strings."""
    a, b = _minimal(a), _minimal(b)
    if a is None or "" in a:
        return b if b is not None and "" not in b else None
    if b is None or "" in b:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def _needed(items: list) -> set[str] | None:
    """Strings one of which every match of the sequence contains (None: none known)."""
    best: set[str] | None = None
    run = {""}  # what the current run of literal items matches, as a whole
    for op, av in items:
        got = _exact(op, av)
        if got is not None and len(run) * len(got) <= _MAX_SET:
            run = {a + b for a in run for b in got}
            continue
        best = _better(best, run)
        run = got if got is not None else {""}
        if got is None:
            best = _better(best, _needed_in(op, av))
    return _better(best, run)


def _needed_in(op: object, av: object) -> set[str] | None:
    name = str(op)
    if name == "SUBPATTERN":
        _, add_flags, del_flags, sub = av  # type: ignore[misc]
        return None if add_flags or del_flags else _needed(sub.data)
    if name == "ATOMIC_GROUP":
        return _needed(av.data)  # type: ignore[attr-defined]
    if name == "BRANCH":
        out: set[str] = set()
        for alt in av[1]:  # type: ignore[index]
            got = _needed(alt.data)
            if got is None or "" in got:
                return None
            out |= got
        return out if len(out) <= _MAX_SET else None
    if name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        lo, _, sub = av  # type: ignore[misc]
        return _needed(sub.data) if lo >= 1 else None
    return None


@functools.lru_cache(maxsize=1024)
def required(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of `pattern` contains, as read off the parsed pattern (None: none known,
    or too many to be worth looking for). A text holding none of them has no match."""
    if _p is None or not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.LOCALE):
        return None
    try:
        got = _needed(list(_p.parse(pattern.pattern, pattern.flags).data))
    except (re.error, ValueError, TypeError):
        return None
    if not got or "" in got:
        return None
    return tuple(sorted(got, key=lambda s: (-len(s), s)))


@functools.lru_cache(maxsize=1024)
def required_folded(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """For a case-insensitive pattern, what `required` is for others: strings (lower-case ASCII) one of which every
    match holds in any case, to be looked for by `may_hold` (None: none known, or not all ASCII)."""
    if _p is None or not isinstance(pattern.pattern, str) or not pattern.flags & re.IGNORECASE \
            or pattern.flags & re.LOCALE:
        return None
    try:
        got = _needed(list(_p.parse(pattern.pattern, pattern.flags & ~re.IGNORECASE).data))
    except (re.error, ValueError, TypeError):
        return None
    if not got or "" in got or not all(s.isascii() for s in got):
        return None
    return tuple(sorted(_minimal({s.lower() for s in got}), key=lambda s: (-len(s), s)))  # type: ignore[arg-type]


def _sre_finds_start(pattern: re.Pattern[str]) -> bool:
    """`re` itself skips to where a match can start (the pattern opens with a literal or a set of characters),
    so trying the first characters here would only add calls."""
    try:
        from re import _compiler  # type: ignore[attr-defined]

        parsed = _p.parse(pattern.pattern, pattern.flags)
        if _compiler._get_literal_prefix(parsed, pattern.flags)[0]:
            return True
        return _compiler._get_charset_prefix(parsed, pattern.flags) is not None
    except Exception:  # noqa: BLE001  (private helpers: whatever they do, fall back to `re`'s own search)
        return True


class Scan:
    """A compiled pattern whose `search`, `finditer` and `sub` find what the pattern's own do, looking less:
    a text holding none of the strings every match contains (`required`) has no match, and where `re` cannot
    skip to the characters a match can start with (a pattern opening with an alternation of mixed items, a
    lookbehind or an optional group), the pattern is tried only at those (`first_chars`). For the patterns the
    profile shows searched across sentences and clauses; cheap patterns are better left as they are (a call
    here costs more than their search). Match objects are the same, except that `pos` is where the match was
    tried."""

    __slots__ = ("re", "pattern", "flags", "groups", "groupindex", "match", "fullmatch", "_need", "_folded", "_first")

    def __init__(self, pattern: re.Pattern[str], first: bool = True) -> None:
        """`first=False`: the required strings only, `re`'s own scan where a text holds one (a pattern whose
        first characters are common, `\\s` or a lookbehind: a try per such place here costs more)."""
        self.re = pattern
        self.pattern, self.flags, self.groups, self.groupindex = (pattern.pattern, pattern.flags, pattern.groups,
                                                                  pattern.groupindex)
        self.match, self.fullmatch = pattern.match, pattern.fullmatch  # as they are: tried at one position
        self._need = required(pattern)
        self._folded = required_folded(pattern) if self._need is None else None
        self._first = None if not first or _sre_finds_start(pattern) else first_chars(pattern)

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        need = self._need
        if need is None:
            if self._folded is None:
                return False
            return not may_hold(string if pos <= 0 and endpos >= len(string) else string[max(pos, 0):endpos],
                                self._folded)
        if pos <= 0 and endpos >= len(string):
            for s in need:
                if s in string:
                    return False
            return True
        pos = max(pos, 0)  # `re` reads a negative pos as 0; `str.find` would count it from the end
        for s in need:
            if string.find(s, pos, endpos) >= 0:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self._absent(string, pos, endpos):
            return None
        first = self._first
        if first is None:
            return self.re.search(string, pos, endpos)
        match = self.re.match
        at = first.search(string, pos, endpos)
        while at is not None:
            i = at.start()
            m = match(string, i, endpos)
            if m is not None:
                return m
            at = first.search(string, i + 1, endpos)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if self._absent(string, pos, endpos):
            return iter(())
        first = self._first
        if first is None:
            return self.re.finditer(string, pos, endpos)
        return _matches(self.re, string, [m.start() for m in first.finditer(string, pos, endpos)], endpos)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, count: int = 0) -> str:
        if self._absent(string, 0, len(string)):
            return string
        return self.re.sub(repl, string, count)

    def __repr__(self) -> str:
        return f"Scan({self.re!r})"


def compile(pattern: str, flags: int = 0, first: bool = True) -> Scan:  # noqa: A001  (as `re.compile`)
    """`re.compile`, searched by `Scan`."""
    return Scan(re.compile(pattern, flags), first)


# The characters an `re.I` pattern matches to an ASCII letter that `str.lower` does not turn into that letter (`İ`,
# `ı`, `ſ` and the Kelvin sign, over all of Unicode; `İ` is also the one character that lower-cases to two).
_ODD_FOLDS = ("\u0130", "\u0131", "\u017f", "\u212a")


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether an `re.I` pattern could find one of `words` (lower-case ASCII) in `text`: a quick test before a
    case-insensitive search, which `re` tries at every position (~20x the time of a lower-cased copy and `in`).
    Exact: without those characters, an `re.I` match of an ASCII word is that word in the lower-cased text."""
    low = text.lower()
    for w in words:
        if w in low:
            return True
    return not text.isascii() and any(c in text for c in _ODD_FOLDS)


@functools.lru_cache(maxsize=8192)
def built(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile` for patterns built per document from a name or a word (`names_titled`, a surname's full-name
    run): `re`'s own cache holds 512 patterns, and the tuning sets' names overflow it, so each such call compiled
    its pattern again and pushed out the module-level `re.search` patterns as well (~10 % of the Korean
    pipeline's own work on the tuning documents). Kept apart here (compiled past `re`'s cache, which they would
    fill all the same), a name is compiled once per process."""
    return _compile(pattern, flags)


try:  # `re.compile` without its cache (private, stable since 3.11; without it, `re.compile`)
    from re._compiler import compile as _compile  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover
    _compile = re.compile
