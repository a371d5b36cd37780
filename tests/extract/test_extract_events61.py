"""Round 61: commitments by topic and the meetings that make them, as ministries and wires tell it. Sentences written
for these tests (real public facts or plausible ones, our own wording; none from the corpus), each failing before
its rule (at f1cd8b77) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published"), [
    ("(서울=연합뉴스) 한국과 인도네시아가 다음 주 자카르타에서 공동위원회를 열고 핵심광물 공급망 협력 방안을 논의한다.",
     "2024-05-17"),
    ("(세종=뉴스1) 한국과 호주 통상장관이 다음 주 캔버라에서 회담을 갖고 청정에너지 협력을 협의한다.",
     "2023-09-08"),
])
def test_a_clause_sharing_a_final_present_of_next_week_is_ahead(text: str, published: str) -> None:
    """`다음 주 서울에서 경제공동위원회를 열고 … 협의한다`: a clause joined by `-고` to a final plain present shares
    its tense; with `다음 주` (next week) before it, the meeting is ahead, not held on the report's day."""
    assert not held(text, "ko", published)


@pytest.mark.parametrize(("text", "documents"), [
    ("After the talks, the following documents were exchanged in the presence of the two leaders:\n"
     "(i) Agreement on the Transfer of Sentenced Persons, signed by Home Minister A and Justice Minister B.\n"
     "(ii) MoU on cooperation in agriculture, signed by Agriculture Secretary C and Ambassador D.\n", 2),
    ("In the presence of the two Prime Ministers, the following documents were exchanged:\n"
     "• Memorandum of Understanding on Maritime Cooperation, signed by Foreign Secretary Vikram Misri and "
     "Ambassador Santosh Jha.\n"
     "• Agreement on Cultural Exchange, signed by Culture Minister G. Kishan Reddy and High Commissioner Milinda "
     "Moragoda.\n", 2),
])
def test_each_signed_item_of_a_documents_list_is_a_signing(text: str, documents: int) -> None:
    """`the following documents were exchanged:` then `(ii) MoU on X, signed by A and B.`: each item that names its
    own signatories is a signing of its own, not a commitment of the list nor one grouped event."""
    assert len([e for e in held(text, "en", "2024-12-16") if e.type == "agreement"]) == documents


def test_the_lead_of_a_signed_list_lends_its_witnesses() -> None:
    """`… exchanged in the presence of the two leaders:` over the items: each item's signing has the leaders of the
    talks before it."""
    text = ("Prime Minister Narendra Modi held talks with President Mohamed Muizzu at Hyderabad House today. After the "
            "talks, the following documents were exchanged in the presence of the two leaders:\n"
            "(i) MoU on Digital Public Infrastructure, signed by Foreign Secretary Vikram Misri and Ambassador Ibrahim "
            "Shaheeb.\n(ii) Agreement on Currency Swap, signed by Governor Shaktikanta Das and Governor Ahmed "
            "Munawar.\n")
    signings = [e for e in held(text, "en", "2024-10-07") if e.type == "agreement"]
    assert len(signings) == 2 and all("Narendra Modi" in [d.name for d in e.delegates] for e in signings)


@pytest.mark.parametrize(("text", "published", "side"), [
    ("□ 안덕근 장관은 3.4.(월) 서울에서 로저 쿡(Roger Cook) 서호주 총리와 면담하였다.", "2024-03-05", "AUS"),
    ("□ 이창양 장관은 5.2.(화) 서울에서 피터 말리나우스카스(Peter Malinauskas) 남호주 총리와 면담하였다.",
     "2023-05-03", "AUS"),
])
def test_a_states_premier_is_of_its_country(text: str, published: str, side: str) -> None:
    """`서호주 총리`: an Australian state's premier is Australia's side (records.md rule 8)."""
    assert [side in e.participants for e in held(text, "ko", published)] == [True]


@pytest.mark.parametrize(("text", "published", "listed"), [
    ("□ 안덕근 장관은 3.4.(월) 서울에서 로저 쿡(Roger Cook) 서호주 총리와 면담하였다.\n\n【 면담 개요 】\n"
     " ◈ 참석자 : (한국) 안덕근 장관, 이승렬 산업정책실장 등\n"
     "            (호주) 로저 쿡 서호주 총리, 제프 로빈슨(Jeff Robinson) 주한호주대사 등\n", "2024-03-05",
     "제프 로빈슨"),
    ("□ 정인교 본부장은 6.3.(월) 서울에서 돈 패럴(Don Farrell) 호주 통상장관과 회담하였다.\n\n"
     " ◈ 참석자 : (한국) 정인교 본부장, 윤창렬 통상정책국장 등\n"
     "            (호주) 돈 패럴 통상장관, 데이비드 스미스(David Smith) 통상부 차관보 등\n", "2024-06-04",
     "데이비드 스미스"),
])
def test_an_attendee_header_with_its_first_side_on_one_line(text: str, published: str, listed: str) -> None:
    """`◈ 참석자 : (한국) A, B 등` and the next line `(호주) C, D 등`: the header and the first side share a line; the
    line below that opens with a side's label is of the same list, and the minister who leads is still a head."""
    found = held(text, "ko", published)
    assert [listed in [d.name for d in e.delegates] for e in found] == [True]
    assert all(d.head for e in found for d in e.delegates if d.name in ("안덕근", "정인교"))


@pytest.mark.parametrize(("text", "published", "launched"), [
    ("Trade ministers of the two countries met in Canberra on Monday to launch the Australia-India Critical Minerals "
     "Investment Partnership.", "2024-03-12", "Australia-India Critical Minerals Investment Partnership"),
    ("Officials of the two governments met virtually on Thursday to formally launch the U.S.-Kenya Strategic Trade "
     "and Investment Partnership.", "2022-07-15", "U.S.-Kenya Strategic Trade and Investment Partnership"),
])
def test_a_meeting_held_to_launch(text: str, published: str, launched: str) -> None:
    """`met on Tuesday to launch the X`: the meeting held for the launch did it; the launch is held too."""
    assert launched in [e.name for e in held(text, "en", published) if e.type == "launch"]


def test_a_meeting_to_launch_ahead_launches_nothing() -> None:  # (a guard)
    """Guard: `will meet next month to launch the X`: neither is held."""
    text = "The ministers will meet in Canberra next month to launch the Critical Minerals Investment Partnership."
    assert not [e for e in held(text, "en", "2024-03-12") if e.type == "launch"]


@pytest.mark.parametrize(("text", "published"), [
    ("Today in Seoul, Trade Minister Ahn Duk-geun and Indonesia's Minister of Trade Zulkifli Hasan concluded "
     "negotiations for a Comprehensive Economic Partnership Agreement.", "2024-03-12"),
    ("Today in Canberra, Trade Minister Don Farrell and UAE Minister of State for Foreign Trade Thani bin Ahmed Al "
     "Zeyoudi concluded negotiations for a Comprehensive Economic Partnership Agreement.", "2024-10-08"),
])
def test_negotiations_concluded_on_a_deal_are_the_deal(text: str, published: str) -> None:
    """`concluded negotiations for a Digital Trade Agreement`: the deal reached (an agreement), no meeting of its own
    beside it."""
    assert [e.type for e in held(text, "en", published)] == ["agreement"]
