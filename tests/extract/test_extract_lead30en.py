"""English trip reports, round 30 (session 21, lead, from fresh27's errors): `In talks with X, Y proposed …` (a
meeting noun in a fronted phrase, no determiner), a person met named with an office of two modifiers in apposition
(`X, Australia's deputy prime minister`), and an arrival with its day (`arrived in Kyiv on Tuesday`) dating the
meetings told after it. Sentences written for these tests (none is a corpus document), each failing at the round's
start (beb2d1f) except the guard."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _met(text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((str(e.date), tuple(sorted(p.name for p in e.delegates))) for e in extracted(text, "en", published)
                  if e.type == "dialogue" and not e.mentioned)


def test_talks_fronted_without_determiner() -> None:
    got = _met("SEOUL, March 18 (Yonhap) -- In talks with Foreign Minister Cho Tae-yul, Secretary of State Antony "
               "Blinken discussed North Korea's missile launches, the State Department said.", "2024-03-18")
    assert [d for d, _ in got] == ["2024-03-18"]


def test_during_talks_fronted_without_determiner() -> None:
    got = _met("BEIJING, April 16 (Reuters) - During talks with Chinese Premier Li Qiang, German Chancellor Olaf "
               "Scholz called for fair competition for German companies.", "2024-04-16")
    assert [d for d, _ in got] == ["2024-04-16"]


def test_office_of_two_modifiers_in_apposition() -> None:
    got = _met("BRISBANE, July 28 (AP) — U.S. Defense Secretary Lloyd Austin met Richard Marles, Australia's deputy "
               "prime minister and defence minister, before the annual talks.", "2023-07-28")
    assert any("Richard Marles" in names for _, names in got)


def test_office_of_two_modifiers_vice_foreign() -> None:
    got = _met("TOKYO, July 20 (Kyodo) -- Deputy Secretary of State Wendy Sherman called on Takeo Mori, Japan's vice "
               "foreign minister, ahead of a three-way meeting with South Korea.", "2023-07-20")
    assert any("Takeo Mori" in names for _, names in got)


def test_arrival_day_dates_the_meetings_after_it() -> None:
    got = _met("TOKYO, March 22 (Kyodo) -- Japan will extend 470 million dollars in new aid to Ukraine, the government "
               "said Wednesday, after Prime Minister Fumio Kishida made an unannounced trip to the country.\n\n"
               "Kishida arrived in Kyiv on Tuesday by train from Poland. It was the first wartime visit to Ukraine by "
               "a Japanese leader.\n\nKishida held talks with President Volodymyr Zelenskyy at the Mariinskyi "
               "Palace and laid flowers in Bucha.", "2023-03-22")
    assert [d for d, _ in got] == ["2023-03-21"]


def test_arrival_day_with_background_between() -> None:
    got = _met("BEIJING, June 19 (AP) — The United States and China agreed to stabilize their rivalry, the State "
               "Department said Monday, at the end of a two-day trip by Secretary of State Antony Blinken.\n\n"
               "Blinken arrived in Beijing on Sunday. He is the most senior U.S. official to visit China in nearly "
               "five years.\n\nBlinken first met Foreign Minister Qin Gang at the Diaoyutai State Guesthouse for "
               "more than seven hours of talks.", "2023-06-19")
    assert [d for d, _ in got] == ["2023-06-18"]


def test_arrival_told_after_a_later_meeting_does_not_date() -> None:
    # guard: the arrival is told after the day's meeting; the next meeting stays on the meeting's day
    got = _met("Secretary of State Antony Blinken held talks today with Chinese President Xi Jinping in Beijing, the "
               "State Department said. He had arrived in Beijing on Sunday.\n\nLater, Blinken met Wang Yi, China's "
               "top diplomat.", "2023-06-19")
    assert got and all(d == "2023-06-19" for d, _ in got)
