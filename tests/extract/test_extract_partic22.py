"""Round 22 (partic22), ordinals: a new format's first meeting told by `for the first time` on the meeting verb, not
by an ordinal in its name; tested on sentences written for these tests (real public meetings, our own wording)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


# `처음으로 한미일 국방장관회의를 가졌다`: `처음으로` on the holding verb before a format's name is its first round
# (records.md rule 2-3); not after a break (`5년 만에 처음으로`) nor two leaders' first talks (`처음으로 정상회담`).
def test_korean_first_held_before_the_meetings_name() -> None:
    text = ("이상민 행정안전부 장관은 9일 도쿄에서 미국 국토안보부 장관, 일본 총무대신, 호주 내무장관과 함께 "
            "처음으로 4개국 재난안전 장관회의를 가졌다.")
    [e] = _held(text, "ko", "2023-06-10")
    assert (e.type, e.date, e.ordinal) == ("dialogue", "2023-06-09", 1)
    text = ("박진 외교부 장관은 13일 자카르타에서 블링컨 미국 국무장관, 하야시 요시마사 일본 외무대신, 웡 호주 "
            "외교장관과 함께 처음으로 한미일호 외교장관회의를 열었다.")
    [e] = _held(text, "ko", "2023-07-14")
    assert (e.date, e.ordinal) == ("2023-07-13", 1)


def test_korean_first_after_a_break_or_first_talks_is_no_ordinal() -> None:
    text = "한국과 중국 외교장관이 26일 부산에서 4년 만에 처음으로 한중 외교장관회의를 가졌다."
    [e] = _held(text, "ko", "2023-11-27")
    assert e.ordinal is None


# `the four ministers met together for the first time on 13 July`: a meeting of three or more parties met for the
# first time is a new format's first round; `for the first time in four years`/`since` is a gap, not a round.
def test_english_three_parties_met_for_the_first_time() -> None:
    text = ("Defence ministers of Australia, Japan, the Philippines and the United States met together for the "
            "first time on June 3 in Singapore.")
    [e] = _held(text, "en", "2023-06-04")
    assert (e.type, e.date, e.ordinal) == ("dialogue", "2023-06-03", 1)
    text = ("Foreign ministers of India, Japan and Australia met for the first time on September 23 in New York "
            "to discuss supply chains.")
    [e] = _held(text, "en", "2023-09-24")
    assert (e.date, e.ordinal) == ("2023-09-23", 1)
    text = ("Foreign ministers of China, Japan and South Korea met for the first time in four years on November 26 "
            "in Busan.")
    [e] = _held(text, "en", "2023-11-27")
    assert e.ordinal is None
