"""Generalisation round 7: who a meeting is with (a titled person after `와/과`, `을/를`), courtesy calls,
meetings with several people in turn, recollections (`-ㄴ 바 있다`, `had met`), the publication day
(`오늘`), meetings named again in a caption, and a page's links; each rule on sentences written for these
tests."""
from __future__ import annotations

from extract.events import same_person
from extract.lang.ko.events import counterpart
from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _names(e: EventRecord) -> set[str]:
    return {d.name for d in e.delegates}


# `NAME (gloss) [office] TITLE와/과/을/를 + meeting`: the name words of the person met.
def test_the_person_a_korean_meeting_is_with() -> None:
    assert counterpart("최 장관은 이날 오후 마르코스 파레데스 과테말라 외교장관과 ") == frozenset(
        {"마르코스", "파레데스"})
    assert counterpart("안 장관은 하노이에서 레 민 흥(Lê Minh Hưng) 공산당 중앙조직위원장을 ") == frozenset(
        {"레", "민", "흥"})
    assert counterpart("대표단은 요르단 국왕 겸 군 최고사령관과 ") == frozenset()  # an office, no name
    assert counterpart("양측은 공동 연구를 ") == frozenset()
    # `X 주석과 (취임 후 첫) 통화`: a few words may stand between the person and the meeting noun.
    assert counterpart("김 총리는 응우옌 반 아인 총리와 취임 후 ") == frozenset({"응우옌", "반", "아인"})


# One person written in full and by surname is one person; two `X 빈 Y` names differing in X are two.
def test_same_person_by_surname_and_not_by_patronymic() -> None:
    assert same_person(frozenset({"박"}), frozenset({"박진"}))
    assert same_person(frozenset({"파레데스"}), frozenset({"마르코스", "파레데스"}))
    assert not same_person(frozenset({"칼리드", "빈", "파이살"}), frozenset({"투르키", "빈", "파이살"}))
    assert same_person(frozenset({"빈", "파이살"}), frozenset({"칼리드", "빈", "파이살"}))


# Same-day meetings with different people are different events, each with the person met.
def test_meetings_with_different_people_on_one_day_are_separate() -> None:
    text = ("□ 박 장관은 10일 리마에서 하비에르 곤살레스 페루 외교장관과 외교장관회담을 갖고 광물 협력을 논의했다.\n"
            "□ 박 장관은 이어 대통령궁에서 디나 볼루아르테 대통령을 예방하고 인프라 협력 방안을 협의했다.")
    held = _held(text, "ko", "2024-03-10")
    assert len(held) == 2 and {e.date for e in held} == {"2024-03-10"}
    text = ("산업부 차관은 5일 자카르타에서 아리핀 타스리프 에너지광물자원부 장관과 면담했다. 차관은 같은 날 오후 "
            "바흘릴 라하달리아 투자부 장관과도 면담을 가졌다.")
    assert len(_held(text, "ko", "2023-09-05")) == 2


# `예방` is a courtesy call on a titled person; without one (`질병을 예방하고`) it is prevention.
def test_a_courtesy_call_needs_a_titled_person() -> None:
    text = "방한 중인 응우옌 쭝 끼엔 베트남 국방차관은 14일 오후 국방부에서 신범철 국방차관을 예방했다."
    assert [e.type for e in _held(text, "ko", "2023-06-14")] == ["dialogue"]
    text = "양국은 14일 감염병 확산을 예방하고 백신 공급망을 강화하기 위한 협력을 확대하기로 했다."
    assert _held(text, "ko", "2023-06-14") == []


# `A 총리, B 서기장, C 의장과 차례로 면담`, also after another clause: one meeting with each person.
def test_meetings_in_turn_after_another_clause() -> None:
    text = ("□ 대통령은 7일 울란바토르에서 후렐수흐 대통령과 정상회담을 가졌으며, 이어 오윤에르덴 총리, "
            "자단바 국가대회의 의장과 차례로 면담하였습니다.")
    held = _held(text, "ko", "2024-08-08")
    assert len(held) == 3
    text = ("장관은 12일 산티아고에서 칠레 광업부 장관과 회의를 주재한 뒤, 마리오 마르셀 재무부 장관, "
            "알베르토 반 클라베렌 외교부 장관과 잇달아 면담했다.")
    assert len(_held(text, "ko", "2024-01-12")) == 3


# `-ㄴ 바 있다`, `had met`: a sentence that recalls an event before the report's.
def test_a_recollection_is_a_mentioned_event() -> None:
    text = ("장관은 이에 앞서 런던에서 영국 기업통상부 장관과 회담(5.20)을 갖고 공급망 협력을 논의한 바 있습니다. "
            "장관은 5.24.(금) 베를린에서 독일 경제기후보호부 장관과 회담을 가졌습니다.")
    held = _held(text, "ko", "2024-05-25")
    assert [e.date for e in held] == ["2024-05-24"]
    text = ("Earlier in the week the Minister had met his Japanese counterpart in Tokyo. On May 24 he held talks "
            "with Minister Habeck in Berlin.")
    assert [e.date for e in _held(text, "en", "2024-05-25")] == ["2024-05-24"]


# `오늘` is the publication day, like a day named (records.md rule 6), even after a past day in the text.
def test_today_is_the_publication_day() -> None:
    text = ("지난 3일 캐나다 총리와의 통화에 이어 네 번째 통화다. 대변인은 \"대통령은 오늘 오후 독일 총리와 "
            "통화했다\"고 말했다.")
    assert "2025-07-08" in {e.date for e in _held(text, "ko", "2025-07-08")}
    text = "대통령실은 \"대통령이 오늘 오전 인도네시아 대통령과 통화했다\"고 밝혔다. 지난 2일에는 호주 총리와 통화했다."
    assert "2025-07-08" in {e.date for e in _held(text, "ko", "2025-07-08")}


