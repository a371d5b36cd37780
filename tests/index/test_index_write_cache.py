"""The write path's cache of parsed stored reports (tantivy): it may only save parsing, never change a result.

Writes with it and without it (a cache that keeps nothing) give the same events, reports and changes, through
re-merges, corrections, replays and removals; another writer's commit, a failed commit and a restart leave
nothing stale behind."""
from __future__ import annotations

import random
from pathlib import Path

import pytest
from events import KEY, english_report, korean_report
from identity_cases import CASES, load

from index.model import Analyzer, MergedEvent
from index.port import Unavailable
from index.stored_cache import RECORDS, ParsedReports
from index.tantivy_index import TantivyIndex
from readout.vocabulary import vocabulary
from streams.records import EventRecord, ReportVersion

pytestmark = pytest.mark.timeout(300)


def contents(ix: TantivyIndex) -> list[tuple[MergedEvent, list[EventRecord]]]:
    return sorted(((e, ix.reports(e.key)) for e in ix.scan()), key=lambda x: x[0].key)


def uncached(path: Path, analyze: Analyzer) -> TantivyIndex:
    ix = TantivyIndex(path, analyze, vocabulary())
    ix._parsed = ParsedReports(limit=0)  # keeps nothing: every stored report is parsed again
    return ix


def versioned(r: EventRecord, fetched: str, **change: object) -> EventRecord:
    v = ReportVersion(source_time=None, fetched_at=f"2024-06-0{fetched}T00:00:00+00:00", content_hash=fetched)
    return r.model_copy(update={"version": v, **change})


def batches() -> list[list[EventRecord]]:
    """The identity set in shuffled batches of 1 to 12, then corrections that move, replace and remove reports."""
    shuffled = [r for r, _ in load(CASES)]
    random.Random(5).shuffle(shuffled)
    out, at = [], 0
    while at < len(shuffled):
        size = random.Random(at).randint(1, 12)
        out.append(shuffled[at:at + size])
        at += size
    out += [[shuffled[3]], shuffled[:7]]  # replays of what is stored
    ko, en = versioned(korean_report(), "6"), versioned(english_report(), "6")
    out += [[ko], [en],  # two reports of one event, one at a time: a re-merge
            [versioned(english_report(), "8", id="en-fixed", date="2024-06-09",  # a correction moves a report
                       key="dialogue:2024-06-09:JPN-KOR-USA")],
            [versioned(korean_report(), "9", id="ko-fixed", date="2024-06-09")],  # and the other: one is removed
            [versioned(english_report(), "7")]]  # an older version, arriving last: no change
    return out


def test_writes_with_the_cache_and_without_it_are_the_same(tmp_path: Path, analyze: Analyzer) -> None:
    cached = TantivyIndex(tmp_path / "cached", analyze, vocabulary())
    plain = uncached(tmp_path / "plain", analyze)
    for i, batch in enumerate(batches()):
        if i == 9:  # a restart: an empty cache over the same index
            cached.close()
            cached = TantivyIndex(tmp_path / "cached", analyze, vocabulary())
        failed, changes = cached.write_changes(batch)
        assert (failed, changes) == plain.write_changes(batch)
    assert cached._parsed.hits > 0  # the cache was used, and changed nothing
    assert contents(cached) == contents(plain)
    assert {e.date for e, _ in contents(cached)} >= {"2024-06-09"}
    cached.close()
    plain.close()


def test_another_writers_commit_is_read_not_the_remembered_reports(tmp_path: Path, analyze: Analyzer) -> None:
    """A cache holds the reports of the bytes it parsed: once another writer (the lock released) rewrites the
    event, the next write reads the new bytes."""
    first = TantivyIndex(tmp_path / "index", analyze, vocabulary())
    assert first.write([korean_report()]) == {}
    assert KEY in first._parsed._by_key
    first.close()  # releases the lock; the object stays usable and keeps its cache
    other = TantivyIndex(tmp_path / "index", analyze, vocabulary())
    assert other.write([english_report()]) == {}  # joins the event: its stored reports are now two
    other.close()
    assert first.write([english_report(id="en2", doc_id="doc-en2", source="us.dod")]) == {}
    event = first.get(KEY)
    assert event is not None and sorted(r.id for r in event.reports) == ["en1", "en2", "ko1"]
    first.close()


