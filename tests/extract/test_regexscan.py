"""`regexscan.finditer` finds exactly what `re.finditer` finds, for the date patterns of every grammar."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extract import regexscan
from extract.lang.en import dates as en_dates
from extract.lang.ko import dates as ko_dates

PATTERNS = [p for _, p in ko_dates.PATTERNS] + [p for _, p in en_dates.PATTERNS]
# Pieces the date patterns are made of, and some that are not: random texts put them together.
PIECES = ["지난", "오는", "이번", "이달", "다음 달", "다음달", "올해", "내년", "작년", "지난해",
          "상반기", "하반기", "년", "월", "일", "일간", "차", "이날", "전날", "어제",
          "(현지시간)", "(월)", "(화)", "~", "∼", ".", "'", "’", "(", ")", " ", "  ",
          "\n", "-", "/", "0", "1", "2", "9", "12", "19", "20", "2024", "31", "June", "Jun.", "on", "next", "last",
          "Monday", "the", "1st", "of", "th", "가", "이", "에서", "%"]


def _spans(it: object) -> list[tuple[int, int]]:
    return [m.span() for m in it]  # type: ignore[attr-defined]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_same_matches_as_finditer(pieces: list[str]) -> None:
    text = "".join(pieces)
    starts: dict = {}
    for p in PATTERNS:
        assert _spans(regexscan.finditer(p, text, starts)) == _spans(p.finditer(text)), p.pattern


def test_korean_date_patterns_get_a_first_character_class() -> None:
    # The point of the module: these are the slow ones when tried at every position.
    slow = [p for k, p in ko_dates.PATTERNS if k in ("md", "m", "d", "ymd", "y")]
    assert all(regexscan.first_chars(p) is not None for p in slow)


@pytest.mark.parametrize("pattern", [r"a?", r"(?:x|)", r"(?i)abc", r".x", r"[^a]b", r"\Wx", r"(?i:a)b"])
def test_patterns_whose_first_characters_cannot_be_told_fall_back(pattern: str) -> None:
    p = re.compile(pattern)
    assert regexscan.first_chars(p) is None
    assert _spans(regexscan.finditer(p, "ab xa Ab")) == _spans(p.finditer("ab xa Ab"))


@pytest.mark.parametrize("pattern, chars", [(r"(?<![\d.])\d{1,2}월", r"[\d]"), (r"(?:지난\s*)?(\d)일", r"[\d지]"),
                                            (r"\bfoo|bar", r"[bf]"), (r"(?:x|)y", r"[xy]"), (r"[a-c\d]z", r"[\da-c]")])
def test_first_characters(pattern: str, chars: str) -> None:
    got = regexscan.first_chars(re.compile(pattern))
    assert got is not None and got.pattern == chars
