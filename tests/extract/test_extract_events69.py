"""Round 69: Latin America and Central Asia. Sentences written for these tests (real public facts or plausible ones,
our own wording; none from the corpus), each failing before its rule (at c2f175bd) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published"), [
    ("On 10 June 2024, Prime Minister Fumio Kishida held a summit meeting with President Sadyr Japarov of the Kyrgyz "
     "Republic in Tokyo.\n\nAt the summit meeting, the two leaders signed the Joint Statement on the Comprehensive "
     "Partnership between Japan and the Kyrgyz Republic.", "2024-06-10"),
    ("President Yoon Suk Yeol held talks with President Shavkat Mirziyoyev in Tashkent on Friday.\n\nDuring the talks, "
     "the two presidents signed a Joint Statement on the Special Strategic Partnership.", "2024-06-14"),
])
def test_a_joint_statement_signed_at_the_meeting_is_its_content(text: str, published: str) -> None:
    """`At the summit meeting, the two leaders signed the Joint Statement on …`: a statement adopted at the meeting
    told is that meeting's content (records.md rule 1), no signing of its own."""
    assert [e.type for e in held(text, "en", published)] == ["dialogue"]


@pytest.mark.parametrize(("text", "published", "met"), [
    ("On May 18, Foreign Minister Taro Kono attended the foreign ministers' meeting in Dushanbe.\n\nMinister Kono also "
     "held bilateral meetings the same day.\n(1) With Foreign Minister Kamilov of Uzbekistan, Minister Kono agreed to "
     "advance the strategic partnership.\n(2) With Foreign Minister Atamkulov of Kazakhstan, Minister Kono confirmed "
     "that the two countries would expand economic relations.", "2019-05-18", {"UZB", "KAZ"}),
    ("On 23 February, Foreign Minister Yoko Kamikawa attended the G20 Foreign Ministers' Meeting in Rio de Janeiro."
     "\n\nMinister Kamikawa held bilateral meetings on the margins of the meeting.\n(1) With Foreign Minister Mauro "
     "Vieira of Brazil, Minister Kamikawa agreed to deepen cooperation on decarbonisation.\n(2) With Foreign Minister "
     "Diana Mondino of Argentina, Minister Kamikawa welcomed the growth of trade.", "2024-02-23", {"BRA", "ARG"}),
])
def test_bilateral_meetings_told_item_by_item(text: str, published: str, met: set[str]) -> None:
    """`X also held bilateral meetings the same day.` over `(1) With Foreign Minister Y of Z, …` items: each item is a
    meeting of its own, as under a lead ending in a colon."""
    events = held(text, "en", published)
    assert all(any({c, "JPN"} <= set(e.participants) and len(e.participants) == 2 for e in events) for c in met)
