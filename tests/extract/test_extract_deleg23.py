"""Delegates, round 18 (issue #16, session 14): name boundaries before a transliterated name, a meeting held
together (`…를 열고`) as an attendance verb, and a plan made before the day (`예정됐던`) that is no plan for later.
Probed with sentences written for these tests (none is a corpus document); each fails on main at this session's
start (26ecdc1)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published) for d in e.delegates}


# A Latin gloss's middle initial or generation suffix has no Hangul word: the word before the name, with its place
# or topic particle, is not the name's first word.
GLOSS_AND_PARTICLE = [
    ("2024-05-03", "조태열 외교부 장관은 2일 외교부 청사에서 토니 블링컨(Antony J. Blinken) 미국 국무장관과 회담했다.",
     "토니 블링컨", "USA"),
    ("2022-09-15", "박진 외교부 장관은 14일 회담장에서 제이크 설리번(Jacob J. Sullivan) 미국 국가안보보좌관과 "
     "면담했다.", "제이크 설리번", "USA"),
    ("2025-04-15", "조태열 외교부 장관은 14일 총리 공관에서 로버트 F. 케네디(Robert F. Kennedy Jr.) 미국 보건장관과 "
     "만났다.", "로버트 F. 케네디", "USA"),
    ("2024-05-03", "한국과 칠레는 2일 산티아고에서 리튬 협정에 서명했다. 서명은 디에고 파르도 "
     "칠레 에너지부 장관과 안덕근 산업통상자원부 장관이 했다.", "디에고 파르도", "CHL"),
    ("2023-10-11", "양국은 10일 리마에서 투자 협정에 서명했다. 서명은 알베르토 오타롤라 페루 총리와 한덕수 국무총리가 "
     "했다.", "알베르토 오타롤라", "PER"),
]


@pytest.mark.parametrize(("published", "text", "name", "country"), GLOSS_AND_PARTICLE)
def test_a_particle_marked_noun_opens_no_transliterated_name(published: str, text: str, name: str,
                                                            country: str) -> None:
    people = _people(text, "ko", published)
    assert people.get(name) == country
    assert not any(n.endswith(" " + name) for n in people)


# `A와 B가 … 회의를 열고 …`: holding the meeting together says who attended.
HELD_TOGETHER = [
    ("2024-05-03", "(베를린=연합뉴스) 특별취재단 = 올라프 숄츠 독일 총리와 에마뉘엘 마크롱 "
     "프랑스 대통령이 2일(현지시간) 베를린에서 정상회의를 열고 협력을 강화하기로 했다.", "올라프 숄츠"),
    ("2024-05-03", "오카다 가쓰야 일본 외무상과 왕이 중국 외교부장은 2일 베이징에서 외교장관회의를 열어 교류 확대에 "
     "합의했다.", "오카다 가쓰야"),
    ("2024-05-03", "페니 웡 호주 외교장관과 조태열 외교부 장관은 2일 캔버라에서 전략대화를 열고 "
     "핵심광물 협력을 논의했다.", "페니 웡"),
]


# `예정됐던 기자회견은 취소됐다`: what had been planned for the day is past, not an attendance to come.
PLANNED_BEFORE = [
    ("2024-05-03", "조제프 아운 레바논 대통령과 압델 파타 엘시시 이집트 대통령이 2일(현지시간) 카이로에서 회담을 "
     "가졌지만, 예정되었던 공동 기자회견은 취소됐다.", "조제프 아운"),
    ("2024-05-03", "한덕수 국무총리와 응우옌 쑤언 푹 베트남 국가주석은 2일 하노이에서 예정대로 "
     "회담을 가졌다.", "응우옌 쑤언 푹"),
    ("2019-07-01", "(오사카=연합뉴스) 모리슨 호주 총리와 아베 신조 일본 총리가 29일(현지시간) 오사카에서 정상회담을 "
     "했으나, 예정됐던 공동 발표는 이뤄지지 않았다.", "아베 신조"),
]


@pytest.mark.parametrize(("published", "text", "name"), HELD_TOGETHER + PLANNED_BEFORE)
def test_the_sentence_of_a_meeting_held_names_who_attended(published: str, text: str, name: str) -> None:
    assert name in _people(text, "ko", published)


def test_a_plan_for_later_still_names_no_attendee() -> None:
    """Guard: `회담할 예정이다` is still a plan, whoever it names."""
    text = "조태열 외교부 장관은 다음 주 캔버라에서 페니 웡 호주 외교장관과 회담할 예정이다."
    assert _people(text, "ko", "2024-05-03") == {}


def _english(text: str, published: str) -> set[str]:
    return {d.name for e in _held(text, "en", published) for d in e.delegates}


# The held meeting's sentence names who attended (deleg22), but not the people of a past meeting the sentence gives
# a time of its own (`at their meeting in Bali last November`).
PAST_MEETING = [
    ("2025-03-11", "Foreign Minister Penny Wong met Foreign Minister Wang Yi in Beijing on 10 March 2025. The visit "
     "builds on the understanding Prime Minister Anthony Albanese and President Xi Jinping reached at their meeting "
     "in Lima last November.", "Anthony Albanese"),
    ("2024-06-20", "Secretary Antony Blinken met Minister Subrahmanyam Jaishankar in Washington on 19 June 2024. The "
     "talks followed up on the roadmap President Biden and Prime Minister Modi endorsed at their summit in New Delhi "
     "last September.", "Modi"),
    ("2024-06-20", "Chancellor Olaf Scholz received President Cyril Ramaphosa in Berlin on 19 June 2024. The visit "
     "delivers on the pledge Chancellor Scholz and President Lula made at their meeting in Brasília a year ago.",
     "Lula"),
]


@pytest.mark.parametrize(("published", "text", "name"), PAST_MEETING)
def test_the_people_of_a_past_meeting_named_in_passing_did_not_attend(published: str, text: str, name: str) -> None:
    people = _english(text, published)
    assert name not in people
    assert len(people) == 2  # the held meeting's own two


def test_the_held_meetings_sentence_still_names_who_attended() -> None:
    """Guard (deleg22's rule): no time of its own, no attendance verb, the people attended."""
    text = ("Chancellor Olaf Scholz met President Cyril Ramaphosa in Berlin on 19 June 2024. Meeting in the "
            "Chancellery, Olaf Scholz and Cyril Ramaphosa reviewed energy cooperation.")
    assert _english(text, "2024-06-20") == {"Olaf Scholz", "Cyril Ramaphosa"}


# `… met on Saturday, in what was expected to be their last meeting`: a future word inside a free relative, or a past
# expectation, makes no plan of the meeting that was held.
EXPECTED_THEN = [
    ("2024-11-17", "President Joe Biden and Chinese leader Xi Jinping met on Saturday on the sidelines of the summit "
     "in Lima, in what was expected to be their last meeting before Biden leaves office in January.", "Xi Jinping"),
    ("2024-03-05", "Chancellor Olaf Scholz and President Emmanuel Macron held talks in Paris on Monday, in what is "
     "likely to be their last meeting before the European elections.", "Emmanuel Macron"),
    ("2024-03-05", "Prime Minister Giorgia Meloni met President Recep Tayyip Erdogan in Rome on Monday; the talks "
     "were expected to be difficult.", "Giorgia Meloni"),
]


@pytest.mark.parametrize(("published", "text", "name"), EXPECTED_THEN)
def test_an_expectation_inside_a_relative_or_past_is_no_plan(published: str, text: str, name: str) -> None:
    assert name in _english(text, published)


def test_a_plan_in_the_main_clause_still_names_no_attendee() -> None:
    """Guard: `is expected to be in Rome on Friday to meet` is a plan."""
    text = "Prime Minister Giorgia Meloni is expected to be in Rome on Friday to meet President Recep Tayyip Erdogan."
    assert _english(text, "2024-03-05") == set()


# `김 차관` after `김홍균 외교부 제1차관`: a surname with a title stands for the full name given with a longer title
# word that ends in it.
SURNAME_AND_TITLE = [
    ("2024-05-03", "김홍균 외교부 제1차관은 2일 서울에서 커트 캠벨 미국 국무부 부장관과 회담했다. 이어 3일에는 "
     "도쿄에서 김 차관, 캠벨 부장관, 오카노 마사타카 일본 외무성 사무차관이 참석한 가운데 한미일 외교차관협의회가 "
     "개최되었다.", "김홍균"),
    ("2024-05-03", "최상목 경제부총리는 2일 서울에서 재닛 옐런 미국 재무장관과 회담했다. 이어 3일에는 도쿄에서 "
     "최 부총리, 옐런 장관, 스즈키 슌이치 일본 재무상이 참석한 가운데 한미일 재무장관회의가 개최되었다.", "최상목"),
    ("2024-05-03", "박윤주 외교부 제1차관은 2일 하노이에서 응우옌 민 부 베트남 외교부 상임차관과 전략대화를 가졌다. "
     "이튿날 3일에는 박 차관과 부 상임차관이 참석한 가운데 양국 기업인 간담회가 열렸다.", "박윤주"),
]


def _last_event_people(text: str, published: str) -> set[str]:
    return {d.name for d in _held(text, "ko", published)[-1].delegates}


@pytest.mark.parametrize(("published", "text", "name"), SURNAME_AND_TITLE)
def test_a_surname_and_title_stand_for_the_full_name_of_a_longer_title(published: str, text: str,
                                                                       name: str) -> None:
    assert name in _last_event_people(text, published)


def test_a_title_that_only_begins_a_longer_one_is_another_office() -> None:
    """`정 차관` is no `정재호 … 차관보` (an assistant minister is not a vice minister)."""
    text = ("정재호 외교부 차관보는 2일 서울에서 커트 캠벨 미국 국무부 부장관과 회담했다. 이어 3일에는 도쿄에서 "
            "정 차관, 캠벨 부장관, 오카노 마사타카 일본 외무성 사무차관이 참석한 가운데 "
            "한미일 외교차관협의회가 개최되었다.")
    assert "정재호" not in _last_event_people(text, "2024-05-03")



def test_the_un_command_is_a_side_and_no_person() -> None:
    """`유엔사 회원국 국방장관과 대표들`: the United Nations Command (a standing body with its own member-state
    meetings) is a party, its short name no person's."""
    text = ("2일 서울에서 한-유엔사 회원국 국방장관회의가 개최되었으며, 신원식 장관과 오스틴 장관을 비롯한 유엔사 "
            "회원국 국방장관과 대표들이 참석했다.")
    [event] = _held(text, "ko", "2024-05-03")
    assert "UNC" in event.participants
    assert "유엔사" not in {d.name for d in event.delegates}


def test_the_un_command_in_english_is_not_the_un() -> None:
    text = ("Minister Shin Won-sik hosted the ROK-United Nations Command Member States Defense Ministerial Meeting "
            "in Seoul on 2 May 2024.")
    [event] = _held(text, "en", "2024-05-03")
    assert set(event.participants) == {"KOR", "UNC"}


# `The finance ministers of Brazil and Argentina, A and B, met …`: names in apposition to a plural title's countries
# are of those countries, in order.
APPOSITIVE_ROW = [
    ("The finance ministers of Brazil and Argentina, Fernando Haddad and Luis Caputo, met in Brasilia on 29 July "
     "2024.", {"Fernando Haddad": "BRA", "Luis Caputo": "ARG"}),
    ("The trade ministers of Peru and Ecuador, Elizabeth Galdo and Sonsoles Garcia, met in Lima on 29 July 2024 to "
     "review the trade agreement.", {"Elizabeth Galdo": "PER", "Sonsoles Garcia": "ECU"}),
    ("The foreign ministers of Kenya and Tanzania, Musalia Mudavadi and January Makamba, held talks in Nairobi on 29 "
     "July 2024.", {"Musalia Mudavadi": "KEN", "January Makamba": "TZA"}),
    ("The energy ministers of Greece and Cyprus, Theodoros Skylakakis and George Papanastasiou, met in Athens on 29 "
     "July 2024.", {"Theodoros Skylakakis": "GRC", "George Papanastasiou": "CYP"}),
]


@pytest.mark.parametrize(("text", "sides"), APPOSITIVE_ROW)
def test_names_in_apposition_to_a_plural_titles_countries_follow_their_order(text: str,
                                                                             sides: dict[str, str]) -> None:
    assert _people(text, "en", "2024-07-30") == sides


# `한일 정상회담 개최…기시다 총리와 …`: a headline's ellipsis parts two phrases, and the meeting noun before it is
# no person's name.
HEADLINE_ELLIPSIS = [
    ("2024-05-03", "한일 정상회담 개최…기시다 총리와 셔틀외교 복원\n\n윤석열 대통령은 2일 도쿄에서 기시다 후미오 일본 "
     "총리와 정상회담을 가졌다."),
    ("2019-06-30", "[청와대 브리핑] 한미 정상회담 개최…트럼프 대통령, 판문점 방문\n\n문재인 대통령은 6.30.(일) "
     "청와대에서 도널드 트럼프 미국 대통령과 한미 정상회담을 가졌습니다."),
]


@pytest.mark.parametrize(("published", "text"), HEADLINE_ELLIPSIS)
def test_a_headlines_meeting_noun_before_an_ellipsis_is_no_person(published: str, text: str) -> None:
    people = _people(text, "ko", published)
    assert people and not any("회담" in name or "개최" in name for name in people)


# `같은 날 저녁에는 B 총리와 만찬 회담을 했다`: a Korean meeting sentence that leaves out who met the partner is about
# the publisher's principal who opened an earlier sentence.
ZERO_SUBJECT = [
    ("윤석열 대통령은 4일 서울에서 사미아 술루후 하산 탄자니아 대통령과 정상회담을 했다. 같은 날 저녁에는 아비 "
     "아머드 알리 에티오피아 총리와 만찬 회담을 하고 교역 확대를 논의했다.", "윤석열"),
    ("조태열 외교부 장관은 4일 서울에서 페니 웡 호주 외교장관과 회담했다. 이어 5일에는 윈스턴 피터스 뉴질랜드 "
     "외교장관과 회담을 갖고 태평양 협력을 논의했다.", "조태열"),
    ("안덕근 산업통상자원부 장관은 4일 워싱턴에서 지나 러몬도 미국 상무장관과 면담했다. 다음 날에는 캐서린 타이 "
     "미국 무역대표부 대표와 면담하고 통상 현안을 협의했다.", "안덕근"),
]


@pytest.mark.parametrize(("text", "name"), ZERO_SUBJECT)
def test_a_meeting_sentence_without_a_subject_is_about_the_home_principal(text: str, name: str) -> None:
    assert name in _last_event_people(text, "2024-06-05")


def test_a_sentence_with_its_own_subject_keeps_it() -> None:
    """Guard: `양측은 …`: the sentence says who met; nobody is carried over."""
    text = ("조태열 외교부 장관은 4일 서울에서 페니 웡 호주 외교장관과 회담했다. 5일에는 윈스턴 피터스 뉴질랜드 "
            "외교장관이 호주 외교장관과 회담을 갖고 태평양 협력을 논의했다.")
    assert "조태열" not in _last_event_people(text, "2024-06-05")


# `윤석열 대통령 … 주요 일정` over numbered items `① 6.10.(월) 한-X 정상회담 - A 대통령`: the leader the
# schedule's header names once went to each item's meeting.
SCHEDULE = [
    "중앙아시아 순방 결과\n윤석열 대통령 중앙아시아 3개국 국빈 방문 주요 일정\n① 6.10.(월) 한-투르크메니스탄 "
    "정상회담 - 세르다르 베르디무하메도프 대통령 (아시가바트)\n② 6.12.(수) 한-카자흐스탄 정상회담 - "
    "카심조마르트 토카예프 대통령 (아스타나)",
    "아프리카 순방 결과\n조태열 외교부 장관 아프리카 순방 주요 일정\n① 6.10.(월) 한-케냐 외교장관회담 - 무살리아 "
    "무다바디 외교장관 (나이로비)\n② 6.12.(수) 한-가나 외교장관회담 - 셜리 보치웨이 외교장관 (아크라)",
]


@pytest.mark.parametrize("text", SCHEDULE)
def test_a_schedules_header_names_the_leader_of_each_item(text: str) -> None:
    events = _held(text, "ko", "2024-06-15")
    leader = text.split("\n")[1].split()[0]
    assert len(events) == 2 and all(leader in {d.name for d in e.delegates} for e in events)
