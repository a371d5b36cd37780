"""Round 20 (ev24ko): Korean meetings lost or merged, read from the Korean event errors of the 29 tuning sets
(`fresh16/tune` first), probed with reports written for these tests (real visits, our own wording). Each rule is a
pattern, tested on at least two reports."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _dialogues(events: list[EventRecord]) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.name) for e in events if e.type == "dialogue"]


# `정상회담을 가졌다 … 「X 비즈니스 포럼」에 참석했다`: a named gathering attended (a forum, a roundtable) is not the
# talks of that day, even when the talks have no name of their own.
def test_a_forum_attended_is_not_the_days_talks() -> None:
    text = ("윤석열 대통령은 4일 자카르타 대통령궁에서 조코 위도도 인도네시아 대통령과 정상회담을 가졌다.\n"
            "양 정상은 전기차 공급망 협력을 강화하기로 했다.\n"
            "윤 대통령은 이날 오후 자카르타에서 열린 「한-인도네시아 비즈니스 포럼」에 참석하여 기조연설을 했다.")
    assert len(_dialogues(held(text, "ko", "2023-09-05"))) == 2
    text = ("문재인 대통령은 11일 하노이 주석궁에서 응우옌 쑤언 푹 국가주석과 정상회담을 했다.\n"
            "두 정상은 교역 확대 방안을 논의했다.\n"
            "문 대통령은 같은 날 오후 하노이에서 열린 '한-베트남 비즈니스 포럼'에 함께 참석했다.")
    assert len(_dialogues(held(text, "ko", "2021-11-12"))) == 2


# A title (`윤 대통령, 조코위 대통령과 정상회담`) or a subtitle sums up the body's meeting: it is not another one, even
# when it names the counterpart by a short name or names the day's meetings together.
def test_a_title_sums_up_the_body() -> None:
    text = ("문 대통령, 트뤼도 총리와 정상회담\n"
            "문재인 대통령은 23일 오타와 총리실에서 쥐스탱 트뤼도 캐나다 총리와 정상회담을 열었다.\n"
            "양 정상은 교역과 투자를 늘리기로 했다.")
    assert len(_dialogues(held(text, "ko", "2019-09-24"))) == 1
    text = ("윤석열 대통령, 가나·케냐 정상과 잇달아 정상회담\n"
            "- 한-아프리카 정상회의 계기 릴레이 양자회담 -\n"
            "윤석열 대통령은 3일 오후 용산 대통령실에서 나나 아쿠포아도 가나 대통령, 윌리엄 루토 케냐 대통령과 차례로 "
            "정상회담을 가졌습니다.\n"
            "양 정상은 핵심광물 협력을 강화하기로 했습니다.")
    assert len(_dialogues(held(text, "ko", "2024-06-03"))) == 2


# `4자 장관회의가 열렸다`, `3자 회동을 가졌다`: a meeting named by its format (three or four parties) is its own beside
# the day's other meeting.
def test_a_four_way_meeting_is_its_own() -> None:
    text = ("이창양 장관은 20일 워싱턴에서 러몬도 미국 상무장관, 니시무라 일본 경제산업상과 「제1차 한미일 산업장관회의」를 "
            "개최하였다.\n"
            "같은 날 오후에는 3국 장관과 EU 집행위원이 참여하는 4자 장관회의가 열렸다.")
    assert len(_dialogues(held(text, "ko", "2023-06-21"))) == 2
    text = ("박진 장관은 5일 자카르타에서 왕이 중국 외교부장과 외교장관회담을 가졌다.\n"
            "이어 박 장관은 같은 날 일본, 호주 외교장관과 4자 외교장관회의를 했다.")
    assert len(_dialogues(held(text, "ko", "2023-07-06"))) == 2
