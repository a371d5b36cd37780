"""Delegates from the text, round 11 (issue #16): title classes, name boundaries and sides, each rule on sentences
written for these tests (none is a corpus document), every one failing on the code before it (main at abdde07)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, source: str | None = None) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published, source) for d in e.delegates}


def _names(text: str, lang: str, published: str, source: str | None = None) -> set[str]:
    return {name for name, _ in _people(text, lang, published, source)}


# ------------------------------------------------------------------ Korean: `국무상` is a minister's title

# A British Minister of State is `국무상` in Korean translations, like `외무상`, `방위상`: the word closes a title run
# (`영국 외교부 아시아 담당 국무상`), so the glossed name before it is a delegate of that side.
def test_minister_of_state_is_a_korean_title() -> None:
    text = ("나이절 애덤스(Nigel Adams) 영국 외교부 아시아 담당 국무상이 9일 서울에서 최종건 외교부 제1차관과 "
            "회담을 갖고 기후변화 대응 협력을 논의했다.")
    assert ("나이절 애덤스", "GBR") in _people(text, "ko", "2021-06-10")
    text = ("캐서린 웨스트(Catherine West) 영국 인도태평양 담당 국무상은 14일 자카르타에서 인도네시아 외교차관과 "
            "면담했다.")
    assert ("캐서린 웨스트", "GBR") in _people(text, "ko", "2025-01-15")


# ------------------------------------------------------------------ Korean: a headline's pair of people

# `A 대통령-B 서기장 회담`: two people joined by a hyphen after the first one's title; the second name begins after
# the hyphen, the title before it is no name word (`이 대통령-또 럼` is not a person).
def test_a_hyphen_after_a_title_begins_the_second_name() -> None:
    text = ("최 부총리-아르자노프 장관 면담…에너지 협력 논의\n\n최상목 부총리는 5일 세르게이 아르자노프 카자흐스탄 "
            "재무장관과 면담했다.")
    names = _names(text, "ko", "2024-09-06")
    assert not any("-" in n or "부총리" in n for n in names)
    text = ("문 대통령-팜 민 찐 총리 정상회담\n\n문재인 대통령은 23일 청와대에서 팜 민 찐 베트남 총리와 정상회담을 "
            "가졌다.")
    names = _names(text, "ko", "2021-11-24")
    assert "팜 민 찐" in names and not any("대통령" in n for n in names)


# ------------------------------------------------------------------ Korean: `말레이`, the short form of Malaysia

# Wire headlines shorten 말레이시아 to 말레이 (`한-말레이 FTA`, `말레이 총리`): a country word,
# never a name's last word.
def test_malaysia_short_form_is_a_country() -> None:
    text = ("윤 대통령, 이스마일 말레이 총리와 회담\n\n윤석열 대통령은 15일 이스마일 사브리 야콥 말레이시아 총리와 "
            "정상회담을 가졌다.")
    assert not any(n.endswith("말레이") for n in _names(text, "ko", "2022-11-16"))
    text = "한덕수 국무총리는 8일 쿠알라룸푸르에서 자프룰 말레이 투자통상산업부 장관과 면담했다."
    assert not any(n.endswith("말레이") for n in _names(text, "ko", "2024-05-09"))


# ------------------------------------------------------------------ English: a peer's style is part of the name

# `the Foreign Secretary, Lord Ashdown,`, `Baroness Hayter`: a peer is named by the style and one name; the model's
# span without the style is one word, which alone is no delegate.
def test_a_peer_is_named_with_the_style() -> None:
    text = ("In Nairobi on 12 March, the Foreign Secretary, Lord Ashdown, met Kenya's Cabinet Secretary for Foreign "
            "Affairs Musalia Mudavadi to discuss trade and climate finance.")
    assert ("Lord Ashdown", "GBR") in _people(text, "en", "2025-03-13", source="gov.uk")
    text = ("Trade Minister Baroness Hayter co-chaired the UK-Chile Joint Economic and Trade Committee in Santiago "
            "on Monday with Chile's Undersecretary of International Economic Relations Claudia Sanhueza.")
    assert "Baroness Hayter" in _names(text, "en", "2025-06-17", source="gov.uk")


def test_lord_mayor_is_a_title_not_a_peer() -> None:
    text = ("The Lord Mayor of London Alastair King met Singapore's Minister for Trade Gan Kim Yong in Singapore on "
            "Tuesday to promote financial services cooperation.")
    assert not any(n.startswith("Lord") for n in _names(text, "en", "2025-02-12", source="gov.uk"))


# ------------------------------------------------------------------ English: one person's two titles

# `X's Deputy Prime Minister and Foreign Minister Y`: `and` between a title's last word and another title word joins
# one person's offices; the person's phrase runs on to the country before the first title.
def test_and_between_two_titles_keeps_the_country() -> None:
    text = ("On Monday, Secretary Marco Rubio and Vietnam's Deputy Prime Minister and Foreign Minister Bui Thanh Son "
            "held talks in Washington on trade and maritime security.")
    assert ("Bui Thanh Son", "VNM") in _people(text, "en", "2025-04-15", source="us.state")
    text = ("Minister Penny Wong and Kazakhstan's Deputy Prime Minister and Minister of Foreign Affairs Yermek "
            "Kosherbayev co-chaired the first Australia-Kazakhstan Strategic Dialogue in Canberra today.")
    assert ("Yermek Kosherbayev", "KAZ") in _people(text, "en", "2025-08-20", source="dfat.gov.au")


# ------------------------------------------------------------------ English: a list under a side introducer

# `From the German side, A, …, and B, …, attended.`: every person of the clause after the introducer is of that side
# (not the publisher's by default), until another introducer.
def test_side_introducer_gives_the_list_its_side() -> None:
    text = ("On March 3, Prime Minister Mark Carney and President Javier Milei co-chaired the first "
            "Canada-Argentina Leaders' Dialogue in Ottawa. From the Argentine side, Ms. Diana Mondino, Minister of "
            "Foreign Affairs, and Mr. Luis Caputo, Minister of Economy, attended.")
    people = _people(text, "en", "2025-03-04", source="ca.pm")
    assert {("Diana Mondino", "ARG"), ("Luis Caputo", "ARG")} <= people
    text = ("On 9 May, Mr. ISHIBA Shigeru, Prime Minister of Japan, and H.E. Mr. Luiz Inácio Lula da Silva, "
            "President of Brazil, held a summit meeting in Tokyo. From the Brazilian side, H.E. Mr. Mauro Vieira, "
            "Minister of Foreign Relations, and H.E. Mr. Fernando Haddad, Minister of Finance, attended.")
    people = _people(text, "en", "2025-05-09", source="jp.mofa")
    assert {("Mauro Vieira", "BRA"), ("Fernando Haddad", "BRA")} <= people



# `The Secretary and Foreign Minister X held talks`: `the` before the first title makes it a person referred to by
# title, so the `and` is between two people and X's title is only `Foreign Minister`.
def test_the_title_and_another_title_are_two_people() -> None:
    text = ("Secretary of State Marco Rubio arrived in Jakarta on Monday. The Secretary and Foreign Minister Retno "
            "Marsudi held talks at the Ministry of Foreign Affairs on Tuesday.")
    roles = {d.name: d.role for e in _held(text, "en", "2024-06-11", "us.state") for d in e.delegates}
    assert roles.get("Retno Marsudi") == "Foreign Minister"
    text = ("Prime Minister Christopher Luxon arrived in Hanoi on Monday. The Prime Minister and Deputy Prime Minister "
            "Tran Hong Ha held talks on Tuesday.")
    roles = {d.name: d.role for e in _held(text, "en", "2024-08-13", "beehive.govt.nz") for d in e.delegates}
    assert roles.get("Tran Hong Ha") == "Deputy Prime Minister"
