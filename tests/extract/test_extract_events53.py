"""Round 53: schedules announced, places inside names, wire datelines abroad. Sentences written for these tests (real
public facts or plausible ones, our own wording; none from the corpus), each failing before its rule (at ac12b87)
unless marked a guard."""
from __future__ import annotations

from datetime import date

import pytest

from extract.entities import find_mentions
from extract.pipeline import extract_document
from streams.records import DocumentRecord
from tests.extract.sentences import held


def _ko(text: str, published: str) -> list:
    return held(text, "ko", published)


@pytest.mark.parametrize(("text", "published"), [
    ("산업통상자원부는 제6차 한-칠레 산업협력위원회가 9.4.(목) 산티아고에서 열린다고 2일 밝혔다.", "2025-09-02"),
    ("국방부는 신원식 장관이 11일 캔버라에서 리처드 말스 호주 국방장관과 회담한다고 발표했다.", "2024-07-09"),
    ("제2차 한-폴란드 경제공동위원회 개최\n\n□ 기획재정부는 「제2차 한-폴란드 경제공동위원회」가 6.12.(수) "
     "바르샤바에서 열린다고 밝혔다.", "2024-06-10"),
])
def test_a_schedule_announced_in_the_quoted_present_is_not_held(text: str, published: str) -> None:
    """`X가 9.4.(목) 열린다고 밝혔다`, `회담한다고 발표했다`: a trigger's clause quoted in the plain non-past before a
    verb of telling is a schedule announced, and a headline naming that meeting names the one ahead (the second,
    with its day after the publication's, was read so before)."""
    assert _ko(text, published) == []


@pytest.mark.parametrize(("text", "day"), [
    ("외교부는 지난 1일 제네바에서 제2차 한-스위스 정책협의회를 개최했다고 밝혔다.", "2025-09-01"),
    ("기획재정부는 최상목 부총리가 1일 도쿄에서 일본 재무상과 회담을 했다고 전했다.", "2025-09-01"),
])
def test_a_meeting_told_as_done_is_held(text: str, day: str) -> None:
    """Guard: the past before the verb of telling (`개최했다고 밝혔다`) tells a held meeting."""
    assert [str(e.date) for e in _ko(text, "2025-09-02")] == [day]


@pytest.mark.parametrize("described", [
    "이번 위원회는 한국이 아프리카 국가와 장관급으로 개최하는 첫 공동위원회이다.",
    "이번 위원회는 양국 경제부처가 부총리급으로 여는 세 번째 회의입니다.",
])
def test_a_meeting_described_with_the_copula_is_no_event(described: str) -> None:
    """`…개최하는 첫 공동위원회이다`: a trigger in the present adnominal in a sentence ending in the present copula
    describes what a meeting is (here the one announced ahead); it tells none held."""
    text = ("제1차 한-케냐 경제공동위원회 개최\n\n□ 기획재정부는 「제1차 한-케냐 경제공동위원회」가 6.12.(수) "
            "서울에서 열린다고 밝혔다.\n ㅇ " + described)
    assert _ko(text, "2024-06-10") == []


def test_a_described_partnership_leaves_the_headline_with_the_signing() -> None:
    """Guard: a copula sentence describing a partnership signed that day does not take the headline from it."""
    text = ("한-EU 디지털 파트너십 체결\n\n□ 과학기술정보통신부는 28일 서울에서 EU와 「한-EU 디지털 파트너십」을 "
            "체결했다고 밝혔다.\n ㅇ 이는 EU가 일본에 이어 두 번째로 체결하는 디지털 파트너십이다.")
    found = [e for e in _ko(text, "2022-11-28") if e.type == "agreement"]
    assert [str(e.date) for e in found] == ["2022-11-28"]


@pytest.mark.parametrize(("text", "not_city"), [
    ("레반 바쿠리제 조지아 경제차관은 3일 한국 산업통상자원부 차관과 회담했다.", "Baku"),
    ("니코스 카이로니스 그리스 해운차관은 3일 한국 해양수산부 차관과 회담했다.", "Cairo"),
])
def test_a_city_that_only_begins_a_foreign_name_is_no_place(text: str, not_city: str) -> None:
    """`바쿠` + `리` + `제`: a word that goes on after a city's name in syllables the tokenizer split one by one is an
    unknown foreign name that begins like the city, not the city."""
    meetings = _ko(text, "2025-09-04")
    assert [e.location.city for e in meetings] == [None]
    assert not [m for m in find_mentions(text, "ko") if m.id == not_city]


