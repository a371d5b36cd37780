"""Round 52: receptions, named launches and counted parties. Sentences written for these tests (real public facts,
our own wording; none from the corpus), each failing before its rule (at 805e524) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _of_type(text: str, published: str, etype: str) -> list:
    return [e for e in held(text, "en", published) if e.type == etype]


@pytest.mark.parametrize(("text", "published", "day", "people"), [
    ("Foreign Minister Penny Wong of Australia was received on Monday in Hanoi by Prime Minister Pham Minh Chinh of "
     "Vietnam. They discussed maritime cooperation and agreed to expand two-way trade.",
     "2023-10-10", "2023-10-09", {"Penny Wong", "Pham Minh Chinh"}),
    ("The Foreign Minister of Chile, Alberto van Klaveren, who was received earlier in the day by President Sergio "
     "Mattarella, signed a memorandum of understanding on lithium with Foreign Minister Antonio Tajani in Rome today.",
     "2023-10-16", "2023-10-16", {"Alberto van Klaveren", "Sergio Mattarella"}),
    ("President Cyril Ramaphosa was received this morning at the Elysee Palace in Paris by President Emmanuel "
     "Macron for talks on vaccine production.",
     "2021-05-18", "2021-05-18", {"Cyril Ramaphosa", "Emmanuel Macron"}),
])
def test_a_reception_told_with_times_and_places_before_by(text: str, published: str, day: str,
                                                          people: set[str]) -> None:
    """`was received on Monday in Hanoi by X`, `who was received earlier in the day by Y`: a passive reception with
    a time or a place (or both) between `received` and `by` is a meeting with the person after `by`."""
    meetings = _of_type(text, published, "dialogue")
    assert [str(e.date) for e in meetings] == [day]
    assert people <= {d.name for d in meetings[0].delegates}


@pytest.mark.parametrize("text", [
    "Prime Minister Narendra Modi arrived in Port Louis on Monday, where he was received at the airport by the "
    "Prime Minister of Mauritius.",
    "The letter was received on Monday in Canberra by the department and answered within a week.",
])
def test_an_arrival_welcome_or_a_thing_received_is_no_meeting(text: str) -> None:
    """Guard: a welcome on arrival (protocol) and a thing received are no meeting."""
    assert _of_type(text, "2024-03-12", "dialogue") == []


@pytest.mark.parametrize(("text", "name"), [
    ("SEOUL, March 3 (Yonhap) -- South Korea, Australia and Canada on Tuesday launched an informal grouping called "
     "the Critical Minerals Circle, aimed at pooling finance for exploration.", "Critical Minerals Circle"),
    ("Brazil and Chile launched a new coalition named the Andes-Amazon Clean Hydrogen Alliance in Santiago on "
     "Tuesday.", "Andes-Amazon Clean Hydrogen Alliance"),
    ("On Tuesday the leaders of Germany and Chile formally launched a club known as the U.S.-Chile Lithium Forum.",
     "U.S.-Chile Lithium Forum"),
])
def test_a_grouping_launched_under_a_given_name(text: str, name: str) -> None:
    """`launched an informal grouping called X`: a grouping or a club launched is a launch (data: launch heads),
    and a head named after it (`called`, `named`, `known as`) takes that name (the third, a given name holding a
    head noun, was read so before: a guard)."""
    assert [e.name for e in _of_type(text, "2026-03-04", "launch")] == [name]


@pytest.mark.parametrize(("text", "name"), [
    ("Kenya and Japan held a new dialogue, known as the Nairobi Blue Economy Dialogue, in Nairobi on Tuesday.",
     "Nairobi Blue Economy Dialogue"),
    ("On Tuesday Chile and Peru signed an arrangement, dubbed the Pacific Ports Compact, on customs data.",
     "Pacific Ports Compact"),
])
def test_other_events_named_after_their_head(text: str, name: str) -> None:
    """The same naming for a meeting and a document."""
    assert [e.name for e in held(text, "en", "2026-03-04")] == [name]


@pytest.mark.parametrize("text", [
    "The United States, Australia, Japan, New Zealand and Britain launched a new grouping on Friday. The five "
    "governments held consultations in Washington this week with Pacific heads of mission.",
    "Indonesia, Malaysia, the Philippines, Brunei, Thailand and Vietnam launched a regional haze monitoring network "
    "on Friday. The six governments held talks in Jakarta this week with the ASEAN secretariat.",
])
def test_the_counted_parties_named_before_hold_the_meeting(text: str) -> None:
    """`The five governments held consultations`, `all six countries held talks`: a meeting whose only parties are
    counted refers back to the parties named before, so it is kept with theirs (an event with no party is dropped)."""
    meetings = _of_type(text, "2022-06-25", "dialogue")
    assert len(meetings) == 1 and len(meetings[0].participants) >= 5


@pytest.mark.parametrize("text", [
    "Minister Wong thanked Japan for hosting the Pacific Islands Leaders Meeting and the Quad summit, both held "
    "recently.",
    "The minister praised the outcome of the Africa Climate Summit, held recently in Nairobi.",
    "President Lula praised the success of the recently held BRICS summit in Johannesburg.",
])
def test_a_meeting_recently_held_is_referred_to(text: str) -> None:
    """`X, held recently`, `the recently held X`: a participle of the recent past names a meeting the text refers to
    (records.md rule 4), not one it reports."""
    assert _of_type(text, "2023-11-24", "dialogue") == []


@pytest.mark.parametrize("text", [
    "The two ministers recently held talks in Tokyo and agreed to expand cooperation on batteries.",
    "Talks were held recently in Tokyo between the two trade ministers, who agreed to expand cooperation on "
    "batteries.",
])
def test_a_clause_of_its_own_told_recently_is_held(text: str) -> None:
    """Guard: a meeting that is its clause's own predicate (active or passive) stays held, undated."""
    assert [e.date for e in _of_type(text, "2023-11-24", "dialogue")] == [None]


