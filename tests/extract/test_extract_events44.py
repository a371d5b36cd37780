"""Events and delegates, round 44. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 44 (at abbbacd) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize(("text", "published", "day", "parties"), [
    ("Foreign Secretary Enrique Manalo and Foreign Minister Sok Chenda Sophea co-chaired the 4th Philippines-Cambodia "
     "Joint Commission for Bilateral Cooperation in Manila on 12 March 2024.", "2024-03-13", "2024-03-12",
     {"PHL", "KHM"}),
    ("External Affairs Minister S. Jaishankar and Foreign Minister Hasan Mahmud held the 8th India-Bangladesh Joint "
     "Consultative Commission in New Delhi on 7 July 2024.", "2024-07-08", "2024-07-07", {"IND", "BGD"}),
    ("Trade Minister Mary Ng and Minister Piyush Goyal co-chaired the Canada-India Joint Economic Commission in "
     "Ottawa on Monday.", "2023-05-10", "2023-05-08", {"CAN", "IND"}),
])
def test_a_joint_commission_of_two_governments_is_a_meeting(
        text: str, published: str, day: str, parties: set[str]) -> None:
    """`co-chaired the Nth X-Y Joint Commission`: a commission of two governments (`joint`, `economic`,
    `consultative`, `intergovernmental` commission) is a meeting series, as `committee` and `council` are."""
    events = held(text, "en", published)
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", day)]
    assert set(events[0].participants) == parties


@pytest.mark.parametrize("text", [
    "The European Commission said on Tuesday it would propose new rules on foreign subsidies.",
    "The election commission announced the final results in Jakarta on Tuesday.",
])
def test_a_commission_as_a_body_is_no_meeting(text: str) -> None:
    """Guard: a lone `commission` is a body, not a meeting."""
    assert held(text, "en", "2024-03-13") == []


@pytest.mark.parametrize(("text", "published", "day", "parties"), [
    ("Foreign Minister Penny Wong and Defence Minister Richard Marles today concluded the Australia-Japan 2+2 in "
     "Melbourne with Foreign Minister Yoko Kamikawa and Defence Minister Minoru Kihara.", "2024-09-05",
     "2024-09-05", {"AUS", "JPN"}),
    ("Trade Minister Ahn Duk-geun today concluded the Korea-Chile Joint Committee on trade in Santiago with his "
     "Chilean counterpart Alberto van Klaveren.", "2024-04-18", "2024-04-18", {"KOR", "CHL"}),
])
def test_ministers_who_concluded_a_meeting_today_held_it(
        text: str, published: str, day: str, parties: set[str]) -> None:
    """`A and B today concluded the X in Y with C and D`: a meeting that ended on the only day told was held."""
    events = [e for e in held(text, "en", published) if e.type == "dialogue"]
    assert [str(e.date) for e in events] == [day]
    assert set(events[0].participants) == parties


@pytest.mark.parametrize("text", [
    "WTO members concluded the 13th Ministerial Conference in Abu Dhabi on 2 March after five days of talks.",
    "The Secretary concluded her visit to Seoul today.",
    "The leaders' summit concluded today in Vientiane.",
])
def test_a_meeting_concluded_on_another_day_or_as_subject_is_not_read_from_concluded(text: str) -> None:
    """Guard: a conference that ended on a named day began before it (its day is not the end's), a visit is no
    meeting, and a meeting that is the subject of `concluded` was told of before."""
    assert [e for e in held(text, "en", "2024-03-03") if e.type == "dialogue"] == []


@pytest.mark.parametrize("text", [
    "Foreign Minister Vivian Balakrishnan arrived in Canberra on 3 June, where he was received by the High "
    "Commissioner of Singapore to Australia, Mr. Phillip Ong.",
    "On arrival at Noi Bai airport on Monday, Prime Minister Anthony Albanese was received by Deputy Foreign "
    "Minister Le Thi Thu Hang.",
])
def test_a_welcome_on_arrival_is_no_meeting(text: str) -> None:
    """`arrived in X, where he was received by Y`: who greeted a visitor on arrival is protocol, not talks."""
    assert held(text, "en", "2024-06-04") == []


def test_received_by_a_leader_without_an_arrival_is_still_a_meeting() -> None:
    """Guard: `was received by President X` with no arrival is a call on the host."""
    events = held("Foreign Minister Hasan Mahmud was received by President Droupadi Murmu in New Delhi on 8 July "
                  "2024.", "en", "2024-07-09")
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", "2024-07-08")]


@pytest.mark.parametrize(("text", "name"), [
    ("윤석열 대통령은 8일 런던 버킹엄궁에서 찰스 3세 국왕을 만나 양국 관계 발전 방안을 논의했다.", "찰스 3세"),
    ("윤석열 대통령은 9일 스톡홀름 왕궁에서 칼 16세 구스타프 스웨덴 국왕을 예방하고 방산 협력을 논의했다.", None),
    ("이재명 대통령은 5일 암만에서 압둘라 2세 국왕과 정상회담을 갖고 경제 협력을 논의했다.", "압둘라 2세"),
])
def test_a_monarchs_regnal_number_is_part_of_the_name(text: str, name: str | None) -> None:
    """`찰스 3세 국왕`: the regnal number after a one-word name closes the name, with or without a country before
    the title (`여왕` is a title as `국왕` is). The second and third sentences are guards: they passed before."""
    people = {d.name for e in extracted(text, "ko", "2023-11-10") for d in e.delegates}
    if name is not None:
        assert name in people
    assert not any(n.endswith(("세", "3", "2")) and " " not in n for n in people)


def test_a_queen_met_by_regnal_name_is_a_meeting_apart_from_the_summit() -> None:
    """`X 2세 여왕을 면담하고, Y 총리와 정상회담을 가졌다` then numbered sections `1. X 2세 여왕 면담`, `2. 한-덴마크
    정상회담`: two meetings, each with its own person; a numbered heading line opens its section's meeting as a
    marked one (`□`) does."""
    text = ("문재인 대통령은 10.20.(토) 코펜하겐에서 마르그레테 2세 여왕을 면담하고, "
            "라스 뢰케 라스무센 총리와 정상회담을 가졌다.\n\n1. 마르그레테 2세 여왕 면담\n\n"
            "문 대통령은 이날 오전 아말리엔보르 궁에서 마르그레테 2세 여왕을 만나 수교 60주년 "
            "계기 문화 교류를 논의했다.\n\n2. 한-덴마크 정상회담\n\n이어 문 대통령은 이날 오후 크리스티안보르 궁에서 "
            "라스무센 총리와 정상회담을 갖고 녹색성장 협력을 논의했다.")
    events = [e for e in held(text, "ko", "2018-10-21") if e.type == "dialogue"]
    assert len(events) == 2
    people = [{d.name for d in e.delegates} - {"문재인"} for e in events]
    assert {"마르그레테 2세"} in people
    assert {"라스 뢰케 라스무센"} in people


@pytest.mark.parametrize(("text", "parties"), [
    ("윤석열 대통령은 24일 마드리드에서 페드로 산체스 총리와 정상회담을 갖고, 이 회담을 끝으로 스페인·포르투갈·모로코 "
     "순방 일정을 마무리했다.", {"KOR", "ESP"}),
    ("윤석열 대통령은 베트남·태국 순방 중인 23일 하노이에서 팜 민 찐 총리와 정상회담을 가졌다.", {"KOR", "VNM"}),
])
def test_a_list_of_a_trips_stops_is_no_meetings_parties(text: str, parties: set[str]) -> None:
    """`스페인·포르투갈·모로코 순방`: the countries of a tour are its stops, not the parties of one of its meetings."""
    events = [e for e in held(text, "ko", "2023-11-25") if e.type == "dialogue"]
    assert len(events) == 1
    assert set(events[0].participants) == parties


@pytest.mark.parametrize(("text", "published", "day", "parties"), [
    ("□ 오전에 열린 「한-핀란드 배터리 협력 포럼」은 김영수 산업부 국장과 카리 한센 핀란드 경제부 국장이 "
     "수석대표를 맡았으며, 양국 기업인 40여 명이 참석하였다.", "2024-05-14", "2024-05-14", {"KOR", "FIN"}),
    ("이날 오후 열린 한-몽골 외교장관회담에서는 양국 관계 발전 방안과 광물 협력을 논의했다.", "2023-03-08",
     "2023-03-08", {"KOR", "MNG"}),
])
def test_a_meeting_held_as_the_topic_of_who_led_or_discussed_is_held(
        text: str, published: str, day: str, parties: set[str]) -> None:
    """`오전에 열린 「X 포럼」은 A와 B가 수석대표를 맡았으며`: the adnominal `열린` names the meeting the sentence then
    tells (who led, attended or discussed what): held, not referred to. The second sentence is a guard (it passed
    before: `이날` dated it)."""
    events = held(text, "ko", published)
    assert [(e.type, str(e.date) if e.date else published) for e in events] == [("dialogue", day)]
    assert set(events[0].participants) == parties


def test_a_meeting_held_last_year_as_topic_stays_referred_to() -> None:
    """Guard: `지난해 열린 회의에서는 …` is of a past meeting."""
    text = "지난해 3월 서울에서 열린 제1차 회의에서는 양국 국장급이 공급망 협력을 논의했다."
    assert held(text, "ko", "2024-05-14") == []


@pytest.mark.parametrize(("text", "name"), [
    ("회의는 김영수 과기정통부 우주항공정책반장과 존 스미스(John Smith) NASA 국장이 "
     "공동 주재했다.", "김영수"),
    ("한-인도 통상협의가 5일 서울에서 열렸다. 우리측에서는 이민호 산업부 통상협력팀장이 "
     "수석대표로 참석했다.", "이민호"),
])
def test_a_task_unit_or_team_head_is_a_title(text: str, name: str) -> None:
    """`…반장`, `…팀장`: the head of a ministry's task unit or team is a title, like `…과장`."""
    assert name in {d.name for e in extracted(text, "ko", "2024-06-05") for d in e.delegates}


def test_two_members_of_one_dynasty_are_two_people() -> None:
    """`아흐마드 알압둘라 알아흐마드 알사바 총리`, then `사바 알할리드 알하마드 알사바 왕세자와도 만나`: two long names
    sharing one word (the dynasty's) are two people, so two meetings. A guard: it passed before, and it keeps the
    same-person change of this round (a side meeting joins an earlier mention of the person met) from joining them."""
    text = ("□ 총리 회담\n\n모디 총리는 22일 쿠웨이트시티에서 아흐마드 알압둘라 알아흐마드 알사바 총리와 회담하고 무역 "
            "협력을 논의했다.\n\n□ 왕세자 면담\n\n모디 총리는 같은 날 사바 알할리드 알하마드 알사바 왕세자와도 만나 "
            "유엔 등 다자 무대에서 공조하기로 했다.")
    events = [e for e in held(text, "ko", "2024-12-23") if e.type == "dialogue"]
    assert len(events) == 2


@pytest.mark.parametrize(("text", "published", "city"), [
    ("Foreign Secretary Enrique Manalo and Foreign Minister Bui Thanh Son held talks in Manila on 12 March 2024. "
     "Minister Son was in the Philippines on 11-12 March 2024, after a stop in Singapore on 10 March. "
     "Following the talks, the two ministers signed a memorandum of understanding on maritime cooperation.",
     "2024-03-13", "Manila"),
    ("Secretary of State Antony Blinken and Foreign Minister Retno Marsudi held the U.S.-Indonesia Strategic "
     "Dialogue in Washington on 3 August 2021. Marsudi was in the United States on 2-4 August 2021, a visit that "
     "began in New York. Following the dialogue, the two sides signed a memorandum of understanding on maritime "
     "cooperation.", "2021-08-04", "Washington"),
    # (a guard: it passed before)
    ("윤석열 대통령은 12일 아스타나에서 토카예프 대통령과 정상회담을 가졌다. 윤 대통령은 11일 사마르칸트를 거쳐 "
     "12일 카자흐스탄에 도착했다. 회담 뒤 양국은 핵심광물 공급망 협력 양해각서에 서명했다.", "2024-06-13", "Astana"),
])
def test_a_signing_after_the_days_meeting_is_where_the_meeting_was(text: str, published: str, city: str) -> None:
    """`Following the talks, the two signed …` with no place of its own: the signing is where the meeting its day
    placed was, not in a city the text names for the trip (`after a stop in Singapore`)."""
    events = {e.type: e for e in held(text, "ko" if "대통령" in text else "en", published)}
    assert events["agreement"].location.city == city


@pytest.mark.parametrize(("text", "heads"), [
    ("박철민 국방부 국방정책실장은 10.8.(화)(현지시간) 독일 베를린에서 우테 뮐러(Ute Müller) 독일 국방부 정책국장과 "
     "「제4차 한-독일 국방정책대화」를 개최하였다.\n\n붙임 : 회의 참석자 명단\n\n ○ 한국측 : 박철민 국방정책실장"
     "(수석대표) 및 관계관\n ○ 독일측 : 우테 뮐러 국방부 정책국장(수석대표) 및 관계관 <끝>", {"박철민", "우테 뮐러"}),
    # (a guard: it passed before)
    ("조창래 국방부 국방정책실장은 10.8.(화)(현지시간) 폴란드 바르샤바에서 토마시 자레바(Tomasz Zaręba) 폴란드 국방부 "
     "정책국장과 「제2차 한-폴란드 국방전략대화」를 개최하였다.\n\n붙임 : 회의 참석자 명단\n\n ○ 한국측 : 조창래 "
     "국방정책실장(수석대표) 및 관계관\n ○ 폴란드측 : 토마시 자레바 국방부 정책국장(수석대표) 및 관계관 <끝>",
     {"조창래", "토마시 자레바"}),
])
def test_a_side_label_before_a_colon_is_no_name(text: str, heads: set[str]) -> None:
    """`○ 한국측 : 김 실장(수석대표)`: the side a roster line names before its colon is no person."""
    events = [e for e in held(text, "ko", "2024-10-09") if e.type == "dialogue"]
    assert len(events) == 1
    names = {d.name for d in events[0].delegates}
    assert heads <= names and not any(n.endswith("측") for n in names)
    assert all(d.head for d in events[0].delegates)


@pytest.mark.parametrize(("text", "published", "person", "country"), [
    ("주한영국대사관은 영국 기업통상부의 제임스 모리스 국장이 이끄는 대표단이 10일 서울에서 열린 "
     "무역 박람회에 참가했다고 "
     "밝혔다.\n\n대표단은 이날 오후 산업통상자원부와 「한-영 공급망 대화」를 열었다. 대화는 모리스 국장과 김영호 "
     "산업통상자원부 국장이 공동 주재했다.", "2024-05-11", "제임스 모리스", "GBR"),
    ("주한호주대사관은 호주 외교통상부의 사라 밀스 국장이 이끄는 대표단이 3일 부산에서 열린 해양 포럼에 참가했다고 "
     "밝혔다.\n\n대표단은 이날 해양수산부와 「한-호주 해양협력 회의」를 열었다. 회의는 밀스 국장과 이수진 "
     "해양수산부 국장이 공동 주재했다.", "2024-09-04", "사라 밀스", "AUS"),
])
def test_a_family_name_stands_for_the_full_name_told_where_no_event_is(
        text: str, published: str, person: str, country: str) -> None:
    """`X 국장이 이끄는 대표단이 … 참가했다`, then `X의 성 국장과 …이 공동 주재했다`: the family name with the title is
    the person named in full before, even where that sentence reports no event of its own; and the country of the
    body in the possessive before a name (`영국 기업통상부의 제임스 모리스 국장`) is that person's."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert len(events) == 1
    assert (person, country) in {(d.name, d.country) for d in events[0].delegates}


def test_a_signing_on_the_occasion_of_a_visit_is_of_some_day_of_it() -> None:
    """`□ 협정 체결` / `이번 방문을 계기로 양국은 「X」와 「Y」를 체결했다`, on a visit of several days, with no day of
    its own: each document is signed on some day of the visit (records.md rule 6), not on the day of the section
    before; a heading naming no particular document opens the first one its section names."""
    text = ("한덕수 국무총리는 공식방문 이틀째인 5.21.(화) 타슈켄트에서 압둘라 아리포프 총리와 회담했다.\n\n"
            "□ 총리회담\n\n○ 양국 총리는 교역·투자 확대 방안을 논의했다.\n\n□ 협정 체결\n\n"
            "○ 이번 방문을 계기로 양국 정부는 「항공운수협정」과 「관세행정 협력 양해각서」를 체결했다.\n\n"
            "※ 한 총리는 5.20.(월) 타슈켄트에 도착했으며, 5.22.(수) 귀국한다.")
    signed = [e for e in held(text, "ko", "2024-05-22") if e.type == "agreement"]
    assert sorted(e.name for e in signed) == ["관세행정 협력 양해각서", "항공운수협정"]
    assert all(e.date is None for e in signed)


@pytest.mark.parametrize(("text", "published", "count"), [
    ("산업통상자원부는 3.12.(화) 서울에서 인도네시아 에너지광물자원부와 「제5차 한-인도네시아 에너지 협력위원회」를 "
     "개최하고, 이어 같은 장소에서 「제1차 한-인도네시아 핵심광물 공급망 대화」를 열었다.", "2024-03-13", 2),
    # (a guard: the names told these apart before)
    ("The two ministers co-chaired the 9th Japan-India Energy Dialogue in New Delhi on 5 May, and then held the 1st "
     "Japan-India Hydrogen Working Group at the same venue.", "2024-05-06", 2),
])
def test_two_numbered_meetings_of_one_day_are_two(text: str, published: str, count: int) -> None:
    """`제5차 X 협력위원회를 개최하고, 이어 … 제1차 Y 대화를 열었다`: two meetings of one day numbered differently are
    two events (a next round told with the current one, `차기 제10차`, is not another meeting of the day)."""
    events = [e for e in held(text, "en" if text.startswith("The") else "ko", published) if e.type == "dialogue"]
    assert len(events) == count


def test_the_next_round_told_in_the_present_stays_with_the_meeting() -> None:
    """Guard: `차기 제10차 회의는 다음 의장국인 X에서 열린다` beside the 9th is no meeting of the day."""
    text = ("한일중 정상은 27일 서울에서 제9차 한일중 정상회의를 열고 공동선언을 채택했다.\n\n"
            "차기 제10차 정상회의는 다음 의장국인 일본에서 열린다.")
    assert len([e for e in held(text, "ko", "2024-05-27") if e.type == "dialogue"]) == 1


@pytest.mark.parametrize(("text", "published", "day"), [
    ("The Chancellor began his visit in Hanoi on Saturday, where President Vo Van Thuong received him for talks.",
     "2023-01-31", "2023-01-28"),
    # (a guard: `her` read as a possessive let it pass before)
    ("The Prime Minister arrived in Bogota on Tuesday, where President Gustavo Petro received her for a bilateral "
     "meeting at the Casa de Nariño.", "2023-10-25", "2023-10-24"),
])
def test_a_visitor_received_for_talks_is_a_meeting(text: str, published: str, day: str) -> None:
    """`where President X received him for talks`: the visitor, named by a pronoun, received for talks."""
    events = held(text, "en", published)
    assert [(e.type, str(e.date)) for e in events] == [("dialogue", day)]


@pytest.mark.parametrize(("text", "city"), [
    ("On Sunday the Chancellor travelled on to Santiago de Chile for talks with President Gabriel Boric.",
     "Santiago"),
    ("The minister flew to Rio de Janeiro on Monday for talks with Foreign Minister Mauro Vieira.",
     "Rio de Janeiro"),
])
def test_a_trip_for_talks_to_a_city_with_a_lower_case_particle(text: str, city: str) -> None:
    """`travelled on to Santiago de Chile for talks with X`: a city's name may hold `de`, `da`, `del`."""
    events = held(text, "en", "2023-01-31")
    assert [e.location.city for e in events] == [city]


@pytest.mark.parametrize(("text", "name"), [
    ("Prime Minister Anwar Ibrahim held talks with President Joko Widodo in Bogor on 9 January 2023. He was "
     "accompanied by YB Dato' Seri Diraja Dr. Zambry Abdul Kadir, Minister of Foreign Affairs.", "Zambry Abdul Kadir"),
    ("Prime Minister Lee Hsien Loong met YB Senator Tengku Datuk Seri Zafrul Abdul Aziz, Minister of International "
     "Trade and Industry, in Singapore on 12 June 2023.", "Tengku Datuk Seri Zafrul Abdul Aziz"),
])
def test_malaysian_forms_of_address_are_no_names(text: str, name: str) -> None:
    """`YB`, `YAB`, `Dato' Seri Diraja`: Malaysian forms of address before a name are no part of it, and a hereditary
    title with a style inside (`Tengku Datuk Seri …`) opens one name."""
    published = "2023-01-10" if "Bogor" in text else "2023-06-13"
    people = {d.name for e in held(text, "en", published) for d in e.delegates}
    assert name in people
    assert not any(p.startswith(("YB", "Seri", "Diraja")) or p == "Tengku Datuk" for p in people)


@pytest.mark.parametrize(("text", "published"), [
    ("The Department of Commerce today announced a new supply chain partnership with Viet Nam. The announcement "
     "comes as Secretary Gina Raimondo hosts the Indo-Pacific business forum, which opened yesterday in Hanoi.",
     "2023-09-12"),
    # (a guard: `this week` left it referred to before)
    ("Japan and the Philippines today launched a new coast guard exchange programme. The launch comes as the two "
     "countries hold their annual vice-ministerial dialogue in Manila this week.", "2023-11-04"),
])
def test_an_event_told_as_the_setting_of_the_news_is_referred_to(text: str, published: str) -> None:
    """`The announcement comes as X hosts Y`: the event told as the background of the news is referred to."""
    assert [e for e in held(text, "en", published) if e.type == "dialogue"] == []


@pytest.mark.parametrize(("text", "members"), [
    ("The energy ministries of the United States, Canada and Norway today established a Net-Zero Producers Forum. "
     "The forum brings together U.S. Secretary of Energy Jennifer M. Granholm, Canada's Minister of Natural "
     "Resources Seamus O'Regan and Norway's Minister of Petroleum and Energy Tina Bru.",
     {"Jennifer M. Granholm", "Seamus O'Regan", "Tina Bru"}),
    ("Australia, India and Japan today launched the Supply Chain Resilience Initiative. The initiative brings "
     "together Trade Minister Dan Tehan, Commerce Minister Piyush Goyal and Economy Minister Hiroshi Kajiyama.",
     {"Dan Tehan", "Piyush Goyal", "Hiroshi Kajiyama"}),
])
def test_who_a_launched_body_brings_together_are_its_delegates(text: str, members: set[str]) -> None:
    """`The forum brings together A, B and C`: the members of what was launched; `led the effort to create the
    forum` is no meeting led."""
    events = held(text + " The Department led the effort to create the forum.", "en", "2021-04-23")
    assert [e.type for e in events] == ["launch"]
    assert members <= {d.name for d in events[0].delegates}


@pytest.mark.parametrize(("text", "published", "day"), [
    ("정의용 외교부 장관은 3.12.(금) 오전(현지시간) 자카르타에 도착하여 3.9.(화) 술라웨시에서 발생한 지진 피해 현장을 "
     "레트노 마르수디 인도네시아 외교장관과 함께 둘러본 후, 외교부 청사에서 외교장관회담을 가졌다.", "2021-03-12",
     "2021-03-12"),
    ("박진 외교부 장관은 7.4.(화) 오후 방콕에 도착하여 6.30.(금) 개통된 양국 간 직항 노선 기념행사에 참석한 뒤, "
     "돈 쁘라맛위나이 태국 외교장관과 외교장관회담을 가졌다.", "2023-07-05", "2023-07-04"),
])
def test_a_day_opening_an_adnominal_clause_beside_a_timed_day_is_not_the_meetings(
        text: str, published: str, day: str) -> None:
    """`5.31.(금) 오전 … 도착하여 5.29.(수) 다뉴브강에서 발생한 사고 현장을 둘러본 후 … 회담을 갖고`: beside a day
    the main clause gives a time of day to, a later day opening an adnominal clause (`발생한 사고`) dates that clause's
    noun."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert [str(e.date) for e in events] == [day]


@pytest.mark.parametrize("text", [
    "The foreign ministers co-chaired the first Japan-Qatar Strategic Dialogue in Tokyo on Tuesday. Earlier in the "
    "day Foreign Minister Mohammed bin Abdulrahman Al Thani had lunch with Prime Minister Fumio Kishida.",
    "The two presidents held talks at the Blue House on Monday. Later in the day President Emmanuel Macron met "
    "Speaker Moon Hee-sang at the National Assembly.",
])
def test_an_ordering_opener_without_its_comma_still_tells_another_meeting(text: str) -> None:
    """`Earlier in the day X had lunch with Y`: wire copy leaves the comma out; still another meeting of the day."""
    assert len([e for e in held(text, "en", "2019-03-12") if e.type == "dialogue"]) == 2


@pytest.mark.parametrize(("text", "published", "ordinal"), [
    ("Japanese Prime Minister Fumio Kishida and Indian Prime Minister Narendra Modi held talks in New Delhi on "
     "Monday, their 14th annual summit, and agreed on a new investment target.", "2022-03-22", 14),
    # (a guard: `first` before the name was read before)
    ("Australian Prime Minister Anthony Albanese and Indian Prime Minister Narendra Modi met in Ahmedabad on "
     "Friday, their first annual summit, and agreed to deepen defence ties.", "2023-03-11", 1),
])
def test_an_apposition_numbering_the_talks_gives_their_ordinal(text: str, published: str, ordinal: int) -> None:
    """`held talks in X on Monday, their 13th annual summit`: the apposition numbers the meeting."""
    events = held(text, "en", published)
    assert [(e.type, e.ordinal) for e in events] == [("dialogue", ordinal)]



def test_a_note_on_a_meeting_held_earlier_dates_no_section() -> None:
    """`※ X 외교장관과는 앞서 10.23.(일) 서울에서 회담 개최` under a lead dated 10.25: the note tells a meeting held
    before (referred to), and the sections after it (`□ 한-Y 외교장관회담`) are of the lead's day; a marked section
    heading whose section names no meeting verb is its own meeting, not a headline of the report's."""
    text = ("조태열 외교부 장관은 6.4.(화) 서울에서 열린 한-아프리카 정상회의를 계기로 가나, 케냐 외교장관과 잇달아 "
            "양자회담을 가졌다.\n\n※ 탄자니아 외교장관과는 앞서 6.2.(일) 회담 개최\n\n□ 한-가나 외교장관회담\n"
            "  ㅇ 조 장관은 셜리 아요르코르 보치웨이 가나 외교장관과 만나 광물 협력을 논의했다.\n\n"
            "□ 한-케냐 외교장관회담\n"
            "  ㅇ 조 장관은 무살리아 무다바디 케냐 외교장관과 개발협력 성과를 점검했다.")
    events = extracted(text, "ko", "2024-06-04")
    held_ = sorted((str(e.date), tuple(sorted(e.participants))) for e in events if not e.mentioned
                   and e.type == "dialogue")
    assert held_ == [("2024-06-04", ("GHA", "KOR")), ("2024-06-04", ("KEN", "KOR"))]
    assert any(e.mentioned and "TZA" in e.participants for e in events)


@pytest.mark.parametrize(("text", "count"), [
    ("산업통상자원부는 3.5.(화) 연쇄 통상장관회담을 가졌다.\n\n□ 한-칠레 통상장관회담\n"
     "  ㅇ 양측은 FTA 개선 협상을 점검했다.\n\n"
     "□ 한-페루 통상장관회담\n  ㅇ 양측은 핵심광물 협력 성과를 점검했다.", 2),
    ("외교부는 3.5.(화) 연쇄 차관회담을 가졌다.\n\n■ 한-폴란드 외교차관회담\n  ㅇ 양측은 방산 협력 현황을 점검했다.\n\n"
     "■ 한-체코 외교차관회담\n  ㅇ 양측은 원전 협력 현황을 점검했다.\n\n■ 한-헝가리 외교차관회담\n"
     "  ㅇ 양측은 배터리 투자 "
     "현황을 점검했다.", 3),
])
def test_marked_section_headings_are_their_sections_meetings(text: str, count: int) -> None:
    """`□ 한-칠레 통상장관회담`, `□ 한-페루 통상장관회담`: each marked heading names its section's meeting."""
    assert len([e for e in held(text, "ko", "2024-03-05") if e.type == "dialogue"]) == count


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 박수진 기자 = 한국과 베트남 외교장관이 4일 서울에서 만나 공급망 협력을 논의했다.",
    "【세종=뉴시스】 이민재 기자 = 한국과 인도 통상장관이 12일 세종에서 만나 경제동반자협정 개선을 논의했다.",
])
def test_a_wire_bylines_reporter_is_no_delegate(text: str) -> None:
    """`(서울=연합뉴스) X 기자 = …`: the byline's reporter is no one's delegate, whatever title follows the `=`."""
    people = {d.name for e in extracted(text, "ko", "2024-06-12") for d in e.delegates}
    assert not any("기자" in n for n in people)


