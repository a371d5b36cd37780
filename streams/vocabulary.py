"""The project's closed vocabularies, declared once: records, index mappings, CLI choices, web facets and
the validation of rule data all import them from here."""
from __future__ import annotations

from typing import Literal

# Event types (shared/eval/records.md). How each is found is declared in extract/data/event_types.yaml.
EVENT_TYPES: tuple[str, ...] = ("dialogue", "launch", "agreement", "statement")
EventType = Literal["dialogue", "launch", "agreement", "statement"]

# Delegation levels, highest first.
LEVELS: tuple[str, ...] = ("leaders", "ministerial", "senior_officials", "working")
Level = Literal["leaders", "ministerial", "senior_officials", "working"]

TOPICS: tuple[str, ...] = (
    "supply_chain", "critical_minerals", "semiconductors", "batteries", "energy", "emerging_tech",
    "ai", "quantum", "space", "biotech", "biopharma", "digital", "data_security", "cybersecurity",
    "infrastructure_security", "technology_protection", "economic_coercion", "export_control",
    "investment", "trade", "maritime_security", "north_korea", "defense", "development", "health",
    "climate", "other",
)
Topic = Literal[
    "supply_chain", "critical_minerals", "semiconductors", "batteries", "energy", "emerging_tech",
    "ai", "quantum", "space", "biotech", "biopharma", "digital", "data_security", "cybersecurity",
    "infrastructure_security", "technology_protection", "economic_coercion", "export_control",
    "investment", "trade", "maritime_security", "north_korea", "defense", "development", "health",
    "climate", "other",
]


def _same(literal: object, values: tuple[str, ...]) -> None:
    # The Literal types spell the tuples out for type checkers; they must never drift apart.
    assert tuple(literal.__args__) == values, (literal, values)  # type: ignore[attr-defined]


_same(EventType, EVENT_TYPES)
_same(Level, LEVELS)
_same(Topic, TOPICS)
