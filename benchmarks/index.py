"""Index benchmark: `python -m benchmarks.index [--events N] [--es-events N] [--kiwi-events N]`.

Prints tantivy indexing throughput (through the indexer's write path: merge, fields, commit) and
search latency p50/p99 at N generated events, then Elasticsearch-through-noida-db indexing
throughput, which is an emulator figure, not a prediction for a real cluster.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable

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
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        lang = ["ko", "en"][i % 2]
        if i % 2 == 0:  # every event is reported twice, in Korean and in English
            day = f"{rnd.randint(2015, 2025)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
            parts = rnd.sample(COUNTRIES, rnd.randint(2, 4))
            typ = rnd.choice(TYPES)
        text = " ".join(rnd.choices(KO_PHRASES, k=2)) if lang == "ko" else " ".join(rnd.choices(EN_WORDS, k=25))
        people = rnd.sample(PEOPLE, 2)
        out.append(EventRecord(
            id=f"e{i}", key=f"{typ}:{day}:{'-'.join(sorted(parts))}:{i // 2}", doc_id=f"d{i}", lang=lang,
            url=f"https://example.org/{i}", source=rnd.choice(["kr.mofa", "us.state", "jp.mofa", "au.dfat"]),
            type=typ, date=day, participants=parts, topics=rnd.sample(TOPICS, 2), name=text[:40],
            delegates=[{"name": ko if lang == "ko" else en, "name_en": en, "country": parts[0]} for ko, en in people],
            evidence=text, published=day))
    return out


def index_rate(index: EventIndex, events: list[EventRecord], batch: int) -> float:
    t = time.perf_counter()
    for start in range(0, len(events), batch):
        failed = index.write(events[start:start + batch])
        assert not failed, failed
    return len(events) / (time.perf_counter() - t)


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=200_000, help="reports (two per event)")
    ap.add_argument("--es-events", type=int, default=10_000)
    ap.add_argument("--kiwi-events", type=int, default=2_000)
    ap.add_argument("--searches", type=int, default=2_000)
    args = ap.parse_args()
    from index.es_index import ElasticIndex
    from index.tantivy_index import TantivyIndex
    from readout.vocabulary import vocabulary
    from streams.services import noida

    plain: Analyzer = lambda text, lang: text.lower().split()  # noqa: E731 - Kiwi cost is measured separately
    vocab = vocabulary()  # identity and bilingual concepts, as `readout run` indexes
    events = generate(args.events)
    with tempfile.TemporaryDirectory() as d:
        with TantivyIndex(f"{d}/index", plain, vocab) as ix:
            rate = index_rate(ix, events, 500)
            print(f"tantivy: {args.events} reports -> {ix.count()} merged events, {rate:,.0f} reports indexed/s "
                  "(batches of 500, whitespace analysis)")
        with TantivyIndex(f"{d}/index", plain, vocab) as ix:  # reopened once background merges finished
            latencies(ix, 200)  # warm up
            lat = latencies(ix, args.searches)
            print(f"tantivy: search over {ix.count()} events: p50 {statistics.median(lat):.2f} ms, "
                  f"p99 {pct(lat, 99):.2f} ms (20 hits with highlights, {args.searches} queries; target p99 ≤ 5 ms)")
            t = time.perf_counter()
            for _ in range(50):
                ix.facets(SearchQuery(q="cooperation"))
            print(f"tantivy: facets (8 aggregations) {(time.perf_counter() - t) / 50 * 1000:.1f} ms per query")
        if args.kiwi_events:
            from extract.analysis import analyze

            analyze("워밍업", "ko")
            with TantivyIndex(f"{d}/kiwi", analyze, vocab) as ix:
                rate = index_rate(ix, generate(args.kiwi_events, seed=3), 500)
                print(f"tantivy with Kiwi analysis: {rate:,.0f} reports indexed/s ({args.kiwi_events} reports)")
    if args.es_events:
        with noida() as url:
            es = ElasticIndex(url, plain, vocab=vocab)
            rate = index_rate(es, events[: args.es_events], 500)
            print(f"elasticsearch via noida-db (EMULATOR figure, not Elasticsearch's): {rate:,.0f} reports "
                  f"indexed/s ({args.es_events} reports, bulk of 500)")
            es.close()


if __name__ == "__main__":
    main()
