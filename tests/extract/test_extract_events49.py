"""Events and delegates, round 49. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before its rule (at 9ea43f3) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "ordinal", "name"), [
    ("Foreign Minister Penny Wong and Foreign Minister Winston Peters met in Wellington on Friday for the third "
     "Australia–New Zealand Foreign Ministers' Consultations.", "2024-04-06", 3,
     "Australia–New Zealand Foreign Ministers' Consultations"),
    ("The seventh India–Japan 2+2 Ministerial Dialogue was held in Tokyo today.", "2024-08-20", 7,
     "India–Japan 2+2 Ministerial Dialogue"),
])
def test_en_dash_pair_belongs_to_the_name(text: str, published: str, ordinal: int, name: str) -> None:
    """`the third Australia–New Zealand …`: a pair of parties joined by an en dash is part of the meeting's name, so
    the ordinal before it numbers the meeting."""
    events = held(text, "en", published)
    assert [(e.name, e.ordinal) for e in events] == [(name, ordinal)]


@pytest.mark.parametrize(("text", "person"), [
    ("Later today I called on President Ferdinand Marcos Jr. in Manila to discuss maritime cooperation.",
     "Ferdinand Marcos Jr."),
    ("The Foreign Secretary called on Chancellor Olaf Scholz in Berlin to exchange views on support for Ukraine.",
     "Olaf Scholz"),
])
def test_a_call_with_its_purpose_is_a_meeting(text: str, person: str) -> None:
    """`called on President X to discuss …`: the infinitive tells what the call was for, so it is a courtesy call."""
    events = held(text, "en", "2024-05-02")
    assert [[d.name for d in e.delegates if d.name == person] for e in events] == [[person]]


@pytest.mark.parametrize("text", [
    "The Secretary called on President Nicolás Maduro to release all political prisoners.",
    "The ministers called on Prime Minister Min Aung Hlaing to end the violence.",
])
def test_an_appeal_is_no_meeting(text: str) -> None:
    """Guard: `called on X to release …` is an appeal."""
    assert held(text, "en", "2024-05-02") == []


@pytest.mark.parametrize(("text", "author"), [
    ("Today I met Indonesia's Minister for Foreign Affairs, Retno Marsudi, in Jakarta to discuss our partnership.\n"
     "Senator the Hon Penny Wong\nMinister for Foreign Affairs", "Penny Wong"),
    ("This morning I called on Prime Minister Sitiveni Rabuka in Suva to discuss climate resilience.\n"
     "The Hon Pat Conroy MP\nMinister for International Development and the Pacific", "Pat Conroy"),
])
def test_a_signed_release_in_the_first_person(text: str, author: str) -> None:
    """`Today I met …` / `This morning I called on …` in a media release whose foot gives the minister's name and
    office on lines of their own: `I` is that minister, who attended."""
    events = held(text, "en", "2024-05-02")
    assert len(events) == 1 and author in {d.name for d in events[0].delegates}


def test_a_wire_credit_line_signs_nothing() -> None:
    """Guard: `(Reporting by …; Editing by …)` closing a wire report names no one who attended."""
    text = ("Foreign Minister Penny Wong met her Indonesian counterpart Retno Marsudi in Jakarta on Tuesday, the "
            "ministry said.\n(Reporting by Kate Lamb\nEditing by Ed Davies)")
    names = {d.name for e in held(text, "en", "2024-05-02") for d in e.delegates}
    assert names == {"Penny Wong", "Retno Marsudi"}


@pytest.mark.parametrize(("text", "met"), [
    ("Secretary of State Antony Blinken held three separate meetings in Hanoi on Saturday with senior Vietnamese "
     "leaders: General Secretary Nguyen Phu Trong; Prime Minister Pham Minh Chinh; and Bui Thanh Son, Minister of "
     "Foreign Affairs.", ["Nguyen Phu Trong", "Pham Minh Chinh", "Bui Thanh Son"]),
    ("Secretary Blinken held separate meetings in Manila on Tuesday with senior Philippine leaders: Enrique Manalo, "
     "Secretary of Foreign Affairs; and President Ferdinand Marcos Jr.", ["Enrique Manalo", "Ferdinand Marcos Jr."]),
])
def test_meetings_listed_after_a_colon(text: str, met: list[str]) -> None:
    """`held N separate meetings with senior X leaders: A; B, Minister of …; and C`: a list told apart by semicolons
    (its items hold commas of their own), one meeting with each, each of the side the list's head noun names."""
    events = held(text, "en", "2023-04-16")
    assert len(events) == len(met)
    for e, person in zip(events, met, strict=True):
        others = [d for d in e.delegates if d.name != "Antony Blinken" and d.name != "Blinken"]
        assert [d.name for d in others] == [person]
        assert others[0].country in ("VNM", "PHL")


