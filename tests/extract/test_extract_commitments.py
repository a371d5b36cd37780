from datetime import date

from extract.commitments import find_commitments, find_next, topics_in


def test_topics_from_keywords() -> None:
    assert topics_in("반도체와 인공지능 협력을 강화하기로 했다", "ko") == ["semiconductors", "ai"]
    assert topics_in("to counter economic coercion and secure critical minerals", "en") == [
        "economic_coercion", "critical_minerals"]


def test_supply_chain_of_a_thing_is_the_thing() -> None:
    assert topics_in("배터리 공급망 안정을 위해", "ko") == ["batteries"]
    assert "supply_chain" in topics_in("공급망 회복력을 높이고", "ko")


def test_recurring_terms_of_the_tuning_sets() -> None:
    # `교역` (trade volume, trade ties) is trade; a bare `인프라` (projects, construction) is infrastructure, while
    # `인프라 투자` / `인프라 개발` / `디지털 인프라` keep their longer keyword's topic.
    assert topics_in("두 장관은 양국 교역 규모를 늘리기 위한 방안을 논의했다", "ko") == ["trade"]
    assert topics_in("2030년까지 교역액 500억 달러를 달성하기로 했다", "ko") == ["trade"]
    assert topics_in("중동 지역 항공·철도 인프라 사업에 공동 진출하기로 했다", "ko") == ["infrastructure_security"]
    assert topics_in("인프라 건설 분야에서 협력을 확대하기로 했다", "ko") == ["infrastructure_security"]
    assert topics_in("역내 인프라 투자를 늘리기로 했다", "ko") == ["investment"]
    # English `X supply chains` names both the thing and the supply chain.
    assert topics_in("They agreed to diversify battery supply chains", "en") == ["batteries", "supply_chain"]
    assert topics_in("to secure supply chains of semiconductors", "en") == ["supply_chain", "semiconductors"]


def test_field_genitive_names_the_topic() -> None:
    assert topics_in("핵심광물 분야의 공동투자 방안", "ko") == ["critical_minerals"]


def _found(view, text: str, lang: str = "ko"):  # noqa: ANN001
    v = view(text, lang, date(2024, 5, 2))
    return [c for s in v.sents for c in find_commitments(v, s)]


def test_korean_clauses_with_cues(view) -> None:  # noqa: ANN001
    found = _found(view, "양국은 정세를 평가하고, 배터리 분야 협력을 강화하기로 했다. 날씨가 좋았다.")
    assert [c.topic for c in found] == ["batteries"]
    assert found[0].action == "strengthen batteries"


def test_anaphoric_clause_takes_the_topics_before(view) -> None:  # noqa: ANN001
    found = _found(view, "장관들은 양자 기술 협력이 확대되고 있음을 평가하고, 이를 더 넓혀 나가기로 했다.")
    assert "quantum" in [c.topic for c in found]


def test_firm_commitment_without_topic_is_other(view) -> None:  # noqa: ANN001
    assert [c.topic for c in _found(view, "양측은 긴밀히 소통해 나가기로 합의했다.")] == ["other"]


def test_english_commitment_action(view) -> None:  # noqa: ANN001
    (c,) = _found(view, "The ministers agreed to expand cooperation on quantum computing.", "en")
    assert c.topic == "quantum" and c.action.startswith("expand cooperation on quantum")


def test_no_cue_no_commitment(view) -> None:  # noqa: ANN001
    assert _found(view, "Quantum computing is a growing field.", "en") == []


def test_next_meeting(view) -> None:  # noqa: ANN001
    v = view("3차 회의는 내년 상반기 서울에서 개최할 예정이다.", "ko", date(2024, 5, 2))
    nxt = find_next(v, v.sents[0], v.dates)
    assert (nxt.ordinal, nxt.when) == (3, "2025-H1")
    v = view("The next dialogue will be held in Tokyo in the second half of this year.", "en", date(2024, 5, 2))
    nxt = find_next(v, v.sents[0], v.dates)
    assert (nxt.ordinal, nxt.when) == (None, "2024-H2")
    v = view("협의체 회의는 정례화할 예정이다.", "ko", date(2024, 5, 2))
    assert find_next(v, v.sents[0], v.dates).when == "regular"
