"""Index benchmark: `python -m benchmarks.index [--events N] [--es-events N] [--kiwi-events N] [--quick]`.

Builds a tantivy index of N generated reports (two per merged event, Korean and English) through the
indexer's write path (merge, fields, commit) and prints: build throughput (median over the five fifths
of the build), size on disk, peak memory, search p50/p99 with highlights, facets and `search_after`
deep paging (each a median of rounds), Kiwi-analysed indexing, then Elasticsearch-through-noida-db
indexing, which is an emulator figure, not a prediction for a real cluster. Figures go to
benchmarks/results/index.json. A million merged events: `--events 2000000 --kiwi-events 0 --es-events 0
--direct --name index-1m` (`--direct`: the events are stored without the identity step, whose write path
is measured at the default size).
"""
from __future__ import annotations

import argparse
import random
import resource
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from benchmarks.harness import MIN_ROUNDS, Report
from index.model import Analyzer, SearchQuery
from index.port import EventIndex
from streams.records import TOPICS, EventRecord
from streams.vocabulary import EVENT_TYPES

COUNTRIES = ["KOR", "USA", "JPN", "CHN", "AUS", "EU", "GBR", "FRA", "DEU", "IND", "VNM", "IDN", "CAN", "NATO"]
PEOPLE = [("왕윤종", "Wang Yun-jong"), ("조태열", "Cho Tae-yul"), ("Kurt Campbell", "Kurt Campbell"),
          ("Penny Wong", "Penny Wong"), ("가미카와 요코", "Kamikawa Yoko"), ("Antony Blinken", "Antony Blinken")]
EN_WORDS = ("supply chain critical minerals semiconductors export controls economic coercion cooperation "
            "dialogue partnership investment energy security quantum batteries resilience talks agreed "
            "ministers officials discussed launched signed framework network technology protection").split()
KO_PHRASES = ["경제 안보 대화를 개최했다", "핵심광물 공급망 협력을 강화하기로 했다", "반도체 수출 통제를 논의했다",
              "에너지 안보 협력 방안을 협의했다", "첨단 기술 보호 협력에 합의했다", "양국은 투자 확대를 약속했다"]
TYPES = list(EVENT_TYPES)


def generate(n: int, seed: int = 7) -> list[EventRecord]:
    return list(iter_events(n, seed))


def iter_events(n: int, seed: int = 7) -> Iterator[EventRecord]:
    """Reports one at a time (a million events do not fit in memory as records)."""
    rnd = random.Random(seed)
    for i in range(n):
        lang = ["ko", "en"][i % 2]
        if i % 2 == 0:  # every event is reported twice, in Korean and in English
            day = f"{rnd.randint(2015, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            parts = rnd.sample(COUNTRIES, rnd.randint(2, 4))
            typ = rnd.choice(TYPES)
        text = " ".join(rnd.choices(KO_PHRASES, k=2)) if lang == "ko" else " ".join(rnd.choices(EN_WORDS, k=25))
        people = rnd.sample(PEOPLE, 2)
        yield EventRecord(
            id=f"e{i}", key=f"{typ}:{day}:{'-'.join(sorted(parts))}:{i // 2}", doc_id=f"d{i}", lang=lang,
            url=f"https://example.org/{i}", source=rnd.choice(["kr.mofa", "us.state", "jp.mofa", "au.dfat"]),
            type=typ, date=day, participants=parts, topics=rnd.sample(TOPICS, 2), name=text[:40],
            delegates=[{"name": ko if lang == "ko" else en, "name_en": en, "country": parts[0]} for ko, en in people],
            evidence=text, published=day)


def build(index: EventIndex, events: Iterator[EventRecord], n: int, batch: int, parts: int = MIN_ROUNDS
          ) -> list[float]:
    """Indexes `n` reports in batches; returns the reports/s of each of `parts` equal slices of the build."""
    def write(buf: list[EventRecord]) -> None:
        failed = index.write(buf)
        assert not failed, failed

    return _timed(events, n, batch, parts, write)


def build_direct(index: EventIndex, events: Iterator[EventRecord], n: int, batch: int, parts: int = MIN_ROUNDS
                 ) -> list[float]:
    """Stores each generated event (its two reports merged) without the write path's identity step (finding the
    stored events a report may belong to and clustering them again), which is measured by `build`; returns the
    reports/s of each of `parts` slices."""
    from index.merge import merge
    from index.plan import Stored

    def store(buf: list[EventRecord]) -> None:  # the generator reports each event twice, one after the other
        assert not index._store([Stored(merge(buf[k:k + 2], vocab=index.vocab), buf[k:k + 2])
                                 for k in range(0, len(buf), 2)])

    return _timed(events, n, batch, parts, store)


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


