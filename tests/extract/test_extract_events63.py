"""Round 63: Europe and Korea/Japan. Sentences written for these tests (real public facts or plausible ones, our own
wording; none from the corpus), each failing before its rule (at c76b2287) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize(("text", "published", "name"), [
    ("The two ministers held the 3rd Canada-Korea Vice Ministerial Policy Consultations in Ottawa on Monday.",
     "2024-10-22", "3rd Canada-Korea Vice Ministerial Policy Consultations"),
    ("Foreign Minister Wong and Foreign Minister Cho held the 5th Australia-Korea Foreign Ministerial Strategic "
     "Dialogue in Canberra on Tuesday.", "2024-05-01", "5th Australia-Korea Foreign Ministerial Strategic Dialogue"),
])
def test_capitalised_heads_across_capitalised_words_are_one_name(text: str, published: str, name: str) -> None:
    """`Foreign Ministerial Strategic Dialogue`: a capitalised head, one or two capitalised words and another head
    are one name; `Policy Consultations` is no person."""
    found = held(text, "en", published)
    assert [e.name for e in found] == [name]
    assert all(d.name != "Policy Consultations" for e in found for d in e.delegates)


@pytest.mark.parametrize(("text", "published", "name"), [
    ("The ministers met in Rome on Friday. It was their first meeting since the state visit to Paris last March, "
     "when the two leaders signed the Clean Energy Pact.", "2024-10-21", "Clean Energy Pact"),
    ("The ministers met in Oslo on Monday, a year after the state visit to Bern last October, when the two leaders "
     "signed the Alpine Hydrogen Memorandum.", "2024-10-21", "Alpine Hydrogen Memorandum"),
])
def test_a_when_clause_takes_the_time_it_hangs_on(text: str, published: str, name: str) -> None:
    """`… last March, when the two leaders signed X`: the signing is of that time, mentioned; not of the report's
    day."""
    found = [e for e in extracted(text, "en", published) if e.name == name]
    assert found and all(e.mentioned for e in found)


@pytest.mark.parametrize(("text", "published"), [
    ("Belgium holds a non-permanent seat on the U.N. Security Council for 2019-2020.", "2019-03-26"),
    ("Korea holds the rotating chairmanship of the MIKTA foreign ministers' meeting this year.", "2024-02-10"),
    ("The two leaders recalled the national motto, which holds that unity makes strength, at the summit dinner.",
     "2024-02-10"),
])
def test_an_office_or_a_belief_held_is_no_meeting(text: str, published: str) -> None:
    """`holds a seat on the Security Council`, `which holds that …`: an office or a belief held, no meeting."""
    assert not extracted(text, "en", published)


def test_a_held_meeting_whose_office_is_a_modifier_is_held() -> None:
    """Guard: `held their annual Foreign Office Consultations`: the office word modifies the meeting held."""
    text = "Japan and France held their annual Foreign Office Consultations in Paris on Monday."
    assert [e.name for e in held(text, "en", "2024-06-11")] == ["Foreign Office Consultations"]


@pytest.mark.parametrize(("text", "published", "city", "people"), [
    ("President Lee and Prime Minister Carney agreed Monday to expand energy trade. The summit at the Presidential "
     "Office in Seoul came as Canada announced new investment in critical minerals.", "2025-10-27", "Seoul",
     {"Carney"}),
    ("Foreign Minister Iwaya and his Australian counterpart Penny Wong agreed Thursday to deepen defence ties. The "
     "talks at the Foreign Ministry in Tokyo came a day after Australia and New Zealand signed a new treaty.",
     "2025-03-27", "Tokyo", {"Penny Wong"}),
])
def test_a_meeting_placed_as_the_subject_of_came_is_held(text: str, published: str, city: str,
                                                        people: set[str]) -> None:
    """`The talks at the Defense Ministry in Tokyo came as …`: the wire's sentence placing the meeting it reports;
    what it came after or as has its own day and people."""
    found = held(text, "en", published)
    assert [e.location.city for e in found] == [city]
    assert people <= {d.name for d in found[0].delegates}
    assert all(d.name not in ("New Zealand",) for d in found[0].delegates)


@pytest.mark.parametrize(("text", "published"), [
    ("Background\n\n- Prime Minister Starmer met President Lee at the G7 summit in Kananaskis in June\n"
     "- the two countries signed a free trade agreement in 2009", "2025-11-20"),
    ("Notes\n\n- Chancellor Merz met President Lee at the NATO summit in The Hague in June\n- some 2,000 Korean "
     "firms operate in Germany", "2025-11-20"),
])
def test_a_bullets_dash_on_the_next_line_is_no_dateline(text: str, published: str) -> None:
    """`… in June\\n- the two …`: a bullet's dash on the next line opens an item; the month before it is the
    meeting's, which is past."""
    assert not held(text, "en", published)