@pytest.mark.parametrize(("text", "city"), [
    ("양국 정상은 3일 부산항에서 만나 회담했다.", None),
    ("양국 외교장관은 3일 도쿄도에서 회담했다.", "Tokyo"),
])
def test_a_place_with_its_own_suffix_or_particle_stays(text: str, city: str | None) -> None:
    """Guard: a place with a particle or a suffix of its own (`도쿄도에서`) is still read (`부산항`, one word Kiwi
    knows, was never the city Busan)."""
    assert [e.location.city for e in _ko(text, "2025-09-04")] == [city]


@pytest.mark.parametrize(("text", "published", "wrong"), [
    ("(서울=뉴스1) 나렌드라 모디 인도 총리가 4일(현지시간) 브루나이에서 하사날 볼키아 국왕과 정상회담을 했다.",
     "2024-09-05", "Seoul"),
    ("(베이징=연합뉴스) 리창 중국 총리가 17일(현지시간) 호주에서 앤서니 앨버니지 총리와 연례 총리회담을 했다.",
     "2024-06-18", "Beijing"),
])
def test_a_wire_dateline_is_not_the_city_of_a_meeting_held_in_another_country(text: str, published: str,
                                                                                 wrong: str) -> None:
    """`(서울=뉴스1) … 브루나이에서 정상회담을 했다`: the dateline is where the story was filed; a clause placing the
    meeting in another country leaves its city to the text (none named here)."""
    meetings = _ko(text, published)
    assert len(meetings) == 1 and meetings[0].location.city != wrong


def test_a_wire_dateline_yields_to_the_city_a_trip_arrived_in() -> None:
    """`(서울=뉴스1) … 카자흐스탄에서 정상회담을 했다` after an arrival in the capital (2019–2022 `누르술탄`, a name
    of its own in the gazetteer): the city arrived in."""
    text = ("(서울=뉴스1) 토카예프 카자흐스탄 대통령이 초청한 리창 총리가 3일 수도 누르술탄에 도착했다.\n\n"
            "리 총리는 이어 4일 카자흐스탄에서 토카예프 대통령과 회담했다.")
    meetings = _ko(text, "2021-06-05")
    assert [(e.location.city, e.location.country) for e in meetings] == [("Nur-Sultan", "KAZ")]


@pytest.mark.parametrize(("text", "city"), [
    ("(워싱턴=연합뉴스) 한미 외교장관이 3일(현지시간) 워싱턴에서 회담했다.", "Washington"),
    ("(서울=연합뉴스) 한미 외교장관이 3일 회담했다고 외교부가 밝혔다.", "Seoul"),
])
def test_a_wire_dateline_in_a_party_country_stays(text: str, city: str) -> None:
    """Guard: a dateline with no other country placing the meeting is still its last guess of where."""
    assert [e.location.city for e in _ko(text, "2024-09-04")] == [city]



def _en(text: str, published: str, etype: str = "dialogue") -> list:
    return [e for e in held(text, "en", published) if e.type == etype]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("SINGAPORE, June 2 (Reuters) - Defence ministers closed the Shangri-La Dialogue on Sunday.\n\nIndonesia's "
     "defence minister Prabowo Subianto arrived on Friday. Australian Defence Minister Richard Marles met Prabowo in "
     "Singapore that day.", "2024-06-02", "2024-05-31"),
    ("Foreign ministers arrived in Vientiane on Friday for the ASEAN meetings. Later that day, Secretary Blinken held "
     "talks with Foreign Minister Wang Yi of China.", "2024-07-28", "2024-07-26"),
])
def test_that_day_is_the_day_named_just_before(text: str, published: str, day: str) -> None:
    """`met Prabowo in Singapore that day`, `Later that day`: the day named in the sentence or the one before it (not
    the report's day; the second, its day also in its own sentence, was read so before)."""
    assert [str(e.date) for e in _en(text, published)] == [day]


def test_that_day_after_a_day_counted_on_is_not_the_first_day() -> None:
    """Guard: `… on Tuesday. A day later he flew to Paris, … the same evening`: a day counted on from Tuesday comes
    between, so `the same evening` is not Tuesday."""
    text = ("Chancellor Friedrich Merz was sworn in on Tuesday. A day later he flew to Paris, then travelled on to "
            "Warsaw for talks with Prime Minister Donald Tusk the same evening.")
    assert "2025-05-06" not in [str(e.date) for e in _en(text, "2025-05-08")]


