"""Pipeline figures on the embedded defaults, with `readout run --stages extract,index` running:

- publish→searchable latency (p50/p95): documents published to raw.documents one at a time, as the crawler
  does right after fetching a page, until their event is found by search;
- backfill: end-to-end documents/s for 1,000 generated documents.

    python -m benchmarks.pipeline [--latency-docs 40] [--backfill 1000]
"""
from __future__ import annotations

import argparse
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks.gendocs import generate
from extract.analysis import analyze
from index import open_index
from index.model import SearchQuery
from streams.bus import open_bus
from streams.topics import RAW_DOCUMENTS


def start_run(data: Path) -> tuple[subprocess.Popen[bytes], str, str]:
    bus, index = f"local://{data / 'bus'}", f"tantivy://{data / 'index'}"
    env = {**os.environ, "READOUT_DATA_DIR": str(data), "READOUT_BUS": bus, "READOUT_INDEX": index}
    proc = subprocess.Popen([sys.executable, "-m", "readout", "run", "--stages", "extract,index"], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
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


def latency(n: int) -> None:
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
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(0.95 * len(samples)))]
    print(f"publish→searchable latency: p50 {statistics.median(samples) * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms "
          f"({n} documents, one at a time, readout run on embedded defaults; target p95 ≤ 2000 ms)")


def backfill(n: int) -> None:
    with tempfile.TemporaryDirectory() as d:
        docs = generate(n, seed=9, start=date(2015, 1, 1))
        proc, bus_url, index_url = start_run(Path(d))
        try:
            index = open_index(index_url, analyze)
            with open_bus(bus_url) as bus:
                start = time.monotonic()
                bus.publish_many((RAW_DOCUMENTS, doc.id, doc) for doc in docs)
                deadline = start + 900
                while time.monotonic() < deadline:
                    index.refresh()
                    if index.count() >= n:
                        break
                    time.sleep(0.5)
                elapsed = time.monotonic() - start
            count = index.count()
            index.close()
        finally:
            stop_run(proc)
    print(f"backfill: {count} of {n} documents searchable in {elapsed:.1f} s = {count / elapsed:.1f} documents/s "
          "end to end (one extraction worker, one indexer, model loading included)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--latency-docs", type=int, default=40)
    ap.add_argument("--backfill", type=int, default=1000)
    a = ap.parse_args()
    latency(a.latency_docs)
    backfill(a.backfill)


if __name__ == "__main__":
    main()
