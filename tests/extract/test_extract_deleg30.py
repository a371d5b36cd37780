"""Delegates, round 24 (session 17, deleg30): title and name grammars read from the `--ties best` errors of the
whole tuning run. Sentences written for these tests (none is a corpus document), each failing at 9a38010."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, published: str) -> list[tuple[str, str | None]]:
    """Every held event's delegates (name, country), in order."""
    return [(d.name, d.country) for e in _held(text, "en", published) for d in e.delegates]


@pytest.mark.parametrize(("text", "person"), [
    ("Japanese Trade Minister Yasutoshi Nishimura met Canada's Minister of Export Promotion, International Trade and "
     "Economic Development Mary Ng in Tokyo on Monday.", ("Mary Ng", "CAN")),
    ("Trade Minister Piyush Goyal met Canada's Minister of Small Business, Export Promotion and International Trade "
     "Mary Ng in New Delhi on Tuesday.", ("Mary Ng", "CAN")),
])
def test_portfolios_listed_with_commas(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "2023-01-13")


@pytest.mark.parametrize(("text", "person"), [
    ("Secretary Raimondo met Mexico's Secretary of Economy Raquel Buenrostro in Mexico City on Monday.",
     ("Raquel Buenrostro", "MEX")),
    ("Ambassador Tai met Chile's Undersecretary of International Economic Relations Claudia Sanhueza in Santiago on "
     "Monday.", ("Claudia Sanhueza", "CHL")),
])
def test_a_title_word_is_no_name_word(text: str, person: tuple[str, str]) -> None:
    got = _people(text, "2023-01-13")
    assert person in got and not any(n.startswith(("Economy", "Relations")) for n, _ in got)


@pytest.mark.parametrize(("text", "person"), [
    ("Secretary of Defense Lloyd J. Austin III called on President Ferdinand R. Marcos, Jr., at Malacañang Palace in "
     "Manila on Thursday.", ("Ferdinand R. Marcos, Jr.", "PHL")),
    ("President Joseph R. Biden, Jr. and President Luiz Inácio Lula da Silva held talks at the White House on "
     "Friday.", ("Joseph R. Biden, Jr.", "USA")),
])
def test_suffix_after_a_comma(text: str, person: tuple[str, str]) -> None:
    got = _people(text, "2023-01-13")
    assert person in got and not any(n in ("President Biden", "Ferdinand R. Marcos") for n, _ in got)


@pytest.mark.parametrize(("text", "people"), [
    ("Presidents Kassym-Jomart Tokayev, Sadyr Japarov and Shavkat Mirziyoyev met in Astana on Friday for a "
     "consultative meeting of Central Asian heads of state.",
     {("Kassym-Jomart Tokayev", "KAZ"), ("Sadyr Japarov", "KGZ"), ("Shavkat Mirziyoyev", "UZB")}),
    ("Foreign Ministers Bakhtiyor Saidov and Sirojiddin Muhriddin held talks in Tashkent on Tuesday.",
     {"Bakhtiyor Saidov", "Sirojiddin Muhriddin"}),
])
def test_plural_title_before_a_list_of_names(text: str, people: set) -> None:
    got = _people(text, "2023-01-13")
    assert people <= (set(got) if isinstance(next(iter(people)), tuple) else {n for n, _ in got})


@pytest.mark.parametrize(("text", "person"), [
    ("In Washington on Thursday, Secretary Blinken met Prime Minister Narendra Modi and Foreign Secretary Vinay Mohan "
     "Kwatra.", ("Vinay Mohan Kwatra", "IND")),
    ("During his visit to Central Asia, Foreign Secretary David Cameron met President Shavkat Mirziyoyev and Foreign "
     "Minister Bakhtiyor Saidov in Tashkent on Thursday, after talks in Astana with Kazakhstan's foreign minister.",
     ("Bakhtiyor Saidov", "UZB")),
])
def test_an_officials_side_goes_on_to_the_next_one_met(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "2023-01-13")


@pytest.mark.parametrize(("text", "person"), [
    ("Ambassador Lighthizer signed the protocol in Mexico City on Tuesday together with Mexico's Under Secretary for "
     "North America, Jesús Seade.", ("Jesús Seade", "MEX")),
    ("Secretary Blinken met Brazil's Secretary for Latin America and the Caribbean, Gisela Padovan, in Brasilia on "
     "Wednesday.", ("Gisela Padovan", "BRA")),
])
def test_a_region_of_the_americas_in_a_title_is_no_side(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "2023-01-13")


@pytest.mark.parametrize(("text", "full"), [
    ("BERLIN, 13 March 2024 – President Ferdinand R. Marcos Jr. met Chancellor Olaf Scholz at the Federal Chancellery "
     "on Tuesday.\n\nOn Wednesday, Federal President Frank-Walter Steinmeier and President Ferdinand Marcos held talks "
     "at Bellevue Palace.", ("Ferdinand R. Marcos Jr.", "PHL")),
    ("MANILA, 13 March 2024 – Secretary of National Defense Gilberto C. Teodoro Jr. met Australian Defence Minister "
     "Richard Marles at Camp Aguinaldo on Tuesday.\n\nOn Wednesday, Japanese Defense Minister Minoru Kihara and "
     "Gilberto Teodoro held talks in Manila on maritime security.", ("Gilberto C. Teodoro Jr.", "PHL")),
])
def test_first_and_family_name_is_the_long_name(text: str, full: tuple[str, str]) -> None:
    events = [[(d.name, d.country) for d in e.delegates] for e in _held(text, "en", "2024-03-13")]
    assert len(events) == 2 and all(full in people for people in events)
