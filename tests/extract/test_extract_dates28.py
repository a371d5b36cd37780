"""Round 28, event dates: the date grammar of Korean and English news conventions (a wire's dateline day, a pair
of days, days counted from the report or from the day in context); each rule on sentences written for these tests."""
from __future__ import annotations

from datetime import date

from extract.pipeline import extract_document
from streams.records import DocumentRecord
from tests.extract.sentences import held as _held


def _days(text: str, lang: str, published: str) -> set[str | None]:
    return {e.date for e in _held(text, lang, published)}


# `SEOUL, June 5 (Yonhap) --`: `today`, `yesterday`, `this afternoon` count from the dateline's (local) day, not from
# the publication timestamp, which for an Asian outlet is often the next day.
def test_relative_days_count_from_the_wire_dateline() -> None:
    text = ("WASHINGTON, June 5 (Reuters) - U.S. Secretary of State Antony Blinken met South Korean Foreign Minister "
            "Cho Tae-yul in Washington today to discuss North Korea.")
    assert _days(text, "en", "2024-06-06") == {"2024-06-05"}
    text = ("SEOUL, June 5 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with Australian Foreign Minister "
            "Penny Wong in Seoul yesterday, the ministry said.")
    assert _days(text, "en", "2024-06-06") == {"2024-06-04"}
    text = ("SEOUL, June 3 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Japanese counterpart Yoko "
            "Kamikawa by phone this afternoon.")
    assert _days(text, "en", "2024-06-04") == {"2024-06-03"}


# `4, 5일`, `4·5일`, `6월 4, 5일`, `4일과 5일 이틀간`: two days said as a pair, one meeting over both, dated by the
# first like `4~5일`.
def test_a_pair_of_days_is_dated_by_the_first() -> None:
    text = "한미 양국은 4, 5일 서울에서 제5차 한미 외교차관 전략대화를 열었다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "한미일 3국은 지난 4·5일 이틀간 하와이 호놀룰루에서 국방 실무회의를 열었다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "한미일 3국은 6월 4, 5일 하와이 호놀룰루에서 국방 실무회의를 열고 북한 문제를 논의했다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "조태열 외교부 장관은 지난 4일과 5일 이틀간 서울에서 페니 웡 호주 외교장관과 회담을 가졌다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}


# `그제`/`그저께`: two days before the report; `이달 4일`: a day of the report's own month.
def test_days_counted_from_the_report() -> None:
    text = "조태열 외교부 장관은 그제 서울 외교부 청사에서 페니 웡 호주 외교장관과 회담을 가졌다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "조태열 외교부 장관은 그저께 서울 외교부 청사에서 페니 웡 호주 외교장관과 회담을 가졌다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "조태열 외교부 장관은 이달 4일 서울 외교부 청사에서 페니 웡 호주 외교장관과 회담을 가졌다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "윤석열 대통령은 이번 달 3일 용산 대통령실에서 윌리엄 루토 케냐 대통령과 정상회담을 가졌다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-03"}


# `그제야`/`그제서야` ("only then") is no day.
def test_only_then_is_no_day() -> None:
    text = "양국 정상은 5일 회담을 가졌고, 그제야 공동성명 문안에 합의했다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-05"}


# `이튿날`, `다음 날`: the day after the day in context, not that day.
def test_the_next_day_is_the_day_after_the_one_in_context() -> None:
    text = ("윤석열 대통령은 11일 국빈 방문을 위해 암스테르담에 도착했다. 윤 대통령은 이튿날 헤이그에서 마르크 뤼터 "
            "네덜란드 총리와 정상회담을 가졌다.")
    assert _days(text, "ko", "2023-12-13") == {"2023-12-12"}
    text = ("조 바이든 미국 대통령은 20일 오산 공군기지를 통해 방한했다. 두 정상은 다음 날 용산 대통령실에서 첫 "
            "정상회담을 가졌다.")
    assert _days(text, "ko", "2022-05-22") == {"2022-05-21"}


