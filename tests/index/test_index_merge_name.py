"""Names people recognise: the series with its round, a telling reported name, or one built from parties,
format or level, and place; never a bare generic noun."""
from __future__ import annotations

from typing import Any

from events import event

from index.merge import merge
from readout.vocabulary import vocabulary


def named(*reports: dict[str, Any]) -> str | None:
    records = [event(**{"id": f"r{i}", "doc_id": f"d{i}", **r}) for i, r in enumerate(reports)]
    return merge(records, vocab=vocabulary()).name


def test_series_with_its_round() -> None:
    assert named({"name": "Japan-U.S.-ROK Economic Security Dialogue", "ordinal": 4,
                  "series": "US-Japan-ROK Economic Security Dialogue"},
                 {"name": "제4차 한미일 경제안보대화", "ordinal": 4}) == "4th US-Japan-ROK Economic Security Dialogue"
    assert named({"name": "한일 정상회담", "series": "Korea-Japan Summit", "participants": ["KOR", "JPN"]},
                 {"name": "summit meeting"}) == "Korea-Japan Summit"


def test_generic_names_are_built_from_parties_format_level_and_place() -> None:
    tokyo = {"participants": ["JPN", "KOR"], "location": {"city": "Tokyo", "country": "JPN"}, "level": "leaders"}
    assert named({"name": "summit meeting", **tokyo}) == "Korea-Japan Summit, Tokyo"
    assert named({"name": "회의", **tokyo, "level": "ministerial"}) == "Korea-Japan Ministerial Meeting, Tokyo"
    assert named({"name": "이번 회의", **tokyo, "level": None}) == "Korea-Japan Meeting, Tokyo"
    assert named({"name": "meeting", "participants": ["USA", "KOR"], "level": "senior_officials"}) \
        == "Korea-US Senior Officials' Meeting"
    assert named({"name": "첫 단독 정상회의", **tokyo, "participants": ["KOR", "USA", "JPN"]}) \
        == "Korea-US-Japan Summit, Tokyo"
    assert named({"name": "coalition", "type": "launch", "participants": ["USA", "IND", "JPN", "KOR", "EU"],
                  "location": {"city": "San Diego"}}) == "Korea-US-Japan and 2 partners Coalition, San Diego"


def test_a_telling_reported_name_beats_a_generic_one() -> None:
    assert named({"name": "meeting"}, {"name": "Secretary Blinken's Meeting with Foreign Minister Cho"}) \
        == "Secretary Blinken's Meeting with Foreign Minister Cho"
    assert named({"name": "coalition", "type": "launch"}, {"name": "바이오의약품 공급망 연합", "type": "launch"},
                 {"name": "meeting", "doc_id": "d0"}) == "바이오의약품 공급망 연합"
