"""Events and delegates, round 38: a city that is its own state (`싱가포르`, `Luxembourg`) is that state where an office
follows it; a day counter (`25일`) is not the `일` (Japan) of an abbreviation run; people met in turn each bring only
their own country; a section heading that spells out its parties (`□ 한-캐나다 외교장관회담`) is the meeting with that
party, and `양 장관` there are the two its meeting already has; a trip's next stop (`is due in X … to meet`) names
no one met today; an envoy delegation (38c) and an English delegation led by someone (38d) attend each of their
meetings. Sentences written for these tests (real public facts, our own wording; none from the corpus), each failing
before round 38 (at 9284f33) unless marked a guard; the two-ministers test passed before by another route (each
heading went to the first meeting, whose ministers it kept)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "lang", "state", "person"), [
    ("박진 외교부 장관은 3일 서울에서 비비안 발라크리쉬난 싱가포르 외교장관과 회담을 갖고 디지털 경제 협력 방안을 "
     "논의했다.",
     "ko", "SGP", "비비안 발라크리쉬난"),
    ("최상목 경제부총리는 10일 서울에서 질 로트 룩셈부르크 재무장관과 면담하고 금융 협력 방안을 논의했다.",
     "ko", "LUX", "질 로트"),
])
def test_a_city_state_before_an_office_is_the_state(text: str, lang: str, state: str, person: str) -> None:
    events = held(text, lang, "2024-06-12")
    assert len(events) == 1
    assert state in events[0].participants
    assert {d.name: d.country for d in events[0].delegates}.get(person) == state


def test_a_city_state_as_the_venue_stays_a_place() -> None:
    """Guard: `싱가포르에서` is where the meeting was."""
    events = held("조태열 외교부 장관은 5일 싱가포르에서 조세핀 테오 싱가포르 디지털개발정보부 장관과 면담했다.", "ko"
    "", "2024-06-12")
    assert events[0].location.city == "Singapore"


@pytest.mark.parametrize(("text", "published", "pair"), [
    ("조태열 외교부 장관은 25일 한-호주 외교장관회담을 가졌다.", "2024-06-26", {"KOR", "AUS"}),
    ("안덕근 산업통상자원부 장관은 11일 한-칠레 통상장관회담을 열었다.", "2024-06-12", {"KOR", "CHL"}),
])
def test_a_day_counter_is_not_japan(text: str, published: str, pair: set[str]) -> None:
    events = held(text, "ko", published)
    assert set(events[0].participants) == pair


def test_an_abbreviation_run_after_a_space_still_reads() -> None:
    """Guard: a run that opens a word (`… 한미일 정상회의`) is still three parties."""
    events = held("윤석열 대통령은 18일 캠프 데이비드에서 열린 한·미·일 정상회의에 참석했다.", "ko", "2023-08-19")
    assert set(events[0].participants) == {"KOR", "USA", "JPN"}


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("박진 외교부 장관은 20일(현지시간) 뉴욕에서 사메 슈크리 이집트 외교장관, 아이만 사파디 요르단 외교장관, 멜라니 "
     "졸리 캐나다 "
     "외교장관과 잇달아 양자회담을 가졌다.", "2023-09-21", [{"KOR", "EGY"}, {"KOR", "JOR"}, {"KOR", "CAN"}]),
    ("정의용 외교부 장관은 3일 런던에서 마리스 페인 호주 외교장관, 수브라마냠 자이샨카르 인도 외교장관과 각각 "
     "회담했다.",
     "2021-05-04", [{"KOR", "AUS"}, {"KOR", "IND"}]),
])
def test_people_met_in_turn_bring_only_their_own_country(text: str, published: str, expected: list[set[str]]) -> None:
    events = held(text, "ko", published)
    assert [set(e.participants) for e in events] == expected


_IN_TURN_THEN_SECTIONS = (
    "박진 외교부 장관은 21일(현지시간) 뉴욕에서 하칸 피단 튀르키예 외교장관, 멜라니 졸리 캐나다 외교장관과 잇달아 "
    "양자회담을 가졌다.\n\n□ 한-튀르키예 외교장관회담\n\n양 장관은 방산 협력을 확대해 나가기로 하였다.\n\n"
    "□ 한-캐나다 외교장관회담\n\n양 장관은 핵심광물 공급망 협력을 강화해 나가기로 하였다.")


def test_a_heading_that_spells_out_its_parties_is_that_meeting() -> None:
    events = held(_IN_TURN_THEN_SECTIONS, "ko", "2023-09-22")
    by_party = {next(p for p in e.participants if p != "KOR"): e for e in events}
    assert set(by_party) == {"TUR", "CAN"}
    assert set(by_party["TUR"].participants) == {"KOR", "TUR"}
    assert set(by_party["CAN"].participants) == {"KOR", "CAN"}
    assert "critical_minerals" in by_party["CAN"].topics and "critical_minerals" not in by_party["TUR"].topics
    assert "defense" in by_party["TUR"].topics and "defense" not in by_party["CAN"].topics


def test_the_two_ministers_are_the_two_the_meeting_has() -> None:
    """Guard (see the module's note)."""
    events = held(_IN_TURN_THEN_SECTIONS, "ko", "2023-09-22")
    for e in events:
        assert len({d.country for d in e.delegates}) == 2, [(d.name, d.country) for d in e.delegates]


@pytest.mark.parametrize("section", [
    "□ 한-튀르키예 외교장관 면담\n\n이번 면담은 지난 15일 양 장관 간 통화에서 뜻을 모은 데 따라 열렸다.",
    "□ 한-튀르키예 외교장관회담\n\n이번 회담은 양 장관이 지난달 통화에서 합의한 데 따라 열렸다.",
])
def test_a_meeting_told_again_keeps_its_two_ministers(section: str) -> None:
    text = ("박진 외교부 장관은 21일(현지시간) 뉴욕에서 하칸 피단 튀르키예 외교장관, 멜라니 졸리 캐나다 외교장관과 "
            "잇달아 양자회담을 가졌다.\n\n" + section)
    events = held(text, "ko", "2023-09-22")
    turkey = next(e for e in events if "TUR" in e.participants)
    assert {d.country for d in turkey.delegates} == {"KOR", "TUR"}


@pytest.mark.parametrize("text", [
    "Secretary Blinken met Foreign Minister Retno Marsudi in Jakarta on Thursday. The Secretary is due in Kuala Lumpur "
    "on Friday to meet Prime Minister Anwar Ibrahim.",
    "Foreign Minister Penny Wong held talks with Deputy Prime Minister Bui Thanh Son in Hanoi on Monday. She is due in "
    "Phnom Penh on Tuesday to meet Foreign Minister Prak Sokhonn.",
    # guard: `for talks with` at the next stop was left out before too
    "Prime Minister Han Duck-soo met President Paul Kagame in Kigali on Monday. Han is due in Nairobi on Tuesday for "
    "talks with President William Ruto, his office said.",
])
def test_the_next_stop_of_a_trip_is_no_one_met_today(text: str) -> None:
    events = held(text, "en", "2023-08-25")
    assert len(events) == 1 and len(events[0].delegates) == 2


# Round 38c: envoy delegations. `A를 단장으로 하고 B·C 의원이 함께한 특사단`: A (also `A 전 장관`, a former office)
# leads, B and C (lawmakers, `의원`) accompany, all of the publisher's side; `특사단은 …` later stands for them; a
# dated section heading (`□ X 예방 (5.19.)`) tells the day its `이튿날` means.
_ENVOYS_CHINA = (
    "이해찬 전 국무총리를 단장으로 하고 김태년·심재권 의원이 함께한 대통령 특사단은 5.18.(목)~20.(토) 중국을 "
    "방문하였다. "
    "특사단은 5.18.(목) 왕이 외교부장과 면담하였다.\n\n□ 시진핑 국가주석 예방 (5.19.)\n\n"
    "특사단은 이튿날 인민대회당에서 시진핑 국가주석을 만나 문재인 대통령의 친서를 전달하였다.")
_ENVOYS_JAPAN = (
    "문희상 의원을 단장으로 하고 원혜영·윤호중 의원이 함께한 대통령 특사단은 5.17.(수)~20.(토) 일본을 방문하였다.\n\n"
    "□ 아베 총리 예방 (5.18.)\n\n특사단은 방문 이튿날 총리관저에서 아베 신조 총리를 만나 친서를 전달하였다.")


@pytest.mark.parametrize(("text", "leader", "members", "days"), [
    (_ENVOYS_CHINA, "이해찬", {"김태년", "심재권"}, ["2017-05-18", "2017-05-19"]),
    (_ENVOYS_JAPAN, "문희상", {"원혜영", "윤호중"}, ["2017-05-18"]),
])
def test_an_envoy_delegation_attends_each_of_its_meetings(text: str, leader: str, members: set[str],
                                                         days: list[str]) -> None:
    events = held(text, "ko", "2017-05-20")
    assert [e.date for e in events] == days
    for e in events:
        home = {d.name: d.head for d in e.delegates if d.country == "KOR"}
        assert home == {leader: True, **dict.fromkeys(members, False)}


def test_a_word_before_a_former_office_stays_out_of_the_name() -> None:
    """Guard: `회담 전 박진 장관은`: `전` (before) after a noun, the name after it."""
    events = held("회담 전 박진 외교부 장관은 23일 쿠알라룸푸르에서 안와르 이브라힘 총리를 예방하였다.", "ko", "2023-"
    "07-24")
    assert {d.name for d in events[0].delegates} == {"박진", "안와르 이브라힘"}


@pytest.mark.parametrize("text", [
    "나토 국방장관들은 11일 브뤼셀에서 회의를 열었다. 이번 회의는 마크 뤼터 사무총장이 주재했다. 그동안 회의는 옌스 "
    "스톨텐베르그 전 사무총장이 이끌어 왔다.",
    "한미 양국은 11일 서울에서 고위급 경제협의회를 열었다. 회의는 김홍균 외교부 1차관과 호세 페르난데스 국무부 차관이 "
    "주재했다. 지금까지 협의회는 최종건 전 외교부 1차관이 이끌어 왔다.",
])
def test_who_has_led_a_series_so_far_is_not_at_this_meeting(text: str) -> None:
    """Guards for the former office: the one who led the earlier rounds (`그동안 … 이끌어 왔다`) is not there."""
    events = held(text, "ko", "2024-06-12")
    assert not {"옌스 스톨텐베르그", "최종건"} & {d.name for d in events[0].delegates}


def test_a_headline_ending_in_a_call_is_no_section_heading() -> None:
    """Guard: a headline (no heading mark) that ends in `예방` names no meeting of its own."""
    text = ("이해찬 특사, 왕이 부장 면담 후 시진핑 주석 예방\n\n(베이징=연합뉴스) 이해찬 특사는 19일 인민대회당에서 "
    "시진핑 "
            "국가주석을 예방했다.")
    assert len(held(text, "ko", "2017-05-20")) == 1


def test_a_former_office_names_the_person_before_it() -> None:
    events = held("이해찬 전 국무총리는 19일 베이징 인민대회당에서 시진핑 국가주석을 만나 친서를 전달했다.", "ko", "2"
    "017-05-20")
    assert ("이해찬", "KOR") in {(d.name, d.country) for d in events[0].delegates}


# Round 38d: English delegations and the time a meeting took.
@pytest.mark.parametrize(("text", "verb", "names"), [
    ("The Secretary met for about an hour with Foreign Minister Penny Wong in Canberra.", " met", {"Penny", "Wong"}),
    ("The Deputy Secretary spoke for 40 minutes with Vice Foreign Minister Mori Takeo by phone.", " spoke",
     {"Mori", "Takeo"}),
])
def test_how_long_a_meeting_took_stands_between_the_verb_and_who_was_met(text: str, verb: str,
                                                                         names: set[str]) -> None:
    from extract.lang.en.events import counterpart

    assert counterpart(text, text.index(verb) + len(verb)) == names


@pytest.mark.parametrize(("text", "leader", "members", "met"), [
    ("On April 20, a U.S. delegation traveled to Port Moresby, Papua New Guinea. The delegation was led by Assistant "
     "Secretary Daniel Kritenbrink. Joining Assistant Secretary Kritenbrink were Craig Hart, a senior official of "
     "USAID; and Rear Admiral Mark Melson of U.S. Indo-Pacific Command. The delegation met with Foreign Minister "
     "Soroi Eoe.", "Daniel Kritenbrink", {"Craig Hart", "Mark Melson"}, ("Soroi Eoe", "PNG")),
    ("On July 26, a senior U.S. delegation traveled to Suva, Fiji. The delegation was led by Deputy Secretary Wendy "
     "Sherman. Joining the Deputy Secretary was Ambassador Marie Damour. The delegation met with Permanent Secretary "
     "Kamlesh Prakash.", "Wendy Sherman", {"Marie Damour"}, ("Kamlesh Prakash", "FJI")),
])
def test_the_delegation_led_by_someone_attends_its_meeting(text: str, leader: str, members: set[str],
                                                          met: tuple[str, str]) -> None:
    (event,) = held(text, "en", "2022-07-27")
    people = {d.name: (d.country, d.head) for d in event.delegates}
    assert people[leader] == ("USA", True)
    assert all(people.get(m) == ("USA", False) for m in members), people
    assert people[met[0]] == (met[1], True)  # (the other side's only one leads it; the country of the trip)


@pytest.mark.parametrize("text", [
    "Secretary Blinken met President Joko Widodo in Jakarta on Monday. Joining the Secretary were Craig Hart, a senior "
    "official of USAID; and Rear Admiral Mark Melson of U.S. Indo-Pacific Command.",
    "Secretary of Defense Lloyd J. Austin III met Defense Minister Prabowo Subianto in Jakarta on Monday. Joining "
    "the Secretary was Admiral "
    "John Aquilino, Commander of U.S. Indo-Pacific Command.",
])
def test_those_joining_the_principal_come_with_his_side(text: str) -> None:
    (event,) = held(text, "en", "2022-07-27")
    joined = {d.name: (d.country, d.head) for d in event.delegates if d.name in ("Craig Hart", "Mark Melson",
                                                                               "John Aquilino")}
    assert joined and set(joined.values()) == {("USA", False)}


# Round 38e: a side's companions (`together with`, `headed by A, …, with B`) and a ministry unit's name.
@pytest.mark.parametrize(("text", "lead", "companion", "side"), [
    ("On May 4, senior officials of Japan and Australia held consultations in Tokyo. Australia was represented by "
     "Ms. Jan Adams, Secretary of the Department of Foreign Affairs and Trade, together with Mr. Lachlan Strahan, "
     "First Assistant Secretary of the ASEAN and Regional Architecture Branch.", "Jan Adams", "Lachlan Strahan", "AUS"),
    ("On May 4, India and Viet Nam held their Foreign Office Consultations in Hanoi. The Indian delegation was headed "
     "by Mr. Saurabh Kumar, Secretary (East), with Mr. Naveen Srivastava, Joint Secretary of the Southeast Asia and "
     "Pacific Division.", "Saurabh Kumar", "Naveen Srivastava", "IND"),
])
def test_who_comes_with_a_sides_leader_is_of_that_side(text: str, lead: str, companion: str, side: str) -> None:
    (event,) = held(text, "en", "2022-05-05")
    people = {d.name: (d.country, d.head) for d in event.delegates}
    assert people == {lead: (side, True), companion: (side, False)}  # (no `Architecture Branch`, no ASEAN side)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("조태열 외교부 장관은 26일 비엔티안에서 올해 아세안 의장국인 라오스의 살름사이 꼼마싯 외교장관과 회담을 가졌다.",
     "2024-07-27", "2024-07-26"),
    ("윤석열 대통령은 10일 뉴델리에서 올해 G20 의장국인 인도의 나렌드라 모디 총리와 정상회담을 가졌다.", "2023-09-11",
     "2023-09-10"),
])
def test_a_year_describing_a_noun_is_not_the_meetings_date(text: str, published: str, day: str) -> None:
    """`올해 아세안 의장국인 라오스`: this year's chair, not a meeting of some day this year."""
    assert [e.date for e in held(text, "ko", published)] == [day]


