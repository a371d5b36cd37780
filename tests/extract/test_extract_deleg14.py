"""Delegates from the text, round 12 continued (issue #16): the ways a person is named in both languages, probed
with sentences written for these tests (none is a corpus document); every test fails on the code before it (main
at 6a1a8c8)."""
from __future__ import annotations

from tests.extract.sentences import held as _held


def _people(text: str, lang: str, published: str) -> set[tuple[str, str | None]]:
    """(name, country) of every delegate of every held event."""
    return {(d.name, d.country) for e in _held(text, lang, published) for d in e.delegates}


def _names(text: str, lang: str, published: str) -> set[str]:
    return {name for name, _ in _people(text, lang, published)}


# ------------------------------------------------------------------ Korean: names Kiwi misreads

# `기관 + 이름 + 직함`: a three-syllable Korean name whose last syllable is also an office's ending (`원`, `국`, `성`)
# is a name, not an office, unless Kiwi reads it as one dictionary noun (`조달청`).
def test_a_korean_name_ending_like_an_office_is_a_name() -> None:
    text = "외교부 정병원 차관보는 3월 4일 서울에서 호세 페르난데스 미국 국무부 경제차관과 회담했다."
    assert ("정병원", "KOR") in _people(text, "ko", "2024-03-04")
    text = "외교부 이진국 국장은 3월 4일 도쿄에서 후나코시 다케히로 일본 외무성 국장과 협의회를 개최했다."
    assert ("이진국", "KOR") in _people(text, "ko", "2024-03-04")


# `공정위 위원장`, `방통위원장`-style short names of a commission (`…위`) are the office, not a person.
def test_a_commission_short_name_is_no_person() -> None:
    text = "한기정 공정위 위원장은 3월 4일 브뤼셀에서 마르그레테 베스타게르 EU 집행위원과 회담했다."
    names = _names(text, "ko", "2024-03-04")
    assert "한기정" in names and "공정위" not in names
    text = "김홍일 방통위 위원장은 3월 4일 서울에서 제시카 로젠워셀 미국 연방통신위원회 위원장과 면담했다."
    assert "방통위" not in _names(text, "ko", "2024-03-04")


# `최영한`: Kiwi reads `최영` + `한` (하다 + ending); a proper noun opening a three-syllable word of a Korean name's
# shape keeps the whole word.
def test_a_korean_name_read_as_a_verb_form_is_a_name() -> None:
    text = "최영한 외교부 국장은 3월 4일 서울에서 존 박 미국 국무부 부차관보와 협의회를 가졌다."
    assert ("최영한", "KOR") in _people(text, "ko", "2024-03-04")
    text = ("제3차 한-인도 정책협의회가 5월 10일 서울에서 개최되었다. 이번 회의는 김정한 외교부 아시아태평양국장과 "
            "라오 크리슈난 인도 상무부 차관보가 주재했다.")
    assert ("김정한", "KOR") in _people(text, "ko", "2024-05-10")


# Transliterated names: an ending right after a noun (`라오` as `라` + `오`) is a syllable of the name, and two or
# more words right before the country of the person's phrase are the name even when Kiwi reads each as a common
# noun (`응우옌 민 부 베트남 외교부 차관`); an organisation written over two words (`인도 외교부`) is not the name's.
def test_transliterated_names_kiwi_misreads() -> None:
    text = "강인선 외교부 2차관은 3월 4일 하노이에서 응우옌 민 부 베트남 외교부 차관과 회담했다."
    assert ("응우옌 민 부", "VNM") in _people(text, "ko", "2024-03-04")
    text = "김홍균 외교부 1차관은 3월 4일 서울에서 라오 크리슈난 인도 외교부 차관보와 회담했다."
    assert ("라오 크리슈난", "IND") in _people(text, "ko", "2024-03-04")
    text = ("제5차 한-캐나다 경제협력위원회가 3월 4일 오타와에서 개최되었다. 회의는 윤성덕 외교부 경제외교조정관과 "
            "데이비드 모리슨 캐나다 외교부 차관이 주재했다.")
    assert ("데이비드 모리슨", "CAN") in _people(text, "ko", "2024-03-04")


