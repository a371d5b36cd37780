"""Events and delegates, round 35: one predicate read by two readers is one meeting (`spoke with X, Minister of Y`,
the office in apposition naming no second person); a signing with no object noun of its own (`witnessed the
signing`) is of the agreement its sentence names; people listed as also attending are companions; Korean courtesy
calls on two people joined by `과/와` before `차례로`/`잇달아` are one meeting each; a paragraph telling again a meeting
with a person met on a day told before (`□ 같은 날 X와 …`) is that meeting, and a section named by the person's title
(`X 부통령 예방에서`) is theirs. Sentences written for these tests (real public facts, our own wording; none from the
corpus), each failing before round 35 (at 1d27faf) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _events(text: str, lang: str, published: str) -> list[tuple[str, str | None, list[tuple[str, bool]]]]:
    return [(e.type, e.date, sorted((d.name, d.head) for d in e.delegates)) for e in held(text, lang, published)]


@pytest.mark.parametrize(("text", "published", "person", "role"), [
    ("Today, Foreign Minister Cho Tae-yul spoke with Penny Wong, Minister for Foreign Affairs of Australia.",
     "2024-08-05", "Penny Wong", "Minister for Foreign Affairs of Australia"),
    ("Today, the Honourable Mary Ng, Minister of International Trade, spoke with Piyush Goyal, Minister of Commerce "
     "and Industry of India.", "2024-08-05", "Mary Ng", "Minister of International Trade"),
])
def test_a_call_with_an_office_in_apposition_is_one_call(text: str, published: str, person: str, role: str) -> None:
    events = held(text, "en", published)
    assert len(events) == 1
    assert {d.name: d.role for d in events[0].delegates}[person] == role  # (no full stop, no `Honourable`)


@pytest.mark.parametrize(("text", "published"), [
    ("Defence Minister Richard Marles signed a defence cooperation agreement with Japan in Tokyo today. Mr Marles "
     "and Defense Minister Minoru Kihara signed the agreement at the Ministry of Defense, where Prime Minister "
     "Shigeru Ishiba witnessed the signing.", "2024-11-05"),
    ("Trade Minister Don Farrell signed a trade agreement with the United Arab Emirates in Abu Dhabi on Tuesday. "
     "Senator Farrell and Minister Thani Al Zeyoudi signed the agreement in the presence of President Mohamed bin "
     "Zayed, who witnessed the signing.", "2024-11-05"),
])
def test_a_signing_witnessed_is_the_agreement_signed(text: str, published: str) -> None:
    assert [e[0] for e in _events(text, "en", published)] == ["agreement"]


def test_two_memoranda_of_two_clauses_stay_two() -> None:
    """Guard: each clause signs its own memorandum (no name, but an object noun each)."""
    text = ("한-호주 핵심광물 대화를 계기로 한국광해광업공단과 호주 지구과학청은 광물자원 탐사 협력에 관한 "
    "양해각서를 갱신하였고, "
            "한국지질자원연구원과 호주 연방과학산업연구기구는 희토류 기술 협력에 관한 양해각서를 새로 체결하였다.")
    assert [e[0] for e in _events(text, "ko", "2024-05-01")] == ["agreement", "agreement"]


@pytest.mark.parametrize(("text", "published", "principal", "companion"), [
    ("Foreign Minister Cho Tae-yul held talks with Foreign Minister Mauro Vieira in Brasilia on Monday. Vice Minister "
     "Kim Hong-kyun, Ambassador to Brazil Lim Ki-mo and Brazil’s Ambassador to Korea, Luís Henrique Sobreira Lopes, "
     "also attended the talks.", "2024-11-20", "Cho Tae-yul", "Kim Hong-kyun"),
    ("Trade Minister Todd McClay met Indonesian Trade Minister Budi Santoso in Jakarta on Tuesday. Deputy Secretary "
     "Vangelis Vitalis, Director-General Djatmiko Bris Witjaksono and Ambassador Phillip Taula, also took part in "
     "the meeting.", "2024-11-20", "Todd McClay", "Vangelis Vitalis"),
])
def test_a_list_that_also_attended_are_companions(text: str, published: str, principal: str, companion: str) -> None:
    heads = dict(_events(text, "en", published)[0][2])
    assert heads[principal] and not heads[companion]


@pytest.mark.parametrize(("text", "published", "met"), [
    ("조태열 외교부 장관은 14일(현지시간) 리마에서 디나 볼루아르테(Dina Boluarte) 대통령과 엘메르 시알레르(Elmer "
     "Schialer) "
     "외교장관을 차례로 예방하였습니다.", "2024-11-15", ["디나 볼루아르테", "엘메르 시알레르"]),
    ("김홍균 외교부 제1차관은 3일(현지시간) 나이로비에서 무살리아 무다바디(Musalia Mudavadi) 외교장관과 코리르 싱오에이"
     "(Korir Sing’oei) 외교차관을 잇달아 면담하였다.", "2024-11-05", ["무살리아 무다바디", "코리르 싱오에이"]),
])
def test_two_people_called_on_in_turn_are_two_meetings(text: str, published: str, met: list[str]) -> None:
    events = _events(text, "ko", published)
    assert len(events) == 2
    assert [[n for n, _ in e[2] if n in met] for e in events] == [[m] for m in met]


@pytest.mark.parametrize(("text", "published", "want"), [
    ("강인선 외교부 제2차관은 9일(현지시간) 아부다비에서 칼리파 샤힌 알마라르(Khalifa Shaheen Almarar) 국무장관을 "
     "예방한 뒤 "
     "셰이크 샤크부트(Shakhboot) 국무장관과 면담하였으며, 10일에는 사크르 고바쉬(Saqr Ghobash) 연방평의회 의장을 "
     "예방하였다.\n\n□ 알마라르 국무장관 예방에서 양측은 에너지 분야 협력을 확대하기로 하였다.\n\n□ 강 차관은 같은 "
     "날 샤크부트 "
     "국무장관과 업무오찬을 함께하며 인공지능 분야 협력 방안을 논의하였다.", "2024-11-12",
     [("2024-11-09", "칼리파 샤힌 알마라르", "energy"), ("2024-11-09", "샤크부트", "ai"), ("2024-11-10", "사크르 "
     "고바쉬", None)]),
    ("박윤주 외교부 제1차관은 5일(현지시간) 하노이에서 부이 타잉 선(Bui Thanh Son) 부총리를 예방하고, 도 흥 비엣(Do "
     "Hung "
     "Viet) 외교차관과 면담하였으며, 6일에는 쩐 홍 하(Tran Hong Ha) 부총리를 예방하였다.\n\n□ 부이 타잉 선 부총리 "
     "예방에서 "
     "양측은 원자력 분야 협력을 추진해 나가기로 하였다.\n\n□ 박 차관은 같은 날 비엣 외교차관과 만찬을 함께하며 "
     "반도체 공급망 "
     "협력 방안을 논의하였다.", "2025-03-07",
     [("2025-03-05", "부이 타잉 선", "energy"), ("2025-03-05", "도 흥 비엣", "semiconductors"),
      ("2025-03-06", "쩐 홍 하", None)]),
])
def test_a_paragraph_told_again_is_the_meeting_told_before(text: str, published: str, want: list) -> None:
    events = held(text, "ko", published)
    got = {(e.date, d.name) for e in events for d in e.delegates}
    for day, person, topic in want:
        assert (day, person) in got
        event = next(e for e in events if e.date == day and any(d.name == person for d in e.delegates))
        assert topic is None or topic in {c.topic for c in event.commitments}
    assert len(events) == len(want)


@pytest.mark.parametrize(("text", "published", "met"), [
    ("Foreign Minister Penny Wong held separate calls today with Ahmed Attaf, Minister of Foreign Affairs of Algeria, "
     "and Badr Abdelatty, Minister of Foreign Affairs of Egypt.", "2025-03-11", ["Ahmed Attaf", "Badr Abdelatty"]),
    ("Secretary Rubio held calls on Monday with Anwar Ibrahim, Prime Minister of Malaysia, and Lawrence Wong, Prime "
     "Minister of Singapore.", "2025-03-11", ["Anwar Ibrahim", "Lawrence Wong"]),
])
def test_calls_with_people_each_named_with_an_office(text: str, published: str, met: list[str]) -> None:
    """One call with each, the office in apposition no third person."""
    events = _events(text, "en", published)
    assert [[n for n, _ in e[2] if n in met] for e in events] == [[m] for m in met]


# Korean release conventions, round 35: a gathering of foreign envoys (`주한대사 간담회`) is diplomacy whoever hosts it;
# a named partnership set up (`「X 파트너십」을 구축했다`) is a launch, but one proposed (`구축해 나가자고 제안`,
# `구축하자고`) is none; `참석국들과` names the meeting's parties; a past day in a clause modifying a noun (`지난 5일 …
# 열린 회의에서`) is no day the text goes on from (`이날`); `중남미` is a region, not 중+남+미.
@pytest.mark.parametrize(("text", "published", "day", "parties"), [
    ("기획재정부는 최상목 부총리 주재로 12일 서울에서 공급망 협력 강화를 위한 주한대사 간담회를 열고, 참석국들과 "
     "「공급망 안정 "
     "협력 파트너십」을 구축했다고 밝혔다.\n\n이날 간담회에는 인도네시아, 베트남, 칠레, 호주 등 8개국 주한대사가 "
     "참석했다.\n\n"
     "이번 간담회는 지난 5일 대통령 주재로 열린 경제안보 점검회의에서 발표한 대책의 후속 조치다.\n\n이날 구축한 "
     "파트너십에 따라 참석국들은 수급 정보를 신속히 공유하기로 했다.", "2024-09-13", "2024-09-12",
     ["AUS", "CHL", "IDN", "KOR", "VNM"]),
    ("외교부는 강인선 제2차관 주재로 3일 서울에서 주한 중남미 대사 초청 간담회를 개최하고, 참석 6개국과 「한-중남미 "
     "핵심광물 "
     "협력 파트너십」을 구축하였다고 밝혔다.\n\n이날 간담회에는 칠레, 페루, 아르헨티나, 브라질, 멕시코, 볼리비아 "
     "대사가 "
     "참석하였다.", "2024-07-04", "2024-07-03", ["ARG", "BOL", "BRA", "CHL", "KOR", "MEX", "PER"]),
])
def test_envoys_met_and_a_partnership_set_up(text: str, published: str, day: str, parties: list[str]) -> None:
    events = held(text, "ko", published)
    assert sorted((e.type, e.date) for e in events) == [("dialogue", day), ("launch", day)]
    assert all(sorted(e.participants) == parties for e in events)


@pytest.mark.parametrize("text", [
    "방 장관은 핵심광물 분야의 새로운 파트너십을 구축해 나가자고 제안하였다.",
    "양국 장관은 공급망 협의체를 구축하자고 제안했다.",
])
def test_a_partnership_proposed_is_no_launch(text: str) -> None:
    """(The first is a guard of the new `파트너십` head: it passed before, when a partnership launched nothing.)"""
    assert [e.type for e in held(text, "ko", "2024-05-25") if e.type == "launch"] == []


@pytest.mark.parametrize(("text", "published", "met"), [
    ("강경화 외교부 장관은 이날 오전 아비 아흐메드(Abiy Ahmed) 총리를 30분가량 예방하고 협력 방안을 논의했다.", "2019"
     "-07-10",
     "아비 아흐메드"),
    ("박진 외교부 장관은 이날 오후 쩐 타잉 만(Tran Thanh Man) 국회의장을 약 40분간 예방하고 의회 교류 방안을 논의했다.",
     "2022-10-12", "쩐 타잉 만"),
])
def test_a_call_told_with_how_long_it_took(text: str, published: str, met: str) -> None:
    """`X 총리를 30분가량 예방하고`: the length of the call stands between the person and the verb."""
    assert [[n for n, _ in e[2] if n == met] for e in _events(text, "ko", published)] == [[met]]


@pytest.mark.parametrize(("text", "published", "met"), [
    ("박진 외교부 장관은 11일(현지시간) 하노이에서 팜 민 찐(Pham Minh Chinh) 총리를 예방했다.\n\n박 장관은 이어 부이 "
     "타잉 선"
     "(Bui Thanh Son) 외교장관과 만찬을 겸한 회담을 가졌다.", "2022-10-12", ["팜 민 찐", "부이 타잉 선"]),
    ("조태열 외교부 장관은 5일(현지시간) 나이로비에서 윌리엄 루토(William Ruto) 대통령을 예방했다.\n\n조 장관은 이어 "
     "무살리아 "
     "무다바디(Musalia Mudavadi) 외교장관과 업무오찬을 겸한 외교장관회담을 열었다.", "2024-06-06", ["윌리엄 루토", ""
     "무살리아 무다바디"]),
])
def test_talks_held_over_a_meal_are_with_their_person(text: str, published: str, met: list[str]) -> None:
    """`X 장관과 만찬을 겸한 회담을 가졌다`: the person is who the talks are with, another meeting than the call. (The
    second passed before by another route.)"""
    assert [[n for n, _ in e[2] if n in met] for e in _events(text, "ko", published)] == [[m] for m in met]


@pytest.mark.parametrize(("text", "published"), [
    ("조태열 외교부 장관은 9일(현지시간) 리마에서 엘메르 시알레르(Elmer Schialer) 외교장관과 회담했다. 10일에는 "
     "에두아르도 "
     "아라나(Eduardo Arana) 총리를 예방했다. 같은 날 저녁 조 장관은 시알레르 외교장관과 다시 만나 만찬을 함께했다.",
     "2024-11-11"),
    ("박진 외교부 장관은 3일(현지시간) 하노이에서 부이 타잉 선(Bui Thanh Son) 외교장관과 회담했다. 4일에는 팜 민 "
     "찐(Pham Minh "
     "Chinh) 총리를 예방했다. 같은 날 오후 박 장관은 부이 타잉 선 외교장관과 재차 만나 오찬을 함께했다.", "2022-10-05"),
])
def test_a_person_met_again_on_a_later_day(text: str, published: str) -> None:
    """Guard: `같은 날 … X와 다시 만나` is a meeting of that later day, not the one told before with X."""
    days = sorted(e.date for e in held(text, "ko", published))
    assert days.count(days[0]) == 1 and len(days) == 3


@pytest.mark.parametrize("sentence", ["이날 간담회에는 케냐, 가나, 나이지리아 대사가 참석했다.",
                                      "이번 포럼에서 양측은 공급망 협력 방안을 논의했다."])
def test_a_sentence_opening_on_the_gathering_is_its(sentence: str) -> None:
    """`이날 간담회에는 …`, `이번 포럼에서 …`: a sentence set at the gathering (as at `이번 회의에서`) is that
    gathering's, not a partnership launched at it (tuning: a release's attendance line went to the launch)."""
    from extract.lang import grammar_for

    grammar = grammar_for("ko")
    assert grammar is not None and grammar.at_meeting.match(sentence)


@pytest.mark.parametrize("text", [
    "양국은 지난 3월 서명한 「핵심광물 협력 양해각서」에 이어, 이날 「배터리 공급망 협력 약정」을 체결하였다.",
    "양측은 지난해 맺은 수소협력 의향서(LOI)에 뒤이어 이날 「청정수소 교역 협정」에 서명했다.",
])
def test_a_document_the_signing_follows_is_not_signed_again(text: str) -> None:
    """`X에 이어 … Y를 체결`: X is the earlier document, not a second one signed that day."""
    assert [e.type for e in held(text, "ko", "2024-06-05")] == ["agreement"]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("한국과 캐나다, 호주 등 5개국 외교장관이 8일 밤 공급망 위기 대응을 위한 다자 전화협의를 했다.", "2022-03-09", "2"
     "022-03-08"),
    ("한국과 인도네시아 외교장관은 22일 오후 화상협의를 하고 백신 협력 방안을 논의했다.", "2021-01-23", "2021-01-22"),
])
def test_a_call_or_video_consultation_held(text: str, published: str, day: str) -> None:
    """`전화협의를 했다`, `화상협의를 하고` (Kiwi: 전화 + 협의): a consultation by phone or video is a meeting held."""
    assert [(e.type, e.date) for e in held(text, "ko", published)] == [("dialogue", day)]


@pytest.mark.parametrize(("text", "published", "signers", "others"), [
    ("□ 이상렬 주폴란드대사는 4.10.(수)(현지시간) 바르샤바에서 안제이 도마인스키(Andrzej Domański) 폴란드 재무장관과 "
     "「대한민국 정부와 폴란드 정부 간의 경제혁신파트너십 약정」에 서명하였습니다.\n  ※ 가서명: '23.11.20.(월), 서울 / "
     "최상목 부총리 – 도마인스키 재무장관\n\n□ 양국은 약정이 발효되는 대로 후속 협의를 이어 나갈 예정입니다.", "2024-"
     "04-11",
     ["안제이 도마인스키", "이상렬"], []),
    ("□ 최영삼 주베트남대사는 6.5.(수)(현지시간) 하노이에서 호 득 퍽(Ho Duc Phoc) 베트남 재무장관과 「대외경제협력기금 "
     "기본약정」에 서명하였습니다.\n  ㅇ 서명식은 한덕수 국무총리와 팜 민 찐(Pham Minh Chinh) 베트남 총리가 임석한 "
     "가운데 "
     "진행되었습니다.\n  ※ 제1차 약정 서명: '19.3.22.(금), 하노이 / 홍남기 부총리 – 딘 띠엔 중 장관", "2024-06-06",
     ["최영삼", "호 득 퍽"], ["팜 민 찐", "한덕수"]),
])
def test_a_signing_s_witnesses_and_notes(text: str, published: str, signers: list[str], others: list[str]) -> None:
    """`A와 B가 임석한 가운데` witnessed the signing (no heads); a `※` note of another day (the initialling, an earlier
    round) names that day's people, not the signing's."""
    (event,) = held(text, "ko", published, "kr.mofa")
    assert sorted(d.name for d in event.delegates if d.head) == signers
    assert sorted(d.name for d in event.delegates if not d.head) == others


@pytest.mark.parametrize("text", [
    "이 총리는 방문 첫날인 15일 저녁에는 현지 동포와 고려인 대표 30여 명을 초청한 만찬 간담회를 열어 이들을 격려했다.",
    "조 장관은 14일 저녁 리마에서 교민 대표들과 간담회를 갖고 애로사항을 들었다.",
    "김 차관은 13일 알마티에서 고려인 동포 간담회를 개최하였다.",
])
def test_a_gathering_with_compatriots_abroad_is_no_diplomacy(text: str) -> None:
    """The home side's own people abroad (`동포`, `교민`, `고려인`) are a home audience wherever they meet, and no
    delegates (`고려인 대표` names no one)."""
    assert held(text, "ko", "2024-07-17", "kr.mofa") == []


@pytest.mark.parametrize("text", [
    "The ministers committed to launch the domestic procedures needed before the agreement can be signed and ratified.",
    "The memorandum must be signed by both governments before it takes effect.",
    "The partnership agreement may be signed at the leaders meeting in Jakarta.",
])
def test_a_signing_under_a_modal_is_not_done(text: str) -> None:
    """`can be signed`, `must be signed`, `may be signed`: a signing to come or required, none held."""
    assert held(text, "en", "2025-05-26") == []


@pytest.mark.parametrize(("text", "published", "want"), [
    ("Secretary of State Antony J. Blinken and Egyptian Minister of Foreign Affairs Sameh Shoukry led the U.S.-Egypt "
     "Strategic Dialogue in Washington on November 8 and 9.", "2021-11-10", [("dialogue", "2021-11-08")]),
    ("Deputy Secretary Kurt Campbell and Vice Foreign Minister Park Yoon-joo led the talks in Seoul on Tuesday.",
     "2024-11-21", [("dialogue", "2024-11-19")]),
    ("The delegation was led by Deputy Minister Park Yoon-joo.", "2024-11-21", []),  # guard
    ("The Japanese side was led by Namazu Hiroyuki, Director-General for the Six-Party Talks.", "2024-11-21", []),
    ("Korea led the way in semiconductor exports last year.", "2024-11-21", []),  # guard
])
def test_a_meeting_led_by_its_heads(text: str, published: str, want: list) -> None:
    """`A and B led the X Dialogue`: leading a meeting holds it, as chairing does; a delegation led, or the way, is "
    "none."""
    assert [(e.type, e.date) for e in held(text, "en", published)] == want


