"""Round 12 of issue 16, events read from fresh8/tune's misses: each rule a pattern, tested on sentences written for
these tests (people, places and dates of our own)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _meetings(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "dialogue"]


# Not detected. A call verb (`spoke`, `talked`) whose `with` comes after a day or an adverb of means
# (`spoke by phone on March 3 with`, `spoke virtually on Tuesday with`) is a call with the titled person after it.
def test_a_call_with_a_day_before_with_is_a_meeting() -> None:
    text = ("Under Secretary for Economic Growth Lisa Marin spoke by phone on March 3 with Chile's Minister of "
            "Energy Diego Pardo to discuss lithium processing.")
    assert [(e.date, e.participants) for e in _meetings(_held(text, "en", "2025-03-04"))] == [("2025-03-03", ["CHL"])]
    text = "Secretary Ruiz spoke virtually on Tuesday with Foreign Minister Tanaka of Japan about maritime security."
    assert [e.date for e in _meetings(_held(text, "en", "2025-05-07"))] == ["2025-05-06"]


# Not detected. `spoke with Amina Yusuf, Foreign Minister of Kenya`: the person's title after the name (an
# apposition) makes the object a person as much as a title before it does.
def test_a_call_with_a_name_and_its_title_after_it_is_a_meeting() -> None:
    text = ("Yesterday, the Honourable Omar Haddad, Minister of International Development, spoke with Amina Yusuf, "
            "Foreign Minister of Kenya.")
    assert [(e.date, e.participants) for e in _meetings(_held(text, "en", "2025-05-07"))] == [("2025-05-06", ["KEN"])]
    text = ("Deputy Prime Minister Anna Novak spoke by telephone on 14 October with Kenya's Cabinet Secretary for "
            "Trade, Peter Mwangi.")
    assert [e.date for e in _meetings(_held(text, "en", "2025-10-15"))] == ["2025-10-14"]


def test_speaking_with_people_who_are_not_titled_is_no_call() -> None:
    text = "Spokesperson Ana Ruiz said the minister spoke on Monday with reporters about trade."
    assert _meetings(_held(text, "en", "2025-05-07")) == []


# Merged into another event of the day. `In the afternoon, X met Minister Y`: a time-of-day opener orders a meeting
# after the one reported, like `Later that day,`; it is another meeting, not the dialogue again.
def test_a_time_of_day_opener_is_another_meeting_of_the_day() -> None:
    text = ("Today (9 April) State Secretary Ines Ferreira and Deputy Minister Kim Lan of Viet Nam co-chaired the "
            "fourth Portugal-Viet Nam Political Consultations in Lisbon.\nThe two sides agreed to expand cooperation "
            "on renewable energy.\nIn the afternoon, Deputy Minister Kim Lan met Minister of Economy Rui Matos.")
    assert [e.date for e in _meetings(_held(text, "en", "2025-04-09"))] == ["2025-04-09"] * 2
    text = ("Minister Eva Holm of Sweden and Minister Tariq Aziz of Pakistan held the second Sweden-Pakistan "
            "Joint Committee in Stockholm on 3 March 2025.\nThat evening, Minister Aziz met Prime Minister Olof "
            "Berg of Sweden.")
    assert len(_meetings(_held(text, "en", "2025-03-04"))) == 2


# Merged into another event of the day (a false event). `「제2차 한-페루 산업협력 공동위원회」를 개최하고,
# A 장관을 면담` then `X 차관과 공동위원회를 주재`: a name that ends the day's named meeting
# (`공동위원회`, `정책대화`) is that meeting again with the person it names, not a second meeting.
def test_the_tail_of_the_days_named_meeting_is_that_meeting() -> None:
    text = ("□ 이정민 산업통상자원부 통상차관보는 5.12~13 페루 리마를 방문하여 「제2차 한-페루 산업협력 "
            "공동위원회」를 개최하고, 루이스 가르시아 페루 생산부 장관을 면담하였다.\n"
            "□ 이 차관보는 5.12.(월) 리마에서 카를라 로하스(Carla Rojas) 생산부 차관과 공동위원회를 "
            "주재하였다.\n ㅇ 양측은 핵심광물 분야 협력을 확대하기로 합의하였다.")
    assert [e.name for e in _meetings(_held(text, "ko", "2025-05-14"))] == ["제2차 한-페루 산업협력 공동위원회"]
    text = ("□ 최유나 기획재정부 제2차관은 11.3~4 칠레 산티아고를 방문하여 「제5차 한-칠레 경제정책대화」를 "
            "열고, 마리오 솔리스 칠레 재무부 장관과 면담하였다.\n"
            "□ 최 차관은 11.3.(월) 산티아고에서 파블로 무뇨스(Pablo Muñoz) 경제부 차관과 정책대화를 공동 "
            "주재하였다.")
    assert [(e.date, e.name) for e in _meetings(_held(text, "ko", "2025-11-05"))] == [
        ("2025-11-03", "제5차 한-칠레 경제정책대화")]


# Wrong date. `4.8.(화) 오전에는 A와 B가 공동 주최한 「…포럼」에 참석`: a day followed by a time of day or `에는` is the
# main clause's adverbial, not the date of the adnominal clause after it, so `같은 날`/`이날` later reads it back.
# Merged into another event of the day. `같은 날 오후 X 장관을 면담`: a person met at a later time of the day is a
# meeting of its own beside the forum reported before.
def test_a_day_with_a_time_of_day_is_the_main_clauses_and_a_later_meeting_is_its_own() -> None:
    text = ("□ 윤하늘 과학기술정보통신부 제1차관은 4.7~8 베트남 하노이를 방문하였다.\n"
            "□ 윤 차관은 4.7.(월) 하노이에서 응우옌 반 남 베트남 과학기술부 차관과 「제3차 한-베트남 "
            "과학기술 공동위원회」를 개최하였다.\n"
            "□ 4.8.(화) 오전에는 한국연구재단과 베트남 과학기술부가 공동 주최한 「한-베트남 반도체 인재 "
            "포럼」에 참석하였다.\n"
            "□ 윤 차관은 같은 날 오후 쩐 티 마이 베트남 교육훈련부 장관을 면담하고 반도체 인재 양성 협력을 "
            "논의하였다.")
    assert sorted(e.date for e in _meetings(_held(text, "ko", "2025-04-09"))) == [
        "2025-04-07", "2025-04-08", "2025-04-08"]
    text = ("□ 서민재 외교부 차관보는 11.19.(수) 방콕에서 「제4차 한-태국 정책협의회」를 개최하였다.\n"
            "□ 서 차관보는 11.20.(목) 오후에는 아세안 사무국과 태국 외교부가 공동 주관한 「메콩 물관리 협력 "
            "포럼」에 참석하였다.\n"
            "□ 서 차관보는 이날 저녁 솜차이 분낙 태국 외교부 차관을 만나 메콩 협력 방안을 협의하였다.")
    assert sorted(e.date for e in _meetings(_held(text, "ko", "2025-11-21"))) == [
        "2025-11-19", "2025-11-20", "2025-11-20"]


def test_a_meeting_later_the_same_day_beside_a_forum_is_its_own() -> None:
    text = ("□ 한지우 산업통상자원부 통상교섭본부장은 6.2.(월) 오타와에서 「한-캐나다 청정에너지 투자 포럼」에 "
            "참석하여 기조연설을 하였다.\n"
            "□ 한 본부장은 같은 날 오후 제임스 모건 캐나다 국제통상부 장관을 면담하고 핵심광물 공급망 협력을 "
            "논의하였다.")
    assert [e.date for e in _meetings(_held(text, "ko", "2025-06-03"))] == ["2025-06-02"] * 2


# False event. `□ (브라질 고위인사 면담) A 차관은 … B 외교장관을 예방하고`: a trigger in the paragraph's label in
# parentheses is the paragraph's event, which the paragraph's own trigger reports; it is not a second meeting.
def test_a_paragraph_label_is_the_paragraphs_meeting() -> None:
    text = ("□ (브라질 고위인사 면담) 정하은 외교부 제1차관은 5.14.(수) 브라질리아에서 마우루 비에이라 브라질 "
            "외교장관을 예방하고, 양국 간 교역 확대 방안을 논의하였다.")
    assert [e.date for e in _meetings(_held(text, "ko", "2025-05-15"))] == ["2025-05-14"]
    text = ("◇ (칠레 대통령 면담) 한 본부장은 8.6.(수) 산티아고 대통령궁에서 가브리엘 로하스 칠레 대통령을 "
            "예방하였다.")
    assert [e.date for e in _meetings(_held(text, "ko", "2025-08-07"))] == ["2025-08-06"]
