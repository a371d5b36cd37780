"""Timelines, topic trends and the co-participation network for any search, counted by the engine.

The month timeline is the month facet with the empty months between filled in; topic trends are a
month × topic pivot; the network is a participant × participant (or person × person) pivot: the weight
of an edge is the number of matching events both took part in.
"""
from __future__ import annotations

from typing import Literal

from pydantic import Field

from index.entities import person_labels
from index.model import MAX_PAGE_SIZE, Bucket, Model, SearchQuery
from index.port import EventIndex

MAX_MONTHS = 600  # a filled timeline spans at most 50 years; older or newer months are cut
MAX_NODES = 60
NetworkBy = Literal["participants", "persons"]


def month_range(first: str, last: str) -> list[str]:
    """`2023-11`, `2024-02` → every month from the first to the last, at most MAX_MONTHS."""
    y, m = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while len(out) < MAX_MONTHS:
        month = f"{y:04d}-{m:02d}"
        out.append(month)
        if month >= last:
            break
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def fill_months(buckets: list[Bucket]) -> list[Bucket]:
    counts = {b.value: b.count for b in buckets}
    if not counts:
        return []
    months = sorted(counts)
    return [Bucket(value=m, count=counts.get(m, 0)) for m in month_range(months[0], months[-1])]


def timeline(index: EventIndex, q: SearchQuery) -> list[Bucket]:
    return fill_months(index.facets(q.without_paging()).month)


class TopicSeries(Model):
    topic: str
    total: int
    counts: list[int]  # one per month of `TopicTrends.months`


class TopicTrends(Model):
    months: list[str]
    events: list[int]  # events per month
    topics: list[TopicSeries] = Field(default_factory=list)  # the most frequent topics, most frequent first


def topic_trends(index: EventIndex, q: SearchQuery, top: int = 8) -> TopicTrends:
    rows = index.pivot(q, "month", "topics", outer_size=1000, inner_size=100)
    if not rows:
        return TopicTrends(months=[], events=[])
    months = month_range(rows[0].value, rows[-1].value)
    by_month = {r.value: r for r in rows}
    totals: dict[str, int] = {}
    for r in rows:
        for b in r.buckets:
            totals[b.value] = totals.get(b.value, 0) + b.count
    chosen = sorted(totals, key=lambda t: (-totals[t], t))[:top]
    series = []
    for t in chosen:
        counts = [next((b.count for b in by_month[m].buckets if b.value == t), 0) if m in by_month else 0
                  for m in months]
        series.append(TopicSeries(topic=t, total=totals[t], counts=counts))
    return TopicTrends(months=months, events=[by_month[m].count if m in by_month else 0 for m in months],
                       topics=series)


class Node(Model):
    id: str
    label: str
    events: int
    country: str | None = None


class Edge(Model):
    source: str
    target: str
    weight: int  # events both took part in


class Network(Model):
    by: NetworkBy
    nodes: list[Node]
    edges: list[Edge]


def network(index: EventIndex, q: SearchQuery, by: NetworkBy = "participants", size: int = 30) -> Network:
    size = max(2, min(size, MAX_NODES))
    rows = index.pivot(q, by, by, outer_size=size, inner_size=size)
    ids = {r.value for r in rows}
    labels: dict[str, tuple[str, str | None]] = {}
    if by == "persons":  # person ids are canonical ids: name them from one page of their events
        page = index.search(q.model_copy(update={"sort": "date", "size": MAX_PAGE_SIZE, "search_after": None}))
        labels = {pid: (p.name_en or p.name, p.country)
                  for pid, p in person_labels([h.event for h in page.hits]).items()}
    nodes = [Node(id=r.value, label=labels.get(r.value, (r.value, None))[0], events=r.count,
                  country=labels.get(r.value, (r.value, None))[1]) for r in rows]
    edges = [Edge(source=r.value, target=b.value, weight=b.count)
             for r in rows for b in r.buckets if b.value in ids and r.value < b.value]
    return Network(by=by, nodes=nodes, edges=sorted(edges, key=lambda e: (-e.weight, e.source, e.target)))
