"""Index benchmark: `python -m benchmarks.index [--events N] [--es-events N] [--kiwi-events N] [--quick]`.

Builds a tantivy index of N generated reports (two per merged event, Korean and English) through the
indexer's write path (merge, fields, commit) and prints: build throughput (median over the five fifths
of the build), size on disk, peak memory, search p50/p99 with highlights, facets (counted for every query), the web
page's next page (its facets remembered) and `search_after`
deep paging (each a median of rounds), Kiwi-analysed indexing, then Elasticsearch-through-noida-db
indexing, which is an emulator figure, not a prediction for a real cluster. Figures go to
benchmarks/results/index.json. A million merged events: `--events 2000000 --kiwi-events 0 --es-events 0
--direct --name index-1m` (`--direct`: the events are stored without the identity step, whose write path
is measured at the default size). `--keep DIR` keeps the built index; `--reuse DIR` measures the read side again
on it without building (a million events take 30+ minutes to build on the shared machine). `--kiwi-only
--name index-kiwi`: the Kiwi-analysed figures alone (reports carrying their Korean terms, reports without).
"""
from __future__ import annotations

import argparse
import itertools
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from benchmarks.gen_events import (
    Realistic,
    kiwi_table,
    plain,
    table_analyzer,
    uniform_events,
    uniform_queries,
)
from benchmarks.harness import MIN_ROUNDS, Report
from index.lexicon import Vocabulary
from index.model import Analyzer, SearchQuery
from index.port import EventIndex
from streams.records import EventRecord

GENERATORS = ("realistic", "uniform")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def generate(n: int, seed: int = 7) -> list[EventRecord]:
    """`n` reports of the uniform generator (two per event: the views benchmark numbers rounds by pairs)."""
    return list(uniform_events(n, seed))


@dataclass
class Workload:
    """A generator's reports, the Korean analysis that goes with them and its query mix."""

    name: str
    events: Callable[[int, int], Iterator[EventRecord]]
    analyze: Analyzer
    queries: Callable[[random.Random], list[tuple[float, Callable[[], SearchQuery]]]]
    broad: SearchQuery  # the facet figure's query: one frequent word (as the figures up to 2026-12-02)

    @classmethod
    def of(cls, name: str) -> Workload:
        if name == "uniform":
            return cls(name, uniform_events, plain, lambda rnd: [(1.0, f) for f in uniform_queries(rnd)],
                       SearchQuery(q="cooperation"))
        gen = Realistic()
        return cls(name, gen.events, table_analyzer(kiwi_table(gen.w.korean_texts())), gen.queries,
                   SearchQuery(q="cooperation"))


def build(index: EventIndex, events: Iterator[EventRecord], n: int, batch: int, parts: int = MIN_ROUNDS
          ) -> list[float]:
    """Indexes `n` reports in batches; returns the reports/s of each of `parts` equal slices of the build."""
    def write(buf: list[EventRecord]) -> None:
        failed = index.write(buf)
        assert not failed, failed

    return _timed(events, n, batch, parts, write)


def build_direct(index: EventIndex, events: Iterator[EventRecord], n: int, batch: int, parts: int = MIN_ROUNDS
                 ) -> list[float]:
    """Stores each generated event (its reports merged) without the write path's identity step (finding the
    stored events a report may belong to and clustering them again), which is measured by `build`; returns the
    reports/s of each of `parts` slices."""
    from index.merge import merge
    from index.plan import Stored

    held: list[EventRecord] = []  # an event's first reports, when a batch ends inside it

    def store(buf: list[EventRecord]) -> None:  # the generators yield an event's reports one after the other
        nonlocal held
        buf = held + buf
        groups = [list(g) for _, g in itertools.groupby(buf, key=lambda r: r.key)]
        held = groups.pop() if len(buf) == len(held) + batch else []
        assert not index._store([Stored(merge(g, vocab=index.vocab), g) for g in groups])

    rates = _timed(events, n, batch, parts, store)
    if held:
        held, last = [], held
        assert not index._store([Stored(merge(last, vocab=index.vocab), last)])
    return rates


