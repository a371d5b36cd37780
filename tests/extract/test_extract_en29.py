"""Round 29 (en29): English events missed outright, classified by the structure that tells them (read from the
English pure misses of the 38 tuning sets), probed with reports written for these tests (real events, our own
wording, other nouns and verbs than the corpus documents). Each rule is tested on two reports or more."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import extracted, held


def _held(events: list[EventRecord], etype: str) -> list[str]:
    return sorted(e.date or "" for e in events if e.type == etype and not e.mentioned)


# A second document of the day brought in as new (`also signed an agreement on …`, `a … arrangement that was also
# signed`, `A separate memorandum … was signed`, `In addition, … exchanged some 20 memoranda`): its own signing, not
# the one reported before it.
def test_a_document_brought_in_as_new_is_another_signing() -> None:
    text = ("NEW DELHI, Sept 11 (Reuters) - India and Saudi Arabia signed a memorandum of understanding on electrical "
            "grid interconnection on Monday. The two countries also signed an agreement on digitalisation and "
            "electronic manufacturing, officials said.")
    assert _held(held(text, "en", "2023-09-11"), "agreement") == ["2023-09-11", "2023-09-11"]
    text = ("CANBERRA, Oct 24 (AP) - Australia and Vietnam signed a memorandum on mining cooperation on Tuesday. Hanoi "
            "also agreed to buy Australian wheat under a three-year grain arrangement that was also signed on Tuesday.")
    assert _held(held(text, "en", "2023-10-24"), "agreement") == ["2023-10-24", "2023-10-24"]
    text = ("BRASILIA, July 4 (Reuters) - Brazil and China signed a currency swap agreement on Tuesday during talks "
            "between the two finance ministers. A separate memorandum on satellite data sharing was signed by the "
            "two space agencies.")
    assert _held(held(text, "en", "2023-07-04"), "agreement") == ["2023-07-04", "2023-07-04"]


# Not another document: the one reported, referred back to (`The memorandum was also signed by …`).
def test_the_same_document_referred_back_stays_one_signing() -> None:
    text = ("SEOUL, Nov 22 (Yonhap) -- South Korea and Britain signed a memorandum on critical minerals on Wednesday. "
            "The memorandum was also signed by the two industry ministers in the presence of the leaders.")
    assert _held(held(text, "en", "2023-11-22"), "agreement") == ["2023-11-22"]
    text = ("Japan and Australia signed a reciprocal access agreement in Canberra on Thursday. The agreement was "
            "also welcomed by both defence ministers.")
    assert _held(extracted(text, "en", "2022-01-07"), "agreement") == ["2022-01-06"]


# A future cue inside an opening phrase closed by a comma (`Looking ahead to …, to be hosted … next year,`, `With a
# summit planned for next year,`), then the clause's own subject and a past-tense verb: the verb's event is held.
def test_a_future_cue_of_an_opening_phrase_leaves_the_clause_held() -> None:
    text = ("Looking ahead to the G20 summit, to be held in Rio de Janeiro next year, the two presidents launched the "
            "Brazil-Germany Energy Transition Partnership in Berlin on Monday.")
    launches = [e for e in held(text, "en", "2023-12-05") if e.type == "launch"]
    assert [(e.date, e.location.city) for e in launches] == [("2023-12-04", "Berlin")]  # not the opening phrase's
    text = ("With a summit planned for next year, the two foreign ministers signed a memorandum on cultural exchanges "
            "in Ankara on Monday.")
    assert _held(held(text, "en", "2024-11-05"), "agreement") == ["2024-11-04"]
    text = ("Before the election, expected in the coming months, the Prime Minister held talks with President "
            "Emmanuel Macron in Paris on Friday.")
    assert _held(held(text, "en", "2024-03-09"), "dialogue") == ["2024-03-08"]


# Still planned: the cue in the verb's own clause (`are expected to sign`, `to be held`, `The next summit, held …`).
def test_a_future_cue_of_the_verbs_own_clause_is_still_a_plan() -> None:
    text = "The two leaders are expected to sign a memorandum on critical minerals, officials said on Tuesday."
    assert _held(held(text, "en", "2024-11-05"), "agreement") == []
    text = "The next summit, held in Tokyo, is expected to adopt a joint statement on maritime security."
    assert _held(held(text, "en", "2024-11-05"), "dialogue") == []
    text = ("Seoul said a new supply chain agreement with Washington, to be signed later this year, would cover "
            "batteries.")
    assert _held(held(text, "en", "2024-11-05"), "agreement") == []

