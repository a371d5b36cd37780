"""The merged event's display name: the most telling of its reports' names, whatever their order."""
from __future__ import annotations

from index.merge import best_name


def test_series_words_then_length_win() -> None:
    names = ["summit meeting", "한미 외교장관회담", "Korea-U.S. Foreign Ministers' Meeting"]
    assert best_name(names, "Korea-US Foreign Ministers' Meeting") == "Korea-U.S. Foreign Ministers' Meeting"
    assert best_name(list(reversed(names)), None) == "Korea-U.S. Foreign Ministers' Meeting"
    assert best_name(["talks", "회담"], None) == "talks"
    assert best_name([], "x") is None
