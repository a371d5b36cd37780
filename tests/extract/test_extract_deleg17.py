"""Delegates from the text, round 14 (issue #16): a launch or signing whose subject is the meeting's leaders named
by a bare plural (`정상들은`, `Leaders launched …`), probed with sentences written for these tests (none is a corpus
document); each fails on main at the round's start."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _by_type(text: str, lang: str, published: str) -> dict[str, set[tuple[str, str | None]]]:
    return {e.type: {(d.name, d.country) for d in e.delegates} for e in _held(text, lang, published)}


# `정상들은 … 출범시켰다`, `정상들은 … 서명했다`: the leaders of the meeting told before launch or sign.
def test_korean_plural_leaders_launch_with_the_meetings_people() -> None:
    text = ("에마뉘엘 마크롱 프랑스 대통령과 올라프 숄츠 독일 총리, 조르자 멜로니 이탈리아 총리는 11월 16일 로마에서 "
            "정상회의를 개최했다.\n정상들은 이날 회의 계기에 '유럽 수소 회랑' 이니셔티브를 공식 출범시켰다.")
    launch = _by_type(text, "ko", "2023-11-16")["launch"]
    assert {("에마뉘엘 마크롱", "FRA"), ("올라프 숄츠", "DEU"), ("조르자 멜로니", "ITA")} <= launch


def test_korean_plural_leaders_sign_with_the_meetings_people() -> None:
    text = ("윌리엄 루토 케냐 대통령은 3월 2일 나이로비에서 사미아 술루후 하산 탄자니아 대통령, 요웨리 무세베니 우간다 "
            "대통령과 정상회의를 열었다.\n이어 정상들은 '동아프리카 철도 협정'에 서명했다.")
    signing = _by_type(text, "ko", "2024-03-02")["agreement"]
    assert {("윌리엄 루토", "KEN"), ("요웨리 무세베니", "UGA")} <= signing


# `Leaders launched …` with no article opening the sentence: the same referent as `the leaders`.
def test_english_bare_leaders_launch_with_the_meetings_people() -> None:
    text = ("President Gustavo Petro of Colombia, President Gabriel Boric of Chile and President Luis Arce of Bolivia "
            "met in Santiago on June 14, 2023.\nLeaders launched the Andean Lithium Partnership.")
    launch = _by_type(text, "en", "2023-06-14")["launch"]
    assert {("Gustavo Petro", "COL"), ("Gabriel Boric", "CHL"), ("Luis Arce", "BOL")} <= launch



def test_english_bare_leaders_also_launched_with_the_meetings_people() -> None:
    text = ("Prime Minister Anwar Ibrahim of Malaysia hosted President Ferdinand Marcos Jr. of the Philippines and "
            "President Joko Widodo of Indonesia in Kuala Lumpur on May 7, 2024.\n"
            "Leaders also launched the Borneo Rainforest Partnership.")
    launch = _by_type(text, "en", "2024-05-07")["launch"]
    assert ("Joko Widodo", "IDN") in launch and ("Anwar Ibrahim", "MYS") in launch


# `양측은 … 출범시켰다`, `양측은 … 서명하였다`: the two sides' people of the meeting, when the act is done.
def test_korean_both_sides_launch_with_the_meetings_people() -> None:
    text = ("조태열 외교부 장관은 4월 9일 서울에서 아흐메드 아타프 알제리 외교장관과 회담을 가졌다.\n"
            "양측은 이날 회담에서 '한-알제리 에너지 전환 파트너십'을 출범시켰다.")
    launch = _by_type(text, "ko", "2024-04-09")["launch"]
    assert {("조태열", "KOR"), ("아흐메드 아타프", "DZA")} <= launch


def test_korean_both_sides_sign_with_the_meetings_people() -> None:
    text = ("김홍균 외교부 제1차관은 6월 3일 서울에서 하이메 사라테 페루 외교차관과 전략대화를 개최했다.\n"
            "회담에 이어 양측은 「한-페루 공공행정 협력 양해각서」에 서명하였다.")
    signing = _by_type(text, "ko", "2024-06-03")["agreement"]
    assert {("김홍균", "KOR"), ("하이메 사라테", "PER")} <= signing
