"""Round 56: trade negotiations (rounds announced, concluded, begun), a series of meetings over days, a host gathering
named as the occasion. Sentences written for these tests (real public facts or plausible ones, our own wording; none
from the corpus), each failing before its rule (at 2afaabd) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held


@pytest.mark.parametrize(("text", "published", "day"), [
    ("양국은 지난해 10월 21∼23일 자카르타에서 제1차 공동위원회를 열었다.", "2024-06-12", "2023-10-21"),
    ("두 나라는 작년 3월 4~5일 리야드에서 제2차 협상을 가졌다.", "2019-02-20", "2018-03-04"),
])
def test_a_range_of_days_after_a_relative_year_and_month(text: str, published: str, day: str) -> None:
    """`지난해 11월 28∼30일`: a range of days after last year's month is dated by its first day of that month and year
    (not a day of the report's month)."""
    assert [str(e.date) for e in extracted(text, "ko", published)] == [day]


@pytest.mark.parametrize(("text", "name"), [
    ("제4차 한-에콰도르 SECA 협상이 12일 키토에서 열렸다. 협상에는 이승준 산업통상자원부 자유무역협정교섭관과 "
     "마리아 소토 에콰도르 생산통상부 차관이 수석대표로 참석했다.", "이승준"),
    ("제2차 한-과테말라 FTA 협상이 12일 서울에서 열렸다. 우리 측에서는 김지현 자유무역협정(FTA)교섭관이 "
     "수석대표로 나섰다.", "김지현"),
])
def test_a_trade_negotiator_named_before_the_title(text: str, name: str) -> None:
    """`권혜진 자유무역협정교섭관`, `김기준 자유무역협정(FTA)교섭관`: the ministry's negotiator heads a round; the
    title with a gloss inside it (`(FTA)`) ends as the title does."""
    found = held(text, "ko", "2023-05-13")
    assert [name in {d.name for d in e.delegates} for e in found] == [True]


@pytest.mark.parametrize("text", [
    "산업통상자원부는 14~15일 서울에서 한-조지아 EPA 제3차 협상을 개최한다고 12일 밝혔다.",
    "한국과 태국이 경제동반자협정(EPA) 타결을 위한 다섯 번째 공식 협상을 방콕에서 연다.",
])
def test_a_round_announced_ahead_is_not_held(text: str) -> None:
    """`14~15일 … 개최한다고 12일 밝혔다`: a bare day after the report's in a schedule announced is this month's,
    ahead (no event of last month's day); `… 협상을 방콕에서 연다` (the plain present, no day told) tells a schedule
    too."""
    found = extracted(text, "ko", "2023-07-12")
    assert not any(e.date is not None and e.date.month == 6 for e in found) and not any(not e.mentioned for e in found)


def test_a_round_told_as_done_on_a_bare_day_stays_last_months() -> None:
    """Guard: `14일 … 열었다` (the past) on a day after the report's day is last month's."""
    found = extracted("양측은 14일 서울에서 제2차 공급망 대화를 열었다.", "ko", "2023-07-12")
    assert [str(e.date) for e in found] == ["2023-06-14"]


@pytest.mark.parametrize(("text", "party"), [
    ("정 본부장은 같은 날 응고지 오콘조이웰라 WTO 사무총장과도 만나 다자무역체제 개혁 방안을 "
     "논의했다.", "WTO"),
    ("여 본부장은 아제이 방가 세계은행 총재와도 만나 다자개발은행 개혁을 논의했다.", "WB"),
])
def test_met_too_with_the_contracted_ending(text: str, party: str) -> None:
    """`X 사무총장과도 만나 …`: `만나` (the contracted `-아`) after `과도` is a meeting with X, as `과 만나` is."""
    assert [party in e.participants for e in held(text, "ko", "2024-05-16")] == [True]


_RELAY = ("안 본부장은 디트로이트에서 열린 APEC 통상장관회의를 계기로 주요국 대표들과 잇따라 면담했다고 "
          "27일 밝혔다.\n\n"
          "25~26일 열린 통상장관회의에는 21개 회원 경제체 대표단이 참석했다.\n\n"
          "안 본부장은 25일 왕원타오 중국 상무부장과 면담하고 공급망 협력을 논의했다.")
_FORUM = ("조 장관은 비엔티안에서 열린 아세안 관련 외교장관회의를 계기로 주요국 장관들과 잇따라 "
          "회담했다.\n\n"
          "25~27일 열린 외교장관회의에는 27개국 장관이 참석했다.\n\n"
          "조 장관은 26일 페니 웡 호주 외교장관과 회담했다.")


@pytest.mark.parametrize(("text", "published", "gathering"), [
    (_RELAY, "2023-05-27", "통상장관회의"),
    (_FORUM, "2024-07-28", "외교장관회의"),
])
def test_the_gathering_named_as_the_occasion_is_mentioned(text: str, published: str, gathering: str) -> None:
    """`X를 계기로 … 잇따라 면담` and then `… 열린 X에는 … 참석했다`: the gathering the text names as the occasion of
    its meetings with people is their host however it is told, mentioned (records.md rule 4); the meeting with a
    person stays held, alone."""
    found = held(text, "ko", published)
    assert not any(e.name == gathering for e in found)
    assert len(found) == 1 and len(found[0].delegates) >= 1


def test_a_longer_name_than_the_occasion_is_its_own_meeting() -> None:
    """Guard: `G20 외교장관회의를 계기로` names the host; `믹타(MIKTA) 외교장관회의` held there is a meeting of its
    own."""
    text = ("강 장관은 G20 외교장관회의를 계기로 21일 부에노스아이레스에서 열린 제12차 믹타(MIKTA) 외교장관회의에 "
            "참석했다.")
    assert [e.name for e in held(text, "ko", "2018-05-22")] == ["제12차 믹타(MIKTA) 외교장관회의"]


@pytest.mark.parametrize(("text", "published"), [
    ("여 본부장은 11일부터 13일까지 각국 통상장관들과 릴레이 면담을 진행했다고 14일 밝혔다.\n\n"
     "여 본부장은 12일 오전 캐서린 타이 USTR 대표와 면담했다.\n\n"
     "팜 뚜언 안 베트남 산업통상부 차관과의 면담에서는 핵심광물 공급망 협력을 논의했다.", "2023-11-14"),
    ("이 차관은 4~6일 아프리카 각국 대표들과 연쇄 면담을 가졌다고 7일 밝혔다.\n\n"
     "이 차관은 5일 윌리엄 루토 케냐 대통령을 예방했다.\n\n"
     "이 차관은 또 나이지리아 외교장관과 만나 에너지 협력을 논의했다.", "2024-06-07"),
])
def test_meetings_of_a_series_over_days_are_undated_but_the_one_told_with_its_day(text: str, published: str) -> None:
    """`11일부터 13일까지 … 릴레이 면담을 진행했다` then `12일 A와 면담` then `B와의 면담에서`: a series over a span
    of days; B's meeting is on some day of it (records.md rule 6), not A's day; `릴레이 면담` itself is no meeting."""
    found = held(text, "ko", published)
    assert sorted(str(e.date) for e in found) == sorted([str(found[0].date), "None"])
    assert len(found) == 2 and found[0].date is not None


@pytest.mark.parametrize(("text", "published"), [
    ("양국은 2월 도쿄에서 제1차 협상을 가졌다.", "2024-11-20"),
    ("두 나라는 3월 리마에서 제2차 공동위원회를 열었다.", "2023-10-05"),
])
def test_a_month_told_as_done_ahead_of_the_report_is_last_years(text: str, published: str) -> None:
    """`2월 … 제1차 협상을 가졌다` in a November report: a month told as done is this year's, past (the month alone:
    no day, mentioned), not next year's."""
    assert held(text, "ko", published) == []


@pytest.mark.parametrize("text", [
    "□ 제2차 한-페루 FTA 공동위원회가 13일 리마에서 열렸다.\n\n   * 한-페루 FTA는 높은 수준의 시장 개방을 담아 "
    "체결되었음",
    "□ 제5차 한-호주 에너지·자원 대화가 13일 캔버라에서 열렸다.\n\n   * 한-호주 FTA는 높은 수준의 협정으로 "
    "체결되었으며, 양국 교역 확대에 기여",
])
def test_a_footnote_on_a_starred_word_tells_no_event(text: str) -> None:
    """`   * 한-영 FTA는 … 체결되었으며`: a footnote glossing a word above, with no day of its own, is background."""
    assert [e.type for e in held(text, "ko", "2024-06-14")] == ["dialogue"]


@pytest.mark.parametrize("text", [
    "이번 협상은 지난 5월 호주 총선 이후 노동당 정부가 출범한 뒤 처음 열리는 공식 협상이다.",
    "양국은 새 정부 출범 이후 첫 통상장관회담을 가졌다.",
])
def test_a_government_taking_office_is_no_launch(text: str) -> None:
    """`노동당 정부가 출범한 뒤`, `새 정부 출범 이후`: a government taking office launches no body (records.md rule 1);
    `노동당 정부` is no North Korean party."""
    found = extracted(text, "ko", "2022-07-12")
    assert not any(e.type == "launch" for e in found) and not any("PRK" in e.participants for e in found)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("GENEVA, June 12 (Reuters) - Switzerland and Thailand said on Monday they had concluded negotiations on a free "
     "trade agreement, with Economy Minister Guy Parmelin and Commerce Minister Jurin Laksanawisit meeting in "
     "Geneva.", "2023-06-12", "2023-06-12"),
    ("CANBERRA, July 4 (AP) - Australia and the United Arab Emirates announced today that they had signed a "
     "comprehensive economic partnership agreement, Trade Minister Don Farrell said.", "2024-07-04", "2024-07-04"),
])
def test_the_past_perfect_of_what_was_said_that_day_is_that_days_news(text: str, published: str, day: str) -> None:
    """`… said on Monday they had concluded negotiations on a free trade agreement`: the past perfect after a
    reporting verb with its day is reported speech's backshift, the report's news, not an earlier agreement."""
    assert day in [str(e.date) for e in held(text, "en", published) if e.type == "agreement"]