@pytest.mark.parametrize(("text", "addressee"), [
    ("이튿날 특사단은 라도스와프 시코르스키 부총리 겸 외교장관을 예방하고, 도날드 투스크 총리 앞으로 보내는 이재명 "
     "대통령의 "
     "친서를 전달하였다.", "투스크"),
    ("방기선 국무조정실장은 14일 코토누에서 올루셰군 아자디 바카리 외교장관과 회담하고, 윤 대통령이 파트리스 탈롱 베냉 "
     "대통령에게 보내는 친서를 전달했다.", "파트리스 탈롱"),
])
def test_the_addressee_of_a_letter_handed_over_is_not_there(text: str, addressee: str) -> None:
    events = held(text, "ko", "2023-11-15")
    assert events and all(addressee not in {d.name for d in e.delegates} for e in events)


@pytest.mark.parametrize(("text", "other"), [
    ("Foreign Minister Penny Wong met Prime Minister James Marape in Port Moresby today. The visit follows the "
     "Pacific Islands Forum Leaders Meeting in Suva, which she attended with Prime Minister Anthony Albanese last "
     "week.", "Anthony Albanese"),
    ("Trade Minister Mary Ng met Minister Piyush Goyal in New Delhi on Monday, after the G20 trade ministers' "
     "meeting in Jaipur, which she had attended with Deputy Minister Rob Stewart on Friday.", "Rob Stewart"),
])
def test_who_went_to_another_gathering_with_the_subject_is_not_at_this_one(text: str, other: str) -> None:
    (event,) = held(text, "en", "2023-08-28")
    assert other not in {d.name for d in event.delegates}


