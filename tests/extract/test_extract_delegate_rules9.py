"""Delegates and participants from the text, round 9 (issue #16): the side of a person from their own phrase and
the release's frame, never from a word that names no side; each rule on sentences written for these tests (none
is a corpus document), every one failing on the code before it."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, source: str | None = None) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published, source) for d in e.delegates}


def _parties(text: str, lang: str, published: str, source: str | None = None) -> set[str]:
    return {p for e in _held(text, lang, published, source) for p in e.participants}


# ------------------------------------------------------------------ Korean: a ministry with no country word

# `호세 멘도사(José Mendoza) 에너지부 장관`: every government has a ministry of energy or of foreign affairs, so a
# bare ministry name next to a transliterated foreign name tells neither the person's side nor a party (the
# gazetteer's `에너지부` is the US one, `외교부` Korea's own); the side comes from where the meeting was.
def test_a_bare_ministry_after_a_foreign_name_names_no_side() -> None:
    text = ("□ 김민수 산업통상자원부 장관은 5.14.(화) 리마에서 호세 멘도사(José Mendoza) 에너지부 장관과 "
            "면담을 갖고 수소 협력 방안을 논의하였다.")
    assert ("호세 멘도사", "PER") in _people(text, "ko", "2024-05-15")
    assert "USA" not in _parties(text, "ko", "2024-05-15")
    text = ("□ 이정훈 통상교섭본부장은 3.5.(수) 카이로에서 라일라 하산(Laila Hassan) 외교부 장관을 면담하고 "
            "양국 간 교역 확대 방안을 협의하였다.")
    assert ("라일라 하산", "EGY") in _people(text, "ko", "2025-03-06")
    assert "KOR" in _parties(text, "ko", "2025-03-06")


# The same without a Latin gloss: a transliterated name of two or more words (`압둘라 빈 살렘`) before the
# bare ministry.
def test_a_bare_ministry_after_an_unglossed_foreign_name_names_no_party() -> None:
    text = ("□ 김민수 산업통상자원부 장관은 5.14.(화) 리야드에서 압둘라 빈 살렘 에너지부 장관과 면담을 갖고 수소 협력 "
            "방안을 논의하였다.")
    assert "USA" not in _parties(text, "ko", "2024-05-15")
    assert ("압둘라 빈 살렘", "SAU") in _people(text, "ko", "2024-05-15")
    text = "□ 박 차관은 9.3.(화) 유수프 알무타와 재무부 장관과 면담하고 국부펀드 투자 협력을 논의하였다."
    assert "USA" not in _parties(text, "ko", "2024-09-04")


# ------------------------------------------------------------------ the country a release's trip went to

# `방문규 장관, 칠레 방문`, `the Secretary's visit to Chile`: a foreign official met on that trip, whose own phrase
# names no country and whose meeting names no other party or place, is of the country visited.
def test_a_foreign_official_met_on_a_trip_is_of_the_country_visited() -> None:
    text = ("최은정 장관, 페루 방문…광물 협력 강화\n"
            "□ 최은정 장관은 11.3.(월)부터 11.5.(수)까지 페루를 방문하였다.\n"
            "□ 최 장관은 방문 기간 중 마리아 킨테로(María Quintero) 광업부 장관과 면담하고 "
            "구리 공급망 협력 방안을 논의하였다.")
    assert ("마리아 킨테로", "PER") in _people(text, "ko", "2025-11-06")
    text = ("Secretary Hall Concludes Visit to Ghana\n"
            "Secretary of Commerce Daniel Hall traveled to Ghana this week to deepen commercial ties. "
            "During the visit, Secretary Hall met with Minister of Trade and Industry Kwame Boateng and discussed "
            "investment in the energy sector.")
    assert ("Kwame Boateng", "GHA") in _people(text, "en", "2025-02-14", "us.commerce")


# ------------------------------------------------------------------ English: a title in lower case after the name

# `X, administrator of the Korea Aerospace Administration (KASA), and …`, `X, minister for foreign trade of Sweden,`:
# wire copy writes the title after the name in lower case; the body or country it is of is the person's side.
def test_a_lower_case_title_in_apposition_gives_the_side() -> None:
    text = ("Kim Tae-hoon, president of the Korea Trade-Investment Promotion Agency (KOTRA), and Minister of Industry "
            "Laura Fischer of Austria signed a memorandum of understanding in Vienna on Tuesday, the agency said.")
    assert ("Kim Tae-hoon", "KOR") in _people(text, "en", "2024-05-08", "wire.reuters")
    text = ("Lena Karlsson, minister for foreign trade of Sweden, and Tomas Berg, minister of trade of Norway, met "
            "Japanese Trade Minister Sato Kenji in Osaka on May 3 to discuss battery supply chains.")
    people = _people(text, "en", "2024-05-04", "wire.reuters")
    assert {("Lena Karlsson", "SWE"), ("Tomas Berg", "NOR")} <= people


# ------------------------------------------------------------------ English: a Korean name as English writes it

# `Whang Joo-ho`, `Son Jae-il`: a Korean family name and a hyphenated given name is a Korean, whose side no other
# word tells (a company's chief executive signing abroad), not the other party's.
def test_a_romanised_korean_name_with_no_side_is_korean() -> None:
    text = ("The supply contract was signed in Budapest on Wednesday by Hanbit Power chief executive Choi Dong-hyun "
            "and representatives of the Hungarian grid operator.")
    assert ("Choi Dong-hyun", "KOR") in _people(text, "en", "2024-06-06", "wire.reuters")
    text = ("The agreement was signed in Warsaw on Monday by Polish Deputy Minister Adam Nowak and Hanwha Aerospace "
            "chief executive Son Jae-il.")
    assert ("Son Jae-il", "KOR") in _people(text, "en", "2024-06-05", "wire.reuters")


# ------------------------------------------------------------------ English: countries that are topics

# `discussed Russia's war of aggression against Ukraine`, `amid concern over Venezuela's crisis`: the countries in the
# object of a verb of discussion or concern, or owning a conflict, are what the parties talk about, not parties.
def test_countries_talked_about_are_not_parties() -> None:
    text = ("Foreign Minister Jan Kowalski of Poland met Foreign Minister Ona Petraitiene of Lithuania in Vilnius on "
            "Monday. In their talks at the presidential palace, the two ministers discussed Russia's war of aggression "
            "against Ukraine and Belarus's military build-up.")
    assert _parties(text, "en", "2024-03-05") == {"POL", "LTU"}
    text = ("The presidents of Chile and Peru held a summit in Lima on Friday amid growing concern over Venezuela's "
            "crisis.")
    assert _parties(text, "en", "2024-03-05") == {"CHL", "PER"}
    # the pair that names the parties stays (`the U.S.-Philippine alliance`)
    text = ("Later that day, Secretary Maria Lopez called on President Tomas Reyes at the palace in Quito, where they "
            "discussed the U.S.-Ecuador partnership.")
    assert "ECU" in _parties(text, "en", "2024-03-05", "us.state")


# `벨라루스 사태`, `우크라이나 재건 협력`, `이라크와의 군사협력`: in Korean a country owning the matter talked about
# (its crisis, war, reconstruction, military cooperation) is a topic, not a party.
def test_korean_countries_owning_the_matter_talked_about_are_not_parties() -> None:
    text = ("□ 조현우 외교부 장관은 4.2.(화) 빌뉴스에서 오나 페트라이티에네(Ona Petraitiene) 리투아니아 외교장관과 "
            "회담을 갖고 벨라루스 사태와 우크라이나 재건 협력 방안을 논의하였다.")
    assert _parties(text, "ko", "2024-04-03") == {"KOR", "LTU"}
    text = ("이재훈 대통령은 9일 암만에서 압둘라 2세 요르단 국왕과 정상회담을 갖고 이라크와의 군사협력 문제와 "
            "시리아 재건 지원 방안을 논의했다.")
    assert not {"IRQ", "SYR"} & _parties(text, "ko", "2024-04-10")


# ------------------------------------------------------------------ the place a foreigner was met in

# `In Hanoi on Thursday, Secretary X met with Minister of Industry and Trade Y`: a foreigner with no side of their own,
# met in a sentence that names a place abroad and no party, is of that place's country, even when another sentence
# of the same meeting names another party (`in Tokyo she also met with Japanese companies`).
def test_a_foreigner_met_in_a_city_abroad_is_of_its_country() -> None:
    text = ("Secretary Hall Concludes Trip to Japan and Vietnam\n"
            "Secretary of Commerce Daniel Hall this week concluded a trip to Tokyo and Hanoi. On Monday, March 4, the "
            "Secretary met with Japan's Minister of Economy, Trade and Industry Sato Kenji in Tokyo.\n"
            "In Hanoi on Thursday, March 7, Secretary Hall met with Minister of Industry and Trade Nguyen Van An. In "
            "Tokyo she also met with Japanese companies, and in Hanoi she heard from American businesses.")
    assert ("Nguyen Van An", "VNM") in _people(text, "en", "2024-03-08", "us.commerce")
    text = ("Minister Laurent Visits Kenya and Ethiopia\n"
            "On Tuesday, June 4, in Nairobi, Foreign Minister Claire Laurent held talks with Kenya's Cabinet Secretary "
            "for Foreign Affairs Peter Mwangi.\n"
            "In Addis Ababa on Thursday, June 6, Minister Laurent met with Foreign Minister Abebe Tadesse. Later in "
            "Nairobi she met Kenyan business leaders.")
    assert ("Abebe Tadesse", "ETH") in _people(text, "en", "2024-06-08", "fr.diplomatie")


# ------------------------------------------------------------------ English: long transliterated names

# `Minister of Mines and Energy of the Republic of Guinea-Bissau Maria Joana Santos Lopes`: a title that ends in its
# country ends there; every name word after the country is the person's (names of four or five words), not only
# the last two or three.
def test_a_name_after_a_title_ending_in_its_country_runs_from_the_country() -> None:
    text = ("On 4 May, the Minister met Minister of Mines and Energy of the Republic of Guinea-Bissau Maria Joana "
            "Santos Lopes in Lisbon.")
    assert ("Maria Joana Santos Lopes", "GNB") in _people(text, "en", "2024-05-05", "pt.gov")
    text = ("Yesterday the Prime Minister of the Kyrgyz Republic Adylbek Kasymaliev Sadyrovich held talks in Seoul "
            "with President Lee.")
    assert ("Adylbek Kasymaliev Sadyrovich", "KGZ") in _people(text, "en", "2024-05-05")


# ------------------------------------------------------------------ English: family names with a prefix inside

# `Dr. LaPlante`, `Minister McClay`, `Ms. O'Brien`: a titled family name with a capital inside (`La`, `Mc`, `O'`) is the
# person named in full elsewhere in the text.
def test_a_titled_family_name_with_a_capital_inside_is_the_person() -> None:
    text = ("New Zealand's Minister for Trade Todd McClay arrived in Washington on Monday for a week of talks.\n"
            "On Tuesday, Secretary of Commerce Daniel Hall and Minister McClay held the first U.S.-New Zealand Trade "
            "Dialogue.")
    assert ("Todd McClay", "NZL") in _people(text, "en", "2024-05-09", "us.commerce")
    text = ("Deputy Secretary Ruth DeMarco traveled to Ottawa this week. On Monday, Deputy Secretary DeMarco and "
            "Canada's Deputy Minister of International Trade Rob Stewart co-chaired the Canada-U.S. Supply Chain "
            "Dialogue.")
    assert ("Ruth DeMarco", "USA") in _people(text, "en", "2024-05-09", "us.state")


# ------------------------------------------------------------------ a side said anywhere in the text

# `Commissioner Sato Ren of Japan's … Agency` in the opening sentence (no meeting in it), then `Dr. Ortiz and
# Commissioner Sato held the inaugural meeting`: the side said once holds for the person where it is not said; a
# person given only the publisher's side by default in such a sentence keeps it (`William A. Ortiz` is `William
# Ortiz`).
def test_a_side_said_in_a_sentence_of_no_event_holds_for_the_person() -> None:
    text = ("Readout of Under Secretary Dr. William Ortiz's Travel to Japan\n"
            "Under Secretary of Defense for Acquisition and Sustainment Dr. William A. Ortiz traveled to Tokyo this "
            "week with his counterpart, Commissioner Sato Ren of Japan's Acquisition, Technology and Logistics "
            "Agency.\n"
            "On Monday, May 6, Dr. Ortiz and Commissioner Sato, the forum's co-chairs, held the inaugural meeting of "
            "the Defense Supply Chain Forum.")
    people = _people(text, "en", "2024-05-08", "us.defense")
    assert ("Sato Ren", "JPN") in people
    assert {c for n, c in people if n.replace(" A.", "") == "William Ortiz"} == {"USA"}


# ------------------------------------------------------------------ a later, shorter form of a long name

# `빈 자이드 대통령` after `무함마드 빈 자이드 …`, `Ferreira da Costa` after `Ana Lucia Ferreira da Costa`: a run of a
# longer name's words (not its first word) is that person, with that person's side, not a new person.
def test_a_run_of_a_long_names_words_is_that_person() -> None:
    text = ("이재훈 대통령, 아랍에미리트·카타르 순방\n"
            "□ 이재훈 대통령은 10일(현지시간) 아부다비 대통령궁에서 무함마드 빈 자이드 알나하얀 아랍에미리트 대통령과 "
            "정상회담을 가졌다.\n"
            "□ 이 대통령은 11일 도하로 이동해 카타르 측과 에너지 협력 방안을 논의하였으며, 같은 날 저녁 빈 자이드 "
            "대통령이 주최한 만찬에 참석하였다.")
    people = _people(text, "ko", "2025-03-12")
    assert not any(n == "빈 자이드" or c == "QAT" for n, c in people)
    text = ("President Ana Lucia Ferreira da Costa of Brazil held talks with Prime Minister Jun Sato in Tokyo on "
            "May 2.\n"
            "On May 3, Ferreira da Costa and Sato attended a business forum in Osaka, where the two leaders witnessed "
            "the signing of ten agreements.")
    people = _people(text, "en", "2024-05-04")
    assert ("Ana Lucia Ferreira da Costa", "BRA") in people and not any(n == "Ferreira da Costa" for n, _ in people)


# ------------------------------------------------------------------ Korean: short country names in wire copy

# `카자흐`, `우즈벡`: the short forms Korean wire copy uses for Kazakhstan and Uzbekistan name the country (a party),
# never a word of the person's name before them.
def test_korean_short_country_forms_are_countries() -> None:
    text = "이재훈 대통령은 15일 청와대에서 국빈 방한 중인 미르지요예프 우즈벡 대통령과 정상회담을 했다."
    assert "UZB" in _parties(text, "ko", "2025-04-16")
    assert not any("우즈벡" in n for n, _ in _people(text, "ko", "2025-04-16"))
    text = "이재훈 대통령은 3일 아스타나에서 베켄 카자흐 총리와 회담을 갖고 핵심광물 협력을 논의했다."
    assert "KAZ" in _parties(text, "ko", "2025-04-04")
