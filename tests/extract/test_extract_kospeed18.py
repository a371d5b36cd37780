"""The Korean speedups of kospeed18 answer what the code they replace did: the tokenizer's `Doc` built from
string-store hashes, surnames as a set, the cheap token tests of a whole-name word first, patterns scanned only
where their required strings are, `first_pairs` remembered by identity, and a month's `when` without strftime."""
from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from extract import regexscan
from extract.commitments import _conjunct_patterns
from extract.dates import DateMention
from extract.lang.ko import dates as ko_dates
from extract.lang.ko.people import _HANGUL, _chunks, _proper_name_word, cues, korean_shape
from extract.lang.ko.tokenizer import KiwiTokenizer
from extract.view import Tok, View

TEXT = ("외교부는 5일 부산에서 제3차 한-페루 공급망 대화를 열고 리튬과 구리 협력을 논의했다.\n"
        "회의에는 김정한 국장과 루이스 가르시아 차관이 수석대표로 참석했으며, 양측은 경제안보 협력을 강화하기로 했다.\n"
        "양국은 에너지, 안보 분야 협력을 확대하기로 뜻을 모았다. 다음 회의는 2025년 3월 리마에서 열린다.")


def test_doc_from_hashes_is_the_doc_from_strings(ko_nlp: Language) -> None:
    tok = KiwiTokenizer(ko_nlp.vocab)  # its own hash table, empty: the first text takes the path adding strings
    for text in (TEXT, TEXT, "  가  나\n\n다 Zqxvw9 ", "토니  블링컨 \n"):
        doc = tok(text)
        _, words, _, _ = doc.user_data["kiwi_columns"]
        plain = Doc(ko_nlp.vocab, words=list(words), spaces=[bool(t.whitespace_) for t in doc])
        assert doc.text == plain.text == text
        assert [t.orth for t in doc] == [t.orth for t in plain]
        assert [(t.text, t.whitespace_, t.lemma_, t.tag_) for t in doc] == \
            [(t.text, t.whitespace_, t.lemma_, t.tag_) for t in ko_nlp.make_doc(text)]


def test_surnames_as_a_set() -> None:
    listed = cues().surnames
    words = [*listed, *(s + "민수" for s in listed), *(s + "x" for s in listed), "가나", "x", "", "김", "남궁민수",
             "독고영재", "Kim Min"]
    for w in words:
        assert korean_shape(w) == (2 <= len(w) <= 4 and (w[0] in listed or w[:2] in listed))


def _whole_name_before(raw: str, toks: list[Tok]) -> bool:
    """`_proper_name_word` as it was (the pattern and the surnames first)."""
    return (len(raw) == 3 and bool(_HANGUL.match(raw)) and korean_shape(raw) and len(toks) == 2
            and toks[0].base == "NNP" and toks[0].end - toks[0].start == 2)


def test_whole_name_word_tests_reordered(view: Callable[..., View]) -> None:
    v = view(TEXT + "\n김정한 국장은 이날 박민호 과장, 이수진 서기관과 함께 참석했다.")
    raw_toks = [(v.text[c.start:c.end], v.tokens_in(c.start, c.end)) for s in v.sents for c in _chunks(v, s)]
    pair = [Tok(0, 2, "김정", "NNP", "김정"), Tok(2, 3, "한", "XSA", "하")]
    made = [(w, pair) for w in ("김정한", "정한x", "빈정한")]
    assert any(_whole_name_before(*x) for x in made)  # (the tests can tell the two apart)
    for raw, toks in raw_toks + made:
        assert _proper_name_word(raw, toks) == _whole_name_before(raw, toks), raw


def test_conjunct_pattern_scanned_where_its_word_is() -> None:
    (topic, scan), *_ = _conjunct_patterns("ko")[0]
    assert isinstance(scan, regexscan.Scan) and scan._first is None and scan._need
    plain = re.compile(scan.pattern, scan.flags)
    texts = [*TEXT.split("\n"), "안보", "경제안보", "무역, 안보 등", "에너지 및 안보 분야", "협력하고 안보", "",
             "안 보"]
    assert any(list(plain.finditer(t)) for t in texts) and any(not list(plain.finditer(t)) for t in texts)
    for t in texts:
        assert [(m.span(), m.groups()) for m in scan.finditer(t)] == [(m.span(), m.groups()) for m in plain.finditer(t)]
        for pos, end in ((0, len(t)), (2, len(t)), (0, max(0, len(t) - 2))):
            a, b = scan.search(t, pos, end), plain.search(t, pos, end)
            assert (a and a.span()) == (b and b.span())


def test_first_pairs_remembered_by_identity() -> None:
    regexscan._FIRST_PAIRS.clear()
    for text in (TEXT, TEXT, "지난 3일과 오는 10일 사이, 2025년 5월"):
        for _, p in ko_dates.PATTERNS:
            assert [m.span() for m in regexscan.finditer(p, text)] == [m.span() for m in p.finditer(text)]
            assert regexscan._FIRST_PAIRS[id(p)][:2] == (p, regexscan.first_pairs(p))
            assert regexscan._FIRST_PAIRS[id(p)][0] is p  # (kept: its id is not reused while remembered)


@pytest.mark.parametrize("year", [1, 9, 99, 999, 1000, 2024, 9999])
def test_month_when_is_what_strftime_gives(year: int) -> None:
    for month in (1, 6, 12):
        d = date(year, month, 1)
        assert DateMention(0, 1, "x", "month", d).when == d.strftime("%Y-%m")