@pytest.mark.parametrize(("text", "days"), [
    ("Talks with Ghana were held in Accra on 14 May, followed by talks with Togo in Lome on 17 May.",
     ["2017-05-14", "2017-05-17"]),
    ("The first round of consultations with Kenya took place on 20 March, followed by the second round of "
     "consultations with Uganda on 24 March.", ["2017-03-20", "2017-03-24"]),
])
def test_a_meeting_that_followed_on_its_own_day_is_another(text: str, days: list[str]) -> None:
    """`X was held on D1, followed by Y on D2`: a meeting `followed by` another on a day of its own is two, each with
    its own party."""
    meetings = [e for e in held(text, "en", "2017-05-18" if "May" in text else "2017-03-27")
                if e.type == "dialogue"]
    assert [str(e.date) for e in meetings] == days
    assert len({frozenset(e.participants) for e in meetings}) == 2


@pytest.mark.parametrize("text", [
    "The summit on 14 May was followed by a working lunch.",
    "The ministers met in Accra on 14 May, followed by a press conference on the same day.",
])
def test_what_followed_on_the_same_day_is_no_other_meeting(text: str) -> None:
    """Guard: a meal or a briefing that followed, with no day of its own, is no second meeting."""
    assert len(_of_type(text, "2017-05-15", "dialogue")) <= 1


@pytest.mark.parametrize(("text", "days"), [
    ("New Delhi, 30 May: India held Foreign Office Consultations (FOC) with two partners in West Africa this month. "
     "The fifth round of FOC with Senegal took place in Dakar on 22 May. The second round of FOC with Mali was "
     "held in Bamako on 25 May.", ["2024-05-22", "2024-05-25"]),
    ("Canberra, 20 June: Australia and Vietnam hold an annual Joint Economic Policy Dialogue (JEPD). The third JEPD "
     "took place in Hanoi on 18 June, co-chaired by the two deputy ministers.", ["2024-06-18"]),
])
def test_an_acronym_the_text_defines_names_its_meeting(text: str, days: list[str]) -> None:
    """`Foreign Office Consultations (FOC)` … `the fifth round of FOC with Senegal took place`: an acronym a text
    defines for a meeting (its name ends in a meeting head) names that meeting where it stands alone."""
    found = {str(e.date) for e in _of_type(text, "2024-06-20" if "June" in text else "2024-05-30", "dialogue")}
    assert set(days) <= found


