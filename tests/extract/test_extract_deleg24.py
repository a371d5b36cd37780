"""Delegates, round 20 (session 15, deleg24): a title with its particle (`장관과`) closes the phrase before a
transliterated name, an inverted list of attendees (`Those attending included …`), and a country written with its
article after the name (`X of the Philippines`). Probed with sentences written for these tests (none is a corpus
document); each fails on main at this session's start (7815a5f)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published) for d in e.delegates}


# `A 장관과 디에고 파르도 칠레 에너지부 장관은`: the first one's title and its particle are no syllable of the second
# one's name, whose last word Kiwi cut as a noun and a particle (`파르` + `도`).
TITLE_THEN_NAME = [
    ("2024-03-08", "안덕근 산업통상자원부 장관과 응우옌 홍 지엔 베트남 산업무역부 장관은 7일 서울에서 회담했다.",
     "응우옌 홍 지엔", "VNM"),
    ("2024-03-08", "안덕근 산업통상자원부 장관과 디에고 파르도 칠레 에너지부 장관은 7일 산티아고에서 면담했다.",
     "디에고 파르도", "CHL"),
]


@pytest.mark.parametrize(("published", "text", "name", "country"), TITLE_THEN_NAME)
def test_a_title_with_its_particle_is_no_name_syllable(published: str, text: str, name: str, country: str) -> None:
    assert _people(text, "ko", published).get(name) == country


# `Those attending included A of X and B of Y`, `Attendees included …`: an inverted list of who attended.
ATTENDING_INCLUDED = [
    ("2024-05-10", "Japan hosted the second AZEC Ministerial Meeting in Tokyo on May 9. Those attending included "
     "Minister Bahlil Lahadalia of Indonesia and Minister Nguyen Hong Dien of Viet Nam.",
     {"Bahlil Lahadalia": "IDN", "Nguyen Hong Dien": "VNM"}),
    ("2023-09-08", "India hosted the G20 Leaders' Summit in New Delhi on September 9. Attendees included President "
     "Cyril Ramaphosa of South Africa and President Luiz Inacio Lula da Silva of Brazil.",
     {"Cyril Ramaphosa": "ZAF", "Luiz Inacio Lula da Silva": "BRA"}),
]


# `Minister X of the Philippines`: the country's article does not hide it (the host's country is not X's).
OF_THE_COUNTRY = [
    ("2024-05-10", "Japan hosted the second AZEC Ministerial Meeting in Tokyo on May 9. Minister Raphael Lotilla of "
     "the Philippines attended the meeting.", "Raphael Lotilla", "PHL"),
    ("2024-07-26", "Laos hosted the ASEAN Foreign Ministers' Meeting in Vientiane on July 25. Minister Enrique "
     "Manalo of the Philippines attended the meeting.", "Enrique Manalo", "PHL"),
]


@pytest.mark.parametrize(("published", "text", "name", "country"), OF_THE_COUNTRY)
def test_of_the_country_after_a_name_is_their_side(published: str, text: str, name: str, country: str) -> None:
    assert _people(text, "en", published).get(name) == country


# `Today in Beijing I met X`, `The Prime Minister met President X`: the referring subject (the byline's `I`, a title
# standing for the person named before) is a delegate, also when the one met is named right after the verb.
REFERRING_SUBJECT = [
    ("2022-12-22", "Media release\n21 December 2022\n\nSenator the Hon Penny Wong\nMinister for Foreign Affairs\n\n"
     "Today in Beijing I met State Councilor and Foreign Minister Wang Yi for the sixth Australia-China Foreign and "
     "Strategic Dialogue.", {"Penny Wong": "AUS", "Wang Yi": "CHN"}),
    ("2024-03-13", "Media release\n12 March 2024\n\nSenator the Hon Don Farrell\nMinister for Trade and Tourism\n\n"
     "Today in Canberra I met Minister of Industry and Trade Nguyen Hong Dien of Viet Nam for the Australia-Viet Nam "
     "Economic Partnership Meeting.", {"Don Farrell": "AUS", "Nguyen Hong Dien": "VNM"}),
    ("2023-11-08", "Prime Minister of Australia\nMedia release, 7 November 2023\n\nPrime Minister Anthony Albanese has "
     "concluded his visit to China.\n\nMonday 6 November – Beijing\nThe Prime Minister met President Xi Jinping at "
     "the Great Hall of the People.", {"Anthony Albanese": "AUS", "Xi Jinping": "CHN"}),
]


# `A and Mrs B arrived …. He then held talks with X`: `he` is not the one a female honorific names.
HE_NOT_MRS = [
    ("2024-07-11", "Prime Minister Keir Starmer and Mrs Victoria Starmer arrived in Washington today for the NATO "
     "Summit.\n\nThe Prime Minister was welcomed at the airport. He then held talks at the White House with "
     "President Joe Biden today.", "Keir Starmer", "Victoria Starmer"),
    ("2023-04-26", "President Yoon Suk Yeol and Mrs Kim Keon Hee arrived in Washington today for a State Visit.\n\n"
     "The President was welcomed at Andrews Air Force Base. He then held a bilateral meeting at the White House with "
     "President Joe Biden today.", "Yoon Suk Yeol", "Kim Keon Hee"),
]


@pytest.mark.parametrize(("published", "text", "him", "her"), HE_NOT_MRS)
def test_he_is_not_the_one_called_mrs(published: str, text: str, him: str, her: str) -> None:
    people = _people(text, "en", published)
    assert him in people and her not in people


# `the State Guest House Akasaka Palace`, `the JMSDF Kanoya Air Base`, `the Leaders of ASEAN Member States`, `the MSP
# Principles for …`: a palace, a base, member states and a set of principles are no person.
NOT_A_PERSON = [
    ("2024-04-11", "Prime Minister Kishida held a summit meeting with President Emmanuel Macron, who was visiting "
     "Japan, at the State Guest House Akasaka Palace in Tokyo today.", "Akasaka"),
    ("2023-01-12", "The Ministers met in Washington on January 11 and agreed on the deployment of a U.S. MQ-9 unit "
     "to the JMSDF Kanoya Air Base.\nForeign Minister Hayashi Yoshimasa and Secretary of State Antony Blinken "
     "co-chaired the meeting.", "Kanoya"),
    ("2024-05-29", "The MSP principals met in Paris on May 28 and endorsed the MSP Principles for Responsible Critical "
     "Minerals Supply Chains. Jose W. Fernandez chaired the meeting.", "Principles"),
]


@pytest.mark.parametrize(("published", "text", "word"), NOT_A_PERSON)
def test_places_and_documents_are_no_delegates(published: str, text: str, word: str) -> None:
    assert not any(word in n for n in _people(text, "en", published))


# Wire copy: `A and B agreed Friday to …` (the day of the talks), `A, B and C issued a joint statement after their
# talks`: who agreed or issued it there took part in the talks.
WIRE_AGREED = [
    ("2023-11-04", "Japan, Philippines hold summit\n\nMANILA, Nov. 3 Kyodo - Japan and the Philippines held a "
     "summit in Manila on Friday.\n\nJapanese Prime Minister Fumio Kishida and Philippine President Ferdinand "
     "Marcos Jr. agreed Friday to begin negotiations on a reciprocal access agreement.",
     {"Fumio Kishida": "JPN", "Ferdinand Marcos Jr.": "PHL"}),
    ("2021-08-27", "Korea, Mexico hold trade talks\n\nSEOUL, Aug. 26 Yonhap - South Korea and Mexico held video talks "
     "on trade on Thursday.\n\nTrade Minister Yeo Han-koo and Mexican Secretary of Economy Tatiana Clouthier agreed "
     "Thursday to continue working-level consultations on tariffs.",
     {"Yeo Han-koo": "KOR", "Tatiana Clouthier": "MEX"}),
    ("2024-04-12", "Leaders hold first trilateral summit\n\nWASHINGTON, April 11 Kyodo - Japan, the United States and "
     "the Philippines held their first trilateral summit at the White House.\n\nPrime Minister Fumio Kishida, "
     "President Joe Biden and Philippine President Ferdinand Marcos Jr. issued a joint vision statement after their "
     "talks.", {"Fumio Kishida": "JPN", "Joe Biden": "USA", "Ferdinand Marcos Jr.": "PHL"}),
    ("2024-05-28", "Leaders meet in Seoul\n\nSEOUL, May 27 Kyodo - Japan, China and South Korea held their ninth "
     "trilateral summit in Seoul on Monday.\n\nPrime Minister Fumio Kishida, Chinese Premier Li Qiang and South Korean "
     "President Yoon Suk Yeol adopted a joint declaration after the talks.",
     {"Fumio Kishida": "JPN", "Li Qiang": "CHN", "Yoon Suk Yeol": "KOR"}),
]


@pytest.mark.parametrize(("published", "text", "want"), ATTENDING_INCLUDED + REFERRING_SUBJECT + WIRE_AGREED)
def test_attendees_and_their_sides(published: str, text: str, want: dict[str, str]) -> None:
    people = _people(text, "en", published)
    assert {n: people.get(n) for n in want} == want
