"""The extraction handler on the stage runner, over the local log and Tansu Kafka."""
from __future__ import annotations

import json
import subprocess
import sys
import uuid
from pathlib import Path

from extract.worker import handle
from streams.bus import Consumer, Message, open_bus
from streams.records import DeadLetter, DocumentRecord, EventRecord
from streams.runner import run_stage
from streams.topics import EVENTS, RAW_DOCUMENTS, dlq, topic_stream

TEXT = "한미 양국은 5일 워싱턴에서 외교장관회담을 갖고 반도체 공급망 협력을 강화하기로 했다."


def test_handle_routes_events_and_topics(ko_nlp) -> None:  # noqa: ANN001
    out = handle(DocumentRecord(id="w1", text=TEXT, published="2024-03-06", lang="ko"))
    topics = [t for t, _, _ in out]
    assert topics[0] == EVENTS and topic_stream("semiconductors") in topics
    assert all(k == out[0][1] for _, k, _ in out)


def test_runner_end_to_end(bus_url: str, ko_nlp) -> None:  # noqa: ANN001
    # The Kafka broker is shared by the test session: a stage name of its own, and only this test's records.
    stage = f"extract-{uuid.uuid4().hex[:6]}"
    with open_bus(bus_url, partitions=1) as bus:
        bus.ensure_topics([RAW_DOCUMENTS, EVENTS, dlq(stage), topic_stream("semiconductors")])
        good = DocumentRecord(id="w2", text=TEXT, published="2024-03-06", lang="ko")
        bus.publish(RAW_DOCUMENTS, "w2", good)
        bus.publish(RAW_DOCUMENTS, "bad", b'{"id": "bad"}')  # no text: dead letter
        stats = run_stage(bus, stage=stage, topics=[RAW_DOCUMENTS], record_type=DocumentRecord,
                          handle=handle, exit_when_idle=True, poll_timeout=3.0)
        assert stats.errors >= 1
        with bus.consumer(f"t-events-{stage}", [EVENTS]) as c:
            events = [e for e in (EventRecord.model_validate_json(m.value) for m in drain(c)) if e.doc_id == "w2"]
        with bus.consumer(f"t-dlq-{stage}", [dlq(stage)]) as c:
            letters = [DeadLetter.model_validate_json(m.value) for m in drain(c)]
        assert len(events) == 1 and "bad" in [d.key for d in letters]


def drain(consumer: Consumer) -> list[Message]:
    out: list[Message] = []
    while batch := consumer.poll(500, 5.0 if not out else 1.0):
        out.extend(batch)
    return out


def test_cli_extract_and_bad_lines(tmp_path: Path) -> None:
    inp = tmp_path / "docs.jsonl"
    inp.write_text(json.dumps({"id": "c1", "text": TEXT, "published": "2024-03-06"}, ensure_ascii=False)
                   + "\nnot json\n{\"id\": 3}\n", encoding="utf-8")
    out = tmp_path / "events.jsonl"
    code = ("import typer, sys; from readout.cli_extract import register; app = typer.Typer(); register(app); "
            "app(sys.argv[1:])")
    run = subprocess.run([sys.executable, "-c", code, "extract", "--in", str(inp), "--out", str(out)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert ":2:" in run.stderr and ":3:" in run.stderr
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["doc_id"] == "c1"
    (tmp_path / "junk.jsonl").write_text("junk\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", code, "extract", "--in", str(tmp_path / "junk.jsonl"),
                          "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert run.returncode == 1
