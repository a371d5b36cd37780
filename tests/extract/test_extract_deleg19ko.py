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
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_korean_delegates(text: str, published: str, expected: set[tuple[str, str]]) -> None:
    people = {(p.name, p.country) for e in held(text, "ko", published) if e.type == "dialogue" for p in e.delegates}
    assert expected <= people
