"""The shortcuts of the Korean speedups answer what the work they skip would: token ends, clauses cut once,
whether a clause has words, and the patterns searched through `regexscan`."""
from __future__ import annotations

import re
from collections.abc import Callable
from operator import add

from spacy.language import Language

from extract.lang.ko import _FIRST_HELD, Korean
from extract.lang.ko import commitments as ko_commitments
from extract.regexscan import Scan
from extract.view import View

TEXT = ("외교부는 3일 서울에서 제4차 한-칠레 경제협력대화를 개최하고 반도체와 수소 협력 방안을 논의했다고 밝혔다.\n"
        "양측은 공급망 정보를 공유하기로 했으며, 다음 회의는 내년 산티아고에서 열릴 예정이다.\n"
        "  ▲  \n"
        "작년 회의 이후 처음으로 열린 이번 대화에서 양 장관은 이에 앞서 환담했다.")


def test_token_ends_are_offset_plus_length(ko_nlp: Language) -> None:
    for text in (TEXT, "  가  나\n\n다 ", "토니  블링컨 \n"):
        doc = ko_nlp.make_doc(text)
        offsets, words, _, _ = doc.user_data["kiwi_columns"]
        assert doc.user_data["kiwi_ends"] == list(map(add, offsets, map(len, words)))
        assert [bool(t.is_sent_start) for t in doc] == doc.user_data["sent_starts"]  # (starts handed over as bytes)


def test_clauses_are_cut_once_per_sentence(view: Callable[..., View]) -> None:
    v = view(TEXT)
    for s in v.sents:
        first = v.grammar.clauses(v, s)
        assert first == ko_commitments.clauses(v, s)
        assert v.grammar.clauses(v, s) is first  # the document's memo


def test_has_clause_words_is_whether_the_words_are_there(view: Callable[..., View]) -> None:
    for text, lang in ((TEXT, "ko"), ("The ministers met in Seoul. ▲ They agreed to cooperate on hydrogen.", "en")):
        v = view(text, lang)
        spans = [c for s in v.sents for c in v.grammar.clauses(v, s)]
        spans += [(s.start, s.start) for s in v.sents] + [(0, len(v.text))]
        assert any(not v.grammar.clause_words(v, *c) for c in spans)  # (an empty clause is among them)
        for c in spans:
            assert v.grammar.has_clause_words(v, *c) == bool(v.grammar.clause_words(v, *c))


def test_korean_patterns_through_regexscan_find_what_re_finds() -> None:
    scans = [_FIRST_HELD, ko_commitments._LEAD, Korean.attendance_future, Korean.back_reference, Korean._recalled,
             Korean._last_year, Korean._earlier, Korean.remark, *(w for w, _ in Korean.referred_office[:2])]
    assert all(isinstance(p, Scan) for p in scans)
    texts = [*TEXT.split("\n"), TEXT, "다음과 같이 협력하기로 하였다:", "회담을 설명하고, ", "그때 회의에", "지난해 ",
             "양 정상은 만났다", "두 장관이", "열린 바 있다.", "앞서,"]
    for p in scans:
        plain = re.compile(p.pattern, p.flags)
        for t in texts:
            for pos, end in ((0, len(t)), (1, len(t)), (0, max(0, len(t) - 3))):
                a, b = p.search(t, pos, end), plain.search(t, pos, end)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (p.pattern, t)
            assert [m.span() for m in p.finditer(t)] == [m.span() for m in plain.finditer(t)]
