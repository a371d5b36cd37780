"""Events and delegates, round 41. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 41 (at d32b506) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "day", "parties"), [
    ("During talks in Hanoi on Tuesday, Vietnamese Foreign Minister Bui Thanh Son and his Indonesian counterpart "
     "Retno Marsudi agreed to expand maritime cooperation.", "2024-04-30", {"VNM", "IDN"}),
    ("In talks at the Istana on Monday, Singapore Prime Minister Lawrence Wong and Malaysian Prime Minister Anwar "
     "Ibrahim agreed to speed up work on the rapid transit link.", "2024-06-10", {"SGP", "MYS"}),
    ("Chilean President Gabriel Boric arrived in Bogota on Friday for a two-day state visit. In talks at the "
     "presidential palace that lasted about an hour, President Gustavo Petro and Boric agreed to cooperate on "
     "lithium.", "2024-05-03", {"COL", "CHL"}),
])
def test_talks_opening_a_sentence_without_an_article_are_held(text: str, day: str, parties: set[str]) -> None:
    """`During talks in X on Tuesday, A and B agreed …`: the bare plural `talks` opens the sentence as `At the
    meeting in X` does; a venue (`at the presidential palace`, `at the Istana`) locates it as a place does."""
    published = {"2024-04-30": "2024-05-01", "2024-06-10": "2024-06-11", "2024-05-03": "2024-05-04"}[day]
    events = held(text, "en", published)
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", day)]
    assert set(events[0].participants) == parties


@pytest.mark.parametrize("text", [
    "During talks, the two sides agreed to meet again in Seoul next year.",
    "In talks, officials often repeat their positions.",
])
def test_bare_talks_with_nothing_of_their_own_are_no_meeting(text: str) -> None:
    """Guard: `During talks,` with no day, place, venue or name is the meeting already reported, not another."""
    assert held(text, "en", "2024-05-04") == []


@pytest.mark.parametrize(("text", "published", "parties"), [
    ("안덕근 산업통상자원부 장관은 25일 리야드에서 사우디 에너지부 장관과 만나 수소 협력 양해각서에 서명했다.",
     "2024-05-26", {"KOR", "SAU"}),
    ("이창양 산업통상자원부 장관은 14일 바르샤바에서 폴란드 국방부 차관과 면담하고 방산 협력을 논의했다.",
     "2023-03-15", {"KOR", "POL"}),
    ("방문규 장관은 9일 아부다비에서 아랍에미리트 에너지부 차관과 만나 원전 협력 방안을 논의했다.",
     "2023-11-10", {"KOR", "ARE"}),
])
def test_a_bare_ministry_after_another_countrys_name_is_that_countrys(
        text: str, published: str, parties: set[str]) -> None:
    """`사우디 에너지부 장관`: a ministry every government has (`에너지부`, `국방부`), after a country's name, is that
    country's, not the listed body of the same name (the US Department of Energy); and the country after
    `리야드에서` begins another phrase, so it is a side, not the place's country."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert len(events) == 1
    assert set(events[0].participants) == parties


@pytest.mark.parametrize(("text", "published"), [
    ("두 정상은 9일 오찬장에서 약식 회동을 하려 했으나 일정이 엇갈려 만나지 못했다.", "2024-05-10"),
    ("양측은 9일 서울에서 투자협정에 서명하려고 했지만 막판 이견으로 서명식이 미뤄졌다.", "2024-05-10"),
    ("양국은 9일 투자협정 서명식을 열 예정이었으나 서명식은 다음 달로 미뤄졌다.", "2024-05-10"),
])
def test_a_meeting_meant_or_put_off_is_not_held(text: str, published: str) -> None:
    """`-려(고) 했으나`, `-려던`: an act meant, not done; `서명식이 미뤄졌다`: a ceremony put off is not held. (The
    third, a plan put off, passed before: a guard.)"""
    assert held(text, "ko", published) == []


