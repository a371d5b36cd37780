"""Country and group names, aliases and codes to one participant code (`ROK`, `한국`, `kor` → `KOR`).

Reads the country gazetteer's data files (YAML shipped with the package), never extraction code, so
every stage and the CLI, API and web page resolve user input the same way.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

DATA = Path(__file__).resolve().parents[1] / "extract" / "gazetteers" / "countries"
# Short English names for names built from parties ("Korea-Japan Summit"): the gazetteer's first name otherwise.
SHORT = {"KOR": "Korea", "USA": "US", "GBR": "UK", "PRK": "North Korea", "QUAD": "Quad", "EU": "EU"}
_FOLD = re.compile(r"[\s.·‧・'’]+")
_HANGUL_SYLLABLE = re.compile(r"^[\uac00-\ud7a3]$")


class UnknownCountry(ValueError):
    """A value that names no country or group the gazetteer knows."""


def fold(value: str) -> str:
    """Case, dots and spaces do not distinguish names (`U.S.` = `us`, `South  Korea` = `south korea`)."""
    return _FOLD.sub(" ", value).strip().casefold().replace(" ", "")


@dataclass
class Countries:
    codes: set[str] = field(default_factory=set)
    names: dict[str, str] = field(default_factory=dict)  # folded alias -> code
    syllables: dict[str, str] = field(default_factory=dict)  # Korean one-syllable abbreviation -> code (한 → KOR)
    english: dict[str, str] = field(default_factory=dict)  # code -> short English name
    korean: dict[str, str] = field(default_factory=dict)  # code -> Korean name
    tlds: dict[str, str] = field(default_factory=dict)  # internet country code (`au`, `uk`) -> code

    def resolve(self, value: str) -> str:
        """The code `value` names, or UnknownCountry."""
        key = fold(value)
        if key.upper() in self.codes:
            return key.upper()
        if key in self.names:
            return self.names[key]
        raise UnknownCountry(f"unknown country {value!r}: use a code (KOR, USA, JPN, EU…) or a name (Korea, 미국…)")

    def resolve_all(self, values: list[str]) -> list[str]:
        return list(dict.fromkeys(self.resolve(v) for v in values))


@lru_cache(maxsize=1)
def countries() -> Countries:
    out = Countries()
    for path in sorted(DATA.glob("*.yaml")):
        for entry in yaml.safe_load(path.read_text(encoding="utf-8")) or []:
            code = str(entry["id"])
            out.codes.add(code)
            short = SHORT.get(code) or (code if entry.get("kind") == "group" else (entry.get("en") or [code])[0])
            out.english.setdefault(code, short)
            out.korean.setdefault(code, (entry.get("ko") or [code])[0])
            for lang in ("en", "ko", "ja", "adjectives_en"):
                for alias in entry.get(lang) or []:
                    # First entry wins: `Korea` is the Republic of Korea, not the North.
                    out.names.setdefault(fold(str(alias)), code)
            for tld in entry.get("tld") or []:
                out.tlds.setdefault(str(tld), code)
            for abbr in entry.get("abbr_ko") or []:
                if _HANGUL_SYLLABLE.match(str(abbr)):
                    out.syllables.setdefault(str(abbr), code)
    return out


def resolve_country(value: str) -> str:
    return countries().resolve(value)


def resolve_countries(values: list[str] | None) -> list[str]:
    """Codes for user-given countries, in order, without repeats; UnknownCountry for any unknown value."""
    return countries().resolve_all([v for v in values or [] if v.strip()])


def short_name(code: str) -> str:
    """`KOR` → `Korea`, `USA` → `US`, `JPN` → `Japan`; unknown codes stay as they are."""
    return countries().english.get(code, code)
