"""Behaviours added after the tuning2 releases: side marks for delegate countries, linked Hangul
names, bullet lists under a commitment lead, next-meeting patterns, merged verb tokens, same-day
meetings of different parties, one-word names (sentences are our own)."""
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _doc(text: str, lang: str = "ko", published: str = "2025-09-10") -> list:
    return [e for e in extract_document(DocumentRecord(id="t", text=text, lang=lang, published=published))
            if not e.mentioned]


def _people(e) -> set[tuple[str, str | None]]:  # noqa: ANN001
    return {(d.name, d.country) for d in e.delegates}


def test_side_marks_in_an_attendee_line_give_the_country() -> None:
    (e,) = _doc("양국 장관은 9일 서울에서 제3차 한-캐나다 외교장관회의를 개최하였다.\n"
                "※ 참석자: (한) 박윤주 외교부 제1차관 / (캐) 데이비드 모리슨 외교차관")
    assert ("데이비드 모리슨", "CAN") in _people(e)


def test_an_explicit_side_beats_the_country_of_a_ministry_word() -> None:
    (e,) = _doc("한국과 중국은 9일 서울에서 외교안보대화를 열었다. 대화에는 중국 측에서 마자오쉬(馬朝旭) 외교부 "
                "상무부부장이 참석했다.")
    assert ("마자오쉬", "CHN") in _people(e)


def test_a_linking_particle_keeps_a_hangul_name_going() -> None:
    (e,) = _doc("산업부 장관은 9일 리야드에서 사우디아라비아 측과 회담을 가졌다. 회담에는 사우디 측에서 "
                "파이살 빈 파지르 경제기획부 장관이 참석했다.")
    assert any(n == "파이살 빈 파지르" for n, _ in _people(e))


def test_bullets_under_a_commitment_lead_are_commitments_not_events() -> None:
    text = ("양 장관은 9일 서울에서 한-독 경제안보대화를 개최하였다.\n"
            "양측은 다음과 같이 협력하기로 하였다.\n"
            " ▲ 이차전지 원료 공급망 협력 강화\n"
            " ▲ 차세대 우주 협의체 출범\n")
    (e,) = _doc(text)
    topics = {c.topic for c in e.commitments}
    assert {"batteries", "space"} <= topics


def test_next_meeting_with_an_acronym_or_a_long_name() -> None:
    (e,) = _doc("양 장관은 9일 서울에서 제12차 한미 전략경제대화(SED)를 개최하였다. 양측은 제13차 SED를 "
                "내년 워싱턴에서 개최하기로 하였다.")
    assert e.next is not None and (e.next.ordinal, e.next.when) == (13, "2026")
    (e,) = _doc("양측은 9일 캔버라에서 제2차 한-호주 핵심광물 대화를 개최하였다. 양측은 제3차 한-호주 핵심광물 "
                "대화를 2027년 서울에서 개최하기로 하였다.")
    assert e.next is not None and (e.next.ordinal, e.next.when) == (3, "2027")


def test_english_next_one_set_for() -> None:
    (e,) = _doc("The two sides held the first meeting of the Canada-Korea Minerals Working Group in Ottawa on "
                "September 9. They agreed to meet twice a year, with the next one set for March 2026 in Seoul.",
                lang="en")
    assert e.next is not None and e.next.when == "2026-03"


def test_a_merged_verb_ending_after_attending_keeps_the_event() -> None:
    (e,) = _doc("대통령은 지난 8일 오타와에서 열린 주요 7개국(G7) 정상회의 확대세션에 참석해 에너지 안보 협력을 "
                "강조했다.")
    assert e.type == "dialogue" and e.date == "2025-09-08"


def test_same_day_meetings_of_different_parties_stay_apart() -> None:
    text = ("세 장관은 9일 도쿄에서 제11차 한일중 외교장관회의를 열었다.\n"
            "장관은 이날 오전 일본 외무상과 한일 외교장관회담을 하고 고위급 교류를 이어 가기로 했다.")
    events = _doc(text)
    assert sorted(len(e.participants) for e in events) == [2, 3]


def test_a_one_word_name_is_the_full_name_given_elsewhere() -> None:
    text = ("조현 외교부 장관은 9일 서울에서 마르코 루비오 미국 국무장관과 외교장관회담을 가졌다.\n"
            "※ 참석자: (한) 조현 장관 / (미) 루비오 국무장관")
    (e,) = _doc(text)
    assert ("루비오", "USA") not in _people(e) and ("마르코 루비오", "USA") in _people(e)


def test_reported_speech_of_an_official_is_not_a_commitment() -> None:
    (e,) = _doc("양 장관은 9일 서울에서 한-독 외교장관회담을 가졌다.\n"
                "외교부 당국자는 \"양측이 공급망 협력을 강화해 나갈 것\"이라고 전했다.")
    assert not e.commitments


def test_an_english_series_is_known_by_its_core_words() -> None:
    (e,) = _doc("On September 9, the two sides held the second U.S.-ROK Dialogue on Next Generation Critical and "
                "Emerging Technologies in Washington.", lang="en")
    assert e.series == "Korea-US Next Generation Critical and Emerging Technologies Dialogue" and e.ordinal == 2


def test_a_korean_date_range_is_dated_by_its_first_day() -> None:
    (e,) = _doc("제5차 한-캐나다 공급망 포럼은 7일부터 9일까지 오타와에서 열렸으며, 양국 장관이 참석했다.")
    assert e.date == "2025-09-07"


def test_at_the_meeting_after_a_signing_belongs_to_the_meeting() -> None:
    text = ("The ministers met in Ottawa on September 9 for the Canada-Korea Energy Ministerial Meeting.\n"
            "The Minister signed the Canada-Korea Memorandum on Hydrogen Cooperation at the ministerial.\n"
            "At the meeting, the ministers agreed to expand cooperation on critical minerals.")
    events = {e.type: e for e in _doc(text, lang="en")}
    assert "critical_minerals" in {c.topic for c in events["dialogue"].commitments}
    assert "critical_minerals" not in {c.topic for c in events["agreement"].commitments}


def test_party_abbreviations_before_a_role_are_not_a_person() -> None:
    events = _doc("한미일 외교장관, 뉴욕서 회의\n조현 외교부 장관은 9일 뉴욕에서 한미일 외교장관회의를 개최했다.")
    assert all(d.name != "한미일" for e in events for d in e.delegates)


def test_a_one_word_name_without_a_side_takes_the_full_name_and_its_country() -> None:
    text = ("조현 외교부 장관은 9일 서울에서 마르코 루비오 미국 국무장관과 외교장관회담을 가졌다.\n"
            "루비오 장관은 회담에 앞서 전날 국회의장을 면담하였다.")
    (e,) = _doc(text)
    assert all(d.name != "루비오" for d in e.delegates)
