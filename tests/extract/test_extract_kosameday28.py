"""Round 28b (lead): Korean meetings told after another of the same day. `같은 날` (the same day) opening a meeting's
clause tells another meeting than the one before it, of any form (`회담을 갖고`, `회의를 열고`), not only `면담`/
`만나` with a time of day; and a titled person marked `도` (also) before a meeting verb (`X 총리도 예방했다`,
`X 장관도 만났다`) is one more person met, a meeting of its own. Sentences written for these tests (real meetings)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _dialogues(text: str, published: str) -> list:
    return [e for e in _held(text, "ko", published) if e.type == "dialogue"]


def test_the_same_day_opens_another_meeting() -> None:
    text = ("윤석열 대통령은 13일 프놈펜에서 조 바이든 미국 대통령, 기시다 후미오 일본 총리와 한미일 정상회담을 "
            "가졌다. 윤 대통령은 같은 날 기시다 총리와 한일 정상회담을 갖고 양국 현안을 논의했다.")
    assert len(_dialogues(text, "2022-11-14")) == 2
    text = ("윤석열 대통령은 18일 캠프 데이비드에서 한미일 정상회의를 열었다. 윤 대통령은 같은 날 기시다 후미오 "
            "일본 총리와 한일 정상회담을 열고 후쿠시마 오염수 문제를 협의했다.")
    assert len(_dialogues(text, "2023-08-19")) == 2


def test_a_person_met_also_is_another_meeting() -> None:
    # Without `도` read as marking the person met, `총리도 예방했다` read as prevention (`예방하다`) and was dropped.
    text = ("박진 외교부 장관은 18일 도쿄에서 하야시 요시마사 일본 외무대신과 회담하고 양국 관계 개선 방안을 "
            "논의했다. 박 장관은 20일 기시다 후미오 총리도 예방했다.")
    assert {e.date for e in _dialogues(text, "2022-07-20")} == {"2022-07-18", "2022-07-20"}
    text = ("토니 블링컨 미국 국무장관은 17일 서울에서 정의용 외교부 장관과 회담하고 북한 문제를 논의했다. "
            "블링컨 장관은 18일 문재인 대통령도 예방했다.")
    assert {e.date for e in _dialogues(text, "2021-03-18")} == {"2021-03-17", "2021-03-18"}
