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


# Merged. `회의를 마치고 X와 따로 만나`: `따로` (separately), like `별도로`, tells a side meeting of its own.
def test_a_meeting_held_separately() -> None:
    text = ("박진 외교부 장관은 26일 부산에서 한일중 외교장관회의를 주재했다. 박 장관은 회의를 마치고 왕이 중국 "
            "외교부장과 따로 만나 양국 관계를 논의했다.")
    events = _held(text, "ko", "2023-11-27")
    assert sorted(sorted(e.participants) for e in events) == [["CHN", "JPN", "KOR"], ["CHN", "KOR"]]
    text = ("정의용 외교부 장관은 12일 호놀룰루에서 한미일 외교장관회의를 개최했다. 정 장관은 회의 직후 블링컨 "
            "국무장관과 따로 만나 대북 정책을 논의했다.")
    assert len(_held(text, "ko", "2022-02-13")) == 2


# Not detected. `X 보고관의 예방을 받았다`: a courtesy call told by the host who received it is a meeting with the
# caller (as `X 총리의 전화를 받았다` is a call).
def test_a_received_courtesy_call() -> None:
    text = "권영세 통일부 장관은 24일 정부서울청사에서 엘리자베스 살몬 유엔 북한인권 특별보고관의 예방을 받았다."
    [e] = _held(text, "ko", "2022-08-25")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2022-08-24", ["KOR", "UN"])
    text = "한덕수 국무총리는 21일 정부서울청사에서 방한한 네덜란드 외교장관의 예방을 받고 반도체 협력 방안을 논의했다."
    [e] = _held(text, "ko", "2023-11-22")
    assert (e.date, sorted(e.participants)) == ("2023-11-21", ["KOR", "NLD"])


# Merged. `이에 앞서 B 차관은 같은 날 X와 면담하고`: a meeting told as before the one just reported (`이에 앞서`) is
# another meeting, even with the same person.
def test_a_meeting_before_the_one_just_told() -> None:
    text = ("권영세 통일부 장관은 24일 정부서울청사에서 엘리자베스 살몬 유엔 북한인권 특별보고관을 접견했다. 이에 앞서 "
            "김기웅 통일부 차관은 같은 날 살몬 특별보고관과 면담하고 북한인권 정책을 설명했다.")
    assert [e.date for e in _held(text, "ko", "2022-08-25")] == ["2022-08-24", "2022-08-24"]
    text = ("조태열 외교부 장관은 5일 서울에서 멜라니 졸리 캐나다 외교장관과 외교장관회담을 가졌다. 이에 앞서 김홍균 "
            "제1차관은 같은 날 졸리 장관을 만나 공급망 협력을 논의했다.")
    assert len(_held(text, "ko", "2024-09-06")) == 2


# Not detected. `제2차 재무대화를 했다`: the light verb `하다` with a dialogue noun (`대화`, `회동`) as its object holds
# it, like `회담을 했다`.
def test_a_dialogue_held_with_the_light_verb() -> None:
    text = "기획재정부는 최지영 국제경제관리관이 8일 도쿄에서 일본 재무관과 제2차 한일 차관급 재무대화를 했다고 밝혔다."
    [e] = _held(text, "ko", "2024-03-09")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2024-03-08", ["JPN", "KOR"])
    text = "외교부는 김홍균 제1차관이 25일 워싱턴에서 커트 캠벨 국무부 부장관과 한미 전략대화를 했다고 밝혔다."
    [e] = _held(text, "ko", "2024-01-26")
    assert (e.date, sorted(e.participants)) == ("2024-01-25", ["KOR", "USA"])


# Undated. `전날(현지시간) 외교장관들이 뮌헨에서 모여 … 회의를 열었다`: with no day named anywhere, a `전날` of the text
# dates the report's meetings from its own day (as a trigger's own `전날` does).
def test_the_day_before_with_no_day_named() -> None:
    text = ("한미일 외교장관들이 전날(현지시간) 독일 뮌헨에서 모여 대북 공조를 다졌다. 세 장관은 뮌헨안보회의 계기에 "
            "회의를 열었다.")
    [e] = _held(text, "ko", "2023-02-19")
    assert (e.type, e.date) == ("dialogue", "2023-02-18")
    text = ("한중 외교장관이 전날 베이징에서 마주 앉았다. 조태열 장관과 왕이 외교부장은 이 자리에서 "
            "외교장관회담을 가졌다.")
    [e] = _held(text, "ko", "2024-05-14")
    assert e.date == "2024-05-13"