def latencies(index: EventIndex, n: int, seed: int = 11) -> list[float]:
    rnd = random.Random(seed)
    queries: list[Callable[[], SearchQuery]] = [
        lambda: SearchQuery(q=" ".join(rnd.sample(EN_WORDS, 2))),
        lambda: SearchQuery(q=rnd.choice(["경제 안보", "핵심광물", "반도체", "투자"])),
        lambda: SearchQuery(q=rnd.choice(EN_WORDS), participants=[rnd.choice(COUNTRIES)], sort="date"),
        lambda: SearchQuery(topics=[rnd.choice(TOPICS)], date_from="2020-01-01", types=[rnd.choice(TYPES)]),
        lambda: SearchQuery(person=rnd.choice(PEOPLE)[1], sort="date"),
    ]
    out = []
    for _ in range(n):
        q = rnd.choice(queries)()
        t = time.perf_counter()
        index.search(q)
        out.append((time.perf_counter() - t) * 1000)
    return out


def pct(xs: list[float], p: float) -> float:
    return statistics.quantiles(xs, n=100)[int(p) - 1]


def rounds_of(fn: Callable[[], float], rounds: int) -> list[float]:
    return [fn() for _ in range(rounds)]


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
    ap.add_argument("--events", type=int, default=200_000, help="reports (two per merged event)")
    ap.add_argument("--es-events", type=int, default=10_000)
    ap.add_argument("--kiwi-events", type=int, default=2_000, help="reports per Kiwi-analysed round")
    ap.add_argument("--searches", type=int, default=1_000, help="queries per round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 20k reports, 300 searches, 500 Kiwi, 2k ES")
    ap.add_argument("--name", default="index", help="results/<name>.json (the million-event run: index-1m)")
    ap.add_argument("--direct", action="store_true",
                    help="store the generated events without the identity step, in batches of 10k reports (a "
                         "million events: identity's write path is measured at the default size)")
    args = ap.parse_args()
    if args.quick:
        args.events, args.searches, args.kiwi_events, args.es_events = 20_000, 300, 500, 2_000
    from index.es_index import ElasticIndex
    from index.tantivy_index import TantivyIndex
    from readout.vocabulary import vocabulary
    from streams.services import noida

    plain: Analyzer = lambda text, lang: text.lower().split()  # noqa: E731 - Kiwi cost is measured separately
    vocab = vocabulary()  # identity and bilingual concepts, as `readout run` indexes
    report = Report(args.name, {"quick": args.quick, "reports": args.events, "searches": args.searches,
                              "rounds": args.rounds, "direct": args.direct,
                              "kiwi_reports": args.kiwi_events, "es_reports": args.es_events})
    with tempfile.TemporaryDirectory() as d:
        with TantivyIndex(f"{d}/index", plain, vocab) as ix:
            if args.direct:
                rates = build_direct(ix, iter_events(args.events), args.events, 10_000, args.rounds)
            else:
                rates = build(ix, iter_events(args.events), args.events, 500, args.rounds)
            merged = ix.count()
        how = "stored directly, batches of 10k" if args.direct else "with identity, batches of 500"
        report.add(f"tantivy build ({merged:,} merged events)", rates, "reports/s", f"{how}, whitespace")
        report.add("tantivy index size on disk", du_mb(Path(d) / "index"), "MB")
        with TantivyIndex(f"{d}/index", plain, vocab) as ix:  # reopened once background merges finished
            latencies(ix, 200)  # warm up
            lats = [latencies(ix, args.searches, seed=11 + r) for r in range(args.rounds)]
            report.add("tantivy search p50", [statistics.median(x) for x in lats], "ms", "20 hits with highlights")
            report.add("tantivy search p99", [pct(x, 99) for x in lats], "ms", "target ≤ 5")

            def facets_ms() -> float:
                t = time.perf_counter()
                for _ in range(20):
                    ix.facets(SearchQuery(q="cooperation"))
                return (time.perf_counter() - t) / 20 * 1000
            report.add("tantivy facets (8 aggregations)", rounds_of(facets_ms, args.rounds), "ms/query",
                       "target ≤ 10")
            report.add("tantivy search_after, 50 pages of 20", rounds_of(lambda: deep_page_ms(ix, 50), args.rounds),
                       "ms/page")
        if args.kiwi_events:
            from extract.analysis import analyze

            analyze("워밍업", "ko")
            with TantivyIndex(f"{d}/kiwi", analyze, vocab) as ix:
                kiwi = [build(ix, iter_events(args.kiwi_events, seed=3 + r), args.kiwi_events, 500, 1)[0]
                        for r in range(args.rounds)]
            report.add("tantivy with Kiwi analysis", kiwi, "reports/s", "target ≥ 3,000")
    report.add("peak RSS of this process", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    if args.es_events:
        with noida() as url:
            es = ElasticIndex(url, plain, vocab=vocab)
            rates = build(es, iter_events(args.es_events), args.es_events, 500, 1)
            report.add("elasticsearch via noida-db (EMULATOR)", rates, "reports/s", "bulk of 500")
            es.close()
    report.save()


if __name__ == "__main__":
    main()