def test_an_acronym_of_a_body_names_no_meeting() -> None:
    """Guard: an acronym of a body (`Gulf Cooperation Council (GCC)`) is no meeting's name."""
    text = ("Brussels, 17 October: The first summit between the European Union and the Gulf Cooperation Council "
            "(GCC) took place on 16 October. Qatar currently holds the rotating GCC presidency.")
    assert len(_of_type(text, "2024-10-17", "dialogue")) == 1


@pytest.mark.parametrize("text", [
    "Erdogan greeted el-Sissi at the airport, and the two leaders then drove to the presidential complex for a "
    "welcome ceremony and one-on-one talks.",
    "President William Ruto flew to Hanoi on Monday for restricted and delegation-level talks with President To "
    "Lam.",
])
def test_a_trip_for_talks_to_a_seat_or_for_talks_of_several_formats(text: str) -> None:
    """`drove to the presidential complex for … talks`: a trip (drove, walked, flew …) to a seat of government
    written in lower case, or for talks named by their formats (`one-on-one`, `restricted and delegation-level`),
    is a meeting."""
    assert len(_of_type(text, "2024-09-04", "dialogue")) == 1


@pytest.mark.parametrize(("text", "etype"), [
    ("On Wednesday the two presidents went on to co-chair, with their ministers, the first meeting of the Kenya-"
     "Vietnam Joint Commission.", "dialogue"),
    ("On Tuesday the minister went on to meet Foreign Minister Ahmed Attaf of Algeria.", "dialogue"),
    ("On Tuesday the two presidents went on to sign a memorandum of understanding on gas supply.", "agreement"),
])
def test_went_on_to_is_a_past(text: str, etype: str) -> None:
    """`went on to co-chair`, `went on to meet`, `went on to sign`: what came next, told in the past."""
    assert len(_of_type(text, "2024-09-04", etype)) == 1


@pytest.mark.parametrize(("text", "city"), [
    ("ANKARA, Sept 4 (AP) — Egyptian President Abdel Fattah el-Sissi visited Ankara on Wednesday. The two "
     "presidents co-chaired the first meeting of the Strategic Cooperation Council, a body the two governments "
     "restructured under a declaration signed when Erdogan visited Cairo in February.", "Ankara"),
    ("NAIROBI, May 9 — Vietnamese President To Lam arrived in Nairobi on Thursday. He and President William Ruto "
     "held the first meeting of the Kenya-Vietnam Joint Commission, which was set up in Hanoi in March.", "Nairobi"),
])
def test_a_body_s_past_told_beside_its_meeting_is_an_aside(text: str, city: str) -> None:
    """`…, a body … restructured … when A visited Cairo in February`: an apposition telling a body's past is an aside;
    its month and its city are not the meeting's (the second, a relative clause, was read so before: a guard)."""
    meetings = _of_type(text, "2024-09-04" if "Sept" in text else "2024-05-10", "dialogue")
    assert [(e.location.city, e.date is not None) for e in meetings] == [(city, True)]


@pytest.mark.parametrize("text", [
    "SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Kenyan counterpart Musalia Mudavadi "
    "in Seoul on Monday. The aid framework was set up in 2014, when Kenya was represented by Cabinet Secretary Amina "
    "Mohamed.",
    "CAIRO, March 5 (AP) — President Abdel Fattah el-Sissi held talks with Emir Sheikh Tamim bin Hamad Al Thani of "
    "Qatar in Cairo on Tuesday. Relations broke down in 2017, when Saudi Arabia, then led by King Salman, cut ties "
    "with Doha along with the government of Prime Minister Sherif Ismail.",
])
def test_people_of_a_history_sentence_attended_nothing_reported(text: str) -> None:
    """A sentence whose every date is months before the report and which tells no held event is history: the people
    it names (`represented by`, `led by`) are no delegates of the day's meeting."""
    meetings = _of_type(text, "2024-06-03" if "June" in text else "2024-03-05", "dialogue")
    assert len(meetings) == 1 and len(meetings[0].delegates) == 2


