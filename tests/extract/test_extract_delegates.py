from datetime import date

from extract.delegates import assign_heads, find_people, head_marked


def _people(view, text: str, lang: str = "ko", home: str | None = None):  # noqa: ANN001
    v = view(text, lang, date(2024, 5, 2), home)
    out = []
    for s in v.sents:
        found = find_people(v, s, [])
        assign_heads(v, found, {s.idx} if found and head_marked(v, s) else set())
        out.extend(found)
    return out


def test_korean_name_org_role_with_country_context(view) -> None:  # noqa: ANN001
    text = ("회의에는 한국 측에서 박정훈 외교부 경제안보국장이, 캐나다 측에서 데이비드 모리슨 "
            "글로벌업무부 차관이 각각 수석대표로 참석했다.")
    people = {p.name: p for p in _people(view, text)}
    assert set(people) == {"박정훈", "데이비드 모리슨"}
    assert people["박정훈"].country == "KOR" and people["박정훈"].name_en == "Park Jung-hoon"
    assert people["데이비드 모리슨"].country == "CAN"
    assert all(p.head for p in people.values())


def test_korean_name_glossed_in_latin_letters(view) -> None:  # noqa: ANN001
    text = "미국에서는 에밀리 블랙(Emily Black) 국무부 경제차관보가 참석했다."
    (p,) = _people(view, text)
    assert (p.name, p.name_en, p.country) == ("에밀리 블랙", "Emily Black", "USA")


def test_korean_list_joined_by_middle_dots(view) -> None:  # noqa: ANN001
    text = "우리 측에선 한지수 산업부 통상정책관·오민석 과기정통부 국장이 참석했다."
    assert [p.name for p in _people(view, text, home="KOR")] == ["한지수", "오민석"]


def test_korean_surname_with_title_is_not_a_person(view) -> None:  # noqa: ANN001
    assert _people(view, "이어 김 국장은 회의 결과를 설명했다.") == []


def test_english_title_before_name_gives_role_and_country(view) -> None:  # noqa: ANN001
    text = "Canadian Foreign Minister Melanie Joly and Japanese Foreign Minister Kamikawa Yoko met in Ottawa."
    people = {p.name: p for p in _people(view, text, "en")}
    assert people["Melanie Joly"].country == "CAN"
    assert people["Kamikawa Yoko"].country == "JPN"
    assert "Foreign Minister" in (people["Melanie Joly"].role or "")


def test_english_appositive_and_all_caps_family_name(view) -> None:  # noqa: ANN001
    text = "The meeting was attended by Mr. HAYASHI Yoshimasa, Chief Cabinet Secretary of Japan."
    (p,) = _people(view, text, "en")
    assert p.name == "HAYASHI Yoshimasa" and p.country == "JPN"


def test_heads_without_markers_follow_the_count() -> None:
    from extract.delegates import Person

    people = [Person("A", 0, 1, country="KOR")] + [Person(n, 0, 1, country="USA") for n in "BCD"]
    assign_heads(None, people, set())  # type: ignore[arg-type]
    assert [p.head for p in people] == [True, False, False, False]
