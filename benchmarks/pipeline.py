"""Pipeline figures on the embedded defaults, with `readout run --stages extract,index` running:

- publish→searchable latency (p50/p95): documents published to raw.documents one at a time, as the crawler
  does right after fetching a page, until their event is found by search;
- backfill with 1 and 2 extraction workers (`--workers`), interleaved rounds, each a fresh run: documents/s
  from publishing a backfill until every document is searchable (models loaded before the clock starts).

Figures go to benchmarks/results/pipeline.json.

    python -m benchmarks.pipeline [--latency-docs 40] [--backfill 1000] [--rounds 5] [--quick]
"""
from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.gendocs import generate
from benchmarks.harness import MIN_ROUNDS, Report, interleaved
from extract.analysis import analyze
from index import open_index
from index.model import SearchQuery
from readout.status import read_status
from streams.bus import Bus, open_bus
from streams.topics import EVENTS, RAW_DOCUMENTS


def start_run(data: Path, workers: int = 1) -> tuple[subprocess.Popen[bytes], str, str]:
    bus, index = f"local://{data / 'bus'}", f"tantivy://{data / 'index'}"
    env = {**os.environ, "READOUT_DATA_DIR": str(data), "READOUT_BUS": bus, "READOUT_INDEX": index}
    proc = subprocess.Popen([sys.executable, "-m", "readout", "run", "--stages", "extract,index",
                             "--workers", str(workers)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, bus, index


def stop_run(proc: subprocess.Popen[bytes]) -> None:
    proc.send_signal(signal.SIGINT)
    proc.wait(60)


def wait_for(index, day: str, timeout: float = 60.0) -> float:  # noqa: ANN001 - any EventIndex
    deadline = time.monotonic() + timeout
    q = SearchQuery(date_from=date.fromisoformat(day), date_to=date.fromisoformat(day), size=1)
    while time.monotonic() < deadline:
        index.refresh()
        if index.search(q).total:
            return time.monotonic()
        time.sleep(0.02)
    raise TimeoutError(f"event of {day} not searchable after {timeout}s")


def wait_drained(bus: Bus, timeout: float) -> None:
    """Until extraction has committed every document and indexing every event it published: then every
    report is in the index (each stage commits its input only after its outputs or index writes). Counting
    searchable events would not do: reports of one meeting merge into one event (event identity)."""
    deadline = time.monotonic() + timeout
    while True:
        lags = {t.name: t.lag for t in bus.topics()}
        # Extraction first: once it has no lag, every event it drew is on `events` for the index to take.
        if lags.get(RAW_DOCUMENTS, {}).get("extract", 1) == 0 and lags.get(EVENTS, {}).get("index", 1) == 0:
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"not drained after {timeout}s: {lags}")
        time.sleep(0.02)  # a few queries: polling often keeps the end of a 4-second run sharp


def latency(n: int) -> list[float]:
    """Seconds from publish to searchable for `n` documents published one at a time."""
    with tempfile.TemporaryDirectory() as d:
        proc, bus_url, index_url = start_run(Path(d))
        try:
            docs = generate(n + 1, seed=3, start=date(2021, 1, 1))
            index = open_index(index_url, analyze)
            with open_bus(bus_url) as bus:
                bus.publish(RAW_DOCUMENTS, docs[0].id, docs[0])  # warm-up: models load, groups join
                wait_for(index, "2021-01-01", timeout=120)
                samples = []
                for i, doc in enumerate(docs[1:], start=1):
                    sent = time.monotonic()
                    bus.publish(RAW_DOCUMENTS, doc.id, doc)
                    samples.append(wait_for(index, str(date(2021, 1, 1).fromordinal(
                        date(2021, 1, 1).toordinal() + i))) - sent)
            index.close()
        finally:
            stop_run(proc)
    return samples


def warm_up(bus: Bus, data: Path, workers: int, timeout: float = 300) -> int:
    """Publishes warm-up documents until every extraction worker has handled one (models loaded, partitions
    shared out); returns how many were published."""
    names = ["extract"] + [f"extract-{w}" for w in range(2, workers + 1)]
    docs = iter(generate(1000, seed=5, start=date(2005, 1, 1)))
    sent, deadline = 0, time.monotonic() + timeout
    while not all((st := read_status(data, n)) is not None and st.records_in > 0 for n in names):
        if time.monotonic() > deadline:
            raise TimeoutError("not every extraction worker started")
        for doc in (next(docs) for _ in range(4)):
            bus.publish(RAW_DOCUMENTS, doc.id, doc)
        sent += 4
        time.sleep(1.0)
    return sent


def backfill_rate(n: int, workers: int) -> float:
    """Documents/s through a fresh `readout run --workers N`, from publishing `n` documents to all searchable,
    once every worker has loaded its models."""
    with tempfile.TemporaryDirectory() as d:
        proc, bus_url, _ = start_run(Path(d), workers)
        try:
            with open_bus(bus_url) as bus:
                warm_up(bus, Path(d), workers)
                wait_drained(bus, 300)
                docs = generate(n, seed=9, start=date(2015, 1, 1))
                start = time.monotonic()
                bus.publish_many((RAW_DOCUMENTS, doc.id, doc) for doc in docs)
                wait_drained(bus, 900)
                elapsed = time.monotonic() - start
        finally:
            stop_run(proc)
    return n / elapsed


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(p / 100 * len(xs)))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency-docs", type=int, default=40)
    ap.add_argument("--backfill", type=int, default=1000, help="documents per backfill round")
    ap.add_argument("--rounds", type=int, default=MIN_ROUNDS)
    ap.add_argument("--quick", action="store_true", help="CI-sized: 10 latency documents, backfills of 60, 3 rounds")
    a = ap.parse_args()
    if a.quick:
        a.latency_docs, a.backfill, a.rounds = 10, 60, 3
    report = Report("pipeline", {"quick": a.quick, "latency_docs": a.latency_docs, "backfill": a.backfill,
                                 "rounds": a.rounds})
    samples = [s * 1000 for s in latency(a.latency_docs)]
    report.add("publish→searchable latency", samples, "ms")
    report.add("publish→searchable p95", pct(samples, 95), "ms", "target ≤ 250 (embedded defaults)")
    sides = interleaved({"1": lambda: backfill_rate(a.backfill, 1), "2": lambda: backfill_rate(a.backfill, 2)},
                        a.rounds)
    report.add("backfill, 1 extraction worker", sides["1"], "docs/s")
    report.add("backfill, 2 extraction workers", sides["2"], "docs/s")
    report.ratio("backfill 2 workers / 1 worker", sides["2"], sides["1"], 1.7)
    report.save()


if __name__ == "__main__":
    main()