def test_a_signing_done_is_still_held() -> None:
    """Guard: the plain past of the same predicate is a signing."""
    events = held("양국 장관은 9일 서울에서 투자협정에 서명했다.", "ko", "2024-05-10")
    assert [(e.type, str(e.date)) for e in events] == [("agreement", "2024-05-09")]


_SECTIONS = """나토 정상회의에 참석 중인 윤석열 대통령은 11일(현지시간) 빌뉴스에서 덴마크, 호주, 폴란드 정상과 차례로 \
회담했다.

□ 한-덴마크 정상회담

윤 대통령은 이날 오전 메테 프레데릭센 덴마크 총리와 정상회담을 가졌다. 양 정상은 해상풍력 협력을 확대하기로 했다.

□ 한-호주 정상회담

이어 윤 대통령은 앤서니 앨버니지 호주 총리와 회담했다. 양 정상은 핵심광물 공급망 협력을 강화해 나가기로 했다.

□ 한-폴란드 정상회담

오후에는 안제이 두다 폴란드 대통령과 회담했다. 두 정상은 전날 만찬장에서 환담을 하려 했으나 일정이 엇갈려, 이날 따로 \
만났다. 양 정상은 방산 협력을 논의했다."""

_SECTIONS_MINISTERS = """조태열 외교부 장관은 14일(현지시간) 리우데자네이루에서 열린 G20 외교장관회의 계기에 \
브라질, 남아공, 인도네시아 외교장관과 잇달아 회담했다.

■ 한-브라질 외교장관회담

조 장관은 먼저 마우루 비에이라 브라질 외교장관과 만나 핵심광물 분야 협력을 논의했다.

■ 한-남아공 외교장관회담

조 장관은 이어 날레디 판도르 남아공 국제관계협력부 장관과 회담을 갖고 아프리카 개발 협력을 논의했다.

■ 한-인도네시아 외교장관회담

조 장관은 레트노 마르수디 인도네시아 외교장관과 만나 배터리 공급망 협력을 확대하기로 했다."""


@pytest.mark.parametrize(("text", "published", "sides"), [
    (_SECTIONS, "2023-07-12", [{"KOR", "DNK"}, {"KOR", "AUS"}, {"KOR", "POL"}]),
    (_SECTIONS_MINISTERS, "2024-02-15", [{"KOR", "BRA"}, {"KOR", "ZAF"}, {"KOR", "IDN"}]),
])
def test_each_section_heading_opens_its_own_meeting(text: str, published: str, sides: list[set[str]]) -> None:
    """`□ 한-X 정상회담` on a line of its own, then the meeting its section tells: the heading's meeting is that one
    (not the one before it on the same day); a lead summing up meetings held in turn with several sides (`A, B, C
    정상과 차례로 회담`) is no meeting of its own when they are told apart, and its list is no one event's parties.
    (The ministers' release, each section's meeting with a person named, passed before: a guard.)"""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert sorted(map(set, (e.participants for e in events)), key=sorted) == sorted(sides, key=sorted)


@pytest.mark.parametrize(("text", "published", "met"), [
    ("In Colombo on Tuesday, Secretary of State Mike Pompeo met President Gotabaya Rajapaksa in the morning and then "
     "held talks at the foreign ministry with Foreign Minister Dinesh Gunawardena.", "2020-10-28",
     [{"Gotabaya Rajapaksa", "Mike Pompeo"}, {"Dinesh Gunawardena", "Mike Pompeo"}]),
    ("Foreign Minister Penny Wong met Prime Minister James Marape on Monday and later held talks at the presidential "
     "palace with Foreign Minister Justin Tkatchenko.", "2023-01-11",
     [{"James Marape", "Penny Wong"}, {"Justin Tkatchenko", "Penny Wong"}]),
])
def test_talks_at_a_venue_with_another_person_are_another_meeting(
        text: str, published: str, met: list[set[str]]) -> None:
    """`held talks at the foreign ministry with X`: a venue in lower case may stand between the talks and the
    person met, who makes them a meeting apart from the one before."""
    events = held(text, "en", published)
    assert sorted(({d.name for d in e.delegates} for e in events), key=sorted) == sorted(met, key=sorted)


