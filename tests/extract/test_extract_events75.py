"""Round 75: Korean releases with Central Asia, Southeast Asia, Latin America, the Gulf and North Africa. Sentences
written for these tests (real public facts or plausible ones, our own wording; none from the corpus), each failing
before its rule (at 5827ce42) unless marked a guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


@pytest.mark.parametrize(("text", "published", "names"), [
    ("□ 안덕근 산업통상자원부 장관은 9.17.(화) 리야드에서 칼리드 알팔리 사우디 투자부 장관과 회담을 가졌다.\n\n"
     "□ 이날 양 장관은 △수소 협력 양해각서 △전력망 협력 업무협약 △스마트시티 협력 약정 등 3건의 문서 서명식에 "
     "임석하였다.", "2024-09-18", ["수소 협력 양해각서", "전력망 협력 업무협약", "스마트시티 협력 약정"]),
    ("한덕수 국무총리는 12일 하노이에서 팜 민 찐 베트남 총리와 회담을 가졌다. 회담 뒤에는 두 총리가 참석한 가운데 "
     "'원전 인력 양성', '핵심광물 공급망' 등 양해각서(MOU) 2건이 서명됐다.", "2024-06-13",
     ["원전 인력 양성 양해각서", "핵심광물 공급망 양해각서"]),
])
def test_each_document_of_a_counted_set_named_in_full_is_a_signing(text: str, published: str,
                                                                 names: list[str]) -> None:
    """`△A 업무협약 △B 업무협약 등 2건의 업무협약`, `'A', 'B' 등 양해각서 2건이 서명됐다`: every member of the set is
    named, as many as the count: each document is a signing of its own (records.md rule 1)."""
    signed = [e.name for e in held(text, "ko", published) if e.type == "agreement"]
    assert signed == names


def test_a_set_named_by_examples_only_stays_one_signing() -> None:
    """Guard: `수소 협력 양해각서를 비롯해 모두 12건의 협정과 양해각서에 서명`: the set is told by an example, one
    signing of the set."""
    text = ("윤석열 대통령과 무함마드 빈 살만 왕세자는 17일 서울에서 회담을 가진 뒤 '수소 협력 양해각서'를 비롯해 "
            "모두 12건의 협정과 양해각서에 서명했다.")
    assert [e.type for e in held(text, "ko", "2022-11-18")].count("agreement") == 1


@pytest.mark.parametrize(("text", "published"), [
    ("산업통상자원부 보도자료\n\n걸프 협력, 카타르로 넓힌다\n- 16년 만의 한-카타르 통상장관 회담…투자협력 약정 "
     "서명 -\n\n□ 산업통상자원부 정인교 통상교섭본부장은 9.3.(화) 서울 롯데호텔에서 모하메드 빈 하마드 알 타니"
     "(Mohammed bin Hamad Al Thani) 카타르 통상산업부 장관과 「한-카타르 통상장관 회담」을 개최하였다.\n ㅇ 양국 간 "
     "통상장관 회담이 열린 것은 16년 만이다.", "2024-09-04"),
    ("산업통상자원부 보도자료\n\n중남미 협력 확대\n- 9년 만의 한-페루 통상장관 회담…공급망 협력 약정 서명 -\n\n"
     "□ 산업통상자원부 안덕근 통상교섭본부장은 5.16.(화) 서울 신라호텔에서 후안 카를로스 마티우스(Juan Carlos "
     "Mathews) 페루 통상관광부 장관과 「한-페루 통상장관 회담」을 개최하였다.", "2023-05-17"),
])
def test_the_parties_of_a_meetings_name_are_no_person(text: str, published: str) -> None:
    """`「한-바레인 통상장관 회담」`: `한-바레인` before a title names the meeting's two parties, not a person."""
    meetings = [e for e in held(text, "ko", published) if e.type == "dialogue"]
    assert meetings and len({d.name for d in meetings[0].delegates}) == 2
    assert not any("-" in d.name for d in meetings[0].delegates)


