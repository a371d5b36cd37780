"""Round 29, commitment topics (records.md rule 10): a Korean field summing up its items after `등` keeps the `등`
that closes the last item (`양자 등`: quantum, where a bare `양자` is bilateral); connectivity that no field the
clause names has (`connectivity between Europe and Central Asia`, `물류 연결성`) is the parties' links in general,
`other`, and gives way to a field that has it (`undersea cable connectivity`: digital). Sentences written for these
tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# `A, B, 양자 등 첨단기술 분야의 …`: the items before `등` are the topics; `양자 등` is quantum's keyword, so cutting
# the summing field off must leave `등` in place.
def test_quantum_before_summing_field() -> None:
    text = ("유상임 과학기술정보통신부 장관은 2024년 11월 20일 서울에서 핀란드 경제부 장관과 회담을 갖고 "
            "6G, 양자 등 차세대 기술 분야의 공동연구를 확대하기로 했다.")
    assert _topics(text, "ko", "2024-11-21") == {"digital", "quantum"}
    text = ("윤석열 대통령과 울프 크리스테르손 스웨덴 총리는 2023년 5월 19일 히로시마에서 정상회담을 갖고 "
            "반도체, 배터리, 양자 등 첨단산업 분야의 협력을 넓혀 나가기로 합의했다.")
    assert _topics(text, "ko", "2023-05-20") == {"semiconductors", "batteries", "quantum"}


# Connectivity with no field of its own beside another topic: its own `other` entry.
def test_bare_connectivity_is_other() -> None:
    text = ("President Emmanuel Macron and President Shavkat Mirziyoyev met in Samarkand on November 2, 2023 and "
            "agreed to expand cooperation on critical minerals and to improve connectivity between Europe and "
            "Central Asia.")
    assert _topics(text, "en", "2023-11-03") == {"critical_minerals", "other"}
    text = ("윤석열 대통령과 세르다르 베르디무하메도프 투르크메니스탄 대통령은 2024년 6월 10일 아시가바트에서 "
            "정상회담을 갖고 가스전 개발 협력을 확대하고 양국 간 물류 연결성을 높이기로 했다.")
    assert _topics(text, "ko", "2024-06-11") == {"energy", "other"}


# Connectivity of a field the clause names is that field's (cables: digital; supply chains): no `other` beside it.
def test_connectivity_of_a_named_field_gives_way() -> None:
    text = ("Prime Minister Anthony Albanese and Prime Minister Fumio Kishida met in Perth on October 22, 2022 and "
            "agreed to fund undersea cable connectivity for Pacific island countries.")
    assert _topics(text, "en", "2022-10-23") == {"digital"}
    text = ("Trade ministers of the three countries met in Singapore on March 14, 2024 and committed to improve "
            "the resilience and connectivity of their semiconductor supply chains.")
    assert "other" not in _topics(text, "en", "2024-03-15")
