"""Delegates, round 28 (session 19, deleg33): read from the `--ties best` delegate errors of the whole tuning run.
Sentences written for these tests (none is a corpus document); each positive one fails at 4dc49a6."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, type_: str) -> list[tuple[str, str | None]]:
    """The delegates (name, country) of the held events of one type, in order."""
    return [(d.name, d.country) for e in _held(text, lang, published) if e.type == type_ for d in e.delegates]


# `the Heads of State signed …`, `in the presence of the Chancellor and the President`: a signing told by the
# leaders' office (a collective one, or two bare titles) is the leaders' of the meeting told before it.
@pytest.mark.parametrize(("text", "published", "person"), [
    ("Kazakh President Kassym-Jomart Tokayev held talks with Uzbek President Shavkat Mirziyoyev in Tashkent on 22 "
     "December 2022. Following the talks, the Heads of State signed a Treaty on Allied Relations.", "2022-12-23",
     ("Shavkat Mirziyoyev", "UZB")),
    ("Chancellor Olaf Scholz and President Luiz Inácio Lula da Silva held government consultations in Berlin on 4 "
     "December 2023. In the presence of the Chancellor and the President, ministers from both sides signed several "
     "declarations of intent.", "2023-12-05", ("Olaf Scholz", "DEU")),
])
def test_leaders_referred_to_by_office_sign(text: str, published: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "en", published, "agreement")


def test_heads_of_state_witnessing_are_no_signatories() -> None:
    text = ("Kazakh President Kassym-Jomart Tokayev held talks with Korean President Yoon Suk Yeol in Astana on 11 "
            "June 2024. Following the talks, in the presence of the two Heads of State, the parties exchanged a "
            "memorandum of understanding on critical minerals.")
    assert _people(text, "en", "2024-06-12", "agreement") == []


# `the two foreign ministers, A of X and B of Y`: a counted plural title, then names each placed by its own `of`
# country, are people though no model or list knows the names.
@pytest.mark.parametrize(("text", "published"), [
    ("In Washington on 25 April 2025, an agreement setting out a declaration of principles was signed by the two "
     "foreign ministers, Olivier Nduhungirehe of Rwanda and Thérèse Kayikwamba Wagner of the Democratic Republic of "
     "the Congo.", "2025-04-26"),
    ("The two foreign ministers, Thérèse Kayikwamba Wagner of the Democratic Republic of the Congo and Olivier "
     "Nduhungirehe of Rwanda, signed a peace agreement in Washington on 27 June 2025.", "2025-06-28"),
])
def test_counted_title_row(text: str, published: str) -> None:
    assert ("Thérèse Kayikwamba Wagner", "COD") in _people(text, "en", published, "agreement")


def test_a_row_without_countries_is_no_name_list() -> None:
    text = ("The two foreign ministers, Olivier Nduhungirehe of Rwanda and Thérèse Kayikwamba Wagner, signed a peace "
            "agreement in Washington on 27 June 2025.")
    assert ("Thérèse Kayikwamba Wagner", "COD") not in _people(text, "en", "2025-06-28", "agreement")
