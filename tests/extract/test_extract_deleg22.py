"""Delegates, round 17 (issue #16, session 13): an official's side is that of the office held on the day (a leader
who moved to a body, or from one, is not the body's before the move), and people listed after one side's phrase share
that side. Probed with sentences written for these tests (none is a corpus document); each fails on main at this
session's start (5ffc806)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _countries(text: str, lang: str, published: str, source: str | None = None) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published, source) for d in e.delegates}


OFFICE_ON_THE_DAY = [
    ("en", "2023-02-08", "Prime Minister Kaja Kallas met Chancellor Olaf Scholz in Berlin on 8 February 2023 to "
     "discuss support for Ukraine.", "Kaja Kallas", "EST"),
    ("en", "2022-05-12", "President Emmanuel Macron received Prime Minister António Costa at the Élysée Palace in "
     "Paris on 12 May 2022 for talks on energy links.", "António Costa", "PRT"),
    ("en", "2023-07-03", "Prime Minister Mark Rutte held talks with President Cyril Ramaphosa in Pretoria on 3 July "
     "2023 on green hydrogen.", "Mark Rutte", "NLD"),
    ("ko", "2023-12-12", "윤석열 대통령은 2023년 12월 12일 헤이그에서 마르크 뤼터 총리와 정상회담을 가졌다.",
     "마르크 뤼터", "NLD"),
    ("ko", "2023-03-08", "기시다 총리는 2023년 3월 8일 도쿄에서 카야 칼라스 총리와 회담했다.", "카야 칼라스", "EST"),
]


@pytest.mark.parametrize(("lang", "published", "text", "name", "country"), OFFICE_ON_THE_DAY)
def test_an_officials_side_is_that_of_the_office_held_on_the_day(lang: str, published: str, text: str, name: str,
                                                                 country: str) -> None:
    assert _countries(text, lang, published).get(name) == country


def test_the_later_office_still_gives_the_later_side() -> None:
    text = ("Secretary General Mark Rutte met Prime Minister Keir Starmer in London on 10 March 2025 to discuss "
            "defence spending.")
    assert _countries(text, "en", "2025-03-10").get("Mark Rutte") == "NATO"


LIST_GOES_ON = [
    ("eu.ec", "2024-03-05", "Executive Vice-President Valdis Dombrovskis co-chaired the meeting in Brussels on 5 March "
     "2024 with Japan's Minister of Economy Ken Saito, Minister for Foreign Affairs Yoko Kamikawa and State Minister "
     "Hiroshi Moriyama.", "Hiroshi Moriyama", "JPN"),
    ("eu.ec", "2024-03-05", "Commissioner Thierry Breton co-chaired the council in Brussels on 5 March 2024 with "
     "Jaishankar Kumar, India's Minister of Commerce, Piyush Goyal, Minister of Railways, and Ashwini Vaishnaw, "
     "Minister of State for Electronics.", "Ashwini Vaishnaw", "IND"),
    ("ca.gac", "2024-03-04", "Minister Mélanie Joly met in Ottawa on 4 March 2024 with Ahmed Attaf, Algeria's Minister "
     "of Foreign Affairs, Lounes Magramane, Secretary General of the Ministry, and Tarek Lazizi, Director of North "
     "American Affairs.", "Tarek Lazizi", "DZA"),
]


@pytest.mark.parametrize(("source", "published", "text", "name", "country"), LIST_GOES_ON)
def test_people_listed_after_one_sides_phrase_share_it(source: str, published: str, text: str, name: str,
                                                        country: str) -> None:
    """A listed official known to the officials list, or a title in apposition, does not end the list."""
    assert _countries(text, "en", published, source).get(name) == country


_VNM = ("조태열 외교부 장관은 11.4.(월) 하노이에서 부이 타인 선 베트남 외교장관과 회담을 가졌다.\n※ 참석자\n"
        " - 베트남측 : 부이 타인 선 외교장관, 도 훙 비엣 외교차관 등\n - 우리측 : 조태열 장관, 외교부 관계자 등\n")
_CAN = ("안덕근 산업통상자원부 장관은 3.12.(화) 세종에서 방한한 캐나다 대표단과 회의를 가졌다.\n※ 참석자\n"
        " - 캐나다측 : 메리 응 국제통상장관, 롭 스튜어트 차관 등\n - 우리측 : 안덕근 장관 등\n")
_AUS = ("박진 외교부 장관은 6.20.(화) 서울에서 방한 중인 페니 웡 호주 외교장관과 회담을 가졌다.\n※ 참석자\n"
        " - 호주측 : 페니 웡 외교장관, 팀 왓츠 외교차관보 등\n - 우리측 : 박진 장관, 외교부 관계자 등\n")

SIDE_LABEL = [
    ("2024-11-04", _VNM, "도 훙 비엣", "VNM"),
    ("2024-03-12", _CAN, "롭 스튜어트", "CAN"),
    ("2023-06-20", _AUS, "팀 왓츠", "AUS"),
]


_CARNEY = ("이재명 대통령 캐나다 방문 주요 일정\n① 6.16.(월) 한-캐나다 정상회담 - 마크 카니 총리 (캘거리)\n"
           "② 6.17.(화) 한-영국 정상회담 - 키어 스타머 총리 (캘거리)\n")
_KHURELSUKH = "윤석열 대통령 순방 주요 일정\n① 6.10.(월) 한-몽골 정상회담 - 우흐나 후렐수흐 대통령 (울란바토르)\n"

DASHED_ITEM = [
    ("2025-06-18", _CARNEY, "마크 카니", "CAN"),
    ("2025-06-18", _CARNEY, "키어 스타머", "GBR"),
]


@pytest.mark.parametrize(("published", "text", "name", "country"), SIDE_LABEL + DASHED_ITEM)
def test_a_korean_list_line_gives_its_people_a_side(published: str, text: str, name: str, country: str) -> None:
    """`- 베트남측 : A 장관, B 차관 등`: the label before the colon is the side of everyone on the line;
    `① date 한-X 정상회담 - A 대통령`: A is X's, and the meeting's noun before the dash is no name."""
    assert _countries(text, "ko", published).get(name) == country


def test_a_meeting_noun_before_an_items_dash_is_no_name() -> None:
    names = _countries(_KHURELSUKH, "ko", "2024-06-16")
    assert "우흐나 후렐수흐" in names and "정상회담" not in names


SECOND_APPOSITION = [
    ("ca.gac", "2023-06-08", "The forum in Ottawa on 8 June 2023 was co-chaired by Mary Ng, Minister of International "
     "Trade, and Erlan Koshanov, Chairman of the Mazhilis of Kazakhstan.", "Erlan Koshanov", "KAZ"),
    ("beehive.govt.nz", "2024-07-09", "The council in Wellington on 9 July 2024 was co-chaired by Winston Peters, "
     "Minister of Foreign Affairs, and Mark Brown, Prime Minister of the Cook Islands.", "Mark Brown", "COK"),
    ("au.dfat", "2024-03-12", "The dialogue in Canberra on 12 March 2024 was co-chaired by Penny Wong, Minister for "
     "Foreign Affairs, and Hun Manet, Prime Minister of Cambodia.", "Hun Manet", "KHM"),
    ("mofa.go.jp", "2024-02-05", "The roundtable in Tokyo on 5 February 2024 was hosted by Kamikawa Yoko and attended "
     "by Vivian Balakrishnan, Minister for Foreign Affairs of Singapore, and Enkhtaivan Bat-Erdene, Deputy Minister of "
     "Foreign Affairs of Mongolia.", "Enkhtaivan Bat-Erdene", "MNG"),
]


APPOSED_NAME = [
    ("eu.consilium", "2022-12-14", "The summit in Brussels on 14 December 2022 was co-chaired by Sonexay Siphandone, "
     "Prime Minister of Laos.", "Sonexay Siphandone", "LAO"),
    ("gov.uk", "2023-10-03", "The meeting in London on 3 October 2023 was co-chaired by Andrew Mitchell and Sibusiso "
     "Vilane, Deputy Minister of Trade of Eswatini.", "Sibusiso Vilane", "SWZ"),
]


@pytest.mark.parametrize(("source", "published", "text", "name", "country"), SECOND_APPOSITION + APPOSED_NAME)
def test_a_title_in_apposition_names_its_person_and_side(source: str, published: str, text: str, name: str,
                                                         country: str) -> None:
    """`co-chaired by A, Prime Minister of X` (a name the model misses), `A, title, and B, Prime Minister of X` (the
    bare `and` before B is no title of B's): the title after the comma is the person's, with its side."""
    assert _countries(text, "en", published, source).get(name) == country


def test_a_title_followed_by_a_name_is_no_apposition() -> None:
    text = ("In Hanoi Old Quarter, Prime Minister Pham Minh Chinh met Prime Minister Anthony Albanese on 4 June 2024 "
            "to discuss trade.")
    assert "Hanoi Old Quarter" not in _countries(text, "en", "2024-06-04", "au.pm")


HOST_ABROAD = [
    ("eu.eeas", "2024-03-05", "The agreement was signed in Nairobi on 5 March 2024 by Commissioner Jutta Urpilainen "
     "and Kenya's Treasury Secretary Njuguna Ndung'u at a ceremony hosted by President William Ruto at State House.",
     "William Ruto", "KEN"),
    ("eu.eeas", "2024-03-05", "The agreement was signed in Dakar on 5 March 2024 by Commissioner Jutta Urpilainen and "
     "Senegal's Minister of Finance Cheikh Diba at a ceremony hosted by President Bassirou Diomaye Faye at the "
     "Presidential Palace.", "Bassirou Diomaye Faye", "SEN"),
    ("us.state", "2024-05-07", "The Secretary travelled to Lusaka on 7 May 2024, where the agreement was signed by "
     "Assistant Secretary Geoffrey Pyatt and Minister of Mines Paul Kabuswe at a ceremony hosted by President Hakainde "
     "Hichilema.", "Hakainde Hichilema", "ZMB"),
]


@pytest.mark.parametrize(("source", "published", "text", "name", "country"), HOST_ABROAD)
def test_the_host_of_an_event_abroad_is_not_of_the_publishers_side(source: str, published: str, text: str,
                                                                   name: str, country: str) -> None:
    """`a ceremony hosted by President X`: the host, like one met, is of the event's other party."""
    assert _countries(text, "en", published, source).get(name) == country


FRONTED = [
    ("au.pm", "2024-03-12", "Meeting in Canberra on 12 March 2024, Prime Minister Anthony Albanese and Prime Minister "
     "Christopher Luxon reviewed the partnership between Australia and New Zealand.",
     {"Anthony Albanese": "AUS", "Christopher Luxon": "NZL"}),
    ("nz.govt", "2024-07-04", "Speaking after meeting President Joko Widodo at the Bogor Palace on 4 July 2024, Prime "
     "Minister Christopher Luxon said the two countries would deepen trade.",
     {"Joko Widodo": "IDN", "Christopher Luxon": "NZL"}),
    ("gov.br", "2024-07-08", "After their talks at the Planalto Palace in Brasília on 8 July 2024, President Lula and "
     "President Gabriel Boric agreed to expand trade.", {"Lula": "BRA"}),
]


@pytest.mark.parametrize(("source", "published", "text", "expected"), FRONTED)
def test_a_sentence_naming_a_held_meeting_names_who_attended(source: str, published: str, text: str,
                                                              expected: dict[str, str]) -> None:
    """`Meeting in X on D, A and B reviewed …`, `After their talks …, A and B agreed`: no attendance verb, but the
    held meeting's own sentence."""
    found = _countries(text, "en", published, source)
    assert {name: found.get(name) for name in expected} == expected


INVERTED_LIST = [
    ("mofa.go.jp", "2024-07-18", "Prime Minister Fumio Kishida hosted the Pacific Islands Leaders Meeting in Tokyo on "
     "18 July 2024. Taking part were Prime Minister of Fiji Sitiveni Rabuka, Prime Minister of Samoa Fiamē Naomi "
     "Mataʻafa and President of Palau Surangel Whipps Jr.", {"Sitiveni Rabuka": "FJI", "Surangel Whipps Jr.": "PLW"}),
    ("de.bundesregierung", "2024-10-13", "Chancellor Olaf Scholz opened the Berlin Process summit on 13 October 2024. "
     "Attending were Albanian Prime Minister Edi Rama, Serbian President Aleksandar Vučić and Montenegrin Prime "
     "Minister Milojko Spajić.", {"Edi Rama": "ALB", "Milojko Spajić": "MNE"}),
]

PARALLEL = [
    ("elysee.fr", "2024-06-20", "President Emmanuel Macron hosted the Presidents of Ghana, Côte d'Ivoire and Togo for "
     "a working dinner at the Élysée Palace on 20 June 2024. Attending were President Nana Akufo-Addo, President "
     "Alassane Ouattara and President Faure Gnassingbé.",
     {"Nana Akufo-Addo": "GHA", "Alassane Ouattara": "CIV", "Faure Gnassingbé": "TGO"}),
    ("beehive.govt.nz", "2024-03-03", "Prime Minister Christopher Luxon hosted the Prime Ministers of Tonga, Tuvalu "
     "and Samoa at a working breakfast in Auckland on 3 March 2024. Present were Prime Minister Siaosi Sovaleni, Prime "
     "Minister Feleti Teo and Prime Minister Fiamē Naomi Mataʻafa.", {"Siaosi Sovaleni": "TON", "Feleti Teo": "TUV"}),
    ("de.bundesregierung", "2023-09-29", "Chancellor Olaf Scholz hosted the Presidents of Kazakhstan and Kyrgyzstan "
     "for talks in Berlin on 29 September 2023. Joining him were President Kassym-Jomart Tokayev and President Sadyr "
     "Japarov.", {"Sadyr Japarov": "KGZ"}),
]

INTERLEAVED = [
    ("gob.cl", "2024-05-05", "President Gabriel Boric opened the meeting in Santiago on 5 May 2024. Taking part were "
     "the Presidents of Argentina, Javier Milei, of Uruguay, Luis Lacalle Pou, and of Paraguay, Santiago Peña.",
     {"Javier Milei": "ARG", "Luis Lacalle Pou": "URY"}),
]


@pytest.mark.parametrize(("source", "published", "text", "expected"), INVERTED_LIST + PARALLEL + INTERLEAVED)
def test_an_inverted_list_of_attendees_and_the_countries_it_answers(source: str, published: str, text: str,
                                                                     expected: dict[str, str]) -> None:
    """`Taking part were A, B and C`, `Attending were …`, `Present were …`, `Joining him were …`: who attended. Their
    sides: their own titles; `hosted the Presidents of X, Y and Z … President A, President B and President C`: the
    listed countries in order; `the Presidents of X, A, of Y, B`: the country said right before each name."""
    found = _countries(text, "en", published, source)
    assert {name: found.get(name) for name in expected} == expected


def test_a_style_before_one_name_word_is_part_of_the_name() -> None:
    """`H.E. Sheikh Hasina`: with the style left out, one word would be no name."""
    text = ("On 8 May 2024, Prime Minister Narendra Modi held talks in New Delhi with H.E. Sheikh Hasina, Prime "
            "Minister of the People's Republic of Bangladesh.")
    assert _countries(text, "en", "2024-05-08", "mea.gov.in").get("Sheikh Hasina") == "BGD"
    text = ("Prime Minister Anthony Albanese met Sheikh Hasina, Prime Minister of Bangladesh, in Canberra on 2 October "
            "2023 for talks on trade.")
    assert _countries(text, "en", "2023-10-02", "au.pm").get("Sheikh Hasina") == "BGD"