@pytest.mark.parametrize(("text", "published", "city"), [
    ("Foreign Minister Wang is in Madrid today, his first visit since the state visit to Beijing last September. "
     "He also called on Prime Minister Sánchez.", "2024-05-13", "Madrid"),
    ("The Foreign Secretary is in Tokyo today, her first visit since the summit in London last April. She also "
     "called on Prime Minister Ishiba.", "2025-02-20", "Tokyo"),
])
def test_a_place_dated_last_month_is_not_the_trips(text: str, published: str, city: str) -> None:
    """`the state visit to Beijing last September`: a place dated by `last <month>` right after it is not where the
    report's trip is."""
    assert [e.location.city for e in held(text, "en", published)] == [city]


@pytest.mark.parametrize(("text", "published"), [
    ("The Foreign Minister called on President Lee Jae Myung in Seoul on Monday. Earlier that day, the Foreign "
     "Minister met Foreign Minister Cho Hyun. The Foreign Minister also called on President Lee.", "2025-11-03"),
    ("Secretary Rubio called on President Yoon Suk Yeol on Tuesday. He also met Foreign Minister Cho Tae-yul. "
     "Rubio later called on President Yoon again.", "2025-01-14"),
])
def test_a_korean_surname_keeps_the_person_met(text: str, published: str) -> None:
    """`President Yoon Suk Yeol`, later `President Yoon`: the surname before an unhyphenated given name is a name
    word of who was met, so the later call is the same meeting."""
    assert len(held(text, "en", published)) == 2


@pytest.mark.parametrize(("text", "published", "person", "country"), [
    ("Defence Minister Marles and his Japanese counterpart Gen Nakatani agreed on Sunday to deepen ties. The "
     "talks at the Defence Ministry in Canberra came as a Japanese destroyer visited Sydney.", "2025-02-16",
     "Gen Nakatani", "JPN"),
    ("Trade Minister Ahn and his Canadian counterpart Maninder Sidhu agreed on Friday to expand trade. The meeting "
     "in Ottawa came after a year of talks on critical minerals.", "2025-06-20", "Maninder Sidhu", "CAN"),
])
def test_a_counterparts_nationality_is_the_side(text: str, published: str, person: str, country: str) -> None:
    """`his British counterpart John Healey`: the adjective before `counterpart` names the counterpart's side."""
    assert (person, country) in {(d.name, d.country) for e in held(text, "en", published) for d in e.delegates}


@pytest.mark.parametrize(("text", "published", "name"), [
    ("President Yoon held talks with King Philippe of Belgium at the presidential office on Tuesday.", "2024-03-26",
     "King Philippe"),
    ("King Philippe of Belgium met Prime Minister Kishida in Tokyo on Monday.", "2023-10-09", "King Philippe"),
])
def test_a_kings_realm_is_not_his_name(text: str, published: str, name: str) -> None:
    """Data: `King Philippe of Belgium` is listed as `King Philippe`, as the other monarchs are."""
    assert name in {d.name for e in extracted(text, "en", published) for d in e.delegates}


@pytest.mark.parametrize(("text", "published"), [
    ("Prime Minister Starmer welcomed President Macron to the Tower of London today, where the two leaders "
     "signed the Northwood Declaration.", "2025-07-10"),
    ("The King hosted the President at the Tower of London on Tuesday, where the two leaders held talks.",
     "2025-07-09"),
])
def test_a_landmark_of_a_city_is_in_it(text: str, published: str) -> None:
    """`the Tower of London`: a landmark `of` a city is in that city (as `the port city of Busan`)."""
    assert {e.location.city for e in held(text, "en", published)} == {"London"}


@pytest.mark.parametrize(("text", "published", "person", "country"), [
    ("The G7 trade ministers met in Osaka on Saturday. Japan, which holds the rotating G7 presidency this year, was "
     "represented by Economy, Trade and Industry Minister Hiroshi Kajiyama, who chaired the meeting, and Foreign "
     "Minister Toshimitsu Motegi.", "2019-06-09", "Hiroshi Kajiyama", "JPN"),
    ("The Pacific Islands Forum foreign ministers met in Suva on Friday. Fiji, which hosted the talks, was "
     "represented by Foreign Affairs and Trade Minister Rosy Akbar.", "2023-08-11", "Rosy Akbar", "FJI"),
])
def test_a_side_before_a_relative_clause_is_represented(text: str, published: str, person: str,
                                                        country: str) -> None:
    """`Japan, which holds the presidency, was represented by X`: the side before a relative clause is X's, also
    across a portfolio's `and` (`Foreign Affairs and Trade Minister X`)."""
    assert (person, country) in {(d.name, d.country) for e in held(text, "en", published) for d in e.delegates}