@pytest.mark.parametrize(("text", "day"), [
    ("Crown Prince Mohammed bin Salman and Prime Minister Shehbaz Sharif signed the Strategic Mutual Defence Agreement "
     "after official talks at Al-Yamamah Palace in Riyadh on Wednesday.", "2025-09-17"),
    ("President Emmanuel Macron and Prime Minister Narendra Modi signed a roadmap on space cooperation after extended "
     "talks at the Elysee Palace on Thursday.", "2025-09-18"),
])
def test_talks_a_signing_followed_were_held(text: str, day: str) -> None:
    """`signed X after official talks`: the talks are a meeting held that day, beside the signing."""
    assert sorted((e.type, e.date) for e in held(text, "en", "2025-09-18")) == [("agreement", day), ("dialogue", day)]


def test_talks_a_signing_will_follow_are_ahead() -> None:
    """Guard: a signing to come after talks holds neither."""
    assert held("The two ministers will sign the agreement after talks in Seoul next week.", "en", "2025-09-18") == []


@pytest.mark.parametrize("text", [
    "On Tuesday in Perth, KOMIR and Lynas Rare Earths, Australia's largest rare earths producer, signed a memorandum "
    "on supply.",
    "On Monday in Jakarta, Antam and POSCO Holdings, Korea's largest steelmaker, signed a memorandum on nickel "
    "processing.",
])
def test_a_firm_in_apposition_is_no_delegate(text: str) -> None:
    """`X, Korea's largest steelmaker,`: a company named with what it makes or does is no person."""
    assert [d.name for e in held(text, "en", "2024-05-15") for d in e.delegates] == []


