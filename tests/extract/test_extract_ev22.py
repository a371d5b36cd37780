"""Round 18 of issue 16 (ev22): ways of reporting a held event the rules missed (read from fresh15/tune first),
probed with sentences written for these tests (people, places, dates and wording of our own). Each rule is a
pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _days(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# A gathering told as attended besides the talks reported before it (`Also on Tuesday, …`, `She also attended …`,
# `같은 날 열린 X에도 참석했다`): another event of that day, not part of the talks.
def test_a_gathering_also_attended_in_english() -> None:
    text = ("Prime Minister Narendra Modi held talks with President Emmanuel Macron in Paris on Tuesday. Also on "
            "Tuesday, Modi joined the leaders of Germany, Italy and Canada for a roundtable on artificial "
            "intelligence.")
    assert _days(held(text, "en", "2025-02-12")) == [("dialogue", "2025-02-11"), ("dialogue", "2025-02-11")]
    text = ("Foreign Minister Penny Wong met Fiji's Prime Minister Sitiveni Rabuka in Suva on Wednesday. She also "
            "attended the Pacific Islands Forum foreign ministers' meeting in Suva on Wednesday.")
    events = held(text, "en", "2023-07-13")
    assert _days(events) == [("dialogue", "2023-07-12"), ("dialogue", "2023-07-12")]
    assert events[1].name and events[1].name.startswith("Pacific Islands Forum")
    # joining the talks reported is no other event
    text = ("Trade ministers of Chile and Peru held talks in Lima on Tuesday. Officials of the Pacific Alliance "
            "secretariat also joined the talks.")
    assert _days(held(text, "en", "2025-03-12")) == [("dialogue", "2025-03-11")]


def test_a_gathering_also_attended_in_korean() -> None:
    text = ("박진 외교부 장관은 12일 자카르타에서 레트노 마르수디 인도네시아 외교장관과 회담했다. 박 장관은 같은 날 "
            "열린 한-아세안 외교장관회의에도 참석했다.")
    events = held(text, "ko", "2023-07-13")
    assert [(e.date, e.name) for e in events] == [("2023-07-12", "회담"), ("2023-07-12", "한-아세안 외교장관회의")]
    text = ("한덕수 국무총리는 12일 하노이에서 팜 민 찐 베트남 총리와 회담했다. 한 총리는 이날 하노이에서 열린 "
            "한-베트남 비즈니스 포럼에도 참석했다.")
    assert [e.name for e in held(text, "ko", "2023-07-13")] == ["회담", "한-베트남 비즈니스 포럼"]
    # the gathering named before (the headline) is that one again
    text = ("한 총리, 한-베트남 비즈니스 포럼 참석\n\n한덕수 국무총리는 12일 하노이에서 열린 한-베트남 비즈니스 "
            "포럼에도 참석했다.")
    assert len(held(text, "ko", "2023-07-13")) == 1


# `「X」 출범식에 참석했다`, `「X」 출범식을 가졌다`, `「X」를 출범시켰다`: the quoted name before a launch ceremony or
# as the object of a done launch is what was launched, whatever its head noun (`관계`, `대화`).
def test_a_launch_ceremony_attended_names_what_it_launched() -> None:
    text = "조태열 외교부 장관은 10일 서울에서 열린 「한-중앙아 핵심광물 대화」 출범식에 참석했다."
    assert [(e.type, e.date, e.name) for e in held(text, "ko", "2024-04-11")] == [
        ("launch", "2024-04-10", "한-중앙아 핵심광물 대화")]
    text = "안덕근 산업통상자원부 장관은 10일 뉴델리에서 열린 '한-인도 공급망 파트너십' 출범식에 참석했다."
    assert [(e.type, e.name) for e in held(text, "ko", "2024-04-11")] == [("launch", "한-인도 공급망 파트너십")]
    text = "양국 장관은 10일 하노이에서 「한-베트남 디지털 동반자 관계」 출범식을 가졌다."
    assert [(e.type, e.name) for e in held(text, "ko", "2024-04-11")] == [("launch", "한-베트남 디지털 동반자 관계")]


def test_a_quoted_object_of_a_done_launch() -> None:
    text = "한국과 베트남은 10일 하노이에서 「한-베트남 디지털 동반자 관계」를 출범시켰다."
    assert [(e.type, e.date, e.name) for e in held(text, "ko", "2024-04-11")] == [
        ("launch", "2024-04-10", "한-베트남 디지털 동반자 관계")]
    text = "두 장관은 지난 3일 나이로비에서 '한-케냐 청정에너지 협력 틀'을 출범시켰다."
    assert [(e.type, e.name) for e in held(text, "ko", "2024-04-11")] == [("launch", "한-케냐 청정에너지 협력 틀")]
    # one agreed on is not held
    text = "양측은 '해양안보 협의 창구'를 출범시켜 협력 통로로 삼기로 했다고 밝혔다."
    assert held(text, "ko", "2024-04-11") == []


# `X 서명식은 취소됐다/무산됐다/연기됐다`, `서명식은 열리지 않았다`: a signing ceremony whose predicate calls it off
# was not held, so nothing was signed.
def test_a_signing_ceremony_called_off() -> None:
    text = "두 정상의 8일 회담 직후로 잡혀 있던 협력각서 서명식은 전격 취소됐다."
    assert held(text, "ko", "2024-03-09") == []
    text = "두 나라 장관은 8일 아바나에서 회담했다. 문화협력 양해각서 서명식은 열리지 않았다."
    assert _days(held(text, "ko", "2024-03-09")) == [("dialogue", "2024-03-08")]
    # one held is a signing
    text = "두 나라 장관은 8일 아바나에서 회담했다. 회담 후 문화협력 양해각서 서명식이 열렸다."
    assert sorted(_days(held(text, "ko", "2024-03-09"))) == [("agreement", "2024-03-08"), ("dialogue", "2024-03-08")]


# `정상회담을 마친 X 대통령은 … Y와 만났다`, `회의를 앞둔 …`: a meeting noun taken by a verb of finishing or awaiting
# is the scene before, not what the trigger names; the person met is another meeting of the day.
def test_a_meeting_finished_before_another() -> None:
    text = ("룰라 대통령은 20일 브라질리아에서 마크롱 대통령과 정상회담을 가졌다. 정상회담을 마친 마크롱 대통령은 "
            "오후 상파울루를 방문해 밀레이 아르헨티나 대통령과 만났다.")
    assert _days(held(text, "ko", "2024-05-21")) == [("dialogue", "2024-05-20"), ("dialogue", "2024-05-20")]
    text = ("조코위 대통령은 20일 자카르타에서 제10차 아세안 정상회의를 주재했다. 정상회의를 마친 조코위 대통령은 "
            "같은 날 오후 시진핑 중국 국가주석과 면담했다.")
    events = held(text, "ko", "2024-05-21")
    assert [e.name for e in events] == ["제10차 아세안 정상회의", None]
    assert "CHN" in events[1].participants and "CHN" not in events[0].participants


# `sat down with Lula and Petro for a three-way meeting`: people named by surname only, the meeting named by the
# purpose phrase after them.
def test_sat_down_with_untitled_people_for_a_meeting() -> None:
    text = "On Monday, President William Ruto sat down with Lula and Petro for a three-way meeting on the Amazon."
    assert _days(held(text, "en", "2024-05-21")) == [("dialogue", "2024-05-20")]
    text = ("Albanese sat down with Luxon, Marape and Rabuka in Suva on Monday for a four-way meeting of Pacific "
            "leaders.")
    assert _days(held(text, "en", "2024-05-21")) == [("dialogue", "2024-05-20")]
    # no meeting named, no titled person: none
    text = "Albanese sat down with Luxon and Marape in Suva on Monday to watch the rugby final."
    assert held(text, "en", "2024-05-21") == []


# `X 대통령과의 회담 후 … 말했다`, `X 장관과의 회담을 마친 뒤 …`: a meeting with its counterpart told as done before
# what the sentence reports is held.
def test_a_meeting_told_before_another_act_in_korean() -> None:
    text = "마크롱 대통령은 20일 룰라 대통령과의 회담 후 \"양국 관계가 새로운 단계에 들어섰다\"고 말했다."
    assert _days(held(text, "ko", "2024-05-21")) == [("dialogue", "2024-05-20")]
    text = "시진핑 주석은 20일 아스타나에서 토카예프 카자흐스탄 대통령과의 정상회담 직후 공동 기자회견을 열었다."
    assert _days(held(text, "ko", "2024-05-21")) == [("dialogue", "2024-05-20")]
    # one still ahead is not
    text = "마크롱 대통령은 다음 주 룰라 대통령과의 회담 후 공동 기자회견을 열 예정이다."
    assert held(text, "ko", "2024-05-21") == []


# `A 회담이, B 회담이 각각 열렸다`, `A 회담과 B 대화가 각각 열렸다`: every meeting named before `각각` is held;
# `A 장관과 B 장관 간` (who met) is not part of the name.
def test_meetings_held_each() -> None:
    text = "20일 리마에서는 한-페루 외교장관회담이, 한-페루 통상장관회담이 각각 열렸다."
    assert [(e.date, e.name) for e in held(text, "ko", "2024-05-21")] == [
        ("2024-05-20", "한-페루 외교장관회담"), ("2024-05-20", "한-페루 통상장관회담")]
    text = ("20일 나이로비에서는 조태열 장관과 무달바디 장관 간 한-케냐 외교장관회담이, 안덕근 장관과 키누사 장관 간 "
            "한-케냐 통상장관회담이 각각 개최됐다.")
    assert [e.name for e in held(text, "ko", "2024-05-21")] == ["한-케냐 외교장관회담", "한-케냐 통상장관회담"]