@pytest.mark.parametrize("text", [
    "RIYADH, Sep 9 (PTI) Jaishankar met Saudi Foreign Minister Prince Faisal bin Farhan Al Saud on Monday. A separate "
    "meeting with Omani Foreign Minister Badr Albusaidi focused on the India-Oman strategic partnership.",
    "CANBERRA, 5 September: Senator Penny Wong held talks with Foreign Minister Winston Peters of New Zealand on "
    "Thursday. In a separate meeting with Fiji's Deputy Prime Minister Biman Prasad, she discussed climate finance.",
])
def test_a_separate_meeting_told_as_the_subject_is_another(text: str) -> None:
    """`A separate meeting with Minister X focused on …`: a separate meeting with a titled person, as its sentence's
    subject or opening phrase, is one more meeting of the report (the second was read so before)."""
    assert len(_of_type(text, "2024-09-09" if "RIYADH" in text else "2024-09-06", "dialogue")) == 2


def _ko_meetings(text: str, published: str) -> list:
    return [e for e in held(text, "ko", published) if e.type == "dialogue"]


@pytest.mark.parametrize("text", [
    "앨버니지 총리는 4일 하노이에서 팜 민 찐 총리와 회담했다. 방문 기간 보 반 트엉 국가주석과 "
    "브엉 딘 후에 국회의장도 각각 만났다.",
    "마크롱 대통령은 10일 서울에서 윤석열 대통령과 정상회담을 했다. 방한 기간 한덕수 국무총리와 "
    "김진표 국회의장도 각각 만났다.",
])
def test_two_people_met_each_in_a_sentence_with_no_subject(text: str) -> None:
    """`방문 기간 A 주석과 B 의장도 각각 만났다`: a sentence ending in a finite verb has the text's subject, so two
    people met `각각` (each) are two meetings, though no subject is written."""
    assert len(_ko_meetings(text, "2023-06-04" if "앨버니지" in text else "2023-05-10")) == 3


def test_a_headline_of_meetings_in_turn_is_not_split() -> None:
    """Guard: a headline (`A 부총리, B 장관 및 C 총재와 연쇄 면담`) does not tell who met whom."""
    assert len(_ko_meetings("추경호 부총리, 옐런 재무장관 및 게오르기에바 총재와 연쇄 면담", "2023-04-14")) <= 1


@pytest.mark.parametrize(("text", "published", "name"), [
    ("홍석화 대사는 20일 과테말라시티에서 산드라 호벨 과테말라 외교장관과 무상원조 기본협정에 서명했다. 협정이 없는 "
     "나라에서는 사업마다 개별 약정을 맺어야 하는 부담이 있었다.", "2019-08-21", "무상원조 기본협정"),
    ("윤 대사는 12일 리마에서 페루 외교장관과 항공협정에 서명했다. 그동안은 노선마다 양국 항공당국이 운항 약정을 "
     "맺어야 했다.", "2019-08-13", "항공협정"),
    ("김 차관은 5일 나이로비에서 케냐 재무장관과 경제혁신파트너십 협정에 서명했다. 케냐 정부는 그동안 여러 나라와 "
     "비슷한 개발협력 약정을 맺어 왔다.", "2019-08-06", "경제혁신파트너십 협정"),
    ("박철희 원장은 24일 서울에서 이글리 하사니 알바니아 외교장관과 양해각서에 서명했다. 국립외교원은 그동안 여러 "
     "나라의 외교부와 교육 협력 약정을 맺어 왔다.", "2024-07-25", "양해각서"),
])
def test_a_document_one_must_conclude_or_has_long_concluded_is_no_signing(text: str, published: str,
                                                                          name: str) -> None:
    """`약정을 맺어야 하는` (an obligation), `그동안 … 약정을 맺어 왔다` (a habit over time): no document signed that
    day, only the one the report is about."""
    assert [e.name for e in held(text, "ko", published) if e.type == "agreement"] == [name]