def _timed(events: Iterator[EventRecord], n: int, batch: int, parts: int,
           write: Callable[[list[EventRecord]], None]) -> list[float]:
    rates, done, t = [], 0, time.perf_counter()
    step = max(n // parts, batch)
    buf: list[EventRecord] = []
    for ev in events:
        buf.append(ev)
        if len(buf) == batch:
            write(buf)
            done, buf = done + len(buf), []
            if done % step < batch and done >= step * (len(rates) + 1):
                now = time.perf_counter()
                rates.append(step / (now - t))
                t = now
    if buf:
        write(buf)
    return rates or [n / (time.perf_counter() - t)]


def du_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20


def query_mix(work: Workload, seed: int) -> Callable[[], SearchQuery]:
    rnd = random.Random(seed)
    mix = work.queries(rnd)
    cum = list(itertools.accumulate(w for w, _ in mix))
    return lambda: rnd.choices(mix, cum_weights=cum)[0][1]()


def latencies(index: EventIndex, work: Workload, n: int, seed: int = 11, facets: bool = False
              ) -> tuple[list[float], list[float]]:
    """Milliseconds per search of `n` queries of the workload's mix, wall-clock and CPU time of this process (the
    machine is shared: wall-clock time swings with the others' load). With facets: as the web page asks, which
    leaves out events only mentioned in passing."""
    next_query = query_mix(work, seed)

    def run(q: SearchQuery) -> object:
        return index.search(q.model_copy(update={"mentioned": False}) if facets else q, facets=facets)
    return timed_queries(next_query, n, run)


def facet_latencies(index: EventIndex, work: Workload, n: int, seed: int = 11) -> tuple[list[float], list[float]]:
    return timed_queries(query_mix(work, seed), n, index.facets)


def next_page_latencies(index: EventIndex, work: Workload, n: int, seed: int = 11
                        ) -> tuple[list[float], list[float]]:
    """The web page's second page of each query of the mix (the first, untimed, shown just before): its facets
    are the first page's, remembered while the index is unchanged."""
    next_query = query_mix(work, seed)

    def second() -> SearchQuery:
        q = next_query().model_copy(update={"mentioned": False})
        first = index.search(q, facets=True)
        return q.model_copy(update={"search_after": first.next}) if first.next else q
    return timed_queries(second, n, lambda q: index.search(q, facets=True))


def timed_queries(next_query: Callable[[], SearchQuery], n: int, run: Callable[[SearchQuery], object]
                  ) -> tuple[list[float], list[float]]:
    wall, cpu = [], []
    for _ in range(n):
        q = next_query()
        t, c = time.perf_counter(), time.process_time()
        run(q)
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - t) * 1000)
    return wall, cpu


def pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100)[int(p) - 1]


