"""Event types as specs (`extract/data/event_types.yaml`): what the engine asks of a type instead of naming it."""
from __future__ import annotations

import functools
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from streams.vocabulary import EVENT_TYPES

SPEC_FILE = Path(__file__).parent / "data" / "event_types.yaml"


class EventTypeSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str
    meeting: bool = False  # owns the sentences after it; people shared between same-day meetings
    title_as_name: bool = False  # untitled, it takes the release's title
    commitment_from_name: bool = False  # what was launched or signed is itself a commitment
    owns_only_its_sentences: bool = False  # at the day's meeting, only the sentences naming it are its own
    owns_referring_sentences: bool = False  # at the day's meeting, its own are those naming it or referring to it
    one_per_object: bool = False  # several objects of one sentence are several events
    part_of_meeting: bool = False  # at a described meeting, it is that meeting's and no event of its own
    launched_by_statement: bool = False  # a same-day statement (part_of_meeting type) is how it was launched
    same_series_as: list[str] = []  # types whose series it may belong to


@functools.cache
def specs() -> dict[str, EventTypeSpec]:
    raw = yaml.safe_load(SPEC_FILE.read_text(encoding="utf-8")) or {}
    if set(raw) != set(EVENT_TYPES):
        raise ValueError(f"{SPEC_FILE}: types {sorted(raw)} differ from streams/vocabulary.py {list(EVENT_TYPES)}")
    try:
        return {name: EventTypeSpec(name=name, **(body or {})) for name, body in raw.items()}
    except ValidationError as exc:
        raise ValueError(f"{SPEC_FILE}: {exc}") from exc


def spec(event_type: str) -> EventTypeSpec:
    return specs()[event_type]
