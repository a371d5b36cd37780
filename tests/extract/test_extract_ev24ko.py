"""Round 20 (ev24ko): Korean meetings lost or merged, read from the Korean event errors of the 29 tuning sets
(`fresh16/tune` first), probed with reports written for these tests (real visits, our own wording). Each rule is a
pattern, tested on at least two reports."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _dialogues(events: list[EventRecord]) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.name) for e in events if e.type == "dialogue"]


# A title (`윤 대통령, 조코위 대통령과 정상회담`) or a subtitle sums up the body's meeting: it is not another one, even
# when it names the counterpart by a short name or names the day's meetings together.
def test_a_title_sums_up_the_body() -> None:
    text = ("윤 대통령, 조코위 대통령과 정상회담…전기차 협력 논의\n"
            "윤석열 대통령은 6일 자카르타 대통령궁에서 조코 위도도 인도네시아 대통령과 정상회담을 열었다.\n"
            "양 정상은 전기차 공급망 협력을 강화하기로 했다.")
    assert len(_dialogues(held(text, "ko", "2023-09-07"))) == 1
    text = ("윤석열 대통령, 가나·케냐 정상과 잇달아 정상회담\n"
            "- 한-아프리카 정상회의 계기 릴레이 양자회담 -\n"
            "윤석열 대통령은 3일 오후 용산 대통령실에서 나나 아쿠포아도 가나 대통령, 윌리엄 루토 케냐 대통령과 차례로 "
            "정상회담을 가졌습니다.\n"
            "양 정상은 핵심광물 협력을 강화하기로 했습니다.")
    assert len(_dialogues(held(text, "ko", "2024-06-03"))) == 2


# `전날인 26일 … A 총리, B 총리와 차례로 양자 회담을 했다`: the day before named as a day of the month dates the side
# meetings; they are held, not referred to in passing.
def test_the_day_before_named_as_a_day() -> None:
    text = ("한일중 정상은 27일 서울에서 정상회의를 열었다.\n"
            "전날인 26일 오후 윤 대통령은 용산 대통령실에서 리창 총리, 기시다 후미오 총리와 차례로 양자 회담을 했다.")
    assert sorted(_dialogues(held(text, "ko", "2024-05-27"))).count(("2024-05-26", "양자 회담")) == 2
    text = ("이재명 대통령은 1일 경주에서 시진핑 국가주석과 정상회담을 가졌다.\n"
            "이 대통령은 전날인 31일 저녁 경주에서 마크 카니 캐나다 총리와 별도로 회담했다.")
    assert ("2025-10-31", "회담") in _dialogues(held(text, "ko", "2025-11-01"))


# `열린 X 정상회의(EAS)를 계기로`: a host gathering whose name ends in a gloss is where the event took place (a venue),
# not a meeting held of its own; the gloss's `)` does not start the venue phrase.
def test_a_host_gathering_glossed_is_a_venue() -> None:
    text = ("EU와 칠레는 18일 브뤼셀에서 열린 EU-중남미카리브국가공동체(CELAC) 정상회의(Summit)를 계기로 "
            "원자재 협력 양해각서에 서명했다.")
    assert [e.type for e in held(text, "ko", "2023-07-19")] == ["agreement"]
    text = ("한미일 정상은 13일 캄보디아 프놈펜에서 열린 동아시아정상회의(EAS)를 계기로 "
            "3국 정상회담을 갖고 공동성명을 채택했다.")
    assert [(e.type, e.name) for e in held(text, "ko", "2022-11-14")] == [("dialogue", "3국 정상회담")]