@pytest.mark.parametrize(("text", "published"), [
    ("정인교 통상교섭본부장은 6.12.(수) 서울에서 이드리스 알리 오만 상공부 장관과 만나 "
     "한-오만 경제동반자협정(EPA) 협상 개시를 공식 선언하였다.", "2024-06-13"),
    ("안덕근 산업통상자원부 장관은 3.6.(수) 화상회의를 열고 한-몽골 경제동반자협정(EPA) 협상 개시를 선언했다.",
     "2024-03-07"),
])
def test_negotiations_declared_begun_are_a_launch(text: str, published: str) -> None:
    """`X 협상 개시를 선언하였다`: negotiations begun are a process launched (records.md rule 1), beside the meeting
    that declared them; `운항 개시` (a route's start) is none."""
    events = held(text + "\n\n항공사는 같은 날 인천-울란바토르 노선 운항 개시를 선언했다.", "ko", published)
    assert [e.type for e in events if e.type == "launch"] == ["launch"]
    assert all("운항" not in (e.name or "") for e in events)


@pytest.mark.parametrize(("text", "day"), [
    ("India and the United Kingdom formally opened talks on a free trade agreement in New Delhi on Thursday.",
     "2022-01-13"),
    ("The European Union and Indonesia opened talks on a comprehensive economic partnership agreement in Brussels "
     "on Monday.", "2022-01-10"),
])
def test_talks_opened_on_a_deal_are_negotiations_launched(text: str, day: str) -> None:
    """`formally opened talks on a free trade agreement`: talks on a deal to be made are its negotiations, launched
    (records.md rule 1); `opened talks on regional security` stays a meeting."""
    events = held(text, "en", "2022-01-14")
    assert [(e.type, str(e.date)) for e in events] == [("launch", day)]
    other = held("The two ministers opened talks on regional security in Jakarta on Monday.", "en", "2022-01-14")
    assert [e.type for e in other] == ["dialogue"]
