"""Old against new read code on one kept index, in one process: `python -m benchmarks.index_ab DIR OLD`.

DIR is an index `python -m benchmarks.index --keep DIR` built; OLD a folder holding the previous
`tantivy_index.py` and `facet_columns.py` (`git show <commit>:index/tantivy_index.py > OLD/tantivy_index.py`,
the same for `facet_columns.py`). Each query of the mix is run by both sides in alternating order, in CPU time
of this process (the machine is shared: wall-clock swings with the others' load); the queries are cut into
`--rounds` slices, and each figure is the median of the slices' values with their range: p50 and p99 of each
side and the median per-query ratio new/old. Facets are counted for every query (none remembered). Figures go to
benchmarks/results/<name>.json.
"""
from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from benchmarks.harness import MIN_ROUNDS, Report
from benchmarks.index import Workload, pct, query_mix
from index.model import SearchQuery


def _module(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader, path
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def old_index_class(folder: Path) -> type:
    """The old TantivyIndex, bound to the old facet columns (`from index import facet_columns` finds them)."""
    import index
    import index.facet_columns as new_columns

    old_columns = _module("old_facet_columns", folder / "facet_columns.py")
    index.facet_columns = old_columns  # type: ignore[attr-defined]
    sys.modules["index.facet_columns"] = old_columns
    try:
        return _module("old_tantivy_index", folder / "tantivy_index.py").TantivyIndex
    finally:
        index.facet_columns = new_columns  # type: ignore[attr-defined]
        sys.modules["index.facet_columns"] = new_columns


RUNS: dict[str, Callable[[object, SearchQuery], object]] = {
    "search": lambda ix, q: ix.search(q),  # type: ignore[attr-defined]
    "facets": lambda ix, q: ix.facets(q),  # type: ignore[attr-defined]
    "search with facets (the web page)":
        lambda ix, q: ix.search(q.model_copy(update={"mentioned": False}), facets=True),  # type: ignore[attr-defined]
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("index", help="a kept index (benchmarks.index --keep)")
    ap.add_argument("old", help="a folder with the old tantivy_index.py and facet_columns.py")
    ap.add_argument("--queries", type=int, default=1_000, help="queries of the mix per kind of call")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--name", default="index-ab")
    args = ap.parse_args()
    from index.tantivy_index import TantivyIndex
    from readout.vocabulary import vocabulary

    work, vocab = Workload.of("realistic"), vocabulary()
    sides = {"old": old_index_class(Path(args.old))(args.index, work.analyze, vocab),
             "new": TantivyIndex(args.index, work.analyze, vocab)}
    for ix in sides.values():
        if hasattr(ix, "facet_cache"):
            ix.facet_cache = 0
    report = Report(args.name, {"index": args.index, "queries": args.queries, "rounds": args.rounds,
                                "docs": sides["new"].count()})
    next_query = query_mix(work, 23)
    queries = [next_query() for _ in range(args.queries)]
    for what, run in RUNS.items():
        for ix in sides.values():  # warm up
            for q in queries[:20]:
                run(ix, q)
        cpu: dict[str, list[float]] = {k: [] for k in sides}
        for i, q in enumerate(queries):
            for k in (list(sides) if i % 2 == 0 else list(sides)[::-1]):
                c = time.process_time()
                run(sides[k], q)
                cpu[k].append((time.process_time() - c) * 1000)
        step = len(queries) // args.rounds
        cuts = [slice(r * step, (r + 1) * step) for r in range(args.rounds)]
        for k in sides:
            report.add(f"{what} p50 CPU, {k}", [statistics.median(cpu[k][s]) for s in cuts], "ms")
            report.add(f"{what} p99 CPU, {k}", [pct(cpu[k][s], 99) for s in cuts], "ms")
        report.add(f"{what}: median per-query new/old", [statistics.median(
            b / a for a, b in zip(cpu["old"][s], cpu["new"][s], strict=True) if a > 0) for s in cuts], "×")
    report.save()


if __name__ == "__main__":
    main()
