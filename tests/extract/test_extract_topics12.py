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
