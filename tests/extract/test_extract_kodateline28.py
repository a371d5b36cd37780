"""Round 28 (lead): a Korean release's date line (`(2023년 3월 7일, 도쿄)`, `2019년 11월 4일, 방콕 – 외무부`), the date
alone on its line at the top with at most a place and an issuer, is the day `오늘`/`이날` mean: an embassy's translation
of a foreign release keeps the original's date line and is published a day or two later. Sentences written for these
tests (real public meetings)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _days(text: str, published: str) -> set[str | None]:
    return {e.date for e in _held(text, "ko", published)}


def test_today_counts_from_a_translated_release_date_line() -> None:
    text = ("[번역문] 블링컨 국무장관과 하야시 일본 외무대신 간 회담\n\n(2023년 3월 7일, 워싱턴)\n\n"
            "토니 블링컨 국무장관은 오늘 워싱턴에서 하야시 요시마사 일본 외무대신과 회담하고 인도태평양 지역 "
            "정세를 논의하였다.")
    assert _days(text, "2023-03-08") == {"2023-03-07"}
    text = ("[보도자료 국문 번역] 웡 외교장관, 캄보디아 외교장관과 회담\n\n2022년 8월 3일, 캄보디아 프놈펜 – 호주 "
            "외교통상부\n\n페니 웡 호주 외교장관은 오늘 프놈펜에서 쁘락 소콘 캄보디아 외교장관과 회담하였다.")
    assert _days(text, "2022-08-05") == {"2022-08-03"}


def test_a_date_inside_a_sentence_or_the_publication_day_changes_nothing() -> None:
    # A full date in the first sentence is no date line: `오늘` stays the publication day.
    text = ("외교부는 2023년 3월 7일 발표한 자료를 통해 설명했다. 박진 외교부 장관은 오늘 서울에서 하야시 요시마사 "
            "일본 외무대신과 통화하였다.")
    assert _days(text, "2023-03-09") == {"2023-03-09"}
    # A date line on the publication day is the same reference.
    text = "(2023년 3월 9일, 서울)\n\n박진 외교부 장관은 오늘 하야시 요시마사 일본 외무대신과 통화하였다."
    assert _days(text, "2023-03-09") == {"2023-03-09"}