@pytest.mark.parametrize(("text", "published", "people"), [
    ("Swiss President Karin Keller-Sutter met Scott Bessent in Geneva on Friday. Keller-Sutter separately received "
     "He Lifeng the same day.", "2025-05-12", {"Karin Keller-Sutter", "He Lifeng"}),
    ("President Lula also received Wang Yi in Brasilia on Friday.", "2023-03-12", {"Lula", "Wang Yi"}),
])
def test_receiving_an_official_named_in_full_is_a_meeting(text: str, published: str, people: set[str]) -> None:
    """`separately received He Lifeng`: `received` with an official the gazetteer knows, named in full and without a
    title, as its object is a meeting with that person (one of its own, beside the meeting told before)."""
    assert any(people == {d.name for d in e.delegates} for e in _en(text, published))


def test_receiving_an_officials_letter_is_no_meeting() -> None:
    """Guard: a thing of the person's received (`received Antony Blinken's letter`) is no meeting."""
    assert _en("The ministry received Antony Blinken's letter on Tuesday.", "2023-04-19") == []


@pytest.mark.parametrize(("text", "published", "day"), [
    ("STOCKHOLM (Reuters) - The talks began on Monday at Rosenbad, the prime minister's office, with Treasury "
     "Secretary Scott Bessent and Vice Premier He Lifeng leading their delegations.", "2025-07-29", "2025-07-28"),
    ("The meeting got under way in Jakarta on Tuesday, with Foreign Minister Retno Marsudi and Foreign Minister Penny "
     "Wong at the table.", "2024-02-08", "2024-02-06"),
])
def test_a_meeting_head_as_the_subject_of_began(text: str, published: str, day: str) -> None:
    """`The talks began on Monday`, `The meeting got under way in Jakarta`: a meeting head right before `began` or
    `got under way` is its subject, a meeting held (data: `subject_verbs`)."""
    assert [str(e.date) for e in _en(text, published)] == [day]


@pytest.mark.parametrize("text", [
    "The talks, which began at 2 p.m. with Foreign Minister Penny Wong, ended late in the evening.",
    "Negotiations between Australia and Hong Kong began in May 2017.",
])
def test_began_after_a_relative_clause_or_a_process_tells_no_meeting(text: str) -> None:
    """Guard: `The talks, which began at 2 p.m.` (the head not right before the verb) and negotiations begun (a
    process) tell no meeting held."""
    assert _en(text, "2024-02-08") == []


@pytest.mark.parametrize(("text", "published", "day", "parties"), [
    ("WASHINGTON (AP) — President Donald Trump on Tuesday announced a trade deal with Japan that cuts tariffs on "
     "Japanese cars to 15%.", "2025-07-23", "2025-07-22", {"USA", "JPN"}),
    ("LONDON (Reuters) - Britain on Tuesday struck a free trade agreement with India, capping three years of talks.",
     "2025-05-07", "2025-05-06", {"GBR", "IND"}),
])
def test_a_deal_announced_or_struck_with_another_side(text: str, published: str, day: str, parties: set[str]) -> None:
    """`announced a trade deal with Japan`, `struck a free trade agreement with India`: a deal announced or struck
    with a named other side is an agreement concluded."""
    deals = _en(text, published, "agreement")
    assert [str(e.date) for e in deals] == [day] and parties <= set(deals[0].participants)


@pytest.mark.parametrize("text", [
    "President Trump said he expected to announce a trade deal with India soon.",
    "Officials hope to seal a pact with Mexico next month.",
])
def test_a_deal_ahead_is_not_concluded(text: str) -> None:
    """Guard: a deal expected or hoped for is not concluded."""
    assert _en(text, "2025-05-07", "agreement") == []


def test_a_dollar_sign_after_a_country_is_a_currency() -> None:
    """`US$ 500 million`: a country's abbreviation before `$` is a currency, no party (nor does a document's name run
    on past `was signed`)."""
    text = "An agreement on a line of credit of US$ 500 million was signed in Colombo today by India and Sri Lanka."
    deals = _en(text, "2024-02-08", "agreement")
    assert [set(e.participants) for e in deals] == [{"IND", "LKA"}]
    assert not deals[0].name.endswith("signed")


