"""Delegates from the text, round 8 (issue #16): who attended and for which side, read from the title or role
next to the name; each rule on sentences written for these tests (none is a corpus document), every one
failing on the code before it."""
from __future__ import annotations

from streams.publishers import home_country
from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, source: str | None = None) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published, source) for d in e.delegates}


# ------------------------------------------------------------------ the publisher's side

# A government beyond Korea, Japan and the US publishes too: its officials, named with a title and no country,
# are its own (`Trade Secretary X` on gov.uk), known from a `<cc>.<office>` source id or a government domain.
def test_a_government_publisher_beyond_kor_jpn_usa_names_its_own_officials() -> None:
    assert home_country("au.dfat", None) == "AUS"
    assert home_country(None, "https://www.gov.uk/government/news/x") == "GBR"
    assert home_country(None, "https://www.mea.gov.in/bilateral-documents.htm") == "IND"
    assert home_country(None, "https://pm.gc.ca/en/news") == "CAN"
    assert home_country("eu.eeas", None) == "EU"
    assert home_country("wire.pti", None) is None
    text = "Trade Secretary Oliver Grant signed the UK-Indonesia Investment Framework in Jakarta on 12 May."
    assert ("Oliver Grant", "GBR") in _people(text, "en", "2024-05-13", "uk.gov")
    text = ("Canada and Chile signed a critical minerals arrangement in Ottawa on 3 March. It was signed by "
            "Minister of Natural Resources Paul Gagnon at a ceremony hosted by Prime Minister Laura Bennett.")
    assert {("Paul Gagnon", "CAN"), ("Laura Bennett", "CAN")} <= _people(text, "en", "2024-03-04", "ca.pm")


# ------------------------------------------------------------------ English: the side from the person's phrase

# `<Country>'s Minister of Foreign Trade, Tourism and Industry X`: the commas and `and` of a title's portfolio list
# are inside the person's own phrase, so the country before the title is theirs (not the publisher's default).
def test_a_portfolio_list_inside_a_title_keeps_the_country_before_it() -> None:
    text = ("The European Union and Peru today signed a trade agreement in Lima. The agreement was signed by "
            "Commissioner for Trade Elena Marsh and Peru's Minister of Foreign Trade, Tourism and Industry "
            "Rosa Delgado at a ceremony.")
    assert ("Rosa Delgado", "PER") in _people(text, "en", "2024-06-05", "eu.commission")
    text = ("Australia and Vietnam signed an energy transition partnership in Canberra on 9 October. The "
            "partnership was signed by Vietnam's Minister of Industry and Trade Nguyen Van Binh at a ceremony "
            "hosted by Prime Minister Helen Baxter.")
    assert ("Nguyen Van Binh", "VNM") in _people(text, "en", "2024-10-10", "au.dfat")


# ------------------------------------------------------------------ English: name boundaries

# Honorifics are not part of a name (`Shri`, `Smt.` as well as `H.E.`, `Hon.`), and the name words closing a title
# win over a shorter span of the statistical model that took the honorific in and left the family name out.
def test_an_honorific_before_a_titled_name_is_stripped() -> None:
    text = ("Secretary of Commerce Laura Hayes held the fifth U.S.-India Infrastructure Dialogue in New Delhi on 4 "
            "March. Prime Minister Shri Rajesh Kumar also attended the meeting.")
    assert "Rajesh Kumar" in {name for name, _ in _people(text, "en", "2024-03-05", "us.commerce")}
    text = ("Minister of External Affairs Shri Arjun Patel met Foreign Minister Tomas Rivera of Chile in Santiago "
            "on 12 June.")
    assert ("Arjun Patel", "IND") in _people(text, "en", "2024-06-13", "in.mea")
    # after a portfolio's last word the model's span stands: `Economics` is the title's, not the name's
    text = ("Deputy National Security Advisor for International Economics Daleep Singh hosted the second "
            "U.S.-India Economic Security Dialogue in Washington on 8 May.")
    assert "Daleep Singh" in {name for name, _ in _people(text, "en", "2024-05-09", "us.state")}