@pytest.mark.parametrize(("text", "city"), [
    ("In Male, Secretary of State Mike Pompeo met Foreign Minister Abdulla Shahid on Wednesday.", "Male"),
    ("MALE, Oct 28 (Reuters) - U.S. Secretary of State Mike Pompeo met Maldives President Ibrahim Mohamed Solih on "
     "Wednesday.", "Male"),
])
def test_the_maldives_capital_is_a_place_as_written(text: str, city: str) -> None:
    """`Male` (the Maldives' capital, a common word in lower case) is matched only as written."""
    events = held(text, "en", "2020-10-28")
    assert [e.location.city if e.location else None for e in events] == [city]


def test_male_in_lower_case_is_no_place() -> None:
    """Guard: `male and female` is no city."""
    events = held("Secretary Blinken met Foreign Minister Hayashi in Tokyo on Wednesday and discussed support for "
                  "male and female entrepreneurs.", "en", "2023-03-02")
    assert [e.location.city if e.location else None for e in events] == ["Tokyo"]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("조태열 장관은 11일(현지시간) 워싱턴에서 데이비드 래미 영국 외교장관과 회담했다. 래미 장관은 이달 5일 "
     "임명되어 취임 일주일도 되지 않았다. 조 장관은 이날 워싱턴에서 멜라니 졸리 캐나다 외교장관과도 회담했다.",
     "2024-07-12", "2024-07-11"),
    ("안덕근 장관은 8일 도쿄에서 무토 요지 경제산업상과 회담했다. 무토 경산상은 지난 1일 취임해 업무를 "
     "시작했다. 안 장관은 이날 도쿄에서 일본 경제단체 대표들과도 간담회를 가졌다.", "2024-10-09", "2024-10-08"),
])
def test_a_day_of_someones_office_is_not_the_day_a_later_inal_means(text: str, published: str, day: str) -> None:
    """`지난 9월 21일 임명되어`, `지난 1일 … 취임해`: a day of someone's appointment is not a meeting's, so a later
    `이날` goes on from the day the report tells, not from it."""
    events = held(text, "ko", published)
    assert events and all(str(e.date) == day for e in events)


@pytest.mark.parametrize("text", [
    "원희룡 장관은 일정을 마친 뒤 라이프치히로 이동해 24일부터 열리는 국제교통포럼 교통장관회의에 참석할 예정이다.",
    "해양수산부는 강 장관이 이번 회의에서 해운 탈탄소 공동선언문을 채택하고, 녹색해운항로 구축 계획을 회원국 "
    "장관들과 공유할 예정이라고 24일 밝혔다.",
])
def test_a_meeting_a_later_act_is_to_attend_is_ahead(text: str) -> None:
    """`24일부터 열리는 X 회의에 참석할 예정이다`: the meeting named in the present adnominal is the one the plan
    attends, ahead as that act is; a plan told in reported speech (`… 예정이라고 24일 밝혔다`) is a plan."""
    assert held(text, "ko", "2023-05-24") == []


@pytest.mark.parametrize(("text", "published", "people"), [
    ("Trade Minister Damien O'Connor signed for New Zealand and Minister for Trade and Industry Gan Kim Yong signed "
     "for Singapore at a virtual ceremony on Tuesday marking the signing of the upgraded Closer Economic Partnership "
     "agreement.", "2021-07-21", {("Damien O'Connor", "NZL"), ("Gan Kim Yong", "SGP")}),
    ("Foreign Minister Alberto van Klaveren signed on behalf of Chile and Foreign Minister Penny Wong signed for "
     "Australia when the two countries concluded a critical minerals memorandum on Friday.", "2024-03-16",
     {("Alberto van Klaveren", "CHL"), ("Penny Wong", "AUS")}),
])
def test_the_side_a_person_signed_for_is_theirs_and_no_place(
        text: str, published: str, people: set[tuple[str, str]]) -> None:
    """`X signed for Singapore`, `Y signed on behalf of Chile`: the side signed for is the signatory's (a city-state
    so named is no place of the signing); one document named twice in the sentence is one signing. (The second,
    two listed officials, passed before: a guard.)"""
    events = held(text, "en", published)
    assert len(events) == 1
    assert {(d.name, d.country) for d in events[0].delegates} == people
    assert events[0].location is None or events[0].location.city is None


