"""Events and delegates, round 46. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 46 (at d2606b7) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize("text", [
    "In Dakar the Secretary met participants in a U.S.-funded program that trains young farmers.",
    "Minister Hayashi met refugees from Ukraine at a reception centre in Warsaw on Tuesday.",
])
def test_meeting_participants_of_a_program_or_refugees_is_no_meeting(text: str) -> None:
    """`met participants in a program`, `met refugees`: people who are no counterpart delegation (as `met students`
    or `met business leaders`)."""
    assert [e for e in held(text, "en", "2023-03-22") if e.type == "dialogue"] == []


def test_a_meeting_with_a_minister_is_still_a_meeting() -> None:
    """Guard: `met Foreign Minister X` stays a meeting."""
    events = held("Minister Hayashi met Foreign Minister Zbigniew Rau in Warsaw on Tuesday.", "en", "2023-03-22")
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", "2023-03-21")]


@pytest.mark.parametrize("text", [
    "The two ministers agreed to work toward the signing of an agreement on the mutual recognition of driving "
    "licences.",
    "The leaders instructed their officials to prepare for the signing of a social security agreement.",
])
def test_a_signing_worked_toward_is_not_done(text: str) -> None:
    """`work toward the signing of X`, `prepare for the signing of X`: an aim, no signing held."""
    assert [e for e in held(text, "en", "2023-04-18") if e.type == "agreement"] == []


def test_a_signing_welcomed_today_is_done() -> None:
    """Guard: `welcomed the signing today of X` reports a signing held."""
    events = held("The ministers welcomed the signing today of a memorandum on hydrogen cooperation.", "en",
                  "2023-04-18")
    assert [(e.type, str(e.date)) for e in events] == [("agreement", "2023-04-18")]


@pytest.mark.parametrize("text", [
    "안덕근 장관은 이번 방문 기간 제네바에서 열리는 WTO 일반이사회에 참석해 수산보조금 협상 현안을 논의할 예정이다.",
    "정 장관은 이어 파리로 이동해 OECD 각료이사회에 참석해 공급망 회복력 방안을 발표할 계획이다.",
])
def test_an_attendance_joined_by_a_contracted_connective_takes_the_plan(text: str) -> None:
    """`X에 참석해 … 논의할 예정이다`: a clause closed by the contracted connective `-아/-어` (`참석해` = 참석하 + 어)
    has no tense of its own; the sentence's plan makes it ahead."""
    assert held(text, "ko", "2024-07-20") == []


def test_an_attendance_joined_by_a_connective_in_a_past_sentence_is_held() -> None:
    """Guard: `참석해 … 논의했다` is held."""
    events = held("안덕근 장관은 22일 제네바에서 열린 WTO 일반이사회에 참석해 수산보조금 협상 현안을 논의했다.", "ko",
                  "2024-07-23")
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", "2024-07-22")]


@pytest.mark.parametrize("text", [
    "박 장관은 이번 순방 중 나이로비에서 열리는 한-케냐 외교장관회담에 참석할 예정이다.\n\n"
    "케냐 의회 외교위원회 의원들과도 만나 인프라 협력 방안에 대해 의견을 나눈다.\n\n"
    "또 유엔환경계획(UNEP) 사무총장을 만나 기후 협력 방안을 협의한다.",
    "최 차관은 15일 출국해 카타르와 오만을 방문할 계획이다. "
    "도하에서는 카타르 외교부 국무장관을 만나 에너지 협력을 논의한다.",
])
def test_a_schedule_told_on_in_the_present_after_a_plan_is_ahead(text: str) -> None:
    """`… 참석할 예정이다. 케냐 대통령도 예방해 … 의견을 나눈다`: after a sentence telling a plan, undated sentences in
    the plain present (`나눈다`, `협의한다`) go on with the schedule; a Korean report tells its past in the past."""
    assert held(text, "ko", "2023-06-01") == []


def test_a_past_report_after_a_plan_sentence_is_held() -> None:
    """Guard: a sentence in the past after a plan is held, and one with a day of its own is read by its day."""
    text = ("박 장관은 다음 달 나이로비를 방문할 예정이다. "
            "박 장관은 1일 서울에서 케냐 외교장관과 회담을 갖고 인프라 협력 방안을 논의했다.")
    events = extracted(text, "ko", "2023-06-02")
    assert [(e.type, str(e.date)) for e in events if not e.mentioned] == [("dialogue", "2023-06-01")]