@pytest.mark.parametrize(("text", "lang"), [
    ("자이샨카르 장관은 8일 리야드에 도착했다. 양측은 2000년대 중반부터 자유무역협정(FTA) 협상을 벌였으나 아직 "
     "타결되지 못했다.", "ko"),
    ("The two sides have held talks on a free trade agreement since 2008 without reaching a deal.", "en"),
    ("Britain and India have held negotiations since early 2022.", "en"),
])
def test_talks_going_on_since_a_year_are_no_meeting_of_the_day(text: str, lang: str) -> None:
    """`2000년대 중반부터 … 협상을 벌였으나`, `have held talks … since 2008`: talks told as going on since a year or a
    decade are a process, held on no day of the report."""
    assert [e for e in held(text, lang, "2024-09-09") if e.type == "dialogue"] == []


@pytest.mark.parametrize(("text", "lang"), [
    ("The leaders met in Riyadh on Monday, their first meeting since 2019.", "en"),
    ("윤석열 대통령은 9일 리야드에서 무함마드 빈 살만 사우디아라비아 왕세자와 2019년 이후 처음으로 정상회담을 "
     "가졌다.", "ko"),
    ("알바니아 외교장관은 9일 서울에서 조태열 장관과 회담했다. 알바니아 외교장관의 방한은 2011년 이래 처음이다.", "ko"),
])
def test_a_first_meeting_since_a_year_is_held(text: str, lang: str) -> None:
    """`their first meeting since 2019`, `2019년 이후 처음으로`: a meeting of the day, counted from a year; the year
    counted from (`이후`, `이래`, `만에`) is not its date (the English one and the second Korean one were read so
    before)."""
    assert len([e for e in held(text, lang, "2024-09-10") if e.type == "dialogue"]) == 1


@pytest.mark.parametrize("text", [
    "VIENNA, March 4 (AFP) - Austria and Morocco on Monday initialled a readmission agreement after talks between the "
    "two foreign ministers.",
    "After the talks on Monday, the two ministers initialled the Comprehensive Migration Partnership Agreement in "
    "Rabat.",
])
def test_initialled_in_british_spelling_is_a_signing(text: str) -> None:
    """`initialled` (British spelling, as `initialed`) concludes a document."""
    assert len(_of_type(text, "2024-03-05", "agreement")) == 1


@pytest.mark.parametrize("text", [
    "The two ministers signed two memorandums of understanding on Tuesday in Lima. A third memorandum, between the "
    "two foreign ministries, was exchanged for a diplomatic training programme.",
    "On Tuesday the ministers signed an agreement on visa waivers in Lima. A second agreement, on air services, was "
    "signed by the transport ministers.",
])
def test_a_second_or_third_document_is_another(text: str) -> None:
    """`A third memorandum … was exchanged`, `A second agreement … was signed`: a document counted on from those told
    before is another signing of the day."""
    assert len(_of_type(text, "2024-07-10", "agreement")) == 2


def test_a_document_said_to_be_the_second_of_its_kind_is_one() -> None:
    """Guard: `The memorandum was the second such deal this year` tells of the same document."""
    text = ("On Tuesday the ministers signed a memorandum on visa waivers in Lima. The memorandum was the second such "
            "deal this year.")
    assert len(_of_type(text, "2024-07-10", "agreement")) == 1


@pytest.mark.parametrize(("text", "name"), [
    ("New Delhi, 30 September: During the visit, Permanent Secretary Aduda called on Shri Dammu Ravi, Secretary "
     "(Economic Relations), Ministry of External Affairs.", "Dammu Ravi"),
    ("New Delhi, 12 May: The Ghanaian Deputy Minister also called on Smt. Meenakashi Lekhi, Minister of State for "
     "External Affairs.", "Meenakashi Lekhi"),
])
def test_a_call_on_a_person_styled_shri_or_smt(text: str, name: str) -> None:
    """`called on Shri X, Secretary (…)`: `Shri` and `Smt.` are honorifics like `Mr.`; the person after them, apposed
    an office, is the one called on (and no name word)."""
    meetings = _of_type(text, "2022-09-30" if "September" in text else "2023-05-12", "dialogue")
    assert len(meetings) == 1 and name in {d.name for d in meetings[0].delegates}