def test_a_side_led_by_names_its_head() -> None:
    """`The working groups were led on the Korean side by X`: the side between `led` and `by` still marks the head."""
    text = ("Foreign Minister Park Jin and Foreign Minister Mauro Vieira opened the first Korea-Brazil strategic "
            "dialogue in Seoul on Monday. The working groups were led on the Korean side by Deputy Minister for "
            "Political Affairs Chung Byung-won. The Brazilian delegation, headed by Minister Vieira, included "
            "Secretary for Asia and the Pacific Eduardo Saboia.")
    events = held(text, "en", "2023-05-09")
    assert len(events) == 1
    assert {d.name: d.head for d in events[0].delegates}.get("Chung Byung-won") is True


@pytest.mark.parametrize(("text", "published"), [
    ("Secretary Blinken and Foreign Minister Jaishankar opened the fifth strategic dialogue in Washington on Monday. "
     "Following the sessions, Secretary Blinken met Minister Jaishankar for a private dinner.", "2023-10-03"),
    ("Foreign Minister Penny Wong and Foreign Minister Winston Peters co-chaired the annual ministerial consultations "
     "in Wellington on Thursday. After the plenary sessions, Minister Wong met Minister Peters at Parliament.",
     "2024-03-02"),
])
def test_a_meeting_told_after_the_sessions_is_another(text: str, published: str) -> None:
    """`Following the sessions, A met B`: a meeting told as after the day's sessions is another meeting of the day,
    not the dialogue told again."""
    assert len([e for e in held(text, "en", published) if e.type == "dialogue"]) == 2


def test_a_name_written_again_is_the_same_event() -> None:
    """`signed an Economic Partnership Agreement` … `signed the Economic Partnership Agreement with X`: a name of
    generic words only, written again, is the same signing (generic names were read as sharing nothing)."""
    text = ("The United Kingdom and Ghana have signed an Economic Partnership Agreement.\n\n"
            "The two countries today signed a trade agreement in Accra.\n\n"
            "Minister for Africa James Duddridge signed the Economic Partnership Agreement with Ghana's Trade Minister "
            "Alan Kyerematen.")
    assert len(held(text, "en", "2021-03-02")) == 1


def test_a_relation_noun_after_the_head_is_no_meeting() -> None:
    """`in his capacity as Country Coordinator for ASEAN-EU Dialogue Relations`: the compound goes on past `Dialogue`
    to `Relations`; no second meeting named by it."""
    text = ("1. The ASEAN Post Ministerial Conference with the European Union was held in Bangkok, Thailand, on 2 "
            "August 2019. It was co-chaired by Don Pramudwinai, Minister of Foreign Affairs of Thailand, and Dr Vivian "
            "Balakrishnan, Minister for Foreign Affairs of Singapore, in his capacity as Country Coordinator for "
            "ASEAN-EU Dialogue Relations, and Federica Mogherini, High Representative of the European Union.")
    assert len([e for e in held(text, "en", "2019-08-03") if e.type == "dialogue"]) == 1


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Minister Hayashi: At the Japan-Australia Foreign Ministers' Meeting on Friday, Minister Wong and I confirmed "
     "that, in this year of the 50th anniversary of our partnership, we will deepen defence cooperation.",
     "2023-02-21", "2023-02-17"),
    ("Secretary Blinken: At the U.S.-India Strategic Dialogue this morning, Minister Jaishankar and I agreed that "
     "next year we would expand cooperation on critical minerals.", "2023-09-27", "2023-09-27"),
])
def test_a_speakers_label_opens_a_sentence_and_a_that_clause_dates_nothing(
        text: str, published: str, day: str) -> None:
    """A transcript's speaker label (`Minister Hayashi:`) before `At the X Meeting, …` still opens the sentence; a
    year or day inside what was confirmed or agreed (`confirmed that, in this year …`) is not the meeting's."""
    events = held(text, "en", published)
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", day)]


