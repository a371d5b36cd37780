"""Round 55: lists of meetings under a lead, a participle's date. Sentences written for these tests (real public facts
or plausible ones, our own wording; none from the corpus), each failing before its rule (at c8e3da9) unless marked a
guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import extracted, held

_LISTED = ("Kuala Lumpur, 8 July 2025\n\nThe Minister attended the ASEAN Economic Ministers' Meeting. She also had "
           "bilateral meetings with several counterparts on 7 July:\n\n"
           "(a) With Minister Gan Kim Yong of Singapore, the Minister discussed supply chains.\n"
           "(b) The Minister congratulated Minister Pichai Naripthaphan of Thailand on his appointment. The two "
           "Ministers agreed to work on rice trade.\n"
           "(c) In the afternoon, the Minister met Minister Budi Santoso of Indonesia.")
_LISTED_NAMED = ("New Delhi, 15 October 2024\n\nMinister of Commerce Piyush Goyal was in Riyadh on 14 October. The "
                 "Minister held meetings with several counterparts on 14 October:\n\n"
                 "(i) With Minister Majid Al-Kassabi of Saudi Arabia, the Minister reviewed the trade basket.\n"
                 "(ii) He thanked Minister Bandar Alkhorayef for hosting the business roundtable.")


@pytest.mark.parametrize(("text", "published", "day", "met"), [
    (_LISTED, "2025-07-08", "2025-07-07", ["Gan Kim Yong", "Pichai Naripthaphan", "Budi Santoso"]),
    (_LISTED_NAMED, "2024-10-15", "2024-10-14", ["Majid Al-Kassabi", "Bandar Alkhorayef"]),
])
def test_items_under_a_dated_lead_of_meetings_are_that_days_meetings(text: str, published: str, day: str,
                                                                      met: list[str]) -> None:
    """`She also had bilateral meetings with several counterparts on 7 July:` then `(a) With Minister X, …`, `(b) The
    Minister congratulated Minister Y …. The two Ministers agreed …` (an item of two sentences), `(c) … met Minister
    Z`: each item naming a titled person is a meeting on the lead's day, the item telling it by a verb included."""
    found = [e for e in held(text, "en", published) if any(d.name in met for d in e.delegates)]
    assert sorted(next(d.name for d in e.delegates if d.name in met) for e in found) == sorted(met)
    assert {str(e.date) for e in found} == {day}


def test_a_listed_meeting_has_the_leads_subject() -> None:
    """`The Minister held meetings with several counterparts …:` (a title referring to the minister named before):
    each listed meeting has the lead's subject besides the person met."""
    found = [e for e in held(_LISTED_NAMED, "en", "2024-10-15") if len(e.participants) == 2]
    assert [sorted(d.name for d in e.delegates) for e in found] == [
        ["Majid Al-Kassabi", "Piyush Goyal"], ["Bandar Alkhorayef", "Piyush Goyal"]]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Lima, 12 March 2024 - The third session of political consultations between Peru and Korea took place today in "
     "Lima. Held under the memorandum of understanding signed by the two ministries in 2015, the session was "
     "co-chaired by Vice Minister Ana Cecilia Gervasi of Peru and Deputy Minister Chung Byung-won of Korea.",
     "2024-03-12", "2024-03-12"),
    ("Rabat, 5 May 2023 - The first session of the Morocco-Korea economic dialogue took place today in Rabat. "
     "Convened under the framework agreement concluded between the two governments in 2019, the session was chaired "
     "by Secretary General Ahmed Rahhou of Morocco and Deputy Minister Kang In-sun of Korea.", "2023-05-05",
     "2023-05-05"),
])
def test_a_documents_date_in_a_participle_opening_the_sentence_is_the_documents(text: str, published: str,
                                                                                  day: str) -> None:
    """`Held under the MOU signed … in 2015, the round was co-chaired by …`: the year in a participle phrase after
    a meeting's trigger, up to its comma, dates the document signed there, not the meeting; the chairs are that
    day's meeting's people."""
    found = held(text, "en", published)
    assert [str(e.date) for e in found] == [day]
    assert found[0].delegates


@pytest.mark.parametrize(("text", "published", "day"), [
    ("Nairobi, 20 October 2025\n\nThe year has been rich in exchanges. On 14 February, the third Kenya-Japan policy "
     "consultations were held in Tokyo.", "2025-10-20", "2025-02-14"),
    ("Hanoi, 3 December 2024\n\nLooking back on the year: on 18 March the two foreign ministers met in Hanoi for the "
     "annual strategic dialogue.", "2024-12-03", "2024-03-18"),
])
def test_a_day_without_its_year_told_as_done_is_in_the_past(text: str, published: str, day: str) -> None:
    """`On 14 February, the consultations were held` in a report of October: a day written without its year, told as
    done, that the nearest year would put months ahead is that day of the report's year (the year before the
    nearest)."""
    assert [str(e.date) for e in held(text, "en", published) + [e for e in extracted(text, "en", published)
                                                                  if e.mentioned]][:1] == [day]



