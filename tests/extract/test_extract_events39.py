"""Delegates and events, round 39: a listed official named by the family name and a title (`오스틴 장관`, `Secretary
Austin`) is that official when exactly one listed official of that family name held an office of that title in the
month of the release (the gazetteer resolves the spelling; the text's title and the day pick the person); `계획` after
a noun is a plan discussed, not a plan to meet; a ministry's head named in brackets (`해양수산부(장관 강도형)는`) and
then by family name attends its meeting; an adverb opening a clause is no name word; an ordinal a few words before
`meeting of the X` is the meeting's. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 39 (at 08513e9) unless marked a guard. Round 40 (from f0e2278) adds: a long or
accented Latin gloss closes a name, a city's name inside another word is no place, a word of proper nouns only is a
name's word."""
from __future__ import annotations

from datetime import date

import pytest

from extract.gazetteer import get_gazetteer
from tests.extract.sentences import held


def _delegates(text: str, lang: str, published: str) -> dict[str, tuple[str | None, str | None]]:
    events = held(text, lang, published)
    assert len(events) == 1
    return {d.name: (d.country, d.person_id) for d in events[0].delegates}


@pytest.mark.parametrize(("text", "lang", "published", "name", "country", "person"), [
    ("오스틴 장관은 2일 싱가포르에서 신원식 국방부 장관과 회담을 갖고 연합연습 계획을 논의했다.",
     "ko", "2024-06-03", "오스틴", "USA", "lloyd-austin"),
    ("가미카와 외무상은 14일 도쿄에서 조태열 외교부 장관과 회담하고 인적 교류 확대 방안을 논의했다.",
     "ko", "2024-05-15", "가미카와", "JPN", "kamikawa-yoko"),
    ("Secretary Austin met Defense Minister Shin Won-sik in Singapore on Sunday and discussed the allied exercise "
     "plan.",
     "en", "2024-06-03", "Austin", "USA", "lloyd-austin"),
    ("Minister Hayashi held talks with Foreign Minister Park Jin in Tokyo on Saturday and agreed to expand youth "
     "exchanges.",
     "en", "2023-03-05", "Hayashi", "JPN", "hayashi-yoshimasa"),
])
def test_a_family_name_after_a_title_is_the_listed_official(
        text: str, lang: str, published: str, name: str, country: str, person: str) -> None:
    assert _delegates(text, lang, published).get(name) == (country, person)


def test_a_family_name_a_korean_report_would_read_as_korean_is_the_listed_foreigner() -> None:
    """`설리번` has a Korean surname's first syllable; as the family name of the adviser in office it is American."""
    got = _delegates("설리번 보좌관은 10일 워싱턴에서 조태용 국가안보실장과 만나 북한 문제를 논의했다.", "ko",
                     "2023-03-11")
    assert got.get("설리번") == ("USA", "jake-sullivan")


@pytest.mark.parametrize(("family", "title", "day"), [
    ("오스틴", "장관", date(2019, 3, 1)),  # Lloyd Austin took office in 2021
    ("Austin", "Secretary", date(2019, 3, 1)),
    ("Kim", "Minister", date(2024, 3, 1)),  # several listed Kims were ministers that month
    ("Sullivan", "Vice Minister", date(2023, 3, 1)),  # no listed Sullivan held such a title
])
def test_no_listed_official_or_more_than_one_resolves_nothing(family: str, title: str, day: date) -> None:
    """Guard: a family name resolves only to the one listed official who held an office of that title then."""
    assert get_gazetteer().official_by_family(family, title, day) is None


def test_a_japanese_family_name_written_first_resolves() -> None:
    """Guard: Japanese and Chinese names are written family first, so the first word is the family name too."""
    got = get_gazetteer().official_by_family("Kamikawa", "Minister", date(2024, 5, 1))
    assert got is not None and got.id == "kamikawa-yoko"


