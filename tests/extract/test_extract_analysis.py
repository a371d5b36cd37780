from extract.analysis import analyze, is_korean


def test_korean_compound_and_spaced_forms_give_same_terms() -> None:
    assert analyze("공급망협력회의", "ko") == analyze("공급망 협력 회의", "ko")


def test_korean_keeps_content_morphemes_only() -> None:
    terms = analyze("외교부 장관이 반도체 협력을 논의했다", "ko")
    assert "외교부" in terms and "반도체" in terms and "논의" in terms
    assert "이" not in terms and "을" not in terms and "었" not in terms


def test_latin_inside_korean_is_lowercased() -> None:
    assert "ai" in analyze("양국은 AI 안전을 논의했다", "ko")


def test_english_lowercase_words_without_stemming() -> None:
    assert analyze("Leaders Discussed Semiconductors", "en") == ["leaders", "discussed", "semiconductors"]


def test_detects_language_when_none() -> None:
    assert is_korean("한국과 일본의 정상회담")
    assert not is_korean("A summit in Seoul")
    assert analyze("정상회담", None) == analyze("정상회담", "ko")


def test_bad_input_does_not_raise() -> None:
    assert analyze("", None) == []
    assert isinstance(analyze("bad \ud800 surrogate 한국", None), list)
