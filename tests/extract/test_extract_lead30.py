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
