"""English delegates, round 14 (issue #16): a title written after the name whose portfolio goes on with `and`
(`…, Minister of Foreign Affairs and International Cooperation of …,`), and a list of people met whose first one
names the side (`with Brazilian Foreign Minister A and Finance Minister B`); probed with sentences written for these
tests (none is a corpus document); each fails on main at this round's start (d1ecf43)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held

PORTFOLIO_AND = [
    ("2024-03-10", "On March 9, 2024, Mr. KAWAMURA Taro, Minister of Foreign Affairs, and Mr. Mahmoud Ali Youssouf, "
     "Minister of Foreign Affairs and International Cooperation of the Republic of Djibouti, held the first "
     "Japan-Djibouti Foreign Ministers' Meeting in Tokyo.",
     ("Mahmoud Ali Youssouf", "DJI",
      "Minister of Foreign Affairs and International Cooperation of the Republic of Djibouti")),
    ("2023-10-02", "Secretary Gina Raimondo met with Ms. Patricia Scotland, Minister of Trade and Commerce of Ghana, "
     "in Washington on October 2, 2023.",
     ("Patricia Scotland", "GHA", "Minister of Trade and Commerce of Ghana")),
]


@pytest.mark.parametrize(("published", "text", "person"), PORTFOLIO_AND)
def test_a_title_after_the_name_goes_on_with_and_in_its_portfolio(published: str, text: str,
                                                                  person: tuple[str, str, str]) -> None:
    found = {(d.name, d.country, d.role) for e in _held(text, "en", published) for d in e.delegates}
    assert person in found


MET_LIST = [
    ("2024-02-20", "Secretary of State Antony Blinken held talks in Brasilia on February 20, 2024 with Brazilian "
     "Foreign Minister Mauro Vieira and Finance Minister Fernando Haddad.",
     {("Mauro Vieira", "BRA"), ("Fernando Haddad", "BRA")}),
    ("2023-05-16", "Commissioner Valdis Dombrovskis co-chaired the inaugural EU-Chile Trade Council in Brussels with "
     "Chile's Minister of Foreign Affairs Alberto van Klaveren, Minister of Finance Mario Marcel and Minister of "
     "Economy Nicolás Grau.",
     {("Alberto van Klaveren", "CHL"), ("Mario Marcel", "CHL"), ("Nicolás Grau", "CHL")}),
]


@pytest.mark.parametrize(("published", "text", "people"), MET_LIST)
def test_a_list_of_people_met_goes_on_with_the_side_its_first_names(published: str, text: str,
                                                                     people: set[tuple[str, str]]) -> None:
    found = {(d.name, d.country) for e in _held(text, "en", published) for d in e.delegates}
    assert people <= found
