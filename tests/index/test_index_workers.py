"""The write path's worker processes (`index.workers`, `--index-workers`): only a head start, never a change.

A write with the pool stores exactly the documents the write in one process stores (every field tantivy is
handed); a worker that dies loses nothing (the write computes what did not come back and the pool is started
again); a bad report in a batch is still refused alone. The pool is used here for every write (`MIN_TEXTS` 1)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from identity_cases import CASES, load
from test_index_write_cache import batches

from index import workers
from index.lexicon import Vocabulary
from index.model import Analyzer
from index.tantivy_index import TantivyIndex
from readout.vocabulary import vocabulary
from streams.records import EventRecord

pytestmark = pytest.mark.timeout(300)


def fresh_vocabulary() -> Vocabulary:
    """A vocabulary of its own (nothing remembered): `vocabulary()` is one per process."""
    return vocabulary.__wrapped__()


class Recorded(TantivyIndex):
    """Keeps every document it hands tantivy, each field as `Document.to_dict` gives it."""

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.handed: list[str] = []

    def _document(self, s):  # noqa: ANN001, ANN202
        doc = super()._document(s)
        self.handed.append(json.dumps(doc.to_dict(), sort_keys=True, default=str, ensure_ascii=False))
        return doc


def write_all(ix: TantivyIndex, batches: list[list[EventRecord]]) -> list[dict[int, str]]:
    return [ix.write(b) for b in batches]


@pytest.fixture
def every_write(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "MIN_TEXTS", 1)


def test_the_pool_stores_the_same_documents(tmp_path: Path, analyze: Analyzer, every_write: None) -> None:
    serial = Recorded(tmp_path / "serial", analyze, fresh_vocabulary(), workers=1)
    parallel = Recorded(tmp_path / "parallel", analyze, fresh_vocabulary(), workers=2)
    try:
        assert write_all(serial, batches()) == write_all(parallel, batches())
        assert parallel.workers.taken > 0 and not parallel.workers.off  # the workers did scan the texts
        assert serial.workers.taken == 0
        assert parallel.handed == serial.handed
    finally:
        serial.close()
        parallel.close()
        parallel.workers.close()


def test_a_worker_that_dies_loses_nothing(tmp_path: Path, analyze: Analyzer, every_write: None,
                                          caplog: pytest.LogCaptureFixture) -> None:
    records = [r for r, _ in load(CASES)]
    first, second, third = records[: len(records) // 3], records[len(records) // 3: 2 * len(records) // 3], \
        records[2 * len(records) // 3:]
    serial = Recorded(tmp_path / "serial", analyze, fresh_vocabulary(), workers=1)
    parallel = Recorded(tmp_path / "parallel", analyze, fresh_vocabulary(), workers=2)
    pool = parallel.workers
    try:
        assert write_all(serial, [first, second, third]) == [{}, {}, {}]
        assert parallel.write(first) == {}
        assert pool._pool is not None
        for p in list(pool._pool._processes.values()):  # type: ignore[union-attr]
            p.kill()
            p.join()
        assert parallel.write(second) == {}  # scanned here instead
        assert "index workers" in caplog.text and pool.restarts == 1
        taken = pool.taken
        assert parallel.write(third) == {}  # a new pool
        assert pool.taken > taken and not pool.off
        assert parallel.handed == serial.handed
        assert sorted(e.key for e in parallel.scan()) == sorted(e.key for e in serial.scan())
        assert sum(len(parallel.reports(e.key)) for e in parallel.scan()) == len(records)
    finally:
        serial.close()
        parallel.close()
        pool.close()


def test_a_bad_report_is_refused_alone(tmp_path: Path, analyze: Analyzer, every_write: None) -> None:
    records = [r for r, _ in load(CASES)][:12]
    bad = records[5].model_copy(update={"date": "2024-02-30"})  # passes the schema, not the index
    batch = [*records[:5], bad, *records[6:]]
    ix = TantivyIndex(tmp_path / "ix", analyze, fresh_vocabulary(), workers=2)
    try:
        failed = ix.write(batch)
        assert list(failed) == [5] and "calendar date" in failed[5]
        assert ix.workers.taken > 0
        stored = {r.id for e in ix.scan() for r in ix.reports(e.key)}
        assert stored == {r.id for r in records if r.id != bad.id}
    finally:
        ix.close()
        ix.workers.close()


def test_words_added_after_the_pool_started_are_not_served_stale(tmp_path: Path, analyze: Analyzer,
                                                                 every_write: None) -> None:
    from index.lexicon import Concept

    records = [r for r, _ in load(CASES)]
    vocab = fresh_vocabulary()
    ix = TantivyIndex(tmp_path / "ix", analyze, vocab, workers=2)
    try:
        assert ix.write(records[:10]) == {}
        vocab.terms.add(Concept("zebra diplomacy", "term"), ["zebra"], ["얼룩말"])
        futures = ix.workers.submit([("zebra talks", "en"), ("얼룩말 회담", "ko")])
        ix.workers.collect(futures)  # a new pool, started with the new words
        assert "term:zebra diplomacy" in vocab.concepts("zebra talks")
        assert "term:zebra diplomacy" in vocab.concepts("얼룩말 회담")
    finally:
        ix.close()
        ix.workers.close()