@pytest.mark.parametrize("text", [
    "GENEVA, May 11 (Reuters) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng of China wrapped up two "
    "days of trade talks in Geneva on Sunday.",
    "GENEVA, May 11 (Reuters) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng of China began two days "
    "of talks in Geneva on Saturday.",
    "OTTAWA, March 3 (Reuters) - Canadian and Mexican trade officials emerged from two days of talks in Ottawa on "
    "Monday.",
    "LONDON, June 10 (Bloomberg) - Commerce Secretary Howard Lutnick and Vice Premier He Lifeng of China resumed "
    "talks in London on Tuesday.",
])
def test_wire_verbs_of_talks_begun_resumed_or_ended(text: str) -> None:
    """`wrapped up two days of talks`, `began talks`, `emerged from talks`, `resumed talks`: a meeting when the head
    noun follows within a few words (data: `object_verbs`)."""
    assert len(_of_type(text, "2025-06-11" if "June" in text else "2025-05-12", "dialogue")) == 1


@pytest.mark.parametrize("text", [
    "SEOUL, May 12 (Yonhap) -- The talks, which began at 2 p.m. and lasted five hours, were the first since March.",
    "Vice Foreign Minister Choi Jong-kun wrapped up a three-nation tour of Africa on Friday.",
    "Britain and India began negotiations on a free trade agreement in New Delhi on Monday.",
])
def test_talks_told_again_a_tour_or_negotiations_begun_are_no_new_meeting(text: str) -> None:
    """Guard: a meeting's time told in a relative clause, a tour wrapped up, and negotiations begun (a launch) are no
    meeting of their own."""
    assert _of_type(text, "2025-05-12", "dialogue") == []


@pytest.mark.parametrize("text", [
    "TOKYO, May 13 (Reuters) - The meeting between Prime Minister Shigeru Ishiba and President Lee Jae-myung of South "
    "Korea, their first since June, lasted two hours on Tuesday.",
    "CANBERRA, May 13 (AAP) - The talks between Foreign Minister Penny Wong and Foreign Minister Wang Yi of China "
    "ran for three hours on Tuesday.",
])
def test_a_meeting_between_two_people_as_the_subject(text: str) -> None:
    """`The meeting between A and B … lasted two hours on Tuesday`: a meeting of two named people as the subject,
    held on the sentence's day (`since June` counts from a month: not the day; the second was read so before: a
    guard that the two readers give one meeting)."""
    assert [str(e.date) for e in _of_type(text, "2025-05-13", "dialogue")] == ["2025-05-13"]


def test_a_meeting_expected_is_ahead() -> None:
    """Guard: `The summit between Presidents Xi and Lula is expected on Tuesday`: ahead, not held."""
    assert _of_type("The summit between Presidents Xi and Lula is expected on Tuesday.", "2025-05-13",
                    "dialogue") == []


@pytest.mark.parametrize("text", [
    "Prime Minister Shigeru Ishiba and President Lee Jae-myung of South Korea agreed at a summit in Seoul on Tuesday "
    "to cooperate on tariffs.",
    "President William Ruto and Prime Minister Narendra Modi of India agreed in talks on Tuesday to expand defence "
    "ties.",
    "Japan and South Korea agreed on Tuesday to cooperate on tariffs after Prime Minister Shigeru Ishiba and "
    "President Lee Jae-myung talked for two hours in Seoul.",
])
def test_what_was_agreed_at_a_meeting_tells_the_meeting(text: str) -> None:
    """`agreed at a summit … to`, `agreed in talks … to`, `after A and B talked for two hours`: a meeting told by what
    was agreed at it, or by its people talking, with no meeting verb."""
    assert len(_of_type(text, "2025-05-13", "dialogue")) == 1