@pytest.mark.parametrize(("text", "published", "names"), [
    ("조태열 외교부 장관은 3일 서울에서 페니 웡 호주 외교장관과 회담하고 청년 교류 계획을 논의했다.", "2024-06-04",
     {"조태열", "페니 웡"}),
    ("안덕근 산업통상자원부 장관은 12일 서울에서 캐서린 타이 미국 무역대표와 면담하고 공급망 협력 계획을 점검했다.",
     "2024-06-13", {"안덕근", "캐서린 타이"}),
])
def test_a_plan_the_meeting_talked_about_is_no_plan_to_meet(text: str, published: str, names: set[str]) -> None:
    """`계획` after a noun (`훈련 계획을 논의했다`) is what was discussed; the people of the meeting attend it."""
    events = held(text, "ko", published)
    assert len(events) == 1
    assert {d.name for d in events[0].delegates} == names


@pytest.mark.parametrize("text", [
    "조태열 장관은 다음 달 호주를 방문해 페니 웡 외교장관과 회담할 계획이다.",
    "정부는 이날 블링컨 국무장관의 방한 계획을 발표했다.",
])
def test_a_plan_to_meet_names_no_one_at_a_meeting(text: str) -> None:
    """Guard: `회담할 계획이다`, `방한 계획`: after a verb's future form or a visit's noun, `계획` is a plan ahead."""
    assert not any(e.delegates for e in held(text, "ko", "2024-06-04"))


@pytest.mark.parametrize(("text", "name", "published"), [
    ("해양수산부(장관 강도형)는 16일 부산에서 칠레 경제개발관광부 수산차관과 양자 면담을 가졌다고 밝혔다. 강 장관은 "
     "면담에서 양국 수산 협력의 성과를 평가했다.",
     "강도형", "2024-04-17"),
    ("산업통상자원부(장관 안덕근)는 8일 서울에서 인도네시아 에너지광물자원부 장관과 에너지 협력 면담을 가졌다고 "
     "밝혔다. 안 장관은 이 자리에서 핵심광물 공급망 협력을 제안했다.",
     "안덕근", "2024-05-09"),
])
def test_a_ministers_name_in_brackets_then_by_family_name_attends(text: str, name: str, published: str) -> None:
    """`해양수산부(장관 강도형)는 … 면담을 가졌다 … 강 장관은`: the ministry's head, named in brackets and then by
    family name and title, is the ministry's representative at its meeting."""
    events = held(text, "ko", published)
    assert len(events) == 1
    assert {d.name: d.country for d in events[0].delegates}.get(name) == "KOR"


def test_a_ministers_name_in_brackets_alone_attends_nothing() -> None:
    """Guard: without a later `한 장관`, the ministry's meeting may be led by someone else (`국장급`)."""
    events = held("환경부(장관 한화진)는 20일 세종에서 독일 연방환경부와 국장급 환경협력회의를 개최했다고 "
                  "밝혔다.", "ko", "2024-06-21")
    assert len(events) == 1
    assert not events[0].delegates


@pytest.mark.parametrize("text", [
    "조태열 외교부 장관은 5일 자카르타에서 아세안 외교장관들과 만났다. 우선 조 장관은 레트노 마르수디 인도네시아 "
    "외교장관과 면담하고 해양 협력 방안을 논의했다.",
    "안덕근 산업통상자원부 장관은 9일 파리에서 통상장관들과 만났다. 먼저 안 장관은 캐서린 타이 미국 무역대표와 "
    "면담하고 공급망 협력 방안을 논의했다.",
])
def test_an_adverb_opening_the_clause_is_no_word_of_a_name(text: str) -> None:
    """`우선 조 장관은`, `먼저 안 장관은`: the adverb is not the first word of a foreign name."""
    names = {d.name for e in held(text, "ko", "2024-06-10") for d in e.delegates}
    assert names and not any(n.startswith(("우선", "먼저")) for n in names)


