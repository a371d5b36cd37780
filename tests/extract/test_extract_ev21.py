"""Round 17 of issue 16 (ev21): ways of reporting a held meeting the rules missed (read from grammar3/tune and
fresh14/tune first), probed with sentences written for these tests (people, places, dates and wording of our own).
Each rule is a pattern, tested on at least two sentences."""
from __future__ import annotations

from streams.records import EventRecord
from tests.extract.sentences import held


def _kinds(events: list[EventRecord]) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in events]


# A call told by the side that received it: `received a phone call today from President X`, `took a call from Y`.
def test_a_call_received_from_a_titled_caller() -> None:
    text = ("Prime Minister Anthony Albanese received a phone call on Tuesday from President Joe Biden of the United "
            "States. The two leaders discussed the AUKUS partnership.")
    assert _kinds(held(text, "en", "2023-03-09")) == [("dialogue", "2023-03-07")]
    text = ("President Ferdinand Marcos Jr. took a call from Japanese Prime Minister Fumio Kishida on Monday to "
            "discuss maritime security in the South China Sea.")
    assert _kinds(held(text, "en", "2023-02-08")) == [("dialogue", "2023-02-06")]
    # a call still ahead is none
    text = "The Foreign Minister will receive a phone call from his Thai counterpart next week."
    assert held(text, "en", "2023-02-08") == []


def test_a_call_received_in_korean() -> None:
    text = "윤석열 대통령은 12일 기시다 후미오 일본 총리로부터 전화를 받았다. 양 정상은 북한 문제를 논의했다."
    assert _kinds(held(text, "ko", "2023-01-13")) == [("dialogue", "2023-01-12")]
    text = "조태열 외교부 장관은 8일 오후 블링컨 미국 국무장관의 전화를 받고 한반도 정세를 협의했다."
    assert _kinds(held(text, "ko", "2024-02-09")) == [("dialogue", "2024-02-08")]


# A meeting named by its hyphenated parties as the sentence's subject, with no event verb (`The X-Y talks on
# Thursday centred on …`): held when the sentence gives a day; the known people of the pair take part.
def test_a_hyphenated_pair_as_a_dated_subject() -> None:
    text = ("WELLINGTON, June 2 (AAP) - The Albanese-Hipkins talks at Parliament House on Friday focused on "
            "trade between Australia and New Zealand.")
    assert _kinds(held(text, "en", "2023-06-02")) == [("dialogue", "2023-06-02")]
    text = "The Macron-Scholz meeting at the Chancellery on Tuesday ended with a pledge on defence spending."
    events = held(text, "en", "2024-05-29")
    assert _kinds(events) == [("dialogue", "2024-05-28")]
    assert set(events[0].participants) == {"FRA", "DEU"}
    # a future one is none
    text = "The Modi-Albanese summit will take place in Sydney next month."
    assert held(text, "en", "2023-04-20") == []


# `on his first visit since taking office in November last year, held talks with …`: a date after `since` is the
# point a span is counted from, not the day of the meeting.
def test_a_date_after_since_is_not_the_meetings() -> None:
    text = ("Prime Minister Christopher Luxon, on his first trip to Japan since taking office in November 2023, held "
            "talks with Prime Minister Fumio Kishida in Tokyo on Thursday.")
    assert _kinds(held(text, "en", "2024-06-21")) == [("dialogue", "2024-06-20")]
    text = ("President William Ruto, on his first visit to Germany since his inauguration in September 2022, held "
            "talks with Chancellor Olaf Scholz in Berlin.")
    assert [e.mentioned for e in held(text, "en", "2024-03-01")] == [False]


# `held the following bilateral meetings:` and then one dated line per person met: each line is a meeting.
def test_a_list_of_bilaterals_under_a_lead() -> None:
    text = ("Prime Minister Narendra Modi held the following bilateral meetings during his visit to Italy:\n"
            "- 14 June 2024, Apulia: President Emmanuel Macron of France\n"
            "- 14 June 2024, Apulia: Prime Minister Fumio Kishida of Japan\n"
            "- 15 June 2024, Apulia: Prime Minister Giorgia Meloni of Italy\n")
    assert sorted(_kinds(held(text, "en", "2024-06-16"))) == [
        ("dialogue", "2024-06-14"), ("dialogue", "2024-06-14"), ("dialogue", "2024-06-15")]
    text = ("During the G20 summit, President Lula held bilateral meetings with the following leaders:\n"
            "• with Prime Minister Anthony Albanese of Australia on 18 November\n"
            "• with President Cyril Ramaphosa of South Africa on 19 November\n")
    assert sorted(_kinds(held(text, "en", "2024-11-20"))) == [("dialogue", "2024-11-18"), ("dialogue", "2024-11-19")]