def _names(text: str, published: str) -> set[str]:
    events = held(text, "ko", published)
    assert len(events) == 1
    return {d.name for d in events[0].delegates}


@pytest.mark.parametrize(("text", "published", "names"), [
    ("외교부는 국립외교원과 함께 14일 서울에서 제5차 한-중앙아시아 협력포럼 고위관리회의를 개최하였다. 회의는 정병원 "
     "외교부 차관보의 환영사로 시작되었으며, 이어 이준일 외교부 동북아시아국장이 발제하였다.", "2023-09-15",
     {"정병원", "이준일"}),
    ("외교부는 15일 자카르타에서 한-아세안 해양협력 워크숍을 아세안 사무국과 공동 개최하였다. 워크숍은 이상덕 주아세안 "
     "대사의 개회사와 카오 김 후안 아세안 사무총장의 축사로 시작되었다.", "2022-06-16", {"이상덕", "카오 김 후안"}),
])
def test_who_opened_or_presented_at_a_meeting_attended_it(text: str, published: str, names: set[str]) -> None:
    """`A의 환영사로 시작되었으며, 이어 B가 발제하였다`, `C의 축사`: who gave the welcome, the congratulatory remarks
    or a paper at the meeting was at it."""
    assert names <= _names(text, published)


def test_a_posts_residence_is_no_name() -> None:
    """`함상욱 주오스트리아 대사 겸 주비엔나 국제기구 대표부 대사`: `주비엔나` is the post's city after `주`, not a
    second person."""
    text = ("외교부는 21일 오스트리아 비엔나에서 유럽안보협력기구(OSCE)와 아시아협력동반자그룹 회의를 공동 개최하였다. "
            "회의에는 함상욱 주오스트리아 대사 겸 주비엔나 국제기구 대표부 대사가 참석하였다.")
    assert _names(text, "2022-11-22") == {"함상욱"}


@pytest.mark.parametrize(("text", "published", "name"), [
    ("Deputy Minister of Foreign Affairs Do Hung Viet and Lao Deputy Minister of Foreign Affairs Phoxay "
     "Khaykhamphithoune co-chaired the eighth political consultation in Vientiane on June 28.", "2023-06-29",
     "Do Hung Viet"),
    ("Deputy Minister of Foreign Affairs Do Hung Viet and Cambodian Secretary of State Kung Phoak held the "
     "political consultation in Hanoi on Monday.", "2023-03-21", "Do Hung Viet"),
    ("Foreign Minister Adaljiza Albertina Xavier Reis Magno of Timor-Leste met Foreign Minister Retno Marsudi in "
     "Bali on Tuesday.", "2022-12-07", "Adaljiza Albertina Xavier Reis Magno"),
])
def test_a_whole_name_after_a_title(text: str, published: str, name: str) -> None:
    """A name closing a title is taken whole: up to five words (`Adaljiza Albertina Xavier Reis Magno`), and after
    a portfolio's last word (`… of Foreign Affairs Do Hung Viet`) even where the model kept fewer words, when the
    next person's title follows `and` and a side word (`and Lao Deputy Minister …`)."""
    events = held(text, "en", published)
    assert len(events) == 1
    assert name in {d.name for d in events[0].delegates}


_TRIP = """The Honourable Mélanie Joly, Minister of Foreign Affairs, today concluded her visit to Japan and the \
Philippines.

In Tokyo, Minister Joly met Foreign Minister Yoko Kamikawa. The two ministers discussed the Indo-Pacific and agreed to \
deepen cooperation on critical minerals.

In Manila, Minister Joly held talks with Secretary of Foreign Affairs Enrique Manalo. The two discussed maritime \
security in the South China Sea.

Minister Joly also met Secretary of Trade and Industry Alfredo Pascual to discuss trade and investment."""