@pytest.mark.parametrize(("text", "published"), [
    ("□ 안덕근 장관은 5.13.(토) 서울에서 압둘라 빈 아델 파크로(Abdulla bin Adel Fakhro) 바레인 산업통상부 장관과 "
     "회담을 개최하였다.\n\n□ 회담 직후 안 장관과 "
     "파크로 장관은 무역투자촉진프레임워크에 서명하였다.\n\n□ 이날 두 장관은 △관광 교류 업무협약 △스마트팜 협력 "
     "업무협약 등 2건의 업무협약 체결식에도 임석하였다.", "2023-05-14"),
    ("□ 정인교 본부장은 3.5.(화) 서울에서 응우옌 홍 디엔 베트남 산업무역부 장관과 회담을 가졌다.\n\n□ 회담 후 "
     "정 본부장과 디엔 장관은 디지털 무역 협력 약정에 서명하였다.\n\n□ 아울러 양 장관은 △녹색 해운 업무협약 "
     "△데이터 교류 업무협약 등 2건의 업무협약 체결식에 참석하였다.", "2024-03-06"),
])
def test_the_two_ministers_are_the_two_named_before(text: str, published: str) -> None:
    """`이날 두 장관은 … 체결식에도 임석하였다`: the documents signed before the two ministers (each its own signing)
    have the two people the text named as ministers before."""
    events = held(text, "ko", published)
    assert [e.type for e in events].count("agreement") == 3  # (the framework and the two documents of the set)
    for e in events:
        assert len({d.country for d in e.delegates}) == 2, e.name


def test_the_two_ministers_are_not_the_leaders_named_before() -> None:
    """Guard: `양 장관은 회담 직후 …에 서명` after a sentence naming the two leaders: the ministers, not the leaders."""
    text = ("방문규 산업통상자원부 장관은 12일 암스테르담에서 미키 아드리안선스 네덜란드 대외무역개발협력부 장관과 "
            "산업장관회담을 개최하였다. 이번 회담은 윤석열 대통령과 마르크 뤼터 총리 간 정상회담 계기에 열렸다.\n\n"
            "□ 양 장관은 회담 직후 「한-네덜란드 반도체 협력 양해각서」에 서명하였다.")
    signing = [e for e in held(text, "ko", "2023-12-13") if e.type == "agreement"]
    assert signing and {d.name for d in signing[0].delegates} == {"방문규", "미키 아드리안선스"}


@pytest.mark.parametrize(("text", "published"), [
    ("TASHKENT, May 9 -- The 12th Korea-Uzbekistan Joint Committee on Trade was held in Tashkent on Friday, "
     "co-chaired by Vice Minister Park Yoon-joo and Deputy Minister Laziz Kudratov. The two co-chairs signed the "
     "Agreed Minutes at the end of the session.", "2025-05-10"),
    ("JAKARTA, Nov 3 -- Officials of Japan and Indonesia signed a Record of Discussion on a railway project in "
     "Jakarta on Monday.", "2025-11-04"),
])
def test_agreed_minutes_signed_are_an_agreement(text: str, published: str) -> None:
    """`signed the Agreed Minutes`, `a Record of Discussion`: a joint commission's signed record is a document signed,
    as `합의의사록` is."""
    assert "agreement" in [e.type for e in held(text, "en", published)]


@pytest.mark.parametrize(("text", "name"), [
    ("최상목 부총리는 9일 서울에서 자밀 아흐메드 파키스탄 중앙은행장과 면담을 가졌다.", "자밀 아흐메드"),
    ("안덕근 장관은 3일 라힘베르디 젭바로프 투르크메니스탄 대외경제은행장과 공동위원회를 화상으로 개최하였다.",
     "라힘베르디 젭바로프"),
])
def test_a_bank_head_is_titled(text: str, name: str) -> None:
    """`대외경제은행장`, `중앙은행장`: the head of a state bank, a delegate by the title after the name."""
    names = {d.name for e in held(text, "ko", "2024-06-10") for d in e.delegates}
    assert name in names


@pytest.mark.parametrize("text", [
    "방문규 장관은 12일 서울에서 그레이스 푸 싱가포르 지속가능환경부 장관과 회담을 갖고 EU 탄소국경조정제도와 미국 "
    "인플레이션감축법 대응 방안을 논의했다.",
    "안덕근 장관은 5일 서울에서 왕원타오 중국 상무부장과 회담을 갖고 일본의 경제안전보장추진법 시행에 따른 공급망 "
    "영향을 논의했다.",
])
def test_a_countrys_law_names_no_party(text: str) -> None:
    """`미국 인플레이션 감축법(IRA)`, `일본의 경제안전보장추진법`: a country's law is what they talked about."""
    events = held(text, "ko", "2023-07-12")
    assert events and not {"USA", "JPN"} & set(events[0].participants)
