"""Delegates from the text (issue #16): who attended, and for which side, read from the title or role next to the
name rather than from the officials gazetteer; each rule on sentences written for these tests (none is a corpus
document), every one failing on the code before it."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, source: str | None = None) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published, source) for d in e.delegates}


def _names(text: str, lang: str, published: str, source: str | None = None) -> set[str]:
    return {name for name, _ in _people(text, lang, published, source)}


# ------------------------------------------------------------------ English: the side from the person's phrase

# `A and B led the <country> delegation`: the side they led, not the publisher's by default.
def test_the_delegation_a_person_led_gives_their_side() -> None:
    text = ("The fourth meeting of the Joint Committee on Fisheries was held in Washington on April 9. "
            "Deputy Minister for Oceans Park Jae-sung and Director-General Lee Hyun-woo led the ROK delegation.")
    assert {("Park Jae-sung", "KOR"), ("Lee Hyun-woo", "KOR")} <= _people(text, "en", "2024-04-10", "us.state")
    text = ("The U.S.-Brazil Energy Forum met in Washington on May 21. Vice Minister of Mines Carla Nogueira "
            "headed the Brazilian delegation.")
    assert ("Carla Nogueira", "BRA") in _people(text, "en", "2024-05-22", "us.state")


# `Mr. X, <title>, <ministry> of <country>; Mr. Y, …`: in a list split by semicolons, a person's apposition runs to
# the semicolon and its last country names the side, not an adjective inside a bureau's name.
def test_a_semicolon_list_apposition_gives_the_side() -> None:
    text = ("On May 14, the second meeting of the Japan-U.S.-ROK Maritime Working Group was held in Tokyo. "
            "The meeting was attended by Mr. SATO Kenji, Director of the Ocean Division, Ministry of Foreign "
            "Affairs of Japan; Ms. Laura Chen, Director for Maritime Affairs, U.S. Department of State; and Mr. "
            "KIM Do-hyun, Director of the North American Affairs Division, Ministry of Foreign Affairs of the "
            "Republic of Korea.")
    people = _people(text, "en", "2024-05-15", "jp.mofa")
    assert {("Laura Chen", "USA"), ("KIM Do-hyun", "KOR")} <= people
    text = ("The third round of India-Central Asia consultations was held in New Delhi on 9 March 2023. It was "
            "attended by H.E. Mr. Nurlan Abenov, Deputy Minister of Foreign Affairs of the Republic of Kazakhstan; "
            "and H.E. Mr. Bakyt Osmonov, Deputy Minister of Foreign Affairs of the Kyrgyz Republic.")
    people = _people(text, "en", "2023-03-10")
    assert {("Nurlan Abenov", "KAZ"), ("Bakyt Osmonov", "KGZ")} <= people


# `the Prime Minister of <country>, X`: a title written before the name and a comma is the person's own.
def test_a_title_fronted_before_a_comma_gives_the_side() -> None:
    text = ("On the margins of the Berlin energy conference on March 3, the President of the European Council, "
            "Martina Oster, and the Prime Minister of Mongolia, Batbold Enkh, signed a memorandum of "
            "understanding on rare earths.")
    people = _people(text, "en", "2024-03-04", "us.state")
    assert {("Martina Oster", "EU"), ("Batbold Enkh", "MNG")} <= people
    text = ("In Geneva on May 2, the Minister of Foreign Trade of Peru, Ana Vargas, and the Minister of Trade of "
            "Ecuador, Luis Soto, signed a memorandum of understanding on customs cooperation.")
    assert ("Luis Soto", "ECU") in _people(text, "en", "2024-05-03", "us.state")


# A side stated once holds through the text: a person given no side (or only the publisher's default) where they
# are named again is of the side their own phrase gave them elsewhere.
def test_a_side_stated_once_holds_through_the_text() -> None:
    text = ("On April 2, Secretary Laura Webb met in Canberra with Minister for Trade Tom Harlow of Australia. "
            "On April 3, Secretary Webb and Minister Tom Harlow, the forum's co-chairs, held the first Critical "
            "Minerals Investment Forum.")
    events = _held(text, "en", "2024-04-04", "us.commerce")
    forum = [e for e in events if e.date == "2024-04-03"]
    assert forum and ("Tom Harlow", "AUS") in {(d.name, d.country) for d in forum[0].delegates}
    text = ("The Pacific Fisheries Forum was held in Suva on July 8, co-chaired by Prime Minister Joel Tavita of "
            "Samoa. On July 9, President Yoon Suk Yeol held talks with Joel Tavita, the forum's co-chair.")
    events = _held(text, "en", "2024-07-10", "kr.president")
    talks = [e for e in events if e.date == "2024-07-09"]
    assert talks and ("Joel Tavita", "WSM") in {(d.name, d.country) for d in talks[0].delegates}


# `met with Senior Minister and Minister of X Y`: the person met is the other side, whatever the title chain.
def test_the_person_met_after_a_title_chain_is_not_the_publishers() -> None:
    text = ("In Kuala Lumpur on March 5, Secretary Ellen Park met with Senior Minister and Minister of Finance "
            "Ahmad Faisal to discuss semiconductor supply chains between the United States and Malaysia.")
    assert ("Ahmad Faisal", "USA") not in _people(text, "en", "2024-03-06", "us.commerce")
    text = ("On June 11 in Manila, the Secretary met with Executive Secretary and Chief Presidential Legal Counsel "
            "Maria Santos for talks on the United States-Philippines energy partnership.")
    assert ("Maria Santos", "USA") not in _people(text, "en", "2024-06-12", "us.state")
    # `together with Mr. X, Minister of …`: an attendee beside the host, not someone met.
    text = ("On March 8, the Ministry of Economy, Trade and Industry held the first Hydrogen Ministerial Meeting in "
            "Tokyo, chaired by Mr. TANAKA Shin, Minister of Economy, Trade and Industry, together with Mr. "
            "OGAWA Ren, Minister of the Environment.")
    assert ("OGAWA Ren", "JPN") in _people(text, "en", "2024-03-09", "jp.meti")


# A name closing a title is a person even when the statistical model misses it (`Minister of Industry and Trade Le
# Quang Huy`, `Deputy Minister for Oceans Park Jae-sung`); the title's own words are not (`Minister of Natural
# Resources, …`, `for East Asian and Pacific Affairs`).
def test_the_name_closing_a_title_is_a_person() -> None:
    text = ("On May 9 in Hanoi, Secretary Laura Webb met with Minister of Industry and Trade Le Quang Huy to "
            "discuss semiconductor supply chains.")
    assert "Le Quang Huy" in _names(text, "en", "2024-05-10", "us.commerce")
    text = ("Vice Minister for Oceans Park Jae-sung and Assistant Secretary for East Asian and Pacific Affairs Tom "
            "Reilly held the first U.S.-ROK Maritime Dialogue in Seoul on April 9.")
    names = _names(text, "en", "2024-04-10", "us.state")
    assert "Park Jae-sung" in names and not {"East Asian", "Oceans Park Jae-sung"} & names


# `The Hon X MP`: post-nominal letters are not part of the name.
def test_post_nominal_letters_are_not_part_of_the_name() -> None:
    text = ("On 12 May, the Hon Sarah Mills MP, Minister for Trade, met Korean Trade Minister Ahn Dukgeun in "
            "Canberra to launch the Australia-Korea Clean Energy Partnership.")
    assert "Sarah Mills" in _names(text, "en", "2024-05-13")
    text = ("On 4 July, the Rt Hon Daniel Frost MP, Secretary of State for Business, held talks in London with "
            "Japan's Minister of Economy, Trade and Industry.")
    assert "Daniel Frost" in _names(text, "en", "2024-07-05")


# ------------------------------------------------------------------ both languages: who attends which event

# `X met A and signed an MOU`: both events the sentence reports have X and A; `met with A and with B`: each meeting
# has its own counterpart and the person who met them.
def test_people_of_a_sentence_attend_each_event_it_reports() -> None:
    text = ("On May 7, Secretary Laura Webb met Minister of Industry Pedro Alvarez of Chile in Santiago and signed "
            "a memorandum of understanding on lithium.")
    events = _held(text, "en", "2024-05-08", "us.commerce")
    assert {e.type for e in events} == {"dialogue", "agreement"}
    for e in events:
        assert {"Laura Webb", "Pedro Alvarez"} <= {d.name for d in e.delegates}, e.type
    text = ("이성호 산업통상자원부 장관은 10일 서울에서 방한 중인 카롤 "
            "노박(Karol Nowak) 폴란드 개발부 장관과 면담을 갖고, "
            "원전 협력 양해각서(MOU)에 서명하였다.")
    events = _held(text, "ko", "2024-05-11", "kr.motie")
    assert {e.type for e in events} == {"dialogue", "agreement"}
    for e in events:
        assert {"이성호", "카롤 노박"} <= {d.name for d in e.delegates}, e.type


def test_a_counterpart_of_another_meeting_in_the_sentence_is_not_here() -> None:
    text = ("In Hanoi on May 9, Secretary Laura Webb met with Prime Minister Tran Van Minh and with Minister of "
            "Industry and Trade Le Quang Huy.")
    events = _held(text, "en", "2024-05-10", "us.commerce")
    by_met = {frozenset(d.name for d in e.delegates) for e in events}
    assert frozenset({"Laura Webb", "Tran Van Minh"}) in by_met
    assert frozenset({"Laura Webb", "Le Quang Huy"}) in by_met
    text = ("In Jakarta on June 3, the Secretary, Ellen Park, met with President Joko Santoso and with Minister of "
            "Trade Rudi Hartono.")
    events = _held(text, "en", "2024-06-04", "us.commerce")
    assert all(not {"Joko Santoso", "Rudi Hartono"} <= {d.name for d in e.delegates} for e in events)


# ------------------------------------------------------------------ Korean: the name's run and the side

# A name's run ends at a relational noun of time or place (`직후`, `후`, `내`) and at a city word.
def test_a_korean_name_run_ends_at_relational_nouns() -> None:
    text = "회담 직후 루카스 페레이라 브라질 외교장관은 조태열 외교부 장관과 함께 양해각서 서명식에 참석했다."
    names = _names(text, "ko", "2024-05-11", "kr.mofa")
    assert "루카스 페레이라" in names and not any("직후" in n for n in names)
    text = "오찬 후 하미드 알자비 아랍에미리트 경제부 장관은 5일 안덕근 산업통상자원부 장관과 회담을 가졌다."
    names = _names(text, "ko", "2024-03-06", "kr.motie")
    assert "하미드 알자비" in names and not any(n.startswith("후") for n in names)


# `응우옌 반 부(Nguyen Van Vu)`: a lone syllable (`부`) is a name word, not a ministry.
def test_a_lone_syllable_is_a_name_word_not_an_organisation() -> None:
    text = "김진오 외교부 제2차관은 8일 하노이에서 응우옌 반 부(Nguyen Van Vu) 베트남 외교부 차관과 회담을 가졌다."
    assert "응우옌 반 부" in _names(text, "ko", "2024-05-09", "kr.mofa")
    text = "박성민 산업부 차관보는 3일 마닐라에서 호세 데 실(Jose de Sil) 필리핀 통상부 차관과 면담을 가졌다."
    assert "호세 데 실" in _names(text, "ko", "2024-05-04", "kr.motie")


# `재무장관 겸 자유당 부대표`: one person's second title; `겸` is never part of a name.
def test_concurrent_titles_are_one_person() -> None:
    text = ("최상목 부총리 겸 기획재정부 장관은 15일 워싱턴에서 잭 모건(Jack "
            "Morgan) 호주 재무장관 겸 자유당 부대표와 양자 "
            "면담을 가졌다.")
    names = _names(text, "ko", "2024-04-16", "kr.moef")
    assert "잭 모건" in names and not any("겸" in n for n in names)
    text = ("방기선 기획재정부 제1차관은 9일 런던에서 앤드루 그린(Andrew "
            "Green) 영국 재무차관 겸 보수당 부대표와 양자 면담을 가졌다.")
    names = _names(text, "ko", "2024-04-10", "kr.moef")
    assert "앤드루 그린" in names and not any("겸" in n for n in names)


# Attendee lines: hanja side marks `(蒙)`, `(佛)` and `(중국 측)` give the side of the names after them.
def test_attendee_lines_with_hanja_or_spelled_out_sides() -> None:
    text = ("제2차 한-몽골 자원협력위원회가 20일 울란바토르에서 개최되었다.\n"
            " ※ 참석자 : (韓) 이정민 산업통상자원부 자원정책관(수석대표) / "
            "(蒙) 바트바야르 간졸(B. Ganzol) 광업부 차관")
    assert ("바트바야르 간졸", "MNG") in _people(text, "ko", "2024-05-21", "kr.motie")
    text = ("제3차 한-중 해양협력대화가 4일 서울에서 개최되었다.\n"
            " ※ 참석자: (우리 측) 박영수 외교부 국제법률국장(수석대표) / "
            "(중국 측) 왕하이(王海) 외교부 변계해양사 부사장, "
            "장리(張麗) 자연자원부 해양국 부주임")
    people = _people(text, "ko", "2024-06-05", "kr.mofa")
    assert {("왕하이", "CHN"), ("장리", "CHN")} <= people


# `윤석열 대통령의 국빈 방문 계기에`: a possessor of a title is not an attendee (`장관의 주재로` is).
def test_a_possessor_is_not_an_attendee() -> None:
    text = ("김진동 외교부 양자경제외교국장은 21일 헤이그에서 네덜란드 "
            "외교부 총국장과 「제2차 한-네덜란드 경제안보대화」를 "
            "개최하였다. 이 대화는 윤석열 대통령의 국빈 방문 계기에 체결된 양해각서에 따라 신설되었다.")
    assert "윤석열" not in _names(text, "ko", "2024-06-22", "kr.mofa")
    text = ("안덕근 장관은 윤석열 대통령의 체코 공식방문을 수행하여 19일 프라하에서 요제프 바르타 체코 산업부 장관과 "
            "산업장관회담을 가졌다.")
    names = _names(text, "ko", "2024-09-20", "kr.motie")
    assert "윤석열" not in names and "안덕근" in names


# `개최될 정상회담`, `회담이 추진되고 있어`: people of a planned meeting are not at the meeting held.
def test_people_of_a_planned_meeting_are_not_attendees() -> None:
    text = ("한-캐나다 경제안보대화가 16일 서울에서 개최되었다. 한편, 네 "
            "장관은 내일 개최될 윤석열 대통령과 마크 하퍼 캐나다 "
            "총리 간 정상회담의 준비 상황도 함께 점검하였다.")
    assert not {"윤석열", "마크 하퍼"} & _names(text, "ko", "2023-05-17", "kr.mofa")
    text = ("제8차 한일 수출관리 정책대화가 16일 도쿄에서 열렸다. "
            "외교가에서는 다음 달 정상회의를 계기로 윤석열 대통령과 "
            "이시카와 다로 일본 총리의 양자 회담이 추진되고 있다.")
    assert not {"윤석열", "이시카와 다로"} & _names(text, "ko", "2024-05-17", "kr.motie")


# `공동의장을 맡은 X 대통령은 개회사에서`: a co-chair giving the opening speech attends.
def test_a_co_chair_giving_the_opening_speech_attends() -> None:
    text = ("윤석열 대통령은 4일 서울에서 '2024 한-중남미 정상회의'를 주재했다. 공동의장을 맡은 카를로스 멘데스 "
            "과테말라 대통령은 개회사에서 협력 확대에 대한 기대를 밝혔다.")
    assert ("카를로스 멘데스", "GTM") in _people(text, "ko", "2024-06-05", "kr.president")
    text = ("제1차 한-태평양 장관회의가 10일 부산에서 열렸다. 공동 "
            "의장인 마크 로페즈 피지 외교장관은 모두발언에서 해양 "
            "협력을 강조했다.")
    assert ("마크 로페즈", "FJI") in _people(text, "ko", "2024-06-11", "kr.mofa")


# Japanese minister titles (`경제산업상`, `방위상`) and Chinese director titles (`부주임`) are roles.
def test_japanese_and_chinese_titles_are_roles() -> None:
    text = ("안덕근 산업통상자원부 장관은 27일 도쿄에서 스즈키 "
            "다로(鈴木太郎) 일본 경제산업상과 제2차 한일 산업장관회의를 "
            "열었다.")
    assert ("스즈키 다로", "JPN") in _people(text, "ko", "2024-06-28", "kr.motie")
    text = ("신원식 국방부 장관은 2일 싱가포르에서 기하라 겐(木原健) 일본 방위상과 한일 국방장관회담을 가졌다.")
    assert "기하라 겐" in _names(text, "ko", "2024-06-03", "kr.mnd")


# `Among those in attendance were …`, `The Indian delegation included X`: attendance, and the side it names.
def test_in_attendance_and_a_delegation_that_included() -> None:
    text = ("The first Korea-Caribbean Summit opened in Seoul on June 4. Among the leaders in attendance were "
            "Jamaican Prime Minister Andrew Holness and Barbadian Prime Minister Mia Mottley.")
    people = _people(text, "en", "2024-06-05", "kr.president")
    assert {("Andrew Holness", "JAM"), ("Mia Mottley", "BRB")} <= people
    text = ("The second meeting of the U.S.-India Space Dialogue was held in Washington on March 12. The Indian "
            "delegation included Secretary of the Department of Space Ravi Menon.")
    assert ("Ravi Menon", "IND") in _people(text, "en", "2024-03-13", "us.state")
