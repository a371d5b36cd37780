"""Delegates, round 24 (session 17, deleg29): read from `grammar8/tune` and `grammar9/tune` first. Sentences
written for these tests (none is a corpus document), each failing at this round's start (1d9bf79)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> dict[str, list[tuple[str, str | None]]]:
    """Each held event's name (or type) with its delegates' names and countries."""
    return {e.name or e.type: [(d.name, d.country) for d in e.delegates] for e in _held(text, lang, published)}


def test_dotted_short_names_share_a_title() -> None:
    got = _people("로이드 오스틴 미국 국방장관과 토니 블링컨 국무장관이 일본을 찾았다.\n"
                  "28일 도쿄에서는 오스틴·블링컨 장관과 가미카와 요코 외무상, 기하라 미노루 방위상이 참석한 가운데 "
                  "미·일 외교·국방(2+2) 장관회의가 열렸다.", "ko", "2024-07-29")
    people = [p for ps in got.values() for p in ps]
    # (each short name stands for the full one the first sentence gives, since round 44)
    assert ("로이드 오스틴", "USA") in people and ("토니 블링컨", "USA") in people


def test_dotted_short_names_on_both_sides() -> None:
    got = _people("인도를 방문한 토니 블링컨 미국 국무장관과 로이드 오스틴 국방장관은 수브라마냠 자이샨카르 외교장관, "
                  "라지나트 싱 국방장관과 인태 정세에 대한 입장을 공유해 왔다.\n"
                  "블링컨·오스틴 장관은 10일 뉴델리에서 자이샨카르·싱 장관과 제5차 미·인도 외교·국방(2+2) 장관회의를 "
                  "열었다.", "ko", "2023-11-11")
    people = {n: c for ps in got.values() for n, c in ps}
    assert people.get("로이드 오스틴") == "USA" and people.get("라지나트 싱") == "IND"


def _names(text: str, published: str) -> set[str]:
    return {n for ps in _people(text, "en", published).values() for n, _ in ps}


def test_also_present_at_a_virtual_summit() -> None:
    got = _names("WASHINGTON, Nov 16 (Reuters) - U.S. President Joe Biden held a virtual summit with Chinese President "
                 "Xi Jinping on Monday evening, the White House said. Secretary of State Antony Blinken and Treasury "
                 "Secretary Janet Yellen were also present.", "2021-11-16")
    assert {"Antony Blinken", "Janet Yellen"} <= got


def test_in_the_room_at_a_summit() -> None:
    got = _names("NEW DELHI, March 10 (Reuters) - Indian Prime Minister Narendra Modi held talks with Australian Prime "
                 "Minister Anthony Albanese in New Delhi on Friday at their first annual summit. External Affairs "
                 "Minister S. Jaishankar and Australian Trade Minister Don Farrell were in the room.", "2023-03-10")
    assert {"S. Jaishankar", "Don Farrell"} <= got


def test_family_name_hosted_for_talks() -> None:
    got = _names("WASHINGTON, Jan 11 (Reuters) - Japanese Foreign Minister Yoshimasa Hayashi and Defense Minister "
                 "Yasukazu Hamada arrived in Washington on Tuesday.\n"
                 "On Wednesday, Secretary of State Antony Blinken and Defense Secretary Lloyd Austin hosted Hayashi "
                 "and Hamada for the U.S.-Japan Security Consultative Committee at the State Department.", "2023-01-11")
    assert "Yasukazu Hamada" in got


def test_family_name_joined_others() -> None:
    got = _names("MOSCOW, Sept 10 (Reuters) - Chinese Foreign Minister Wang Yi flew into Moscow on Wednesday ahead of "
                 "a regional gathering.\n"
                 "Wang joined Russian Foreign Minister Sergei Lavrov and Indian External Affairs Minister Subrahmanyam "
                 "Jaishankar for talks on Thursday.", "2020-09-10")
    assert "Wang Yi" in got


def test_leading_forum_is_no_representative() -> None:
    got = _people("과학기술정보통신부는 28일 서울에서 한-EU 간 디지털 협력 대표 협의체인 「제1차 한-EU 디지털 파트너십 "
                  "협의회」를 개최하였다. 이번 회의에는 이종호 과학기술정보통신부 장관과 티에리 브르통 EU 집행위원이 "
                  "수석대표로 참석하였다.", "ko", "2022-11-29")
    names = {n for ps in got.values() for n, _ in ps}
    assert names == {"이종호", "티에리 브르통"}


def test_leading_channel_is_no_representative() -> None:
    got = _people("외교부는 7일 워싱턴에서 한미 간 경제안보 대표 대화 채널인 「제7차 한미 고위급경제협의회(SED)」를 "
                  "개최하였다. 이번 회의에는 이도훈 외교부 제2차관과 호세 페르난데스 미 국무부 경제차관이 수석대표로 "
                  "참석하였다.", "ko", "2022-09-08")
    names = {n for ps in got.values() for n, _ in ps}
    assert names == {"이도훈", "호세 페르난데스"}


def test_acronym_before_hyphenated_name_is_no_person() -> None:
    got = _names("Secretary of Defense Lloyd J. Austin III met with Philippine Secretary of National Defense Gilberto "
                 "Teodoro Jr. in Singapore on June 1, 2024, on the margins of the 21st IISS Shangri-La Dialogue.",
                 "2024-06-01")
    assert got == {"Lloyd J. Austin III", "Gilberto Teodoro Jr."}


def test_acronym_before_hyphenated_name_in_wire_copy() -> None:
    got = _names("SINGAPORE, June 2 (Reuters) - South Korean Defence Minister Shin Won-sik and Japanese Defence "
                 "Minister Minoru Kihara held talks on Sunday on the sidelines of the IISS Shangri-La Dialogue.",
                 "2024-06-02")
    assert got == {"Shin Won-sik", "Minoru Kihara"}


def _each(text: str, published: str) -> list[list[tuple[str, str | None]]]:
    """Each held event's delegates, in order."""
    return [[(d.name, d.country) for d in e.delegates] for e in _held(text, "en", published)]