def _titled(title: str, text: str, published: str) -> list:
    doc = DocumentRecord(id="t", title=title, text=text, lang="en", published=date.fromisoformat(published))
    return [e for e in extract_document(doc) if not e.mentioned]


@pytest.mark.parametrize(("title", "text", "published", "parties"), [
    ("Joint Statement on a United States-Thailand Framework for an Agreement on Reciprocal Trade",
     "The United States of America and the Kingdom of Thailand have agreed on a framework that will guide their "
     "negotiations toward an Agreement on Reciprocal Trade.\n\nThailand will eliminate tariffs on most U.S. "
     "industrial and farm goods, and the two countries will cooperate on export controls.",
     "2025-10-26", {"USA", "THA"}),
    ("Joint Communique of Japan and Mongolia on the 50th Anniversary of Diplomatic Relations",
     "Japan and Mongolia, marking the 50th anniversary of the establishment of their diplomatic relations, affirm "
     "their Special Strategic Partnership and set out the following goals for the next decade.",
     "2022-02-24", {"JPN", "MNG"}),
])
def test_a_report_titled_as_a_joint_statement_is_the_statement(title: str, text: str, published: str,
                                                               parties: set[str]) -> None:
    """A report titled `Joint Statement …` (or declaration, communiqué) that tells no meeting held nor a statement
    issued is the statement itself, issued on the report's day without a meeting (records.md rule 1)."""
    found = _titled(title, text, published)
    assert [(e.type, str(e.date)) for e in found] == [("statement", published)]
    assert parties <= set(found[0].participants)


@pytest.mark.parametrize(("title", "text"), [
    ("Joint Statement on the Third U.S.-Uzbekistan Strategic Partnership Dialogue",
     "The United States and Uzbekistan held the third session of their Strategic Partnership Dialogue in Washington "
     "today."),
    ("Joint Statement by Japan and Canada",
     "Prime Minister Fumio Kishida and Prime Minister Justin Trudeau met in Ottawa today and reaffirmed their "
     "partnership."),
])
def test_a_joint_statement_of_a_meeting_told_is_no_statement_event(title: str, text: str) -> None:
    """Guard: a joint statement of a meeting the report tells (or its title names) is that meeting's."""
    assert [e.type for e in _titled(title, text, "2024-01-12")] == ["dialogue"]


@pytest.mark.parametrize(("text", "published", "person"), [
    ("제7차 한-인도 외교장관 공동위원회가 5일 뉴델리에서 열렸다. 조 장관은 회의 시작에 앞서 5일 피유시 고얄 인도 "
     "상공부 장관과 만났다.", "2024-03-06", "피유시 고얄"),
    ("G20 재무장관회의가 26일 상파울루에서 열렸다. 최 부총리는 회의 개막에 앞서 26일 페르난두 아다드 브라질 재무장관과 "
     "만났다.", "2024-02-27", "페르난두 아다드"),
])
def test_a_meeting_before_the_start_of_another_is_its_own(text: str, published: str, person: str) -> None:
    """`회의 시작에 앞서 X 장관과 만났다`: a person met before the start (`시작`, `개막`) of the day's meeting is a
    meeting of its own, as one met `회의에 앞서` (the second, its meeting a gathering, was read so before)."""
    meetings = _ko(text, published)
    assert any({d.name for d in e.delegates} & {person} and len(e.delegates) <= 2 for e in meetings)
    assert len(meetings) == 2


@pytest.mark.parametrize(("text", "published"), [
    ("한미 양국은 14~15일 워싱턴에서 고위급 통상협의를 가졌다. 안 본부장은 15일 협의를 마친 뒤 기자들과 만나 성과를 "
     "설명했다.", "2025-07-16"),
    ("양국 외교장관은 2~3일 하노이에서 전략대화를 가졌다. 조 장관은 3일 회담을 끝낸 뒤 호찌민으로 이동했다.",
     "2024-05-04"),
])
def test_a_bare_meeting_finished_is_the_one_told_before(text: str, published: str) -> None:
    """`15일 협의를 마친 뒤`: a bare meeting noun as the object of `마치다`/`끝내다`, after a meeting told before, is
    that meeting finished, not another one on its last day (the first was read so before)."""
    assert len(_ko(text, published)) == 1


