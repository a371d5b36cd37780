"""Round 24 (ev28ko), Korean event detection: rules read from the Korean event errors of the tuning sets and from
sentences of our own (real public meetings, our own wording), each stated as a pattern."""
from __future__ import annotations

from tests.extract.sentences import held as _held


# Wrong date. With no day named anywhere, a `전날` of the text dated every undated meeting of the report (ev26ko).
# Only a `전날`/`이날` of a sentence telling a meeting (a held mention's, or people who `모여`/`마주 앉았다`) does; one
# quoted (`"전날 북한이 …"고 말했다`), one in an adnominal clause of another noun (`전날 발표된 도발`), or one in a
# sentence of something else (`전날 미사일을 발사했다`, `전날 워싱턴에 도착했다`) dates no meeting.
def test_a_day_before_of_another_clause_dates_no_meeting() -> None:
    text = ("블링컨 장관은 회담에서 \"전날 북한이 탄도미사일을 발사한 것을 규탄한다\"고 말했다. 한미 외교장관은 "
            "워싱턴에서 회담을 가졌다.")
    [e] = _held(text, "ko", "2023-04-20")
    assert e.date is None
    text = "[워싱턴=연합뉴스] 한미 외교장관은 워싱턴에서 회담을 가졌다. 양측은 전날 발표된 북한의 도발을 규탄했다."
    [e] = _held(text, "ko", "2023-04-20")
    assert e.date is None
    text = "박진 외교부 장관은 전날 워싱턴에 도착했다. 박 장관은 블링컨 국무장관과 한미 외교장관회담을 가졌다."
    [e] = _held(text, "ko", "2023-04-20")
    assert e.date is None
    text = "전날 베이징에 도착한 조태열 외교부 장관은 왕이 중국 외교부장과 한중 외교장관회담을 가졌다."
    [e] = _held(text, "ko", "2024-05-14")
    assert e.date is None


def test_a_day_before_of_the_meeting_still_dates_it() -> None:
    text = ("윤석열 대통령과 기시다 후미오 일본 총리는 전날 도쿄에서 만났다. 두 정상은 정상회담을 열고 셔틀외교 "
            "복원에 합의했다.")
    [e] = _held(text, "ko", "2023-03-17")
    assert e.date == "2023-03-16"
    text = ("한미일 외교장관들이 전날(현지시간) 독일 뮌헨에서 모여 대북 공조를 다졌다. 세 장관은 뮌헨안보회의 계기에 "
            "회의를 열었다.")
    [e] = _held(text, "ko", "2023-02-19")
    assert e.date == "2023-02-18"


# Wrong date. `전날 오후 A와 정상회담을 했다. … 같은 날 저녁 B와 면담했다`, no day named anywhere: `같은 날` (the same
# day) refers back to the last relative day told (`전날`), not to the report's own day.
def test_the_same_day_after_the_day_before() -> None:
    text = ("윤석열 대통령은 전날 오후 하노이에서 보 반 트엉 베트남 국가주석과 정상회담을 했다. 윤 대통령은 같은 날 "
            "저녁 팜 민 찐 총리와도 면담했다.")
    assert [e.date for e in _held(text, "ko", "2023-06-24")] == ["2023-06-23", "2023-06-23"]
    text = ("박진 외교부 장관은 전날 워싱턴에서 블링컨 국무장관과 한미 외교장관회담을 가졌다. 같은 날 이종섭 국방부 "
            "장관은 오스틴 국방장관과 한미 국방장관회담을 했다.")
    assert [e.date for e in _held(text, "ko", "2023-04-20")] == ["2023-04-19", "2023-04-19"]
    # `이날` after `전날` is the report's day, and `같은 날` after it that day too.
    text = ("조태열 장관은 전날 베이징에 도착했다. 조 장관은 이날 왕이 외교부장과 회담을 가졌다. 같은 날 오후 조 "
            "장관은 한정 국가부주석을 면담했다.")
    assert [e.date for e in _held(text, "ko", "2024-05-14")] == ["2024-05-14", "2024-05-14"]


# Spurious / merged. `X로 이동해 14일 Y와 정상회담을 한다`, `…와 회담하고 이튿날 귀국한다`: a sentence telling the
# trip's next leg whose last predicate is in the plain non-past (`-ㄴ다`, `-는다`) is ahead, not held, and its
# people do not attend the report's meeting (not hearsay, `했다고 한다`).
def test_the_next_leg_of_a_trip_in_the_non_past() -> None:
    text = ("윤석열 대통령은 12일 아스타나에서 토카예프 카자흐스탄 대통령과 정상회담을 가졌다. 윤 대통령은 이튿날 "
            "타슈켄트로 이동해 14일 미르지요예프 우즈베키스탄 대통령과 정상회담을 한다.")
    [e] = _held(text, "ko", "2024-06-13")
    assert (e.date, sorted(e.participants)) == ("2024-06-12", ["KAZ", "KOR"])
    text = ("이재명 대통령은 18일 아부다비에서 무함마드 빈 자이드 알 나흐얀 UAE 대통령과 정상회담을 했다. 이 대통령은 "
            "카이로로 이동해 압델 파타 엘시시 이집트 대통령과 회담하고, 이어 요하네스버그로 향한다.")
    [e] = _held(text, "ko", "2025-11-19")
    assert (e.date, sorted(e.participants)) == ("2025-11-18", ["ARE", "KOR"])
    assert not any("엘시시" in (p.name or "") for p in e.delegates)


# Wrong date. `두 정상은 지난달 10일 … 처음 만난 바 있다.`: a short sentence with a day is not a section heading
# (`1. 한일 정상회담 (10.30.(목), 경주)`); the undated meeting after it (`이어 … 정상회담을 했다`) keeps the day told
# before.
def test_a_short_sentence_is_no_heading() -> None:
    text = ("윤석열 대통령은 15일 리마에서 이시바 시게루 일본 총리와 정상회담을 했다. 두 정상은 지난달 10일 "
            "비엔티안에서 처음 만난 바 있다. 윤 대통령은 이어 시진핑 중국 국가주석과 한중 정상회담을 했다.")
    assert [e.date for e in _held(text, "ko", "2024-11-16")] == ["2024-11-15", "2024-11-15"]
    text = ("박진 외교부 장관은 14일 워싱턴에서 블링컨 국무장관과 외교장관회담을 했다. 두 장관은 지난 3일 통화한 바 "
            "있다. 박 장관은 이어 설리번 국가안보보좌관을 면담했다.")
    assert [e.date for e in _held(text, "ko", "2023-04-15")] == ["2023-04-14", "2023-04-14"]
