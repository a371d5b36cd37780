"""Dates: at least 50 Korean, Japanese and English strings, all timezone-aware and correct."""
from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from lxml import html

from crawlers.dates import find_published, parse_date_text
from crawlers.sources import Source

SEOUL, NY, TOKYO = "Asia/Seoul", "America/New_York", "Asia/Tokyo"


def kst(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone(timedelta(hours=9)))


def edt(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone(timedelta(hours=-4)))


def est(*a: int) -> datetime:
    return datetime(*a, tzinfo=timezone(timedelta(hours=-5)))


# (text, source zone, expected instant, whether a time of day is known)
CASES: list[tuple[str, str, datetime, bool]] = [
    # Korean
    ("2024.06.06 14:30", SEOUL, kst(2024, 6, 6, 14, 30), True),
    ("2024.06.06", SEOUL, kst(2024, 6, 6), False),
    ("2024.6.6.", SEOUL, kst(2024, 6, 6), False),
    ("2024. 6. 6.", SEOUL, kst(2024, 6, 6), False),
    ("2024. 6. 6. 오후 2:30", SEOUL, kst(2024, 6, 6, 14, 30), True),
    ("2024. 6. 6. 오전 9:05", SEOUL, kst(2024, 6, 6, 9, 5), True),
    ("입력 2024-06-06", SEOUL, kst(2024, 6, 6), False),
    ("입력 2024-06-06 09:30", SEOUL, kst(2024, 6, 6, 9, 30), True),
    ("입력 : 2024.06.06 오후 4:12", SEOUL, kst(2024, 6, 6, 16, 12), True),
    ("기사입력 2023.08.19 06:10", SEOUL, kst(2023, 8, 19, 6, 10), True),
    ("등록일 2024-03-18", SEOUL, kst(2024, 3, 18), False),
    ("등록일 : 2024.03.18 10:00:00", SEOUL, kst(2024, 3, 18, 10, 0, 0), True),
    ("등록 2023-03-17 08:00", SEOUL, kst(2023, 3, 17, 8, 0), True),
    ("작성일 2024년 6월 6일", SEOUL, kst(2024, 6, 6), False),
    ("2024년 6월 6일", SEOUL, kst(2024, 6, 6), False),
    ("2024년 06월 06일 14:30", SEOUL, kst(2024, 6, 6, 14, 30), True),
    ("2024년 6월 6일 오후 2시 30분", SEOUL, kst(2024, 6, 6, 14, 30), True),
    ("2024년 6월 6일 오전 10시", SEOUL, kst(2024, 6, 6, 10, 0), True),
    ("2024년 6월 6일(목) 오후 3시", SEOUL, kst(2024, 6, 6, 15, 0), True),
    ("2023년 4월 25일 (화) 오후 3시", SEOUL, kst(2023, 4, 25, 15, 0), True),
    ("2024년 12월 31일 오후 12시", SEOUL, kst(2024, 12, 31, 12, 0), True),
    ("2024년 1월 1일 오전 12시 5분", SEOUL, kst(2024, 1, 1, 0, 5), True),
    ("배포일시 2024/06/06 11:00", SEOUL, kst(2024, 6, 6, 11, 0), True),
    ("2024-06-06 14:30 KST", NY, kst(2024, 6, 6, 14, 30), True),
    ("2024-06-06", SEOUL, kst(2024, 6, 6), False),
    ("2024-06-06T09:30:00", SEOUL, kst(2024, 6, 6, 9, 30), True),
    ("2024-06-06 09:30:00", SEOUL, kst(2024, 6, 6, 9, 30), True),
    ("2024-06-06T09:30:00+09:00", NY, kst(2024, 6, 6, 9, 30), True),
    ("수정 2024.06.07 08:00", SEOUL, kst(2024, 6, 7, 8, 0), True),
    # Japanese
    ("2024年6月5日", TOKYO, kst(2024, 6, 5), False),
    ("令和6年6月5日", TOKYO, kst(2024, 6, 5), False),
    ("令和元年5月1日", TOKYO, kst(2019, 5, 1), False),
    ("令和5年3月16日", TOKYO, kst(2023, 3, 16), False),
    ("2023年3月16日 午後7時30分", TOKYO, kst(2023, 3, 16, 19, 30), True),
    ("2024/06/05 18:00", TOKYO, kst(2024, 6, 5, 18, 0), True),
    # English
    ("June 6, 2024", NY, edt(2024, 6, 6), False),
    ("June 6, 2024", SEOUL, kst(2024, 6, 6), False),
    ("Jun. 6, 2024", NY, edt(2024, 6, 6), False),
    ("Jun 6, 2024", NY, edt(2024, 6, 6), False),
    ("Thursday, June 6, 2024", NY, edt(2024, 6, 6), False),
    ("June 6th, 2024", NY, edt(2024, 6, 6), False),
    ("6 June 2024", TOKYO, kst(2024, 6, 6), False),
    ("06 Jun 2024", SEOUL, kst(2024, 6, 6), False),
    ("June 6, 2024 2:30 PM", NY, edt(2024, 6, 6, 14, 30), True),
    ("June 6, 2024 2:30 p.m. EDT", SEOUL, edt(2024, 6, 6, 14, 30), True),
    ("June 5, 2024 at 4:15 PM ET", NY, edt(2024, 6, 5, 16, 15), True),
    ("December 12, 2023 at 9:00 a.m. EST", SEOUL, est(2023, 12, 12, 9, 0), True),
    ("January 15, 2024", NY, est(2024, 1, 15), False),
    ("March 28, 2023 | 4:00 PM", NY, edt(2023, 3, 28, 16, 0), True),
    ("Released on 5 March 2024", "Europe/Brussels", datetime(2024, 3, 5, tzinfo=timezone(timedelta(hours=1))),
     False),
    ("Published: September 3, 2024", NY, edt(2024, 9, 3), False),
    ("Sept. 3, 2024", NY, edt(2024, 9, 3), False),
    ("06/05/2024", NY, edt(2024, 6, 5), False),
    ("05/06/2024", SEOUL, kst(2024, 6, 5), False),
    ("2024-06-05T18:00:00Z", SEOUL, datetime(2024, 6, 5, 18, 0, tzinfo=UTC), True),
    ("2024-06-05T18:00:00.000Z", SEOUL, datetime(2024, 6, 5, 18, 0, tzinfo=UTC), True),
    ("2024-06-05T21:10:00-04:00", SEOUL, edt(2024, 6, 5, 21, 10), True),
    # RFC 2822 (feeds)
    ("Wed, 05 Jun 2024 21:10:00 -0400", SEOUL, edt(2024, 6, 5, 21, 10), True),
    ("Thu, 06 Jun 2024 14:30:00 +0900", NY, kst(2024, 6, 6, 14, 30), True),
    ("Wed, 05 Jun 2024 18:00:00 GMT", SEOUL, datetime(2024, 6, 5, 18, 0, tzinfo=UTC), True),
]


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 50
    assert sum(1 for text, *_ in CASES if any("\uac00" <= ch <= "\ud7a3" for ch in text)) >= 15