def test_a_meeting_finished_with_its_counterpart_is_told() -> None:
    """Guard: a meeting named by its counterpart (`기시다 총리와 회담을 마친 뒤`) is told by that clause."""
    found = _ko("윤석열 대통령은 3일 기시다 총리와 회담을 마친 뒤 기자회견을 했다.", "2024-09-04")
    assert [str(e.date) for e in found] == ["2024-09-03"]


@pytest.mark.parametrize("text", [
    "□ 안덕근 장관은 1.20.(월)∼24.(금) 스위스 다보스에서 열리는 세계경제포럼(WEF) 연차총회(다보스 포럼)를 계기로, "
    "1.22.(수)(현지시간) 스웨덴 통상장관과 양자 면담을 가졌다.",
    "□ 최상목 부총리는 4.17.(수)∼19.(금) 미국 워싱턴에서 열리는 IMF·WB 춘계회의(국제통화기금·세계은행 연차회의)를 "
    "계기로, 4.18.(목)(현지시간) 인도 재무장관과 양자 면담을 가졌다.",
])
def test_a_gathering_with_a_hangul_gloss_is_the_host_not_the_meeting(text: str) -> None:
    """`X 연차총회(다보스 포럼)를 계기로, … 면담을 가졌다`: a gloss in parentheses after the gathering's name does not
    cut it out of the host gathering (records.md rule 4); the meeting held after it is the one held."""
    meetings = _ko(text, "2025-01-23" if "안덕근" in text else "2024-04-19")
    assert len(meetings) == 1 and meetings[0].name is not None and "면담" in meetings[0].name
    assert str(meetings[0].date) in ("2025-01-22", "2024-04-18")


@pytest.mark.parametrize(("text", "published", "person"), [
    ("WASHINGTON (AP) — Trump unveiled the deal in the Oval Office on Thursday, with British Prime Minister Keir "
     "Starmer joining by phone.", "2025-05-09", "Keir Starmer"),
    ("President Biden announced the partnership at the White House on Monday, with Prime Minister Fumio Kishida "
     "joining via video link from Tokyo.", "2023-05-09", "Fumio Kishida"),
])
def test_a_leader_joining_by_phone_is_a_call(text: str, published: str, person: str) -> None:
    """`with Prime Minister X joining by phone`: a leader taking part remotely in what the subject did is a call with
    that person."""
    assert any(person in {d.name for d in e.delegates} for e in _en(text, published))


def test_joining_a_meeting_told_by_video_is_no_call_of_its_own() -> None:
    """Guard: `held the meeting in Seoul, while X joined by video link`: X took part in that meeting."""
    text = ("Defense Minister Shin Won-sik and Defense Secretary Lloyd Austin held the trilateral meeting in Seoul on "
            "Sunday, while Japanese Defense Minister Minoru Kihara joined by video link.")
    assert len(_en(text, "2023-11-13")) == 1


def test_a_documents_name_ends_before_a_coordinated_verb() -> None:
    """`signed an agreement on fisheries and exchanged views on …`: a coordinated verb ends the document's subject."""
    deals = _en("The two ministers signed an agreement on fisheries and exchanged views on regional issues in Suva "
                "on Monday.", "2024-06-11", "agreement")
    assert [e.name for e in deals] == ["agreement on fisheries"]


@pytest.mark.parametrize(("text", "host", "person"), [
    ("External Affairs Minister Dr. S. Jaishankar is in Seychelles on an official visit at the invitation of the "
     "Government.\n\n2. Earlier today, EAM called on President Wavel Ramkalawan. The two sides reviewed the "
     "partnership.", "SYC", "Wavel Ramkalawan"),
    ("Commerce Minister Piyush Goyal is in Oman on a two-day official visit.\n\n2. Today, the Minister held talks with "
     "Qais bin Mohammed Al Yousef, Minister of Commerce and Industry.", "OMN", "Qais bin Mohammed Al Yousef"),
])
def test_a_country_a_visit_is_in_is_the_host(text: str, host: str, person: str) -> None:
    """`is in Seychelles on an official visit`: the country a visit is in is the trip's destination; whom the visitor
    meets there, with no side said, is of it (and it takes part)."""
    meetings = _en(text, "2024-02-14")
    assert len(meetings) == 1 and host in meetings[0].participants
    assert {(d.name, d.country) for d in meetings[0].delegates} >= {(person, host)}


