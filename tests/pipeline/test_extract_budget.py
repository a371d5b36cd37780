"""A pathological document (200k characters dense with events) goes to dlq.extract with the reason once it
has used its CPU budget; the documents around it are extracted and the partition moves on."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from readout.settings import Settings
from readout.stages import run_extract
from streams.bus import open_bus
from streams.records import DeadLetter, DocumentRecord, EventRecord
from streams.topics import EVENTS, RAW_DOCUMENTS, dlq

pytestmark = pytest.mark.timeout(300)
SENTENCE = ("한·미·일 3국은 {d}일(현지시간) 미국 샌디에고에서 제{n}차 경제안보대화를 열고 "
            "핵심광물 분야의 공동투자 방안도 모색해 나가기로 했다.\n")
# English with three delegates a sentence costs about twice the CPU per character of the Korean one.
DENSE = ("On June {d}, Secretary Blinken met Foreign Minister Cho Tae-yul and Foreign Minister Kamikawa Yoko in "
         "San Diego for the {n}th Economic Security Dialogue, and they agreed to invest in critical minerals.\n")


def dense(chars: int) -> str:
    out, n = [], 1
    while sum(map(len, out)) < chars:
        out.append(DENSE.format(d=n % 28 + 1, n=n))
        n += 1
    return "".join(out)


def read(bus_url: str, topic: str) -> list[bytes]:
    with open_bus(bus_url) as bus, bus.consumer(None, [topic]) as reader:
        out: list[bytes] = []
        while batch := reader.poll(500, 1.0):
            out += [m.value for m in batch]
        return out


def test_pathological_document_is_dead_lettered_and_the_partition_moves_on(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, bus=f"local://{tmp_path / 'bus'}", partitions=1, extract_cpu_budget=1.0)
    # ~10s of CPU (the record keeps 200k characters): well past the 1s budget, which the child's RLIMIT_CPU
    # rounds up to at most 2s. A Korean text of that size took ~2s and fitted the budget now and then.
    docs = [DocumentRecord(id="before", lang="ko", published="2024-06-06", text=SENTENCE.format(d=5, n=4)),
            DocumentRecord(id="dense", lang="en", published="2024-06-06", text=dense(250_000)),
            DocumentRecord(id="after", lang="en", published="2024-06-06",
                           text="The United States and Japan signed a critical minerals agreement in Washington "
                                "on March 28, 2023, to strengthen supply chains.")]
    with open_bus(settings.bus_url, partitions=1) as bus:
        bus.ensure_topics([RAW_DOCUMENTS, EVENTS, dlq("extract")])
        bus.publish_many((RAW_DOCUMENTS, d.id, d) for d in docs)
    started = time.monotonic()
    stats = run_extract(settings, threading.Event(), exit_when_idle=True)
    elapsed = time.monotonic() - started
    letters = [DeadLetter.model_validate_json(v) for v in read(settings.bus_url, dlq("extract"))]
    events = [EventRecord.model_validate_json(v) for v in read(settings.bus_url, EVENTS)]
    assert [d.key for d in letters] == ["dense"]
    assert "budget of 1s of CPU" in letters[0].error
    extracted = {e.doc_id for e in events}
    lost = len({"before", "after"} - extracted)
    print(f"\nextraction budget 1s: {stats.records_in} documents in {elapsed:.1f}s (two worker starts included), "
          f"pathological one dead-lettered, lost {lost}, events {len(events)}")
    assert stats.records_in == 3 and lost == 0