@pytest.mark.parametrize(("text", "published", "met"), [
    ("한덕수 국무총리는 방문 기간 가나에서 나나 아쿠포아도(Nana Akufo-Addo) 대통령을 예방한 데 이어 마하무두 바우미아"
     "(Mahamudu Bawumia) 부통령과 면담했다.", "2023-11-17", ["나나 아쿠포아도", "마하무두 바우미아"]),
    ("조태열 외교부 장관은 세네갈 방문 기간 바시루 디오마예 파이(Bassirou Diomaye Faye) 대통령을 예방한 데 이어 야신 팔"
     "(Yassine Fall) 외교장관과 회담했다.", "2024-11-17", ["바시루 디오마예 파이", "야신 팔"]),
])
def test_a_call_done_before_the_next_meeting(text: str, published: str, met: list[str]) -> None:
    """`A를 예방한 데 이어 B와 면담했다`: the call, done before, is a meeting of its own (Kiwi merges `한`), with A
    alone (`방문 기간` is no part of A's name)."""
    events = held(text, "ko", published, "kr.mofa")
    assert [[d.name for d in e.delegates if d.name in met] for e in events] == [[m] for m in met]


@pytest.mark.parametrize(("text", "want"), [
    ("Foreign Minister Cho Tae-yul and Foreign Minister Penny Wong held talks in Canberra on Tuesday. The talks were "
     "preceded by a courtesy call on Prime Minister Anthony Albanese by Minister Cho.", 2),
    ("Trade Minister Todd McClay signed the agreement in Riyadh on Monday during his courtesy call on Crown Prince "
     "Mohammed bin Salman.", 2),
    ("Minister Iwaya is scheduled to pay a courtesy call on President Prabowo Subianto on the 14th.", 0),  # guard
])
def test_a_courtesy_call_named_as_a_noun(text: str, want: int) -> None:
    """`during his courtesy call on X`, `preceded by a courtesy call on X`: a meeting with X, beside the one told."""
    assert len(held(text, "en", "2024-05-02")) == want


@pytest.mark.parametrize(("text", "published", "ahead"), [
    ("Prime Minister Anthony Albanese held talks with Prime Minister Narendra Modi in New Delhi on Tuesday. Albanese "
     "was scheduled to meet President Droupadi Murmu later in the day.", "2023-03-09", "Droupadi Murmu"),
    ("Foreign Minister Penny Wong held talks with Foreign Minister Vivian Balakrishnan in Singapore on Monday. Wong "
     "was also scheduled to meet Prime Minister Lawrence Wong later in the day.", "2024-06-04", "Lawrence Wong"),
])
def test_a_meeting_ahead_lends_no_one_to_the_talks(text: str, published: str, ahead: str) -> None:
    """`X was scheduled to meet President Y later in the day`: Y is the planned meeting's, not the talks' delegate."""
    assert [ahead in {d.name for d in e.delegates} for e in held(text, "en", published)] == [False]