@pytest.mark.parametrize(("text", "ordinal"), [
    ("The twelfth ministerial-level meeting of the Korea-Canada Trade Policy Forum was held in Ottawa on Monday.", 12),
    ("Officials held the 3rd annual plenary of the ASEAN-India Business Council in Jakarta on Monday.", 3),
])
def test_an_ordinal_before_the_meeting_of_a_named_body(text: str, ordinal: int) -> None:
    """`the twelfth ministerial-level meeting of the X Forum`: a few lower-case words may stand between the ordinal and
    the body's name."""
    assert [e.ordinal for e in held(text, "en", "2023-11-28")] == [ordinal]


@pytest.mark.parametrize(("lang", "text", "heads"), [
    ("ko", "조태열 외교부 장관은 14일 도쿄에서 가미카와 요코 일본 외무상과 회담을 가졌다. 조 장관은 회담에서 양국 인적 "
     "교류의 확대를 제안했으며, 조 장관과 가미카와 외무상은 청년 교류 사업을 늘리기로 합의했다. 조 장관은 또 가미카와 "
     "외무상과 북한 문제에 대한 공조를 확인했다.", {"조태열", "가미카와 요코"}),
    ("en", "Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa in Tokyo on Monday. Minister Wong and "
     "Minister Kamikawa agreed to deepen cooperation on critical minerals. Minister Wong also briefed Minister "
     "Kamikawa on Pacific issues, and Minister Wong and Minister Kamikawa agreed to meet again this year.",
     {"Penny Wong", "Yoko Kamikawa"}),
])
def test_one_person_named_again_and_again_is_one_delegate_of_the_side(lang: str, text: str, heads: set[str]) -> None:
    """With no head markers a side's one or two delegates lead it: a minister named in every sentence of the meeting
    is one delegate, not a long list of attendees."""
    events = held(text, lang, "2024-05-15")
    assert len(events) == 1
    assert {d.name for d in events[0].delegates if d.head} == heads


@pytest.mark.parametrize(("lang", "text", "published", "names"), [
    ("en", "Prime Minister Narendra Modi paid an official visit to Poland on 21-22 August 2024 at the invitation of "
     "Prime Minister Donald Tusk, the first visit by an Indian Prime Minister since that of Prime Minister Morarji "
     "Desai in 1979. The two Prime Ministers held talks in Warsaw on 22 August and agreed to deepen cooperation in "
     "defence.", "2024-08-23", {"Narendra Modi", "Donald Tusk"}),
    ("en", "President Yoon Suk Yeol arrived in Prague on 19 September for a state visit at the invitation of President "
     "Petr Pavel. The two leaders held talks at Prague Castle on 20 September and agreed to expand nuclear energy "
     "cooperation.", "2024-09-21", {"Yoon Suk Yeol", "Petr Pavel"}),
    ("ko", "윤석열 대통령은 체코 페트르 파벨 대통령의 초청으로 19일 프라하에 도착했다. 양 정상은 20일 프라하성에서 "
     "정상회담을 갖고 원전 협력 확대 방안을 논의했다.", "2024-09-21", {"윤석열", "페트르 파벨"}),
    ("ko", "조태열 외교부 장관은 페니 웡 호주 외교장관의 초청으로 2일 캔버라를 방문했다. 양 장관은 3일 캔버라에서 "
     "회담을 갖고 핵심광물 공급망 협력 방안을 논의했다.", "2024-06-04", {"조태열", "페니 웡"}),
])
def test_the_two_leaders_are_the_ones_named_before_with_that_office(
        lang: str, text: str, published: str, names: set[str]) -> None:
    """`The two Prime Ministers held talks`, `양 정상은 … 정상회담을 갖고`: a meeting that names no one has the first
    holder of that office of each side named before it (the visitor, the host who invited), each leading their side;
    a Prime Minister of 1979 named after them is not one of them."""
    events = held(text, lang, published)
    assert len(events) == 1
    assert {d.name for d in events[0].delegates if d.head} == {d.name for d in events[0].delegates} == names


