"""Child process for the crash test: runs the indexer, printing each batch, until the parent kills it (-9)."""
from __future__ import annotations

import sys

from index import open_index
from index.indexer import STAGE, make_handler
from streams.local import LocalBus
from streams.records import EventRecord
from streams.runner import run_stage
from streams.topics import EVENTS

if __name__ == "__main__":
    bus_url, index_url = sys.argv[1:3]
    index = open_index(index_url, lambda text, lang: text.lower().split())
    run_stage(LocalBus(bus_url.removeprefix("local://"), session_timeout=1.0),  # leases expire 1 s after -9
              stage=STAGE, topics=[EVENTS], record_type=EventRecord,
              handle_batch=make_handler(index), max_batch=20,
              on_batch=lambda stats: print(stats.records_in, flush=True))
