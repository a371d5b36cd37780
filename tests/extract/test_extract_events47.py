"""Events and delegates, round 47. Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before its rule (at 4339bfc) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "pairs"), [
    ("Foreign Minister Cho Tae-yul on Tuesday held separate bilateral talks in Seoul with Uzbek Foreign Minister "
     "Bakhtiyor Saidov and with Deputy Prime Minister and Foreign Minister Murat Nurtleu of Kazakhstan, the ministry "
     "said.", "2024-11-06", [{"KOR", "UZB"}, {"KOR", "KAZ"}]),
    ("Foreign Minister Penny Wong held separate bilateral talks in Canberra on Monday with Foreign Minister Winston "
     "Peters of New Zealand and with Deputy Prime Minister and Foreign Minister Enrique Manalo of the Philippines.",
     "2024-08-06", [{"AUS", "NZL"}, {"AUS", "PHL"}]),
])
def test_separate_talks_with_two_people_are_two_meetings(text: str, published: str, pairs: list[set[str]]) -> None:
    """`held separate bilateral talks with A and with B`: one meeting with each, each with its own party; a double
    title (`Deputy Prime Minister and Foreign Minister X`) is one person, and `the ministry said` no one met."""
    events = held(text, "en", published)
    assert sorted(sorted(e.participants) for e in events) == sorted(sorted(p) for p in pairs)


@pytest.mark.parametrize("text", [
    "Foreign Minister Hayashi met Foreign Minister Rau in Warsaw on Tuesday and Foreign Minister Lipavsky in Prague on "
    "Wednesday.\n\nIn each meeting, Minister Hayashi and his counterpart had a wide-ranging discussion of support "
    "for Ukraine.",
    "Secretary Blinken met President Ruto and, separately, Foreign Minister Mutua in Nairobi on Monday.\n\nIn both "
    "meetings, the two sides had a wide-ranging discussion of trade and security.",
])
def test_each_meeting_refers_back(text: str) -> None:
    """`In each meeting, …`, `In both meetings, … had a discussion`: the meetings told before, not another one."""
    before = held(text.split("\n\n")[0], "en", "2024-11-07")
    assert len(held(text, "en", "2024-11-07")) == len(before)


@pytest.mark.parametrize("text", [
    "The Korea-Central Asia Cooperation Forum has been held every year since 2007.",
    "The Japan-Mongolia strategic dialogue is held annually in Tokyo or Ulaanbaatar.",
])
def test_how_a_series_recurs_is_no_event(text: str) -> None:
    """`has been held every year since 2007`, `is held annually`: the series' habit, not a meeting of the report."""
    assert held(text, "en", "2024-11-05") == []


def test_a_meeting_held_on_a_day_is_still_held() -> None:
    """Guard: `was held in Seoul on Tuesday` is held."""
    events = held("The 5th Korea-Australia 2+2 dialogue was held in Seoul on Tuesday.", "en", "2024-11-07")
    assert [str(e.date) for e in events] == ["2024-11-05"]


def _names(text: str, lang: str, published: str) -> set[str]:
    return {d.name for e in held(text, lang, published) for d in e.delegates}


@pytest.mark.parametrize("text", [
    "한-태국 EPA가 체결되면 자동차와 부품 등 우리 관심 품목의 수출 여건이 크게 개선될 것으로 기대된다.",
    "양국 간 투자보장협정이 서명되면 우리 기업의 현지 진출이 한층 쉬워질 전망이다.",
])
def test_a_signing_under_a_condition_is_not_done(text: str) -> None:
    """`X가 체결되면 …`, `X가 서명되면 …`: if it is concluded, not concluded."""
    assert held(text, "ko", "2024-07-11") == []


@pytest.mark.parametrize("text", [
    "(서울=연합뉴스) 김홍균 외교부 제1차관이 1일부터 5일까지 스페인과 독일을 잇달아 방문한다고 "
    "외교부가 이날 밝혔다.\n\n"
    "김 차관은 마드리드에서 제3차 한-스페인 전략대화를 갖는다.",
    "(서울=뉴스1) 강인선 외교부 제2차관이 이번 주 케냐를 방문한다고 외교부가 8일 밝혔다.\n\n"
    "강 차관은 나이로비에서 케냐 외교차관과 정책협의회를 연다.",
])
def test_a_schedule_reported_in_the_present_goes_on_in_the_present(text: str) -> None:
    """`… 방문한다고 외교부가 밝혔다. 김 차관은 … 전략대화를 갖는다`: a schedule reported in the plain present, told
    on in the plain present, is ahead."""
    assert held(text, "ko", "2024-12-01") == []


@pytest.mark.parametrize(("text", "published"), [
    ("On February 15, Minister Motegi held the following meetings in Munich.\n\n1. Japan-China Foreign Ministers' "
     "Meeting\nMinister Motegi met with State Councilor Wang Yi.\n\n2. Japan-U.S.-ROK Foreign Ministers' Meeting\n"
     "Minister Motegi took part in a trilateral meeting with Secretary Pompeo and Minister Kang Kyung-wha.",
     "2020-02-16"),
    ("On July 28, Minister Hayashi held the following meetings in Phnom Penh.\n\n1. Japan-U.K. Foreign Ministers' "
     "Meeting\nMinister Hayashi met with Foreign Secretary Liz Truss.\n\n2. Japan-U.S.-Australia-India Foreign "
     "Ministers' Meeting\nMinister Hayashi took part in a meeting with Secretary Blinken, Minister Wong and Minister "
     "Jaishankar.", "2022-07-29"),
])
def test_a_numbered_heading_with_abbreviations_opens_its_section(text: str, published: str) -> None:
    """`2. Japan-U.S.-ROK Foreign Ministers' Meeting`: a heading name may hold abbreviations with full stops."""
    assert len([e for e in held(text, "en", published) if e.type == "dialogue"]) == 2


