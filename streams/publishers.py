"""A publisher's home country: the government whose officials its releases name without a country.
Declared once; the crawler registry's `country` of each source must agree (tested)."""
from __future__ import annotations

import re

_HOME = [  # source id or URL -> home country
    (re.compile(r"(\.|^)(go|or)\.kr\b|korea\.kr|\.kr/|^kr\.|yna\.co\.kr|tf\.co\.kr"), "KOR"),
    (re.compile(r"\.go\.jp\b|kantei|^jp\."), "JPN"),
    (re.compile(r"whitehouse\.gov|state\.gov|\.gov/|\.gov$|^us\."), "USA"),
]

# Other governments: a source id `<cc>.<office>` or a government domain (`dfat.gov.au`, `www.gov.uk`, `pm.gc.ca`,
# `akorda.kz`, `ec.europa.eu`). Wire services and newspapers (`wire.`, `news.`) have no home.
_CC = {"au": "AUS", "uk": "GBR", "gb": "GBR", "in": "IND", "ph": "PHL", "sg": "SGP", "ca": "CAN", "de": "DEU",
       "fr": "FRA", "kz": "KAZ", "id": "IDN", "vn": "VNM", "nz": "NZL", "pl": "POL", "cn": "CHN", "eu": "EU",
       "ec": "EU", "my": "MYS", "th": "THA", "sa": "SAU", "ae": "ARE", "tr": "TUR", "it": "ITA", "mn": "MNG",
       "uz": "UZB", "cl": "CHL", "br": "BRA", "mx": "MEX", "za": "ZAF", "ng": "NGA", "ke": "KEN", "tz": "TZA"}
_CC_ID = re.compile(r"^([a-z]{2})\.")
_CC_DOMAIN = re.compile(r"(?:^|[./])(?:gov|go|gouv|gob|gc|govt|bund|bundesregierung|akorda)\.([a-z]{2})(?:[/\s:]|$)")
_EU_DOMAIN = re.compile(r"(?:^|[./])europa\.eu(?:[/\s:]|$)")


def home_country(source: str | None, url: str | None) -> str | None:
    hay = f"{source or ''} {url or ''}".lower()
    for pattern, code in _HOME:
        if pattern.search(hay):
            return code
    for m in (_CC_ID.match(source or ""), _CC_DOMAIN.search(hay)):
        if m and m.group(1) in _CC:
            return _CC[m.group(1)]
    return "EU" if _EU_DOMAIN.search(hay) else None
