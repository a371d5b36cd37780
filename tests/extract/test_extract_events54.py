"""Round 54: documents signed, their kinds and revisions. Sentences written for these tests (real public facts or
plausible ones, our own wording; none from the corpus), each failing before its rule (at 3b8ca4f) unless marked a
guard."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held


def _found(text: str, lang: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(e.type, str(e.date), e.name) for e in held(text, lang, published)]


@pytest.mark.parametrize(("text", "published", "day"), [
    ("한국과 몽골은 15일 울란바토르에서 제3차 한-몽골 경제공동위원회를 열고, 회의 결과를 담은 합의의사록에 서명했다.",
     "2024-05-16", "2024-05-15"),
    ("□ 한국과 페루는 9.11.(수) 리마에서 제5차 한-페루 경제공동위원회를 개최하였다.\n ㅇ 양국 장관은 회의를 마친 뒤 "
     "합의의사록에 서명하였다.", "2024-09-11", "2024-09-11"),
])
def test_agreed_minutes_signed_are_an_agreement(text: str, published: str, day: str) -> None:
    """`합의의사록에 서명`: the agreed minutes of a joint commission are a document signed (records.md rule 1), named
    without the time word of the act before (`마친 뒤`)."""
    assert ("agreement", day, "합의의사록") in _found(text, "ko", published)


@pytest.mark.parametrize(("text", "published", "name"), [
    ("한국과 인도네시아는 20일 자카르타에서 양국 간 항공협정 개정본에 서명했다.", "2023-03-21",
     "양국 간 항공협정 개정본"),
    ("산업부 차관은 12일 하노이에서 베트남 산업무역부 차관과 만나 에너지 협력 양해각서(MOU) 수정본에 서명했다.",
     "2023-04-12", "에너지 협력 양해각서(MOU) 수정본"),
])
def test_a_revised_text_of_a_document_is_that_document_signed(text: str, published: str, name: str) -> None:
    """`X 개정본에 서명`, `X 수정본에 서명`: the revised text of an agreement is an agreement signed."""
    assert [n for t, _, n in _found(text, "ko", published) if t == "agreement"] == [name]


def test_a_bill_revised_is_no_document() -> None:
    """Guard: `법 개정안에 서명` is a domestic law, no agreement head under the revision."""
    assert _found("대통령은 12일 관세법 개정안에 서명했다.", "ko", "2023-04-12") == []


@pytest.mark.parametrize(("text", "published", "names"), [
    ("Today in Canberra, Trade Minister Don Farrell and Singapore's Minister Gan Kim Yong signed the "
     "Australia-Singapore Green Economy Agreement. On the same occasion, the two ministers signed the "
     "Australia-Singapore Digital Trade Principles, a first step towards a wider accord.", "2022-10-18",
     ["Australia-Singapore Green Economy Agreement", "Australia-Singapore Digital Trade Principles"]),
    ("The United Kingdom and Japan signed the UK-Japan Principles on Trusted Data Flows in London on Tuesday.",
     "2023-05-18", ["UK-Japan Principles on Trusted Data Flows"]),
    ("Senegal on Thursday signed the Artemis Accords, a set of US-led principles for exploring the Moon.",
     "2025-07-25", ["Artemis Accords"]),
])
def test_principles_and_accords_signed_are_documents(text: str, published: str, names: list[str]) -> None:
    """`signed the X Principles`, `signed the Artemis Accords`: a set of principles signed is a document, named before
    an apposition (`, a first step towards a wider accord`); a document of another kind signed the same day is a
    second agreement though the names share words (`Green Economy Agreement`, `Digital Trade Principles`)."""
    assert [n for t, _, n in _found(text, "en", published) if t == "agreement"] == names


def test_principles_discussed_are_no_document() -> None:
    """Guard: principles talked about, not signed, are no agreement."""
    assert _found("The ministers exchanged views on the principles of free and fair trade in Jakarta on Monday.", "en",
                  "2023-05-16") == []


@pytest.mark.parametrize(("text", "published"), [
    ("Canberra has concluded such arrangements with Japan, India and France, officials said on Monday.", "2023-05-16"),
    ("Tokyo has signed such a pact with Washington and London, the ministry said on Friday.", "2023-05-19"),
])
def test_such_documents_are_a_kind_not_an_event(text: str, published: str) -> None:
    """`has concluded such arrangements with X, Y and Z`: `such` names a kind of document, none signed that day (the
    second was read so before)."""
    assert _found(text, "en", published) == []


@pytest.mark.parametrize(("text", "published", "person"), [
    ("Minister of Mining Aurora Williams signs revised cooperation memorandum in Tokyo\n\nTokyo, 14 June 2024\n\n"
     "Chile's mining minister signed a revised memorandum with Japan's industry ministry today.", "2024-06-14",
     "Aurora Williams"),
    ("Minister of Petroleum Hardeep Singh Puri met Qatar's Minister of State for Energy Affairs Saad al-Kaabi in Doha "
     "on Monday.", "2024-02-13", "Hardeep Singh Puri"),
])
def test_a_portfolio_word_ends_the_title_before_the_name(text: str, published: str, person: str) -> None:
    """`Minister of Mining Aurora Williams`, `Minister of Petroleum Hardeep Singh Puri`: a portfolio's word (data:
    `portfolio_words`) is the title's, never the name's."""
    names = [d.name for e in held(text, "en", published) for d in e.delegates]
    assert person in names


_LISTED = ("Indonesia's trade minister wraps up visit to Canberra\n\nCanberra, 9 March 2023\n\nIndonesia's Minister of "
           "Trade, Zulkifli Hasan, today concluded a two-day visit to Australia. During his stay in Canberra the "
           "Minister also held the following meetings:\n1. with the Minister for Trade and Tourism, Don Farrell, with "
           "whom he reviewed the Indonesia-Australia CEPA;\n2. with the Minister for Resources, Madeleine King, to "
           "discuss battery supply chains.")
_LISTED_LETTERS = ("Viet Nam's deputy foreign minister in Ottawa\n\nOttawa, 14 May 2024\n\nDuring her visit to Canada "
                   "the Deputy Minister held the following meetings:\na) with the Deputy Minister of Foreign Affairs, "
                   "David Morrison, on trade and education;\nb) with the Parliamentary Secretary, Rob Oliphant, on "
                   "people-to-people ties.")


@pytest.mark.parametrize(("text", "published", "people"), [
    (_LISTED, "2023-03-09", [["Don Farrell"], ["Madeleine King"]]),
    (_LISTED_LETTERS, "2024-05-14", [["David Morrison"], ["Rob Oliphant"]]),
])
def test_numbered_items_of_meetings_are_meetings_of_their_own(text: str, published: str,
                                                              people: list[list[str]]) -> None:
    """`held the following meetings:` then `1. with Minister X, …;` `2. with Minister Y, …`: each item (its mark cut
    off as a sentence of its own) is a meeting with its person, none a heading of the next; during a stay they
    happened on some day of it (records.md rule 6: no date)."""
    found = [e for e in held(text, "en", published) if e.type == "dialogue"]
    assert [[d.name for d in e.delegates if d.name in sum(people, [])] for e in found] == people
    assert [e.date for e in found] == [None, None]


def test_a_numbered_paragraph_after_a_list_is_no_item() -> None:
    """Guard: `5.` cut off before a paragraph that does not open with `with` ends the list."""
    text = ("Jeju, 17 May 2025\n\nOn the sidelines of the meeting, the Minister held the following bilateral "
            "meetings:\n• with Minister Ahn Duk-geun on 15 May, on semiconductors;\n\n5. Minister Tengku Zafrul said "
            "the outcomes would feed into the ASEAN Summit in Kuala Lumpur on 26 May 2025.")
    assert [str(e.date) for e in held(text, "en", "2025-05-17")] == ["2025-05-15"]


_IN_TURN_LABELLED = (
    "산업통상자원부 장관, APEC 통상장관회의 계기 연쇄 "
    "양자회담\n\n□ 안덕근 산업통상자원부 장관은 5.15.(수) 페루 아레키파에서 "
    "APEC 통상장관회의에 참석한 칠레, 뉴질랜드, 태국 등의 통상장관들과 잇따라 양자회담을 갖고 공급망 협력 방안을 "
    "논의하였다.\n\n□ (한-칠레) 안 장관은 칠레 측이 한-칠레 FTA 개선협상에 적극 나서 준 데 대해 사의를 표하였다.\n\n"
    "□ (한-뉴질랜드) 안 장관과 토드 매클레이 뉴질랜드 통상장관은 양국 간 핵심광물 협력을 강화해 나가기로 하였다.\n\n"
    "□ (한-태국) 안 장관은 태국 상무장관과 면담을 갖고 경제동반자협정(EPA) 협상 가속화 방안을 협의하였다.")
_SERIES_NAMED_LABELLED = (
    "외교부 제1차관, 뮌헨안보회의 계기 연쇄 회담\n\n□ 조현동 외교부 제1차관은 2.18.(토) 독일 뮌헨에서 뮌헨안보회의에 "
    "참석 중인 폴란드, 리투아니아 외교차관과 연쇄 회담을 갖고 우크라이나 재건 협력 방안을 논의하였다.\n"
    "  ㅇ 뮌헨안보회의는 2.17.(금)~19.(일) 개최되고 "
    "있다.\n\n□ (한-폴란드) 조 차관은 폴란드가 우리 방산업체와 맺은 계약이 "
    "차질 없이 이행되고 있는 것을 평가하였다.\n\n□ "
    "(한-리투아니아) 양측은 반도체 공급망 분야에서 협력을 확대해 나가기로 "
    "하였다.")


@pytest.mark.parametrize(("text", "published", "day", "sides"), [
    (_IN_TURN_LABELLED, "2024-05-16", "2024-05-15", ["CHL", "NZL", "THA"]),
    (_SERIES_NAMED_LABELLED, "2023-02-19", "2023-02-18", ["POL", "LTU"]),
])
def test_paragraphs_labelled_with_a_pair_after_meetings_in_turn_are_the_meetings(
        text: str, published: str, day: str, sides: list[str]) -> None:
    """`A, B, C 등의 장관들과 잇따라 양자회담을 갖고` (or `연쇄 회담을 갖고`, the cue opening the name) over paragraphs
    `□ (한-A) …`: each paragraph labelled with a pair tells the meeting with that side, on the lead's day, with or
    without a meeting word of its own (`사의를 표하였다`, `면담을 갖고`), not the day of an aside between them."""
    found = [e for e in held(text, "ko", published) if e.type == "dialogue" and len(e.participants) == 2]
    assert sorted((str(e.date), next(p for p in e.participants if p != "KOR")) for e in found) == sorted(
        (day, s) for s in sides)


def test_a_gathering_only_modifying_the_people_met_is_their_host() -> None:
    """`APEC 통상장관회의 계기 연쇄 양자회담` over `APEC 통상장관회의에 참석한 A, B 장관들과 잇따라 양자회담을
    갖고`: the gathering named as the occasion and told only in a modifier of the people met is the host gathering,
    mentioned (records.md rule 4)."""
    assert [e.name for e in held(_IN_TURN_LABELLED, "ko", "2024-05-16") if e.name and "APEC" in e.name] == []


def test_labelled_paragraphs_with_no_meetings_in_turn_add_nothing() -> None:
    """Guard: pair labels under one meeting (no meetings in turn) are topics of that meeting."""
    text = ("□ 외교부는 3.2.(목) 서울에서 한-미 정책협의회를 개최하였다.\n\n"
            "□ (한-미) 양측은 공급망 협력을 강화해 나가기로 하였다.\n\n□ (한-일) 양측은 일본과의 협력도 논의하였다.")
    assert [e.name for e in held(text, "ko", "2023-03-02")] == ["한-미 정책협의회"]


@pytest.mark.parametrize(("text", "lang", "published", "party"), [
    ("Brussels, 1 February 2023\n\nToday in Brussels, the two ministers signed the EU-Singapore Digital "
     "Partnership.", "en", "2023-02-01", "SGP"),
    ("□ 산업통상자원부는 5일 서울에서 제2차 한-싱가포르 공급망 대화를 개최하였다.", "ko", "2024-03-05", "SGP"),
])
def test_a_city_state_joined_to_a_pair_is_the_state(text: str, lang: str, published: str, party: str) -> None:
    """`EU-Singapore`, `한-싱가포르`: a city-state's name joined by a hyphen to another side is a party, not a place."""
    found = held(text, lang, published)
    assert [party in e.participants for e in found] == [True]
    assert found[0].location.city != "Singapore"