@pytest.mark.parametrize(("text", "name"), [
    ("Goyal and Oman's Minister of Commerce, Industry and Investment Promotion Qais bin Mohammed Al Yousef signed the "
     "agreement in Muscat on Thursday.", "Qais bin Mohammed Al Yousef"),
    ("Minister Ng met Kenya's Cabinet Secretary for Youth and Sports Ababu Namwamba in Nairobi on Thursday.",
     "Ababu Namwamba"),
])
def test_a_portfolio_word_closes_the_title(text: str, name: str) -> None:
    """`Minister of … Investment Promotion X`, `Cabinet Secretary for Youth and Sports X`: a portfolio's last word
    is the title's, and the name after it is whole."""
    assert name in _names(text, "en", "2025-12-19")


@pytest.mark.parametrize("text", [
    'Foreign Minister Motegi and Defence Minister Kishi held their first-ever "two-plus-two" security talks with '
    "German counterparts Heiko Maas and Annegret Kramp-Karrenbauer by video on Tuesday.",
    'Japan and the Philippines held their first-ever "two-plus-two" foreign and defence talks in Tokyo on Saturday.',
])
def test_a_first_ever_meeting_is_the_first_round(text: str) -> None:
    """`their first-ever "two-plus-two" talks`: the first of a new format, ordinal 1 (records.md rule 3)."""
    assert [e.ordinal for e in held(text, "en", "2021-04-14")] == [1]


@pytest.mark.parametrize(("text", "city"), [
    ("Secretary Blinken met Foreign Minister Ayman Safadi of Jordan at the Department of State on Tuesday.",
     "Washington"),
    ("Prime Minister Kishida received President Ruto of Kenya at the Kantei on Monday.", "Tokyo"),
])
def test_a_seat_of_government_places_the_meeting(text: str, city: str) -> None:
    """`at the Department of State`, `at the Kantei`: a government's seat places the meeting in its city."""
    assert [(e.location or {}).get("city") if isinstance(e.location, dict) else getattr(e.location, "city", None)
            for e in held(text, "en", "2024-02-14")] == [city]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("On September 18, Minister Kamikawa held the following meetings in New York.\n\n1. Japan-U.S. Foreign Ministers' "
     "Meeting\n\nMinister Kamikawa held her first in-person meeting with Secretary Blinken, following their telephone "
     "talk on September 14.", "2023-09-19", "2023-09-18"),
    ("On April 4, Minister Hayashi held the following meetings in Brussels.\n\n1. Japan-U.S. Foreign Ministers' "
     "Meeting\n\nMinister Hayashi held his first in-person meeting with Secretary Blinken, following their telephone "
     "talk on March 28.", "2023-04-05", "2023-04-04"),
])
def test_the_day_of_an_earlier_call_is_not_the_meetings(text: str, published: str, day: str) -> None:
    """`…, following their telephone talk on September 14`: the day of the earlier call the phrase names, not of the
    meeting told. (The second sentence was read right before this rule too: a guard.)"""
    assert [str(e.date) for e in held(text, "en", published) if e.type == "dialogue"] == [day]


@pytest.mark.parametrize("text", [
    "문재인 대통령은 오늘 오후 모하메드 빈 자이드 알 나흐얀(Mohamed bin Zayed Al Nahyan) 아랍에미리트(UAE) 아부다비 "
    "왕세제와 통화한 데 이어, 무함마드 빈 살만(Mohammed bin Salman) 사우디아라비아 왕세자와 통화했습니다.",
    "윤석열 대통령은 이날 오후 칼리드 빈 모하메드 알 나흐얀(Khaled bin Mohamed Al Nahyan) 아랍에미리트(UAE) 아부다비 "
    "왕세자와 통화한 데 이어, 압델 파타 알 시시(Abdel Fattah el-Sisi) 이집트 대통령과 통화했다.",
])
def test_two_calls_told_one_after_the_other_are_two(text: str) -> None:
    """`A와 통화한 데 이어, B와 통화했습니다`: two calls, each with its own counterpart. A country's abbreviation in
    parentheses (`아랍에미리트(UAE)`) glosses no person, `왕세제` is a title, and the particles of Arabic names
    (`빈`, `알`) tell no one apart."""
    assert len(held(text, "ko", "2020-03-05")) == 2


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Today I signed, with Foreign Minister Penny Wong's counterpart from Timor-Leste, a treaty on maritime "
     "boundaries.\n\nThe Treaty was signed at United Nations Headquarters in New York on 6 March (local time).",
     "2018-03-07", "2018-03-06"),
    ("Today Minister Hayashi signed an agreement on the transfer of defence equipment with Foreign Minister Retno "
     "Marsudi.\n\nThe Agreement was signed in Jakarta on 27 March (local time), in the presence of both ministers.",
     "2023-03-28", "2023-03-27"),
])
def test_a_signing_told_today_and_on_its_local_day_is_one(text: str, published: str, day: str) -> None:
    """`Today I signed … a treaty` and `The Treaty was signed in New York on 6 March (local time)`: one signing told
    across time zones; the local day wins."""
    assert [str(e.date) for e in held(text, "en", published) if e.type == "agreement"] == [day]


def test_two_signings_on_two_days_stay_two() -> None:
    """Guard: two signings a day apart with no local-time day are two."""
    text = ("Today Minister Hayashi signed an agreement on defence equipment with Indonesia.\n\nOn Monday, Minister "
            "Hayashi signed a memorandum on energy with Viet Nam.")
    assert len([e for e in held(text, "en", "2023-03-28") if e.type == "agreement"]) == 2
