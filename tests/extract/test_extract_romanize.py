from extract.romanize import romanize_name


def test_names_in_release_spelling() -> None:
    assert romanize_name("박정훈") == "Park Jung-hoon"
    assert romanize_name("이수진") == "Lee Soo-jin"
    assert romanize_name("남궁민수") == "Namgoong Min-soo"
    assert romanize_name("한솔") == "Han Sol"


def test_not_a_korean_name() -> None:
    assert romanize_name("Smith") is None
    assert romanize_name("대한민국정부대표") is None
