"""Delegates, round 26 (session 18, deleg31): name grammars read from the `--ties best` delegate errors of the
whole tuning run. Sentences written for these tests (none is a corpus document), each failing at e6ab1fa."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> list[tuple[str, str | None]]:
    """Every held event's delegates (name, country), in order."""
    return [(d.name, d.country) for e in _held(text, lang, published) for d in e.delegates]


# `베트남의 응우옌 쑤언 푹 총리`: the short words between a foreign country's possessive and the title are a
# transliterated name, though Kiwi reads them as common nouns or an adverb (`푹`).
@pytest.mark.parametrize(("text", "person"), [
    ("강경화 외교부 장관은 2020년 9월 9일 화상으로 열린 아세안+3 외교장관회의에 참석했다. 회의는 올해 의장국을 맡은 "
     "베트남의 팜 빈 민 부총리가 주재했다.", ("팜 빈 민", "VNM")),
    ("문재인 대통령은 2020년 11월 14일 화상으로 열린 제23차 아세안+3 정상회의에 참석했다. 이날 회의는 의장국 "
     "베트남의 응우옌 쑤언 푹 총리가 이끌었다.", ("응우옌 쑤언 푹", "VNM")),
])
def test_name_after_a_possessive_country(text: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "ko", "2020-11-20")


def test_common_nouns_after_a_possessive_country_are_no_name() -> None:
    text = ("문재인 대통령은 2020년 11월 14일 화상으로 열린 제23차 아세안+3 정상회의에 참석했다. "
            "회의에는 미국의 국가 안보 보좌관도 참석했다.")
    assert [n for n, _ in _people(text, "ko", "2020-11-20")] == ["문재인"]


# `A, Prime Minister of X, B, Prime Minister of Y, and C`: the title after A's comma is A's apposition, not a title
# fronted before B's name, when B has a title of its own after it; B's side is the one its own title names.
@pytest.mark.parametrize(("text", "person"), [
    ("President Yoon Suk Yeol met in Vilnius on 12 July 2023 with Anthony Albanese, Prime Minister of Australia, "
     "Chris Hipkins, Prime Minister of New Zealand, and Fumio Kishida, Prime Minister of Japan.",
     ("Chris Hipkins", "NZL")),
    ("The leaders of the Quad met virtually on 12 March 2021. Prime Minister Narendra Modi took part along with "
     "H.E. Mr. Scott Morrison, Prime Minister of the Commonwealth of Australia, H.E. Mr. Yoshihide Suga, Prime "
     "Minister of Japan, and H.E. Mr. Joseph R. Biden, President of the United States of America.",
     ("Yoshihide Suga", "JPN")),
])
def test_apposed_titles_in_a_list(text: str, person: tuple[str, str]) -> None:
    published = "2021-03-13" if "2021" in text else "2023-07-13"
    assert person in _people(text, "en", published)


# `met A and B, Chairman of the PLO Executive Committee`: a listed person whose own apposition names a body of a side
# is that body's side, not the side of the one listed before (PLO and Palestinian Authority: PSE bodies).
@pytest.mark.parametrize(("text", "published", "person"), [
    ("President Xi Jinping met in Riyadh on Friday with Egyptian President Abdel Fattah el-Sisi and Mahmoud Abbas, "
     "Chairman of the PLO Executive Committee.", "2022-12-10", ("Mahmoud Abbas", "PSE")),
    ("Secretary of State Antony Blinken met in Amman on Saturday with Jordan's Foreign Minister Ayman Safadi and "
     "Hussein al-Sheikh, Secretary General of the PLO Executive Committee.", "2023-11-05",
     ("Hussein al-Sheikh", "PSE")),
])
def test_own_body_beats_the_listed_side(text: str, published: str, person: tuple[str, str]) -> None:
    assert person in _people(text, "en", published)
