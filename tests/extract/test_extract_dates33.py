"""Dates and the people of later meetings, round 33: the gaps the date paraphrase grids (tests/extract/grids/
grid33ed.py, grid33kd.py) showed. Sentences written for these tests (none is a corpus document or a grid cell), each
failing before round 33b's rules (at 65f42e8) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _events(text: str, lang: str, published: str) -> list[tuple[str, str | None, str | None]]:
    return sorted((e.type, str(e.date) if e.date else None, e.location.city) for e in held(text, lang, published))


# `미국 워싱턴DC 국무부에서`, `도쿄 외무성에서`: a ministry's building after a city is where the meeting was held, over
# the wire's dateline city. (The second passed before: `외무성` after `도쿄` was already read as a venue.)
@pytest.mark.parametrize(("text", "published", "city"), [
    ("【서울=뉴시스】 김지현 기자 = 박진 외교부 장관은 13일 미국 워싱턴DC 국무부에서 토니 블링컨 미국 국무장관과 "
     "한미 외교장관회담을 가졌다.", "2023-11-14", "Washington"),
    ("[서울=뉴시스] 이재우 기자 = 조태열 외교부 장관은 3일 일본 도쿄 외무성에서 가미카와 요코 외무상과 회담했다.",
     "2024-06-04", "Tokyo"),
])
def test_a_ministry_building_after_a_city_is_the_venue(text: str, published: str, city: str) -> None:
    assert [c for _, _, c in _events(text, "ko", published)] == [city]


# `(사진=외교부 제공) 2024.02.29.`: a photo's credit and the day it was filed, not a day of the meeting. (The second
# passed before: its body's meeting took the caption's day.)
@pytest.mark.parametrize(("text", "published", "day"), [
    ("박진 외교부 장관과 하야시 요시마사 일본 외무상이 16일 도쿄에서 회담하고 있다. (사진=외교부 제공) 2023.03.17.\n"
     "(도쿄=연합뉴스) 박진 외교부 장관은 하야시 요시마사 일본 외무상과 외교장관회담을 가졌다.", "2023-03-17",
     "2023-03-16"),
    ("조태열 외교부 장관이 5일 자카르타에서 레트노 마르수디 인도네시아 외교장관과 악수하고 있다. [사진=연합뉴스] "
     "2024.06.06\n조 장관은 레트노 장관과 외교장관회담을 갖고 공급망 협력을 논의했다.", "2024-06-06", "2024-06-05"),
])
def test_a_photo_credits_stamp_dates_no_meeting(text: str, published: str, day: str) -> None:
    assert [d for _, d, _ in _events(text, "ko", published)] == [day]


# `지난주 수요일`, `지난 금요일`, `이번 주 화요일`: a weekday of the week told, counted from the report's (Monday to
# Sunday).
@pytest.mark.parametrize(("text", "published", "day"), [
    ("안덕근 산업통상자원부 장관은 지난주 목요일 브뤼셀에서 마로시 셰프초비치 EU 집행위원과 통상장관회담을 가졌다.",
     "2024-04-22", "2024-04-18"),
    ("최상목 부총리는 지난 금요일 워싱턴에서 재닛 옐런 미국 재무장관과 면담했다.", "2024-04-22", "2024-04-19"),
    ("강인선 외교부 제2차관은 이번 주 화요일 서울에서 인도 외교차관과 정책협의회를 개최했다.", "2024-04-25",
     "2024-04-23"),
])
def test_a_weekday_of_a_told_week(text: str, published: str, day: str) -> None:
    assert [d for _, d, _ in _events(text, "ko", published)] == [day]


# `met Secretary Blinken Feb. 28`: a month's abbreviation before its day is no word of the name before it.
@pytest.mark.parametrize(("text", "published", "name"), [
    ("TOKYO, Oct. 6 (Kyodo) -- Foreign Minister Yoko Kamikawa met Philippine Foreign Secretary Enrique Manalo Oct. 5 "
     "in Tokyo.", "2023-10-06", "Enrique Manalo"),
    ("CANBERRA, Aug. 9 (AAP) -- Foreign Minister Penny Wong met Indonesian Foreign Minister Retno Marsudi Aug. 8 in "
     "Canberra.", "2023-08-09", "Retno Marsudi"),
])
def test_a_month_abbreviation_is_no_name_word(text: str, published: str, name: str) -> None:
    names = {d.name for e in held(text, "en", published) for d in e.delegates}
    assert name in names, names


# `A day earlier, X met Y`, `The day before, X held talks with Y`: the day before the last day told, for a meeting
# with someone named; `on the 12th`: a day of the report's month; `last night`: the day before the report's.
@pytest.mark.parametrize(("text", "published", "days"), [
    ("JAKARTA, Sept. 7 (Antara) -- Prime Minister Fumio Kishida met President Joko Widodo at the Bogor Palace on "
     "Thursday. A day earlier, Kishida held talks with Philippine President Ferdinand Marcos Jr. on the sidelines "
     "of the ASEAN summit.", "2023-09-07", ["2023-09-06", "2023-09-07"]),
    ("LONDON, Nov. 23 (Yonhap) -- President Yoon Suk Yeol met King Charles III at Buckingham Palace on Wednesday. "
     "The day before, Yoon held talks with Prime Minister Rishi Sunak at Downing Street.", "2023-11-23",
     ["2023-11-21", "2023-11-22"]),
    ("SEOUL, June 13 (Yonhap) -- Trade Minister Ahn Duk-geun met Australian Trade Minister Don Farrell in Seoul on "
     "the 12th and agreed to expand critical minerals cooperation.", "2024-06-13", ["2024-06-12"]),
    ("TOKYO, March 2 (Kyodo) -- Foreign Minister Yoko Kamikawa met Chinese Foreign Minister Wang Yi on the 28th in "
     "Rio de Janeiro, officials said.", "2024-03-02", ["2024-02-28"]),
    ("SEOUL, Oct. 25 (Yonhap) -- Defense Minister Shin Won-sik met U.S. Defense Secretary Lloyd Austin in Washington "
     "last night and reaffirmed the alliance's deterrence posture.", "2024-10-25", ["2024-10-24"]),
])
def test_days_told_from_another(text: str, published: str, days: list[str]) -> None:
    assert sorted(d for _, d, _ in _events(text, "en", published)) == days


# `Cho had a working breakfast with X`, `Wong took part in …`: a family name alone, of someone named in full before,
# opening a clause of `had`/`took` is that person.
@pytest.mark.parametrize(("text", "published", "person"), [
    ("SEOUL, Nov. 10 (Yonhap) -- Foreign Minister Park Jin met Secretary of State Antony Blinken in Seoul on "
     "Thursday. On Friday, Park had a working lunch with Japanese Foreign Minister Yoko Kamikawa.", "2023-11-10",
     "Park Jin"),
    ("TOKYO, July 3 (Kyodo) -- Trade Minister Ahn Duk-geun met Japanese trade minister Ken Saito in Tokyo on "
     "Tuesday. On Wednesday, Ahn had breakfast talks with Keidanren chairman Masakazu Tokura.", "2024-07-04",
     "Ahn Duk-geun"),
])
def test_a_family_name_alone_has_a_meal_meeting(text: str, published: str, person: str) -> None:
    events = sorted(held(text, "en", published), key=lambda e: str(e.date))
    assert len(events) == 2 and person in {d.name for d in events[1].delegates}, [
        (e.date, [d.name for d in e.delegates]) for e in events]


# `X met Y in Washington last week and agreed …`, `지난달 말 … 회담을 가졌다`: a report whose only event is told in a
# recent week or month with no day reports it as news: held, undated (records.md rules 4 and 6).
@pytest.mark.parametrize(("text", "lang", "published"), [
    ("SEOUL, April 8 (Yonhap) -- Unification Minister Kim Yung-ho met U.S. Special Envoy Julie Turner in Seoul last "
     "week and agreed to step up cooperation on North Korean human rights, the ministry said.", "en", "2024-04-08"),
    ("산업통상자원부는 정인교 통상교섭본부장이 지난달 말 제네바에서 응고지 오콘조이웨알라 WTO 사무총장과 면담하고 "
     "다자무역체제 개혁 방안을 논의했다고 밝혔다.", "ko", "2024-03-05"),
])
def test_the_only_event_of_a_recent_week_is_held_undated(text: str, lang: str, published: str) -> None:
    events = held(text, lang, published)
    assert [(e.type, e.date, len(e.delegates)) for e in events] == [("dialogue", None, 2)]


# A perfect participle's day is after it, not the main clause's `last night` (`Li arrived last night from Perth,
# having co-chaired … on Monday`), and a meeting recalled last month beside the report's dated event stays referred
# to (guards: both passed before; the first fails with `last night` read as a day but no participle rule).
@pytest.mark.parametrize(("text", "published", "day", "not_day"), [
    ("KUALA LUMPUR, June 19 (Bernama) -- Premier Li Qiang met Prime Minister Anwar Ibrahim in Putrajaya today. Li "
     "arrived last night from Perth, having co-chaired a leaders' meeting with Prime Minister Anthony Albanese in "
     "Canberra on Monday.", "2024-06-19", "2024-06-19", "2024-06-18"),
    ("WASHINGTON, May 2 (Yonhap) -- Foreign Minister Cho Tae-yul met Secretary Antony Blinken on Wednesday. The two "
     "had met in Seoul last month on the sidelines of a democracy summit.", "2024-05-02", "2024-05-01", None),
])
def test_the_days_of_other_clauses(text: str, published: str, day: str, not_day: str | None) -> None:
    days = [d for _, d, _ in _events(text, "en", published)]
    assert day in days and not_day not in days and (not_day is not None or days == [day])


# A headline's day a day off the body's (`윤석열·바이든, 27일 워싱턴서 정상회담` over `26일(현지시간) … 정상회담을
# 가졌다`: the reporter's time zone) tells the body's one meeting of its type, dated by the body. (The English one
# passed before: a guard.)
@pytest.mark.parametrize(("text", "lang", "published", "day"), [
    ("윤석열·바이든, 27일 워싱턴서 국빈 정상회담\n(워싱턴=연합뉴스) 윤석열 대통령은 26일(현지시간) 백악관에서 조 "
     "바이든 미국 대통령과 정상회담을 가졌다. 두 정상은 확장억제 강화 방안을 논의했다.", "ko", "2023-04-27",
     "2023-04-26"),
    ("한-프 정상, 21일 파리서 회담…원전·첨단산업 협력\n(파리=연합뉴스) 윤석열 대통령은 20일(현지시간) 엘리제궁에서 "
     "에마뉘엘 마크롱 프랑스 대통령과 정상회담을 하고 원전 협력 방안을 논의했다.", "ko", "2023-06-21", "2023-06-20"),
    ("S. Korea, U.S. foreign ministers hold talks in Washington on Thursday\n\nSEOUL, Feb. 29 (Yonhap) -- Foreign "
     "Minister Cho Tae-yul met Secretary of State Antony Blinken in Washington on Feb. 28 and agreed to respond "
     "sternly to North Korean provocations.", "en", "2024-02-29", "2024-02-28"),
])
def test_a_headline_a_day_off_tells_the_bodys_meeting(text: str, lang: str, published: str, day: str) -> None:
    assert [d for _, d, _ in _events(text, lang, published)] == [day]


# `전날 A와 회담했고, 같은 날 앞서/저녁 B와 …`: `같은 날` after a `전날` of its own sentence is that day before, not
# the day named before the sentence (the report's briefing).
@pytest.mark.parametrize(("text", "published", "day"), [
    ("외교부는 29일 조태열 장관의 방미 결과를 설명했다.\n조 장관은 전날 워싱턴에서 토니 블링컨 국무장관과 회담했고, "
     "같은 날 앞서 크리스 밴 홀런 상원의원을 면담했다.", "2024-02-29", "2024-02-28"),
    ("대통령실은 17일 윤석열 대통령의 방일 성과를 설명했다.\n윤 대통령은 전날 도쿄 총리관저에서 기시다 후미오 총리와 "
     "정상회담을 했고, 같은 날 저녁 긴자의 한 식당에서 기시다 총리와 만찬을 함께했다.", "2023-03-17", "2023-03-16"),
])
def test_the_same_day_after_the_day_before(text: str, published: str, day: str) -> None:
    assert {d for _, d, _ in _events(text, "ko", published)} == {day}


# `전날 별도로 A와 회담했고, B도 같은 날 …`: a meeting the day before told beside a side meeting of that day is
# referred to in passing like it, when the report's own day has a meeting; with none (`외교부는 29일 … 설명했다`),
# the day before's meetings are the report's news.
@pytest.mark.parametrize(("text", "published", "held_days"), [
    ("한미일 외교장관회의가 22일 리우데자네이루에서 열렸다. 조 장관과 가미카와 외무상은 전날 별도로 한일 "
     "외교장관회담을 했고, 조 장관은 같은 날 멜라니 졸리 캐나다 외교장관과도 회담했다.", "2024-02-22", ["2024-02-22"]),
    ("한미 외교·국방(2+2) 장관회의가 18일 서울에서 열렸다. 정의용 장관과 블링컨 장관은 전날 별도로 회담했고, 서욱 "
     "장관과 오스틴 장관도 같은 날 만나 연합방위태세를 점검했다.", "2021-03-18", ["2021-03-18"]),
    ("외교부는 29일 조태열 장관의 방미 일정을 설명했다. 조 장관은 전날 워싱턴에서 토니 블링컨 국무장관과 별도로 "
     "회담했다.", "2024-02-29", ["2024-02-28"]),
    ("외교부는 17일 박진 장관의 방일 결과를 설명했다. 박 장관은 전날 도쿄에서 하야시 요시마사 외무상과 별도로 회담을 "
     "가졌다.", "2023-03-17", ["2023-03-16"]),
])
def test_the_day_befores_meetings_beside_the_reports_day(text: str, published: str, held_days: list[str]) -> None:
    assert sorted(d for _, d, _ in _events(text, "ko", published)) == held_days
