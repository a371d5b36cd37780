"""Round 14 of issue 16 (ev16): event shapes of long multi-meeting releases, probed with sentences written for these
tests (people, places, dates and wording of our own). Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held as _held


def _meetings(text: str, published: str) -> list[EventRecord]:
    return [e for e in _held(text, "en", published) if e.type == "dialogue"]


# Missed events. `paid a courtesy call on X, held the A-B Foreign Ministers' Meeting with Y, and co-chaired the Z`: a
# later predicate of a series whose object names another meeting is an event of its own.
def test_each_named_meeting_of_a_series_of_predicates() -> None:
    text = ("On 3 March, Minister Ana Dias, who is visiting Ghana, paid a courtesy call on President John Mahama, held "
            "a Portugal-Ghana Foreign Ministers' Meeting with Mr. Samuel Ablakwa, and co-chaired the First Meeting of "
            "the Portugal-Ghana Joint Commission.")
    names = [e.name for e in _meetings(text, "2025-03-04")]
    assert len(names) == 3 and "Portugal-Ghana Foreign Ministers' Meeting" in names
    text = ("On 9 May in Amman, the minister called on King Abdullah and then opened the Jordan-Chile Business "
            "Forum.")
    assert [e.name for e in _meetings(text, "2025-05-10")] == [None, "Jordan-Chile Business Forum"]

    # A predicate of the series naming no other meeting (or the same one) is the same event.
    text = ("On 4 June in Lima, President Boric held the Peru-Chile Summit with President Boluarte, and opened the "
            "Peru-Chile Summit.")
    assert len(_meetings(text, "2025-06-05")) == 1
    text = "The two leaders met in Lima on 4 June, held a working lunch and signed the Lima Declaration."
    assert len(_meetings(text, "2025-06-05")) == 1


# Missed event. `paid a courtesy call on H.E. Mr. X, Premier of …`: a call on a person by honorific, the office in
# apposition after the name, is a meeting with that person (not `called on Mr. X, Minister of Y, to lift …`).
def test_a_call_on_a_person_by_honorific_with_the_office_after() -> None:
    text = "On 3 May, Minister Dias paid a courtesy call on H.E. Mr. John Mahama, President of Ghana."
    assert [e.date for e in _meetings(text, "2025-05-04")] == ["2025-05-03"]
    text = "On 3 May, State Secretary Lind called on H.E. Ms. Rania Haddad, Minister of Planning of Jordan, in Amman."
    assert [e.date for e in _meetings(text, "2025-05-04")] == ["2025-05-03"]
    text = "On 3 May the ministry called on Mr. Kofi Okafor, Minister of Trade of Ghana, to lift the ban."
    assert _meetings(text, "2025-05-04") == []


def _ko_meetings(text: str, published: str) -> list[EventRecord]:
    return [e for e in _held(text, "ko", published) if e.type == "dialogue"]


# False event. `각국 외교장관들과 연쇄 양자회담을 가졌다`, `주요국 통상장관들과 잇따라 양자협의를 가졌다`: a series of
# bilaterals with no one person named is no meeting of its own; each meeting reported after it is.
def test_a_korean_series_of_bilaterals_is_no_meeting_of_its_own() -> None:
    text = ("□ 여한구 통상교섭본부장은 3일 제네바에서 주요국 통상장관들과 잇따라 양자협의를 가졌다.\n\n"
            " ○ 여 본부장은 4일 피터 올센 덴마크 통상장관과 면담하였다.\n"
            " ○ 여 본부장은 5일 아나 실바 포르투갈 경제장관과 면담하였다.\n")
    assert [(e.date, e.participants) for e in _ko_meetings(text, "2025-11-06")] == [
        ("2025-11-04", ["DNK", "KOR"]), ("2025-11-05", ["PRT", "KOR"])]
    text = ("□ 조현 외교부 장관은 5일 자카르타에서 각국 외교장관들과 연쇄 양자회담을 가졌다.\n\n"
            " ○ 조 장관은 사무엘 아블라콰 가나 외교장관과 면담하고 협력 방안을 논의하였다.\n\n"
            " ○ 조 장관은 마리아 소토 칠레 외교장관과 만나 FTA 개선 협상을 점검하였다.\n")
    assert [e.name for e in _ko_meetings(text, "2025-11-06")] == [None, None]
    # With each person named, the series is one meeting with each.
    text = ("조현 외교부 장관은 5일 자카르타에서 사무엘 아블라콰 가나 외교장관, 마리아 소토 칠레 외교장관과 잇달아 "
            "양자회담을 가졌다.")
    assert len(_ko_meetings(text, "2025-11-06")) == 2


# Missed event. `held a separate bilateral meeting with X`: `separate` before the head's other modifiers marks a side
# meeting of its own beside the day's main meeting.
def test_a_separate_bilateral_meeting_is_its_own() -> None:
    text = ("The second Brazil-Kenya Foreign and Defence Ministerial Meeting was held in Nairobi on 4 June 2025.\n\n"
            "On the sidelines of the meeting, Defence Minister Jose Mucio held a separate bilateral meeting with "
            "Defence Minister Soipan Tuya.")
    assert len(_meetings(text, "2025-06-05")) == 2
    text = ("The Chile-Peru Summit took place in Lima on 8 May 2025.\n\nOn the margins of the summit, Foreign Minister "
            "Ana Lopes held a separate one-on-one meeting with Foreign Minister Elmer Schialer.")
    assert len(_meetings(text, "2025-05-09")) == 2