def test_a_trips_meetings_told_without_a_day_are_undated_at_the_place_their_paragraph_opened() -> None:
    """`today concluded her visit to A and B` and then its meetings with no day: each is of some day of the trip
    (records.md rule 6), not the report's; its city is the one that opened its paragraph (`In Manila, …`), which a
    later paragraph of the same stop keeps."""
    events = held(_TRIP, "en", "2023-10-14")
    got = sorted((str(e.date), e.location.city if e.location else None) for e in events)
    assert got == [("None", "Manila"), ("None", "Manila"), ("None", "Tokyo")]


def test_a_trips_end_told_with_what_was_done_that_day_keeps_the_day() -> None:
    """Guard: `A and B agreed Thursday …, as A wrapped up a tour` tells the day of the talks with the trip's end."""
    text = ("MAPUTO, May 4 Kyodo - Prime Minister Fumio Kishida and President Filipe Nyusi agreed Thursday to explore "
            "reviving a gas project, as Kishida wrapped up a four-country Africa tour.\n\n"
            "In their talks in Maputo, the two leaders affirmed the importance of a rules-based order.")
    assert [str(e.date) for e in held(text, "en", "2023-05-04")] == ["2023-05-04"]


def test_a_series_of_meetings_told_one_by_one_is_no_meeting_of_its_own() -> None:
    """`held a series of bilateral meetings with her counterparts from A, B and C`, then `In the first meeting, …`
    and each other one: the series sums up the meetings told apart; `the first meeting` is one of them."""
    text = ("Foreign Minister Retno Marsudi held a series of bilateral meetings in Bali on Tuesday with her "
            "counterparts from Fiji, Tonga and Samoa.\n\n"
            "In the first meeting, Deputy Prime Minister Biman Prasad of Fiji discussed trade.\n\n"
            "Minister Retno then received Tonga's Prime Minister Siaosi Sovaleni.\n\n"
            "She also met Samoa's Prime Minister Fiamē Naomi Mataʻafa.")
    events = held(text, "en", "2023-12-06")
    assert len(events) == 3
    assert all(len(set(e.participants) - {"IDN"}) == 1 for e in events)


@pytest.mark.parametrize("text", [
    "김 조정관은 14일 더블린에서 코브니 외교장관을 예방하고, 12월 서울에서 열리는 유엔 평화유지 장관회의에 참석해 "
    "줄 것을 요청하였다.",
    "박 차관은 14일 리스본에서 외교차관과 면담하고, 내년 부산에서 열리는 해양 포럼에 참석해 달라고 당부했다.",
])
def test_a_meeting_asked_to_be_attended_is_not_held(text: str) -> None:
    """`X 회의에 참석해 줄 것을 요청하였다`, `참석해 달라고 당부했다`: an act asked for, not done; only the call
    itself is held."""
    events = held(text, "ko", "2021-10-15")
    assert len(events) == 1 and not events[0].name


@pytest.mark.parametrize("text", [
    "정병원 차관보는 27일 트빌리시에서 조지아 외교차관과 「제9차 한-조지아 정책협의회」를 갖고 양국 관계를 "
    "논의하였다.\n\n"
    "□ 한편, 정 차관보는 같은 날 쇼타 하바렐리 조지아-한국 의원친선협회장을 면담하고 의회 차원의 관심을 당부하였다.",
    "최종문 차관은 27일 부다페스트에서 헝가리 외교차관과 「제5차 한-헝가리 정책협의회」를 개최하였다.\n\n"
    "한편, 최 차관은 라슬로 쾨베르 헝가리 국회의장을 면담하고 의회 간 교류 확대를 당부하였다.",
])
def test_a_meeting_opened_by_meanwhile_is_another(text: str) -> None:
    """`한편, X는 (같은 날) Y를 면담하고`: a person met in a sentence opened by `한편` (meanwhile) is another meeting of
    the day, not the consultation told before."""
    assert len([e for e in held(text, "ko", "2024-03-28") if e.type == "dialogue"]) == 2