def test_the_two_ministers_of_a_meeting_with_other_parties_are_not_taken_from_before() -> None:
    """Guard: the ministers named before are of other parties than the meeting's (`Zafrul … with Minister X of
    Thailand`): no one is lent."""
    text = ("Minister Ahn Duk-geun met United States Trade Representative Jamieson Greer in Jeju on 15 May. On 16 May "
            "Thailand's Commerce Minister held talks with Viet Nam's Minister of Industry and Trade, and the two "
            "ministers agreed to expand rice trade.")
    names = {d.name for e in held(text, "en", "2025-05-17") for d in e.delegates
             if e.date == "2025-05-16"}
    assert not names & {"Ahn Duk-geun", "Jamieson Greer"}


@pytest.mark.parametrize(("text", "leader"), [
    ("Prime Minister Anthony Albanese held the following bilateral meetings on the margins of the G20 summit:\n"
     "- 18 November 2024, Rio de Janeiro: President Xi Jinping of China\n"
     "- 19 November 2024, Rio de Janeiro: Prime Minister Keir Starmer of the United Kingdom",
     "Anthony Albanese"),
    ("External Affairs Minister S. Jaishankar held the following bilateral meetings in New York:\n"
     "- 24 September 2024: Foreign Minister Penny Wong of Australia\n"
     "- 25 September 2024: Foreign Minister Kamikawa Yoko of Japan",
     "S. Jaishankar"),
])
def test_the_person_over_a_list_of_meetings_is_at_each(text: str, leader: str) -> None:
    """`X held the following bilateral meetings:` over dash items: X is at each item's meeting, and the item's label
    before the colon is no part of the title of the one met."""
    events = held(text, "en", "2024-11-20" if "Rio" in text else "2024-09-26")
    assert len(events) == 2
    for e in events:
        names = {d.name for d in e.delegates}
        assert leader in names and len(names) == 2
        assert all(":" not in (d.role or "") for d in e.delegates)


@pytest.mark.parametrize(("text", "topics"), [
    ("산업통상자원부(장관 안덕근)는 3일 서울에서 제5차 한-인도네시아 산업협력위원회를 개최했다. 양측은 2023년 12월 "
     "서명된 공급망 양해각서를 바탕으로 핵심광물 공급망 협력 방안을 논의했다.", {"supply_chain", "critical_minerals"}),
    ("조태열 외교부 장관은 3일 서울에서 페니 웡 호주 외교장관과 회담했다. 양 장관은 2021년 12월 수립된 포괄적 "
     "전략동반자 관계를 토대로 방산 협력 확대 방안을 논의했다.", {"defense"}),
])
def test_a_month_that_dates_a_relative_clause_leaves_the_talk_todays(text: str, topics: set[str]) -> None:
    """`2023년 12월 서명된 양해각서를 바탕으로 … 방안을 논의했다`: the month is the memorandum's; the talk is the
    meeting's own, a listed discussion item."""
    events = [e for e in held(text, "ko", "2024-06-04") if e.type == "dialogue"]
    assert len(events) == 1
    assert set(events[0].topics) == topics


def test_a_decision_dated_by_a_past_month_is_still_a_recall() -> None:
    """Guard: `2021년 12월 … 합의한 바 있다` is what was agreed then, no commitment of this meeting."""
    events = held("조태열 외교부 장관은 3일 서울에서 페니 웡 호주 외교장관과 회담했다. 양 장관은 2021년 12월 방산 "
                  "협력 확대에 합의한 바 있다.", "ko", "2024-06-04")
    assert len(events) == 1 and not events[0].topics