@pytest.mark.parametrize("text", [
    "On January 7, Minister for Foreign Affairs KAMIKAWA Yoko held a Japan-Ukraine Foreign Ministers' Meeting in "
    "Kyiv with Minister for Foreign Affairs Dmytro KULEBA.\n\nMinister Kuleba welcomed Minister Kamikawa to Kyiv "
    "and thanked Japan for its support.",
    "On June 20, President Yoon Suk Yeol held a summit with President Emmanuel MACRON at the Elysee Palace in Paris."
    "\n\nPresident Macron welcomed President Yoon to Paris.",
])
def test_the_host_welcoming_is_the_same_meeting(text: str) -> None:
    """`Minister Kuleba welcomed Minister Kamikawa to Kyiv` after their talks: those talks told by the host, not a
    second meeting (the host is the one met before, whatever the case of the surname)."""
    assert len(held(text, "en", "2024-01-08")) == 1


@pytest.mark.parametrize(("text", "person", "met"), [
    ("On January 7, Minister KAMIKAWA Yoko held a Japan-Ukraine Foreign Ministers' Meeting in Kyiv with Minister "
     "Dmytro KULEBA. Later the same day, Minister Kamikawa paid a courtesy call on President Volodymyr ZELENSKYY."
     "\n\n[Courtesy Call on President Zelenskyy]\n\nPresident Zelenskyy thanked Japan for its support. Ambassador "
     "MATSUDA Kuninori also attended.", "MATSUDA Kuninori", "Volodymyr ZELENSKYY"),
    ("Foreign Minister Park Jin held talks with Foreign Minister Annalena Baerbock on Monday. On Tuesday, he held "
     "talks with Foreign Minister Catherine Colonna.\n\n[Talks with Foreign Minister Baerbock]\n\nThe two ministers "
     "discussed support for Ukraine. Ambassador Kim Hong-kyun also attended.", "Kim Hong-kyun", "Annalena Baerbock"),
])
def test_a_bracketed_heading_opens_its_meetings_outline(text: str, person: str, met: str) -> None:
    """`[Courtesy Call on President X]`: the lines under the heading report the meeting it names (by the person
    met), so who attends there attends that meeting."""
    events = held(text, "en", "2024-01-08")
    (owner,) = [e for e in events if person in {d.name for d in e.delegates}]
    assert met in {d.name for d in owner.delegates}


@pytest.mark.parametrize("text", [
    "President Yoon Suk Yeol held talks with President Joko Widodo in Jakarta on Monday. The business leaders "
    "accompanying President Yoon, including Samsung Electronics Chairman Lee Jae-yong, joined the talks.",
    "President Yoon Suk Yeol held talks with President Joko Widodo in Jakarta on Monday. Executives travelling with "
    "President Yoon, including SK Group Chairman Chey Tae-won, joined the talks.",
])
def test_those_accompanying_a_leader_are_companions(text: str) -> None:
    """`The business leaders accompanying President X, including A, …`: A came with X (X's side, no head)."""
    (event,) = held(text, "en", "2022-09-06")
    (companion,) = [d for d in event.delegates if d.name not in ("Yoon Suk Yeol", "Joko Widodo")]
    assert (companion.country, companion.head) == ("KOR", False)


@pytest.mark.parametrize(("text", "published", "person"), [
    ("윤석열 대통령은 29일 서울에서 '2024 한-태평양도서국 정상회의'를 주재했다.\n\n첫 세션에서는 윤 대통령과 "
     "태평양도서국포럼 의장국인 쿡제도의 마크 브라운 총리가 기후변화 대응 협력 방안을 논의했다.", "2024-05-29",
     "마크 브라운"),
    ("윤석열 대통령은 4일 고양 킨텍스에서 '2024 한-아프리카 정상회의'를 주재했다.\n\n마지막 세션에서는 윤 대통령과 "
     "아프리카연합 의장국인 모리타니의 모하메드 울드 가즈와니 대통령이 공동선언 채택을 환영했다.", "2024-06-04",
     "모하메드 울드 가즈와니"),
])
def test_a_session_is_part_of_its_meeting(text: str, published: str, person: str) -> None:
    """`첫 세션에서는 A와 B가 …`, `마지막 세션에서는 …`: a session of the meeting is no meeting of its own, and who
    speaks in it took part in the meeting."""
    (event,) = held(text, "ko", published)
    assert person in {d.name for d in event.delegates}


