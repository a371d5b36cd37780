"""Round 22 (ev26ko), Korean event detection: rules read from the Korean event errors of the tuning sets
(`grammar7/tune` and `fresh17/tune` first), each stated as a pattern and tested on sentences written for these tests
(real public meetings, our own wording)."""
from __future__ import annotations

from tests.extract.sentences import extracted as _extracted
from tests.extract.sentences import held as _held


# Wrong date. `지난달 12일`, `지난 달 3일`: a day of the month before the publication's, not a day of its own
# month (read as `지난달` + `12일`, the 12th of this month).
def test_a_day_of_last_month() -> None:
    text = ("앞서 지난달 12일 서울에서 열린 한미일 국방장관회의에서 3국 장관은 미사일 경보정보 공유체계를 "
            "가동하기로 했다.")
    [e] = _extracted(text, "ko", "2023-12-19")
    assert (e.date, e.mentioned) == ("2023-11-12", True)
    text = "산업통상자원부는 지난달 2일 도쿄에서 한일 산업장관 회담을 개최했다고 3일 밝혔다."
    [e] = _extracted(text, "ko", "2024-03-05")
    assert e.date == "2024-02-02"
    text = "양국 외교장관은 지난 달 3일 서울에서 「한-이탈리아 외교관계 수립 140주년 공동성명」에 서명한 바 있다."
    [e] = _extracted(text, "ko", "2024-07-05")
    assert e.date == "2024-06-03"


# Wrong date (undated). `전날 … 회의를 진행했다고 2일 밝혔다`: `전날`/`이날` with no day named before it, in a sentence
# that names the report's own day, is that day (the day before it).
def test_the_day_before_the_report_day_of_its_sentence() -> None:
    text = ("이재명 대통령은 전날 밤 이시바 시게루 일본 총리와 첫 정상 통화를 하고 양국 협력 방안을 논의했다고 "
            "대통령실이 10일 밝혔다.")
    [e] = _held(text, "ko", "2025-06-10")
    assert (e.type, e.date) == ("dialogue", "2025-06-09")
    text = "외교부는 박진 장관이 전날 부산에서 왕이 중국 외교부장과 한중 외교장관회담을 가졌다고 27일 발표했다."
    [e] = _held(text, "ko", "2023-11-28")
    assert (e.type, e.date) == ("dialogue", "2023-11-26")
