"""Round 30b, Korean events of long reports: a day opening an attribution (`6일 외교부에 따르면`) is the day the
source reported on, and a `전날`/`이날` later in the same sentence counts from it (not the event's own day); on
sentences written for these tests (none from the corpus)."""
from __future__ import annotations

from tests.extract.sentences import held


def _dates(text: str, published: str) -> list[str | None]:
    return [e.date for e in held(text, "ko", published) if e.type == "dialogue"]


def test_day_before_counts_from_an_attribution_day() -> None:
    text = ("박진 장관, 인도네시아 외교장관과 회담\n\n"
            "14일 외교부에 따르면 박진 외교부 장관은 전날 자카르타에서 레트노 마르수디 인도네시아 외교장관과 "
            "회담하고 공급망과 국방 협력을 논의했다.")
    assert _dates(text, "2023-07-14") == ["2023-07-13"]
    text = ("기시다 총리, 마크롱과 회담\n\n"
            "3일 일본 총리관저에 따르면 기시다 후미오 일본 총리는 전날 파리에서 에마뉘엘 마크롱 프랑스 대통령과 "
            "회담했다.")
    assert _dates(text, "2024-05-03") == ["2024-05-02"]


def test_same_day_is_the_attribution_day() -> None:
    text = ("윤 대통령, 체코 대통령과 회담\n\n"
            "20일(현지시간) 대통령실에 따르면 윤석열 대통령은 이날 프라하에서 페트르 파벨 체코 대통령과 정상회담을 "
            "하고 원전 협력을 논의했다.")
    assert _dates(text, "2024-09-21") == ["2024-09-20"]


# `8박 10일 일정`: a stay's length in nights and days names no day; `이날` after it is not the 10th of the month.
def test_nights_and_days_name_no_day() -> None:
    text = ("이낙연 국무총리는 전날 다카에 도착해 8박 10일 일정의 순방을 시작했다. 이 총리는 이날 대통령궁에서 "
            "모하마드 압둘 하미드 방글라데시 대통령을 예방했다.")
    assert _dates(text, "2019-07-14") == ["2019-07-14"]
    text = ("(하노이=연합뉴스) 강경화 외교부 장관은 2박 3일 일정으로 베트남을 방문 중이다. 강 장관은 이날 하노이에서 "
            "팜 빈 민 베트남 외교장관과 회담하고 양국 교역 확대 방안을 논의했다.")
    assert _dates(text, "2019-06-12") == ["2019-06-12"]


def _cities(text: str, published: str) -> list[str | None]:
    return [e.location.city for e in held(text, "ko", published) if e.type == "dialogue"]


# `(도쿄=연합뉴스) … 필리핀을 방문해 … 정상회담을 했다`, then `3일 마닐라의 말라카냥궁에서 … 회담하고`: the lead's only
# place is the wire's dateline; the city another mention of the same meeting names is where it was.
def test_dateline_yields_to_a_city_of_the_event() -> None:
    text = ("(도쿄=연합뉴스) 특파원 = 기시다 후미오 일본 총리가 필리핀을 방문해 페르디난드 마르코스 주니어 대통령과 "
            "정상회담을 했다.\n\n기시다 총리는 3일 마닐라의 말라카냥궁에서 마르코스 대통령과 회담하고 해양안보 협력 "
            "강화 방안을 논의했다.")
    assert _cities(text, "2023-11-04") == ["Manila"]
    text = ("(워싱턴=연합뉴스) 특파원 = 박진 외교부 장관이 캐나다를 방문해 멜라니 졸리 캐나다 외교장관과 회담했다.\n\n"
            "14일 외교부에 따르면 박 장관은 전날 오타와에서 졸리 장관과 회담하고 핵심광물 공급망 협력을 논의했다.")
    assert _cities(text, "2023-07-14") == ["Ottawa"]


def _types(text: str, published: str) -> list[str]:
    return sorted(e.type for e in held(text, "ko", published))


# `양해각서(MOU)를 교환했다`, `협력 문서 5건을 교환했다`: documents exchanged in the active are signed ones (a signing
# ceremony's exchange); views exchanged (`의견을 교환했다`) are not.
def test_documents_exchanged_are_signed() -> None:
    text = ("윤석열 대통령은 2023년 9월 8일 자카르타에서 조코 위도도 인도네시아 대통령과 정상회담을 했다. 회담 후 "
            "양국은 두 정상이 지켜보는 가운데 핵심광물 공급망 협력 양해각서(MOU)를 교환했다.")
    assert _types(text, "2023-09-09") == ["agreement", "dialogue"]
    text = ("기시다 후미오 일본 총리는 2023년 11월 3일 마닐라에서 페르디난드 마르코스 주니어 필리핀 대통령과 "
            "회담했다. 이어 양국은 인프라, 농업 분야 협력 문서 5건을 교환했다.")
    assert _types(text, "2023-11-04") == ["agreement", "dialogue"]
    text = ("기시다 후미오 일본 총리는 2023년 11월 3일 마닐라에서 페르디난드 마르코스 주니어 필리핀 대통령과 "
            "회담했다. 두 정상은 남중국해 정세에 대해 의견을 교환했다.")
    assert _types(text, "2023-11-04") == ["dialogue"]


# `소인수 회담과 확대 회담을 잇따라 했다`, `정상회담을 곧바로 했다`: an adverb between the meeting noun's `을` and
# the light verb `하` (Kiwi reads `잇따라` as a verb in its connective) still holds the meeting.
def test_meeting_done_after_an_adverb() -> None:
    text = ("윤석열 대통령은 2024년 6월 4일 서울 용산 대통령실에서 윌리엄 루토 케냐 대통령과 소인수 회담과 확대 "
            "회담을 잇따라 했다.")
    assert _types(text, "2024-06-05") == ["dialogue"]
    text = ("응우옌 쑤언 푹 베트남 국가주석은 2022년 12월 5일 서울 용산 대통령실에서 공식 환영식 직후 윤석열 "
            "대통령과 정상회담을 곧바로 했다.")
    assert _types(text, "2022-12-06") == ["dialogue"]
