"""Round 26, commitment topics (records.md rule 10): recurring field words missing from the topic keyword lists (a
trading system, electric power, military-to-military channels), and a side meeting's paragraph; each rule on
sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# The (multilateral, rules-based) trading system is trade's field: `trading` is not the keyword `trade`.
def test_trading_system_is_trade() -> None:
    text = ("Trade Minister Don Farrell and New Zealand Trade Minister Todd McClay met in Canberra on July 12, 2024 "
            "and agreed to work together to uphold the multilateral trading system.")
    assert _topics(text, "en", "2024-07-13") == {"trade"}
    text = ("The trade ministers of Japan and Australia met in Tokyo on March 4, 2024. They pledged to defend a "
            "rules-based trading system.")
    assert _topics(text, "en", "2024-03-05") == {"trade"}


# Electric power (`전력 공급`, `전력산업`, `발전소`; power plants, power generation) is energy's field; not a bare
# `전력`, which is also full strength (`전력을 다해`) or military strength.
def test_electric_power_is_energy() -> None:
    text = ("안덕근 산업통상자원부 장관은 2024년 6월 4일 서울에서 카자흐스탄 에너지부 장관과 회담을 갖고 "
            "양국 전력산업 협력을 확대하기로 했다.")
    assert _topics(text, "ko", "2024-06-05") == {"energy"}
    text = ("윤석열 대통령은 2024년 6월 12일 아스타나에서 토카예프 카자흐스탄 대통령과 정상회담을 갖고 "
            "노후 발전소 현대화 사업에 협력하기로 했다.")
    assert _topics(text, "ko", "2024-06-13") == {"energy"}
    text = ("The foreign ministers of Vietnam and Japan met in Hanoi on January 10, 2024 and agreed to cooperate on "
            "building new power plants in Vietnam.")
    assert _topics(text, "en", "2024-01-11") == {"energy"}


# Military-to-military channels are defence's (`military` does not match inside the hyphenated compound).
def test_military_to_military_is_defense() -> None:
    text = ("Defense Secretary Lloyd Austin and Chinese Defense Minister Dong Jun met in Singapore on May 31, 2024 and "
            "agreed to maintain military-to-military communication.")
    assert _topics(text, "en", "2024-06-01") == {"defense"}
    text = ("The defence ministers of Australia and China met in Beijing on June 3, 2024. They agreed to keep "
            "military-to-military channels open.")
    assert _topics(text, "en", "2024-06-04") == {"defense"}


def _by_counterpart(text: str, lang: str, published: str) -> list[tuple[set[str], set[str]]]:
    """Each held event's delegates' names and commitment topics, in the order of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    return [({d.name for d in e.delegates if d.name}, {c.topic for c in e.commitments}) for e in events]


# A side meeting told first in its paragraph (`Later on Tuesday, X met with Prime Minister Y.`) is that paragraph's
# meeting: what the paragraph goes on to say was agreed is its, not the day's first meeting's.
def test_side_meeting_opening_a_paragraph_keeps_its_paragraph() -> None:
    text = ("SEOUL — U.S. Secretary of Commerce Gina Raimondo held meetings with Korean officials in Seoul this "
            "week.\n\nOn Tuesday, June 6, Secretary Raimondo met with Minister of Trade Ahn Duk-geun. The two agreed "
            "to keep working on export controls.\n\nLater on Tuesday, Secretary Raimondo met with Prime Minister Han "
            "Duck-soo. The Prime Minister and the Secretary discussed ways to expand investment in battery plants.")
    events = _by_counterpart(text, "en", "2023-06-07")
    assert [t for _, t in events] == [{"export_control"}, {"batteries", "investment"}], events


def test_side_meeting_paragraph_after_another_meeting() -> None:
    text = ("NEW DELHI — Australian Foreign Minister Penny Wong held talks in New Delhi on Monday.\n\nOn Monday, "
            "March 11, Minister Wong met with External Affairs Minister S. Jaishankar. The two ministers agreed to "
            "deepen maritime security cooperation.\n\nLater on Monday, Minister Wong met with Prime Minister "
            "Narendra Modi. They discussed cooperation on critical minerals.")
    events = _by_counterpart(text, "en", "2024-03-12")
    assert [t for _, t in events] == [{"maritime_security"}, {"critical_minerals"}], events
