"""Round 26 (ev32ko): Korean event dates and host gatherings read from the two new batteries' errors
(grammar10/grammar11 tune), each a pattern tested on sentences written for these tests (real public meetings,
our own wording)."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _dated(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.name, e.date) for e in extracted(text, "ko", published) if not e.mentioned]


# `북한은 닷새 전인 21일 …`: a day counted back from the story's day is a flashback; a later `이날` goes on
# from the story's day, not from it.
def test_a_day_counted_back_is_not_the_day_a_later_inal_refers_to() -> None:
    text = ("박진 외교부 장관은 26일 부산에서 가미카와 요코 일본 외무상, 왕이 중국 외교부장과 함께 "
            "한일중 외교장관회의를 열었다. 세 장관이 한자리에 모인 것은 4년 3개월 만이다.\n\n"
            "북한은 닷새 전인 21일 밤 군사정찰위성을 발사했다.\n\n"
            "박 장관은 이날 왕이 부장과 별도로 양자 회담을 하고 북한의 위성 발사에 대한 우려를 전달했다.")
    assert ("dialogue", "양자 회담", "2023-11-26") in _dated(text, "2023-11-27")
    text = ("윤석열 대통령은 10일(현지시간) 라오스 비엔티안에서 열린 아세안+3 정상회의에 참석했다.\n\n"
            "이시바 시게루 총리는 아흐레 전인 1일 일본의 제102대 총리로 취임했다.\n\n"
            "윤 대통령은 이날 이시바 총리와 첫 정상회담을 갖고 양국 관계 발전 방안을 논의했다.")
    assert ("dialogue", "첫 정상회담", "2024-10-10") in _dated(text, "2024-10-11")


# `[외교가 오늘]`, `[오늘의 외교]`: `오늘` in a bracketed kicker is the column's name, not the report's
# day; a roundup is dated by the day its lead names.
def test_today_in_a_bracketed_kicker_is_no_date() -> None:
    text = ("[외교가 오늘] 한미일 정상, 캠프 데이비드서 첫 단독 정상회의\n\n"
            "18일(현지시간) 미국 안팎의 주요 외교 일정을 정리한다.\n\n◇ 한미일 정상회의\n"
            "윤석열 대통령과 조 바이든 미국 대통령, 기시다 후미오 일본 총리가 메릴랜드주 "
            "캠프 데이비드에서 정상회의를 열었다. 세 정상은 3국 협력의 원칙을 담은 문서를 채택했다.")
    assert _dated(text, "2023-08-19") == [("dialogue", "정상회의", "2023-08-18")]
    text = ("[오늘의 외교] 윤 대통령, 리마서 시진핑 주석과 회담\n\n"
            "15일(현지시간) 아시아태평양경제협력체(APEC) 정상회의 계기 외교 일정을 정리한다.\n\n"
            "◇ 한중 정상회담\n윤석열 대통령은 페루 리마에서 시진핑 중국 국가주석과 정상회담을 했다. "
            "두 정상은 양국 간 공급망 협력을 강화하기로 했다.")
    assert _dated(text, "2024-11-16") == [("dialogue", "정상회담", "2024-11-15")]


# `양 정상은 이날 … NATO 정상회의 파트너국 세션에 참석했다`: the meeting's own principals attending a
# grouping's conference: the host gathering their meeting was held beside, referred to in passing
# (records.md rule 4).
def test_principals_attending_a_groupings_conference_is_the_host_gathering() -> None:
    text = ("윤석열 대통령과 기시다 후미오 일본 총리는 12일(현지시간) 리투아니아 빌뉴스에서 "
            "정상회담을 열고 양국 간 안보 협력을 논의했다.\n\n"
            "양 정상은 이날 북대서양조약기구(NATO) 정상회의 파트너국 세션에 참석했다.")
    assert _dated(text, "2023-07-13") == [("dialogue", "정상회담", "2023-07-12")]
    text = ("윤석열 대통령과 조 바이든 미국 대통령, 기시다 후미오 일본 총리는 29일(현지시간) "
            "스페인 마드리드에서 한미일 정상회담을 가졌다. 3국 정상이 한자리에 모인 것은 4년 9개월 만이다."
            "\n\n세 정상은 이날 북대서양조약기구(NATO) 정상회의에 참석했다.")
    assert _dated(text, "2022-06-30") == [("dialogue", "한미일 정상회담", "2022-06-29")]
