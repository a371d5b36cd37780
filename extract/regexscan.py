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
from collections.abc import Iterator

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


def finditer(pattern: re.Pattern[str], text: str, starts: dict[re.Pattern[str], list[int]] | None = None
             ) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only positions a match can start at. `starts` keeps those positions
    per first-character class, for several patterns over one text."""
    chars = first_chars(pattern)
    if chars is None:
        return pattern.finditer(text)
    at = None if starts is None else starts.get(chars)
    if at is None:
        at = [m.start() for m in chars.finditer(text)]
        if starts is not None:
            starts[chars] = at
    return _matches(pattern, text, at)


def _matches(pattern: re.Pattern[str], text: str, at: list[int]) -> Iterator[re.Match[str]]:
    match = pattern.match
    end = 0
    for i in at:
        if i >= end:
            m = match(text, i)
            if m is not None:
                yield m
                end = m.end()  # never empty: a pattern that can match empty has no first characters