# `6월 4일(화)~5일(수)`, `7월 31일∼8월 1일`, `6.4.(화)~6.5.(수)`, `4일 오후(현지시간)부터 5일까지`: a span written
# as two full days is dated by its first, not by the day that closes it (the one nearer the verb).
def test_a_span_of_two_written_days_is_dated_by_the_first() -> None:
    text = "한미 양국은 7월 31일∼8월 1일 워싱턴에서 제4차 핵협의그룹(NCG) 회의를 열었다."
    assert _days(text, "ko", "2024-08-02") == {"2024-07-31"}
    text = "□ 한미 양국은 6.4.(화)~6.5.(수) 서울에서 제5차 외교차관 전략대화를 개최하였다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "한미 양국은 6월 4일(화)~5일(수) 서울에서 제5차 외교차관 전략대화를 개최하였다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}
    text = "한미 양국은 4일 오후(현지시간)부터 5일까지 워싱턴에서 제4차 핵협의그룹 회의를 열었다."
    assert _days(text, "ko", "2024-06-06") == {"2024-06-04"}


# `on Wednesday (U.S. time)`, `on April 10 (Washington time)`: a clock's gloss in brackets is no wire's dateline
# (`(Yonhap) --`); the day before it is the event's.
def test_a_time_zone_gloss_is_no_dateline() -> None:
    text = ("TOKYO, April 11 (Kyodo) -- Prime Minister Fumio Kishida held a summit with President Joe Biden at the "
            "White House on Wednesday (U.S. time), the government said.")
    assert _days(text, "en", "2024-04-11") == {"2024-04-10"}
    text = ("TOKYO, April 11 (Kyodo) -- Prime Minister Fumio Kishida held a summit with President Joe Biden at the "
            "White House on April 10 (Washington time).")
    assert _days(text, "en", "2024-04-11") == {"2024-04-10"}
    text = ("SEOUL, April 11 (Yonhap) -- Foreign Minister Cho Tae-yul held a phone call with Japanese Foreign Minister "
            "Yoko Kamikawa on Wednesday (Seoul time).")
    assert _days(text, "en", "2024-04-11") == {"2024-04-10"}


# A body naming no day, `이날 … 회담을 가졌다` under a headline that names one (`5일 워싱턴서 회담`): the headline's
# recent day, not the next morning's publication day; `전날` still counts back from the publication.
def test_this_day_under_a_dated_headline_is_the_headlines_day() -> None:
    def days(title: str, text: str, published: str) -> set[str | None]:
        doc = DocumentRecord(id="t", title=title, text=text, lang="ko", published=date.fromisoformat(published))
        return {e.date for e in extract_document(doc) if not e.mentioned}

    body = ("(워싱턴=연합뉴스) 조태열 외교부 장관과 토니 블링컨 미국 국무장관은 {} 워싱턴 국무부 청사에서 "
            "외교장관회담을 가졌다.")
    title = "조태열-블링컨, 5일 워싱턴서 회담…北 도발 대응 공조"
    assert days(title, body.format("이날"), "2024-06-06") == {"2024-06-05"}
    assert days(title, body.format("전날"), "2024-06-06") == {"2024-06-05"}
    text = "(헤이그=연합뉴스) 윤석열 대통령은 이날 헤이그에서 마르크 뤼터 네덜란드 총리와 정상회담을 가졌다."
    assert days("윤 대통령, 12일 뤼터 총리와 정상회담…반도체 동맹 구축", text, "2023-12-13") == {"2023-12-12"}


# `Media Note … June 5, 2024` / `Press Release\n5 June 2024`: a release's date line (the date alone on its line) is
# the day `today`/`yesterday` count from, like a wire's dateline, when the publication timestamp is a day later.
def test_relative_days_count_from_a_release_date_line() -> None:
    text = ("Media Note\nOffice of the Spokesperson\nJune 5, 2024\n\nToday, Secretary Blinken met with Foreign "
            "Minister Cho Tae-yul of the Republic of Korea in Washington.")
    assert _days(text, "en", "2024-06-06") == {"2024-06-05"}
    text = ("Press Release\n5 June 2024\n\nThe Foreign Secretary met the Republic of Korea's Foreign Minister Cho "
            "Tae-yul in London yesterday.")
    assert _days(text, "en", "2024-06-06") == {"2024-06-04"}
