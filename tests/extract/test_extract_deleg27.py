"""Delegates, round 23 (session 16, deleg27): Korean finance and UN titles next to a name (`재무관`, `특별보고관`,
`회장`), a title whose particle Kiwi left on it, meetings `진행했다`/`대화를 했다` as attendance, a courtesy call
received (`X의 예방을 받았다`) and an office named after its city; sentences
written for these tests (none is a corpus document), each failing at this round's start (af8c8f0)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _delegates(text: str, published: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, "ko", published, "kr.moef") for d in e.delegates}


def test_vice_minister_for_international_affairs_pair_as_heads() -> None:
    got = _delegates("기획재정부는 11월 20일 서울에서 제1차 한일 차관급 재무대화를 개최하였다.\n"
                     "양측 수석대표인 김성욱 기획재정부 국제경제관리관과 칸다 마사토 일본 재무성 재무관은 "
                     "역내 금융협력 강화 방안에 대해 의견을 교환하였다.", "2023-11-21")
    assert got.get("김성욱") == "KOR" and got.get("칸다 마사토") == "JPN"


def test_finance_vice_ministers_meeting_conducted() -> None:
    got = _delegates("기획재정부는 최지영 국제경제관리관이 전날 도쿄에서 미무라 아쓰시 일본 재무성 재무관과 "
                     "한일 재무당국 차관급 회의를 진행했다고 밝혔다.", "2024-11-15")
    assert got.get("최지영") == "KOR" and got.get("미무라 아쓰시") == "JPN"


def test_finance_dialogue_done() -> None:
    got = _delegates("기획재정부는 김성욱 국제경제관리관이 8일 서울에서 칸다 마사토 재무관과 "
                     "한일 차관급 재무대화를 했다고 밝혔다.", "2023-06-09")
    assert got.get("김성욱") == "KOR" and got.get("칸다 마사토") == "JPN"


def test_special_rapporteur_courtesy_call_received() -> None:
    got = _delegates("권영세 통일부 장관은 22일 정부서울청사에서 엘리자베스 살몬(Elizabeth Salmón) 유엔 북한인권 "
                     "특별보고관의 예방을 받고 북한 인권 증진 방안을 논의했다.", "2022-08-22")
    assert "엘리자베스 살몬" in got


def test_special_rapporteur_received_with_gloss() -> None:
    got = _delegates("김영호 통일부 장관은 26일 오후 정부서울청사에서 엘리자베스 살몬(Elizabeth Salmón) 유엔 북한인권 "
                     "특별보고관의 예방을 받았다.", "2023-06-26")
    assert "엘리자베스 살몬" in got


def test_office_named_after_its_city_state() -> None:
    got = _delegates("이영 중소벤처기업부 장관은 5일 싱가포르에서 리 추안 텍(Lee Chuan Teck) 싱가포르기업청 회장과 "
                     "면담하고 스타트업 교류 확대 방안을 논의했다.", "2023-09-05")
    assert got.get("리 추안 텍") == "SGP"


def test_agency_chairman_next_to_name() -> None:
    got = _delegates("안덕근 산업통상자원부 장관은 13일 서울에서 리 추안 텍(Lee Chuan Teck) 싱가포르기업청 회장과 "
                     "면담하고 공급망 협력을 논의했다.", "2024-05-13")
    assert "리 추안 텍" in got


def test_title_particle_left_on_title_before_counterpart() -> None:
    got = _delegates("기획재정부는 14일 서울에서 한일 차관급 재무대화를 열었다.\n"
                     "최지영 기획재정부 국제경제관리관과 미무라 아쓰시 일본 재무성 재무관이 회의를 주재했다.",
                     "2024-11-15")
    assert got.get("최지영") == "KOR" and got.get("미무라 아쓰시") == "JPN"


def test_courtesy_call_received_from_ambassador() -> None:
    got = _delegates("박진 외교부 장관은 10일 오후 외교부 청사에서 필립 골드버그(Philip Goldberg) 주한미국대사의 "
                     "예방을 받고 한미동맹 70주년 기념 행사 준비 상황을 논의했다.", "2023-01-10")
    assert "필립 골드버그" in got


def test_trade_promotion_chairman_next_to_name() -> None:
    got = _delegates("정인교 통상교섭본부장은 20일 서울에서 피터 람(Peter Lam) 홍콩무역발전국 회장과 면담하고 "
                     "교역 확대 방안을 논의했다.", "2024-03-20")
    assert "피터 람" in got


def test_title_particle_left_on_title_before_chinese_counterpart() -> None:
    got = _delegates("기획재정부는 2일 조지아 트빌리시에서 한중 재무차관 면담을 가졌다.\n"
                     "최지영 기획재정부 국제경제관리관과 랴오민 중국 재정부 부부장이 면담을 주재했다.", "2024-05-03")
    assert got.get("최지영") == "KOR" and got.get("랴오민") == "CHN"
