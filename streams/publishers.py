"""A publisher's home country: the government whose officials its releases name without a country.
Declared once; the crawler registry's `country` of each source must agree (tested)."""
from __future__ import annotations

import re

_HOME = [  # source id or URL -> home country
    (re.compile(r"(\.|^)(go|or)\.kr\b|korea\.kr|\.kr/|^kr\.|yna\.co\.kr|tf\.co\.kr"), "KOR"),
    (re.compile(r"\.go\.jp\b|kantei|^jp\."), "JPN"),
    (re.compile(r"whitehouse\.gov|state\.gov|\.gov/|\.gov$|^us\."), "USA"),
]


def home_country(source: str | None, url: str | None) -> str | None:
    hay = f"{source or ''} {url or ''}".lower()
    for pattern, code in _HOME:
        if pattern.search(hay):
            return code
    return None
