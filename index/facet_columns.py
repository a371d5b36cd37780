"""The embedded index's facet columns: what tantivy counts fast, and the sample that bounds the counting.

tantivy counts a column holding exactly one value per event ~6x faster than one holding zero or one value and
~25x faster than a multi-valued one, whose values it sorts per event (250 k events: `type` 0.4 ms, `participants`
11 ms, `persons` 27 ms). So every facet is counted on full single-valued columns: a single-valued facet (series,
month) with a placeholder for the events without one, the report languages as one combined value, and a
multi-valued facet in slots: an event's first values one per column (the placeholder where it has fewer), the
rest in a multi-valued column, empty for all but the few events that have more. An event's values are distinct,
so the columns' counts add up to the facet's. All columns are counted in one aggregation: a second pass over the
events with more values (marked in `f_more`, still written) evaluated the query again, ~7 % of a facets call.

Not one column of each event's combination of values (`KOR|USA`) either: there are far more combinations than
values (60 k generated events: participants 11,490 combinations of 234 values, topics 5,856 of 26, sources 977
of 14), so a combination column returns 40-200x the buckets of the slots.

A column's distinct values are costly in one way: tantivy reads a text column's dictionary in every segment to
name its buckets, whatever the query (persons, tens of thousands of names: 5-7 ms at 250 k events even for a
query with 900 matches). So persons are counted as 64-bit hashes (unsigned columns, no dictionary) and the
hashes of the buckets shown are named by a prefix look-up in `f_keys` (`<hash> <value>` terms), remembered.

Broad queries are counted on a sample: every event is in the sample of level 1 in N when the hash of its key is
a multiple of N (levels 8, 64, 512: nested), so a query's matches in a sample are a fixed, uniform fraction of
them, whatever the query. Facets count every match up to `EXACT_UP_TO` matches (estimated from the sparsest
sample), above it the sample that holds at most that many, scaled up (`Facets.sample`).
"""
from __future__ import annotations

import hashlib
import zlib
from typing import Any

from index.model import FACETS

NONE = "-"  # the placeholder: an event without a value, or with fewer values than slots
SLOTS = {"participants": 4, "topics": 4, "source": 3, "persons": 4}
SINGLE = {"type": "type", "series": "f_series", "month": "f_month", "lang": "f_lang"}  # `type`: always one value
HASHED = {"persons"}  # counted as hashes: too many values for a text column's dictionary
KEYS = "f_keys"  # `<hash as 16 hex digits> <value>`: the value of a hash
MORE = "f_more"  # the names of the facets an event has more values of than slots (written; not read)
SAMPLE = "sample"
SAMPLE_LEVELS = (8, 64, 512)
# Matches counted exactly; a broader query is counted on a sample of at most this many (`Facets.approximate`). At a
# million events a facets call costs ~3 ms fixed (0.12 ms per column, Python's share) and ~0.9 us per counted
# match: the query mix's p99 was 25 ms CPU with 20,000, 12 ms with 2,500 (load 6), which estimates 72 % of its
# queries, their 10 largest buckets within 9 % (median; p90 32 %, the small ones). README, benchmarks.index.
EXACT_UP_TO = 2_500
SIZES = {"persons": 200}  # buckets per column: persons (thousands) the most frequent; the others every value
EVERY_VALUE = 1000
assert set(SLOTS) | set(SINGLE) == set(FACETS)


def slot_columns(name: str) -> list[str]:
    return [f"f_{name}_{i}" for i in range(SLOTS[name])]


def more_column(name: str) -> str:
    return f"f_{name}_more"


def columns() -> tuple[list[str], list[str]]:
    """The facet-only columns of the schema: raw keywords and 64-bit hashes (all fast), then `KEYS` (indexed)."""
    text = [c for c in SINGLE.values() if c != "type"]
    hashed: list[str] = []
    for name in SLOTS:
        (hashed if name in HASHED else text).extend([*slot_columns(name), more_column(name)])
    return [*text, MORE, SAMPLE], hashed


def value_hash(value: str) -> int:
    """64 bits, never 0 (the placeholder)."""
    return int.from_bytes(hashlib.blake2b(value.encode(), digest_size=8).digest(), "big") or 1


def key_term(h: int, value: str) -> str:
    return f"{h:016x} {value}"


def sample_levels(key: str) -> list[str]:
    h = zlib.crc32(key.encode())
    return [str(n) for n in SAMPLE_LEVELS if h % n == 0]


def values(key: str, facets: dict[str, list[str]]) -> dict[str, list[str] | list[int]]:
    """The facet columns' values of one event, from its facet values (`type` is stored as it is)."""
    out: dict[str, list[str] | list[int]] = {
        "f_series": facets["series"][:1] or [NONE], "f_month": facets["month"][:1] or [NONE],
        "f_lang": [" ".join(sorted(set(facets["lang"]))) or NONE], SAMPLE: sample_levels(key)}
    more: list[str] = []
    keys: list[str] = []
    for name, k in SLOTS.items():
        distinct = list(dict.fromkeys(facets[name]))
        if name in HASHED:
            hashes = [value_hash(v) for v in distinct]
            keys += [key_term(h, v) for h, v in zip(hashes, distinct, strict=True)]
            out.update({c: [hashes[i] if i < len(hashes) else 0] for i, c in enumerate(slot_columns(name))})
            out[more_column(name)] = hashes[k:]
        else:
            out.update({c: [distinct[i] if i < len(distinct) else NONE] for i, c in enumerate(slot_columns(name))})
            out[more_column(name)] = distinct[k:]
        if distinct[k:]:
            more.append(name)
    out[MORE] = more
    out[KEYS] = keys
    return out


def _terms(column: str, name: str) -> dict[str, Any]:
    size = SIZES.get(name, EVERY_VALUE) + 1  # the placeholder takes a bucket
    return {"terms": {"field": column, "size": size}}


def requests() -> dict[str, Any]:
    """The aggregations over the matches: every facet column, the slots and the (mostly empty) overflow."""
    out = {column: _terms(column, name) for name, column in SINGLE.items()}
    for name in SLOTS:
        out.update({c: _terms(c, name) for c in [*slot_columns(name), more_column(name)]})
    return out


def counts(found: dict[str, Any]) -> dict[str, dict[str | int, int]]:
    """Each facet's counts, added up over its columns (hashed facets: by hash). A loop per kind of column and
    plain dicts: a query's few thousand buckets were a third of its facets' time in the generic loop."""
    out: dict[str, dict[str | int, int]] = {name: {} for name in FACETS}

    def add(name: str, result: dict[str, Any]) -> None:
        c = out[name]
        if name in HASHED:
            for b in result["buckets"]:
                if value := int(b["key"]):
                    c[value] = c.get(value, 0) + b["doc_count"]
        elif name == "lang":
            for b in result["buckets"]:
                for v in str(b["key"]).split(" "):
                    if v != NONE:
                        c[v] = c.get(v, 0) + b["doc_count"]
        else:
            for b in result["buckets"]:
                if (value := str(b["key"])) != NONE:
                    c[value] = c.get(value, 0) + b["doc_count"]

    for name, column in SINGLE.items():
        add(name, found[column])
    for name in SLOTS:
        for column in [*slot_columns(name), more_column(name)]:
            add(name, found[column])
    return out
