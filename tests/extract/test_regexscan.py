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


# `Scan`: the patterns it is used for, and some made to test its corners (optional parts, lookarounds, anchors).
SCANNED = [r"\S+?(?:로|으로)\s+인한|\S+\s+이후(?=\s)",
           r"(?:었|았|였|왔|(?<!수 )있|했|됐|졌)(?:다(?:고|는)|음을)\s*(?:데|점)?\S{0,3}\s*(?:공감|평가)",
           r"(?:[할될]|[가-힣]ㄹ)\s*(?:계획|예정)(?:이다|입니다)[.\s]*$", r"(?:지난\s*)?(?<![\d.])(\d{1,2})일",
           r"x(?:ab|cd)?y", r"^(?:이를|이에)\b", r"(?:^|\s)(가+)\s+$", r"a+", r"(?i)ab",
           r"(?i)(?<![\w-])(?:ski|asks?)(?![\w-])", r"(?i:ab)c|cd"]
SCAN_PIECES = ["인한", "이후", "로", "으로", " ", "  ", "\n", "가", "가가", "었다는", "있다고", "수 있다는",
               "데", "공감", "평가", "할", "될", "갈", "계획이다", "예정입니다", ".", "지난", "1", "12", "일",
               "x", "ab", "cd", "y", "이를", "이에", "A", "a", "s", "K", "i", "ſ", "\u212a", "İ", "ı", "-"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=30), st.integers(-3, 40), st.integers(0, 60))
def test_scan_finds_what_the_pattern_finds(pieces: list[str], pos: int, endpos: int) -> None:
    text = "".join(pieces)
    for source in SCANNED:
        p = re.compile(source)
        s = regexscan.Scan(p)
        want, got = p.search(text), s.search(text)
        assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), source
        want, got = p.search(text, pos, endpos), s.search(text, pos, endpos)
        assert (want and want.span()) == (got and got.span()), (source, pos, endpos)
        assert _spans(s.finditer(text)) == _spans(p.finditer(text)), source
        assert _spans(s.finditer(text, pos, endpos)) == _spans(p.finditer(text, pos, endpos)), source
        assert s.sub("#", text) == p.sub("#", text), source
        assert s.match(text, pos) == p.match(text, pos) or s.match(text, pos).span() == p.match(text, pos).span()


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SCAN_PIECES), max_size=30))
def test_every_match_holds_a_required_string(pieces: list[str]) -> None:
    text = "".join(pieces)
    for source in SCANNED:
        p = re.compile(source)
        need = regexscan.required(p)
        for m in p.finditer(text):
            assert need is None or any(s in m.group() for s in need), (source, m.group(), need)


@pytest.mark.parametrize("pattern, need", [
    (r"\S+?(?:로|으로)\s+인한|\S+\s+이후(?=\s)", ("이후", "인한")),  # one per alternative, the longest literal
    (r"(?:ab)?c", ("c",)),  # `abc` holds `c`: one of the rest is in every match
    (r"x(?:ab|cd)?y", ("xaby", "xcdy", "xy")),
    (r"(?:다(?:고|는)|음을)\s*공감", ("공감",)),  # as long as `다고`, `다는`, `음을`, and one string to look for
    (r"(?:다(?:고|는)|음을)\s*(?:공감|평가|높이)", ("다고", "다는", "음을")),  # as long: the fewer strings
    (r"a?", None), (r"\d+", None), (r"(?i)abc", None), (r"x|\d", None)])
def test_required_strings(pattern: str, need: tuple[str, ...] | None) -> None:
    assert regexscan.required(re.compile(pattern)) == need


def test_a_text_without_the_required_strings_is_not_searched() -> None:
    s = regexscan.Scan(re.compile(r"\S+?(?:로|으로)\s+인한|\S+\s+이후(?=\s)"))
    assert s.search("코로나19로 어려운 시기에 협력했다") is None
    assert list(s.finditer("양국은 협력을 강화하기로 했다")) == []
    assert s.search("코로나19로 인한 위기").span() == (0, 9)


@pytest.mark.parametrize("pattern, pairs, chars", [
    (r"(?:(?P<pre>지난|오는)\s*)?(?<![\d.])(?P<d>\d{1,2})\s*일", ("오는", "지난"), r"[\d]"),
    (r"이날|당일|같은\s날", ("같은", "당일", "이날"), None),
    (r"(?:x|yz)w", ("yz",), "[x]"), (r"a+b", (), "[a]")])
def test_first_pairs(pattern: str, pairs: tuple[str, ...], chars: str | None) -> None:
    got = regexscan.first_pairs(re.compile(pattern))
    assert got is not None and got[0] == pairs and (got[1].pattern if got[1] else None) == chars


HELD_WORDS = ("signing", "launch", "kiosk")
HELD_PIECES = ["sign", "ing", "SIGN", "İNG", "ıng", "ſigning", "Launch", "LAUNCH", "laun", "ch", "\u212aiosk", "kio",
               "sk", " ", "’", "—", "a", "é", "İ"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(HELD_PIECES), max_size=12))
def test_may_hold_is_never_false_where_re_i_finds_a_word(pieces: list[str]) -> None:
    text = "".join(pieces)
    found = re.search("|".join(HELD_WORDS), text, re.I) is not None
    assert regexscan.may_hold(text, HELD_WORDS) or not found, text


def test_may_hold() -> None:
    assert regexscan.may_hold("The SIGNING ceremony", ("signing",))
    assert not regexscan.may_hold("They met in Seoul — and talked.", ("signing", "exchange"))
    assert regexscan.may_hold("the sİgning", ("signing",))  # `İ` folds to `i` in `re`, to two characters in lower()
    assert re.search("signing", "the sİgning", re.I)


@pytest.mark.parametrize("pattern, need", [
    (r"(?<![\w-])(?:Signed|concluded|went)(?![\w-])", ("concluded", "signed", "went")),
    (r"[Tt]he\s+(?:next|last)\s+WEEK", ("week",)), (r"é|e", None), (r"ab", None), (r"\w+", None)])
def test_required_folded(pattern: str, need: tuple[str, ...] | None) -> None:
    assert regexscan.required_folded(re.compile(pattern, 0 if pattern == "ab" else re.I)) == need
