"""The merged event (one per `key`) and the typed search query and results, shared by both backends."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from streams.countries import UnknownCountry, resolve_countries
from streams.records import EventType, Level, Topic

Analyzer = Callable[[str, str | None], list[str]]
"""(text, lang) -> index terms: Kiwi morphemes for Korean. Handed in by `readout/`, never imported here.

Optional attributes the index uses when an analyzer has them (Kiwi's, `extract.analysis.analyze`):
`many(texts, lang)`, a write's Korean texts analysed in one batch and remembered (`fields.prime_analysis`);
`seed(terms, analysis) -> int`, terms a record carries taken as the analysis of their texts when `analysis`
names its own (`fields.seed_analysis`)."""

MAX_PAGE_SIZE = 100
MAX_QUERY_CHARS = 10_000
# Dates a search may name: both engines store dates as 64-bit nanoseconds or milliseconds (1677-2262).
MIN_DATE, MAX_DATE = date(1800, 1, 1), date(2199, 12, 31)
MAX_QUERY_TERMS = 64  # longer queries are cut: Elasticsearch refuses more than 1024 clauses
# Totals are counted exactly up to this many events, then shown as "10,000+" (Elasticsearch's
# `track_total_hits` default): a page of the best 20 need not count a broad query's every match.
TOTAL_CAP = 10_000
LANGS = ("ko", "en")  # report languages the index tells apart


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Report(Model):
    """One report of the event: which document said so, in which language, when."""

    id: str
    key: str | None = None  # the report's own key, which also finds the merged event
    doc_id: str
    type: EventType | None = None  # a launch can be reported with the meeting it was made at
    date: str | None = None
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    published: str | None = None  # the date the report was seen (its publication date)
    mentioned: bool = False
    name: str | None = None
    evidence: str = ""
    extractor: str = ""


class Person(Model):
    """One delegate across every report and spelling."""

    person: str  # canonical id: the gazetteer id, else the first English or written name
    person_id: str | None = None
    name: str
    names: list[str] = Field(default_factory=list)  # every spelling seen
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    head: bool = False


class MergedCommitment(Model):
    topic: Topic
    action: str
    text: str
    parties: list[str] = Field(default_factory=list)


class Place(Model):
    city: str | None = None
    country: str | None = None


class Next(Model):
    ordinal: int | None = None
    when: str | None = None


class MergedEvent(Model):
    """One real-world event: every report of it, the union of delegates, commitments and topics."""

    key: str
    aliases: list[str] = Field(default_factory=list)  # other keys that lead here: its reports' and former keys
    type: EventType
    mentioned: bool  # true only when every report merely mentions it
    name: str | None = None
    names: list[str] = Field(default_factory=list)
    series: str | None = None
    ordinal: int | None = None
    level: Level | None = None
    date: str | None = None
    date_text: str | None = None
    location: Place = Field(default_factory=Place)
    participants: list[str] = Field(default_factory=list)
    delegates: list[Person] = Field(default_factory=list)
    commitments: list[MergedCommitment] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    next: Next | None = None
    reports: list[Report] = Field(default_factory=list)


SortOrder = Literal["relevance", "date"]


class SearchQuery(Model):
    """What a researcher asks. Free text is analysed and matched as terms, never parsed as query syntax."""

    q: str | None = Field(default=None, max_length=MAX_QUERY_CHARS, description="free text, Korean or English")
    types: list[EventType] = Field(default_factory=list)
    date_from: date | None = Field(default=None, ge=MIN_DATE, le=MAX_DATE)
    date_to: date | None = Field(default=None, ge=MIN_DATE, le=MAX_DATE)
    participants: list[str] = Field(default_factory=list,
                                    description="codes or names in Korean or English: KOR, ROK, Korea, 한국, EU…")
    participants_mode: Literal["any", "all"] = "any"
    topics: list[Topic] = Field(default_factory=list)
    person: str | None = Field(default=None, max_length=200, description="any spelling, or a person id")
    series: list[str] = Field(default_factory=list)
    sources: list[str] = Field(default_factory=list)
    langs: list[str] = Field(default_factory=list, description="ko or en: events with a report in that language")
    mentioned: bool | None = None
    sort: SortOrder = "relevance"
    size: int = Field(default=20, ge=1, le=MAX_PAGE_SIZE)
    search_after: str | None = Field(default=None, max_length=2000, description="`next` of the previous page")

    @field_validator("participants", "series", "sources", "langs")
    @classmethod
    def _short_values(cls, v: list[str]) -> list[str]:
        if len(v) > 50 or any(len(x) > 200 for x in v):
            raise ValueError("at most 50 values of at most 200 characters")
        return v

    @field_validator("participants")
    @classmethod
    def _country_codes(cls, v: list[str]) -> list[str]:
        try:
            return resolve_countries(v)
        except UnknownCountry as exc:
            raise ValueError(str(exc)) from None

    @field_validator("langs")
    @classmethod
    def _supported_langs(cls, v: list[str]) -> list[str]:
        return supported_langs(v)

    @model_validator(mode="after")
    def _dates_in_order(self) -> SearchQuery:
        if self.date_from and self.date_to and self.date_from > self.date_to:
            raise ValueError("date_from is after date_to")
        return self

    def without_paging(self) -> SearchQuery:
        return self.model_copy(update={"search_after": None})


def supported_langs(values: list[str]) -> list[str]:
    """`ko`/`en` (any case, `ko-KR` too); anything else is an error naming the supported ones."""
    out = []
    for v in values:
        code = v.strip().lower().replace("_", "-").split("-")[0]
        if code not in LANGS:
            raise ValueError(f"unsupported language {v!r}: use one of {', '.join(LANGS)}")
        out.append(code)
    return list(dict.fromkeys(out))


class Bucket(Model):
    value: str
    count: int


FACETS = ("type", "participants", "topics", "persons", "series", "source", "lang", "month")


class Facets(Model):
    type: list[Bucket] = Field(default_factory=list)
    participants: list[Bucket] = Field(default_factory=list)
    topics: list[Bucket] = Field(default_factory=list)
    persons: list[Bucket] = Field(default_factory=list)
    series: list[Bucket] = Field(default_factory=list)
    source: list[Bucket] = Field(default_factory=list)
    lang: list[Bucket] = Field(default_factory=list)
    month: list[Bucket] = Field(default_factory=list)  # `YYYY-MM`, oldest first
    sample: int = Field(default=1, ge=1, description="1: every matching event counted; N: the counts are "
                        "estimated from one matching event in N (the embedded index, over broad queries)")
    approximate: bool = Field(default=False, description="true: the counts are estimates (`sample` > 1), as "
                              "Elasticsearch's sampler aggregation; `exact=true` counts every match")

    @model_validator(mode="after")
    def _approximate_when_sampled(self) -> Facets:
        self.approximate = self.sample > 1  # derived: never set apart from `sample`
        return self


class Hit(Model):
    event: MergedEvent
    highlights: dict[str, list[str]] = Field(default_factory=dict)
    persons: list[str] = Field(default_factory=list, description="the delegates a `person` filter matched")


TotalRelation = Literal["eq", "gte"]


class SearchPage(Model):
    total: int
    total_relation: TotalRelation = Field(
        default="eq", description=f"`gte`: at least `total` events match (counted exactly up to {TOTAL_CAP:,})")
    hits: list[Hit]
    next: str | None = None  # pass as `search_after` for the following page
    facets: Facets | None = None


def total_label(total: int, relation: TotalRelation) -> str:
    """`10,000+` when the count stopped at the cap, else the number."""
    return f"{total:,}+" if relation == "gte" else f"{total:,}"


class InvalidCursor(ValueError):
    """A `search_after` value this backend did not produce."""
