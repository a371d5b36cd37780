"""Round 24 (ev28en): releases that report no held event (statistics, personnel, bid decisions, rule-making notices,
speeches at home events, analysis pieces) give only `mentioned` events, and English meetings told with a place
before `with`. Every text is written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import extracted
from tests.extract.sentences import held as _held


def _kinds(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.name) for e in _held(text, lang, published)]


def _mentioned(text: str, lang: str, published: str) -> list[EventRecord]:
    return [e for e in extracted(text, lang, published) if e.mentioned]


# Whole no-event releases: each refers to past meetings or agreements, none is reported as held.
_SPEECH_EN = (
    "Remarks by the Trade Minister at the Korea Economic Security Forum\n"
    "\n"
    "Good morning. It is a pleasure to be here in Seoul with so many leaders from business and academia.\n"
    "Last August, President Yoon, President Biden and Prime Minister Kishida met at Camp David and "
    "agreed to launch a supply chain early warning system. In April 2023, the leaders of Korea and the "
    "United States adopted the Washington Declaration at their summit in Washington.\n"
    "These meetings have laid the foundation for our work, and we will keep strengthening economic "
    "security with our partners."
)

_ANALYSIS_EN = (
    "Analysis: A year after Camp David, trilateral ties face a test\n"
    "\n"
    "One year ago today, the leaders of the United States, Japan and South Korea held their first "
    "stand-alone summit at Camp David and pledged to consult one another in a crisis.\n"
    "Since then, the three countries have set up a trilateral secretariat. The foreign ministers met on "
    "the sidelines of the ASEAN meetings in Vientiane in July.\n"
    "Analysts say elections in Washington and Tokyo could slow the momentum."
)

_PERSONNEL_EN = (
    "Government names new first vice foreign minister\n"
    "\n"
    "The government today announced the appointment of Kim Hong-kyun as first vice foreign minister.\n"
    "Kim previously held talks with U.S. and Japanese officials as special representative for Korean "
    "peninsula peace and security affairs. The appointment comes a week after the foreign ministers of "
    "Korea and Japan met in Tokyo."
)

_BID_EN = (
    "Czech government picks KHNP as preferred bidder for Dukovany reactors\n"
    "\n"
    "PRAGUE, July 17, 2024 -- The Czech government on Wednesday selected Korea Hydro & Nuclear Power "
    "(KHNP) as the preferred bidder to build two new reactors at the Dukovany power plant, Prime "
    "Minister Petr Fiala said.\n"
    "The two sides will now negotiate the terms, and the final contract is expected to be signed by the "
    "end of March 2025.\n"
    "The decision comes two years after President Yoon Suk Yeol and Prime Minister Fiala agreed to "
    "expand nuclear energy cooperation at their summit in Seoul."
)

_STATS_EN = (
    "Exports hit record high in 2024 on chip demand\n"
    "\n"
    "SEJONG, January 1, 2025 -- South Korea's exports rose 8.2 percent in 2024 to a record 683.8 billion "
    "dollars, the Ministry of Trade, Industry and Energy said on Wednesday. Semiconductor shipments "
    "reached 141.9 billion dollars.\n"
    "Speaking at the Korea Trade Forum in Seoul today, the minister said the memorandum on supply chains "
    "signed with Australia two years ago had opened new markets for battery materials."
)

_CABINET_KO = (
    "한 총리, 국무회의 주재…반도체 전략 의결\n"
    "\n"
    "한덕수 국무총리는 18일 정부서울청사에서 국무회의를 주재하고 국가 반도체 전략을 의결했다.\n"
    "이번 전략은 지난 4월 워싱턴에서 열린 한미 정상회담에서 "
    "양국 정상이 합의한 공급망 협력의 후속 조치다.\n"
    "정부는 내년 상반기까지 세부 이행계획을 마련할 계획이다."
)

_FORUM_KO = (
    "산업부 장관, 배터리 산업 포럼 축사\n"
    "\n"
    "안덕근 산업통상자원부 장관은 18일 서울에서 열린 배터리 산업 포럼에서 축사를 통해 "
    "지난해 호주와 체결한 핵심광물 양해각서의 성과를 소개했다. "
    "안 장관은 \"작년 한미 정상회담에서 합의한 공급망 협력을 차질 없이 이행하겠다\"고 말했다.\n"
    "산업부 차관은 같은 날 국내 배터리 기업들과 간담회를 열고 리튬 수급 동향을 점검했다."
)


def test_no_event_releases_give_no_held_event() -> None:
    for text, lang, published in ((_SPEECH_EN, "en", "2024-03-14"), (_ANALYSIS_EN, "en", "2024-08-18"),
                                  (_PERSONNEL_EN, "en", "2024-03-14"), (_BID_EN, "en", "2024-07-17"),
                                  (_STATS_EN, "en", "2025-01-01"), (_CABINET_KO, "ko", "2024-07-18"),
                                  (_FORUM_KO, "ko", "2024-07-18")):
        assert _kinds(text, lang, published) == [], text[:40]


# Date grammar: `last August` is the month's latest occurrence before the report's month, `two years ago` and `one
# year ago today` count back from the report; an event told with them is referred to in passing.
def test_last_month_and_ago_are_past() -> None:
    text = "Last November, President Biden met President Xi Jinping in Woodside, California."
    assert _kinds(text, "en", "2024-03-14") == []
    assert [e.date for e in _mentioned(text, "en", "2024-03-14")] == [None]
    text = "Two years ago, Korea and Australia signed a memorandum of understanding on critical minerals in Canberra."
    assert _kinds(text, "en", "2024-08-18") == []
    text = "One year ago today, the leaders of Japan and the Philippines held talks in Manila."
    assert _kinds(text, "en", "2024-11-05") == []
    assert [str(e.date) for e in _mentioned(text, "en", "2024-11-05")] == ["2023-11-05"]
    text = "When the leaders met in Washington last April, they signed a memorandum on semiconductor cooperation."
    assert _kinds(text, "en", "2024-03-14") == []


# A place between a sit-down verb and `with` (`sat down today in Beijing with X, Minister of …`) keeps the meeting.
def test_sat_down_in_a_place_with() -> None:
    text = "Secretary Blinken sat down today in Manila with Enrique Manalo, Secretary of Foreign Affairs."
    assert [e.type for e in _held(text, "en", "2024-03-19")] == ["dialogue"]
    text = "Foreign Minister Joly sat down on Tuesday in Ottawa with Cho Tae-yul, Minister of Foreign Affairs of Korea."
    assert [e.type for e in _held(text, "en", "2024-04-09")] == ["dialogue"]


# A career's adverb (`previously`, `formerly`), a time counted from another event (`a week after …`, `days before
# …`) and a perfect with a count (`have held three rounds of …`) tell of past events, not of one held now.
def test_career_span_and_tally_are_past() -> None:
    text = "Ambassador Lee formerly led the Korean delegation to the Korea-U.S. strategic dialogue in Washington."
    assert _kinds(text, "en", "2024-03-14") == []
    text = "The appointment was announced today. Kim previously held talks with Japanese officials in Tokyo."
    assert _kinds(text, "en", "2024-03-14") == []
    text = "The figures were released today, a week after Korea and Japan held trade talks in Seoul."
    assert _kinds(text, "en", "2024-03-14") == []
    text = ("OTTAWA -- The new minister was sworn in on Thursday, a day after the Prime Minister signed a defence "
            "pact in London.")
    assert _kinds(text, "en", "2024-03-14") == []
    text = "Since the 2023 summit, the two countries have held three rounds of the Nuclear Consultative Group."
    assert _kinds(text, "en", "2024-03-14") == []
    text = "Korea and Chile have signed several agreements on lithium since 2021."
    assert _kinds(text, "en", "2024-03-14") == []


# A government's own meeting, and a forum, seminar or briefing whose name spells out no foreign party, is no
# diplomatic event; a forum named for two countries still is.
def test_home_gatherings_are_no_event() -> None:
    assert _kinds("The Prime Minister chaired a Cabinet meeting today and approved the semiconductor strategy, "
                  "which builds on the Korea-U.S. summit.", "en", "2024-07-18") == []
    assert _kinds("At the forum in Seoul today, the minister said the agreement signed with Australia last "
                  "December had opened new markets.", "en", "2024-07-18") == []
    assert _kinds("In a keynote address to the National Assembly forum on economic security today, the minister "
                  "said Korea would deepen cooperation with the United States and Japan.", "en", "2024-07-18") == []
    text = "윤석열 대통령은 18일 국무회의를 주재하고 한-체코 원전 협력 성과를 점검했다."
    assert _kinds(text, "ko", "2024-07-18") == []
    text = "장관은 18일 서울에서 열린 수소경제 세미나에서 지난해 일본과 체결한 수소 협력 양해각서를 소개했다."
    assert _kinds(text, "ko", "2024-07-18") == []
    held = _held("President Yoon and Prime Minister Fiala attended the Korea-Czech Business Forum in Prague today.",
                 "en", "2024-09-20")
    assert [e.type for e in held] == ["dialogue"]
    held = _held("The two leaders met in London today and attended the Japan-Canada business forum held at the "
                 "Guildhall.", "en", "2024-09-20")
    assert any("forum" in (e.name or "") for e in held)
    # (a foreign country's officer taking part keeps a gathering at home)
    held = _held("The forum in Seoul on 9 May 2024 was co-chaired by Vice Minister Kim Hong-kyun and Jose "
                 "Manuel Albares, Minister of Foreign Affairs of Spain.", "en", "2024-05-09", "kr.mofa")
    assert [e.type for e in held] == ["dialogue"]


# A meeting named as what is reported on (`the outcome of …`) or dated by a possessive (`last week's talks`) is not
# the object the verb holds.
def test_reported_on_meeting_is_not_held() -> None:
    assert _kinds("The Ministry held a briefing for reporters on Thursday on the outcome of last week's talks with "
                  "Japan.", "en", "2024-07-18") == []
    assert _kinds("The ministry held a briefing today on the results of the trilateral summit with Japan and the "
                  "United States.", "en", "2024-07-18") == []


# A sentence telling a held meeting before a past one (`…, a day after X signed a pact in Y`) keeps its people.
def test_held_meeting_before_a_past_one_keeps_its_people() -> None:
    for text in ("OTTAWA -- President Lula met Prime Minister Justin Trudeau in Ottawa on Tuesday, a day after Lula "
                 "signed a trade pact in Washington.",
                 "NEW DELHI -- Chancellor Olaf Scholz held talks with Prime Minister Narendra Modi on Friday, two "
                 "days after Modi signed a defence agreement in Paris."):
        held = _held(text, "en", "2024-10-25")
        assert len(held) == 1 and held[0].type == "dialogue"
        assert len(held[0].delegates) == 2, [d.name for d in held[0].delegates]