@pytest.mark.parametrize(("text", "published", "person", "side"), [
    ("Deputy Prime Minister Lawrence Wong visited the United States from 10 to 12 October. On 11 October, DPM Wong "
     "met Treasury Secretary Janet Yellen in Washington.", "2022-10-12", "Lawrence Wong", "SGP"),
    ("External Affairs Minister S. Jaishankar visited Singapore from 6 to 7 November. On 6 November, EAM Jaishankar "
     "called on Prime Minister Lee Hsien Loong.", "2023-11-07", "Jaishankar", "IND"),
])
def test_an_abbreviated_office_titles_a_surname(text: str, published: str, person: str, side: str) -> None:
    (event,) = held(text, "en", published)
    assert ({d.name: d.country for d in event.delegates}).get(person) == side


@pytest.mark.parametrize(("text", "side"), [
    ("On 3 June, senior officials of Japan and India held consultations in Tokyo. The Indian side comprised Foreign "
     "Secretary Vinay Kwatra and Joint Secretary Naveen Srivastava.", "IND"),
    ("On 3 June, senior officials of Japan and Viet Nam held consultations in Hanoi. The Japanese side consisted of "
     "Deputy Minister Takehiro Funakoshi and Director-General Kazuya Endo.", "JPN"),
])
def test_a_side_that_comprised_people_brings_them(text: str, side: str) -> None:
    (event,) = held(text, "en", "2023-06-04")
    assert len(event.delegates) == 2 and {d.country for d in event.delegates} == {side}


