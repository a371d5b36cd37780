"""Delegates, round 24 (session 17, deleg28): read from every tuning set's delegate errors under `--ties best`. A
one-word foreign name before the counterpart's title, `They signed …` and `the U.S. delegation met …` after a meeting,
a Korean attendance sentence that leaves out who attended, the one party no one else stands for, and government
sources' home sides; sentences written for these tests (none is a corpus document), each failing at this round's start
(fe01465)."""
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


# `□ 6.5.(수)에는 B가 주최한 「…포럼」에 참석하여 …`: an attendance sentence naming no one and leaving out who attended
# (a subject inside the relative clause is the gathering's) is the person the release is about.
def _at(text: str, published: str, name: str) -> list[str]:
    return [d.name for e in _held(text, "ko", published, "kr.motie") if e.name and name in e.name
            for d in e.delegates]


def test_forum_attended_with_subject_left_out() -> None:
    text = ("□ 안덕근 산업통상자원부 장관은 6.4.(화) 서울 롯데호텔에서 아프리카 각국 통상장관들과 한-아프리카 경제협력 "
            "장관회의를 개최하였다.\n□ 6.5.(수)에는 대한상공회의소가 주최한 「한-아프리카 비즈니스 포럼」에 참석하여 "
            "아프리카 기업인들과 핵심광물 공급망 협력 방안을 논의하였다.")
    assert _at(text, "2024-06-06", "비즈니스 포럼") == ["안덕근"]


def test_roundtable_attended_with_subject_left_out() -> None:
    text = ("□ 박윤규 과학기술정보통신부 제2차관은 10.16.(월) 아랍에미리트 두바이에서 오마르 술탄 알 올라마 "
            "인공지능부 국무장관과 면담하였다.\n□ 10.17.(화)에는 현지 정보통신기술 기업들이 참여한 「한-UAE 디지털 "
            "협력 라운드테이블」에 참석하여 양국 기업 간 협력 방안에 대해 의견을 나누었다.")
    assert _at(text, "2023-10-18", "라운드테이블") == ["박윤규"]


# `Later that day the U.S. delegation called on X`: the side's people of the meeting told before, not the other side's.
def _met_later(text: str, published: str, name: str) -> set[str]:
    return {d.name for e in _held(text, "en", published, "us.state") if any(d.name == name for d in e.delegates)
            for d in e.delegates}


def test_delegation_called_on_after_the_meeting() -> None:
    got = _met_later("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin met Foreign Minister "
                     "Motegi Toshimitsu and Defense Minister Kishi Nobuo in Tokyo on March 16 for the Japan-U.S. "
                     "Security Consultative Committee. Later that day the U.S. delegation called on Prime Minister "
                     "Suga Yoshihide at the Prime Minister's Office.", "2021-03-17", "Suga Yoshihide")
    assert got == {"Suga Yoshihide", "Antony Blinken", "Lloyd Austin"}


def test_delegation_met_president_following_the_talks() -> None:
    got = _met_later("Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin held talks with Foreign "
                     "Minister Chung Eui-yong and Defense Minister Suh Wook in Seoul on March 18. Following the talks, "
                     "the American delegation met with President Moon Jae-in at the Blue House.", "2021-03-19",
                     "Moon Jae-in")
    assert got == {"Moon Jae-in", "Antony Blinken", "Lloyd Austin"}


# The publisher's side from a government source id (`il.mfa`, `gr.mfa`): its minister named with no country word.
def _sides(text: str, published: str, source: str) -> dict[str, str | None]:
    return _delegates(text, "en", published, source)


def test_israeli_release_minister_is_israel() -> None:
    got = _sides("Foreign Minister Eli Cohen met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv today (Thursday, "
                 "16 February 2023) and discussed humanitarian aid.", "2023-02-16", "il.mfa")
    assert got == {"Eli Cohen": "ISR", "Dmytro Kuleba": "UKR"}


def test_greek_release_minister_is_greece() -> None:
    got = _sides("Minister of Foreign Affairs Giorgos Gerapetritis met Turkish Foreign Minister Hakan Fidan in Ankara "
                 "on 8 November to discuss bilateral relations.", "2023-11-09", "gr.mfa")
    assert got == {"Giorgos Gerapetritis": "GRC", "Hakan Fidan": "TUR"}


# `X met Minister of State Y` where X is the foreign side: the one person with no side is of the meeting's one party
# no one else stands for (here the publisher's).
def test_met_host_minister_is_the_party_left() -> None:
    got = _sides("Today (3 June) State Secretary Thomas Bagger and Viet Nam's Deputy Foreign Minister Nguyen Minh Vu "
                 "co-chaired the German-Vietnamese Strategic Dialogue in Berlin. In the afternoon, Deputy Foreign "
                 "Minister Nguyen Minh Vu met Minister of State Anna Lührmann for an exchange on climate policy.",
                 "2024-06-03", "de.aa")
    assert got.get("Anna Lührmann") == "DEU"


def test_called_on_host_minister_is_the_party_left() -> None:
    got = _sides("On 20 May, Senior Deputy Minister Okano Masataka and Philippine Undersecretary Maria Theresa Lazaro "
                 "held the Japan-Philippines vice-ministerial dialogue in Tokyo. Afterwards, Undersecretary Maria "
                 "Theresa Lazaro called on State Minister for Foreign Affairs Tsuge Yoshifumi.", "2024-05-21",
                 "jp.mofa")
    assert got.get("Tsuge Yoshifumi") == "JPN"