# A Latin gloss tells how many words a name has: the Hangul words before it complete the name even when Kiwi reads
# the first as a verb (`지나` of `지나 로페스(Gina Lopez)`).
def test_a_gloss_completes_a_name_kiwi_misreads() -> None:
    text = "조태열 장관은 3월 4일 서울에서 지나 로페스(Gina Lopez) 필리핀 환경부 장관과 회담했다."
    assert ("지나 로페스", "PHL") in _people(text, "ko", "2016-03-05")
    text = "조현동 주미대사는 3월 4일 워싱턴에서 지나 하스펠(Gina Haspel) 미국 중앙정보국 국장과 면담했다."
    assert ("지나 하스펠", "USA") in _people(text, "ko", "2018-03-05")


# `공동 수석대표`, `공동 의장`: joint, a word of the title, never a person.
def test_joint_before_a_title_is_no_name() -> None:
    text = ("제2차 한-인도 외교차관 전략대화가 3월 4일 서울에서 열렸다. 이번 대화에는 김홍균 외교부 1차관과 비나이 "
            "콰트라 인도 외교차관이 공동 수석대표로 참석했다.")
    names = _names(text, "ko", "2024-03-04")
    assert "김홍균" in names and "공동" not in names
    text = ("제5차 한-캐나다 경제협력위원회가 3월 4일 오타와에서 개최되었다. 회의는 윤성덕 외교부 경제외교조정관과 "
            "데이비드 모리슨 캐나다 외교부 차관이 공동 의장으로 주재했다.")
    assert "공동" not in _names(text, "ko", "2024-03-04")


# ------------------------------------------------------------------ English: titles, sides, initials

# A city-state's name (a place in the gazetteer) in the person's own phrase is their side.
def test_a_city_state_in_the_persons_phrase_is_their_side() -> None:
    text = ("Vice Minister Kang In-sun held consultations with Minister for Education Chan Chun Sing of Singapore in "
            "Seoul on March 4, 2024.")
    assert ("Chan Chun Sing", "SGP") in _people(text, "en", "2024-03-04")
    text = ("The Singapore delegation was headed by Minister for Trade and Industry Gan Kim Yong at the talks held in "
            "Seoul on March 4, 2024.")
    assert ("Gan Kim Yong", "SGP") in _people(text, "en", "2024-03-04")


# A portfolio's last word (`Health`, `State`) ends the title: a three-word East Asian name after it is whole.
def test_a_three_word_name_after_a_portfolio() -> None:
    text = "Secretary Blinken met with Minister for Health Ong Ye Kung of Singapore in Washington on March 4, 2024."
    assert ("Ong Ye Kung", "SGP") in _people(text, "en", "2024-03-04")
    text = "Foreign Minister Cho Tae-yul met Minister of State Low Yen Ling in Seoul on March 4, 2024."
    assert "Low Yen Ling" in _names(text, "en", "2024-03-04")


# Leading joined initials that name no country (`S.J.`, unlike `U.S.`) are the person's own.
def test_leading_initials_belong_to_the_name() -> None:
    text = ("The Indian delegation was led by S.J. Rao Krishnan, Additional Secretary, at the Policy Dialogue held "
            "in Seoul on March 4, 2024.")
    assert ("S.J. Rao Krishnan", "IND") in _people(text, "en", "2024-03-04")
    text = ("Additional Secretary S.J. Rao Krishnan and U.S. Ambassador Philip Goldberg attended the Policy Dialogue "
            "held in New Delhi on March 4, 2024.")
    names = _names(text, "en", "2024-03-04")
    assert "S.J. Rao Krishnan" in names and "Philip Goldberg" in names


# An honorific's full stop (`Hon.`) ends no sentence: the person after it is still the one met.
def test_an_honorific_full_stop_ends_no_sentence() -> None:
    text = ("Foreign Minister Cho Tae-yul met Hon. Winston Peters, Foreign Minister of New Zealand, in Wellington on "
            "March 4, 2024.")
    assert ("Winston Peters", "NZL") in _people(text, "en", "2024-03-04")
    text = ("Secretary Blinken held talks with Hon. Penny Wong, Minister for Foreign Affairs of Australia, in Adelaide "
            "on March 4, 2024.")
    assert ("Penny Wong", "AUS") in _people(text, "en", "2024-03-04")
