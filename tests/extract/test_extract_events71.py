"""Round 71: economic-security dialogues beyond the US and Japan. Sentences written for these tests (real public facts
or plausible ones, our own wording; none from the corpus), each failing before its rule (at 76ccf6a7) unless marked a
guard."""
from __future__ import annotations

from datetime import date

import pytest

from extract.pipeline import extract_document
from streams.records import DocumentRecord
from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "name"), [
    ("우리나라와 헝가리는 4.23.(화) 부다페스트에서 「제9차 한-헝가리 경제공동위」를 개최하였다.", "2024-04-24",
     "경제공동위"),
    ("과기정통부는 11.7.(목) 서울에서 「제12차 한-스웨덴 과기공동위」를 열고 양자기술 협력을 논의하였다.",
     "2024-11-08", "과기공동위"),
])
def test_an_abbreviated_joint_committee_is_a_meeting(text: str, published: str, name: str) -> None:
    """`「제9차 한-헝가리 경제공동위」를 개최`: `공동위` is how releases shorten `공동위원회`, a meeting series."""
    events = held(text, "ko", published)
    assert len(events) == 1 and name in (events[0].name or "")


@pytest.mark.parametrize(("text", "published"), [
    ("Today, Deputy Minister David Morrison welcomed Jeong Ki-hong, Deputy Minister for Economic Affairs of the "
     "Republic of Korea, to Ottawa for the second Canada-Korea Economic Security Dialogue.", "2024-10-15"),
    ("Today, Secretary Jan Adams welcomed Chung Byung-won, Vice Minister for Political Affairs of the Republic of "
     "Korea, to Canberra for the annual Australia-Korea Senior Officials' Talks.", "2023-07-20"),
])
def test_a_welcome_of_a_name_with_its_office_apposed(text: str, published: str) -> None:
    """`welcomed X, Deputy Minister for … of Y, to Ottawa for the … Dialogue`: the visitor named first, the office
    after a comma, is who the meeting was with."""
    events = held(text, "en", published)
    assert len(events) == 1 and len(events[0].delegates) == 2


@pytest.mark.parametrize(("text", "published"), [
    ("Japan and India held a series of ministerial meetings in New Delhi this week.\n\nMinister Hayashi and Minister "
     "Jaishankar co-chaired the 15th Japan-India Foreign Ministers' Strategic Dialogue.\n\nOn Tuesday, Minister "
     "Hayashi "
     "called on Prime Minister Narendra Modi.", "2023-07-28"),
    ("Canada and the Philippines marked their partnership with meetings in Manila this week.\n\nMinister Joly and "
     "Secretary Manalo held the first Canada-Philippines Foreign Ministers' Dialogue.\n\nOn Monday, Minister Joly "
     "called on President Ferdinand Marcos Jr.", "2024-07-26"),
])
def test_meetings_of_this_week_told_without_a_day(text: str, published: str) -> None:
    """`… meetings in New Delhi this week.` then a meeting told with no day of its own: some day of that week
    (records.md rule 6), not the day of a later sentence's call."""
    events = sorted(held(text, "en", published), key=lambda e: str(e.date))
    assert len(events) == 2 and events[-1].date is None and events[0].date is not None


@pytest.mark.parametrize(("text", "published", "name"), [
    ("Senator the Hon Tim Ayres, Assistant Minister for Trade\n\nMinister Ayres and the Republic of Korea's Minister "
     "for Trade, Ahn Duk-geun, held the Trade Ministers' Meeting in Sydney on Tuesday.", "2024-05-01", "Tim Ayres"),
    ("Senator the Hon Murray Watt, Minister for Agriculture\n\nMinister Watt and Japan's Minister of Agriculture, "
     "Tetsushi Sakamoto, held the Agriculture Ministers' Dialogue in Tokyo on Wednesday.", "2024-09-05",
     "Murray Watt"),
])
def test_a_style_with_its_article_keeps_the_full_name(text: str, published: str, name: str) -> None:
    """`Senator the Hon Penny Wong`: the article before an Australian or British style goes with it; `Minister Wong`
    later is that full name."""
    assert any(d.name == name for e in held(text, "en", published) for d in e.delegates)


