"""English mechanics (#13): the commitment-strength cues and the honorific/style alternations are built once; each
faster form must answer what the per-call form it replaced answered."""
from __future__ import annotations

import re

from extract.lang.en import people
from extract.lang.en.commitments import strength
from extract.lang.en.rules import commitments
from extract.lang.en.rules import people as cues

SENTENCES = [
    "The two ministers agreed to deepen cooperation on critical minerals.",
    "They committed to strengthen coordination on export controls and pledged to expand joint investment.",
    "Both sides will continue to explore ways to work together on clean energy.",
    "The leaders discussed supply chain resilience and welcomed the signing of a memorandum.",
    "Secretary Raimondo underscored the importance of semiconductor supply chains.",
    "The delegations agreed that the next round would be held in Ottawa.",
    "They reaffirmed their commitment to a free and open Indo-Pacific.",
    "",
]


def _old_strength(text: str) -> str | None:
    c = commitments()
    low = re.sub(c.not_commitment, " ", text.lower())
    if any(re.search(rf"\b{re.escape(k)}\b", low) for k in c.strong):
        return "strong"
    if any(re.search(rf"\b{re.escape(k)}\b", low) for k in c.weak):
        return "weak"
    return None


def test_strength_answers_what_the_per_cue_search_answered() -> None:
    c = commitments()
    pieces = [*SENTENCES, *c.strong, *c.weak, *(f"they {k} to act" for k in [*c.strong, *c.weak])]
    for s in pieces:
        assert strength(s) == _old_strength(s), s
    assert strength("The ministers agreed to expand trade.") is not None


def test_cue_alternations_are_the_joins_they_replaced() -> None:
    c = cues()
    assert people._alt("honorifics") == "|".join(re.escape(h) for h in c.honorifics)
    assert people._alt("styles") == "|".join(re.escape(w) for w in c.styles)
    assert people._alt("styles", "honorifics") == "|".join(
        re.escape(w) for w in sorted([*c.styles, *c.honorifics], key=len, reverse=True))
