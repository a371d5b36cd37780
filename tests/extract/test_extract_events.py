from datetime import date

from extract.events import find_event_mentions, group_events


def _events(view, text: str, lang: str = "ko", published: date | None = date(2024, 10, 24)):  # noqa: ANN001
    v = view(text, lang, published)
    return group_events(v, find_event_mentions(v))


def _main(events):  # noqa: ANN001
    return [e for e in events if not e.mentioned]


def test_korean_dialogue_with_ordinal_place_and_local_date(view) -> None:  # noqa: ANN001
    (e,) = _main(_events(view, "한일 양국은 23일(현지시간) 도쿄에서 '제3차 한일 경제안보대화'를 개최했다."))
    assert (e.type, e.date, e.first.ordinal) == ("dialogue", date(2024, 10, 23), 3)
    assert e.first.place.id == "Tokyo" and set(e.first.participants) == {"KOR", "JPN"}


def test_same_day_reference_takes_the_dateline(view) -> None:  # noqa: ANN001
    text = "외교부는 22일 서울에서 회의를 가졌다고 밝혔다.\n양측은 이날 '한-캐나다 공급망 대화'를 열고 협력을 논의했다."
    dates = {e.date for e in _main(_events(view, text))}
    assert dates == {date(2024, 10, 22)}


def test_launch_and_agreement(view) -> None:  # noqa: ANN001
    text = ("양국은 24일 '한미 배터리 공급망 파트너십'을 출범시켰다. 이어 양국 산업부는 "
            "배터리 소재 공동조달 양해각서(MOU)를 체결했다.")
    types = sorted(e.type for e in _main(_events(view, text)))
    assert types == ["agreement", "launch"]


def test_two_objects_of_one_signing_are_two_agreements(view) -> None:  # noqa: ANN001
    text = ("이날 외교부는 캐나다 외교부와 청년교류 약정을, "
            "산업부는 캐나다 천연자원부와 핵심광물 협력 양해각서를 체결했다.")
    assert len([e for e in _main(_events(view, text)) if e.type == "agreement"]) == 2


def test_first_meeting_launched_is_a_dialogue_ordinal_one(view) -> None:  # noqa: ANN001
    (e,) = _main(_events(view, "양국은 24일 서울에서 한-베트남 경제안보대화를 출범했다."))
    assert e.type == "dialogue" and e.first.ordinal == 1


def test_past_events_in_passing_are_mentioned(view) -> None:  # noqa: ANN001
    text = "양국은 24일 회담을 가졌다. 양국은 지난 5월 체결된 협정과 지난달 출범한 협의체를 평가했다."
    events = _events(view, text)
    assert [e.type for e in _main(events)] == ["dialogue"]
    assert {e.type for e in events if e.mentioned} == {"agreement", "launch"}


def test_occasion_is_not_an_event(view) -> None:  # noqa: ANN001
    text = "장관은 22일 유엔총회 참석 계기에 호주 외교장관과 한-호주 외교장관회담을 개최했다."
    (e,) = _main(_events(view, text))
    assert "유엔총회" not in (e.first.name or "") and "AUS" in e.first.participants


def test_future_meeting_is_not_an_event(view) -> None:  # noqa: ANN001
    assert _main(_events(view, "양국은 다음 달 워싱턴에서 제2차 회의를 개최할 예정이다.")) == []


def test_english_met_today_with_date_and_city(view) -> None:  # noqa: ANN001
    text = "Secretary of State Antony Blinken and Foreign Minister Penny Wong met today in Canberra."
    (e,) = _main(_events(view, text, "en", date(2024, 8, 6)))
    assert e.type == "dialogue" and e.date == date(2024, 8, 6) and e.first.place.id == "Canberra"


def test_english_ordinal_and_name(view) -> None:  # noqa: ANN001
    text = "The Third Ministerial Meeting of the Supply Chain Council was held on October 2 in Singapore."
    (e,) = _main(_events(view, text, "en", date(2024, 10, 3)))
    assert e.first.ordinal == 3 and "Supply Chain Council" in e.first.name


def test_english_statement_only_without_a_meeting(view) -> None:  # noqa: ANN001
    only = _events(view, "The G7 foreign ministers issued a joint statement on October 1.", "en", date(2024, 10, 2))
    assert [e.type for e in _main(only)] == ["statement"]
    both = _events(view, "The ministers met on October 1 in Rome and issued a joint statement.", "en",
                   date(2024, 10, 2))
    assert [e.type for e in _main(both)] == ["dialogue"]


def test_english_future_and_hosting_are_not_events(view) -> None:  # noqa: ANN001
    text = "They look forward to the summit to be hosted by Japan next year."
    assert _main(_events(view, text, "en", date(2024, 10, 2))) == []


def test_english_signed_participle_is_mentioned(view) -> None:  # noqa: ANN001
    text = "The ministers met on October 1. They reviewed the arrangement signed in April."
    events = _events(view, text, "en", date(2024, 10, 2))
    assert [e.type for e in _main(events)] == ["dialogue"]