# ------------------------------------------------------------------ Korean: who attended

# `이 회의에는 A와 B가 함께 자리했다`, `B 장관이 동석했다`: being present (`자리하다`, `동석하다`) is attendance.
def test_being_present_at_a_meeting_is_attendance() -> None:
    text = ("윤석열 대통령은 5일 자카르타에서 열린 제3차 한-인도네시아 경제협력위원회에 참석했다. 이 회의에는 "
            "조코 위도도 인도네시아 대통령과 아이르랑가 하르타르토 경제조정장관이 함께 자리했다.")
    assert {("조코 위도도", "IDN"), ("아이르랑가 하르타르토", "IDN")} <= _people(text, "ko", "2024-03-06")
    text = ("안덕근 산업통상자원부 장관은 12일 리마에서 제2차 한-페루 공급망 대화를 개최했다. 회의에는 "
            "로사 델가도 페루 통상관광부 장관이 동석했다.")
    assert ("로사 델가도", "PER") in _people(text, "ko", "2024-03-13")


# A transliterated name whose own phrase names no country, at an event of the publisher and one other party, is of
# that party, also when another of its delegates already named it (`A 재무장관, B 캐나다 국제통상부 장관과`).
def test_a_foreign_name_without_a_country_is_of_the_one_other_party() -> None:
    text = ("최상목 부총리는 10일 오타와에서 안덕근 산업통상자원부 장관과 함께 마크 브라운 재무장관, 줄리 앤더슨 "
            "캐나다 국제통상부 장관과 「한-캐나다 2+2 경제협의」를 개최하였다.")
    assert ("마크 브라운", "CAN") in _people(text, "ko", "2025-04-11", "kr.moef")
    text = ("조태열 외교부 장관은 3일 나이로비에서 무사리아 무투아 외교장관, 케냐 국방부 아덴 두알레 장관과 제1차 "
            "한-케냐 외교·국방 장관회의를 가졌다.")
    assert ("무사리아 무투아", "KEN") in _people(text, "ko", "2024-07-04", "kr.mofa")


# ------------------------------------------------------------------ Korean: name boundaries

# `에밀리 캠벨(Emily Campbell) …`: one word of a glossed longer name is that person, not the official whose surname
# it shares (the gazetteer only resolves spellings of the name the text gives).
def test_a_glossed_full_name_beats_an_official_of_the_same_surname() -> None:
    text = ("과기정통부는 3일 보스턴에서 한-미 바이오 협력센터 개소식을 가졌다. 개소식에는 김도윤 과기정통부 "
            "국장과 에밀리 캠벨(Emily Campbell) 미 에너지부 부차관보가 참석하였다.")
    assert "에밀리 캠벨" in {name for name, _ in _people(text, "ko", "2024-05-04", "kr.msit")}
    text = ("산업부는 8일 시카고에서 제2차 한-미 배터리 공급망 회의를 개최하였다. 회의에는 박지훈 산업부 "
            "국장과 토머스 러몬도(Thomas Raimondo) 미 상무부 국장이 참석하였다.")
    assert "토머스 러몬도" in {name for name, _ in _people(text, "ko", "2024-05-09", "kr.motie")}


# `X 공산당 서기장`, `Y 보수당 대표`: a party (a word ending in `당`, not `정당`) is an organisation in the person's
# title, never the last word of their name.
def test_a_political_party_ends_a_name() -> None:
    text = ("윤석열 대통령은 5일 하노이에서 보 반 민 국가주석과 정상회담을 가졌으며, 이어 쩐 반 훙 공산당 "
            "서기장, 레 티 투 국회의장과 차례로 면담하였다.")
    assert "쩐 반 훙" in {name for name, _ in _people(text, "ko", "2024-03-06", "kr.president")}
    text = "이재명 대통령은 9일 오타와에서 마크 카니 캐나다 총리와 회담한 데 이어 피에르 르블랑 보수당 대표와 면담했다."
    assert ("피에르 르블랑", "CAN") in _people(text, "ko", "2025-06-10", "kr.president")