@pytest.mark.parametrize(("text", "published", "absent"), [
    ("□ 산업통상자원부 1차관은 6일 하노이에서 베트남 산업무역부 차관과 면담을 가졌다.\n"
     "  ㅇ 이번 면담은 같은 날 하노이에서 열린 한덕수 국무총리와 팜 민 찐 베트남 총리 간 총리회담을 계기로 "
     "이뤄졌다.", "2023-09-07", {"한덕수", "팜 민 찐"}),
    ("□ 농림축산식품부 장관은 10일 캔버라에서 머리 와트 호주 농업장관과 회담했다.\n"
     "  ㅇ 회담은 전날 캔버라에서 개최된 앤서니 앨버니지 총리와 윤석열 대통령 간 정상회담을 계기로 "
     "마련되었다.", "2023-04-11", {"앤서니 앨버니지", "윤석열"}),
])
def test_people_of_a_host_gathering_held_are_not_the_meetings(text: str, published: str, absent: set[str]) -> None:
    """`같은 날 하노이에서 열린 A와 B 간 총리회담을 계기로`: the people named in the phrase of a gathering held, named
    as the occasion, are that gathering's, not the delegates of the meeting beside it."""
    assert not absent & {d.name for e in held(text, "ko", published) for d in e.delegates}


@pytest.mark.parametrize(("text", "published", "people"), [
    ("□ 한국과 몽골은 9.14.(목) 울란바토르에서 「제2차 한-몽골 경제부총리회의」를 개최하였다.\n"
     "  ㅇ 이번 회의에는 최상목 부총리 겸 기획재정부 장관과 찬드 몽골 부총리가 수석대표로 참석하였다.\n"
     "□ 양국 부총리는 회의를 마친 뒤 합의의사록에 서명하였다.", "2023-09-15", ["최상목", "찬드"]),
    ("□ 안덕근 산업통상자원부 장관은 3일 서울에서 라이너 하젤로프 독일 경제장관과 회담을 가졌다.\n"
     "□ 한편 이날 오후 양국 장관은 별도 행사에서 수소 협력 양해각서에 서명하였다.", "2024-07-04",
     ["안덕근", "라이너 하젤로프"]),
])
def test_both_countries_officials_who_sign_are_the_meetings(text: str, published: str, people: list[str]) -> None:
    """`양국 부총리는 … 합의의사록에 서명하였다`, `양국 장관은 … 서명하였다`: the signers referred to by their office
    with `양국` are the people of that office at the day's meeting."""
    signing = [e for e in held(text, "ko", published) if e.type == "agreement"]
    assert [[d.name for d in e.delegates] for e in signing] == [people]