@pytest.mark.parametrize(("text", "published", "head", "others"), [
    ("The G7 trade ministers met in Osaka on Saturday. Japan was represented by Economy Minister Hiroshi Kajiyama, "
     "who chaired the meeting, Foreign Minister Taro Kono and Agriculture Minister Takamori Yoshikawa.",
     "2019-06-09", "Hiroshi Kajiyama", {"Taro Kono", "Takamori Yoshikawa"}),
    ("The ASEAN economic ministers met in Jakarta on Monday. Indonesia was represented by Trade Minister Zulkifli "
     "Hasan, who co-chaired the meeting, Finance Minister Sri Mulyani Indrawati and Investment Minister Bahlil "
     "Lahadalia.", "2023-08-21", "Zulkifli Hasan", {"Sri Mulyani Indrawati", "Bahlil Lahadalia"}),
])
def test_who_chaired_marks_the_one_it_follows(text: str, published: str, head: str, others: set[str]) -> None:
    """`A, who chaired the meeting, B and C`: the relative clause marks A as head, not every person of its
    sentence."""
    heads = {d.name: d.head for e in held(text, "en", published) for d in e.delegates}
    assert heads.get(head) is True and all(heads.get(n) is False for n in others)


_SIGNED_LIST = [
    ("이재명 대통령은 11.3.(월) 청와대에서 캐나다 총리와 정상회담을 가졌습니다.\n\n□ 회담 직후 양 정상은 협정 및 "
     "양해각서 서명식에 임석하였습니다. 주요 서명 문서는 다음과 같습니다.\n ※ 「대한민국 정부와 캐나다 정부 간의 "
     "방산 협력에 관한 협정」: 안규백 국방부 장관 – 데이비드 맥긴티(David McGuinty) 캐나다 국방부 장관 서명\n "
     "※ 「핵심광물 협력에 관한 양해각서」: 김정관 산업통상부 장관 – 팀 호지슨(Tim Hodgson) 캐나다 에너지천연자원부 "
     "장관 서명", "2025-11-03",
     {"대한민국 정부와 캐나다 정부 간의 방산 협력에 관한 협정", "핵심광물 협력에 관한 양해각서"}),
    ("윤석열 대통령은 6.11.(화) 타슈켄트에서 우즈베키스탄 대통령과 정상회담을 개최하였습니다.\n\n□ 회담 후 양 "
     "정상 임석하에 협정 및 양해각서 서명식이 진행되었습니다. 서명 문서는 아래와 같습니다.\n ① 「핵심광물 공급망 "
     "협력에 관한 양해각서」: 안덕근 산업통상자원부 장관 – 라지즈 쿠드라토프(Laziz Kudratov) 우즈베키스탄 "
     "투자산업통상부 장관 서명\n ② 「교통 인프라 협력에 관한 양해각서」: 박상우 국토교통부 장관 – 일코므 막카모프"
     "(Ilkhom Makhkamov) 우즈베키스탄 교통부 장관 서명", "2024-06-11",
     {"핵심광물 공급망 협력에 관한 양해각서", "교통 인프라 협력에 관한 양해각서"}),
]


@pytest.mark.parametrize(("text", "published", "names"), _SIGNED_LIST)
def test_each_item_of_a_signed_documents_list_is_a_signing(text: str, published: str,
                                                           names: set[str]) -> None:
    """`주요 서명 문서는 다음과 같습니다.` over `※ 「X」: A 장관 – B 장관 서명`: each item is a signing of its own,
    held, with its signatories (who lead) and the lead's witnesses; the lead's plural (`협정 및 양해각서`) is no
    signing."""
    found = [e for e in held(text, "ko", published) if e.type == "agreement"]
    assert {e.name for e in found} == names
    for e in found:
        heads = {d.name for d in e.delegates if d.head}
        assert len(heads) == 2 and len(e.delegates) >= 3


@pytest.mark.parametrize(("text", "published", "person"), [
    ("조태열 장관은 3.4.(월) 서울에서 다니엘 부르자(Daniel Burza) 폴란드 개발장관과 회담을 가졌다.",
     "2024-03-04", "다니엘 부르자"),
    ("안덕근 장관은 5.20.(월) 에바 부르니(Eva Burni) 이탈리아 기업장관과 회담했다.", "2024-05-20", "에바 부르니"),
])
def test_a_word_glossed_in_latin_letters_is_a_name(text: str, published: str, person: str) -> None:
    """`부르자(Burza)`: a Hangul word glossed in Latin letters is a name spelt out, even where Kiwi reads a verb in
    it (`부르` + `자`). (Plausible officials, invented names.)"""
    assert person in {d.name for e in held(text, "ko", published) for d in e.delegates}