def test_what_was_agreed_at_a_past_meeting_tells_none() -> None:
    """Guard: `agreed at their last summit` refers to a past meeting."""
    assert _of_type("The two leaders agreed at their last summit in May to cooperate on tariffs.", "2025-06-13",
                    "dialogue") == []


@pytest.mark.parametrize(("text", "people"), [
    ("(제네바=연합뉴스) 스콧 베선트 미국 재무장관과 허리펑 중국 부총리가 11일 제네바에서 이틀간의 고위급 무역협상을 "
     "마무리했다.", {"스콧 베선트", "허리펑"}),
    ("(런던=연합뉴스) 하워드 러트닉 미국 상무장관과 허리펑 중국 부총리가 9일 런던에서 무역협상을 재개했다.",
     {"하워드 러트닉", "허리펑"}),
    ("(서울=연합뉴스) 이재명 대통령은 12일 이시바 시게루 일본 총리와 전화로 대화를 나눴다.",
     {"이재명", "이시바 시게루"}),
])
def test_korean_wire_verbs_of_talks(text: str, people: set[str]) -> None:
    """`협상을 마무리했다` (wrapped up), `협상을 재개했다` (resumed), `대화를 나눴다` (talked): a meeting noun as their
    object is a meeting held, and the sentence names who attended."""
    meetings = _ko_meetings(text, "2025-05-13")
    assert len(meetings) == 1 and people <= {d.name for d in meetings[0].delegates}


@pytest.mark.parametrize("text", [
    "양측은 12일 회의에서 공급망 협력 방안에 대해 의견을 나눴다.",
    "외교부는 12일 협정 문안 작업을 마무리했다고 밝혔다.",
])
def test_views_shared_or_work_finished_are_no_new_meeting(text: str) -> None:
    """Guard: `의견을 나눴다` (views shared at the meeting told) and `작업을 마무리했다` (work finished) add no
    meeting."""
    assert len(_ko_meetings(text, "2025-05-13")) <= 1


@pytest.mark.parametrize(("text", "name"), [
    ("아카자와 료세이 일본 경제재생상은 9일 워싱턴에서 하워드 러트닉 상무장관과 회담했다.", "아카자와 료세이"),
    ("기우치 미노루 경제안보담당상은 9일 도쿄에서 안덕근 산업통상자원부 장관과 회담했다.", "기우치 미노루"),
])
def test_japanese_minister_titles(text: str, name: str) -> None:
    """`경제재생상`, `경제안보담당상`: Japan's ministers' titles end a name like `장관` (data: role suffixes)."""
    assert name in {d.name for e in _ko_meetings(text, "2025-05-13") for d in e.delegates}


@pytest.mark.parametrize(("text", "lang", "day"), [
    ("GENEVA, May 11 (Reuters) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng of China wrapped up two "
     "days of trade talks in Geneva on Sunday.", "en", "2025-05-10"),
    ("(제네바=연합뉴스) 스콧 베선트 미국 재무장관과 허리펑 중국 부총리가 11일 제네바에서 이틀간의 고위급 무역협상을 "
     "마무리했다.", "ko", "2025-05-10"),
    ("GENEVA, May 11 (Reuters) - Treasury Secretary Scott Bessent and Vice Premier He Lifeng of China wrapped up "
     "trade talks in Geneva on Sunday.", "en", "2025-05-11"),
])
def test_a_meeting_told_by_its_last_day_is_dated_by_its_first(text: str, lang: str, day: str) -> None:
    """`wrapped up two days of talks on Sunday`, `11일 … 이틀간의 협상을 마무리했다`: a meeting told by its last day and
    its length is dated by its first day (records.md rule 6; a span is dated by its first day); with no length, the
    day told (the third)."""
    assert [str(e.date) for e in held(text, lang, "2025-05-12") if e.type == "dialogue"] == [day]