# `hosted by Peru and chaired by its Minister for Foreign Trade and Tourism, X`: a title fronted before the name
# keeps its portfolio list, and `its`/`their` in it names the country the text just named.
def test_its_minister_is_of_the_country_named_before() -> None:
    text = ("The fourth Canada-Korea Economic Dialogue was held in Ottawa on 5 May. The meeting was hosted by Canada "
            "and opened by its Minister of International Trade, Julie Anderson.")
    assert ("Julie Anderson", "CAN") in _people(text, "en", "2024-05-06", "kr.mofa")
    text = ("Korea and Chile signed a lithium memorandum in Seoul on 2 April. It was signed by Minister Ahn Min-ho "
            "and by the Minister of Mining, Energy and Trade of Chile, Gabriel Morales.")
    roles = {(d.name, d.country, d.role) for e in _held(text, "en", "2024-04-03", "kr.motie") for d in e.delegates}
    assert ("Gabriel Morales", "CHL", "Minister of Mining, Energy and Trade of Chile") in roles


# `… Trade Secretary X Jr. The two secretaries …`: a name ends at a word with a full stop (not an honorific or an
# initial) when a new sentence follows, and a title's own name words win over a model span that ran past them.
def test_a_name_ends_at_a_suffix_before_a_new_sentence() -> None:
    text = ("Secretary Laura Hayes held talks in Manila on 4 March with Trade Secretary Alfredo Santos Jr. The two "
            "secretaries agreed to expand cooperation on critical minerals.")
    names = {name for name, _ in _people(text, "en", "2024-03-05", "us.commerce")}
    assert "Alfredo Santos Jr." in names and not any(n.endswith("The") for n in names)
    text = ("Minister Hayashi Kenta met Finance Secretary Ramon Villanueva Jr. Both sides agreed to hold the next "
            "meeting in Tokyo.")
    names = {name for name, _ in _people(text, "en", "2024-07-31", "jp.mofa")}
    assert "Ramon Villanueva Jr." in names


# `Tanzanian President Amina Mohamed Hassan and …`: when the statistical model cuts a transliterated name of three
# words short (`Amina Mohamed`), the capitalised name words right after its span belong to it, but never a title,
# a country, or the start of another capitalised run.
def test_the_name_words_after_a_short_model_span_belong_to_it() -> None:
    from datetime import date

    from extract.lang.en.people import _whole_name
    from extract.pipeline import run

    def widened(text: str, cut: str) -> str:
        view = run(text, "en", date(2024, 6, 5))._.readout.view
        a = text.index(cut)
        s = next(x for x in view.sents if x.start <= a < x.end)
        lo, hi = _whole_name(view, s, a, a + len(cut))
        return text[lo:hi]

    text = ("Among the leaders in attendance were Tanzanian President Amina Mohamed Hassan and Kenyan President "
            "Peter Ruto.")
    assert widened(text, "Amina Mohamed") == "Amina Mohamed Hassan"
    text = "The forum was opened by Foreign Minister Oumar Keita Traore, who chairs the council this year."
    assert widened(text, "Oumar Keita") == "Oumar Keita Traore"
    text = "Prime Minister Tesfaye Bekele Foreign Minister Aissatou Diop met in Dakar."
    assert widened(text, "Tesfaye Bekele") == "Tesfaye Bekele"  # a title follows: another person


# `Secretary Hayes Launches …`: a title-case headline's verb is not a name word (the person is the one the body
# names in full).
def test_a_headline_verb_is_not_a_name_word() -> None:
    from extract.lang.en.people import _not_person

    assert _not_person("Hayes Relaunches") and _not_person("Okafor Hosts") and _not_person("Rivera Signs")
    assert not _not_person("Laura Hayes") and not _not_person("Chidi Okafor")
