"""Generalisation round 1: each rule is a linguistic pattern, shown on sentences written for these tests
(none of them from a corpus document)."""
from __future__ import annotations

from datetime import date

import pytest

from extract.dates import find_dates
from extract.pipeline import extract_document
from streams.records import DocumentRecord


def _held(text: str, lang: str, published: str) -> list:
    doc = DocumentRecord(id="t", text=text, lang=lang, published=date.fromisoformat(published))
    return [e for e in extract_document(doc) if not e.mentioned]


# Korean press-release date shorthand: `'YY.M.D.`, `'YY.M월`, `M.D일(요일)`, `M.D~D`.
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("양국은 ('21.4.8.) 협정에 가서명한 바 있다", "day", date(2021, 4, 8)),
    ("’19.12.3.(화) 서울에서 개최", "day", date(2019, 12, 3)),
    ("'25.2월 발표된 전략", "month", date(2025, 2, 1)),
    ("’22년 7월 출범한 협의체", "month", date(2022, 7, 1)),
    ("회의는 4.22일(월) 부산에서 열렸다", "day", date(2024, 4, 22)),
    ("박람회가 9.3~5 킨텍스에서 열린다", "day", date(2024, 9, 3)),
    ("6.11.~12.(화~수) 제네바에서", "day", date(2024, 6, 11)),
    ("5.30.(목, 현지시간) 워싱턴에서", "day", date(2024, 5, 30)),
    ("6.3.(월·현지시간) 오후 파리에서", "day", date(2024, 6, 3)),
])
def test_korean_shorthand_dates(text: str, kind: str, value: date) -> None:
    (d,) = [d for d in find_dates(text, "ko", date(2024, 6, 20)) if d.kind in ("day", "month")]
    assert (d.kind, d.value) == (kind, value)


@pytest.mark.parametrize("text", ["수출이 2.5% 늘었다", "1.5일간 진행된다", "금리는 3.25~3.5% 수준"])
def test_decimals_are_not_dates(text: str) -> None:
    assert not [d for d in find_dates(text, "ko", date(2024, 6, 20)) if d.kind == "day"]


# A phone call is a dialogue: `통화를 가졌다`, `전화통화했다`, `held a telephone call`, `spoke by phone with`.
@pytest.mark.parametrize(("text", "lang", "published", "day"), [
    ("한덕수 국무총리는 8일 오후 쥐스탱 트뤼도 캐나다 총리와 전화통화했다.", "ko", "2024-05-09", "2024-05-08"),
    ("박진 외교부 장관은 12일 스테판 세주르네 프랑스 외교장관과 통화를 갖고 우크라이나 정세를 논의했다.", "ko",
     "2024-02-13", "2024-02-12"),
    ("On March 4, Prime Minister Fumio Kishida held a telephone call with Prime Minister Anthony Albanese of "
     "Australia.", "en", "2024-03-05", "2024-03-04"),
    ("On Monday, Secretary Austin spoke by phone with Minister of National Defense Shin Won-sik of the "
     "Republic of Korea.", "en", "2024-01-16", "2024-01-15"),
])
def test_phone_calls_are_dialogues(text: str, lang: str, published: str, day: str) -> None:
    (e,) = _held(text, lang, published)
    assert (e.type, e.date) == ("dialogue", day)


# A courtesy call on a titled person is a meeting; `called on X to …` is an appeal, not a meeting.
def test_called_on_a_titled_person_is_a_meeting() -> None:
    (e,) = _held("On Thursday, Secretary Yellen called on President Joko Widodo at the State Palace in Jakarta.",
                 "en", "2023-07-14")
    assert (e.type, e.date) == ("dialogue", "2023-07-13")
    (e,) = _held("Minister Hayashi called on Prime Minister Lee Hsien Loong on May 2.", "en", "2023-05-03")
    assert e.date == "2023-05-02"


@pytest.mark.parametrize("text", [
    "The G7 ministers called on Russia to withdraw its forces from Ukraine immediately.",
    "They called on all states to fully implement the relevant Security Council resolutions.",
])
def test_called_on_to_act_is_no_meeting(text: str) -> None:
    assert _held(text, "en", "2024-04-20") == []


# An unnamed meeting on its own stated day, beside a named meeting of another day, is its own event;
# the first day of a trip (`From June 25 to 28`) is not one.
def test_unnamed_meeting_on_its_own_day_is_its_own_event() -> None:
    text = ("The Foreign Minister attended the ASEAN Regional Forum Ministerial Meeting in Vientiane on July 27. "
            "On July 28, she met with Foreign Minister Wang Yi of China. ")
    got = sorted(e.date for e in _held(text, "en", "2024-07-29"))
    assert got == ["2024-07-27", "2024-07-28"]
    text = ("Le Hoai Trung visited Canberra on Monday, where he held the Vietnam-Australia Foreign Ministers' Meeting. "
            "On Tuesday, he met with Trade Minister Don Farrell. ")
    assert len(_held(text, "en", "2024-03-13")) == 2


