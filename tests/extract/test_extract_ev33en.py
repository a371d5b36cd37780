"""Round 28 (ev33en): English meetings the extractor missed outright, classified by the structure that tells them
(read from the English pure misses of the 36 tuning sets), probed with reports written for these tests (real events,
our own wording, other nouns and verbs than the corpus documents). Each rule is tested on two reports."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import extracted, held


def _held(events: list[EventRecord], etype: str = "dialogue") -> list[str]:
    return sorted(e.date or "" for e in events if e.type == etype and not e.mentioned)


# A meeting noun as a clause's subject whose predicate tells the meeting's course or how it went (`the meeting
# between A and B … was cordial`, `the conversation between A and B … lasted about an hour`): a held meeting, with no
# meeting verb.
def test_a_meeting_noun_as_the_subject_of_its_course() -> None:
    text = ("WASHINGTON (AP) — The meeting between President Joe Biden and Prime Minister Giorgia Meloni at the "
            "White House on Friday was cordial, aides said, with Ukraine and migration high on the agenda.")
    assert _held(held(text, "en", "2024-03-02")) == ["2024-03-01"]
    text = ("BERLIN — German officials said the conversation between Chancellor Olaf Scholz and President Vladimir "
            "Putin on Friday lasted about an hour, their first since December 2022.")
    assert _held(held(text, "en", "2024-11-16")) == ["2024-11-15"]


# Not held: a past or planned meeting as the subject (`the previous summit … ended`, `the meeting … will begin`).
def test_a_past_or_planned_meeting_subject_is_not_held() -> None:
    text = ("The previous summit between President Emmanuel Macron and Chancellor Olaf Scholz in Paris ended "
            "without a joint declaration.")
    assert _held(extracted(text, "en", "2023-07-10")) == []
    text = ("Diplomats said the meeting between Foreign Minister Penny Wong and Foreign Minister Wang Yi will begin "
            "on Wednesday in Canberra.")
    assert _held(extracted(text, "en", "2024-03-18")) == []


def _writer_release(body: str, published: str) -> list[EventRecord]:
    text = f"The Rt Hon David Lammy MP\nForeign Secretary\nPress release\n\n{body}"
    return held(text, "en", published)


# A joint subject of people with a verb of talking together (`Minister X and I exchanged views`, `President A and
# Chancellor B conferred`): a meeting with no meeting verb or noun; the writer (`I`) is one side of it.
def test_a_joint_subject_that_talked_together() -> None:
    events = _writer_release("Today in Berlin, Minister Annalena Baerbock and I exchanged views on support for Ukraine "
                             "and on a new UK-Germany defence agreement.", "2024-07-06")
    assert _held(events) == ["2024-07-06"]
    met = next(e for e in events if e.type == "dialogue")
    assert {d.name for d in met.delegates} >= {"David Lammy", "Annalena Baerbock"}
    text = ("MESEBERG, Germany — President Emmanuel Macron and Chancellor Olaf Scholz conferred on military aid to "
            "Ukraine at the German government's guest house on Tuesday.")
    assert _held(held(text, "en", "2024-05-29")) == ["2024-05-28"]


# Not a meeting: a joint subject's past talk (`last year`) or a plan.
def test_a_past_or_planned_joint_talk_is_not_held() -> None:
    text = "Last year, President Joe Biden and President Xi Jinping discussed military communication channels."
    assert _held(held(text, "en", "2024-04-02")) == []
    text = "Next week, Prime Minister Keir Starmer and President Emmanuel Macron will discuss migration in Paris."
    assert _held(held(text, "en", "2024-09-10")) == []
