"""The embedded index's facet columns: what tantivy counts fast, and the sample that bounds the counting.

tantivy counts a column holding exactly one value per event ~6x faster than one holding zero or one value and
~25x faster than a multi-valued one, whose values it sorts per event (250 k events: `type` 0.4 ms, `participants`
11 ms, `persons` 27 ms). So every facet is counted on full single-valued columns: a single-valued facet (series,
month) with a placeholder for the events without one, the report languages as one combined value, and a
multi-valued facet in slots: an event's first values one per column (the placeholder where it has fewer), the
rest in a multi-valued column read only for the few events that have more (marked in `f_more`). An event's
values are distinct, so the columns' counts add up to the facet's.

Broad queries are counted on a sample: every event is in the sample of level 1 in N when the hash of its key is
a multiple of N (levels 8, 64, 512: nested), so a query's matches in a sample are a fixed, uniform fraction of
them, whatever the query. Facets count every match up to `EXACT_UP_TO` matches (estimated from the sparsest
sample), above it the sample that holds at most that many, scaled up (`Facets.sample`).
"""
from __future__ import annotations

import zlib
from collections import Counter
from typing import Any

from index.model import FACETS

NONE = "-"  # the placeholder: an event without a value, or with fewer values than slots
SLOTS = {"participants": 4, "topics": 4, "source": 3, "persons": 4}
SINGLE = {"type": "type", "series": "f_series", "month": "f_month", "lang": "f_lang"}  # `type`: always one value
MORE = "f_more"  # the names of the facets an event has more values of than slots
SAMPLE = "sample"
SAMPLE_LEVELS = (8, 64, 512)
EXACT_UP_TO = 50_000  # matches counted exactly; a broader query is counted on a sample of at most this many
SIZES = {"persons": 100}  # buckets per column: persons (thousands) the most frequent; the others every value
EVERY_VALUE = 1000
assert set(SLOTS) | set(SINGLE) == set(FACETS)


def slot_columns(name: str) -> list[str]:
    return [f"f_{name}_{i}" for i in range(SLOTS[name])]


def more_column(name: str) -> str:
    return f"f_{name}_more"


def columns() -> list[str]:
    """The facet-only columns of the schema (raw keywords, fast)."""
    out = [c for c in SINGLE.values() if c != "type"]
    for name in SLOTS:
        out += [*slot_columns(name), more_column(name)]
    return [*out, MORE, SAMPLE]


def sample_levels(key: str) -> list[str]:
    h = zlib.crc32(key.encode())
    return [str(n) for n in SAMPLE_LEVELS if h % n == 0]


def values(key: str, facets: dict[str, list[str]]) -> dict[str, list[str]]:
    """The facet columns' values of one event, from its facet values (`type` is stored as it is)."""
    out: dict[str, list[str]] = {
        "f_series": facets["series"][:1] or [NONE], "f_month": facets["month"][:1] or [NONE],
        "f_lang": [" ".join(sorted(set(facets["lang"]))) or NONE], SAMPLE: sample_levels(key), MORE: []}
    for name, k in SLOTS.items():
        distinct = list(dict.fromkeys(facets[name]))
        for i, column in enumerate(slot_columns(name)):
            out[column] = [distinct[i] if i < len(distinct) else NONE]
        out[more_column(name)] = distinct[k:]
        if distinct[k:]:
            out[MORE].append(name)
    return out


def _terms(column: str, name: str) -> dict[str, Any]:
    size = SIZES.get(name, EVERY_VALUE) + 1  # the placeholder takes a bucket
    return {"terms": {"field": column, "size": size, **({"segment_size": 2 * size} if name in SIZES else {})}}


def requests() -> tuple[dict[str, Any], dict[str, Any]]:
    """The aggregations over the matches (single-valued columns) and over those of them with more values."""
    main = {column: _terms(column, name) for name, column in SINGLE.items()}
    for name in SLOTS:
        main.update({c: _terms(c, name) for c in slot_columns(name)})
    more = {more_column(name): _terms(more_column(name), name) for name in SLOTS}
    return main, more


def counts(main: dict[str, Any], more: dict[str, Any] | None) -> dict[str, Counter[str]]:
    """Each facet's counts, added up over its columns."""
    out: dict[str, Counter[str]] = {name: Counter() for name in FACETS}

    def add(name: str, result: dict[str, Any]) -> None:
        for b in result["buckets"]:
            value = str(b["key"])
            if value != NONE:
                for v in value.split(" ") if name == "lang" else [value]:
                    out[name][v] += int(b["doc_count"])

    for name, column in SINGLE.items():
        add(name, main[column])
    for name in SLOTS:
        for column in slot_columns(name):
            add(name, main[column])
        if more is not None:
            add(name, more[more_column(name)])
    return out
