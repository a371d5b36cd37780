"""Delegates, round 29 (session 20, deleg29): where a person belongs, read from the `--ties best` delegate errors of
the 38 tuning sets. Sentences written for these tests (none is a corpus document); each fails at 3790359."""
from __future__ import annotations

import pytest

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str, type_: str, k: int = 0) -> list[tuple[str, str | None]]:
    """The delegates (name, country) of the k-th held event of one type."""
    events = [e for e in _held(text, lang, published) if e.type == type_]
    return [(d.name, d.country) for d in events[k].delegates]


# `the two leaders then signed …`, `양 정상은 … 서명했다`, `the two leaders held a restricted meeting`: a
# same-day event told by an office (`the leaders`, `양 정상`) takes, of the meeting before it, only those
# holding that office (not the ministers who sat in, nor a `Deputy Prime Minister`).
@pytest.mark.parametrize(("text", "lang", "published", "type_", "k", "people"), [
    ("Prime Minister Anthony Albanese met Prime Minister Fumio Kishida in Perth on 22 October 2022. Foreign "
     "Minister Penny Wong, Deputy Prime Minister Richard Marles and Foreign Minister Hayashi Yoshimasa joined the "
     "talks. The two leaders then signed the Joint Declaration on Security Cooperation.", "en", "2022-10-22",
     "agreement", 0,
     [("Anthony Albanese", "AUS"), ("Fumio Kishida", "JPN")]),
    ("앤서니 앨버니지 호주 총리는 22일 퍼스에서 기시다 후미오 일본 총리와 "
     "정상회담을 가졌다. 회담에는 페니 웡 외교장관과 하야시 요시마사 "
     "외무대신이 배석했다. 양 정상은 회담 직후 안보협력에 관한 공동선언에 "
     "서명했다.", "ko", "2022-10-22",
     "agreement", 0, [("앤서니 앨버니지", "AUS"), ("기시다 후미오", "JPN")]),
    ("Prime Minister Narendra Modi and Federal Chancellor Olaf Scholz co-chaired the sixth India-Germany "
     "Intergovernmental Consultations in Berlin on 2 May 2022. External Affairs Minister S. Jaishankar and Federal "
     "Foreign Minister Annalena Baerbock also took part in the consultations. Ahead of the consultations, the two "
     "leaders held a restricted bilateral meeting at the Federal Chancellery.", "en", "2022-05-02", "dialogue", 1,
     [("Narendra Modi", "IND"), ("Olaf Scholz", "DEU")]),
])
def test_office_referred_to_takes_its_holders(text: str, lang: str, published: str, type_: str, k: int,
                                              people: list[tuple[str, str]]) -> None:
    assert _people(text, lang, published, type_, k) == people


# `Among the signatories were A and B`, `서명자는 A 장관과 B 장관이었다`: who signed, told after the
# leaders attended the signing, are the signing's people (and its heads), not the summit's whose section
# the sentence falls in.
@pytest.mark.parametrize(("text", "lang", "signers"), [
    ("PRAGUE, Sept. 20 (Yonhap) -- President Yoon Suk Yeol and Czech Prime Minister Petr Fiala held summit talks in "
     "Prague on Friday and agreed to deepen cooperation on nuclear energy. After the talks, the two leaders attended a "
     "ceremony where the two governments signed a memorandum of understanding on nuclear power cooperation. Among the "
     "signatories were Industry Minister Ahn Duk-geun and Czech Industry and Trade Minister Jozef Sikela.", "en",
     ["Ahn Duk-geun", "Jozef Sikela"]),
    ("윤석열 대통령은 20일 프라하에서 페트르 피알라 체코 총리와 "
     "정상회담을 가졌다. 회담 후 양 정상은 원전 협력 양해각서 서명식에 "
     "임석했다. 서명자는 안덕근 산업통상자원부 장관과 요제프 시켈라 "
     "산업통상부 장관이었다.", "ko",
     ["안덕근", "요제프 시켈라"]),
])
def test_signatories_are_the_signings(text: str, lang: str, signers: list[str]) -> None:
    events = _held(text, lang, "2024-09-20")
    summit = next(e for e in events if e.type == "dialogue")
    signing = next(e for e in events if e.type == "agreement")
    assert not {d.name for d in summit.delegates} & set(signers)
    assert {d.name for d in signing.delegates if d.head} == set(signers)


# `X 정책실장은 현지 브리핑에서 "양 정상은 회담에서 …"라고 설명했다`: the subject of a briefing tells what the
# meeting agreed; the attendance words are the quote's, so the briefer is no delegate.
@pytest.mark.parametrize(("text", "published", "briefer"), [
    ("윤석열 대통령은 11일 아스타나에서 카심-조마르트 토카예프 카자흐스탄 대통령과 "
     "정상회담을 가졌다. 김태효 국가안보실 1차장은 현지 브리핑에서 \"양 정상은 "
     "회담에서 핵심광물 공급망 협력을 강화해 나가기로 했다\"고 밝혔다.", "2024-06-11", "김태효"),
    ("윤석열 대통령은 20일 프라하에서 페트르 피알라 체코 총리와 정상회담을 가졌다. "
     "성태윤 대통령실 정책실장은 현지 브리핑에서 \"양 정상은 회담에서 원전 동맹을 "
     "구축하기로 했다\"며 \"체코 신규 원전 사업의 성공을 위해 긴밀히 협력할 것\"이라고 "
     "설명했다.", "2024-09-20", "성태윤"),
])
def test_korean_briefer_is_no_delegate(text: str, published: str, briefer: str) -> None:
    names = [name for name, _ in _people(text, "ko", published, "dialogue")]
    assert len(names) == 2 and briefer not in names
