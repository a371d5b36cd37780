"""Round 22 (topics23), commitment topics: an office's name or title that the entity finder does not take for an
organisation (`the Business and Trade Secretary`, `Minister of Science and ICT`) names who acts, not what the clause
is about; its keywords name no topic. Sentences written for these tests."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _topics(text: str, lang: str, published: str) -> set[str]:
    """The commitment topics of the one held event of the text."""
    events: list[EventRecord] = _held(text, lang, published)
    assert len(events) == 1, [e.name for e in events]
    return {c.topic for c in events[0].commitments}


# A title before the name (`Business and Trade Secretary`) or a portfolio after it (`Minister of Science and ICT`,
# `Secretary of Energy`): the keywords in it name no topic; the clause's own words still do.
def test_english_office_titles_name_no_topic() -> None:
    text = ("UK Business and Trade Secretary Kemi Badenoch met Japanese economy minister Yasutoshi Nishimura in "
            "London on September 13, 2023. The Business and Trade Secretary and Minister Nishimura agreed to hold "
            "the talks every year.")
    assert _topics(text, "en", "2023-09-14") == {"other"}
    text = ("Science, Innovation and Technology Secretary Michelle Donelan met Korea's Minister of Science and ICT "
            "Lee Jong-ho in London on November 21, 2023. Ms Donelan and the Minister of Science and ICT will "
            "co-chair a meeting of the new ministerial council next year.")
    assert _topics(text, "en", "2023-11-22") == {"other"}
    text = ("Canada's Minister of Natural Resources Jonathan Wilkinson and the U.S. Secretary of Energy Jennifer "
            "Granholm met in Ottawa on March 7, 2024. The Minister of Natural Resources and the Secretary of Energy "
            "agreed to meet again in the autumn.")
    assert _topics(text, "en", "2024-03-08") == {"other"}


def test_english_topic_words_outside_a_title_still_count() -> None:
    text = ("Trade Minister Mary Ng met Korean trade minister Ahn Duk-geun in Ottawa on May 10, 2023. The two "
            "ministers agreed to expand trade in clean energy.")
    assert _topics(text, "en", "2023-05-11") == {"trade", "energy"}
