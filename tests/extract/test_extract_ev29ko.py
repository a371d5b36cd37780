"""Round 24 (ev29ko): Korean events read from the Korean event errors of `grammar9/tune` and `grammar8/tune` (wire
copy: virtual summits, statements without a meeting, launches), probed with reports written for these tests (real
events, our own wording). Each rule is a pattern, tested on at least two reports."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _held(events: list[EventRecord], etype: str = "dialogue") -> list[str | None]:
    return [e.date for e in events if e.type == etype and not e.mentioned]


# `정상회의는 열리지 않았다`, `회담을 갖지 못했다`, `만나거나 회의를 연 것은 아니다`: a holding verb negated holds
# nothing.
def test_a_negated_meeting_is_not_held() -> None:
    text = ("(브뤼셀=연합뉴스) 특파원 = 유럽연합(EU) 27개 회원국은 24일(현지시간) 러시아에 대한 추가 제재안을 "
            "서면 절차로 확정했다.\n"
            "코로나19 확산 탓에 외교장관회의는 이번에 따로 열리지 않았다.")
    assert _held(held(text, "ko", "2020-03-25")) == []
    text = ("(런던=연합뉴스) 특파원 = 영국과 프랑스 정상은 5일(현지시간) 우크라이나 지원을 계속하겠다는 뜻을 "
            "담은 글을 각자 SNS에 올렸다.\n"
            "두 정상이 이날 직접 만나거나 회담을 연 것은 아니다.")
    assert _held(held(text, "ko", "2023-05-06")) == []


# `미 동부시간 15일 저녁(한국시간 16일 오전)`: the day on Korea's clock converts the local day; the event is dated by
# the local one. `A 시간으로 15일, B 시간으로는 14일`: two clocks, the first kept.
def test_the_day_on_korea_clock_is_a_conversion() -> None:
    text = ("조 바이든 미국 대통령과 기시다 후미오 일본 총리가 미 동부시간 21일 오후(한국시간 22일 새벽) "
            "화상으로 정상회담을 했다.\n"
            "두 정상은 인도태평양 지역 협력을 논의했다.")
    assert _held(held(text, "ko", "2022-01-22")) == ["2022-01-21"]
    text = ("윤석열 대통령은 현지시간 11일 오후, 한국시간 12일 새벽 리투아니아 빌뉴스에서 옌스 스톨텐베르그 나토 "
            "사무총장과 면담했다.")
    assert _held(held(text, "ko", "2023-07-12")) == ["2023-07-11"]
    text = ("(시드니=연합뉴스) 호주와 캐나다 외교장관은 호주 시간으로 9일 오전, 캐나다 시간으로는 8일 저녁 "
            "화상 회의를 열었다.")
    assert _held(held(text, "ko", "2024-02-09")) == ["2024-02-09"]


# `'X 연합' 출범을 공식화했다/선언했다/발표했다`: the launch, told as a noun made official, is a launch held.
def test_a_launch_declared_is_held() -> None:
    text = ("(워싱턴=연합뉴스) 특파원 = 미국과 한국, 일본 등 11개국은 14일(현지시간) '핵심광물 안보 파트너십'(MSP) "
            "출범을 공식 발표했다.\n"
            "참여국들은 핵심광물 공급망에 대한 공공·민간 투자를 늘리기로 했다.")
    assert _held(held(text, "ko", "2022-06-15"), "launch") == ["2022-06-14"]
    text = ("(뉴델리=연합뉴스) 특파원 = 인도와 미국, 브라질 정상은 9일 뉴델리에서 '글로벌 바이오연료 연합' 출범을 "
            "선언했다.")
    assert _held(held(text, "ko", "2023-09-10"), "launch") == ["2023-09-09"]


# `공동성명을 내고 MSP를 공식 출범시켰다`: an acronym launched is the partnership spelt out before it
# (`'…파트너십'(MSP)`); the joint statement it was launched by is no event of its own.
def test_an_acronym_launched_by_a_statement() -> None:
    text = ("(서울=연합뉴스) 정부가 미국 주도의 '핵심광물 안보 파트너십'(MSP)에 창립 멤버로 참여한다.\n"
            "미 국무부는 한국과 일본, 호주 등 11개 파트너가 14일(현지시간) 공동성명을 내고 MSP를 공식 출범시켰다고 "
            "밝혔다.\n"
            "각국은 같은 날 각자 성명을 발표하는 방식으로 참여를 알렸다.")
    events = held(text, "ko", "2022-06-15")
    assert _held(events, "launch") == ["2022-06-14"] and _held(events, "statement") == []
    text = ("(파리=연합뉴스) 특파원 = 인도와 프랑스가 주도하는 '국제태양광연합'(ISA)이 닻을 올렸다.\n"
            "나렌드라 모디 인도 총리와 프랑수아 올랑드 프랑스 대통령은 30일(현지시간) ISA를 공식 출범시켰다.")
    assert _held(held(text, "ko", "2015-12-01"), "launch") == ["2015-11-30"]
    text = ("(방콕=연합뉴스) 특파원 = 미국과 일본, 호주는 4일(현지시간) 공동성명을 발표하고 인프라 사업 인증 제도인 "
            "'블루닷 네트워크'를 출범시켰다.")
    events = held(text, "ko", "2019-11-05")
    assert _held(events, "launch") == ["2019-11-04"] and _held(events, "statement") == []


# `다음 달 중순에는 리마에서 APEC 정상회의가 열린다`: a meeting dated by a month or half ahead of the publication is
# ahead, though Korean tells a schedule in the present tense.
def test_a_month_ahead_is_not_held() -> None:
    text = ("산업통상자원부는 24일 정부세종청사에서 통상 점검회의를 열었다.\n"
            "다음 달 중순에는 페루 리마에서 APEC 정상회의가 열린다.")
    assert [e.name for e in held(text, "ko", "2024-10-25") if not e.mentioned] == ["통상 점검회의"]
    text = ("안덕근 산업통상자원부 장관은 7일 서울에서 수출기업 간담회를 주재했다.\n"
            "올해 하반기에는 경주에서 APEC 정상회의가 개최됩니다.")
    assert [e.name for e in held(text, "ko", "2025-03-10") if not e.mentioned] == ["수출기업 간담회"]


# `8월 1일 이전에 합의안을 도출하기로 했다`: a day ahead that ends a span (`이전에`, `까지`) is a deadline, not the
# day of the talks told in the clause.
def test_a_deadline_does_not_date_the_talks() -> None:
    text = ("여한구 통상교섭본부장은 지난 16일 워싱턴에서 제이미슨 그리어 미국 무역대표부 대표와 만났다.\n"
            "양측은 협의를 진행하고 상호관세 부과가 시작되는 8월 1일 이전에 합의안을 도출하기로 했다.")
    assert _held(held(text, "ko", "2025-07-18")) == ["2025-07-16"]
    text = ("EU와 미국 통상 수장은 지난 4일 브뤼셀에서 만났다.\n"
            "양측은 철강 관세 문제로 회의를 열고 12월 1일 이전에 해법을 찾기로 했다.")
    assert _held(held(text, "ko", "2021-10-08")) == ["2021-10-04"]


# `지난 13일 프놈펜에서 열린 정상회의에서 … 채택한 바 있다`: a meeting named in an adnominal clause of a sentence that
# recalls (`-ㄴ 바 있다`) is referred to in passing, however recent.
def test_a_meeting_in_a_recalling_sentence_is_mentioned() -> None:
    text = "한미일 3국 정상은 지난 13일 캄보디아 프놈펜에서 열린 정상회의에서 '프놈펜 성명'을 채택한 바 있다."
    assert _held(held(text, "ko", "2022-11-16")) == []
    text = "윤석열 대통령은 지난 11일 리투아니아 빌뉴스에서 열린 나토 정상회의에 참석한 바 있다."
    assert _held(held(text, "ko", "2023-07-14")) == []


# `G7 정상회의 계기 양자회담을 갖고`: a bilateral on the margins of the day's gathering is a meeting of its own.
def test_a_bilateral_on_the_margins_is_its_own() -> None:
    text = ("주요 7개국(G7) 정상회의 확대세션이 21일 일본 히로시마에서 열렸다.\n"
            "□ 한편, 윤석열 대통령과 기시다 후미오 일본 총리는 G7 정상회의 계기 양자회담을 갖고 셔틀외교 복원을 "
            "평가했다.")
    assert _held(held(text, "ko", "2023-05-22")) == ["2023-05-21", "2023-05-21"]
    text = ("제25차 아세안+3 외교장관회의가 26일 라오스 비엔티안에서 열렸다.\n"
            "조태열 외교부 장관과 왕이 중국 외교부장은 회의 계기로 양자회담을 하고 고위급 교류를 이어가기로 했다.")
    assert _held(held(text, "ko", "2024-07-27")) == ["2024-07-26", "2024-07-26"]
