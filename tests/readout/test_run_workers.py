"""`readout run --workers 2`: two extraction processes share raw.documents as one consumer group; every
document is extracted, each worker does part of it and shows its own status line."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.pipeline import warm_up
from readout.status import read_status
from streams.bus import open_bus
from streams.topics import RAW_DOCUMENTS

ROOT = Path(__file__).parents[2]


def _done(tmp_path: Path) -> tuple[int, int]:
    first, second = read_status(tmp_path, "extract"), read_status(tmp_path, "extract-2")
    return (first.records_in if first else 0), (second.records_in if second else 0)


def test_two_extraction_workers_share_the_documents(tmp_path: Path) -> None:
    bus_url = f"local://{tmp_path / 'bus'}"
    env = {**os.environ, "READOUT_DATA_DIR": str(tmp_path), "READOUT_BUS": bus_url,
           "READOUT_INDEX": f"tantivy://{tmp_path / 'index'}"}
    run = subprocess.Popen([sys.executable, "-m", "readout", "run", "--stages", "extract", "--workers", "2"],
                           env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with open_bus(bus_url) as bus:
            sent = warm_up(bus, tmp_path, 2, timeout=180)  # documents until each worker has handled some
            deadline = time.monotonic() + 60
            while (lag := {t.name: t for t in bus.topics()}[RAW_DOCUMENTS].lag.get("extract", sent)):
                assert time.monotonic() < deadline, f"lag {lag}; extracted so far {_done(tmp_path)}"
                time.sleep(0.2)
    finally:
        run.send_signal(signal.SIGINT)
        run.wait(60)
    first, second = _done(tmp_path)
    print(f"\nworkers: extract {first} documents, extract-2 {second} of {sent}; redelivered {first + second - sent}")
    assert first > 0 and second > 0 and first + second >= sent
