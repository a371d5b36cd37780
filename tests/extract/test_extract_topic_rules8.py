"""Generalisation round 8, commitment topics: what counts as a commitment clause and which topics it names
(records.md rules 10 and 11); each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# Meetings held regularly (`정례화하기로`, `annually`) are a commitment (rule 11), an institutional one (`other`),
# beside the topics of the rest of the clause.
def test_a_regular_meeting_is_an_institutional_commitment() -> None:
    text = ("산업통상자원부 박영호 통상차관보는 4월 8일 오타와에서 캐나다 국제통상부 차관보와 제2차 한-캐나다 "
            "통상협의회를 개최하였다. 양측은 청정에너지 분야 협력을 확대하고, 이 협의회를 정례화하기로 하였다.")
    assert "other" in _topics(text, "ko", "2025-04-09")
    text = ("Foreign Minister Anna Berg of Sweden met Korean Foreign Minister Park Min-soo in Stockholm on June 3. "
            "The two ministers agreed to hold the Sweden-Korea Strategic Dialogue annually and to deepen "
            "cooperation on batteries.")
    assert _topics(text, "en", "2025-06-04") == {"batteries", "other"}
    text = ("Trade ministers of Chile and Thailand met in Santiago on May 2, 2025. The ministers will convene "
            "the joint committee on a regular basis to review the implementation of the agreement.")
    assert _topics(text, "en", "2025-05-03") == {"other"}
