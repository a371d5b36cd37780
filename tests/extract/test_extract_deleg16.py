"""Delegates from the text, round 13 second pass (issue #16): a foreigner's name of one Korean word next to a foreign
title, probed with sentences written for these tests (none is a corpus document); each fails on main at 813124f."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    return {(d.name, d.country) for e in _held(text, lang, published) for d in e.delegates}


# `훈센 캄보디아 상원의장`: a one-word name Kiwi reads as a proper noun, before a foreign country's title.
def test_a_one_word_foreign_name_before_the_title_is_a_delegate() -> None:
    text = ("윤석열 대통령은 6월 18일 프놈펜에서 훈마넷 캄보디아 총리와 정상회담을 가졌다.\n"
            "이 자리에는 훈센 캄보디아 상원의장도 참석했다.")
    people = _people(text, "ko", "2024-06-18")
    assert ("훈마넷", "KHM") in people and ("훈센", "KHM") in people


# `캄보디아 부총리 훈센과`, `인도네시아 대통령 수카르노와`: the title first, the one-word name closing the phrase.
def test_a_one_word_foreign_name_after_the_title_is_a_delegate() -> None:
    people = _people("조태열 외교부 장관은 6월 18일 서울에서 캄보디아 부총리 훈센과 면담했다.", "ko", "2024-06-18")
    assert ("훈센", "KHM") in people
    people = _people("한덕수 국무총리는 9월 3일 서울에서 인도네시아 대통령 수카르노와 회담했다.", "ko", "2024-09-03")
    assert ("수카르노", "IDN") in people
