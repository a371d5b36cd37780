"""kospeed29: patterns built per name (issue 13). `names_titled`, `named_by_family` and the surname/full-name runs
built a pattern from a name and handed it to `re.search`, whose cache holds 512 patterns: on a stream of documents
with many names each call compiled again. They now go through `regexscan.built` and skip a text without the name.
Each is checked against the form it replaced."""
from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from extract import regexscan
from extract.lang import grammar_for
from extract.lang.ko.people import _full_name, _named_in_full, _written_out, korean_shape
from extract.pipeline import run

KO_TEXT = """조태열 외교부 장관은 5일 서울에서 토니 블링컨 미국 국무장관과 회담을 가졌다.
조 장관은 블링컨 장관에게 한미동맹의 의미를 강조했다.
윤석열 대통령은 같은 날 페니 웡 호주 외교장관을 접견했다.
윤 대통령은 웡 장관과 핵심광물 협력을 논의했다.
로이드 오스틴 국방장관도 이날 신원식 국방부 장관과 만났다. 오스틴 장관은 연합훈련을 언급했다."""

EN_TEXT = """Secretary Blinken met Foreign Minister Cho Tae-yul in Washington on Monday.
The Secretary and Minister Cho discussed North Korea. President Yoon later met Prime Minister Kishida."""


def _old_names_titled(template: str, words: frozenset[str], text: str) -> bool:
    return any(re.search(template.format(w=re.escape(w)), text) for w in words if len(w) > 1 or "가" <= w <= "힣")


def _old_named_by_family(name: str, text: str) -> bool:
    family = name.split()[-1] if " " in name else name[:1]
    if not re.fullmatch(r"[가-힣]+", family):
        return False
    roles = "장관|차관|부부장|부장|대사|총리|대표|실장|차장|본부장"
    return bool(re.search(rf"(?<![가-힣]){re.escape(family)}\s+[가-힣]*(?:{roles})", text))


_WORDS = [frozenset(w) for w in (
    {"블링컨"}, {"웡", "페니"}, {"조태열"}, {"조"}, {"오스틴"},
    {"Blinken"}, {"Cho", "Tae-yul"}, {"Kishida", "Fumio"}, {"A"},
    {"Yoon", "Suk", "Yeol"}, {"Austin"})]


def test_names_titled_is_the_old_search() -> None:
    seen = set()
    for lang, text in (("ko", KO_TEXT), ("en", EN_TEXT)):
        g = grammar_for(lang)
        assert g is not None and g.titled_name is not None
        for line in text.splitlines():
            for words in _WORDS:
                old = _old_names_titled(g.titled_name, words, line)
                assert g.names_titled(words, line) is old, (lang, words, line)
                seen.add(old)
    assert seen == {True, False}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["웡", "조", " ", "장관", "총리", "실", "부", "김", "대사", "은", ".", "A"]),
                max_size=10), st.sampled_from(["웡", "조", "김", "조태열", "페니 웡", "A"]))
def test_names_titled_and_family_on_made_up_strings(parts: list[str], word: str) -> None:
    text = "".join(parts)
    g = grammar_for("ko")
    assert g is not None and g.titled_name is not None
    assert g.names_titled(frozenset({word}), text) is _old_names_titled(g.titled_name, frozenset({word}), text)
    assert g.named_by_family(word, text) is _old_named_by_family(word, text), (word, text)


def test_built_compiles_once() -> None:
    source = r"(?<![가-힣])블링컨\s+장관"
    a, b = regexscan.built(source), regexscan.built(source)
    assert a is b and a.pattern == source and a.flags == re.compile(source).flags


def test_names_titled_leaves_re_cache_alone() -> None:
    # (the point of the change: names, however many, no longer push the module-level patterns out of re's cache)
    g = grammar_for("ko")
    assert g is not None
    cache = getattr(re, "_cache", None)
    if cache is None:  # pragma: no cover  (a Python without the private cache)
        return
    re.purge()
    for i in range(100):
        g.names_titled(frozenset({f"가{chr(0xAC00 + i)}"}), f"가{chr(0xAC00 + i)} 장관은 회담했다")
    assert len(cache) == 0


def test_full_name_runs_are_the_old_finditer() -> None:
    view = run(KO_TEXT, "ko", date(2024, 6, 5))._.readout.view
    text = view.text
    for surname, role in (("조", "장관"), ("윤", "대통령"), ("신", "장관"), ("김", "장관")):
        old = [(m.group(1), m.end()) for m in re.finditer(
            rf"(?<![가-힣])({re.escape(surname)}[가-힣]{{1,2}})\s+(?:\S+\s+){{0,3}}?[^\s()]*?{re.escape(role)}"
            rf"(?=[은는이가과와을를의도]?(?:[\s,.(]|$))", text)]
        for upto in (0, len(text) // 2, len(text)):
            found = {n for n, end in old if end <= upto}
            found = {n for n in found if korean_shape(n)}
            assert _full_name(view, surname, role, upto) == (found.pop() if len(found) == 1 else None)
    for word, role in (("블링컨", "국무장관"), ("웡", "외교장관"), ("오스틴", "장관")):
        starts = [m.start() for m in re.finditer(
            rf"[가-힣]\s+{re.escape(word)}(?:\([^()]*\))?\s+(?:\S+\s+){{0,5}}?[^\s()]*?{re.escape(role)}"
            rf"(?=[은는이가과와을를의도]?(?:[\s,.(]|$))", text)]
        for upto in (0, len(text) // 2, len(text)):
            assert _named_in_full(view, word, role, upto) is any(at < upto for at in starts)
    for word in ("오스틴", "웡", "블링컨", "조태열"):
        for upto in (10, len(text)):
            m = re.search(rf"[가-힣]+\s{re.escape(word)}(?![가-힣])", text[:upto])
            assert _written_out(view, word, upto) == (m.group() if m else word if korean_shape(word) else None)
