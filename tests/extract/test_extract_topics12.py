"""Round 11 of issue #16, commitment topics (records.md rule 10): list items as their own entries, keywords inside
names of offices, trade-agreement and technology-protection vocabulary, procedural steps of a signed agreement; each
rule on sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


def _quotes(text: str, lang: str, published: str) -> list[str]:
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return [c.text for c in events[0].commitments]


# English lists: the mark opening an item's line (`- `, `(`, `—`) starts the item, not the end of the line before,
# and letter or roman enumerators (`a.`, `(b)`, `iii)`) mark items like bullets; each item is its own entry under the
# lead's cue, and the lead itself (`They agreed to:`) is no commitment.
def test_english_list_items_under_a_lead() -> None:
    text = ("The foreign ministers of Chile and Norway met in Santiago on March 12, 2025. They agreed to:\n"
            "- expand cooperation on offshore wind;\n"
            "- build resilient supply chains for lithium;\n"
            "- hold the meeting annually.")
    assert _topics(text, "en", "2025-03-13") == {"energy", "supply_chain", "critical_minerals", "other"}
    assert not any(q.endswith(":") for q in _quotes(text, "en", "2025-03-13"))
    text = ("Prime Minister Ana Ruiz of Ecuador and President Lee of Korea held talks in Quito on July 2, 2025.\n\n"
            "The two leaders agreed to:\n"
            "(i) deepen defence cooperation, including joint training;\n"
            "(ii) cooperate on artificial intelligence;\n"
            "(iii) expand trade in agricultural goods.")
    assert _topics(text, "en", "2025-07-03") == {"defense", "ai", "trade"}
    text = ("President Lee of Korea and Prime Minister Jonas Berg of Sweden held a summit in Stockholm on June 3, "
            "2025.\n"
            "The leaders agreed to:\n"
            "a. Strengthen cooperation on quantum computing;\n"
            "b. Work together on biotechnology.")
    assert _topics(text, "en", "2025-06-04") == {"quantum", "biotech"}


# A lead with no topic of its own gives nothing, also when no item follows on its own line.
def test_english_lead_alone_is_no_commitment() -> None:
    text = ("The trade ministers of Peru and Korea met in Lima on April 8, 2025. The ministers agreed to the "
            "following next steps:")
    assert _topics(text, "en", "2025-04-09") == set()


# An office's name holds portfolio words (`Ministry of Trade, Industry and Energy`, `과학기술정보통신부`): they name no
# topic of what is agreed in the clause.
def test_office_names_name_no_topic() -> None:
    text = ("Officials of the Ministry of Trade, Industry and Energy and of Chile's Ministry of Economy met in "
            "Santiago on May 4, 2025 and agreed to expand cooperation on semiconductors.")
    assert _topics(text, "en", "2025-05-05") == {"semiconductors"}
    text = ("Deputy ministers of Korea and Chile met in Santiago on May 4, 2025. They agreed to expand cooperation on "
            "semiconductors, said the Ministry of Trade, Industry and Energy.")
    assert _topics(text, "en", "2025-05-05") == {"semiconductors"}
    text = "과학기술정보통신부와 칠레 과학부는 5일 산티아고에서 회의를 열고 배터리 소재 협력을 강화하기로 했다."
    assert _topics(text, "ko", "2025-06-06") == {"batteries"}


# `…을 계기로` (on the occasion of) is not the `-기로` of a decision: the sentence commits to nothing.
def test_korean_occasion_is_not_a_decision() -> None:
    text = "이 대통령의 칠레 국빈방문을 계기로 5일 산티아고에서 양국 산업장관 회담이 열렸다."
    assert _topics(text, "ko", "2025-06-06") == set()
    text = "김 장관은 9일 리마에서 페루 외교장관과 회담을 가졌다. 이번 회담은 페루 대통령의 방한을 계기로 마련되었다."
    assert _topics(text, "ko", "2025-09-10") == set()


# Economic partnership agreements (`경제동반자협정`, `CEPA`, `comprehensive economic partnership agreement`) are trade
# agreements.
def test_economic_partnership_agreements_are_trade() -> None:
    text = ("Foreign ministers of Korea and Ecuador held talks in Quito on September 9, 2025 and agreed to speed up "
            "work on a comprehensive economic partnership agreement.")
    assert _topics(text, "en", "2025-09-10") == {"trade"}
    text = ("김 장관은 9일 리마에서 페루 외교장관과 회담을 가졌다. 양 장관은 포괄적경제동반자협정(CEPA) 개선 협상을 "
            "조속히 시작하기로 하였다.")
    assert _topics(text, "ko", "2025-09-10") == {"trade"}
    text = ("김 장관은 9일 리마에서 페루 통상장관과 회담을 가졌다. 양 장관은 한-페루 경제동반자협정(EPA) 협상을 연내 "
            "타결하기로 하였다.")
    assert _topics(text, "ko", "2025-09-10") == {"trade"}