@pytest.mark.parametrize(("text", "city"), [
    ("Press Release\n\nMinister of State V. Muraleedharan met Prime Minister Philip Davis today and discussed "
     "cooperation in health and renewable energy.\n\nNassau\n14 March 2023", "Nassau"),
    ("Press Release\n\nThe Ambassador met Foreign Minister Nandi-Ndaitwah today to review the development "
     "partnership.\n\nWindhoek\nMarch 14, 2023", "Windhoek"),
])
def test_a_release_closing_on_a_place_and_a_date_was_issued_there(text: str, city: str) -> None:
    """`Port Louis\\n22 February 2021` closing a release: the place it was issued, a report's last guess of where its
    meetings with no place of their own were held (as a wire's dateline is)."""
    assert [e.location.city for e in _en(text, "2023-03-14")] == [city]


@pytest.mark.parametrize(("text", "signers"), [
    ("Earlier today, the Minister called on President Wavel Ramkalawan.\n\nFollowing the call, the Agreement on "
     "Maritime Security Cooperation was signed in the presence of the two leaders. Mr. Vikram Doraiswami, Joint "
     "Secretary, signed on behalf of India and Mr. Vivianne Fock Tave, Principal Secretary, on behalf of Seychelles.",
     {("Vikram Doraiswami", "IND"), ("Vivianne Fock Tave", "SYC")}),
    ("The Prime Ministers met in Wellington on Monday.\n\nAfter the meeting, the Agreement on Research Cooperation was "
     "signed in their presence. Dr. Anna Hill, Chief Scientist, signed for New Zealand and Dr. Lee Min-ho, Director "
     "General, on behalf of the Republic of Korea.", {("Anna Hill", "NZL")}),
])
def test_who_signed_on_behalf_of_each_side_are_the_signings_people(text: str, signers: set) -> None:
    """`Shri X, Commerce Secretary, signed on behalf of India and Mr. Y … on behalf of Mauritius`: who signed for
    each side, with no document named, are the people of the signing told before (not of the meeting before it), each
    of the side signed for (after an apposed title too)."""
    deals = _en(text, "2024-02-14", "agreement")
    assert len(deals) == 1 and signers <= {(d.name, d.country) for d in deals[0].delegates}
    meetings = _en(text, "2024-02-14")
    assert not {n for n, _ in signers} & {d.name for e in meetings for d in e.delegates}


@pytest.mark.parametrize(("text", "published", "day"), [
    ("기획재정부 보도참고자료\n보도일시: 2024. 4. 19.(금)\n\n최상목 부총리, 워싱턴에서 인도·브라질 재무장관과 연쇄 "
     "면담\n\n"
     "□ 최상목 부총리는 4.18.(목)(현지시간) 워싱턴에서 인도·브라질 재무장관과 잇따라 양자 면담을 가졌다.\n\n"
     "□ (인도) 최 부총리는 먼저 니르말라 시타라만 인도 재무장관을 만나 양국 간 금융 협력 방안을 논의하였다.\n\n"
     "□ (브라질) 이어 페르난두 아다드 브라질 재무장관과의 면담에서는 G20 의제에 대해 의견을 나눴다.",
     "2024-04-19", "2024-04-18"),
    ("산업통상자원부 보도자료\n배포일시: 2024. 6. 5.(수)\n\n안덕근 장관, 파리서 캐나다·호주 통상장관과 연쇄 면담\n\n"
     "□ 안덕근 장관은 6.4.(화)(현지시간) 파리에서 캐나다·호주 통상장관과 잇따라 양자 면담을 가졌다.\n\n"
     " ㅇ (캐나다) 안 장관은 메리 응 캐나다 통상장관을 만나 배터리 공급망 협력을 논의했다.\n\n"
     " ㅇ (호주) 이어 돈 패럴 호주 통상장관과의 면담에서는 핵심광물 협력 방안을 논의했다.", "2024-06-05", "2024-06-04"),
])
def test_meetings_told_after_a_dated_series_take_its_day(text: str, published: str, day: str) -> None:
    """`4.18.(목) … 재무장관과 잇따라 양자 면담을 가졌다`, then a paragraph per partner with no day: the series told in
    turn stays as a summary with its one day (not a span's), which the meetings told after it take; it goes once they
    are told apart (not the report's day, which the headline gives)."""
    meetings = _ko(text, published)
    assert [str(e.date) for e in meetings] == [day, day]