# `통화를 했다`, `면담을 했다`: a meeting noun as the object of `하다`.
def test_a_meeting_noun_with_hada() -> None:
    text = "대통령은 12일 싱가포르 총리와 취임 후 첫 정상 통화를 했다."
    assert [e.type for e in _held(text, "ko", "2025-06-12")] == ["dialogue"]
    text = "차관은 9일 제네바에서 WTO 사무차장과 면담을 했다."
    assert [e.type for e in _held(text, "ko", "2025-06-12")] == ["dialogue"]


# `차담회`, `카운슬`: a tea meeting and a council are meetings.
def test_tea_meetings_and_councils_are_meetings() -> None:
    text = "총리는 16일 오후 방한한 카타르 국왕과 경제단체장들이 참석한 차담회를 가졌다."
    assert [e.type for e in _held(text, "ko", "2024-05-16")] == ["dialogue"]
    text = "양국 경제단체는 17일 서울에서 제3차 한-튀르키예 비즈니스 카운슬을 개최했다."
    assert [e.type for e in _held(text, "ko", "2024-05-17")] == ["dialogue"]


# A meeting named again (a photo caption) belongs to the event of that name, not to the last one reported.
def test_a_caption_joins_the_meeting_it_names() -> None:
    text = ("□ 대통령은 3일 아부다비에서 무함마드 빈 자이드 대통령과 정상회담을 가졌다.\n"
            "□ 산업부 장관은 같은 날 수하일 알마즈루에이 에너지인프라부 장관과 면담을 갖고 원유 협력을 논의했다.\n"
            "무함마드 대통령과 윤 대통령이 3일 아부다비 대통령궁에서 정상회담을 하고 있다.")
    held = _held(text, "ko", "2024-10-04")
    side = next(e for e in held if any("알마즈루에이" in n for n in _names(e)))
    assert not any("무함마드" in n for n in _names(side))
    text = ("대통령은 9일 자카르타에서 조코 위도도 대통령과 정상회담을 가졌다.\n"
            "□ 외교부 장관은 이날 레트노 마르수디 외교장관과 면담했다.\n"
            "조코 대통령과 윤 대통령이 9일 자카르타 대통령궁에서 정상회담을 하고 있다.")
    side = next(e for e in _held(text, "ko", "2023-09-10") if any("마르수디" in n for n in _names(e)))
    assert not any("위도도" in n or "조코" in n for n in _names(side))


# `관련 보도자료: …`, `Related: …`: links to other releases are not this release's events.
def test_page_links_are_not_events() -> None:
    text = ("대통령은 4일 베트남 총리와 회담했다.\n"
            "관련 보도자료: 한-인니 핵심광물 공급망 양해각서 체결 | 한-베트남 경제협력 포럼 개최")
    held = _held(text, "ko", "2024-07-05")
    assert len(held) == 1 and "보도자료" not in (held[0].name or "")
    text = ("Secretary Raimondo met Minister Goyal in New Delhi today.\n"
            "Related: The United States and Japan signed a critical minerals agreement on July 2.")
    assert len(_held(text, "en", "2024-07-05")) == 1


# `paid a courtesy call on President X`, `X 장관을 예방했다`: a call on the host is a meeting of its own, beside
# the talks of the same day, and named again it is still one.
def test_a_courtesy_call_is_its_own_meeting() -> None:
    text = ("Foreign Minister Penny Wong held the annual ministerial consultations with Foreign Minister Ivan "
            "Sundaram in Wellington on March 4. Wong also paid a courtesy call on Prime Minister Anna Kerr.")
    held = _held(text, "en", "2024-03-05")
    assert len(held) == 2 and {e.date for e in held} == {"2024-03-04"}
    text = ("□ 차관은 21일 바르샤바에서 제3차 한-폴란드 전략대화를 개최하였다.\n"
            "□ 차관은 이날 오후 얀 코발스키 폴란드 총리실 장관을 예방하였다. 차관은 코발스키 장관을 예방한 자리에서 "
            "원전 협력을 당부하였다.")
    assert len(_held(text, "ko", "2024-05-22")) == 2


# `arrived from Tokyo, where they held talks on Sunday`: what happened at the stop before is mentioned.
def test_the_previous_stop_of_a_trip_is_mentioned() -> None:
    text = ("The minister arrived from Jakarta, where she held talks with her Indonesian counterpart on Monday. "
            "On Wednesday she met Prime Minister Anwar Ibrahim in Putrajaya.")
    assert [e.date for e in _held(text, "en", "2024-08-08")] == ["2024-08-07"]
    text = ("Secretary Lee came to Hanoi from Vientiane, where he attended the ASEAN ministers' meeting on Saturday. "
            "He held talks with Foreign Minister Bui Thanh Son on Monday.")
    assert [e.date for e in _held(text, "en", "2024-07-30")] == ["2024-07-29"]


# `정상회담` with one person beside a `정상회의` of a grouping that day: two events, not one.
def test_talks_with_one_person_beside_a_conference_of_many() -> None:
    text = ("대통령은 11일 자카르타에서 열린 제26차 한-아세안 정상회의에 참석했다. 대통령은 이어 회의장에서 "
            "앤서니 알바니지 총리와 약 30분간 정상회담을 했다.")
    assert len(_held(text, "ko", "2023-09-11")) == 2
    text = ("장관은 15일 제네바에서 열린 WTO 각료회의에 참석했다. 장관은 이날 응고지 오콘조이웨알라 사무총장과 "
            "면담을 가졌다.")
    assert len(_held(text, "ko", "2024-02-15")) == 2
