"""Round 16 of issue #16, commitment topics (records.md rule 10): list structure. A Korean lead in the adnominal form
(`다음과 같은 협력 방안에 합의했다`) leads its bullet items as `다음과 같이` does; a fact sheet's items named by their
field before a colon (`Space: strengthen cooperation on …`) under a lead ending in a colon (`committed to:`) are
items with no mark; and a list lead whose own words name no topic gives none, whatever the classifier reads in them
(`both` mode). Sentences written for these tests (none from the corpus), each failing on main at this round's start
(9c70aea)."""
from __future__ import annotations

import pytest

from tests.extract.test_extract_topics17 import _topics

# `다음과 같은 <noun>에 합의했다`, `아래와 같은 방향에 뜻을 모았다`: the items below are the commitments, the lead none.
ADNOMINAL_LEAD = [
    ("ko", "2024-03-06", "한덕수 국무총리는 5일 하노이에서 팜민찐 베트남 총리와 회담하고 다음과 같은 협력 방안에 "
     "합의했다.\n ▲ 원자력 발전 분야 협력 확대\n ▲ 반도체 인력 교류 확대", {"energy", "semiconductors"}),
    ("ko", "2023-10-13", "칠레와 페루 외교장관은 12일 리마에서 회담을 갖고 아래와 같은 방향에 뜻을 모았다.\n"
     " - 리튬 등 핵심광물 분야 협력 강화\n - 기후변화 공동 대응", {"critical_minerals", "climate"}),
]


# `committed to:` then `Field: what they do.` lines with no bullet mark: each line an item carrying the lead's cue.
LABELLED_ITEMS = [
    ("en", "2024-03-05", "The foreign ministers of Brazil and Norway met in Brasília on 4 March 2024 and agreed to:\n"
     "Energy: expand cooperation on offshore wind and hydrogen.\n"
     "Climate: work together to halt deforestation in the Amazon.", {"energy", "climate"}),
    ("en", "2023-05-10", "President Ramaphosa and Chancellor Scholz met in Berlin on 9 May 2023. The two leaders "
     "committed to:\nHealth: strengthen vaccine manufacturing in Africa.\n"
     "Trade and investment: widen market access for farm exports.", {"health", "trade", "investment"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), ADNOMINAL_LEAD + LABELLED_ITEMS)
def test_list_items_under_their_lead(lang: str, published: str, text: str, topics: set[str]) -> None:
    assert _topics(text, lang, published) == topics


def test_labelled_line_without_a_lead_is_no_item() -> None:
    """A guard: `Note: …` after a sentence that leads no list stays a plain line (no cue, no commitment)."""
    text = ("The foreign ministers of Brazil and Norway met in Brasília on 4 March 2024.\n"
            "Note: cooperation on offshore wind and hydrogen was on the agenda.")
    assert _topics(text, "en", "2024-03-05") == set()


# In `both` mode the classifier reads `협력을 강화해 나가기로 했다` as generic cooperation; a lead's items say what.
LEAD_WITH_CLASSIFIER = [
    ("ko", "2024-09-11", "라모스호르타 동티모르 대통령과 윤석열 대통령은 10일 서울에서 정상회담을 갖고 다음 분야에서 "
     "협력을 강화해 나가기로 했다.\n ▲ 보건 의료 인력 교류\n ▲ 청정에너지 분야 협력", {"health", "energy"}),
    ("ko", "2023-10-13", "칠레와 페루 외교장관은 12일 리마에서 회담을 갖고 다음과 같이 협력을 확대하기로 했다.\n"
     " - 리튬 등 핵심광물 분야 협력 강화\n - 기후변화 공동 대응", {"critical_minerals", "climate"}),
]


@pytest.mark.parametrize(("lang", "published", "text", "topics"), LEAD_WITH_CLASSIFIER)
def test_lead_gives_no_topic_of_its_own_with_the_classifier(lang: str, published: str, text: str, topics: set[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("READOUT_TOPICS", "both")
    assert _topics(text, lang, published) == topics
