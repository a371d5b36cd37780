"""Crawler test helpers: crawls in a subprocess, reading raw.documents back."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from crawlers.runs import RunRecord, get_run
from streams.bus import open_bus
from streams.records import DocumentRecord
from streams.topics import RAW_DOCUMENTS

REPO = Path(__file__).resolve().parents[2]
# Tests crawl fast: no download delay, AutoThrottle starts from zero; robots.txt Crawl-delay still applies.
FAST = {"DOWNLOAD_DELAY": "0", "AUTOTHROTTLE_START_DELAY": "0", "READOUT_RETRY_BACKOFF": "0.05",
        "LOG_LEVEL": "WARNING", "READOUT_ALLOW_PRIVATE_ADDRESSES": "true"}


def run_crawl(sources: Sequence[str], *, data_dir: Path, site_url: str, bus_url: str | None = None,
              settings: dict[str, Any] | None = None, max_pages: int | None = None,
              timeout: float = 90) -> list[RunRecord]:
    """`python -m crawlers.run` in a subprocess (Twisted's reactor cannot restart in this one)."""
    merged = FAST | {"READOUT_DATA_DIR": str(data_dir), "READOUT_SAMPLES_URL": site_url} | (settings or {})
    if bus_url:
        merged["READOUT_BUS"] = bus_url
    cmd = [sys.executable, "-m", "crawlers.run", *sources]
    for key, value in merged.items():
        cmd += ["--set", f"{key}={value}"]
    if max_pages:
        cmd += ["--max-pages", str(max_pages)]
    env = {k: v for k, v in os.environ.items() if not k.startswith("READOUT_")}
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-4000:]
    runs = []
    for line in proc.stdout.splitlines():
        run = get_run(data_dir, json.loads(line)["run_id"])
        assert run is not None, f"no run recorded for {line}\n{proc.stderr[-3000:]}"
        runs.append(run)
    return runs


def read_documents(bus_url: str, expect_at_least: int = 0,
                   timeout: float = 20) -> list[tuple[str | None, DocumentRecord]]:
    """Every record on raw.documents as (key, record); waits for `expect_at_least` on a slow broker."""
    out: list[tuple[str | None, DocumentRecord]] = []
    with open_bus(bus_url) as bus, bus.consumer(None, [RAW_DOCUMENTS], from_beginning=True) as reader:
        deadline = time.monotonic() + timeout
        idle = 0
        while time.monotonic() < deadline:
            batch = reader.poll(500, 0.5)
            out += [(m.key, DocumentRecord.model_validate_json(m.value)) for m in batch]
            idle = 0 if batch else idle + 1
            if len(out) >= expect_at_least and idle >= 2:
                break
    return out
