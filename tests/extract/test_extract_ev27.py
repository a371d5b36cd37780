"""Round 23 (ev27), Korean event detection: predicates the round-22 readers found left (`grammar7/tune`), each
stated as a pattern and tested on sentences written for these tests (real public meetings, our own wording)."""
from __future__ import annotations

from datetime import date

from extract.pipeline import extract_document
from streams.records import DocumentRecord
from tests.extract.sentences import held as _held


def _held_titled(text: str, published: str, title: str) -> list:
    doc = DocumentRecord(id="t", text=text, lang="ko", published=date.fromisoformat(published), title=title)
    return [e for e in extract_document(doc) if not e.mentioned]


# Not detected. `두 정상은 통화에서 … 데 뜻을 모았다`, `회담에서 … 하기로 합의했다`: a meeting told only as the
# setting of what the parties agreed (a past accord, finite or connective) was held; an adnominal accord
# (`회담에서 합의한 사항`) or a meeting already told by its own verb (`열린 회의에서`) adds nothing.
def test_a_meeting_told_by_what_was_agreed_in_it() -> None:
    text = ("윤석열 대통령과 조 바이든 미국 대통령은 전날 밤 통화에서 북한의 도발에 공동 대응하자는 데 뜻을 모았다고 "
            "대통령실이 5일 밝혔다.")
    [e] = _held(text, "ko", "2022-10-05")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2022-10-04", ["KOR", "USA"])
    text = ("윤석열 대통령과 기시다 후미오 일본 총리는 16일 도쿄 총리관저 회담에서 정상 간 셔틀외교를 "
            "복원하기로 합의했다.")
    [e] = _held(text, "ko", "2023-03-17")
    assert (e.date, sorted(e.participants)) == ("2023-03-16", ["JPN", "KOR"])
    text = ("문재인 대통령과 스가 요시히데 일본 총리는 24일 첫 정상통화에서 양국 관계 개선을 위해 노력하자는 데 "
            "의견을 같이했다.")
    [e] = _held(text, "ko", "2020-09-25")
    assert (e.date, sorted(e.participants)) == ("2020-09-24", ["JPN", "KOR"])


def test_an_agreement_recalled_from_a_meeting_is_no_meeting() -> None:
    text = "정부는 지난해 캠프 데이비드 회의에서 합의한 사항을 차질 없이 이행해 나갈 계획이다."
    assert _held(text, "ko", "2024-03-05") == []


# Not detected. `A와 B가 호놀룰루에서 마주 앉았다`: sat down face to face, i.e. met (like `만났다`, no meeting named).
def test_sat_down_face_to_face() -> None:
    text = "박진 외교부 장관과 왕이 중국 외교부장이 9일 중국 칭다오에서 마주 앉았다."
    [e] = _held(text, "ko", "2022-08-10")
    assert (e.type, e.date, sorted(e.participants)) == ("dialogue", "2022-08-09", ["CHN", "KOR"])
    text = "추경호 부총리와 재닛 옐런 미국 재무장관이 19일 인천 송도에서 마주 앉아 외환시장 협력을 논의했다."
    [e] = _held(text, "ko", "2022-07-20")
    assert (e.date, sorted(e.participants)) == ("2022-07-19", ["KOR", "USA"])


# Wrong date. `[2.12 호놀룰루] …` over a body naming no day but `이날`: the title's bracketed dateline is the report's
# day, so `이날` is that day rather than the next morning's publication day.
def test_a_title_dateline_dates_this_day() -> None:
    text = ("한미일 외교장관이 하와이 호놀룰루에서 회의를 개최했다. 이날 회의는 북한의 잇단 미사일 발사 속에 열렸다.")
    [e] = _held_titled(text, "2022-02-13", "[2.12 호놀룰루] 한미일 외교장관 회의")
    assert e.date == "2022-02-12"
    text = "이날 한일 외교장관은 도쿄에서 회담을 열고 협력 방안을 논의했다."
    [e] = _held_titled(text, "2023-07-19", "(7.18 도쿄) 한일 외교장관회담")
    assert e.date == "2023-07-18"


# Wrong participants / name. `APEC 정상회의가 열린 경주에서 마주 앉았다`, `…가 열리는 샌프란시스코에서 회담했다`: a host
# gathering named as where the meeting took place is a venue: the meeting is the bilateral, the gathering neither
# its name nor one of its parties.
def test_a_host_gathering_named_as_the_venue() -> None:
    text = "윤석열 대통령과 기시다 후미오 일본 총리는 16일 APEC 정상회의가 열리는 샌프란시스코에서 회담했다."
    [e] = _held(text, "ko", "2023-11-17")
    assert (e.date, sorted(e.participants), e.location.city) == ("2023-11-16", ["JPN", "KOR"], "San Francisco")
    assert "APEC" not in (e.name or "")
    text = "다카이치 사나에 일본 총리와 시진핑 중국 국가주석이 31일 APEC 정상회의가 열린 경주에서 처음 만났다."
    [e] = _held(text, "ko", "2025-11-01")
    assert (e.date, sorted(e.participants)) == ("2025-10-31", ["CHN", "JPN"])
    assert "APEC" not in (e.name or "")
