"""Rule data files of a language grammar (`extract/lang/<xx>/data/*.yaml`), validated on load against
the grammar's schemas so that a typo in a data file fails at start-up, naming the file."""
from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from streams.vocabulary import EVENT_TYPES


class RuleData(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Triggers(RuleData):
    """Event triggers: verbs and head nouns by event type, cues of a future event, venue phrases."""

    verbs: dict[str, list[str]]
    heads: dict[str, list[str]]
    future: list[str]
    venue: list[str]
    # Launch heads that name a document when signed (`signed a Semiconductor Framework`, `파트너십을 체결`):
    # records.md rule 1, a partnership document signed is an agreement.
    signed_heads: list[str] = []
    # Meeting heads that name a process when launched (`launched negotiations to upgrade the FTA`): a launch,
    # not the first meeting of a series (records.md rule 2 is about meetings).
    process_heads: list[str] = []


class RuleDataError(ValueError):
    """A rule data file that does not fit its schema."""


M = TypeVar("M", bound=BaseModel)


def load(path: Path, model: type[M]) -> M:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
        data = model.model_validate(raw if raw is not None else {})
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise RuleDataError(f"{path}: {exc}") from exc
    if isinstance(data, Triggers):
        for kind in ("verbs", "heads"):
            unknown = set(getattr(data, kind)) - set(EVENT_TYPES)
            missing = set(EVENT_TYPES) - set(getattr(data, kind))
            if unknown or missing:
                raise RuleDataError(f"{path}: {kind}: unknown event types {sorted(unknown)}, "
                                    f"missing {sorted(missing)} (types are declared in streams/vocabulary.py)")
    return data


def load_list(path: Path) -> list[str]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(raw, list) or not all(isinstance(x, str) for x in raw):
        raise RuleDataError(f"{path}: must be a list of strings")
    return raw