def _delegates(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    return {(d.name, d.country) for e in held(text, lang, published) for d in e.delegates}


@pytest.mark.parametrize(("text", "name"), [
    ("정기용 인도-태평양 특별대표는 6일 서울에서 방한한 호주 외교부 차관보와 면담했다.", "정기용"),
    ("외교부는 정기용 인도-태평양 특별대표가 6일 방한한 뉴질랜드 외교통상부 차관보와 협의를 가졌다고 밝혔다.",
     "정기용"),
    ("이도훈 외교부 제2차관은 6일 서울에서 엘리 로슨 전략기획조정 차관보와 면담했다.", "엘리 로슨"),
    ("엘리 로슨 전략기획조정 차관보는 6일 외교부 청사에서 정기용 특별대표와 면담했다.", "엘리 로슨"),
])
def test_a_region_or_a_compound_of_common_nouns_before_a_title_is_no_name_word(text: str, name: str) -> None:
    """`정기용 인도-태평양 특별대표`, `엘리 로슨 전략기획조정 차관보`: a word naming a region, or a compound of
    dictionary nouns, opens the title; the name stops before it."""
    assert name in {n for n, _ in _delegates(text, "ko", "2023-06-07")}


@pytest.mark.parametrize("text", [
    "외교부에 따르면 호세 W. 페르난데스 미국 국무부 경제성장·에너지·환경 담당 차관은 6일 서울에서 이도훈 제2차관과 "
    "회담했다.",
    "안덕근 장관은 6일 호세 W. 페르난데스 미국 국무부 경제성장·에너지·환경 담당 차관을 접견했다.",
])
def test_a_listed_field_in_a_long_title_counts_once(text: str) -> None:
    """`경제성장·에너지·환경 담당 차관`: the fields of a `·` list are one part of the title, so that the name before
    a long title is still read whole (with its middle initial)."""
    assert "호세 W. 페르난데스" in {n for n, _ in _delegates(text, "ko", "2023-06-07")}


@pytest.mark.parametrize(("text", "lang"), [
    ("안덕근 장관은 20일 자카르타에서 인도네시아 에너지광물자원부 장관과 회담했다. 이날 양국 업계 관계자가 참석한 "
     "에너지 협력 세션도 따로 열렸다.", "ko"),
    ("Secretary Raimondo met Minister Airlangga Hartarto in Jakarta on Monday. Later that day a separate session "
     "attended by business leaders from both countries was held.", "en"),
])
def test_a_session_said_to_be_attended_by_others_takes_no_ones_people(text: str, lang: str) -> None:
    """`업계 관계자가 참석한 … 세션`, `a session attended by business leaders`: the text says who attended, and they
    are no delegation; the session does not take the people of the meeting before it."""
    events = held(text, lang, "2023-11-21")
    assert len(events) == 2 and sum(1 for e in events if not e.delegates) == 1


@pytest.mark.parametrize(("text", "day"), [
    ("강인선 외교부 제2차관은 6.25.(현지시간) 제네바에서 WTO 사무차장과 면담하였다.", "2024-06-25"),
    ("여한구 본부장은 4.10.(현지 시각) 워싱턴에서 USTR 대표와 회담을 가졌다.", "2024-04-10"),
])
def test_a_shorthand_day_with_a_time_zone_is_a_day(text: str, day: str) -> None:
    """`6.25.(현지시간)`: release shorthand with the time zone where the weekday would stand is a day (the closing
    dot required: `4.10` alone is a number)."""
    assert [str(e.date) for e in held(text, "ko", "2024-06-27")] == [day] or \
        [str(e.date) for e in held(text, "ko", "2024-04-12")] == [day]


def test_a_decimal_is_no_shorthand_day() -> None:
    """Guard: `4.10%` is no day."""
    assert held("양국 간 평균 관세율은 4.10%로 낮아졌다.", "ko", "2024-04-12") == []


@pytest.mark.parametrize(("text", "published"), [
    ("조태열 장관은 오늘(9.3.) 캐나다 외교장관과 통화하였습니다.\n\n※ 졸리 장관은 8.26.(월) 오타와에서 멕시코 "
     "외교장관과 회담을 가졌습니다.", "2024-09-03"),
    ("조태열 장관은 오늘(9.3.) 블링컨 미 국무장관과 통화하였습니다.\n\n※ 블링컨 장관은 8.28.(수) 워싱턴에서 인도 "
     "외교장관과 회담을 가졌습니다.", "2024-09-03"),
])
def test_a_note_on_a_meeting_days_before_the_body_is_background(text: str, published: str) -> None:
    """`※ X는 8.26.(월) … 회담을 가졌습니다` under a release told on a later day: a note's meeting days before the
    body's is background, not another held event."""
    assert [str(e.date) for e in held(text, "ko", published)] == [published]


def test_a_note_on_the_day_before_is_still_held() -> None:
    """Guard: `※ 문 대통령은 전날인 4.17.(수) … 정상회담을 갖고`: the day before, of the same trip, stays held."""
    text = ("문재인 대통령은 18일(현지시간) 아시가바트에서 한국 기업이 건설한 플랜트를 방문했다.\n\n"
            "※ 문 대통령은 전날인 4.17.(수) 아시가바트에서 베르디무하메도프 대통령과 정상회담을 가졌다.")
    assert [str(e.date) for e in held(text, "ko", "2019-04-18")] == ["2019-04-17"]


@pytest.mark.parametrize(("text", "name"), [
    ("윤석열 대통령은 오늘 오후 기시다 후미오 일본 총리의 제안으로 전화 통화를 가졌습니다.", "기시다 후미오"),
    ("문재인 대통령은 이날 시릴 라마포사 남아공 대통령의 요청으로 전화 통화를 했다.", "시릴 라마포사"),
])
def test_who_asked_for_a_call_is_on_it(text: str, name: str) -> None:
    """`X의 제안으로 전화 통화를 가졌다`: the one who proposed the call is its other party (a possessor otherwise
    names no attendee)."""
    assert name in {n for n, _ in _delegates(text, "ko", "2024-04-17")}


@pytest.mark.parametrize(("text", "published"), [
    ("On August 24, Minister Kamikawa hosted a working lunch with the participating ministers and held a bilateral "
     "meeting with the Foreign Minister of Ghana.\n\n1. Working lunch on food security\n\n(1) From 12:00 p.m., "
     "Minister Kamikawa hosted a working lunch on food security for the participating ministers.\n\n2. Japan-Ghana "
     "Foreign Ministers' Meeting\n\n(1) From 3:00 p.m., Minister Kamikawa held a meeting with Foreign Minister "
     "Shirley Ayorkor Botchwey.", "2024-08-25"),
    ("On May 20, Prime Minister Kishida held meetings in Hiroshima.\n\n1. Working dinner on nuclear disarmament\n\n"
     "(1) From 7:00 p.m., the Prime Minister hosted a working dinner on nuclear disarmament for the invited leaders."
     "\n\n2. Japan-India Summit Meeting\n\n(1) From 4:00 p.m., Prime Minister Kishida held a meeting with Prime "
     "Minister Narendra Modi.", "2023-05-21"),
])
def test_numbered_headings_without_a_date_keep_their_sections_apart(text: str, published: str) -> None:
    """`1. Working lunch on X` … `2. Japan-Ghana Foreign Ministers' Meeting`: undated numbered headings naming
    meetings each open their section's meeting; two meetings of one day stay two."""
    assert len([e for e in held(text, "en", published) if e.type == "dialogue"]) == 2


def test_a_heading_about_the_meeting_is_no_meeting() -> None:
    """Guard: `2. Overview of the meeting` is a heading about the meeting told before, not another one."""
    text = ("On July 29, Minister Hagiuda held the first meeting of the Economic 2+2 with Secretary Raimondo in "
            "Washington.\n\n1. Overview of the meeting\n\nThe ministers discussed export controls.")
    assert len(held(text, "en", "2022-07-30")) == 1


@pytest.mark.parametrize(("text", "published"), [
    ("On August 24, the first day of the TICAD Ministerial Meeting held in Tokyo, Minister Kamikawa hosted a working "
     "lunch with the participating ministers.", "2024-08-25"),
    ("Prime Minister Kishida, who is visiting Vilnius to attend the NATO Summit, hosted a working lunch with the "
     "participating leaders on July 12.", "2023-07-13"),
])
def test_the_gathering_a_trip_is_for_is_not_held_by_the_side_meeting(text: str, published: str) -> None:
    """`on the first day of the X`, `visiting Y to attend the X`: X is the gathering the meeting took place at
    (rule 4), not the held event."""
    assert [e.name for e in held(text, "en", published)] == ["working lunch"]


@pytest.mark.parametrize("text", [
    "조현동 외교부 제1차관은 1일 서울에서 「제2차 한-중미 특별라운드테이블」을 주재했다.",
    "박진 장관은 5일 서울에서 중미 6개국 외교장관과 회의를 갖고 협력 방안을 논의했다.",
])
def test_central_america_names_no_china_nor_the_us(text: str) -> None:
    """`한-중미`, `중미 6개국`: Central America (중미), not China (중) and the US (미), which Korean writes `미중`."""
    parties = {p for e in held(text, "ko", "2022-11-06") for p in e.participants}
    assert not parties & {"CHN", "USA"}


@pytest.mark.parametrize(("text", "name"), [
    ("최종건 외교부 제1차관은 29일 알레한드로 로드리게스 사모라(Alejandro Rodriguez Zamora) 신임 주한 코스타리카대사를 "
     "접견했다.", "알레한드로 로드리게스 사모라"),
    ("박진 장관은 3일 필립 골드버그(Philip Goldberg) 신임 주한 미국대사를 접견했다.", "필립 골드버그"),
])
def test_a_new_appointees_title_follows_the_name(text: str, name: str) -> None:
    """`X(…) 신임 주한 Y대사`: `신임` (newly appointed) opens the title; the name is before it."""
    assert name in {n for n, _ in _delegates(text, "ko", "2022-07-04")}


@pytest.mark.parametrize(("text", "name"), [
    ("최종건 외교부 제1차관은 25일 서울에서 아드리아나 볼라뇨스(Adriana Bolaños) 코스타리카 외교부 양자 및 "
     "국제협력차관과 면담했다.", "아드리아나 볼라뇨스"),
    ("이도훈 제2차관은 25일 서울에서 호세 W. 페르난데스 미국 국무부 경제성장 및 에너지차관과 면담했다.",
     "호세 W. 페르난데스"),
])
def test_fields_of_a_title_joined_by_mit_belong_to_the_title(text: str, name: str) -> None:
    """`양자 및 국제협력차관`: two fields of one title joined by `및` (as by `·`); the word before `및` is the title's,
    not a name (`양자` has a surname's shape)."""
    assert name in {n for n, _ in _delegates(text, "ko", "2020-11-26")}


def test_two_people_joined_by_mit_are_both_read() -> None:
    """Guard: `A 외교장관 및 B 장관` joins two people, not two fields of one title."""
    text = ("안덕근 본부장은 16일 멜라니 졸리(Mélanie Joly) 캐나다 외교장관 및 프랑수아-필립 샴페인(François-Philippe "
            "Champagne) 캐나다 혁신과학산업장관과 함께 경제안보대화를 개최했다.")
    names = {n for n, _ in _delegates(text, "ko", "2023-05-17")}
    assert {"멜라니 졸리", "프랑수아-필립 샴페인"} <= names


@pytest.mark.parametrize("text", [
    "문 대통령은 오늘 오후 청와대에서 라트비아 대통령과 정상회담을 가졌습니다. "
    "문 대통령은 앞서 에스토니아 대통령(6일), 리투아니아 대통령(7일)과도 각각 정상회담을 가졌습니다.",
    "윤 대통령은 오늘 용산 대통령실에서 케냐 대통령과 정상회담을 했습니다. 윤 대통령은 앞서 가나 대통령(4일), 세네갈 "
    "대통령(5일)과도 회담했습니다.",
])
def test_earlier_meetings_each_dated_aside_are_recalled(text: str) -> None:
    """`앞서 A 대통령(6일), B 대통령(7일)과도 각각 정상회담을 가졌습니다`: meetings told as earlier, each with its own
    day given aside, are recalled, not held on the report's day."""
    published = "2018-02-13" if "라트비아" in text else "2024-06-10"
    assert [str(e.date) for e in held(text, "ko", published)] == [published]


def test_before_an_opening_is_no_earlier_meeting() -> None:
    """Guard: `개막에 앞서 2.24.(토) … 면담하였다`: before the opening, a meeting held that day."""
    text = "정 본부장은 각료회의 개막에 앞서 2.24.(토) 아부다비에서 응고지 오콘조-이웨알라 WTO 사무총장과 면담하였다."
    assert [str(e.date) for e in held(text, "ko", "2024-03-02")] == ["2024-02-24"]


@pytest.mark.parametrize("text", [
    "강 차관은 이번 방문에서 정상회의 준비를 협의할 계획이다.\n\n※ 「한-아프리카 정상회의」: 우리 정부가 처음 개최하는 "
    "다자 정상회의로, 서울에서 개최",
    "외교부는 회의 준비 상황을 점검할 예정이다.\n\n"
    "※ 「한-중앙아 정상회의」: 한국과 중앙아시아 5개국이 처음 여는 정상회의로, 2025년 서울에서 개최",
])
def test_a_note_glossing_a_name_tells_no_event(text: str) -> None:
    """`※ 「X」: … 처음 개최하는 다자 정상회의로, 서울에서 개최`: a note saying what a quoted name is tells no event
    of the day."""
    assert held(text, "ko", "2024-04-28") == []
