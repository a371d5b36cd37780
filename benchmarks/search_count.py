"""What a search's count costs, per query kind of the mix: `python -m benchmarks.search_count DIR`.

DIR is an index `python -m benchmarks.index --keep DIR` built. For each query of the realistic mix, in CPU time of
this process, interleaved: the first page's tantivy search with the count (`count=True`: a Count collector beside
TopDocs) and without it, two ways to count apart (a constant-score count, a `value_count` aggregation) and the whole
search. Each figure is the median over `--rounds` slices of the queries, with
its range. First a probe of tantivy-py itself: a lone term on 300 k synthetic documents of which only 1 in 1,000
can enter the top 20, with and without the count; a search that pruned (block-max WAND) would read a few hundred
of its 2,300 blocks. Figures go to benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import itertools
import random
import statistics
import time
from collections.abc import Callable

import tantivy
from tantivy import Order, Query

from benchmarks.harness import MIN_ROUNDS, Report
from benchmarks.index import Workload, pct
from index.model import SearchQuery
from index.tantivy_index import TantivyIndex

KINDS = ["English word", "Korean words", "words and a country", "person, topic and year", "person by date",
         "series by date", "topic from a year by date", "country by date", "a name or place"]  # Realistic.queries


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
    return {
        "page with count": lambda: searcher.search(query, limit=21, count=True, **order),
        "page without count": lambda: searcher.search(query, limit=21, count=False, **order),
        "constant-score count": lambda: ix._count(searcher, query),
        "value_count aggregation": lambda: searcher.aggregate(query, {"n": {"value_count": {"field": "sort"}}}),
    }


def cpu_ms(fn: Callable[[], object]) -> float:
    c = time.process_time()
    fn()
    return (time.process_time() - c) * 1000


def probe(report: Report, rounds: int) -> None:
    """A lone term whose top 20 only 300 of 300 k documents can enter (they hold it 50 times), with and without
    the count: what `count=False` saves when tantivy could prune."""
    b = tantivy.SchemaBuilder()
    b.add_text_field("t", stored=False)
    ix = tantivy.Index(b.build())
    w = ix.writer(100_000_000, 1)
    rnd = random.Random(1)
    for i in range(300_000):
        doc = tantivy.Document()
        doc.add_text("t", " ".join(["hot"] * (50 if i % 1000 == 0 else 1) + ["filler"] * rnd.randint(5, 40)))
        w.add_document(doc)
    w.commit()
    w.wait_merging_threads()
    ix.reload()
    searcher, query = ix.searcher(), Query.term_query(ix.schema, "t", "hot")
    sides = {f"probe: a lone term's top 20, count={c}": (lambda c=c: searcher.search(query, limit=20, count=c))
             for c in (True, False)}
    times: dict[str, list[float]] = {k: [] for k in sides}
    for _ in range(rounds):
        for k, fn in sides.items():
            times[k].append(statistics.median(cpu_ms(fn) for _ in range(20)))
    for k, xs in times.items():
        report.add(k, xs, "ms", f"{searcher.num_segments} segment, 300 k documents")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", help="a kept index (benchmarks.index --keep)")
    ap.add_argument("--queries", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="search-count")
    args = ap.parse_args()
    from readout.vocabulary import vocabulary

    work = Workload.of("realistic")
    ix = TantivyIndex(args.index, work.analyze, vocabulary())
    queries = labelled(work, args.queries, 23)
    report = Report(args.name, {"index": args.index, "queries": args.queries, "rounds": args.rounds,
                                "docs": ix.count()})
    probe(report, args.rounds)
    for _, q in queries[:30]:  # warm up
        ix.search(q)
    times: dict[tuple[str, str], list[tuple[int, float]]] = {}
    for i, (kind, q) in enumerate(queries):
        runs = {"whole search": lambda q=q: ix.search(q), **parts(ix, q)}
        order = list(runs) if i % 2 == 0 else list(runs)[::-1]
        for what in order:
            times.setdefault((kind, what), []).append((i, cpu_ms(runs[what])))
        for what in runs:
            times.setdefault(("all", what), []).append(times[(kind, what)][-1])
    step = len(queries) // args.rounds
    for (kind, what), xs in sorted(times.items()):
        slices = [[t for i, t in xs if r * step <= i < (r + 1) * step] for r in range(args.rounds)]
        slices = [s for s in slices if s]
        report.add(f"{kind}: {what} p50 CPU", [statistics.median(s) for s in slices], "ms", f"{len(xs)} queries")
        p = 99 if kind == "all" else 90  # a kind has a few dozen queries per slice
        report.add(f"{kind}: {what} p{p} CPU", [pct(s, p) if len(s) > 1 else s[0] for s in slices], "ms")
    report.save()


if __name__ == "__main__":
    main()
