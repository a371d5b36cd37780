"""People's names: spelling-insensitive forms, the same for merging delegates and for the person filter."""
from __future__ import annotations

import re
from functools import lru_cache

_SQUASH = re.compile(r"[\s\-.·‧・_'’]+")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]+$")


@lru_cache(maxsize=65536)
def norm_name(name: str) -> str:
    """Spelling-insensitive form: case, spaces, hyphens and dots ignored (`Wang Yun-jong` → `wangyunjong`)."""
    return _SQUASH.sub("", name).casefold()


def name_keys(name: str) -> set[str]:
    """Forms one person's name takes: squashed, and with its words sorted (`Yunjong Wang` ~ `Wang Yun-jong`)."""
    return set(_name_keys(name))


@lru_cache(maxsize=65536)
def _name_keys(name: str) -> frozenset[str]:
    keys = {norm_name(name)}
    words = [norm_name(w) for w in re.split(r"[\s,]+", name) if norm_name(w)]
    if len(words) > 1:
        keys.add(" ".join(sorted(words)))
    keys.discard("")
    return frozenset(keys)


def name_parts(name: str) -> set[str]:
    """Parts a person is searched by: each word of the name (`Blinken`, `블링컨`, `Kishida`, `기시다`).

    Words shorter than two Hangul syllables or three letters say too little to find a person by.
    """
    return set(_name_parts(name))


@lru_cache(maxsize=65536)
def _name_parts(name: str) -> frozenset[str]:
    parts = set()
    for word in re.split(r"[\s,]+", name):
        w = norm_name(word)
        if len(w) >= 3 or (len(w) >= 2 and _HANGUL.match(w)):
            parts.add(f"part:{w}")
    return frozenset(parts)