def test_trip_range_start_is_not_a_meeting_day() -> None:
    text = ("From October 7 to 10, the Minister visited Ottawa, where he held talks with his counterparts. "
            "1. Korea-Canada Industry Ministers' Meeting (October 8)\n"
            "The two ministers agreed to expand cooperation on batteries.")
    assert [e.date for e in _held(text, "en", "2024-10-11")] == ["2024-10-08"]


# Round 2. Documents signed the same day whose names share no word (beyond countries, amounts, generic
# words and the head noun) are separate agreements; one set described twice (`13건`) stays one.
def test_differently_named_documents_of_one_day_are_separate_agreements() -> None:
    text = ("한국과 호주 두 정상은 5일 정상회담 직후 '수소경제 협력 양해각서'에 서명했다. "
            "이어 '해양수산 분야 협력 약정'과 '문화유산 보존 협력 MOU'도 각각 체결됐다.")
    names = sorted(e.name for e in _held(text, "ko", "2024-07-06") if e.type == "agreement")
    assert len(names) == 3, names
    text = ("양국 기관들은 이날 반도체·배터리 분야 양해각서(MOU) 8건을 체결했다. "
            "정상회담 직후 양 정상 임석 하에 공급망, 배터리 등 분야 양해각서(MOU) 8건이 서명됐다.")
    assert len([e for e in _held(text, "ko", "2024-07-06") if e.type == "agreement"]) == 1


def test_same_day_korean_meetings_split_only_by_level() -> None:
    text = ("윤 대통령은 10일 헬싱키에서 핀란드 대통령과 한-핀란드 정상회담을 가졌다. "
            "같은 날 조태열 외교부 장관은 핀란드 외교장관과 한-핀란드 외교장관회담을 가졌다.")
    assert len(_held(text, "ko", "2024-05-11")) == 2
    text = "양국은 3일 제2차 한-폴란드 방산협력위원회를 열었다. 이번 위원회 회의에서 양측은 협력을 논의했다."
    assert len(_held(text, "ko", "2024-05-04")) == 1


def test_jeopgyeon_is_a_meeting() -> None:
    (e,) = _held("한덕수 국무총리는 14일 정부서울청사에서 방한 중인 캐나다 국제통상장관을 접견했다.", "ko",
                 "2024-03-15")
    assert (e.type, e.date) == ("dialogue", "2024-03-14")
    (e,) = _held("김진표 국회의장은 어제 인도네시아 하원의장을 접견하고 양국 협력을 논의했다.", "ko", "2024-02-07")
    assert e.date == "2024-02-06"


# Every member of an enumeration of three or more parties, in a sentence that reports who took part, is a
# participant (records.md rule 8); compounds like `한미일` and single countries are left to the event clause.
def test_enumerated_members_take_part() -> None:
    text = ("The Pacific Islands Forum Foreign Ministers' Meeting was held in Suva on August 11. "
            "Ministers of Fiji, Samoa, Tonga and Vanuatu attended the meeting.")
    (e,) = _held(text, "en", "2023-08-12")
    assert {"FJI", "WSM", "TON", "VUT"} <= set(e.participants)
    text = ("제3차 한-중앙아시아 외교장관회의가 17일 서울에서 개최되었다. "
            "이번 회의에는 카자흐스탄, 우즈베키스탄, 키르기스스탄, 타지키스탄, 투르크메니스탄 외교장관들이 참석했다.")
    (e,) = _held(text, "ko", "2024-06-18")
    assert {"KAZ", "UZB", "KGZ", "TJK", "TKM"} <= set(e.participants)


def test_a_list_outside_attendance_is_no_party() -> None:
    text = ("한-호주 외교장관회담이 4일 캔버라에서 열렸다. "
            "양측은 일본, 인도, 인도네시아와의 협력 강화 방안을 논의했다.")
    (e,) = _held(text, "ko", "2024-05-05")
    assert set(e.participants) == {"KOR", "AUS"}


def _delegates(text: str, published: str) -> dict[str, str | None]:
    (e,) = _held(text, "ko", published)
    return {d.name: d.country for d in e.delegates}


# A transliterated name is the whole run before the title (three or four words, a hyphenated given name);
# a time word before it is not part of it; a counterpart named after a topic subject is the other side.
def test_whole_transliterated_names_and_their_side() -> None:
    got = _delegates("한덕수 국무총리는 9일 오전 서울에서 파트리스 에메리 트로바다 가봉 대통령과 "
                     "한-가봉 회담을 가졌다.", "2024-06-10")
    assert got.get("파트리스 에메리 트로바다") == "GAB"
    got = _delegates("윤석열 대통령은 20일 대통령실에서 마르크-앙드레 블랑샤르 캐나다 총리와 회담했다.", "2024-06-21")
    assert "마르크-앙드레 블랑샤르" in got


