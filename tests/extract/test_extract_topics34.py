"""Round 34, commitment clauses (records.md rule 10). A courtesy call (`called on President X`, `paid a courtesy call on
Prime Minister Y`) is a meeting, not an appeal: `called on` cues a commitment only with the act it asks for
(`called on Russia to withdraw …`). Sentences written for these tests (real public facts, our own wording; none from
the corpus), each failing before round 34 (at 135eb59) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _clauses(text: str, published: str) -> list[str]:
    return [c.text for e in held(text, "en", published) for c in e.commitments]


@pytest.mark.parametrize(("text", "published"), [
    ("HANOI, Oct. 9 -- South Korean Foreign Minister Cho Tae-yul held talks with Vietnamese Foreign Minister Bui "
     "Thanh Son in Hanoi on Wednesday. Cho also called on Prime Minister Pham Minh Chinh at the Government Office.",
     "2024-10-09"),
    ("Prime Minister Christopher Luxon met President Lee Jae-myung in Gyeongju on Saturday. Earlier in the day, "
     "Foreign Minister Winston Peters called on Speaker Woo Won-shik at the National Assembly.", "2025-11-01"),
])
def test_a_courtesy_call_is_no_commitment(text: str, published: str) -> None:
    assert not [c for c in _clauses(text, published) if " on Prime Minister" in c or "Speaker" in c]


# Guards: the appeal (`called on X to …`) and what is agreed after the call in the same sentence stay commitments.
@pytest.mark.parametrize(("text", "published", "opening"), [
    ("The foreign ministers of Japan and Australia met in Tokyo on Monday and called on North Korea, which fired a "
     "ballistic missile last week, to abandon its nuclear weapons programme.", "2024-09-02", "The foreign ministers"),
    ("Treasury Secretary Janet Yellen met Indonesian Finance Minister Sri Mulyani Indrawati in Jakarta on Friday. "
     "Yellen also paid a courtesy call on President Joko Widodo and agreed to deepen cooperation on critical "
     "minerals supply chains.", "2023-07-14", "Yellen also"),
])
def test_an_appeal_or_an_act_after_the_call_stays(text: str, published: str, opening: str) -> None:
    assert any(c.startswith(opening) for c in _clauses(text, published)), _clauses(text, published)