@pytest.mark.parametrize(("text", "published"), [
    ("□ 김 국장은 3.5.(화) 오타와에서 데보라 스미스 캐나다 천연자원부 국장을 만나 협력 방안을 논의하였다.\n\n"
     "□ 이어 김 국장은 "
     "데이비드 모리슨 캐나다 글로벌업무부 차관과 면담을 갖고, 양국이 '22.9월 체결한 「핵심광물 양해각서」의 이행 "
     "방안을 점검하였다.", "2024-03-06"),
    ("□ 이 차관은 6.12.(수) 파리에서 베르트랑 뒤몽 프랑스 경제재정부 국장을 만나 협력 방안을 논의하였다.\n\n"
     "□ 이어 이 차관은 "
     "브뤼노 르메르 프랑스 경제재정부 장관과 면담을 갖고, 양측이 '23.4월 출범시킨 「원전 협력 대화」의 성과를 "
     "평가하였다.", "2024-06-13"),
])
def test_a_long_past_date_of_the_next_clause(text: str, published: str) -> None:
    """`면담을 갖고, 양국이 '22.9월 체결한 X의 …`: a date months before the report, after the meeting's clause has
    ended, is the next clause's (as `지난 …` is), not the meeting's: the meeting is of the day told before."""
    events = held(text, "ko", published)
    assert len(events) == 2 and all(str(e.date) < published and str(e.date) > "2024" for e in events)


@pytest.mark.parametrize(("text", "published", "day"), [
    ("(세종=연합뉴스) 안덕근 산업통상자원부 장관이 베트남 산업무역부 장관을 만나 공급망 협력을 논의했다.\n\n산업부는 "
     "5∼7일 베트남 하노이를 방문 중인 안 장관이 6일(현지시간) 현지 기업 간담회에 참석했다고 밝혔다.\n\n안 장관은 "
     "간담회를 마친 뒤 응우옌 홍 디엔 베트남 산업무역부 장관과 만나 핵심광물 협력 방안을 논의했다.",
     "2024-07-07", "2024-07-06"),
    ("(세종=연합뉴스) 최상목 부총리가 인도 재무장관을 만나 투자 협력을 논의했다.\n\n기획재정부는 14∼16일 인도 "
     "뉴델리를 방문 중인 최 부총리가 15일(현지시간) 현지 진출 기업 간담회에 참석했다고 밝혔다.\n\n최 부총리는 간담회를 "
     "마친 뒤 니르말라 시타라만 인도 재무장관과 만나 인프라 투자 방안을 논의했다.", "2024-10-16", "2024-10-15"),
])
def test_a_visit_span_is_no_meeting_day_and_the_trip_places_it(text: str, published: str, day: str) -> None:
    """`5∼7일 하노이를 방문 중인 X가 6일 …`: the span is the visit's (an adnominal clause), the day after it the
    news'; `간담회를 마친 뒤 A 장관과 만나`: the person met, not the clause before; the lead's `장관을 만나` after the
    subject's title is the same meeting; the trip abroad places it, not the bureau the wire was filed from."""
    events = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert len(events) == 1
    assert str(events[0].date) == day and events[0].location.city in ("Hanoi", "New Delhi")


@pytest.mark.parametrize(("text", "published"), [
    ("정 본부장은 3일(현지시간) 자카르타에서 인도네시아 투자부 장관과 면담하였다.\n\n이날 행사에는 조코 위도도 "
     "인도네시아 대통령도 자리했다.", "2024-07-04"),
    ("안 장관은 10일(현지시간) 하노이에서 베트남 산업무역부 장관과 회담하였다.\n\n이날 기념식에는 팜 민 찐 베트남 "
     "총리도 참석했다.", "2024-07-11"),
])
def test_who_attended_a_ceremony_is_not_at_the_meeting(text: str, published: str) -> None:
    """`이날 행사에는 X 대통령도 자리했다`: the people of a ceremony that is no meeting were there, not at the
    meeting whose section the sentence stands in."""
    events = held(text, "ko", published)
    heads_of_state = [d for d in events[0].delegates if d.role and ("대통령" in d.role or "총리" in d.role)]
    assert len(events) == 1 and not heads_of_state


def test_a_launch_ceremony_keeps_its_people() -> None:
    """Guard: `개소식에는 A와 B가 참석했다` under a centre's opening is the launch's own ceremony."""
    text = ("과기정통부는 「한-영 반도체 협력센터」가 5.14.(화) 런던에서 개소식을 갖고 운영을 시작했다고 밝혔다.\n"
            "  ㅇ 개소식에는 김성수 과기정통부 국장과 존 스미스 영국 과학혁신기술부 국장이 참석하였다.")
    doc = DocumentRecord(id="t", text=text, lang="ko", published=date(2024, 5, 15))
    launches = [e for e in extract_document(doc) if e.type == "launch" and not e.mentioned]
    assert launches and len(launches[0].delegates) == 2
