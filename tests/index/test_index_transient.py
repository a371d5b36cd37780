"""Index failures that are the index's state, not the records', keep the batch: the tantivy writer lock
held by another process, a full disk, an Elasticsearch index blocked for writes. Nothing is committed or
dead-lettered while it lasts; every event is indexed once after it clears. Prints lost / duplicated."""
from __future__ import annotations

import contextlib
import resource
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from events import event
from test_index_indexer import dead_letters

from index.indexer import STAGE, make_handler
from index.port import EventIndex
from index.tantivy_index import TantivyIndex
from streams.bus import open_bus
from streams.records import EventRecord
from streams.runner import StageStats, run_stage
from streams.topics import EVENTS, dlq

pytestmark = pytest.mark.timeout(180)
N = 60


def wait_for(cond: Callable[[], bool], timeout: float = 90.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not cond():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def publish(bus_url: str) -> list[EventRecord]:
    reports = [event(id=f"r{i}", key=f"statement:{i}", doc_id=f"doc{i}", type="statement", date=None,
                     evidence="x" * 2000) for i in range(N)]
    with open_bus(bus_url) as bus:
        bus.ensure_topics([EVENTS, dlq(STAGE)])
        bus.publish_many([(EVENTS, r.key, r) for r in reports])
    return reports


def lag(bus_url: str) -> int:
    with open_bus(bus_url) as bus:
        info = {t.name: t for t in bus.topics()}[EVENTS]
    return info.lag.get(STAGE, info.size)


@contextlib.contextmanager
def indexer(bus_url: str, index: EventIndex) -> Iterator[StageStats]:
    """The indexer stage in a thread; yields its live stats."""
    stop, live = threading.Event(), StageStats(STAGE)

    def report(stats: StageStats) -> None:
        live.__dict__.update(stats.__dict__)

    def work() -> None:
        with open_bus(bus_url) as bus:
            run_stage(bus, stage=STAGE, topics=[EVENTS], record_type=EventRecord, handle_batch=make_handler(index),
                      stop=stop, poll_timeout=0.2, on_batch=report)

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    try:
        yield live
    finally:
        stop.set()
        thread.join(60)


def check_recovered(bus_url: str, index: EventIndex, live: StageStats, label: str, stuck_since: float) -> None:
    wait_for(lambda: lag(bus_url) == 0, what="the batch to be committed after the fault cleared")
    index.refresh()
    events = list(index.scan())
    keys = [e.key for e in events]
    lost, duplicated = N - len(set(keys)), len(keys) - len(set(keys))
    letters = dead_letters(bus_url)
    print(f"\n{label}: {N} events, {live.retries} retries, lost {lost}, duplicated {duplicated}, "
          f"dead letters {len(letters)}, {time.monotonic() - stuck_since:.1f}s held back")
    assert (lost, duplicated, len(letters)) == (0, 0, 0)


def test_writer_lock_held_by_another_process_keeps_the_batch(tmp_path: Path, analyze) -> None:
    bus_url, path = f"local://{tmp_path / 'bus'}", tmp_path / "index"
    TantivyIndex(path, analyze).close()
    holder = subprocess.Popen([sys.executable, "-c",
                               "import sys, tantivy; from index.tantivy_index import schema\n"
                               f"w = tantivy.Index(schema(), path={str(path)!r}, reuse=True).writer(15_000_000, 1)\n"
                               "print('locked', flush=True); sys.stdin.read()"],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              cwd=Path(__file__).resolve().parents[2])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        publish(bus_url)
        with TantivyIndex(path, analyze) as index, indexer(bus_url, index) as live:
            wait_for(lambda: "locked by another writer" in live.waiting, what="the lock to be reported")
            stuck = time.monotonic()
            assert lag(bus_url) == N and live.records_in == 0
            holder.communicate("", timeout=30)  # the other writer goes away
            check_recovered(bus_url, index, live, "tantivy writer lock held", stuck)
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait()


@contextlib.contextmanager
def small_filesystem(tmp_path: Path) -> Iterator[tuple[Path, Callable[[], None], Callable[[], None]]]:
    """A 4 MiB tmpfs when the machine allows mounting (root), else a file-size limit: (dir, fill, free)."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mnt)],
                             capture_output=True).returncode == 0
    filler = mnt / "filler"
    limits = resource.getrlimit(resource.RLIMIT_FSIZE)

    def fill() -> None:
        if mounted:
            with filler.open("wb") as f, contextlib.suppress(OSError):
                while True:
                    f.write(b"\0" * 65536)
        else:  # no mount: writes past 64 KiB per file fail with EFBIG (SIGXFSZ ignored)
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (65536, limits[1]))

    def free() -> None:
        if mounted:
            filler.unlink()
        else:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)

    try:
        yield mnt, fill, free
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, limits)
        if mounted:
            subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_full_disk_keeps_the_batch(tmp_path: Path, analyze) -> None:
    bus_url = f"local://{tmp_path / 'bus'}"
    publish(bus_url)
    with small_filesystem(tmp_path) as (mnt, fill, free):
        with TantivyIndex(mnt / "index", analyze) as index:
            fill()
            with indexer(bus_url, index) as live:
                wait_for(lambda: live.retries >= 2, what="the full disk to hold the batch back")
                stuck = time.monotonic()
                print(f"\nstatus while full: {live.waiting}")
                assert lag(bus_url) == N and live.records_in == 0 and not dead_letters(bus_url)
                free()
                check_recovered(bus_url, index, live, "tantivy on a full disk", stuck)


@pytest.mark.es
def test_elasticsearch_write_block_keeps_the_batch(make_index: Callable[[str], EventIndex], tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """A write block is what Elasticsearch puts on indices when its disk passes the flood-stage watermark."""
    bus_url = f"local://{tmp_path / 'bus'}"
    index = make_index("es")
    monkeypatch.setattr(index, "retries", 1)
    monkeypatch.setattr(index, "backoff", 0.05)
    blocked = {"index.blocks.write": True}
    index.es.indices.put_settings(index=index.alias, settings=blocked)  # type: ignore[attr-defined]
    publish(bus_url)
    with indexer(bus_url, index) as live:
        wait_for(lambda: "cluster_block_exception" in live.waiting, what="the write block to be reported")
        stuck = time.monotonic()
        assert lag(bus_url) == N and not dead_letters(bus_url)
        index.es.indices.put_settings(index=index.alias,  # type: ignore[attr-defined]
                                      settings={"index.blocks.write": False})
        check_recovered(bus_url, index, live, "elasticsearch write block", stuck)


def test_a_document_the_engine_refuses_alone_is_dead_lettered(tmp_path: Path, analyze,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """When a whole write fails for a reason that is not the index's state, only the document behind it is
    refused: the batch is written one by one."""
    index = TantivyIndex(tmp_path / "index", analyze)
    real = index._document

    def document(s):  # noqa: ANN001, ANN202 - a document tantivy cannot take
        if s.event.key == "statement:7":
            raise RuntimeError("field 'sort' overflow")
        return real(s)

    monkeypatch.setattr(index, "_document", document)
    reports = [event(id=f"r{i}", key=f"statement:{i}", doc_id=f"doc{i}", type="statement", date=None)
               for i in range(10)]
    failed = index.write(reports)
    assert list(failed) == [7] and "overflow" in failed[7]
    assert index.count() == 9
    index.close()
