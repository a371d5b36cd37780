"""Delegates from the text, round 14 (issue #16): a launch or signing whose subject is the meeting's people named by
a bare plural or the sides (`정상들은`, `양측은 … 서명하였다`, `Leaders launched …`), probed with sentences written for
these tests (none is a corpus document); each fails on main at this round's start (e74d01c)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held

CASES = [
    # `정상들은 … 출범시켰다`, `정상들은 … 서명했다`: the leaders of the meeting told before launch or sign
    ("ko", "2023-11-16", "에마뉘엘 마크롱 프랑스 대통령과 올라프 숄츠 독일 총리, 조르자 멜로니 이탈리아 총리는 "
     "11월 16일 로마에서 정상회의를 개최했다.\n"
     "정상들은 이날 회의 계기에 '유럽 수소 회랑' 이니셔티브를 공식 출범시켰다.", "launch",
     {("에마뉘엘 마크롱", "FRA"), ("올라프 숄츠", "DEU"), ("조르자 멜로니", "ITA")}),
    ("ko", "2024-03-02", "윌리엄 루토 케냐 대통령은 3월 2일 나이로비에서 사미아 술루후 하산 탄자니아 대통령, 요웨리 "
     "무세베니 우간다 대통령과 정상회의를 열었다.\n이어 정상들은 '동아프리카 철도 협정'에 서명했다.", "agreement",
     {("윌리엄 루토", "KEN"), ("요웨리 무세베니", "UGA")}),
    # `Leaders launched …` with no article opening the sentence: the same referent as `the leaders`
    ("en", "2023-06-14", "President Gustavo Petro of Colombia, President Gabriel Boric of Chile and President Luis "
     "Arce of Bolivia met in Santiago on June 14, 2023.\nLeaders launched the Andean Lithium Partnership.", "launch",
     {("Gustavo Petro", "COL"), ("Gabriel Boric", "CHL"), ("Luis Arce", "BOL")}),
    ("en", "2024-05-07", "Prime Minister Anwar Ibrahim of Malaysia hosted President Ferdinand Marcos Jr. of the "
     "Philippines and President Joko Widodo of Indonesia in Kuala Lumpur on May 7, 2024.\n"
     "Leaders also launched the Borneo Rainforest Partnership.", "launch",
     {("Joko Widodo", "IDN"), ("Anwar Ibrahim", "MYS")}),
    # `양측은 … 출범시켰다`, `양측은 … 서명하였다`: the two sides' people of the meeting, when the act is done
    ("ko", "2024-04-09", "조태열 외교부 장관은 4월 9일 서울에서 아흐메드 아타프 알제리 외교장관과 회담을 가졌다.\n"
     "양측은 이날 회담에서 '한-알제리 에너지 전환 파트너십'을 출범시켰다.", "launch",
     {("조태열", "KOR"), ("아흐메드 아타프", "DZA")}),
    ("ko", "2024-06-03", "김홍균 외교부 제1차관은 6월 3일 서울에서 하이메 사라테 페루 외교차관과 전략대화를 개최했다.\n"
     "회담에 이어 양측은 「한-페루 공공행정 협력 양해각서」에 서명하였다.", "agreement",
     {("김홍균", "KOR"), ("하이메 사라테", "PER")}),
]


@pytest.mark.parametrize(("lang", "published", "text", "kind", "people"), CASES)
def test_the_meetings_people_launch_or_sign_when_referred_to(lang: str, published: str, text: str, kind: str,
                                                             people: set[tuple[str, str]]) -> None:
    found = {e.type: {(d.name, d.country) for d in e.delegates} for e in _held(text, lang, published)}
    assert people <= found[kind]
