"""Two-level counts computed by the engine: for each value of one facet, the counts of another facet's values
among the matching events (a terms aggregation inside a terms aggregation, on both backends).

They feed the views that need more than flat facets: topics per month (trends), partners per country,
who met whom (co-participation). Sizes are capped, so a view never reads more than
MAX_OUTER × MAX_INNER buckets, whatever the index holds.
"""
from __future__ import annotations

from typing import Any

from pydantic import Field

from index.model import FACETS, Bucket, Model

MAX_OUTER = 1000  # months over 80 years; more values than any view draws
MAX_INNER = 100


class PivotRow(Model):
    value: str
    count: int  # events with this outer value
    buckets: list[Bucket] = Field(default_factory=list)  # inner values among those events, most frequent first


def check_pivot(outer: str, inner: str, outer_size: int, inner_size: int) -> tuple[int, int]:
    for name in (outer, inner):
        if name not in FACETS:
            raise ValueError(f"unknown facet {name!r}: one of {', '.join(FACETS)}")
    return max(1, min(outer_size, MAX_OUTER)), max(1, min(inner_size, MAX_INNER))


def pivot_aggs(outer_field: str, inner_field: str, outer_size: int, inner_size: int) -> dict[str, Any]:
    """The aggregation request, in the Elasticsearch syntax both engines read."""
    return {"outer": {"terms": {"field": outer_field, "size": outer_size},
                      "aggs": {"inner": {"terms": {"field": inner_field, "size": inner_size}}}}}


def pivot_rows(result: dict[str, Any], outer: str) -> list[PivotRow]:
    rows = [PivotRow(value=str(b["key"]), count=int(b["doc_count"]),
                     buckets=[Bucket(value=str(i["key"]), count=int(i["doc_count"])) for i in b["inner"]["buckets"]])
            for b in result["outer"]["buckets"]]
    return sorted(rows, key=lambda r: r.value) if outer == "month" else rows