@pytest.mark.parametrize(("text", "published", "city"), [
    ("과기정통부 차관, 인도네시아 통신정보부 차관과 면담\n\n□ 개요\n  ○ 일시·장소: 2023. 6. 8.(목), 자카르타\n"
     "  ○ 참석: (우리측) 박윤규 제2차관 / (인니측) 네자르 파트리아 차관\n\n"
     "□ 박윤규 제2차관은 6월 8일(목) 네자르 파트리아 인도네시아 통신정보부 차관과 면담을 가졌다.", "2023-06-09",
     "Jakarta"),
    ("□ 개요\n  - 일시 및 장소: 2024. 3. 12.(화), 베를린\n\n"
     "□ 산업통상자원부 통상차관보는 3월 12일(화) 독일 경제기후보호부 국장과 국장급 협의를 개최하였다.", "2024-03-13",
     "Berlin"),
])
def test_an_outline_line_gives_the_place(text: str, published: str, city: str) -> None:
    """`○ 일시·장소: 2023. 6. 8.(목), 자카르타`: a release's outline line of day and place gives the city of the meeting
    of that day told with no place of its own."""
    assert [e.location.city for e in held(text, "ko", published)] == [city]


@pytest.mark.parametrize(("text", "published", "members"), [
    ("산업부 장관, 주한아세안대사단과 간담회\n\n□ 안덕근 산업통상자원부 장관은 4.2.(화) 서울에서 주한아세안대사단과 "
     "간담회를 열었다.\n  ※ 주한아세안대사단: 인도네시아·베트남·태국·필리핀·말레이시아 등 "
     "아세안 10개국 주한 대사들의 모임",
     "2024-04-02", {"IDN", "VNM", "THA", "PHL", "MYS"}),
    ("□ 외교부 제2차관은 5일 서울에서 주한태평양도서국대사단과 오찬 간담회를 가졌다.\n"
     "※ 주한태평양도서국대사단: 피지, 파푸아뉴기니, 솔로몬제도 등 태평양 도서국의 주한 대사들로 구성", "2023-07-06",
     {"FJI", "PNG", "SLB"}),
])
def test_members_of_a_body_met_listed_in_a_note_take_part(text: str, published: str, members: set[str]) -> None:
    """`주한X대사단과 간담회` with `※ 주한X대사단: A·B·C 등 …`: the members a note lists of the body met take part
    (records.md rule 8: the named ones of a partial list)."""
    assert [members <= set(e.participants) for e in held(text, "ko", published)] == [True]


def test_members_of_a_programme_noted_do_not_take_part() -> None:
    """Guard: a note listing the countries of a programme named in a document signed is not a body met."""
    text = ("□ 농림축산식품부 장관은 16일 프리타운에서 시에라리온 농업장관과 K-라이스벨트 협력 양해각서에 서명했다.\n"
            "※ K-라이스벨트: 가나, 감비아, 기니, 세네갈 등 아프리카 8개국에 다수확 벼 품종을 보급하는 사업")
    assert [e.participants for e in held(text, "ko", "2023-10-17")] == [["KOR", "SLE"]]
