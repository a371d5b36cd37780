from datetime import date

import pytest

from extract.dates import find_dates

PUB = date(2024, 9, 12)  # a Thursday


@pytest.mark.parametrize(("text", "when"), [
    ("2023년 11월 16일 회의", "2023-11-16"),
    ("11일(현지시간) 뉴욕에서", "2024-09-11"),
    ("15일(현지시간)", "2024-08-15"),  # after today's day of month: last month
    ("9.10.(화) 개최", "2024-09-10"),
    ("3.8(금) 회의", "2024-03-08"),
    ("지난 4일 열린", "2024-09-04"),
    ("오는 20일 열릴", "2024-09-20"),
    ("오는 3일", "2024-10-03"),
    ("지난해 5월 21일", "2023-05-21"),
    ("지난달", "2024-08"),
    ("지난 6월", "2024-06"),
    ("올해 하반기", "2024-H2"),
    ("내년 상반기", "2025-H1"),
    ("2024. 9. 10.", "2024-09-10"),
    ("회의(9.5.)의 후속", "2024-09-05"),
])
def test_korean(text: str, when: str) -> None:
    found = find_dates(text, "ko", PUB)
    assert found and found[0].when == when


@pytest.mark.parametrize(("text", "when"), [
    ("On September 10, 2024, the ministers met", "2024-09-10"),
    ("met on September 9", "2024-09-09"),
    ("on 9 September 2024", "2024-09-09"),
    ("met today in Seoul", "2024-09-12"),
    ("met yesterday", "2024-09-11"),
    ("on Monday", "2024-09-09"),
    ("last Friday", "2024-09-06"),
    ("next Tuesday", "2024-09-17"),
    ("in the first half of next year", "2025-H1"),
    ("last month", "2024-08"),
    ("in March 2025", "2025-03"),
])
def test_english(text: str, when: str) -> None:
    found = find_dates(text, "en", PUB)
    assert found and found[0].when == when


def test_this_week_is_a_week_not_a_day() -> None:
    (d,) = find_dates("talks this week", "en", PUB)
    assert d.kind == "week" and d.value == date(2024, 9, 9)


def test_same_day_reference_is_left_to_context() -> None:
    (d,) = find_dates("이날 회의에는", "ko", PUB)
    assert d.kind == "same_day" and d.value is None


def test_weekday_picks_the_year() -> None:
    # 12.12 was a Thursday in 2024, not in 2023 or 2025.
    (d,) = find_dates("12.12(목) 개최", "ko", date(2025, 1, 3))
    assert d.value == date(2024, 12, 12)


def test_without_publication_date_relative_stays_unresolved() -> None:
    assert [d.value for d in find_dates("5일(현지시간) 지난달 올해 하반기", "ko", None)] == [None, None, None]
    assert find_dates("met today", "en", None)[0].value is None
    assert find_dates("2024년 6월 5일", "ko", None)[0].value == date(2024, 6, 5)


def test_durations_and_numbers_are_not_dates() -> None:
    assert find_dates("3일간 진행된 협상에서 2.5% 인상", "ko", PUB) == []