def test_the_secretary_after_a_weekday_and_date() -> None:
    got = _each("BEIJING — Secretary of the Treasury Janet L. Yellen held meetings with Chinese officials in Beijing "
                "this week.\n\n"
                "On Friday, July 7, Secretary Yellen met with Premier Li Qiang. The two discussed the economic "
                "relationship.\n\n"
                "On Saturday, July 8, the Secretary met with Vice Premier He Lifeng. They discussed macroeconomic "
                "developments.", "2023-07-09")
    assert [("Janet L. Yellen", "USA") in ps for ps in got] == [True, True]


def test_the_secretary_after_a_weekday_date_and_year() -> None:
    got = _each("BEIJING — Secretary of State Antony J. Blinken traveled to Beijing.\n\n"
                "On Sunday, June 18, 2023, Secretary Blinken met with Foreign Minister Qin Gang. They discussed "
                "bilateral ties.\n\n"
                "On Monday, June 19, 2023, the Secretary met with Director Wang Yi. They discussed open lines of "
                "communication.", "2023-06-19")
    assert [("Antony J. Blinken", "USA") in ps for ps in got] == [True, True]


# Not attendees: the subject of a clause of time (`before Donald Trump returns`), one who `hopes to meet` X, and
# who `told reporters` what was done.
@pytest.mark.parametrize(("text", "published", "present", "absent"), [
    pytest.param("LIMA, Nov 15 (Reuters) - U.S. President Joe Biden met South Korean President Yoon Suk Yeol and "
                 "Japanese Prime Minister Shigeru Ishiba in Lima on Friday, two months before Donald Trump takes "
                 "office.", "2024-11-15", "Yoon Suk Yeol", "Donald Trump",
                 id="subject_of_a_clause_of_time_took_no_part"),
    pytest.param("SEOUL, Jan 6 (Reuters) - South Korean Foreign Minister Cho Tae-yul and U.S. Secretary of State "
                 "Antony Blinken held talks in Seoul on Monday, two weeks before President-elect Donald Trump "
                 "returns to the White House.", "2025-01-06", "Cho Tae-yul", "Donald Trump",
                 id="titled_subject_of_a_clause_of_time_took_no_part"),
    pytest.param("SEOUL, Jan 6 (Reuters) - South Korean Foreign Minister Cho Tae-yul and U.S. Secretary of State "
                 "Antony Blinken held talks in Seoul on Monday.\n"
                 "Cho said he hopes to meet Marco Rubio, the nominee for secretary of state, soon after the "
                 "inauguration.", "2025-01-06", "Antony Blinken", "Marco Rubio",
                 id="hoping_to_meet_is_no_attendance"),
    pytest.param("TOKYO, Feb 5 (Reuters) - Italian Prime Minister Giorgia Meloni held talks with Japanese Prime "
                 "Minister Fumio Kishida in Tokyo on Monday.\n"
                 "Meloni said she hopes to meet Ukrainian President Volodymyr Zelensky at the Group of Seven summit "
                 "in Apulia in June.", "2024-02-05", "Fumio Kishida", "Volodymyr Zelensky",
                 id="hoping_to_meet_later_is_no_attendance"),
    pytest.param("SEOUL, May 22 (Reuters) - South Korea and the United Kingdom co-hosted a virtual summit on "
                 "artificial intelligence on Tuesday, with President Yoon Suk Yeol and Prime Minister Rishi Sunak "
                 "opening the session.\n"
                 "Science Minister Lee Jong-ho told reporters that 16 companies had signed safety commitments.",
                 "2024-05-22", "Rishi Sunak", "Lee Jong-ho",
                 id="who_told_reporters_briefed_on_the_meeting"),
    pytest.param("PARIS, Feb 11 (AFP) - French President Emmanuel Macron and Indian Prime Minister Narendra Modi "
                 "co-chaired an artificial intelligence summit in Paris on Tuesday.\n"
                 "Presidential envoy Anne Bouverot told reporters on Tuesday evening that about 60 countries had "
                 "signed the final declaration.", "2025-02-11", "Narendra Modi", "Anne Bouverot",
                 id="envoy_who_told_reporters_briefed_on_the_summit"),
])
def test_not_an_attendee(text: str, published: str, present: str, absent: str) -> None:
    got = _names(text, published)
    assert present in got and absent not in got
