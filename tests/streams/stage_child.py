"""A stage process for the graceful-stop test: a slow handler, stopped by SIGTERM."""
from __future__ import annotations

import sys
import time

from streams.bus import open_bus
from streams.records import DocumentRecord
from streams.runner import run_stage


def handle(doc: DocumentRecord) -> list[tuple[str, str, DocumentRecord]]:
    time.sleep(0.05)
    return [(sys.argv[3], doc.id, doc)]


if __name__ == "__main__":
    url, source = sys.argv[1], sys.argv[2]
    stats = run_stage(open_bus(url), stage="slow", topics=[source], record_type=DocumentRecord, handle=handle,
                      max_batch=5, install_signals=True)
    print(stats.records_in, flush=True)
