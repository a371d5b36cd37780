"""Round 13 of issue 16 (ev15ko): Korean event shapes probed with sentences written for these tests (predicates,
event nouns and clause shapes; people, places and dates of our own) and the tuning sets' recurring Korean event
errors. Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _held_ko(text: str, published: str = "2025-05-20") -> list[EventRecord]:
    return _held(text, "ko", published)


def _kinds(events: list[EventRecord]) -> list[tuple[str, str | None, int | None]]:
    return [(e.type, e.date, e.ordinal) for e in events]


# A meeting told only in an adnominal clause (`…에서 열린 제3차 X 대화에서 양측은 …`): Kiwi gives `열린` as one
# merged token (`열리` + `ᆫ`), which is an adnominal verb like `개최된`, and the meeting it names was held.
def test_a_meeting_named_after_a_merged_adnominal_verb_is_held() -> None:
    text = "19일 아스타나에서 열린 제3차 한-카자흐스탄 공급망 대화에서 양측은 희토류 공동 탐사를 추진하기로 합의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 3)]
    text = "박 차관은 19일 라바트에서 열린 한-모로코 정책협의회에서 모로코 측과 수소 협력을 논의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", None)]


def test_a_future_merged_adnominal_verb_is_no_held_meeting() -> None:
    text = "양측은 다음 달 오슬로에서 열릴 제2차 한-노르웨이 해운 대화에서 친환경 선박 협력을 논의하기로 했다."
    assert _held_ko(text) == []


# The noun phrase after an adnominal trigger runs past a parenthesis (`외교·국방(2+2) 장관회의`): up to 20 tokens.
def test_a_long_name_after_an_adnominal_trigger_is_read_whole() -> None:
    text = "19일 개최된 제7차 한-호주 외교·국방(2+2) 장관회의에서는 방산 협력이 주로 논의되었다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 7)]
    text = "지난 19일 캔버라에서 개최된 제3차 한-뉴질랜드 외교·통상(1.5트랙) 전략대화에서 양측은 남극 협력을 논의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 3)]


# A working group convened or held (`워킹그룹을 개최`, `실무그룹 회의를 열고`) is a meeting; launched, it is a launch.
def test_a_working_group_held_is_a_meeting() -> None:
    text = "양측은 19일 하노이에서 제1차 한-베트남 공급망 워킹그룹을 개최하였다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]
    text = "양국 산업부는 19일 카이로에서 제4차 한-이집트 에너지 실무그룹을 열었다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 4)]


def test_a_working_group_launched_stays_a_launch() -> None:
    text = "한국과 케냐는 19일 나이로비에서 '한-케냐 디지털 워킹그룹'을 출범시켰다."
    assert [e.type for e in _held_ko(text)] == ["launch"]


# A contract signed (`수출계약`, `기본계약`, `공급 계약`) is an agreement.
def test_a_contract_signed_is_an_agreement() -> None:
    text = "루마니아 국방부는 19일 부쿠레슈티에서 한국 방산업체와 K9 자주포 공급계약을 체결했다."
    assert _kinds(_held_ko(text)) == [("agreement", "2025-05-19", None)]
    text = "노르웨이 국방물자청은 19일 오슬로에서 한국 기업과 K2 전차 도입을 위한 기본계약에 서명했다."
    assert _kinds(_held_ko(text)) == [("agreement", "2025-05-19", None)]


def test_a_contract_to_be_signed_is_no_agreement() -> None:
    text = "양측은 최종 계약 체결을 위한 협상을 이어가기로 했다."
    assert _held_ko(text) == []


# `제N회 X 장관회의` gives the round like `제N차`; `제2회 개최` (held twice) does not.
def test_an_ordinal_in_hoe_is_the_round() -> None:
    text = "「제2회 한-아프리카 에너지 장관회의」가 19일 서울에서 개최되었다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 2)]
    text = "과기정통부는 19일 부산에서 제1회 한-중앙아시아 디지털 장관회의를 개최했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]


# `처음 여는 정상회의인 'X'`, `처음 열린 X 대화에서`: the first round held; not `4년 만에 처음 열린` (a break).
def test_a_meeting_held_for_the_first_time_is_round_one() -> None:
    text = "한국이 중남미 국가들과 처음으로 개최한 정상회의인 '2025 한-중남미 정상회의'가 19일 부산에서 열렸다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]
    text = "19일 카이로에서 처음 열린 한-이집트 에너지 대화에서 양측은 수소 협력을 논의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]


def test_first_after_a_break_is_no_round() -> None:
    text = "19일 리마에서 4년 만에 처음 열린 한-페루 외교장관회담에서 양측은 수교 기념 사업을 논의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", None)]


# `X 출범회의를 개최`: the first meeting of a series is a dialogue with ordinal 1 (records.md rule 2), while a
# launch ceremony (`출범식`) or a coalition's launch meeting (`'X 연합' 출범 회의`) launches it.
def test_a_launch_meeting_is_the_first_meeting() -> None:
    text = "양국은 19일 서울에서 「한-노르웨이 해양에너지 협의그룹」 출범회의를 개최하였다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]
    text = "한국과 칠레는 19일 산티아고에서 리튬 공급망 협의그룹 출범 회의를 열었다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", 1)]


def test_a_launch_ceremony_or_a_coalitions_launch_meeting_is_a_launch() -> None:
    text = "양국은 19일 서울에서 「한-노르웨이 해양에너지 협의체」 출범식을 개최하였다."
    assert [e.type for e in _held_ko(text)] == ["launch"]
    text = "한국, 노르웨이, 칠레는 19일 제네바에서 '백신 원료 공급망 연합' 출범 회의를 개최했다."
    assert [e.type for e in _held_ko(text)] == ["launch"]


# A body set up (`협의체를 구축`, `공동위원회를 설치`, `태스크포스를 신설`) is launched; the same verbs with a network
# or a plant (`5G 네트워크를 구축`) launch nothing.
def test_a_body_set_up_is_launched() -> None:
    text = "양국은 19일 울란바토르에서 한-몽골 희소금속 협의체를 구축하였다."
    assert _kinds(_held_ko(text)) == [("launch", "2025-05-19", None)]
    text = "한국과 폴란드 정부는 19일 바르샤바에서 방산 협력 태스크포스를 신설했다."
    assert _kinds(_held_ko(text)) == [("launch", "2025-05-19", None)]


def test_a_network_built_is_no_launch() -> None:
    text = "양국은 19일 하노이에 5G 네트워크를 구축했다."
    assert _held_ko(text) == []
    text = "양측은 19일 핵심광물 정보를 공유하기 위한 협의체를 구축하기로 합의했다."
    assert _held_ko(text) == []


# `이에 앞서 13일 열린 X를 주관`: an adnominal meeting told as earlier than the report's is recalled, not held;
# `회의에 앞서` orders the day's meetings and keeps it held. A merged adnominal verb with no event noun after it
# (`정상회담을 가진 바 있다`) reports none.
def test_an_adnominal_meeting_told_as_earlier_is_recalled() -> None:
    text = "신 장관은 이에 앞서 15일 서울에서 열린 제5차 한-캐나다 안보협의회의를 주관하였다."
    assert _held_ko(text) == []
    text = "앞서 16일 오타와에서 개최된 한-캐나다 통상장관회의에서 양측은 광물 협력을 논의했다."
    assert _held_ko(text) == []
    text = "김 장관은 회의에 앞서 19일 열린 한-캐나다 외교장관회담에서 방산 협력을 논의했다."
    assert _kinds(_held_ko(text)) == [("dialogue", "2025-05-19", None)]
    text = "대통령은 18일 아부다비에서 UAE 대통령과 정상회담을 가진 바 있다."
    assert _held_ko(text) == []


def test_a_meeting_that_only_modifies_another_noun_is_no_held_meeting() -> None:
    text = "박 사장은 \"이번 포럼은 같은 날 열린 한-칠레 정상회담의 경제 성과를 구체화하는 자리\"라고 말했다."
    assert _held_ko(text) == []
    text = "양측은 19일 열린 한-페루 외교장관회담의 후속 조치를 점검했다."
    assert _held_ko(text) == []


# `같은 날 열린 X에서` after a day long past (a note on an earlier step) is that day's meeting, referred to.
def test_an_adnominal_meeting_on_the_same_day_as_a_past_day_is_recalled() -> None:
    text = ("이번 조치는 지난 2.10일(월) 리스본에서 개최된 '한-포르투갈 통상정책대화'의 후속 조치임.\n"
            "같은 날 열린 한-포르투갈 외교장관회담에서 양측은 수출 규제 문제를 논의하였음.")
    assert _held_ko(text, "2025-06-20") == []
    text = ("양측은 지난 1.14일 아크라에서 개최된 제2차 한-가나 공동위원회의 합의를 이행하고 있다.\n"
            "같은 날 열린 한-가나 외교장관회담에서는 광물 협력이 논의되었다.")
    assert _held_ko(text, "2025-05-20") == []
