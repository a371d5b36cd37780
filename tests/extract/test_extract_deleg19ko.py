"""Round 15 of issue 16 (deleg19ko): Korean delegate shapes from the grammar2 battery's recurring Korean delegate
errors, probed with sentences written for these tests (people, places and dates of our own). Each rule is a
pattern, tested on at least two sentences."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held

CASES = [
    # Wrong side. `칠레의 보리치 대통령이 … B 대통령과 회담했다`: a possessive country (`X의`) owns the one name and
    # title after it, not the counterpart later in the sentence.
    ("(리마=연합뉴스) 칠레의 보리치 대통령이 20일 리마를 방문해 디나 볼루아르테 대통령과 회담했다.",
     "2023-11-21", {("디나 볼루아르테", "PER")}),
    ("(바그다드=연합뉴스) 요르단의 사파디 외교장관이 3일 이라크 바그다드를 방문해 무함마드 시아 알수다니 총리를 "
     "만났다.",
     "2023-05-04", {("무함마드 시아 알수다니", "IRQ")}),
    # (a one-word name after a foreign possessive is still a foreigner's, of the country where they met)
    ("(자카르타=연합뉴스) 말레이시아의 안와르 총리가 14일 자카르타를 방문해 수기오노 외교장관과 회담했다.",
     "2025-04-15", {("수기오노", "IDN")}),
    # Cut name. `5.2.(목) 도만 아리프 칸 오만 외교장관`: a transliterated first name Kiwi reads as a noun and particle
    # (`도`+`만`) or a noun (`이사`) is still the name's when a date or dateline opens the phrase before it and the
    # words after it up to the country are proper nouns.
    ("정의용 외교부 장관은 5.2.(목) 도만 아리프 칸 오만 외교장관과 회담을 가졌다.",
     "2021-05-02", {("도만 아리프 칸", "OMN")}),
    ("박진 외교부 장관은 11.8.(수) 이사 빈 알리 바레인 외교장관과 회담을 가졌다.",
     "2023-11-08", {("이사 빈 알리", "BHR")}),
    # Missed list. `회담에 참석한 양측 인사는 다음과 같다.` / `참석자 명단은 다음과 같다.` then `- A 장관` or `▲B 총리`
    # lines: a wire story's attendee list, its items under a `X 측` line of that side.
    ("(카이로=연합뉴스) 이집트와 카타르가 12일 카이로에서 가자지구 휴전 협상을 열었다. 회담에 참석한 양측 인사는 "
     "다음과 같다.\n\n이집트 측\n- 바드르 압델라티 외교장관\n- 하산 라샤드 정보국장\n\n카타르 측\n"
     "- 무함마드 빈 압둘라흐만 알사니 총리\n",
     "2025-03-13", {("바드르 압델라티", "EGY"), ("하산 라샤드", "EGY"), ("무함마드 빈 압둘라흐만 알사니", "QAT")}),
    ("[브뤼셀=뉴시스] 안토니우 코스타 유럽이사회 상임의장은 5일 브뤼셀에서 서발칸 국가 정상들과 회담했다. 참석자 "
     "명단은 다음과 같다.\n\n▲에디 라마 알바니아 총리\n▲흐리스티얀 미츠코스키 북마케도니아 총리\n"
     "▲밀로이코 스파이치 몬테네그로 총리\n",
     "2025-03-06", {("에디 라마", "ALB"), ("밀로이코 스파이치", "MNE")}),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_korean_delegates(text: str, published: str, expected: set[tuple[str, str]]) -> None:
    people = {(p.name, p.country) for e in held(text, "ko", published) if e.type == "dialogue" for p in e.delegates}
    assert expected <= people