@pytest.mark.parametrize(("text", "parties"), [
    ("한-메콩 외교장관회의가 5일 서울에서 열렸다. 회의에는 캄보디아, 라오스, 미얀마 등 3개국 외교장관이 자리했다.",
     {"KHM", "LAO", "MMR"}),
    ("제2차 한-중앙아시아 협력포럼이 5일 서울에서 열렸다. 카자흐스탄과 우즈베키스탄, 키르기스스탄 정부 대표들도 "
     "함께했다.", {"KAZ", "UZB", "KGZ"}),
])
def test_countries_listed_as_seated_take_part(text: str, parties: set[str]) -> None:
    """`회의에는 A, B, C 등 3개국 외교장관이 자리했다`, `A와 B, C 정부 대표들도 함께했다`: each of the three countries
    or more that the attendance sentence lists takes part (records.md rule 8)."""
    (event,) = held(text, "ko", "2024-06-05")
    assert parties <= set(event.participants)


@pytest.mark.parametrize(("text", "country"), [
    ("남아프리카공화국의 대표단", "ZAF"),
    ("중앙아프리카공화국은 이날", "CAF"),
])
def test_a_long_country_name_inside_a_token(text: str, country: str) -> None:
    """`도미니카공화국의` read by the tokenizer as one noun: a long country name followed by the case particle that
    closes the word is still that country (token edges given as the tokenizer would give them)."""
    from extract.entities import find_mentions

    word = text.split()[0]
    found = find_mentions(text, "ko", token_starts={0, len(word) + 1}, token_ends={len(word), len(text)})
    assert [m.id for m in found] == [country]


def test_a_short_name_inside_a_word_is_no_mention() -> None:
    """Guard: `말리는` (drying) is no Mali, though `말리` + `는` looks like a name and its particle."""
    from extract.entities import find_mentions

    assert find_mentions("빨래를 말리는 중", "ko", token_starts={0, 4, 8}, token_ends={3, 7, 9}) == []


@pytest.mark.parametrize(("text", "published"), [
    ("윤석열 대통령은 10일 나렌드라 모디 인도 총리와 G20 정상회의장인 바라트 만다팜에서 정상회담을 가졌다. 윤 대통령은 "
     "이어 앤서니 앨버니지 호주 총리와 정상회담을 가졌다.", "2023-09-10"),
    ("문재인 대통령은 28일 오전 스콧 모리슨 호주 총리와 숙소인 호텔에서 조찬을 겸한 정상회담을 가졌다. 문 대통령은 "
     "이어 저신다 아던 뉴질랜드 총리와 정상회담을 가졌다.", "2019-06-28"),
])
def test_the_person_met_before_the_venue(text: str, published: str) -> None:
    """`A 총리와 X에서 (조찬을 겸한) 정상회담을 가졌다`: A is who the meeting was with though its venue comes between,
    so the next meeting with B is another one."""
    assert len(held(text, "ko", published)) == 2


@pytest.mark.parametrize(("text", "published", "n"), [
    ("한국수력원자력은 4일(현지시간) 프라하에서 체코전력공사 자회사와 두코바니 원전 2기 건설 계약을 "
     "맺었다.", "2025-06-05", 1),
    ("폴란드 군비청은 16일 한국항공우주산업(KAI)과 FA-50 경공격기 48대 도입 계약을, 현대로템과 "
     "K2 전차 정비 지원 계약을 각각 맺었다.", "2022-09-16", 2),
])
def test_a_contract_concluded_with_maetda(text: str, published: str, n: int) -> None:
    """`X 계약을 맺었다`: `맺다` with an agreement noun as its object concludes an agreement (each object its own)."""
    assert [e.type for e in held(text, "ko", published)] == ["agreement"] * n


@pytest.mark.parametrize("text", [
    "양국은 1992년 수교 이후 긴밀한 관계를 맺어 왔다.",
    "호주는 이미 여러 나라와 비슷한 방위협정을 맺고 있다.",
    "이번 협정은 한국이 걸프 국가들과 맺는 첫 자유무역협정이다.",
])
def test_maetda_with_no_document_concluded(text: str) -> None:
    """Guards: relations formed, a state (`맺고 있다`) and an adnominal (`맺는 첫 FTA`) conclude no agreement here."""
    assert held(text, "ko", "2024-06-05") == []


