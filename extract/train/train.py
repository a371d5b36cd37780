"""Trains the clause topic classifier of one language from its derived examples (`extract/train/data.py`) with
`config.cfg`: deterministic (fixed seed, one thread, examples in file order then shuffled by the seeded RNG).

    python -m extract.train.train            # writes extract/models/topics-{en,ko}/
"""
from __future__ import annotations

import json
import random
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from extract.topic_model import COMMITMENT, LABELS
from extract.train.data import OUT, Example, load
from streams.vocabulary import TOPICS

CONFIG = Path(__file__).parent / "config.cfg"
MODELS = Path(__file__).resolve().parents[1] / "models"
LANGS = ("en", "ko")
# The threshold a topic's score must reach, per language and mode, chosen by cross-validation (`extract.train.cv`);
# written into each model's meta.json under `readout`.
SETTINGS = Path(__file__).parent / "thresholds.json"


def cats(topics: Sequence[str]) -> dict[str, float]:
    """The classifier's targets: `commitment` (the clause is the evidence of a commitment) and, for a commitment
    only, each topic; a clause that is none leaves the topics missing, so a topic's score reads as its chance
    given that the clause is a commitment."""
    if not topics:
        return {COMMITMENT: 0.0}
    return {**{t: float(t in topics) for t in TOPICS}, COMMITMENT: 1.0}


def train(examples: Sequence[Example], config: Path = CONFIG, overrides: dict[str, Any] | None = None,
          labels: Sequence[str] = LABELS, targets: Callable[[Sequence[str]], dict[str, float]] = cats) -> Any:
    """A spaCy pipeline with one trained `textcat_multilabel` over `labels` (the topic vocabulary), each example's
    `cats` turned into its scores by `targets` (the event sentence classifier shares this with its own labels)."""
    from spacy import registry, util
    from spacy.tokens import Doc
    from spacy.training import Example as SpacyExample

    cfg = util.load_config(config, overrides=overrides or {}, interpolate=False)
    nlp = util.load_model_from_config(cfg, auto_fill=True, validate=True)
    training = nlp.config.interpolate()["training"]
    util.fix_random_seed(int(training["seed"]))
    textcat = nlp.get_pipe("textcat_multilabel")
    for label in labels:
        textcat.add_label(label)
    data = [SpacyExample.from_dict(Doc(nlp.vocab, words=ex.words), {"cats": targets(ex.cats)}) for ex in examples]
    resolved = registry.resolve({"optimizer": training["optimizer"], "batcher": training["batcher"]})
    optimizer, batcher = resolved["optimizer"], resolved["batcher"]
    nlp.initialize(lambda: data, sgd=optimizer)
    rng = random.Random(int(training["seed"]))
    order = list(data)
    for _ in range(int(training["max_epochs"])):
        rng.shuffle(order)
        for batch in batcher(order):
            nlp.update(batch, drop=float(training["dropout"]), sgd=optimizer)
    return nlp


def save(nlp: Any, path: Path, readout: dict[str, Any]) -> None:
    """The pipeline as package data; `readout` (thresholds, training summary) goes into meta.json."""
    if path.exists():
        shutil.rmtree(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nlp.meta["name"] = path.name.replace("-", "_")
    nlp.meta["version"] = "0.1.0"
    nlp.meta["readout"] = readout
    nlp.to_disk(path)


def sets_read(data: Path = OUT) -> int:
    """How many tuning sets the training data was made from (its list, topics-sets.txt)."""
    path = data / "topics-sets.txt"
    return len(path.read_text(encoding="utf-8").splitlines()) if path.exists() else 0


def main(out: Path = MODELS) -> None:
    thresholds = json.loads(SETTINGS.read_text(encoding="utf-8"))
    for lang in LANGS:
        examples = load(lang)
        nlp = train(examples)
        summary = {"examples": len(examples), "labelled": sum(bool(e.cats) for e in examples),
                   "documents": len({e.doc for e in examples}), "sets": sets_read()}
        save(nlp, out / f"topics-{lang}", {**thresholds[lang], "training": summary})
        print(f"{lang}: {summary} -> {out / f'topics-{lang}'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else MODELS)
