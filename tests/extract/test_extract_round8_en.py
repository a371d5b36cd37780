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


# `on the morning of May 31 and discussed …`: a day followed by `and` + a verb is one day, not a span.
def test_a_day_followed_by_and_a_verb_is_no_span() -> None:
    text = ("Vice Minister Sato Ren held the 4th Japan-Mexico Economic Dialogue with Undersecretary Laura Ortiz on "
            "Thursday, October 10. Separately, Vice Minister Sato met with Deputy Minister "
            "Carlos Ruiz on the morning of October 10 and discussed cooperation on electric vehicles.")
    held = _dialogues(_held(text, "en", "2024-10-11"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-10-10"}
    text = ("Minister Noor Aziz co-chaired the Malaysia-Korea Energy Forum on 2 July. In a separate meeting, "
            "Minister Aziz met with Vice Minister Han Ji-su on 2 July and agreed to expand hydrogen cooperation.")
    held = _dialogues(_held(text, "en", "2024-07-03"))
    assert len(held) == 2 and {e.date for e in held} == {"2024-07-02"}
