"""Delegates, round 24 (session 17, deleg28): read from every tuning set's delegate errors under `--ties best`;
sentences written for these tests (none is a corpus document), each failing at this round's start (fe01465)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _delegates(text: str, lang: str, published: str, source: str) -> dict[str, str | None]:
    return {d.name: d.country for e in _held(text, lang, published, source) for d in e.delegates}


# A foreigner's one-word name before the title of the counterpart met (`X 총리와 정상회담을`): no country word in
# the phrase, Kiwi reading the name as a proper noun.
def test_one_word_name_of_summit_counterpart() -> None:
    got = _delegates("문재인 대통령은 25일 부산에서 훈센 총리와 정상회담을 갖고 양국 간 개발협력 확대 방안을 "
                     "논의했다.", "ko", "2019-11-26", "kr.president")
    assert "훈센" in got and "문재인" in got


def test_one_word_name_before_president_and_meeting_noun() -> None:
    got = _delegates("문재인 대통령은 4일 청와대에서 두테르테 대통령과 정상회담을 하고 인프라 협력 방안을 "
                     "논의했다.", "ko", "2018-06-05", "kr.president")
    assert "두테르테" in got


# `They also signed …`: the pronoun opening a signing's sentence is the people of the meeting told before it.
def _signers(text: str, published: str) -> set[str]:
    return {d.name for e in _held(text, "en", published, "us.state") if e.type == "agreement" for d in e.delegates}


def test_they_signed_after_the_meeting() -> None:
    got = _signers("U.S. Trade Representative Katherine Tai met Japanese Ambassador Tomita Koji in Washington on "
                   "March 28, 2023. They then signed the U.S.-Japan Critical Minerals Agreement.", "2023-03-29")
    assert {"Katherine Tai", "Tomita Koji"} <= got


def test_they_also_signed_a_declaration() -> None:
    got = _signers("Prime Minister Anthony Albanese met Prime Minister Fumio Kishida of Japan in Perth on 22 October. "
                   "They also signed a new Joint Declaration on Security Cooperation.", "2022-10-23")
    assert {"Anthony Albanese", "Fumio Kishida"} <= got
