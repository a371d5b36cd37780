"""Typed records that travel on topics. Field names follow shared/eval/records.md."""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field, field_validator, model_validator

from streams.countries import UnknownCountry, resolve_countries
from streams.vocabulary import EVENT_TYPES, LEVELS, TOPICS, EventType, Level, Topic  # noqa: F401  (re-exported)

SCHEMA_VERSION = 1  # the major version: a record from a newer major is refused (dead-lettered), never guessed at
MAX_TEXT_CHARS = 200_000  # longer document text is cut here and the record says so (`truncated`)


def utcnow() -> datetime:
    return datetime.now(UTC)


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on the parts, so replays overwrite instead of duplicating."""
    raw = "\x1f".join(["" if p is None else str(p) for p in parts])
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:length]


def document_id(canonical_url: str) -> str:
    """Document ids derive from the canonical URL."""
    return stable_id("doc", canonical_url)


def event_key(type_: str, day: str | None, participants: list[str], name: str | None = None) -> str:
    """Cross-document identity: type, date and participants, not wording.

    Without a date the name (normalised) stands in, so undated events of one kind do not all collide.
    """
    parts = "-".join(sorted(set(participants))) or "none"
    if day:
        return f"{type_}:{day}:{parts}"
    tag = stable_id((name or "").casefold().replace(" ", ""), length=8)
    return f"{type_}:undated:{parts}:{tag}"


class Part(BaseModel):
    """A nested value: strict like a record, no version of its own."""

    model_config = ConfigDict(extra="forbid")


class Record(Part):
    """A top-level record on a topic."""

    schema_version: int = SCHEMA_VERSION

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, v: int) -> int:
        if v > SCHEMA_VERSION:
            raise ValueError(f"schema_version {v} is newer than this Readout reads ({SCHEMA_VERSION}): "
                             "upgrade this stage, then replay the dead letter (readout dlq replay)")
        if v < 1:
            raise ValueError(f"schema_version {v} is not a version")
        return v


class DocumentRecord(Record):
    """A fetched release or article (topic `raw.documents`, keyed by `id`)."""

    id: str = Field(min_length=1)
    url: str | None = None
    canonical_url: str | None = None
    title: str | None = None
    text: str
    published: AwareDatetime | date | None = None
    lang: str | None = None
    source: str | None = None
    fetched_at: AwareDatetime = Field(default_factory=utcnow)
    content_hash: str | None = None
    truncated: bool = False  # the text was longer than MAX_TEXT_CHARS and was cut there

    @model_validator(mode="after")
    def _bounded_text(self) -> DocumentRecord:
        if len(self.text) > MAX_TEXT_CHARS:
            self.text, self.truncated = self.text[:MAX_TEXT_CHARS], True
        return self

    @field_validator("published", mode="before")
    @classmethod
    def _date_or_aware(cls, v: Any) -> Any:
        # A bare "2024-06-06" is a date; anything with a time must carry a zone.
        if isinstance(v, str) and len(v) == 10:
            return date.fromisoformat(v)
        return v

    def published_date(self) -> date | None:
        if isinstance(self.published, datetime):
            return self.published.date()
        return self.published


class Location(Part):
    city: str | None = None
    country: str | None = None


class Delegate(Part):
    name: str = Field(min_length=1)
    name_en: str | None = None
    country: str | None = None
    role: str | None = None
    organization: str | None = None
    head: bool = False
    person_id: str | None = None  # canonical gazetteer id, when known


class Commitment(Part):
    topic: Topic
    action: str
    text: str
    parties: list[str] = Field(default_factory=list)


class NextMeeting(Part):
    ordinal: int | None = None
    when: str | None = None


class ReportVersion(Part):
    """Which version of its document a report was drawn from; the newest wins, whatever order reports arrive in.

    Ordered by the source's own time (modified, else published), then when it was fetched, then when it
    was extracted (a re-extraction of one fetch is newer); the content hash tells identical fetches apart.
    """

    source_time: AwareDatetime | date | None = None
    fetched_at: AwareDatetime | None = None
    extracted_at: AwareDatetime | None = None
    content_hash: str | None = None

    @classmethod
    def of(cls, doc: DocumentRecord, extracted_at: datetime | None = None) -> ReportVersion:
        return cls(source_time=doc.published, fetched_at=doc.fetched_at, extracted_at=extracted_at or utcnow(),
                   content_hash=doc.content_hash)

    def order(self) -> tuple[str, str, str, str]:
        return (_utc(self.source_time), _utc(self.fetched_at), _utc(self.extracted_at), self.content_hash or "")


def _utc(t: datetime | date | None) -> str:
    if t is None:
        return ""
    if isinstance(t, datetime):
        return t.astimezone(UTC).isoformat()
    return t.isoformat()


MAX_TERMS_TEXTS = 200  # texts a record carries terms for (a record has a name, evidence, some clauses and names)
MAX_TERMS = 2_000  # terms per text (evidence is at most 1,000 characters)


class IndexTerms(Part):
    """Index terms of a record's Korean texts as its producer analysed them (the extractor reads them off the
    document's Kiwi tokens), so the index need not run Kiwi on them again. Optional: a record without them, a
    text without an entry, an `analysis` the reader does not use, or an entry for a text the record does not
    hold are all analysed by the reader as before."""

    analysis: str = Field(min_length=1, max_length=100)  # which analysis made them (`kiwi-0.24.1/content-v1`)
    ko: dict[str, list[str]] = Field(default_factory=dict, max_length=MAX_TERMS_TEXTS)  # text -> its terms

    @field_validator("ko")
    @classmethod
    def _terms(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for text, terms in v.items():
            if not text:
                raise ValueError("terms of an empty text")
            if len(terms) > MAX_TERMS:
                raise ValueError(f"more than {MAX_TERMS} terms for one text")
            if " ".join(terms).split() != terms:  # an empty term, or one with whitespace (the index splits there)
                raise ValueError(f"terms must be single words (no spaces, not empty): {text[:40]!r}")
        return v


class EventRecord(Record):
    """One event drawn from one document (topic `events`, keyed by `key`)."""

    id: str = Field(min_length=1)
    key: str = Field(min_length=1)
    doc_id: str = Field(min_length=1)
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    type: EventType
    mentioned: bool = False
    name: str | None = None
    series: str | None = None
    ordinal: int | None = Field(default=None, ge=0)
    level: Level | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    date_text: str | None = None
    location: Location = Field(default_factory=Location)
    participants: list[str] = Field(default_factory=list)
    delegates: list[Delegate] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    next: NextMeeting | None = None
    evidence: str = ""
    extractor: str = ""
    published: str | None = None  # the report's publication date, for the knowledge base
    version: ReportVersion | None = None  # stamped when extracted from a document (None: arrival order decides)
    terms: IndexTerms | None = None  # the Korean texts' index terms, when the producer had them (else analysed)

    def version_order(self) -> tuple[str, str, str, str]:
        return self.version.order() if self.version else ("", "", "", "")


class DeadLetter(Record):
    """A record a stage could not process (topic `dlq.<stage>`)."""

    stage: str
    topic: str
    key: str | None = None
    payload: str  # the original bytes, decoded as UTF-8 with replacement
    error: str
    attempts: int = 1
    at: AwareDatetime = Field(default_factory=utcnow)
    partition: int | None = None
    offset: int | None = None


class CrawlJob(Record):
    """A request to crawl one source (topic `crawl.jobs`, keyed by source id)."""

    source: str
    reason: Literal["schedule", "manual", "catch-up"] = "schedule"
    due: AwareDatetime = Field(default_factory=utcnow)
    job_id: str = ""


class EventFilter(Part):
    """What an analyst follows: every given criterion must hold; lists match any of their values."""

    topics: list[Topic] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    person: str | None = None
    series: str | None = None
    types: list[EventType] = Field(default_factory=list)
    since: date | None = None  # events dated (or, undated, published) on or after this day
    text: str | None = Field(default=None, max_length=500)  # free text, matched like a search (`text_matches`)
    updates: bool = True  # also deliver `updated` notices (a later report added something)

    @field_validator("countries")
    @classmethod
    def _codes(cls, v: list[str]) -> list[str]:
        # `ROK`, `Korea`, `한국` and `kor` are one code, so a saved subscription fires whatever was typed.
        try:
            return resolve_countries(v)
        except UnknownCountry as exc:
            raise ValueError(str(exc)) from None

    def matches(self, e: EventRecord) -> bool:
        if self.text and not text_matches(self.text, e):
            return False
        if self.topics and not set(self.topics) & (set(e.topics) | {c.topic for c in e.commitments}):
            return False
        if self.countries and not set(self.countries) & set(e.participants):
            return False
        if self.types and e.type not in self.types:
            return False
        if self.series and _fold(self.series) not in _fold(e.series or "") + "|" + _fold(e.name or ""):
            return False
        if self.person:
            want = _fold(self.person)
            names = {_fold(x) for d in e.delegates for x in (d.name, d.name_en, d.person_id) if x}
            if want not in names and not any(want in n for n in names):
                return False
        day = e.date or e.published
        return not (self.since and (day is None or day < self.since.isoformat()))


TextMatcher = Callable[[str, EventRecord], bool]
_TEXT_MATCHER: list[TextMatcher] = []  # readout installs the search's analysis here (streams knows no Kiwi)


def use_text_matcher(matcher: TextMatcher | None) -> None:
    _TEXT_MATCHER[:] = [matcher] if matcher else []


def text_matches(text: str, e: EventRecord) -> bool:
    """Free text against an event: the installed matcher (the search's analysis), else every word of the text
    found in the event's text, case, spaces and punctuation ignored."""
    if _TEXT_MATCHER:
        return _TEXT_MATCHER[0](text, e)
    haystack = _fold(" ".join([e.name or "", e.series or "", e.evidence, e.location.city or "",
                               *(t.replace("_", " ") for t in e.topics),
                               *(x for c in e.commitments for x in (c.action, c.text, c.topic.replace("_", " "))),
                               *(x for d in e.delegates for x in (d.name, d.name_en or "", d.role or ""))]))
    return all(_fold(w) in haystack for w in text.split() if _fold(w))


def _fold(s: str) -> str:
    """Case, spaces, hyphens and dots do not distinguish names (`Wang Yun-jong` = `wang yunjong`)."""
    return "".join(ch for ch in s.casefold() if ch.isalnum())


NoticeKind = Literal["new", "updated", "removed"]


class EventNotice(Record):
    """A merged event appeared, changed or went away (topic `events.merged`, keyed by event key).

    `event` is the merged event as an event record (`id` = `key`); `previous` what it was before an
    update, so a subscriber can tell an update of something it was shown from a first match.
    """

    id: str  # the same change always has the same id: a redelivered notice is recognisable
    kind: NoticeKind
    key: str
    aliases: list[str] = Field(default_factory=list)
    event: EventRecord
    previous: EventRecord | None = None
    changes: list[str] = Field(default_factory=list)
    reports: int = 1
    at: AwareDatetime = Field(default_factory=utcnow)

    def verdict(self, flt: EventFilter) -> NoticeKind | None:
        """What this notice is for a follower of `flt`: a new event the first time the event matches, an
        update (or removal) of one it matched before, or nothing."""
        before = self.previous is not None and flt.matches(self.previous)
        if self.kind == "removed":
            return "removed" if before and flt.updates else None
        if not flt.matches(self.event):
            return None
        if self.kind == "new" or not before:
            return "new"
        return "updated" if flt.updates else None


class AlertRecord(Record):
    """An event that matched a standing subscription (topic `alerts.<subscription>`, keyed by event key)."""

    subscription: str
    event: EventRecord
    kind: NoticeKind = "new"
    changes: list[str] = Field(default_factory=list)
    notice: str | None = None  # the notice id it was fired for
    matched_at: AwareDatetime = Field(default_factory=utcnow)


RECORD_TYPES: dict[str, type[Record]] = {
    "DocumentRecord": DocumentRecord,
    "EventRecord": EventRecord,
    "DeadLetter": DeadLetter,
    "CrawlJob": CrawlJob,
    "AlertRecord": AlertRecord,
    "EventNotice": EventNotice,
}
