"""Round 24 (ev30ko): Korean same-day events read from the Korean event errors of the tuning sets (a day's two
meetings with two people of one given name, a forum attended with a companion, `이날` after the release's day),
probed with reports written for these tests (real events, our own wording). Each rule is tested on two reports."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _held(events: list[EventRecord], etype: str = "dialogue") -> list[str | None]:
    return sorted(e.date or "" for e in events if e.type == etype and not e.mentioned)


# `페트르 파벨 대통령과 면담 … 페트르 피알라 총리와 정상회담`: two people who share a given name are two
# counterparts, so the day holds two meetings.
def test_one_given_name_two_people() -> None:
    text = ("1. 대통령 면담 (4.10.(수) 오전, 프라하성)\n"
            " - 한덕수 국무총리는 페트르 파벨 대통령과 면담을 갖고 원전 협력 방안을 논의하였습니다.\n"
            "2. 총리 회담 (4.10.(수) 오후, 총리실)\n"
            " - 한 총리는 페트르 피알라 총리와 회담을 갖고 배터리 공급망 협력을 확대하기로 하였습니다.")
    assert _held(held(text, "ko", "2024-04-11")) == ["2024-04-10", "2024-04-10"]
    text = ("박진 외교부 장관은 5일 오전 빈에서 알렉산더 판데어벨렌 오스트리아 대통령을 예방하였다.\n"
            "박 장관은 같은 날 오후 알렉산더 샬렌베르크 외교장관과 회담을 갖고 양국 간 실질 협력 강화 방안을 "
            "논의하였다.")
    assert _held(held(text, "ko", "2023-06-06")) == ["2023-06-05", "2023-06-05"]


# `「X 포럼」에 A 총리와 함께 참석하였다`: a forum attended with a companion is a gathering of its own, not the talks
# held that morning.
def test_a_forum_attended_with_a_companion() -> None:
    text = ("윤석열 대통령은 14일 오전 타슈켄트에서 샵카트 미르지요예프 우즈베키스탄 대통령과 소인수 회담 및 "
            "확대 회담을 잇달아 가졌습니다.\n"
            "이어 윤 대통령은 같은 날 오후 타슈켄트 시내 호텔에서 열린 「한-우즈베키스탄 비즈니스 포럼」에 압둘라 "
            "아리포프(Abdulla Aripov) 총리와 함께 참석하였습니다.")
    assert _held(held(text, "ko", "2024-06-14")) == ["2024-06-14", "2024-06-14"]
    text = ("문재인 대통령은 23일 오전 하노이 주석궁에서 쩐 다이 꽝 베트남 국가주석과 정상회담을 했다.\n"
            "문 대통령은 같은 날 오후 하노이 시내 호텔에서 열린 「한-베트남 비즈니스 포럼」에 응우옌 쑤언 푹 "
            "총리와 함께 참석했다.")
    assert _held(held(text, "ko", "2018-03-23")) == ["2018-03-23", "2018-03-23"]


# `양국이 11일 공동 언론 발표문을 통해 밝혔다. 발표문은 11일 새벽 나왔다. … 이날 앞서`: the release's day is not
# the day `이날` and `전날` count from; the meeting's day is.
def test_this_day_after_the_release_day() -> None:
    text = ("(모스크바=연합뉴스) 특파원 = 수브라마냠 자이샨카르 인도 외교장관과 왕이 중국 외교부장은 10일(현지시간) "
            "모스크바에서 회담하고 국경 긴장 완화에 합의했다고 양국이 11일 공동 언론 발표문을 통해 밝혔다.\n"
            "발표문은 인도 시간으로 11일 새벽 나왔다.\n"
            "두 장관은 이날 앞서 세르게이 라브로프 러시아 외무장관이 주최한 러시아·인도·중국(RIC) 외교장관회의에도 "
            "참석했다.")
    assert _held(held(text, "ko", "2020-09-11")) == ["2020-09-10", "2020-09-10"]
    text = ("(워싱턴=연합뉴스) 특파원 = 한미일 정상은 18일(현지시간) 미국 캠프 데이비드에서 첫 한미일 정상회의를 "
            "열었다고 대통령실이 19일 서면 브리핑을 통해 밝혔다.\n"
            "브리핑 자료는 한국 시간으로 19일 새벽 배포됐다.\n"
            "윤석열 대통령은 이날 앞서 기시다 후미오 일본 총리와 한일 정상회담을 했다.")
    assert _held(held(text, "ko", "2023-08-19")) == ["2023-08-18", "2023-08-18"]


# `(런던=연합뉴스) … 20일 히로시마에서 회담했다. … 전날에는 X와 회담했다`: a meeting told from the day after, with no
# place of its own, is where the days around it were, not at the reporter's dateline.
def test_the_day_before_is_not_at_the_dateline() -> None:
    def cities(events: list[EventRecord]) -> dict[str | None, str | None]:
        return {e.date: e.location.city for e in events if e.type == "dialogue" and not e.mentioned}

    text = ("(런던=연합뉴스) 특파원 = 리시 수낵 영국 총리는 20일(현지시간) 일본 히로시마에서 볼로디미르 젤렌스키 "
            "우크라이나 대통령과 회담했다.\n"
            "수낵 총리는 전날에는 앤서니 앨버니지 호주 총리와 양자 회담을 했다.")
    assert cities(held(text, "ko", "2023-05-21")) == {"2023-05-20": "Hiroshima", "2023-05-19": "Hiroshima"}
    text = ("(도쿄=연합뉴스) 특파원 = 기시다 후미오 일본 총리는 10일 인도 뉴델리에서 나렌드라 모디 인도 총리와 "
            "회담했다.\n"
            "기시다 총리는 전날에는 루이스 이나시우 룰라 다시우바 브라질 대통령과 회담했다.")
    assert cities(held(text, "ko", "2023-09-11")) == {"2023-09-10": "New Delhi", "2023-09-09": "New Delhi"}


# `회의 기간 중 X 장관과 면담`: a meeting held on some day of a gathering's days, with no day of its own, is undated.
def test_a_meeting_during_a_gathering_is_undated() -> None:
    def bilateral(events: list[EventRecord], party: str) -> list[str | None]:
        return [e.date for e in events if e.type == "dialogue" and not e.mentioned and party in e.participants]

    text = ("□ 추경호 부총리 겸 기획재정부 장관은 10.12일~13일(현지시간) 모로코 마라케시에서 열린 G20 "
            "재무장관·중앙은행총재 회의에 참석하였다.\n"
            "ㅇ 추 부총리는 회의 기간 중 재닛 옐런 미국 재무장관과 면담하고 외환시장 동향에 대해 의견을 교환하였다.")
    assert bilateral(held(text, "ko", "2023-10-14"), "USA") == [None]
    text = ("□ 안덕근 통상교섭본부장은 5.25일~26일 미국 디트로이트에서 열린 APEC 통상장관회의에 참석하였다.\n"
            "ㅇ 안 본부장은 통상장관회의 기간 중 캐서린 타이 미국 무역대표부(USTR) 대표와 면담하고 공급망 협력 "
            "방안을 논의하였다.")
    assert bilateral(held(text, "ko", "2023-05-27"), "USA") == [None]
