"""Round 26 (ev32en): English event rules read from the English event errors of the two new tuning batteries
(grammar10: ministries' and embassies' readouts; grammar11: wire services and newspapers), probed with reports
written for these tests (real events, our own wording). Each rule is tested on two reports."""
from __future__ import annotations

from datetime import date

from extract.pipeline import extract_document
from streams.records import DocumentRecord, EventRecord
from tests.extract.sentences import held


def _held(events: list[EventRecord], etype: str = "dialogue") -> list[str]:
    return sorted(e.date or "" for e in events if e.type == etype and not e.mentioned)


# `met X on Friday, hours after holding talks with Y`, `…, and earlier that day held talks with Y`: a later predicate
# tied to the sentence's first by a same-day sequence, with a person of its own, is another meeting of that day.
def test_a_same_day_sequel_with_its_own_person() -> None:
    text = ("BEIJING — Secretary of State Antony Blinken met President Xi Jinping at the Great Hall of the People on "
            "Friday, hours after holding more than five hours of talks with Foreign Minister Wang Yi.\n"
            "Blinken told reporters that he had pressed China on its support for Russia's defense industry.")
    assert _held(held(text, "en", "2024-04-27")) == ["2024-04-26", "2024-04-26"]
    text = ("National Security Adviser Jake Sullivan was received by President Xi Jinping in Beijing on Thursday, "
            "and earlier that day held talks with General Zhang Youxia, vice chairman of the Central Military "
            "Commission.\nThe two sides agreed to hold a call between theater commanders.")
    assert _held(held(text, "en", "2024-08-30")) == ["2024-08-29", "2024-08-29"]


# `officials had urged Japan to …`, `Washington had to choose between dialogue and …`: `had` before a participle or
# `to` is an auxiliary, no meeting had (while `had detailed talks` still is one).
def test_had_as_an_auxiliary_is_no_meeting() -> None:
    text = ("Seoul said on Tuesday that, at the export control policy dialogue held in Tokyo on December 16, its "
            "delegation had urged Japan to lift the restrictions on three materials.")
    assert _held(held(text, "en", "2020-03-11")) == []
    text = ("A Chinese foreign ministry spokesperson said on Tuesday that Washington had to choose between dialogue "
            "and confrontation over Taiwan.")
    assert _held(held(text, "en", "2023-06-21")) == []
    text = "Foreign Minister Park Jin had detailed talks with Foreign Minister Wang Yi in Bali on Friday."
    assert _held(held(text, "en", "2022-08-09")) == ["2022-08-05"]


def _titled(title: str, body: str, published: str) -> list[str]:
    doc = DocumentRecord(id="t", title=title, text=f"{title}\n\n{body}", lang="en",
                         published=date.fromisoformat(published))
    return _held([e for e in extract_document(doc) if not e.mentioned])


# The release's title repeated as the text's first line (`Chinese Premier Holds Talks with German Chancellor`) sums up
# the body's meeting; the office it names is no other counterpart.
def test_a_title_line_is_the_bodys_meeting() -> None:
    body = ("BERLIN, June 20 — Premier Li Qiang held talks with Chancellor Olaf Scholz in Berlin on June 20.\n\n"
            "The two sides agreed to keep supply chains open and to expand cooperation on climate change.")
    assert _titled("Chinese Premier Holds Talks with German Chancellor", body, "2023-06-21") == ["2023-06-20"]
    body = ("BUSAN, November 26 — Foreign Minister Wang Yi held talks with Foreign Minister Yoko Kamikawa in Busan on "
            "November 26.\n\nThe two ministers exchanged views on the release of treated water from Fukushima.")
    assert _titled("Wang Yi Holds Talks with Japanese Foreign Minister", body, "2023-11-27") == ["2023-11-26"]


# `speaking after meeting President X`, `before meeting with President Y`: a meeting told by its gerund with the
# person met.
def test_a_gerund_meeting_with_a_titled_person() -> None:
    text = ("Prime Minister Keir Starmer said he was confident of progress on trade, speaking after meeting President "
            "Donald Trump at the White House on 27 February 2025.")
    assert _held(held(text, "en", "2025-02-28")) == ["2025-02-27"]
    text = ("Chancellor Olaf Scholz told students in Beijing on Tuesday, before meeting with President Xi Jinping, "
            "that Germany wanted fair competition with China.")
    assert _held(held(text, "en", "2024-04-16")) == ["2024-04-16"]


def _cities(events: list[EventRecord]) -> list[str | None]:
    return [e.location.city if e.location else None for e in events if e.type == "dialogue" and not e.mentioned]


# `SEOUL (AP) —`, `TOKYO (Kyodo) --`: a wire's dateline (a city, the agency in brackets) is where the meeting was
# when its own sentences name no place.
def test_a_wire_dateline_places_the_meeting() -> None:
    text = ("SEOUL (AP) — Japan's prime minister made the first visit to the country by a Japanese leader in 12 "
            "years.\n\nPrime Minister Fumio Kishida held talks with President Yoon Suk Yeol on Sunday and expressed "
            "sympathy for Koreans forced to work under colonial rule.")
    assert _cities(held(text, "en", "2023-05-07")) == ["Seoul"]
    text = ("TOKYO (Kyodo) -- Japan and the Philippines will deepen their security ties, their leaders said.\n\n"
            "Prime Minister Fumio Kishida held talks with President Ferdinand Marcos Jr. on Thursday and agreed to "
            "step up defense cooperation.")
    assert _cities(held(text, "en", "2023-02-10")) == ["Tokyo"]


# `when it hosted the 2023 summit in New Delhi` (published 2024): a meeting named by an earlier year is a past one,
# referred to in passing.
def test_a_meeting_named_by_an_earlier_year_is_past() -> None:
    text = "Fumio Kishida, who hosted the 2023 summit in Hiroshima, arrived in Apulia on Thursday."
    assert _held(held(text, "en", "2024-06-14")) == []
    text = ("Brazil's foreign minister said in Rio de Janeiro on Wednesday that the group would build on what India "
            "achieved when it hosted the 2023 summit in New Delhi.")
    assert _held(held(text, "en", "2024-02-22")) == []
