"""A publisher's home country: the government whose officials its releases name without a country.
Declared once; the crawler registry's `country` of each source must agree (tested)."""
from __future__ import annotations

import re

from streams.countries import countries

_HOME = [  # source id or URL -> home country
    (re.compile(r"(\.|^)(go|or)\.kr\b|korea\.kr|\.kr/|^kr\.|yna\.co\.kr|tf\.co\.kr"), "KOR"),
    (re.compile(r"\.go\.jp\b|kantei|^jp\."), "JPN"),
    (re.compile(r"whitehouse\.gov|state\.gov|\.gov/|\.gov$|^us\."), "USA"),
]

# Other governments: a source id `<cc>.<office>` or a government domain (`dfat.gov.au`, `www.gov.uk`, `pm.gc.ca`,
# `akorda.kz`, `ec.europa.eu`), by the country gazetteer's `tld`. Wire services and newspapers (`wire.`, `news.`)
# have no home. `ec.` as a source id is the European Commission (as a domain, `gov.ec` is Ecuador's).
_ID_ALIASES = {"ec": "EU"}
_CC_ID = re.compile(r"^([a-z]{2})\.")
_CC_DOMAIN = re.compile(r"(?:^|[./])(?:gov|go|gouv|gob|gc|govt|bund|bundesregierung|akorda)\.([a-z]{2})(?:[/\s:]|$)")
_EU_DOMAIN = re.compile(r"(?:^|[./])europa\.eu(?:[/\s:]|$)")


def home_country(source: str | None, url: str | None) -> str | None:
    hay = f"{source or ''} {url or ''}".lower()
    for pattern, code in _HOME:
        if pattern.search(hay):
            return code
    tlds = countries().tlds
    by_id = _CC_ID.match(source or "")
    if by_id and (code := _ID_ALIASES.get(by_id.group(1)) or tlds.get(by_id.group(1))):
        return code
    by_domain = _CC_DOMAIN.search(hay)
    if by_domain and by_domain.group(1) in tlds:
        return tlds[by_domain.group(1)]
    return "EU" if _EU_DOMAIN.search(hay) else None