@pytest.mark.parametrize(("text", "groups"), [
    ("The South American bloc Mercosur and Japan held talks in Geneva on Monday, with Swiss Economy Minister Guy "
     "Parmelin in the chair.", {"MERCOSUR", "JPN"}),
    ("The European Free Trade Association and Japan held talks in Reykjavik on Monday, with Latin American observers "
     "present and Iceland's Foreign Minister Thordis Kolbrun Reykfjord Gylfadottir in the chair.", {"EFTA", "JPN"}),
])
def test_trade_blocs_and_regional_adjectives(text: str, groups: set[str]) -> None:
    """`Mercosur`, `EFTA` are groupings (data); `South American`, `Latin American` name a region, not the United
    States."""
    found = held(text, "en", "2023-06-27")
    assert len(found) == 1 and groups <= set(found[0].participants) and "USA" not in found[0].participants


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Indonesia and Kenya launched CEPA negotiations in Nairobi on Tuesday. Following the launch, the first round of "
     "IK-CEPA negotiations started on the same day, with Director General Djatmiko Bris Witjaksono leading the "
     "Indonesian team, and runs until Friday.", "2024-06-05", "2024-06-04"),
    ("The second round of EU-Thailand FTA negotiations started in Bangkok on Monday and runs through Friday, with "
     "chief negotiator Helena Konig leading the EU team.", "2023-09-20", "2023-09-18"),
])
def test_a_round_of_negotiations_as_the_subject_of_started(text: str, published: str, day: str) -> None:
    """`the first round of X negotiations started on …`: a round of a process is a meeting, the subject of `started`;
    `until Friday`, `through Friday` end its span, not its day."""
    assert [str(e.date) for e in held(text, "en", published) if e.type == "dialogue"] == [day]


@pytest.mark.parametrize("text", [
    "The talks are focusing on market access and critical minerals, Indonesia's trade ministry said in a statement "
    "released on Wednesday, adding that President Prabowo Subianto will attend the APEC meeting in Peru.",
    "A signed agreement would be the first trade deal between the two countries, officials said on Wednesday.",
])
def test_a_sources_statement_or_an_attribute_participle_is_no_event(text: str) -> None:
    """`said in a statement released on Wednesday`: one side's statement, the report's source; `A signed agreement
    would be …`: the participle is an attribute of a kind, no signing told."""
    assert held(text, "en", "2024-11-06") == []
