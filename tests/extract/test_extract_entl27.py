"""English wire forms, round 27 (session 18, entl27): a dated timeline's entry line (`September 24, 2021 - White
House.`) opens with its date and a dash; the meeting its entry tells is of that day, though the line ends in a full
stop and no dated meeting comes before it. Sentences written for these tests (none is a corpus document), each failing
at this round's start (3afa31a)."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _days(text: str, published: str) -> set[str | None]:
    return {e.date for e in extracted(text, "en", published) if e.type == "dialogue"}


def test_dated_timeline_entries_with_hyphen_date_their_meetings() -> None:
    got = _days("A look back: Modi and Biden\n\nIndian Prime Minister Narendra Modi arrives in Washington this week "
                "for a state visit. Their earlier encounters:\n\nSeptember 24, 2021 - White House. Modi and Biden held "
                "their first in-person talks in the Oval Office.\n\nMay 24, 2022 - Tokyo. The two met on the sidelines "
                "of the Quad leaders' summit.", "2023-06-19")
    assert got == {"2021-09-24", "2022-05-24"}


def test_dated_timeline_entries_with_dash_date_their_meetings() -> None:
    got = _days("Timeline: Kishida and Yoon\n\nJapanese Prime Minister Fumio Kishida is due in Seoul on Sunday.\n\n"
                "November 13, 2022 — Phnom Penh. Kishida and South Korean President Yoon Suk Yeol held their first "
                "formal summit on the sidelines of an ASEAN-related meeting.\n\nMarch 16, 2023 — Tokyo. Yoon and "
                "Kishida met for talks that restored shuttle diplomacy.", "2023-05-05")
    assert got == {"2022-11-13", "2023-03-16"}