def deep_page_ms(index: EventIndex, pages: int) -> float:
    """Milliseconds per page walking `pages` pages of 20 by `search_after`, newest first."""
    q = SearchQuery(sort="date", size=20)
    t = time.perf_counter()
    for _ in range(pages):
        page = index.search(q)
        if not page.next:
            break
        q = q.model_copy(update={"search_after": page.next})
    return (time.perf_counter() - t) / pages * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=200_000, help="reports (two per merged event on average)")
    ap.add_argument("--generator", choices=GENERATORS, default="realistic",
                    help="realistic (the gazetteers' vocabulary, Zipf frequencies) or uniform (the figures up to "
                         "2026-12-02: 29 English words)")
    ap.add_argument("--es-events", type=int, default=10_000)
    ap.add_argument("--kiwi-events", type=int, default=2_000, help="reports per Kiwi-analysed round")
    ap.add_argument("--searches", type=int, default=1_000, help="queries per round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 20k reports, 300 searches, 500 Kiwi, 2k ES")
    ap.add_argument("--name", default="index", help="results/<name>.json (the million-event run: index-1m)")
    ap.add_argument("--direct", action="store_true",
                    help="store the generated events without the identity step, in batches of 10k reports (a "
                         "million events: identity's write path is measured at the default size)")
    ap.add_argument("--keep", metavar="DIR", help="build the tantivy index into DIR and keep it (for --reuse)")
    ap.add_argument("--kiwi-only", action="store_true",
                    help="only the Kiwi-analysed indexing figures (reports with and without carried terms)")
    ap.add_argument("--reuse", metavar="DIR",
                    help="skip the build: measure the read side on the index --keep left in DIR (its build, "
                         "size figures are not reported again)")
    args = ap.parse_args()
    if args.quick:
        args.events, args.searches, args.kiwi_events, args.es_events = 20_000, 300, 500, 2_000
    from index.es_index import ElasticIndex
    from index.tantivy_index import TantivyIndex
    from readout.vocabulary import vocabulary
    from streams.services import noida

    work = Workload.of(args.generator)  # Korean by Kiwi's terms looked up per word: Kiwi's cost is measured apart
    vocab = vocabulary()  # identity and bilingual concepts, as `readout run` indexes
    report = Report(args.name, {"quick": args.quick, "reports": args.events, "generator": args.generator,
                                "searches": args.searches, "rounds": args.rounds, "direct": args.direct,
                                "kiwi_reports": args.kiwi_events, "es_reports": args.es_events,
                                "reused_index": bool(args.reuse)})
    if args.kiwi_only:
        with tempfile.TemporaryDirectory() as d:
            kiwi_figures(report, work, vocab, args.kiwi_events, args.rounds, Path(d))
        report.save()
        return
    with tempfile.TemporaryDirectory() as d:
        path = Path(args.reuse or args.keep or f"{d}/index")
        if not args.reuse:
            tantivy_build(report, args, work, vocab, path)
        with TantivyIndex(str(path), work.analyze, vocab) as ix:  # reopened once background merges finished
            searcher = ix._searcher()
            report.add("tantivy index read", searcher.num_docs, "merged events",
                       f"{searcher.num_segments} segments, {du_mb(path):,.0f} MB on disk")
            read_figures(report, ix, work, args.searches, args.rounds)
        if args.kiwi_events:
            kiwi_figures(report, work, vocab, args.kiwi_events, args.rounds, Path(d))
    report.add("peak RSS of this process", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    if args.es_events:
        with noida() as url:
            es = ElasticIndex(url, work.analyze, vocab=vocab)
            rates = build(es, work.events(args.es_events, 7), args.es_events, 500, 1)
            report.add("elasticsearch via noida-db (EMULATOR)", rates, "reports/s", "bulk of 500")
            es.close()
    report.save()


def kiwi_figures(report: Report, work: Workload, vocab: Vocabulary, n: int, rounds: int, tmp: Path) -> None:
    """Kiwi-analysed indexing, interleaved: reports as the extractor now publishes them (carrying the Korean
    terms it read off its Kiwi tokens, `EventRecord.terms`: the index runs Kiwi only on the texts without
    them), as older producers publish them (no terms: every Korean text analysed), every Korean text
    carried (the bound, were the search's analysis to share the extractor's dictionary) and, for reference, the
    benchmark's look-up analyzer (no Kiwi at all: the write path's own cost). Each side indexes `n` reports of
    its own per round (new evidence, the names and roles of the world repeating, as a running indexer sees
    them) into a fresh index, after an untimed warm-up round of other reports."""
    from extract.analysis import analyze
    from index.tantivy_index import TantivyIndex

    analyze("워밍업", "ko")
    names = ("carried", "none", "all", "no Kiwi")
    batches = {(side, r): list(work.events(n, 1000 * (r + 1) + k)) for k, side in enumerate(names)
               for r in range(-1, rounds)}  # round -1: the warm-up
    carried = carried_terms([t for (side, _), recs in batches.items() if side in ("carried", "all")
                             for r in recs for t in carriable(r, names=True)])
    for (side, r), recs in batches.items():
        if side in ("carried", "all"):
            batches[side, r] = with_terms(recs, carried, side == "all")
    texts = [t for r in range(rounds) for rec in batches["carried", r] for t in carriable(rec)]
    share = sum(len(t) for t in texts if carried[t][0]) / max(sum(len(t) for t in texts), 1)
    wall: dict[str, list[float]] = {k: [] for k in names}
    cpu: dict[str, list[float]] = {k: [] for k in names}
    for r in range(-1, rounds):
        for side in names:
            with TantivyIndex(str(tmp / f"kiwi-{side}-{r}"), work.analyze if side == "no Kiwi" else analyze,
                              vocab) as ix:
                c = time.process_time()
                rate = build(ix, iter(batches[side, r]), n, 500, 1)[0]
                if r >= 0:
                    wall[side].append(rate)
                    cpu[side].append(n / (time.process_time() - c))
    carried_note = f"{100 * share:.0f} % of the Korean characters carried (the rest holds gazetteer words)"
    for side, label, note in (
            ("carried", "reports carrying their terms", f"target ≥ 3,000; {carried_note}"),
            ("none", "reports without terms (older producers)", "target ≥ 3,000; every Korean text analysed"),
            ("all", "every Korean text carried (bound)", "not what the extractor sends"),
            ("no Kiwi", "no Kiwi (terms looked up per word: the write path alone)", "the same kind of reports")):
        report.add(f"Kiwi-analysed indexing, {label}", wall[side], "reports/s", note)
        report.add(f"Kiwi-analysed indexing, {label}, per CPU-second", cpu[side], "reports/s")
    report.ratio("Kiwi-analysed indexing, carried terms / none", wall["carried"], wall["none"])
    report.ratio("Kiwi-analysed indexing, carried terms / none, CPU", cpu["carried"], cpu["none"])


def carriable(r: EventRecord, names: bool = False) -> list[str]:
    """The texts of a report the extractor carries terms for: its Korean name, evidence, clauses, roles (and
    with `names` the delegates' names, which it leaves to the index)."""
    if r.lang != "ko":
        return []
    out = [t for t in (r.name, r.evidence) if t]
    out += [c.text for c in r.commitments if _HANGUL.search(c.text)]
    fields = ("name", "role", "organization") if names else ("role", "organization")
    return out + [t for d in r.delegates for f in fields if (t := getattr(d, f)) and _HANGUL.search(t)]


def carried_terms(texts: list[str]) -> dict[str, tuple[bool, list[str]]]:
    """Each text's Kiwi terms, and whether the extractor would carry them (none of its morphemes a gazetteer word
    that Kiwi without the gazetteer splits), computed in a child process with the extractor's dictionary."""
    code = ("import json,sys; import extract.lang.ko; from extract.analysis import _terms; "
            "from extract.kiwi import get_kiwi; from extract.index_terms import split_words; "
            "ws=json.load(sys.stdin); k=get_kiwi(); u=split_words(); "
            "toks=k.tokenize(ws) if ws else []; "
            "json.dump([[not any(t.form in u for t in ts), list(_terms(ts))] for ts in toks], sys.stdout, "
            "ensure_ascii=False)")
    unique = sorted(set(texts))
    out = subprocess.run([sys.executable, "-c", code], input=json.dumps(unique), capture_output=True, text=True,
                         check=True)
    return {t: (ok, terms) for t, (ok, terms) in zip(unique, json.loads(out.stdout), strict=True)}


def with_terms(records: list[EventRecord], carried: dict[str, tuple[bool, list[str]]], every: bool
               ) -> list[EventRecord]:
    from extract.analysis import ANALYSIS
    from streams.records import IndexTerms

    out = []
    for r in records:
        ko = {t: carried[t][1] for t in carriable(r, names=every) if every or carried[t][0]}
        out.append(r.model_copy(update={"terms": IndexTerms(analysis=ANALYSIS, ko=ko)}) if ko else r)
    return out


def tantivy_build(report: Report, args: argparse.Namespace, work: Workload, vocab: object, path: Path) -> None:
    """Builds the tantivy index at `path`; reports throughput and size on disk."""
    from index.tantivy_index import TantivyIndex

    with TantivyIndex(str(path), work.analyze, vocab) as ix:
        if args.direct:
            rates = build_direct(ix, work.events(args.events, 7), args.events, 10_000, args.rounds)
        else:
            rates = build(ix, work.events(args.events, 7), args.events, 500, args.rounds)
        merged = ix.count()
    how = "stored directly, batches of 10k" if args.direct else "with identity, batches of 500"
    report.add(f"tantivy build ({merged:,} merged events)", rates, "reports/s", how)
    report.add("tantivy index size on disk", du_mb(path), "MB")


def percentiles(report: Report, what: str, runs: list[tuple[list[float], list[float]]], note: str,
                target: str = "") -> None:
    """p50 and p99 of each round, wall-clock and CPU time (the medians of the rounds are the figures)."""
    for i, clock in ((0, ""), (1, " CPU")):
        report.add(f"{what} p50{clock}", [statistics.median(r[i]) for r in runs], "ms", note)
        report.add(f"{what} p99{clock}", [pct(r[i], 99) for r in runs], "ms", target)


def read_figures(report: Report, ix: EventIndex, work: Workload, searches: int, rounds: int) -> None:
    """Searches, facets and deep paging: each figure a median of `rounds` rounds. Facets are counted for every
    query (the rounds repeat queries: remembered facets would be counted once), except for the next page."""
    cache = getattr(ix, "facet_cache", None)
    if cache is not None:
        ix.facet_cache = 0  # type: ignore[attr-defined]
    latencies(ix, work, 200, seed=3)  # warm up
    runs = [latencies(ix, work, searches, seed=11 + r) for r in range(rounds)]
    percentiles(report, "tantivy search", runs, "20 hits with highlights", "target p99 ≤ 5")
    runs = [facet_latencies(ix, work, searches // 2, seed=11 + r) for r in range(rounds)]
    percentiles(report, "tantivy facets (the query mix)", runs, "8 facets", "target p99 ≤ 10")

    facet_estimates(report, ix, work, max(searches // 10, 20))
    sample = ix.facets(work.broad).sample
    how = "every match" if sample == 1 else f"1 in {sample} of the matches"
    per_call(report, f"tantivy facets of {work.broad.q!r}", lambda: ix.facets(work.broad), 20, rounds,
             f"target ≤ 10; counted on {how}")
    per_call(report, f"tantivy facets of {work.broad.q!r}, every match counted",
             lambda: ix.facets(work.broad, exact=True), 5, rounds)
    runs = [latencies(ix, work, searches // 2, seed=11 + r, facets=True) for r in range(rounds)]
    percentiles(report, "tantivy search with facets (the web page)", runs, "20 hits and 8 facets")
    if cache is not None:
        ix.facet_cache = cache  # type: ignore[attr-defined]
        runs = [next_page_latencies(ix, work, searches // 4, seed=11 + r) for r in range(rounds)]
        percentiles(report, "tantivy search with facets, next page", runs, "facets remembered from the first page")
    per_call(report, "tantivy search_after, 50 pages of 20", lambda: deep_page_ms(ix, 50), 1, rounds,
             "per page", per=50)


def facet_estimates(report: Report, ix: EventIndex, work: Workload, n: int, seed: int = 29) -> None:
    """How many of the mix's facets are estimated (counted on a sample: `Facets.approximate`) and how far off: the
    relative error of each facet's 10 largest buckets (as every match counted gives them) over those queries."""
    next_query, estimated, errors = query_mix(work, seed), 0, []
    for _ in range(n):
        q = next_query()
        got = ix.facets(q)
        if not got.approximate:
            continue
        estimated += 1
        exact = ix.facets(q, exact=True)
        for name in ("participants", "topics", "persons", "series", "source", "month"):
            shown = {b.value: b.count for b in getattr(got, name)}
            largest = sorted(getattr(exact, name), key=lambda b: -b.count)[:10]
            errors += [abs(shown.get(b.value, 0) - b.count) / b.count for b in largest]
    report.add("tantivy facets estimated on a sample", 100 * estimated / n, "% of the mix",
               f"{n} queries; `approximate`: true")
    if errors:
        report.add("their 10 largest buckets' relative error, median", 100 * statistics.median(errors), "%",
                   f"p90 {100 * pct(errors, 90):.0f} %, against every match counted")


def per_call(report: Report, what: str, fn: Callable[[], object], calls: int, rounds: int, note: str = "",
             per: int = 1) -> None:
    """Milliseconds per call (or per `per` units of a call), wall-clock and CPU, a median of rounds."""
    wall, cpu = [], []
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        for _ in range(calls):
            fn()
        cpu.append((time.process_time() - c) / calls / per * 1000)
        wall.append((time.perf_counter() - t) / calls / per * 1000)
    report.add(what, wall, "ms", note)
    report.add(f"{what} CPU", cpu, "ms")

if __name__ == "__main__":
    main()
