"""Delegates, round 21 (session 15, deleg25): a title written behind the name goes on with its portfolio after
`for` up to the comma, so the country closing it names the person's side (`X, Secretary of State for International
Trade of the United Kingdom,`), and a Korean call told in a past clause (`B 총리와 통화한 뒤 … 발표했다`) reports
who took part; probed with sentences written for these tests (none is a corpus document); each fails on main at
this round's start (0df4773)."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _sides(text: str, lang: str, published: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published) for d in e.delegates}


PORTFOLIO_FOR = [
    ("2021-12-17", "The Australia-United Kingdom Free Trade Agreement was signed virtually on 17 December 2021 by "
     "Dan Tehan, Minister for Trade, Tourism and Investment of Australia, and Anne-Marie Trevelyan, Secretary of "
     "State for International Trade of the United Kingdom.", {"Anne-Marie Trevelyan": "GBR"}),
    ("2022-02-28", "The United Kingdom and New Zealand signed their free trade agreement by video link on 28 "
     "February 2022. The agreement was signed by Damien O'Connor, Minister for Trade and Export Growth of New "
     "Zealand, and Anne-Marie Trevelyan, Secretary of State for International Trade of the United Kingdom.",
     {"Damien O'Connor": "NZL", "Anne-Marie Trevelyan": "GBR"}),
]


@pytest.mark.parametrize(("published", "text", "want"), PORTFOLIO_FOR)
def test_a_titles_portfolio_after_for_runs_to_its_country(published: str, text: str, want: dict[str, str]) -> None:
    sides = _sides(text, "en", published)
    for name, country in want.items():
        assert sides.get(name) == country


CALLED_AFTER = [
    ("2025-05-06", "영국과 인도가 6일 자유무역협정(FTA) 협상을 타결했다. 키어 스타머 영국 총리는 이날 나렌드라 모디 "
     "인도 총리와 통화한 뒤 타결 소식을 직접 발표했다.", {"키어 스타머", "나렌드라 모디"}),
    ("2024-11-07", "윤석열 대통령은 7일 오전 도널드 트럼프 미국 대통령 당선인과 전화로 통화한 후 기자회견에서 "
     "통화 내용을 소개했다.", {"윤석열", "도널드 트럼프"}),
]


@pytest.mark.parametrize(("published", "text", "names"), CALLED_AFTER)
def test_a_call_told_in_a_past_clause_reports_who_took_part(published: str, text: str, names: set[str]) -> None:
    assert names <= set(_sides(text, "ko", published))


TITLE_ONLY_MET = [
    ("2023-07-13", "Readout of Secretary Blinken's Meeting with Indonesian Foreign Minister Retno "
     "Marsudi\nThe Secretary "
     "met with the Foreign Minister in Jakarta today on the margins of the ASEAN ministerial meetings. They "
     "discussed Indonesia's ASEAN chairmanship and the situation in Burma.", "Marsudi", "IDN"),
    ("2024-08-07", "Readout of Secretary Austin's Meeting with Australian Deputy Prime Minister Marles\nThe Secretary "
     "met with the Deputy Prime Minister at the Pentagon today to review progress on AUKUS and force posture "
     "cooperation.", "Marles", "AUS"),
]


@pytest.mark.parametrize(("published", "text", "word", "country"), TITLE_ONLY_MET)
def test_one_met_by_title_only_is_the_one_the_header_names(published: str, text: str, word: str,
                                                           country: str) -> None:
    sides = _sides(text, "en", published)
    assert any(word in name and side == country for name, side in sides.items())