@pytest.mark.parametrize(("text", "published", "expected"), [
    ("국방부 장관, 중동 2개국 순방 결과\n\n□ 국방부 장관은 10.2.(월)∼3.(화) 중동 2개국을 방문하고 국방장관 회담을 "
     "가졌다.\n\n1. 사우디아라비아(10.2.(월))\n□ 장관은 칼리드 빈 살만 사우디아라비아 국방장관과 회담하고 방산 협력을 "
     "논의하였다.\n\n2. 카타르(10.3.(화))\n□ 장관은 칼리드 알아티야 카타르 국방장관과 회담하고 연합훈련 확대에 "
     "합의하였다.", "2023-10-04", [("2023-10-02", "SAU"), ("2023-10-03", "QAT")]),
    ("과기정통부 차관, 북유럽 출장 결과\n\n□ 과기정통부 제1차관은 5.8.(수)∼9.(목) 북유럽을 방문하였다.\n\n"
     "(1) 스웨덴(5.8.(수))\n□ 차관은 스웨덴 교육부 차관과 면담하고 양자기술 협력을 논의하였다.\n\n"
     "(2) 핀란드(5.9.(목))\n□ 차관은 핀란드 경제고용부 차관과 면담하고 6G 공동연구를 논의하였다.", "2024-05-10",
     [("2024-05-08", "SWE"), ("2024-05-09", "FIN")]),
])
def test_a_numbered_heading_of_a_country_and_a_day_dates_its_section(text: str, published: str,
                                                                     expected: list[tuple[str, str]]) -> None:
    """`1. 사우디아라비아(10.2.(월))`, `(2) 핀란드(5.9.(목))`: a numbered heading line of a place and a day opens the
    section of that day, as an unnumbered one does."""
    found = held(text, "ko", published)
    assert sorted((str(e.date), next(p for p in e.participants if p != "KOR")) for e in found
                  if len(e.participants) == 2) == expected


@pytest.mark.parametrize(("text", "published", "name", "day"), [
    ("□ 외교부 장관은 7.10.(월)∼12.(수) 자카르타에서 개최된 아세안 관련 외교장관회의에 참석하고, 제24차 한-아세안 "
     "외교장관회의를 공동 주재하였다.\n\n1. 제24차 한-아세안 외교장관회의(7.11.(화))\n□ 장관은 제24차 한-아세안 "
     "외교장관회의를 공동 주재하고 한-아세안 연대구상의 이행 현황을 설명하였다.", "2023-07-13",
     "제24차 한-아세안 외교장관회의", "2023-07-11"),
    ("□ 산업통상자원부 장관은 9.18.(월)∼20.(수) 베를린에서 열린 에너지 전환 대화에 참석하고, 제3차 한-독 "
     "에너지협의회에 참석하였다.\n\n2. 제3차 한-독 에너지협의회(9.19.(화))\n□ 현지에서 별도로 열린 제3차 한-독 "
     "에너지협의회에는 장관이 수석대표로 참석하였다.", "2023-09-21", "제3차 한-독 에너지협의회", "2023-09-19"),
])
def test_a_named_meeting_dated_by_a_spans_first_day_is_the_one_told_on_its_day(text: str, published: str, name: str,
                                                                               day: str) -> None:
    """`7.10.(월)∼12.(수) … 회의에 참석하고, 제24차 X를 공동 주재하였다` over a section `1. 제24차 X(7.11.(화))`: the
    named meeting dated only by a span's first day is the one of that name told on its own day."""
    assert [str(e.date) for e in held(text, "ko", published) if e.name == name] == [day]


@pytest.mark.parametrize(("text", "lang", "published", "expected"), [
    ("□ 산업통상자원부는 3.14.(목) 「제1차 공급망 안정화 민관협의체 회의」를 개최하고, 공급망 안정화 민관협의체를 공식 "
     "출범시켰다.", "ko", "2024-03-15", [("dialogue", "2024-03-14")]),
    ("□ 해양수산부는 6일 부산에서 제1차 한-페루 수산협력 실무그룹 회의를 열어 한-페루 수산협력 실무그룹을 발족하였다.",
     "ko", "2024-06-07", [("dialogue", "2024-06-06")]),
    ("President Moon and President Biden launched a global vaccine partnership on Friday in their first summit at "
     "the White House.", "en", "2021-05-22", [("dialogue", "2021-05-21"), ("launch", "2021-05-21")]),
])
def test_a_body_launched_at_its_first_meeting_is_that_meeting(text: str, lang: str, published: str,
                                                              expected: list[tuple[str, str]]) -> None:
    """`「제1차 X 협의체 회의」를 개최하고, X 협의체를 공식 출범시켰다`: a body launched in the sentence telling its
    first meeting held that day is that meeting (records.md rule 2: one dialogue, ordinal 1); a partnership launched
    at a first summit of other words stays a launch (the third, a guard; the second was read so before)."""
    assert sorted((e.type, str(e.date)) for e in held(text, lang, published)) == expected