def test_counterpart_takes_the_events_other_party() -> None:
    text = ("한국 외교부 장관은 3일 서울에서 한-우즈베키스탄 외교장관회담을 가졌다. "
            "조태열 외교부 장관은 이날 바흐티요르 사이도프 외교장관과 회담하고 협력 방안을 논의했다.")
    got = _delegates(text, "2024-06-04")
    assert got.get("바흐티요르 사이도프") == "UZB"
    assert got.get("조태열") == "KOR"


# A subject that refers back (`he`, `the Secretary`, `Today I met`) is the person named before: the latest
# sentence-opening person with that title, or for `I` the page's byline.
def test_referring_subject_is_a_delegate() -> None:
    text = ("Secretary of Commerce Gina M. Raimondo traveled to Asia this week.\n"
            "On Tuesday, the Secretary met with Minister of Economy, Trade and Industry Ken Saito of Japan in "
            "Tokyo and discussed semiconductor supply chains.")
    (e,) = _held(text, "en", "2024-05-16")
    assert "Gina M. Raimondo" in {d.name for d in e.delegates}
    text = ("Minister for Trade and Tourism\nSenator the Hon Don Farrell\nMedia release\n"
            "Today I met Indonesia's Minister of Trade, Zulkifli Hasan, in Jakarta to discuss critical minerals.")
    (e,) = _held(text, "en", "2023-09-05")
    names = {d.name for d in e.delegates}
    assert "Don Farrell" in names and "Zulkifli Hasan" in names


# A forum, roundtable or business summit held the same day as talks is its own event.
@pytest.mark.parametrize("text", [
    "윤석열 대통령은 20일 프라하에서 한-체코 정상회담을 가졌다. 이어 열린 한-체코 비즈니스 포럼에도 참석했다.",
    "양국 정상은 8일 한-베트남 정상회담을 개최했다. 같은 날 한-베트남 경제인 간담회가 열렸다.",
])
def test_a_gathering_beside_talks_is_its_own_event(text: str) -> None:
    assert len(_held(text, "ko", "2024-09-21" if "20일" in text else "2024-09-09")) == 2


# `… the ministry said Sunday`: the day of the report is not the day of the event.
@pytest.mark.parametrize(("text", "day"), [
    ("The two agencies signed a memorandum of understanding on Thursday in Ottawa after holding talks, the "
     "ministry said Sunday.", "2024-06-13"),
    ("Trade ministers of Korea and Chile held talks in Santiago on Tuesday, the trade ministry announced on "
     "Sunday.", "2024-06-11"),
])
def test_report_day_is_not_event_day(text: str, day: str) -> None:
    assert {e.date for e in _held(text, "en", "2024-06-16")} == {day}


# `held separate talks with …` beside a named meeting of the same day is a side meeting of its own.
@pytest.mark.parametrize("text", [
    "The leaders of Japan, the Philippines and the United States held the first trilateral summit in Manila on "
    "May 2. On the same day, President Marcos held separate talks with Prime Minister Kishida.",
    "The Korea-Pacific Islands Foreign Ministers' Meeting took place in Busan on October 5. The Foreign Minister "
    "also held a separate meeting with Fiji's Deputy Prime Minister on October 5.",
])
def test_separate_talks_are_their_own_event(text: str) -> None:
    assert len(_held(text, "en", "2024-10-06" if "October" in text else "2024-05-03")) == 2


# Negotiation rounds are meetings; a centre or office opened (개소) is launched; a roadmap signed is an agreement.
@pytest.mark.parametrize(("text", "lang", "etype"), [
    ("한국과 에콰도르는 11일 키토에서 전략적 경제협력협정(SECA) 제3차 공식협상을 개최했다.", "ko", "dialogue"),
    ("Negotiators of Korea and the Philippines held the fourth round of negotiations on a free trade agreement "
     "in Manila on June 9.", "en", "dialogue"),
    ("한국과 인도네시아는 15일 자카르타에서 한-인니 산업기술협력센터를 개소했다.", "ko", "launch"),
    ("양국 외교장관은 8일 '한-폴란드 전략적 동반자 관계 강화를 위한 행동계획'에 서명했다.", "ko", "agreement"),
    ("The two ministers signed a roadmap for the Korea-Netherlands semiconductor partnership in The Hague on "
     "June 12.", "en", "agreement"),
])
def test_more_event_heads(text: str, lang: str, etype: str) -> None:
    assert etype in {e.type for e in _held(text, lang, "2024-06-16")}
