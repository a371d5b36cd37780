"""Gazetteers: YAML data under `extract/gazetteers/<category>/*.yaml`, validated on load.

Every file in a category directory is a list of entries; the lists merge. Keys starting with
`_` are the data authors' annotations and are ignored; any other unknown key is an error.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from streams.vocabulary import EventType, Level

GAZETTEER_DIR = Path(__file__).parent / "gazetteers"


class GazetteerError(ValueError):
    """A gazetteer file that is not valid: names the file, the entry and the problem."""


class _Entry(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="before")
    @classmethod
    def _none_is_empty(cls, v: Any, info: Any) -> Any:
        # YAML `key:` with nothing after it means an empty list for list fields.
        field = cls.model_fields.get(info.field_name)
        if v is None and field is not None and "list" in str(field.annotation):
            return []
        return v


class Country(_Entry):
    id: str
    kind: Literal["country", "group"] = "country"
    en: list[str] = Field(default_factory=list)
    ko: list[str] = Field(default_factory=list)
    ja: list[str] = Field(default_factory=list)
    abbr_ko: list[str] = Field(default_factory=list)
    adjectives_en: list[str] = Field(default_factory=list)
    capital: str | None = None
    tld: list[str] = Field(default_factory=list)  # internet country codes: a government publisher's domain


class Organisation(_Entry):
    id: str
    country: str | None = None
    acronym: str | None = None
    en: list[str] = Field(default_factory=list)
    ko: list[str] = Field(default_factory=list)
    ja: list[str] = Field(default_factory=list)


class Role(_Entry):
    title_en: str | None = None
    title_ko: str | None = None
    org: str | None = None
    from_: str | None = Field(default=None, alias="from")
    to: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    @field_validator("from_", "to", mode="before")
    @classmethod
    def _month(cls, v: Any) -> Any:
        return None if v is None else str(v)


_FAMILY_FIRST = frozenset({"JPN", "CHN", "KOR", "PRK"})


class Official(_Entry):
    id: str
    name_en: str
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)

    def side_on(self, day: date | None) -> str | None:
        """The side of the office held on `day` (`Mark Rutte`: the Netherlands' until 2024-07, NATO's from 2024-10),
        by the prefix of its body (`NLD.GOV`); the listed country when no dated office covers the day."""
        if day is not None:
            month = day.isoformat()[:7]
            held = [r.org.split(".")[0] for r in self.roles if r.org and r.from_ and r.from_ <= month
                    and (r.to is None or month <= r.to)]
            if len(set(held)) == 1:
                return held[0]
        return self.country


class Place(_Entry):
    city: str
    country: str
    ko: list[str] = Field(default_factory=list)
    ja: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    en_cased: list[str] = Field(default_factory=list)  # a common word in lower case (`Male`): matched as written


class Series(_Entry):
    name: str
    type: EventType = "dialogue"
    level: Level | None = None
    participants: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    ko: list[str] = Field(default_factory=list)
    ja: list[str] = Field(default_factory=list)


class TopicKeywords(_Entry):
    topic: str
    ko: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)


class RoleTitle(_Entry):
    ko: list[str] = Field(default_factory=list)
    en: list[str] = Field(default_factory=list)
    ja: list[str] = Field(default_factory=list)
    level: Level | None = None
    head_hint: bool = False


CATEGORIES: dict[str, type[_Entry]] = {
    "countries": Country, "organisations": Organisation, "officials": Official, "places": Place,
    "series": Series, "topics": TopicKeywords, "roles": RoleTitle,
}


def _entries(path: Path, model: type[_Entry]) -> Iterator[_Entry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GazetteerError(f"{path}: not valid YAML: {exc}") from exc
    if data is None:
        return
    if not isinstance(data, list):
        raise GazetteerError(f"{path}: must be a list of entries, got {type(data).__name__}")
    for i, raw in enumerate(data):
        if not isinstance(raw, dict):
            raise GazetteerError(f"{path}: entry {i}: must be a mapping, got {raw!r:.80}")
        clean = {k: v for k, v in raw.items() if not str(k).startswith("_")}
        try:
            yield model.model_validate(clean)
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            raise GazetteerError(f"{path}: entry {i} ({str(raw)[:80]}): {problems}") from exc


def load_category(name: str, root: Path = GAZETTEER_DIR) -> list[Any]:
    model = CATEGORIES[name]
    folder = root / name
    if not folder.is_dir():
        return []
    out: list[Any] = []
    for path in sorted(folder.glob("*.yaml")):
        out.extend(_entries(path, model))
    return out


_SPACES = re.compile(r"\s+")


_SUFFIX_COMMA = re.compile(r",\s+(?=(?:jr|sr|iii|iv)\b)")


def norm(s: str) -> str:
    """Lookup key: casefolded, spaces collapsed."""
    return _SPACES.sub(" ", s.strip()).casefold()


class Gazetteer:
    """All categories, with lookups by surface name."""

    def __init__(self, root: Path = GAZETTEER_DIR) -> None:
        self.root = root
        self.countries: list[Country] = load_category("countries", root)
        self.organisations: list[Organisation] = load_category("organisations", root)
        self.officials: list[Official] = load_category("officials", root)
        self.places: list[Place] = load_category("places", root)
        self.series: list[Series] = load_category("series", root)
        self.topics: list[TopicKeywords] = load_category("topics", root)
        self.roles: list[RoleTitle] = load_category("roles", root)
        self.country_by_id = {c.id: c for c in self.countries}
        self.org_by_id = {o.id: o for o in self.organisations}
        self.official_by_id = {o.id: o for o in self.officials}
        self.abbr_ko: dict[str, str] = {}
        for c in self.countries:
            for a in c.abbr_ko:
                self.abbr_ko.setdefault(a, c.id)
        self.official_by_alias: dict[str, Official] = {}
        for o in self.officials:
            for a in [o.name_en, *o.aliases]:
                self.official_by_alias.setdefault(norm(a), o)
                self.official_by_alias.setdefault(norm(a.replace("-", "")), o)
        # The family name of each written name: how a later mention or a short report names the person (the last
        # word; the first too for East Asian names, written family first).
        self.officials_by_family: dict[str, list[Official]] = {}
        for o in self.officials:
            words = [n.split() for n in [o.name_en, *o.aliases] if len(n.split()) > 1]
            first = o.country in _FAMILY_FIRST
            for a in {w[-1] for w in words} | ({w[0] for w in words} if first else set()):
                self.officials_by_family.setdefault(norm(a), []).append(o)

    def official(self, name: str) -> Official | None:
        key = norm(name)
        # (`Joseph R. Biden, Jr.` is the listed `Joseph R. Biden Jr.`: a comma before a generational suffix.)
        if "," in key:  # (the pattern needs a comma: most names have none, and `sub` is a call per name)
            key = _SUFFIX_COMMA.sub(" ", key)
        return self.official_by_alias.get(key) or self.official_by_alias.get(key.replace("-", ""))

    def official_by_family(self, family: str, title: str, day: date | None) -> Official | None:
        """`설리번 보좌관`, `Secretary Austin`: the one official whose name ends in `family` and who held, in the
        month of `day`, an office whose title ends in `title` (Korean) or holds it (English: `Minister` of
        `Minister of Defence`)."""
        if day is None or len(family) < 2:
            return None
        month, title = day.isoformat()[:7], title.replace(" ", "").lower()
        found = {o.id: o for o in self.officials_by_family.get(norm(family), ())
                 for r in o.roles if r.from_ and r.from_ <= month and (r.to is None or month <= r.to)
                 and ((r.title_ko or "").replace(" ", "").endswith(title)
                      or title in (r.title_en or "").replace(" ", "").lower())}
        return next(iter(found.values())) if len(found) == 1 else None

    def person_names(self) -> set[str]:
        """Hangul/kanji aliases of officials, for Kiwi user words."""
        return {a for o in self.officials for a in o.aliases if not a.isascii()}


@functools.cache
def get_gazetteer() -> Gazetteer:
    return Gazetteer()
