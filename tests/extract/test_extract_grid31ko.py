"""Round 31 (grid31ko): rules the Korean paraphrase grid's failing columns showed (tests/extract/grids/grid31ko.py),
each a pattern with sentences of our own (real public meetings, our own wording)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(e) -> set[tuple[str, str | None]]:
    return {(p.name, p.country) for p in e.delegates}


# Missed: `A는 B와 회동했다`, `회동하고`: the verbal noun `회동` with `하` holds a meeting as `회담했다` does (the
# grid's whole `회동했다` column). A bare `…과 회동` ending a headline stays the noun it was.
def test_met_told_by_hoedong() -> None:
    text = "문재인 대통령과 김정은 국무위원장은 26일 오후 판문점 북측 통일각에서 회동했다."
    [e] = _held(text, "ko", "2018-05-27")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2018-05-26", ["KOR", "PRK"])
    text = ("박진 외교부 장관은 19일(현지시간) 뉴욕에서 하야시 요시마사 일본 외무상과 회동하고 강제징용 문제 해법을 "
            "논의했다.")
    [e] = _held(text, "ko", "2022-09-20")
    assert (e.date, e.location.city, sorted(e.participants)) == ("2022-09-19", "New York", ["JPN", "KOR"])
    assert {"박진", "하야시 요시마사"} <= {n for n, _ in _people(e)}


# Missed delegate: `A 대통령과 B 총리의 한일 정상회담이 열렸다`: the possessors of a meeting noun are who met, also
# when the pair that names the meeting (`한일`, `한중`) stands between them and it (the grid's `회담이 열렸다` column).
def test_possessors_before_a_pair_named_meeting() -> None:
    text = "윤석열 대통령과 기시다 후미오 일본 총리의 한일 정상회담이 16일 도쿄 총리관저에서 열렸다."
    [e] = _held(text, "ko", "2023-03-17")
    assert _people(e) == {("윤석열", "KOR"), ("기시다 후미오", "JPN")}
    text = "박진 외교부 장관과 왕이 중국 외교부장의 한중 외교장관회담이 9일 칭다오에서 열렸다."
    [e] = _held(text, "ko", "2022-08-10")
    assert _people(e) == {("박진", "KOR"), ("왕이", "CHN")}


# Wrong city: a call or a video meeting took the city of its day's other meeting (`같은 날 외교부 청사에서 …를
# 접견했다`). Held nowhere (records.md rule 7): its name's last word (`통화`, `화상회담`) or its sentence's manner
# (`화상으로`) says so (extract/data/triggers.yaml `remote_heads`, `remote_manners`).
def test_a_call_takes_no_city_of_its_day() -> None:
    text = ("조태열 외교부 장관은 16일 블링컨 미국 국무장관과 첫 통화를 했다. 조 장관은 같은 날 외교부 청사에서 필립 "
            "골드버그 주한 미국대사를 접견했다.")
    call, audience = _held(text, "ko", "2024-01-17")
    assert (call.date, call.location.city, call.location.country) == ("2024-01-16", None, None)
    assert audience.location.city == "Seoul"
    text = ("박진 외교부 장관은 7일 하야시 요시마사 일본 외무상과 화상회담을 가졌다. 박 장관은 같은 날 오후 외교부 "
            "청사에서 방한 중인 웬디 셔먼 미국 국무부 부장관을 접견했다.")
    video, audience = _held(text, "ko", "2022-06-08")
    assert (video.location.city, sorted(video.participants)) == (None, ["JPN", "KOR"])
    assert audience.location.city == "Seoul"
    text = ("조태열 외교부 장관은 18일 화상으로 블링컨 미국 국무장관과 한미 외교장관회담을 가졌다. 조 장관은 같은 날 "
            "오후 외교부 청사에서 필립 골드버그 주한 미국대사를 접견했다.")
    assert [e.location.city for e in _held(text, "ko", "2024-03-19")] == [None, "Seoul"]


# Missed / wrong date: `이날`/`전날` with no day named before it counts from the report's day, also when a later
# sentence names a day (`이에 앞서 … 17일 …`, a recalled `지난 19일`); before, only when no day was named anywhere,
# so the meeting went undated (and a `전날` one was read as mentioned).
def test_this_day_with_a_day_named_only_later() -> None:
    text = ("조태열 외교부 장관은 전날 서울에서 블링컨 미국 국무장관과 한미 외교장관회담을 가졌다. 이에 앞서 블링컨 "
            "장관은 17일 김홍균 외교부 1차관과 면담했다.")
    assert sorted(e.date for e in _held(text, "ko", "2024-03-19")) == ["2024-03-17", "2024-03-18"]
    text = ("윤석열 대통령은 이날 용산 대통령실에서 올라프 숄츠 독일 총리와 정상회담을 했다. 두 정상은 지난 19일 "
            "히로시마 G7 정상회의 계기에도 인사를 나눈 바 있다.")
    [e] = _held(text, "ko", "2023-05-21")
    assert (e.date, sorted(e.participants)) == ("2023-05-21", ["DEU", "KOR"])
    text = ("윤석열 대통령은 전날 용산 대통령실에서 올라프 숄츠 독일 총리와 정상회담을 했다. 숄츠 총리는 앞서 20일 "
            "히로시마에서 기시다 후미오 일본 총리와 만났다.")
    summit = next(e for e in _held(text, "ko", "2023-05-22") if "KOR" in e.participants)
    assert (summit.date, sorted(summit.participants)) == ("2023-05-21", ["DEU", "KOR"])