@pytest.mark.parametrize(("text", "name"), [
    ("Foreign Minister Penny Wong and Foreign Minister Vivian Balakrishnan signed the Australia-Singapore "
     "Comprehensive Strategic Partnership Action Plan in Singapore today.", "Action Plan"),
    ("Foreign Minister Wang Yi and Foreign Minister Kamina Johnson Smith signed a joint communique on deepening "
     "cooperation in Kingston on Monday.", "joint communique"),
    ("Minister Mélanie Joly and Minister Park Jin signed the Canada-Korea Critical Minerals Supply Chain Engagement "
     "Plan in Ottawa on Friday.", "Engagement Plan"),
])
def test_a_plan_or_communique_signed_is_an_agreement(text: str, name: str) -> None:
    """`signed the … Engagement Plan`, `signed a joint communique`: a document signed, whatever its head noun (the
    `Action Plan` one passed before, by the `action plan` head)."""
    events = [e for e in held(text, "en", "2024-06-04") if e.type == "agreement"]
    assert len(events) == 1 and name in (events[0].name or "")


def test_a_plan_discussed_is_no_agreement() -> None:
    """Guard: `plan` is a document only after `signed`."""
    events = held("Foreign Minister Penny Wong met Foreign Minister Yoko Kamikawa in Tokyo on Monday and discussed the "
                  "implementation plan of their joint declaration.", "en", "2024-06-04")
    assert [e.type for e in events] == ["dialogue"]


@pytest.mark.parametrize(("text", "topic"), [
    ("Foreign Minister Wang Yi and Foreign Minister Kamina Johnson Smith signed a memorandum of understanding in "
     "Kingston on Monday, committing to expand bauxite mining investment.", "critical_minerals"),
    ("Minister Ahn Duk-geun and Minister Bahlil Lahadalia signed an arrangement in Jakarta on Tuesday, agreeing to "
     "build a joint electric vehicle battery supply chain.", "batteries"),
])
def test_what_the_clause_after_a_signed_documents_name_commits_to(text: str, topic: str) -> None:
    """`signed a memorandum of understanding …, committing to …`: the participle after the document's name is what
    its signers committed to (it was dropped: the sentence is the signing's, whose name alone gave its topics)."""
    events = [e for e in held(text, "en", "2024-06-04") if e.type == "agreement"]
    assert len(events) == 1 and topic in events[0].topics


@pytest.mark.parametrize(("text", "name"), [
    ("한덕수 국무총리는 9일 스톡홀름을 공식 방문했다. 한국 총리의 스웨덴 방문은 20년 만이다. 한 총리는 10일 "
     "울프 크리스테르손 스웨덴 총리와 회담을 갖고 원전 협력 방안을 논의했다.", "한덕수"),
    ("한화진 환경부 장관은 9일 베를린을 방문했다. 한국 장관의 독일 방문은 5년 만이다. 한 장관은 10일 슈테피 렘케 "
     "독일 환경부 장관과 면담하고 기후 협력 방안을 논의했다.", "한화진"),
])
def test_a_countrys_name_before_a_title_is_no_persons_full_name(text: str, name: str) -> None:
    """`한국 총리의 방문은` beside `한덕수 국무총리`: `한 총리` is the full name given with the title, not `한국`."""
    events = held(text, "ko", "2023-05-11")
    assert len(events) == 1
    assert name in {d.name for d in events[0].delegates}


@pytest.mark.parametrize("text", [
    "윤석열 대통령은 3일 도하에서 타밈 빈 하마드 알사니 카타르 국왕과 정상회담을 가졌다. 회담 뒤 한국가스공사와 카타르 "
    "에너지공사 간 장기 공급 계약이 체결됐다.",
    "안덕근 산업통상자원부 장관은 3일 프라하에서 체코 산업부 장관과 회담했다. 회담 뒤 한국수력원자력과 체코 전력공사 "
    "간 협력 양해각서가 체결됐다.",
])
def test_a_public_corporation_is_no_diplomats_title(text: str) -> None:
    """`카타르 에너지공사`, `체코 전력공사`: a corporation, not the diplomat's `공사`, and the words after it no
    name."""
    names = {d.name for e in held(text, "ko", "2024-06-04") for d in e.delegates}
    assert not any("간" in n.split() for n in names), names