@pytest.mark.parametrize(("text", "lang", "late"), [
    ("고(故) 아베 신조 전 일본 총리의 국장에 참석하기 위해 도쿄를 찾은 한덕수 국무총리는 28일 "
     "기시다 후미오 일본 총리와 회담했다.", "ko", "아베 신조"),
    ("Prime Minister Anthony Albanese, in Tokyo for the state funeral of the late Abe Shinzo, met Prime Minister "
     "Kishida Fumio on Tuesday.", "en", "Abe Shinzo"),
])
def test_the_late_attend_nothing(text: str, lang: str, late: str) -> None:
    """`고(故) X`, `the late X`: one who has died is named for a funeral, never as a delegate."""
    (event,) = held(text, lang, "2022-09-28")
    names = {d.name for d in event.delegates}
    assert late not in names and len(names) == 2


@pytest.mark.parametrize("text", [
    "The restart of the talks was announced on Friday after a video conference between Trade Minister Don Farrell "
    "and Commissioner Valdis Dombrovskis.",
    "The deal was announced on Friday after a teleconference between Prime Minister Justin Trudeau and Prime "
    "Minister Jacinda Ardern.",
])
def test_a_video_conference_told_in_passing(text: str) -> None:
    """`announced after a video conference / teleconference between A and B`: the call told in a clause of time is
    held, with both people."""
    (event,) = held(text, "en", "2023-03-11")
    assert len(event.delegates) == 2


def test_a_news_conference_is_no_meeting() -> None:
    """Guard: `after a news conference with X` is no meeting with X."""
    assert held("The minister spoke after a news conference with Foreign Minister Retno Marsudi.", "en",
                "2023-03-11") == []


@pytest.mark.parametrize(("text", "met"), [
    ("On Monday in Nairobi, Foreign Minister Cho Tae-yul held a Foreign Ministers' Meeting with Cabinet Secretary "
     "Musalia Mudavadi and met with Cabinet Secretary for Trade Rebecca Miano.", ["Musalia Mudavadi", "Rebecca Miano"]),
    ("On Tuesday, Foreign Minister Penny Wong held talks with Foreign Minister Vivian Balakrishnan and met with "
     "Deputy Prime Minister Lawrence Wong.", ["Vivian Balakrishnan", "Lawrence Wong"]),
])
def test_held_talks_with_a_and_met_with_b(text: str, met: list[str]) -> None:
    """`held a meeting with A and met with Minister B`: a coordinated person verb with another titled person is a
    meeting of its own."""
    events = held(text, "en", "2024-06-05")
    assert [[d.name for d in e.delegates if d.name in met] for e in events] == [[p] for p in met]


def test_a_heading_names_the_meeting_by_the_office_met() -> None:
    """`[Meeting with Minister of Trade and Industry]`: the heading names the meeting by the office of the one met,
    told after its verb, so the lines under it are that meeting's."""
    text = ("On Monday, Minister Park Jin held talks with Minister of Foreign Affairs Stanley Kakubo and met with "
            "Minister of Mines and Minerals Development Paul Kabuswe.\n\n[Meeting with Minister of Mines and Minerals "
            "Development]\n\nThe two ministers agreed to expand cooperation on critical minerals.")
    events = held(text, "en", "2023-08-12")
    topics = [{c.topic for c in e.commitments} for e in events]
    assert topics == [set(), {"critical_minerals"}]


@pytest.mark.parametrize(("text", "published", "expected"), [
    ("윤석열 대통령은 28일 바티칸 교황궁에서 프란치스코 교황을 만나 한반도 평화를 위한 기도를 요청했다. 이번 방문에는 "
     "박진 외교부 장관, 김성한 국가안보실장 등이 수행했다.", "2023-10-28",
     {"윤석열", "프란치스코", "박진", "김성한"}),
    ("김대중 대통령은 4일 바티칸에서 요한 바오로 2세 교황과 면담하고 방북을 요청했다. 이번 순방에는 홍순영 외교통상부 "
     "장관, 황원탁 외교안보수석 등이 수행했다.", "2000-03-04", {"김대중", "요한 바오로 2세", "홍순영", "황원탁"}),
])
def test_a_papal_audience_and_its_retinue(text: str, published: str, expected: set[str]) -> None:
    """`프란치스코 교황`: `교황` is a title; `이번 방문에는 A 장관, B 실장 등이 수행했다`: those who came along
    attend."""
    (event,) = held(text, "ko", published)
    assert {d.name for d in event.delegates} == expected


