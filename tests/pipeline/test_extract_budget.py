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


def test_a_batch_analysed_ahead_in_the_worker_gives_the_events_of_a_document_at_a_time() -> None:
    from extract.worker import handle
    from readout.extract_budget import BudgetedExtractor

    docs = [DocumentRecord(id=f"k{n}", lang="ko", published="2024-06-06", text=SENTENCE.format(d=n, n=n) * 3)
            for n in range(2, 6)]
    docs.append(DocumentRecord(id="e", lang="en", published="2024-06-06", text=dense(400)))
    extractor = BudgetedExtractor(10.0)
    try:
        analysed = extractor.prime(docs, 100_000)
        got = [[(t, k, r.model_dump_json()) for t, k, r in extractor.handle(d)] for d in docs]
    finally:
        extractor.close()
    want = [[(t, k, r.model_dump_json()) for t, k, r in handle(d)] for d in docs]
    assert analysed == sum(len(d.text) for d in docs[:4]) and extractor.restarts == 0
    assert got == want and all(got)


def test_a_worker_killed_by_its_budget_while_analysing_ahead_is_replaced_and_nothing_is_lost() -> None:
    from readout.extract_budget import BudgetedExtractor

    # ~800k Korean characters ahead: several CPU seconds of Kiwi, past the 1s budget (at most 2s as RLIMIT_CPU).
    heavy = [DocumentRecord(id=f"h{n}", lang="ko", published="2024-06-06", text=SENTENCE.format(d=5, n=4) * 2_200)
             for n in range(4)]
    small = DocumentRecord(id="s", lang="ko", published="2024-06-06", text=SENTENCE.format(d=5, n=4))
    extractor = BudgetedExtractor(1.0)
    try:
        extractor.start()
        started = time.monotonic()
        analysed = extractor.prime([*heavy, small], 10_000_000)
        stuck = time.monotonic() - started
        events = extractor.handle(small)
    finally:
        extractor.close()
    print(f"\nwork ahead past the budget: worker replaced after {stuck:.1f}s, restarts {extractor.restarts}, "
          f"lost {0 if events else 1}")
    assert analysed == 0 and extractor.restarts == 1
    assert [e for _, _, e in events if isinstance(e, EventRecord)]