def test_a_failed_commit_leaves_nothing_remembered(tmp_path: Path, analyze: Analyzer) -> None:
    """Only committed writes are remembered: a write refused (here: the lock held by another writer) adds
    nothing, and the retry after it reads what the index holds."""
    ix = TantivyIndex(tmp_path / "index", analyze, vocabulary())
    assert ix.write([korean_report()]) == {}
    ix.close()
    holder = TantivyIndex(tmp_path / "index", analyze, vocabulary())
    assert holder.write([korean_report(id="ko2", doc_id="doc-ko2")]) == {}  # holds the lock from now on
    with pytest.raises(Unavailable):
        ix.write([english_report()])
    # What it remembers is what the index holds (the holder's commit, read by the refused write), not en1.
    assert ix._parsed._by_key and all(records == ix.reports(key) for key, (_, records) in ix._parsed._by_key.items())
    assert "en1" not in {r.id for _, records in ix._parsed._by_key.values() for r in records}
    holder.close()
    assert ix.write([english_report()]) == {}
    event = ix.get(KEY)
    assert event is not None and sorted(r.id for r in event.reports) == ["en1", "ko1", "ko2"]
    ix.close()


def test_parsed_reports_follow_the_bytes_and_stay_bounded() -> None:
    a, b = korean_report(), english_report()
    raw_a, raw_b = (RECORDS.dump_json([r]) for r in (a, b))
    cache = ParsedReports(limit=3)
    assert cache.get("k", raw_a) == [a] and cache.get("k", raw_a) == [a] and cache.hits == 1
    assert cache.get("k", raw_b) == [b]  # other bytes under the same key: parsed again, never the old reports
    assert cache.get("page", raw_a, remember=False) == [a] and "page" not in cache._by_key
    listed = cache.get("k", raw_b)
    listed.append(a)  # a caller's list is its own
    assert cache.get("k", raw_b) == [b]
    for i in range(5):
        cache.put(f"e{i}", raw_a, [a])
    assert cache._size <= 3 and "e4" in cache._by_key and "k" not in cache._by_key  # the oldest went first
    cache.drop("e4")
    assert "e4" not in cache._by_key and cache._size == sum(len(r) for _, r in cache._by_key.values())


def test_the_pairs_clustering_compares_are_each_worth_comparing_pair_once() -> None:
    """`_blocks` (built without a set of the pairs seen) gives every pair the rule names, once, as (i, j), i < j:
    reports at most a day apart, undated reports of one type, reports of one release."""
    from datetime import date, timedelta

    from index.identity import Features, _blocks

    rnd = random.Random(3)
    for _ in range(300):
        fs = sorted((Features(
            id=f"r{i}", doc_id=f"d{rnd.randint(0, 5)}", type=rnd.choice("ab"),
            day=None if rnd.random() < 0.3 else date(2024, 1, 1) + timedelta(days=rnd.randint(0, 4)),
            mentioned=False, parties=frozenset(), stated=frozenset(), count=None, series=frozenset(), ordinal=None,
            level=None, city=None, formats=frozenset(), subjects=frozenset(), people=frozenset(), words=frozenset(),
            lang="en", source=None, generic=False) for i in range(rnd.randint(0, 20))),
            key=lambda f: (f.day.isoformat() if f.day else "", f.type, f.doc_id, f.id))

        def worth(a: Features, b: Features) -> bool:
            if a.doc_id == b.doc_id:
                return True
            if a.day and b.day:
                return abs((a.day - b.day).days) <= 1
            return not a.day and not b.day and a.type == b.type

        pairs = list(_blocks(fs))
        assert len(pairs) == len(set(pairs)) and all(i < j for i, j in pairs)
        assert set(pairs) == {(i, j) for i in range(len(fs)) for j in range(i + 1, len(fs)) if worth(fs[i], fs[j])}
