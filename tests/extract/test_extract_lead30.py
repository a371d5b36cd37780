"""Trade agreements by their abbreviations, round 30 (session 21, lead): `signed an FTA`, `signed the CEPA`,
`FTA에 서명했다`, `CEPA를 체결했다` and protocols (`개정 의정서에 서명`) are signings like `agreement`/`협정`. Sentences
written for these tests (none is a corpus document), each failing at the round's start (beb2d1f)."""
from __future__ import annotations

from tests.extract.sentences import extracted


def _signed(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    events = extracted(text, lang, published)
    return [(str(e.date), e.name) for e in events if e.type == "agreement" and not e.mentioned]


def test_english_fta_signed() -> None:
    got = _signed("JAKARTA, Sept. 7 (Yonhap) -- South Korea and the Philippines signed an FTA on Thursday on the "
                  "sidelines of the ASEAN summit, removing tariffs on most of their trade, the trade ministry said.",
                  "en", "2023-09-07")
    assert got == [("2023-09-07", "FTA")]


def test_english_cepa_signed() -> None:
    got = _signed("Trade Minister Yoo Myung-hee and Indonesian Trade Minister Agus Suparmanto signed the CEPA in "
                  "Seoul on Friday, eight years after the talks began.", "en", "2020-12-19")
    assert got == [("2020-12-18", "CEPA")]


def test_korean_fta_signed() -> None:
    got = _signed("안덕근 통상교섭본부장과 빤 소라삭 캄보디아 상무장관은 26일(현지시간) 프놈펜에서 한-캄보디아 FTA에 "
                  "서명했다.", "ko", "2022-10-27")
    assert got == [("2022-10-26", "한-캄보디아 FTA")]


def test_korean_cepa_concluded() -> None:
    got = _signed("한국과 인도네시아는 18일 서울에서 포괄적경제동반자협정인 CEPA를 체결했다.", "ko", "2020-12-18")
    assert [d for d, _ in got] == ["2020-12-18"]


def test_korean_protocol_signed() -> None:
    got = _signed("김현종 통상교섭본부장과 로버트 라이트하이저 미국 무역대표부 대표는 24일(현지시간) 뉴욕에서 "
                  "한미 FTA 개정 의정서에 서명했다.", "ko", "2018-09-25")
    assert got == [("2018-09-24", "한미 FTA 개정 의정서")]


def _met(text: str, published: str) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((str(e.date), tuple(sorted(e.participants))) for e in extracted(text, "ko", published)
                  if e.type == "dialogue" and not e.mentioned)


def test_korean_also_met_each_of_a_list() -> None:
    # `A 총리, B 총리와도 각각 회담했다`: one meeting with each, also after `와도`
    got = [e for e in extracted("윤석열 대통령은 21일(현지시간) 히로시마에서 팜 민 찐 베트남 총리, 나렌드라 모디 인도 "
                                "총리와도 각각 회담했다.", "ko", "2023-05-22") if e.type == "dialogue"]
    assert sorted(tuple(p.name for p in e.delegates if p.name != "윤석열") for e in got) == [("나렌드라 모디",),
                                                                                          ("팜 민 찐",)]


def test_korean_also_met_each_of_a_list_ministers() -> None:
    got = [e for e in extracted("박진 외교부 장관은 14일(현지시간) 자카르타에서 왕이 중국 공산당 중앙외사판공실 주임, "
                                "하야시 요시마사 일본 외무상과도 각각 회담했다.", "ko", "2023-07-15")
           if e.type == "dialogue" and not e.mentioned]
    assert len(got) == 2


def test_korean_meeting_during_a_visit_is_undated() -> None:
    # `방문 기간 X를 예방`: some day of the visit (records.md rule 6), even without `중`
    got = _met("윤석열 대통령은 10일(현지시간) 아시가바트에 도착해 동포 간담회를 가졌다. 윤 대통령은 투르크메니스탄 "
               "방문 기간 구르반굴리 베르디무하메도프 인민이사회 의장을 예방했다.", "2024-06-12")
    assert ("None", ("KOR", "TKM")) in got


def test_korean_during_is_not_china() -> None:
    # `참석 일정 중 X와`: `중` after a noun of a span is "during", not China's abbreviation
    got = _met("윤석열 대통령은 나토 정상회의 참석 일정 중 앤서니 알바니지 호주 총리와 회담했다.", "2022-06-29")
    assert got and all("CHN" not in p for _, p in got)
    got = _met("박진 외교부 장관은 유엔총회 방문 일정 중 하야시 요시마사 일본 외무상과 회담했다.", "2022-09-20")
    assert got and all("CHN" not in p for _, p in got)
