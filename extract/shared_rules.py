"""Rule data shared by every language (`extract/data/triggers.yaml`): diplomatic actor words and the
cities of seats of government."""
from __future__ import annotations

import functools
from pathlib import Path

from extract.lang.rules import RuleData, load

DATA = Path(__file__).parent / "data"


class SharedRules(RuleData):
    party_words: list[str]  # without a named party, an event stays only if these name diplomatic actors
    venue_cities: dict[str, tuple[str, str]]  # `백악관`, `White House` -> (city, country)
    adjacent_day_words: list[str]  # `이튿날`, `the next day`: an event told as a day from another
    remote_heads: list[str]  # `통화`, `video call`: a meeting of this name is held nowhere
    remote_manners: list[str]  # `화상으로`, `by video`: a meeting its sentence says was held so, likewise
    domestic_meetings: list[str]  # `국무회의`, `Cabinet meeting`: a government's own meeting, no diplomatic event
    gathering_heads: list[str]  # `forum`, `간담회`: diplomacy only when the name spells out a foreign party


@functools.cache
def shared_rules() -> SharedRules:
    return load(DATA / "triggers.yaml", SharedRules)