@pytest.mark.parametrize(("text", "published", "absent"), [
    ("문재인 대통령은 24일 뉴욕에서 트럼프 대통령과 회담했다. 동행한 윤영찬 국민소통수석에 따르면 두 정상은 "
     "회담에서 비핵화 방안을 논의했다.", "2018-09-25", "윤영찬"),
    ("윤석열 대통령은 13일 프놈펜에서 기시다 후미오 일본 총리와 회담했다. 동행한 김은혜 홍보수석에 따르면 두 정상은 "
     "회담에서 북한 문제를 논의했다.", "2022-11-13", "김은혜"),
])
def test_the_source_of_the_report_is_no_delegate(text: str, published: str, absent: str) -> None:
    """`X 수석에 따르면 …`: who the report is told by is its source, not a delegate."""
    (event,) = held(text, "ko", published)
    assert absent not in {d.name for d in event.delegates}


@pytest.mark.parametrize("text", [
    "문재인 대통령은 18일 교황을 만났다. 문 대통령은 지난달 평양 남북정상회담 당시 김정은 위원장이 교황을 "
    "환영한다고 말했다고 소개했다.",
    "윤석열 대통령은 14일 바이든 대통령과 회담했다. 윤 대통령은 지난 5월 서울 한미 정상회담 당시 기시다 총리가 "
    "협력을 약속했다고 소개했다.",
])
def test_who_spoke_at_a_recalled_meeting_is_not_there(text: str) -> None:
    """`지난달 X 회담 당시 A가 …라고 말했다고`: A spoke at a past meeting recalled, not at this one."""
    (event,) = held(text, "ko", "2018-10-18")
    assert not {d.name for d in event.delegates} & {"김정은", "기시다 후미오", "기시다"}


@pytest.mark.parametrize(("text", "published"), [
    ("Secretary Blinken traveled to Cabo Verde, Cote d'Ivoire, Nigeria, and Angola from January 21-26.\n\nIn Abidjan, "
     "the Secretary met with President Alassane Ouattara.", "2024-01-27"),
    ("Deputy Secretary of State Wendy Sherman led a delegation to Indonesia, Cambodia, and Thailand from May 30-June "
     "3.\n\nIn Phnom Penh, the Deputy Secretary met with Prime Minister Hun Sen.", "2021-06-04"),
])
def test_a_meeting_on_some_day_of_a_trip(text: str, published: str) -> None:
    """A trip told with its span of days (`traveled to A, B and C from January 21-26`), then a meeting at one stop
    with no day of its own: held on some day of the trip, so undated (records.md rule 6), not on its first day."""
    (event,) = held(text, "en", published)
    assert event.date is None


@pytest.mark.parametrize(("text", "side"), [
    ("한-케냐 정책협의회가 5일 나이로비에서 열렸다. 참석자: (우리측) 정병원 차관보(수석대표) / (케냐측) "
     "코리르 싱오에이 외교차관(수석대표)", "KEN"),
    ("한-에티오피아 외교장관회담이 5일 서울에서 열렸다. 참석자: (우리측) 박진 외교부 장관 / (에티오피아측) "
     "데메케 메코넨 부총리 겸 외교장관, 레드완 후세인 주한에티오피아대사", "ETH"),
])
def test_a_side_label_in_the_middle_of_an_attendee_line(text: str, side: str) -> None:
    """`참석자: (우리측) A / (케냐측) B, C`: the bracketed side label (a country's name joined to `측`) gives the side
    of the names after it on the same line."""
    (event,) = held(text, "ko", "2023-06-06")
    assert {d.country for d in event.delegates} == {"KOR", side}


@pytest.mark.parametrize(("text", "published", "heads"), [
    ("한-케냐 외교장관회담이 5일 서울에서 열렸다. 참석자: (우리측) 박진 외교부 장관(수석대표), 장호진 외교부 "
     "제1차관 / (케냐측) 알프레드 무투아 외교장관(수석대표)", "2023-06-06", {"박진", "알프레드 무투아"}),
    ("한일 외교장관회담이 16일 도쿄에서 열렸다. 참석자: (우리측) 박진 외교부 장관(수석대표), 윤덕민 주일대사 / "
     "(일본측) 하야시 요시마사 외무상(수석대표)", "2023-03-17", {"박진", "하야시 요시마사"}),
])
def test_heads_marked_item_by_item(text: str, published: str, heads: set[str]) -> None:
    """`A 장관(수석대표), B 차관 / …`: where a list line marks each head after the person's office, only those so
    marked lead; the others named on the line attend."""
    (event,) = held(text, "ko", published)
    assert {d.name for d in event.delegates if d.head} == heads
    assert len(event.delegates) == 3
