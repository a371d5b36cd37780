"""Generalisation round 8, English events: meetings told in relation to another (`Earlier in the day, …`),
who a meeting is with, datelines, launches and signings named by a noun, what `concluded` ends, agreement
nouns, a meeting in a possessive phrase, hosts welcoming a delegation for a named meeting, and the predicates
and nouns of issue 16; each rule on sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _dialogues(events: list[EventRecord]) -> list[EventRecord]:
    return [e for e in events if e.type == "dialogue"]


# `Earlier in the day, …`, `Later that afternoon, …`, `After the talks, …` opening a sentence: another meeting of
# the day, told in relation to the one reported; a press conference after the talks is no meeting.
def test_a_meeting_told_earlier_or_later_in_the_day_is_its_own() -> None:
    text = ("Foreign Minister Ana Rivas held talks with Prime Minister Kofi Mensah in Accra on Tuesday. "
            "Earlier in the day, Rivas attended a plenary session of the West Africa Energy Forum. "
            "Later that day, the two ministers held a joint press conference.")
    held = _dialogues(_held(text, "en", "2025-03-12"))
    assert len(held) == 2 and {e.date for e in held} == {"2025-03-11"}
    text = ("Secretary of Trade Lars Holm co-chaired the Nordic-Chile Mining Dialogue in Santiago today. "
            "Later this afternoon, Secretary Holm met with Finance Minister Elena Duarte to discuss copper "
            "refining investment.")
    assert len(_dialogues(_held(text, "en", "2024-10-02"))) == 2
    text = ("Prime Minister Aiko Tanabe held a summit meeting with President Mateus Cardoso of Brazil on May 3. "
            "After the summit meeting, a joint press conference was held.")
    assert len(_dialogues(_held(text, "en", "2024-05-04"))) == 1
