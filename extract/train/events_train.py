"""Trains the event sentence classifier of one language from its derived examples (`events_data.py`) with the
topic classifier's config (`config.cfg`: a bag of words, fixed seed) and `train.train`; deterministic.

    python -m extract.train.events_train      # writes extract/models/events-{en,ko}/
"""
from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from extract.event_model import LABELS
from extract.train.events_data import SentenceExample, load
from extract.train.train import CONFIG, LANGS, MODELS, save, train

# The thresholds per language (`add`, `veto`), chosen by cross-validation (`extract.train.events_cv --write`);
# written into each model's meta.json under `readout.policy`.
SETTINGS = Path(__file__).parent / "events_thresholds.json"


def targets(cats: Sequence[str]) -> dict[str, float]:
    """Every label a target: the held types the sentence anchors, or `mention`, 1; the rest 0."""
    return {label: float(label in cats) for label in LABELS}


def fit(examples: Sequence[SentenceExample], overrides: dict[str, Any] | None = None) -> Any:
    return train(examples, CONFIG, overrides, labels=LABELS, targets=targets)  # type: ignore[arg-type]


def main(out: Path = MODELS) -> None:
    settings = json.loads(SETTINGS.read_text(encoding="utf-8"))
    for lang in LANGS:
        examples = load(lang)
        summary = {"examples": len(examples), "labelled": sum(bool(e.cats) for e in examples),
                   "documents": len({e.doc for e in examples})}
        save(fit(examples), out / f"events-{lang}", {"policy": settings[lang], "training": summary})
        print(f"{lang}: {summary} -> {out / f'events-{lang}'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODELS)