@pytest.mark.parametrize(("text", "zone", "expected", "has_time"), CASES, ids=[c[0] for c in CASES])
def test_date_strings(text: str, zone: str, expected: datetime, has_time: bool) -> None:
    from zoneinfo import ZoneInfo

    got = parse_date_text(text, ZoneInfo(zone))
    assert got is not None, text
    assert got.when.tzinfo is not None and got.when.utcoffset() is not None
    assert got.when == expected, (text, got.when.isoformat(), expected.isoformat())
    assert got.has_time is has_time
    value = got.value()
    if has_time:
        assert isinstance(value, datetime) and value.tzinfo is not None
    else:
        assert type(value) is date and value == expected.date()


@pytest.mark.parametrize("text", ["", "no date here", "2024-13-45", "version 2.0.1", "99/99/2024", "call 02-1234-5678"])
def test_non_dates(text: str) -> None:
    from zoneinfo import ZoneInfo

    assert parse_date_text(text, ZoneInfo(SEOUL)) is None


def _source(zone: str) -> Source:
    return Source(id="t.dates", name="t", country="KOR", language="ko", timezone=zone, discovery="feed",
                  start_urls=["https://example.org/feed"], allowed_domains=["example.org"])


def test_labels_beat_other_dates_and_updates_come_last() -> None:
    from zoneinfo import ZoneInfo

    page = "관련기사 2022.01.01 수정 2024.06.07 10:00 입력 2024.06.06 09:30 오늘의 뉴스"
    tree = html.fromstring(f"<html><body><p>{page}</p></body></html>")
    got = find_published(tree, page, ZoneInfo(SEOUL), use_htmldate=False)
    assert got is not None and got.when == kst(2024, 6, 6, 9, 30) and got.how == "label"


def test_metadata_date_gets_its_time_from_the_page() -> None:
    from zoneinfo import ZoneInfo

    page = "등록일 2024-03-18 15:20 본문"
    tree = html.fromstring('<html><head><meta property="article:published_time" content="2024-03-18"></head>'
                           f"<body><p>{page}</p></body></html>")
    got = find_published(tree, page, ZoneInfo(SEOUL))
    assert got is not None and got.when == kst(2024, 3, 18, 15, 20)


def test_feed_hint_when_the_page_has_no_date() -> None:
    from zoneinfo import ZoneInfo

    tree = html.fromstring("<html><body><p>No date at all in this page body.</p></body></html>")
    got = find_published(tree, "No date at all in this page body.", ZoneInfo(NY),
                         hint="Wed, 05 Jun 2024 21:10:00 -0400", use_htmldate=False)
    assert got is not None and got.when == edt(2024, 6, 5, 21, 10) and got.how == "hint"
