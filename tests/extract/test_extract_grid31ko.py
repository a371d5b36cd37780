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


# Wrong date (the grid's second batch): `전날 … 협력에 관한 양해각서에 서명했다`: `에 관한`/`에 대한` are adnominal
# postpositions, not a clause of their own, so the `전날` before them is the main clause's, not an adnominal one's.
def test_a_postposition_is_no_clause_of_the_day() -> None:
    text = "한국과 카자흐스탄은 전날 아스타나에서 핵심광물 공급망 협력에 관한 양해각서(MOU)에 서명했다."
    [e] = _held(text, "ko", "2024-06-13")
    assert (e.type, e.date) == ("agreement", "2024-06-12")
    text = "한국과 투르크메니스탄은 전날 아시가바트에서 에너지 분야 협력에 관한 양해각서(MOU)에 서명했다."
    [e] = _held(text, "ko", "2024-06-11")
    assert (e.type, e.date) == ("agreement", "2024-06-10")


# Missed: `블링컨 장관은 회담에 앞서 … 윤석열 대통령을 예방했다`: a meeting named as the time of another (`회담에 앞서`,
# `회담 직후`) is not the object the verb holds; the courtesy call is its own meeting, with the person called on.
def test_a_meeting_named_as_the_time_is_no_object() -> None:
    text = ("조태열 외교부 장관은 18일 서울에서 블링컨 미국 국무장관과 한미 외교장관회담을 가졌다. 블링컨 장관은 "
            "회담에 앞서 용산 대통령실에서 윤석열 대통령을 예방했다.")
    talks, call = _held(text, "ko", "2024-03-19")
    assert _people(call) == {("블링컨", "USA"), ("윤석열", "KOR")} and call.date == "2024-03-18"
    text = ("블링컨 미국 국무장관은 9일 서울에서 박진 외교부 장관과 회담했다. 블링컨 장관은 회담에 앞서 용산 "
            "대통령실에서 윤석열 대통령을 예방했다.")
    events = _held(text, "ko", "2023-11-10")
    assert any(("윤석열", "KOR") in _people(e) for e in events) and len(events) == 2


# Missed delegates: `A 대통령과 B 대통령은 … 양해각서(MOU)를 교환했다`: a sentence telling documents exchanged (a
# signing, f26ko) tells who attended, as `서명했다` does (the attendance pattern; not `의견을 교환했다`).
def test_documents_exchanged_tell_who_attended() -> None:
    text = ("윤석열 대통령과 토카예프 카자흐스탄 대통령은 12일 아스타나에서 핵심광물 공급망 협력에 관한 "
            "양해각서(MOU)를 교환했다.")
    [e] = _held(text, "ko", "2024-06-13")
    assert (e.type, _people(e)) == ("agreement", {("윤석열", "KOR"), ("토카예프", "KAZ")})
    text = ("윤석열 대통령과 보 반 트엉 베트남 국가주석은 23일 하노이에서 핵심광물 공급망 센터 설립에 관한 양해각서를 "
            "교환했다.")
    [e] = _held(text, "ko", "2023-06-24")
    assert (e.type, _people(e)) == ("agreement", {("윤석열", "KOR"), ("보 반 트엉", "VNM")})


# Spurious participant: `브뤼셀 나토 본부에서`, `자카르타 아세안 사무국에서`: a grouping's building named as where the
# meeting was held is its place, not a party (a country's ministry, `도쿄 외무성에서`, still names its side).
def test_a_groupings_building_is_where() -> None:
    text = "조태열 외교부 장관은 4일 브뤼셀 나토 본부에서 블링컨 미국 국무장관과 한미 외교장관회담을 가졌다."
    [e] = _held(text, "ko", "2024-04-05")
    assert (e.location.city, sorted(e.participants)) == ("Brussels", ["KOR", "USA"])
    text = "박진 외교부 장관은 4일 자카르타 아세안 사무국에서 레트노 마르수디 인도네시아 외교장관과 회담했다."
    [e] = _held(text, "ko", "2023-09-05")
    assert (e.location.city, sorted(e.participants)) == ("Jakarta", ["IDN", "KOR"])
