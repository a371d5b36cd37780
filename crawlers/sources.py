"""The source registry: YAML data validated by pydantic, with errors that name the file and source."""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from croniter import croniter
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from crawlers.urls import CanonicalRules

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_REGISTRY = PACKAGE_DIR / "sources.yaml"
SAMPLES_REGISTRY = PACKAGE_DIR.parent / "samples" / "site" / "sources.yaml"
SAMPLES_PLACEHOLDER = "{samples}"
DEFAULT_SAMPLES_URL = "http://127.0.0.1:8765"


class RegistryError(ValueError):
    """The registry file is missing or invalid; the message says where."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Rewrite(Strict):
    pattern: str
    replace: str

    @field_validator("pattern")
    @classmethod
    def _regex(cls, v: str) -> str:
        re.compile(v)
        return v


class Canonical(Strict):
    keep_params: list[str] | None = None  # query parameters that identify an article (all others dropped)
    rewrites: list[Rewrite] = Field(default_factory=list)  # section-path variants → one form


class Selectors(Strict):
    """CSS selectors for sites where generic extraction is not enough."""

    title: str | None = None
    text: str | None = None
    date: str | None = None


class Source(Strict):
    id: str = Field(pattern=r"^[a-z]{2,6}\.[a-z0-9][a-z0-9.-]*$")
    name: str = Field(min_length=1)
    country: str = Field(pattern=r"^[A-Z]{3}$")
    language: Literal["ko", "en", "ja"]
    timezone: str = "UTC"
    discovery: Literal["feed", "sitemap", "listing"]
    start_urls: list[str] = Field(min_length=1)
    allowed_domains: list[str] = Field(min_length=1)
    article_patterns: list[str] = Field(default_factory=list)  # regexes over the URL; empty = any in domain
    exclude_patterns: list[str] = Field(default_factory=list)
    link_selector: str | None = None  # CSS: where article links live on a listing page
    next_page: str | None = None  # CSS: the "next page" link; rel=next is tried without it
    max_pages: int = Field(default=10, ge=1, le=10000)  # listing/feed/sitemap pages per run
    max_articles: int = Field(default=200, ge=1)  # new articles fetched per run
    selectors: Selectors = Field(default_factory=Selectors)
    date_formats: list[str] = Field(default_factory=list)  # strptime formats tried before the generic ones
    canonical: Canonical = Field(default_factory=Canonical)
    schedule: str = "0 */2 * * *"
    enabled: bool = True
    spider: str | None = None  # a per-site spider name, where a site needs one
    download_delay: float | None = Field(default=None, ge=0)
    notes: str | None = None

    @field_validator("timezone")
    @classmethod
    def _tz(cls, v: str) -> str:
        try:
            ZoneInfo(v)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError(f"unknown time zone {v!r}") from e
        return v

    @field_validator("schedule")
    @classmethod
    def _cron(cls, v: str) -> str:
        if not croniter.is_valid(v):
            raise ValueError(f"not a cron expression: {v!r}")
        return v

    @field_validator("article_patterns", "exclude_patterns")
    @classmethod
    def _regexes(cls, v: list[str]) -> list[str]:
        for p in v:
            try:
                re.compile(p)
            except re.error as e:
                raise ValueError(f"bad regex {p!r}: {e}") from e
        return v

    @field_validator("start_urls")
    @classmethod
    def _http(cls, v: list[str]) -> list[str]:
        for url in v:
            if not re.match(r"^https?://[^/]+", url):
                raise ValueError(f"start URL must be http(s): {url!r}")
        return v

    @property
    def spider_name(self) -> str:
        return self.spider or self.discovery

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @cached_property
    def _article_res(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.article_patterns]

    @cached_property
    def _exclude_res(self) -> list[re.Pattern[str]]:
        return [re.compile(p) for p in self.exclude_patterns]

    def is_article(self, url: str) -> bool:
        if any(p.search(url) for p in self._exclude_res):
            return False
        return not self._article_res or any(p.search(url) for p in self._article_res)

    @cached_property
    def canonical_rules(self) -> CanonicalRules:
        scheme = self.start_urls[0].split(":", 1)[0].lower()
        keep = frozenset(self.canonical.keep_params) if self.canonical.keep_params is not None else None
        rewrites = tuple((re.compile(r.pattern), r.replace) for r in self.canonical.rewrites)
        return CanonicalRules(scheme=scheme, keep_params=keep, rewrites=rewrites,
                              domains=tuple(self.allowed_domains))


def _describe(e: ValidationError) -> str:
    return "; ".join(f"{'.'.join(str(x) for x in err['loc']) or '(source)'}: {err['msg']}" for err in e.errors())


def load_file(path: Path, samples_url: str | None = DEFAULT_SAMPLES_URL) -> list[Source]:
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RegistryError(f"{path}: cannot read: {e}") from e
    if samples_url is not None:
        raw = raw.replace(SAMPLES_PLACEHOLDER, samples_url.rstrip("/"))
        raw = raw.replace("{samples_host}", re.sub(r"^https?://|:\d+$|/.*$", "", samples_url.split("//", 1)[-1]))
    try:
        data = yaml.safe_load(raw) or {}
    except yaml.YAMLError as e:
        raise RegistryError(f"{path}: not valid YAML: {e}") from e
    entries = data.get("sources") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise RegistryError(f"{path}: expected a top-level `sources:` list")
    out: list[Source] = []
    for i, entry in enumerate(entries, start=1):
        sid = entry.get("id", "?") if isinstance(entry, dict) else "?"
        try:
            out.append(Source.model_validate(entry))
        except ValidationError as e:
            raise RegistryError(f"{path}: source #{i} ({sid}): {_describe(e)}") from e
    return out


class Registry:
    def __init__(self, sources: Sequence[Source]) -> None:
        self.sources: dict[str, Source] = {}
        for s in sources:
            if s.id in self.sources:
                raise RegistryError(f"duplicate source id {s.id!r}")
            self.sources[s.id] = s

    def get(self, source_id: str) -> Source:
        try:
            return self.sources[source_id]
        except KeyError:
            known = ", ".join(sorted(self.sources))
            raise RegistryError(f"unknown source {source_id!r}; known: {known}") from None

    def __iter__(self) -> Iterator[Source]:
        return iter(self.sources.values())

    def __len__(self) -> int:
        return len(self.sources)


def registry_paths(configured: Sequence[str] | str | None) -> list[Path]:
    if configured:
        items = configured.split(",") if isinstance(configured, str) else list(configured)
        return [Path(p.strip()) for p in items if p.strip()]
    return [DEFAULT_REGISTRY] + ([SAMPLES_REGISTRY] if SAMPLES_REGISTRY.exists() else [])


def load_registry(paths: Sequence[str] | str | None = None, samples_url: str | None = None) -> Registry:
    """Load every registry file; `{samples}` in a URL becomes the sample site's base URL."""
    sources: list[Source] = []
    for path in registry_paths(paths):
        sources.extend(load_file(path, samples_url or DEFAULT_SAMPLES_URL))
    return Registry(sources)