@pytest.mark.parametrize(("text", "published"), [
    ("The United Kingdom and Japan today signed the Reciprocal Access Agreement in London. Today's signature follows "
     "the conclusion of negotiations on 5 December in Tokyo, when Ambassador Julia Longbottom and Vice Minister Takeo "
     "Mori signed the agreed minutes.", "2023-12-20"),
    ("India and Australia today signed an Economic Cooperation and Trade Agreement in a virtual ceremony. The "
     "signature follows the end of talks on 30 March in Canberra, when High Commissioner Manpreet Vohra and Deputy "
     "Secretary Tim Yeend signed the agreed minutes.", "2022-04-02"),
])
def test_a_when_clause_of_a_day_in_passing_has_its_own_people(text: str, published: str) -> None:
    today = [e for e in held(text, "en", published) if e.date == published]
    assert len(today) == 1 and not today[0].delegates



@pytest.mark.parametrize("text", [
    "박진 외교부 장관은 15일 자카르타에서 레트노 마르수디 인도네시아 외교장관과 회담했다. 이번 회담에는 양자 "
    "외교장관 외에 "
    "양측 대사가 배석했다.",
    "조태열 외교부 장관은 15일 도쿄에서 가미카와 요코 일본 외무상과 회담했다. 이번 회담은 양국 정상 외교장관 간 "
    "합의에 따라 "
    "열렸다.",
])
def test_what_a_meeting_is_is_no_name(text: str) -> None:
    """`양자`, `정상` before a title are the kind of meeting and its level, not a person."""
    (event,) = held(text, "ko", "2024-05-16")
    assert not {"양자", "정상"} & {d.name for d in event.delegates}
