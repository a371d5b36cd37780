"""Korean reports indexed from the terms they carry (`EventRecord.terms`, read off the extractor's Kiwi tokens),
on both backends: found by the same queries as when the index analyses them itself; terms for a text the
record does not hold, or of another analysis, are ignored."""
from __future__ import annotations

import itertools

from index.model import Analyzer, SearchQuery
from index.port import EventIndex
from streams.records import EventRecord, IndexTerms

_n = itertools.count()
QUERIES = ["핵심광물", "공급망 협력", "반도체", "경제안보대화", "critical minerals"]


def korean(analyze: Analyzer, carry: dict[str, list[str]] | None = None, analysis: str | None = None,
           extra: list[str] = ()) -> EventRecord:
    """A Korean report with texts no other test writes (the analysis remembers texts process-wide); `carry`
    None: the terms of its name and evidence as the analysis gives them (what the extractor carries), plus
    `extra` on the evidence."""
    from extract.analysis import ANALYSIS

    i = next(_n)
    name = f"제{i + 3}차 한-캐나다 경제안보대화"
    evidence = (f"외교부는 {i % 27 + 1}일 서울에서 {name}를 개최하고 핵심광물 공급망 협력과 반도체 "
                f"분야의 협력 방안을 논의했다. 시험{i}번")
    if carry is None:
        carry = {name: terms_of(name), evidence: terms_of(evidence) + list(extra)}
    return EventRecord(id=f"t{i}", key=f"dialogue:2024-06-{i % 27 + 1:02d}:CAN-KOR:{i}", doc_id=f"d{i}", lang="ko",
                       type="dialogue", date=f"2024-06-{i % 27 + 1:02d}", participants=["CAN", "KOR"], name=name,
                       evidence=evidence, topics=["critical_minerals"],
                       terms=IndexTerms(analysis=analysis or ANALYSIS, ko=carry) if carry else None)


def terms_of(text: str) -> list[str]:
    """What `analyze(text, "ko")` gives, without the analysis remembering the text (the index would find it
    remembered and not need the carried terms)."""
    from extract.analysis import _terms
    from extract.kiwi import get_kiwi

    return list(_terms(get_kiwi().tokenize(text)))


def found(index: EventIndex, q: str) -> set[str]:
    return {h.event.key for h in index.search(SearchQuery(q=q, size=100)).hits}


def test_an_event_indexed_from_carried_terms_is_found_as_before(index: EventIndex, analyze: Analyzer) -> None:
    # The carried terms are used: a marker term only they hold finds the event.
    carried = korean(analyze, extra=["zzcarried"])
    plain = korean(analyze).model_copy(update={"terms": None})  # an older producer's report
    assert index.write([carried, plain]) == {}
    index.refresh()
    assert found(index, "zzcarried") == {carried.key}
    for q in QUERIES:  # the same queries find both, as the index's own analysis does
        assert found(index, q) >= {carried.key, plain.key}, q
    assert found(index, "시험") >= {carried.key, plain.key}


def test_terms_for_a_text_the_record_does_not_hold_are_ignored(index: EventIndex, analyze: Analyzer) -> None:
    stray = korean(analyze, carry={"이 기록에 없는 문장이다": ["zzstray"]})
    other = korean(analyze, analysis="kiwi-0.1/another", extra=["zzother"])  # another analysis's terms
    assert index.write([stray, other]) == {}
    index.refresh()
    assert found(index, "zzstray") == set() and found(index, "zzother") == set()
    for q in QUERIES:
        assert found(index, q) >= {stray.key, other.key}, q


def test_carried_terms_reach_the_index_over_the_bus(bus_url: str, make_index, analyze: Analyzer) -> None:  # noqa: ANN001
    """Published by a producer, read by the indexer's handler as the index stage runs it: the terms arrive."""
    import time
    import uuid

    from index.indexer import make_handler
    from streams.bus import open_bus

    sent = korean(analyze, extra=["zzbus"])
    topic = f"events.{uuid.uuid4().hex[:8]}"
    index = make_index("tantivy")
    with open_bus(bus_url) as bus:
        bus.ensure_topics([topic])
        bus.publish_many([(topic, sent.key, sent)])
        got: list[EventRecord] = []
        with bus.consumer(f"g.{uuid.uuid4().hex[:8]}", [topic]) as c:
            deadline = time.monotonic() + 30
            while not got and time.monotonic() < deadline:
                got = [EventRecord.model_validate_json(m.value) for m in c.poll(10, 0.5)]
    assert got == [sent] and got[0].terms is not None
    assert make_handler(index)(list(got)).failed == {}
    index.refresh()
    assert found(index, "zzbus") == {sent.key}
    assert found(index, "핵심광물") >= {sent.key}
