"""Session 12 of issue 16 (ev20): event fields the rules got wrong in English, probed with sentences written for these
tests (people, places, dates and wording of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _held_en(text: str, published: str = "2025-03-14") -> list[EventRecord]:
    return _held(text, "en", published)


def _ordinals(events: list[EventRecord]) -> list[tuple[str, str | None, int | None]]:
    return [(e.type, e.date, e.ordinal) for e in events]


# Ordinal. `their first formal talks in two years`, `the first summit in Lima in about six years`: `first` with a gap
# (`in N years`, `in N months`) is the first meeting after a pause, not the first of a series.
def test_first_after_a_gap_is_not_a_series_ordinal() -> None:
    text = ("SANTIAGO, March 12 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei held "
            "their first formal talks in two years on Wednesday in Santiago.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-12", None)]
    text = ("OSLO, March 11 (Reuters) - Norwegian Prime Minister Jonas Gahr Store and Finnish President Alexander "
            "Stubb held their first one-on-one talks in 18 months on Tuesday in Oslo.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-11", None)]
    # without a gap, the same word stays the first meeting
    text = ("SANTIAGO, March 12 (Reuters) - Chilean President Gabriel Boric and Argentine President Javier Milei held "
            "their first formal talks on Wednesday in Santiago.")
    assert _ordinals(_held_en(text)) == [("dialogue", "2025-03-12", 1)]
