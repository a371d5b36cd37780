from pathlib import Path

import pytest

from extract.entities import find_mentions
from extract.gazetteer import Gazetteer, GazetteerError, get_gazetteer


def test_real_gazetteers_load_and_cover_the_basics() -> None:
    g = get_gazetteer()
    assert {"KOR", "USA", "JPN", "EU"} <= set(g.country_by_id)
    assert g.abbr_ko["미"] == "USA"
    assert g.topics and g.places and g.officials


def test_invalid_entry_names_file_and_field(tmp_path: Path) -> None:
    (tmp_path / "countries").mkdir()
    (tmp_path / "countries" / "bad.yaml").write_text("- id: KOR\n  kind: planet\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"bad\.yaml: entry 0.*kind"):
        Gazetteer(tmp_path)


def test_unknown_key_is_an_error_but_underscore_notes_are_not(tmp_path: Path) -> None:
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "a.yaml").write_text("- {city: Busan, country: KOR, _note: x}\n", encoding="utf-8")
    assert Gazetteer(tmp_path).places[0].city == "Busan"
    (tmp_path / "places" / "b.yaml").write_text("- {city: Busan, country: KOR, town: y}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="town"):
        Gazetteer(tmp_path)


def test_files_in_a_category_merge(tmp_path: Path) -> None:
    (tmp_path / "places").mkdir()
    (tmp_path / "places" / "a.yaml").write_text("- {city: Busan, country: KOR}\n", encoding="utf-8")
    (tmp_path / "places" / "b.yaml").write_text("- {city: Osaka, country: JPN}\n", encoding="utf-8")
    assert [p.city for p in Gazetteer(tmp_path).places] == ["Busan", "Osaka"]


def _ids(text: str, lang: str, label: str = "COUNTRY") -> list[str]:
    return [m.id for m in find_mentions(text, lang) if m.label == label]


def _ko_ids(view, text: str) -> list[str]:  # noqa: ANN001
    # Korean names must start and end on morpheme edges: use the pipeline's mentions.
    return [m.id for m in view(text).mentions if m.label == "COUNTRY"]


def test_korean_compound_abbreviations(view) -> None:  # noqa: ANN001
    assert _ko_ids(view, "한·미·일 3국은") == ["KOR", "USA", "JPN"]
    assert _ko_ids(view, "한미일과 인도는") == ["KOR", "USA", "JPN", "IND"]
    assert _ko_ids(view, "미·중 갈등") == ["USA", "CHN"]


def test_abbreviation_syllables_inside_words_are_not_countries(view) -> None:  # noqa: ANN001
    assert _ko_ids(view, "협력 중인 국가가 3일 발표했다") == []


def test_north_korea_is_not_north_plus_korea(view) -> None:  # noqa: ANN001
    assert _ko_ids(view, "북한의 도발") == ["PRK"]


def test_indo_pacific_is_not_india(view) -> None:  # noqa: ANN001
    assert "IND" not in _ko_ids(view, "인도태평양 지역의 평화")
    assert "IND" not in _ids("a free and open Indo-Pacific", "en")


def test_english_country_forms() -> None:
    assert _ids("the U.S.-Japan-ROK partnership", "en") == ["USA", "JPN", "KOR"]
    assert _ids("Japanese and American officials", "en") == ["JPN", "USA"]
