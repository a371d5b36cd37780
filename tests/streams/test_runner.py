"""The stage runner on both backends: outputs, dead letters, commits, graceful stop."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

from streams.bus import open_bus
from streams.records import DeadLetter, DocumentRecord
from streams.runner import BatchResult, run_stage

ROOT = str(Path(__file__).parents[2])


def topic(prefix: str) -> str:
    return f"{prefix}.{uuid.uuid4().hex[:8]}"


def read_all(url: str, name: str, timeout: float = 10.0) -> list[bytes]:
    with open_bus(url) as bus:
        out: list[bytes] = []
        with bus.consumer(None, [name]) as reader:
            deadline = time.monotonic() + timeout
            while time.monotonic() < deadline:
                batch = reader.poll(500, 0.5)
                out.extend(m.value for m in batch)
                if not batch and out:
                    break
        return out


def shout(doc: DocumentRecord) -> list[tuple[str, str, DocumentRecord]]:
    if doc.text == "boom":
        raise RuntimeError("handler failed on purpose")
    return [(doc.source or "out", doc.id, doc.model_copy(update={"text": doc.text.upper()}))]


def test_outputs_dead_letters_and_commit(bus_url: str) -> None:
    src, out, stage = topic("src"), topic("out"), f"stage{uuid.uuid4().hex[:6]}"
    with open_bus(bus_url) as bus:
        bus.publish(src, "a", DocumentRecord(id="a", text="hello", source=out))
        bus.publish(src, "bad", b'{"id": "x", "text": 5, "surprise": 1}')  # fails validation
        bus.publish(src, "b", DocumentRecord(id="b", text="boom", source=out))  # handler raises
        bus.publish(src, "c", DocumentRecord(id="c", text="world", source=out))
        bus.publish(src, "v99", b'{"id": "v", "text": "from the future", "schema_version": 99}')
        stats = run_stage(bus, stage=stage, topics=[src], record_type=DocumentRecord, handle=shout,
                          exit_when_idle=True, poll_timeout=5)
        assert (stats.records_in, stats.errors) == (5, 3)
        again = run_stage(bus, stage=stage, topics=[src], record_type=DocumentRecord, handle=shout,
                          exit_when_idle=True, poll_timeout=3)
        assert again.records_in == 0  # offsets were committed
    texts = sorted(DocumentRecord.model_validate_json(v).text for v in read_all(bus_url, out))
    assert texts == ["HELLO", "WORLD"]
    letters = [DeadLetter.model_validate_json(v) for v in read_all(bus_url, f"dlq.{stage}")]
    assert sorted(d.key for d in letters) == ["b", "bad", "v99"]
    assert "schema_version 99 is newer" in next(d for d in letters if d.key == "v99").error
    bad = next(d for d in letters if d.key == "bad")
    assert "text" in bad.error and "surprise" in bad.error and json.loads(bad.payload)["id"] == "x"
    assert "handler failed on purpose" in next(d for d in letters if d.key == "b").error


def test_batch_handler_failures_go_to_dlq(bus_url: str) -> None:
    src, stage = topic("src"), f"batch{uuid.uuid4().hex[:6]}"

    def write(docs: list[DocumentRecord]) -> BatchResult:
        return BatchResult(failed={i: "rejected by sink" for i, d in enumerate(docs) if d.text == "no"})

    with open_bus(bus_url) as bus:
        bus.publish_many((src, str(i), DocumentRecord(id=str(i), text="no" if i == 3 else "ok")) for i in range(6))
        stats = run_stage(bus, stage=stage, topics=[src], record_type=DocumentRecord, handle_batch=write,
                          exit_when_idle=True, poll_timeout=5)
    assert stats.records_in == 6 and stats.errors == 1
    [letter] = [DeadLetter.model_validate_json(v) for v in read_all(bus_url, f"dlq.{stage}")]
    assert letter.key == "3" and letter.error == "rejected by sink" and letter.stage == stage


def test_sigterm_finishes_batch_and_commits(bus_url: str) -> None:
    src, out = topic("src"), topic("out")
    with open_bus(bus_url) as bus:
        bus.ensure_topics([src, out])
        bus.publish_many((src, str(i), DocumentRecord(id=str(i), text="t")) for i in range(200))
    child = subprocess.Popen([sys.executable, "tests/streams/stage_child.py", bus_url, src, out],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": ROOT})
    try:
        deadline = time.monotonic() + 30
        while not read_all(bus_url, out, timeout=1) and time.monotonic() < deadline:
            time.sleep(0.3)
        child.send_signal(signal.SIGTERM)
        assert child.wait(20) == 0
    finally:
        if child.poll() is None:
            child.kill()
    first = int(child.stdout.read().strip())
    assert 0 < first < 200
    with open_bus(bus_url) as bus:
        rest = run_stage(bus, stage="slow", topics=[src], record_type=DocumentRecord,
                         handle=lambda d: [(out, d.id, d)], exit_when_idle=True, poll_timeout=5)
    ids = [DocumentRecord.model_validate_json(v).id for v in read_all(bus_url, out)]
    assert first + rest.records_in == 200  # nothing redone, nothing skipped
    assert sorted(ids, key=int) == [str(i) for i in range(200)]


def test_sink_outage_retries_the_batch_instead_of_dead_lettering(tmp_path: Path) -> None:
    from streams.runner import RetryLater

    url, src, stage = f"local://{tmp_path / 'bus'}", topic("src"), "outage"
    calls = {"n": 0}

    def flaky(docs: list[DocumentRecord]) -> BatchResult:
        calls["n"] += 1
        if calls["n"] < 3:
            raise RetryLater("index unavailable")
        return BatchResult()

    with open_bus(url) as bus:
        bus.publish_many((src, str(i), DocumentRecord(id=str(i), text="t")) for i in range(5))
        stats = run_stage(bus, stage=stage, topics=[src], record_type=DocumentRecord, handle_batch=flaky,
                          exit_when_idle=True, poll_timeout=2)
        assert stats.records_in == 5 and stats.errors == 0 and calls["n"] == 3
        assert {t.name: t.size for t in bus.topics()}.get("dlq.outage", 0) == 0  # nothing dead-lettered


def test_exit_when_idle_waits_for_a_slow_join(bus_url: str) -> None:
    # Under load a first poll comes back empty while the group joins: that is not an idle topic, so a batch job
    # must not exit before it has read what is there.
    from tests.streams.slow_join import SlowJoin

    src, out, stage = topic("src"), topic("out"), f"stage{uuid.uuid4().hex[:6]}"
    with open_bus(bus_url) as bus:
        bus.publish(src, "a", DocumentRecord(id="a", text="hello", source=out))
        real = bus.consumer
        bus.consumer = lambda *a, **k: SlowJoin(real(*a, **k), 2.0)  # type: ignore[method-assign]
        stats = run_stage(bus, stage=stage, topics=[src], record_type=DocumentRecord, handle=shout,
                          exit_when_idle=True, poll_timeout=0.5)
    assert stats.records_in == 1
    assert [DocumentRecord.model_validate_json(v).text for v in read_all(bus_url, out)] == ["HELLO"]


def test_before_batch_sees_the_decoded_batch_and_its_failure_loses_nothing(bus_url: str) -> None:
    """`before_batch` (work ahead, e.g. Kiwi over a batch's Korean texts) gets the valid records of each batch
    before they are handled one by one; when it raises, every record is still handled."""
    src, out = topic("src"), topic("out")
    seen: list[list[str]] = []

    def ahead(docs: list[DocumentRecord]) -> None:
        seen.append([d.id for d in docs])
        if len(seen) == 1:
            raise RuntimeError("work ahead failed on purpose")

    with open_bus(bus_url) as bus:
        bus.publish(src, "a", DocumentRecord(id="a", text="first", source=out))
        bus.publish(src, "bad", b'{"id": "x", "text": 5}')  # fails validation: not handed to before_batch
        bus.publish(src, "b", DocumentRecord(id="b", text="second", source=out))
        stats = run_stage(bus, stage=f"ahead{uuid.uuid4().hex[:6]}", topics=[src], record_type=DocumentRecord,
                          handle=shout, before_batch=ahead, exit_when_idle=True, poll_timeout=5)
    texts = sorted(DocumentRecord.model_validate_json(v).text for v in read_all(bus_url, out))
    lost = 2 - len(texts)
    print(f"\nwork ahead failed on the first batch: lost {lost}, dead letters {stats.errors}")
    assert texts == ["FIRST", "SECOND"] and stats.errors == 1
    assert sorted(i for batch in seen for i in batch) == ["a", "b"]  # each valid record once, never the invalid