# `They were joined by … the World Economic Forum`, `…, joined by observers from …`: who joined a meeting, not a
# meeting of its own nor the meeting's name.
def test_joined_by_names_who_joined() -> None:
    text = ("Trade ministers of Chile and Peru met in Lima on Tuesday. They were joined by representatives of the "
            "Inter-American Development Bank and the World Economic Forum.")
    assert [(e.date, e.name) for e in held(text, "en", "2025-03-12")] == [("2025-03-11", None)]
    text = ("Energy ministers of Kenya and Ethiopia met in Nairobi on Tuesday. They were joined by officials of "
            "Uganda, Rwanda and Tanzania, and by the East African Power Pool Steering Council.")
    assert _kinds(held(text, "en", "2025-03-12")) == [("dialogue", "2025-03-11")]


# `APEC 정상회의 계기 양자회담을 가졌다`: a bilateral held beside a host gathering is held; the gathering
# before `계기` is not its name.
def test_a_bilateral_beside_a_host_gathering() -> None:
    text = ("윤석열 대통령은 14일(현지시간) 이탈리아 풀리아에서 기시다 후미오 일본 총리와 "
            "G7 정상회의 계기 양자회담을 가졌다.")
    assert [(e.date, e.name) for e in held(text, "ko", "2024-06-15")] == [("2024-06-14", "양자회담")]
    text = ("조태열 외교부 장관은 21일 리우데자네이루에서 왕이 중국 외교부장과 "
            "G20 외교장관회의 계기 양자회담을 가졌다.")
    assert [(e.date, e.name) for e in held(text, "ko", "2024-02-22")] == [("2024-02-21", "양자회담")]


# `3자 회동이 열렸다`, `3자 회담을 가졌다`: `회동` is a meeting noun, and a three-way meeting named by its format is an
# event of its own beside the day's bilateral.
def test_a_three_way_meeting_beside_a_bilateral() -> None:
    text = ("바이든 미국 대통령은 18일 캠프데이비드에서 윤석열 대통령과 정상회담을 가졌다. "
            "이어 기시다 후미오 일본 총리가 합류해 3자 회담을 가졌다.")
    assert _kinds(held(text, "ko", "2023-08-19")) == [("dialogue", "2023-08-18"), ("dialogue", "2023-08-18")]
    text = ("에르도안 튀르키예 대통령은 10일 앙카라에서 알리예프 아제르바이잔 대통령과 회담했다. "
            "이어 파시냔 아르메니아 총리가 합류해 3자 회동이 열렸다.")
    assert _kinds(held(text, "ko", "2024-02-11")) == [("dialogue", "2024-02-10"), ("dialogue", "2024-02-10")]


# `푸틴 대통령 관저에서 만찬을 함께했다`: a meal at a leader's residence is taken with that leader; `비공식 만찬`: an
# informal meal is a meeting, not a banquet.
def test_a_meal_at_a_leaders_residence_or_informal() -> None:
    text = "기시다 총리는 13일 저녁 워싱턴의 바이든 대통령 관저에서 만찬을 함께했다."
    assert _kinds(held(text, "ko", "2023-01-14")) == [("dialogue", "2023-01-13")]
    text = "시진핑 중국 국가주석과 푸틴 러시아 대통령은 20일 크렘린궁에서 비공식 만찬을 함께했다."
    assert _kinds(held(text, "ko", "2023-03-21")) == [("dialogue", "2023-03-20")]


# `전날`, after a day told in an earlier sentence, is the day before it: a meeting of its own that day.
def test_the_day_before_the_one_in_context() -> None:
    text = ("룰라 브라질 대통령은 14일 베이징에서 시진핑 중국 국가주석과 정상회담을 했다. "
            "룰라 대통령은 전날 상하이에서 호세프 신개발은행 총재와 면담했다.")
    assert sorted(_kinds(held(text, "ko", "2023-04-15"))) == [("dialogue", "2023-04-13"), ("dialogue", "2023-04-14")]
    text = ("블링컨 미국 국무장관은 19일 베이징에서 왕이 중국 외교부장과 회담했다. 블링컨 장관은 전날 친강 외교부장과 "
            "회담하고 양국 관계를 논의했다.")
    assert sorted(_kinds(held(text, "ko", "2023-06-20"))) == [("dialogue", "2023-06-18"), ("dialogue", "2023-06-19")]


# `관저` alone is any leader's official residence: it names no country (it was an alias of Japan's Kantei).
def test_a_bare_residence_names_no_country() -> None:
    text = "룰라 브라질 대통령은 5일 알보라다 관저에서 보리치 칠레 대통령과 정상회담을 가졌다."
    (event,) = held(text, "ko", "2023-06-06")
    assert "JPN" not in event.participants
    text = "숄츠 독일 총리는 18일 관저에서 라마포사 남아공 대통령과 회담했다."
    (event,) = held(text, "ko", "2023-03-19")
    assert "JPN" not in event.participants
