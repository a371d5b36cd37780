"""Fault test: kill -9 the extraction worker and the indexer at random points of a run; after the supervisor
restarts them every document is indexed, none twice, and a poison record sits in dlq.extract."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from benchmarks.gendocs import generate
from extract.analysis import analyze
from extract.worker import handle
from index import open_index
from index.model import SearchQuery
from streams.bus import open_bus
from streams.records import DeadLetter
from streams.topics import RAW_DOCUMENTS, dlq

ROOT = Path(__file__).parents[2]
DOCS = 80


def stage_pid(data_dir: Path, stage: str) -> int | None:
    try:
        return int(json.loads((data_dir / "status" / f"{stage}.json").read_text())["pid"])
    except (OSError, ValueError, KeyError):
        return None


def lag(bus_url: str) -> int:
    with open_bus(bus_url) as bus:
        infos = {t.name: t for t in bus.topics()}
    raw, events = infos.get(RAW_DOCUMENTS), infos.get("events")
    if raw is None or events is None:
        return 1
    return raw.lag.get("extract", raw.size) + events.lag.get("index", events.size)


def test_kill_9_workers_during_run_loses_and_duplicates_nothing(tmp_path: Path) -> None:
    bus_url, index_url = f"local://{tmp_path / 'bus'}?session_timeout=2", f"tantivy://{tmp_path / 'index'}"
    docs = generate(DOCS, seed=11)
    expected = {r.id: r.key for d in docs for t, _, r in handle(d) if t == "events"}
    with open_bus(bus_url) as bus:
        bus.publish_many((RAW_DOCUMENTS, d.id, d) for d in docs[: DOCS // 2])
        bus.publish(RAW_DOCUMENTS, "poison", b'{"id": "poison", "text": null}')
        bus.publish_many((RAW_DOCUMENTS, d.id, d) for d in docs[DOCS // 2:])
    env = {**os.environ, "READOUT_DATA_DIR": str(tmp_path), "READOUT_BUS": bus_url, "READOUT_INDEX": index_url}
    run = subprocess.Popen([sys.executable, "-m", "readout", "run", "--stages", "extract,index"], env=env, cwd=ROOT,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    rnd, kills = random.Random(5), {"extract": 0, "index": 0}
    try:
        killed: set[int] = set()

        def live_pid(stage: str) -> int | None:
            """The stage's pid once it is up (models loaded), never one already killed: under load a restart
            takes longer than the pause between kills."""
            up = time.monotonic() + 180
            while time.monotonic() < up:
                pid = stage_pid(tmp_path, stage)
                if pid and pid not in killed:
                    return pid
                time.sleep(0.5)
            return None

        for s in kills:
            live_pid(s)
        for _ in range(4):
            time.sleep(rnd.uniform(2.0, 6.0))
            stage = rnd.choice(["extract", "index"])
            pid = live_pid(stage)
            if pid:
                try:
                    os.kill(pid, signal.SIGKILL)
                    kills[stage] += 1
                    killed.add(pid)
                except ProcessLookupError:
                    pass
        deadline = time.monotonic() + 300  # generous: a loaded machine drains slowly
        while lag(bus_url) and time.monotonic() < deadline:
            time.sleep(1)
        assert lag(bus_url) == 0, "the restarted stages should drain both topics"
    finally:
        run.send_signal(signal.SIGINT)
        run.wait(60)
    index = open_index(index_url, analyze)
    seen: list[str] = []
    keys = set()
    page = index.search(SearchQuery(size=100, sort="date"))
    while True:
        for hit in page.hits:
            keys.add(hit.event.key)
            seen.extend(r.id for r in hit.event.reports)
        if not page.next:
            break
        page = index.search(SearchQuery(size=100, sort="date", search_after=page.next))
    index.close()
    with open_bus(bus_url) as bus, bus.consumer(None, [dlq("extract")]) as reader:
        letters = [DeadLetter.model_validate_json(m.value) for m in reader.poll(100, 2)]
    lost = set(expected) - set(seen)
    duplicates = len(seen) - len(set(seen))
    print(f"\nfault run: kills {kills}; documents in {DOCS} (+1 poison); events expected {len(expected)}; "
          f"events indexed {len(set(seen))}; duplicates {duplicates}; lost {len(lost)}; dead letters {len(letters)}")
    assert sum(kills.values()) >= 2
    assert not lost and duplicates == 0 and keys == set(expected.values())
    assert [d.key for d in letters] == ["poison"] and "text" in letters[0].error
