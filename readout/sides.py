"""Which government a report speaks for: the source registry's country of its source (readout wires the
registry into the comparison view, which lives in index/ and knows no crawlers)."""
from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from streams.records import EventRecord


@lru_cache(maxsize=8)
def source_countries(registry: str | None) -> dict[str, str]:
    from crawlers.sources import RegistryError, load_registry

    try:
        return {s.id: s.country for s in load_registry(registry or None)}
    except RegistryError:
        return {}


def side_of(registry: str | None = None) -> Callable[[EventRecord], str | None]:
    countries = source_countries(registry)
    return lambda r: countries.get(r.source or "")
