"""Round 29 (coord29), one sentence, several meetings: meetings and signings told in coordinated clauses of one
sentence (`-고`, `-며`, `-한 데 이어`, `-한 뒤`, `, and`, `, and later`, `and then`) each take the parties and people of
their own clause, plus the sentence's subject. Sentences written for these tests."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _sides(text: str, lang: str, published: str) -> list[tuple[frozenset[str], frozenset[str]]]:
    """Each held event's parties and delegates, in the order of the text."""
    return [(frozenset(e.participants), frozenset(d.name for d in e.delegates)) for e in _held(text, lang, published)]


# `A와 회담을 하고, 이어 B와도 회담했다`: two meetings, each with its own partner; the subject met both.
def test_korean_connective_go_splits_the_partners() -> None:
    text = ("박진 외교부 장관은 13일(현지시간) 자카르타에서 하야시 요시마사 일본 외무상과 회담을 하고, 이어 레트노 "
            "마르수디 인도네시아 외교장관과도 회담했다.")
    assert _sides(text, "ko", "2023-07-15") == [
        (frozenset({"KOR", "JPN"}), frozenset({"박진", "하야시 요시마사"})),
        (frozenset({"KOR", "IDN"}), frozenset({"박진", "레트노 마르수디"}))]
    text = ("윤석열 대통령은 20일(현지시간) 뉴욕에서 안드레스 마누엘 로페스 오브라도르 멕시코 대통령과 회담을 했으며, "
            "이어 셰이크 하시나 방글라데시 총리와도 회담했다.")
    assert [p for p, _ in _sides(text, "ko", "2023-09-21")] == [frozenset({"KOR", "MEX"}),
                                                                  frozenset({"KOR", "BGD"})]


# `A와 회담한 데 이어 … B와 회담을 가졌다`, `A와 면담한 뒤 B와도 만나`: the adnominal connectives.
def test_korean_connective_after_splits_the_partners() -> None:
    text = ("조태열 외교부 장관은 7일 베를린에서 안나레나 베어보크 독일 외교장관과 회담한 데 이어 8일에는 브뤼셀에서 "
            "하자 라비브 벨기에 외교장관과 회담을 가졌다고 외교부가 9일 밝혔다.")
    sides = _sides(text, "ko", "2024-03-09")
    assert [p for p, _ in sides] == [frozenset({"KOR", "DEU"}), frozenset({"KOR", "BEL"})]
    text = ("한덕수 국무총리는 20일 파리에서 엘리자베트 보른 프랑스 총리와 면담한 뒤 에마뉘엘 마크롱 프랑스 대통령과도 "
            "만났다.")
    assert [d for _, d in _sides(text, "ko", "2023-06-21")] == [frozenset({"한덕수", "엘리자베트 보른"}),
                                                                 frozenset({"한덕수", "에마뉘엘 마크롱"})]


# `met A …, and signed an MOU with B`: the signing is with B; the meeting with A.
def test_english_meeting_and_signing_with_another_side() -> None:
    text = ("Chancellor Olaf Scholz met Kenyan President William Ruto in Nairobi on May 5, and signed a memorandum "
            "of understanding with Ghanaian President Nana Akufo-Addo on the same day.")
    assert _sides(text, "en", "2023-05-06") == [
        (frozenset({"DEU", "KEN"}), frozenset({"Olaf Scholz", "William Ruto"})),
        (frozenset({"DEU", "GHA"}), frozenset({"Olaf Scholz", "Nana Akufo-Addo"}))]
    text = ("Secretary of State Antony Blinken met Philippine Foreign Secretary Enrique Manalo in Manila on March 19, "
            "and signed a joint declaration of intent with Thai Foreign Minister Parnpree Bahiddha-Nukara.")
    assert [p for p, _ in _sides(text, "en", "2024-03-20")] == [frozenset({"USA", "PHL"}),
                                                                  frozenset({"USA", "THA"})]


# `held talks with A, and later met B`, `met A, and then held talks with B`, `…, and later joined B for a brief
# meeting`: a second meeting with its own person.
def test_english_and_later_met_is_another_meeting() -> None:
    text = ("On Thursday, Prime Minister Rishi Sunak held talks with Italian Prime Minister Giorgia Meloni in London, "
            "and later met Albanian Prime Minister Edi Rama.")
    assert _sides(text, "en", "2023-04-28") == [
        (frozenset({"GBR", "ITA"}), frozenset({"Rishi Sunak", "Giorgia Meloni"})),
        (frozenset({"GBR", "ALB"}), frozenset({"Rishi Sunak", "Edi Rama"}))]
    text = ("Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi in Beijing on Wednesday, and then held "
            "talks with Indonesian Foreign Minister Retno Marsudi.")
    assert [p for p, _ in _sides(text, "en", "2022-12-22")] == [frozenset({"AUS", "CHN"}),
                                                                  frozenset({"AUS", "IDN"})]
    text = ("On Wednesday, Prime Minister Justin Trudeau sat down with Japanese Prime Minister Fumio Kishida before "
            "the summit opened, and later joined German Chancellor Olaf Scholz for a working lunch.")
    assert [p for p, _ in _sides(text, "en", "2023-05-19")] == [frozenset({"CAN", "JPN"}),
                                                                  frozenset({"CAN", "DEU"})]


# One meeting joined to a clause that names no other side stays as it was: the signing has the meeting's sides.
def test_one_meeting_and_a_signing_keep_the_sentence_sides() -> None:
    text = "조태열 외교부 장관은 5일 서울에서 페니 웡 호주 외교장관과 회담을 갖고 양해각서에 서명했다."
    assert all(p == frozenset({"KOR", "AUS"}) for p, _ in _sides(text, "ko", "2024-03-06"))
    text = "Foreign Minister Cho Tae-yul met Australian Foreign Minister Penny Wong in Seoul and signed an MOU."
    assert all(p == frozenset({"KOR", "AUS"}) for p, _ in _sides(text, "en", "2024-03-06"))
