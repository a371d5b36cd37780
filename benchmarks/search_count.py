"""Where a search's count goes, per query kind of the mix: `python -m benchmarks.search_count DIR [--old OLD]`.

DIR is an index `python -m benchmarks.index --keep DIR` built. For each query of the realistic mix, in CPU time of
this process, interleaved: the first page's tantivy search with the count (`count=True`, a Count collector beside
TopDocs) and without it, the ways to count apart (a constant-score count, a `value_count` aggregation, the term
dictionary's lower bound `index.match_bound`), and the whole search with every total counted (`counted`) against
the total past the cap from the bound (`new`). Each figure is the median over `--rounds` slices of the queries,
with its range. With `--old OLD` (a folder with the previous `tantivy_index.py` and `facet_columns.py`, as
`benchmarks.index_ab` takes) every query's first and second page are compared with the old code's: the same
events in the same order, the same total. Figures go to benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from tantivy import Order

from benchmarks.harness import MIN_ROUNDS, Report
from benchmarks.index import Workload, pct
from index.match_bound import at_least
from index.model import SearchQuery
from index.port import Found
from index.tantivy_index import TantivyIndex

KINDS = ["English word", "Korean words", "words and a country", "person, topic and year", "person by date",
         "series by date", "topic from a year by date", "country by date", "a name or place"]  # Realistic.queries


class Counted(TantivyIndex):
    """Every total counted (the read code before `index.match_bound`)."""

    def _past_cap(self, *args: object) -> None:
        return None


def labelled(work: Workload, n: int, seed: int) -> list[tuple[str, SearchQuery]]:
    rnd = random.Random(seed)
    mix = work.queries(rnd)
    assert len(mix) == len(KINDS), "Realistic.queries changed: name its kinds in KINDS"
    cum = list(itertools.accumulate(w for w, _ in mix))
    out = []
    for _ in range(n):
        i = rnd.choices(range(len(mix)), cum_weights=cum)[0]
        out.append((KINDS[i], mix[i][1]()))
    return out


def parts(ix: TantivyIndex, q: SearchQuery) -> dict[str, Callable[[], object]]:
    """The first page's pieces: its search with and without the count, and the ways to count its matches."""
    searcher, text = ix._searcher(), ix.text_query(q.q)
    clauses = ix._clauses(q, text)
    if q.sort == "date":
        query = ix._combine(clauses)
        order = {"order_by_field": "sort", "order": Order.Desc}
    else:
        query, order = ix._top_tier(clauses), {}
    excluded = (("mentioned", "true"),) if q.mentioned is False else ()
    return {
        "page with count": lambda: searcher.search(query, limit=21, count=True, **order),
        "page without count": lambda: searcher.search(query, limit=21, count=False, **order),
        "constant-score count": lambda: ix._count(searcher, query),
        "value_count aggregation": lambda: searcher.aggregate(query, {"n": {"value_count": {"field": "sort"}}}),
        "term-dictionary bound": lambda: at_least(searcher, ix._required(q, text), excluded),
    }


def cpu_ms(fn: Callable[[], object]) -> float:
    c = time.process_time()
    fn()
    return (time.process_time() - c) * 1000


def same(a: Found, b: Found) -> bool:
    return (a.total, a.exact, [e.key for e in a.events]) == (b.total, b.exact, [e.key for e in b.events])


def compare_pages(old: TantivyIndex, new: TantivyIndex, queries: list[tuple[str, SearchQuery]]) -> tuple[int, int]:
    """(pages compared, pages that differ): each query's first page and the page after it."""
    pages = differ = 0
    for _, q in queries:
        text = new.text_query(q.q)
        a, b = old._search(q, text, q.size), new._search(q, text, q.size)
        pages, differ = pages + 1, differ + (not same(a, b))
        if a.next and b.next:
            a2 = old._search(q.model_copy(update={"search_after": a.next}), text, q.size)
            b2 = new._search(q.model_copy(update={"search_after": b.next}), text, q.size)
            pages, differ = pages + 1, differ + (not same(a2, b2))
    return pages, differ


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", help="a kept index (benchmarks.index --keep)")
    ap.add_argument("--queries", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--old", help="a folder with the old tantivy_index.py and facet_columns.py: compare pages")
    ap.add_argument("--name", default="search-count")
    args = ap.parse_args()
    from readout.vocabulary import vocabulary

    work, vocab = Workload.of("realistic"), vocabulary()
    sides = {"counted": Counted(args.index, work.analyze, vocab), "new": TantivyIndex(args.index, work.analyze, vocab)}
    queries = labelled(work, args.queries, 23)
    report = Report(args.name, {"index": args.index, "queries": args.queries, "rounds": args.rounds,
                                "docs": sides["new"].count()})
    if args.old:
        from benchmarks.index_ab import old_index_class

        old = old_index_class(Path(args.old))(args.index, work.analyze, vocab)
        pages, differ = compare_pages(old, sides["new"], queries)
        report.add("pages that differ from the old code's", differ, "pages", f"of {pages} (first and second)")
    for _, q in queries[:30]:  # warm up
        for ix in sides.values():
            ix.search(q)
    times: dict[tuple[str, str], list[tuple[int, float]]] = {}
    proved: dict[str, list[bool]] = {}
    for i, (kind, q) in enumerate(queries):
        runs = {f"search, {k}": (lambda ix=ix, q=q: ix.search(q)) for k, ix in sides.items()}
        runs.update(parts(sides["new"], q))
        order = list(runs) if i % 2 == 0 else list(runs)[::-1]
        for what in order:
            times.setdefault((kind, what), []).append((i, cpu_ms(runs[what])))
        for what in runs:
            times.setdefault(("all", what), []).append(times[(kind, what)][-1])
        proved.setdefault(kind, []).append(sides["new"]._past_cap(sides["new"]._searcher(), q,
                                                                   sides["new"].text_query(q.q), 10_000) is not None)
    step = len(queries) // args.rounds
    for (kind, what), xs in sorted(times.items()):
        slices = [[t for i, t in xs if r * step <= i < (r + 1) * step] for r in range(args.rounds)]
        slices = [s for s in slices if s]
        report.add(f"{kind}: {what} p50 CPU", [statistics.median(s) for s in slices], "ms", f"{len(xs)} queries")
        p = 99 if kind == "all" else 90  # a kind has a few dozen queries per slice
        report.add(f"{kind}: {what} p{p} CPU", [pct(s, p) if len(s) > 1 else s[0] for s in slices], "ms")
    for kind, xs in proved.items():
        report.add(f"{kind}: total past the cap from the bound", 100 * sum(xs) / len(xs), "% of its queries")
    report.save()


if __name__ == "__main__":
    main()
