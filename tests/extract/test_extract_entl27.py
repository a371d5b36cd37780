"""English wire forms, round 27 (session 18, entl27): a dated timeline's entry line (`September 24, 2021 - White
House.`) opens with its date and a dash; the meeting its entry tells is of that day, though the line ends in a full
stop and no dated meeting comes before it; `Defence ministers of the X Group met …` is the group's own meeting,
named by it, not the side meeting told just before. Sentences written for these tests (none is a corpus document),
each failing at this round's start (3afa31a)."""
from __future__ import annotations

from tests.extract.sentences import extracted, held


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


# `Defence ministers of the X Group met …`: the group's own meeting, not the side meeting told just before it.
def _held_names(text: str, published: str) -> list[str | None]:
    return [e.name for e in held(text, "en", published) if e.type == "dialogue"]


def test_group_members_as_subject_meet_apart_from_side_meeting() -> None:
    got = _held_names("(Wire) - A look at the main diplomatic contacts of Friday, September 6:\n\nRAMSTEIN - Earlier "
                      "in the day, U.S. Defense Secretary Lloyd Austin met Ukrainian President Volodymyr Zelenskiy at "
                      "the air base. Defence ministers of the Ukraine Defense Contact Group met at Ramstein Air Base "
                      "in Germany, with Austin in the chair.", "2024-09-06")
    assert len(got) == 2 and "Ukraine Defense Contact Group" in got


def test_quad_ministers_as_subject_meet_apart_from_bilateral() -> None:
    got = _held_names("TOKYO - Earlier in the day, Japanese Foreign Minister Yoko Kamikawa met Indian External Affairs "
                      "Minister Subrahmanyam Jaishankar for their annual strategic dialogue. Foreign ministers of the "
                      "Quad met at the Iikura Guest House, their first gathering in Tokyo in three years.",
                      "2024-07-29")
    assert len(got) == 2 and "Quad" in got
