"""Round 23 (topics24), Korean commitment topics: a sentence that also announces the next or another meeting
keeps the clauses agreed before that announcement (`긴밀히 공조해 나가기로 했으며, 제9차 회의는 … 개최하기로
했다`); rare metals (`희소금속`) are critical minerals and navigation (`자유로운 항행`) is maritime security.
Sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# The clause before the next round's announcement is agreed on its own; the next round is still no commitment.
def test_clauses_before_a_next_meeting_are_commitments() -> None:
    text = ("기획재정부는 추경호 부총리가 29일 일본 도쿄에서 스즈키 슌이치 일본 재무상과 제8차 한일 재무장관회의를 "
            "개최했다고 밝혔다. 양측은 역내 금융안전망 강화를 위해 긴밀히 공조해 나가기로 했으며, 제9차 회의는 내년 "
            "한국에서 개최하기로 했다.")
    assert _topics(text, "ko", "2023-06-30") == {"other"}
    text = ("산업통상자원부는 안덕근 장관이 4일 서울에서 카자흐스탄 산업건설부 장관과 제1차 한-카자흐스탄 핵심광물 "
            "대화를 열었다고 밝혔다. 양측은 리튬 공동 탐사와 기술 협력을 추진하기로 합의했고, 제2차 대화는 내년 "
            "아스타나에서 열기로 했다.")
    assert _topics(text, "ko", "2024-06-05") == {"critical_minerals"}


def test_rare_metals_are_critical_minerals() -> None:
    text = ("산업통상자원부는 안덕근 장관이 4일 서울에서 카자흐스탄 산업건설부 장관과 회담했다고 밝혔다. 양측은 "
            "희소금속 공동 탐사를 추진하기로 합의했다.")
    assert _topics(text, "ko", "2024-06-05") == {"critical_minerals"}
    text = ("산업통상자원부는 정인교 통상교섭본부장이 12일 서울에서 우즈베키스탄 광업부 장관과 면담했다고 밝혔다. "
            "양측은 희소금속 공급망 안정화를 위한 정보 교류를 확대하기로 했다.")
    assert "critical_minerals" in _topics(text, "ko", "2024-03-13")


def test_navigation_is_maritime_security() -> None:
    text = ("국방부는 이종섭 장관이 3일 싱가포르에서 말스 호주 국방장관과 회담했다고 밝혔다. 양 장관은 남태평양에서 "
            "자유로운 항행을 보장하기 위해 협력을 강화하기로 했다.")
    assert _topics(text, "ko", "2023-06-04") == {"maritime_security"}
    text = ("국방부는 신원식 장관이 28일 도쿄에서 기하라 미노루 일본 방위상과 회담했다고 밝혔다. 양 장관은 "
            "인도·태평양 해역에서 선박의 안전한 항행을 위해 공조하기로 했다.")
    assert _topics(text, "ko", "2024-07-29") == {"maritime_security"}


# Exercises named as military ones (`3자 훈련`, `다영역 훈련`, `해상훈련`) are defense, as `연합훈련` already is.
def test_military_exercises_are_defense() -> None:
    text = ("국방부는 신원식 장관이 28일 도쿄에서 로이드 오스틴 미국 국방장관, 기하라 미노루 일본 방위상과 한미일 "
            "국방장관회의를 열었다고 밝혔다. 3국 장관은 3자 훈련을 정례화하고 훈련 계획을 매년 공유하기로 했다.")
    assert _topics(text, "ko", "2024-07-29") == {"defense"}
    text = ("국방부는 신원식 장관이 2일 싱가포르에서 미국, 일본 국방장관과 회의를 했다고 밝혔다. 3국 장관은 올해 "
            "여름 다영역 훈련을 처음으로 실시하기로 했다.")
    assert _topics(text, "ko", "2024-06-03") == {"defense"}