def test_a_minister_counsellor_is_still_a_title() -> None:
    """Guard: `정무공사` and a bare `공사` after a name are the diplomat's rank."""
    events = held("조태열 외교부 장관은 3일 서울에서 웡 호주 외교장관과 회담했다. 회담에는 김영준 주호주대사관 "
                  "정무공사와 박민수 공사가 배석했다.", "ko", "2024-06-04")
    roles = {d.name: d.role for e in events for d in e.delegates}
    assert (roles.get("김영준") or "").endswith("정무공사") and (roles.get("박민수") or "").endswith("공사")


@pytest.mark.parametrize(("text", "name", "role"), [
    ("조태열 외교부 장관은 3일 무스카트에서 사이드 바드르 빈 하마드 알부사이디(Sayyid Badr bin Hamad Al Busaidi) "
     "대외관계 담당 장관과 회담했다.", "사이드 바드르 빈 하마드 알부사이디", "대외관계 담당 장관"),
    ("한덕수 국무총리는 3일 무스카트에서 사이드 파한 빈 마흐무드 알사이드(Sayyid Fahd bin Mahmoud Al Said) 내각 담당 "
     "부총리와 회담했다.", "사이드 파한 빈 마흐무드 알사이드", "내각 담당 부총리"),
])
def test_a_latin_gloss_of_a_long_name_closes_the_name(text: str, name: str, role: str) -> None:
    """A Latin gloss after a name marks where the name ends, also a gloss of five or six words (`Sayyid Badr bin
    Hamad Al Busaidi`; letters with diacritics too, `Lương Cường`): the words after it open the title."""
    roles = {d.name: d.role or "" for e in held(text, "ko", "2024-06-04") for d in e.delegates}
    assert name in roles and roles[name].endswith(role)


@pytest.mark.parametrize(("text", "published"), [
    ("정경두 국방부 장관은 17일 쁘라윗 웡수원 태국 부총리와 회담을 가졌다.", "2019-11-18"),
    ("아누틴 찬위라꾼 태국 부총리는 쁘라윗 웡수원 부총리와 함께 5일 한덕수 국무총리를 예방했다.", "2023-06-06"),
])
def test_a_citys_name_inside_another_word_is_no_place(text: str, published: str) -> None:
    """`웡수원` (Wongsuwon) holds `수원`, a Korean city, as Kiwi reads it: inside a longer word it is no venue."""
    events = held(text, "ko", published)
    assert len(events) == 1 and events[0].location.city is None


def test_a_city_after_a_residence_prefix_is_still_a_place() -> None:
    """Guard: `주뉴욕 총영사관` (the consulate general at New York) names the city."""
    events = held("주뉴욕 총영사관은 3일 한미 경제 포럼을 개최했다.", "ko", "2024-06-04")
    assert [e.location.city for e in events] == ["New York"]


@pytest.mark.parametrize(("text", "published"), [
    ("정경두 국방부 장관은 17일 방콕에서 쁘라윗 웡수원(Prawit Wongsuwon) 태국 안보 담당 부총리와 회담을 가졌다.",
     "2019-11-18"),
    ("아누틴 찬위라꾼 태국 부총리는 5일 서울에서 한덕수 국무총리를 예방한 데 이어 6일 쁘라윗 웡수원 부총리와 함께 "
     "산업통상자원부 장관을 면담했다.", "2023-06-07"),
])
def test_a_name_word_of_proper_nouns_only_is_no_organisation(text: str, published: str) -> None:
    """`웡수원`, read as `웡` + `수원`, ends in an office's `원` but holds no dictionary noun: a name's word, not a
    body (`국립외교원`, `세종연구원` hold common nouns)."""
    names = {d.name for e in held(text, "ko", published) for d in e.delegates}
    assert "쁘라윗 웡수원" in names
