"""Views benchmark: `python -m benchmarks.views [--events N] [--runs R]`.

Indexes N generated reports (N/2 merged events, a series of N/200 rounds among them) into tantivy, then
prints the median time of each view. The views read bounded pages and engine aggregations, so their time
should barely grow with N (compare two sizes).
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable

from benchmarks.index import generate
from extract.analysis import analyze
from index.compare import compare
from index.entities import country_view, person_view
from index.model import SearchQuery
from index.series import list_series, series_view
from index.tantivy_index import TantivyIndex
from index.trends import network, timeline, topic_trends
from streams.records import Commitment, EventRecord

SERIES = "Benchmark Economic Security Dialogue"


def with_series(events: list[EventRecord], every: int = 100) -> list[EventRecord]:
    """Every `every`-th pair of reports becomes a round of one series, numbered by date."""
    rounds = sorted({e.key for i, e in enumerate(events) if (i // 2) % every == 0},
                    key=lambda k: k.split(":")[1])
    ordinal = {k: n for n, k in enumerate(rounds, 1)}
    return [e.model_copy(update={
        "series": SERIES, "ordinal": ordinal[e.key], "type": "dialogue",
        "commitments": [Commitment(topic=t, action=f"cooperate on {t}", text=e.evidence, parties=e.participants)
                        for t in e.topics]}) if e.key in ordinal else e for e in events]


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=20_000, help="reports to index (two per merged event)")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    events = with_series(generate(args.events))
    with tempfile.TemporaryDirectory() as tmp:
        index = TantivyIndex(tmp, analyze)
        for start in range(0, len(events), 2000):
            assert not index.write(events[start:start + 2000])
        key = next(e.key for e in events if e.series)
        views: dict[str, Callable[[], object]] = {
            "series list": lambda: list_series(index),
            "series page": lambda: series_view(index, SERIES),
            "compare": lambda: compare(index.get(key), index.reports(key)),  # type: ignore[arg-type]
            "person page": lambda: person_view(index, "Wang Yun-jong"),
            "country page": lambda: country_view(index, "KOR"),
            "timeline": lambda: timeline(index, SearchQuery()),
            "topic trends": lambda: topic_trends(index, SearchQuery()),
            "network (countries)": lambda: network(index, SearchQuery()),
            "network (persons)": lambda: network(index, SearchQuery(), by="persons"),
        }
        rounds = len(series_view(index, SERIES).rounds)  # type: ignore[union-attr]
        print(f"tantivy, {index.count()} merged events ({len(events)} reports), a series of {rounds} rounds; "
              f"median of {args.runs}:")
        for name, fn in views.items():
            print(f"  {name:22} {median_ms(fn, args.runs):8.1f} ms")
        index.close()


if __name__ == "__main__":
    main()
